#pragma once

#include "models/engine/jobs/pacer.h"
#include "models/engine/jobs/serverbreaker.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QSet>

#include <functional>
#include <vector>

namespace cxone {

class CallHandle;
class JournalWriter;
class JsonWriter;
struct Result;

// What happened to one item of a batch.
struct ItemOutcome
{
    QString outcome; // ok, failed, unknown (may have reached the tenant), not_found, rejected, ...
    QString error;   // for people; empty when ok
    bool succeeded() const { return outcome == u"ok"; }
};

// Sends many items to the tenant in batches: at most `maxInFlight` batches on the wire, paced by
// a Pacer (which finds the tenant's real rate when it is lower than the one configured), an
// outcome per item, the journal line that names a batch written (and handed to the kernel)
// before the batch is sent, a breaker that stops after consecutive server errors, and at the end
// every item that was never sent accounted for in the journal. A batch whose journal line cannot
// be written is not sent, and nothing after it is. Resumable: batches already done (from a
// journal) are skipped; a batch whose answer was lost is confirmed (the `confirm` hook reads
// back what the tenant holds) and sent again only when it did not take effect, under the same
// request id.
//
// Journal lines (each with "op" and "batch"):
//   {"type":"send","ids":[...],"requestId"?}        before the batch goes out
//   {"type":"result","status":N,"items":[{"id","outcome","error"?}],"verified"?}
//   {"type":"not-sent","ids":[...]}                what a halt or cancel left unsent
class BatchWriter final : public QObject
{
    Q_OBJECT
public:
    struct Options
    {
        QString op;          // names the batches in the journal: "update", "delete", "enrich"
        int maxInFlight = 1; // batches on the wire at once
        int breakerThreshold = 5;
        Pacer::Options pace; // rate 0: unpaced until the tenant limits (batchSize: the largest)
        PaceClock *clock = nullptr;
        // Every send of batch N carries the request id "<prefix>-<op>-<N>" (so a batch sent
        // again, in this run or a resumed one, is recognisable); empty: one per call.
        QByteArray requestIdPrefix;
        int maxSends = 5; // sends of one batch whose answers were lost, before it ends unknown
    };
    enum class Prepared {
        Send,        // go on: journal and send the batch
        AlreadyDone, // it reached the tenant in an earlier run: record it as done, send nothing
        Halt,        // stop the writer (why says why); this batch and the rest are not sent
    };
    // For AlreadyDone, the items' outcomes (empty: every item ok).
    using PrepareDone = std::function<void(Prepared verdict, const QString &why,
                                           const QList<ItemOutcome> &outcomes)>;
    struct Hooks
    {
        std::function<QString(qsizetype item)> idOf;
        // Optional: runs before a batch is journaled and sent (to read and journal the values
        // it will change, or to find on a resume that it had reached the tenant already).
        std::function<void(int batch, PrepareDone done)> prepare;
        // Sends the batch with this request id (empty: the pipeline's own).
        std::function<CallHandle *(int batch, const QByteArray &requestId)> send;
        // One outcome per item of the batch, in the batch's order, for any result.
        std::function<QList<ItemOutcome>(int batch, const Result &result)> judge;
        // Optional: the batch's answer was lost (the connection broke, it timed out or could not
        // be read). Reads back what the tenant holds: the items' outcomes when the batch took
        // effect, an empty list when it did not (it is sent again), or `why` when that could not
        // be found out (the items end unknown).
        std::function<void(
                int batch,
                std::function<void(const QList<ItemOutcome> &outcomes, const QString &why)> done)>
                confirm;
    };

    BatchWriter(JournalWriter *journal, Options options, Hooks hooks, QObject *parent = nullptr);
    ~BatchWriter() override;

    void setBatches(std::vector<std::vector<qsizetype>> batches);
    // Batches already done in an earlier run: not sent again, not counted as not sent.
    void skipBatches(const QSet<int> &done);
    const std::vector<std::vector<qsizetype>> &batches() const { return m_batches; }
    Pacer *pacer() const { return m_pacer; }
    QByteArray requestIdFor(int batch) const;

    void start();
    // Stops sending; batches on the wire are cancelled (their items end as "unknown").
    void halt(const QString &why);
    bool isHalted() const { return m_halted; }
    bool isRunning() const { return m_running; }
    QString haltReason() const { return m_haltReason; }
    const ServerErrorBreaker &breaker() const { return m_breaker; }

    qint64 itemsOk() const { return m_ok; }
    qint64 itemsFailed() const { return m_failed; }
    qint64 itemsUnknown() const { return m_unknown; }
    qint64 itemsNotSent() const { return m_notSent; }
    qint64 itemsSkipped() const { return m_skippedItems; }
    int batchesSent() const { return m_sent; }
    int batchesDone() const { return m_done; }
    int batchesVerified() const { return m_verified; }
    // Batches sent again after a lost answer, because reading back showed they had not all
    // taken effect.
    int batchesResent() const { return m_resent; }
    int batchCount() const { return int(m_batches.size()); }
    qint64 itemCount() const;
    // Per-outcome item counts ("ok", "failed", "not_found", ...).
    const QHash<QString, qint64> &outcomeCounts() const { return m_outcomes; }

    // Reads the state of this writer's op from a journal's lines: batches with a result, and
    // batches that were sent without one (they may or may not have reached the tenant).
    struct JournalState
    {
        QSet<int> done;
        QSet<int> uncertain;
    };
    static void scanLine(const QJsonObject &line, const QString &op, JournalState *state);
    // Whether a result means the batch's answer was lost on the way (it may have taken effect).
    static bool answerLost(const Result &result);

Q_SIGNALS:
    void callStarted(cxone::CallHandle *call);
    // `readBack` says how the outcomes were found when it was not from the batch's answer (read
    // back after a lost answer, or on a resume).
    void batchFinished(int batch, const cxone::Result &result,
                       const QList<cxone::ItemOutcome> &outcomes, const QString &readBack);
    void finished();

private:
    void pump();
    void paced(int batch);
    void launch(int batch);
    void send(int batch);
    void onResult(int batch, const Result &result);
    void onConfirmed(int batch, const Result &result, const QList<ItemOutcome> &outcomes,
                     const QString &why);
    void record(int batch, const Result &result, QList<ItemOutcome> outcomes,
                const QString &verified);
    void finishIfIdle();
    void writeIds(int batch, JsonWriter &w) const;

    JournalWriter *m_journal;
    Options m_options;
    Hooks m_hooks;
    ServerErrorBreaker m_breaker;
    Pacer *m_pacer;
    enum class BatchState : quint8 { Pending, Preparing, Sent, Done, Skipped };
    std::vector<std::vector<qsizetype>> m_batches;
    std::vector<BatchState> m_state;
    std::vector<quint8> m_sends; // sends of each batch so far
    QSet<int> m_skip;
    int m_next = 0;     // first batch not started yet
    int m_inFlight = 0; // preparing, waiting for its turn, or on the wire
    QList<QPointer<CallHandle>> m_calls;
    bool m_running = false;
    bool m_halted = false;
    bool m_finished = false;
    QString m_haltReason;
    int m_sent = 0;
    int m_done = 0;
    int m_verified = 0;
    int m_resent = 0;
    qint64 m_ok = 0;
    qint64 m_failed = 0;
    qint64 m_unknown = 0;
    qint64 m_notSent = 0;
    qint64 m_skippedItems = 0;
    QHash<QString, qint64> m_outcomes;
};

} // namespace cxone
