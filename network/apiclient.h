#pragma once

#include "network/profile.h"
#include "network/result.h"
#include "network/retrypolicy.h"
#include "network/transport.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QTimer;

namespace cxone {

class CurlTransport;
class OutputFile;
class QtTransport;
class TokenManager;

// Where a streamed response body goes instead of Result::body (big downloads). The pipeline calls
// begin() before each attempt whose answer is a success (a retry starts over), write() with every
// piece as it arrives, and finish() once the body is complete; abort() when the call ends any
// other way. A false return stops the call with the sink's sentence as its error. All calls come
// on the client's thread.
class ResponseSink
{
public:
    virtual ~ResponseSink() = default;
    virtual bool begin(QString *error) = 0;
    virtual bool write(QByteArrayView bytes, QString *error) = 0;
    virtual bool finish(QString *error) = 0;
    virtual void abort() {}
};

// A sink that writes the body to a file as every output is written (OutputFile): beside it,
// renamed over it when complete, so a half-received download never stands under the final name;
// owner-only; a pipe or a terminal is written in place.
class FileSink final : public ResponseSink
{
public:
    explicit FileSink(QString path);
    ~FileSink() override;
    bool begin(QString *error) override;
    bool write(QByteArrayView bytes, QString *error) override;
    bool finish(QString *error) override;
    void abort() override;
    QString path() const { return m_path; }
    qint64 bytesWritten() const;

private:
    QString m_path;
    std::unique_ptr<OutputFile> m_file;
    qint64 m_written = 0;
};

// A path segment made from an id: every character but the unreserved ones percent-encoded, so an
// id can never name another route ("../../x", "a/b", "?q"). Ids that are only dots are refused by
// the pipeline (see ApiClient::send), since no encoding keeps them from meaning "up".
QString pathSegment(const QString &id);

struct Request
{
    QByteArray method = "GET";
    QUrl url; // relative to the profile's base URL, or absolute (webhooks, token endpoint)
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QString what;              // "Loading segment X": names the call in error texts
    bool authenticated = true; // send the bearer token
    bool retrySafe = false;    // a non-idempotent call the caller knows is safe to replay
    // A replayable call whose answer was lost (the connection broke, the answer timed out or
    // could not be read) is sent again; false ends it there instead, for a caller that finds out
    // first whether the lost attempt took effect (a 429 or a 5xx is still retried).
    bool replayWhenAnswerLost = true;
    bool expectJson = true; // parse the body once; garbage is an error
    // The body and headers carry a secret (the token request): zeroed when the call ends, once
    // the transports have let go of them.
    bool holdsSecret = false;
    // With expectJson: reads a success body instead of Qt's JSON parser (Result::json stays
    // empty), for callers that parse large answers faster themselves. False says the body is
    // malformed (a retry may mend it), with why.
    std::function<bool(const QByteArray &body, QString *error)> readBody;
    // A retry is about to wait waitMs (why: the last attempt's error): returns how long to wait
    // instead, never less (a caller that paces its calls gives the retry its turn).
    std::function<qint64(ErrorKind why, qint64 waitMs)> retryWait;
    // Set when the hooks above reach into an object that may go before the call ends (a job
    // deleted with calls in flight): they are then called only while it lives.
    std::optional<QPointer<QObject>> hookContext;
    bool hooksAlive() const { return !hookContext || !hookContext->isNull(); }
    QByteArray requestId; // empty: one is generated and kept across retries
    // The answer's head (status line and headers) must come within this of sending, and no
    // stretch of its body may take longer without a byte (default: the profile's).
    std::optional<std::chrono::milliseconds> timeout;
    // The most the answer's body may hold (unpacked); with the timeout it also bounds how long
    // the whole answer may take (see ApiClient::wholeAnswerDeadline).
    std::optional<qint64> maxResponseBytes;
    std::optional<int> maxAttempts; // this call's own attempt budget (default: the policy's)
    // Streams a success body here instead of into Result::body (expectJson is then ignored).
    std::shared_ptr<ResponseSink> sink;
    // Which transport carries the call: libcurl's (CurlTransport, the default) or Qt's network
    // stack (QNetworkAccessManager). Retries, tokens, limits and errors are the same on both.
    enum class Transport { Curl, Qt };
    Transport transport = Transport::Curl;

    static Request get(const QString &path, const QString &what = {});
    static Request postJson(const QString &path, const QByteArray &json, const QString &what = {});
    static Request putJson(const QString &path, const QByteArray &json, const QString &what = {});
    static Request patchJson(const QString &path, const QByteArray &json, const QString &what = {});
    static Request del(const QString &path, const QString &what = {});
    bool isIdempotent() const;
};

class ApiClient;

// One logical call. Emits finished() exactly once, then deletes itself (deleteLater).
class CallHandle final : public QObject, private ExchangeListener
{
    Q_OBJECT
public:
    ~CallHandle() override;
    void cancel();
    bool isFinished() const { return m_finished; }
    QByteArray requestId() const { return m_request.requestId; }

Q_SIGNALS:
    void attemptFinished(const cxone::Attempt &attempt);
    // A retry was scheduled: attempt `next` of `maxAttempts` will be sent after `waitMs`
    // because the last one ended with `why` (RateLimited, ServerError, Unauthorized...).
    void retryScheduled(int next, int maxAttempts, qint64 waitMs, cxone::ErrorKind why);
    // Bytes of the current attempt's body so far; total is -1 when the server did not say.
    void progress(qint64 received, qint64 total);
    void finished(const cxone::Result &result);

private:
    friend class ApiClient;
    CallHandle(ApiClient *client, Request request);

