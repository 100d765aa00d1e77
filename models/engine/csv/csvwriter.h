#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include "network/fileio.h"

#include <initializer_list>
#include <string_view>

namespace cxone {

class ByteWriter;

// The one way the console writes a CSV cell (RFC 4180): quoted when it holds a comma, quote, CR
// or LF, quotes doubled. A cell that a spreadsheet would run as a formula (it starts with =, +,
// -, @, tab or CR) gets a leading apostrophe, unless the whole cell is a plain signed number such
// as -12.5 or a phone number as people write it (+1 (201) 555-0123, ext 5): digits and
// punctuation cannot call anything.
void appendCsvField(QByteArray &out, std::string_view text);
void appendCsvField(ByteWriter &out, std::string_view text);
QByteArray csvField(QByteArrayView text);
bool csvNeedsNeutralising(std::string_view text);

// Writes a CSV file as every output is written (OutputFile: beside the target and renamed over
// it when complete, owner-only, a pipe or terminal in place, anything else refused), CRLF line
// ends.
class CsvFileWriter final
{
public:
    explicit CsvFileWriter(const QString &path, const QString &what = {});
    bool open(QString *error);
    void writeRow(std::initializer_list<QByteArrayView> cells);
    void writeRow(const QList<QByteArray> &cells);
    // Appends an already formatted line (with its line end).
    void writeRaw(QByteArrayView line);
    bool commit(QString *error);

private:
    void flushIfFull();

    OutputFile m_file;
    QByteArray m_buffer;
    QString m_error; // the first write that failed
};

} // namespace cxone
