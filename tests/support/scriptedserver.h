#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QUrl>

#include <functional>
#include <memory>

class QSslConfiguration;

// A tiny loopback HTTP/1.1 server for client tests: every request is recorded and answered by a
// script, so a test controls exactly which status, header, delay or broken connection comes back.
class ScriptedServer final : public QObject
{
    Q_OBJECT
public:
    struct Request
    {
        QByteArray method;
        QByteArray path;                      // with query
        QMap<QByteArray, QByteArray> headers; // lower-case names
        QByteArray body;
    };
    struct Response
    {
        int status = 200;
        QByteArray body = "{}";
        QList<QPair<QByteArray, QByteArray>> headers;
        int delayMs = 0;   // answer later (the client's transfer timeout can fire first)
        bool drop = false; // close the connection without answering
        // Bytes written exactly as given instead of a response made from the fields above
        // (chunked bodies, broken framing, interim answers), in pieces of pieceBytes (0: at
        // once) pieceIntervalMs apart; closeAfter closes the connection once they are out.
        QByteArray raw;
        int pieceBytes = 0;
        bool closeAfter = false;
        int pieceIntervalMs = 2;
        // Then these bytes again and again, pieceIntervalMs apart, at most repeatTimes times
        // (a server that never gets to the point: interim answers or trailers without end).
        QByteArray repeat;
        int repeatTimes = 2000;
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;
    bool listen();
    // https:// on loopback with this certificate and key; url() says https then.
    bool listenTls(const QSslConfiguration &configuration);
    QUrl url(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &pathPrefix) const;
    int connectionsAccepted() const { return m_accepted; }
    // Closes every open connection (as a server ending idle keep-alive connections does).
    void closeConnections();

    static Response json(int status, const QByteArray &body,
                         QList<QPair<QByteArray, QByteArray>> headers = {});
    static Response token(const QByteArray &accessToken, int expiresIn,
                          const QByteArray &scope = {});

private:
    void accept();
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);
    void writePieces(QPointer<QTcpSocket> socket, QByteArray rest, Response response);

    std::unique_ptr<QTcpServer> m_server;
    bool m_tls = false;
    Handler m_handler;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
    int m_accepted = 0;
};
