#pragma once

#include "models/engine/job.h"

#include <QObject>
#include <QPointer>

namespace cxone {

class ConsoleContext;
class JobTracker;
class TenantSession;

// The headless model of one feature: what it loaded from the tenant and the calls in flight,
// the document, plan or preview it works on, the runs it started, and the sentences that
// describe them. A page is a layout of panels that bind parts of a workspace; the command line
// and the tests drive the same object without a widget.
//
// The base keeps what every feature shares: the session it works in (following the console's
// when given one), the one job it runs at a time with its tracker, and its status line.
class Workspace : public QObject
{
    Q_OBJECT
public:
    explicit Workspace(QObject *parent = nullptr);
    ~Workspace() override;

    TenantSession *session() const;
    // A new session cancels what runs in the old one; nullptr: signed out.
    void setSession(TenantSession *session);
    // Takes the console's session now and each time it changes.
    void follow(ConsoleContext *context);

    bool isBusy() const;
    Job *runningJob() const;
    // Derives progress, rate, ETA and waits of the running (or last) job; nullptr before one.
    JobTracker *tracker() const { return m_tracker; }
    void cancel();

    QString status() const { return m_status; }
    // The status tells of a problem the person has to act on (shown as such).
    bool statusIsProblem() const { return m_statusProblem; }

    // What the run bar's main action and its undo may do now, and why not (for a tooltip).
    virtual bool canApply() const { return false; }
    virtual QString applyBlockedReason() const { return {}; }
    virtual bool canUndo() const { return false; }

Q_SIGNALS:
    void sessionChanged(cxone::TenantSession *session);
    void statusChanged(const QString &text);
    // A job was started (a run bar shows its progress) or has finished.
    void jobStarted(cxone::Job *job);
    void jobFinished(cxone::Job *job);
    // Something that decides what may be done now changed (busy, loaded, valid, stale).
    void actionsChanged();

protected:
    // The workspace's answer to a new session (nullptr: none is active).
    virtual void onSessionChanged(TenantSession *session) = 0;
    void setStatus(const QString &text, bool problem = false);
    // What the running job says — its messages, and why it waits while it waits — goes to the
    // status line; a workspace that keeps a status per thing it works on files it there.
    virtual void jobMessage(const QString &text);
    // A message the job said for a phase that has ended: cleared if the status still shows it.
    virtual void jobMessageWithdrawn(const QString &text);
    // Starts `job` in the session (which owns it from then on) and tracks it as the running one.
    Job *start(Job *job);

private:
    QPointer<TenantSession> m_session;
    QPointer<Job> m_running;
    JobTracker *m_tracker = nullptr;
    QString m_status;
    bool m_statusProblem = false;
    QString m_lastJobMessage; // as the job said it, before a workspace put it in its words
};

} // namespace cxone
