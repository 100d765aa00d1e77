#include "app/simulator/tenantstate.h"

#include "network/profile.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRandomGenerator>

#include <algorithm>

namespace cxone::sim {

QByteArray demoSecretForSeed(quint64 seed)
{
    SimRng rng(seed, "client-secret");
    QByteArray raw;
    for (int i = 0; i < 3; ++i) {
        const quint64 v = rng.next();
        raw.append(reinterpret_cast<const char *>(&v), sizeof v);
    }
    // base64url keeps the secret copy-pasteable; "sim-" marks it as a simulator credential.
    return "sim-" + raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

TenantState::TenantState(const SimConfig &config)
    : m_seed(config.seed)
    , m_scale(config.scale)
    , m_tokenTtlSeconds(config.tokenTtlSeconds)
    , m_enrichRate(config.enrichRate)
    , m_demoSecret(demoSecretForSeed(config.seed))
{
    m_clock.start();
    const QStringList all = cxone::allConsoleScopes();
    registerClient({demoClientId(), m_demoSecret, all});
    QStringList readOnly;
    for (const QString &s : all) {
        if (s.endsWith(u":read") || s.endsWith(u".read"))
            readOnly.append(s);
    }
    registerClient({readOnlyClientId(), m_demoSecret, readOnly});
    m_calls.reserve(callLogCapacity);
}

TenantState::~TenantState() = default;

qint64 TenantState::scaled(qint64 small, qint64 demo, qint64 large) const
{
    switch (m_scale) {
    case Scale::Small:
        return small;
    case Scale::Demo:
        return demo;
    case Scale::Large:
        return large;
    }
    return demo;
}

void TenantState::registerClient(ApiClientRecord client)
{
    const QString id = client.id;
    m_clients.insert(id, std::move(client));
}

const ApiClientRecord *TenantState::findClient(const QString &id) const
{
    const auto it = m_clients.constFind(id);
    return it == m_clients.cend() ? nullptr : &it.value();
}

QStringList TenantState::clientIds() const
{
    QStringList ids = m_clients.keys();
    ids.sort();
    return ids;
}

QByteArray TenantState::issueToken(const QString &clientId, const QStringList &scopes)
{
    if (m_tokens.size() >= 50000)
        purgeExpiredTokens();
    // Tokens are random on purpose: a client must never rely on a token it did not fetch.
    quint64 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray token
            = QByteArray(reinterpret_cast<const char *>(words), sizeof words)
                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    m_tokens.insert(token,
                    TokenRecord{clientId, scopes, nowMs() + qint64(m_tokenTtlSeconds) * 1000});
    ++m_tokensIssued;
    return token;
}

TokenCheck TenantState::checkToken(const QByteArray &token, const TokenRecord **record) const
{
    if (token.isEmpty())
        return TokenCheck::Missing;
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.cend())
        return TokenCheck::Unknown;
    if (it->expiresAtMs <= nowMs())
        return TokenCheck::Expired;
    if (record)
        *record = &it.value();
    return TokenCheck::Valid;
}

int TenantState::expireAllTokens()
{
    const qint64 now = nowMs();
    int expired = 0;
    for (auto &t : m_tokens) {
        if (t.expiresAtMs > now) {
            t.expiresAtMs = now;
            ++expired;
        }
    }
    return expired;
}

qsizetype TenantState::activeTokenCount() const
{
    const qint64 now = nowMs();
    return std::count_if(m_tokens.cbegin(), m_tokens.cend(),
                         [now](const TokenRecord &t) { return t.expiresAtMs > now; });
}

void TenantState::purgeExpiredTokens()
{
    const qint64 now = nowMs();
    m_tokens.removeIf([now](const auto &it) { return it.value().expiresAtMs <= now; });
}

void TenantState::logCall(CallRecord record)
{
    ++m_totalCalls;
    if (qsizetype(m_calls.size()) < callLogCapacity) {
        m_calls.push_back(std::move(record));
        return;
    }
    m_calls[size_t(m_callHead)] = std::move(record);
    m_callHead = (m_callHead + 1) % callLogCapacity;
}

std::vector<CallRecord> TenantState::recentCalls(qsizetype limit) const
{
    const qsizetype size = qsizetype(m_calls.size());
    const qsizetype n = std::clamp<qsizetype>(limit, 0, size);
    std::vector<CallRecord> out;
    out.reserve(size_t(n));
    // The oldest entry sits at m_callHead once the ring has wrapped, at 0 before.
    const qsizetype oldest = size < callLogCapacity ? 0 : m_callHead;
    for (qsizetype i = size - n; i < size; ++i)
        out.push_back(m_calls[size_t((oldest + i) % size)]);
    return out;
}

void TenantState::recordDelivery(const QString &sink, WebhookDelivery delivery)
{
    auto &queue = m_sinks[sink];
    if (qsizetype(queue.size()) >= webhookCapacity)
        queue.pop_front();
    for (const auto &[name, value] : delivery.headers) {
        if (name.compare("X-Request-ID", Qt::CaseInsensitive) == 0)
            m_sinkIds[sink].insert(value);
    }
    queue.push_back(std::move(delivery));
    ++m_sinkTotals[sink];
}

bool TenantState::sinkHasSeen(const QString &sink, const QByteArray &requestId) const
{
    return m_sinkIds.value(sink).contains(requestId);
}

const std::deque<WebhookDelivery> *TenantState::deliveries(const QString &sink) const
{
    const auto it = m_sinks.constFind(sink);
    return it == m_sinks.cend() ? nullptr : &it.value();
}

qsizetype TenantState::clearDeliveries(const QString &sink)
{
    const auto it = m_sinks.find(sink);
    if (it == m_sinks.end())
        return 0;
    const qsizetype n = qsizetype(it->size());
    m_sinks.erase(it);
    m_sinkTotals.remove(sink);
    m_sinkIds.remove(sink);
    m_sinkDuplicates.remove(sink);
    m_sinkFaults.remove(sink);
    return n;
}

QStringList TenantState::sinkNames() const
{
    QStringList names = m_sinks.keys();
    names.sort();
    return names;
}

void TenantState::addPart(const QString &name, std::unique_ptr<TenantPart> part)
{
    for (auto &p : m_parts) {
        if (p.first == name) {
            p.second = std::move(part);
            return;
        }
    }
    m_parts.emplace_back(name, std::move(part));
}

TenantPart *TenantState::part(const QString &name) const
{
    for (const auto &p : m_parts) {
        if (p.first == name)
            return p.second.get();
    }
    return nullptr;
}

QJsonObject callToJson(const CallRecord &c)
{
    QJsonObject o{{QStringLiteral("method"), QString::fromLatin1(c.method)},
                  {QStringLiteral("path"), c.path},
                  {QStringLiteral("status"), c.status},
                  {QStringLiteral("requestId"), QString::fromLatin1(c.requestId)},
                  {QStringLiteral("time"),
                   QDateTime::fromMSecsSinceEpoch(c.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)}};
    if (!c.routeKey.isEmpty())
        o.insert(QStringLiteral("route"), c.routeKey);
    if (!c.fault.isEmpty())
        o.insert(QStringLiteral("fault"), c.fault);
    return o;
}

QJsonObject deliveryToJson(const WebhookDelivery &d)
{
    QJsonObject headers;
    for (const auto &h : d.headers)
        headers.insert(QString::fromLatin1(h.first).toLower(), QString::fromLatin1(h.second));
    QJsonObject o{{QStringLiteral("time"),
                   QDateTime::fromMSecsSinceEpoch(d.timeMs, Qt::UTC).toString(Qt::ISODateWithMs)},
                  {QStringLiteral("method"), QString::fromLatin1(d.method)},
                  {QStringLiteral("headers"), headers},
                  {QStringLiteral("body"), QString::fromUtf8(d.body)}};
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(d.body, &pe);
    if (pe.error == QJsonParseError::NoError)
        o.insert(QStringLiteral("json"),
                 doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object()));
    return o;
}

