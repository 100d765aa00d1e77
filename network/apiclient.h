#pragma once

#include "network/profile.h"
#include "network/result.h"
#include "network/retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cxone {

class Http1Reply;
class Http1Transport;
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

// A sink that writes the body to a file: into FILE.part, renamed over FILE when complete, so a
// half-received download never stands under the final name. Created readable by the owner only.
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
    qint64 bytesWritten() const { return m_written; }

private:
    QString m_path;
    int m_fd = -1;
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
    std::optional<std::chrono::milliseconds> timeout;
    std::optional<qint64> maxResponseBytes;
    std::optional<int> maxAttempts; // this call's own attempt budget (default: the policy's)
    // Streams a success body here instead of into Result::body (expectJson is then ignored).
    std::shared_ptr<ResponseSink> sink;
    // Http1: the project's own HTTP/1.1 reader (Http1Transport), for calls made many times in a
    // row with mid-sized answers (export pages). The pipeline falls back to Qt's when the call
    // streams to a sink or a proxy is in the way; retries, tokens and errors are the same.
    enum class Transport { Qt, Http1 };
    Transport transport = Transport::Qt;

    static Request get(const QString &path, const QString &what = {});
    static Request postJson(const QString &path, const QByteArray &json, const QString &what = {});
    static Request putJson(const QString &path, const QByteArray &json, const QString &what = {});
    static Request patchJson(const QString &path, const QByteArray &json, const QString &what = {});
    static Request del(const QString &path, const QString &what = {});
    bool isIdempotent() const;
};

class ApiClient;

// One logical call. Emits finished() exactly once, then deletes itself (deleteLater).
class CallHandle final : public QObject
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

    ApiClient *m_client;
    Request m_request;
    Result m_result;
    QElapsedTimer m_total;
    QElapsedTimer m_attemptTimer;
    QPointer<QNetworkReply> m_reply;
    QPointer<Http1Reply> m_http1Reply;
    QTimer *m_waitTimer = nullptr;
    QByteArray m_usedToken;
    qint64 m_nextWaitMs = 0;
    bool m_nextAfterRateLimit = false;
    bool m_nextAfterRefresh = false;
    bool m_replayedAfter401 = false;
    bool m_tooLarge = false;
    bool m_streaming = false; // this attempt's body goes to the request's sink
    QString m_sinkError;
    qint64 m_received = 0;
    bool m_cancelled = false;
    bool m_finished = false;
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

    // Which transport carries calls: as each request asks (the default), always Qt's, or the
    // project's own HTTP/1.1 reader wherever it can. CXONE_HTTP_TRANSPORT=qt|http1 sets it for
    // a process (to compare the two, or to rule one out).
    enum class TransportChoice { AsRequested, AlwaysQt, Http1WhereAble };
    TransportChoice transportChoice() const { return m_transportChoice; }
    void setTransportChoice(TransportChoice choice) { m_transportChoice = choice; }
    Http1Transport *http1() const { return m_http1; }

    RetryPolicy retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setRandomSeed(quint32 seed) { m_rng.seed(seed); }

    // Starts the call; the handle reports finished() exactly once (also on immediate refusal).
    // Refused before anything is sent: plain http:// to a non-loopback host, a bearer token bound
    // for another origin than the tenant's and its token endpoint, a path with a dot segment.
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
    void onReplyFinished(CallHandle *call, QNetworkReply *reply);
    void onHttp1Finished(CallHandle *call, Http1Reply *reply);
    struct Answer;
    void conclude(CallHandle *call, const Answer &answer);
    bool useHttp1(const CallHandle *call) const;
    void onReplyData(CallHandle *call, QNetworkReply *reply);
    QString requestProblem(const CallHandle *call, ErrorKind *kind) const;
    void finish(CallHandle *call, ErrorKind kind, const QString &detail = {});
    void scheduleRetry(CallHandle *call, qint64 waitMs, bool rateLimited, bool afterRefresh,
                       ErrorKind why);

    Profile m_profile;
    QNetworkAccessManager *m_nam;
    Http1Transport *m_http1;
    TransportChoice m_transportChoice = TransportChoice::AsRequested;
    TokenManager *m_tokens;
    RetryPolicy m_policy;
    QRandomGenerator m_rng;
    int m_inFlight = 0;
};

} // namespace cxone
