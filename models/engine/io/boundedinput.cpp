#include "models/engine/io/boundedinput.h"

#include <QFile>
#include <QFileInfo>
#include <QLocale>

namespace cxone {

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 0, QLocale::DataSizeIecFormat);
}

std::unique_ptr<QFile> openInput(const QString &path, QString *error, const QString &what)
{
    const QString name = what.isEmpty() ? QStringLiteral("'%1'").arg(path) : what;
    auto f = std::make_unique<QFile>();
    if (path == u"-") {
        if (!f->open(stdin, QIODevice::ReadOnly)) {
            *error = QStringLiteral("Cannot read standard input: %1").arg(f->errorString());
            return nullptr;
        }
        return f;
    }
    if (QFileInfo(path).isDir()) {
        *error = QStringLiteral("%1 is a folder, not a file.").arg(name);
        return nullptr;
    }
    f->setFileName(path);
    if (!f->open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read %1: %2").arg(name, f->errorString());
        return nullptr;
    }
    return f;
}

bool readBounded(const QString &path, qint64 maxBytes, QByteArray *out, QString *error,
                 const QString &what)
{
    out->clear();
    const std::unique_ptr<QFile> f = openInput(path, error, what);
    if (!f)
        return false;
    const QString name = what.isEmpty() ? QStringLiteral("'%1'").arg(path) : what;
    for (;;) {
        const QByteArray chunk = f->read(std::min<qint64>(1 << 20, maxBytes + 1 - out->size()));
        if (chunk.isEmpty()) {
            if (f->error() != QFileDevice::NoError) {
                *error = QStringLiteral("Reading %1 failed: %2").arg(name, f->errorString());
                return false;
            }
            break;
        }
        out->append(chunk);
        if (out->size() > maxBytes) {
            *error = QStringLiteral("%1 is larger than %2, the most this input may be; nothing "
                                    "was used.")
                             .arg(name, sizeText(maxBytes));
            out->clear();
            return false;
        }
    }
    return true;
}

LineReader::LineReader(QFile *input, qsizetype maxLineBytes)
    : m_input(input)
    , m_max(maxLineBytes)
{}

bool LineReader::refill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buf.remove(0, m_pos);
        m_pos = 0;
    }
    const QByteArray chunk = m_input->read(256 * 1024);
    if (chunk.isEmpty()) {
        m_eof = true;
        return false;
    }
    m_buf += chunk;
    return true;
}

bool LineReader::next(QByteArray *line, bool *tooLong)
{
    *tooLong = false;
    line->clear();
    for (;;) {
        const qsizetype nl = m_buf.indexOf('\n', m_pos);
        if (nl >= 0) {
            const qsizetype length = nl - m_pos;
            if (*tooLong || length > m_max + 1) {
                *tooLong = true;
            } else {
                *line = m_buf.mid(m_pos, length);
                if (line->endsWith('\r'))
                    line->chop(1);
                if (line->size() > m_max) {
                    *tooLong = true;
                    line->clear();
                }
            }
            m_pos = nl + 1;
            ++m_lineNo;
            return true;
        }
        if (m_buf.size() - m_pos > m_max + 1) {
            // Longer than any line may be: drop what we have and skip to its end.
            *tooLong = true;
            m_pos = m_buf.size();
        }
        if (!refill()) {
            if (m_buf.size() > m_pos || *tooLong) {
                if (!*tooLong) {
                    *line = m_buf.mid(m_pos);
                    if (line->endsWith('\r'))
                        line->chop(1);
                }
                m_pos = m_buf.size();
                ++m_lineNo;
                return true;
            }
            return false;
        }
    }
}

} // namespace cxone
