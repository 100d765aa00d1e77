#include "app/simulator/modules/contactlistsdata.h"

#include "app/simulator/simrng.h"

#include "network/jsonwriter.h"

#include <simdjson.h>

#include <QAnyStringView>
#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <cmath>

#include <array>
#include <charconv>
#include <cstring>

namespace cxone::sim {

namespace {

// Example numbers of each region and type with their last digits drawn at random. They follow
// the real numbering plans closely enough that a phone library agrees on region and type.
struct PhoneTemplate
{
    const char *region;
    const char *e164; // an example; its last `randomDigits` digits are replaced
    int countryCodeDigits;
    int randomDigits;
    const char *lineType;
    int weight;
};

constexpr std::array kTemplates{
        PhoneTemplate{"US", "+12015550123", 1, 7, "mobile", 30},
        PhoneTemplate{"US", "+12125550187", 1, 7, "landline", 20},
        PhoneTemplate{"US", "+14155550132", 1, 7, "mobile", 20},
        PhoneTemplate{"US", "+18002345678", 1, 7, "toll-free", 4},
        PhoneTemplate{"US", "+18882345678", 1, 7, "toll-free", 2},
        PhoneTemplate{"US", "+19002345678", 1, 7, "premium-rate", 2},
        PhoneTemplate{"US", "+15002345678", 1, 7, "personal", 1},
        PhoneTemplate{"CA", "+15062345678", 1, 7, "mobile", 8},
        PhoneTemplate{"CA", "+14165550198", 1, 7, "landline", 6},
        PhoneTemplate{"CA", "+16002012345", 1, 7, "voip", 2},
        PhoneTemplate{"GB", "+447400123456", 2, 6, "mobile", 30},
        PhoneTemplate{"GB", "+441212345678", 2, 6, "landline", 15},
        PhoneTemplate{"GB", "+448001234567", 2, 6, "toll-free", 3},
        PhoneTemplate{"GB", "+449012345678", 2, 6, "premium-rate", 2},
        PhoneTemplate{"GB", "+445612345678", 2, 6, "voip", 3},
        PhoneTemplate{"GB", "+447012345678", 2, 6, "personal", 1},
        PhoneTemplate{"GB", "+447640123456", 2, 6, "pager", 1},
        PhoneTemplate{"GB", "+445512345678", 2, 6, "uan", 1},
        PhoneTemplate{"DE", "+4915123456789", 2, 6, "mobile", 25},
        PhoneTemplate{"DE", "+4930123456", 2, 5, "landline", 12},
        PhoneTemplate{"DE", "+498001234567890", 2, 6, "toll-free", 2},
        PhoneTemplate{"DE", "+499001234567", 2, 6, "premium-rate", 2},
        PhoneTemplate{"DE", "+4918012345", 2, 5, "shared-cost", 2},
        PhoneTemplate{"DE", "+4970012345678", 2, 6, "personal", 1},
        PhoneTemplate{"FR", "+33612345678", 2, 6, "mobile", 12},
        PhoneTemplate{"FR", "+33123456789", 2, 6, "landline", 8},
        PhoneTemplate{"FR", "+33801234567", 2, 6, "toll-free", 1},
        PhoneTemplate{"FR", "+33891123456", 2, 6, "premium-rate", 1},
        PhoneTemplate{"FR", "+33884012345", 2, 6, "shared-cost", 1},
        PhoneTemplate{"FR", "+33912345678", 2, 6, "voip", 2},
        PhoneTemplate{"AU", "+61412345678", 2, 6, "mobile", 12},
        PhoneTemplate{"AU", "+61212345678", 2, 6, "landline", 6},
        PhoneTemplate{"AU", "+611800123456", 2, 6, "toll-free", 1},
        PhoneTemplate{"AU", "+611900123456", 2, 6, "premium-rate", 1},
        PhoneTemplate{"AU", "+611300123456", 2, 6, "shared-cost", 1},
        PhoneTemplate{"AU", "+61147101234", 2, 6, "voip", 1},
        PhoneTemplate{"IN", "+918123456789", 2, 6, "mobile", 8},
        PhoneTemplate{"IN", "+911800123456", 2, 6, "toll-free", 1},
        PhoneTemplate{"BR", "+5511961234567", 2, 6, "mobile", 6},
        PhoneTemplate{"BR", "+551123456789", 2, 6, "landline", 3},
        PhoneTemplate{"MX", "+522221234567", 2, 6, "mobile", 6},
        PhoneTemplate{"MX", "+528001234567", 2, 6, "toll-free", 1},
        PhoneTemplate{"JP", "+819012345678", 2, 6, "mobile", 5},
        PhoneTemplate{"JP", "+815012345678", 2, 6, "voip", 2},
        PhoneTemplate{"JP", "+81570123456", 2, 6, "uan", 1},
        PhoneTemplate{"ES", "+34612345678", 2, 6, "mobile", 5},
        PhoneTemplate{"ES", "+34901123456", 2, 6, "shared-cost", 1},
        PhoneTemplate{"IT", "+393123456789", 2, 6, "mobile", 5},
        PhoneTemplate{"IT", "+390212345678", 2, 6, "landline", 3},
        PhoneTemplate{"NL", "+31612345678", 2, 6, "mobile", 4},
        PhoneTemplate{"NL", "+31851234567", 2, 6, "voip", 1},
        PhoneTemplate{"ZA", "+27711234567", 2, 6, "mobile", 4},
        PhoneTemplate{"ZA", "+27871234567", 2, 6, "voip", 1},
};

constexpr std::array kGarbage{
        "N/A",
        "n/a",
        "unknown",
        "123",
        "+1 555",
        "0000000000",
        "555-CALL-NOW",
        "+999 123 456 789",
        "12345678901234567890",
        "(000) 000-0000",
        "+44 20 7946",
        "+49 0",
        "phone",
        "#",
        "none",
        "tbd",
        "1-800-FLOWERS-NOW-PLEASE",
        "+",
        "00",
        "email only",
};

constexpr std::array kFirstNames{"Ava",  "Ben", "Chloe", "Dev",  "Ema", "Finn", "Grace", "Hugo",
                                 "Isla", "Jon", "Kai",   "Lena", "Mia", "Noah", "Omar",  "Pia"};
constexpr std::array kLastNames{"Adams",  "Brown",  "Costa",  "Dubois", "Evans", "Fischer",
                                "Garcia", "Hughes", "Ito",    "Jones",  "Khan",  "Lopez",
                                "Meyer",  "Novak",  "Okafor", "Patel"};

constexpr std::array kCarriers{"Northwind Mobile", "Contoso Telecom",   "Fabrikam Wireless",
                               "Litware Voice",    "Tailspin Networks", "Adatum Fiber"};

int totalWeight(const QString &defaultRegion)
{
    int sum = 0;
    for (const PhoneTemplate &t : kTemplates)
        sum += t.weight * (QLatin1StringView(t.region) == defaultRegion ? 20 : 1);
    return sum;
}

const PhoneTemplate &pickTemplate(SimRng &rng, const QString &defaultRegion, int total)
{
    // Most numbers of a list come from its own region; the rest from everywhere.
    qint64 draw = qint64(rng.bounded(quint64(total)));
    for (const PhoneTemplate &t : kTemplates) {
        draw -= t.weight * (QLatin1StringView(t.region) == defaultRegion ? 20 : 1);
        if (draw < 0)
            return t;
    }
    return kTemplates.front();
}

QByteArray groupDigits(QByteArrayView digits, char separator, bool usStyle)
{
    if (usStyle && digits.size() == 10) {
        const QByteArray area = digits.first(3).toByteArray();
        const QByteArray rest
                = digits.sliced(3, 3).toByteArray() + separator + digits.sliced(6).toByteArray();
        return separator == '-' ? QByteArray('(' + area + ") " + rest)
                                : QByteArray(area + separator + rest);
    }
    QByteArray out;
    for (qsizetype i = 0; i < digits.size(); ++i) {
        // Groups of 3 then 4 at the end read like most national formats.
        if (i > 0 && (digits.size() - i) % 4 == 0 && separator != 0)
            out += separator;
        out += digits[i];
    }
    return out;
}

GeneratedPhone basePhone(quint64 seed, quint64 index, const QString &defaultRegion, int total)
{
    SimRng rng(SimRng::at(seed, index));
    GeneratedPhone phone;
    const double kind = rng.nextDouble();
    if (kind < 0.03)
        return phone; // empty value
    if (kind < 0.08) {
        phone.text = kGarbage[rng.bounded(kGarbage.size())];
        return phone;
    }
    const PhoneTemplate &t = pickTemplate(rng, defaultRegion, total);
    QByteArray e164(t.e164);
    for (qsizetype i = e164.size() - t.randomDigits; i < e164.size(); ++i)
        e164[i] = char('0' + rng.bounded(10));
    // North American exchanges start with 2-9.
    if (t.countryCodeDigits == 1)
        e164[5] = char('2' + rng.bounded(8));
    phone.e164 = e164;
    phone.lineType = t.lineType;

    const QByteArray cc = e164.mid(1, t.countryCodeDigits);
    const QByteArray nsn = e164.mid(1 + t.countryCodeDigits);
    const bool home = QLatin1StringView(t.region) == defaultRegion;
    const bool nanp = cc == "1";
    const char separators[] = {' ', '-', '.', ' '};
    const char sep = separators[rng.bounded(4)];
    const double format = rng.nextDouble();
    if (format < 0.35) {
        phone.text = e164;
    } else if (format < 0.50) {
        phone.text = '+' + cc + ' ' + groupDigits(nsn, sep, nanp);
    } else if (format < 0.80 && home) {
        const QByteArray trunk = nanp ? (rng.chance(0.3) ? "1 " : "") : "0";
        phone.text = trunk + groupDigits(nsn, sep, nanp);
    } else if (format < 0.88) {
        // International dialling prefix of the list's region instead of '+'.
        const QByteArray idd = defaultRegion == u"US" || defaultRegion == u"CA" ? "011 " : "00";
        phone.text = (home && nanp ? QByteArray() : idd + cc + ' ') + groupDigits(nsn, sep, nanp);
    } else if (format < 0.94) {
        const char *const exts[] = {" ext. ", " x", " ext ", ";ext="};
        phone.text = (home ? (nanp ? QByteArray() : QByteArray("0")) + groupDigits(nsn, sep, nanp)
                           : QByteArray('+' + cc + ' ' + nsn))
                     + exts[rng.bounded(4)] + QByteArray::number(rng.range(1, 9999));
    } else {
        phone.text = "  " + e164 + ' '; // stray whitespace around a clean number
    }
    return phone;
}

// Seeded CRM attributes: sparse, as real lists are, so that enrichment fills gaps and changes
// some values (and an undo has something to put back).
constexpr std::array kStatuses{"active", "churned", "prospect", "suspended"};
constexpr std::array kTiers{"bronze", "silver", "gold", "platinum"};
constexpr std::array kLanguages{"en", "es", "fr", "de", "it", "pt", "nl", "ja"};
constexpr std::array kManagers{"Dana Whitfield", "Ravi Menon",   "Sofia Lindqvist", "Tom Okonkwo",
                               "Mei Tanaka",     "Luca Bianchi", "Nora Haddad",     "Pablo Romero"};

// The dates a seeded last purchase can fall on: 1000 days from 1 January 2022, as text.
const std::array<std::array<char, 10>, 1000> &purchaseDates()
{
    static const auto dates = [] {
        std::array<std::array<char, 10>, 1000> out{};
        const QDate start(2022, 1, 1);
        for (size_t d = 0; d < out.size(); ++d) {
            const QByteArray text = start.addDays(qint64(d)).toString(Qt::ISODate).toLatin1();
            std::memcpy(out[d].data(), text.constData(), 10);
        }
        return out;
    }();
    return dates;
}

} // namespace

QByteArray seededAttributesJson(quint64 listSeed, qint64 index)
{
    // The draws in the order the generator has always made them (the seeded tenant stays the
    // same), then written with the keys in QJsonObject's order.
    SimRng rng(SimRng::at(listSeed ^ 0x5bd1e995ull, quint64(index)));
    const QLatin1StringView first(kFirstNames[rng.bounded(kFirstNames.size())]);
    const QLatin1StringView last(kLastNames[rng.bounded(kLastNames.size())]);
    const bool email = rng.chance(0.6);
    const char *status = rng.chance(0.45) ? kStatuses[rng.bounded(kStatuses.size())] : nullptr;
    const qint64 priority = rng.chance(0.35) ? rng.range(1, 100) : -1;
    const qint64 purchase = rng.chance(0.3) ? qint64(rng.bounded(1000)) : -1;
    const char *tier = rng.chance(0.2) ? kTiers[rng.bounded(kTiers.size())] : nullptr;
    const int doNotCall = rng.chance(0.15) ? (rng.chance(0.2) ? 1 : 0) : -1;
    const char *manager = rng.chance(0.1) ? kManagers[rng.bounded(kManagers.size())] : nullptr;

    JsonWriter w(200);
    w.beginObject();
    if (manager)
        w.member(QLatin1StringView("account_manager"), QLatin1StringView(manager));
    if (status)
        w.member(QLatin1StringView("crm_account_status"), QLatin1StringView(status));
    if (doNotCall >= 0)
        w.member(QLatin1StringView("do_not_call"), doNotCall == 1);
    if (email) {
        char text[96];
        char *p = text;
        for (const char c : first)
            *p++ = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        *p++ = '.';
        for (const char c : last)
            *p++ = char(c >= 'A' && c <= 'Z' ? c + 32 : c);
        p = std::to_chars(p, text + sizeof text, index).ptr;
        const char domain[] = "@example.com";
        std::memcpy(p, domain, sizeof domain - 1);
        p += sizeof domain - 1;
        w.member(QLatin1StringView("email"), QLatin1StringView(text, p - text));
    }
    w.member(QLatin1StringView("firstName"), first);
    w.member(QLatin1StringView("lastName"), last);
    if (purchase >= 0)
        w.member(QLatin1StringView("last_purchase_date"),
                 QLatin1StringView(purchaseDates()[size_t(purchase)].data(), 10));
    if (tier)
        w.member(QLatin1StringView("loyalty_tier"), QLatin1StringView(tier));
    if (priority >= 0)
        w.member(QLatin1StringView("priority_score"), priority);
    w.endObject();
    return w.take();
}

namespace {

QJsonObject seededAttributes(quint64 listSeed, qint64 index)
{
    return QJsonDocument::fromJson(seededAttributesJson(listSeed, index)).object();
}

std::vector<ListAttribute> crmSchema()
{
    using T = ListAttribute::Type;
    const auto attr = [](const char *name, T type, const char *label, bool required = false,
                         int maxLength = 0, QStringList enums = {}) {
        ListAttribute a;
        a.name = QString::fromLatin1(name);
        a.type = type;
        a.label = QString::fromLatin1(label);
        a.required = required;
        a.maxLength = maxLength;
        a.enumValues = std::move(enums);
        return a;
    };
    const auto list = [](const auto &values) {
        QStringList out;
        for (const char *v : values)
            out << QString::fromLatin1(v);
        return out;
    };
    return {attr("firstName", T::String, "First name", true, 50),
            attr("lastName", T::String, "Last name", true, 50),
            attr("email", T::String, "Email", false, 254),
            attr("crm_account_status", T::String, "CRM account status", false, 0, list(kStatuses)),
            attr("priority_score", T::Integer, "Priority score"),
            attr("last_purchase_date", T::Date, "Last purchase date"),
            attr("lifetime_value", T::Decimal, "Lifetime value"),
            attr("do_not_call", T::Boolean, "Do not call"),
            attr("loyalty_tier", T::String, "Loyalty tier", false, 0, list(kTiers)),
            attr("preferred_language", T::String, "Preferred language", false, 0, list(kLanguages)),
            attr("account_manager", T::String, "Account manager", false, 80)};
}

bool isNullLike(const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        return true;
    if (!v.isString())
        return false;
    const QString t = v.toString().trimmed().toLower();
    return t.isEmpty() || t == u"null" || t == u"n/a" || t == u"na" || t == u"none" || t == u"nil"
           || t == u"undefined" || t == u"-";
}

} // namespace

QString ListAttribute::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Decimal:
        return QStringLiteral("decimal");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

QJsonObject ListAttribute::toJson() const
{
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("type"), typeName(type)},
                  {QStringLiteral("required"), required},
                  {QStringLiteral("label"), label}};
    if (maxLength > 0)
        o.insert(QStringLiteral("maxLength"), maxLength);
    if (!enumValues.isEmpty())
        o.insert(QStringLiteral("enumValues"), QJsonArray::fromStringList(enumValues));
    return o;
}

