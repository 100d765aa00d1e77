#include "network/http1transport.h"

#include "network/profile.h"
#include "network/result.h"

#include <QNetworkProxy>
#include <QTcpSocket>
#include <QTimer>

#include <zlib.h>

#include <limits>

#if QT_CONFIG(ssl)
#include <QSslConfiguration>
#include <QSslSocket>
#endif

namespace cxone {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qsizetype kMaxChunkLine = 1024;

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (const char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || std::strchr("!#$%&'*+-.^_`|~", c) != nullptr;
        if (!ok || c == 0)
            return false;
    }
    return true;
}

bool isFieldValue(QByteArrayView s)
{
    for (const char c : s)
        if (c == '\r' || c == '\n' || c == 0)
            return false;
    return true;
}

// A server's bytes as they may appear in a sentence: control and non-ASCII bytes as '?'.
QString printable(QByteArrayView bytes)
{
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes)
        out += (c >= 0x20 && c < 0x7f) ? QLatin1Char(c) : QLatin1Char('?');
    return out;
}

// Whether a comma-separated header value lists token (case-insensitive).
bool listsToken(QByteArrayView value, QByteArrayView token)
{
    for (const QByteArrayView part : QLatin1StringView(value).tokenize(u',')) {
        if (part.trimmed().compare(token, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

// Unpacks a gzip or zlib stream (the header tells which). False when it is corrupt or cut short,
// or (with *tooLarge) when it would grow past cap bytes.
bool inflateAll(const QByteArray &in, qint64 cap, QByteArray *out, bool *tooLarge)
{
    z_stream z{};
    if (in.size() > qsizetype(std::numeric_limits<uInt>::max())
        || inflateInit2(&z, 15 + 32) != Z_OK)
        return false;
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.constData()));
    z.avail_in = uInt(in.size());
    QByteArray buffer;
    buffer.resize(
            qsizetype(qBound<qint64>(1, qMax<qint64>(qint64(in.size()) * 4, 16 * 1024), cap)));
    qint64 used = 0;
    bool ok = false;
    for (;;) {
        if (used == buffer.size()) {
            if (used >= cap) {
                *tooLarge = true;
                break;
            }
            buffer.resize(qsizetype(qMin<qint64>(cap, qint64(buffer.size()) * 2)));
        }
        const qint64 room = qMin<qint64>(buffer.size() - used, std::numeric_limits<uInt>::max());
        z.next_out = reinterpret_cast<Bytef *>(buffer.data() + used);
        z.avail_out = uInt(room);
        const int rc = inflate(&z, Z_NO_FLUSH);
        used += room - qint64(z.avail_out);
        if (rc == Z_STREAM_END) {
            ok = true;
            break;
        }
        if (rc == Z_OK || (rc == Z_BUF_ERROR && z.avail_out == 0))
            continue;
        break; // corrupt, or the input ended before the stream did
    }
    inflateEnd(&z);
    if (ok) {
        buffer.resize(qsizetype(used));
        *out = std::move(buffer);
    }
    return ok;
}

} // namespace

// ---- Http1Reply --------------------------------------------------------------------------------

Http1Reply::Http1Reply(Http1Transport *transport, QString origin, QUrl url, QByteArray wire,
                       bool replayable, int timeoutMs, qint64 maxUnpacked)
    : m_transport(transport)
    , m_origin(std::move(origin))
    , m_url(std::move(url))
    , m_wire(std::move(wire))
    , m_replayable(replayable)
    , m_timeoutMs(timeoutMs)
    , m_maxUnpacked(maxUnpacked)
{
    if (m_timeoutMs > 0) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        m_timer->setInterval(m_timeoutMs);
        connect(m_timer, &QTimer::timeout, this, &Http1Reply::onTimeout);
    }
}

Http1Reply::~Http1Reply()
{
    if (m_socket) {
        QTcpSocket *socket = m_socket;
        detach();
        socket->abort();
        socket->deleteLater();
    }
}

QByteArray Http1Reply::rawHeader(QByteArrayView name) const
{
    return headerValue(m_headers, name);
}

