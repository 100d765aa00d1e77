#include "models/engine/jobs/journal.h"

#include "network/fileio.h"
#include "network/jsonwriter.h"
#include "network/sha256.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <QMetaObject>
#include <QObject>
#include <QPointer>

#include <atomic>
#include <cerrno>
#include <condition_variable>
#include <cstring>
#include <fcntl.h>
#include <mutex>
#include <thread>
#include <unistd.h>
#include <vector>

namespace cxone {

namespace {

// Version 3 chains each line's bytes as written; version 2 chained a canonical re-serialization
// (still read, and continued in its own form).
constexpr int kVersion = 3;
constexpr int kOldestVersion = 2;
// A version 3 line ends with the sum: ,"sum":"<32 hex digits>"}
constexpr qsizetype kSumSuffix = 8 + 32 + 2;
constexpr qint64 kMaxLineBytes = 64 * 1024 * 1024;

QByteArray chainSum(const QByteArray &previous, const QByteArray &canonical)
{
    Sha256 h;
    h.addData(previous);
    h.addData("\n");
    h.addData(canonical);
    return h.result().left(16).toHex();
}

QByteArray canonical(const QJsonObject &line)
{
    return QJsonDocument(line).toJson(QJsonDocument::Compact);
}

// The sum a version 3 line carries, and the body it was computed over (the line without it).
bool splitRawLine(const QByteArray &raw, QByteArray *body, QByteArray *sum)
{
    if (raw.size() < kSumSuffix + 2 || !raw.endsWith("\"}"))
        return false;
    const qsizetype at = raw.size() - kSumSuffix;
    if (QByteArrayView(raw).sliced(at, 8) != QByteArrayView(",\"sum\":\""))
        return false;
    *sum = raw.mid(at + 8, 32);
    *body = raw.left(at) + '}';
    return true;
}

QJsonObject headerJson(const JournalHeader &h)
{
    return {{QStringLiteral("type"), QStringLiteral("header")},
            {QStringLiteral("version"), kVersion},
            {QStringLiteral("kind"), h.kind},
            {QStringLiteral("tenant"), h.tenant},
            {QStringLiteral("target"), h.target},
            {QStringLiteral("targetName"), h.targetName},
            {QStringLiteral("createdUtc"),
             (h.createdUtc.isValid() ? h.createdUtc : QDateTime::currentDateTimeUtc())
                     .toUTC()
                     .toString(Qt::ISODateWithMs)},
            {QStringLiteral("counts"), h.counts},
            {QStringLiteral("extra"), h.extra}};
}

} // namespace

QString journalTenant(const QUrl &baseUrl)
{
    const QString scheme = baseUrl.scheme().toLower();
    return QStringLiteral("%1://%2:%3")
            .arg(scheme, baseUrl.host().toLower())
            .arg(baseUrl.port(scheme == u"https" ? 443 : 80));
}

// The group-commit thread of one journal: waits for requests, runs one fdatasync for all of
// those present, and answers each on its context's thread.
struct JournalWriter::Syncer
{
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void(const QString &)> done;
    };

    explicit Syncer(int journalFd)
        : fd(::dup(journalFd))
    {
        thread = std::thread([this] { run(); });
    }
    ~Syncer()
    {
        {
            std::lock_guard lock(mutex);
            stop = true;
        }
        cv.notify_one();
        thread.join();
        if (fd >= 0)
            ::close(fd);
    }
    void request(QObject *context, std::function<void(const QString &)> done)
    {
        {
            std::lock_guard lock(mutex);
            waiting.push_back({QPointer<QObject>(context), std::move(done)});
        }
        cv.notify_one();
    }
    void run()
    {
        std::unique_lock lock(mutex);
        for (;;) {
            cv.wait(lock, [this] { return stop || !waiting.empty(); });
            if (waiting.empty())
                return; // stopping, nothing left to answer
            std::vector<Waiter> group;
            group.swap(waiting);
            lock.unlock();
            // Every line of the group was written before its request: one sync covers them all.
            const int rc = fd < 0 ? -1 : ::fdatasync(fd);
            const QString error = rc == 0 ? QString() : ioErrorText(fd < 0 ? EBADF : errno);
            ++syncs;
            for (Waiter &w : group) {
                QObject *context = w.context.data();
                if (!context)
                    continue;
                QMetaObject::invokeMethod(
                        context,
                        [context = w.context, done = std::move(w.done), error] {
                            if (context)
                                done(error);
                        },
                        Qt::QueuedConnection);
            }
            lock.lock();
        }
    }

