#pragma once

#include "app/simulator/simmodule.h"
#include "app/simulator/tenantstate.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>

#include <deque>
#include <vector>

namespace cxone::sim {

// The tenant's interaction history and its transcript jobs (contract section 3).
class TranscriptsPart final : public TenantPart
{
public:
    static QString partName() { return QStringLiteral("transcripts"); }
    explicit TranscriptsPart(TenantState &state);
    QJsonObject summary() const override;

    struct Interaction
    {
        QString id;
        quint8 media = 0; // 0 voice, 1 chat, 2 email
        bool inbound = true;
        qint64 startedAtMs = 0;
        int durationSec = 0;
        quint16 agent = 0;
        bool archived = false; // its transcript cannot be produced: a job with it fails
    };
    struct TranscriptJob
    {
        QString id;
        QStringList ids;
        QString policy;
        int maxConcurrent = 1;
        int polls = 0;
        int pollsToFinish = 3;
        bool fails = false;
        QStringList errors;
        QString sig; // handed out with the latest status
        qint64 urlsExpireAtMs = 0;
        std::vector<qint64> downloadsBusyUntil; // on the state's clock
    };

    std::vector<Interaction> interactions; // ordered by start time
    QHash<QString, qsizetype> byId;
    QHash<QString, TranscriptJob> jobs;
    qint64 urlTtlMs = 60000;
    qint64 downloadHoldMs = 0; // how long a download takes (its slot is busy until then)
    QSet<QString> corruptIds;  // artifacts served with their transcript cut (a broken store)
    quint64 jobsSubmitted = 0;
    quint64 artifactsServed = 0;
    quint64 expiredRefusals = 0;
    quint64 concurrencyRefusals = 0;

    // Job submissions by Idempotency-Key: a repeated key with the same request is answered with
    // the job it created (no second job); with another request it is refused. The oldest keys
    // are forgotten beyond kMaxIdempotencyKeys.
    struct IdempotentSubmission
    {
        QByteArray requestDigest;
        QString jobId;
    };
    static constexpr qsizetype kMaxIdempotencyKeys = 10000;
    QHash<QByteArray, IdempotentSubmission> submissionsByKey;
    std::deque<QByteArray> keyOrder;
    quint64 idempotentReplays = 0;
    quint64 idempotencyConflicts = 0;
    // Jobs created from a request body byte for byte the same as an earlier job's: what a
    // client that resends a submission without an idempotency key leaves behind.
    QSet<QByteArray> createdRequests;
    quint64 duplicateJobs = 0;

    static QString mediaName(quint8 media);
    // The artifact as the tenant stores it, with its redaction policy applied.
    QJsonObject artifact(const Interaction &interaction, const QString &policy) const;
    QJsonObject searchItem(const Interaction &interaction) const;

private:
    quint64 m_seed;
};

class TranscriptsModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;
    static constexpr int kMaxIdsPerJob = 1000;
};

} // namespace cxone::sim
