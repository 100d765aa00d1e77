#pragma once

#include "models/engine/job.h"
#include "models/transcripts/piimasker.h"
#include "network/api/transcriptsapi.h"

#include <QHash>
#include <QPointer>
#include <QUrl>

#include <deque>
#include <memory>
#include <optional>

namespace cxone {

class Poller;
class WebhookClient;

struct ExtractOptions
{
    QStringList interactionIds;             // either these ...
    std::optional<TranscriptSearch> search; // ... or the interactions of a search
    QStringList mediaTypes{QStringLiteral("voice"), QStringLiteral("chat"),
                           QStringLiteral("email")};
    QString policy = QStringLiteral("auto");
    int concurrency = 4;
    // FILE.jsonl: one masked artifact per line; anything else: a folder with one file each.
    QString output;
    QUrl lakeUrl; // empty: no push
    quint32 entities = kAllPiiEntities;
    // How far masking goes with numbers that do not validate; written into each artifact's
    // maskReport ("policy") and the run's summary.
    MaskPolicy maskPolicy = MaskPolicy::Strict;
    bool resume = false;
    int pollDeadlineMs = 600000;
};

// One artifact's outcome, for the artifacts table and the results file.
struct ArtifactOutcome
{
    QString interactionId;
    QString state; // written, pushed, skipped (done before), failed
    MaskCounts counts;
    QString error;
    qint64 latencyMs = 0; // download to written
    QByteArray requestId;
};

// Search (or a list of ids) -> check they exist -> jobs of at most 1000 -> poll -> download
// with the job's concurrency -> mask every string -> write -> push to the data lake with an
// X-Request-ID derived from the id and the masked bytes. Unmasked text stays in memory; a
// state file beside the output lets a re-run skip what is written and pushed.
class TranscriptExtractJob final : public Job
{
    Q_OBJECT
public:
    TranscriptExtractJob(ApiClient *client, ExtractOptions options, QObject *parent = nullptr);
    ~TranscriptExtractJob() override;

    const ExtractOptions &options() const { return m_options; }
    QString statePath() const;
    static QString artifactPath(const QString &folder, const QString &interactionId);
    // The X-Request-ID of a masked artifact: the same bytes always give the same id.
    static QByteArray requestIdFor(const QString &interactionId, const QByteArray &masked);

    const QList<ArtifactOutcome> &outcomes() const { return m_outcomes; }
    qint64 total() const { return m_total; }
    qint64 written() const { return m_written; }
    qint64 pushed() const { return m_pushed; }
    qint64 skipped() const { return m_skipped; }
    qint64 failed() const { return m_failed; }
    qint64 urlRefreshes() const { return m_urlRefreshes; }
    const MaskCounts &maskTotals() const { return m_maskTotals; }
    double successRate() const;
    double averageLatencyMs() const;
    QJsonObject summaryJson() const;

Q_SIGNALS:
    void artifactDone(const cxone::ArtifactOutcome &outcome);

protected:
    void run() override;
    void onCancel() override;

private:
    struct Done
    {
        bool written = false;
        bool pushed = false;
        QByteArray requestId;
    };
    void collectIds();
    void checkIds(qsizetype from);
    void startChunks();
    void nextChunk();
    void submitChunk();
    void onStatus(const TranscriptJobStatus &status);
    void pumpDownloads();
    void onDownloaded(const QString &id, const Result &result, qint64 startedMs);
    void onMasked(const QString &id, qint64 startedMs, bool ok, QByteArray masked,
                  MaskCounts counts, QString error);
    void push(const QString &id, const QByteArray &masked, const QByteArray &requestId,
              qint64 startedMs, const MaskCounts &counts);
    void finishArtifact(ArtifactOutcome outcome);
    void refreshUrls();
    bool loadState(QString *error);
    bool scanJsonl(QString *error);
    QByteArray onDisk(const QString &id) const;
    bool appendState(const QString &id, const Done &done);
    bool writeArtifact(const QString &id, const QByteArray &masked, QString *error);
    void maybeFinish();

    ApiClient *m_client;
    ExtractOptions m_options;
    TranscriptsApi m_api;
    std::unique_ptr<WebhookClient> m_webhooks;
    std::shared_ptr<const PiiMasker> m_masker;
    QHash<QString, Done> m_done;
    QHash<QString, QByteArray> m_jsonlLines; // from an earlier run's JSONL output
    QStringList m_ids;
    QStringList m_pending;
    QStringList m_chunk;
    QString m_jobId;
    Poller *m_poller = nullptr;
    QHash<QString, QUrl> m_urls;
    std::deque<QString> m_queue;
    int m_downloading = 0;
    int m_working = 0; // masking or pushing
    bool m_refreshing = false;
    bool m_submitting = false;
    bool m_chunkRetried = false;
    qsizetype m_chunkStart = 0;
    qint64 m_total = 0, m_written = 0, m_pushed = 0, m_skipped = 0, m_failed = 0;
    qint64 m_urlRefreshes = 0;
    qint64 m_latencySum = 0, m_latencyCount = 0;
    MaskCounts m_maskTotals;
    QList<ArtifactOutcome> m_outcomes;
};

} // namespace cxone

Q_DECLARE_METATYPE(cxone::ArtifactOutcome)
