#pragma once

#include "models/engine/job.h"

#include <QWidget>

#include <functional>

class QLineEdit;

namespace cxone {

class ConfirmDialog;
class ConsoleContext;
class TenantSession;
class Workspace;

// Shows the line edit's clear button and gives it an accessible name ("Clear the filter").
void enableClearButton(QLineEdit *edit, const QString &name);

// What every feature page shares: a layout of panels over the headless workspace of its
// feature. The workspace follows the console's active session, runs the jobs and keeps the
// status; the page asks the user's confirmations, keeps its splitters' sizes and names its
// controls for assistive technology.
class FeaturePage : public QWidget
{
    Q_OBJECT
public:
    ~FeaturePage() override;

    ConsoleContext *context() const { return m_context; }
    TenantSession *session() const;
    // The page follows the console's session; tests may hand one in directly.
    void setSession(TenantSession *session);
    // The headless model of the page's feature.
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

protected:
    // The page takes ownership of `workspace`.
    FeaturePage(ConsoleContext *context, Workspace *workspace, QWidget *parent);
    bool confirm(const QString &title, const QString &text, const QString &action);

    // Called once the page's widgets exist: takes the console's current session and follows it.
    void followSession();

    // The page's splitters take the sizes the user left them at when the page is first shown,
    // and keep them when it is hidden (another page, or the window closing).
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    // Called once, at the first showing, after the splitters were given their kept sizes;
    // `sizesRestored` false: none were kept, the page may pick its own.
    virtual void firstShown(bool sizesRestored) { Q_UNUSED(sizesRestored); }

private:
    ConsoleContext *m_context;
    Workspace *m_workspace;
    std::function<void(ConfirmDialog *)> m_confirm;
    bool m_shown = false;
};

} // namespace cxone
