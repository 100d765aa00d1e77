#pragma once

#include "network/profile.h"
#include "network/result.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>

#include <chrono>
#include <functional>
#include <vector>

namespace cxone {

class ApiClient;

struct TokenGrant
{
    ErrorKind error = ErrorKind::None;
    QByteArray accessToken;
    QString errorText;
    bool ok() const { return error == ErrorKind::None; }
};

// Caches the access token, refreshes it ahead of expiry, and runs one refresh at a time however
// many calls need a token at once. The token lives in memory only.
class TokenManager final : public QObject
{
    Q_OBJECT
public:
    enum class State { Empty, Valid, Refreshing, Failed };
    Q_ENUM(State)
    // The longest access token taken from the token endpoint.
    static constexpr qsizetype kMaxTokenBytes = 8 * 1024;
    using Clock = std::function<QDateTime()>;

    TokenManager(ApiClient *client, ClientSecret secret);

    // Calls back (with the context still alive) with a token valid beyond the safety window.
    void acquire(QObject *context, std::function<void(const TokenGrant &)> callback);
    // A 401 answered this token: forget it unless a newer one already replaced it.
    void invalidate(const QByteArray &token);
    // Fetch a new token now (Test connection); acquire() callbacks queue behind it.
    void refreshNow();

    void setSafetyWindow(std::chrono::seconds window) { m_safetyWindow = window; }
    std::chrono::seconds safetyWindow() const { return m_safetyWindow; }
    void setClock(Clock clock) { m_clock = std::move(clock); }

    State state() const { return m_state; }
    QDateTime expiresAt() const { return m_expiresAt; }
    qint64 secondsLeft() const;
    qint64 lifetimeSeconds() const { return m_lifetime; }
    QStringList grantedScopes() const { return m_grantedScopes; }
    QString lastError() const { return m_lastError; }
    int refreshCount() const { return m_refreshCount; }
    bool hasUsableToken() const;

Q_SIGNALS:
    void stateChanged(cxone::TokenManager::State state);
    void refreshed(qint64 lifetimeSeconds);
    void failed(const QString &errorText);

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const TokenGrant &)> callback;
    };
    void startRefresh();
    void onTokenResult(const Result &result);
    void setState(State state);
    void deliver(const TokenGrant &grant);
    QDateTime now() const { return m_clock ? m_clock() : QDateTime::currentDateTimeUtc(); }
    QString tokenErrorText(const Result &result) const;

    ApiClient *m_client;
    ClientSecret m_secret;
    Clock m_clock;
    std::chrono::seconds m_safetyWindow{60};
    State m_state = State::Empty;
    QByteArray m_token;
    QDateTime m_expiresAt;
    qint64 m_lifetime = 0;
    QStringList m_grantedScopes;
    QString m_lastError;
    int m_refreshCount = 0;
    std::vector<Waiter> m_waiters;
};

// Empty when token is an RFC 6750 bearer token of at most TokenManager::kMaxTokenBytes;
// otherwise why it is not (without repeating it).
QString bearerTokenProblem(QByteArrayView token);

} // namespace cxone
