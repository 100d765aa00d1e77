#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <algorithm>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <new>
#include <utility>
#include <vector>

namespace cxone {

// Memory for a large block (a file's text, a million-record index): on huge pages where the
// system gives them, so that 100 MB costs 50 page faults instead of 25,000. Freed with
// std::free(). Throws std::bad_alloc.
void *allocateLarge(size_t bytes);

// A growable array of plain values whose new slots are not zeroed (a million-record index is
// written once, right after it grows).
template<typename T>
class PodArray final
{
public:
    PodArray() = default;
    PodArray(const PodArray &) = delete;
    PodArray &operator=(const PodArray &) = delete;
    PodArray(PodArray &&other) noexcept
        : m_data(std::exchange(other.m_data, nullptr))
        , m_size(std::exchange(other.m_size, 0))
        , m_capacity(std::exchange(other.m_capacity, 0))
    {}
    PodArray &operator=(PodArray &&other) noexcept
    {
        std::swap(m_data, other.m_data);
        std::swap(m_size, other.m_size);
        std::swap(m_capacity, other.m_capacity);
        return *this;
    }
    ~PodArray() { std::free(m_data); }

    size_t size() const { return m_size; }
    size_t capacity() const { return m_capacity; }
    T *data() { return m_data; }
    const T *data() const { return m_data; }
    T &operator[](size_t i) { return m_data[i]; }
    const T &operator[](size_t i) const { return m_data[i]; }
    T &back() { return m_data[m_size - 1]; }

    // `n` more slots at the end, not initialised.
    T *grow(size_t n)
    {
        if (m_size + n > m_capacity)
            reallocate(std::max(m_size + n, m_capacity + m_capacity / 2 + 64));
        T *p = m_data + m_size;
        m_size += n;
        return p;
    }
    void push_back(T value) { *grow(1) = value; }
    void reserve(size_t n)
    {
        if (n > m_capacity)
            reallocate(n);
    }
    void shrink_to_fit()
    {
        if (m_capacity > m_size)
            reallocate(m_size);
    }

private:
    void reallocate(size_t n)
    {
        if (n == 0) {
            std::free(m_data);
            m_data = nullptr;
            m_capacity = 0;
            return;
        }
        void *p = nullptr;
        if (n * sizeof(T) >= (size_t(4) << 20)) {
            p = allocateLarge(n * sizeof(T));
            if (m_size > 0)
                std::memcpy(p, m_data, std::min(m_size, n) * sizeof(T));
            std::free(m_data);
        } else {
            p = std::realloc(m_data, n * sizeof(T));
            if (!p)
                throw std::bad_alloc();
        }
        m_data = static_cast<T *>(p);
        m_capacity = n;
    }

    T *m_data = nullptr;
    size_t m_size = 0;
    size_t m_capacity = 0;
};

// The text a table's cells point into: a QByteArray, or a block of its own (allocateLarge) that
// a whole file was read into.
class CsvText final
{
public:
    CsvText() = default;
    explicit CsvText(QByteArray bytes)
        : m_bytes(std::move(bytes))
        , m_data(m_bytes.data())
        , m_size(m_bytes.size())
        , m_capacity(m_size)
    {}
    // Room for `capacity` bytes (size 0), plus 64 bytes that may be read past the end.
    static CsvText allocate(qsizetype capacity)
    {
        CsvText t;
        t.m_own.reset(static_cast<char *>(allocateLarge(size_t(capacity) + 64)));
        t.m_data = t.m_own.get();
        t.m_capacity = capacity;
        return t;
    }
    char *data() { return m_data; }
    const char *constData() const { return m_data; }
    qsizetype size() const { return m_size; }
    qsizetype capacity() const { return m_capacity; }
    void setSize(qsizetype size) { m_size = size; }
    bool isOwnBlock() const { return m_own != nullptr; }

private:
    struct Free
    {
        void operator()(char *p) const { std::free(p); }
    };
    QByteArray m_bytes;
    std::unique_ptr<char, Free> m_own;
    char *m_data = nullptr;
    qsizetype m_size = 0;
    qsizetype m_capacity = 0;
};

// The records of a CSV file held where they were read: the file's text (as UTF-8) in one buffer,
// and per record where it starts and where each of its cells ends (a cell starts one byte after
// the one before ends). A quoted cell's end has a flag bit: its text is between the first and last
// byte. Only a record with doubled quotes or text after a closing quote is rewritten, in place,
// once, when it is read (quotes dropped, doubled quotes made single). A record costs 8 bytes plus
// 2 bytes a cell beside its text, and no cell is ever copied.
class CsvRows final
{
public:
    explicit CsvRows(int columns = 0);

