#include "ui/jobdetailwidget.h"

#include "models/engine/audit/plainwords.h"
#include "models/engine/job.h"
#include "models/engine/text.h"
#include "ui/jobcharts.h"
#include "ui/latencyhistory.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace cxone {

namespace {

enum AuditColumn { TimeColumn, ActionColumn, OutcomeColumn, DetailsColumn };

QLabel *selectableLabel(const QString &name, const QString &accessibleName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessibleName);
    label->setWordWrap(true); // a long target never widens the window
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

JobDetailWidget::JobDetailWidget(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_latency(new LatencyChart(this))
    , m_fill(new FillRateBars(this))
    , m_audit(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("jobDetail"));
    setAccessibleName(tr("Job details"));
    makeLabels();
    makeTabs();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_counters);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_tabs, 1);

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &JobDetailWidget::redraw);
    setJob(nullptr, nullptr);
}

JobDetailWidget::~JobDetailWidget() = default;

void JobDetailWidget::makeLabels()
{
    m_title = selectableLabel(QStringLiteral("jobDetailTitle"), tr("Selected job"), this);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counters = selectableLabel(QStringLiteral("jobDetailCounters"), tr("Job counters"), this);
    m_errorLabel = selectableLabel(QStringLiteral("jobDetailError"), tr("Job error"), this);
    m_errorLabel->setVisible(false);
}

