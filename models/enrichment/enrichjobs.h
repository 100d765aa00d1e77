#pragma once

#include "models/engine/job.h"
#include "models/engine/jobs/batchwriter.h"
#include "models/engine/jobs/journal.h"
#include "models/enrichment/enrichplan.h"
#include "models/enrichment/enrichsummary.h"

#include "network/api/enrichmentapi.h"
#include "network/jsonwriter.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <vector>

namespace cxone {

// Every row's fate in a run, for the results file and the page's results table.
// Undone: updated by the run, then put back by its undo.
enum class RowOutcome : quint8 {
    Pending,
    Updated,
    Rejected,
    NotFound,
    NotSent,
    Unknown,
    Skipped,
    Undone
};
QString rowOutcomeName(RowOutcome outcome);

// One line per input row: line, contactId, outcome, reason. Dry runs write "would-send".
bool writeEnrichResults(const QString &path, const EnrichPlan &plan,
                        const std::vector<RowOutcome> *outcomes,
                        const QHash<qint32, QString> *reasons, QString *error);

// What the tenant holds now of a batch's contacts (one or more reads), as the journal writes
// it: per contact and mapped field, the value as JSON (empty: the contact has none).
struct EnrichCurrentValues
{
    QByteArray text;                              // the values' JSON, back to back
    std::vector<std::pair<qint32, qint32>> spans; // contact x field: where in text, how long
    QHash<QByteArray, qint32> contacts;           // contact id (UTF-8) -> contact number
    int fields = 0;
    QString problem; // the answer is JSON but not current values (then nothing else is set)
    QByteArrayView value(qint32 contact, int field) const;
};
// Reads one answer of the current-values route for the plan's fields (their attribute names as
// UTF-8, in field order): false (and why) when it is not JSON at all.
bool readEnrichCurrentValues(const QByteArray &body, const QList<QByteArray> &fields,
                             EnrichCurrentValues *into, QString *error);

// A batch's per-record results, by contact id.
struct EnrichBatchResults
{
    struct Record
    {
        RowOutcome outcome; // Updated, NotFound or Rejected
        QString why;        // a rejection's errors, "attribute: message; ..."
    };
    std::vector<Record> records;
    QHash<QByteArray, qint32> byId; // contact id (UTF-8) -> record (the last one given)
    QString problem;                // the answer is JSON but not an enrichment result
};
bool readEnrichBatchResults(const QByteArray &body, EnrichBatchResults *into, QString *error);

struct EnrichApplyOptions
{
    CampaignInfo campaign;
    QString listId;             // the campaign's list unless given
    QString journalPath;        // empty: the app data folder
    bool resume = false;        // continue the run the journal records
    QUrl webhookUrl;            // CRM sync: registered once (reused when it exists)
    bool refresh = true;        // refresh the list once at the end
    double ratePerSecond = 500; // 0: no pacing until the tenant limits the run
    // Where an unpaced run starts pacing once the tenant limits it: the contract's throttle.
    double tenantRate = 500;
    int maxInFlight = 4; // batches on the wire (each reads its current values in parallel)
    int breakerThreshold = 5;
    QString sourceName;         // the CSV file, for the journal and the audit trail
    PaceClock *clock = nullptr; // the pacer's clock (tests script it)
};

// How long sending `contacts` takes at `rate` a second, with what that assumes, for a person
// about to confirm: "about 16 seconds at 500 contacts/s, the campaign's rate, if the tenant does
// not limit it". `rate` 0: not paced ("as fast as the tenant takes them").
QString enrichDurationEstimate(qint64 contacts, double rate);

// Writes a plan's rows onto the list: journal first (kind "enrich": the campaign, the mapping,
// the plan's digest), then batch by batch: pace, read the contacts' current values, journal them,
// POST, record each record's outcome. Resumable from its journal without sending a batch that
// already reached the tenant. Refreshes the list once at the end.
class EnrichApplyJob final : public Job
{
    Q_OBJECT
public:
    EnrichApplyJob(ApiClient *client, std::shared_ptr<const EnrichPlan> plan,
                   EnrichApplyOptions options, QObject *parent = nullptr);
    ~EnrichApplyJob() override;

