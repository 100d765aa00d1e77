#pragma once

#include "network/apiclient.h"
#include "network/expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxone {

struct InteractionInfo
{
    QString id;
    QString mediaType; // voice, chat, email
    QDateTime startedAt;
    int durationSec = 0;
    QString direction;
    QString agentName;
};

struct TranscriptSearch
{
    QDateTime from;
    QDateTime to;
    QStringList mediaTypes; // empty: all
    int pageSize = 1000;
};

struct TranscriptJobRequest
{
    QStringList interactionIds; // 1..1000
    QStringList mediaTypes{QStringLiteral("voice"), QStringLiteral("chat"),
                           QStringLiteral("email")};
    QString redactionPolicy = QStringLiteral("auto");
    int maxConcurrentDownloads = 4;
};

struct TranscriptJobStatus
{
    QString jobId;
    QString status; // queued, running, completed, failed
    int progress = 0;
    QUrl resultUrl;
    QList<QPair<QString, QUrl>> results; // interaction id -> artifact URL
    QStringList errors;
};

// Transcript extraction (contract section 3): interaction search, bulk transcript jobs, their
// status and their artifacts.
class TranscriptsApi final
{
public:
    explicit TranscriptsApi(ApiClient *client);
    static constexpr int kMaxIdsPerJob = 1000;
    static const QStringList &mediaTypes(); // voice, chat, email

    // A request problem found before anything is sent; empty when the request is fine.
    static QString searchProblem(const TranscriptSearch &search);
    static QString jobProblem(const TranscriptJobRequest &request);

    static Request searchRequest(const TranscriptSearch &search,
                                 const QString &continuationToken = {});
    // The existing ones among `ids` (at most 1000), with their details.
    static Request lookupRequest(const QStringList &ids);
    static bool readSearchPage(const Result &page, QList<InteractionInfo> *out,
                               QString *continuationToken, QString *error);

    // The body of a job submission; the same request always gives the same bytes.
    static QByteArray submitBody(const TranscriptJobRequest &request);
    // With an idempotency key the submission is retried like an idempotent call: the tenant
    // answers a repeated key with the job it already created (Idempotency-Key header, see
    // docs/simulator.md), so a lost answer never queues a second job. Without one it is tried
    // once.
    CallHandle *submit(const TranscriptJobRequest &request, const QByteArray &idempotencyKey = {});
    // True when the tenant answered a repeated idempotency key with the job it had created.
    static bool wasReplayed(const Result &result);
    CallHandle *status(const QString &jobId);
    // One artifact, into memory (transcripts are never written unmasked).
    CallHandle *download(const QUrl &url);

    // The typed answers of submit() (the job's id) and status(): the value, or the call's or the
    // parser's sentence.
    static Expected<QString> readSubmit(const Result &result);
    static Expected<TranscriptJobStatus> readStatus(const Result &result);

    static bool parseSubmit(const Result &result, QString *jobId, QString *error);
    // The ids a 400 from submit says do not exist.
    static QStringList unknownIds(const Result &result);
    static bool parseStatus(const QJsonObject &json, TranscriptJobStatus *out, QString *error);

private:
    ApiClient *m_client;
};

} // namespace cxone