void Http1Reply::attach(QTcpSocket *socket, bool reused)
{
    m_socket = socket;
    m_reusedConnection = reused;
    m_state = State::Head;
    m_receivedAny = false;
    connect(socket, &QIODevice::readyRead, this, &Http1Reply::onReadyRead);
    connect(socket, &QIODevice::bytesWritten, this, &Http1Reply::touch);
    connect(socket, &QAbstractSocket::errorOccurred, this, &Http1Reply::onSocketError);
    connect(socket, &QAbstractSocket::disconnected, this, &Http1Reply::onSocketError);
    touch();
    socket->write(m_wire);
    // On the wire at once, not after whatever else this pass of the event loop handles first:
    // with batches in flight that held the server idle. (Only once connected: flushing a
    // socket still connecting stops it from noticing that it has connected.)
    if (socket->state() == QAbstractSocket::ConnectedState)
        socket->flush();
}

void Http1Reply::detach()
{
    if (m_socket)
        disconnect(m_socket, nullptr, this, nullptr);
    m_socket = nullptr;
}

void Http1Reply::touch()
{
    if (m_timer && m_state != State::Done)
        m_timer->start();
}

void Http1Reply::abort()
{
    if (m_state == State::Done)
        return;
    fail(QNetworkReply::OperationCanceledError, QStringLiteral("Operation canceled"));
}

void Http1Reply::onTimeout()
{
    if (m_state == State::Done)
        return;
    fail(QNetworkReply::TimeoutError,
         m_status == 0 ? QStringLiteral("no answer within %1 ms").arg(m_timeoutMs)
                       : QStringLiteral("nothing more arrived for %1 ms after %2 bytes of the "
                                        "response")
                                 .arg(m_timeoutMs)
                                 .arg(m_bodySize));
}

void Http1Reply::onReadyRead()
{
    if (m_state == State::Done || !m_socket)
        return;
    if (m_socket->bytesAvailable() <= 0)
        return;
    m_receivedAny = true;
    touch();
    const QPointer<Http1Reply> self(this);
    if (m_state == State::Head) {
        m_in.append(m_socket->readAll());
        if (!parseHead() || !self || m_state == State::Done)
            return;
    }
    switch (m_state) {
    case State::Body:
        readBody();
        break;
    case State::Chunked:
        m_in.append(m_socket->readAll());
        readChunks();
        break;
    case State::UntilClose:
        m_body.append(m_in);
        m_in.clear();
        m_body.append(m_socket->readAll());
        m_bodySize = m_body.size();
        Q_EMIT downloadProgress(m_bodySize, -1);
        break;
    default:
        break;
    }
}

