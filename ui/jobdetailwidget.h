#pragma once

#include "models/engine/job.h"
#include "ui/latencyhistory.h"

#include <QPointer>
#include <QWidget>

class QBarCategoryAxis;
class QChart;
class QChartView;
class QHorizontalBarSeries;
class QLabel;
class QLineSeries;
class QScatterSeries;
class QTabWidget;
class QTimer;
class QTreeWidget;
class QValueAxis;

namespace cxone {

class Job;
class LatencyHistory;

// The selected job in depth: a live latency chart of its calls, counters, its fill rates (for
// jobs that report them) and its audit entries. Redrawn from the history a few times a second at
// most, never per call.
class JobDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailWidget(QWidget *parent = nullptr);
    ~JobDetailWidget() override;

    void setJob(Job *job, LatencyHistory *history);
    Job *job() const { return m_job; }

    QChart *latencyChart() const { return m_latencyChart; }
    // Points currently drawn in the call series (all kinds), for tests and the summary line.
    int plottedCalls() const;
    // True when the job reported a fill rate (its tab is then enabled).
    bool hasFillRate() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void redraw();
    void applyPalette();

    QPointer<Job> m_job;
    QPointer<LatencyHistory> m_history;
    quint64 m_drawnVersion = 0;
    QTimer *m_timer;

    QLabel *m_title;
    QLabel *m_counters;
    QLabel *m_errorLabel;
    QChart *m_latencyChart;
    QChartView *m_latencyView;
    QScatterSeries *m_first;
    QScatterSeries *m_retries;
    QScatterSeries *m_rateLimited;
    QLineSeries *m_p50;
    QLineSeries *m_p95;
    QValueAxis *m_timeAxis;
    QValueAxis *m_latencyAxis;
    QChart *m_fillChart;
    QChartView *m_fillView;
    QHorizontalBarSeries *m_fillSeries;
    QBarCategoryAxis *m_fillFields;
    QValueAxis *m_fillAxis;
    QTreeWidget *m_audit;
    QTabWidget *m_tabs = nullptr;
    int m_fillTab = -1;
    qint64 m_auditShown = 0;
    QMetaObject::Connection m_titleConnection;
};

} // namespace cxone
