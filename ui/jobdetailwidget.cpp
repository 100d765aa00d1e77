#include "ui/jobdetailwidget.h"

#include "models/engine/job.h"
#include "models/engine/text.h"
#include "ui/latencyhistory.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QJsonDocument>
#include <QLabel>
#include <QLegend>
#include <QLineSeries>
#include <QLocale>
#include <QScatterSeries>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <QValueAxis>

namespace cxone {

namespace {

QChartView *makeView(QChart *chart, const QString &name, QWidget *parent)
{
    auto *view = new QChartView(chart, parent);
    view->setRenderHint(QPainter::Antialiasing);
    view->setObjectName(name);
    view->setMinimumHeight(140);
    // Nothing to operate in a chart; the counters above say the same in text.
    view->setFocusPolicy(Qt::NoFocus);
    view->viewport()->setFocusPolicy(Qt::NoFocus);
    return view;
}

} // namespace

JobDetailWidget::JobDetailWidget(QWidget *parent)
    : QWidget(parent)
    , m_timer(new QTimer(this))
    , m_title(new QLabel(this))
    , m_counters(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_latencyChart(new QChart)
    , m_first(new QScatterSeries)
    , m_retries(new QScatterSeries)
    , m_rateLimited(new QScatterSeries)
    , m_p50(new QLineSeries)
    , m_p95(new QLineSeries)
    , m_timeAxis(new QValueAxis)
    , m_latencyAxis(new QValueAxis)
    , m_fillChart(new QChart)
    , m_fillSeries(new QHorizontalBarSeries)
    , m_fillFields(new QBarCategoryAxis)
    , m_fillAxis(new QValueAxis)
    , m_audit(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("jobDetail"));
    setAccessibleName(tr("Job details"));

    m_title->setObjectName(QStringLiteral("jobDetailTitle"));
    m_title->setAccessibleName(tr("Selected job"));
    m_title->setWordWrap(true); // a long target never widens the window
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_counters->setObjectName(QStringLiteral("jobDetailCounters"));
    m_counters->setAccessibleName(tr("Job counters"));
    m_counters->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_counters->setWordWrap(true);
    m_errorLabel->setObjectName(QStringLiteral("jobDetailError"));
    m_errorLabel->setAccessibleName(tr("Job error"));
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_errorLabel->setVisible(false);

    m_first->setName(tr("Call"));
    m_first->setMarkerSize(5);
    m_first->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_retries->setName(tr("Retry"));
    // Shapes as well as colours tell the kinds apart, for people who do not see the colours.
    m_retries->setMarkerSize(8);
    m_retries->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_rateLimited->setName(tr("After rate-limit wait"));
    m_rateLimited->setMarkerSize(10);
    m_rateLimited->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_p50->setName(tr("p50"));
    m_p95->setName(tr("p95"));
    for (auto *series : {static_cast<QXYSeries *>(m_first), static_cast<QXYSeries *>(m_retries),
                         static_cast<QXYSeries *>(m_rateLimited), static_cast<QXYSeries *>(m_p50),
                         static_cast<QXYSeries *>(m_p95)}) {
        series->setUseOpenGL(false);
        m_latencyChart->addSeries(series);
    }
    // Units in the labels rather than axis titles: titles cost height a small chart lacks.
    m_timeAxis->setLabelFormat(tr("%.0f s"));
    m_latencyAxis->setLabelFormat(tr("%.0f ms"));
    m_latencyChart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_latencyChart->addAxis(m_latencyAxis, Qt::AlignLeft);
    for (QAbstractSeries *s : m_latencyChart->series()) {
        s->attachAxis(m_timeAxis);
        s->attachAxis(m_latencyAxis);
    }
    // The tab names the chart; its height goes to the plot. Three ticks fit a short pane, and
    // labels are never cut to "…".
    m_latencyAxis->setTickCount(3);
    m_timeAxis->setTickCount(4);
    m_timeAxis->setTruncateLabels(false);
    m_latencyAxis->setTruncateLabels(false);
    m_latencyChart->legend()->setAlignment(Qt::AlignRight);
    m_latencyChart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    m_latencyChart->setMargins(QMargins(4, 4, 4, 4));
    m_latencyView = makeView(m_latencyChart, QStringLiteral("latencyChart"), this);
    m_latencyView->setAccessibleName(tr("Call latency chart"));

    m_fillChart->addSeries(m_fillSeries);
    m_fillChart->addAxis(m_fillFields, Qt::AlignLeft);
    m_fillChart->addAxis(m_fillAxis, Qt::AlignBottom);
    m_fillSeries->attachAxis(m_fillFields);
    m_fillSeries->attachAxis(m_fillAxis);
    m_fillAxis->setRange(0, 100);
    m_fillAxis->setLabelFormat(tr("%.0f %%"));
    m_fillFields->setTruncateLabels(false);
    m_fillChart->legend()->setVisible(false);
    m_fillChart->setMargins(QMargins(4, 4, 4, 4));
    m_fillView = makeView(m_fillChart, QStringLiteral("fillRateChart"), this);
    m_fillView->setAccessibleName(tr("Fill rate chart"));

    m_audit->setObjectName(QStringLiteral("jobAuditEntries"));
    m_audit->setAccessibleName(tr("Audit entries of the job"));
    m_audit->setRootIsDecorated(false);
    m_audit->setUniformRowHeights(true);
    m_audit->setHeaderLabels({tr("Time"), tr("Action"), tr("Outcome"), tr("Details")});

    // Tabs rather than a stack: each view gets the pane's full height, which a chart needs.
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("jobDetailTabs"));
    m_tabs->setAccessibleName(tr("Job detail views"));
    m_tabs->setDocumentMode(true);
    m_tabs->tabBar()->setAccessibleName(tr("Job detail view"));
    // No Alt+letter for these tabs: the pane sits beside every page, whose own controls keep
    // the letters; the tab bar takes the focus and switches with the arrow keys.
    m_tabs->addTab(m_latencyView, tr("Latency"));
    m_fillTab = m_tabs->addTab(m_fillView, tr("Fill rate"));
    m_tabs->addTab(m_audit, tr("Audit entries"));
    m_tabs->setTabEnabled(m_fillTab, false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_counters);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_tabs, 1);

    m_timer->setInterval(250);
    connect(m_timer, &QTimer::timeout, this, &JobDetailWidget::redraw);
    applyPalette();
    setJob(nullptr, nullptr);
}

