#pragma once

#include <QByteArray>
#include <QString>

#include <cstdio>
#include <memory>

class QFile;

namespace cxone {

// Every file or stream the console and the command line read goes through here: the cap is
// enforced while reading, so a pipe, a FIFO or a device (/dev/zero) ends with a clear error
// instead of filling memory. `path` "-" is standard input. `what` names the input in the
// sentence ("the audience file", "--disposable-list").
bool readBounded(const QString &path, qint64 maxBytes, QByteArray *out, QString *error,
                 const QString &what = {});

// Opens `path` ("-": standard input) for reading as a stream; nullptr with *error when it
// cannot be opened or is a directory.
std::unique_ptr<QFile> openInput(const QString &path, QString *error, const QString &what = {});

// Reads lines of at most maxLineBytes from a stream; a longer line is reported once (and its
// rest skipped), never split into several lines.
class LineReader final
{
public:
    LineReader(QFile *input, qsizetype maxLineBytes);
    // False at the end of the input. *line is without its line end (LF or CRLF); *tooLong is
    // set when the line was longer than the cap (*line is then empty).
    bool next(QByteArray *line, bool *tooLong);
    qint64 lineNumber() const { return m_lineNo; }

private:
    bool refill();

    QFile *m_input;
    qsizetype m_max;
    QByteArray m_buf;
    qsizetype m_pos = 0;
    bool m_eof = false;
    qint64 m_lineNo = 0;
};

// Human size: "64 KiB", "16 MiB".
QString sizeText(qint64 bytes);

} // namespace cxone
