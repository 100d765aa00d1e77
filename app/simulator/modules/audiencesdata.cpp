#include "app/simulator/modules/audiencesdata.h"

#include <QDate>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace cxone::sim {

namespace {

constexpr double missingNumber = std::numeric_limits<double>::quiet_NaN();

QString iso(const QDateTime &utc)
{
    return utc.toString(Qt::ISODateWithMs);
}

QString nowIso()
{
    return iso(QDateTime::currentDateTimeUtc());
}

// How one column's values are drawn.
struct FieldGen
{
    SimField field;
    enum Kind { IntRange, Decimal, Enum, Date, Bool, Text } kind = IntRange;
    double low = 0;
    double high = 0;
    QStringList pool; // enum values or text pool
};

FieldGen intField(QString name, QString label, double low, double high, double missing = 0)
{
    return {{std::move(name), std::move(label), QStringLiteral("integer"), {}, missing},
            FieldGen::IntRange,
            low,
            high,
            {}};
}
FieldGen decimalField(QString name, QString label, double low, double high, double missing = 0)
{
    return {{std::move(name), std::move(label), QStringLiteral("decimal"), {}, missing},
            FieldGen::Decimal,
            low,
            high,
            {}};
}
FieldGen enumField(QString name, QString label, QStringList values, double missing = 0)
{
    return {{std::move(name), std::move(label), QStringLiteral("enum"), values, missing},
            FieldGen::Enum,
            0,
            0,
            values};
}
FieldGen dateField(QString name, QString label, double daysBefore, double daysAfter,
                   double missing = 0)
{
    return {{std::move(name), std::move(label), QStringLiteral("date"), {}, missing},
            FieldGen::Date,
            daysBefore,
            daysAfter,
            {}};
}
FieldGen boolField(QString name, QString label, double trueShare, double missing = 0)
{
    return {{std::move(name), std::move(label), QStringLiteral("boolean"), {}, missing},
            FieldGen::Bool,
            trueShare,
            0,
            {}};
}
FieldGen textField(QString name, QString label, QStringList pool, double missing = 0)
{
    return {{std::move(name), std::move(label), QStringLiteral("string"), {}, missing},
            FieldGen::Text,
            0,
            0,
            std::move(pool)};
}

QStringList words(const char *text)
{
    return QString::fromLatin1(text).split(u' ', Qt::SkipEmptyParts);
}

std::vector<FieldGen> generatorsFor(const QString &source)
{
    if (source == u"customer_360") {
        return {
                decimalField(QStringLiteral("annual_revenue"), QStringLiteral("Annual revenue"),
                             10000, 20000000, 0.04),
                enumField(QStringLiteral("industry"), QStringLiteral("Industry"),
                          words("technology finance healthcare retail manufacturing education "
                                "government"),
                          0.02),
                intField(QStringLiteral("employee_count"), QStringLiteral("Employees"), 1, 20000,
                         0.05),
                intField(QStringLiteral("engagement_score"), QStringLiteral("Engagement score"), 0,
                         100),
                enumField(QStringLiteral("country"), QStringLiteral("Country"),
                          words("US GB DE FR CA AU JP BR IN NL")),
                textField(QStringLiteral("city"), QStringLiteral("City"),
                          words("Austin Boston Berlin Paris Toronto Sydney Tokyo Lyon Munich "
                                "London Leeds Denver Seattle Osaka Pune Utrecht"),
                          0.03),
                textField(QStringLiteral("email_domain"), QStringLiteral("Email domain"),
                          words("example.com example.org acme.test globex.test initech.test "
                                "umbrella.test hooli.test"),
                          0.01),
                decimalField(QStringLiteral("lifetime_value"), QStringLiteral("Lifetime value"), 0,
                             250000),
                dateField(QStringLiteral("signup_date"), QStringLiteral("Signed up"), 3650, 0),
                boolField(QStringLiteral("is_vip"), QStringLiteral("VIP"), 0.08),
        };
    }
    if (source == u"interaction_history") {
        return {
                enumField(QStringLiteral("channel"), QStringLiteral("Last channel"),
                          words("voice chat email sms social")),
                intField(QStringLiteral("interactions_90d"),
                         QStringLiteral("Interactions (90 days)"), 0, 60),
                dateField(QStringLiteral("last_interaction_date"),
                          QStringLiteral("Last interaction"), 365, 0, 0.02),
                intField(QStringLiteral("avg_handle_time_sec"),
                         QStringLiteral("Average handle time (s)"), 30, 1800, 0.05),
                decimalField(QStringLiteral("csat_score"), QStringLiteral("CSAT score"), 1, 5, 0.2),
                enumField(QStringLiteral("sentiment"), QStringLiteral("Sentiment"),
                          words("positive neutral negative"), 0.1),
                boolField(QStringLiteral("escalated"), QStringLiteral("Escalated"), 0.12),
                textField(QStringLiteral("last_agent_team"), QStringLiteral("Last agent team"),
                          words("Tier1-Billing Tier1-Support Tier2-Support Retention Sales "
                                "Collections"),
                          0.02),
        };
    }
    return {
            enumField(QStringLiteral("account_tier"), QStringLiteral("Account tier"),
                      words("bronze silver gold platinum")),
            textField(QStringLiteral("account_owner"), QStringLiteral("Account owner"),
                      words("a.ng b.okafor c.ruiz d.smith e.kowalski f.haddad g.tanaka h.muller"),
                      0.05),
            intField(QStringLiteral("open_opportunities"), QStringLiteral("Open opportunities"), 0,
                     12),
            decimalField(QStringLiteral("pipeline_value"), QStringLiteral("Pipeline value"), 0,
                         2000000, 0.1),
            dateField(QStringLiteral("renewal_date"), QStringLiteral("Renewal date"), -30, 540,
                      0.05),
            enumField(QStringLiteral("churn_risk"), QStringLiteral("Churn risk"),
                      words("low medium high"), 0.03),
            enumField(QStringLiteral("region"), QStringLiteral("Region"), words("amer emea apac")),
            boolField(QStringLiteral("is_customer"), QStringLiteral("Customer"), 0.7),
    };
}

QString sourceLabel(const QString &source)
{
    if (source == u"customer_360")
        return QStringLiteral("Customer 360 profiles");
    if (source == u"interaction_history")
        return QStringLiteral("Interaction history");
    return QStringLiteral("CRM sync");
}

QString uuidFrom(SimRng &rng)
{
    const quint64 a = rng.next();
    const quint64 b = rng.next();
    const QString hex = QStringLiteral("%1%2")
                                .arg(a, 16, 16, QLatin1Char('0'))
                                .arg(b, 16, 16, QLatin1Char('0'));
    QString s = hex.left(8) + u'-' + hex.mid(8, 4) + u"-4" + hex.mid(13, 3) + u'-';
    static const char variants[] = "89ab";
    s += QLatin1Char(variants[b & 3]) + hex.mid(17, 3) + u'-' + hex.mid(20, 12);
    return s;
}

// The reference day of the seeded dates: fixed, so a seed always gives the same population.
const QDate anchorDay(2025, 6, 30);

void fill(SimDataSource &ds, const std::vector<FieldGen> &gens, qint64 rows, SimRng &rng)
{
    ds.columns.resize(gens.size());
    ds.recordIds.reserve(rows);
    for (qint64 r = 0; r < rows; ++r) {
        const QString id = uuidFrom(rng);
        ds.recordIndex.insert(id, qint32(r));
        ds.recordIds.append(id);
    }
    for (size_t c = 0; c < gens.size(); ++c) {
        const FieldGen &g = gens[c];
        SimColumn &col = ds.columns[c];
        const bool coded = g.kind == FieldGen::Enum || g.kind == FieldGen::Text;
        if (coded) {
            col.dictionary = g.pool;
            col.codes.reserve(rows);
        } else {
            col.numbers.reserve(rows);
        }
        for (qint64 r = 0; r < rows; ++r) {
            const bool missing = g.field.missingRate > 0 && rng.chance(g.field.missingRate);
            if (coded) {
                // Skewed towards the first values: real populations are never uniform.
                const double u = rng.nextDouble();
                const qint32 code = qint32(std::floor(u * u * double(g.pool.size())));
                col.codes.push_back(missing ? -1 : code);
                continue;
            }
            double v = missingNumber;
            if (!missing) {
                switch (g.kind) {
                case FieldGen::IntRange:
                    v = double(rng.range(qint64(g.low), qint64(g.high)));
                    break;
                case FieldGen::Decimal: {
                    const double u = rng.nextDouble();
                    v = std::round((g.low + (g.high - g.low) * u * u * u) * 100.0) / 100.0;
                    break;
                }
                case FieldGen::Date:
                    v = double(anchorDay.toJulianDay() + rng.range(-qint64(g.low), qint64(g.high)));
                    break;
                case FieldGen::Bool:
                    v = rng.chance(g.low) ? 1.0 : 0.0;
                    break;
                default:
                    break;
                }
            }
            col.numbers.push_back(v);
        }
    }
}

QString typeWord(const QString &type)
{
    if (type == u"string")
        return QStringLiteral("text");
    if (type == u"enum")
        return QStringLiteral("list");
    return type;
}

bool isInteger(const QJsonValue &v)
{
    if (!v.isDouble())
        return false;
    const double d = v.toDouble();
    return std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9007199254740992.0;
}

bool parseDay(const QJsonValue &v, qint64 *julian)
{
    if (!v.isString())
        return false;
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString s = v.toString();
    if (!shape.match(s).hasMatch())
        return false;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (!d.isValid())
        return false;
    if (julian)
        *julian = d.toJulianDay();
    return true;
}

// Checks one scalar against the field type; empty when fine.
QString scalarProblem(const SimField &f, const QJsonValue &v)
{
    const QString &t = f.type;
    if (t == u"integer")
        return isInteger(v) ? QString() : QStringLiteral("needs a whole number");
    if (t == u"decimal")
        return v.isDouble() && std::isfinite(v.toDouble()) ? QString()
                                                           : QStringLiteral("needs a number");
    if (t == u"boolean")
        return v.isBool() ? QString() : QStringLiteral("needs true or false");
    if (t == u"date")
        return parseDay(v, nullptr) ? QString() : QStringLiteral("needs a date written YYYY-MM-DD");
    if (t == u"enum") {
        if (!v.isString())
            return QStringLiteral("needs one of: %1").arg(f.enumValues.join(QStringLiteral(", ")));
        return f.enumValues.contains(v.toString())
                       ? QString()
                       : QStringLiteral("'%1' is not one of: %2")
                                 .arg(v.toString(), f.enumValues.join(QStringLiteral(", ")));
    }
    if (!v.isString())
        return QStringLiteral("needs text");
    if (v.toString().isEmpty())
        return QStringLiteral("needs non-empty text");
    if (v.toString().size() > AudiencesPart::maxTextValue)
        return QStringLiteral("text is longer than %1 characters").arg(AudiencesPart::maxTextValue);
    return {};
}

double numberOf(const SimField &f, const QJsonValue &v)
{
    if (f.type == u"date") {
        qint64 jd = 0;
        parseDay(v, &jd);
        return double(jd);
    }
    if (f.type == u"boolean")
        return v.toBool() ? 1.0 : 0.0;
    return v.toDouble();
}

struct Validation
{
    const SimDataSource *source = nullptr;
    QStringList problems;
    int conditions = 0;
};

void validateNode(const QJsonValue &item, const QString &path, int depth, Validation &v)
{
    if (!item.isObject()) {
        v.problems << QStringLiteral("%1: must be a group {operator, conditions} or a condition "
                                     "{field, operator, value}")
                              .arg(path);
        return;
    }
    const QJsonObject node = item.toObject();
    if (node.contains(u"conditions")) {
        if (depth > AudiencesPart::maxDepth) {
            v.problems << QStringLiteral("%1: groups are nested %2 levels deep; the most is %3")
                                  .arg(path)
                                  .arg(depth)
                                  .arg(AudiencesPart::maxDepth);
            return;
        }
        const QString op = node.value(u"operator").toString();
        if (op != u"AND" && op != u"OR")
            v.problems << QStringLiteral("%1: group operator must be AND or OR").arg(path);
        const QJsonValue list = node.value(u"conditions");
        if (!list.isArray()) {
            v.problems << QStringLiteral("%1.conditions: must be a list").arg(path);
            return;
        }
        const QJsonArray items = list.toArray();
        if (items.isEmpty())
            v.problems << QStringLiteral("%1: the group is empty").arg(path);
        int direct = 0;
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QJsonValue child = items.at(i);
            if (!child.toObject().contains(u"conditions"))
                ++direct;
            validateNode(child, QStringLiteral("%1.conditions[%2]").arg(path).arg(i), depth + 1, v);
        }
        if (direct > AudiencesPart::maxConditionsPerGroup)
            v.problems << QStringLiteral("%1: %2 conditions in one group; the most is %3")
                                  .arg(path)
                                  .arg(direct)
                                  .arg(AudiencesPart::maxConditionsPerGroup);
        return;
    }
    ++v.conditions;
    const QString fieldName = node.value(u"field").toString();
    const QString op = node.value(u"operator").toString();
    if (fieldName.isEmpty()) {
        v.problems << QStringLiteral("%1: the condition names no field").arg(path);
        return;
    }
    if (!v.source)
        return; // the data source itself is reported once at the top
    const int fi = v.source->fieldIndex(fieldName);
    if (fi < 0) {
        v.problems
                << QStringLiteral("%1: %2 has no field '%3'").arg(path, v.source->name, fieldName);
        return;
    }
    const SimField &f = v.source->fields[size_t(fi)];
    const QStringList allowed = simOperatorsForType(f.type);
    if (!allowed.contains(op)) {
        v.problems << QStringLiteral("%1: operator '%2' is not allowed for %3 field '%4' "
                                     "(allowed: %5)")
                              .arg(path, op, typeWord(f.type), fieldName,
                                   allowed.join(QStringLiteral(", ")));
        return;
    }
    const QJsonValue value = node.value(u"value");
    const QString where = QStringLiteral("%1 (%2 %3)").arg(path, fieldName, op);
    if (op == u"is_set" || op == u"is_not_set") {
        if (!value.isUndefined() && !value.isNull())
            v.problems << QStringLiteral("%1: takes no value").arg(where);
        return;
    }
    if (op == u"in" || op == u"not_in") {
        const QJsonArray list = value.toArray();
        if (!value.isArray() || list.isEmpty()) {
            v.problems << QStringLiteral("%1: needs a non-empty list of values").arg(where);
            return;
        }
        if (list.size() > AudiencesPart::maxListValues)
            v.problems << QStringLiteral("%1: %2 values; the most is %3")
                                  .arg(where)
                                  .arg(list.size())
                                  .arg(AudiencesPart::maxListValues);
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (const QString p = scalarProblem(f, list.at(i)); !p.isEmpty())
                v.problems << QStringLiteral("%1: value %2 %3").arg(where).arg(i + 1).arg(p);
        }
        return;
    }
    if (op == u"between") {
        const QJsonArray pair = value.toArray();
        if (!value.isArray() || pair.size() != 2) {
            v.problems << QStringLiteral("%1: needs two values [low, high]").arg(where);
            return;
        }
        const QString p1 = scalarProblem(f, pair.at(0));
        const QString p2 = scalarProblem(f, pair.at(1));
        if (!p1.isEmpty() || !p2.isEmpty()) {
            v.problems << QStringLiteral("%1: %2").arg(where, p1.isEmpty() ? p2 : p1);
            return;
        }
        if (numberOf(f, pair.at(0)) > numberOf(f, pair.at(1)))
            v.problems << QStringLiteral("%1: the low end is above the high end").arg(where);
        return;
    }
    if (value.isUndefined() || value.isNull()) {
        v.problems << QStringLiteral("%1: needs a value").arg(where);
        return;
    }
    if (const QString p = scalarProblem(f, value); !p.isEmpty())
        v.problems << QStringLiteral("%1: %2").arg(where, p);
}

