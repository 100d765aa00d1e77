#include "models/engine/entitylistmodel.h"

namespace cxone {

EntityListModel::EntityListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

void EntityListModel::setRows(QList<EntityRow> rows)
{
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int EntityListModel::rowOf(const QString &id) const
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].id == id)
            return int(i);
    }
    return -1;
}

QString EntityListModel::idAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows[row].id : QString();
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const EntityRow &r = m_rows[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return r.text;
    case Qt::ToolTipRole:
        return r.toolTip.isEmpty() ? QVariant() : QVariant(r.toolTip);
    case IdRole:
        return r.id;
    default:
        return {};
    }
}

} // namespace cxone