bool Http1Reply::parseHead()
{
    bool http11 = true;
    for (;;) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > kMaxHeadBytes)
                fail(QNetworkReply::ProtocolFailure,
                     QStringLiteral("the response's status line and headers are longer than "
                                    "%1 KiB")
                             .arg(kMaxHeadBytes / 1024));
            return false;
        }
        const QByteArrayView head(m_in.constData(), end);
        qsizetype lineEnd = head.indexOf("\r\n");
        const QByteArrayView statusLine = lineEnd < 0 ? head : head.first(lineEnd);
        // HTTP/1.x SP 3DIGIT [SP reason]
        bool ok = statusLine.size() >= 12 && statusLine.startsWith("HTTP/1.")
                  && statusLine[8] == ' ';
        int status = 0;
        if (ok) {
            for (int i = 9; i < 12; ++i) {
                const char c = statusLine[i];
                ok = ok && c >= '0' && c <= '9';
                status = status * 10 + (c - '0');
            }
            ok = ok && (statusLine.size() == 12 || statusLine[12] == ' ') && status >= 100;
        }
        if (!ok) {
            fail(QNetworkReply::ProtocolFailure,
                 QStringLiteral("the server's answer is not HTTP/1.x (it starts with \"%1\")")
                         .arg(printable(statusLine.first(qMin<qsizetype>(statusLine.size(), 40)))));
            return false;
        }
        http11 = statusLine[7] == '1';
        QList<QPair<QByteArray, QByteArray>> headers;
        qsizetype pos = lineEnd < 0 ? head.size() : lineEnd + 2;
        while (pos < head.size()) {
            qsizetype next = head.indexOf("\r\n", pos);
            if (next < 0)
                next = head.size();
            const QByteArrayView line = head.sliced(pos, next - pos);
            pos = next + 2;
            if (line.isEmpty())
                continue;
            if ((line[0] == ' ' || line[0] == '\t') && !headers.isEmpty()) {
                headers.last().second += ' ' + line.trimmed().toByteArray(); // obsolete folding
                continue;
            }
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0 || !isToken(line.first(colon))) {
                fail(QNetworkReply::ProtocolFailure,
                     QStringLiteral("the response has a malformed header line"));
                return false;
            }
            headers.append({line.first(colon).toByteArray(),
                            line.sliced(colon + 1).trimmed().toByteArray()});
        }
        m_in.remove(0, end + 4);
        if (status < 200) {
            if (status == 101) {
                fail(QNetworkReply::ProtocolFailure,
                     QStringLiteral("the server switched protocols, which was not asked for"));
                return false;
            }
            continue; // an interim answer (100 Continue, 103 Early Hints): the real one follows
        }
        m_status = status;
        m_headers = std::move(headers);
        break;
    }

    const QByteArray connection = rawHeader("Connection");
    m_keepAlive = http11 ? !listsToken(connection, "close") : listsToken(connection, "keep-alive");
    const QByteArray transferEncoding = rawHeader("Transfer-Encoding");
    const QByteArray length = rawHeader("Content-Length");
    const bool noBody = m_wire.startsWith("HEAD ") || m_status == 204 || m_status == 304;
    if (!noBody && !transferEncoding.isEmpty()) {
        const QList<QByteArray> codings = transferEncoding.split(',');
        if (codings.last().trimmed().compare("chunked", Qt::CaseInsensitive) == 0) {
            m_state = State::Chunked;
        } else {
            m_state = State::UntilClose;
            m_keepAlive = false;
        }
    } else if (!noBody && !length.isEmpty()) {
        // Digits only; repeated values must agree ("100, 100").
        qint64 value = -1;
        for (const QByteArray &part : length.split(',')) {
            const QByteArray digits = part.trimmed();
            bool ok = !digits.isEmpty() && digits.size() <= 18;
            for (const char c : digits)
                ok = ok && c >= '0' && c <= '9';
            const qint64 v = ok ? digits.toLongLong() : -1;
            if (v < 0 || (value >= 0 && v != value)) {
                fail(QNetworkReply::ProtocolFailure,
                     QStringLiteral("the response's Content-Length \"%1\" is not a length")
                             .arg(printable(length.left(40))));
                return false;
            }
            value = v;
        }
        m_contentLength = value;
        m_state = State::Body;
    } else if (noBody) {
        m_contentLength = 0;
        m_state = State::Body;
    } else {
        m_state = State::UntilClose;
        m_keepAlive = false;
    }

    const QPointer<Http1Reply> self(this);
    Q_EMIT metaDataChanged();
    if (!self || m_state == State::Done)
        return false;

    if (m_state == State::Body) {
        // The caller has seen the length (and refused what is too large) before it is allocated.
        m_body.resize(qsizetype(*m_contentLength));
        const qsizetype take = qMin<qsizetype>(m_in.size(), qsizetype(*m_contentLength));
        if (take > 0)
            std::memcpy(m_body.data(), m_in.constData(), size_t(take));
        m_bodySize = take;
        if (m_in.size() > take)
            m_keepAlive = false; // bytes beyond the response: the connection is not trusted again
        m_in.clear();
        readBody();
        return false;
    }
    if (m_state == State::Chunked) {
        readChunks();
        return false;
    }
    return true; // UntilClose: onReadyRead moves what is there
}

void Http1Reply::readBody()
{
    const qint64 total = *m_contentLength;
    while (m_socket && m_bodySize < total) {
        const qint64 n = m_socket->read(m_body.data() + m_bodySize, total - m_bodySize);
        if (n <= 0)
            break;
        m_bodySize += n;
    }
    const QPointer<Http1Reply> self(this);
    if (total > 0)
        Q_EMIT downloadProgress(m_bodySize, total);
    if (!self || m_state == State::Done)
        return;
    if (m_bodySize == total) {
        if (m_socket && m_socket->bytesAvailable() > 0)
            m_keepAlive = false;
        complete(m_keepAlive);
    }
}

