#include "ui/runbar.h"

#include "models/engine/jobs/jobtracker.h"
#include "models/engine/session/workspace.h"
#include "ui/layoutbuilder.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace cxone {

RunBar::RunBar(Workspace *workspace, const Action &apply, const Action &undo, QWidget *parent)
    : RunBar(workspace, apply, undo, Shape::Line, parent)
{}

RunBar::RunBar(Workspace *workspace, const Action &apply, const Action &undo, Shape shape,
               QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_progress(named(new QProgressBar, tr("Progress")))
    , m_status(infoLabel(tr("Status"), workspace->status()))
    , m_cancel(named(new QPushButton(tr("Cancel")), tr("Cancel the running step")))
    , m_shape(shape)
{
    m_status->setTextFormat(Qt::PlainText); // status texts quote servers and files
    m_progress->setTextVisible(true);
    m_progress->setMinimumWidth(160);
    m_progress->hide(); // an empty bar looks like a text field: shown only while a job runs
    if (shape == Shape::Line) {
        m_buttons = row(this, {m_progress, stretchOf(m_status), m_cancel});
    } else {
        m_buttons = row({Stretch(), m_cancel});
        column(this, {m_buttons, m_progress, m_status});
    }
    if (!undo.text.isEmpty()) {
        m_undo = named(new QPushButton(undo.text), undo.name);
        m_buttons->addWidget(m_undo);
        connect(m_undo, &QPushButton::clicked, this, &RunBar::undoClicked);
    }
    if (!apply.text.isEmpty()) {
        m_apply = named(new QPushButton(apply.text), apply.name);
        m_apply->setDefault(true);
        m_buttons->addWidget(m_apply);
        connect(m_apply, &QPushButton::clicked, this, &RunBar::applyClicked);
    }
    connect(m_cancel, &QPushButton::clicked, workspace, &Workspace::cancel);
    connect(workspace, &Workspace::statusChanged, this, &RunBar::showStatus);
    connect(workspace, &Workspace::actionsChanged, this, &RunBar::updateActions);
    connect(workspace, &Workspace::jobStarted, this, &RunBar::follow);
    connect(workspace, &Workspace::jobFinished, m_progress, &QWidget::hide);
    showStatus();
    updateActions();
}

void RunBar::showStatus()
{
    const QString text = m_workspace->status();
    m_status->setText(text);
    m_status->setStyleSheet(m_workspace->statusIsProblem() ? QStringLiteral("color: #b01c1c;")
                                                           : QString());
    // Stacked, an empty line would stand as a gap under the buttons.
    if (m_shape == Shape::Stacked)
        m_status->setVisible(!text.isEmpty());
}

void RunBar::addInfo(QWidget *widget)
{
    if (m_shape == Shape::Stacked) {
        m_buttons->insertWidget(0, widget);
        return;
    }
    auto *line = static_cast<QHBoxLayout *>(layout());
    line->insertWidget(line->indexOf(m_status), widget);
}

void RunBar::addButton(QPushButton *button)
{
    m_buttons->insertWidget(m_buttons->indexOf(m_cancel), button);
}

void RunBar::setCancelAction(const Action &cancel)
{
    m_cancel->setText(cancel.text);
    m_cancel->setAccessibleName(cancel.name);
}

void RunBar::showStatusIn(QLabel *label)
{
    auto *line = static_cast<QHBoxLayout *>(layout());
    line->insertStretch(line->indexOf(m_status), 1);
    delete m_status;
    m_status = label;
    label->setText(m_workspace->status());
    connect(m_workspace, &Workspace::statusChanged, label, &QLabel::setText);
}

void RunBar::follow(Job *)
{
    m_progress->setRange(0, 0);
    m_progress->setFormat(QString());
    m_progress->show();
    connect(m_workspace->tracker(), &JobTracker::changed, this, &RunBar::showProgress);
}

void RunBar::showProgress()
{
    const JobTracker *tracker = m_workspace->tracker();
    if (!tracker || sender() != tracker || !m_workspace->isBusy())
        return;
    const double f = tracker->fraction();
    if (f < 0) {
        m_progress->setRange(0, 0);
    } else {
        m_progress->setRange(0, 1000);
        m_progress->setValue(int(f * 1000));
        m_progress->setFormat(QStringLiteral("%1\u00a0%").arg(int(f * 100)));
    }
    m_progress->setToolTip(tracker->statusText());
}

void RunBar::updateActions()
{
    const bool busy = m_workspace->isBusy();
    m_cancel->setEnabled(busy);
    if (m_undo)
        m_undo->setEnabled(!busy && m_workspace->canUndo());
    if (m_apply) {
        const bool can = m_workspace->canApply();
        m_apply->setEnabled(!busy && can);
        m_apply->setToolTip(can ? QString() : m_workspace->applyBlockedReason());
    }
}

} // namespace cxone
