#pragma once

#include <QStyledItemDelegate>
#include <QTreeView>

namespace cxone {

// Inline editors of the criteria tree: the field from the catalogue, the operators the field's
// type allows, and a value editor by type (a list of checkable values for "is one of" on enum
// fields, a date picker for dates, yes/no for booleans, text otherwise).
class CriteriaDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit CriteriaDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    // Rows as tall as the editors that open in them (a combo box), so that none is clipped.
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

// The tree view of the criteria. A drop is a move the model has already made; the view must not
// also remove the dragged row afterwards, as a plain QTreeView would for a move.
class CriteriaTreeView final : public QTreeView
{
    Q_OBJECT
public:
    explicit CriteriaTreeView(QWidget *parent = nullptr);

protected:
    void dropEvent(QDropEvent *event) override;
};

} // namespace cxone