// Criteria compiled against one data source's columns.
struct Compiled
{
    bool isGroup = false;
    bool isAnd = true;
    std::vector<Compiled> children;
    int column = -1;
    enum Op { Eq, Ne, Gt, Ge, Lt, Le, Between, Set, NotSet, Mask } op = Eq;
    double a = 0;
    double b = 0;
    std::vector<char> mask; // coded columns: which dictionary codes match
    bool coded = false;
};

Compiled compile(const SimDataSource &ds, const QJsonObject &node)
{
    Compiled c;
    if (node.contains(u"conditions")) {
        c.isGroup = true;
        c.isAnd = node.value(u"operator").toString() != u"OR";
        for (const QJsonValue child : node.value(u"conditions").toArray())
            c.children.push_back(compile(ds, child.toObject()));
        return c;
    }
    c.column = ds.fieldIndex(node.value(u"field").toString());
    const SimField &f = ds.fields[size_t(c.column)];
    const QString op = node.value(u"operator").toString();
    const QJsonValue value = node.value(u"value");
    if (op == u"is_set") {
        c.op = Compiled::Set;
        c.coded = f.type == u"string" || f.type == u"enum";
        return c;
    }
    if (op == u"is_not_set") {
        c.op = Compiled::NotSet;
        c.coded = f.type == u"string" || f.type == u"enum";
        return c;
    }
    if (f.type == u"string" || f.type == u"enum") {
        c.coded = true;
        c.op = Compiled::Mask;
        const QStringList &dict = ds.columns[size_t(c.column)].dictionary;
        c.mask.assign(size_t(dict.size()), 0);
        const bool text = f.type == u"string";
        const Qt::CaseSensitivity cs = text ? Qt::CaseInsensitive : Qt::CaseSensitive;
        QStringList wanted;
        if (value.isArray()) {
            for (const QJsonValue w : value.toArray())
                wanted << w.toString();
        } else {
            wanted << value.toString();
        }
        const QString w = wanted.value(0);
        for (qsizetype i = 0; i < dict.size(); ++i) {
            const QString &d = dict.at(i);
            bool m = false;
            if (op == u"equals")
                m = d.compare(w, cs) == 0;
            else if (op == u"not_equals")
                m = d.compare(w, cs) != 0;
            else if (op == u"contains")
                m = d.contains(w, cs);
            else if (op == u"not_contains")
                m = !d.contains(w, cs);
            else if (op == u"starts_with")
                m = d.startsWith(w, cs);
            else if (op == u"ends_with")
                m = d.endsWith(w, cs);
            else if (op == u"in" || op == u"not_in") {
                bool any = false;
                for (const QString &x : std::as_const(wanted))
                    any = any || d.compare(x, cs) == 0;
                m = op == u"in" ? any : !any;
            }
            c.mask[size_t(i)] = m ? 1 : 0;
        }
        return c;
    }
    if (op == u"between") {
        c.op = Compiled::Between;
        c.a = numberOf(f, value.toArray().at(0));
        c.b = numberOf(f, value.toArray().at(1));
        return c;
    }
    c.a = numberOf(f, value);
    if (op == u"equals")
        c.op = Compiled::Eq;
    else if (op == u"not_equals")
        c.op = Compiled::Ne;
    else if (op == u"greater_than" || op == u"after")
        c.op = Compiled::Gt;
    else if (op == u"greater_than_or_equal")
        c.op = Compiled::Ge;
    else if (op == u"less_than" || op == u"before")
        c.op = Compiled::Lt;
    else if (op == u"less_than_or_equal")
        c.op = Compiled::Le;
    return c;
}

