#pragma once

#include "app/simulator/simconfig.h"
#include "app/simulator/simhttp.h"
#include "app/simulator/simrng.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>

#include <deque>
#include <map>
#include <memory>
#include <vector>

namespace cxone::sim {

// A feature's share of the tenant (segments, contact lists, audiences...). Each module that
// holds data adds one part; /_sim/state shows every part's summary.
class TenantPart
{
public:
    virtual ~TenantPart() = default;
    // Counts of what the part holds, for /_sim/state.
    virtual QJsonObject summary() const = 0;
};

struct ApiClientRecord
{
    QString id;
    QByteArray secret;
    QStringList scopes;
};

struct TokenRecord
{
    QString clientId;
    QStringList scopes;
    qint64 expiresAtMs = 0; // on the state's monotonic clock
};

enum class TokenCheck { Valid, Missing, Unknown, Expired };

struct CallRecord
{
    QByteArray method;
    QString path;
    QString routeKey; // empty when no route matched
    int status = 0;   // 0: the connection was dropped
    QByteArray requestId;
    qint64 timeMs = 0; // milliseconds since the epoch
    QString fault;     // fault kind name, empty when none
};

struct RouteCounters
{
    quint64 calls = 0;
    quint64 faults = 0;
    quint64 errors = 0; // 4xx/5xx answered by the handler or the auth layer
};

struct WebhookDelivery
{
    qint64 timeMs = 0;
    QByteArray method;
    HeaderList headers;
    QByteArray body;
};

// Everything the simulated tenant holds. Lives in the simulator's thread; handlers get it by
// reference. Deterministic: all generated data comes from rng(name), seeded by the tenant seed.
class TenantState final
{
public:
    static constexpr qsizetype callLogCapacity = 10000;
    static constexpr qsizetype webhookCapacity = 10000;

    explicit TenantState(const SimConfig &config);
    ~TenantState();
    TenantState(const TenantState &) = delete;
    TenantState &operator=(const TenantState &) = delete;

    quint64 seed() const { return m_seed; }
    Scale scale() const { return m_scale; }
    // Picks one of three sizes by the tenant scale.
    qint64 scaled(qint64 small, qint64 demo, qint64 large) const;
    SimRng rng(QByteArrayView name) const { return SimRng(m_seed, name); }

    // --- API clients and tokens
    static QString demoClientId() { return QStringLiteral("demo-console"); }
    static QString readOnlyClientId() { return QStringLiteral("demo-readonly"); }
    QByteArray demoSecret() const { return m_demoSecret; }
    void registerClient(ApiClientRecord client);
    const ApiClientRecord *findClient(const QString &id) const;
    QStringList clientIds() const;

    // Enrichment contacts per second the tenant takes before it answers 429 (0: no limit).
    int enrichRate() const { return m_enrichRate; }
    void setEnrichRate(int perSecond) { m_enrichRate = std::max(0, perSecond); }

    int tokenTtlSeconds() const { return m_tokenTtlSeconds; }
    void setTokenTtlSeconds(int seconds) { m_tokenTtlSeconds = seconds; }
    QByteArray issueToken(const QString &clientId, const QStringList &scopes);
    TokenCheck checkToken(const QByteArray &token, const TokenRecord **record) const;
    // Every issued token becomes expired: the next call with one gets 401 invalid_token.
    int expireAllTokens();
    qsizetype tokenCount() const { return m_tokens.size(); }
    qsizetype activeTokenCount() const;
    qint64 nowMs() const { return m_clock.elapsed(); }

    // --- call log
    void logCall(CallRecord record);
    quint64 totalCalls() const { return m_totalCalls; }
    // The newest `limit` calls, oldest first.
    std::vector<CallRecord> recentCalls(qsizetype limit) const;
    RouteCounters &countersFor(const QString &routeKey) { return m_routeCounters[routeKey]; }
    const std::map<QString, RouteCounters> &routeCounters() const { return m_routeCounters; }

    // --- webhook sinks (/_sim/webhooks/{sink})
    void recordDelivery(const QString &sink, WebhookDelivery delivery);
    const std::deque<WebhookDelivery> *deliveries(const QString &sink) const;
    quint64 deliveriesReceived(const QString &sink) const { return m_sinkTotals.value(sink); }
    qsizetype clearDeliveries(const QString &sink);
    QStringList sinkNames() const;
    // De-duplication on X-Request-ID: true when the sink has already taken this id.
    bool sinkHasSeen(const QString &sink, const QByteArray &requestId) const;
    void noteDuplicate(const QString &sink) { ++m_sinkDuplicates[sink]; }
    quint64 duplicatesReceived(const QString &sink) const { return m_sinkDuplicates.value(sink); }
    qsizetype uniqueDeliveries(const QString &sink) const { return m_sinkIds.value(sink).size(); }
    // A sink's own failures: the next `failNext` deliveries answer `status`, before storing the
    // delivery or (afterStore) after it, as a receiver that timed out its answer would.
    struct SinkFaults
    {
        int failNext = 0;
        int status = 503;
        bool afterStore = false;
    };
    SinkFaults &sinkFaults(const QString &sink) { return m_sinkFaults[sink]; }

    // --- feature data
    void addPart(const QString &name, std::unique_ptr<TenantPart> part);
    TenantPart *part(const QString &name) const;
    template<class T>
    T *partAs(const QString &name) const
    {
        return dynamic_cast<T *>(part(name));
    }

    // The /_sim/state document: counts of everything plus the newest calls.
    QJsonObject snapshot(qsizetype recentLimit) const;

private:
    void purgeExpiredTokens();

    quint64 m_seed;
    Scale m_scale;
    int m_tokenTtlSeconds;
    int m_enrichRate;
    QByteArray m_demoSecret;
    QElapsedTimer m_clock;
    QHash<QString, ApiClientRecord> m_clients;
    QHash<QByteArray, TokenRecord> m_tokens;
    quint64 m_tokensIssued = 0;

    std::vector<CallRecord> m_calls; // ring buffer of callLogCapacity
    qsizetype m_callHead = 0;        // next slot to write once the ring is full
    quint64 m_totalCalls = 0;
    std::map<QString, RouteCounters> m_routeCounters;

    QHash<QString, std::deque<WebhookDelivery>> m_sinks;
    QHash<QString, quint64> m_sinkTotals;
    QHash<QString, QSet<QByteArray>> m_sinkIds;
    QHash<QString, quint64> m_sinkDuplicates;
    QHash<QString, SinkFaults> m_sinkFaults;

    std::vector<std::pair<QString, std::unique_ptr<TenantPart>>> m_parts;
};

// The feature part T of the tenant (named by T::partName()), made on first use: every module
// reaches its data through this one helper.
template<class T>
T &partOf(TenantState &state)
{
    if (T *p = state.partAs<T>(T::partName()))
        return *p;
    state.addPart(T::partName(), std::make_unique<T>(state));
    return *state.partAs<T>(T::partName());
}

// The secret of the demo clients: derived from the seed so that a restarted simulator accepts
// the same credentials.
QByteArray demoSecretForSeed(quint64 seed);

QJsonObject callToJson(const CallRecord &call);
QJsonObject deliveryToJson(const WebhookDelivery &delivery);

} // namespace cxone::sim
