#include "ui/featurepage.h"

#include "models/engine/session/workspace.h"
#include "ui/confirmdialog.h"
#include "ui/splitters.h"

#include <QLineEdit>
#include <QToolButton>

namespace cxone {

FeaturePage::FeaturePage(ConsoleContext *context, Workspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_workspace(workspace)
{
    workspace->setParent(this);
}

FeaturePage::~FeaturePage() = default;

TenantSession *FeaturePage::session() const
{
    return m_workspace->session();
}

Job *FeaturePage::runningJob() const
{
    return m_workspace->runningJob();
}

bool FeaturePage::ask(ConfirmDialog *dialog)
{
    if (m_confirm)
        m_confirm(dialog);
    else
        dialog->exec();
    return dialog->result() == QDialog::Accepted;
}

bool FeaturePage::confirm(const QString &title, const QString &text, const QString &action)
{
    ConfirmDialog dialog(title, text, action, this);
    return ask(&dialog);
}

bool FeaturePage::confirmOn(QWidget *from, const QString &title, const QString &text,
                            const QString &action)
{
    QWidget *w = from;
    while (w && !qobject_cast<FeaturePage *>(w))
        w = w->parentWidget();
    ConfirmDialog dialog(title, text, action, from);
    if (auto *page = qobject_cast<FeaturePage *>(w))
        return page->ask(&dialog);
    return dialog.exec() == QDialog::Accepted;
}

void FeaturePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_shown)
        return;
    m_shown = true;
    firstShown(restoreSplitters(this));
}

void FeaturePage::hideEvent(QHideEvent *event)
{
    if (m_shown)
        saveSplitters(this);
    QWidget::hideEvent(event);
}

void enableClearButton(QLineEdit *edit, const QString &name)
{
    edit->setClearButtonEnabled(true);
    // The button is the line edit's own tool button; it has no name of its own.
    for (QToolButton *b : edit->findChildren<QToolButton *>(Qt::FindDirectChildrenOnly)) {
        b->setAccessibleName(name);
        b->setToolTip(name);
    }
}

void FeaturePage::followSession()
{
    m_workspace->follow(m_context);
}

void FeaturePage::setSession(TenantSession *session)
{
    m_workspace->setSession(session);
}

bool FeaturePage::isBusy() const
{
    return m_workspace->isBusy();
}

QString FeaturePage::statusText() const
{
    return m_workspace->status();
}

} // namespace cxone