ValueCheck checkAttributeValue(const ListAttribute &a, const QJsonValue &value, QJsonValue *stored,
                               QString *message)
{
    if (isNullLike(value)) {
        *message = QStringLiteral("a null-like value is not stored");
        return ValueCheck::NullLike;
    }
    const auto typeError = [&](const char *what) {
        *message = QStringLiteral("expects %1").arg(QLatin1StringView(what));
        return ValueCheck::TypeError;
    };
    switch (a.type) {
    case ListAttribute::Type::String: {
        if (!value.isString())
            return typeError("a string");
        const QString s = value.toString();
        if (a.maxLength > 0 && s.size() > a.maxLength) {
            *message = QStringLiteral("longer than %1 characters").arg(a.maxLength);
            return ValueCheck::TooLong;
        }
        if (!a.enumValues.isEmpty() && !a.enumValues.contains(s)) {
            *message = QStringLiteral("not one of %1").arg(a.enumValues.join(QStringLiteral(", ")));
            return ValueCheck::NotInEnum;
        }
        *stored = s;
        return ValueCheck::Ok;
    }
    case ListAttribute::Type::Integer: {
        if (value.isDouble()) {
            const double d = value.toDouble();
            if (d != double(qint64(d)) || std::abs(d) > 9007199254740991.0)
                return typeError("a whole number");
            *stored = qint64(d);
            return ValueCheck::Ok;
        }
        static const QRegularExpression digits(QStringLiteral("^[+-]?[0-9]{1,15}$"));
        if (!value.isString() || !digits.match(value.toString()).hasMatch())
            return typeError("a whole number");
        *stored = value.toString().toLongLong();
        return ValueCheck::Ok;
    }
    case ListAttribute::Type::Decimal: {
        if (value.isDouble()) {
            *stored = value.toDouble();
            return ValueCheck::Ok;
        }
        static const QRegularExpression number(
                QStringLiteral("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?$"));
        if (!value.isString() || !number.match(value.toString()).hasMatch())
            return typeError("a decimal number");
        *stored = value.toString().toDouble();
        return ValueCheck::Ok;
    }
    case ListAttribute::Type::Date: {
        // YYYY-MM-DD and a real day (checked by hand: a regular expression per value was a
        // tenth of a batch's time).
        const QString s = value.toString();
        const auto digit = [&s](qsizetype k) { return s[k] >= u'0' && s[k] <= u'9'; };
        bool ok = value.isString() && s.size() == 10 && s[4] == u'-' && s[7] == u'-';
        for (const qsizetype k : {0, 1, 2, 3, 5, 6, 8, 9})
            ok = ok && digit(k);
        if (!ok
            || !QDate::isValid(QStringView(s).first(4).toInt(), QStringView(s).sliced(5, 2).toInt(),
                               QStringView(s).sliced(8, 2).toInt()))
            return typeError("a date written YYYY-MM-DD");
        *stored = s;
        return ValueCheck::Ok;
    }
    case ListAttribute::Type::Boolean:
        if (value.isBool()) {
            *stored = value;
            return ValueCheck::Ok;
        }
        if (value.isString() && (value.toString() == u"true" || value.toString() == u"false")) {
            *stored = value.toString() == u"true";
            return ValueCheck::Ok;
        }
        return typeError("true or false");
    }
    return typeError("a value");
}

