#pragma once

#include "network/api/audiencesapi.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace cxone {

// What kind of value an operator takes.
enum class ValueShape {
    None,   // is_set, is_not_set: no value
    Single, // one value of the field's type
    List,   // in, not_in: a non-empty list of values
    Range,  // between: [low, high]
};

ValueShape valueShapeOf(const QString &op);
// Every operator the Journey API knows, and those a field type allows when no catalogue says.
QStringList knownOperators();
QStringList defaultOperatorsForType(const QString &type);
// "greater than", "is one of"... for menus.
QString operatorLabel(const QString &op);
// "equals" -> "=", "greater_than" -> ">": the plain-language rendering.
QString operatorSymbol(const QString &op);
QString fieldTypeLabel(const QString &type);

// The fields the editor offers, from the catalogue route.
class FieldCatalogue final
{
public:
    FieldCatalogue() = default;
    FieldCatalogue(QString dataSource, QList<AudienceField> fields);

    QString dataSource() const { return m_dataSource; }
    const QList<AudienceField> &fields() const { return m_fields; }
    const AudienceField *find(const QString &name) const;
    bool isEmpty() const { return m_fields.isEmpty(); }

private:
    QString m_dataSource;
    QList<AudienceField> m_fields;
};

// Limits the editor enforces; the defaults are the Journey API's own.
struct CriteriaLimits
{
    int maxDepth = 5;        // nesting levels of groups; the top group is level 1
    int maxPerGroup = 50;    // conditions directly in one group
    int maxTotal = 250;      // conditions in the whole tree
    int maxListValues = 100; // values of one "in" / "not in"
    int maxTextLength = 256; // one text value
};

// One node of the criteria: a group {operator: AND|OR, conditions} or a condition
// {field, operator, value}. Unknown keys are kept so that a tree round-trips exactly.
class CriteriaNode final
{
public:
    static std::unique_ptr<CriteriaNode> makeGroup(const QString &op = QStringLiteral("AND"));
    static std::unique_ptr<CriteriaNode>
    makeCondition(const QString &field = {}, const QString &op = {}, const QJsonValue &value = {});

    bool isGroup() const { return m_isGroup; }
    QString op() const { return m_op; }
    void setOp(const QString &op) { m_op = op; }
    QString field() const { return m_field; }
    void setField(const QString &field) { m_field = field; }
    // Undefined when the condition has no "value" key.
    QJsonValue value() const { return m_value; }
    void setValue(const QJsonValue &value) { m_value = value; }
    QJsonObject extras() const { return m_extras; }

    CriteriaNode *parent() const { return m_parent; }
    int childCount() const { return int(m_children.size()); }
    CriteriaNode *child(int row) const;
    int row() const;
    // 1 for the top group; a condition has its group's level.
    int level() const;
    // Levels of groups in this subtree: 0 for a condition, 1 for a group of conditions.
    int groupHeight() const;
    int conditionCount() const;
    bool contains(const CriteriaNode *other) const;
    // Row indexes from the root down to this node.
    QList<int> path() const;
    CriteriaNode *nodeAt(const QList<int> &path);

    void insertChild(int row, std::unique_ptr<CriteriaNode> node);
    std::unique_ptr<CriteriaNode> takeChild(int row);
    std::unique_ptr<CriteriaNode> clone() const;

    QJsonObject toJson() const;
    // Structural parse; *error says where the JSON is not a group or condition.
    static std::unique_ptr<CriteriaNode> fromJson(const QJsonObject &json, QString *error,
                                                  const QString &where
                                                  = QStringLiteral("criteria"));

private:
    CriteriaNode() = default;

    bool m_isGroup = false;
    QString m_op;
    QString m_field;
    QJsonValue m_value = QJsonValue(QJsonValue::Undefined);
    QJsonObject m_extras;
    CriteriaNode *m_parent = nullptr;
    std::vector<std::unique_ptr<CriteriaNode>> m_children;
};

struct CriteriaProblem
{
    QList<int> path; // the node it concerns
    QString message;
};

// Every problem of the tree. Without a catalogue only what needs no field list is checked
// (structure, depth, caps, operator vocabulary, value shapes).
QList<CriteriaProblem> validateCriteria(const CriteriaNode &root, const FieldCatalogue *catalogue,
                                        const CriteriaLimits &limits = {});
// "criteria.conditions[2].conditions[0]": the payload path of a node.
QString criteriaPath(const QList<int> &path);
// The problem of one value for a field, or empty.
QString valueProblem(const AudienceField &field, const QString &op, const QJsonValue &value,
                     const CriteriaLimits &limits = {});

// "annual_revenue > 500000 AND industry = technology AND (employee_count > 500 OR ...)"
// With a catalogue, fields are named by their labels ("Employees > 500"), as the editor shows
// them; without one (the command line's summary), by their API names.
QString describeCriteria(const CriteriaNode &root, const FieldCatalogue *catalogue = nullptr);
QString describeCondition(const CriteriaNode &condition, const FieldCatalogue *catalogue = nullptr);
QString describeValue(const QJsonValue &value);

// Reads what a person typed into a value of the given field type and operator. False and
// *error when it does not fit; dates are YYYY-MM-DD, lists are comma-separated.
bool parseValueText(const QString &type, const QString &op, const QString &text, QJsonValue *out,
                    QString *error);
// The text a person edits for a value (the inverse of parseValueText).
QString valueToText(const QJsonValue &value);

// UUID text form: 8-4-4-4-12 hex digits, any version or variant (contract section 5).
bool isUuidSyntax(const QString &text);
// Why `text` is not a usable exclusion, or empty.
QString exclusionProblem(const QString &text);

} // namespace cxone
