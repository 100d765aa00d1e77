#pragma once

#include "models/engine/phone/phonecheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <vector>

namespace cxone {

class CompactRowStore;

// Parses one column of a row store with libphonenumber, fast and off the GUI thread.
// Repeated inputs are parsed once. The distinct inputs are found in a background thread and
// handed out in chunks, while they are still being found, to a pool of threads of this process
// (one per core); each chunk's results are written where they belong, and come back in input
// order. The library's parser scales with threads here: region and type come from the console's
// own PCRE2 reading of its metadata (models/engine/phone), and what is left of the library's
// regex cache is barely contended (docs/benchmarks.md, bench_sanitize).
class PhoneAnalyzer final : public QObject
{
    Q_OBJECT
public:
    explicit PhoneAnalyzer(QObject *parent = nullptr);
    ~PhoneAnalyzer() override;

    // Threads that parse (default: the number of cores).
    void setWorkerCount(int count) { m_workerCount = qMax(1, count); }
    int workerCount() const { return m_workerCount; }

    // Starts parsing column `column` of every row; the store must stay unchanged until done.
    void start(std::shared_ptr<const CompactRowStore> store, int column, const QString &region);
    void cancel();
    bool isRunning() const { return m_running; }

    // Valid after finished(true): one entry per row, in row order.
    std::vector<ParsedPhone> takeResults() { return std::move(m_results); }
    qsizetype uniqueCount() const { return m_uniqueCount; }
    int workersUsed() const { return m_workersUsed; }

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString &error);

private:
    struct Prepared;
    void onUniqueReady();
    void onPrepared();
    void queueChunks(bool all);
    void chunkDone(const std::shared_ptr<Prepared> &run, qsizetype count);
    void finishUnique();

    static constexpr qsizetype kChunk = 2048;

    int m_workerCount;
    QString m_region;
    std::shared_ptr<const CompactRowStore> m_store;
    bool m_running = false;
    bool m_cancelled = false;
    int m_workersUsed = 0;

    // The distinct inputs, found in a background thread and handed out while it runs: unique
    // is sized to the row count up front, so it never moves, and [0, published) is final.
    // results[i] is written by the one thread that parses unique[i].
    struct Prepared
    {
        std::vector<QByteArrayView> unique;
        std::vector<quint32> rowToUnique;
        std::vector<ParsedPhone> results;
        std::atomic<qsizetype> published{0};
        std::atomic<bool> cancelled{false};
    };
    QThreadPool m_pool; // the parsing threads, this analyzer's own
    QFutureWatcher<qsizetype> m_prepareWatcher;
    QFutureWatcher<std::vector<ParsedPhone>> m_fanOutWatcher;
    std::shared_ptr<Prepared> m_prepared;
    bool m_prepareDone = false;
    qsizetype m_queued = 0; // distinct inputs already handed to the pool
    std::vector<ParsedPhone> m_results;
    qsizetype m_done = 0;
    qsizetype m_uniqueCount = 0;
};

} // namespace cxone
