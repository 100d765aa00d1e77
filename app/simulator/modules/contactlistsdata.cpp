#include "contactlistsdata.h"

#include "simrng.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>
#include <cmath>

#include <array>

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

QJsonObject generateAttributes(quint64 listSeed, qint64 index)
{
    SimRng rng(SimRng::at(listSeed ^ 0x5bd1e995ull, quint64(index)));
    const QString first = QString::fromLatin1(kFirstNames[rng.bounded(kFirstNames.size())]);
    const QString last = QString::fromLatin1(kLastNames[rng.bounded(kLastNames.size())]);
    QJsonObject a{{QStringLiteral("firstName"), first}, {QStringLiteral("lastName"), last}};
    if (rng.chance(0.6))
        a.insert(QStringLiteral("email"), QStringLiteral("%1.%2%3@example.com")
                                                  .arg(first.toLower(), last.toLower())
                                                  .arg(index));
    if (rng.chance(0.45))
        a.insert(QStringLiteral("crm_account_status"),
                 QString::fromLatin1(kStatuses[rng.bounded(kStatuses.size())]));
    if (rng.chance(0.35))
        a.insert(QStringLiteral("priority_score"), qint64(rng.range(1, 100)));
    if (rng.chance(0.3))
        a.insert(QStringLiteral("last_purchase_date"),
                 QDate(2022, 1, 1).addDays(qint64(rng.bounded(1000))).toString(Qt::ISODate));
    if (rng.chance(0.2))
        a.insert(QStringLiteral("loyalty_tier"),
                 QString::fromLatin1(kTiers[rng.bounded(kTiers.size())]));
    if (rng.chance(0.15))
        a.insert(QStringLiteral("do_not_call"), rng.chance(0.2));
    if (rng.chance(0.1))
        a.insert(QStringLiteral("account_manager"),
                 QString::fromLatin1(kManagers[rng.bounded(kManagers.size())]));
    return a;
}

// The seeded values of a contact are asked for again moments later (an enrichment batch's read,
// then its write): the last few thousand generated are kept (per thread: the simulator may run
// inside the console's process), which halves the cost of a batch.
QJsonObject seededAttributes(quint64 listSeed, qint64 index)
{
    struct Entry
    {
        quint64 seed = 0;
        qint64 index = -1;
        QJsonObject attributes;
    };
    static thread_local std::vector<Entry> recent(4096);
    Entry &e = recent[size_t(quint64(index) ^ (listSeed * 0x9E3779B97F4A7C15ull >> 52)) & 4095];
    if (e.index != index || e.seed != listSeed) {
        e.attributes = generateAttributes(listSeed, index);
        e.seed = listSeed;
        e.index = index;
    }
    return e.attributes;
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
    const QString prefix = QStringLiteral("ct-%1-").arg(l.id.mid(5));
    if (contactId.startsWith(prefix)) {
        bool ok = false;
        const qint64 index = QStringView(contactId).sliced(prefix.size()).toLongLong(&ok);
        if (ok && index >= 0 && index < l.seededCount && seededId(l, index) == contactId) {
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
    c.attributes
            = it != list.attributes.constEnd() ? it.value() : seededAttributes(list.seed, index);
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
    if (at.seeded >= 0) {
        const auto it = at.list->attributes.constFind(at.seeded);
        return it != at.list->attributes.constEnd() ? it.value()
                                                    : seededAttributes(at.list->seed, at.seeded);
    }
    return at.list->added[size_t(at.added)].attributes;
}

void ContactListsPart::setAttributes(const Location &at, const QJsonObject &attributes)
{
    if (at.seeded >= 0) {
        // A contact changed before that goes back to its seeded values (an undo) gives its
        // memory back; a first change is stored without generating the seeded values again.
        const auto it = at.list->attributes.find(at.seeded);
        if (it == at.list->attributes.end())
            at.list->attributes.insert(at.seeded, attributes);
        else if (attributes == seededAttributes(at.list->seed, at.seeded))
            at.list->attributes.erase(it);
        else
            it.value() = attributes;
    } else {
        at.list->added[size_t(at.added)].attributes = attributes;
    }
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
