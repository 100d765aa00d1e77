#include "app/simulator/simrng.h"

namespace cxone::sim {

namespace {

quint64 splitMix(quint64 z)
{
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

constexpr quint64 golden = 0x9e3779b97f4a7c15ULL;

} // namespace

quint64 stableHash(QByteArrayView data)
{
    quint64 h = 0xcbf29ce484222325ULL;
    for (const char c : data) {
        h ^= quint8(c);
        h *= 0x100000001b3ULL;
    }
    return h;
}

quint64 mixSeed(quint64 seed, QByteArrayView name)
{
    return splitMix(splitMix(seed + golden) ^ stableHash(name));
}

quint64 SimRng::next()
{
    m_state += golden;
    return splitMix(m_state);
}

double SimRng::nextDouble()
{
    // 53 random mantissa bits: exact doubles in [0, 1).
    return double(next() >> 11) * 0x1.0p-53;
}

quint64 SimRng::bounded(quint64 bound)
{
    if (bound == 0)
        return 0;
    // The modulo bias is at most bound / 2^64: irrelevant for simulated data.
    return next() % bound;
}

qint64 SimRng::range(qint64 low, qint64 high)
{
    if (high <= low)
        return low;
    return low + qint64(bounded(quint64(high - low) + 1));
}

quint64 SimRng::at(quint64 seed, quint64 index)
{
    return splitMix(seed + (index + 1) * golden);
}

} // namespace cxone::sim
