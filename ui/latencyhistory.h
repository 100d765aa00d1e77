#pragma once

#include "models/engine/job.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointF>
#include <QStringList>

#include <deque>
#include <vector>

namespace cxone {

// A fixed-capacity FIFO of points: the oldest is overwritten, so memory stays flat however many
// calls a job makes.
class PointRing final
{
public:
    explicit PointRing(qsizetype capacity)
        : m_capacity(capacity)
    {
        m_points.reserve(capacity);
    }
    void append(QPointF point);
    qsizetype size() const { return qsizetype(m_points.size()); }
    qsizetype capacity() const { return m_capacity; }
    QList<QPointF> toList() const; // oldest first

private:
    qsizetype m_capacity;
    std::vector<QPointF> m_points;
    qsizetype m_head = 0; // oldest once full
};

// What the activity pane remembers of one job for its charts: every observed call (bounded),
// rolling p50/p95 latency, fill rates and the job's audit entries. Recorded from the job's first
// signal whether or not the job is on screen.
class LatencyHistory final : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype pointCapacity = 2000;
    static constexpr qsizetype percentileWindow = 200;
    static constexpr qsizetype auditCapacity = 500;

    explicit LatencyHistory(Job *job, QObject *parent = nullptr);
    ~LatencyHistory() override;

    // Increases on every change; a view redraws when it differs from what it drew.
    quint64 version() const { return m_version; }
    qint64 samples() const { return m_samples; }

    // x: seconds since the job started; y: latency in ms.
    const PointRing &firstAttempts() const { return m_first; }
    const PointRing &retries() const { return m_retries; }
    const PointRing &rateLimited() const { return m_rateLimited; }
    // Rolling percentiles over the last percentileWindow calls, drawn once minPercentileCalls
    // have been seen; x never goes back, so concurrent calls ending out of order draw no
    // zig-zags.
    static constexpr qsizetype minPercentileCalls = 5;
    const PointRing &p50() const { return m_p50; }
    const PointRing &p95() const { return m_p95; }
    double currentP50() const { return m_currentP50; }
    double currentP95() const { return m_currentP95; }
    double maxLatency() const { return m_maxLatency; }

    // field → rate (0..1); the empty field is the overall rate.
    const QHash<QString, double> &fillRates() const { return m_fillRates; }
    // The fields in the order the job reported them (the page's mapping order).
    const QStringList &fillFields() const { return m_fillOrder; }
    const std::deque<AuditEntry> &auditEntries() const { return m_audit; }
    // Entries ever audited, including those the bounded list has dropped.
    qint64 auditTotal() const { return m_auditTotal; }

    void addSample(const CallSample &sample);

private:
    PointRing m_first{pointCapacity};
    PointRing m_retries{pointCapacity};
    PointRing m_rateLimited{pointCapacity};
    PointRing m_p50{pointCapacity};
    PointRing m_p95{pointCapacity};
    std::deque<qint64> m_window;
    std::vector<qint64> m_scratch;
    double m_currentP50 = 0;
    double m_currentP95 = 0;
    double m_maxLatency = 0;
    qint64 m_samples = 0;
    QHash<QString, double> m_fillRates;
    QStringList m_fillOrder;
    double m_lastPercentileX = 0;
    std::deque<AuditEntry> m_audit;
    qint64 m_auditTotal = 0;
    quint64 m_version = 0;
};

} // namespace cxone
