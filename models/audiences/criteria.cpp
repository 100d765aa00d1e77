#include "models/audiences/criteria.h"

#include <QDate>
#include <QJsonArray>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace cxone {

namespace {

const QString groupKey = QStringLiteral("conditions");

bool isWhole(double d)
{
    return std::isfinite(d) && d == std::floor(d) && std::abs(d) < 9007199254740992.0;
}

bool parseDay(const QString &s, QDate *out = nullptr)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    if (!shape.match(s).hasMatch())
        return false;
    const QDate d = QDate::fromString(s, Qt::ISODate);
    if (out)
        *out = d;
    return d.isValid();
}

QString scalarProblem(const AudienceField &f, const QJsonValue &v, const CriteriaLimits &limits)
{
    const QString &t = f.type;
    if (t == u"integer")
        return v.isDouble() && isWhole(v.toDouble()) ? QString()
                                                     : QStringLiteral("needs a whole number");
    if (t == u"decimal")
        return v.isDouble() && std::isfinite(v.toDouble()) ? QString()
                                                           : QStringLiteral("needs a number");
    if (t == u"boolean")
        return v.isBool() ? QString() : QStringLiteral("needs true or false");
    if (t == u"date")
        return v.isString() && parseDay(v.toString())
                       ? QString()
                       : QStringLiteral("needs a date written YYYY-MM-DD");
    if (t == u"enum") {
        if (v.isString() && f.enumValues.contains(v.toString()))
            return {};
        return QStringLiteral("%1 is not one of: %2")
                .arg(v.isString() ? QStringLiteral("'%1'").arg(v.toString())
                                  : QStringLiteral("the value"),
                     f.enumValues.join(QStringLiteral(", ")));
    }
    if (!v.isString())
        return QStringLiteral("needs text");
    if (v.toString().isEmpty())
        return QStringLiteral("needs some text");
    if (v.toString().size() > limits.maxTextLength)
        return QStringLiteral("text longer than %1 characters").arg(limits.maxTextLength);
    return {};
}

double orderOf(const AudienceField &f, const QJsonValue &v)
{
    if (f.type == u"date") {
        QDate d;
        parseDay(v.toString(), &d);
        return double(d.toJulianDay());
    }
    return v.toDouble();
}

// Shape checks that need no field list.
QString shapeProblem(const QString &op, const QJsonValue &value, const CriteriaLimits &limits)
{
    switch (valueShapeOf(op)) {
    case ValueShape::None:
        return value.isUndefined() || value.isNull() ? QString() : QStringLiteral("takes no value");
    case ValueShape::List:
        if (!value.isArray() || value.toArray().isEmpty())
            return QStringLiteral("needs at least one value");
        if (value.toArray().size() > limits.maxListValues)
            return QStringLiteral("%1 values; the most is %2")
                    .arg(value.toArray().size())
                    .arg(limits.maxListValues);
        for (const QJsonValue v : value.toArray()) {
            if (v.isArray() || v.isObject() || v.isNull())
                return QStringLiteral("a list holds plain values only");
        }
        return {};
    case ValueShape::Range:
        return value.isArray() && value.toArray().size() == 2
                       ? QString()
                       : QStringLiteral("needs two values: low and high");
    case ValueShape::Single:
        if (value.isUndefined() || value.isNull())
            return QStringLiteral("needs a value");
        if (value.isArray() || value.isObject())
            return QStringLiteral("needs a single value, not a list");
        return {};
    }
    return {};
}

struct Walk
{
    const FieldCatalogue *catalogue;
    const CriteriaLimits &limits;
    QList<CriteriaProblem> problems;
};

