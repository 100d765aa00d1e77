#pragma once

#include "models/engine/job.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace cxone {

class ConfirmDialog;
class ConsoleContext;
class JobTracker;
class TenantSession;
class Workspace;

// What every feature page shares: it follows the console's active session, starts its jobs in
// it and tracks the one it runs (a progress bar that shows only while a job runs, and a status
// line fed by the job tracker, so the figures read the same as in the activity pane), and names
// its controls for assistive technology.
// Shows the line edit's clear button and gives it an accessible name ("Clear the filter").
void enableClearButton(QLineEdit *edit, const QString &name);

class FeaturePage : public QWidget
{
    Q_OBJECT
public:
    explicit FeaturePage(ConsoleContext *context, QWidget *parent = nullptr);
    ~FeaturePage() override;

    ConsoleContext *context() const { return m_context; }
    TenantSession *session() const;
    // The page follows the console's session; tests may hand one in directly.
    void setSession(TenantSession *session);
    // The headless model of the page's feature, when the page is built over one.
    Workspace *workspace() const { return m_workspace; }

    bool isBusy() const;
    Job *runningJob() const;
    QString statusText() const;

    // Tests answer the page's questions themselves (type, click the dialog's buttons) instead of
    // a modal dialog; an empty function: the dialog is shown to the user.
    void setConfirmHook(std::function<void(ConfirmDialog *dialog)> hook)
    {
        m_confirm = std::move(hook);
    }
    // Asks with `dialog` (through the hook when one is set); true when the user confirmed.
    bool ask(ConfirmDialog *dialog);
    // The question box of every change to a tenant: the button says what it does and Enter does
    // not press it. Asked on the page that holds `from` (a panel of it).
    static bool confirmOn(QWidget *from, const QString &title, const QString &text,
                          const QString &action);

    // The accessible name, for controls whose visible text does not say enough.
    template<class W>
    static W *named(W *widget, const QString &name)
    {
        widget->setAccessibleName(name);
        return widget;
    }

Q_SIGNALS:
    void trackedJobFinished(cxone::Job *job);

protected:
    // A page built over a workspace: the workspace follows the session, runs the jobs and keeps
    // the status; the page lays out panels that bind it.
    FeaturePage(ConsoleContext *context, Workspace *workspace, QWidget *parent);
    bool confirm(const QString &title, const QString &text, const QString &action);

    // Called once the page's widgets exist: takes the console's current session and follows it.
    void followSession();
    // The page's answer to a new session (nullptr: none is active).
    virtual void onSessionChanged(TenantSession *session) { Q_UNUSED(session); }

    // The progress bar and status line the page places in its layout; made on first call.
    QProgressBar *progressBar();
    QLabel *statusLabel();
    // The status line the page shows (a page with its own overrides this).
    virtual void setStatus(const QString &text);

    // Starts `job` in the session and shows its progress until it finishes; returns it.
    Job *track(Job *job);

    // The page's splitters take the sizes the user left them at when the page is first shown,
    // and keep them when it is hidden (another page, or the window closing).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    // Called once, at the first showing, after the splitters were given their kept sizes;
    // `sizesRestored` false: none were kept, the page may pick its own.
    virtual void firstShown(bool sizesRestored) { Q_UNUSED(sizesRestored); }

private:
    void showProgress();

    ConsoleContext *m_context;
    Workspace *m_workspace = nullptr;
    std::function<void(ConfirmDialog *)> m_confirm;
    QPointer<TenantSession> m_session;
    QPointer<Job> m_running;
    JobTracker *m_tracker = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_status = nullptr;
    bool m_shown = false;
};

} // namespace cxone
