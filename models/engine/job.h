#pragma once

#include "models/engine/audit/auditentry.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

namespace cxone {

class CallHandle;
struct Result;

// CompletedWithFailures: the job ran to its end and most of its items are done, but some failed
// (7 archived recordings of 3,859); it is not Failed, which means the job could not do its work.
enum class JobState { Pending, Running, Succeeded, Failed, Cancelled, CompletedWithFailures };
QString jobStateName(JobState state);

struct JobProgress
{
    QString phase; // "Validating", "Exporting page 12", ...
    qint64 done = 0;
    qint64 total = -1;     // -1: unknown
    QString unit;          // "records", "contacts", ...
    qint64 doneBefore = 0; // done by the run this one resumes: in `done`, not in this run's rate
    // What the done ones came to, in words ("7 applied, 1 not on the list"): then `done` counts
    // what was processed, and the progress reads "8 of 8 contacts processed: 7 applied, ...".
    QString breakdown;
    qint64 calls = 0;
    qint64 retries = 0;
    qint64 rateLimitWaits = 0;
    qint64 errors = 0;
};

// One observed HTTP attempt, for latency charts and counters.
struct CallSample
{
    qint64 atMs = 0; // since the job started
    qint64 latencyMs = 0;
    int httpStatus = 0;
    bool retried = false; // not the first attempt of its call
    bool afterRateLimit = false;
    qint64 waitBeforeMs = 0;
};

// A unit of work against a tenant. The GUI and the command line drive the same Job objects and
// only observe them through these signals; a job never knows which face drives it.
class Job : public QObject
{
    Q_OBJECT
public:
    Job(QString kind, QString target, QObject *parent = nullptr);
    ~Job() override;

    QString id() const { return m_id; }
    QString kind() const { return m_kind; }
    // What a person calls the job: "Export · Gold loyalty members". Set by the job once it
    // knows the name of what it works on; the kind and target until then.
    QString title() const;
    void setTitle(const QString &title);
    QString target() const { return m_target; }
    // What a person calls the target ("Gold loyalty members"); the id until the job knows it.
    QString targetName() const { return m_targetName.isEmpty() ? m_target : m_targetName; }
    // Items that failed in a job that CompletedWithFailures (0 otherwise).
    qint64 failedItems() const { return m_failedItems; }
    QString tenant() const { return m_tenant; }
    JobState state() const { return m_state; }
    const JobProgress &progress() const { return m_progress; }
    QString errorText() const { return m_errorText; }
    // Failed on a check made before anything was changed or submitted (the input, an option, an
    // output or journal that exists, a target that cannot be used): the command line exits 3.
    bool refused() const { return m_refused; }
    qint64 elapsedMs() const;
    bool isFinished() const;

    void setAudit(AuditSink *sink, const QString &tenant);

    void start();
    void cancel();

    // Observes `call` (each attempt becomes a sample, the result counts in the progress), keeps
    // it so that cancel() cancels it, and returns it so that the caller connects its own handler
    // (which then runs after the observation). Steps that make calls for a job (paged readers,
    // pollers, batch writers) hand their calls here too.
    CallHandle *watch(CallHandle *call);
    // Calls watched and not finished yet.
    int watchedInFlight() const;

Q_SIGNALS:
    void stateChanged(cxone::JobState state);
    void progressChanged(const cxone::JobProgress &progress);
    void callObserved(const cxone::CallSample &sample);
    void fillRateChanged(const QString &field, double rate); // field empty: overall
    void message(const QString &text);                       // progress text for people
    // A message said for one phase of the job no longer holds (the phase ended): a status line
    // that still shows it clears it; a log keeps it.
    void messageWithdrawn(const QString &text);
    // A call of the job waits before trying again, in words ("The tenant is rate-limiting;
    // waiting 2 s (retry 3 of 8)"); the next call sample ends the wait.
    void retryWaiting(const QString &text);
    void audited(const cxone::AuditEntry &entry);
    void finished(cxone::JobState state);
    void titleChanged(const QString &title);

protected:
    virtual void run() = 0;
    virtual void onCancel() {}

    void setPhase(const QString &phase);
    // message() for what holds only until its phase ends; withdrawPhaseMessage() ends it.
    void phaseMessage(const QString &text);
    void withdrawPhaseMessage();
    void setProgress(qint64 done, qint64 total = -1);
    void setProgress(qint64 done, qint64 total, const QString &breakdown);
    void setUnit(const QString &unit) { m_progress.unit = unit; }
    // What the job works on, once it knows better than at its start (a restore learns its list
    // from the journal): shown in the jobs' list and used by the audit entries from then on.
    void setTarget(const QString &target);
    // The name of the target, known from what the job already read; audit entries carry it
    // (as "targetName" in their details) so that the trail names targets without extra calls.
    void setTargetName(const QString &name);
    void setDoneBefore(qint64 n) { m_progress.doneBefore = n; }
    // Counts the call and emits one sample per attempt.
    void observe(const Result &result);
    void audit(const QString &action, const QString &outcome, const QJsonObject &details = {},
               const QString &target = {});
    void succeed();
    void fail(const QString &errorText);
    // Ends a job whose items mostly succeeded: `failedItems` of them did not; `text` says which
    // and what a person can do about them.
    void completeWithFailures(qint64 failedItems, const QString &text);
    // fail() for a problem found before the job changed or submitted anything.
    void refuse(const QString &errorText);
    void finishCancelled();
    bool isCancelRequested() const { return m_cancelRequested; }

private:
    void setState(JobState state);

    QString m_phaseMessage;

    QString m_id;
    QString m_kind;
    QString m_target;
    QString m_title;
    QString m_targetName;
    qint64 m_failedItems = 0;
    QString m_tenant;
    AuditSink *m_audit = nullptr;
    JobState m_state = JobState::Pending;
    JobProgress m_progress;
    QString m_errorText;
    QElapsedTimer m_clock;
    qint64 m_finishedAtMs = -1;
    bool m_cancelRequested = false;
    bool m_refused = false;
    QList<QPointer<CallHandle>> m_watched;
};

} // namespace cxone

Q_DECLARE_METATYPE(cxone::JobProgress)
Q_DECLARE_METATYPE(cxone::CallSample)
Q_DECLARE_METATYPE(cxone::AuditEntry)
