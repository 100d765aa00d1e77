#include "ui/activitypane.h"

#include "ui/emptystate.h"

#include "models/engine/jobs/joblistmodel.h"
#include "models/engine/jobs/jobregistry.h"
#include "ui/jobdetailwidget.h"
#include "ui/latencyhistory.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMainWindow>
#include <QPainter>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace cxone {

ProgressDelegate::ProgressDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

void ProgressDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                             const QModelIndex &index) const
{
    const double fraction = index.data(JobListModel::ProgressRole).toDouble();
    if (fraction < 0) {
        // Unknown total: the count as text. An empty bar would look like a text field.
        QStyledItemDelegate::paint(painter, option, index);
        return;
    }
    QStyleOptionProgressBar bar;
    bar.rect = option.rect.adjusted(2, 3, -2, -3);
    bar.state = option.state | QStyle::State_Horizontal;
    bar.direction = option.direction;
    bar.fontMetrics = option.fontMetrics;
    bar.palette = option.palette;
    bar.minimum = 0;
    bar.textVisible = true;
    bar.maximum = 1000;
    bar.progress = int(fraction * 1000.0);
    // The counts with the percentage when they fit on one line, else the percentage alone.
    const QString percent = tr("%1\u00a0%").arg(int(fraction * 100.0));
    const QString full = tr("%1 (%2)").arg(index.data(Qt::DisplayRole).toString(), percent);
    bar.text = option.fontMetrics.horizontalAdvance(full) <= bar.rect.width() - 8 ? full : percent;
    if (option.state & QStyle::State_Selected)
        painter->fillRect(option.rect, option.palette.highlight());
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
}

ActivityPane::ActivityPane(JobRegistry *registry, QWidget *parent)
    : QWidget(parent)
    , m_registry(registry)
    , m_model(new JobListModel(registry, this))
    , m_view(new QTableView(this))
    , m_detail(new JobDetailWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_summary(new QLabel(this))
    , m_cancel(new QAction(tr("&Cancel job"), this))
    , m_collapse(new QToolButton(this))
{
    setObjectName(QStringLiteral("activityPane"));
    setAccessibleName(tr("Activity"));
    setupTable();
    setupCancel();
    setupCollapse();
    buildLayout();

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ActivityPane::onSelectionChanged);
    connect(m_model, &QAbstractItemModel::dataChanged, this, [this] {
        updateActions();
        updateSummary();
    });
    for (Job *job : registry->jobs())
        onJobAdded(job);
    connect(registry, &JobRegistry::jobAdded, this, &ActivityPane::onJobAdded);
    updateSummary();
}

void ActivityPane::setupTable()
{
    m_view->setObjectName(QStringLiteral("jobTable"));
    m_view->setAccessibleName(tr("Jobs of this session"));
    m_view->setModel(m_model);
    setEmptyStateText(m_view, tr("Jobs you start on any page show here, with their progress, "
                                 "latency and audit entries."));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setItemDelegateForColumn(JobListModel::ProgressColumn, new ProgressDelegate(m_view));
    m_view->verticalHeader()->setVisible(false);
    // Compact rows: a short pane (1280×720 with a page above) still lists several jobs.
    m_view->verticalHeader()->setMinimumSectionSize(m_view->fontMetrics().height() + 4);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    // Three jobs at least whenever the pane is open (it folds to one line for more room).
    m_view->setMinimumHeight(m_view->horizontalHeader()->sizeHint().height()
                             + 3 * m_view->verticalHeader()->defaultSectionSize()
                             + 2 * m_view->frameWidth()
                             + m_view->horizontalScrollBar()->sizeHint().height());
    m_view->horizontalHeader()->setStretchLastSection(false);
    // The job's name says what it is ("Export · Gold loyalty members"): it gets the room.
    m_view->horizontalHeader()->setSectionResizeMode(JobListModel::KindColumn,
                                                     QHeaderView::Stretch);
    m_view->horizontalHeader()->setSectionResizeMode(JobListModel::TargetColumn,
                                                     QHeaderView::Interactive);
    m_view->horizontalHeader()->setSectionResizeMode(JobListModel::ProgressColumn,
                                                     QHeaderView::Interactive);
    setColumnWidths();
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->setTabKeyNavigation(false);
}

