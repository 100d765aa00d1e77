#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <span>
#include <vector>

class QIODevice;

namespace cxone {

class CsvRows;
struct CsvTable;

enum class CsvEncoding { Auto, Utf8, Utf16, Windows1252 };
QString csvEncodingName(CsvEncoding encoding);
// "auto", "utf-8", "utf-16", "windows-1252" (also "cp1252", "utf8"...); false when unknown.
bool parseCsvEncoding(const QString &text, CsvEncoding *encoding);
// ",", ";", "tab", "pipe" (or the characters themselves), "auto" (0); false when unknown.
bool parseCsvDelimiter(const QString &text, char *delimiter);
QString csvDelimiterName(char delimiter);

struct CsvOptions
{
    CsvEncoding encoding = CsvEncoding::Auto;
    char delimiter = 0; // 0: sniffed among , ; tab |
    qsizetype maxFieldBytes = 32767;
    qsizetype maxRowBytes = 1 << 20;
    int maxColumns = 1024;
    qint64 maxBytes = 0;     // the whole input; 0: no limit
    int keepProblems = 1000; // problems kept with their text; the rest are only counted
};

struct CsvProblem
{
    qint64 line = 0; // physical line (1-based) where the record starts
    QString text;
};

// What the reader found out about the input, for people and for the caller.
struct CsvInfo
{
    CsvEncoding encoding = CsvEncoding::Utf8;
    QString encodingNote; // "UTF-8", "UTF-8 with BOM", "UTF-16 LE", "Windows-1252 (not UTF-8: ...)"
    bool encodingFallback = false; // the input was not valid UTF-8 and was read as Windows-1252
    char delimiter = ',';
    bool delimiterSniffed = false;
    QStringList header;    // column names as used: duplicates and blanks made unique
    QStringList rawHeader; // as written in the file
    qint64 rows = 0;       // data records
    qint64 lines = 0;      // physical lines
    qint64 bytes = 0;      // bytes read from the input
    QList<CsvProblem> problems;
    qint64 problemCount = 0;
    QString fatal; // not empty: the input could not be read to its end; says why and where

    QString describe() const; // "UTF-8, comma-separated, 1,204 rows"
};

// One data record as the reader hands it over: cells as UTF-8, valid during the call only,
// always as many as the header has columns (missing ones empty).
struct CsvRecord
{
    qint64 line = 0;
    std::span<const QByteArrayView> cells;
    int fieldCount = 0; // as written; more than the header: the record is unreliable
    // Bytes that are not UTF-8 in a cell, though the input is read as UTF-8 (a BOM or the
    // caller said so): named in the problems, after the others, as the table reader names them.
    bool notUtf8 = false;
    bool tooManyFields() const { return fieldCount > int(cells.size()); }
};

// A streaming RFC 4180 reader: quotes, doubled quotes, delimiters and line breaks inside quotes,
// CRLF, LF and CR line ends; UTF-8 (BOM or not), UTF-16 with a BOM, and Windows-1252 when the
// input is not valid UTF-8 (said in the info, never silent); the delimiter sniffed from the first
// records. The first record is the header. Every problem is reported with its line: records with
// fewer fields (padded), with more fields, duplicate or blank column names, a NUL byte; a field
// or record over its cap, a quote never closed, or input over its cap stop the read.
class CsvReader final
{
public:
    using RecordFn = std::function<bool(const CsvRecord &record)>; // false: stop reading

    explicit CsvReader(CsvOptions options = {});
    ~CsvReader();

    // Reads to the end (or until onRecord says stop). False when the input could not be read
    // to its end: info->fatal says why.
    bool read(QIODevice *device, const RecordFn &onRecord, CsvInfo *info);
    // `path` "-" is standard input (every input opens through openInput()).
    bool readFile(const QString &path, const RecordFn &onRecord, CsvInfo *info);
    // Reads the whole input into a table: the same records, lines and problems as read() finds
    // (for a device that can be read twice), held in place in one buffer instead of handed over
    // one by one. False when the input could not be read to its end: table->info.fatal says why;
    // the records before that point are in the table.
    bool readTable(QIODevice *device, CsvTable *table);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

// A whole CSV file in memory: its records where they were read (one column per header column)
// and the physical line each record starts on.
struct CsvTable
{
    CsvInfo info;
    std::unique_ptr<CsvRows> rows;
    // Records with more fields than the header (unreliable records): record -> fields beyond.
    std::vector<std::pair<qint64, qint32>> extra;
    // Records, in order, with bytes that are not UTF-8 in a file read as UTF-8 because it said
    // so (a BOM, or the caller's choice), each also a problem naming its line.
    std::vector<qint64> notUtf8;
    bool isNotUtf8(qsizetype row) const;

    CsvTable();
    CsvTable(CsvTable &&) noexcept;
    CsvTable &operator=(CsvTable &&) noexcept;
    ~CsvTable();
    qsizetype rowCount() const { return m_count; }
    // The physical line (1-based) the record starts on.
    qint64 line(qsizetype row) const;
    // Records are added in order with their lines; most files have a record a line, so only
    // where that changes is kept (a million lines cost nothing).
    void appendLine(qint64 line)
    {
        const qint64 row = m_count++;
        if (m_lineSteps.empty() || row + m_lineSteps.back().second != line)
            m_lineSteps.emplace_back(row, line - row);
    }
    // Fields of the record beyond the header's (0 for most).
    qint32 extraFields(qsizetype row) const;
    qsizetype bytes() const;

private:
    qsizetype m_count = 0;
    std::vector<std::pair<qint64, qint64>> m_lineSteps; // from this record on: line = record + d
};

// `path` "-" is standard input. Every cap holds while the input is read: a pipe or a device is
// refused at maxBytes, or sooner when it goes on longer than any record may be without a line
// end (/dev/zero), never read whole first.
bool readCsvTable(const QString &path, const CsvOptions &options, CsvTable *table);
bool readCsvTable(QIODevice *device, const CsvOptions &options, CsvTable *table);

} // namespace cxone
