#include "network/answerreader.h"

#include <cstring>

namespace cxone {

bool isHttpToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || (c != 0 && std::strchr("!#$%&'*+-.^_`|~", c) != nullptr);
        if (!ok)
            return false;
    }
    return true;
}

namespace {

QByteArrayView withoutLineEnd(QByteArrayView line)
{
    if (line.endsWith('\n'))
        line.chop(1);
    if (line.endsWith('\r'))
        line.chop(1);
    return line;
}

} // namespace

QString printableSnippet(QByteArrayView bytes)
{
    const QByteArrayView shown = bytes.first(qMin<qsizetype>(bytes.size(), 40));
    QString out;
    out.reserve(shown.size());
    for (const char c : shown)
        out += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('?');
    return out;
}

AnswerReader::Step AnswerReader::stop(ErrorKind kind, const QString &text)
{
    m_state = State::Stopped;
    m_problem = {kind, text};
    return Step::Stop;
}

AnswerReader::Step AnswerReader::line(QByteArrayView raw)
{
    const QByteArrayView line = withoutLineEnd(raw);
    switch (m_state) {
    case State::StatusLine:
        m_headBytes += raw.size();
        return statusLine(line);
    case State::Fields:
        m_headBytes += raw.size();
        if (m_headBytes > kMaxHeadBytes)
            return stop(ErrorKind::Protocol,
                        QStringLiteral("the answer's status line and headers are longer than "
                                       "%1 KiB")
                                .arg(kMaxHeadBytes / 1024));
        return field(line);
    case State::Body:
    case State::Trailers:
        // After the body: trailer fields, ended by a blank line.
        if (line.isEmpty()) {
            m_state = State::Body;
            return Step::More;
        }
        m_state = State::Trailers;
        ++m_trailers;
        m_trailerBytes += raw.size();
        if (m_trailers > kMaxTrailers || m_trailerBytes > kMaxTrailerBytes)
            return stop(ErrorKind::Protocol,
                        QStringLiteral("the answer's trailer fields go on past %1 fields or "
                                       "%2 KiB")
                                .arg(kMaxTrailers)
                                .arg(kMaxTrailerBytes / 1024));
        return Step::More;
    case State::Stopped:
        return Step::Stop;
    }
    return Step::Stop;
}

AnswerReader::Step AnswerReader::statusLine(QByteArrayView line)
{
    // HTTP/1.1 200 OK, HTTP/1.0 204, HTTP/2 200 (libcurl's rendering of an HTTP/2 answer)
    bool ok = line.startsWith("HTTP/");
    const qsizetype space = ok ? line.indexOf(' ') : -1;
    int status = 0;
    ok = ok && space > 5 && line.size() >= space + 4;
    for (qsizetype i = space + 1; ok && i < space + 4; ++i) {
        const char c = line[i];
        ok = c >= '0' && c <= '9';
        status = status * 10 + (c - '0');
    }
    ok = ok && (line.size() == space + 4 || line[space + 4] == ' ');
    if (!ok)
        return stop(ErrorKind::Protocol,
                    QStringLiteral("the server's answer is not HTTP (it starts with \"%1\")")
                            .arg(printableSnippet(line)));
    if (status < 100 || status > 599)
        return stop(ErrorKind::Protocol,
                    QStringLiteral("the server answered with status %1, which HTTP does not have")
                            .arg(status));
    if (status == 101)
        return stop(ErrorKind::Protocol,
                    QStringLiteral("the server switched protocols, which was not asked for"));
    m_status = status;
    m_headers.clear();
    m_state = State::Fields;
    return Step::More;
}

AnswerReader::Step AnswerReader::field(QByteArrayView line)
{
    if (line.isEmpty()) {
        if (m_status >= 200) {
            m_state = State::Body;
            return Step::HeadDone;
        }
        // An interim answer (100 Continue, 103 Early Hints): the real one follows.
        if (++m_interim > kMaxInterim)
            return stop(ErrorKind::Protocol,
                        QStringLiteral("the server sent more than %1 interim answers (HTTP %2) "
                                       "and no answer")
                                .arg(kMaxInterim)
                                .arg(m_status));
        m_state = State::StatusLine;
        return Step::More;
    }
    if (line[0] == ' ' || line[0] == '\t') {
        if (m_headers.isEmpty())
            return stop(ErrorKind::Protocol,
                        QStringLiteral("the answer's headers begin with a continuation line"));
        m_headers.last().second += ' ' + line.trimmed().toByteArray(); // obsolete folding
        return Step::More;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0 || !isHttpToken(line.first(colon)))
        return stop(ErrorKind::Protocol,
                    QStringLiteral("the answer has a malformed header line (\"%1\")")
                            .arg(printableSnippet(line)));
    m_headers.append(
            {line.first(colon).toByteArray(), line.sliced(colon + 1).trimmed().toByteArray()});
    return Step::More;
}

} // namespace cxone
