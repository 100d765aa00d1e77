#pragma once

#include "profile.h"
#include "result.h"
#include "retrypolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QRandomGenerator>

#include <chrono>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace cxone {

class TokenManager;

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
    bool expectJson = true;    // parse the body once; garbage is an error
    QByteArray requestId;      // empty: one is generated and kept across retries
    std::optional<std::chrono::milliseconds> timeout;
    std::optional<qint64> maxResponseBytes;

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
    QTimer *m_waitTimer = nullptr;
    QByteArray m_usedToken;
    qint64 m_nextWaitMs = 0;
    bool m_nextAfterRateLimit = false;
    bool m_nextAfterRefresh = false;
    bool m_replayedAfter401 = false;
    bool m_tooLarge = false;
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

    RetryPolicy retryPolicy() const { return m_policy; }
    void setRetryPolicy(const RetryPolicy &policy) { m_policy = policy; }
    void setRandomSeed(quint32 seed) { m_rng.seed(seed); }

    // Starts the call; the handle reports finished() exactly once (also on immediate refusal).
    CallHandle *send(Request request);
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
    void finish(CallHandle *call, ErrorKind kind, const QString &detail = {});
    void scheduleRetry(CallHandle *call, qint64 waitMs, bool rateLimited, bool afterRefresh);

    Profile m_profile;
    QNetworkAccessManager *m_nam;
    TokenManager *m_tokens;
    RetryPolicy m_policy;
    QRandomGenerator m_rng;
    int m_inFlight = 0;
};

} // namespace cxone

Q_DECLARE_METATYPE(cxone::Result)
Q_DECLARE_METATYPE(cxone::Attempt)
