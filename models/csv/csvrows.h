#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <vector>

namespace cxone {

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
    QString text(qsizetype row, int column) const { return QString::fromUtf8(cell(row, column)); }

    // Bytes held: the text, the record index and the cell ends.
    qsizetype bytes() const;

private:
    friend struct CsvRowsBuilder;

    static constexpr quint16 kLongRow = 0xFFFF; // first cell end of a row whose ends are 32-bit
    static constexpr quint16 kQuoted = 0x8000;  // the cell's text is inside quotes
    static constexpr quint32 kLongQuoted = 0x80000000u;

    int m_columns;
    QByteArray m_text;
    std::vector<qint64> m_starts;   // where each record starts in m_text
    std::vector<quint16> m_ends;    // per cell: where it ends, from its record's start
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
    void reserve(qsizetype records);
    // The buffer parsed (the one `text` points into) becomes the rows' text.
    void finish(QByteArray text);
};

} // namespace cxone
