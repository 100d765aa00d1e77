#include "models/engine/table/compactrowstore.h"

#include <QtGlobal>

#include <cstring>

namespace cxone {

namespace {

constexpr qsizetype kChunkBytes = 1 << 20;

// Length prefix: one byte below 128, else two bytes (15 bits).
inline qsizetype prefixSize(qsizetype n)
{
    return n < 128 ? 1 : 2;
}

inline char *writeCell(char *out, QByteArrayView v)
{
    const qsizetype n = v.size();
    if (n < 128) {
        *out++ = char(n);
    } else {
        *out++ = char(0x80 | (n >> 8));
        *out++ = char(n & 0xff);
    }
    if (n)
        std::memcpy(out, v.data(), size_t(n));
    return out + n;
}

inline const char *readCell(const char *in, QByteArrayView *v)
{
    const auto b0 = quint8(*in++);
    qsizetype n = b0;
    if (b0 & 0x80)
        n = (qsizetype(b0 & 0x7f) << 8) | quint8(*in++);
    *v = QByteArrayView(in, n);
    return in + n;
}

} // namespace

CompactRowStore::CompactRowStore(int columns)
    : m_columns(columns)
{
    Q_ASSERT(columns > 0);
}

char *CompactRowStore::allocate(qsizetype size)
{
    if (m_chunks.empty() || m_chunkUsed + size > m_chunkSize) {
        const qsizetype chunk = std::max(kChunkBytes, size);
        m_chunks.push_back(std::make_unique<char[]>(size_t(chunk)));
        m_chunkSize = chunk;
        m_chunkUsed = 0;
        m_arenaBytes += chunk;
    }
    char *p = m_chunks.back().get() + m_chunkUsed;
    m_chunkUsed += size;
    return p;
}

void CompactRowStore::appendRow(std::span<const QByteArrayView> cells)
{
    Q_ASSERT(qsizetype(cells.size()) == m_columns);
    qsizetype size = 0;
    for (const QByteArrayView &c : cells) {
        const qsizetype n = std::min(c.size(), kMaxCellBytes);
        size += prefixSize(n) + n;
    }
    char *out = allocate(size);
    m_rows.push_back(out);
    for (const QByteArrayView &c : cells)
        out = writeCell(out, c.first(std::min(c.size(), kMaxCellBytes)));
}

void CompactRowStore::setCell(qsizetype row, int column, QByteArrayView value)
{
    std::vector<QByteArrayView> cells(static_cast<size_t>(m_columns));
    for (int c = 0; c < m_columns; ++c)
        cells[size_t(c)] = c == column ? value : cell(row, c);
    // The views point into chunks that appendRow never moves or frees.
    const qsizetype rows = rowCount();
    appendRow(cells);
    m_rows[size_t(row)] = m_rows.back();
    m_rows.pop_back();
    Q_ASSERT(rowCount() == rows);
}

QByteArrayView CompactRowStore::cell(qsizetype row, int column) const
{
    Q_ASSERT(row >= 0 && row < rowCount() && column >= 0 && column < m_columns);
    const char *p = m_rows[size_t(row)];
    QByteArrayView v;
    for (int c = 0; c <= column; ++c)
        p = readCell(p, &v);
    return v;
}

void CompactRowStore::cells(qsizetype row, QByteArrayView *out) const
{
    Q_ASSERT(row >= 0 && row < rowCount());
    const char *p = m_rows[size_t(row)];
    for (int c = 0; c < m_columns; ++c)
        p = readCell(p, &out[c]);
}

qsizetype CompactRowStore::bytes() const
{
    return m_arenaBytes + qsizetype(m_rows.capacity() * sizeof(const char *));
}

void CompactRowStore::clear()
{
    m_rows.clear();
    m_rows.shrink_to_fit();
    m_chunks.clear();
    m_chunkUsed = 0;
    m_chunkSize = 0;
    m_arenaBytes = 0;
}

} // namespace cxone
