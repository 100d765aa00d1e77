#include "models/contactlists/previewmodel.h"

#include "network/displaytext.h"

#include <QBrush>
#include <QColor>

namespace cxone {

PreviewModel::PreviewModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void PreviewModel::setPreview(std::shared_ptr<SanitizePreview> preview)
{
    beginResetModel();
    m_preview = std::move(preview);
    endResetModel();
    Q_EMIT countsChanged();
}

bool PreviewModel::setOverride(int row, Verdict verdict)
{
    if (!m_preview || row < 0 || row >= rowCount() || !m_preview->setOverride(row, verdict))
        return false;
    Q_EMIT dataChanged(index(row, VerdictColumn), index(row, ReasonColumn));
    Q_EMIT countsChanged();
    return true;
}

void PreviewModel::clearOverride(int row)
{
    if (!m_preview || row < 0 || row >= rowCount())
        return;
    m_preview->clearOverride(row);
    Q_EMIT dataChanged(index(row, VerdictColumn), index(row, ReasonColumn));
    Q_EMIT countsChanged();
}

int PreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_preview ? 0 : int(m_preview->size());
}

int PreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant PreviewModel::data(const QModelIndex &index, int role) const
{
    if (!m_preview || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const qsizetype r = index.row();
    const PreviewRow &row = m_preview->row(r);
    const bool valid = row.phone.status == ParseStatus::Valid;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        // The tenant's values: shown inert (an edit starts from the value itself).
        case IdColumn:
            return role == Qt::EditRole ? m_preview->contacts().id(r)
                                        : displayText(m_preview->contacts().id(r));
        case OriginalColumn:
            return role == Qt::EditRole ? QString::fromUtf8(m_preview->contacts().phone(r))
                                        : displayText(m_preview->contacts().phone(r));
        case E164Column:
            return valid ? row.phone.e164Text() : QString();
        case RegionColumn:
            return valid ? row.phone.regionText() : QString();
        case TypeColumn:
            return valid ? phoneTypeName(row.phone.type) : QString();
        case VerdictColumn:
            return verdictName(m_preview->effectiveVerdict(r));
        case ReasonColumn:
            return reasonName(m_preview->effectiveReason(r));
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == ReasonColumn || index.column() == VerdictColumn)
            return reasonText(m_preview->effectiveReason(r));
        break;
    case Qt::ForegroundRole:
        if (index.column() == VerdictColumn) {
            switch (m_preview->effectiveVerdict(r)) {
            case Verdict::Purge:
                return QBrush(QColor(0xb0, 0x20, 0x20));
            case Verdict::Update:
                return QBrush(QColor(0x1a, 0x5f, 0xb4));
            case Verdict::Keep:
                return QBrush(QColor(0x26, 0x7a, 0x2e));
            }
        }
        break;
    case VerdictRole:
        return int(m_preview->effectiveVerdict(r));
    case ReasonRole:
        return int(m_preview->effectiveReason(r));
    case RegionRole:
        return valid ? row.phone.regionText() : QString();
    case OverriddenRole:
        return row.override != 0;
    }
    return {};
}

QVariant PreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case IdColumn:
        return tr("Contact id");
    case OriginalColumn:
        return tr("Original");
    case E164Column:
        return tr("E.164");
    case RegionColumn:
        return tr("Region");
    case TypeColumn:
        return tr("Type");
    case VerdictColumn:
        return tr("Verdict");
    case ReasonColumn:
        return tr("Reason");
    }
    return {};
}

PreviewFilterModel::PreviewFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void PreviewFilterModel::setVerdict(int verdict)
{
    if (m_verdict == verdict)
        return;
    m_verdict = verdict;
    invalidateFilter();
}

void PreviewFilterModel::setReason(int reason)
{
    if (m_reason == reason)
        return;
    m_reason = reason;
    invalidateFilter();
}

void PreviewFilterModel::setRegion(const QString &region)
{
    if (m_region == region)
        return;
    m_region = region;
    invalidateFilter();
}

void PreviewFilterModel::setText(const QString &text)
{
    if (m_text == text)
        return;
    m_text = text;
    m_textUtf8 = text.trimmed().toUtf8();
    invalidateFilter();
}

bool PreviewFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const auto *model = qobject_cast<const PreviewModel *>(sourceModel());
    if (!model || !model->preview())
        return true;
    // Read the compact preview directly: a million rows filter without building a QVariant.
    const SanitizePreview &p = *model->preview();
    if (m_verdict >= 0 && int(p.effectiveVerdict(sourceRow)) != m_verdict)
        return false;
    if (m_reason >= 0 && int(p.effectiveReason(sourceRow)) != m_reason)
        return false;
    const PreviewRow &row = p.row(sourceRow);
    if (!m_region.isEmpty()) {
        if (row.phone.status != ParseStatus::Valid
            || QLatin1StringView(row.phone.region, 2) != m_region)
            return false;
    }
    if (!m_textUtf8.isEmpty()) {
        const QByteArrayView id = p.contacts().store()->cell(sourceRow, ContactSnapshot::IdColumn);
        const QByteArrayView phone = p.contacts().phone(sourceRow);
        if (!id.contains(m_textUtf8) && !phone.contains(m_textUtf8)
            && !(row.phone.e164 && row.phone.e164Text().contains(m_text)))
            return false;
    }
    return true;
}

} // namespace cxone