JobDetailWidget::~JobDetailWidget() = default;

void JobDetailWidget::applyPalette()
{
    // Follow the desktop: a light chart on a light palette and a dark one on a dark palette.
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChart *chart : {m_latencyChart, m_fillChart}) {
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitleBrush(palette().brush(QPalette::Text));
        chart->legend()->setLabelBrush(palette().brush(QPalette::Text));
    }
    const QPalette pal = palette();
    m_first->setColor(pal.color(QPalette::Highlight));
    m_first->setBorderColor(pal.color(QPalette::Highlight));
    // Semantic colours: waits are warnings, retries are something in between.
    const QColor warning = dark ? QColor(0xf0, 0xa0, 0x30) : QColor(0xc0, 0x60, 0x00);
    const QColor retry = dark ? QColor(0xd0, 0x70, 0xd0) : QColor(0x90, 0x30, 0x90);
    m_rateLimited->setColor(warning);
    m_rateLimited->setBorderColor(warning);
    m_retries->setColor(retry);
    m_retries->setBorderColor(retry);
    QPen p50(pal.color(QPalette::Text));
    p50.setWidthF(1.5);
    m_p50->setPen(p50);
    QPen p95(pal.color(QPalette::Text));
    p95.setWidthF(1.5);
    p95.setStyle(Qt::DashLine);
    m_p95->setPen(p95);
    for (QValueAxis *axis : {m_timeAxis, m_latencyAxis, m_fillAxis}) {
        axis->setLabelsBrush(pal.brush(QPalette::Text));
        axis->setTitleBrush(pal.brush(QPalette::Text));
    }
    m_fillFields->setLabelsBrush(pal.brush(QPalette::Text));
}

