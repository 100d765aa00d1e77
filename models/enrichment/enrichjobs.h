#pragma once

#include "models/engine/job.h"
#include "models/engine/jobs/batchwriter.h"
#include "models/engine/jobs/journal.h"
#include "models/engine/jobs/journalrestore.h"
#include "models/enrichment/enrichplan.h"

#include "network/api/enrichmentapi.h"
#include "network/jsonwriter.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

#include <memory>
#include <vector>

class QTimer;

namespace cxone {

// Sends no faster than a rate: a bucket that holds one batch and refills at `perSecond`, so a
// client that waits for it never meets the tenant's own throttle. 0: no pacing.
class Pacer final
{
public:
    void setRate(double perSecond, int batchSize);
    double rate() const { return m_rate; }
    // Milliseconds to wait before `contacts` may go (0: now); takes them when it returns 0.
    qint64 take(int contacts, qint64 nowMs);
    // Starts pacing at `perSecond` from nowMs with no room saved up (a run sent unpaced that
    // the tenant throttles after all).
    void start(double perSecond, qint64 nowMs);
    // `contacts` go out again (a batch retried) no earlier than notBeforeMs: milliseconds from
    // nowMs until it is their turn. They are taken at once (the batches after them wait for
    // them), so that what is sent, retries included, stays within the rate.
    qint64 reserve(int contacts, qint64 nowMs, qint64 notBeforeMs);
    // A Retry-After came back: the tenant wants less; go 20 % slower from now on.
    void slowDown();

private:
    double earliest(int contacts, qint64 nowMs);
    void spend(int contacts, double atMs);

    double m_rate = 0;
    double m_capacity = 0;
    double m_freeAtMs = -1; // when the bucket is full again (-1: full now)
};

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
    double ratePerSecond = 500; // 0: no pacing
    int maxInFlight = 4;        // batches on the wire (each reads its current values in parallel)
    int breakerThreshold = 5;
    QString sourceName; // the CSV file, for the journal and the audit trail
};

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
    qint64 applied() const { return m_applied; }
    qint64 rejected() const { return m_rejected; }
    qint64 notFound() const { return m_notFound; }
    qint64 notSent() const { return m_notSent; }
    qint64 unknown() const { return m_unknown; }
    int batchesVerified() const;
    int rateLimited() const { return m_rateLimited; }
    // fdatasync calls that made the journal durable before batches were sent (one per group).
    qint64 journalSyncs() const { return m_journal.asyncSyncs(); }
    bool refreshed() const { return m_refreshed; }
    QString webhookId() const { return m_webhookId; }
    // A resume of a run its journal records as finished: the job succeeds doing nothing.
    bool finishedBefore() const { return m_finishedBefore; }
    // The command line's summary (plan counts, batches, applied, rejected, notFound, journal).
    QJsonObject summaryJson() const;

Q_SIGNALS:
    void batchDone(int batch, int updated, int rejected, int notFound);

protected:
    void run() override;
    void onCancel() override;

private:
    bool openJournal(QString *error);
    void setUpWebhook();
    void startWriter();
    void prepare(int batch, std::function<void(BatchWriter::Prepared, const QString &)> done);
    void compose(int batch, const EnrichCurrentValues &current,
                 std::function<void(BatchWriter::Prepared, const QString &)> done);
    void paceThenSend(int contacts,
                      std::function<void(BatchWriter::Prepared, const QString &)> done);
    QList<ItemOutcome> judge(int batch, const Result &result);
    void finishRun();
    void conclude();

    ApiClient *m_client;
    EnrichmentApi m_api;
    std::shared_ptr<const EnrichPlan> m_plan;
    EnrichApplyOptions m_options;
    int m_batchSize = 1;
    std::vector<std::vector<qsizetype>> m_batches;
    QHash<int, QByteArray> m_bodies;          // prepared and journaled, waiting for their turn
    QHash<int, EnrichBatchResults> m_results; // read from each batch's answer, for judge()
    QList<QByteArray> m_fieldNames;           // the plan's attributes, UTF-8, in field order
    QList<QByteArray> m_fieldKeys;            // the same written as JSON strings
    JsonWriter m_line;                        // the journal line being written (its room reused)
    JsonWriter m_values;                      // a row's values (its room reused)
    JournalWriter m_journal;
    BatchWriter *m_writer = nullptr;
    BatchWriter::JournalState m_resumeState;
    Pacer m_pacer;
    QElapsedTimer m_clock;
    std::vector<RowOutcome> m_outcomes;
    QHash<qint32, QString> m_reasons;
    QString m_webhookId;
    QString m_haltReason;
    qint64 m_applied = 0;
    qint64 m_rejected = 0;
    qint64 m_notFound = 0;
    qint64 m_notSent = 0;
    qint64 m_unknown = 0;
    int m_rateLimited = 0;
    bool m_refreshed = false;
    bool m_finishedBefore = false;
    qint64 m_latencyTotal = 0;
    qint64 m_latencyCalls = 0;
};

