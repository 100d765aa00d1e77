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
    };
    using Handler = std::function<Response(const Request &)>;

    explicit ScriptedServer(QObject *parent = nullptr);
    ~ScriptedServer() override;
    bool listen();
    QUrl url(const QString &path = {}) const;
    void setHandler(Handler handler) { m_handler = std::move(handler); }
    const QList<Request> &requests() const { return m_requests; }
    int count(const QByteArray &pathPrefix) const;

    static Response json(int status, const QByteArray &body,
                         QList<QPair<QByteArray, QByteArray>> headers = {});
    static Response token(const QByteArray &accessToken, int expiresIn,
                          const QByteArray &scope = {});

private:
    void onReadyRead(QTcpSocket *socket);
    void answer(QTcpSocket *socket, const Response &response);

    QTcpServer m_server;
    Handler m_handler;
    QList<Request> m_requests;
    QMap<QTcpSocket *, QByteArray> m_buffers;
};
