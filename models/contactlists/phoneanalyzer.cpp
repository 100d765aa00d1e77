#include "models/contactlists/phoneanalyzer.h"

#include "models/engine/table/compactrowstore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QProcess>
#include <QStandardPaths>
#include <QThread>
#include <QtConcurrent>

#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace cxone {

namespace {

QByteArray workerLine(QByteArrayView number)
{
    QByteArray line = number.toByteArray();
    // The protocol is one number per line; a stored newline cannot be part of a valid number.
    line.replace('\n', ' ').replace('\r', ' ');
    return line;
}

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
    , m_command(defaultWorkerCommand())
    , m_workerCount(qMax(1, QThread::idealThreadCount()))
{
    connect(&m_prepareWatcher, &QFutureWatcherBase::finished, this, &PhoneAnalyzer::onPrepared);
    connect(&m_inProcessWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_cancelled || !m_running)
            return;
        const QByteArray out = m_inProcessWatcher.result();
        qsizetype i = m_inProcessChunk.start;
        for (QByteArrayView line : splitView(out, '\n')) {
            if (i < m_inProcessChunk.start + m_inProcessChunk.count)
                decodeParsed(line, &m_prepared->results[size_t(i++)]);
        }
        chunkDone(m_inProcessChunk.count);
        runInProcessNext();
    });
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
    stopWorkers();
    m_prepareWatcher.waitForFinished();
    m_inProcessWatcher.waitForFinished();
    m_fanOutWatcher.waitForFinished();
}

PhoneAnalyzer::WorkerCommand PhoneAnalyzer::defaultWorkerCommand()
{
    const QStringList args{QStringLiteral("phones"), QStringLiteral("worker")};
    const QString fromEnv = qEnvironmentVariable("CXONE_CLI");
    if (!fromEnv.isEmpty() && QFileInfo(fromEnv).isExecutable())
        return {fromEnv, args};
    const QString dir = QCoreApplication::applicationDirPath();
    // Installed side by side, or the build tree (app/console and app/cli are siblings).
    const QStringList candidates{dir + QStringLiteral("/cxone-cli"),
                                 dir + QStringLiteral("/../cli/cxone-cli"),
                                 dir + QStringLiteral("/../app/cli/cxone-cli")};
    for (const QString &candidate : candidates) {
        if (QFileInfo(candidate).isExecutable())
            return {QDir::cleanPath(candidate), args};
    }
    const QString onPath = QStandardPaths::findExecutable(QStringLiteral("cxone-cli"));
    return {onPath, onPath.isEmpty() ? QStringList() : args};
}

QByteArray PhoneAnalyzer::parseBatch(const QList<QByteArrayView> &numbers, const QString &region)
{
    QByteArray out;
    out.reserve(numbers.size() * 28);
    for (const QByteArrayView n : numbers) {
        appendEncodedParsed(out, PhoneParser::parse(n, region));
        out += '\n';
    }
    return out;
}

int PhoneAnalyzer::runWorker(const QString &defaultRegion)
{
    char *line = nullptr;
    size_t capacity = 0;
    QList<QByteArrayView> batch;
    QByteArray storage;
    std::vector<qsizetype> ends;
    for (;;) {
        ssize_t n = getline(&line, &capacity, stdin);
        if (n <= 0)
            break;
        if (line[0] != '#')
            continue; // out of step: skip to the next batch header
        const long count = std::strtol(line + 1, nullptr, 10);
        if (count <= 0 || count > 1000000)
            continue;
        storage.clear();
        ends.clear();
        for (long i = 0; i < count; ++i) {
            n = getline(&line, &capacity, stdin);
            if (n < 0)
                break;
            qsizetype len = qsizetype(n);
            while (len > 0 && (line[len - 1] == '\n' || line[len - 1] == '\r'))
                --len;
            storage.append(line, len);
            ends.push_back(storage.size());
        }
        batch.clear();
        qsizetype begin = 0;
        for (const qsizetype end : ends) {
            batch.append(QByteArrayView(storage).sliced(begin, end - begin));
            begin = end;
        }
        const QByteArray out = parseBatch(batch, defaultRegion);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        std::fflush(stdout);
        if (qsizetype(ends.size()) < count)
            break; // input ended inside a batch
    }
    std::free(line);
    return 0;
}

