#include "ui/contactlists/runspanel.h"

#include "models/contactlists/contactlistsworkspace.h"
#include "models/contactlists/sanitizehistory.h"
#include "models/contactlists/sanitizejobs.h"
#include "models/engine/session/tenantsession.h"
#include "ui/emptystate.h"
#include "ui/featurepage.h"
#include "ui/layoutbuilder.h"

#include <QFileDialog>
#include <QHeaderView>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace cxone {

RunsPanel::RunsPanel(ContactListsWorkspace *workspace, QWidget *parent)
    : QGroupBox(tr("Runs on this list"), parent)
    , m_workspace(workspace)
    , m_view(named(new QTableView, tr("Runs on this list")))
    , m_undo(named(new QPushButton(tr("&Undo this run…")), tr("Undo the selected run")))
    , m_fromFile(named(new QPushButton(tr("Fr&om a journal file…")),
                       tr("Restore from a journal file")))
{
    m_view->setModel(workspace->runs());
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->setMinimumHeight(90);
    setEmptyStateText(m_view, tr("No run on this list yet. Every Apply is listed here, with a way "
                                 "to undo it."));
    m_fromFile->setToolTip(tr("Restore from a journal that is not in this list's history (copied "
                              "from another machine, say)."));
    setLayout(column({stretchOf(m_view), row({m_undo, Stretch(), m_fromFile})}));

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        const SanitizeRun *run = selectedRun();
        m_selected = run ? run->path : QString();
        updateEnabled();
    });
    connect(m_view, &QTableView::activated, this, &RunsPanel::undoSelected);
    connect(m_undo, &QPushButton::clicked, this, &RunsPanel::undoSelected);
    connect(m_fromFile, &QPushButton::clicked, this, &RunsPanel::restoreFile);
    connect(workspace, &ContactListsWorkspace::runsLoaded, this,
            [this](const QString &path) { select(path.isEmpty() ? m_selected : path); });
    connect(workspace, &Workspace::actionsChanged, this, &RunsPanel::updateEnabled);
    // A journal this machine did not sign: restored only once a person has read what it would
    // do and said so.
    connect(workspace, &ContactListsWorkspace::unverifiedJournal, this,
            [this](const QString &path, const QString &listName, const QString &summary) {
                if (FeaturePage::confirmOn(this, tr("Restore a journal this machine did not sign"),
                                           summary, tr("Restore anyway")))
                    m_workspace->restore(path, listName, true);
                else
                    m_workspace->restoreDeclined();
            });
    updateEnabled();
}

const SanitizeRun *RunsPanel::selectedRun() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_workspace->runs()->run(rows.first().row());
}

void RunsPanel::select(const QString &path)
{
    const int row = m_workspace->runs()->rowOfPath(path);
    if (row >= 0)
        m_view->selectRow(row);
    updateEnabled();
}

void RunsPanel::updateEnabled()
{
    const bool can = m_workspace->session() && !m_workspace->isBusy();
    const SanitizeRun *run = selectedRun();
    const bool undone = run && run->restoreFinished && run->restoreFailed == 0;
    m_undo->setEnabled(can && run && !undone);
    m_undo->setToolTip(!run     ? tr("Select a run in the history first.")
                       : undone ? tr("This run was undone already.")
                                : tr("Put back what this run changed: %1.").arg(run->undoText()));
    m_fromFile->setEnabled(can);
}

void RunsPanel::undoSelected()
{
    const SanitizeRun *run = selectedRun();
    if (!run || !m_workspace->session() || m_workspace->isBusy())
        return;
    const SanitizeRun chosen = *run;
    if (!FeaturePage::confirmOn(this, tr("Undo this run"),
                                m_workspace->restoreConfirmationText(chosen), tr("Undo the run"))) {
        m_workspace->restoreDeclined();
        return;
    }
    m_workspace->restore(chosen.path, chosen.listName.isEmpty() ? chosen.listId : chosen.listName);
}

void RunsPanel::restoreFile()
{
    if (!m_workspace->session() || m_workspace->isBusy())
        return;
    const QString path
            = QFileDialog::getOpenFileName(this, tr("Restore from a journal file"),
                                           SanitizeJournal::directory(), tr("Journals (*.jsonl)"));
    if (path.isEmpty())
        return;
    QString text, listName, error;
    if (!m_workspace->fileRestoreQuestion(path, &text, &listName, &error)) {
        QMessageBox::warning(this, tr("Restore"), error);
        return;
    }
    if (FeaturePage::confirmOn(this, tr("Restore from a journal file"), text, tr("Undo the run")))
        m_workspace->restore(path, listName);
}

} // namespace cxone
