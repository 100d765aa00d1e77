#pragma once

#include "models/engine/table/compactrowstore.h"

#include <QAbstractTableModel>
#include <QStringList>

class QTimer;

namespace cxone {

// A read-only table over a CompactRowStore for streamed results (export rows, previews).
// Rows are stored at once but announced to views in batches: one beginInsertRows per event-loop
// pass (coalesced by a short timer), so a million arriving rows cost a few hundred view updates.
class RowTableModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RawUtf8Role = Qt::UserRole + 1 };

    explicit RowTableModel(const QStringList &headers, QObject *parent = nullptr);
    ~RowTableModel() override;

    void setHeaders(const QStringList &headers); // also clears
    QStringList headers() const { return m_headers; }
    void appendRow(std::span<const QByteArrayView> cells);
    void flush(); // announce pending rows now
    void clear();
    // Takes `other`'s headers and rows (without copying them); `other` is left empty.
    void takeRowsOf(RowTableModel *other);
    qsizetype storedRows() const { return m_store.rowCount(); }
    const CompactRowStore &store() const { return m_store; }
    void setFlushInterval(int ms) { m_flushIntervalMs = ms; }
    // The number the first row's header shows (1 unless the rows continue an earlier run's, as
    // a resumed export's do); clear() sets it back to 1.
    void setFirstRowNumber(qint64 number);
    qint64 firstRowNumber() const { return m_firstRowNumber; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    CompactRowStore m_store;
    qsizetype m_visible = 0;
    QTimer *m_flushTimer;
    int m_flushIntervalMs = 50;
    qint64 m_firstRowNumber = 1;
};

} // namespace cxone