void validateNode(const CriteriaNode &node, Walk &w)
{
    const auto report = [&](const QString &message) { w.problems.append({node.path(), message}); };
    if (node.isGroup()) {
        if (node.level() > w.limits.maxDepth) {
            report(QStringLiteral("Nested %1 levels deep; the most is %2.")
                           .arg(node.level())
                           .arg(w.limits.maxDepth));
            return; // what is below is out of reach anyway
        }
        if (node.op() != u"AND" && node.op() != u"OR")
            report(QStringLiteral("A group joins its conditions with AND or OR, not '%1'.")
                           .arg(node.op()));
        if (node.childCount() == 0)
            report(QStringLiteral("The group is empty: add a condition or delete it."));
        int direct = 0;
        for (int i = 0; i < node.childCount(); ++i)
            direct += node.child(i)->isGroup() ? 0 : 1;
        if (direct > w.limits.maxPerGroup)
            report(QStringLiteral("%1 conditions in one group; the most is %2.")
                           .arg(direct)
                           .arg(w.limits.maxPerGroup));
        for (int i = 0; i < node.childCount(); ++i)
            validateNode(*node.child(i), w);
        return;
    }
    if (node.field().isEmpty()) {
        report(QStringLiteral("Choose a field."));
        return;
    }
    const QString op = node.op();
    if (op.isEmpty()) {
        report(QStringLiteral("Choose an operator."));
        return;
    }
    if (!knownOperators().contains(op)) {
        report(QStringLiteral("'%1' is not an operator.").arg(op));
        return;
    }
    const AudienceField *field = w.catalogue ? w.catalogue->find(node.field()) : nullptr;
    if (w.catalogue && !field) {
        report(QStringLiteral("%1 has no field '%2'.")
                       .arg(AudiencesApi::dataSourceLabel(w.catalogue->dataSource()),
                            node.field()));
        return;
    }
    if (field && !field->operators.contains(op)) {
        QStringList labels;
        for (const QString &o : field->operators)
            labels << operatorLabel(o);
        report(QStringLiteral("'%1' does not apply to %2 field %3 (use: %4).")
                       .arg(operatorLabel(op), fieldTypeLabel(field->type), field->name,
                            labels.join(QStringLiteral(", "))));
        return;
    }
    if (field) {
        if (const QString p = valueProblem(*field, op, node.value(), w.limits); !p.isEmpty())
            report(p);
    } else if (const QString p = shapeProblem(op, node.value(), w.limits); !p.isEmpty()) {
        report(QStringLiteral("The value %1.").arg(p));
    }
}

QString quoteIfNeeded(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^[\\w.@+:/-]+$"),
                                          QRegularExpression::UseUnicodePropertiesOption);
    if (plain.match(text).hasMatch())
        return text;
    QString escaped = text;
    escaped.replace(u'"', QStringLiteral("\\\""));
    return u'"' + escaped + u'"';
}

} // namespace

// --- vocabulary

ValueShape valueShapeOf(const QString &op)
{
    if (op == u"is_set" || op == u"is_not_set")
        return ValueShape::None;
    if (op == u"in" || op == u"not_in")
        return ValueShape::List;
    if (op == u"between")
        return ValueShape::Range;
    return ValueShape::Single;
}

QStringList knownOperators()
{
    return {QStringLiteral("equals"),       QStringLiteral("not_equals"),
            QStringLiteral("greater_than"), QStringLiteral("greater_than_or_equal"),
            QStringLiteral("less_than"),    QStringLiteral("less_than_or_equal"),
            QStringLiteral("between"),      QStringLiteral("before"),
            QStringLiteral("after"),        QStringLiteral("contains"),
            QStringLiteral("not_contains"), QStringLiteral("starts_with"),
            QStringLiteral("ends_with"),    QStringLiteral("in"),
            QStringLiteral("not_in"),       QStringLiteral("is_set"),
            QStringLiteral("is_not_set")};
}

QStringList defaultOperatorsForType(const QString &type)
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

