#pragma once

#include "network/transport.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <memory>

class QSocketNotifier;
class QTimer;

namespace cxone {

struct CurlTransfer;

// libcurl's multi interface driven from Qt's event loop on the caller's thread: libcurl tells
// which sockets to watch (QSocketNotifiers) and when to wake it (one single-shot QTimer), and
// reads and writes only when one of them fires. Connections are kept alive per origin and shared
// by the calls that follow; HTTP/2 is used where a server offers it over TLS (calls to the same
// origin then share one connection); gzip and deflate answers are unpacked; TLS is verified
// against the system's certificate authorities. Redirects are not followed. A Qt application
// proxy is Qt's business (canCarry); the usual proxy variables of the environment are libcurl's.
class CurlTransport final : public QObject
{
    Q_OBJECT
public:
    explicit CurlTransport(QObject *parent = nullptr);
    ~CurlTransport() override;

    // http or https to a named host, and no Qt application proxy in the way.
    static bool canCarry(const QUrl &url);
    // Starts one exchange; the listener hears of it only after this returns.
    std::unique_ptr<Exchange> start(const Outgoing &request, ExchangeListener *listener);

    // Certificate authorities (PEM) to trust besides the system's: a private CA.
    void setExtraCaCertificates(QByteArray pem) { m_extraCa = std::move(pem); }

    int connectionsOpened() const { return m_opened; }

private:
    friend struct CurlCallbacks;
    friend class CurlExchange;
    struct Watch
    {
        QSocketNotifier *read = nullptr;
        QSocketNotifier *write = nullptr;
    };
    void watch(qintptr socket, int what);
    void action(qintptr socket, int events);
    void go();
    void settle();
    void release(CurlTransfer *transfer);
    void destroy(CurlTransfer *transfer);

    void *m_multi = nullptr;
    QTimer *m_timer = nullptr;
    QHash<qintptr, Watch> m_watches;
    QHash<CurlTransfer *, quint64> m_live; // transfer -> serial, so a freed one is never taken
    quint64 m_serial = 0;
    QList<CurlTransfer *> m_toAdd; // started while libcurl was busy
    QList<CurlTransfer *> m_dead;  // released while libcurl was busy
    int m_busy = 0;                // inside a libcurl call that may call back
    QByteArray m_extraCa;
    int m_opened = 0;
};

} // namespace cxone