namespace {

// Whether a string of printable ASCII at both ends (so QString::trimmed leaves it as it is) is
// one of isNullLike's words.
bool nullLikeWord(std::string_view s)
{
    if (s.size() > 9)
        return false;
    char lower[9];
    for (size_t k = 0; k < s.size(); ++k)
        lower[k] = char(s[k] >= 'A' && s[k] <= 'Z' ? s[k] + 32 : s[k]);
    const std::string_view t(lower, s.size());
    return t == "null" || t == "n/a" || t == "na" || t == "none" || t == "nil" || t == "undefined"
           || t == "-";
}

// UTF-16 units of valid UTF-8 text (QString's size of it).
qsizetype utf16Units(std::string_view s)
{
    qsizetype n = 0;
    for (const char c : s) {
        const auto b = static_cast<unsigned char>(c);
        n += (b & 0xC0) != 0x80 ? 1 : 0; // a code point...
        n += b >= 0xF0 ? 1 : 0;          // ...and a second unit beyond the basic plane
    }
    return n;
}

bool isoDate(std::string_view s)
{
    if (s.size() != 10 || s[4] != '-' || s[7] != '-')
        return false;
    int v[8];
    int k = 0;
    for (const size_t i : {0u, 1u, 2u, 3u, 5u, 6u, 8u, 9u}) {
        if (s[i] < '0' || s[i] > '9')
            return false;
        v[k++] = s[i] - '0';
    }
    return QDate::isValid(v[0] * 1000 + v[1] * 100 + v[2] * 10 + v[3], v[4] * 10 + v[5],
                          v[6] * 10 + v[7]);
}

} // namespace

