#pragma once

#include "models/engine/job.h"
#include "ui/latencyhistory.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTimer;
class QTreeWidget;

namespace cxone {

class FillRateBars;
class Job;
class LatencyChart;
class LatencyHistory;

// The selected job in depth: a live latency chart of its calls, counters, its fill rates (for
// jobs that report them) and its audit entries in words. Redrawn from the history a few times a
// second at most, never per call.
class JobDetailWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit JobDetailWidget(QWidget *parent = nullptr);
    ~JobDetailWidget() override;

    void setJob(Job *job, LatencyHistory *history);
    Job *job() const { return m_job; }

    LatencyChart *latencyChart() const { return m_latency; }
    FillRateBars *fillRateChart() const { return m_fill; }
    // Points currently drawn in the call series (all kinds), for tests and the summary line.
    int plottedCalls() const;
    // True when the job reported a fill rate (its tab is then enabled).
    bool hasFillRate() const;

private:
    void makeLabels();
    void makeTabs();
    void showTitle();
    void redraw();
    void showCounters();
    void showOutcome();
    void appendAuditEntries();

    QPointer<Job> m_job;
    QPointer<LatencyHistory> m_history;
    quint64 m_drawnVersion = 0;
    QTimer *m_timer;

    QLabel *m_title;
    QLabel *m_counters;
    QLabel *m_errorLabel;
    LatencyChart *m_latency;
    FillRateBars *m_fill;
    QTreeWidget *m_audit;
    QTabWidget *m_tabs = nullptr;
    int m_fillTab = -1;
    qint64 m_auditShown = 0;
    QMetaObject::Connection m_titleConnection;
};

} // namespace cxone
