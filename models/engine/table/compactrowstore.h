#pragma once

#include <QByteArrayView>
#include <QString>

#include <memory>
#include <span>
#include <vector>

namespace cxone {

// Rows of UTF-8 text cells packed into one chunked arena. A QString per cell costs ~40 bytes of
// overhead before its text (and UTF-16 doubles the text); here a row costs 8 bytes plus, per cell,
// a 1-2 byte length and the UTF-8 bytes, so a million typical rows stay near 100 bytes each.
// Appends never move stored bytes (chunks are never reallocated), so views stay valid until
// clear(). Cells are read by scanning the row's few length prefixes.
class CompactRowStore final
{
public:
    explicit CompactRowStore(int columns);

    int columnCount() const { return m_columns; }
    qsizetype rowCount() const { return qsizetype(m_rows.size()); }

    void reserveRows(qsizetype rows) { m_rows.reserve(size_t(rows)); }
    // cells.size() must equal columnCount(); longer cells are cut at kMaxCellBytes.
    void appendRow(std::span<const QByteArrayView> cells);
    // Replaces one cell; the row is re-appended (the old bytes become waste, counted in bytes()).
    void setCell(qsizetype row, int column, QByteArrayView value);

    QByteArrayView cell(qsizetype row, int column) const;
    // Every cell of a row at once (out holds columnCount() views).
    void cells(qsizetype row, QByteArrayView *out) const;
    QString text(qsizetype row, int column) const { return QString::fromUtf8(cell(row, column)); }

    // Bytes held: arena chunks in use plus the row index.
    qsizetype bytes() const;
    void clear();

    static constexpr qsizetype kMaxCellBytes = 32767;

private:
    char *allocate(qsizetype size);

    int m_columns;
    std::vector<const char *> m_rows; // start of each row's packed cells
    std::vector<std::unique_ptr<char[]>> m_chunks;
    qsizetype m_chunkUsed = 0;
    qsizetype m_chunkSize = 0;
    qsizetype m_arenaBytes = 0;
};

} // namespace cxone