    int fd = -1;
    std::thread thread;
    std::mutex mutex;
    std::condition_variable cv;
    std::vector<Waiter> waiting;
    bool stop = false;
    std::atomic<qint64> syncs{0};
};

JournalWriter::JournalWriter() = default;

JournalWriter::~JournalWriter()
{
    close();
}

void JournalWriter::syncAsync(QObject *context, std::function<void(const QString &error)> done)
{
    if (m_fd < 0) {
        const QString error
                = m_error.isEmpty() ? QStringLiteral("The journal is not open.") : m_error;
        QMetaObject::invokeMethod(
                context, [done = std::move(done), error] { done(error); }, Qt::QueuedConnection);
        return;
    }
    if (!m_syncer)
        m_syncer = std::make_unique<Syncer>(m_fd);
    m_syncer->request(context, std::move(done));
}

qint64 JournalWriter::asyncSyncs() const
{
    return m_syncer ? m_syncer->syncs.load() : m_lastSyncs;
}

bool JournalWriter::create(const QString &path, const JournalHeader &header, QString *error)
{
    close();
    m_path = path;
    QString folderError;
    makeDataFolder(QFileInfo(path).absolutePath(), &folderError); // open() below says what failed
    // O_EXCL: an existing journal may be the only way back from an earlier run.
    m_fd = ::open(QFile::encodeName(path).constData(),
                  O_WRONLY | O_CREAT | O_EXCL | O_APPEND | O_CLOEXEC, 0600);
    if (m_fd < 0) {
        const int e = errno;
        m_error = e == EEXIST ? QStringLiteral("The journal '%1' already exists; it may be the "
                                               "only way back from an earlier run. Choose "
                                               "another path.")
                                        .arg(path)
                              : QStringLiteral("Cannot create the journal '%1': %2")
                                        .arg(path, ioErrorText(e));
        if (error)
            *error = m_error;
        return false;
    }
    m_prevSum.clear();
    m_lines = 0;
    m_version = kVersion;
    return append(headerJson(header), error);
}

bool JournalWriter::reopen(const QString &path, QString *error)
{
    close();
    JournalSummary summary;
    const auto any = [](qint64, const QJsonObject &, QString *) { return true; };
    if (!readJournal(path, {}, any, &summary, error))
        return false;
    m_path = path;
    if (summary.tornTail) {
        // The half-written last line described something that was never sent (lines are written
        // before what they describe): cut it off so that the chain continues from a whole line.
        if (::truncate(QFile::encodeName(path).constData(), summary.validBytes) != 0) {
            m_error = QStringLiteral("Cannot repair the journal '%1': %2")
                              .arg(path, ioErrorText(errno));
            if (error)
                *error = m_error;
            return false;
        }
    }
    m_fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CLOEXEC);
    if (m_fd < 0) {
        m_error = QStringLiteral("Cannot append to the journal '%1': %2")
                          .arg(path, ioErrorText(errno));
        if (error)
            *error = m_error;
        return false;
    }
    m_prevSum = summary.lastSum;
    m_lines = summary.lines + 1;
    m_version = summary.version;
    return true;
}

bool JournalWriter::writeAll(const QByteArray &bytes)
{
    if (writeFully(m_fd, bytes))
        return true;
    m_error = QStringLiteral("Writing the journal '%1' failed: %2").arg(m_path, ioErrorText(errno));
    return false;
}

bool JournalWriter::append(const QJsonObject &line, QString *error)
{
    if (m_version < 3 && m_fd >= 0) {
        // A version 2 journal continues in its own form.
        QJsonObject body = line;
        body.remove(QStringLiteral("sum"));
        const QByteArray sum = chainSum(m_prevSum, canonical(body));
        body.insert(QStringLiteral("sum"), QString::fromLatin1(sum));
        return appendLine(canonical(body) + '\n', sum, error);
    }
    QJsonObject body = line;
    body.remove(QStringLiteral("sum"));
    return appendRaw(toJsonBytes(body), error);
}