    // The current attempt's answer, as its transport reports it.
    bool exchangeHead(int status, const HeaderList &headers) override;
    bool exchangeData(QByteArrayView bytes) override;
    void exchangeDone(const TransportEnd &end) override;
    void onDeadline();

    ApiClient *m_client;
    Request m_request;
    Result m_result;
    QElapsedTimer m_total;
    QElapsedTimer m_attemptTimer;
    std::unique_ptr<Exchange> m_exchange;
    bool m_onCurl = false;           // the current attempt's transport
    bool m_curlAfterInterim = false; // Qt's stack stopped at an interim answer: curl from now on
    QTimer *m_waitTimer = nullptr;
    QTimer *m_deadline = nullptr;
    QByteArray m_usedToken;
    qint64 m_nextWaitMs = 0;
    bool m_nextAfterRateLimit = false;
    bool m_nextAfterRefresh = false;
    bool m_replayedAfter401 = false;
    bool m_cancelled = false;
    bool m_finished = false;

    // The current attempt: its limits, what came, and why it was stopped.
    qint64 m_timeoutMs = 0;
    qint64 m_cap = 0;
    qint64 m_wholeDeadlineMs = 0; // since the attempt started
    qint64 m_lastByteMs = 0;      // when the head or a piece of the body last came
    int m_status = 0;
    HeaderList m_headers;
    std::optional<qint64> m_declared; // Content-Length
    bool m_compressed = false;
    QByteArray m_body;
    qint64 m_received = 0;
    bool m_headSeen = false;
    bool m_streaming = false; // this attempt's body goes to the request's sink
    bool m_tooLarge = false;
    QString m_sinkError;
    TransportEnd m_stoppedBy; // a deadline that ended the attempt
};

// The request pipeline: every call to the tenant goes through send().
class ApiClient final : public QObject
{
    Q_OBJECT
public:
    ApiClient(Profile profile, ClientSecret secret, QObject *parent = nullptr);
    ~ApiClient() override;

    const Profile &profile() const { return m_profile; }
    TokenManager *tokens() const { return m_tokens; }
    QNetworkAccessManager *network() const { return m_nam; }
    CurlTransport *curl() const { return m_curl; }

    // Which transport carries calls: as each request asks (libcurl's unless it says Qt), always
    // Qt's, or always libcurl's. CXONE_HTTP_TRANSPORT=qt|curl sets it for a process, to compare
    // the two or to rule one out ("http1", the name of an earlier transport, means curl).
    // libcurl's carries a call wherever it can (not through a Qt application proxy).
    enum class TransportChoice { AsRequested, AlwaysQt, AlwaysCurl };
    TransportChoice transportChoice() const { return m_transportChoice; }
    void setTransportChoice(TransportChoice choice) { m_transportChoice = choice; }
    // Certificate authorities (PEM) that both transports trust besides the system's.
    void setExtraCaCertificates(const QByteArray &pem);

    // The slowest a whole answer may come: kMinBytesPerSecond. With a request's timeout T and
    // size cap C, the whole answer must be in within T + C / kMinBytesPerSecond of sending.
    static constexpr qint64 kMinBytesPerSecond = 64 * 1024;
    static qint64 wholeAnswerDeadlineMs(qint64 timeoutMs, qint64 capBytes);

    RetryPolicy retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setRandomSeed(quint32 seed) { m_rng.seed(seed); }

    // Starts the call; the handle reports finished() exactly once (also on immediate refusal).
    // Refused before anything is sent: plain http:// to a non-loopback host, a bearer token bound
    // for another origin than the tenant's and its token endpoint, a path with a dot segment, a
    // header name that is not a token or a header value with CR, LF or NUL.
    CallHandle *send(Request request);
    // A handle that finishes on the next event-loop pass with `kind` and `text`, nothing sent:
    // for callers that find a request wrong before it is made.
    CallHandle *refuse(Request request, ErrorKind kind, const QString &text);
    // The origins the bearer token may go to: the base URL's and the token endpoint's.
    bool mayCarryToken(const QUrl &url) const;
    int inFlight() const { return m_inFlight; }
    QUrl resolve(const QUrl &url) const;

Q_SIGNALS:
    void inFlightChanged(int count);
    void callFinished(const cxone::Result &result);

private:
    friend class CallHandle;
    friend class TokenManager;
    void startAttempt(CallHandle *call);
    void sendWithToken(CallHandle *call, const QByteArray &token);
    void conclude(CallHandle *call, const TransportEnd &end);
    bool useCurl(const CallHandle *call) const;
    QString requestProblem(const CallHandle *call, ErrorKind *kind) const;
    void finish(CallHandle *call, ErrorKind kind, const QString &detail = {});
    void scheduleRetry(CallHandle *call, qint64 waitMs, bool rateLimited, bool afterRefresh,
                       ErrorKind why);

    Profile m_profile;
    QNetworkAccessManager *m_nam;
    std::unique_ptr<QtTransport> m_qt;
    CurlTransport *m_curl;
    TransportChoice m_transportChoice = TransportChoice::AsRequested;
    TokenManager *m_tokens;
    RetryPolicy m_policy;
    QRandomGenerator m_rng;
    int m_inFlight = 0;
};

} // namespace cxone