namespace {

// Each operator in words ("does not equal") and as a short symbol ("!=").
struct OperatorText
{
    QString label;
    QString symbol;
};

const QHash<QString, OperatorText> &operatorTexts()
{
    static const QHash<QString, OperatorText> texts = {
            {QStringLiteral("equals"), {QStringLiteral("equals"), QStringLiteral("=")}},
            {QStringLiteral("not_equals"),
             {QStringLiteral("does not equal"), QStringLiteral("!=")}},
            {QStringLiteral("greater_than"), {QStringLiteral("greater than"), QStringLiteral(">")}},
            {QStringLiteral("greater_than_or_equal"),
             {QStringLiteral("at least"), QStringLiteral(">=")}},
            {QStringLiteral("less_than"), {QStringLiteral("less than"), QStringLiteral("<")}},
            {QStringLiteral("less_than_or_equal"),
             {QStringLiteral("at most"), QStringLiteral("<=")}},
            {QStringLiteral("between"), {QStringLiteral("between"), QStringLiteral("between")}},
            {QStringLiteral("before"), {QStringLiteral("before"), QStringLiteral("before")}},
            {QStringLiteral("after"), {QStringLiteral("after"), QStringLiteral("after")}},
            {QStringLiteral("contains"), {QStringLiteral("contains"), QStringLiteral("contains")}},
            {QStringLiteral("not_contains"),
             {QStringLiteral("does not contain"), QStringLiteral("does not contain")}},
            {QStringLiteral("starts_with"),
             {QStringLiteral("starts with"), QStringLiteral("starts with")}},
            {QStringLiteral("ends_with"),
             {QStringLiteral("ends with"), QStringLiteral("ends with")}},
            {QStringLiteral("in"), {QStringLiteral("is one of"), QStringLiteral("in")}},
            {QStringLiteral("not_in"), {QStringLiteral("is none of"), QStringLiteral("not in")}},
            {QStringLiteral("is_set"), {QStringLiteral("has a value"), QStringLiteral("is set")}},
            {QStringLiteral("is_not_set"),
             {QStringLiteral("has no value"), QStringLiteral("is not set")}},
    };
    return texts;
}

} // namespace

QString operatorLabel(const QString &op)
{
    const auto it = operatorTexts().constFind(op);
    return it == operatorTexts().constEnd() ? op : it->label;
}

QString operatorSymbol(const QString &op)
{
    const auto it = operatorTexts().constFind(op);
    return it == operatorTexts().constEnd() ? op : it->symbol;
}

QString fieldTypeLabel(const QString &type)
{
    if (type == u"string")
        return QStringLiteral("text");
    if (type == u"enum")
        return QStringLiteral("list");
    if (type == u"integer")
        return QStringLiteral("whole-number");
    if (type == u"decimal")
        return QStringLiteral("number");
    if (type == u"boolean")
        return QStringLiteral("yes/no");
    return type;
}

// --- catalogue

FieldCatalogue::FieldCatalogue(QString dataSource, QList<AudienceField> fields)
    : m_dataSource(std::move(dataSource))
    , m_fields(std::move(fields))
{}

const AudienceField *FieldCatalogue::find(const QString &name) const
{
    for (const AudienceField &f : m_fields) {
        if (f.name == name)
            return &f;
    }
    return nullptr;
}

// --- tree

std::unique_ptr<CriteriaNode> CriteriaNode::makeGroup(const QString &op)
{
    std::unique_ptr<CriteriaNode> n(new CriteriaNode);
    n->m_isGroup = true;
    n->m_op = op;
    return n;
}

std::unique_ptr<CriteriaNode> CriteriaNode::makeCondition(const QString &field, const QString &op,
                                                          const QJsonValue &value)
{
    std::unique_ptr<CriteriaNode> n(new CriteriaNode);
    n->m_field = field;
    n->m_op = op;
    n->m_value = value;
    return n;
}

CriteriaNode *CriteriaNode::child(int row) const
{
    return row >= 0 && row < childCount() ? m_children[size_t(row)].get() : nullptr;
}

int CriteriaNode::row() const
{
    if (!m_parent)
        return 0;
    for (int i = 0; i < m_parent->childCount(); ++i) {
        if (m_parent->m_children[size_t(i)].get() == this)
            return i;
    }
    return -1;
}

int CriteriaNode::level() const
{
    int n = m_isGroup ? 1 : 0;
    for (const CriteriaNode *p = m_parent; p; p = p->m_parent)
        ++n;
    return n;
}

int CriteriaNode::groupHeight() const
{
    if (!m_isGroup)
        return 0;
    int below = 0;
    for (const auto &c : m_children)
        below = std::max(below, c->groupHeight());
    return below + 1;
}

int CriteriaNode::conditionCount() const
{
    if (!m_isGroup)
        return 1;
    int n = 0;
    for (const auto &c : m_children)
        n += c->conditionCount();
    return n;
}

