#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <vector>

namespace cxone {

// What a mask stands for; each is written as its token ([EMAIL], [PHONE], ...).
enum class PiiKind : quint8 { Email, Phone, Ssn, Card, Iban, Ip };
constexpr int kPiiKindCount = 6;
QString piiToken(PiiKind kind);    // "[PHONE]"
QString piiKindName(PiiKind kind); // "phone"

// The detectors a user can switch off, by the names the command line uses.
enum class PiiEntity : quint32 {
    Email = 1u << 0,
    Phone = 1u << 1,
    Spoken = 1u << 2, // numbers said as words: "five five five, one two one two"
    Card = 1u << 3,
    Ssn = 1u << 4,
    Iban = 1u << 5,
    Ip = 1u << 6,
};
constexpr quint32 kAllPiiEntities = 0x7f;
// "email,phone,spoken,card,ssn,iban,ip" (any subset, "all"); false with *error naming the bad one.
bool parsePiiEntities(const QString &list, quint32 *entities, QString *error);
QString piiEntitiesText(quint32 entities);

struct PiiSpan
{
    qsizetype start = 0; // UTF-16 offsets into the text
    qsizetype end = 0;
    PiiKind kind = PiiKind::Phone;
    bool spoken = false;
};

// Masks found, by kind; `spoken` counts the ones said as words (also counted in their kind);
// `unverifiedCards` the card-length digit runs masked although their Luhn check failed.
struct MaskCounts
{
    std::array<qint64, kPiiKindCount> byKind{};
    qint64 spoken = 0;
    qint64 unverifiedCards = 0;
    qint64 strings = 0; // strings looked at
    qint64 total() const;
    void add(const MaskCounts &other);
    QJsonObject toJson() const; // {"email":1,"phone":2,...,"spoken":1}
    static MaskCounts fromJson(const QJsonObject &object);
};

// Finds personal data in free text and replaces each piece with a typed token. One pass over the
// text finds candidates cheaply (an '@', a run of digits and separators, a number word, two
// capitals before two digits, a colon between hex digits); only candidates meet the validators:
// libphonenumber for phone numbers, Luhn for cards, the SSA rules for SSNs, mod-97 for IBANs,
// inet_pton for IPv6. Fails closed where it must: a bare 13-19 digit run is masked as a card
// whether or not its Luhn check passes. Thread-safe: one masker may serve many threads.
class PiiMasker final
{
public:
    struct Options
    {
        quint32 entities = kAllPiiEntities;
        // Regions tried for a national number without a country code, in this order. Only the
        // regions whose national numbers can have the candidate's length and first digit are
        // asked.
        QStringList regions{QStringLiteral("US"), QStringLiteral("GB"), QStringLiteral("CA"),
                            QStringLiteral("AU"), QStringLiteral("IE"), QStringLiteral("DE"),
                            QStringLiteral("FR"), QStringLiteral("IN")};
        // A single string longer than this is refused (masking fails) rather than scanned.
        qsizetype maxStringChars = 16 * 1024 * 1024;
    };

    PiiMasker();
    explicit PiiMasker(Options options);
    const Options &options() const { return m_options; }

    // Every piece found, ordered, not overlapping (overlapping finds are merged: the union is
    // masked, named after the longer find).
    std::vector<PiiSpan> find(QStringView text) const;
    QString mask(QStringView text, MaskCounts *counts = nullptr) const;

    // Masks every string of a JSON value (object values and array items, at any depth; keys are
    // left alone). False with *error when a string is too long or the nesting too deep: the
    // caller must then treat the whole value as unmasked.
    bool maskJson(QJsonValue *value, MaskCounts *counts, QString *error) const;

private:
    void findEmails(QStringView s, std::vector<PiiSpan> *out) const;
    void findNumbers(QStringView s, std::vector<PiiSpan> *out) const;
    void findIbans(QStringView s, std::vector<PiiSpan> *out) const;
    void findIpv6(QStringView s, std::vector<PiiSpan> *out) const;
    void findSpoken(QStringView s, std::vector<PiiSpan> *out) const;
    bool isPhone(QStringView candidate, int digits, const char *digitText, bool plus) const;
    bool on(PiiEntity e) const { return m_options.entities & quint32(e); }
    bool maskValue(QJsonValue *value, MaskCounts *counts, QString *error, int depth) const;

    Options m_options;
    std::vector<std::string> m_regions;
};

// Checks used by the masker, public for tests.
bool luhnValid(const char *digits, int count);
bool ssnValid(const char *digits);   // nine digits: no 000/666/9xx area, 00 group, 0000 serial
bool ibanValid(QStringView compact); // letters and digits only, 15-34 long, mod-97 == 1
// A phone number written as digits, by the masker's own reading of libphonenumber's metadata:
// `region` empty: the digits start with the country code; else a national number of that
// region with its trunk prefix (0, or NANP's 1) if it has one.
bool phoneDigitsValid(const std::string &digits, const std::string &region);

} // namespace cxone
