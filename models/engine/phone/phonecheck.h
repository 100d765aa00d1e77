#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <vector>

namespace cxone {

// libphonenumber's number types, in its order.
enum class PhoneType : quint8 {
    FixedLine,
    Mobile,
    FixedLineOrMobile,
    TollFree,
    PremiumRate,
    SharedCost,
    Voip,
    Personal,
    Pager,
    Uan,
    Voicemail,
    Unknown,
};

enum class ParseStatus : quint8 { Empty, NotANumber, Invalid, Valid };

enum class Verdict : quint8 { Keep, Update, Purge };
constexpr int kVerdictCount = 3;

enum class Reason : quint8 {
    AlreadyE164,      // keep
    Reformatted,      // update
    ExtensionDropped, // update: E.164 has no extension
    Empty,
    NotANumber,
    Invalid,
    RegionNotAllowed,
    BlockedType,
    Disposable,
    Duplicate,
    ManualKeep,  // the user kept a contact the rules would purge
    ManualPurge, // the user purges a contact the rules would keep
};
constexpr int kReasonCount = 12;

QString phoneTypeName(PhoneType type); // "mobile", "toll-free", ...
bool parsePhoneTypeName(QStringView name, PhoneType *type);
QString verdictName(Verdict verdict);
QString reasonName(Reason reason);
QString reasonText(Reason reason); // for people

// What one number is, independent of any directive: the expensive part, computed once.
// 16 bytes so that a million of them stay small.
struct ParsedPhone
{
    quint64 e164 = 0; // the E.164 digits as a number (no '+'); 0 when not valid
    char region[2] = {0, 0};
    PhoneType type = PhoneType::Unknown;
    ParseStatus status = ParseStatus::Empty;
    bool hasExtension = false;
    quint8 lookupLine = 0; // 0: not looked up; else 1 + PhoneType from the lookup
    bool lookupDisposable = false;

    QString e164Text() const;
    QString regionText() const;
};
static_assert(sizeof(ParsedPhone) == 16);

// The numbers (exact) and prefixes that count as disposable, from a list file: one E.164 number
// per line, a trailing '*' makes it a prefix, '#' starts a comment.
class DisposableList final
{
public:
    bool load(const QString &path, QString *error);
    bool parse(const QByteArray &text, QString *error);
    bool contains(QByteArrayView e164) const;
    bool isEmpty() const { return m_exact.isEmpty() && m_prefixes.empty(); }
    qsizetype size() const { return m_exact.size() + qsizetype(m_prefixes.size()); }
    QString source() const { return m_source; }

private:
    QSet<QByteArray> m_exact;
    std::vector<QByteArray> m_prefixes;
    QString m_source;
};

// What to keep: the user's rules for one run.
struct SanitizeDirective
{
    QString defaultRegion = QStringLiteral("US");
    QSet<QString> allowedRegions; // empty: every region
    quint32 blockedTypes = 0;     // bit per PhoneType
    DisposableList disposable;
    bool purgeDuplicates = true;
    bool lookup = false;

    // Types a user may block, by their names (voip, toll-free, premium-rate, shared-cost, uan,
    // pager, personal, voicemail, unknown).
    static QStringList blockableTypeNames();
    // Parses "US,CA,GB" and "voip,toll-free"; false and *error naming the bad item.
    bool setRegions(const QString &commaList, QString *error);
    bool setBlocked(const QString &commaList, QString *error);
    static bool isRegionCode(const QString &code);
    bool blocks(PhoneType type) const { return blockedTypes & (1u << quint8(type)); }
    void block(PhoneType type) { blockedTypes |= 1u << quint8(type); }
    QString describe() const;
};

// Parses with libphonenumber; thread-safe. Region and type come from the console's own PCRE2
// reading of the library's metadata (RegionTyper), so several threads parse in parallel.
class PhoneParser final
{
public:
    // Parse once, then derive validity from the type (no second IsValidNumber pass).
    static ParsedPhone parse(QByteArrayView text, const QString &defaultRegion);
    static bool isKnownRegion(const QString &code);
};

// The verdict for one number. seenBefore: an earlier contact of the list has the same E.164.
struct Decision
{
    Verdict verdict;
    Reason reason;
};
Decision decide(const ParsedPhone &phone, QByteArrayView original,
                const SanitizeDirective &directive, bool seenBefore);

// Splits without copying (QByteArrayView has no tokenize in Qt 6.4); empty parts are skipped.
QList<QByteArrayView> splitView(QByteArrayView text, char separator);

} // namespace cxone
