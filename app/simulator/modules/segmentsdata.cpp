#include "app/simulator/modules/segmentsdata.h"

#include "app/simulator/simrng.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>

#include <array>
#include <charconv>
#include <cmath>
#include <cstring>

namespace cxone::sim {

namespace {

enum Field {
    FirstName,
    LastName,
    Email,
    Phone,
    City,
    Country,
    Status,
    Tier,
    LifetimeValue,
    OrderCount,
    LastPurchase,
    MarketingOptIn,
    Notes,
    LegacyScore,
    LastUpdated,
    FieldCount
};

struct FieldInfo
{
    const char *name;
    const char *type;
};

constexpr std::array<FieldInfo, FieldCount> kFields{{
        {"firstName", "string"},
        {"lastName", "string"},
        {"email", "string"},
        {"phone", "string"},
        {"city", "string"},
        {"country", "string"},
        {"status", "string"},
        {"tier", "string"},
        {"lifetimeValue", "number"},
        {"orderCount", "integer"},
        {"lastPurchase", "date"},
        {"marketingOptIn", "boolean"},
        {"notes", "string"},
        {"legacyScore", "integer"},
        {"lastUpdated", "datetime"},
}};

struct Name
{
    const char *display;
    const char *slug;
};

// Real data is messy: accents, apostrophes, commas and quotes inside values, several scripts.
constexpr std::array<Name, 20> kFirstNames{{
        {"Anna", "anna"},   {"Zoë", "zoe"},       {"José", "jose"},     {"Søren", "soren"},
        {"Mei", "mei"},     {"Łukasz", "lukasz"}, {"Ingrid", "ingrid"}, {"Ahmed", "ahmed"},
        {"Priya", "priya"}, {"Olivia", "olivia"}, {"Noah", "noah"},     {"François", "francois"},
        {"Yuki", "yuki"},   {"Chloé", "chloe"},   {"Mateo", "mateo"},   {"Aoife", "aoife"},
        {"Björn", "bjorn"}, {"Fatima", "fatima"}, {"Liam", "liam"},     {"Renée", "renee"},
}};

constexpr std::array<Name, 20> kLastNames{{
        {"Müller", "muller"},
        {"O'Brien", "obrien"},
        {"García", "garcia"},
        {"Nguyen", "nguyen"},
        {"Smith", "smith"},
        {"Kowalski", "kowalski"},
        {"Johansson", "johansson"},
        {"van der Berg", "vdberg"},
        {"Dubois", "dubois"},
        {"Rossi", "rossi"},
        {"Tanaka", "tanaka"},
        {"Ødegaard", "odegaard"},
        {"Patel", "patel"},
        {"Schmidt", "schmidt"},
        {"López", "lopez"},
        {"Brown, Jr.", "brown"},
        {"Kim", "kim"},
        {"Ivanova", "ivanova"},
        {"\"Doc\" Holliday", "holliday"},
        {"Ó Súilleabháin", "osullivan"},
}};

struct Place
{
    const char *city;
    const char *country;
    const char *dial;
};

constexpr std::array<Place, 12> kPlaces{{
        {"Zürich", "CH", "+4144"},
        {"São Paulo", "BR", "+5511"},
        {"東京", "JP", "+813"},
        {"Kraków", "PL", "+4812"},
        {"Montréal", "CA", "+1514"},
        {"New York, NY", "US", "+1212"},
        {"München", "DE", "+4989"},
        {"Reykjavík", "IS", "+354"},
        {"Ciudad de México", "MX", "+5255"},
        {"London", "GB", "+4420"},
        {"Αθήνα", "GR", "+30210"},
        {"Dublin", "IE", "+3531"},
}};

constexpr std::array<const char *, 4> kStatuses{"active", "lapsed", "prospect", "churned"};
constexpr std::array<const char *, 4> kTiers{"Bronze", "Silver", "Gold", "Platinum"};
constexpr std::array<const char *, 5> kDomains{"example.com", "example.org", "mail.example.net",
                                               "example.co.uk", "exämple.de"};
constexpr std::array<const char *, 12> kNotes{
        "",
        "",
        "",
        "VIP, prefers email",
        "Said \"call me after 5\"",
        "Line one\nLine two",
        "Address:\r\n12 Rue de l'Église\r\n75001 Paris",
        "Emoji ok 👍",
        "Commas, \"quotes\", and\nnewlines",
        "Tab\tseparated",
        "日本語のメモ",
        "Back\\slash",
};

constexpr qint64 kPurchaseEpoch = 2458485; // 2019-01-01 as a julian day
constexpr int kPurchaseDays = 2200;        // purchases fall within this many days of it

// One member, generated on demand. Text fields point at the static tables.
struct Member
{
    int first = 0;
    int last = 0;
    int place = 0;
    int status = 0;
    int tier = 0;
    int domain = 0;
    int note = 0;
    int emailNumber = 0;
    quint32 phone = 0;
    qint64 ltvCents = 0;
    int orders = 0;
    qint64 purchaseDay = 0;
    bool optIn = false;
    int legacy = 0;
    qint64 updated = 0; // seconds since the epoch, at or before the segment's own lastUpdated
};

// Member i of a segment: a pure function of (segment seed, i) and the segment's lastUpdated.
Member makeMember(const SimSegment &segment, qint64 index)
{
    SimRng r(SimRng::at(segment.memberSeed, quint64(index)));
    Member m;
    const quint64 a = r.next();
    m.first = int(a % kFirstNames.size());
    m.last = int((a >> 8) % kLastNames.size());
    m.place = int((a >> 16) % kPlaces.size());
    m.status = int((a >> 24) % kStatuses.size());
    m.tier = int((a >> 32) % kTiers.size());
    m.domain = int((a >> 40) % kDomains.size());
    m.note = int((a >> 48) % kNotes.size());
    m.optIn = ((a >> 60) & 1) != 0;
    const quint64 b = r.next();
    m.emailNumber = int(b % 10000);
    m.phone = quint32((b >> 16) % 10000000);
    m.ltvCents = qint64((b >> 40) % 500000);
    const quint64 c = r.next();
    m.orders = int(c % 250);
    m.purchaseDay = kPurchaseEpoch + qint64((c >> 16) % kPurchaseDays);
    m.legacy = int((c >> 32) % 1000);
    m.updated = segment.lastUpdatedSecs - qint64(c >> 48) * 97; // within about 74 days
    return m;
}

template<typename Int>
void appendInt(QByteArray &out, Int value)
{
    char buf[24];
    const auto r = std::to_chars(buf, buf + sizeof buf, value);
    out.append(buf, r.ptr - buf);
}

// value in exactly `width` digits, zero-padded (value < 10^width).
void appendPadded(QByteArray &out, quint64 value, int width, int base = 10)
{
    static const char digits[] = "0123456789abcdef";
    char buf[24];
    for (int i = width - 1; i >= 0; --i) {
        buf[i] = digits[value % unsigned(base)];
        value /= unsigned(base);
    }
    out.append(buf, width);
}

void appendDate(QByteArray &out, qint64 julianDay)
{
    // Every purchase date falls in a window of kPurchaseDays days: format each one once.
    static const std::vector<std::array<char, 10>> dates = [] {
        std::vector<std::array<char, 10>> d(kPurchaseDays);
        for (int i = 0; i < kPurchaseDays; ++i) {
            const QDate date = QDate::fromJulianDay(kPurchaseEpoch + i);
            char buf[16];
            std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", date.year(), date.month(), date.day());
            std::memcpy(d[size_t(i)].data(), buf, 10);
        }
        return d;
    }();
    const qint64 i = julianDay - kPurchaseEpoch;
    if (i >= 0 && i < kPurchaseDays) {
        out.append(dates[size_t(i)].data(), 10);
        return;
    }
    const QDate d = QDate::fromJulianDay(julianDay);
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year(), d.month(), d.day());
    out.append(buf, 10);
}

// RFC 3339 in UTC with seconds: 2026-11-20T13:45:07Z.
void appendDateTime(QByteArray &out, qint64 epochSeconds)
{
    qint64 days = epochSeconds / 86400;
    qint64 secs = epochSeconds % 86400;
    if (secs < 0) {
        secs += 86400;
        --days;
    }
    // Civil date from days since 1970-01-01 (proleptic Gregorian).
    const qint64 z = days + 719468;
    const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
    const qint64 doe = z - era * 146097;
    const qint64 yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const qint64 doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const qint64 mp = (5 * doy + 2) / 153;
    const qint64 day = doy - (153 * mp + 2) / 5 + 1;
    const qint64 month = mp < 10 ? mp + 3 : mp - 9;
    const qint64 year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buf[20];
    const auto put = [&buf](int at, quint64 value, int width) {
        for (int i = width - 1; i >= 0; --i) {
            buf[at + i] = char('0' + value % 10);
            value /= 10;
        }
    };
    put(0, quint64(year), 4);
    buf[4] = '-';
    put(5, quint64(month), 2);
    buf[7] = '-';
    put(8, quint64(day), 2);
    buf[10] = 'T';
    put(11, quint64(secs / 3600), 2);
    buf[13] = ':';
    put(14, quint64(secs / 60 % 60), 2);
    buf[16] = ':';
    put(17, quint64(secs % 60), 2);
    buf[19] = 'Z';
    out.append(buf, 20);
}

// The value of one field, as text (strings, dates) or as a number.
struct FieldValue
{
    bool isText = true;
    QByteArrayView text;
    double number = 0;
};

FieldValue fieldValue(const Member &m, qint64 index, int field, QByteArray &scratch)
{
    FieldValue v;
    switch (field) {
    case FirstName:
        v.text = kFirstNames[size_t(m.first)].display;
        break;
    case LastName:
        v.text = kLastNames[size_t(m.last)].display;
        break;
    case Email:
        scratch.clear();
        scratch += kFirstNames[size_t(m.first)].slug;
        scratch += '.';
        scratch += kLastNames[size_t(m.last)].slug;
        appendInt(scratch, m.emailNumber + int(index % 7) * 10000);
        scratch += '@';
        scratch += kDomains[size_t(m.domain)];
        v.text = scratch;
        break;
    case Phone: {
        scratch.clear();
        scratch += kPlaces[size_t(m.place)].dial;
        appendPadded(scratch, m.phone, 7);
        v.text = scratch;
        break;
    }
    case City:
        v.text = kPlaces[size_t(m.place)].city;
        break;
    case Country:
        v.text = kPlaces[size_t(m.place)].country;
        break;
    case Status:
        v.text = kStatuses[size_t(m.status)];
        break;
    case Tier:
        v.text = kTiers[size_t(m.tier)];
        break;
    case Notes:
        v.text = kNotes[size_t(m.note)];
        break;
    case LifetimeValue:
        v.isText = false;
        v.number = double(m.ltvCents) / 100.0;
        break;
    case OrderCount:
        v.isText = false;
        v.number = m.orders;
        break;
    case LastPurchase:
        v.isText = false;
        v.number = double(m.purchaseDay);
        break;
    case MarketingOptIn:
        v.isText = false;
        v.number = m.optIn ? 1 : 0;
        break;
    case LegacyScore:
        v.isText = false;
        v.number = m.legacy;
        break;
    case LastUpdated:
        v.isText = false;
        v.number = double(m.updated);
        break;
    default:
        break;
    }
    return v;
}

void appendJsonString(QByteArray &out, QByteArrayView text)
{
    out += '"';
    qsizetype run = 0; // start of the run of characters copied as they are
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto c = quint8(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + run, i - run);
        run = i + 1;
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            out += "\\u00";
            appendPadded(out, c, 2, 16);
        }
    }
    out.append(text.data() + run, text.size() - run);
    out += '"';
}

