#include "models/contactlists/sanitizehistory.h"

#include "models/contactlists/sanitizejobs.h"
#include "models/engine/jobs/journal.h"
#include "models/engine/text.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLocale>
#include <QMutex>

#include <algorithm>
#include <optional>

namespace cxone {

namespace {

constexpr qint64 kTailBytes = 256 * 1024; // read from each journal's end to list its run

void takeEnd(SanitizeRun *run, const QJsonObject &line)
{
    run->ended = true;
    run->updated = line.value(u"success_count").toInteger();
    run->purged = line.value(u"purge_count").toInteger();
    run->failed = line.value(u"failure_count").toInteger();
    run->notSent = line.value(u"not_sent_count").toInteger();
    run->stopped = line.value(u"stopped").toString();
}

// The end line of a journal whose tail is all restore traffic (or a long run's last batches): one
// pass over the file that parses only the line that says it is the end.
void findEnd(SanitizeRun *run)
{
    QFile f(run->path);
    if (!f.open(QIODevice::ReadOnly))
        return;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (line.startsWith("{\"type\":\"end\"") || line.contains("\"type\":\"end\"")) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (o.value(u"type").toString() == u"end") {
                takeEnd(run, o);
                return;
            }
        }
    }
}

} // namespace

QString localRunTime(const QDateTime &utc)
{
    const QDateTime local = utc.toLocalTime();
    return QLocale().toString(local, QStringLiteral("ddd d MMM yyyy, HH:mm")) + u' '
           + local.timeZoneAbbreviation();
}

QString SanitizeRun::stateText() const
{
    const QLocale l;
    if (restoreFinished && restoreFailed == 0)
        return QObject::tr("Undone (%1 put back)").arg(l.toString(restored));
    if (restoreFinished)
        return QObject::tr("Undo incomplete: %1 put back, %2 failed")
                .arg(l.toString(restored), l.toString(restoreFailed));
    if (restoreStarted)
        return QObject::tr("Undo interrupted: run it again to finish");
    if (!ended)
        return QObject::tr("Interrupted: Undo puts back what it changed");
    if (!stopped.isEmpty())
        return QObject::tr("Stopped: %1").arg(stopped);
    if (failed > 0 || notSent > 0)
        return QObject::tr("Completed with %1 failed, %2 not sent")
                .arg(l.toString(failed), l.toString(notSent));
    return QObject::tr("Completed");
}

QString SanitizeRun::undoText() const
{
    QStringList parts;
    if (plannedDeletes > 0)
        parts.append(QObject::tr("re-create the %1 with their fields")
                             .arg(countText(plannedDeletes, QObject::tr("purged contact"),
                                            QObject::tr("purged contacts"))));
    if (plannedUpdates > 0)
        parts.append(QObject::tr("put back the original number of %1")
                             .arg(countText(plannedUpdates, QObject::tr("updated contact"),
                                            QObject::tr("updated contacts"))));
    if (parts.isEmpty())
        return QObject::tr("nothing (the run changed no contact)");
    return parts.join(QObject::tr(" and "));
}

namespace {

// A journal read as a run, or not a sanitize journal at all (foreign, damaged, unreadable).
std::optional<SanitizeRun> readRun(const QString &path)
{
    SanitizeRun run;
    run.path = path;
    JournalHeader header;
    QList<QJsonObject> tail;
    QString error;
    if (!peekJournal(path, &header, &tail, &error, kTailBytes)
        || header.kind != SanitizeJournal::kind())
        return std::nullopt;
    run.tenant = header.tenant;
    run.listId = header.target;
    run.listName = header.targetName;
    run.createdUtc = header.createdUtc;
    run.plannedUpdates = header.counts.value(u"updates").toInteger();
    run.plannedDeletes = header.counts.value(u"deletes").toInteger();
    for (const QJsonObject &line : std::as_const(tail)) {
        const QString type = line.value(u"type").toString();
        if (type == u"end") {
            takeEnd(&run, line);
        } else if (type == u"restore-started") {
            run.restoreStarted = true;
            run.restoreFinished = false;
        } else if (type == u"restore-finished") {
            run.restoreFinished = true;
            run.restored = line.value(u"restored").toInteger();
            run.restoreFailed = line.value(u"failed").toInteger();
        }
    }
    // Without an end line in the tail, it is further back only when the tail was not the whole
    // journal (a restore's lines, a long run's last batches); else the run was cut.
    if (!run.ended && QFileInfo(path).size() > kTailBytes)
        findEnd(&run);
    if (run.restoreFinished)
        run.restoreStarted = true;
    return run;
}

// What each journal said when it had this size and time: a refresh reads only the journals that
// changed since (a restored run's journal can be long to search for its end line).
struct CachedRun
{
    qint64 size = -1;
    QDateTime modified;
    std::optional<SanitizeRun> run;
};
QMutex cacheMutex;
QHash<QString, CachedRun> cache;

} // namespace

