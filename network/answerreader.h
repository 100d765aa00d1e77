#pragma once

#include "network/transport.h"

#include <QByteArrayView>

namespace cxone {

// Reads the head lines of one answer as libcurl hands them over (one call per line, status
// lines of interim and final answers, header fields, the blank line ending each head, then any
// trailer fields after the body) and holds the line on what a server may send: at most
// kMaxInterim interim (1xx) answers before the real one, a head of at most kMaxHeadBytes, at
// most kMaxTrailers trailer fields of kMaxTrailerBytes in all, nothing but HTTP. libcurl reads
// the framing; this is where a server that never gets to the point is stopped.
class AnswerReader final
{
public:
    static constexpr int kMaxInterim = 10;
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr int kMaxTrailers = 32;
    static constexpr qsizetype kMaxTrailerBytes = 16 * 1024;

    enum class Step {
        More,     // keep reading
        HeadDone, // the final answer's status and headers are in
        Stop,     // stop the transfer: problem() says why
    };
    Step line(QByteArrayView line);

    int status() const { return m_status; }
    const HeaderList &headers() const { return m_headers; }
    bool headDone() const { return m_state == State::Body || m_state == State::Trailers; }
    int interimAnswers() const { return m_interim; }
    int trailers() const { return m_trailers; }
    const TransportEnd &problem() const { return m_problem; }

private:
    enum class State { StatusLine, Fields, Body, Trailers, Stopped };
    Step stop(ErrorKind kind, const QString &text);
    Step statusLine(QByteArrayView line);
    Step field(QByteArrayView line);

    State m_state = State::StatusLine;
    int m_status = 0;
    HeaderList m_headers;
    qsizetype m_headBytes = 0;
    int m_interim = 0;
    int m_trailers = 0;
    qsizetype m_trailerBytes = 0;
    TransportEnd m_problem;
};

// An HTTP token (RFC 9110): what a method or a header name is made of.
bool isHttpToken(QByteArrayView s);

// A server's bytes as they may appear in a sentence: control and non-ASCII bytes as '?', at
// most 40 of them.
QString printableSnippet(QByteArrayView bytes);

} // namespace cxone
