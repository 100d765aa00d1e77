#include "models/audiences/criteriamodel.h"
#include "models/engine/text.h"

#include <QBrush>
#include <QColor>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMimeData>
#include <QUndoCommand>
#include <QUndoStack>

namespace cxone {

// --- undo commands. They address nodes by path (row indexes from the root): the stack runs
// them in strict order, so a path is valid exactly when the command runs.

class CriteriaCommand : public QUndoCommand
{
public:
    CriteriaCommand(CriteriaModel *model, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
    {}

protected:
    CriteriaModel *m_model;
};

class InsertNodeCommand final : public CriteriaCommand
{
public:
    InsertNodeCommand(CriteriaModel *model, QList<int> parentPath, int row,
                      std::unique_ptr<CriteriaNode> node, const QString &text)
        : CriteriaCommand(model, text)
        , m_parent(std::move(parentPath))
        , m_row(row)
        , m_node(std::move(node))
    {}
    void redo() override { m_model->doInsert(m_parent, m_row, m_node->clone()); }
    void undo() override { m_model->doTake(m_parent + QList<int>{m_row}); }

private:
    QList<int> m_parent;
    int m_row;
    std::unique_ptr<CriteriaNode> m_node;
};

class RemoveNodeCommand final : public CriteriaCommand
{
public:
    RemoveNodeCommand(CriteriaModel *model, QList<int> path, const QString &text)
        : CriteriaCommand(model, text)
        , m_path(std::move(path))
    {}
    void redo() override { m_node = m_model->doTake(m_path); }
    void undo() override
    {
        m_model->doInsert(m_path.mid(0, m_path.size() - 1), m_path.constLast(), std::move(m_node));
    }

private:
    QList<int> m_path;
    std::unique_ptr<CriteriaNode> m_node;
};

class MoveNodeCommand final : public CriteriaCommand
{
public:
    // toParent and toRow are in the coordinates of the tree before the move.
    MoveNodeCommand(CriteriaModel *model, QList<int> from, QList<int> toParent, int toRow,
                    const QString &text)
        : CriteriaCommand(model, text)
        , m_from(std::move(from))
    {
        // Where the target is once the node has left: removing a row shifts its later siblings.
        const QList<int> fromParent = m_from.mid(0, m_from.size() - 1);
        const int fromRow = m_from.constLast();
        const qsizetype d = fromParent.size();
        if (toParent.size() > d && toParent.mid(0, d) == fromParent && toParent.at(d) > fromRow)
            toParent[d] -= 1;
        if (toParent == fromParent && toRow > fromRow)
            toRow -= 1;
        m_toParent = toParent;
        m_toRow = toRow;
    }
    QList<int> finalPath() const { return m_toParent + QList<int>{m_toRow}; }
    void redo() override
    {
        auto node = m_model->doTake(m_from);
        m_model->doInsert(m_toParent, m_toRow, std::move(node));
    }
    void undo() override
    {
        auto node = m_model->doTake(finalPath());
        m_model->doInsert(m_from.mid(0, m_from.size() - 1), m_from.constLast(), std::move(node));
    }

private:
    QList<int> m_from;
    QList<int> m_toParent;
    int m_toRow = 0;
};

class SetConditionCommand final : public CriteriaCommand
{
public:
    struct State
    {
        QString field;
        QString op;
        QJsonValue value;
    };
    SetConditionCommand(CriteriaModel *model, QList<int> path, State before, State after,
                        const QString &text)
        : CriteriaCommand(model, text)
        , m_path(std::move(path))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override
    {
        m_model->doSetCondition(m_path, m_after.field, m_after.op, m_after.value);
    }
    void undo() override
    {
        m_model->doSetCondition(m_path, m_before.field, m_before.op, m_before.value);
    }

private:
    QList<int> m_path;
    State m_before;
    State m_after;
};

class SetGroupOperatorCommand final : public CriteriaCommand
{
public:
    SetGroupOperatorCommand(CriteriaModel *model, QList<int> path, QString before, QString after)
        : CriteriaCommand(model, QStringLiteral("Join with %1").arg(after))
        , m_path(std::move(path))
        , m_before(std::move(before))
        , m_after(std::move(after))
    {}
    void redo() override { m_model->doSetGroupOperator(m_path, m_after); }
    void undo() override { m_model->doSetGroupOperator(m_path, m_before); }

private:
    QList<int> m_path;
    QString m_before;
    QString m_after;
};

class ReplaceCriteriaCommand final : public CriteriaCommand
{
public:
    ReplaceCriteriaCommand(CriteriaModel *model, std::unique_ptr<CriteriaNode> next,
                           const QString &text)
        : CriteriaCommand(model, text)
        , m_other(std::move(next))
    {}
    // The model holds one tree and the command the other; each step swaps them.
    void redo() override { m_other = m_model->doReplace(std::move(m_other)); }
    void undo() override { m_other = m_model->doReplace(std::move(m_other)); }

private:
    std::unique_ptr<CriteriaNode> m_other;
};

// --- model

CriteriaModel::CriteriaModel(QUndoStack *undoStack, QObject *parent)
    : QAbstractItemModel(parent)
    , m_undo(undoStack)
    , m_root(CriteriaNode::makeGroup())
{
    revalidate();
}

CriteriaModel::~CriteriaModel() = default;

void CriteriaModel::resetCriteria(std::unique_ptr<CriteriaNode> root)
{
    doReplace(std::move(root));
}

void CriteriaModel::replaceCriteria(std::unique_ptr<CriteriaNode> root, const QString &actionText)
{
    m_undo->push(new ReplaceCriteriaCommand(this, std::move(root), actionText));
}

void CriteriaModel::setCatalogue(const FieldCatalogue &catalogue)
{
    m_catalogue = catalogue;
    revalidate();
    if (m_root)
        Q_EMIT dataChanged(index(0, 0), index(0, ColumnCount - 1));
    changed();
}

void CriteriaModel::setLimits(const CriteriaLimits &limits)
{
    m_limits = limits;
    revalidate();
    changed();
}

QString CriteriaModel::problemAt(const QModelIndex &index) const
{
    const CriteriaNode *n = node(index);
    return n ? m_problems.value(n) : QString();
}

CriteriaNode *CriteriaModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    return static_cast<CriteriaNode *>(index.internalPointer());
}

const CriteriaNode *CriteriaModel::nodeAt(const QModelIndex &index) const
{
    return node(index);
}

QModelIndex CriteriaModel::indexOf(const CriteriaNode *n, int column) const
{
    if (!n)
        return {};
    return createIndex(n == m_root.get() ? 0 : n->row(), column, const_cast<CriteriaNode *>(n));
}

QModelIndex CriteriaModel::indexForPath(const QList<int> &path, int column) const
{
    return indexOf(m_root->nodeAt(path), column);
}

QList<int> CriteriaModel::pathOf(const QModelIndex &index) const
{
    const CriteriaNode *n = node(index);
    return n ? n->path() : QList<int>{};
}

bool CriteriaModel::refuse(QString *why, const QString &reason) const
{
    if (why)
        *why = reason;
    Q_EMIT const_cast<CriteriaModel *>(this)->refused(reason);
    return false;
}

// A group to add into: the group itself, or the group of a condition (just after it).
CriteriaNode *CriteriaModel::targetGroupFor(const QModelIndex &at, int *row) const
{
    CriteriaNode *n = node(at);
    if (!n)
        n = m_root.get();
    if (n->isGroup()) {
        *row = n->childCount();
        return n;
    }
    *row = n->row() + 1;
    return n->parent();
}

// Whether `group` can take `incoming` (leaving its current place `leaving`, if moving).
bool CriteriaModel::checkRoomFor(const CriteriaNode *group, const CriteriaNode &incoming,
                                 const CriteriaNode *leaving, QString *why) const
{
    const int deepest = group->level() + incoming.groupHeight();
    if (deepest > m_limits.maxDepth)
        return refuse(why, QStringLiteral("That would nest groups %1 levels deep; the most is %2.")
                                   .arg(deepest)
                                   .arg(m_limits.maxDepth));
    const int incomingDirect = incoming.isGroup() ? 0 : 1;
    if (incomingDirect && (!leaving || leaving->parent() != group)) {
        int direct = 0;
        for (int i = 0; i < group->childCount(); ++i)
            direct += group->child(i)->isGroup() ? 0 : 1;
        if (direct + 1 > m_limits.maxPerGroup)
            return refuse(why, QStringLiteral("A group holds at most %1 conditions.")
                                       .arg(m_limits.maxPerGroup));
    }
    if (!leaving && m_root->conditionCount() + incoming.conditionCount() > m_limits.maxTotal)
        return refuse(why, QStringLiteral("The criteria hold at most %1 conditions in all.")
                                   .arg(m_limits.maxTotal));
    return true;
}

QModelIndex CriteriaModel::addCondition(const QModelIndex &at, QString *why)
{
    int row = 0;
    CriteriaNode *group = targetGroupFor(at, &row);
    auto condition = CriteriaNode::makeCondition();
    if (!checkRoomFor(group, *condition, nullptr, why))
        return {};
    const QList<int> parentPath = group->path();
    m_undo->push(new InsertNodeCommand(this, parentPath, row, std::move(condition),
                                       QStringLiteral("Add condition")));
    return indexForPath(parentPath + QList<int>{row});
}

QModelIndex CriteriaModel::addGroup(const QModelIndex &at, QString *why)
{
    int row = 0;
    CriteriaNode *group = targetGroupFor(at, &row);
    auto inner = CriteriaNode::makeGroup(group->op() == u"AND" ? QStringLiteral("OR")
                                                               : QStringLiteral("AND"));
    inner->insertChild(0, CriteriaNode::makeCondition());
    if (!checkRoomFor(group, *inner, nullptr, why))
        return {};
    const QList<int> parentPath = group->path();
    m_undo->push(new InsertNodeCommand(this, parentPath, row, std::move(inner),
                                       QStringLiteral("Add group")));
    return indexForPath(parentPath + QList<int>{row});
}

bool CriteriaModel::canAddGroup(const QModelIndex &at, QString *why) const
{
    int row = 0;
    const CriteriaNode *group = targetGroupFor(at, &row);
    auto inner = CriteriaNode::makeGroup(QStringLiteral("AND"));
    inner->insertChild(0, CriteriaNode::makeCondition());
    return checkRoomFor(group, *inner, nullptr, why);
}

bool CriteriaModel::removeNode(const QModelIndex &index, QString *why)
{
    const CriteriaNode *n = node(index);
    if (!n)
        return refuse(why, QStringLiteral("Select a condition or group first."));
    if (n == m_root.get())
        return refuse(why, QStringLiteral("The top group stays; delete what is inside it."));
    m_undo->push(new RemoveNodeCommand(this, n->path(),
                                       n->isGroup() ? QStringLiteral("Delete group")
                                                    : QStringLiteral("Delete condition")));
    return true;
}

bool CriteriaModel::toggleGroupOperator(const QModelIndex &group)
{
    const CriteriaNode *n = node(group);
    if (!n || !n->isGroup())
        return refuse(nullptr, QStringLiteral("Select a group to switch between AND and OR."));
    const QString next = n->op() == u"AND" ? QStringLiteral("OR") : QStringLiteral("AND");
    m_undo->push(new SetGroupOperatorCommand(this, n->path(), n->op(), next));
    return true;
}

bool CriteriaModel::canMove(const QModelIndex &index, const QModelIndex &targetGroup,
                            QString *why) const
{
    const CriteriaNode *n = node(index);
    const CriteriaNode *target = node(targetGroup);
    if (!n || !target)
        return refuse(why, QStringLiteral("Nothing to move there."));
    if (n == m_root.get())
        return refuse(why, QStringLiteral("The top group cannot move."));
    if (!target->isGroup())
        return refuse(why, QStringLiteral("Conditions go into groups."));
    if (n->contains(target))
        return refuse(why, QStringLiteral("A group cannot go inside itself."));
    return checkRoomFor(target, *n, n, why);
}

QModelIndex CriteriaModel::pushMove(const QList<int> &from, const QList<int> &toParent, int toRow,
                                    const QString &actionText)
{
    auto *command = new MoveNodeCommand(this, from, toParent, toRow, actionText);
    const QList<int> finalPath = command->finalPath();
    m_undo->push(command);
    return indexForPath(finalPath);
}

QModelIndex CriteriaModel::moveNode(const QModelIndex &index, const QModelIndex &targetGroup,
                                    int row, QString *why)
{
    if (!canMove(index, targetGroup, why))
        return {};
    const CriteriaNode *n = node(index);
    const CriteriaNode *target = node(targetGroup);
    if (row < 0 || row > target->childCount())
        row = target->childCount();
    if (n->parent() == target && (row == n->row() || row == n->row() + 1))
        return indexOf(n); // already there
    return pushMove(n->path(), target->path(), row, QStringLiteral("Move"));
}

QModelIndex CriteriaModel::moveUp(const QModelIndex &index, QString *why)
{
    const CriteriaNode *n = node(index);
    if (!n || n == m_root.get() || n->row() == 0) {
        refuse(why, QStringLiteral("Already first in its group."));
        return {};
    }
    return pushMove(n->path(), n->parent()->path(), n->row() - 1, QStringLiteral("Move up"));
}

QModelIndex CriteriaModel::moveDown(const QModelIndex &index, QString *why)
{
    const CriteriaNode *n = node(index);
    if (!n || n == m_root.get() || n->row() + 1 >= n->parent()->childCount()) {
        refuse(why, QStringLiteral("Already last in its group."));
        return {};
    }
    return pushMove(n->path(), n->parent()->path(), n->row() + 2, QStringLiteral("Move down"));
}

QModelIndex CriteriaModel::indent(const QModelIndex &index, QString *why)
{
    const CriteriaNode *n = node(index);
    if (!n || n == m_root.get()) {
        refuse(why, QStringLiteral("Select a condition or group to move into a group."));
        return {};
    }
    const CriteriaNode *above = n->parent()->child(n->row() - 1);
    if (!above || !above->isGroup()) {
        refuse(why, QStringLiteral("There is no group just above to move into."));
        return {};
    }
    return moveNode(index, indexOf(above), -1, why);
}

QModelIndex CriteriaModel::outdent(const QModelIndex &index, QString *why)
{
    const CriteriaNode *n = node(index);
    if (!n || n == m_root.get() || n->parent() == m_root.get()) {
        refuse(why, QStringLiteral("Already in the top group."));
        return {};
    }
    const CriteriaNode *group = n->parent();
    if (!canMove(index, indexOf(group->parent()), why))
        return {};
    return pushMove(n->path(), group->parent()->path(), group->row() + 1,
                    QStringLiteral("Move out of group"));
}

bool CriteriaModel::setCondition(const QModelIndex &index, const QString &field, const QString &op,
                                 const QJsonValue &value, const QString &actionText)
{
    const CriteriaNode *n = node(index);
    if (!n || n->isGroup())
        return false;
    if (n->field() == field && n->op() == op && n->value() == value
        && n->value().isUndefined() == value.isUndefined())
        return true; // no change, no undo step
    m_undo->push(new SetConditionCommand(this, n->path(), {n->field(), n->op(), n->value()},
                                         {field, op, value}, actionText));
    return true;
}

bool CriteriaModel::setConditionField(const QModelIndex &index, const QString &fieldName)
{
    const CriteriaNode *n = node(index);
    if (!n || n->isGroup())
        return false;
    QString op = n->op();
    QJsonValue value = n->value();
    // Keep what still fits the new field; reset the rest so the row asks for it.
    if (const AudienceField *f = m_catalogue.find(fieldName)) {
        if (!f->operators.contains(op))
            op = f->operators.value(0);
        if (!valueProblem(*f, op, value, m_limits).isEmpty())
            value = valueShapeOf(op) == ValueShape::None ? QJsonValue(QJsonValue::Undefined)
                    : f->type == u"boolean" && valueShapeOf(op) == ValueShape::Single
                            ? QJsonValue(true)
                            : QJsonValue(QJsonValue::Undefined);
    }
    return setCondition(index, fieldName, op, value, QStringLiteral("Set field %1").arg(fieldName));
}

bool CriteriaModel::setConditionOperator(const QModelIndex &index, const QString &op)
{
    const CriteriaNode *n = node(index);
    if (!n || n->isGroup())
        return false;
    QJsonValue value = n->value();
    const ValueShape from = valueShapeOf(n->op());
    const ValueShape to = valueShapeOf(op);
    if (n->op().isEmpty() || from != to) {
        if (to == ValueShape::None)
            value = QJsonValue(QJsonValue::Undefined);
        else if (to == ValueShape::List && from == ValueShape::Single && !value.isUndefined())
            value = QJsonArray{value};
        else if (to == ValueShape::Single && from == ValueShape::List && !value.toArray().isEmpty())
            value = value.toArray().first();
        else if (to != from)
            value = QJsonValue(QJsonValue::Undefined);
    }
    return setCondition(index, n->field(), op, value,
                        QStringLiteral("Set operator %1").arg(operatorLabel(op)));
}

bool CriteriaModel::setConditionValue(const QModelIndex &index, const QJsonValue &value)
{
    const CriteriaNode *n = node(index);
    if (!n || n->isGroup())
        return false;
    return setCondition(index, n->field(), n->op(), value, QStringLiteral("Set value"));
}

// --- raw changes

void CriteriaModel::doInsert(const QList<int> &parentPath, int row, std::unique_ptr<CriteriaNode> n)
{
    CriteriaNode *parent = m_root->nodeAt(parentPath);
    Q_ASSERT(parent && parent->isGroup());
    beginInsertRows(indexOf(parent), row, row);
    parent->insertChild(row, std::move(n));
    endInsertRows();
    changed();
}

std::unique_ptr<CriteriaNode> CriteriaModel::doTake(const QList<int> &path)
{
    CriteriaNode *n = m_root->nodeAt(path);
    Q_ASSERT(n && n->parent());
    CriteriaNode *parent = n->parent();
    const int row = n->row();
    beginRemoveRows(indexOf(parent), row, row);
    auto taken = parent->takeChild(row);
    endRemoveRows();
    // Problems of the removed subtree must not outlive its nodes.
    m_problems.clear();
    changed();
    return taken;
}

void CriteriaModel::doSetCondition(const QList<int> &path, const QString &field, const QString &op,
                                   const QJsonValue &value)
{
    CriteriaNode *n = m_root->nodeAt(path);
    Q_ASSERT(n);
    n->setField(field);
    n->setOp(op);
    n->setValue(value);
    Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
    changed();
}

void CriteriaModel::doSetGroupOperator(const QList<int> &path, const QString &op)
{
    CriteriaNode *n = m_root->nodeAt(path);
    Q_ASSERT(n);
    n->setOp(op);
    Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
    changed();
}

std::unique_ptr<CriteriaNode> CriteriaModel::doReplace(std::unique_ptr<CriteriaNode> root)
{
    beginResetModel();
    std::swap(root, m_root);
    if (!m_root)
        m_root = CriteriaNode::makeGroup();
    m_problems.clear();
    endResetModel();
    changed();
    return root;
}

void CriteriaModel::changed()
{
    revalidate();
    Q_EMIT criteriaChanged();
}

void CriteriaModel::revalidate()
{
    const QHash<const CriteriaNode *, QString> before = m_problems;
    m_problemList = validateCriteria(*m_root, &m_catalogue, m_limits);
    if (m_catalogue.isEmpty())
        m_problemList = validateCriteria(*m_root, nullptr, m_limits);
    m_problems.clear();
    for (const CriteriaProblem &p : std::as_const(m_problemList)) {
        if (const CriteriaNode *n = m_root->nodeAt(p.path)) {
            QString &text = m_problems[n];
            text = text.isEmpty() ? p.message : text + u' ' + p.message;
        }
    }
    // Repaint the rows whose problem appeared, changed or went away.
    QSet<const CriteriaNode *> touched;
    for (auto it = before.cbegin(); it != before.cend(); ++it) {
        if (m_problems.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    for (auto it = m_problems.cbegin(); it != m_problems.cend(); ++it) {
        if (before.value(it.key()) != it.value())
            touched.insert(it.key());
    }
    for (const CriteriaNode *n : std::as_const(touched)) {
        // Only nodes still in the tree: a removed node's entry was cleared in doTake.
        if (n == m_root.get() || m_root->contains(n))
            Q_EMIT dataChanged(indexOf(n, 0), indexOf(n, ColumnCount - 1));
    }
}

// --- QAbstractItemModel

QModelIndex CriteriaModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0)
        return {};
    if (!parent.isValid())
        return row == 0 ? createIndex(0, column, m_root.get()) : QModelIndex();
    const CriteriaNode *p = node(parent);
    if (!p || parent.column() != 0 || row >= p->childCount())
        return {};
    return createIndex(row, column, p->child(row));
}

QModelIndex CriteriaModel::parent(const QModelIndex &child) const
{
    const CriteriaNode *n = node(child);
    if (!n || !n->parent())
        return {};
    return indexOf(n->parent());
}

int CriteriaModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return 1;
    if (parent.column() != 0)
        return 0;
    const CriteriaNode *n = node(parent);
    return n ? n->childCount() : 0;
}

int CriteriaModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant CriteriaModel::data(const QModelIndex &index, int role) const
{
    const CriteriaNode *n = node(index);
    if (!n)
        return {};
    const AudienceField *field = n->isGroup() ? nullptr : m_catalogue.find(n->field());
    const QString problem = m_problems.value(n);
    switch (role) {
    case IsGroupRole:
        return n->isGroup();
    case FieldNameRole:
        return n->field();
    case FieldTypeRole:
        return field ? field->type : QString();
    case OperatorRole:
        return n->op();
    case ValueRole:
        return QVariant::fromValue(n->value());
    case AllowedOperatorsRole:
        return field ? field->operators : QStringList();
    case EnumValuesRole:
        return field ? field->enumValues : QStringList();
    case ProblemRole:
        return problem;
    case LevelRole:
        return n->level();
    case DescriptionRole:
        return n->isGroup() ? describeCriteria(*n, &m_catalogue)
                            : describeCondition(*n, &m_catalogue);
    case Qt::AccessibleTextRole:
    case Qt::AccessibleDescriptionRole: {
        QString text
                = n->isGroup()
                          ? QStringLiteral("%1 group, %2 items").arg(n->op()).arg(n->childCount())
                          : describeCondition(*n, &m_catalogue);
        if (!problem.isEmpty())
            text += QStringLiteral(". Problem: ") + problem;
        return text;
    }
    case Qt::ToolTipRole:
        if (!problem.isEmpty())
            return problem;
        if (field)
            return QStringLiteral("%1 (%2, %3)")
                    .arg(field->label, field->name, fieldTypeLabel(field->type));
        return {};
    case Qt::ForegroundRole:
        if (index.column() == ProblemColumn)
            return QBrush(QColor(0xb0, 0x1c, 0x1c));
        return {};
    case Qt::DisplayRole:
    case Qt::EditRole:
        break;
    default:
        return {};
    }
    const bool edit = role == Qt::EditRole;
    switch (index.column()) {
    case FieldColumn:
        if (n->isGroup()) {
            if (edit)
                return n->op();
            return n->op() == u"AND"  ? QStringLiteral("AND: all of")
                   : n->op() == u"OR" ? QStringLiteral("OR: any of")
                                      : n->op();
        }
        if (edit || n->field().isEmpty())
            return edit ? n->field() : QStringLiteral("(choose a field)");
        // People read the catalogue's label; the tooltip keeps the API name.
        return field && !field->label.isEmpty() ? field->label : n->field();
    case OperatorColumn:
        if (n->isGroup())
            return edit ? QVariant()
                        : QVariant(countText(n->childCount(), tr("item"), tr("items")));
        if (edit)
            return n->op();
        return n->op().isEmpty() ? QString() : operatorLabel(n->op());
    case ValueColumn:
        if (n->isGroup())
            return {};
        if (!edit && valueShapeOf(n->op()) == ValueShape::None && !n->op().isEmpty())
            return QStringLiteral("—");
        if (!edit && valueShapeOf(n->op()) == ValueShape::Range && n->value().toArray().size() == 2)
            return QStringLiteral("%1 and %2")
                    .arg(valueToText(n->value().toArray().at(0)),
                         valueToText(n->value().toArray().at(1)));
        return valueToText(n->value());
    case ProblemColumn:
        return edit ? QVariant() : QVariant(problem);
    default:
        return {};
    }
}