bool CriteriaNode::contains(const CriteriaNode *other) const
{
    for (const CriteriaNode *p = other; p; p = p->m_parent) {
        if (p == this)
            return true;
    }
    return false;
}

QList<int> CriteriaNode::path() const
{
    QList<int> p;
    for (const CriteriaNode *n = this; n->m_parent; n = n->m_parent)
        p.prepend(n->row());
    return p;
}

CriteriaNode *CriteriaNode::nodeAt(const QList<int> &path)
{
    CriteriaNode *n = this;
    for (const int row : path) {
        n = n->child(row);
        if (!n)
            return nullptr;
    }
    return n;
}

void CriteriaNode::insertChild(int row, std::unique_ptr<CriteriaNode> node)
{
    node->m_parent = this;
    row = std::clamp(row, 0, childCount());
    m_children.insert(m_children.begin() + row, std::move(node));
}

std::unique_ptr<CriteriaNode> CriteriaNode::takeChild(int row)
{
    std::unique_ptr<CriteriaNode> n = std::move(m_children[size_t(row)]);
    m_children.erase(m_children.begin() + row);
    n->m_parent = nullptr;
    return n;
}

std::unique_ptr<CriteriaNode> CriteriaNode::clone() const
{
    std::unique_ptr<CriteriaNode> n(new CriteriaNode);
    n->m_isGroup = m_isGroup;
    n->m_op = m_op;
    n->m_field = m_field;
    n->m_value = m_value;
    n->m_extras = m_extras;
    for (const auto &c : m_children)
        n->insertChild(n->childCount(), c->clone());
    return n;
}

QJsonObject CriteriaNode::toJson() const
{
    QJsonObject o = m_extras;
    o.insert(QStringLiteral("operator"), m_op);
    if (m_isGroup) {
        QJsonArray list;
        for (const auto &c : m_children)
            list.append(c->toJson());
        o.insert(groupKey, list);
        return o;
    }
    o.insert(QStringLiteral("field"), m_field);
    if (!m_value.isUndefined())
        o.insert(QStringLiteral("value"), m_value);
    return o;
}

std::unique_ptr<CriteriaNode> CriteriaNode::fromJson(const QJsonObject &json, QString *error,
                                                     const QString &where)
{
    std::unique_ptr<CriteriaNode> n(new CriteriaNode);
    const QJsonValue op = json.value(u"operator");
    if (!op.isString()) {
        if (error)
            *error = QStringLiteral("%1: \"operator\" must be text").arg(where);
        return nullptr;
    }
    n->m_op = op.toString();
    n->m_extras = json;
    n->m_extras.remove(QStringLiteral("operator"));
    if (json.contains(groupKey)) {
        n->m_isGroup = true;
        n->m_extras.remove(groupKey);
        if (!json.value(groupKey).isArray()) {
            if (error)
                *error = QStringLiteral("%1.conditions: must be a list").arg(where);
            return nullptr;
        }
        const QJsonArray list = json.value(groupKey).toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            const QString at = QStringLiteral("%1.conditions[%2]").arg(where).arg(i);
            if (!list.at(i).isObject()) {
                if (error)
                    *error = QStringLiteral("%1: must be a group or a condition object").arg(at);
                return nullptr;
            }
            auto child = fromJson(list.at(i).toObject(), error, at);
            if (!child)
                return nullptr;
            n->insertChild(n->childCount(), std::move(child));
        }
        return n;
    }
    if (!json.value(u"field").isString()) {
        if (error)
            *error = QStringLiteral("%1: a condition needs \"field\" (text); a group needs "
                                    "\"conditions\"")
                             .arg(where);
        return nullptr;
    }
    n->m_field = json.value(u"field").toString();
    n->m_extras.remove(QStringLiteral("field"));
    n->m_value = json.value(u"value");
    n->m_extras.remove(QStringLiteral("value"));
    return n;
}

// --- validation