void PhoneAnalyzer::start(std::shared_ptr<const CompactRowStore> store, int column,
                          const QString &region)
{
    Q_ASSERT(!m_running);
    m_store = std::move(store);
    m_column = column;
    m_region = region;
    m_running = true;
    m_cancelled = false;
    m_done = 0;
    m_results.clear();
    m_pending.clear();
    m_workers.clear();
    m_uniqueCount = 0;
    m_queued = 0;
    m_prepareDone = false;
    const qsizetype rows = m_store->rowCount();
    auto p = std::make_shared<Prepared>();
    m_prepared = p;
    Q_EMIT progress(0, qint64(rows));
    // Finding the distinct inputs of a million rows takes a while: not on the caller's thread,
    // and the workers start on the first ones meanwhile.
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
    if (m_workerCount > 0 && !m_command.program.isEmpty()) {
        // More processes than chunks would only cost start-up time.
        const qsizetype chunks = (rows + kChunk - 1) / kChunk;
        startWorkers(int(qMin<qsizetype>(m_workerCount, chunks)));
    }
}

// Cuts the distinct inputs published so far into chunks (all: the last, partial one too).
void PhoneAnalyzer::queueChunks(bool all)
{
    const qsizetype published = m_prepared->published.load(std::memory_order_acquire);
    while (m_queued < published) {
        const qsizetype n = qMin(kChunk, published - m_queued);
        if (n < kChunk && !all)
            break;
        m_pending.push_back({m_queued, n, 0});
        m_queued += n;
    }
}

void PhoneAnalyzer::onUniqueReady()
{
    if (m_cancelled || !m_running || m_prepareDone)
        return;
    queueChunks(false);
    feedIdle();
}

void PhoneAnalyzer::onPrepared()
{
    if (m_cancelled || !m_running)
        return;
    m_prepareDone = true;
    m_uniqueCount = m_prepareWatcher.result();
    m_prepared->results.resize(size_t(m_uniqueCount));
    queueChunks(true);
    Q_EMIT progress(m_done, qint64(m_uniqueCount));
    if (m_uniqueCount == 0 || m_done >= m_uniqueCount) {
        finishUnique();
        return;
    }
    feedIdle();
}

// Gives every worker with room its next chunks, or parses in this process when there are none.
void PhoneAnalyzer::feedIdle()
{
    bool anyAlive = false;
    for (const auto &w : m_workers) {
        if (!w->alive)
            continue;
        anyAlive = true;
        // Two chunks in flight: a worker never waits for its next one.
        while (w->inFlight.size() < 2 && !m_pending.empty())
            feed(*w);
    }
    if (!anyAlive)
        runInProcessNext();
}

void PhoneAnalyzer::startWorkers(int count)
{
    m_workersUsed = count;
    for (int i = 0; i < count; ++i) {
        auto worker = std::make_unique<Worker>();
        Worker *w = worker.get();
        w->process = new QProcess(this);
        w->process->setProcessChannelMode(QProcess::SeparateChannels);
        w->process->setStandardErrorFile(QProcess::nullDevice());
        connect(w->process, &QProcess::readyReadStandardOutput, this,
                [this, w] { onWorkerOutput(*w); });
        connect(w->process, &QProcess::errorOccurred, this,
                [this, w](QProcess::ProcessError) { onWorkerGone(*w, w->process->errorString()); });
        connect(w->process, &QProcess::finished, this, [this, w](int code, QProcess::ExitStatus) {
            onWorkerGone(*w, QStringLiteral("the worker ended (exit code %1)").arg(code));
        });
        m_workers.push_back(std::move(worker));
        w->process->start(m_command.program,
                          m_command.arguments
                                  + QStringList{QStringLiteral("--default-region"), m_region});
    }
}

void PhoneAnalyzer::feed(Worker &w)
{
    if (!w.alive || m_pending.empty() || m_cancelled)
        return;
    Chunk c = m_pending.front();
    m_pending.pop_front();
    c.received = 0;
    QByteArray data = '#' + QByteArray::number(c.count) + '\n';
    for (qsizetype i = c.start; i < c.start + c.count; ++i) {
        data += workerLine(m_prepared->unique[size_t(i)]);
        data += '\n';
    }
    w.inFlight.push_back(c);
    w.process->write(data);
}