QJsonObject TenantState::snapshot(qsizetype recentLimit) const
{
    QJsonObject counts;
    for (const auto &p : m_parts)
        counts.insert(p.first, p.second->summary());

    QJsonObject routes;
    for (const auto &[key, c] : m_routeCounters) {
        routes.insert(key, QJsonObject{{QStringLiteral("calls"), qint64(c.calls)},
                                       {QStringLiteral("faults"), qint64(c.faults)},
                                       {QStringLiteral("errors"), qint64(c.errors)}});
    }
    QJsonArray recent;
    for (const CallRecord &c : recentCalls(recentLimit))
        recent.append(callToJson(c));
    QJsonObject sinks;
    for (auto it = m_sinks.cbegin(); it != m_sinks.cend(); ++it)
        sinks.insert(it.key(), qint64(it->size()));

    return {{QStringLiteral("seed"), QString::number(m_seed)},
            {QStringLiteral("scale"), scaleName(m_scale)},
            {QStringLiteral("clients"), QJsonArray::fromStringList(clientIds())},
            {QStringLiteral("tokens"),
             QJsonObject{{QStringLiteral("issued"), qint64(m_tokensIssued)},
                         {QStringLiteral("active"), qint64(activeTokenCount())},
                         {QStringLiteral("ttlSeconds"), m_tokenTtlSeconds}}},
            {QStringLiteral("counts"), counts},
            {QStringLiteral("webhookSinks"), sinks},
            {QStringLiteral("totalCalls"), qint64(m_totalCalls)},
            {QStringLiteral("routes"), routes},
            {QStringLiteral("recentCalls"), recent}};
}

} // namespace cxone::sim