    static QString defaultJournalPath(const QString &listId);
    QString journalPath() const { return m_options.journalPath; }
    int batchSize() const { return m_batchSize; }
    int batchCount() const { return int(m_batches.size()); }
    const std::vector<RowOutcome> &outcomes() const { return m_outcomes; }
    const QHash<qint32, QString> &reasons() const { return m_reasons; }
    // The run's numbers (a resumed run's include what its journal records as done before).
    const EnrichSummary &summary() const { return m_summary; }
    qint64 applied() const { return m_summary.applied; }
    qint64 rejected() const { return m_summary.rejected; }
    qint64 notFound() const { return m_summary.notFound; }
    qint64 notSent() const { return m_summary.notSent; }
    qint64 unknown() const { return m_summary.unknown; }
    int batchesVerified() const;
    // Batches sent again because reading back after a lost answer showed they had not all
    // taken effect.
    int batchesResent() const;
    int rateLimited() const { return m_rateLimited; } // attempts answered 429
    // fdatasync calls that made the journal durable before batches were sent (one per group).
    qint64 journalSyncs() const { return m_journal.asyncSyncs(); }
    bool refreshed() const { return m_refreshed; }
    QString webhookId() const { return m_webhookId; }
    // A resume of a run its journal records as finished: the job succeeds doing nothing.
    bool finishedBefore() const { return m_finishedBefore; }
    // The pacer's state in words (empty while it paces as configured), and its pace now.
    QString paceText() const { return m_paceText; }
    double pace() const;
    // The command line's summary: the plan's counts, batches, the run's summary, journal, pace.
    QJsonObject summaryJson() const;

Q_SIGNALS:
    void batchDone(int batch, int updated, int rejected, int notFound);

protected:
    void run() override;
    void onCancel() override;

private:
    bool openJournal(QString *error);
    void setUpWebhook(int attempt = 0);
    void startWriter();
    void prepare(int batch, BatchWriter::PrepareDone done);
    // The batch's current values, read in parallel (the tenant gives at most 100 per read):
    // `failure` says why they could not be read (`cancelled` when the run stopped).
    void readCurrent(int batch, std::function<void(const EnrichCurrentValues &values,
                                                   const QString &failure, bool cancelled)>
                                        then);
    void compose(int batch, const EnrichCurrentValues &current, BatchWriter::PrepareDone done);
    // Whether the tenant holds every value of the batch: each item's outcome when it does (a
    // contact not on the list is "not_found"), an empty list when some value is not there.
    QList<ItemOutcome> heldOutcomes(int batch, const EnrichCurrentValues &current);
    void confirm(int batch, std::function<void(const QList<ItemOutcome> &, const QString &)> done);
    QList<ItemOutcome> judge(int batch, const Result &result);
    void countBatch(int batch, const Result &result, const QList<ItemOutcome> &outcomes,
                    bool verified);
    void countRow(qsizetype row, RowOutcome outcome, const QString &why);
    void showProgress();
    void finishRun();
    void conclude();

    ApiClient *m_client;
    EnrichmentApi m_api;
    std::shared_ptr<const EnrichPlan> m_plan;
    EnrichApplyOptions m_options;
    int m_batchSize = 1;
    std::vector<std::vector<qsizetype>> m_batches;
    QHash<int, QByteArray> m_bodies;          // prepared and journaled, until the batch is done
    QHash<int, EnrichBatchResults> m_results; // read from each batch's answer, for judge()
    QList<QByteArray> m_fieldNames;           // the plan's attributes, UTF-8, in field order
    QList<QByteArray> m_fieldKeys;            // the same written as JSON strings
    JsonWriter m_line;                        // the journal line being written (its room reused)
    JsonWriter m_values;                      // a row's values (its room reused)
    JournalWriter m_journal;
    BatchWriter *m_writer = nullptr;
    BatchWriter::JournalState m_resumeState;
    QByteArray m_runId; // names the run's requests: the same batch always has the same id
    std::vector<RowOutcome> m_outcomes;
    QHash<qint32, QString> m_reasons;
    EnrichSummary m_summary;
    QString m_webhookId;
    QString m_haltReason;
    QString m_paceText;
    int m_rateLimited = 0;
    bool m_refreshed = false;
    bool m_finishedBefore = false;
    qint64 m_latencyTotal = 0;
    qint64 m_latencyCalls = 0;
};

// Undoes an enrichment run from its journal: every attribute the run changed goes back to what
// it was (an attribute that was absent is removed again), unless someone changed it since the
// run, which is left as it is and reported. Running it twice changes nothing.
class EnrichUndoJob final : public Job
{
    Q_OBJECT
public:
    EnrichUndoJob(ApiClient *client, QString journalPath, QObject *parent = nullptr);
    ~EnrichUndoJob() override;

    const EnrichSummary &summary() const { return m_summary; }
    qint64 restoredContacts() const { return m_summary.applied; }
    qint64 restoredAttributes() const { return m_summary.attributes; }
    qint64 changedSince() const { return m_summary.changedSince; }
    qint64 failures() const { return m_summary.failed + m_summary.notSent + m_summary.unknown; }
    QString listId() const { return m_listId; }
    // Per contact, once finished: put back (or found as it was before the run), with some value
    // left because it changed since the run, or not put back (the reason).
    bool wasPutBack(const QString &contactId) const { return m_putBack.contains(contactId); }
    bool hasValuesChangedSince(const QString &contactId) const
    {
        return m_leftChanged.contains(contactId);
    }
    QString failureFor(const QString &contactId) const { return m_failures.value(contactId); }
    // A run's row outcomes after this undo: the rows it updated (or may have) that were put
    // back read Undone (with a note where values changed since were left); the others keep
    // their outcome, with the reason the undo could not put them back.
    void markUndone(const EnrichPlan &plan, std::vector<RowOutcome> *outcomes,
                    QHash<qint32, QString> *reasons) const;
    // {listId, journal, and the summary's numbers}: the command line's JSON and the audit's.
    QJsonObject summaryJson() const;

protected:
    void run() override;
    void onCancel() override;

private:
    struct Entry
    {
        QString id;
        QJsonObject before; // null: the attribute was absent
        QJsonObject after;
    };
    // What the undo found for a contact before putting it back.
    enum class Found : quint8 { ToPutBack, AsBefore, NotOnList };
    void prepare(int batch, BatchWriter::PrepareDone done);
    void countBatch(int batch, const QList<ItemOutcome> &outcomes);

    ApiClient *m_client;
    QString m_journalPath;
    QString m_listId;
    JournalWriter m_journal;
    std::vector<Entry> m_entries;
    std::vector<Found> m_found;
    std::vector<int> m_reverted;        // per entry: attributes to put back
    QHash<QString, QJsonObject> m_next; // contact -> whole attribute object to send
    QSet<QString> m_putBack;
    QSet<QString> m_leftChanged;
    QHash<QString, QString> m_failures;
    BatchWriter *m_writer = nullptr;
    EnrichSummary m_summary;
    bool m_listMissing = false;
};

} // namespace cxone