bool CriteriaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    CriteriaNode *n = node(index);
    m_lastEditError.clear();
    if (!n)
        return false;
    if (role == ValueRole && !n->isGroup())
        return setConditionValue(index, value.value<QJsonValue>());
    if (role != Qt::EditRole)
        return false;
    switch (index.column()) {
    case FieldColumn:
        if (n->isGroup()) {
            const QString op = value.toString().toUpper();
            if (op != u"AND" && op != u"OR") {
                m_lastEditError = QStringLiteral("A group joins with AND or OR.");
                return false;
            }
            if (op != n->op())
                m_undo->push(new SetGroupOperatorCommand(this, n->path(), n->op(), op));
            return true;
        }
        return setConditionField(index, value.toString());
    case OperatorColumn:
        if (n->isGroup())
            return false;
        if (!knownOperators().contains(value.toString())) {
            m_lastEditError = QStringLiteral("'%1' is not an operator.").arg(value.toString());
            return false;
        }
        return setConditionOperator(index, value.toString());
    case ValueColumn: {
        if (n->isGroup())
            return false;
        const AudienceField *f = m_catalogue.find(n->field());
        QJsonValue parsed;
        if (!parseValueText(f ? f->type : QStringLiteral("string"), n->op(), value.toString(),
                            &parsed, &m_lastEditError)) {
            Q_EMIT refused(m_lastEditError);
            return false;
        }
        return setConditionValue(index, parsed);
    }
    default:
        return false;
    }
}

