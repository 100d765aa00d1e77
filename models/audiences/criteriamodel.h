#pragma once

#include "models/audiences/criteria.h"

#include <QAbstractItemModel>
#include <QHash>

#include <memory>

class QUndoStack;

namespace cxone {

// The criteria tree of one audience as an item model: groups (AND/OR) hold conditions and
// groups. Every change is one QUndoCommand on the stack given at construction, whether it comes
// from an action (add, delete, move, toggle) or from an inline editor (setData). Problems are
// recomputed after each change and shown on the row they concern.
class CriteriaModel final : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { FieldColumn, OperatorColumn, ValueColumn, ProblemColumn, ColumnCount };
    enum Role {
        IsGroupRole = Qt::UserRole + 1,
        FieldNameRole,
        FieldTypeRole,
        OperatorRole,         // the operator id ("greater_than", "AND")
        ValueRole,            // the value as a QJsonValue
        AllowedOperatorsRole, // QStringList for the row's field
        EnumValuesRole,       // QStringList for enum fields
        ProblemRole,          // QString, empty when the row is fine
        LevelRole,            // nesting level (top group 1)
        DescriptionRole,      // the row in plain language
    };
    static inline const QString mimeType = QStringLiteral("application/x-cxone-criteria-node");

    explicit CriteriaModel(QUndoStack *undoStack, QObject *parent = nullptr);
    ~CriteriaModel() override;

    QUndoStack *undoStack() const { return m_undo; }
    const CriteriaNode &root() const { return *m_root; }
    QJsonObject toJson() const { return m_root->toJson(); }
    // Fields by their catalogue labels, as the tree shows them.
    QString plainLanguage() const { return describeCriteria(*m_root, &m_catalogue); }

    // Replaces the whole tree without an undo step (loading an audience).
    void resetCriteria(std::unique_ptr<CriteriaNode> root);
    // Replaces the whole tree as one undo step (import).
    void replaceCriteria(std::unique_ptr<CriteriaNode> root, const QString &actionText);

    const FieldCatalogue &catalogue() const { return m_catalogue; }
    void setCatalogue(const FieldCatalogue &catalogue);
    const CriteriaLimits &limits() const { return m_limits; }
    void setLimits(const CriteriaLimits &limits);

    QList<CriteriaProblem> problems() const { return m_problemList; }
    QString problemAt(const QModelIndex &index) const;
    QModelIndex indexForPath(const QList<int> &path, int column = 0) const;
    QList<int> pathOf(const QModelIndex &index) const;
    const CriteriaNode *nodeAt(const QModelIndex &index) const;

    // --- actions: one undo step each. A refused action returns an invalid index / false and
    // says why in *why.
    // A blank condition in the group at `at` (or after the condition at `at`).
    QModelIndex addCondition(const QModelIndex &at, QString *why = nullptr);
    // A group holding one blank condition (a group is never empty on purpose).
    QModelIndex addGroup(const QModelIndex &at, QString *why = nullptr);
    // Whether addGroup(at) would be taken, and why not: a button is disabled before the click.
    bool canAddGroup(const QModelIndex &at, QString *why = nullptr) const;
    bool removeNode(const QModelIndex &index, QString *why = nullptr);
    bool toggleGroupOperator(const QModelIndex &group);
    bool canMove(const QModelIndex &node, const QModelIndex &targetGroup, QString *why) const;
    // row -1: at the end of the target group. Returns the moved node's new index.
    QModelIndex moveNode(const QModelIndex &node, const QModelIndex &targetGroup, int row,
                         QString *why = nullptr);
    QModelIndex moveUp(const QModelIndex &node, QString *why = nullptr);
    QModelIndex moveDown(const QModelIndex &node, QString *why = nullptr);
    // Into the group just above it / out of its group, after the group.
    QModelIndex indent(const QModelIndex &node, QString *why = nullptr);
    QModelIndex outdent(const QModelIndex &node, QString *why = nullptr);
    bool setConditionField(const QModelIndex &index, const QString &field);
    bool setConditionOperator(const QModelIndex &index, const QString &op);
    bool setConditionValue(const QModelIndex &index, const QJsonValue &value);
    // The reason the last setData() was refused (a value that did not parse...).
    QString lastEditError() const { return m_lastEditError; }

    // --- QAbstractItemModel
    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    Qt::DropActions supportedDropActions() const override;
    Qt::DropActions supportedDragActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

Q_SIGNALS:
    // After every change, undo and redo included.
    void criteriaChanged();
    // Emitted when an action or a drop is refused, with the reason for people.
    void refused(const QString &reason);

private:
    friend class CriteriaCommand;
    friend class InsertNodeCommand;
    friend class RemoveNodeCommand;
    friend class MoveNodeCommand;
    friend class SetConditionCommand;
    friend class SetGroupOperatorCommand;
    friend class ReplaceCriteriaCommand;

    CriteriaNode *node(const QModelIndex &index) const;
    QModelIndex indexOf(const CriteriaNode *node, int column = 0) const;
    bool refuse(QString *why, const QString &reason) const;
    CriteriaNode *targetGroupFor(const QModelIndex &at, int *row) const;
    bool checkRoomFor(const CriteriaNode *group, const CriteriaNode &incoming,
                      const CriteriaNode *leaving, QString *why) const;
    bool setCondition(const QModelIndex &index, const QString &field, const QString &op,
                      const QJsonValue &value, const QString &actionText);
    QModelIndex pushMove(const QList<int> &from, const QList<int> &toParent, int toRow,
                         const QString &actionText);

    // Raw changes made by the undo commands only.
    void doInsert(const QList<int> &parentPath, int row, std::unique_ptr<CriteriaNode> node);
    std::unique_ptr<CriteriaNode> doTake(const QList<int> &path);
    void doSetCondition(const QList<int> &path, const QString &field, const QString &op,
                        const QJsonValue &value);
    void doSetGroupOperator(const QList<int> &path, const QString &op);
    std::unique_ptr<CriteriaNode> doReplace(std::unique_ptr<CriteriaNode> root);
    void changed();
    void revalidate();

    QUndoStack *m_undo;
    std::unique_ptr<CriteriaNode> m_root;
    FieldCatalogue m_catalogue;
    CriteriaLimits m_limits;
    QHash<const CriteriaNode *, QString> m_problems;
    QList<CriteriaProblem> m_problemList;
    QString m_lastEditError;
};

} // namespace cxone
