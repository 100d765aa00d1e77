#include "models/engine/jobs/jobregistry.h"

#include "models/engine/job.h"

namespace cxone {

JobRegistry::JobRegistry(QObject *parent)
    : QObject(parent)
{}

JobRegistry::~JobRegistry()
{
    // Jobs are children; stop them before they go so none reports into a half-destroyed registry.
    for (const QPointer<Job> &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

void JobRegistry::start(Job *job)
{
    if (!job || m_jobs.contains(job))
        return;
    job->setParent(this);
    m_jobs.append(job);
    connect(job, &Job::finished, this, [this, job] {
        m_running = std::max(0, m_running - 1);
        Q_EMIT runningCountChanged(m_running);
        Q_EMIT jobFinished(job);
    });
    Q_EMIT jobAdded(job);
    ++m_running;
    Q_EMIT runningCountChanged(m_running);
    job->start();
}

QList<Job *> JobRegistry::jobs() const
{
    QList<Job *> list;
    list.reserve(m_jobs.size());
    for (const QPointer<Job> &job : m_jobs) {
        if (job)
            list.append(job);
    }
    return list;
}

Job *JobRegistry::job(const QString &id) const
{
    for (const QPointer<Job> &job : m_jobs) {
        if (job && job->id() == id)
            return job;
    }
    return nullptr;
}

int JobRegistry::runningCount() const
{
    return m_running;
}

void JobRegistry::cancelAll()
{
    const QList<Job *> all = jobs();
    for (Job *job : all) {
        if (!job->isFinished())
            job->cancel();
    }
}

} // namespace cxone