Qt::ItemFlags CriteriaModel::flags(const QModelIndex &index) const
{
    const CriteriaNode *n = node(index);
    if (!n)
        return Qt::ItemIsDropEnabled;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (n != m_root.get())
        f |= Qt::ItemIsDragEnabled;
    if (n->isGroup()) {
        f |= Qt::ItemIsDropEnabled;
        if (index.column() == FieldColumn)
            f |= Qt::ItemIsEditable;
        return f;
    }
    if (index.column() == FieldColumn || index.column() == OperatorColumn
        || (index.column() == ValueColumn && valueShapeOf(n->op()) != ValueShape::None))
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant CriteriaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FieldColumn:
        return QStringLiteral("Field / group");
    case OperatorColumn:
        return QStringLiteral("Operator");
    case ValueColumn:
        return QStringLiteral("Value");
    case ProblemColumn:
        return QStringLiteral("Problem");
    default:
        return {};
    }
}

Qt::DropActions CriteriaModel::supportedDropActions() const
{
    return Qt::MoveAction;
}

Qt::DropActions CriteriaModel::supportedDragActions() const
{
    return Qt::MoveAction;
}

QStringList CriteriaModel::mimeTypes() const
{
    return {mimeType};
}

QMimeData *CriteriaModel::mimeData(const QModelIndexList &indexes) const
{
    // One node moves at a time: the first selected row.
    for (const QModelIndex &i : indexes) {
        const CriteriaNode *n = node(i);
        if (!n || n == m_root.get())
            continue;
        QJsonArray path;
        for (const int row : n->path())
            path.append(row);
        auto *data = new QMimeData;
        data->setData(mimeType, QJsonDocument(path).toJson(QJsonDocument::Compact));
        return data;
    }
    return nullptr;
}

