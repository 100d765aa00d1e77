#pragma once

#include "network/result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cxone {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;

// One attempt of a request as a transport sends it: the pipeline has added its headers and
// checked every name and value (no CR, LF or NUL) before it gets here.
struct Outgoing
{
    QUrl url;
    QByteArray method = "GET";
    HeaderList headers;
    QByteArray body;
    bool hasBody = false;    // a Content-Length even when the body is empty (POST, PUT, PATCH)
    bool replayable = false; // may go out on a kept-alive connection that the server may have
                             // closed meanwhile (the transport then sends it again)
    int connectTimeoutMs = 30000;
};

// How an exchange ended: None when the whole answer arrived.
struct TransportEnd
{
    ErrorKind kind = ErrorKind::None;
    QString text;
};

// What an exchange tells the pipeline as the answer arrives. head() and data() may come from
// inside a transport's own callbacks; they may do anything the pipeline does (emit, cancel,
// start other calls): a transport defers what its library cannot do there. Either returns
// false to stop the exchange; done() follows. done() comes exactly once, unless the exchange
// is destroyed first.
class ExchangeListener
{
public:
    // The final answer's status and headers (interim 1xx answers are not reported).
    virtual bool exchangeHead(int status, const HeaderList &headers) = 0;
    // A piece of the body as it will be kept (unpacked when it came gzip or deflate).
    virtual bool exchangeData(QByteArrayView bytes) = 0;
    virtual void exchangeDone(const TransportEnd &end) = 0;

protected:
    ~ExchangeListener() = default;
};

// One attempt in flight. Destroying it ends the attempt without a word to its listener.
class Exchange
{
public:
    virtual ~Exchange() = default;
    // Puts the request on the wire now rather than on the event loop's next pass (which first
    // handles everything else that is ready); the listener may hear of the answer, even of its
    // end, before this returns. Called once, right after the exchange is kept.
    virtual void go() {}
};

// A certificate problem as both transports report it, in words (Qt gives sslErrors, curl the
// verify result of OpenSSL): "it has expired", "it is self-signed", ...
enum class CertificateProblem {
    Expired,
    NotYetValid,
    SelfSigned,
    UntrustedIssuer,
    WrongHost,
    Revoked,
    Other,
};
QString certificateProblemText(CertificateProblem problem);

} // namespace cxone