void ActivityPane::setColumnWidths()
{
    const QFontMetrics fm = m_view->fontMetrics();
    // Narrow enough that every column fits beside the details at 1280 px; the progress bar
    // shows the percentage alone when the counts do not fit.
    m_view->setColumnWidth(
            JobListModel::ProgressColumn,
            fm.horizontalAdvance(QStringLiteral("%1 / %1 records").arg(QLocale().toString(88888)))
                    + 16);
    const int narrow = fm.horizontalAdvance(QStringLiteral("0000000/s")) + 12;
    for (int c : {int(JobListModel::ElapsedColumn), int(JobListModel::RetriesColumn),
                  int(JobListModel::ErrorsColumn)})
        m_view->setColumnWidth(c, narrow * 3 / 4);
    m_view->setColumnWidth(
            JobListModel::ThroughputColumn,
            fm.horizontalAdvance(QLocale().toString(888888) + QStringLiteral(" records/s")) + 16);
    m_view->setColumnWidth(JobListModel::EtaColumn, narrow);
    m_view->setColumnWidth(JobListModel::TargetColumn, narrow * 3 / 2);
    m_view->setColumnWidth(JobListModel::StateColumn,
                           fm.horizontalAdvance(QStringLiteral("completed with 7 failures")) + 12);
}

void ActivityPane::setupCancel()
{
    m_cancel->setObjectName(QStringLiteral("actionCancelJob"));
    m_cancel->setIcon(QIcon::fromTheme(QStringLiteral("process-stop"),
                                       style()->standardIcon(QStyle::SP_BrowserStop)));
    m_cancel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_X));
    m_cancel->setShortcutContext(Qt::WindowShortcut);
    m_cancel->setToolTip(tr("Cancel the selected job (%1)")
                                 .arg(m_cancel->shortcut().toString(QKeySequence::NativeText)));
    m_cancel->setEnabled(false);
    connect(m_cancel, &QAction::triggered, this, [this] {
        if (Job *job = selectedJob())
            job->cancel();
    });
}

void ActivityPane::setupCollapse()
{
    m_collapse->setObjectName(QStringLiteral("activityCollapse"));
    m_collapse->setCheckable(true);
    m_collapse->setAutoRaise(true);
    m_collapse->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_collapse->setAccessibleName(tr("Show the activity as one line"));
    m_collapse->setToolTip(tr("Show only a line about the running jobs, leaving the page the "
                              "room"));
    connect(m_collapse, &QToolButton::toggled, this, &ActivityPane::setCollapsed);
    m_collapse->setText(tr("One line"));
    m_collapse->setIcon(style()->standardIcon(QStyle::SP_TitleBarShadeButton));
}

void ActivityPane::buildLayout()
{
    auto *cancelButton = new QToolButton(this);
    cancelButton->setObjectName(QStringLiteral("cancelSelectedJob"));
    cancelButton->setDefaultAction(m_cancel);
    cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    cancelButton->setAccessibleName(tr("Cancel the selected job"));
    m_summary->setObjectName(QStringLiteral("activitySummary"));
    m_summary->setAccessibleName(tr("Activity summary"));
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_summary, 1);
    bar->addWidget(m_collapse);
    bar->addWidget(cancelButton);

    m_splitter->setObjectName(QStringLiteral("activitySplitter"));
    m_splitter->addWidget(m_view);
    // The details scroll when the pane is short: their height never grows the window.
    auto *detailScroll = new QScrollArea(m_splitter);
    detailScroll->setObjectName(QStringLiteral("jobDetailScroll"));
    detailScroll->setAccessibleName(tr("Details of the selected job"));
    detailScroll->setWidgetResizable(true);
    detailScroll->setFrameShape(QFrame::NoFrame);
    detailScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    detailScroll->setWidget(m_detail);
    m_splitter->addWidget(detailScroll);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    // The jobs and the details share the width 3:2 from the start (the details' charts need the
    // room), whatever their size hints; a kept layout replaces this (restoreLayout).
    m_splitter->setSizes({3000, 2000});
    m_splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(bar);
    layout->addWidget(m_splitter, 1);
}

ActivityPane::~ActivityPane() = default;

void ActivityPane::onJobAdded(Job *job)
{
    m_histories.insert(job->id(), new LatencyHistory(job, this));
    const int row = m_model->rowOf(job->id());
    if (row < 0)
        return;
    auto *button = new QToolButton(m_view);
    button->setObjectName(QStringLiteral("cancelJob-") + job->id());
    button->setText(tr("Cancel"));
    button->setIcon(m_cancel->icon());
    button->setToolButtonStyle(Qt::ToolButtonIconOnly);
    button->setAutoRaise(true);
    button->setAccessibleName(
            tr("Cancel %1").arg(job->title().isEmpty() ? job->kind() : job->title()));
    button->setToolTip(tr("Cancel this job"));
    connect(button, &QToolButton::clicked, job, &Job::cancel);
    connect(job, &Job::finished, button, [button] {
        button->setEnabled(false);
        button->setToolTip(tr("Finished"));
    });
    button->setEnabled(!job->isFinished());
    m_view->setIndexWidget(m_model->index(row, JobListModel::CancelColumn), button);
    m_view->resizeColumnToContents(JobListModel::CancelColumn);
    // A new job is what a person wants to watch.
    if (!m_view->selectionModel()->hasSelection() || (selectedJob() && selectedJob()->isFinished()))
        selectJob(job->id());
    updateSummary();
}

