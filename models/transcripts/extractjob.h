#pragma once

#include "models/engine/job.h"
#include "models/transcripts/piimasker.h"
#include "network/api/transcriptsapi.h"

#include <QByteArrayList>
#include <QHash>
#include <QPointer>
#include <QSet>
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
    // written (no data lake), pushed, unpushed (written, but the lake did not take it), skipped
    // (done by an earlier run), failed (not written, so not pushed either)
    QString state;
    QString stage; // where an unpushed or failed one stopped: job, download, mask, write, push
    MaskCounts counts;
    QString error;        // why, for unpushed and failed ones
    QString cause;        // what went wrong, without the details that differ (to group the reasons)
    qint64 latencyMs = 0; // download to written (and pushed)
    QByteArray requestId;
    bool writtenBefore = false; // written by an earlier run; this one only pushed it
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
    // Empty when `output` (a FILE.jsonl, or a folder) may be written; otherwise why not.
    static QString outputProblem(const QString &output);
    // The X-Request-ID of a masked artifact: the same bytes always give the same id.
    static QByteArray requestIdFor(const QString &interactionId, const QByteArray &masked);

    const QList<ArtifactOutcome> &outcomes() const { return m_outcomes; }
    // Every artifact ends counted once in written, writtenBefore, skipped or failed; pushed and
    // notPushed count which of the written ones (by this run or an earlier one) reached the
    // data lake in this run.
    qint64 total() const { return m_total; }
    qint64 written() const { return m_written; }             // written by this run
    qint64 writtenBefore() const { return m_writtenBefore; } // by an earlier run, pushed now
    qint64 pushed() const { return m_pushed; }
    qint64 notPushed() const { return m_notPushed; } // written, the lake did not take it
    qint64 skipped() const { return m_skipped; }     // written and pushed before: nothing to do
    qint64 failed() const { return m_failed; }       // not written
    qint64 urlRefreshes() const { return m_urlRefreshes; }
    const MaskCounts &maskTotals() const { return m_maskTotals; }
    double successRate() const;
    double averageLatencyMs() const;
    // The counts, for --json, the audit and the results.
    QJsonObject summaryJson() const;
    // Each artifact that was not written or not pushed: {interactionId, state, stage, reason}.
    QJsonArray failuresJson() const;
    // The counts in one sentence, as the page and the command line show them.
    QString summaryText() const;
    // The unpushed and failed artifacts grouped by what went wrong: "not pushed: 3
    // (int-1, int-2, int-3): the data lake ..." (at most `maxIds` ids named per group).
    QStringList failureGroupsText(int maxIds = 8) const;
    // How the lake is named in the state file: the same URL always gives the same key.
    static QByteArray lakeKey(const QUrl &lakeUrl);

Q_SIGNALS:
    void artifactDone(const cxone::ArtifactOutcome &outcome);

protected:
    void run() override;
    void onCancel() override;

private:
    struct Done
    {
        bool written = false;
        // Lake keys; "" for a lake an older state file did not name. Mostly one: a list (a set
        // allocates a kilobyte of buckets for its first key, per transcript of the run).
        QByteArrayList pushedTo;
        void pushed(const QByteArray &lake)
        {
            if (!pushedTo.contains(lake))
                pushedTo.append(lake);
        }
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
              qint64 startedMs, const MaskCounts &counts, bool writtenBefore);
    void finishArtifact(ArtifactOutcome outcome);
    void failArtifact(const QString &id, const QString &stage, const QString &reason,
                      const QString &cause = {});
    void onSubmitted(const Result &result, const QByteArray &key, bool keyFromEarlierRun);
    void pollJob();
    void refreshUrls();
    bool loadState(QString *error);
    bool scanJsonl(QString *error);
    QByteArray onDisk(const QString &id) const;
    bool appendState(const QJsonObject &line);
    bool appendState(const QString &id, const Done &done);
    static bool appendLine(const QString &path, const QByteArray &line, QString *error);
    bool writeArtifact(const QString &id, const QByteArray &masked, QString *error);
    void maybeFinish();

    ApiClient *m_client;
    ExtractOptions m_options;
    TranscriptsApi m_api;
    std::unique_ptr<WebhookClient> m_webhooks;
    std::shared_ptr<const PiiMasker> m_masker;
    QHash<QString, Done> m_done;
    QHash<QString, QByteArray> m_jsonlLines; // from an earlier run's JSONL output
    // Idempotency keys of job submissions, by the digest of the request they were made for:
    // kept in the state file, so that a run after a lost answer asks for the same job again.
    QHash<QByteArray, QByteArray> m_submissionKeys;
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
    qint64 m_total = 0, m_written = 0, m_writtenBefore = 0, m_pushed = 0, m_notPushed = 0,
           m_skipped = 0, m_failed = 0;
    qint64 m_urlRefreshes = 0;
    qint64 m_latencySum = 0, m_latencyCount = 0;
    MaskCounts m_maskTotals;
    QList<ArtifactOutcome> m_outcomes;
};

} // namespace cxone

Q_DECLARE_METATYPE(cxone::ArtifactOutcome)