void appendFieldJson(QByteArray &out, const Member &m, qint64 index, int field, QByteArray &scratch)
{
    switch (field) {
    case LifetimeValue:
        appendInt(out, m.ltvCents / 100);
        out += '.';
        appendPadded(out, quint64(m.ltvCents % 100), 2);
        return;
    case OrderCount:
        appendInt(out, m.orders);
        return;
    case LegacyScore:
        appendInt(out, m.legacy);
        return;
    case MarketingOptIn:
        out += m.optIn ? "true" : "false";
        return;
    case LastPurchase:
        out += '"';
        appendDate(out, m.purchaseDay);
        out += '"';
        return;
    case LastUpdated:
        out += '"';
        appendDateTime(out, m.updated);
        out += '"';
        return;
    default:
        appendJsonString(out, fieldValue(m, index, field, scratch).text);
        return;
    }
}

int fieldIndex(const QString &name)
{
    for (size_t i = 0; i < kFields.size(); ++i) {
        if (name == QLatin1StringView(kFields[i].name))
            return int(i);
    }
    return -1;
}

bool operatorAllowed(const QString &type, const QString &op)
{
    static const QStringList common{QStringLiteral("equals"), QStringLiteral("not_equals"),
                                    QStringLiteral("in")};
    if (common.contains(op))
        return type != u"boolean" || op != u"in";
    if (op == u"contains" || op == u"starts_with")
        return type == u"string";
    if (op == u"greater_than" || op == u"less_than")
        return type == u"integer" || type == u"number" || type == u"date" || type == u"datetime";
    return false;
}