ValueCheck checkAttributeElement(const ListAttribute &a, const simdjson::dom::element &value,
                                 QByteArray *storedJson, QString *message)
{
    namespace dom = simdjson::dom;
    using T = ListAttribute::Type;
    JsonWriter w(32);
    const auto ok = [&] {
        *storedJson = w.take();
        return ValueCheck::Ok;
    };
    switch (value.type()) {
    case dom::element_type::STRING: {
        const std::string_view s = value.get_string().value_unsafe();
        const auto printable = [](char c) { return c > ' ' && c < 0x7F; };
        if (s.empty() || !printable(s.front()) || !printable(s.back()) || nullLikeWord(s))
            break;
        if (a.type == T::String) {
            if (a.maxLength > 0 && utf16Units(s) > a.maxLength)
                break;
            if (!a.enumValues.isEmpty()) {
                const QUtf8StringView u(s.data(), qsizetype(s.size()));
                bool listed = false;
                for (const QString &e : a.enumValues)
                    listed = listed || QAnyStringView::equal(e, u);
                if (!listed)
                    break;
            }
            w.utf8(QByteArrayView(s.data(), qsizetype(s.size())));
            return ok();
        }
        if (a.type == T::Date && isoDate(s)) {
            w.utf8(QByteArrayView(s.data(), qsizetype(s.size())));
            return ok();
        }
        break;
    }
    case dom::element_type::INT64: {
        const qint64 i = value.get_int64().value_unsafe();
        if (i > 9007199254740991LL || i < -9007199254740991LL)
            break;
        if (a.type == T::Integer) {
            w.integer(i);
            return ok();
        }
        if (a.type == T::Decimal) {
            w.value(QJsonValue(double(i)));
            return ok();
        }
        break;
    }
    case dom::element_type::DOUBLE:
        if (a.type == T::Decimal) {
            w.value(QJsonValue(value.get_double().value_unsafe()));
            return ok();
        }
        break;
    case dom::element_type::BOOL:
        if (a.type == T::Boolean) {
            w.boolean(value.get_bool().value_unsafe());
            return ok();
        }
        break;
    default:
        break;
    }
    // Everything else as Qt reads it (null-like values, type errors, strings with spaces or
    // control characters at their ends, numbers as text...).
    const QByteArray text = "[" + QByteArray::fromStdString(simdjson::minify(value)) + "]";
    const QJsonValue qt = QJsonDocument::fromJson(text).array().at(0);
    QJsonValue stored;
    const ValueCheck verdict = checkAttributeValue(a, qt, &stored, message);
    if (verdict == ValueCheck::Ok) {
        w.value(stored);
        *storedJson = w.take();
    }
    return verdict;
}