bool JournalWriter::appendRaw(const QByteArray &object, QString *error)
{
    if (m_fd >= 0 && m_version < 3) {
        QJsonParseError pe;
        return append(QJsonDocument::fromJson(object, &pe).object(), error);
    }
    Q_ASSERT(object.startsWith('{') && object.endsWith('}') && !object.contains('\n'));
    const QByteArray sum = chainSum(m_prevSum, object);
    QByteArray line;
    line.reserve(object.size() + kSumSuffix + 1);
    line.append(object.constData(), object.size() - 1);
    if (object.size() > 2)
        line += ',';
    line += "\"sum\":\"";
    line += sum;
    line += "\"}\n";
    return appendLine(line, sum, error);
}

bool JournalWriter::appendLine(const QByteArray &line, const QByteArray &sum, QString *error)
{
    if (m_fd < 0) {
        if (m_error.isEmpty())
            m_error = QStringLiteral("The journal is not open.");
        if (error)
            *error = m_error;
        return false;
    }
    if (!writeAll(line)) {
        // A partial line may be on disk: nothing after it may be written or sent.
        ::close(m_fd);
        m_fd = -1;
        if (error)
            *error = m_error;
        return false;
    }
    m_prevSum = sum;
    ++m_lines;
    return true;
}

bool JournalWriter::sync(QString *error)
{
    if (m_fd < 0 || ::fsync(m_fd) != 0) {
        if (m_fd >= 0)
            m_error = QStringLiteral("Writing the journal '%1' failed: %2")
                              .arg(m_path, ioErrorText(errno));
        if (error)
            *error = m_error;
        return false;
    }
    return true;
}

void JournalWriter::close()
{
    if (m_syncer) {
        m_lastSyncs = m_syncer->syncs.load();
        m_syncer.reset(); // answers what it was asked, then stops
    }
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
}

// One line with its end, at most `max` bytes; false when the line is longer. Read in pieces so
// that a short line costs a short buffer.
static bool readJournalLine(QFile &f, QByteArray *out, qint64 max)
{
    out->clear();
    char piece[16 * 1024];
    for (;;) {
        const qint64 n = f.readLine(piece, qint64(sizeof piece));
        if (n <= 0)
            return true;
        out->append(piece, n);
        if (piece[n - 1] == '\n')
            return true;
        if (out->size() > max)
            return false;
    }
}

