#include "models/engine/csv/csvrows.h"

#include <QVarLengthArray>

#include <algorithm>
#include <cstring>

#include <sys/mman.h>

namespace cxone {

void *allocateLarge(size_t bytes)
{
    constexpr size_t kHuge = size_t(2) << 20;
    if (bytes < kHuge) {
        void *p = std::malloc(std::max<size_t>(bytes, 1));
        if (!p)
            throw std::bad_alloc();
        return p;
    }
    const size_t rounded = (bytes + kHuge - 1) / kHuge * kHuge;
    void *p = std::aligned_alloc(kHuge, rounded);
    if (!p)
        throw std::bad_alloc();
#if defined(MADV_HUGEPAGE)
    ::madvise(p, rounded, MADV_HUGEPAGE);
#endif
    return p;
}

CsvRows::CsvRows(int columns)
    : m_columns(columns)
{}

const quint32 *CsvRows::longEnds(qsizetype row) const
{
    const auto it = std::lower_bound(m_longRows.begin(), m_longRows.end(), qint64(row));
    Q_ASSERT(it != m_longRows.end() && *it == row);
    return m_longEnds[size_t(it - m_longRows.begin())].data();
}

namespace {

// A cell's text from its raw span [from, end) and its quoted flag.
inline QByteArrayView spanView(const char *base, qsizetype from, qsizetype end, bool quoted)
{
    return quoted ? QByteArrayView(base + from + 1, end - from - 2)
                  : QByteArrayView(base + from, end - from);
}

} // namespace

QByteArrayView CsvRows::cell(qsizetype row, int column) const
{
    const char *base = m_text.constData() + m_starts[size_t(row)];
    const quint16 *e = m_ends.data() + row * m_columns;
    if (Q_UNLIKELY(e[0] == kLongRow)) {
        const quint32 *le = longEnds(row);
        const qsizetype from = column > 0 ? qsizetype(le[column - 1] & ~kLongQuoted) + 1 : 0;
        return spanView(base, from, qsizetype(le[column] & ~kLongQuoted),
                        (le[column] & kLongQuoted) != 0);
    }
    const qsizetype from = column > 0 ? qsizetype(e[column - 1] & ~kQuoted) + 1 : 0;
    return spanView(base, from, qsizetype(e[column] & ~kQuoted), (e[column] & kQuoted) != 0);
}

void CsvRows::cells(qsizetype row, QByteArrayView *out) const
{
    const char *base = m_text.constData() + m_starts[size_t(row)];
    const quint16 *e = m_ends.data() + row * m_columns;
    if (Q_UNLIKELY(e[0] == kLongRow)) {
        const quint32 *le = longEnds(row);
        qsizetype from = 0;
        for (int c = 0; c < m_columns; ++c) {
            const qsizetype end = qsizetype(le[c] & ~kLongQuoted);
            out[c] = spanView(base, from, end, (le[c] & kLongQuoted) != 0);
            from = end + 1;
        }
        return;
    }
    qsizetype from = 0;
    for (int c = 0; c < m_columns; ++c) {
        const qsizetype end = qsizetype(e[c] & ~kQuoted);
        out[c] = spanView(base, from, end, (e[c] & kQuoted) != 0);
        from = end + 1;
    }
}

void CsvRows::column(qsizetype first, qsizetype count, int column, QByteArrayView *out) const
{
    const char *text = m_text.constData();
    const qint64 *starts = m_starts.data() + first;
    const quint16 *e = m_ends.data() + first * m_columns;
    for (qsizetype k = 0; k < count; ++k, e += m_columns) {
        if (Q_UNLIKELY(e[0] == kLongRow)) {
            out[k] = cell(first + k, column);
            continue;
        }
        const qsizetype from = column > 0 ? qsizetype(e[column - 1] & ~kQuoted) + 1 : 0;
        const quint16 end = e[column];
        out[k] = spanView(text + starts[k], from, qsizetype(end & ~kQuoted), (end & kQuoted) != 0);
    }
}

void CsvRows::columns(qsizetype first, qsizetype count, const int *columns, int columnCount,
                      QByteArrayView *const *out) const
{
    // Column by column down the rows (the row's long-row mark checked once per row, after).
    for (int j = 0; j < columnCount; ++j) {
        const int c = columns[j];
        QByteArrayView *__restrict dst = out[j];
        const char *text = m_text.constData();
        const qint64 *starts = m_starts.data() + first;
        const quint16 *e = m_ends.data() + first * m_columns;
        const qsizetype stride = m_columns;
        for (qsizetype k = 0; k < count; ++k, e += stride) {
            const qsizetype from = c > 0 ? qsizetype(e[c - 1] & ~kQuoted) + 1 : 0;
            const quint16 end = e[c];
            // A quoted cell's text is between its quotes: one byte in from each end.
            const qsizetype quoted = end >> 15;
            dst[k] = QByteArrayView(text + starts[k] + from + quoted,
                                    qsizetype(end & ~kQuoted) - from - 2 * quoted);
        }
    }
    const quint16 *e = m_ends.data() + first * m_columns;
    for (qsizetype k = 0; k < count; ++k, e += m_columns) {
        if (Q_UNLIKELY(e[0] == kLongRow)) {
            for (int j = 0; j < columnCount; ++j)
                out[j][k] = cell(first + k, columns[j]);
        }
    }
}

qsizetype CsvRows::bytes() const
{
    qsizetype n = m_text.capacity() + qsizetype(m_starts.capacity() * sizeof(qint64))
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

void CsvRowsBuilder::finish(CsvText text)
{
    rows->m_text = std::move(text);
    if (rows->m_starts.capacity() > rows->m_starts.size() + rows->m_starts.size() / 8) {
        rows->m_starts.shrink_to_fit();
        rows->m_ends.shrink_to_fit();
    }
}

void CsvRowsBuilder::add(qint64 start, const QByteArrayView *cells, const bool *quoted, int count,
                         bool rewrite)
{
    char *base = text + start;
    QVarLengthArray<quint32, 64> ends(count);
    QVarLengthArray<bool, 64> isQuoted(count);
    if (rewrite) {
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
            isQuoted[k] = false;
        }
    } else {
        for (int k = 0; k < count; ++k) {
            // A quoted cell's span ends after its closing quote.
            ends[k] = quint32(cells[k].data() + cells[k].size() - base) + (quoted[k] ? 1 : 0);
            isQuoted[k] = quoted[k];
        }
    }
    addSpans(start, ends.data(), isQuoted.data(), count);
}

void CsvRowsBuilder::addSpans(qint64 start, const quint32 *spanEnds, const bool *quoted, int count)
{
    const int columns = rows->m_columns;
    const int n = std::min(count, columns);
    const qsizetype row = qsizetype(rows->m_starts.size());
    rows->m_starts.push_back(start);
    // The last cell's end, counting missing cells as one byte each: the row's width.
    const quint32 last = columns == 0   ? 0
                         : n == columns ? spanEnds[n - 1]
                                        : (n > 0 ? spanEnds[n - 1] : 0) + quint32(columns - n);
    if (columns > 0 && last >= quint32(CsvRows::kQuoted - 1)) {
        rows->m_longRows.push_back(row);
        auto &le = rows->m_longEnds.emplace_back(size_t(columns), 0u);
        for (int k = 0; k < columns; ++k) {
            le[size_t(k)] = k < n ? spanEnds[k] | (quoted[k] ? CsvRows::kLongQuoted : 0u)
                                  : (k > 0 ? (le[size_t(k - 1)] & ~CsvRows::kLongQuoted) + 1 : 0);
        }
        quint16 *marks = rows->m_ends.grow(size_t(columns));
        marks[0] = CsvRows::kLongRow;
        std::fill(marks + 1, marks + columns, quint16(0));
        return;
    }
    quint16 *out = rows->m_ends.grow(size_t(columns));
    for (int k = 0; k < n; ++k)
        out[k] = quint16(spanEnds[k] | (quoted[k] ? CsvRows::kQuoted : 0u));
    for (int k = n; k < columns; ++k)
        out[k] = quint16(k > 0 ? (out[k - 1] & ~CsvRows::kQuoted) + 1 : 0); // missing: empty
}

} // namespace cxone