// Converts one operand to the attribute's type; false (and *error) when it does not fit.
bool operandNumber(const QString &type, const QJsonValue &value, double *out, QString *error,
                   const QString &attribute)
{
    if (type == u"boolean") {
        if (value.isBool()) {
            *out = value.toBool() ? 1 : 0;
            return true;
        }
        const QString s = value.toString().trimmed().toLower();
        if (s == u"true" || s == u"false") {
            *out = s == u"true" ? 1 : 0;
            return true;
        }
        *error = QStringLiteral("Filter on '%1' needs true or false.").arg(attribute);
        return false;
    }
    if (type == u"datetime") {
        // RFC 3339 with a zone (Z or an offset); a bare date means its midnight in UTC.
        const QString t = value.toString().trimmed();
        QDateTime dt;
        if (t.size() == 10) {
            const QDate d = QDate::fromString(t, Qt::ISODate);
            if (d.isValid())
                dt = d.startOfDay(Qt::UTC);
        } else {
            dt = QDateTime::fromString(t, Qt::ISODateWithMs);
            if (dt.isValid() && dt.timeSpec() == Qt::LocalTime)
                dt = QDateTime(); // no zone: ambiguous
        }
        if (!dt.isValid()) {
            *error = QStringLiteral("Filter on '%1' needs a date and time as RFC 3339, e.g. "
                                    "2026-11-20T13:45:00Z.")
                             .arg(attribute);
            return false;
        }
        *out = double(dt.toSecsSinceEpoch());
        return true;
    }
    if (type == u"date") {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        if (!d.isValid() || value.toString().size() != 10) {
            *error = QStringLiteral("Filter on '%1' needs a date as YYYY-MM-DD.").arg(attribute);
            return false;
        }
        *out = double(d.toJulianDay());
        return true;
    }
    bool ok = value.isDouble();
    double d = value.toDouble();
    if (!ok && value.isString())
        d = value.toString().trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(d) || (type == u"integer" && d != std::floor(d))) {
        *error = QStringLiteral("Filter on '%1' needs %2 value.")
                         .arg(attribute, type == u"integer" ? QStringLiteral("an integer")
                                                            : QStringLiteral("a numeric"));
        return false;
    }
    *out = d;
    return true;
}

