#pragma once

#include <QList>
#include <QObject>
#include <QPointer>

namespace cxone {

class Job;

// Every job of this run. Jobs are started through the registry so that every face (the console's
// activity pane, the command-line runner) observes the same objects from their first signal.
class JobRegistry final : public QObject
{
    Q_OBJECT
public:
    explicit JobRegistry(QObject *parent = nullptr);
    ~JobRegistry() override;

    // Takes ownership, announces the job (jobAdded) and then starts it.
    void start(Job *job);

    QList<Job *> jobs() const;
    Job *job(const QString &id) const;
    int runningCount() const;
    // Asks every unfinished job to stop.
    void cancelAll();

Q_SIGNALS:
    void jobAdded(cxone::Job *job);
    void jobFinished(cxone::Job *job);
    void runningCountChanged(int count);

private:
    QList<QPointer<Job>> m_jobs;
    int m_running = 0;
};

} // namespace cxone
