#include "ui/latencyhistory.h"

#include <algorithm>

namespace cxone {

void PointRing::append(QPointF point)
{
    if (qsizetype(m_points.size()) < m_capacity) {
        m_points.push_back(point);
        return;
    }
    m_points[size_t(m_head)] = point;
    m_head = (m_head + 1) % m_capacity;
}

QList<QPointF> PointRing::toList() const
{
    QList<QPointF> list;
    list.reserve(qsizetype(m_points.size()));
    for (qsizetype i = 0; i < qsizetype(m_points.size()); ++i)
        list.append(m_points[size_t((m_head + i) % qsizetype(m_points.size()))]);
    return list;
}

LatencyHistory::LatencyHistory(Job *job, QObject *parent)
    : QObject(parent)
{
    m_scratch.reserve(percentileWindow);
    connect(job, &Job::callObserved, this, &LatencyHistory::addSample);
    connect(job, &Job::fillRateChanged, this, [this](const QString &field, double rate) {
        if (!m_fillRates.contains(field))
            m_fillOrder.append(field);
        m_fillRates.insert(field, rate);
        ++m_version;
    });
    connect(job, &Job::audited, this, [this](const AuditEntry &entry) {
        m_audit.push_back(entry);
        ++m_auditTotal;
        if (qsizetype(m_audit.size()) > auditCapacity)
            m_audit.pop_front();
        ++m_version;
    });
    connect(job, &Job::progressChanged, this, [this] { ++m_version; });
    connect(job, &Job::stateChanged, this, [this] { ++m_version; });
}

LatencyHistory::~LatencyHistory() = default;

void LatencyHistory::addSample(const CallSample &sample)
{
    ++m_samples;
    ++m_version;
    const QPointF point(double(sample.atMs) / 1000.0, double(sample.latencyMs));
    m_maxLatency = std::max(m_maxLatency, point.y());
    if (sample.afterRateLimit)
        m_rateLimited.append(point);
    else if (sample.retried)
        m_retries.append(point);
    else
        m_first.append(point);

    // Percentiles over the last calls only: a sliding window keeps them cheap and current.
    m_window.push_back(sample.latencyMs);
    if (qsizetype(m_window.size()) > percentileWindow)
        m_window.pop_front();
    m_scratch.assign(m_window.begin(), m_window.end());
    const auto at = [this](double q) {
        const size_t k = std::min(m_scratch.size() - 1, size_t(q * double(m_scratch.size())));
        std::nth_element(m_scratch.begin(), m_scratch.begin() + qptrdiff(k), m_scratch.end());
        return double(m_scratch[k]);
    };
    m_currentP50 = at(0.50);
    m_currentP95 = at(0.95);
    if (qsizetype(m_window.size()) < minPercentileCalls)
        return;
    m_lastPercentileX = std::max(m_lastPercentileX, point.x());
    m_p50.append({m_lastPercentileX, m_currentP50});
    m_p95.append({m_lastPercentileX, m_currentP95});
}

} // namespace cxone