// A condition on a record without a value is false, except "is not set".
bool matches(const Compiled &c, const SimDataSource &ds, qsizetype row)
{
    if (c.isGroup) {
        if (c.isAnd) {
            for (const Compiled &child : c.children) {
                if (!matches(child, ds, row))
                    return false;
            }
            return true;
        }
        for (const Compiled &child : c.children) {
            if (matches(child, ds, row))
                return true;
        }
        return false;
    }
    const SimColumn &col = ds.columns[size_t(c.column)];
    if (c.coded) {
        const qint32 code = col.codes[size_t(row)];
        if (c.op == Compiled::Set)
            return code >= 0;
        if (c.op == Compiled::NotSet)
            return code < 0;
        return code >= 0 && c.mask[size_t(code)];
    }
    const double v = col.numbers[size_t(row)];
    if (std::isnan(v))
        return c.op == Compiled::NotSet;
    switch (c.op) {
    case Compiled::Eq:
        return v == c.a;
    case Compiled::Ne:
        return v != c.a;
    case Compiled::Gt:
        return v > c.a;
    case Compiled::Ge:
        return v >= c.a;
    case Compiled::Lt:
        return v < c.a;
    case Compiled::Le:
        return v <= c.a;
    case Compiled::Between:
        return v >= c.a && v <= c.b;
    case Compiled::Set:
        return true;
    default:
        return false;
    }
}

} // namespace

