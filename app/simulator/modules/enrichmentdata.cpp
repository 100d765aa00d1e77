#include "app/simulator/modules/enrichmentdata.h"

#include "network/profile.h"
#include "network/sha256.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

#include <cmath>

namespace cxone::sim {

QJsonObject EnrichmentPart::Campaign::toJson() const
{
    return {{QStringLiteral("campaignId"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("status"), status},
            {QStringLiteral("maxEnrichmentTimeout"), maxEnrichmentTimeout},
            {QStringLiteral("contactListId"), contactListId}};
}

QJsonObject EnrichmentPart::Webhook::toJson() const
{
    return {{QStringLiteral("webhookId"), id},
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), url},
            {QStringLiteral("events"), QJsonArray::fromStringList(events)},
            {QStringLiteral("retryPolicy"), QJsonObject{{QStringLiteral("maxRetries"), maxRetries},
                                                        {QStringLiteral("backoffMs"), backoffMs}}},
            {QStringLiteral("createdAt"), createdAt}};
}

EnrichmentPart::EnrichmentPart(const TenantState &)
{
    const auto add = [this](const char *id, const char *name, const char *status, int timeout,
                            const char *list) {
        campaigns.push_back({QString::fromLatin1(id), QString::fromUtf8(name),
                             QString::fromLatin1(status), timeout, QString::fromLatin1(list)});
    };
    // The enrichment guide's own example campaign, so that its program runs as written.
    add("camp_87654321-zyxw-vuts-rqpo-nmlkjihgfedc", "Spring upsell (guide example)", "active",
        3000, "list_12345678-abcd-efgh-ijkl-mnopqrstuvwx");
    add("camp_us_retention_q4", "US retention Q4", "active", 3000, "list_us_main");
    add("camp_us_winback_followup", "US win-back follow-up", "paused", 5000, "list_us_main");
    add("camp_gb_renewals_nov", "UK renewals – November", "active", 1500, "list_gb_renewals");
    add("camp_de_lead_nurture", "DE lead nurture", "draft", 800, "list_de_leads");
    add("camp_au_winback", "AU win-back", "completed", 2000, "list_au_winback");
}

EnrichmentPart::~EnrichmentPart() = default;

QJsonObject EnrichmentPart::summary() const
{
    QJsonArray hooks;
    for (const Webhook &w : webhooks)
        hooks.append(QJsonObject{{QStringLiteral("webhookId"), w.id},
                                 {QStringLiteral("url"), w.url},
                                 {QStringLiteral("delivered"), qint64(w.delivered)},
                                 {QStringLiteral("failed"), qint64(w.failed)},
                                 {QStringLiteral("skipped"), qint64(w.skipped)}});
    return {{QStringLiteral("campaigns"), qint64(campaigns.size())},
            {QStringLiteral("webhooks"), hooks},
            {QStringLiteral("rateLimited"), qint64(rateLimited)},
            {QStringLiteral("events"), qint64(m_events)}};
}

const EnrichmentPart::Campaign *EnrichmentPart::campaign(const QString &id) const
{
    for (const Campaign &c : campaigns) {
        if (c.id == id)
            return &c;
    }
    return nullptr;
}

int EnrichmentPart::batchLimit(const QString &listId) const
{
    int limit = 0;
    for (const Campaign &c : campaigns) {
        if (c.contactListId == listId)
            limit = limit == 0 ? c.maxEnrichmentTimeout / 10
                               : std::min(limit, c.maxEnrichmentTimeout / 10);
    }
    return limit > 0 ? limit : 1000;
}

namespace {

QByteArray answerKey(const QString &listId, const QByteArray &requestId)
{
    return listId.toUtf8() + '\n' + requestId;
}

} // namespace

QByteArray EnrichmentPart::answered(const QString &listId, const QByteArray &requestId,
                                    const QByteArray &body, bool *conflict) const
{
    *conflict = false;
    const auto it = m_answers.constFind(answerKey(listId, requestId));
    if (it == m_answers.cend())
        return {};
    if (it->bodyDigest != cxone::Sha256::hash(body)) {
        *conflict = true;
        return {};
    }
    return it->answer;
}

void EnrichmentPart::remember(const QString &listId, const QByteArray &requestId,
                              const QByteArray &body, const QByteArray &answer)
{
    const QByteArray key = answerKey(listId, requestId);
    if (!m_answers.contains(key)) {
        m_answerOrder.push_back(key);
        if (m_answerOrder.size() > 20000) {
            m_answers.remove(m_answerOrder.front());
            m_answerOrder.pop_front();
        }
    }
    m_answers.insert(key, {cxone::Sha256::hash(body), answer});
}

int EnrichmentPart::take(int contacts, int perSecond, qint64 nowMs)
{
    if (perSecond <= 0)
        return 0;
    // A bucket of one second's worth, refilled continuously.
    const double capacity = perSecond;
    if (!m_bucketStarted) {
        m_bucketStarted = true;
        m_tokens = capacity;
        m_refilledAtMs = nowMs;
    }
    m_tokens = std::min(capacity, m_tokens + double(nowMs - m_refilledAtMs) * perSecond / 1000.0);
    m_refilledAtMs = nowMs;
    const double need = std::min<double>(contacts, capacity);
    if (m_tokens + 1e-9 >= need) {
        m_tokens -= contacts;
        return 0;
    }
    ++rateLimited;
    return std::max(1, int(std::ceil((need - m_tokens) / perSecond)));
}

void EnrichmentPart::deliver(const QString &event, const QString &listId,
                             const QStringList &contactIds)
{
    for (size_t i = 0; i < webhooks.size(); ++i) {
        Webhook &w = webhooks[i];
        if (!w.events.contains(event))
            continue;
        const QUrl url(w.url);
        if (!isLoopbackHost(url.host())) {
            ++w.skipped;
            continue;
        }
        const QJsonObject body{
                {QStringLiteral("event"), event},
                {QStringLiteral("webhookId"), w.id},
                {QStringLiteral("listId"), listId},
                {QStringLiteral("contactIds"), QJsonArray::fromStringList(contactIds)},
                {QStringLiteral("timestamp"),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}};
        send(i, QJsonDocument(body).toJson(QJsonDocument::Compact),
             QStringLiteral("evt-%1-%2").arg(w.id).arg(++m_events).toUtf8(), 0);
    }
}

void EnrichmentPart::send(size_t index, const QByteArray &body, const QByteArray &requestId,
                          int attempt)
{
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    const Webhook &w = webhooks[index];
    QNetworkRequest request{QUrl(w.url)};
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("X-Request-ID", requestId);
    request.setTransferTimeout(10000);
    QNetworkReply *reply = m_nam->post(request, body);
    QObject::connect(
            reply, &QNetworkReply::finished, m_nam.get(),
            [this, reply, index, body, requestId, attempt] {
                reply->deleteLater();
                if (index >= webhooks.size())
                    return;
                Webhook &hook = webhooks[index];
                const int status
                        = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                if (status >= 200 && status < 300) {
                    ++hook.delivered;
                    return;
                }
                if (attempt >= hook.maxRetries) {
                    ++hook.failed;
                    return;
                }
                QTimer::singleShot(hook.backoffMs * (1 << std::min(attempt, 10)), m_nam.get(),
                                   [this, index, body, requestId, attempt] {
                                       send(index, body, requestId, attempt + 1);
                                   });
            });
}

} // namespace cxone::sim
