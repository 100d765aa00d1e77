#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

namespace cxone {

// What a mask stands for; each is written as its token ([EMAIL], [PHONE], ...). ITINs (the
// IRS's taxpayer numbers for people without an SSN) are reported as SSNs: same shape, same use.
enum class PiiKind : quint8 { Email, Phone, Ssn, Card, Iban, Ip };
constexpr int kPiiKindCount = 6;
QString piiToken(PiiKind kind);    // "[PHONE]"
QString piiKindName(PiiKind kind); // "phone"
// "phone", "PHONE_NUMBER", "itin", "credit_card", ... -> the kind; false for a type the masker
// does not mask (a name, an address).
bool parsePiiKindName(QStringView name, PiiKind *kind);

// The detectors a user can switch off, by the names the command line uses.
enum class PiiEntity : quint32 {
    Email = 1u << 0,
    Phone = 1u << 1,
    Spoken = 1u << 2, // numbers and addresses said as words: "five five five, one two one two"
    Card = 1u << 3,
    Ssn = 1u << 4,
    Iban = 1u << 5,
    Ip = 1u << 6,
};
constexpr quint32 kAllPiiEntities = 0x7f;
// "email,phone,spoken,card,ssn,iban,ip" (any subset, "all"); false with *error naming the bad one.
bool parsePiiEntities(const QString &list, quint32 *entities, QString *error);
QString piiEntitiesText(quint32 entities);

// How far the masker goes with numbers that do not validate.
//   strict (the default): every number somebody may have given is masked — a phone-shaped run
//     that libphonenumber calls unassigned, a bare run of 10-12 digits, a nine-digit run that
//     could be an SSN, digits said one by one, a number joined across fillers or a turn.
//   balanced: numbers are masked when they validate (libphonenumber, SSA/IRS rules, Luhn) or
//     when the words around say what they are ("call me", "my social"); fewer masks on the
//     rest. Both mask every run of 13-19 digits, every '+' number that validates, e-mail
//     addresses, IBANs and IP addresses alike.
enum class MaskPolicy : quint8 { Strict, Balanced };
QString maskPolicyName(MaskPolicy policy); // "strict", "balanced"
// "strict" / "balanced" (any case); false with *error saying what is accepted.
bool parseMaskPolicy(const QString &text, MaskPolicy *policy, QString *error);

// Bytes put at the end of `out`. QByteArray::append(QByteArrayView) goes through insert(), which
// costs more than the copy itself for the short pieces a mask writes, once per line (a line left
// as it came, its line end).
inline void appendBytes(QByteArray *out, const char *bytes, qsizetype count)
{
    if (count <= 0)
        return; // (an empty view's data may be null, which memcpy must not be given)
    const qsizetype at = out->size();
    out->resize(at + count);
    std::memcpy(out->data() + at, bytes, size_t(count));
}

struct PiiSpan
{
    qsizetype start = 0; // offsets into the text: UTF-16 for QStringView, bytes for UTF-8
    qsizetype end = 0;
    PiiKind kind = PiiKind::Phone;
    bool spoken = false;
    // A further piece of the find before it (a number said across a speaker turn): counted once
    // with it; the pieces of one item are masked as one stretch, the words between them too.
    bool continued = false;
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

// Finds personal data in free text and replaces each piece with a typed token.
//
// One pass over the text finds candidates cheaply (an '@', an "at … dot", digits, number words,
// two capitals before two digits, a colon between hex digits, an area code before letters:
// "1-800-FLOWERS"); only candidates meet the validators: libphonenumber's metadata for phone
// numbers (models/engine/phone/phonedigits.h), Luhn for cards, the SSA and IRS rules for SSNs
// and ITINs, mod-97 for IBANs, inet_pton for IPv6.
//
// Numbers fail closed, structurally: digits and number words are read as a chain of pieces
// joined by separators, fillers ("uh", "hold on"), pauses ("…") or a speaker turn; neighbours
// that are something else (a time "5 pm", a count "2 times", a price, a date, "24/7") end the
// chain. Every stretch of the chain is judged and the best cover of finds chosen, so a piece
// that fails as a whole is split at its separators, every part examined, and what follows a find
// examined again. Words before a number may lower a mask only for order, case, confirmation and
// reference numbers of 6-12 digits; every run of 13-19 digits stays masked.
//
// Text is read as it is written: Unicode digits, spaces and dashes count as their ASCII
// counterparts, and control and format characters (a NUL, a zero-width space) never split a
// token. Thread-safe: one masker may serve many threads.
class PiiMasker final
{
public:
    struct Options
    {
        quint32 entities = kAllPiiEntities;
        MaskPolicy policy = MaskPolicy::Strict;
        // Regions tried for a national number without a country code. Any number with '+' or
        // 00 is judged by its own country code.
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
    // masked, named after the longer find). Offsets in UTF-16 code units.
    std::vector<PiiSpan> find(QStringView text) const;
    // The same on UTF-8 (invalid sequences are read as format characters); offsets in bytes.
    std::vector<PiiSpan> findUtf8(QByteArrayView text) const;
    QString mask(QStringView text, MaskCounts *counts = nullptr) const;
    // Appends `text` masked to *out; the bytes between finds are copied as they are.
    void maskUtf8(QByteArrayView text, QByteArray *out, MaskCounts *counts = nullptr) const;

    // A JSON text (one document) masked: every string value, every key and every number in
    // which the masker finds personal data (a masked number becomes a masked string). The
    // string values of the document are read together, in order, as one conversation, so that
    // a number said across turns is found. Whitespace, order and everything left alone is
    // copied byte for byte. False with *error (what and where) when the text is not JSON, a
    // string is too long or the nesting too deep: the caller must treat the whole text as
    // unmasked.
    bool maskJsonText(QByteArrayView json, QByteArray *out, MaskCounts *counts,
                      QString *error) const;
    // The same on a parsed value (serialised, masked, parsed back).
    bool maskJson(QJsonValue *value, MaskCounts *counts, QString *error) const;

private:
    // findUtf8 without its store of short texts found clean
    std::vector<PiiSpan> findUtf8Read(QByteArrayView text) const;
    void appendMasked(QByteArrayView text, const std::vector<PiiSpan> &spans, QByteArray *out,
                      MaskCounts *counts) const;

    Options m_options;
    std::vector<std::string> m_regions;
    quint64 m_serial = 0;
};

// Checks used by the masker, public for tests.
bool luhnValid(const char *digits, int count);
bool ssnValid(const char *digits);        // nine digits: no 000/666/9xx area, 00 group, 0000 serial
bool itinValid(const char *digits);       // nine digits: 9xx, group 50-65, 70-88, 90-92 or 94-99
bool ibanValid(QStringView compact);      // letters and digits only, 15-34 long, mod-97 == 1
bool ibanValid(std::string_view compact); // the same over ASCII bytes
// A phone number written as digits: `region` empty: the digits start with the country code;
// else a national number of that region as people write it (phone/phonedigits.h).
bool phoneDigitsValid(const std::string &digits, const std::string &region);

} // namespace cxone