void JobDetailWidget::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void JobDetailWidget::setJob(Job *job, LatencyHistory *history)
{
    m_job = job;
    m_history = history;
    m_drawnVersion = quint64(-1);
    m_auditShown = 0;
    m_audit->clear();
    if (!job) {
        m_title->setText(tr("Select a job to see its calls, counters and audit entries."));
        m_title->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        m_counters->clear();
        m_errorLabel->setVisible(false);
        for (QAbstractSeries *s : m_latencyChart->series())
            static_cast<QXYSeries *>(s)->clear();
        m_tabs->setTabEnabled(m_fillTab, false);
        m_tabs->setVisible(false); // empty axes say nothing; the title explains instead
        m_timer->stop();
        return;
    }
    // What a person calls the job ("Export · Gold loyalty members"); its target in the tooltip.
    const auto showTitle = [this, job] {
        // The title names the target already; the id is in the tooltip and the Target column.
        m_title->setText(job->title().isEmpty() ? tr("%1 — %2").arg(job->kind(), job->target())
                                                : job->title());
        m_title->setToolTip(job->target());
    };
    showTitle();
    // A job may learn its name once it runs (a restore reads the list's name in its journal).
    disconnect(m_titleConnection);
    m_titleConnection = connect(job, &Job::titleChanged, m_title, showTitle);
    m_tabs->setVisible(true);
    redraw();
    m_timer->start();
}

int JobDetailWidget::plottedCalls() const
{
    return int(m_first->count() + m_retries->count() + m_rateLimited->count());
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
    const LatencyHistory &h = *m_history;
    const JobProgress &p = m_job->progress();
    const QLocale locale;

    // Short enough for two lines of a narrow pane, so that the chart below stays in view.
    QStringList counters;
    QString state = jobStateName(m_job->state());
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
        counters << tr("call latency p50 %1 ms, p95 %2 ms (last %3)")
                            .arg(locale.toString(h.currentP50(), 'f', 0),
                                 locale.toString(h.currentP95(), 'f', 0),
                                 countText(std::min<qint64>(h.samples(),
                                                            LatencyHistory::percentileWindow),
                                           tr("call"), tr("calls")));
    m_counters->setText(counters.join(QStringLiteral(" · ")));
    const bool failed = m_job->state() == JobState::Failed && !m_job->errorText().isEmpty();
    m_errorLabel->setVisible(failed);
    if (failed)
        m_errorLabel->setText(tr("Failed: %1").arg(m_job->errorText()));

    m_first->replace(h.firstAttempts().toList());
    m_retries->replace(h.retries().toList());
    m_rateLimited->replace(h.rateLimited().toList());
    const QList<QPointF> p50 = h.p50().toList();
    m_p50->replace(p50);
    m_p95->replace(h.p95().toList());
    double minX = 0;
    double maxX = 1;
    if (!p50.isEmpty()) {
        minX = p50.constFirst().x();
        maxX = std::max(minX + 1.0, p50.constLast().x());
    }
    m_timeAxis->setRange(minX, maxX);
    // Whole seconds once there is room for them; tenths while the job is young.
    m_timeAxis->setLabelFormat(maxX - minX < 10 ? tr("%.1f s") : tr("%.0f s"));
    m_latencyAxis->setRange(0, std::max(10.0, h.maxLatency() * 1.1));

    const QHash<QString, double> &fill = h.fillRates();
    m_tabs->setTabEnabled(m_fillTab, !fill.isEmpty());
    if (!fill.isEmpty()) {
        QStringList fields = fill.keys();
        fields.sort();
        auto *set = new QBarSet(tr("Fill rate"));
        QStringList labels;
        for (const QString &field : std::as_const(fields)) {
            labels << (field.isEmpty() ? tr("Overall") : field);
            *set << fill.value(field) * 100.0;
        }
        set->setColor(palette().color(QPalette::Highlight));
        m_fillSeries->clear();
        m_fillSeries->append(set);
        m_fillFields->setCategories(labels);
    }

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
        item->setText(0, QLocale().toString(e.timeUtc.toLocalTime(), QStringLiteral("HH:mm:ss")));
        item->setText(1, e.action);
        item->setText(2, e.outcome);
        item->setText(3,
                      QString::fromUtf8(QJsonDocument(e.details).toJson(QJsonDocument::Compact)));
        item->setToolTip(3, QString::fromUtf8(QJsonDocument(e.details).toJson()));
    }
    while (m_audit->topLevelItemCount() > int(LatencyHistory::auditCapacity))
        delete m_audit->takeTopLevelItem(0);
    m_auditShown = h.auditTotal();
}

} // namespace cxone