bool readJournal(const QString &path, const JournalExpectation &expect,
                 const std::function<bool(qint64, const QJsonObject &, QString *)> &onLine,
                 JournalSummary *summary, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the journal '%1': %2").arg(path, f.errorString());
        return false;
    }
    const auto bad = [&](qint64 lineNo, const QString &what) {
        *error = QStringLiteral("The journal '%1' cannot be trusted: line %2 %3. Nothing was "
                                "restored.")
                         .arg(path)
                         .arg(lineNo)
                         .arg(what);
        return false;
    };
    *summary = JournalSummary();
    QByteArray prev;
    qint64 lineNo = 0;
    bool haveHeader = false;
    QByteArray raw;
    while (!f.atEnd()) {
        ++lineNo;
        if (!readJournalLine(f, &raw, kMaxLineBytes))
            return bad(lineNo, QStringLiteral("is longer than any journal line can be"));
        const bool whole = raw.endsWith('\n');
        if (whole)
            raw.chop(1);
        if (raw.trimmed().isEmpty()) {
            if (!f.atEnd() || whole)
                continue;
        }
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(raw, &pe);
        if (!doc.isObject() || !whole) {
            // Only the very last line may be half-written: the process died while writing it.
            if (f.atEnd() && haveHeader) {
                summary->tornTail = true;
                break;
            }
            return bad(lineNo, QStringLiteral("is not a journal record"));
        }
        QJsonObject line = doc.object();
        if (!haveHeader)
            summary->version = line.value(u"version").toInt();
        QByteArray sum = line.take(QStringLiteral("sum")).toString().toLatin1();
        bool verified = false;
        if (summary->version >= 3) {
            QByteArray body;
            QByteArray written;
            verified = splitRawLine(raw, &body, &written) && written == sum
                       && chainSum(prev, body) == sum;
        } else {
            verified = chainSum(prev, canonical(line)) == sum;
        }
        if (sum.isEmpty() || !verified)
            return bad(lineNo, sum.isEmpty() ? QStringLiteral("has no checksum (it was not "
                                                              "written by this console)")
                                             : QStringLiteral("was changed after it was written, "
                                                              "or a line before it was removed "
                                                              "(its checksum does not match)"));
        prev = sum;
        summary->validBytes = f.pos();
        if (!haveHeader) {
            if (line.value(u"type").toString() != u"header" || summary->version < kOldestVersion
                || summary->version > kVersion)
                return bad(lineNo, QStringLiteral("is not the header of a journal this console "
                                                  "reads (versions %1 to %2)")
                                           .arg(kOldestVersion)
                                           .arg(kVersion));
            JournalHeader &h = summary->header;
            h.kind = line.value(u"kind").toString();
            h.tenant = line.value(u"tenant").toString();
            h.target = line.value(u"target").toString();
            h.targetName = line.value(u"targetName").toString();
            h.createdUtc = QDateTime::fromString(line.value(u"createdUtc").toString(),
                                                 Qt::ISODateWithMs);
            h.counts = line.value(u"counts").toObject();
            h.extra = line.value(u"extra").toObject();
            if (!expect.kind.isEmpty() && h.kind != expect.kind) {
                *error = QStringLiteral("'%1' is a %2 journal, not a %3 journal.")
                                 .arg(path, h.kind.isEmpty() ? QStringLiteral("foreign") : h.kind,
                                      expect.kind);
                return false;
            }
            if (!expect.tenant.isEmpty() && h.tenant != expect.tenant) {
                *error = QStringLiteral("The journal '%1' belongs to the tenant %2, not to %3 "
                                        "which this session uses. Restore it against %2.")
                                 .arg(path, h.tenant, expect.tenant);
                const auto loopback = [](const QString &origin) {
                    return origin.startsWith(u"http://127.") || origin.startsWith(u"http://[::1]")
                           || origin.startsWith(u"http://localhost");
                };
                if (loopback(h.tenant) && loopback(expect.tenant))
                    *error += QStringLiteral(" (A demo tenant starts afresh each time it starts: "
                                             "a journal of an earlier one has nothing to go back "
                                             "to in a new one.)");
                return false;
            }
            if (!expect.target.isEmpty() && h.target != expect.target) {
                *error = QStringLiteral("The journal '%1' is for %2, not %3.")
                                 .arg(path, h.target, expect.target);
                return false;
            }
            haveHeader = true;
            continue;
        }
        ++summary->lines;
        if (line.value(u"type").toString() == u"end")
            summary->ended = true;
        if (onLine && !onLine(lineNo, line, error))
            return false;
    }
    if (!haveHeader) {
        *error = QStringLiteral("'%1' is not a journal (it has no header line).").arg(path);
        return false;
    }
    summary->lastSum = prev;
    return true;
}

} // namespace cxone

namespace cxone {

bool peekJournal(const QString &path, JournalHeader *header, QList<QJsonObject> *lastLines,
                 QString *error, qint64 tailBytes)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("'%1' cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    const QByteArray first = f.readLine(1024 * 1024);
    const QJsonObject h = QJsonDocument::fromJson(first).object();
    if (h.value(u"type").toString() != u"header") {
        *error = QStringLiteral("'%1' does not start with a journal header.").arg(path);
        return false;
    }
    header->kind = h.value(u"kind").toString();
    header->tenant = h.value(u"tenant").toString();
    header->target = h.value(u"target").toString();
    header->targetName = h.value(u"targetName").toString();
    header->createdUtc
            = QDateTime::fromString(h.value(u"createdUtc").toString(), Qt::ISODateWithMs);
    header->counts = h.value(u"counts").toObject();
    header->extra = h.value(u"extra").toObject();
    if (!lastLines)
        return true;
    lastLines->clear();
    const qint64 from = qMax(f.pos(), f.size() - tailBytes);
    if (!f.seek(from)) {
        *error = QStringLiteral("'%1' cannot be read: %2").arg(path, f.errorString());
        return false;
    }
    QByteArray tail = f.readAll();
    if (from > first.size()) {
        const qsizetype nl = tail.indexOf('\n'); // the first line may start before `from`
        tail = nl < 0 ? QByteArray() : tail.mid(nl + 1);
    }
    for (const QByteArray &line : tail.split('\n')) {
        if (line.isEmpty())
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            lastLines->append(doc.object());
    }
    return true;
}

} // namespace cxone
