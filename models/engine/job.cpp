#include "models/engine/job.h"

#include "network/apiclient.h"
#include "network/displaytext.h"
#include "network/result.h"

#include <QUuid>

#include <utility>

namespace cxone {

QString jobStateName(JobState state)
{
    switch (state) {
    case JobState::Pending:
        return QStringLiteral("pending");
    case JobState::Running:
        return QStringLiteral("running");
    case JobState::Succeeded:
        return QStringLiteral("succeeded");
    case JobState::Failed:
        return QStringLiteral("failed");
    case JobState::Cancelled:
        return QStringLiteral("cancelled");
    case JobState::CompletedWithFailures:
        return QStringLiteral("completed with failures");
    }
    return QStringLiteral("unknown");
}

Job::Job(QString kind, QString target, QObject *parent)
    : QObject(parent)
    , m_id(QStringLiteral("job-") + QUuid::createUuid().toString(QUuid::Id128).left(12))
    , m_kind(std::move(kind))
    , m_target(std::move(target))
{
    qRegisterMetaType<cxone::JobProgress>();
    qRegisterMetaType<cxone::CallSample>();
    qRegisterMetaType<cxone::AuditEntry>();
    qRegisterMetaType<cxone::JobState>();
}

Job::~Job() = default;

qint64 Job::elapsedMs() const
{
    if (!m_clock.isValid())
        return 0;
    return m_finishedAtMs >= 0 ? m_finishedAtMs : m_clock.elapsed();
}

bool Job::isFinished() const
{
    return m_state == JobState::Succeeded || m_state == JobState::Failed
           || m_state == JobState::Cancelled || m_state == JobState::CompletedWithFailures;
}

void Job::setAudit(AuditSink *sink, const QString &tenant)
{
    m_audit = sink;
    m_tenant = tenant;
}

void Job::start()
{
    if (m_state != JobState::Pending)
        return;
    m_clock.start();
    setState(JobState::Running);
    run();
}

void Job::cancel()
{
    if (isFinished() || m_cancelRequested)
        return;
    m_cancelRequested = true;
    if (m_state == JobState::Pending) {
        finishCancelled();
        return;
    }
    Q_EMIT message(tr("Cancelling…"));
    onCancel();
    // Whatever the job left on the wire ends as Cancelled; its handlers see that.
    const QList<QPointer<CallHandle>> calls = m_watched;
    for (const QPointer<CallHandle> &call : calls) {
        if (call && !call->isFinished())
            call->cancel();
    }
}

QString Job::title() const
{
    return m_title.isEmpty() ? m_kind + QStringLiteral(" · ") + m_target : m_title;
}

void Job::setTarget(const QString &target)
{
    if (m_target == target)
        return;
    m_target = target;
    Q_EMIT titleChanged(title()); // the jobs' list shows both
}

void Job::setTargetName(const QString &name)
{
    // A name as the tenant calls it: shown inert, as titles are.
    const QString shown = displayText(name);
    if (m_targetName == shown)
        return;
    m_targetName = shown;
    Q_EMIT titleChanged(title());
}

void Job::setTitle(const QString &title)
{
    // Titles name what a job works on, as the tenant calls it: shown inert.
    const QString shown = displayText(title);
    if (m_title == shown)
        return;
    m_title = shown;
    Q_EMIT titleChanged(shown);
}

namespace {

QString retryText(int next, int maxAttempts, qint64 waitMs, ErrorKind why)
{
    const QString wait = waitMs >= 1000 ? Job::tr("%1 s").arg(
                                 QString::number(waitMs / 1000.0, 'f', waitMs % 1000 ? 1 : 0))
                                        : Job::tr("%1 ms").arg(waitMs);
    const QString retry = Job::tr("retry %1 of %2").arg(next - 1).arg(maxAttempts - 1);
    switch (why) {
    case ErrorKind::RateLimited:
        return Job::tr("The tenant is rate-limiting; waiting %1 (%2).").arg(wait, retry);
    case ErrorKind::ServerError:
        return Job::tr("The tenant answered with a server error; trying again in %1 (%2).")
                .arg(wait, retry);
    case ErrorKind::Unauthorized:
        return Job::tr("The access token was refused; signing in again.");
    case ErrorKind::Malformed:
        return Job::tr("The answer could not be read; asking again in %1 (%2).").arg(wait, retry);
    case ErrorKind::Timeout:
        return Job::tr("The tenant did not answer in time; trying again in %1 (%2).")
                .arg(wait, retry);
    default:
        return Job::tr("The connection failed; trying again in %1 (%2).").arg(wait, retry);
    }
}

} // namespace

CallHandle *Job::watch(CallHandle *call)
{
    if (!call)
        return call;
    connect(call, &CallHandle::retryScheduled, this,
            [this](int next, int maxAttempts, qint64 waitMs, ErrorKind why) {
                Q_EMIT retryWaiting(retryText(next, maxAttempts, waitMs, why));
            });
    m_watched.removeIf([](const QPointer<CallHandle> &c) { return c.isNull() || c->isFinished(); });
    m_watched.append(call);
    connect(call, &CallHandle::finished, this, [this](const Result &result) { observe(result); });
    if (m_cancelRequested) // after the caller has connected its handler
        QMetaObject::invokeMethod(call, &CallHandle::cancel, Qt::QueuedConnection);
    return call;
}

int Job::watchedInFlight() const
{
    int n = 0;
    for (const QPointer<CallHandle> &c : m_watched)
        n += c && !c->isFinished() ? 1 : 0;
    return n;
}

void Job::setPhase(const QString &phase)
{
    m_progress.phase = displayText(phase);
    Q_EMIT progressChanged(m_progress);
}

void Job::phaseMessage(const QString &text)
{
    m_phaseMessage = text;
    Q_EMIT message(text);
}

void Job::withdrawPhaseMessage()
{
    if (m_phaseMessage.isEmpty())
        return;
    const QString text = std::exchange(m_phaseMessage, QString());
    Q_EMIT messageWithdrawn(text);
}

void Job::setProgress(qint64 done, qint64 total)
{
    m_progress.done = done;
    m_progress.total = total;
    Q_EMIT progressChanged(m_progress);
}

void Job::setProgress(qint64 done, qint64 total, const QString &breakdown)
{
    m_progress.breakdown = breakdown;
    setProgress(done, total);
}

void Job::observe(const Result &result)
{
    ++m_progress.calls;
    m_progress.retries += result.retries();
    m_progress.rateLimitWaits += result.rateLimitWaits;
    if (!result.ok() && result.error != ErrorKind::Cancelled)
        ++m_progress.errors;
    // Attempts finished at totalMs - (sum of later latencies and waits); approximate each
    // attempt's end by walking back from the call's end.
    qint64 end = m_clock.isValid() ? m_clock.elapsed() : 0;
    QList<CallSample> samples;
    for (auto it = result.attempts.crbegin(); it != result.attempts.crend(); ++it) {
        CallSample s;
        s.atMs = std::max<qint64>(0, end);
        s.latencyMs = it->latencyMs;
        s.httpStatus = it->httpStatus;
        s.retried = it->number > 1;
        s.afterRateLimit = it->afterRateLimit;
        s.waitBeforeMs = it->waitBeforeMs;
        samples.prepend(s);
        end -= it->latencyMs + it->waitBeforeMs;
    }
    for (const CallSample &s : std::as_const(samples))
        Q_EMIT callObserved(s);
    Q_EMIT progressChanged(m_progress);
}

void Job::audit(const QString &action, const QString &outcome, const QJsonObject &details,
                const QString &target)
{
    AuditEntry e;
    e.tenant = m_tenant;
    e.jobId = m_id;
    e.jobKind = m_kind;
    e.action = action;
    e.target = target.isEmpty() ? m_target : target;
    e.outcome = outcome;
    e.details = details;
    if (!m_targetName.isEmpty() && target.isEmpty() && !e.details.contains(u"targetName"))
        e.details.insert(QStringLiteral("targetName"), m_targetName);
    if (m_audit) {
        QString error;
        if (!m_audit->append(e, &error))
            Q_EMIT message(tr("Audit entry %1 could not be stored: %2").arg(action, error));
    } else {
        e.timeUtc = QDateTime::currentDateTimeUtc();
    }
    Q_EMIT audited(e);
}

void Job::succeed()
{
    if (isFinished())
        return;
    setState(JobState::Succeeded);
}

void Job::fail(const QString &errorText)
{
    if (isFinished())
        return;
    // Error texts quote servers and files; several lines are the job's own.
    m_errorText = displayText(errorText, -1, LineBreaks::Keep);
    setState(JobState::Failed);
}

void Job::completeWithFailures(qint64 failedItems, const QString &text)
{
    if (isFinished())
        return;
    m_failedItems = failedItems;
    m_errorText = text;
    setState(failedItems > 0 ? JobState::CompletedWithFailures : JobState::Succeeded);
}

void Job::refuse(const QString &errorText)
{
    if (isFinished())
        return;
    m_refused = true;
    fail(errorText);
}

void Job::finishCancelled()
{
    if (isFinished())
        return;
    setState(JobState::Cancelled);
}

void Job::setState(JobState state)
{
    m_state = state;
    if (isFinished() && m_clock.isValid())
        m_finishedAtMs = m_clock.elapsed();
    if (isFinished()) {
        // A finished job leaves nothing on the wire (a failure ends the lookups beside it).
        for (const QPointer<CallHandle> &call : std::as_const(m_watched)) {
            if (call && !call->isFinished())
                QMetaObject::invokeMethod(call, &CallHandle::cancel, Qt::QueuedConnection);
        }
    }
    if (isFinished())
        withdrawPhaseMessage(); // its phase ended with the job
    Q_EMIT stateChanged(state);
    if (isFinished())
        Q_EMIT finished(state);
}

} // namespace cxone
