#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QNetworkReply>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <optional>

class QTcpSocket;
class QTimer;

namespace cxone {

class Http1Transport;

// One request and its response on Http1Transport. The parts of QNetworkReply's interface that the
// request pipeline uses, with the same meaning: metaDataChanged() once the status line and
// headers are in, downloadProgress() as the body arrives, finished() exactly once (also after
// abort()). The body is kept whole in memory; the caller takes it after finished().
class Http1Reply final : public QObject
{
    Q_OBJECT
public:
    ~Http1Reply() override;

    void abort();
    int status() const { return m_status; }
    const QList<QPair<QByteArray, QByteArray>> &rawHeaderPairs() const { return m_headers; }
    QByteArray rawHeader(QByteArrayView name) const;
    std::optional<qint64> contentLength() const { return m_contentLength; }
    // True when the whole response arrived: its declared length, its last chunk, or the close
    // that ends a body without either.
    bool isComplete() const { return m_complete; }
    QByteArray takeBody() { return std::exchange(m_body, {}); }
    // A gzip or deflate answer that grew past the caller's limit when unpacked (the call is then
    // "too large", as one whose length says so).
    bool unpackedTooLarge() const { return m_unpackedTooLarge; }
    QNetworkReply::NetworkError error() const { return m_error; }
    QString errorString() const { return m_errorString; }

Q_SIGNALS:
    void metaDataChanged();
    void downloadProgress(qint64 received, qint64 total);
    void finished();

private:
    friend class Http1Transport;
    enum class State { Sending, Head, Body, Chunked, UntilClose, Done };
    enum class ChunkStep { Size, Data, DataEnd, Trailer };

    Http1Reply(Http1Transport *transport, QString origin, QUrl url, QByteArray wire,
               bool replayable, int timeoutMs, qint64 maxUnpacked);
    void attach(QTcpSocket *socket, bool reused);
    void detach();
    void onReadyRead();
    void onSocketError();
    void onTimeout();
    bool parseHead();  // false: not all of it yet (or failed)
    void readBody();   // Content-Length
    bool readChunks(); // false: failed
    void complete(bool reusable);
    bool unpack(); // a gzip or deflate body, in place; false: failed (error set)
    void fail(QNetworkReply::NetworkError error, const QString &text);
    void touch();

    QPointer<Http1Transport> m_transport;
    QString m_origin;
    QUrl m_url;
    QByteArray m_wire; // the request as sent, kept to send it again on a fresh connection
    bool m_replayable = false;
    int m_timeoutMs = 0;
    qint64 m_maxUnpacked = 0;
    bool m_unpackedTooLarge = false;
    QTimer *m_timer = nullptr;
    QPointer<QTcpSocket> m_socket;
    bool m_reusedConnection = false;
    bool m_resent = false;
    bool m_receivedAny = false;

    State m_state = State::Sending; // until attached to a connection
    QByteArray m_in;                // received and not yet parsed (head, chunk framing)
    int m_status = 0;
    bool m_keepAlive = true;
    QList<QPair<QByteArray, QByteArray>> m_headers;
    std::optional<qint64> m_contentLength;
    QByteArray m_body;
    qint64 m_bodySize = 0;
    ChunkStep m_chunkStep = ChunkStep::Size;
    qint64 m_chunkLeft = 0;
    bool m_complete = false;
    QNetworkReply::NetworkError m_error = QNetworkReply::NoError;
    QString m_errorString;
};

// A small HTTP/1.1 client for the tenant's hot loops (export pages): keep-alive connections per
// origin, each response read with one buffered read per arrival on the caller's thread. Qt 6.4's
// HTTP reader takes a response's status line and headers one byte per read(2) (about 170 system
// calls per response) and hands every response across from its network thread; for a thousand
// pages of 330 KB that was most of an export's system time. Plain http and https (Qt's TLS,
// verified as QNetworkAccessManager verifies); gzip and deflate bodies unpacked as Qt's are; no
// proxies, no redirects — the request pipeline sends anything that needs them through
// QNetworkAccessManager.
class Http1Transport final : public QObject
{
    Q_OBJECT
public:
    struct Outgoing
    {
        QUrl url;
        QByteArray method = "GET";
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        bool sendLength = false; // Content-Length even when the body is empty (POST, PUT, PATCH)
        bool replayable = false; // may be sent again on a fresh connection if a kept-alive one
                                 // turns out closed before any byte of the answer came back
        int timeoutMs = 0;       // no byte sent or received for this long: TimeoutError
        qint64 maxUnpacked = qint64(1) << 30; // a compressed body may not unpack to more
    };

    explicit Http1Transport(QObject *parent = nullptr);
    ~Http1Transport() override;

    // Whether this transport can carry a request to url: http or https, no proxy in the way.
    static bool canCarry(const QUrl &url);
    // http, or https with TLS available, to a named host: what send() accepts.
    static bool speaks(const QUrl &url);
    // The request's bytes are checked before anything is sent: a header name or value with a
    // line break, or a method that is not a token, is refused (the reply fails at once).
    Http1Reply *send(const Outgoing &request);

    int connectionsOpened() const { return m_opened; }
    int idleConnections() const;
    static constexpr int kMaxIdlePerOrigin = 16;
    static constexpr int kIdleLimitMs = 30'000; // a kept-alive connection older than this is
                                                // not reused: servers close idle ones

private:
    friend class Http1Reply;
    struct Idle
    {
        QPointer<QTcpSocket> socket;
        QElapsedTimer since;
    };
    QTcpSocket *acquire(const QString &origin, const QUrl &url, bool *reused);
    QTcpSocket *open(const QUrl &url);
    void release(const QString &origin, QTcpSocket *socket);
    QHash<QString, QList<Idle>> m_idle;
    int m_opened = 0;
};

} // namespace cxone
