#pragma once

#include "models/engine/phone/phonecheck.h"

#include <QFutureWatcher>
#include <QObject>
#include <QStringList>

#include <atomic>
#include <deque>
#include <memory>
#include <vector>

class QProcess;

namespace cxone {

class CompactRowStore;

// Parses one column of a row store with libphonenumber, fast and off the GUI thread.
// Repeated inputs are parsed once. The library does not scale with threads (its regex cache
// takes a lock) but does with processes, so the unique numbers go in chunks to worker processes
// ("cxone-cli phones worker"); results come back in input order. Without a worker program the
// work runs in one background thread.
class PhoneAnalyzer final : public QObject
{
    Q_OBJECT
public:
    struct WorkerCommand
    {
        QString program;
        QStringList arguments; // "--default-region CC" is appended
    };

    explicit PhoneAnalyzer(QObject *parent = nullptr);
    ~PhoneAnalyzer() override;

    // cxone-cli next to this program (or CXONE_CLI), running "phones worker"; empty program when
    // none is found.
    static WorkerCommand defaultWorkerCommand();
    void setWorkerCommand(const WorkerCommand &command) { m_command = command; }
    // 0: parse in this process (one background thread). Default: the number of cores.
    void setWorkerCount(int count) { m_workerCount = count; }
    int workerCount() const { return m_workerCount; }

    // Starts parsing column `column` of every row; the store must stay unchanged until done.
    void start(std::shared_ptr<const CompactRowStore> store, int column, const QString &region);
    void cancel();
    bool isRunning() const { return m_running; }

    // Valid after finished(true): one entry per row, in row order.
    std::vector<ParsedPhone> takeResults() { return std::move(m_results); }
    qsizetype uniqueCount() const { return m_uniqueCount; }
    int workersUsed() const { return m_workersUsed; }

    // The worker side: reads "#N" then N numbers per batch on stdin, answers N lines on stdout.
    static int runWorker(const QString &defaultRegion);
    // Parses a batch in this process (also what the worker does).
    static QByteArray parseBatch(const QList<QByteArrayView> &numbers, const QString &region);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);
    void message(const QString &text);
    void finished(bool ok, const QString &error);

private:
    struct Chunk
    {
        qsizetype start = 0;
        qsizetype count = 0;
        qsizetype received = 0;
    };
    struct Worker
    {
        QProcess *process = nullptr;
        std::deque<Chunk> inFlight;
        QByteArray buffer;
        bool alive = true;
    };

    void onUniqueReady();
    void onPrepared();
    void queueChunks(bool all);
    void feedIdle();
    void startWorkers(int count);
    void feed(Worker &worker);
    void onWorkerOutput(Worker &worker);
    void onWorkerGone(Worker &worker, const QString &why);
    void runInProcessNext();
    void chunkDone(qsizetype count);
    void finishUnique();
    void stopWorkers();
    void fail(const QString &error);

    static constexpr qsizetype kChunk = 2048;

    WorkerCommand m_command;
    int m_workerCount;
    QString m_region;
    std::shared_ptr<const CompactRowStore> m_store;
    int m_column = 0;
    bool m_running = false;
    bool m_cancelled = false;
    int m_workersUsed = 0;

    // The distinct inputs, found in a background thread and handed out while it runs: unique
    // is sized to the row count up front, so it never moves, and [0, published) is final.
    struct Prepared
    {
        std::vector<QByteArrayView> unique;
        std::vector<quint32> rowToUnique;
        std::vector<ParsedPhone> results; // of unique[i], filled as the parsed lines come back
        std::atomic<qsizetype> published{0};
        std::atomic<bool> cancelled{false};
    };
    QFutureWatcher<qsizetype> m_prepareWatcher;
    QFutureWatcher<QByteArray> m_inProcessWatcher;
    QFutureWatcher<std::vector<ParsedPhone>> m_fanOutWatcher;
    std::shared_ptr<Prepared> m_prepared;
    bool m_prepareDone = false;
    qsizetype m_queued = 0; // distinct inputs already cut into chunks
    std::vector<ParsedPhone> m_results;
    std::deque<Chunk> m_pending;
    std::vector<std::unique_ptr<Worker>> m_workers;
    qsizetype m_done = 0;
    qsizetype m_uniqueCount = 0;
    Chunk m_inProcessChunk;
};

} // namespace cxone