namespace {

// The end of the JSON string that starts at i (at its opening quote): after its closing quote.
qsizetype skipString(QByteArrayView t, qsizetype i)
{
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\')
            ++i;
        else if (t[i] == '"')
            return i + 1;
    }
    return -1;
}

// The end of the JSON value that starts at i; -1 when the text ends first.
qsizetype skipValue(QByteArrayView t, qsizetype i)
{
    if (i >= t.size())
        return -1;
    if (t[i] == '"')
        return skipString(t, i);
    int depth = 0;
    for (; i < t.size(); ++i) {
        const char c = t[i];
        if (c == '"') {
            i = skipString(t, i) - 1;
            if (i < 0)
                return -1;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            if (depth == 0)
                return i;
            if (--depth == 0)
                return i + 1;
        } else if (c == ',' && depth == 0) {
            return i;
        }
    }
    return depth == 0 ? i : -1;
}

// QJsonObject's order of two keys written as JSON strings: UTF-16 order, which is byte order
// for plain ASCII. Compared between the quotes, up to the first difference; only keys with an
// escape or a non-ASCII byte before it are decoded.
bool keyBefore(QByteArrayView a, QByteArrayView b)
{
    const QByteArrayView x = a.size() >= 2 ? a.sliced(1, a.size() - 2) : a;
    const QByteArrayView y = b.size() >= 2 ? b.sliced(1, b.size() - 2) : b;
    const qsizetype n = std::min(x.size(), y.size());
    for (qsizetype i = 0; i < n; ++i) {
        const auto c = static_cast<unsigned char>(x[i]);
        const auto d = static_cast<unsigned char>(y[i]);
        if (c == '\\' || d == '\\' || c >= 0x80 || d >= 0x80) {
            const auto decode = [](QByteArrayView k) {
                return QJsonDocument::fromJson("[" + k.toByteArray() + "]")
                        .array()
                        .at(0)
                        .toString();
            };
            return decode(a) < decode(b);
        }
        if (c != d)
            return c < d;
    }
    // One is the start of the other (an escape after that still decodes to a character).
    return x.size() < y.size();
}

} // namespace