bool Http1Reply::readChunks()
{
    const QPointer<Http1Reply> self(this);
    qsizetype pos = 0;
    auto malformed = [this] {
        fail(QNetworkReply::ProtocolFailure,
             QStringLiteral("the response's chunked body is malformed after %1 bytes")
                     .arg(m_bodySize));
        return false;
    };
    bool grew = false;
    for (;;) {
        if (m_chunkStep == ChunkStep::Size || m_chunkStep == ChunkStep::Trailer) {
            const qsizetype eol = m_in.indexOf("\r\n", pos);
            if (eol < 0) {
                if (m_in.size() - pos > kMaxChunkLine)
                    return malformed();
                break;
            }
            QByteArrayView line(m_in.constData() + pos, eol - pos);
            pos = eol + 2;
            if (m_chunkStep == ChunkStep::Trailer) {
                if (line.isEmpty()) {
                    m_in.remove(0, pos);
                    if (grew)
                        Q_EMIT downloadProgress(m_bodySize, -1);
                    if (!self || m_state == State::Done)
                        return false;
                    const bool clean
                            = m_in.isEmpty() && (!m_socket || m_socket->bytesAvailable() == 0);
                    complete(m_keepAlive && clean);
                    return true;
                }
                continue; // trailer fields are not used
            }
            if (const qsizetype semi = line.indexOf(';'); semi >= 0)
                line = line.first(semi); // chunk extensions are not used
            line = line.trimmed();
            if (line.isEmpty() || line.size() > 15)
                return malformed();
            qint64 size = 0;
            for (const char c : line) {
                int digit = -1;
                if (c >= '0' && c <= '9')
                    digit = c - '0';
                else if (c >= 'a' && c <= 'f')
                    digit = c - 'a' + 10;
                else if (c >= 'A' && c <= 'F')
                    digit = c - 'A' + 10;
                if (digit < 0)
                    return malformed();
                size = size * 16 + digit;
            }
            m_chunkLeft = size;
            m_chunkStep = size == 0 ? ChunkStep::Trailer : ChunkStep::Data;
        } else if (m_chunkStep == ChunkStep::Data) {
            const qsizetype take = qMin<qsizetype>(m_in.size() - pos, qsizetype(m_chunkLeft));
            if (take == 0)
                break;
            m_body.append(m_in.constData() + pos, take);
            m_bodySize = m_body.size();
            pos += take;
            m_chunkLeft -= take;
            grew = true;
            if (m_chunkLeft == 0)
                m_chunkStep = ChunkStep::DataEnd;
        } else { // DataEnd
            if (m_in.size() - pos < 2)
                break;
            if (m_in[pos] != '\r' || m_in[pos + 1] != '\n')
                return malformed();
            pos += 2;
            m_chunkStep = ChunkStep::Size;
        }
    }
    m_in.remove(0, pos);
    if (grew)
        Q_EMIT downloadProgress(m_bodySize, -1);
    return self && m_state != State::Done;
}

void Http1Reply::onSocketError()
{
    if (m_state == State::Done)
        return;
    const QPointer<Http1Reply> self(this);
    // What arrived before the close is read first: the answer may be whole.
    if (m_socket && m_socket->bytesAvailable() > 0)
        onReadyRead();
    if (!self || m_state == State::Done)
        return;
    const QAbstractSocket::SocketError error
            = m_socket ? m_socket->error() : QAbstractSocket::RemoteHostClosedError;
    const bool closed = error == QAbstractSocket::RemoteHostClosedError
                        || (m_socket && m_socket->state() == QAbstractSocket::UnconnectedState
                            && error == QAbstractSocket::UnknownSocketError);
    if (m_state == State::UntilClose && closed) {
        complete(false);
        return;
    }
    // A kept-alive connection the server had already closed: send once more on a new one.
    if (closed && m_reusedConnection && !m_receivedAny && !m_resent && m_replayable
        && m_transport) {
        m_resent = true;
        QTcpSocket *old = m_socket;
        detach();
        if (old) {
            old->abort();
            old->deleteLater();
        }
        attach(m_transport->open(m_url), false);
        return;
    }
    switch (error) {
    case QAbstractSocket::ConnectionRefusedError:
        fail(QNetworkReply::ConnectionRefusedError, QStringLiteral("Connection refused"));
        return;
    case QAbstractSocket::HostNotFoundError:
        fail(QNetworkReply::HostNotFoundError,
             QStringLiteral("Host %1 not found").arg(m_url.host()));
        return;
    case QAbstractSocket::SocketTimeoutError:
        fail(QNetworkReply::TimeoutError, m_socket->errorString());
        return;
    case QAbstractSocket::SslHandshakeFailedError:
        fail(QNetworkReply::SslHandshakeFailedError, m_socket->errorString());
        return;
    default:
        break;
    }
    if (!closed) {
        fail(QNetworkReply::UnknownNetworkError,
             m_socket ? m_socket->errorString() : QStringLiteral("the connection failed"));
        return;
    }
    QString text;
    if (m_status == 0 && !m_in.isEmpty() && !m_in.startsWith("HTTP/")) {
        // Bytes that are no HTTP answer, then the close: often TLS spoken to a plain http://.
        const bool tls = m_in[0] == '\x15' || m_in[0] == '\x16';
        text = tls ? QStringLiteral("the server answered in TLS: its address needs https://, "
                                    "not http://")
                   : QStringLiteral("the server's answer is not HTTP/1.x (it starts with \"%1\")")
                               .arg(printable(QByteArrayView(m_in).first(
                                       qMin<qsizetype>(m_in.size(), 40))));
    } else if (m_status == 0)
        text = QStringLiteral("the server closed the connection before answering");
    else if (m_contentLength)
        text = cutOffText(m_bodySize, *m_contentLength);
    else
        text = QStringLiteral("the connection closed after %1 bytes of the response, before its "
                              "last chunk")
                       .arg(m_bodySize);
    fail(QNetworkReply::RemoteHostClosedError, text);
}

