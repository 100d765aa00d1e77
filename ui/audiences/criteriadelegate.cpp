#include "ui/audiences/criteriadelegate.h"

#include "models/audiences/criteriamodel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDropEvent>
#include <QJsonArray>
#include <QLineEdit>
#include <QListWidget>

namespace cxone {

namespace {

enum class EditorKind { GroupOperator, Field, Operator, EnumList, EnumSingle, Boolean, Date, Text };

EditorKind kindFor(const QModelIndex &index)
{
    const bool group = index.data(CriteriaModel::IsGroupRole).toBool();
    if (index.column() == CriteriaModel::FieldColumn)
        return group ? EditorKind::GroupOperator : EditorKind::Field;
    if (index.column() == CriteriaModel::OperatorColumn)
        return EditorKind::Operator;
    const QString type = index.data(CriteriaModel::FieldTypeRole).toString();
    const ValueShape shape = valueShapeOf(index.data(CriteriaModel::OperatorRole).toString());
    if (type == u"enum")
        return shape == ValueShape::List ? EditorKind::EnumList : EditorKind::EnumSingle;
    if (type == u"boolean" && shape == ValueShape::Single)
        return EditorKind::Boolean;
    if (type == u"date" && shape == ValueShape::Single)
        return EditorKind::Date;
    return EditorKind::Text;
}

const CriteriaModel *criteriaModel(const QModelIndex &index)
{
    return qobject_cast<const CriteriaModel *>(index.model());
}

QComboBox *combo(QWidget *parent, const QString &name)
{
    auto *box = new QComboBox(parent);
    box->setAccessibleName(name);
    return box;
}

// Checkable values: a list is chosen, never typed, so it cannot hold a misspelling.
QWidget *checkableValues(QWidget *parent, const QModelIndex &index)
{
    auto *list = new QListWidget(parent);
    list->setAccessibleName(CriteriaDelegate::tr("Values (check every one that matches)"));
    for (const QString &v : index.data(CriteriaModel::EnumValuesRole).toStringList()) {
        auto *item = new QListWidgetItem(v, list);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    return list;
}

// A typed value, with a placeholder that shows the form the field and operator want.
QWidget *textEditor(QWidget *parent, const QModelIndex &index)
{
    using D = CriteriaDelegate;
    auto *edit = new QLineEdit(parent);
    edit->setAccessibleName(D::tr("Value"));
    const QString type = index.data(CriteriaModel::FieldTypeRole).toString();
    const ValueShape shape = valueShapeOf(index.data(CriteriaModel::OperatorRole).toString());
    if (shape == ValueShape::Range)
        edit->setPlaceholderText(type == u"date" ? D::tr("2025-01-01, 2025-03-31")
                                                 : D::tr("low, high"));
    else if (shape == ValueShape::List)
        edit->setPlaceholderText(D::tr("values separated by commas"));
    else if (type == u"integer")
        edit->setPlaceholderText(D::tr("a whole number"));
    else if (type == u"decimal")
        edit->setPlaceholderText(D::tr("a number, such as 2.5"));
    return edit;
}

} // namespace

CriteriaDelegate::CriteriaDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

QWidget *CriteriaDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                                        const QModelIndex &index) const
{
    const CriteriaModel *model = criteriaModel(index);
    if (!model)
        return QStyledItemDelegate::createEditor(parent, option, index);
    switch (kindFor(index)) {
    case EditorKind::GroupOperator: {
        QComboBox *box = combo(parent, tr("Group joins with"));
        box->addItem(tr("AND: all must match"), QStringLiteral("AND"));
        box->addItem(tr("OR: any may match"), QStringLiteral("OR"));
        return box;
    }
    case EditorKind::Field: {
        QComboBox *box = combo(parent, tr("Field"));
        // Fields by their labels, as the tree shows them; the API name and type in the tooltip.
        for (const AudienceField &f : model->catalogue().fields()) {
            box->addItem(f.label.isEmpty() ? f.name : f.label, f.name);
            box->setItemData(box->count() - 1,
                             QStringLiteral("%1 (%2)").arg(f.name, fieldTypeLabel(f.type)),
                             Qt::ToolTipRole);
        }
        return box;
    }
    case EditorKind::Operator: {
        QComboBox *box = combo(parent, tr("Operator"));
        QStringList ops = index.data(CriteriaModel::AllowedOperatorsRole).toStringList();
        if (ops.isEmpty())
            ops = knownOperators();
        for (const QString &op : std::as_const(ops))
            box->addItem(operatorLabel(op), op);
        return box;
    }
    case EditorKind::EnumSingle:
    case EditorKind::Boolean: {
        QComboBox *box = combo(parent, tr("Value"));
        if (kindFor(index) == EditorKind::Boolean) {
            box->addItem(tr("true"), true);
            box->addItem(tr("false"), false);
        } else {
            for (const QString &v : index.data(CriteriaModel::EnumValuesRole).toStringList())
                box->addItem(v, v);
        }
        return box;
    }
    case EditorKind::EnumList:
        return checkableValues(parent, index);
    case EditorKind::Date: {
        auto *edit = new QDateEdit(parent);
        edit->setAccessibleName(tr("Date value"));
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setCalendarPopup(true);
        return edit;
    }
    case EditorKind::Text:
        return textEditor(parent, index);
    }
    return nullptr;
}

void CriteriaDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    const QString current = index.data(Qt::EditRole).toString();
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        QVariant key = current;
        if (kindFor(index) == EditorKind::Boolean)
            key = index.data(CriteriaModel::ValueRole).value<QJsonValue>().toBool(true);
        const int at = box->findData(key);
        box->setCurrentIndex(std::max(at, 0));
        return;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        const QJsonArray chosen
                = index.data(CriteriaModel::ValueRole).value<QJsonValue>().toArray();
        for (int i = 0; i < list->count(); ++i) {
            QListWidgetItem *item = list->item(i);
            item->setCheckState(chosen.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
        list->setCurrentRow(0);
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        const QDate d = QDate::fromString(current, Qt::ISODate);
        date->setDate(d.isValid() ? d : QDate::currentDate());
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(current);
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

void CriteriaDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                    const QModelIndex &index) const
{
    if (auto *box = qobject_cast<QComboBox *>(editor)) {
        if (box->currentIndex() < 0)
            return;
        if (kindFor(index) == EditorKind::Boolean || kindFor(index) == EditorKind::EnumSingle) {
            const QVariant v = box->currentData();
            model->setData(index,
                           QVariant::fromValue(v.typeId() == QMetaType::Bool
                                                       ? QJsonValue(v.toBool())
                                                       : QJsonValue(v.toString())),
                           CriteriaModel::ValueRole);
            return;
        }
        model->setData(index, box->currentData());
        return;
    }
    if (auto *list = qobject_cast<QListWidget *>(editor)) {
        QJsonArray chosen;
        for (int i = 0; i < list->count(); ++i) {
            if (list->item(i)->checkState() == Qt::Checked)
                chosen.append(list->item(i)->text());
        }
        model->setData(index, QVariant::fromValue(QJsonValue(chosen)), CriteriaModel::ValueRole);
        return;
    }
    if (auto *date = qobject_cast<QDateEdit *>(editor)) {
        model->setData(index, date->date().toString(Qt::ISODate));
        return;
    }
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        model->setData(index, line->text());
        return;
    }
    QStyledItemDelegate::setModelData(editor, model, index);
}

void CriteriaDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                            const QModelIndex &) const
{
    QRect r = option.rect;
    if (qobject_cast<QListWidget *>(editor))
        r.setHeight(std::max(r.height() * 5, 120)); // room to see the values to check
    editor->setGeometry(r);
}

QSize CriteriaDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    static const int editorHeight = [] {
        QComboBox probe;
        QLineEdit line;
        return std::max(probe.sizeHint().height(), line.sizeHint().height());
    }();
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(std::max(size.height(), editorHeight));
    return size;
}

CriteriaTreeView::CriteriaTreeView(QWidget *parent)
    : QTreeView(parent)
{
    setDragEnabled(true);
    setAcceptDrops(true);
    setDropIndicatorShown(true);
    setDragDropMode(QAbstractItemView::DragDrop);
    setDefaultDropAction(Qt::MoveAction);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                    | QAbstractItemView::SelectedClicked);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setAllColumnsShowFocus(true);
    setUniformRowHeights(true);
}

void CriteriaTreeView::dropEvent(QDropEvent *event)
{
    QTreeView::dropEvent(event);
    // The model moved the node itself; reporting a copy keeps the view from deleting the source.
    if (event->isAccepted() && event->dropAction() == Qt::MoveAction)
        event->setDropAction(Qt::CopyAction);
}

} // namespace cxone
