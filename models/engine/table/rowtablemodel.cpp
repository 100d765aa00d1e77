#include "models/engine/table/rowtablemodel.h"

#include "network/displaytext.h"

#include <QTimer>

#include <utility>

namespace cxone {

RowTableModel::RowTableModel(const QStringList &headers, QObject *parent)
    : QAbstractTableModel(parent)
    , m_headers(headers)
    , m_store(int(std::max<qsizetype>(1, headers.size())))
    , m_flushTimer(new QTimer(this))
{
    m_flushTimer->setSingleShot(true);
    connect(m_flushTimer, &QTimer::timeout, this, &RowTableModel::flush);
}

RowTableModel::~RowTableModel() = default;

void RowTableModel::setHeaders(const QStringList &headers)
{
    beginResetModel();
    m_headers = headers;
    m_store = CompactRowStore(int(std::max<qsizetype>(1, headers.size())));
    m_visible = 0;
    m_firstRowNumber = 1;
    m_flushTimer->stop();
    endResetModel();
}

void RowTableModel::appendRow(std::span<const QByteArrayView> cells)
{
    m_store.appendRow(cells);
    if (!m_flushTimer->isActive())
        m_flushTimer->start(m_flushIntervalMs);
}

void RowTableModel::flush()
{
    m_flushTimer->stop();
    const qsizetype total = m_store.rowCount();
    if (total == m_visible)
        return;
    beginInsertRows({}, int(m_visible), int(total - 1));
    m_visible = total;
    endInsertRows();
}

void RowTableModel::clear()
{
    beginResetModel();
    m_store.clear();
    m_visible = 0;
    m_firstRowNumber = 1;
    m_flushTimer->stop();
    endResetModel();
}

void RowTableModel::takeRowsOf(RowTableModel *other)
{
    if (other == this)
        return;
    other->flush();
    beginResetModel();
    m_headers = other->m_headers;
    std::swap(m_store, other->m_store);
    m_visible = other->m_visible;
    m_firstRowNumber = other->m_firstRowNumber;
    m_flushTimer->stop();
    endResetModel();
    other->setHeaders({});
}

int RowTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible);
}

int RowTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_headers.size());
}

QVariant RowTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole: {
        QString text = m_store.text(index.row(), index.column());
        if (role == Qt::DisplayRole) // one line per cell in the table; the tooltip shows it all
            text.replace(u'\n', u'⏎');
        // The tenant's values: shown inert, never cut (the view elides).
        return displayText(text, -1, LineBreaks::Keep);
    }
    case RawUtf8Role:
        return m_store.cell(index.row(), index.column()).toByteArray();
    default:
        return {};
    }
}

QVariant RowTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal)
        return m_headers.value(section);
    return m_firstRowNumber + section;
}

void RowTableModel::setFirstRowNumber(qint64 number)
{
    if (number == m_firstRowNumber)
        return;
    m_firstRowNumber = number;
    if (m_visible > 0)
        Q_EMIT headerDataChanged(Qt::Vertical, 0, int(m_visible) - 1);
}

} // namespace cxone