bool splitCanonicalObject(QByteArrayView t, RawMembers *members)
{
    members->clear();
    if (t.size() < 2 || t.front() != '{' || t.back() != '}')
        return false;
    qsizetype i = 1;
    if (t[i] == '}')
        return i + 1 == t.size();
    for (;;) {
        if (i >= t.size() || t[i] != '"')
            return false;
        const qsizetype keyEnd = skipString(t, i);
        if (keyEnd < 0 || keyEnd >= t.size() || t[keyEnd] != ':')
            return false;
        const qsizetype valueEnd = skipValue(t, keyEnd + 1);
        if (valueEnd < 0 || valueEnd == keyEnd + 1 || valueEnd >= t.size())
            return false;
        members->emplace_back(t.sliced(i, keyEnd - i), t.sliced(keyEnd + 1, valueEnd - keyEnd - 1));
        i = valueEnd;
        if (t[i] == '}')
            return i + 1 == t.size();
        if (t[i] != ',')
            return false;
        ++i;
    }
}

QByteArray writeCanonicalMembers(const RawMembers &members)
{
    qsizetype size = 2;
    for (const auto &[k, v] : members)
        size += k.size() + v.size() + 2;
    QByteArray out;
    out.reserve(size);
    out += '{';
    for (size_t m = 0; m < members.size(); ++m) {
        if (m > 0)
            out += ',';
        out += members[m].first;
        out += ':';
        out += members[m].second;
    }
    out += '}';
    return out;
}

QByteArray joinCanonicalObject(RawMembers members)
{
    std::stable_sort(members.begin(), members.end(),
                     [](const auto &x, const auto &y) { return keyBefore(x.first, y.first); });
    return writeCanonicalMembers(members);
}

void setCanonicalMember(RawMembers *members, QByteArrayView key, QByteArrayView value)
{
    for (auto &m : *members) {
        if (m.first == key) {
            m.second = value;
            return;
        }
    }
    const auto at = std::find_if(members->begin(), members->end(),
                                 [key](const auto &m) { return keyBefore(key, m.first); });
    members->emplace(at, key, value);
}

GeneratedPhone generatePhone(quint64 seed, quint64 index, const QString &defaultRegion)
{
    const int total = totalWeight(defaultRegion);
    SimRng rng(SimRng::at(seed ^ 0x9e3779b97f4a7c15ull, index));
    if (index > 0 && rng.chance(0.06)) {
        // A duplicate of an earlier contact, sometimes written differently.
        const quint64 earlier = rng.bounded(index);
        GeneratedPhone dup = basePhone(seed, earlier, defaultRegion, total);
        if (!dup.e164.isEmpty() && rng.chance(0.5))
            dup.text = dup.e164;
        return dup;
    }
    return basePhone(seed, index, defaultRegion, total);
}

