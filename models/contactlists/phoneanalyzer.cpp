#include "models/contactlists/phoneanalyzer.h"

#include "models/engine/table/compactrowstore.h"

#include <QThread>
#include <QtConcurrent>

#include <algorithm>
#include <cstring>

namespace cxone {

namespace {

// The distinct strings of a column: an open-addressing table of (hash, index) pairs, twice as
// many slots as rows, so that a lookup touches one cache line and compares bytes only on a full
// hash match. Several times faster than a QHash of views for a million short strings.
class DistinctIndex
{
public:
    explicit DistinctIndex(qsizetype rows)
    {
        size_t count = 16;
        while (count < size_t(rows) * 2)
            count *= 2;
        m_slots.assign(count, Slot{0, kEmpty});
        m_mask = count - 1;
    }

    // The index of text among `unique` (which holds what was added so far), or `next` after
    // adding it.
    quint32 findOrAdd(QByteArrayView text, const std::vector<QByteArrayView> &unique, quint32 next)
    {
        const quint64 h = hash(text);
        const auto tag = quint32(h >> 32);
        for (size_t i = size_t(h) & m_mask;; i = (i + 1) & m_mask) {
            Slot &slot = m_slots[i];
            if (slot.index == kEmpty) {
                slot = Slot{tag, next};
                return next;
            }
            if (slot.tag == tag && unique[slot.index] == text)
                return slot.index;
        }
    }

private:
    static constexpr quint32 kEmpty = 0xffffffffu;
    struct Slot
    {
        quint32 tag;
        quint32 index;
    };

    // 64-bit FNV-1a over 8-byte words, then a final mix: fast for short strings.
    static quint64 hash(QByteArrayView text)
    {
        quint64 h = 0xcbf29ce484222325ull ^ quint64(text.size());
        const char *p = text.data();
        qsizetype n = text.size();
        while (n >= 8) {
            quint64 w;
            std::memcpy(&w, p, 8);
            h = (h ^ w) * 0x100000001b3ull;
            h ^= h >> 29;
            p += 8;
            n -= 8;
        }
        quint64 w = 0;
        if (n > 0) // an empty view may have no data pointer at all
            std::memcpy(&w, p, size_t(n));
        h = (h ^ w) * 0x100000001b3ull;
        h ^= h >> 32;
        h *= 0xd6e8feb86659fd93ull;
        h ^= h >> 32;
        return h;
    }

    std::vector<Slot> m_slots;
    size_t m_mask = 0;
};

} // namespace

PhoneAnalyzer::PhoneAnalyzer(QObject *parent)
    : QObject(parent)
    , m_workerCount(qMax(1, QThread::idealThreadCount()))
{
    connect(&m_prepareWatcher, &QFutureWatcherBase::finished, this, &PhoneAnalyzer::onPrepared);
    connect(&m_fanOutWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_cancelled || !m_running)
            return;
        m_results = m_fanOutWatcher.result();
        m_running = false;
        m_store.reset();
        Q_EMIT finished(true, {});
    });
}

PhoneAnalyzer::~PhoneAnalyzer()
{
    m_cancelled = true;
    if (m_prepared)
        m_prepared->cancelled = true;
    // The parsing threads stop at their next number; their results are never read.
    m_pool.waitForDone();
    m_prepareWatcher.waitForFinished();
    m_fanOutWatcher.waitForFinished();
}

