#include "ui/featurepage.h"

#include "models/engine/jobs/jobtracker.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/session/workspace.h"
#include "network/displaytext.h"
#include "ui/confirmdialog.h"
#include "ui/splitters.h"

#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QToolButton>

namespace cxone {

FeaturePage::FeaturePage(ConsoleContext *context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
{}

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
    return m_workspace ? m_workspace->session() : m_session.data();
}

Job *FeaturePage::runningJob() const
{
    return m_workspace ? m_workspace->runningJob() : m_running.data();
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
    if (m_workspace) {
        m_workspace->follow(m_context);
        return;
    }
    if (!m_context) {
        setSession(nullptr);
        return;
    }
    connect(m_context, &ConsoleContext::sessionChanged, this,
            [this](TenantSession *session) { setSession(session); });
    setSession(m_context->session());
}

void FeaturePage::setSession(TenantSession *session)
{
    if (m_workspace) {
        m_workspace->setSession(session);
        return;
    }
    if (session == m_session && session)
        return;
    if (isBusy())
        m_running->cancel();
    m_session = session;
    onSessionChanged(session);
}

bool FeaturePage::isBusy() const
{
    if (m_workspace)
        return m_workspace->isBusy();
    return m_running && !m_running->isFinished();
}

QProgressBar *FeaturePage::progressBar()
{
    if (!m_progress) {
        m_progress = named(new QProgressBar(this), tr("Progress"));
        m_progress->setTextVisible(true);
        m_progress->setMinimumWidth(160);
        m_progress->hide(); // an empty bar looks like a text field: shown only while a job runs
    }
    return m_progress;
}

QLabel *FeaturePage::statusLabel()
{
    if (!m_status) {
        m_status = named(new QLabel(this), tr("Status"));
        m_status->setWordWrap(true);
        m_status->setTextFormat(Qt::PlainText); // status texts quote servers and files
        m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    }
    return m_status;
}

void FeaturePage::setStatus(const QString &text)
{
    statusLabel()->setText(displayText(text, -1, LineBreaks::Keep));
}

QString FeaturePage::statusText() const
{
    if (m_workspace)
        return m_workspace->status();
    return m_status ? m_status->text() : QString();
}

Job *FeaturePage::track(Job *job)
{
    m_running = job;
    delete m_tracker;
    m_tracker = new JobTracker(job, this);
    connect(m_tracker, &JobTracker::changed, this, &FeaturePage::showProgress);
    connect(job, &Job::message, this, &FeaturePage::setStatus);
    connect(job, &Job::finished, this, [this, job] {
        if (m_progress)
            m_progress->hide();
        Q_EMIT trackedJobFinished(job);
    });
    QProgressBar *bar = progressBar();
    bar->setRange(0, 0);
    bar->setFormat(QString());
    bar->show();
    m_session->startJob(job);
    return job;
}

void FeaturePage::showProgress()
{
    if (!m_tracker || !m_progress || !isBusy())
        return;
    const double f = m_tracker->fraction();
    if (f < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(f * 1000));
        m_progress->setFormat(QStringLiteral("%1\u00a0%").arg(int(f * 100)));
    }
    m_progress->setToolTip(m_tracker->statusText());
    if (!m_tracker->waitText().isEmpty())
        setStatus(m_tracker->waitText());
}

} // namespace cxone