QJsonObject lookupPhone(quint64 seed, const QByteArray &e164)
{
    QByteArray type = "unknown";
    qsizetype best = 0;
    for (const PhoneTemplate &t : kTemplates) {
        // Longest template prefix that matches all but the random digits wins.
        const QByteArrayView prefix = QByteArrayView(t.e164).chopped(t.randomDigits);
        if (e164.size() == qsizetype(qstrlen(t.e164)) && e164.startsWith(prefix)
            && prefix.size() > best) {
            best = prefix.size();
            type = t.lineType;
        }
    }
    const quint64 h = mixSeed(seed, e164);
    const bool valid = best > 0;
    // A few ordinary numbers are ported to VoIP or are known throwaway numbers.
    if (valid && (type == "mobile" || type == "landline") && h % 31 == 0)
        type = "voip";
    const bool disposable = valid && (h >> 8) % 29 == 0;
    return {{QStringLiteral("number"), QString::fromLatin1(e164)},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("carrier"),
             valid ? QString::fromLatin1(kCarriers[(h >> 16) % kCarriers.size()]) : QString()},
            {QStringLiteral("lineType"), QString::fromLatin1(type)},
            {QStringLiteral("disposable"), disposable}};
}

qint64 ContactListsPart::List::liveCount() const
{
    qint64 added = 0;
    for (const bool gone : addedDeleted)
        added += gone ? 0 : 1;
    return seededCount - deleted.size() + added;
}

const ListAttribute *ContactListsPart::List::attribute(const QString &name) const
{
    for (const ListAttribute &a : schema) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

bool ContactListsPart::Location::live() const
{
    if (!list)
        return false;
    if (seeded >= 0)
        return !list->deleted.contains(seeded);
    return added >= 0 && !list->addedDeleted[size_t(added)];
}

ContactListsPart::ContactListsPart(const TenantState &state)
    : seed(state.seed())
{
    struct Seeded
    {
        const char *id;
        const char *name;
        const char *region;
        qint64 small, demo, large;
    };
    const Seeded seeded[] = {
            {"list_us_main", "US outbound - main", "US", 2000, 100000, 1000000},
            {"list_gb_renewals", "UK renewals", "GB", 400, 8000, 100000},
            {"list_de_leads", "DE web leads", "DE", 150, 1500, 20000},
            {"list_au_winback", "AU win-back", "AU", 60, 300, 3000},
            {"list_empty", "Empty test list", "US", 0, 0, 0},
    };
    for (const Seeded &s : seeded) {
        List l;
        l.id = QString::fromLatin1(s.id);
        l.name = QString::fromLatin1(s.name);
        l.defaultRegion = QString::fromLatin1(s.region);
        l.seededCount = state.scaled(s.small, s.demo, s.large);
        l.seed = mixSeed(state.seed(), s.id);
        l.schema = crmSchema();
        lists.push_back(std::move(l));
    }
    // The list of the enrichment guide's own example, with its two contacts, so that the
    // guide's program runs against the demo tenant as written.
    List example;
    example.id = QStringLiteral("list_12345678-abcd-efgh-ijkl-mnopqrstuvwx");
    example.name = QStringLiteral("Spring upsell (guide example)");
    example.defaultRegion = QStringLiteral("US");
    example.seed = mixSeed(state.seed(), "example");
    example.schema = crmSchema();
    const auto fixed
            = [&example](const char *id, const char *phone, const char *first, const char *last) {
                  example.addedIndex.insert(QString::fromLatin1(id), qint64(example.added.size()));
                  example.added.push_back(
                          {QString::fromLatin1(id), QByteArray(phone),
                           QJsonObject{{QStringLiteral("firstName"), QLatin1StringView(first)},
                                       {QStringLiteral("lastName"), QLatin1StringView(last)}}});
                  example.addedDeleted.push_back(false);
              };
    fixed("c1a2b3c4-d5e6-7890-abcd-ef1234567890", "+14155550143", "Ava", "Adams");
    fixed("f9e8d7c6-b5a4-3210-fedc-ba9876543210", "+14155550178", "Ben", "Brown");
    lists.push_back(std::move(example));
}

QJsonObject ContactListsPart::summary() const
{
    QJsonArray items;
    for (const List &l : lists) {
        const Counters &c = l.counters;
        items.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("contacts"), l.liveCount()},
                                 {QStringLiteral("deleted"), qint64(l.deleted.size())},
                                 {QStringLiteral("patched"), qint64(l.phones.size())},
                                 {QStringLiteral("added"), qint64(l.added.size())},
                                 {QStringLiteral("enrichRequests"), qint64(c.enrichRequests)},
                                 {QStringLiteral("enrichRepeats"), qint64(c.enrichRepeats)},
                                 {QStringLiteral("recordsUpdated"), qint64(c.updated)},
                                 {QStringLiteral("recordsRejected"), qint64(c.rejected)},
                                 {QStringLiteral("recordsNotFound"), qint64(c.notFound)},
                                 {QStringLiteral("nullLikeValues"), qint64(c.nullLikeValues)},
                                 {QStringLiteral("typeErrors"), qint64(c.typeErrors)},
                                 {QStringLiteral("unknownAttributes"), qint64(c.unknownAttributes)},
                                 {QStringLiteral("refreshes"), qint64(c.refreshes)}});
    }
    return {{QStringLiteral("lists"), items},
            {QStringLiteral("patchRequests"), qint64(patches)},
            {QStringLiteral("createRequests"), qint64(creates)},
            {QStringLiteral("deleteRequests"), qint64(deletes)},
            {QStringLiteral("lookupRequests"), qint64(lookups)}};
}

