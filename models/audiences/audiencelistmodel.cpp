#include "models/audiences/audiencelistmodel.h"

#include "network/displaytext.h"

#include <QLocale>

namespace cxone {

AudienceListModel::AudienceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void AudienceListModel::setAudiences(const QList<AudienceInfo> &audiences)
{
    beginResetModel();
    m_rows = audiences;
    m_rowById.clear();
    for (int i = 0; i < m_rows.size(); ++i)
        m_rowById.insert(m_rows.at(i).id, i);
    endResetModel();
}

void AudienceListModel::upsert(const AudienceInfo &audience)
{
    const int row = rowOf(audience.id);
    if (row >= 0) {
        m_rows[row] = audience;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_rows.size());
    beginInsertRows({}, at, at);
    m_rows.append(audience);
    m_rowById.insert(audience.id, at);
    endInsertRows();
}

const AudienceInfo *AudienceListModel::audience(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

int AudienceListModel::rowOf(const QString &id) const
{
    return m_rowById.value(id, -1);
}

int AudienceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AudienceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void AudienceListModel::setModifiedId(const QString &id)
{
    if (id == m_modifiedId)
        return;
    const int before = rowOf(m_modifiedId);
    m_modifiedId = id;
    for (const int row : {before, rowOf(id)}) {
        if (row >= 0)
            Q_EMIT dataChanged(index(row, NameColumn), index(row, NameColumn));
    }
}

QVariant AudienceListModel::data(const QModelIndex &index, int role) const
{
    const AudienceInfo *a = index.isValid() ? audience(index.row()) : nullptr;
    if (!a)
        return {};
    if (role == IdRole)
        return a->id;
    if (role == Qt::TextAlignmentRole && index.column() == SizeColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    const bool modified = !m_modifiedId.isEmpty() && a->id == m_modifiedId;
    if (role == Qt::ToolTipRole) // the tenant's text: shown inert
        return QString((modified ? tr("Unsaved changes in the editor\n") : QString())
                       + (a->description.isEmpty()
                                  ? displayText(a->id)
                                  : displayText(a->description) + u'\n' + displayText(a->id)));
    if (role == Qt::AccessibleDescriptionRole && modified)
        return tr("unsaved changes");
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const bool sort = role == SortRole;
    switch (index.column()) {
    case NameColumn:
        if (sort)
            return a->name;
        return modified ? QStringLiteral("\u25CF ") + displayText(a->name) : displayText(a->name);
    case DataSourceColumn:
        return sort ? a->dataSource : AudiencesApi::dataSourceLabel(a->dataSource);
    case SizeColumn:
        if (sort)
            return a->size;
        return a->size < 0 ? QStringLiteral("…") : QLocale().toString(a->size);
    case StatusColumn:
        return displayText(a->evaluationStatus);
    case UpdatedColumn:
        return sort ? QVariant(a->updatedAt)
                    : QVariant(
                            QLocale().toString(a->updatedAt.toLocalTime(), QLocale::ShortFormat));
    default:
        return {};
    }
}

QVariant AudienceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return QStringLiteral("Name");
    case DataSourceColumn:
        return QStringLiteral("Data source");
    case SizeColumn:
        return QStringLiteral("Size");
    case StatusColumn:
        return QStringLiteral("Status");
    case UpdatedColumn:
        return QStringLiteral("Updated");
    default:
        return {};
    }
}

} // namespace cxone
