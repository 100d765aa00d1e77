#include "models/transcripts/piimasker.h"

#include "models/engine/phone/phonecheck.h"
#include "models/engine/phone/phonemetadata.h"

#include <QJsonArray>

#include <arpa/inet.h>

#include <algorithm>
#include <cstring>
#include <memory>
#include <string_view>
#include <unordered_map>

namespace cxone {

namespace {

constexpr std::array<const char *, kPiiKindCount> kTokens{"[EMAIL]", "[PHONE]", "[SSN]",
                                                          "[CARD]",  "[IBAN]",  "[IP]"};
constexpr std::array<const char *, kPiiKindCount> kNames{"email", "phone", "ssn",
                                                         "card",  "iban",  "ip"};

inline bool isDigit(QChar qc)
{
    const char16_t c = qc.unicode();
    return c >= u'0' && c <= u'9';
}
inline bool isAsciiLetter(QChar qc)
{
    const char16_t c = qc.unicode();
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}
inline bool isUpper(QChar qc)
{
    const char16_t c = qc.unicode();
    return c >= u'A' && c <= u'Z';
}
inline bool isHex(QChar qc)
{
    const char16_t c = qc.unicode();
    return isDigit(c) || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
// Letters and digits of any script: what an identifier is made of.
inline bool isWordChar(QChar qc)
{
    const char16_t c = qc.unicode();
    if (c < 0x80)
        return isDigit(c) || isAsciiLetter(c) || c == u'_';
    return QChar(c).isLetterOrNumber();
}
inline char16_t lower(QChar qc)
{
    const char16_t c = qc.unicode();
    return (c >= u'A' && c <= u'Z') ? char16_t(c + 32) : c;
}

// ---- number words

enum class WordKind : quint8 { None, Digit, Teen, Tens, Hundred, Thousand, Repeat, Filler, Oh };

struct WordInfo
{
    WordKind kind = WordKind::None;
    int value = 0; // digits for Repeat (2, 3)
};

WordInfo numberWord(QStringView word)
{
    const qsizetype n = word.size();
    if (n < 1 || n > 9)
        return {};
    char w[10];
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t c = lower(word[i]);
        if (c < u'a' || c > u'z')
            return {};
        w[i] = char(c);
    }
    const std::string_view v(w, size_t(n));
    switch (w[0]) {
    case 'z':
        if (v == "zero")
            return {WordKind::Digit, 1};
        break;
    case 'o':
        if (v == "oh" || v == "o")
            return {WordKind::Oh, 1};
        if (v == "one")
            return {WordKind::Digit, 1};
        break;
    case 'n':
        if (v == "nine" || v == "nought" || v == "nil")
            return {WordKind::Digit, 1};
        if (v == "nineteen")
            return {WordKind::Teen, 2};
        if (v == "ninety")
            return {WordKind::Tens, 2};
        break;
    case 't':
        if (v == "two" || v == "three")
            return {WordKind::Digit, 1};
        if (v == "ten" || v == "twelve" || v == "thirteen")
            return {WordKind::Teen, 2};
        if (v == "twenty" || v == "thirty")
            return {WordKind::Tens, 2};
        if (v == "thousand")
            return {WordKind::Thousand, 3};
        if (v == "triple")
            return {WordKind::Repeat, 3};
        break;
    case 'f':
        if (v == "four" || v == "five")
            return {WordKind::Digit, 1};
        if (v == "fourteen" || v == "fifteen")
            return {WordKind::Teen, 2};
        if (v == "forty" || v == "fifty")
            return {WordKind::Tens, 2};
        break;
    case 's':
        if (v == "six" || v == "seven")
            return {WordKind::Digit, 1};
        if (v == "sixteen" || v == "seventeen")
            return {WordKind::Teen, 2};
        if (v == "sixty" || v == "seventy")
            return {WordKind::Tens, 2};
        break;
    case 'e':
        if (v == "eight")
            return {WordKind::Digit, 1};
        if (v == "eleven" || v == "eighteen")
            return {WordKind::Teen, 2};
        if (v == "eighty")
            return {WordKind::Tens, 2};
        if (v == "er" || v == "erm")
            return {WordKind::Filler, 0};
        break;
    case 'd':
        if (v == "double")
            return {WordKind::Repeat, 2};
        if (v == "dash")
            return {WordKind::Filler, 0};
        break;
    case 'h':
        if (v == "hundred")
            return {WordKind::Hundred, 2};
        break;
    case 'u':
        if (v == "uh" || v == "um" || v == "umm" || v == "uhm")
            return {WordKind::Filler, 0};
        break;
    case 'a':
        if (v == "ah" || v == "and")
            return {WordKind::Filler, 0};
        break;
    default:
        break;
    }
    return {};
}

// Words before a nine-digit spoken number that make it a social security number.
bool ssnContext(QStringView before)
{
    const QStringView tail = before.right(80);
    return tail.contains(u"social", Qt::CaseInsensitive)
           || tail.contains(u"ssn", Qt::CaseInsensitive)
           || tail.contains(u"security number", Qt::CaseInsensitive);
}

// The digits follow a country code and check digits ("GB00 WEST 1234 ..."): the rest of an
// account number that failed its IBAN check, not a card.
bool afterIbanStart(QStringView s, qsizetype start)
{
    for (qsizetype p = start - 1; p >= 0 && p >= start - 16; --p) {
        const QChar c = s[p];
        if (!(isDigit(c) || isAsciiLetter(c) || c == u' '))
            return false;
        if (p + 3 < start && isAsciiLetter(s[p]) && isAsciiLetter(s[p + 1]) && isDigit(s[p + 2])
            && isDigit(s[p + 3]) && (p == 0 || !isWordChar(s[p - 1])))
            return true;
    }
    return false;
}

bool cardContext(QStringView before)
{
    const QStringView tail = before.right(80);
    return tail.contains(u"card", Qt::CaseInsensitive);
}

} // namespace

QString piiToken(PiiKind kind)
{
    return QString::fromLatin1(kTokens[size_t(kind)]);
}

QString piiKindName(PiiKind kind)
{
    return QString::fromLatin1(kNames[size_t(kind)]);
}

static const std::array<std::pair<const char *, PiiEntity>, 7> kEntityNames{{
        {"email", PiiEntity::Email},
        {"phone", PiiEntity::Phone},
        {"spoken", PiiEntity::Spoken},
        {"card", PiiEntity::Card},
        {"ssn", PiiEntity::Ssn},
        {"iban", PiiEntity::Iban},
        {"ip", PiiEntity::Ip},
}};

bool parsePiiEntities(const QString &list, quint32 *entities, QString *error)
{
    quint32 out = 0;
    const QStringList parts = list.split(u',', Qt::SkipEmptyParts);
    if (parts.isEmpty()) {
        *error = QStringLiteral("Name at least one kind of personal data to mask (%1).")
                         .arg(piiEntitiesText(kAllPiiEntities));
        return false;
    }
    for (const QString &raw : parts) {
        const QString p = raw.trimmed().toLower();
        if (p == u"all") {
            out |= kAllPiiEntities;
            continue;
        }
        bool found = false;
        for (const auto &[name, e] : kEntityNames) {
            if (p == QLatin1String(name)) {
                out |= quint32(e);
                found = true;
            }
        }
        if (!found) {
            *error = QStringLiteral("'%1' is not a kind of personal data the masker knows; use "
                                    "any of %2.")
                             .arg(raw.trimmed(), piiEntitiesText(kAllPiiEntities));
            return false;
        }
    }
    *entities = out;
    return true;
}

QString piiEntitiesText(quint32 entities)
{
    QStringList names;
    for (const auto &[name, e] : kEntityNames) {
        if (entities & quint32(e))
            names.append(QLatin1String(name));
    }
    return names.join(u',');
}

qint64 MaskCounts::total() const
{
    qint64 t = 0;
    for (qint64 n : byKind)
        t += n;
    return t;
}

void MaskCounts::add(const MaskCounts &other)
{
    for (int i = 0; i < kPiiKindCount; ++i)
        byKind[size_t(i)] += other.byKind[size_t(i)];
    spoken += other.spoken;
    unverifiedCards += other.unverifiedCards;
    strings += other.strings;
}

QJsonObject MaskCounts::toJson() const
{
    QJsonObject o;
    for (int i = 0; i < kPiiKindCount; ++i)
        o.insert(QLatin1String(kNames[size_t(i)]), byKind[size_t(i)]);
    o.insert(QStringLiteral("spoken"), spoken);
    return o;
}

MaskCounts MaskCounts::fromJson(const QJsonObject &object)
{
    MaskCounts c;
    for (int i = 0; i < kPiiKindCount; ++i)
        c.byKind[size_t(i)] = object.value(QLatin1String(kNames[size_t(i)])).toInteger();
    c.spoken = object.value(u"spoken").toInteger();
    return c;
}

bool luhnValid(const char *digits, int count)
{
    int sum = 0;
    bool twice = false;
    for (int i = count - 1; i >= 0; --i) {
        int d = digits[i] - '0';
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return count > 0 && sum % 10 == 0;
}

bool ssnValid(const char *d)
{
    const int area = (d[0] - '0') * 100 + (d[1] - '0') * 10 + (d[2] - '0');
    const int group = (d[3] - '0') * 10 + (d[4] - '0');
    const int serial = (d[5] - '0') * 1000 + (d[6] - '0') * 100 + (d[7] - '0') * 10 + (d[8] - '0');
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
}

bool ibanValid(QStringView compact)
{
    const qsizetype n = compact.size();
    if (n < 15 || n > 34 || !isAsciiLetter(compact[0]) || !isAsciiLetter(compact[1])
        || !isDigit(compact[2]) || !isDigit(compact[3]))
        return false;
    int rem = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const QChar c = compact[(k + 4) % n];
        if (isDigit(c)) {
            rem = (rem * 10 + (c.unicode() - u'0')) % 97;
        } else if (isAsciiLetter(c)) {
            const int v = lower(c) - u'a' + 10;
            rem = (rem * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return rem == 1;
}

PiiMasker::PiiMasker()
    : PiiMasker(Options())
{}

PiiMasker::PiiMasker(Options options)
    : m_options(std::move(options))
{
    for (const QString &r : std::as_const(m_options.regions))
        m_regions.push_back(r.toUpper().toStdString());
}

// ---- emails

void PiiMasker::findEmails(QStringView s, std::vector<PiiSpan> *out) const
{
    const auto localChar = [](QChar c) {
        return isDigit(c) || isAsciiLetter(c) || c == u'.' || c == u'_' || c == u'%' || c == u'+'
               || c == u'-' || c == u'\'';
    };
    const auto domainChar
            = [](QChar c) { return isDigit(c) || isAsciiLetter(c) || c == u'.' || c == u'-'; };
    qsizetype from = 0;
    for (;;) {
        const qsizetype at = s.indexOf(u'@', from);
        if (at < 0)
            return;
        from = at + 1;
        qsizetype left = at;
        while (left > 0 && localChar(s[left - 1]))
            --left;
        while (left < at && (s[left] == u'.' || s[left] == u'\''))
            ++left;
        if (left == at)
            continue;
        qsizetype right = at + 1;
        while (right < s.size() && domainChar(s[right]))
            ++right;
        while (right > at + 1 && (s[right - 1] == u'.' || s[right - 1] == u'-'))
            --right;
        const QStringView domain = s.mid(at + 1, right - at - 1);
        const qsizetype dot = domain.lastIndexOf(u'.');
        if (dot <= 0 || domain.size() - dot - 1 < 2 || domain.contains(u".."))
            continue;
        bool tldLetters = true;
        for (qsizetype k = dot + 1; k < domain.size(); ++k)
            tldLetters = tldLetters && isAsciiLetter(domain[k]);
        if (!tldLetters)
            continue;
        out->push_back({left, right, PiiKind::Email, false});
        from = right;
    }
}

// ---- digit runs: phone numbers, cards, SSNs, IPv4

namespace {

// libphonenumber's validity rules, from its own metadata (phone/phonemetadata.h): a national
// significant number is valid for a region when it has one of the general description's
// possible lengths and matches its pattern, and does the same for one of the number types. For
// a country code shared by several regions, valid for any of them (the library picks one region
// first; this can only mask more, never less).
class PhoneRules final
{
public:
    static const PhoneRules &instance()
    {
        static const PhoneRules rules;
        return rules;
    }

    // The country calling code of a region, 0 when unknown.
    int codeOf(const std::string &region) const
    {
        const auto it = m_codeOfRegion.find(region);
        return it == m_codeOfRegion.end() ? 0 : it->second;
    }

    // `digits`: country code then national significant number. The country code is found by
    // prefix (country codes are prefix-free); only validity is asked, without the parser's text
    // handling (the candidate scanner has already found the digits).
    bool validInternational(std::string_view digits) const
    {
        int cc = 0;
        for (size_t k = 1; k <= 3 && k < digits.size(); ++k) {
            cc = cc * 10 + (digits[k - 1] - '0');
            const auto it = m_byCode.find(cc);
            if (it == m_byCode.end())
                continue;
            const Code &code = it->second;
            const std::string_view nsn = digits.substr(k);
            // One expression for all the code's regions rejects most invalid numbers at once.
            if (code.anyGeneral.matches(nsn)) {
                for (const Region *r : code.regions) {
                    if (r->valid(nsn))
                        return true;
                }
            }
            // Written with the trunk prefix after the country code ("+44 (0)20 …", "+1 1 603
            // …"): the library's parser strips it.
            for (const Region *r : code.regions) {
                if (!r->prefixForParsing.isValid())
                    continue;
                const int prefix = r->prefixForParsing.matchLength(nsn);
                if (prefix > 0 && r->valid(nsn.substr(size_t(prefix))))
                    return true;
            }
            return false;
        }
        return false;
    }

private:
    struct Region
    {
        phone::Pcre2Pattern prefixForParsing; // the trunk prefix as the library's parser reads it
        std::string generalPattern;
        phone::PhoneDesc general;
        std::vector<phone::PhoneDesc> types;

        bool valid(std::string_view nsn) const
        {
            if (!general.matches(nsn))
                return false;
            for (const phone::PhoneDesc &t : types) {
                if (t.matches(nsn))
                    return true;
            }
            return false;
        }
    };

    struct Code
    {
        std::vector<const Region *> regions;
        phone::Pcre2Pattern anyGeneral;
    };

    PhoneRules()
    {
        for (const auto &m : phone::metadataCollection().metadata()) {
            auto r = std::make_unique<Region>();
            r->general = phone::PhoneDesc(m.general_desc());
            r->generalPattern = m.general_desc().national_number_pattern();
            const std::string prefix = m.has_national_prefix_for_parsing()
                                               ? m.national_prefix_for_parsing()
                                               : m.national_prefix();
            if (!prefix.empty())
                r->prefixForParsing = phone::Pcre2Pattern(prefix, false);
            // Fixed line and mobile first: most numbers are one of them.
            for (const auto *d :
                 {&m.fixed_line(), &m.mobile(), &m.toll_free(), &m.premium_rate(), &m.shared_cost(),
                  &m.voip(), &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail()}) {
                phone::PhoneDesc t(*d);
                if (t.hasPattern && t.pattern.isValid())
                    r->types.push_back(std::move(t));
            }
            if (m.id() != "001")
                m_codeOfRegion.emplace(m.id(), m.country_code());
            Code &code = m_byCode[m.country_code()];
            // The code's main region first: most numbers of +1 are from the US.
            if (m.main_country_for_code())
                code.regions.insert(code.regions.begin(), r.get());
            else
                code.regions.push_back(r.get());
            m_regions.push_back(std::move(r));
        }
        for (auto &[cc, code] : m_byCode) {
            std::string patterns;
            for (const Region *r : code.regions) {
                if (r->generalPattern.empty())
                    continue;
                if (!patterns.empty())
                    patterns += '|';
                patterns += "(?:" + r->generalPattern + ')';
            }
            code.anyGeneral = phone::Pcre2Pattern(patterns, true);
        }
    }

    std::vector<std::unique_ptr<Region>> m_regions;
    std::unordered_map<std::string, int> m_codeOfRegion;
    std::unordered_map<int, Code> m_byCode;
};

bool validInternational(std::string_view digits)
{
    return PhoneRules::instance().validInternational(digits);
}

// A national number of `region` (its trunk prefix, 0 or NANP's 1, not yet removed): valid as
// the library parses it with that region, so for any region sharing its country code (a +1
// number from Puerto Rico is as valid as one from Ohio).
bool validNational(std::string_view digits, const std::string &region, bool nanp)
{
    std::string_view national = digits;
    if (nanp && national.size() == 11 && national[0] == '1')
        national.remove_prefix(1);
    else if (!nanp && !national.empty() && national[0] == '0')
        national.remove_prefix(1);
    if (national.size() < 4 || national[0] == '0')
        return false;
    const int cc = PhoneRules::instance().codeOf(region);
    if (cc == 0)
        return false;
    thread_local std::string buffer;
    buffer = std::to_string(cc);
    buffer.append(national);
    return validInternational(buffer);
}

// Verdicts per digit string, per thread: a caller says the same number several times.
struct PhoneVerdicts
{
    std::unordered_map<std::string, bool> map;
    std::string key;
};

} // namespace

bool phoneDigitsValid(const std::string &digits, const std::string &region)
{
    if (region.empty())
        return validInternational(digits);
    return validNational(digits, region, region == "US" || region == "CA");
}

bool PiiMasker::isPhone(QStringView, int digits, const char *d, bool plus) const
{
    if (digits < 7 || digits > 15)
        return false;
    thread_local PhoneVerdicts cache;
    cache.key.clear();
    if (plus)
        cache.key.push_back('+');
    for (int i = 0; i < digits; ++i)
        cache.key.push_back(d[i]);
    if (const auto it = cache.map.find(cache.key); it != cache.map.end())
        return it->second;
    const std::string_view all(d, size_t(digits));
    bool valid = false;
    if (plus) {
        valid = validInternational(all);
    } else if (digits >= 9 && d[0] == '0' && d[1] == '0') {
        // 00 44 20 ...: the international prefix most of the world dials.
        valid = validInternational(all.substr(2));
    } else {
        for (const std::string &region : m_regions) {
            // Ask only the regions whose national numbers look like this one.
            const bool nanp = region == "US" || region == "CA";
            if (nanp) {
                if (!((digits == 10 && d[0] >= '2') || (digits == 11 && d[0] == '1')))
                    continue;
            } else if (region == "IN") {
                if (!((digits == 10 && d[0] >= '6') || (digits == 11 && d[0] == '0')))
                    continue;
            } else if (d[0] != '0') {
                continue;
            }
            if (validNational(all, region, nanp)) {
                valid = true;
                break;
            }
        }
    }
    if (cache.map.size() > 200000)
        cache.map.clear();
    cache.map.emplace(cache.key, valid);
    return valid;
}

void PiiMasker::findNumbers(QStringView s, std::vector<PiiSpan> *out) const
{
    const qsizetype n = s.size();
    const bool wantPhone = on(PiiEntity::Phone), wantCard = on(PiiEntity::Card),
               wantSsn = on(PiiEntity::Ssn), wantIp = on(PiiEntity::Ip);
    if (!wantPhone && !wantCard && !wantSsn && !wantIp)
        return;
    qsizetype i = 0;
    // A run joined across spaces that is nothing as a whole is read again up to its first
    // space ("415-555-0132 10.0.0.1" is a phone number and an address).
    bool stopAtSpace = false;
    while (i < n) {
        // The next digit that starts a token of its own.
        while (i < n && !isDigit(s[i]))
            ++i;
        if (i >= n)
            return;
        const qsizetype first = i;
        qsizetype start = i;
        if (i > 0 && isWordChar(s[i - 1])) {
            while (i < n && isWordChar(s[i]))
                ++i;
            continue;
        }
        bool plus = false;
        if (start > 0 && s[start - 1] == u'+') {
            plus = true;
            --start;
        } else if (start > 0 && s[start - 1] == u'(') {
            --start;
        }
        // Identifiers joined by a dash ("ORD-1234567") or a price are not numbers of a person.
        if (start > 1 && (s[start - 1] == u'-' || s[start - 1] == u'#' || s[start - 1] == u'/')
            && isWordChar(s[start - 2])) {
            while (i < n && (isWordChar(s[i]) || s[i] == u'-'))
                ++i;
            continue;
        }
        if (start > 0
            && (s[start - 1] == u'$' || s[start - 1] == u'\u00a3' || s[start - 1] == u'\u20ac'
                || s[start - 1] == u'#')) {
            while (i < n && (isDigit(s[i]) || s[i] == u',' || s[i] == u'.'))
                ++i;
            continue;
        }
        char d[40];
        int digits = 0;
        int groups[24];
        int groupCount = 0;
        char16_t seps[24]; // the first separator character between groups
        int sepCount = 0;
        bool onlyDots = true;
        bool hasParen = s[start] == u'(';
        bool joinedBySpace = false;
        qsizetype end = i;
        qsizetype j = i;
        while (j < n) {
            int g = 0;
            while (j < n && isDigit(s[j])) {
                if (digits < 39)
                    d[digits] = char(s[j].unicode());
                ++digits;
                ++g;
                ++j;
            }
            if (groupCount < 24)
                groups[groupCount++] = g;
            end = j;
            // Up to three separator characters, then a digit continues the number.
            qsizetype k = j;
            int dots = 0;
            bool space = false;
            while (k < n && k - j < 3
                   && (s[k] == u' ' || s[k] == u'-' || s[k] == u'.' || s[k] == u'(' || s[k] == u')'
                       || s[k] == u'\u00a0')) {
                if (s[k] == u'.')
                    ++dots;
                if (s[k] == u' ' || s[k] == u'\u00a0')
                    space = true;
                ++k;
            }
            if (k == j || k >= n || !isDigit(s[k]) || dots > 1 || (dots == 1 && space)
                || groupCount >= 24 || (space && stopAtSpace))
                break;
            joinedBySpace = joinedBySpace || space;
            if (sepCount < 24)
                seps[sepCount++] = s[j].unicode();
            if (s[j] != u'.' || k - j != 1)
                onlyDots = false;
            for (qsizetype t = j; t < k; ++t)
                hasParen = hasParen || s[t] == u'(' || s[t] == u')';
            j = k;
        }
        i = end;
        const bool matched = [&]() -> bool {
            // A letter or digit right after: part of an identifier ("12345abc", "v2").
            if (end < n && isWordChar(s[end]))
                return false;
            if (digits > 39) {
                // Too long to be any one number, so it may hold several run together: a
                // contiguous run is masked whole (fail closed).
                if (groupCount == 1 && wantCard)
                    out->push_back({start, end, PiiKind::Card, false});
                return groupCount == 1 && wantCard;
            }
            // Extensions: "ext. 204", "x204".
            qsizetype extEnd = end;
            {
                qsizetype k = end;
                while (k < n && s[k] == u' ')
                    ++k;
                const QStringView rest = s.mid(k, 10);
                qsizetype skip = 0;
                if (rest.startsWith(u"ext.", Qt::CaseInsensitive))
                    skip = 4;
                else if (rest.startsWith(u"ext", Qt::CaseInsensitive))
                    skip = 3;
                else if (rest.startsWith(u"x", Qt::CaseInsensitive) && k == end)
                    skip = 1;
                if (skip > 0) {
                    k += skip;
                    while (k < n && s[k] == u' ')
                        ++k;
                    qsizetype e = k;
                    while (e < n && isDigit(s[e]) && e - k < 6)
                        ++e;
                    if (e > k && (e >= n || !isWordChar(s[e])))
                        extEnd = e;
                }
            }
            const QStringView candidate = s.mid(start, end - start);

            // IPv4: four dot-separated groups of up to three digits, each at most 255.
            if (onlyDots && sepCount > 0) {
                if (wantIp && groupCount == 4 && digits <= 12) {
                    bool ok = true;
                    int at = 0;
                    for (int g = 0; g < 4 && ok; ++g) {
                        int v = 0;
                        for (int t = 0; t < groups[g]; ++t)
                            v = v * 10 + (d[at + t] - '0');
                        ok = groups[g] >= 1 && groups[g] <= 3 && v <= 255;
                        at += groups[g];
                    }
                    // "1.2.3.4.5" and "v1.2.3.4" are versions: the next character decides nothing
                    // here because the run already ended at a non-digit.
                    if (ok
                        && !(start > 0
                             && (s[start - 1] == u'.' || s[start - 1] == u'v'
                                 || s[start - 1] == u'V')))
                        out->push_back({start, end, PiiKind::Ip, false});
                }
                // Decimals, versions and dotted dates are nothing else; dotted phone numbers
                // ("415.555.0132") go on.
                if (!(groupCount >= 3 && digits >= 9))
                    return false;
            }
            // Dates: 2024-05-12, 12-05-2024, 12.05.2024.
            if (groupCount == 3 && sepCount == 2 && seps[0] == seps[1] && seps[0] != u' '
                && ((groups[0] == 4 && groups[1] <= 2 && groups[2] <= 2)
                    || (groups[0] <= 2 && groups[1] <= 2 && groups[2] == 4)))
                return false;
            // SSN: 123-45-6789 or 123 45 6789.
            if (digits == 9 && groupCount == 3 && groups[0] == 3 && groups[1] == 2 && groups[2] == 4
                && (seps[0] == u'-' || seps[0] == u' ') && seps[0] == seps[1]) {
                if (wantSsn && ssnValid(d))
                    out->push_back({start, end, PiiKind::Ssn, false});
                return wantSsn;
            }
            if (digits == 9 && groupCount == 1 && wantSsn && ssnValid(d)
                && ssnContext(s.left(start))) {
                out->push_back({start, end, PiiKind::Ssn, false});
                return true;
            }
            const bool international = plus || (digits >= 9 && d[0] == '0' && d[1] == '0');
            if (international && wantPhone && isPhone(candidate, digits, d, plus)) {
                out->push_back({start, extEnd, PiiKind::Phone, false});
                return true;
            }
            // Cards: 13-19 digits, contiguous or in groups; masked whatever Luhn says (fail
            // closed). A longer contiguous run is masked too: it may hold a card.
            if (digits >= 13 && (digits <= 19 || groupCount == 1) && !hasParen && !plus
                && !afterIbanStart(s, start)) {
                if (wantCard)
                    out->push_back({start, end, PiiKind::Card, false});
                return wantCard;
            }
            if (!international && wantPhone && isPhone(candidate, digits, d, false)) {
                out->push_back({start, extEnd, PiiKind::Phone, false});
                return true;
            }
            return false;
        }();
        if (!matched && joinedBySpace && !stopAtSpace) {
            stopAtSpace = true;
            i = first;
            continue;
        }
        stopAtSpace = false;
    }
}

// ---- IBAN

void PiiMasker::findIbans(QStringView s, std::vector<PiiSpan> *out) const
{
    const qsizetype n = s.size();
    for (qsizetype i = 0; i + 4 < n; ++i) {
        if (!isAsciiLetter(s[i]) || !isAsciiLetter(s[i + 1]) || !isDigit(s[i + 2])
            || !isDigit(s[i + 3]) || (i > 0 && isWordChar(s[i - 1])))
            continue;
        if (isUpper(s[i]) != isUpper(s[i + 1]))
            continue;
        // Collect groups: contiguous alphanumerics, or groups of four split by single spaces.
        QString compact;
        std::vector<qsizetype> groupEnds; // end offset in s after each group
        std::vector<qsizetype> compactEnds;
        qsizetype j = i;
        for (;;) {
            qsizetype g = j;
            while (g < n && (isDigit(s[g]) || isAsciiLetter(s[g])) && compact.size() < 34) {
                compact.append(s[g]);
                ++g;
            }
            const qsizetype len = g - j;
            groupEnds.push_back(g);
            compactEnds.push_back(compact.size());
            if (len != 4 || g + 1 >= n || (s[g] != u' ' && s[g] != u'-') || compact.size() >= 34
                || !(isDigit(s[g + 1]) || isAsciiLetter(s[g + 1])))
                break;
            j = g + 1;
        }
        // The longest prefix of whole groups that checks out.
        for (qsizetype k = qsizetype(groupEnds.size()) - 1; k >= 0; --k) {
            const qsizetype e = groupEnds[size_t(k)];
            if (e < n && isWordChar(s[e]))
                continue;
            if (ibanValid(QStringView(compact).left(compactEnds[size_t(k)]))) {
                out->push_back({i, e, PiiKind::Iban, false});
                i = e;
                break;
            }
        }
    }
}

// ---- IPv6

void PiiMasker::findIpv6(QStringView s, std::vector<PiiSpan> *out) const
{
    const qsizetype n = s.size();
    qsizetype from = 0;
    for (;;) {
        const qsizetype colon = s.indexOf(u':', from);
        if (colon < 0)
            return;
        qsizetype a = colon;
        while (a > 0 && (isHex(s[a - 1]) || s[a - 1] == u':'))
            --a;
        qsizetype b = colon;
        while (b < n && (isHex(s[b]) || s[b] == u':' || s[b] == u'.'))
            ++b;
        while (b > colon
               && (s[b - 1] == u'.' || (s[b - 1] == u':' && !(b >= 2 && s[b - 2] == u':'))))
            --b;
        from = std::max(b, colon + 1);
        if ((a > 0 && isWordChar(s[a - 1])) || (b < n && isWordChar(s[b])) || b - a < 3
            || b - a > 45)
            continue;
        const QStringView cand = s.mid(a, b - a);
        if (cand.count(u':') < 2)
            continue;
        char buf[64];
        for (qsizetype k = 0; k < cand.size(); ++k)
            buf[k] = char(cand[k].unicode());
        buf[cand.size()] = 0;
        in6_addr addr;
        if (inet_pton(AF_INET6, buf, &addr) == 1)
            out->push_back({a, b, PiiKind::Ip, false});
    }
}

// ---- numbers said as words

void PiiMasker::findSpoken(QStringView s, std::vector<PiiSpan> *out) const
{
    const qsizetype n = s.size();
    qsizetype i = 0;
    // The sequence being read.
    qsizetype seqStart = -1, seqEnd = -1;
    int seqDigits = 0;
    int seqWords = 0;    // number words in it (not digit tokens)
    int seqTokens = 0;   // number words and digit tokens
    int repeat = 1;      // "double"/"triple" waiting for its digit
    int absorbUnits = 0; // a unit word after "twenty" fills its place
    int absorbTens = 0;  // tens after "hundred"
    bool lastWasFiller = false;
    qsizetype lastRealEnd = -1;
    int lastRealDigits = 0;

    const auto close = [&]() {
        if (seqStart >= 0 && lastRealEnd > seqStart) {
            const int digitsSeen = lastRealDigits;
            // Digits typed apart ("4 1 5, 5 5 5, 0 1 3 2") count when there are many of them.
            if (digitsSeen >= 7 && (seqWords > 0 || seqTokens >= 5)) {
                PiiKind kind = PiiKind::Phone;
                if (digitsSeen >= 13 && digitsSeen <= 19)
                    kind = PiiKind::Card;
                else if (digitsSeen == 9 && ssnContext(s.left(seqStart)))
                    kind = PiiKind::Ssn;
                else if (digitsSeen >= 12 && cardContext(s.left(seqStart)))
                    kind = PiiKind::Card;
                out->push_back({seqStart, lastRealEnd, kind, true});
            }
        }
        seqStart = seqEnd = lastRealEnd = -1;
        seqDigits = seqWords = seqTokens = lastRealDigits = 0;
        repeat = 1;
        absorbUnits = absorbTens = 0;
        lastWasFiller = false;
    };

    while (i < n) {
        const char16_t c = s[i].unicode();
        if (isAsciiLetter(c) || isDigit(c)) {
            const qsizetype a = i;
            const bool digitsToken = isDigit(c);
            while (i < n && (digitsToken ? isDigit(s[i]) : isAsciiLetter(s[i])))
                ++i;
            // Tokens glued to other word characters ("abc123", "2nd") are not number words.
            if (i < n && isWordChar(s[i])) {
                close();
                while (i < n && isWordChar(s[i]))
                    ++i;
                continue;
            }
            if (digitsToken) {
                if (seqStart < 0)
                    seqStart = a;
                seqDigits += int(i - a) * repeat;
                ++seqTokens;
                repeat = 1;
                absorbUnits = absorbTens = 0;
                lastRealEnd = i;
                lastRealDigits = seqDigits;
                lastWasFiller = false;
                continue;
            }
            const WordInfo w = numberWord(s.mid(a, i - a));
            switch (w.kind) {
            case WordKind::None:
                close();
                continue;
            case WordKind::Filler:
                if (seqStart < 0 || lastWasFiller) {
                    close();
                    continue;
                }
                lastWasFiller = true;
                continue;
            case WordKind::Oh:
            case WordKind::Digit:
                if (seqStart < 0)
                    seqStart = a;
                if (absorbUnits > 0) {
                    absorbUnits = 0;
                    absorbTens = 0;
                } else {
                    seqDigits += repeat;
                }
                repeat = 1;
                break;
            case WordKind::Teen:
                if (seqStart < 0)
                    seqStart = a;
                if (absorbTens > 0)
                    absorbTens = 0;
                else
                    seqDigits += 2 * repeat;
                absorbUnits = 0;
                repeat = 1;
                break;
            case WordKind::Tens:
                if (seqStart < 0)
                    seqStart = a;
                if (absorbTens > 0) {
                    absorbTens = 0;
                } else {
                    seqDigits += 2;
                }
                absorbUnits = 1;
                repeat = 1;
                break;
            case WordKind::Hundred:
            case WordKind::Thousand:
                if (seqStart < 0) {
                    close();
                    continue;
                }
                seqDigits += w.value;
                absorbTens = 1;
                absorbUnits = 1;
                repeat = 1;
                break;
            case WordKind::Repeat:
                if (seqStart < 0)
                    seqStart = a;
                repeat = w.value;
                lastWasFiller = true; // needs its digit to count
                continue;
            }
            ++seqWords;
            ++seqTokens;
            lastRealEnd = i;
            lastRealDigits = seqDigits;
            lastWasFiller = false;
            continue;
        }
        // Separators inside a sequence: spaces, commas, dashes, periods followed by a space.
        if (c == u' ' || c == u',' || c == u'-' || c == u'\u00a0' || c == u'\t' || c == u'\u2014'
            || c == u'\u2013' || c == u'.' || c == u'\u2026') {
            if (seqStart >= 0 && c == u',' && i + 1 < n && isDigit(s[i + 1])) {
                close(); // 1,250,000: thousands separators of one number
            }
            ++i;
            continue;
        }
        close();
        ++i;
    }
    close();
}

// ---- the whole

std::vector<PiiSpan> PiiMasker::find(QStringView text) const
{
    std::vector<PiiSpan> spans;
    // The cheap prefilter: text without a digit, an '@', a ':' or a letter that can start a
    // number word holds nothing to find.
    bool digit = false, at = false, colon = false, letters = false;
    for (const QChar ch : text) {
        const char16_t c = ch.unicode();
        if (c >= u'0' && c <= u'9')
            digit = true;
        else if (c == u'@')
            at = true;
        else if (c == u':')
            colon = true;
        else if (c >= u'a' || (c >= u'A' && c <= u'Z'))
            letters = true;
    }
    if (at && on(PiiEntity::Email))
        findEmails(text, &spans);
    if (digit)
        findNumbers(text, &spans);
    if (digit && on(PiiEntity::Iban))
        findIbans(text, &spans);
    if (colon && on(PiiEntity::Ip))
        findIpv6(text, &spans);
    if ((letters || digit) && on(PiiEntity::Spoken))
        findSpoken(text, &spans);
    if (spans.size() < 2)
        return spans;
    std::sort(spans.begin(), spans.end(), [](const PiiSpan &a, const PiiSpan &b) {
        return a.start != b.start ? a.start < b.start : a.end > b.end;
    });
    std::vector<PiiSpan> merged;
    merged.reserve(spans.size());
    for (const PiiSpan &sp : spans) {
        if (!merged.empty() && sp.start < merged.back().end) {
            PiiSpan &last = merged.back();
            if (sp.end - sp.start > last.end - last.start) {
                last.kind = sp.kind;
                last.spoken = sp.spoken;
            }
            last.end = std::max(last.end, sp.end);
            continue;
        }
        merged.push_back(sp);
    }
    return merged;
}

QString PiiMasker::mask(QStringView text, MaskCounts *counts) const
{
    if (counts)
        ++counts->strings;
    const std::vector<PiiSpan> spans = find(text);
    if (spans.empty())
        return text.toString();
    QString out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (const PiiSpan &sp : spans) {
        out.append(text.mid(pos, sp.start - pos));
        out.append(QLatin1String(kTokens[size_t(sp.kind)]));
        pos = sp.end;
        if (counts) {
            ++counts->byKind[size_t(sp.kind)];
            if (sp.spoken)
                ++counts->spoken;
            if (sp.kind == PiiKind::Card && !sp.spoken) {
                char d[40];
                int k = 0;
                for (qsizetype t = sp.start; t < sp.end && k < 39; ++t) {
                    if (isDigit(text[t]))
                        d[k++] = char(text[t].unicode());
                }
                if (!luhnValid(d, k))
                    ++counts->unverifiedCards;
            }
        }
    }
    out.append(text.mid(pos));
    return out;
}

bool PiiMasker::maskJson(QJsonValue *value, MaskCounts *counts, QString *error) const
{
    return maskValue(value, counts, error, 0);
}

bool PiiMasker::maskValue(QJsonValue *value, MaskCounts *counts, QString *error, int depth) const
{
    if (depth > 64) {
        *error = QStringLiteral("the document is nested more than 64 levels deep");
        return false;
    }
    switch (value->type()) {
    case QJsonValue::String: {
        const QString s = value->toString();
        if (s.size() > m_options.maxStringChars) {
            *error = QStringLiteral("a text of %1 characters is longer than the masker takes (%2)")
                             .arg(s.size())
                             .arg(m_options.maxStringChars);
            return false;
        }
        *value = mask(s, counts);
        return true;
    }
    case QJsonValue::Array: {
        QJsonArray a = value->toArray();
        for (qsizetype k = 0; k < a.size(); ++k) {
            QJsonValue v = a.at(k);
            if (!maskValue(&v, counts, error, depth + 1))
                return false;
            a.replace(k, v);
        }
        *value = a;
        return true;
    }
    case QJsonValue::Object: {
        QJsonObject o = value->toObject();
        for (auto it = o.begin(); it != o.end(); ++it) {
            QJsonValue v = it.value();
            if (!maskValue(&v, counts, error, depth + 1))
                return false;
            it.value() = v;
        }
        *value = o;
        return true;
    }
    default:
        return true;
    }
}

} // namespace cxone