bool matches(const CompiledFilter &f, const FieldValue &v)
{
    const QString &op = f.op;
    if (v.isText) {
        if (op == u"equals")
            return v.text == QByteArrayView(f.text);
        if (op == u"not_equals")
            return v.text != QByteArrayView(f.text);
        if (op == u"in") {
            for (const QByteArray &t : f.inTexts) {
                if (v.text == QByteArrayView(t))
                    return true;
            }
            return false;
        }
        const QString s = QString::fromUtf8(v.text);
        if (op == u"contains")
            return s.contains(f.folded, Qt::CaseInsensitive);
        if (op == u"starts_with")
            return s.startsWith(f.folded, Qt::CaseInsensitive);
        return false;
    }
    if (op == u"equals")
        return v.number == f.number;
    if (op == u"not_equals")
        return v.number != f.number;
    if (op == u"greater_than")
        return v.number > f.number;
    if (op == u"less_than")
        return v.number < f.number;
    if (op == u"in") {
        for (const double d : f.inNumbers) {
            if (v.number == d)
                return true;
        }
    }
    return false;
}

QByteArray base64Url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

} // namespace

const SimSegmentAttribute *SimSegment::attribute(const QString &name) const
{
    for (const SimSegmentAttribute &a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QJsonObject SimSegment::toJson() const
{
    QJsonArray attrs;
    for (const SimSegmentAttribute &a : attributes)
        attrs.append(QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("type"), a.type},
                                 {QStringLiteral("valid"), a.valid}});
    return {{QStringLiteral("id"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), status},
            {QStringLiteral("lastUpdated"), lastUpdated.toString(Qt::ISODate)},
            {QStringLiteral("memberCount"), memberCount},
            {QStringLiteral("attributes"), attrs}};
}