QStringList simOperatorsForType(const QString &type)
{
    if (type == u"string")
        return {QStringLiteral("equals"),      QStringLiteral("not_equals"),
                QStringLiteral("contains"),    QStringLiteral("not_contains"),
                QStringLiteral("starts_with"), QStringLiteral("ends_with"),
                QStringLiteral("in"),          QStringLiteral("not_in"),
                QStringLiteral("is_set"),      QStringLiteral("is_not_set")};
    if (type == u"enum")
        return {QStringLiteral("equals"), QStringLiteral("not_equals"),
                QStringLiteral("in"),     QStringLiteral("not_in"),
                QStringLiteral("is_set"), QStringLiteral("is_not_set")};
    if (type == u"integer" || type == u"decimal")
        return {QStringLiteral("equals"),       QStringLiteral("not_equals"),
                QStringLiteral("greater_than"), QStringLiteral("greater_than_or_equal"),
                QStringLiteral("less_than"),    QStringLiteral("less_than_or_equal"),
                QStringLiteral("between"),      QStringLiteral("is_set"),
                QStringLiteral("is_not_set")};
    if (type == u"date")
        return {QStringLiteral("equals"),  QStringLiteral("before"), QStringLiteral("after"),
                QStringLiteral("between"), QStringLiteral("is_set"), QStringLiteral("is_not_set")};
    if (type == u"boolean")
        return {QStringLiteral("equals"), QStringLiteral("is_set"), QStringLiteral("is_not_set")};
    return {};
}

