#include "models/transcripts/piimasker.h"

#include "models/engine/phone/phonedigits.h"
#include "models/transcripts/masktext.h"
#include "models/transcripts/piiscan.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>
#include <atomic>
#include <cstring>
#include <string_view>

namespace cxone {

namespace {

constexpr std::array<const char *, kPiiKindCount> kTokens{"[EMAIL]", "[PHONE]", "[SSN]",
                                                          "[CARD]",  "[IBAN]",  "[IP]"};
// The tokens as views, and the longest of them.
constexpr auto kTokenViews = [] {
    std::array<std::string_view, kPiiKindCount> views{};
    for (size_t k = 0; k < kPiiKindCount; ++k)
        views[k] = kTokens[k];
    return views;
}();
constexpr qsizetype kLongestToken = [] {
    size_t longest = 0;
    for (const std::string_view t : kTokenViews)
        longest = std::max(longest, t.size());
    return qsizetype(longest);
}();
constexpr std::array<const char *, kPiiKindCount> kNames{"email", "phone", "ssn",
                                                         "card",  "iban",  "ip"};

std::atomic<quint64> g_maskerSerial{1};

inline bool asciiDigit(char c)
{
    return unsigned(c - '0') < 10u;
}

// UTF-16 to UTF-8 with, for text that is not all ASCII, the UTF-16 offset of every byte.
// Unpaired surrogates become U+FFFD.
bool toUtf8(QStringView text, std::string *out, std::vector<int> *back)
{
    out->clear();
    const qsizetype n = text.size();
    const char16_t *u = text.utf16();
    bool ascii = true;
    for (qsizetype i = 0; i < n && ascii; ++i)
        ascii = u[i] < 0x80;
    if (ascii) {
        out->resize(size_t(n));
        for (qsizetype i = 0; i < n; ++i)
            (*out)[size_t(i)] = char(u[i]);
        return false;
    }
    back->clear();
    out->reserve(size_t(n) * 2);
    back->reserve(size_t(n) * 2 + 1);
    for (qsizetype i = 0; i < n; ++i) {
        char32_t cp = u[i];
        const int index = int(i);
        if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < n && u[i + 1] >= 0xdc00 && u[i + 1] <= 0xdfff) {
            cp = 0x10000 + ((cp - 0xd800) << 10) + (u[i + 1] - 0xdc00);
            ++i;
        } else if (cp >= 0xd800 && cp <= 0xdfff) {
            cp = 0xfffd;
        }
        char buf[4];
        const int len = encodeUtf8(cp, buf);
        out->append(buf, size_t(len));
        for (int k = 0; k < len; ++k)
            back->push_back(index);
    }
    back->push_back(int(n));
    return true;
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

bool parsePiiKindName(QStringView name, PiiKind *kind)
{
    QString n = name.trimmed().toString().toLower();
    n.replace(u'-', u'_');
    static const std::pair<const char *, PiiKind> kAliases[] = {
            {"email", PiiKind::Email},     {"email_address", PiiKind::Email},
            {"e_mail", PiiKind::Email},    {"mail", PiiKind::Email},
            {"phone", PiiKind::Phone},     {"phone_number", PiiKind::Phone},
            {"telephone", PiiKind::Phone}, {"tel", PiiKind::Phone},
            {"ssn", PiiKind::Ssn},         {"us_ssn", PiiKind::Ssn},
            {"itin", PiiKind::Ssn},        {"us_itin", PiiKind::Ssn},
            {"card", PiiKind::Card},       {"credit_card", PiiKind::Card},
            {"creditcard", PiiKind::Card}, {"card_number", PiiKind::Card},
            {"iban", PiiKind::Iban},       {"iban_code", PiiKind::Iban},
            {"ip", PiiKind::Ip},           {"ip_address", PiiKind::Ip},
            {"ipv4", PiiKind::Ip},         {"ipv6", PiiKind::Ip},
    };
    for (const auto &[alias, k] : kAliases) {
        if (n == QLatin1String(alias)) {
            *kind = k;
            return true;
        }
    }
    return false;
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

QString maskPolicyName(MaskPolicy policy)
{
    return policy == MaskPolicy::Balanced ? QStringLiteral("balanced") : QStringLiteral("strict");
}

bool parseMaskPolicy(const QString &text, MaskPolicy *policy, QString *error)
{
    const QString t = text.trimmed().toLower();
    if (t == u"strict") {
        *policy = MaskPolicy::Strict;
        return true;
    }
    if (t == u"balanced") {
        *policy = MaskPolicy::Balanced;
        return true;
    }
    *error = QStringLiteral("'%1' is not a masking policy; use strict (every number somebody may "
                            "have given) or balanced (fewer masks on numbers that do not "
                            "validate).")
                     .arg(text.trimmed());
    return false;
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

bool itinValid(const char *d)
{
    if (d[0] != '9')
        return false;
    const int group = (d[3] - '0') * 10 + (d[4] - '0');
    return (group >= 50 && group <= 65) || (group >= 70 && group <= 88)
           || (group >= 90 && group <= 92) || (group >= 94 && group <= 99);
}

namespace {

// ISO 7064 mod 97-10 over an IBAN's letters and digits, the country and check digits first
template<typename Char>
bool ibanValidOf(const Char *compact, qsizetype n)
{
    const auto letter
            = [](char16_t c) { return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z'); };
    const auto digit = [](char16_t c) { return c >= u'0' && c <= u'9'; };
    const auto at = [&](qsizetype k) { return char16_t(compact[k]); };
    if (n < 15 || n > 34 || !letter(at(0)) || !letter(at(1)) || !digit(at(2)) || !digit(at(3)))
        return false;
    int rem = 0;
    for (qsizetype k = 0; k < n; ++k) {
        const char16_t c = at((k + 4) % n);
        if (digit(c)) {
            rem = (rem * 10 + (c - u'0')) % 97;
        } else if (letter(c)) {
            const int v = (c | 0x20) - u'a' + 10;
            rem = (rem * 100 + v) % 97;
        } else {
            return false;
        }
    }
    return rem == 1;
}

} // namespace

bool ibanValid(QStringView compact)
{
    return ibanValidOf(compact.utf16(), compact.size());
}

bool ibanValid(std::string_view compact)
{
    // (bytes of UTF-8 past ASCII are no letter nor digit: refused)
    return ibanValidOf(reinterpret_cast<const unsigned char *>(compact.data()),
                       qsizetype(compact.size()));
}

bool phoneDigitsValid(const std::string &digits, const std::string &region)
{
    if (region.empty())
        return phone::validInternational(digits);
    return phone::validNational(digits, region);
}

PiiMasker::PiiMasker()
    : PiiMasker(Options())
{}

PiiMasker::PiiMasker(Options options)
    : m_options(std::move(options))
{
    for (const QString &r : std::as_const(m_options.regions))
        m_regions.push_back(r.trimmed().toUpper().toStdString());
    m_serial = g_maskerSerial.fetch_add(1);
}

namespace {

// One reading of UTF-8 text: normalized when it must be, its typed forms read (*typedRead, when
// asked: they changed it; *besideLetter: a digit stands beside a letter typed for one), scanned;
// the finds sorted and merged, in the text's offsets.
std::vector<PiiSpan> findOnce(std::string_view u, const pii::ScanConfig &config,
                              bool *typedRead = nullptr, bool *besideLetter = nullptr)
{
    std::vector<PiiSpan> spans;
    bool changed = false;
    if (!pii::needsNormalizing(u)) {
        if (!pii::hasTypedForms(u, besideLetter)) {
            pii::scan(u, config, &spans);
        } else {
            // (letters typed for digits read as the digits, defanged dots as dots: offsets
            // stay)
            thread_local std::string typed;
            typed.assign(u);
            changed = pii::readTypedForms(&typed);
            pii::scan(typed, config, &spans);
        }
    } else {
        thread_local std::string norm;
        thread_local std::vector<int> map;
        pii::normalize(u, &norm, &map);
        if (pii::hasTypedForms(norm, besideLetter))
            changed = pii::readTypedForms(&norm);
        pii::scan(norm, config, &spans);
        for (PiiSpan &sp : spans) {
            sp.start = map[size_t(sp.start)];
            sp.end = map[size_t(sp.end)];
        }
    }
    pii::sortAndMerge(&spans);
    if (typedRead)
        *typedRead = changed;
    return spans;
}

} // namespace

std::vector<PiiSpan> PiiMasker::findUtf8(QByteArrayView text) const
{
    const std::string_view whole(text.data(), size_t(text.size()));
    thread_local pii::CleanTexts clean;
    const bool short_ = !whole.empty() && whole.size() <= pii::CleanTexts::kMaxText;
    const quint64 hash = short_ ? pii::CleanTexts::hashOf(whole) : 0;
    if (short_ && clean.contains(m_serial, whole, hash))
        return {};
    std::vector<PiiSpan> spans = findUtf8Read(text);
    if (short_ && spans.empty())
        clean.insert(m_serial, whole, hash);
    return spans;
}

std::vector<PiiSpan> PiiMasker::findUtf8Read(QByteArrayView text) const
{
    pii::ScanConfig config;
    config.entities = m_options.entities;
    config.policy = m_options.policy;
    config.regions = &m_regions;
    config.serial = m_serial;
    const std::string_view u(text.data(), size_t(text.size()));
    bool typedRead = false, besideLetter = false;
    std::vector<PiiSpan> spans = findOnce(u, config, &typedRead, &besideLetter);
    // A form typed for digits is read by what stands beside it ("1704:l1 555-nbenrrs" reads
    // "l1" as "11" before digits; "in02 I0 1 1111" reads "I0" as no digits). Masking a
    // neighbour may change that reading, which the scanner's own second look (on the text as
    // read) cannot see: the masked text as written is read again, until it finds nothing more.
    constexpr int kRounds = 8;
    pii::MaskedCopy masked;
    // (most texts hold no digit beside such a letter: nothing to read again)
    const bool again = typedRead || besideLetter;
    for (int round = 0; again && !spans.empty() && round < kRounds; ++round) {
        masked.build(u, spans);
        const std::vector<PiiSpan> more = findOnce(masked.text(), config);
        if (more.empty())
            break;
        for (const PiiSpan &sp : more)
            spans.push_back(masked.back(sp));
        pii::sortAndMerge(&spans);
        // (a text that still gives up more after many rounds is hostile: masked whole)
        if (round == kRounds - 1) {
            const PiiKind kind = more.front().kind;
            spans.assign(1, PiiSpan{0, qsizetype(u.size()), kind, false, false});
        }
    }
    return spans;
}

std::vector<PiiSpan> PiiMasker::find(QStringView text) const
{
    thread_local std::string utf8;
    thread_local std::vector<int> back;
    const bool mapped = toUtf8(text, &utf8, &back);
    std::vector<PiiSpan> spans = findUtf8(QByteArrayView(utf8.data(), qsizetype(utf8.size())));
    if (mapped) {
        for (PiiSpan &sp : spans) {
            sp.start = back[size_t(sp.start)];
            sp.end = back[size_t(sp.end)];
        }
    }
    return spans;
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
        if (counts && !sp.continued) {
            ++counts->byKind[size_t(sp.kind)];
            if (sp.spoken)
                ++counts->spoken;
            if (sp.kind == PiiKind::Card && !sp.spoken) {
                char d[40];
                int k = 0;
                for (qsizetype t = sp.start; t < sp.end && k < 39; ++t) {
                    if (text[t].isDigit())
                        d[k++] = char('0' + text[t].digitValue());
                }
                if (!luhnValid(d, k))
                    ++counts->unverifiedCards;
            }
        }
    }
    out.append(text.mid(pos));
    return out;
}

void PiiMasker::appendMasked(QByteArrayView text, const std::vector<PiiSpan> &spans,
                             QByteArray *out, MaskCounts *counts) const
{
    if (spans.empty()) {
        appendBytes(out, text.data(), text.size());
        return;
    }
    // (written in place: room for the text and a token for every find, cut to size after)
    const qsizetype at = out->size();
    out->resize(at + text.size() + qsizetype(spans.size()) * kLongestToken);
    char *w = out->data() + at;
    qsizetype pos = 0;
    for (const PiiSpan &sp : spans) {
        std::memcpy(w, text.data() + pos, size_t(sp.start - pos));
        w += sp.start - pos;
        const std::string_view token = kTokenViews[size_t(sp.kind)];
        std::memcpy(w, token.data(), token.size());
        w += token.size();
        pos = sp.end;
        if (counts && !sp.continued) {
            ++counts->byKind[size_t(sp.kind)];
            if (sp.spoken)
                ++counts->spoken;
            if (sp.kind == PiiKind::Card && !sp.spoken) {
                char d[40];
                int k = 0;
                for (qsizetype t = sp.start; t < sp.end && k < 39; ++t) {
                    if (asciiDigit(text[t]))
                        d[k++] = text[t];
                }
                if (!luhnValid(d, k))
                    ++counts->unverifiedCards;
            }
        }
    }
    std::memcpy(w, text.data() + pos, size_t(text.size() - pos));
    w += text.size() - pos;
    out->resize(w - out->constData());
}

void PiiMasker::maskUtf8(QByteArrayView text, QByteArray *out, MaskCounts *counts) const
{
    if (counts)
        ++counts->strings;
    appendMasked(text, findUtf8(text), out, counts);
}

// ---- JSON
//
// A reader of our own rather than simdjson (which the project uses elsewhere): masking rewrites a
// line only where something is masked and keeps every other byte as it came (spacing, escapes,
// the order and spelling of numbers), so it needs each key's, string's and number's byte range in
// the line as written. simdjson's DOM gives values, not where they were written, and its
// on-demand API gives raw positions only for some token kinds. The reader is small, bounded (a
// string cap, a depth cap) and fuzzed by `fuzz_masker` in its JSON mode: masking a document
// again masks nothing, and the masked document still reads (docs/fuzzing.md).

namespace {

struct JsonToken
{
    enum Type : quint8 { Key, String, Number } type;
    int rawStart; // the token as written, quotes included
    int rawEnd;
    int object;       // keys: the object they belong to
    int key;          // values of an object member: their key's token, else -1
    std::string text; // strings and keys decoded (UTF-8); numbers as written
};

class JsonReader
{
public:
    explicit JsonReader(std::string_view s, qsizetype maxString)
        : s(s)
        , n(int(s.size()))
        , maxString(maxString)
    {}

    bool read()
    {
        skipWs();
        if (!value(0, -1))
            return false;
        skipWs();
        if (p != n)
            return fail("text after the end of the document");
        return true;
    }

    std::vector<JsonToken> tokens;
    QString error;
    int errorAt = 0;

private:
    bool fail(const char *what)
    {
        if (error.isEmpty()) {
            error = QString::fromLatin1(what);
            errorAt = p;
        }
        return false;
    }
    void skipWs()
    {
        while (p < n
               && (s[size_t(p)] == ' ' || s[size_t(p)] == '\t' || s[size_t(p)] == '\n'
                   || s[size_t(p)] == '\r'))
            ++p;
    }
    bool literal(const char *word)
    {
        const int len = int(std::strlen(word));
        if (s.substr(size_t(p), size_t(len)) != word)
            return fail("an unexpected character");
        p += len;
        return true;
    }
    static void appendUtf8(std::string *out, char32_t cp)
    {
        if (cp < 0x80) {
            out->push_back(char(cp));
        } else if (cp < 0x800) {
            out->push_back(char(0xc0 | (cp >> 6)));
            out->push_back(char(0x80 | (cp & 0x3f)));
        } else if (cp < 0x10000) {
            out->push_back(char(0xe0 | (cp >> 12)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3f)));
            out->push_back(char(0x80 | (cp & 0x3f)));
        } else {
            out->push_back(char(0xf0 | (cp >> 18)));
            out->push_back(char(0x80 | ((cp >> 12) & 0x3f)));
            out->push_back(char(0x80 | ((cp >> 6) & 0x3f)));
            out->push_back(char(0x80 | (cp & 0x3f)));
        }
    }
    bool hex4(char32_t *v)
    {
        if (p + 4 > n)
            return fail("a cut \\u escape");
        *v = 0;
        for (int k = 0; k < 4; ++k) {
            const char c = s[size_t(p + k)];
            int d;
            if (c >= '0' && c <= '9')
                d = c - '0';
            else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'f')
                d = (c | 0x20) - 'a' + 10;
            else
                return fail("a bad \\u escape");
            *v = (*v << 4) | char32_t(d);
        }
        p += 4;
        return true;
    }
    bool string(JsonToken::Type type, int object, int key)
    {
        JsonToken t{type, p, 0, object, key, {}};
        ++p; // the opening quote
        for (;;) {
            if (p >= n)
                return fail("a string without its closing quote");
            const char c = s[size_t(p)];
            if (c == '"') {
                ++p;
                break;
            }
            if (static_cast<unsigned char>(c) < 0x20)
                return fail("a control character inside a string");
            if (c != '\\') {
                t.text.push_back(c);
                ++p;
                continue;
            }
            ++p;
            if (p >= n)
                return fail("a cut escape");
            const char e = s[size_t(p++)];
            switch (e) {
            case '"':
            case '\\':
            case '/':
                t.text.push_back(e);
                break;
            case 'b':
                t.text.push_back('\b');
                break;
            case 'f':
                t.text.push_back('\f');
                break;
            case 'n':
                t.text.push_back('\n');
                break;
            case 'r':
                t.text.push_back('\r');
                break;
            case 't':
                t.text.push_back('\t');
                break;
            case 'u': {
                char32_t v = 0;
                if (!hex4(&v))
                    return false;
                if (v >= 0xd800 && v <= 0xdbff && p + 6 <= n && s[size_t(p)] == '\\'
                    && s[size_t(p + 1)] == 'u') {
                    const int save = p;
                    p += 2;
                    char32_t lo = 0;
                    if (!hex4(&lo))
                        return false;
                    if (lo >= 0xdc00 && lo <= 0xdfff)
                        v = 0x10000 + ((v - 0xd800) << 10) + (lo - 0xdc00);
                    else
                        p = save;
                }
                if (v >= 0xd800 && v <= 0xdfff)
                    v = 0xfffd;
                appendUtf8(&t.text, v);
                break;
            }
            default:
                return fail("a bad escape");
            }
        }
        if (qsizetype(t.text.size()) > maxString) {
            error = QStringLiteral("a text of %1 bytes is longer than the masker takes (%2)")
                            .arg(t.text.size())
                            .arg(maxString);
            errorAt = t.rawStart;
            return false;
        }
        t.rawEnd = p;
        tokens.push_back(std::move(t));
        return true;
    }
    bool number(int key)
    {
        const int a = p;
        const auto digits = [&] {
            const int b = p;
            while (p < n && s[size_t(p)] >= '0' && s[size_t(p)] <= '9')
                ++p;
            return p > b;
        };
        if (p < n && s[size_t(p)] == '-')
            ++p;
        if (p < n && s[size_t(p)] == '0')
            ++p;
        else if (!digits())
            return fail("a bad number");
        if (p < n && s[size_t(p)] == '.') {
            ++p;
            if (!digits())
                return fail("a bad number");
        }
        if (p < n && (s[size_t(p)] == 'e' || s[size_t(p)] == 'E')) {
            ++p;
            if (p < n && (s[size_t(p)] == '+' || s[size_t(p)] == '-'))
                ++p;
            if (!digits())
                return fail("a bad number");
        }
        tokens.push_back({JsonToken::Number, a, p, -1, key,
                          std::string(s.substr(size_t(a), size_t(p - a)))});
        return true;
    }
    bool value(int depth, int key)
    {
        if (depth > 64)
            return fail("nesting more than 64 levels deep");
        if (p >= n)
            return fail("a value missing");
        switch (s[size_t(p)]) {
        case '{': {
            const int object = objects++;
            ++p;
            skipWs();
            if (p < n && s[size_t(p)] == '}') {
                ++p;
                return true;
            }
            for (;;) {
                skipWs();
                if (p >= n || s[size_t(p)] != '"')
                    return fail("a member name missing");
                if (!string(JsonToken::Key, object, -1))
                    return false;
                const int keyToken = int(tokens.size()) - 1;
                skipWs();
                if (p >= n || s[size_t(p)] != ':')
                    return fail("a ':' missing");
                ++p;
                skipWs();
                if (!value(depth + 1, keyToken))
                    return false;
                skipWs();
                if (p < n && s[size_t(p)] == ',') {
                    ++p;
                    continue;
                }
                if (p < n && s[size_t(p)] == '}') {
                    ++p;
                    return true;
                }
                return fail("a ',' or '}' missing");
            }
        }
        case '[': {
            ++p;
            skipWs();
            if (p < n && s[size_t(p)] == ']') {
                ++p;
                return true;
            }
            for (;;) {
                skipWs();
                if (!value(depth + 1, -1))
                    return false;
                skipWs();
                if (p < n && s[size_t(p)] == ',') {
                    ++p;
                    continue;
                }
                if (p < n && s[size_t(p)] == ']') {
                    ++p;
                    return true;
                }
                return fail("a ',' or ']' missing");
            }
        }
        case '"':
            return string(JsonToken::String, -1, key);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            if (s[size_t(p)] == '-' || (s[size_t(p)] >= '0' && s[size_t(p)] <= '9'))
                return number(key);
            return fail("an unexpected character");
        }
    }

    std::string_view s;
    int n;
    qsizetype maxString;
    int p = 0;
    int objects = 0;
};

void appendJsonString(QByteArray *out, std::string_view text)
{
    out->append('"');
    for (char c : text) {
        const unsigned char b = static_cast<unsigned char>(c);
        switch (c) {
        case '"':
            out->append("\\\"");
            break;
        case '\\':
            out->append("\\\\");
            break;
        case '\n':
            out->append("\\n");
            break;
        case '\r':
            out->append("\\r");
            break;
        case '\t':
            out->append("\\t");
            break;
        default:
            if (b < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", b);
                out->append(buf);
            } else {
                out->append(c);
            }
        }
    }
    out->append('"');
}

// A member name as words of context: "phoneNumber" -> "phone number", "order_id" -> "order id".
std::string keyWords(std::string_view key)
{
    std::string out;
    for (size_t i = 0; i < key.size() && out.size() < 60; ++i) {
        const char c = key[i];
        // A mask ("[PHONE]") says nothing of the value; digits and a '#2' neither: the words are
        // the same before and after the key is masked, so a masked document masked again masks
        // no more.
        if (c == '[') {
            size_t e = i + 1;
            while (e < key.size() && key[e] >= 'A' && key[e] <= 'Z')
                ++e;
            if (e > i + 1 && e < key.size() && key[e] == ']') {
                out.push_back(' ');
                i = e;
                continue;
            }
        }
        if ((c >= '0' && c <= '9') || c == '#') {
            out.push_back(' ');
            continue;
        }
        if (c >= 'A' && c <= 'Z') {
            if (i > 0 && !(key[i - 1] >= 'A' && key[i - 1] <= 'Z'))
                out.push_back(' ');
            out.push_back(char(c | 0x20));
        } else if (c == '_' || c == '-' || c == '.') {
            out.push_back(' ');
        } else if (static_cast<unsigned char>(c) >= 0x20) {
            out.push_back(c);
        }
    }
    return out;
}

} // namespace

bool PiiMasker::maskJsonText(QByteArrayView json, QByteArray *out, MaskCounts *counts,
                             QString *error) const
{
    const std::string_view s(json.data(), size_t(json.size()));
    JsonReader reader(s, m_options.maxStringChars);
    if (!reader.read()) {
        *error = QStringLiteral("%1 at byte %2").arg(reader.error).arg(reader.errorAt + 1);
        return false;
    }
    std::vector<JsonToken> &tokens = reader.tokens;
    // What replaces each token (empty: left as written).
    std::vector<QByteArray> replacement(tokens.size());
    MaskCounts local;

    // The string values, read together as one conversation.
    std::string joined;
    std::vector<int> starts; // per value token: its offset in `joined`, or -1
    starts.assign(tokens.size(), -1);
    int values = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].type != JsonToken::String)
            continue;
        if (values++ > 0)
            joined.push_back('\n');
        starts[t] = int(joined.size());
        joined.append(tokens[t].text);
    }
    local.strings += values;
    if (!joined.empty()) {
        const std::vector<PiiSpan> spans
                = findUtf8(QByteArrayView(joined.data(), qsizetype(joined.size())));
        size_t next = 0;
        for (size_t t = 0; t < tokens.size() && next < spans.size(); ++t) {
            if (starts[t] < 0)
                continue;
            const qsizetype a = starts[t];
            const qsizetype b = a + qsizetype(tokens[t].text.size());
            std::vector<PiiSpan> mine;
            while (next < spans.size() && spans[next].start < b) {
                PiiSpan sp = spans[next];
                if (sp.end > a) {
                    const bool startsHere = sp.start >= a;
                    sp.start = std::max(sp.start, a) - a;
                    sp.end = std::min(sp.end, b) - a;
                    sp.continued = sp.continued || !startsHere;
                    mine.push_back(sp);
                }
                if (spans[next].end <= b)
                    ++next;
                else
                    break; // goes on into the next string
            }
            if (mine.empty())
                continue;
            QByteArray masked;
            appendMasked(QByteArrayView(tokens[t].text.data(), qsizetype(tokens[t].text.size())),
                         mine, &masked, &local);
            QByteArray encoded;
            appendJsonString(&encoded, std::string_view(masked.constData(), size_t(masked.size())));
            replacement[t] = encoded;
        }
    }
    // Keys, each on its own; a masked key that meets another of its object is numbered.
    std::vector<std::string> finalKeys(tokens.size());
    bool anyKeyMasked = false;
    for (size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].type != JsonToken::Key)
            continue;
        finalKeys[t] = tokens[t].text;
        const std::vector<PiiSpan> spans
                = findUtf8(QByteArrayView(tokens[t].text.data(), qsizetype(tokens[t].text.size())));
        if (spans.empty())
            continue;
        QByteArray masked;
        appendMasked(QByteArrayView(tokens[t].text.data(), qsizetype(tokens[t].text.size())), spans,
                     &masked, &local);
        finalKeys[t] = masked.toStdString();
        replacement[t] = "\x01"; // encoded below, once names are unique
        anyKeyMasked = true;
    }
    if (anyKeyMasked) {
        for (size_t t = 0; t < tokens.size(); ++t) {
            if (replacement[t] != "\x01")
                continue;
            std::string name = finalKeys[t];
            for (int suffix = 2;; ++suffix) {
                bool clash = false;
                for (size_t u = 0; u < tokens.size() && !clash; ++u) {
                    clash = u != t && tokens[u].type == JsonToken::Key
                            && tokens[u].object == tokens[t].object && finalKeys[u] == name;
                }
                if (!clash)
                    break;
                name = finalKeys[t] + '#' + std::to_string(suffix);
            }
            finalKeys[t] = name;
            QByteArray encoded;
            appendJsonString(&encoded, name);
            replacement[t] = encoded;
        }
    }
    // Numbers, each with its member name as context; a masked number becomes a masked string.
    for (size_t t = 0; t < tokens.size(); ++t) {
        if (tokens[t].type != JsonToken::Number)
            continue;
        const std::string &raw = tokens[t].text;
        std::string digits;
        const size_t e = raw.find_first_of("eE");
        if (e != std::string::npos) {
            // 4.111111111111111e+18: the digits it was written with.
            for (size_t k = 0; k < e; ++k) {
                if (raw[k] >= '0' && raw[k] <= '9')
                    digits.push_back(raw[k]);
            }
        } else {
            digits = raw[0] == '-' ? raw.substr(1) : raw;
        }
        if (digits.size() < 3)
            continue;
        std::string probe;
        if (tokens[t].key >= 0) // the key as it is written out, masked or not
            probe = keyWords(finalKeys[size_t(tokens[t].key)]) + ": ";
        const qsizetype from = qsizetype(probe.size());
        probe += digits;
        const std::vector<PiiSpan> spans
                = findUtf8(QByteArrayView(probe.data(), qsizetype(probe.size())));
        for (const PiiSpan &sp : spans) {
            if (sp.end > from) {
                ++local.byKind[size_t(sp.kind)];
                replacement[t] = QByteArray("\"") + kTokens[size_t(sp.kind)] + '"';
                break;
            }
        }
    }
    out->reserve(out->size() + json.size());
    int pos = 0;
    for (size_t t = 0; t < tokens.size(); ++t) {
        if (replacement[t].isEmpty())
            continue;
        out->append(json.sliced(pos, tokens[t].rawStart - pos));
        out->append(replacement[t]);
        pos = tokens[t].rawEnd;
    }
    out->append(json.sliced(pos));
    if (counts)
        counts->add(local);
    return true;
}

bool PiiMasker::maskJson(QJsonValue *value, MaskCounts *counts, QString *error) const
{
    QByteArray json;
    const bool wrapped = !value->isObject() && !value->isArray();
    if (value->isObject())
        json = QJsonDocument(value->toObject()).toJson(QJsonDocument::Compact);
    else if (value->isArray())
        json = QJsonDocument(value->toArray()).toJson(QJsonDocument::Compact);
    else
        json = QJsonDocument(QJsonArray{*value}).toJson(QJsonDocument::Compact);
    QByteArray masked;
    if (!maskJsonText(json, &masked, counts, error))
        return false;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(masked, &pe);
    if (doc.isNull()) {
        *error = QStringLiteral("the masked document does not read back (%1)")
                         .arg(pe.errorString());
        return false;
    }
    if (wrapped)
        *value = doc.array().at(0);
    else if (doc.isObject())
        *value = doc.object();
    else
        *value = doc.array();
    return true;
}

} // namespace cxone