QList<CriteriaProblem> validateCriteria(const CriteriaNode &root, const FieldCatalogue *catalogue,
                                        const CriteriaLimits &limits)
{
    Walk w{catalogue, limits, {}};
    if (!root.isGroup()) {
        w.problems.append({{}, QStringLiteral("The criteria must start with a group (AND/OR).")});
        return w.problems;
    }
    validateNode(root, w);
    const int total = root.conditionCount();
    if (total > limits.maxTotal)
        w.problems.append({{},
                           QStringLiteral("%1 conditions in all; the most is %2.")
                                   .arg(total)
                                   .arg(limits.maxTotal)});
    return w.problems;
}

QString criteriaPath(const QList<int> &path)
{
    QString s = QStringLiteral("criteria");
    for (const int row : path)
        s += QStringLiteral(".conditions[%1]").arg(row);
    return s;
}

QString valueProblem(const AudienceField &field, const QString &op, const QJsonValue &value,
                     const CriteriaLimits &limits)
{
    if (const QString p = shapeProblem(op, value, limits); !p.isEmpty())
        return QStringLiteral("The value %1.").arg(p);
    switch (valueShapeOf(op)) {
    case ValueShape::None:
        return {};
    case ValueShape::Single:
        if (const QString p = scalarProblem(field, value, limits); !p.isEmpty())
            return QStringLiteral("%1 %2.").arg(field.name, p);
        return {};
    case ValueShape::List: {
        const QJsonArray list = value.toArray();
        for (qsizetype i = 0; i < list.size(); ++i) {
            if (const QString p = scalarProblem(field, list.at(i), limits); !p.isEmpty())
                return QStringLiteral("Value %1 of the list: %2 %3.").arg(i + 1).arg(field.name, p);
        }
        return {};
    }
    case ValueShape::Range: {
        const QJsonArray pair = value.toArray();
        for (int i = 0; i < 2; ++i) {
            if (const QString p = scalarProblem(field, pair.at(i), limits); !p.isEmpty())
                return QStringLiteral("The %1 end: %2 %3.")
                        .arg(i == 0 ? QStringLiteral("low") : QStringLiteral("high"), field.name,
                             p);
        }
        if (field.type != u"integer" && field.type != u"decimal" && field.type != u"date")
            return QStringLiteral("'between' needs a number or date field.");
        if (orderOf(field, pair.at(0)) > orderOf(field, pair.at(1)))
            return QStringLiteral("The low end is above the high end.");
        return {};
    }
    }
    return {};
}

// --- plain language

QString describeValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return isWhole(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return quoteIfNeeded(value.toString());
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue v : value.toArray())
            parts << describeValue(v);
        return u'(' + parts.join(QStringLiteral(", ")) + u')';
    }
    case QJsonValue::Null:
        return QStringLiteral("null");
    default:
        return QStringLiteral("?");
    }
}

QString describeCondition(const CriteriaNode &c, const FieldCatalogue *catalogue)
{
    const AudienceField *known = catalogue ? catalogue->find(c.field()) : nullptr;
    const QString field = c.field().isEmpty()                ? QStringLiteral("(field?)")
                          : known && !known->label.isEmpty() ? known->label
                                                             : c.field();
    if (c.op().isEmpty())
        return field + QStringLiteral(" (operator?)");
    const QString symbol = operatorSymbol(c.op());
    switch (valueShapeOf(c.op())) {
    case ValueShape::None:
        return field + u' ' + symbol;
    case ValueShape::Range: {
        const QJsonArray pair = c.value().toArray();
        if (pair.size() == 2)
            return QStringLiteral("%1 between %2 and %3")
                    .arg(field, describeValue(pair.at(0)), describeValue(pair.at(1)));
        break;
    }
    default:
        break;
    }
    const QString value
            = c.value().isUndefined() ? QStringLiteral("(value?)") : describeValue(c.value());
    return field + u' ' + symbol + u' ' + value;
}

namespace {

QString describeNode(const CriteriaNode &n, bool top, const FieldCatalogue *catalogue)
{
    if (!n.isGroup())
        return describeCondition(n, catalogue);
    if (n.childCount() == 0)
        return QStringLiteral("(empty group)");
    QStringList parts;
    for (int i = 0; i < n.childCount(); ++i)
        parts << describeNode(*n.child(i), false, catalogue);
    const QString joined = parts.join(u' ' + n.op() + u' ');
    return top || n.childCount() == 1 ? joined : u'(' + joined + u')';
}

} // namespace