namespace {

bool pathFromMime(const QMimeData *data, QList<int> *path)
{
    if (!data || !data->hasFormat(CriteriaModel::mimeType))
        return false;
    const QJsonDocument doc = QJsonDocument::fromJson(data->data(CriteriaModel::mimeType));
    if (!doc.isArray() || doc.array().isEmpty())
        return false;
    for (const QJsonValue v : doc.array())
        path->append(v.toInt(-1));
    return !path->contains(-1);
}

} // namespace

bool CriteriaModel::canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int,
                                    const QModelIndex &parent) const
{
    QList<int> path;
    if (action != Qt::MoveAction || !pathFromMime(data, &path))
        return false;
    const QModelIndex source = indexForPath(path);
    if (!source.isValid())
        return false;
    // A probe, not a refusal: the reason is reported when the drop happens.
    const CriteriaNode *n = node(source);
    const CriteriaNode *target = node(parent.sibling(parent.row(), 0));
    if (!n || !target || !target->isGroup() || n->contains(target))
        return false;
    const int deepest = target->level() + n->groupHeight();
    return deepest <= m_limits.maxDepth;
}

bool CriteriaModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    QList<int> path;
    if (action == Qt::IgnoreAction)
        return true;
    if (action != Qt::MoveAction || !pathFromMime(data, &path))
        return false;
    const QModelIndex source = indexForPath(path);
    QString why;
    return moveNode(source, parent.sibling(parent.row(), 0), row, &why).isValid();
}

} // namespace cxone