SegmentsPart::SegmentsPart(const TenantState &state)
{
    SimRng ids = state.rng("segments/ids");
    m_tokenKey = state.rng("segments/tokens").next();
    const QDateTime now = QDateTime::currentDateTimeUtc();

    struct Seed
    {
        const char *name;
        const char *status;
        qint64 members;
        qint64 ageMinutes;
        bool legacy;
    };
    const std::array<Seed, 7> seeds{{
            {"Gold loyalty members", "Active", state.scaled(5000, 250000, 5000000), 120, false},
            {"Web visitors – last 7 days", "Active", state.scaled(1200, 40000, 1000000), 35, false},
            {"Churn risk, Q3 (model v2)", "Active", state.scaled(333, 3333, 33333), 300, false},
            {"Empty test segment", "Active", 0, 60, false},
            {"Spring promo 2023", "Inactive", state.scaled(250, 2500, 25000), 400 * 24 * 60, false},
            {"Newsletter subscribers", "Active", state.scaled(800, 20000, 200000), 3 * 24 * 60,
             false},
            {"Legacy CRM import", "Active", state.scaled(150, 6000, 60000), 90, true},
    }};
    int ordinal = 0;
    for (const Seed &s : seeds) {
        SimSegment seg;
        const quint64 hi = ids.next();
        const quint64 lo = ids.next();
        seg.id = QStringLiteral("%1-%2-4%3-a%4-%5")
                         .arg(hi >> 32, 8, 16, QLatin1Char('0'))
                         .arg((hi >> 16) & 0xffff, 4, 16, QLatin1Char('0'))
                         .arg(hi & 0xfff, 3, 16, QLatin1Char('0'))
                         .arg(lo >> 52, 3, 16, QLatin1Char('0'))
                         .arg(lo & 0xffffffffffffULL, 12, 16, QLatin1Char('0'));
        seg.name = QString::fromUtf8(s.name);
        seg.status = QString::fromLatin1(s.status);
        seg.memberCount = s.members;
        seg.lastUpdated = now.addSecs(-s.ageMinutes * 60);
        seg.lastUpdatedSecs = seg.lastUpdated.toSecsSinceEpoch();
        seg.memberSeed = state.rng(seg.id.toUtf8()).next();
        seg.ordinal = ordinal++;
        for (int f = 0; f < FieldCount; ++f) {
            if (f == LegacyScore && !s.legacy)
                continue;
            seg.attributes.push_back({QString::fromLatin1(kFields[size_t(f)].name),
                                      QString::fromLatin1(kFields[size_t(f)].type),
                                      f != LegacyScore});
        }
        m_segments.push_back(std::move(seg));
    }
}

QJsonObject SegmentsPart::summary() const
{
    qint64 members = 0;
    for (const SimSegment &s : m_segments)
        members += s.memberCount;
    return {{QStringLiteral("segments"), qint64(m_segments.size())},
            {QStringLiteral("members"), members}};
}

const SimSegment *SegmentsPart::find(const QString &id) const
{
    for (const SimSegment &s : m_segments) {
        if (s.id == id)
            return &s;
    }
    return nullptr;
}

QString SegmentsPart::idByName(const QString &name) const
{
    for (const SimSegment &s : m_segments) {
        if (s.name == name)
            return s.id;
    }
    return {};
}

