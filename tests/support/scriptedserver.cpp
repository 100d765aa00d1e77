#include "tests/support/scriptedserver.h"

#include <QSslConfiguration>
#include <QSslServer>
#include <QTcpSocket>
#include <QTimer>

ScriptedServer::ScriptedServer(QObject *parent)
    : QObject(parent)
    , m_server(std::make_unique<QTcpServer>())
{
    accept();
}

void ScriptedServer::accept()
{
    connect(m_server.get(), &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket *s = m_server->nextPendingConnection()) {
            ++m_accepted;
            connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
            connect(s, &QTcpSocket::disconnected, this, [this, s] {
                m_buffers.remove(s);
                s->deleteLater();
            });
            if (s->bytesAvailable() > 0)
                onReadyRead(s);
        }
    });
}

ScriptedServer::~ScriptedServer()
{
    // Sockets die with m_server after the members their slots use; cut them loose first.
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets) {
        s->disconnect(this);
        s->abort();
    }
}

bool ScriptedServer::listen()
{
    return m_server->listen(QHostAddress::LocalHost, 0);
}

bool ScriptedServer::listenTls(const QSslConfiguration &configuration)
{
    auto tls = std::make_unique<QSslServer>();
    tls->setSslConfiguration(configuration);
    m_server = std::move(tls);
    m_tls = true;
    accept();
    return m_server->listen(QHostAddress::LocalHost, 0);
}

QUrl ScriptedServer::url(const QString &path) const
{
    return QUrl(QStringLiteral("%1://127.0.0.1:%2%3")
                        .arg(m_tls ? QStringLiteral("https") : QStringLiteral("http"))
                        .arg(m_server->serverPort())
                        .arg(path));
}

int ScriptedServer::count(const QByteArray &pathPrefix) const
{
    int n = 0;
    for (const auto &r : m_requests)
        n += r.path.startsWith(pathPrefix) ? 1 : 0;
    return n;
}

ScriptedServer::Response ScriptedServer::json(int status, const QByteArray &body,
                                              QList<QPair<QByteArray, QByteArray>> headers)
{
    Response r;
    r.status = status;
    r.body = body;
    r.headers = std::move(headers);
    return r;
}

ScriptedServer::Response ScriptedServer::token(const QByteArray &accessToken, int expiresIn,
                                               const QByteArray &scope)
{
    QByteArray body = R"({"access_token":")" + accessToken
                      + R"(","token_type":"Bearer","expires_in":)" + QByteArray::number(expiresIn);
    if (!scope.isEmpty())
        body += R"(,"scope":")" + scope + '"';
    body += '}';
    return json(200, body);
}

void ScriptedServer::onReadyRead(QTcpSocket *socket)
{
    m_buffers[socket] += socket->readAll();
    for (;;) {
        // Looked up again each time: an answer that closes the connection drops its buffer.
        const auto it = m_buffers.find(socket);
        if (it == m_buffers.end())
            return;
        QByteArray &buf = it.value();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        Request req;
        const QList<QByteArray> lines = buf.left(end).split('\n');
        const QList<QByteArray> first = lines.value(0).trimmed().split(' ');
        req.method = first.value(0);
        req.path = first.value(1);
        qsizetype length = 0;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines[i].trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            req.headers.insert(name, line.mid(colon + 1).trimmed());
            if (name == "content-length")
                length = line.mid(colon + 1).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return;
        req.body = buf.mid(end + 4, length);
        buf.remove(0, end + 4 + length);
        m_requests.append(req);
        const Response resp = m_handler ? m_handler(req) : Response{};
        if (resp.delayMs > 0) {
            QPointer<QTcpSocket> guard(socket);
            QTimer::singleShot(resp.delayMs, this, [this, guard, resp] {
                if (guard)
                    answer(guard, resp);
            });
        } else {
            answer(socket, resp);
        }
    }
}

void ScriptedServer::closeConnections()
{
    const auto sockets = m_server->findChildren<QTcpSocket *>();
    for (QTcpSocket *s : sockets)
        s->disconnectFromHost();
}

void ScriptedServer::writePieces(QPointer<QTcpSocket> socket, QByteArray rest, Response r)
{
    if (!socket || socket->state() != QAbstractSocket::ConnectedState)
        return;
    if (rest.isEmpty() && !r.repeat.isEmpty() && r.repeatTimes > 0) {
        --r.repeatTimes;
        rest = r.repeat;
    }
    const qsizetype n = r.pieceBytes > 0 ? qMin<qsizetype>(r.pieceBytes, rest.size()) : rest.size();
    socket->write(rest.left(n));
    socket->flush();
    rest.remove(0, n);
    if (rest.isEmpty() && (r.repeat.isEmpty() || r.repeatTimes == 0)) {
        if (r.closeAfter)
            socket->disconnectFromHost();
        return;
    }
    QTimer::singleShot(r.pieceIntervalMs, this,
                       [this, socket, rest, r] { writePieces(socket, rest, r); });
}

void ScriptedServer::answer(QTcpSocket *socket, const Response &r)
{
    if (r.drop) {
        socket->abort();
        return;
    }
    if (!r.raw.isEmpty()) {
        writePieces(socket, r.raw, r);
        return;
    }
    QByteArray out = "HTTP/1.1 " + QByteArray::number(r.status) + " Status\r\n";
    bool hasType = false;
    for (const auto &h : r.headers) {
        out += h.first + ": " + h.second + "\r\n";
        hasType = hasType || h.first.compare("content-type", Qt::CaseInsensitive) == 0;
    }
    if (!hasType)
        out += "Content-Type: application/json\r\n";
    out += "Content-Length: " + QByteArray::number(r.body.size()) + "\r\n\r\n" + r.body;
    socket->write(out);
}