void JobDetailWidget::makeTabs()
{
    m_audit->setObjectName(QStringLiteral("jobAuditEntries"));
    m_audit->setAccessibleName(tr("Audit entries of the job"));
    m_audit->setRootIsDecorated(false);
    m_audit->setUniformRowHeights(true);
    m_audit->setWordWrap(false);
    m_audit->setHeaderLabels({tr("Time"), tr("What happened"), tr("Outcome"), tr("Details")});
    m_audit->header()->setStretchLastSection(true);
    m_audit->setColumnWidth(ActionColumn, 340);

    // Tabs rather than a stack: each view gets the pane's full height, which a chart needs.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("jobDetailTabs"));
    m_tabs->setAccessibleName(tr("Job detail views"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("Job detail view"));
    // No Alt+letter for these tabs: the pane sits beside every page, whose own controls keep
    // the letters; the tab bar takes the focus and switches with the arrow keys.
    m_tabs->addTab(m_latency, tr("Latency"));
    m_fillTab = m_tabs->addTab(m_fill, tr("Fill rate"));
    m_tabs->addTab(m_audit, tr("Audit entries"));
    m_tabs->setTabEnabled(m_fillTab, false);
}

void JobDetailWidget::setJob(Job *job, LatencyHistory *history)
{
    m_job = job;
    m_history = history;
    m_drawnVersion = quint64(-1);
    m_auditShown = 0;
    m_audit->clear();
    m_latency->setHistory(history);
    m_fill->setHistory(history);
    disconnect(m_titleConnection);
    if (!job) {
        m_title->setText(tr("Select a job to see its calls, counters and audit entries."));
        m_title->setToolTip(QString());
        m_counters->clear();
        m_errorLabel->setVisible(false);
        m_tabs->setTabEnabled(m_fillTab, false);
        m_tabs->setVisible(false); // empty axes say nothing; the title explains instead
        m_timer->stop();
        return;
    }
    showTitle();
    // A job may learn its name once it runs (a restore reads the list's name in its journal).
    m_titleConnection = connect(job, &Job::titleChanged, m_title, [this] { showTitle(); });
    m_tabs->setVisible(true);
    redraw();
    m_timer->start();
}

void JobDetailWidget::showTitle()
{
    if (!m_job)
        return;
    // What a person calls the job ("Export · Gold loyalty members"); the kind in words and the
    // target's id in the tooltip.
    m_title->setText(m_job->title());
    m_title->setToolTip(
            tr("%1 of %2 (%3)")
                    .arg(words::jobKind(m_job->kind()), m_job->targetName(), m_job->target()));
}

int JobDetailWidget::plottedCalls() const
{
    return m_latency->plottedCalls();
}

bool JobDetailWidget::hasFillRate() const
{
    return m_tabs->isTabEnabled(m_fillTab);
}

void JobDetailWidget::redraw()
{
    if (!m_job || !m_history) {
        m_timer->stop();
        return;
    }
    if (m_history->version() == m_drawnVersion)
        return;
    m_drawnVersion = m_history->version();
    showCounters();
    showOutcome();
    m_latency->redraw();
    m_tabs->setTabEnabled(m_fillTab, !m_history->fillFields().isEmpty());
    m_fill->redraw();
    appendAuditEntries();
}

void JobDetailWidget::showCounters()
{
    const LatencyHistory &h = *m_history;
    const JobProgress &p = m_job->progress();
    const QLocale locale;
    // Short enough for two lines of a narrow pane, so that the chart below stays in view.
    QStringList counters;
    QString state = words::jobState(m_job->state(), m_job->failedItems());
    if (!state.isEmpty())
        state[0] = state[0].toUpper();
    counters << state;
    if (!p.phase.isEmpty() && !m_job->isFinished()) // a finished job's last phase is history
        counters << p.phase;
    counters << countText(p.calls, tr("call"), tr("calls"))
             << countText(p.retries, tr("retry"), tr("retries"))
             << countText(p.rateLimitWaits, tr("rate-limit wait"), tr("rate-limit waits"))
             << countText(p.errors, tr("error"), tr("errors"));
    if (h.samples() > 0)
        counters << tr("call latency (one HTTP attempt) p50 %1 ms, p95 %2 ms (last %3)")
                            .arg(locale.toString(h.currentP50(), 'f', 0),
                                 locale.toString(h.currentP95(), 'f', 0),
                                 countText(std::min<qint64>(h.samples(),
                                                            LatencyHistory::percentileWindow),
                                           tr("call"), tr("calls")));
    m_counters->setText(counters.join(QStringLiteral(" · ")));
}

void JobDetailWidget::showOutcome()
{
    const JobState state = m_job->state();
    const bool warning = words::isWarningState(state);
    const bool failed = state == JobState::Failed && !m_job->errorText().isEmpty();
    m_errorLabel->setVisible(failed || warning);
    if (!failed && !warning)
        return;
    QString head = words::jobState(state, m_job->failedItems());
    head[0] = head[0].toUpper();
    m_errorLabel->setText(tr("%1: %2").arg(head, m_job->errorText()));
    // Some items failed in a run that did its work: a warning colour, not an alarm.
    QPalette pal = palette();
    if (warning) {
        const bool dark = palette().color(QPalette::Window).lightness() < 128;
        pal.setColor(QPalette::WindowText,
                     dark ? QColor(0xf0, 0xa0, 0x30) : QColor(0xa0, 0x50, 0x00));
    }
    m_errorLabel->setPalette(pal);
}

void JobDetailWidget::appendAuditEntries()
{
    const LatencyHistory &h = *m_history;
    const std::deque<AuditEntry> &audit = h.auditEntries();
    qint64 fresh = h.auditTotal() - m_auditShown;
    if (fresh > qint64(audit.size())) {
        // More arrived than the bounded list keeps: start over from what it holds.
        m_audit->clear();
        fresh = qint64(audit.size());
    }
    for (auto i = audit.size() - size_t(fresh); i < audit.size(); ++i) {
        const AuditEntry &e = audit[i];
        auto *item = new QTreeWidgetItem(m_audit);
        item->setText(TimeColumn,
                      QLocale().toString(e.timeUtc.toLocalTime(), QStringLiteral("HH:mm:ss")));
        item->setText(ActionColumn, words::actionSentence(e));
        item->setData(ActionColumn, Qt::UserRole, e.action); // the code, for exports and tests
        item->setToolTip(ActionColumn, words::entryText(e));
        item->setText(OutcomeColumn, words::outcome(e.outcome));
        item->setText(DetailsColumn, words::detailsLine(e.details));
        item->setToolTip(DetailsColumn, words::entryText(e));
    }
    while (m_audit->topLevelItemCount() > int(LatencyHistory::auditCapacity))
        delete m_audit->takeTopLevelItem(0);
    m_auditShown = h.auditTotal();
}

} // namespace cxone