bool Http1Reply::unpack()
{
    const QByteArray coding = rawHeader("Content-Encoding").trimmed().toLower();
    if (coding.isEmpty() || coding == "identity" || m_body.isEmpty())
        return true;
    if (coding != "gzip" && coding != "x-gzip" && coding != "deflate") {
        m_error = QNetworkReply::ProtocolFailure;
        m_errorString = QStringLiteral("the answer is encoded as \"%1\", which was not asked for")
                                .arg(printable(coding.left(40)));
        return false;
    }
    QByteArray plain;
    if (!inflateAll(m_body, m_maxUnpacked, &plain, &m_unpackedTooLarge)) {
        m_error = QNetworkReply::ProtocolFailure;
        m_errorString = m_unpackedTooLarge
                                ? QStringLiteral("the %1 answer unpacks to more than %2 bytes")
                                          .arg(QString::fromLatin1(coding))
                                          .arg(m_maxUnpacked)
                                : QStringLiteral("the %1 answer is corrupt or cut short")
                                          .arg(QString::fromLatin1(coding));
        return false;
    }
    m_body = std::move(plain);
    m_bodySize = m_body.size();
    return true;
}

void Http1Reply::complete(bool reusable)
{
    m_body.resize(qsizetype(m_bodySize));
    m_complete = unpack();
    if (m_timer)
        m_timer->stop();
    QTcpSocket *socket = m_socket;
    detach();
    if (socket) {
        if (reusable && m_transport) {
            m_transport->release(m_origin, socket);
        } else {
            socket->abort();
            socket->deleteLater();
        }
    }
    m_state = State::Done;
    Q_EMIT finished();
}

void Http1Reply::fail(QNetworkReply::NetworkError error, const QString &text)
{
    m_error = error;
    m_errorString = text;
    m_body.resize(qsizetype(m_bodySize));
    if (m_timer)
        m_timer->stop();
    if (QTcpSocket *socket = m_socket) {
        detach();
        socket->abort();
        socket->deleteLater();
    }
    m_state = State::Done;
    Q_EMIT finished();
}

// ---- Http1Transport ----------------------------------------------------------------------------

Http1Transport::Http1Transport(QObject *parent)
    : QObject(parent)
{}

Http1Transport::~Http1Transport() = default; // sockets are children

bool Http1Transport::speaks(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    if (scheme == u"https") {
#if QT_CONFIG(ssl)
        if (!QSslSocket::supportsSsl())
            return false;
#else
        return false;
#endif
    } else if (scheme != u"http") {
        return false;
    }
    return !url.host().isEmpty();
}

bool Http1Transport::canCarry(const QUrl &url)
{
    if (!speaks(url))
        return false;
    if (isLoopbackHost(url.host()))
        return true;
    // Any proxy the application or the environment names: QNetworkAccessManager's business.
    const QList<QNetworkProxy> proxies
            = QNetworkProxyFactory::proxyForQuery(QNetworkProxyQuery(url));
    for (const QNetworkProxy &p : proxies)
        if (p.type() != QNetworkProxy::NoProxy && p.type() != QNetworkProxy::DefaultProxy)
            return false;
    const QNetworkProxy app = QNetworkProxy::applicationProxy();
    if (app.type() != QNetworkProxy::NoProxy && app.type() != QNetworkProxy::DefaultProxy)
        return false;
    for (const char *var :
         {"http_proxy", "https_proxy", "all_proxy", "HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY"})
        if (!qEnvironmentVariableIsEmpty(var))
            return false;
    return true;
}

