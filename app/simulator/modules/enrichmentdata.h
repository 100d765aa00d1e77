#pragma once

#include "app/simulator/tenantstate.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <vector>

class QNetworkAccessManager;

namespace cxone::sim {

// The enrichment side of the tenant (contract section 2): outbound campaigns with their
// enrichment time budgets, registered webhooks and their deliveries, and the throttle. The
// contacts themselves are the contact lists' (ContactListsPart).
class EnrichmentPart final : public TenantPart
{
public:
    struct Campaign
    {
        QString id;
        QString name;
        QString status;                  // active, paused, draft, completed
        int maxEnrichmentTimeout = 3000; // ms; a batch may hold a tenth of it in contacts
        QString contactListId;
        QJsonObject toJson() const;
    };
    struct Webhook
    {
        QString id;
        QString name;
        QString url;
        QStringList events;
        int maxRetries = 3;
        int backoffMs = 1000;
        QString createdAt;
        quint64 delivered = 0;
        quint64 failed = 0;
        quint64 skipped = 0; // not loopback: a real tenant would deliver, this one does not
        QJsonObject toJson() const;
    };

    explicit EnrichmentPart(const TenantState &state);
    ~EnrichmentPart() override;
    static QString partName() { return QStringLiteral("enrichment"); }
    QJsonObject summary() const override;

    std::vector<Campaign> campaigns;
    std::vector<Webhook> webhooks;
    quint64 rateLimited = 0; // batches answered 429

    const Campaign *campaign(const QString &id) const;
    // The most contacts one batch to `listId` may hold: a tenth of the smallest enrichment budget
    // of the campaigns that dial the list (1000 when none does).
    int batchLimit(const QString &listId) const;

    // The batch route is idempotent on X-Request-ID, as a real one would be: the answer of a
    // batch is kept (the last 20,000), and the same request id with the same body gets that
    // answer again, with no second effect and no second webhook. answered() is that answer
    // (empty: the request id is new); `conflict` is set when the id came with another body.
    QByteArray answered(const QString &listId, const QByteArray &requestId, const QByteArray &body,
                        bool *conflict) const;
    void remember(const QString &listId, const QByteArray &requestId, const QByteArray &body,
                  const QByteArray &answer);

    // Takes `contacts` from the throttle of `perSecond`; 0 when they may go now, else the
    // seconds to wait.
    int take(int contacts, int perSecond, qint64 nowMs);

    // POSTs the event to every webhook subscribed to it (loopback addresses only), with each
    // webhook's retry policy. Runs in the simulator's thread.
    void deliver(const QString &event, const QString &listId, const QStringList &contactIds);

private:
    void send(size_t webhook, const QByteArray &body, const QByteArray &requestId, int attempt);

    // The throttle's bucket; a batch larger than it may take it below zero (it goes when the
    // bucket is full), and the batches after it wait until it has refilled.
    struct Answer
    {
        QByteArray bodyDigest;
        QByteArray answer;
    };
    QHash<QByteArray, Answer> m_answers; // list id + request id -> what was answered
    std::deque<QByteArray> m_answerOrder;
    double m_tokens = 0;
    bool m_bucketStarted = false;
    qint64 m_refilledAtMs = 0;
    quint64 m_events = 0;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

} // namespace cxone::sim
