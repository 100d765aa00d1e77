#include "csvrows.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

namespace cxone {

CsvRows::CsvRows(int columns)
    : m_columns(columns)
{}

const quint32 *CsvRows::longEnds(qsizetype row) const
{
    const auto it = std::lower_bound(m_longRows.begin(), m_longRows.end(), qint64(row));
    Q_ASSERT(it != m_longRows.end() && *it == row);
    return m_longEnds[size_t(it - m_longRows.begin())].data();
}

QByteArrayView CsvRows::cell(qsizetype row, int column) const
{
    const char *base = m_text.constData() + m_starts[size_t(row)];
    const quint16 *e = m_ends.data() + row * m_columns;
    if (Q_UNLIKELY(e[0] == kLongRow)) {
        const quint32 *le = longEnds(row);
        const qsizetype from = column > 0 ? qsizetype(le[column - 1]) + 1 : 0;
        return QByteArrayView(base + from, qsizetype(le[column]) - from);
    }
    const qsizetype from = column > 0 ? qsizetype(e[column - 1]) + 1 : 0;
    return QByteArrayView(base + from, qsizetype(e[column]) - from);
}

void CsvRows::cells(qsizetype row, QByteArrayView *out) const
{
    const char *base = m_text.constData() + m_starts[size_t(row)];
    const quint16 *e = m_ends.data() + row * m_columns;
    if (Q_UNLIKELY(e[0] == kLongRow)) {
        const quint32 *le = longEnds(row);
        qsizetype from = 0;
        for (int c = 0; c < m_columns; ++c) {
            out[c] = QByteArrayView(base + from, qsizetype(le[c]) - from);
            from = qsizetype(le[c]) + 1;
        }
        return;
    }
    qsizetype from = 0;
    for (int c = 0; c < m_columns; ++c) {
        out[c] = QByteArrayView(base + from, qsizetype(e[c]) - from);
        from = qsizetype(e[c]) + 1;
    }
}

qsizetype CsvRows::bytes() const
{
    qsizetype n = m_text.size() + qsizetype(m_starts.capacity() * sizeof(qint64))
                  + qsizetype(m_ends.capacity() * sizeof(quint16))
                  + qsizetype(m_longRows.capacity() * sizeof(qint64));
    for (const auto &e : m_longEnds)
        n += qsizetype(e.capacity() * sizeof(quint32));
    return n;
}

void CsvRowsBuilder::reserve(qsizetype records)
{
    rows->m_starts.reserve(size_t(records));
    rows->m_ends.reserve(size_t(records) * size_t(rows->m_columns));
}

void CsvRowsBuilder::finish(QByteArray text)
{
    rows->m_text = std::move(text);
    if (rows->m_starts.capacity() > rows->m_starts.size() + rows->m_starts.size() / 8) {
        rows->m_starts.shrink_to_fit();
        rows->m_ends.shrink_to_fit();
    }
}

void CsvRowsBuilder::add(qint64 start, const QByteArrayView *cells, int count, bool quoted)
{
    const int columns = rows->m_columns;
    char *base = text + start;
    QVarLengthArray<quint32, 64> ends(columns);
    if (quoted) {
        // Each cell's destination starts at or before its source (a quoted cell loses at least
        // its two quotes), so moving them forward in order never overwrites one still unread.
        char *w = base;
        for (int k = 0; k < count; ++k) {
            if (k > 0)
                *w++ = ','; // the separator's byte is never read
            const QByteArrayView c = cells[k];
            if (!c.isEmpty())
                std::memmove(w, c.data(), size_t(c.size()));
            w += c.size();
            ends[k] = quint32(w - base);
        }
    } else {
        for (int k = 0; k < count; ++k)
            ends[k] = quint32(cells[k].data() + cells[k].size() - base);
    }
    for (int k = count; k < columns; ++k)
        ends[k] = k > 0 ? ends[k - 1] + 1 : 0; // missing cells: empty
    const qsizetype row = qsizetype(rows->m_starts.size());
    rows->m_starts.push_back(start);
    if (columns > 0 && ends[columns - 1] >= CsvRows::kLongRow) {
        rows->m_longRows.push_back(row);
        rows->m_longEnds.emplace_back(ends.begin(), ends.end());
        rows->m_ends.push_back(CsvRows::kLongRow);
        rows->m_ends.insert(rows->m_ends.end(), size_t(columns - 1), 0);
        return;
    }
    const size_t at = rows->m_ends.size();
    rows->m_ends.resize(at + size_t(columns));
    quint16 *out = rows->m_ends.data() + at;
    for (int k = 0; k < columns; ++k)
        out[k] = quint16(ends[k]);
}

} // namespace cxone