Http1Reply *Http1Transport::send(const Outgoing &r)
{
    bool valid = isToken(r.method);
    for (const auto &h : r.headers)
        valid = valid && isToken(h.first) && isFieldValue(h.second);
    const QUrl &url = r.url;
    valid = valid && speaks(url); // whether a proxy is in the way is the caller's question

    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    valid = valid && isFieldValue(target) && !target.contains(' ');

    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    const int port = url.port(https ? 443 : 80);
    if (port != (https ? 443 : 80))
        host += ':' + QByteArray::number(port);

    QByteArray wire;
    wire.reserve(256 + r.body.size());
    wire += r.method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    bool encodingNamed = false;
    for (const auto &h : r.headers) {
        wire += h.first + ": " + h.second + "\r\n";
        encodingNamed
                = encodingNamed || h.first.compare("Accept-Encoding", Qt::CaseInsensitive) == 0;
    }
    if (!encodingNamed)
        wire += "Accept-Encoding: gzip, deflate\r\n"; // as Qt's transport asks
    if (!r.body.isEmpty() || r.sendLength)
        wire += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n";
    wire += "\r\n";
    wire += r.body;

    const QString origin = originOf(url);
    auto *reply = new Http1Reply(this, origin, url, std::move(wire), r.replayable, r.timeoutMs,
                                 r.maxUnpacked);
    if (!valid) {
        // Reported on the next pass, after the caller has connected to finished().
        QTimer::singleShot(0, reply, [reply] {
            reply->fail(QNetworkReply::ProtocolUnknownError,
                        QStringLiteral("the request cannot be written as HTTP/1.1 (a header or "
                                       "address with a line break, or an unsupported scheme)"));
        });
        return reply;
    }
    // A request that may not be sent twice never goes out on a kept-alive connection: one the
    // server closed while idle would fail it, and it could not be resent. (It can be kept alive
    // afterwards for the calls that follow.)
    bool reused = false;
    QTcpSocket *socket = r.replayable ? acquire(origin, url, &reused) : open(url);
    reply->attach(socket, reused);
    return reply;
}

QTcpSocket *Http1Transport::acquire(const QString &origin, const QUrl &url, bool *reused)
{
    auto it = m_idle.find(origin);
    while (it != m_idle.end() && !it->isEmpty()) {
        const Idle idle = it->takeLast();
        QTcpSocket *socket = idle.socket;
        if (!socket)
            continue;
        disconnect(socket, nullptr, this, nullptr);
        if (socket->state() != QAbstractSocket::ConnectedState || socket->bytesAvailable() > 0
            || idle.since.elapsed() > kIdleLimitMs) {
            socket->abort();
            socket->deleteLater();
            continue;
        }
        *reused = true;
        return socket;
    }
    *reused = false;
    return open(url);
}

QTcpSocket *Http1Transport::open(const QUrl &url)
{
    const bool https = url.scheme().compare(u"https", Qt::CaseInsensitive) == 0;
    const quint16 port = quint16(url.port(https ? 443 : 80));
    QTcpSocket *socket = nullptr;
#if QT_CONFIG(ssl)
    if (https) {
        auto *ssl = new QSslSocket(this);
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setAllowedNextProtocols(QList<QByteArray>{QByteArrayLiteral("http/1.1")});
        ssl->setSslConfiguration(conf);
        ssl->setProxy(QNetworkProxy::NoProxy);
        ssl->connectToHostEncrypted(url.host(), port);
        socket = ssl;
    }
#endif
    if (!socket) {
        socket = new QTcpSocket(this);
        socket->setProxy(QNetworkProxy::NoProxy);
        socket->connectToHost(url.host(), port);
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    ++m_opened;
    return socket;
}

void Http1Transport::release(const QString &origin, QTcpSocket *socket)
{
    QList<Idle> &idle = m_idle[origin];
    while (idle.size() >= kMaxIdlePerOrigin) {
        const Idle oldest = idle.takeFirst();
        if (oldest.socket) {
            disconnect(oldest.socket, nullptr, this, nullptr);
            oldest.socket->abort();
            oldest.socket->deleteLater();
        }
    }
    // A server that closes an idle connection (or says anything unasked) ends it here.
    auto drop = [socket] {
        socket->abort();
        socket->deleteLater();
    };
    connect(socket, &QAbstractSocket::disconnected, this, drop);
    connect(socket, &QIODevice::readyRead, this, drop);
    Idle entry;
    entry.socket = socket;
    entry.since.start();
    idle.append(entry);
}

int Http1Transport::idleConnections() const
{
    int n = 0;
    for (const QList<Idle> &list : m_idle)
        for (const Idle &i : list)
            n += i.socket ? 1 : 0;
    return n;
}

} // namespace cxone