// Undoes an enrichment run from its journal: every attribute the run changed goes back to what
// it was (an attribute that was absent is removed again), unless someone changed it since the
// run, which is left as it is and reported. Running it twice changes nothing.
class EnrichUndoJob final : public JournalRestoreJob
{
    Q_OBJECT
public:
    // A contact's values before and after the run, as compact JSON text kept in one buffer of
    // the contents (Contents::values) and parsed a batch at a time when it is prepared: a
    // journal of a million contacts is not held as a million pairs of QJsonObjects, nor as two
    // million small allocations.
    struct Entry
    {
        QString id;
        qsizetype at = 0; // where its "before" object starts; "after" follows it
        qint32 beforeSize = 0;
        qint32 afterSize = 0;
    };
    // What an enrichment journal holds for an undo.
    struct Contents
    {
        JournalSummary summary;
        std::vector<Entry> entries; // the contacts the run changed, or may have (sent)
        QByteArray values;          // the entries' values, back to back
        bool preparedAny = false;   // some batch was journaled
        qint64 sent = 0;            // contacts the run sent
        qint64 planned = 0;         // contacts the run planned
        qint64 attributes() const;  // the values the run wrote on those contacts
        // An attribute null or absent in "before": it was absent before the run.
        QJsonObject before(const Entry &e) const;
        QJsonObject after(const Entry &e) const;
    };
    // Reads the journal (kind "enrich", the tenant when not empty), signed or not: the contents
    // say whether it was (summary.verified). False with a sentence when it cannot be read.
    static bool read(const QString &path, const QString &tenant, Contents *out, QString *error);
    // What a person reads before undoing with a journal this machine did not sign.
    static QString unverifiedText(const QString &path, const Contents &contents);

    EnrichUndoJob(ApiClient *client, QString journalPath, QObject *parent = nullptr);
    ~EnrichUndoJob() override;

    // The journal as the caller read it already (read() with this client's tenant): the command
    // line reads it first, to refuse it before anything is sent, and a journal is read once.
    void useContents(Contents contents);

    qint64 restoredContacts() const { return m_restored; }
    qint64 restoredAttributes() const { return m_attributes; }
    qint64 changedSince() const { return m_changedSince; }
    qint64 failures() const { return m_failed; }
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

protected:
    void run() override;
    void onCancel() override;

private:
    void prepare(int batch, std::function<void(BatchWriter::Prepared, const QString &)> done);

    ApiClient *m_client;
    QString m_journalPath;
    std::unique_ptr<Contents> m_contents; // read by the caller
    QString m_listId;
    JournalWriter m_journal;
    Contents m_read; // the journal's contents, once read
    std::vector<Entry> &m_entries = m_read.entries;
    QHash<QString, QJsonObject> m_next; // contact -> whole attribute object to send
    QSet<QString> m_putBack;
    QSet<QString> m_leftChanged;
    QHash<QString, QString> m_failures;
    BatchWriter *m_writer = nullptr;
    qint64 m_restored = 0;
    qint64 m_attributes = 0;
    qint64 m_changedSince = 0;
    qint64 m_failed = 0;
    bool m_listMissing = false;
};

} // namespace cxone