Job *ActivityPane::selectedJob() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? nullptr : m_model->jobAt(rows.constFirst().row());
}

void ActivityPane::selectJob(const QString &jobId)
{
    const int row = m_model->rowOf(jobId);
    if (row < 0)
        return;
    m_view->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                              QItemSelectionModel::ClearAndSelect
                                                      | QItemSelectionModel::Rows);
}

void ActivityPane::onSelectionChanged()
{
    Job *job = selectedJob();
    m_detail->setJob(job, job ? m_histories.value(job->id()) : nullptr);
    updateActions();
}

void ActivityPane::updateActions()
{
    const Job *job = selectedJob();
    m_cancel->setEnabled(job && !job->isFinished());
}

void ActivityPane::setCollapsed(bool collapsed)
{
    if (m_collapse->isChecked() != collapsed) {
        m_collapse->setChecked(collapsed); // comes back here through toggled()
        return;
    }
    m_splitter->setVisible(!collapsed);
    m_collapse->setText(collapsed ? tr("Show jobs") : tr("One line"));
    m_collapse->setAccessibleName(collapsed ? tr("Show the jobs and their details")
                                            : tr("Show the activity as one line"));
    m_collapse->setIcon(style()->standardIcon(collapsed ? QStyle::SP_TitleBarUnshadeButton
                                                        : QStyle::SP_TitleBarShadeButton));
    updateSummary();
    // In a dock, give the page what the pane no longer needs (and take it back).
    auto *dock = qobject_cast<QDockWidget *>(parentWidget());
    auto *main = dock ? qobject_cast<QMainWindow *>(dock->parentWidget()) : nullptr;
    if (main && !dock->isFloating()) {
        if (collapsed)
            m_expandedHeight = dock->height();
        // Once the hidden table no longer counts in the dock's minimum.
        QTimer::singleShot(0, dock, [main, dock, collapsed, this] {
            const int height = collapsed ? dock->minimumSizeHint().height() : m_expandedHeight;
            main->resizeDocks({dock}, {std::max(height, 1)}, Qt::Vertical);
        });
    }
}

QString ActivityPane::summaryText() const
{
    return m_summary->text();
}

bool ActivityPane::isCollapsed() const
{
    return m_collapse->isChecked();
}

QString ActivityPane::runningSummary() const
{
    QStringList parts;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex state = m_model->index(row, JobListModel::StateColumn);
        if (!state.data(JobListModel::IsRunningRole).toBool())
            continue;
        const double fraction = state.data(JobListModel::ProgressRole).toDouble();
        const QString title = m_model->index(row, JobListModel::KindColumn).data().toString();
        parts << (fraction < 0 ? title : tr("%1 %2\u00a0%").arg(title).arg(int(fraction * 100.0)));
    }
    return parts.join(QStringLiteral(" · "));
}

void ActivityPane::updateSummary()
{
    const int total = m_model->rowCount();
    const int running = m_registry->runningCount();
    if (total == 0) {
        m_summary->setText(tr("No jobs have run in this session yet."));
        return;
    }
    const QString counts = tr("%n job(s) this session", "", total) + QStringLiteral(" · ")
                           + tr("%n running", "", running);
    const QString jobs = isCollapsed() ? runningSummary() : QString();
    m_summary->setText(jobs.isEmpty() ? counts : counts + QStringLiteral(": ") + jobs);
}

void ActivityPane::saveLayout(QSettings &settings) const
{
    settings.setValue(QStringLiteral("activity/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("activity/header"), m_view->horizontalHeader()->saveState());
    settings.setValue(QStringLiteral("activity/oneLine"), isCollapsed());
}

void ActivityPane::restoreLayout(const QSettings &settings)
{
    m_splitter->restoreState(settings.value(QStringLiteral("activity/splitter")).toByteArray());
    m_view->horizontalHeader()->restoreState(
            settings.value(QStringLiteral("activity/header")).toByteArray());
    m_collapse->setChecked(settings.value(QStringLiteral("activity/oneLine"), false).toBool());
}

} // namespace cxone
