#pragma once

#include <QPointer>
#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLineSeries;
class QScatterSeries;
class QToolButton;
class QValueAxis;

namespace cxone {

class LatencyHistory;

// A chart of one job's history with the parts a person needs to read it at a small size:
// titled axes with units, a legend, and a button that opens the same chart in its own window.
class JobChart : public QWidget
{
    Q_OBJECT
public:
    ~JobChart() override;

    void setHistory(LatencyHistory *history);
    LatencyHistory *history() const { return m_history; }
    QChart *chart() const { return m_chart; }
    QChartView *chartView() const { return m_view; }
    QToolButton *openButton() const { return m_open; }
    // Draws what the history holds now.
    virtual void redraw() = 0;
    // A chart of the same kind over the same history, for a window of its own.
    virtual JobChart *clone(QWidget *parent) const = 0;
    // Opens clone() in a window that follows the job; returns the window.
    QWidget *openInWindow();

protected:
    JobChart(const QString &name, const QString &accessibleName, QWidget *parent);
    void changeEvent(QEvent *event) override;
    virtual void applyPalette();
    QValueAxis *makeValueAxis(const QString &title);

    QPointer<LatencyHistory> m_history;
    QChart *m_chart;
    QChartView *m_view;
    QToolButton *m_open;
};

// Every call's latency as a point (first attempts, retries, calls after a rate-limit wait) and
// the rolling p50 and p95 as lines.
class LatencyChart final : public JobChart
{
    Q_OBJECT
public:
    explicit LatencyChart(QWidget *parent = nullptr);
    ~LatencyChart() override;

    void redraw() override;
    JobChart *clone(QWidget *parent) const override;
    int plottedCalls() const;
    QValueAxis *timeAxis() const { return m_timeAxis; }
    QValueAxis *latencyAxis() const { return m_latencyAxis; }

private:
    void applyPalette() override;

    QScatterSeries *m_first;
    QScatterSeries *m_retries;
    QScatterSeries *m_rateLimited;
    QLineSeries *m_p50;
    QLineSeries *m_p95;
    QValueAxis *m_timeAxis;
    QValueAxis *m_latencyAxis;
};

// The fill rate of each field, in the order the job reported them (the page's order), each
// labelled with its percentage.
class FillRateBars final : public JobChart
{
    Q_OBJECT
public:
    explicit FillRateBars(QWidget *parent = nullptr);
    ~FillRateBars() override;

    void redraw() override;
    JobChart *clone(QWidget *parent) const override;
    // Category labels top-down, as shown ("phone  87 %").
    QStringList labels() const;
    QValueAxis *rateAxis() const { return m_rateAxis; }

private:
    void applyPalette() override;

    QHorizontalBarSeries *m_series;
    QBarCategoryAxis *m_fields;
    QValueAxis *m_rateAxis;
};

} // namespace cxone
