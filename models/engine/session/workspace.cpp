#include "models/engine/session/workspace.h"

#include "models/engine/job.h"
#include "models/engine/jobs/jobtracker.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "network/displaytext.h"

namespace cxone {

Workspace::Workspace(QObject *parent)
    : QObject(parent)
{}

Workspace::~Workspace() = default;

TenantSession *Workspace::session() const
{
    return m_session;
}

void Workspace::follow(ConsoleContext *context)
{
    if (!context) {
        setSession(nullptr);
        return;
    }
    connect(context, &ConsoleContext::sessionChanged, this,
            [this](TenantSession *session) { setSession(session); });
    setSession(context->session());
}

void Workspace::setSession(TenantSession *session)
{
    if (session == m_session && session)
        return;
    if (isBusy())
        m_running->cancel();
    m_session = session;
    onSessionChanged(session);
    Q_EMIT sessionChanged(session);
    Q_EMIT actionsChanged();
}

Job *Workspace::runningJob() const
{
    return m_running;
}

bool Workspace::isBusy() const
{
    return m_running && !m_running->isFinished();
}

void Workspace::cancel()
{
    if (isBusy())
        m_running->cancel();
}

void Workspace::setStatus(const QString &text, bool problem)
{
    // Status lines quote servers and files (a job's messages, its error): shown inert.
    const QString shown = displayText(text, -1, LineBreaks::Keep);
    if (shown == m_status && problem == m_statusProblem)
        return;
    m_status = shown;
    m_statusProblem = problem;
    Q_EMIT statusChanged(shown);
}

void Workspace::jobMessage(const QString &text)
{
    setStatus(text);
}

void Workspace::jobMessageWithdrawn(const QString &text)
{
    Q_UNUSED(text);
    setStatus(QString());
}

Job *Workspace::start(Job *job)
{
    if (!m_session) {
        delete job;
        return nullptr;
    }
    m_running = job;
    delete m_tracker;
    m_tracker = new JobTracker(job, this);
    connect(job, &Job::message, this, [this](const QString &text) {
        m_lastJobMessage = text;
        jobMessage(text);
    });
    connect(job, &Job::messageWithdrawn, this, [this](const QString &text) {
        // Only while it is still what the status says: a later message stays.
        if (text == m_lastJobMessage) {
            m_lastJobMessage.clear();
            jobMessageWithdrawn(text);
        }
    });
    connect(m_tracker, &JobTracker::changed, this, [this, tracker = m_tracker] {
        if (!tracker->waitText().isEmpty()) {
            m_lastJobMessage = tracker->waitText();
            jobMessage(m_lastJobMessage);
        }
    });
    connect(job, &Job::finished, this, [this, job] {
        Q_EMIT jobFinished(job);
        Q_EMIT actionsChanged();
    });
    // Announced before it starts: a job that ends at once (refused while validating) still
    // reaches its watchers in the order started, finished.
    Q_EMIT jobStarted(job);
    m_session->startJob(job);
    Q_EMIT actionsChanged();
    return job;
}

} // namespace cxone