QString describeCriteria(const CriteriaNode &root, const FieldCatalogue *catalogue)
{
    return describeNode(root, true, catalogue);
}

// --- value text

bool parseValueText(const QString &type, const QString &op, const QString &text, QJsonValue *out,
                    QString *error)
{
    const auto fail = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const ValueShape shape = valueShapeOf(op);
    if (shape == ValueShape::None) {
        *out = QJsonValue(QJsonValue::Undefined);
        return true;
    }
    const auto scalar = [&](const QString &raw, QJsonValue *v) -> bool {
        const QString s = raw.trimmed();
        if (type == u"integer") {
            bool ok = false;
            const qlonglong n = s.toLongLong(&ok);
            if (!ok)
                return fail(QStringLiteral("'%1' is not a whole number.").arg(s));
            *v = QJsonValue(qint64(n));
            return true;
        }
        if (type == u"decimal") {
            bool ok = false;
            const double d = QLocale::c().toDouble(s, &ok);
            if (!ok || !std::isfinite(d))
                return fail(
                        QStringLiteral("'%1' is not a number (use a dot for decimals).").arg(s));
            *v = QJsonValue(d);
            return true;
        }
        if (type == u"boolean") {
            if (s.compare(u"true", Qt::CaseInsensitive) == 0 || s == u"1"
                || s.compare(u"yes", Qt::CaseInsensitive) == 0) {
                *v = QJsonValue(true);
                return true;
            }
            if (s.compare(u"false", Qt::CaseInsensitive) == 0 || s == u"0"
                || s.compare(u"no", Qt::CaseInsensitive) == 0) {
                *v = QJsonValue(false);
                return true;
            }
            return fail(QStringLiteral("'%1' is not true or false.").arg(s));
        }
        if (type == u"date" && !parseDay(s))
            return fail(QStringLiteral("'%1' is not a date written YYYY-MM-DD.").arg(s));
        if (s.isEmpty())
            return fail(QStringLiteral("Type a value."));
        *v = QJsonValue(s);
        return true;
    };
    if (shape == ValueShape::Single)
        return scalar(text, out);
    const QStringList parts = text.split(
            shape == ValueShape::Range
                    ? QRegularExpression(QStringLiteral("\\s*(?:,|\\.\\.|\\band\\b)\\s*"))
                    : QRegularExpression(QStringLiteral("\\s*,\\s*")),
            Qt::SkipEmptyParts);
    if (shape == ValueShape::Range && parts.size() != 2)
        return fail(QStringLiteral("Type the low and the high end, such as 10, 20."));
    if (parts.isEmpty())
        return fail(QStringLiteral("Type at least one value; separate values with commas."));
    QJsonArray list;
    for (const QString &p : parts) {
        QJsonValue v;
        if (!scalar(p, &v))
            return false;
        list.append(v);
    }
    *out = list;
    return true;
}

QString valueToText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array: {
        QStringList parts;
        for (const QJsonValue v : value.toArray())
            parts << valueToText(v);
        return parts.join(QStringLiteral(", "));
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return isWhole(d) ? QString::number(qint64(d)) : QString::number(d, 'g', 15);
    }
    default:
        return {};
    }
}

// --- exclusions

bool isUuidSyntax(const QString &text)
{
    // The contract asks for UUID syntax, any version or variant (the seed's own example,
    // 12345678-1234-1234-1234-123456789012, has neither an RFC 4122 version nor variant).
    static const QRegularExpression re(QStringLiteral(
            "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$"));
    return re.match(text).hasMatch();
}

QString exclusionProblem(const QString &text)
{
    if (text.isEmpty())
        return QStringLiteral("An exclusion is empty.");
    if (text.size() != 36)
        return QStringLiteral("'%1' has %2 characters; a UUID has 36 (8-4-4-4-12 hex digits).")
                .arg(text)
                .arg(text.size());
    static const QRegularExpression shape(
            QStringLiteral("^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-"
                           "[0-9a-fA-F]{12}$"));
    if (!shape.match(text).hasMatch())
        return QStringLiteral("'%1' is not hex digits grouped 8-4-4-4-12.").arg(text);
    return {};
}

} // namespace cxone
