#pragma once

#include <QByteArray>
#include <QJsonDocument>
#include <QList>
#include <QMetaType>
#include <QPair>
#include <QString>
#include <QUrl>

namespace cxone {

enum class ErrorKind {
    None,
    InvalidRequest,   // refused locally before anything was sent
    InsecureEndpoint, // plain http:// to a non-loopback host
    AuthFailed,       // the token endpoint refused or could not be reached
    Unauthorized,     // 401 after one refresh and replay
    Forbidden,        // 403 (missing scope)
    NotFound,
    BadRequest,  // 400 / 422: the server says the request is wrong
    Conflict,    // 409
    RateLimited, // 429 beyond the retry budget
    ServerError, // 5xx beyond the retry budget
    HttpError,   // any other non-2xx
    Network,     // connection refused, reset, DNS...
    Certificate, // the server's TLS certificate could not be verified (nothing was sent)
    Protocol,    // the server answered something that is not HTTP
    Timeout,
    TooLarge,  // response over the size cap
    Malformed, // body is not the JSON that was expected
    Local,     // this machine failed to keep the answer (disk full, a sink that refused)
    Cancelled,
};

QString errorKindName(ErrorKind kind);

// One try of a logical call.
struct Attempt
{
    int number = 0;
    int httpStatus = 0;
    ErrorKind error = ErrorKind::None;
    qint64 latencyMs = 0;    // request sent -> reply finished
    qint64 waitBeforeMs = 0; // backoff / Retry-After wait that preceded this attempt
    bool afterRateLimit = false;
    bool afterTokenRefresh = false;
};

struct Result
{
    ErrorKind error = ErrorKind::None;
    int httpStatus = 0;
    QString errorText;     // for people: what happened and what to do
    QString serverMessage; // what the server said, if it said anything readable
    QString missingScope;  // from a 403 that names it
    QByteArray method;
    QUrl url;
    QByteArray requestId;
    QByteArray body;          // empty when the request streamed its body to a sink
    qint64 bytesReceived = 0; // what went to the sink
    QJsonDocument json;       // parsed once when the request expected JSON
    QList<QPair<QByteArray, QByteArray>> headers;
    QList<Attempt> attempts;
    qint64 totalMs = 0;
    qint64 waitedMs = 0;
    int rateLimitWaits = 0;

    bool ok() const { return error == ErrorKind::None; }
    int retries() const { return attempts.isEmpty() ? 0 : int(attempts.size()) - 1; }
    QByteArray header(QByteArrayView name) const;
};

// The value of the first header called name (case-insensitive), empty when there is none.
QByteArray headerValue(const QList<QPair<QByteArray, QByteArray>> &headers, QByteArrayView name);
// "the connection closed after 2000 of 5003 bytes of the response": one sentence for a body cut
// off before its declared length, whichever transport saw it.
QString cutOffText(qint64 received, qint64 declared);

// The one mapping from transport error / HTTP status to a sentence a person can act on.
// `attempts` is how many times the call was tried (a 5xx tried once was not retried).
QString describeFailure(ErrorKind kind, int httpStatus, const QString &what,
                        const QString &serverMessage, const QString &missingScope,
                        int attempts = 0);
// How one attempt ended, in a word or two for a list of attempts: "503", "429", "connection
// dropped", "malformed answer", "timed out", "ok".
QString attemptText(const Attempt &attempt);
ErrorKind classifyStatus(int httpStatus);
// Pulls a readable message and a missing scope from a JSON (or text) error body.
void extractServerMessage(const QByteArray &body, const QByteArray &wwwAuthenticate,
                          QString *message, QString *missingScope);

} // namespace cxone

Q_DECLARE_METATYPE(cxone::Result)
Q_DECLARE_METATYPE(cxone::Attempt)
