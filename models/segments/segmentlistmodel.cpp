#include "models/segments/segmentlistmodel.h"

#include "network/displaytext.h"

#include <QColor>
#include <QLocale>

namespace cxone {

SegmentListModel::SegmentListModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SegmentListModel::setSegments(const QList<SegmentInfo> &segments)
{
    beginResetModel();
    m_segments = segments;
    endResetModel();
}

const SegmentInfo *SegmentListModel::segmentAt(int row) const
{
    return row >= 0 && row < m_segments.size() ? &m_segments[row] : nullptr;
}

int SegmentListModel::rowOf(const QString &id) const
{
    for (int i = 0; i < m_segments.size(); ++i) {
        if (m_segments[i].id == id)
            return i;
    }
    return -1;
}

void SegmentListModel::setMaxAge(std::chrono::seconds maxAge)
{
    if (maxAge == m_maxAge)
        return;
    m_maxAge = maxAge;
    if (!m_segments.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void SegmentListModel::setNow(const QDateTime &nowUtc)
{
    m_now = nowUtc;
    if (!m_segments.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QDateTime SegmentListModel::now() const
{
    return m_now.isValid() ? m_now : QDateTime::currentDateTimeUtc();
}

ExportVerdict SegmentListModel::verdictAt(int row) const
{
    const SegmentInfo *s = segmentAt(row);
    return s ? segmentVerdict(*s, m_maxAge, now()) : ExportVerdict{};
}

int SegmentListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_segments.size());
}

int SegmentListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SegmentListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const SegmentInfo &s = m_segments[index.row()];
    if (role == IdRole)
        return s.id;
    if (role == ExportableRole)
        return segmentVerdict(s, m_maxAge, now()).allowed();
    const qint64 age = s.lastUpdated.isValid() ? s.lastUpdated.secsTo(now()) : -1;
    const bool fresh = age >= 0 && age <= m_maxAge.count();
    switch (index.column()) {
    case NameColumn:
        if (role == SortRole)
            return s.name;
        if (role == Qt::DisplayRole) // the tenant's text: shown inert
            return displayText(s.name);
        if (role == Qt::ToolTipRole)
            return displayText(s.id);
        break;
    case StatusColumn:
        if (role == Qt::DisplayRole || role == SortRole)
            return displayText(s.status);
        break;
    case MembersColumn:
        if (role == Qt::DisplayRole)
            return s.memberCount >= 0 ? QLocale().toString(s.memberCount) : tr("unknown");
        if (role == SortRole)
            return s.memberCount;
        if (role == Qt::TextAlignmentRole)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case UpdatedColumn:
        if (role == Qt::DisplayRole)
            return s.lastUpdated.isValid()
                           ? QLocale().toString(s.lastUpdated.toLocalTime(), QLocale::ShortFormat)
                           : tr("unknown");
        if (role == SortRole)
            return s.lastUpdated;
        break;
    case FreshnessColumn:
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
            if (!s.lastUpdated.isValid())
                return tr("Unknown");
            if (!fresh)
                return tr("Stale (%1)")
                        .arg(age >= 48 * 3600 ? tr("%n d", nullptr, int(age / 86400))
                                              : tr("%n h", nullptr, int(age / 3600)));
            return age < 3600 ? tr("Fresh (%n min)", nullptr, int(age / 60))
                              : tr("Fresh (%n h)", nullptr, int(age / 3600));
        }
        if (role == SortRole)
            return age;
        if (role == Qt::ForegroundRole)
            return fresh ? QVariant() : QVariant(QColor(0xb0, 0x3a, 0x2e));
        if (role == Qt::ToolTipRole)
            return tr("Freshness limit: %1").arg(formatMaxAge(m_maxAge));
        break;
    default:
        break;
    }
    if (role == Qt::ForegroundRole && !s.isActive())
        return QColor(0x80, 0x80, 0x80);
    return {};
}

QVariant SegmentListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Segment");
    case StatusColumn:
        return tr("Status");
    case MembersColumn:
        return tr("Members");
    case UpdatedColumn:
        return tr("Last updated");
    case FreshnessColumn:
        return tr("Freshness");
    default:
        return {};
    }
}

SegmentFilterProxy::SegmentFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(SegmentListModel::SortRole);
}

void SegmentFilterProxy::setSearchText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

bool SegmentFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_text.trimmed().isEmpty())
        return true;
    const auto *model = qobject_cast<const SegmentListModel *>(sourceModel());
    const SegmentInfo *s = model ? model->segmentAt(sourceRow) : nullptr;
    if (!s || sourceParent.isValid())
        return false;
    const QString t = m_text.trimmed();
    return s->name.contains(t, Qt::CaseInsensitive) || s->id.contains(t, Qt::CaseInsensitive)
           || s->status.contains(t, Qt::CaseInsensitive);
}

} // namespace cxone