QString SegmentsPart::compileFilters(const SimSegment &segment, const QJsonArray &filters,
                                     std::vector<CompiledFilter> *compiled)
{
    compiled->clear();
    for (const QJsonValue &fv : filters) {
        const QJsonObject f = fv.toObject();
        const QString attribute = f.value(u"attribute").toString();
        const QString op = f.value(u"operator").toString();
        if (!fv.isObject() || attribute.isEmpty() || op.isEmpty() || !f.contains(u"value"))
            return QStringLiteral("Each filter needs attribute, operator and value.");
        const SimSegmentAttribute *a = segment.attribute(attribute);
        if (!a)
            return QStringLiteral("Filter attribute '%1' does not exist in segment '%2'.")
                    .arg(attribute, segment.name);
        if (!a->valid)
            return QStringLiteral("Filter attribute '%1' is deprecated and can no longer be "
                                  "used in queries.")
                    .arg(attribute);
        if (!operatorAllowed(a->type, op))
            return QStringLiteral("Operator '%1' does not apply to %2 attribute '%3'.")
                    .arg(op, a->type, attribute);
        CompiledFilter c;
        c.field = fieldIndex(attribute);
        c.op = op;
        c.type = a->type;
        const QJsonValue value = f.value(u"value");
        QString error;
        if (op == u"in") {
            if (!value.isArray() || value.toArray().isEmpty())
                return QStringLiteral("Operator 'in' on '%1' needs a non-empty array of values.")
                        .arg(attribute);
            for (const QJsonValue &item : value.toArray()) {
                if (a->type == u"string") {
                    if (!item.isString())
                        return QStringLiteral("Filter on '%1' needs text values.").arg(attribute);
                    c.inTexts.push_back(item.toString().toUtf8());
                } else {
                    double d = 0;
                    if (!operandNumber(a->type, item, &d, &error, attribute))
                        return error;
                    c.inNumbers.push_back(d);
                }
            }
        } else if (a->type == u"string") {
            if (!value.isString())
                return QStringLiteral("Filter on '%1' needs a text value.").arg(attribute);
            c.text = value.toString().toUtf8();
            c.folded = value.toString();
        } else if (!operandNumber(a->type, value, &c.number, &error, attribute)) {
            return error;
        }
        compiled->push_back(std::move(c));
    }
    return {};
}

QString SegmentsPart::resolveAttributes(const SimSegment &segment, const QJsonValue &requested,
                                        QStringList *names)
{
    names->clear();
    if (requested.isUndefined() || requested.isNull()
        || (requested.isArray() && requested.toArray().isEmpty())) {
        for (const SimSegmentAttribute &a : segment.attributes) {
            if (a.valid)
                names->append(a.name);
        }
        return {};
    }
    if (!requested.isArray())
        return QStringLiteral("requestedAttributes must be an array of attribute names.");
    for (const QJsonValue &v : requested.toArray()) {
        const QString name = v.toString();
        const SimSegmentAttribute *a = segment.attribute(name);
        if (!a)
            return QStringLiteral("Requested attribute '%1' does not exist in segment '%2'.")
                    .arg(name, segment.name);
        if (!a->valid)
            return QStringLiteral("Requested attribute '%1' is deprecated and can no longer be "
                                  "exported.")
                    .arg(name);
        if (names->contains(name))
            return QStringLiteral("Requested attribute '%1' is listed twice.").arg(name);
        names->append(name);
    }
    return {};
}

QString SegmentsPart::contactId(const SimSegment &segment, qint64 index)
{
    return QStringLiteral("ct-%1-%2")
            .arg(segment.ordinal, 2, 10, QLatin1Char('0'))
            .arg(index, 8, 16, QLatin1Char('0'));
}

qint64 SegmentsPart::writePage(const SimSegment &segment,
                               const std::vector<CompiledFilter> &filters,
                               const QStringList &attributes, qint64 start, int limit,
                               QByteArray *out, int *count) const
{
    std::vector<int> fields;
    std::vector<QByteArray> keys;
    for (const QString &name : attributes) {
        fields.push_back(fieldIndex(name));
        QByteArray key;
        appendJsonString(key, name.toUtf8());
        key += ':';
        keys.push_back(key);
    }
    QByteArray scratch;
    scratch.reserve(64);
    char idPrefix[16];
    std::snprintf(idPrefix, sizeof idPrefix, "ct-%02d-", segment.ordinal);
    qint64 i = start;
    int n = 0;
    for (; i < segment.memberCount && n < limit; ++i) {
        const Member m = makeMember(segment, i);
        bool ok = true;
        for (const CompiledFilter &f : filters) {
            if (!matches(f, fieldValue(m, i, f.field, scratch))) {
                ok = false;
                break;
            }
        }
        if (!ok)
            continue;
        if (n > 0)
            *out += ',';
        *out += "{\"contactId\":\"";
        *out += idPrefix;
        int width = 8; // as contactId(): at least 8 hex digits
        while (width < 16 && (quint64(i) >> (4 * width)) != 0)
            ++width;
        appendPadded(*out, quint64(i), width, 16);
        *out += "\",\"attributes\":{";
        for (size_t k = 0; k < fields.size(); ++k) {
            if (k > 0)
                *out += ',';
            *out += keys[k];
            appendFieldJson(*out, m, i, fields[k], scratch);
        }
        *out += "}}";
        ++n;
    }
    *count = n;
    return i;
}