void PhoneAnalyzer::start(std::shared_ptr<const CompactRowStore> store, int column,
                          const QString &region)
{
    Q_ASSERT(!m_running);
    m_store = std::move(store);
    m_region = region;
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_results.clear();
    m_uniqueCount = 0;
    m_queued = 0;
    m_prepareDone = false;
    const qsizetype rows = m_store->rowCount();
    // More threads than chunks would only wait.
    const qsizetype chunks = (rows + kChunk - 1) / kChunk;
    m_workersUsed = int(std::clamp<qsizetype>(chunks, 1, m_workerCount));
    m_pool.setMaxThreadCount(m_workersUsed);
    auto p = std::make_shared<Prepared>();
    m_prepared = p;
    Q_EMIT progress(0, qint64(rows));
    // Finding the distinct inputs of a million rows takes a while: not on the caller's thread,
    // and the parsing threads start on the first ones meanwhile.
    std::shared_ptr<const CompactRowStore> s = m_store;
    m_prepareWatcher.setFuture(QtConcurrent::run([this, s, p, column] {
        // Sized here, not on the caller's thread (tens of MB for a million rows); the caller
        // reads them only after the first publication below.
        p->unique.resize(size_t(s->rowCount()));
        p->rowToUnique.resize(size_t(s->rowCount()));
        p->results.resize(size_t(s->rowCount()));
        DistinctIndex seen(s->rowCount());
        qsizetype count = 0;
        for (qsizetype r = 0; r < s->rowCount(); ++r) {
            const QByteArrayView text = s->cell(r, column);
            const quint32 index = seen.findOrAdd(text, p->unique, quint32(count));
            if (index == quint32(count)) {
                p->unique[size_t(count++)] = text;
                if (count % kChunk == 0) {
                    if (p->cancelled.load(std::memory_order_relaxed))
                        return count;
                    p->published.store(count, std::memory_order_release);
                    QMetaObject::invokeMethod(this, &PhoneAnalyzer::onUniqueReady,
                                              Qt::QueuedConnection);
                }
            }
            p->rowToUnique[size_t(r)] = index;
        }
        p->published.store(count, std::memory_order_release);
        return count;
    }));
}

// Hands the distinct inputs published so far to the pool in chunks (all: the last, partial one
// too).
void PhoneAnalyzer::queueChunks(bool all)
{
    const std::shared_ptr<Prepared> p = m_prepared;
    const qsizetype published = p->published.load(std::memory_order_acquire);
    while (m_queued < published) {
        const qsizetype n = qMin(kChunk, published - m_queued);
        if (n < kChunk && !all)
            break;
        const qsizetype from = m_queued;
        m_queued += n;
        m_pool.start([this, p, from, n, region = m_region] {
            for (qsizetype i = from; i < from + n; ++i) {
                if (p->cancelled.load(std::memory_order_relaxed))
                    return;
                p->results[size_t(i)] = PhoneParser::parse(p->unique[size_t(i)], region);
            }
            // The queued call is what makes the results visible to the caller's thread.
            QMetaObject::invokeMethod(
                    this, [this, p, n] { chunkDone(p, n); }, Qt::QueuedConnection);
        });
    }
}

void PhoneAnalyzer::onUniqueReady()
{
    if (m_cancelled || !m_running || m_prepareDone)
        return;
    queueChunks(false);
}

void PhoneAnalyzer::onPrepared()
{
    if (m_cancelled || !m_running)
        return;
    m_prepareDone = true;
    m_uniqueCount = m_prepareWatcher.result();
    queueChunks(true);
    Q_EMIT progress(m_done, qint64(m_uniqueCount));
    if (m_uniqueCount == 0 || m_done >= m_uniqueCount)
        finishUnique();
}

void PhoneAnalyzer::chunkDone(const std::shared_ptr<Prepared> &run, qsizetype count)
{
    if (run != m_prepared || m_cancelled || !m_running)
        return; // a chunk of a cancelled run
    m_done += count;
    Q_EMIT progress(m_done, qint64(m_prepareDone ? m_uniqueCount : m_store->rowCount()));
    if (m_prepareDone && m_done >= m_uniqueCount)
        finishUnique();
}

void PhoneAnalyzer::finishUnique()
{
    auto unique = std::make_shared<std::vector<ParsedPhone>>(std::move(m_prepared->results));
    auto map = std::make_shared<std::vector<quint32>>(std::move(m_prepared->rowToUnique));
    m_prepared.reset();
    m_fanOutWatcher.setFuture(QtConcurrent::run([unique, map] {
        std::vector<ParsedPhone> out(map->size());
        for (size_t i = 0; i < map->size(); ++i)
            out[i] = (*unique)[(*map)[i]];
        return out;
    }));
}

void PhoneAnalyzer::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    if (m_prepared)
        m_prepared->cancelled = true;
    m_store.reset();
    Q_EMIT finished(false, QStringLiteral("cancelled"));
}

} // namespace cxone