QList<SanitizeRun> sanitizeRuns(const QString &directory, const QString &tenant,
                                const QString &listId)
{
    QList<SanitizeRun> runs;
    const QDir dir(directory);
    const QFileInfoList files
            = dir.entryInfoList({QStringLiteral("sanitize-*.jsonl")}, QDir::Files, QDir::Name);
    for (const QFileInfo &file : files) {
        const QString path = file.absoluteFilePath();
        std::optional<CachedRun> hit;
        {
            const QMutexLocker lock(&cacheMutex);
            if (const auto it = cache.constFind(path); it != cache.constEnd())
                hit = *it;
        }
        std::optional<SanitizeRun> run;
        if (hit && hit->size == file.size() && hit->modified == file.lastModified()) {
            run = hit->run;
        } else {
            CachedRun fresh;
            fresh.size = file.size();
            fresh.modified = file.lastModified();
            fresh.run = readRun(path); // without holding the lock
            run = fresh.run;
            const QMutexLocker lock(&cacheMutex);
            cache.insert(path, std::move(fresh));
        }
        if (!run || run->listId != listId || (!tenant.isEmpty() && run->tenant != tenant))
            continue;
        run->path = dir.filePath(file.fileName());
        runs.append(*run);
    }
    std::sort(runs.begin(), runs.end(), [](const SanitizeRun &a, const SanitizeRun &b) {
        return a.createdUtc != b.createdUtc ? a.createdUtc > b.createdUtc : a.path > b.path;
    });
    return runs;
}

SanitizeRunModel::SanitizeRunModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void SanitizeRunModel::setRuns(QList<SanitizeRun> runs)
{
    beginResetModel();
    m_runs = std::move(runs);
    endResetModel();
}

const SanitizeRun *SanitizeRunModel::run(int row) const
{
    return row >= 0 && row < m_runs.size() ? &m_runs[row] : nullptr;
}

int SanitizeRunModel::rowOfPath(const QString &path) const
{
    for (int i = 0; i < m_runs.size(); ++i) {
        if (m_runs[i].path == path)
            return i;
    }
    return -1;
}

int SanitizeRunModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_runs.size());
}

int SanitizeRunModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SanitizeRunModel::data(const QModelIndex &index, int role) const
{
    const SanitizeRun *r = index.isValid() ? run(index.row()) : nullptr;
    if (!r)
        return {};
    if (role == PathRole)
        return r->path;
    if (role == Qt::ToolTipRole)
        return QObject::tr("%1\nPlanned: %2 updates, %3 purges.\nUndo would %4.\nJournal: %5")
                .arg(localRunTime(r->createdUtc), QLocale().toString(r->plannedUpdates),
                     QLocale().toString(r->plannedDeletes), r->undoText(), r->path);
    if (role == Qt::TextAlignmentRole && index.column() != WhenColumn
        && index.column() != StateColumn)
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    const QLocale l;
    switch (index.column()) {
    case WhenColumn:
        return localRunTime(r->createdUtc);
    case UpdatedColumn:
        return l.toString(r->updated);
    case PurgedColumn:
        return l.toString(r->purged);
    case FailedColumn:
        return l.toString(r->failed + r->notSent);
    case StateColumn:
        return r->stateText();
    default:
        return {};
    }
}

QVariant SanitizeRunModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case WhenColumn:
        return tr("When");
    case UpdatedColumn:
        return tr("Updated");
    case PurgedColumn:
        return tr("Purged");
    case FailedColumn:
        return tr("Failed or not sent");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace cxone