ContactListsPart::List *ContactListsPart::find(const QString &id)
{
    for (List &l : lists) {
        if (l.id == id)
            return &l;
    }
    return nullptr;
}

QString ContactListsPart::seededId(const List &list, qint64 index)
{
    // Opaque to clients; the simulator reads its own ids back to find the list.
    return QStringLiteral("ct-%1-%2").arg(list.id.mid(5)).arg(index, 7, 10, QChar(u'0'));
}

ContactListsPart::Location ContactListsPart::locateIn(List &l, const QString &contactId)
{
    Location at;
    if (l.idPrefix.isEmpty())
        l.idPrefix = QStringLiteral("ct-%1-").arg(l.id.mid(5));
    if (contactId.startsWith(l.idPrefix)) {
        // The index as seededId() writes it: digits, at least 7 (zero-padded), no other zeros
        // in front.
        const QStringView digits = QStringView(contactId).sliced(l.idPrefix.size());
        bool canonical = digits.size() >= 7 && digits.size() <= 18
                         && (digits.size() == 7 || digits.front() != u'0');
        qint64 index = 0;
        for (const QChar c : digits) {
            canonical = canonical && c >= u'0' && c <= u'9';
            index = index * 10 + (c.unicode() - u'0');
        }
        if (canonical && index < l.seededCount) {
            at.list = &l;
            at.seeded = index;
            return at;
        }
    }
    if (const auto it = l.addedIndex.constFind(contactId); it != l.addedIndex.constEnd()) {
        at.list = &l;
        at.added = it.value();
    }
    return at;
}

bool ContactListsPart::locate(const QString &contactId, List **list, qint64 *seededIndex,
                              qint64 *addedIndex)
{
    for (List &l : lists) {
        const Location at = locateIn(l, contactId);
        if (at.list) {
            *list = at.list;
            *seededIndex = at.seeded;
            *addedIndex = at.added;
            return true;
        }
    }
    *seededIndex = -1;
    *addedIndex = -1;
    return false;
}

ContactListsPart::Contact ContactListsPart::seededContact(const List &list, qint64 index) const
{
    Contact c;
    c.id = seededId(list, index);
    c.phone = list.phones.contains(index)
                      ? list.phones.value(index)
                      : generatePhone(list.seed, quint64(index), list.defaultRegion).text;
    const auto it = list.attributes.constFind(index);
    c.attributes = it != list.attributes.constEnd() ? QJsonDocument::fromJson(it.value()).object()
                                                    : seededAttributes(list.seed, index);
    return c;
}

ContactListsPart::Contact ContactListsPart::contactAt(const Location &at) const
{
    if (at.seeded >= 0)
        return seededContact(*at.list, at.seeded);
    return at.list->added[size_t(at.added)];
}

QJsonObject ContactListsPart::attributesAt(const Location &at) const
{
    if (at.seeded >= 0)
        return QJsonDocument::fromJson(attributesJsonAt(at)).object();
    return at.list->added[size_t(at.added)].attributes;
}

QByteArray ContactListsPart::attributesJsonAt(const Location &at) const
{
    if (at.seeded >= 0) {
        const auto it = at.list->attributes.constFind(at.seeded);
        return it != at.list->attributes.constEnd()
                       ? it.value()
                       : seededAttributesJson(at.list->seed, at.seeded);
    }
    return toJsonBytes(at.list->added[size_t(at.added)].attributes);
}

void ContactListsPart::setAttributes(const Location &at, const QJsonObject &attributes)
{
    if (at.seeded >= 0)
        setAttributesJson(at, toJsonBytes(attributes));
    else
        at.list->added[size_t(at.added)].attributes = attributes;
}

void ContactListsPart::setAttributesJson(const Location &at, const QByteArray &json)
{
    if (at.seeded < 0) {
        at.list->added[size_t(at.added)].attributes = QJsonDocument::fromJson(json).object();
        return;
    }
    // A contact changed before that goes back to its seeded values (an undo) gives its memory
    // back; a first change is stored without generating the seeded values again.
    const auto it = at.list->attributes.find(at.seeded);
    if (it == at.list->attributes.end())
        at.list->attributes.insert(at.seeded, json);
    else if (json == seededAttributesJson(at.list->seed, at.seeded))
        at.list->attributes.erase(it);
    else
        it.value() = json;
}

void ContactListsPart::setPhone(const Location &at, const QByteArray &phone)
{
    if (at.seeded >= 0) {
        if (phone == generatePhone(at.list->seed, quint64(at.seeded), at.list->defaultRegion).text)
            at.list->phones.remove(at.seeded);
        else
            at.list->phones.insert(at.seeded, phone);
    } else {
        at.list->added[size_t(at.added)].phone = phone;
    }
}

QJsonObject ContactListsPart::contactJson(const Contact &c)
{
    return {{QStringLiteral("id"), c.id},
            {QStringLiteral("phone"), QString::fromUtf8(c.phone)},
            {QStringLiteral("attributes"), c.attributes}};
}

} // namespace cxone::sim
