#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace cxone::sim {

// Stable 64-bit FNV-1a: unlike qHash it is the same in every process, so seeds derived from
// names reproduce across runs.
quint64 stableHash(QByteArrayView data);

// Combines the tenant seed with a name ("segments", "GET /api/...") into an independent stream.
quint64 mixSeed(quint64 seed, QByteArrayView name);

// SplitMix64: tiny, fast, and good enough for test data; every generator the simulator uses is
// one of these, seeded from (tenant seed, name), so data and faults are reproducible.
class SimRng final
{
public:
    explicit SimRng(quint64 seed)
        : m_state(seed)
    {}
    SimRng(quint64 seed, QByteArrayView name)
        : m_state(mixSeed(seed, name))
    {}

    quint64 next();
    // Uniform in [0, 1).
    double nextDouble();
    // Uniform in [0, bound); 0 when bound is 0.
    quint64 bounded(quint64 bound);
    // Uniform in [low, high] (inclusive).
    qint64 range(qint64 low, qint64 high);
    bool chance(double probability) { return nextDouble() < probability; }

    // One draw of the stream (seed, index) without keeping state: the Nth decision of a route.
    static quint64 at(quint64 seed, quint64 index);

private:
    quint64 m_state;
};

} // namespace cxone::sim