    int columnCount() const { return m_columns; }
    qsizetype rowCount() const { return qsizetype(m_starts.size()); }

    QByteArrayView cell(qsizetype row, int column) const;
    // Every cell of a row at once (out holds columnCount() views).
    void cells(qsizetype row, QByteArrayView *out) const;
    // One column's cells of `count` rows from `first` (out holds count views).
    void column(qsizetype first, qsizetype count, int column, QByteArrayView *out) const;
    // Several columns' at once: out[j] holds the count views of columns[j].
    void columns(qsizetype first, qsizetype count, const int *columns, int columnCount,
                 QByteArrayView *const *out) const;
    QString text(qsizetype row, int column) const { return QString::fromUtf8(cell(row, column)); }

    // Bytes held: the text, the record index and the cell ends.
    qsizetype bytes() const;

private:
    friend struct CsvRowsBuilder;

    static constexpr quint16 kLongRow = 0xFFFF; // first cell end of a row whose ends are 32-bit
    static constexpr quint16 kQuoted = 0x8000;  // the cell's text is inside quotes
    static constexpr quint32 kLongQuoted = 0x80000000u;

    int m_columns;
    CsvText m_text;
    PodArray<qint64> m_starts;      // where each record starts in m_text
    PodArray<quint16> m_ends;       // per cell: where it ends, from its record's start
    std::vector<qint64> m_longRows; // rows over 64 KiB, sorted, and their ends below
    std::vector<std::vector<quint32>> m_longEnds;

    const quint32 *longEnds(qsizetype row) const;
};

// Fills a CsvRows as the reader parses a buffer it owns: the reader hands each record's cells
// (views into the buffer, or into its scratch for quoted cells) with the record's start.
struct CsvRowsBuilder
{
    CsvRows *rows;
    char *text; // the buffer being parsed; becomes CsvRows's text when reading ends

    // `cells` holds the record's first min(fields, columns) cells. With `rewrite` some are not
    // slices of the buffer (the record is then rewritten at `start`); without it, `quoted[k]`
    // says cell k was written between quotes (its view is inside them).
    void add(qint64 start, const QByteArrayView *cells, const bool *quoted, int count,
             bool rewrite);
    // The same from the cells' spans: where each ends from `start` (after its closing quote when
    // quoted), for a record none of whose cells needs rewriting.
    void addSpans(qint64 start, const quint32 *spanEnds, const bool *quoted, int count);
    // The same for a record of exactly columnCount() cells whose last one ends below
    // kShortRow (what most records are), given as their ends with bit 31 set for a quoted cell.
    static constexpr quint32 kShortRow = 0x7FFF; // CsvRows::kQuoted - 1
    void addShort(qint64 start, const quint32 *ends)
    {
        const int columns = rows->m_columns;
        rows->m_starts.push_back(start);
        quint16 *out = rows->m_ends.grow(size_t(columns));
        for (int k = 0; k < columns; ++k)
            out[k] = quint16(ends[k] | (ends[k] >> 16)); // bit 31 becomes CsvRows::kQuoted
    }
    void reserve(qsizetype records);
    // The buffer parsed (the one `text` points into) becomes the rows' text.
    void finish(CsvText text);
};

} // namespace cxone