void PhoneAnalyzer::onWorkerOutput(Worker &w)
{
    if (!w.alive || m_cancelled)
        return;
    w.buffer += w.process->readAllStandardOutput();
    qsizetype pos = 0;
    for (;;) {
        const qsizetype nl = w.buffer.indexOf('\n', pos);
        if (nl < 0)
            break;
        const QByteArrayView line = QByteArrayView(w.buffer).sliced(pos, nl - pos);
        pos = nl + 1;
        if (w.inFlight.empty()) {
            onWorkerGone(w, QStringLiteral("the worker answered more lines than it was sent"));
            return;
        }
        Chunk &c = w.inFlight.front();
        if (!decodeParsed(line, &m_prepared->results[size_t(c.start + c.received)])) {
            onWorkerGone(w, QStringLiteral("the worker answered an unreadable line"));
            return;
        }
        if (++c.received == c.count) {
            const qsizetype n = c.count;
            w.inFlight.pop_front();
            feed(w);
            chunkDone(n);
            if (!m_running || !w.alive)
                return;
        }
    }
    w.buffer.remove(0, pos);
}

void PhoneAnalyzer::onWorkerGone(Worker &w, const QString &why)
{
    if (!w.alive)
        return;
    w.alive = false;
    // Its unfinished chunks go back to the queue, whole: parsing is pure, so redoing the lines
    // it had answered is safe.
    for (auto it = w.inFlight.rbegin(); it != w.inFlight.rend(); ++it) {
        m_pending.push_front({it->start, it->count, 0});
    }
    w.inFlight.clear();
    w.process->disconnect(this);
    if (w.process->state() != QProcess::NotRunning) {
        w.process->kill();
        w.process->waitForFinished(1000);
    }
    if (m_cancelled || !m_running)
        return;
    Q_EMIT message(
            QStringLiteral("A phone worker stopped (%1); its numbers go to the others.").arg(why));
    bool anyAlive = false;
    for (const auto &other : m_workers) {
        if (other->alive) {
            anyAlive = true;
            feed(*other);
        }
    }
    if (!anyAlive) {
        Q_EMIT message(QStringLiteral("No phone worker left; parsing the rest in this process."));
        runInProcessNext();
    }
}

void PhoneAnalyzer::runInProcessNext()
{
    if (m_cancelled || !m_running || m_inProcessWatcher.isRunning())
        return;
    if (m_pending.empty())
        return;
    m_inProcessChunk = m_pending.front();
    m_pending.pop_front();
    QList<QByteArrayView> batch;
    batch.reserve(m_inProcessChunk.count);
    for (qsizetype i = m_inProcessChunk.start; i < m_inProcessChunk.start + m_inProcessChunk.count;
         ++i)
        batch.append(m_prepared->unique[size_t(i)]);
    const QString region = m_region;
    m_inProcessWatcher.setFuture(
            QtConcurrent::run([batch, region] { return parseBatch(batch, region); }));
}

void PhoneAnalyzer::chunkDone(qsizetype count)
{
    m_done += count;
    Q_EMIT progress(m_done, qint64(m_prepareDone ? m_uniqueCount : m_store->rowCount()));
    if (m_prepareDone && m_done >= m_uniqueCount)
        finishUnique();
}

void PhoneAnalyzer::finishUnique()
{
    stopWorkers();
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

void PhoneAnalyzer::stopWorkers()
{
    for (const auto &w : m_workers) {
        w->alive = false;
        if (!w->process)
            continue;
        w->process->disconnect(this);
        if (w->process->state() != QProcess::NotRunning) {
            w->process->closeWriteChannel(); // the worker ends at end of input
            if (!w->process->waitForFinished(2000))
                w->process->kill();
        }
        w->process->deleteLater();
        w->process = nullptr;
    }
    // The Worker records stay until the next start(): a caller up the stack may still hold one.
}

void PhoneAnalyzer::cancel()
{
    if (!m_running)
        return;
    m_cancelled = true;
    m_running = false;
    if (m_prepared)
        m_prepared->cancelled = true;
    for (const auto &w : m_workers) {
        if (w->process && w->process->state() != QProcess::NotRunning)
            w->process->kill();
    }
    stopWorkers();
    m_store.reset();
    Q_EMIT finished(false, QStringLiteral("cancelled"));
}

void PhoneAnalyzer::fail(const QString &error)
{
    m_running = false;
    stopWorkers();
    Q_EMIT finished(false, error);
}

} // namespace cxone