bool isUuidSyntax(const QString &text)
{
    // The contract asks for UUID syntax, any version or variant (the seed's own example,
    // 12345678-1234-1234-1234-123456789012, has neither an RFC 4122 version nor variant).
    static const QRegularExpression re(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

int SimDataSource::fieldIndex(const QString &field) const
{
    for (size_t i = 0; i < fields.size(); ++i) {
        if (fields[i].name == field)
            return int(i);
    }
    return -1;
}

AudiencesPart::AudiencesPart(const TenantState &state)
{
    const qint64 rows = state.scaled(2000, 20000, 200000);
    for (const QString &name : dataSourceNames()) {
        SimDataSource ds;
        ds.name = name;
        ds.label = sourceLabel(name);
        const std::vector<FieldGen> gens = generatorsFor(name);
        for (const FieldGen &g : gens)
            ds.fields.push_back(g.field);
        SimRng rng = state.rng(QByteArray("audiences/population/" + name.toLatin1()));
        fill(ds, gens, rows, rng);
        m_sources.push_back(std::move(ds));
    }
    addSeededAudiences(state);
}

QStringList AudiencesPart::dataSourceNames()
{
    return {QStringLiteral("customer_360"), QStringLiteral("interaction_history"),
            QStringLiteral("crm_sync")};
}

const SimDataSource *AudiencesPart::dataSource(const QString &name) const
{
    for (const SimDataSource &ds : m_sources) {
        if (ds.name == name)
            return &ds;
    }
    return nullptr;
}

QJsonObject AudiencesPart::summary() const
{
    QJsonObject populations;
    for (const SimDataSource &ds : m_sources)
        populations.insert(ds.name, qint64(ds.size()));
    return {{QStringLiteral("audiences"), qint64(m_audiences.size())},
            {QStringLiteral("populations"), populations}};
}

QStringList AudiencesPart::validate(const QJsonObject &body) const
{
    Validation v;
    const QJsonValue name = body.value(u"name");
    if (!name.isString()) {
        v.problems << QStringLiteral("name: required, 1 to 100 characters");
    } else {
        const qsizetype n = name.toString().toUcs4().size();
        if (name.toString().trimmed().isEmpty())
            v.problems << QStringLiteral("name: must not be empty");
        else if (n > 100)
            v.problems << QStringLiteral("name: %1 characters; the most is 100").arg(n);
    }
    const QJsonValue description = body.value(u"description");
    if (!description.isUndefined() && !description.isNull()) {
        if (!description.isString())
            v.problems << QStringLiteral("description: must be text");
        else if (const qsizetype n = description.toString().toUcs4().size(); n > 500)
            v.problems << QStringLiteral("description: %1 characters; the most is 500").arg(n);
    }
    const QString source = body.value(u"data_source").toString();
    v.source = dataSource(source);
    if (!v.source)
        v.problems << QStringLiteral("data_source: '%1' is not one of customer_360, "
                                     "interaction_history, crm_sync")
                              .arg(source);
    const QJsonValue recalc = body.value(u"recalculate_on_update");
    if (!recalc.isUndefined() && !recalc.isBool())
        v.problems << QStringLiteral("recalculate_on_update: must be true or false");
    const QJsonValue version = body.value(u"version");
    if (!version.isUndefined() && (!isInteger(version) || version.toDouble() < 0))
        v.problems << QStringLiteral("version: must be a whole number, 0 or more");
    const QJsonValue exclusions = body.value(u"exclusions");
    if (!exclusions.isUndefined() && !exclusions.isArray()) {
        v.problems << QStringLiteral("exclusions: must be a list of UUIDs");
    } else {
        const QJsonArray list = exclusions.toArray();
        if (list.size() > maxExclusions)
            v.problems << QStringLiteral("exclusions: %1 entries; the most is %2")
                                  .arg(list.size())
                                  .arg(maxExclusions);
        QSet<QString> seen;
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString id = list.at(i).toString();
            if (!list.at(i).isString() || !isUuidSyntax(id))
                v.problems << QStringLiteral("exclusions[%1]: '%2' is not a UUID (8-4-4-4-12 "
                                             "hex digits)")
                                      .arg(i)
                                      .arg(list.at(i).isString() ? id : QStringLiteral("?"));
            else if (seen.contains(id.toLower()))
                v.problems << QStringLiteral("exclusions[%1]: %2 is listed twice").arg(i).arg(id);
            seen.insert(id.toLower());
        }
    }
    const QJsonValue criteria = body.value(u"criteria");
    if (!criteria.isObject() || !criteria.toObject().contains(u"conditions")) {
        v.problems << QStringLiteral("criteria: required, a group {operator, conditions}");
    } else {
        validateNode(criteria, QStringLiteral("criteria"), 1, v);
        if (v.conditions > maxConditionsTotal)
            v.problems << QStringLiteral("criteria: %1 conditions in all; the most is %2")
                                  .arg(v.conditions)
                                  .arg(maxConditionsTotal);
    }
    return v.problems;
}

qint64 AudiencesPart::evaluate(const QString &source, const QJsonObject &criteria,
                               const QStringList &exclusions) const
{
    const SimDataSource *ds = dataSource(source);
    if (!ds)
        return 0;
    const Compiled root = compile(*ds, criteria);
    // An exclusion names a record of the population or another audience of the same source,
    // whose members are then left out (one level: exclusions of exclusions are not followed).
    std::vector<char> excluded(size_t(ds->size()), 0);
    for (const QString &id : exclusions) {
        const QString key = id.toLower();
        if (const auto it = ds->recordIndex.constFind(key); it != ds->recordIndex.cend()) {
            excluded[size_t(*it)] = 1;
            continue;
        }
        const auto other = m_audiences.find(key);
        if (other == m_audiences.end() || other->second.dataSource != source)
            continue;
        const Compiled theirs = compile(*ds, other->second.criteria);
        for (qsizetype r = 0; r < ds->size(); ++r) {
            if (!excluded[size_t(r)] && matches(theirs, *ds, r))
                excluded[size_t(r)] = 1;
        }
    }
    qint64 count = 0;
    for (qsizetype r = 0; r < ds->size(); ++r) {
        if (!excluded[size_t(r)] && matches(root, *ds, r))
            ++count;
    }
    return count;
}

void AudiencesPart::refresh(SimAudience &a, qint64 nowMs) const
{
    if (a.status == u"evaluating" && nowMs >= a.readyAtMs) {
        a.status = QStringLiteral("ready");
        a.size = a.pendingSize;
        a.lastEvaluated = nowIso();
    }
}

QJsonObject AudiencesPart::fieldJson(const SimField &f)
{
    QJsonObject o{
            {QStringLiteral("name"), f.name},
            {QStringLiteral("label"), f.label},
            {QStringLiteral("type"), f.type},
            {QStringLiteral("operators"), QJsonArray::fromStringList(simOperatorsForType(f.type))}};
    if (f.type == u"enum")
        o.insert(QStringLiteral("enum_values"), QJsonArray::fromStringList(f.enumValues));
    return o;
}

QJsonObject AudiencesPart::audienceJson(const SimAudience &a, bool withEvaluation)
{
    QJsonObject o{{QStringLiteral("id"), a.id},
                  {QStringLiteral("name"), a.name},
                  {QStringLiteral("description"), a.description},
                  {QStringLiteral("data_source"), a.dataSource},
                  {QStringLiteral("criteria"), a.criteria},
                  {QStringLiteral("exclusions"), QJsonArray::fromStringList(a.exclusions)},
                  {QStringLiteral("recalculate_on_update"), a.recalculateOnUpdate},
                  {QStringLiteral("version"), a.version},
                  {QStringLiteral("created_at"), a.createdAt},
                  {QStringLiteral("updated_at"), a.updatedAt}};
    if (withEvaluation) {
        o.insert(QStringLiteral("evaluation_status"), a.status);
        o.insert(QStringLiteral("size"),
                 a.status == u"evaluating" ? QJsonValue() : QJsonValue(a.size));
        o.insert(QStringLiteral("last_evaluated"),
                 a.lastEvaluated.isEmpty() ? QJsonValue() : QJsonValue(a.lastEvaluated));
    }
    return o;
}

void AudiencesPart::addSeededAudiences(const TenantState &state)
{
    SimRng rng = state.rng("audiences/ids");
    const auto cond = [](const char *field, const char *op, const QJsonValue &value) {
        return QJsonObject{{QStringLiteral("field"), QLatin1String(field)},
                           {QStringLiteral("operator"), QLatin1String(op)},
                           {QStringLiteral("value"), value}};
    };
    const auto group = [](const char *op, const QJsonArray &conditions) {
        return QJsonObject{{QStringLiteral("operator"), QLatin1String(op)},
                           {QStringLiteral("conditions"), conditions}};
    };
    struct Seed
    {
        const char *name;
        const char *description;
        const char *source;
        QJsonObject criteria;
    };
    const std::vector<Seed> seeds = {
            {"High-value enterprise", "Enterprise outreach journey", "customer_360",
             group("AND", {cond("annual_revenue", "greater_than", 500000),
                           cond("industry", "equals", QStringLiteral("technology")),
                           group("OR", {cond("employee_count", "greater_than", 500),
                                        cond("engagement_score", "greater_than", 85)})})},
            {"VIP customers in Europe", "Concierge onboarding", "customer_360",
             group("AND", {cond("is_vip", "equals", true),
                           cond("country", "in",
                                QJsonArray{QStringLiteral("GB"), QStringLiteral("DE"),
                                           QStringLiteral("FR"), QStringLiteral("NL")})})},
            {"Unhappy escalated callers", "Service recovery follow-up", "interaction_history",
             group("AND", {cond("escalated", "equals", true),
                           group("OR", {cond("sentiment", "equals", QStringLiteral("negative")),
                                        cond("csat_score", "less_than", 2.5)})})},
            {"Frequent chat users", "", "interaction_history",
             group("AND", {cond("channel", "equals", QStringLiteral("chat")),
                           cond("interactions_90d", "greater_than_or_equal", 10)})},
            {"Renewals at risk", "Retention play before renewal", "crm_sync",
             group("AND",
                   {cond("churn_risk", "in",
                         QJsonArray{QStringLiteral("medium"), QStringLiteral("high")}),
                    cond("renewal_date", "between",
                         QJsonArray{QStringLiteral("2025-07-01"), QStringLiteral("2025-12-31")})})},
            {"Gold and platinum EMEA", "", "crm_sync",
             group("AND", {cond("region", "equals", QStringLiteral("emea")),
                           cond("account_tier", "in",
                                QJsonArray{QStringLiteral("gold"), QStringLiteral("platinum")})})},
    };
    const QString created = QStringLiteral("2025-06-01T09:00:00.000Z");
    for (const Seed &s : seeds) {
        SimAudience a;
        a.id = uuidFrom(rng);
        a.name = QLatin1String(s.name);
        a.description = QLatin1String(s.description);
        a.dataSource = QLatin1String(s.source);
        a.criteria = s.criteria;
        a.createdAt = created;
        a.updatedAt = created;
        a.size = evaluate(a.dataSource, a.criteria, {});
        a.pendingSize = a.size;
        a.lastEvaluated = created;
        m_audiences.emplace(a.id, std::move(a));
    }
}

} // namespace cxone::sim
