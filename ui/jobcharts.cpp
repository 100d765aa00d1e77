#include "ui/jobcharts.h"

#include "ui/latencyhistory.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QEvent>
#include <QHorizontalBarSeries>
#include <QLegend>
#include <QLineSeries>
#include <QScatterSeries>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>
#include <limits>

namespace cxone {

namespace {

bool isDark(const QWidget *widget)
{
    return widget->palette().color(QPalette::Window).lightness() < 128;
}

} // namespace

JobChart::JobChart(const QString &name, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_chart(new QChart)
    , m_view(new QChartView(m_chart, this))
    , m_open(new QToolButton(this))
{
    setObjectName(name);
    m_view->setObjectName(name + QStringLiteral("View"));
    m_view->setAccessibleName(accessibleName);
    m_view->setRenderHint(QPainter::Antialiasing);
    // Axes, their titles and the legend need this much to be read.
    m_view->setMinimumHeight(200);
    // Nothing to operate in a chart; the counters beside it say the same in text.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->viewport()->setFocusPolicy(Qt::NoFocus);
    m_chart->setMargins(QMargins(2, 2, 2, 2));
    m_chart->setAnimationOptions(QChart::NoAnimation);
    m_chart->legend()->setAlignment(Qt::AlignTop);

    m_open->setObjectName(name + QStringLiteral("Open"));
    m_open->setText(tr("Open in a window"));
    m_open->setAccessibleName(tr("Open %1 in a window").arg(accessibleName.toLower()));
    m_open->setToolTip(tr("Show this chart in a window of its own, as large as you like"));
    m_open->setIcon(QIcon::fromTheme(QStringLiteral("window-new")));
    m_open->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_open->setAutoRaise(true);
    connect(m_open, &QToolButton::clicked, this, [this] { openInWindow(); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_open, 0, Qt::AlignRight);
}

JobChart::~JobChart() = default;

void JobChart::setHistory(LatencyHistory *history)
{
    m_history = history;
    redraw();
}

QValueAxis *JobChart::makeValueAxis(const QString &title)
{
    auto *axis = new QValueAxis;
    axis->setTitleText(title);
    QFont font = axis->titleFont();
    font.setPointSizeF(std::max(7.0, font.pointSizeF() * 0.85));
    font.setBold(false);
    axis->setTitleFont(font);
    axis->setTruncateLabels(false);
    return axis;
}

QWidget *JobChart::openInWindow()
{
    auto *window = new QWidget(this, Qt::Window);
    window->setAttribute(Qt::WA_DeleteOnClose);
    window->setObjectName(objectName() + QStringLiteral("Window"));
    window->setWindowTitle(windowTitle().isEmpty() ? m_view->accessibleName() : windowTitle());
    JobChart *copy = clone(window);
    copy->openButton()->hide(); // it is the window
    copy->setHistory(m_history);
    auto *layout = new QVBoxLayout(window);
    layout->addWidget(copy);
    // The window follows the job as the pane does, a few times a second.
    auto *timer = new QTimer(window);
    timer->setInterval(250);
    connect(timer, &QTimer::timeout, copy, &JobChart::redraw);
    timer->start();
    window->resize(900, 520);
    window->show();
    return window;
}

void JobChart::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange)
        applyPalette();
    QWidget::changeEvent(event);
}

void JobChart::applyPalette()
{
    // Follow the desktop: a light chart on a light palette and a dark one on a dark palette.
    m_chart->setTheme(isDark(this) ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    m_chart->setBackgroundBrush(palette().brush(QPalette::Base));
    m_chart->setTitleBrush(palette().brush(QPalette::Text));
    m_chart->legend()->setLabelBrush(palette().brush(QPalette::Text));
    for (QAbstractAxis *axis : m_chart->axes()) {
        axis->setLabelsBrush(palette().brush(QPalette::Text));
        axis->setTitleBrush(palette().brush(QPalette::Text));
    }
}

LatencyChart::LatencyChart(QWidget *parent)
    : JobChart(QStringLiteral("latencyChart"), tr("Call latency chart"), parent)
    , m_first(new QScatterSeries)
    , m_retries(new QScatterSeries)
    , m_rateLimited(new QScatterSeries)
    , m_p50(new QLineSeries)
    , m_p95(new QLineSeries)
    , m_timeAxis(makeValueAxis(tr("Time since the job started (s)")))
    , m_latencyAxis(makeValueAxis(tr("Call latency (ms)")))
{
    setWindowTitle(tr("Call latency"));
    m_first->setName(tr("Call"));
    m_first->setMarkerSize(5);
    m_first->setMarkerShape(QScatterSeries::MarkerShapeCircle);
    m_retries->setName(tr("Retry"));
    // Shapes as well as colours tell the kinds apart, for people who do not see the colours.
    m_retries->setMarkerSize(8);
    m_retries->setMarkerShape(QScatterSeries::MarkerShapeRotatedRectangle);
    m_rateLimited->setName(tr("After a rate-limit wait"));
    m_rateLimited->setMarkerSize(9);
    m_rateLimited->setMarkerShape(QScatterSeries::MarkerShapeTriangle);
    m_p50->setName(tr("p50 of the last %1 calls").arg(LatencyHistory::percentileWindow));
    m_p95->setName(tr("p95"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_latencyAxis, Qt::AlignLeft);
    for (QXYSeries *series :
         std::initializer_list<QXYSeries *>{m_first, m_retries, m_rateLimited, m_p50, m_p95}) {
        series->setUseOpenGL(false);
        m_chart->addSeries(series);
        series->attachAxis(m_timeAxis);
        series->attachAxis(m_latencyAxis);
    }
    m_latencyAxis->setTickCount(4);
    m_timeAxis->setTickCount(5);
    m_latencyAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_chart->legend()->setMarkerShape(QLegend::MarkerShapeFromSeries);
    applyPalette();
}

LatencyChart::~LatencyChart() = default;

JobChart *LatencyChart::clone(QWidget *parent) const
{
    return new LatencyChart(parent);
}

int LatencyChart::plottedCalls() const
{
    return int(m_first->count() + m_retries->count() + m_rateLimited->count());
}

void LatencyChart::applyPalette()
{
    JobChart::applyPalette();
    const QPalette pal = palette();
    m_first->setColor(pal.color(QPalette::Highlight));
    m_first->setBorderColor(pal.color(QPalette::Highlight));
    // Semantic colours: waits are warnings, retries are something in between.
    const bool dark = isDark(this);
    const QColor warning = dark ? QColor(0xf0, 0xa0, 0x30) : QColor(0xc0, 0x60, 0x00);
    const QColor retry = dark ? QColor(0xd0, 0x70, 0xd0) : QColor(0x90, 0x30, 0x90);
    m_rateLimited->setColor(warning);
    m_rateLimited->setBorderColor(warning);
    m_retries->setColor(retry);
    m_retries->setBorderColor(retry);
    QPen p50(pal.color(QPalette::Text));
    p50.setWidthF(2);
    m_p50->setPen(p50);
    QPen p95(pal.color(QPalette::Text));
    p95.setWidthF(2);
    p95.setStyle(Qt::DashLine);
    m_p95->setPen(p95);
}

void LatencyChart::redraw()
{
    if (!m_history) {
        for (QAbstractSeries *s : m_chart->series())
            static_cast<QXYSeries *>(s)->clear();
        return;
    }
    const LatencyHistory &h = *m_history;
    m_first->replace(h.firstAttempts().toList());
    m_retries->replace(h.retries().toList());
    m_rateLimited->replace(h.rateLimited().toList());
    m_p50->replace(h.p50().toList());
    m_p95->replace(h.p95().toList());
    double minX = std::numeric_limits<double>::max();
    double maxX = 0;
    for (const PointRing *ring : {&h.firstAttempts(), &h.retries(), &h.rateLimited()}) {
        const QList<QPointF> points = ring->toList();
        for (const QPointF &p : points) {
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
        }
    }
    if (minX > maxX)
        minX = 0;
    maxX = std::max(minX + 1.0, maxX);
    m_timeAxis->setRange(minX, maxX);
    // Whole seconds once there is room for them; tenths while the job is young.
    m_timeAxis->setLabelFormat(maxX - minX < 10 ? QStringLiteral("%.1f") : QStringLiteral("%.0f"));
    m_latencyAxis->setRange(0, std::max(10.0, h.maxLatency() * 1.1));
}

FillRateBars::FillRateBars(QWidget *parent)
    : JobChart(QStringLiteral("fillRateChart"), tr("Fill rate chart"), parent)
    , m_series(new QHorizontalBarSeries)
    , m_fields(new QBarCategoryAxis)
    , m_rateAxis(makeValueAxis(tr("Rows with a value (%)")))
{
    setWindowTitle(tr("Fill rate"));
    m_chart->addSeries(m_series);
    m_chart->addAxis(m_fields, Qt::AlignLeft);
    m_chart->addAxis(m_rateAxis, Qt::AlignBottom);
    m_series->attachAxis(m_fields);
    m_series->attachAxis(m_rateAxis);
    m_rateAxis->setRange(0, 100);
    m_rateAxis->setTickCount(5);
    m_rateAxis->setLabelFormat(QStringLiteral("%.0f"));
    m_fields->setTruncateLabels(false);
    // The percentages are in the field labels, as on the page's chart: a label inside a short
    // bar could not be read.
    m_series->setLabelsVisible(false);
    // One series: its name is the axis title.
    m_chart->legend()->setVisible(false);
    applyPalette();
}

FillRateBars::~FillRateBars() = default;

JobChart *FillRateBars::clone(QWidget *parent) const
{
    return new FillRateBars(parent);
}

QStringList FillRateBars::labels() const
{
    QStringList top = m_fields->categories();
    std::reverse(top.begin(), top.end());
    return top;
}

void FillRateBars::applyPalette()
{
    JobChart::applyPalette();
    for (QBarSet *set : m_series->barSets()) {
        set->setColor(palette().color(QPalette::Highlight));
        set->setLabelColor(palette().color(QPalette::HighlightedText));
    }
}

void FillRateBars::redraw()
{
    if (!m_history || m_history->fillFields().isEmpty()) {
        m_series->clear();
        m_fields->clear();
        return;
    }
    const QHash<QString, double> &fill = m_history->fillRates();
    auto *set = new QBarSet(tr("Fill rate"));
    QStringList categories;
    // Bottom to top, so that the chart reads top-down in the job's (the page's) order; the
    // overall rate, which the job reports last, is the last bar.
    const QStringList &fields = m_history->fillFields();
    for (auto it = fields.crbegin(); it != fields.crend(); ++it) {
        const double percent = fill.value(*it) * 100.0;
        categories << QStringLiteral("%1  %2\u00a0%")
                              .arg(it->isEmpty() ? tr("All fields") : *it)
                              .arg(qRound(percent));
        *set << percent;
    }
    set->setColor(palette().color(QPalette::Highlight));
    set->setLabelColor(palette().color(QPalette::HighlightedText));
    m_series->clear();
    m_series->append(set);
    m_fields->setCategories(categories);
}

} // namespace cxone