QStringList SegmentsPart::matchingContactIds(const QString &segmentId, const QJsonArray &filters,
                                             QString *error) const
{
    QStringList ids;
    const SimSegment *seg = find(segmentId);
    if (!seg) {
        if (error)
            *error = QStringLiteral("no such segment");
        return ids;
    }
    std::vector<CompiledFilter> compiled;
    const QString problem = compileFilters(*seg, filters, &compiled);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return ids;
    }
    QByteArray scratch;
    for (qint64 i = 0; i < seg->memberCount; ++i) {
        const Member m = makeMember(*seg, i);
        bool ok = true;
        for (const CompiledFilter &f : compiled) {
            if (!matches(f, fieldValue(m, i, f.field, scratch))) {
                ok = false;
                break;
            }
        }
        if (ok)
            ids.append(contactId(*seg, i));
    }
    return ids;
}

QString SegmentsPart::memberValue(const QString &segmentId, qint64 index,
                                  const QString &attribute) const
{
    const SimSegment *seg = find(segmentId);
    const int field = fieldIndex(attribute);
    if (!seg || field < 0 || index < 0 || index >= seg->memberCount)
        return {};
    QByteArray out;
    QByteArray scratch;
    appendFieldJson(out, makeMember(*seg, index), index, field, scratch);
    const QJsonDocument doc = QJsonDocument::fromJson("[" + out + "]");
    const QJsonValue v = doc.array().at(0);
    if (v.isString())
        return v.toString();
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return QString::number(v.toDouble(), 'g', QLocale::FloatingPointShortest);
}

quint64 SegmentsPart::queryHash(const SimSegment &segment, const QJsonArray &filters,
                                const QStringList &attributes)
{
    QByteArray canonical = segment.id.toUtf8();
    canonical += '\n';
    canonical += QJsonDocument(filters).toJson(QJsonDocument::Compact);
    canonical += '\n';
    canonical += attributes.join(u',').toUtf8();
    return stableHash(canonical);
}

QByteArray SegmentsPart::encodeToken(const SimSegment &segment, quint64 queryHash,
                                     qint64 position) const
{
    QByteArray payload = "v1." + QByteArray::number(segment.ordinal) + '.'
                         + QByteArray::number(position) + '.' + QByteArray::number(queryHash, 16);
    const quint64 check = mixSeed(m_tokenKey, payload);
    payload += '.' + QByteArray::number(check, 16);
    return base64Url(payload);
}

qint64 SegmentsPart::decodeToken(const SimSegment &segment, quint64 queryHash,
                                 const QByteArray &token) const
{
    const auto decoded = QByteArray::fromBase64Encoding(
            token, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return -1;
    const QList<QByteArray> parts = decoded.decoded.split('.');
    if (parts.size() != 5 || parts[0] != "v1")
        return -1;
    const QByteArray payload = parts[0] + '.' + parts[1] + '.' + parts[2] + '.' + parts[3];
    bool ok = false;
    if (parts[4].toULongLong(&ok, 16) != mixSeed(m_tokenKey, payload) || !ok)
        return -1;
    if (parts[1].toInt() != segment.ordinal || parts[3].toULongLong(&ok, 16) != queryHash || !ok)
        return -1;
    const qint64 position = parts[2].toLongLong(&ok);
    return ok && position >= 0 && position <= segment.memberCount ? position : -1;
}

} // namespace cxone::sim
