#include "models/transcripts/extractjob.h"

#include "network/fileio.h"

#include "models/engine/jobs/pagedreader.h"
#include "models/engine/jobs/poller.h"
#include "models/engine/text.h"
#include "network/sha256.h"
#include "network/webhookclient.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSaveFile>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <unistd.h>

namespace cxone {

namespace {

struct MaskOutcome
{
    bool ok = false;
    QByteArray masked;
    MaskCounts counts;
    QString error;
};

// Off the GUI thread: parse, mask every string, mark it masked, write it compact.
MaskOutcome maskArtifact(const PiiMasker &masker, const QByteArray &body, const QString &id)
{
    MaskOutcome out;
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (!doc.isObject()) {
        out.error = QStringLiteral("the artifact is not a JSON object (%1)").arg(pe.errorString());
        return out;
    }
    QJsonObject o = doc.object();
    if (o.value(u"interactionId").toString() != id) {
        out.error = QStringLiteral("the artifact belongs to '%1', not to the interaction asked for")
                            .arg(o.value(u"interactionId").toString());
        return out;
    }
    if (!o.value(u"transcript").isObject()) {
        out.error = QStringLiteral("the artifact has no transcript");
        return out;
    }
    const QString interaction = o.take(u"interactionId").toString();
    QJsonValue v = o;
    if (!masker.maskJson(&v, &out.counts, &out.error))
        return out;
    QJsonObject masked = v.toObject();
    masked.insert(QStringLiteral("interactionId"), interaction);
    masked.insert(QStringLiteral("masked"), true);
    QJsonObject report = out.counts.toJson();
    report.insert(QStringLiteral("policy"), maskPolicyName(masker.options().policy));
    masked.insert(QStringLiteral("maskReport"), report);
    out.masked = QJsonDocument(masked).toJson(QJsonDocument::Compact);
    out.ok = true;
    return out;
}

} // namespace

TranscriptExtractJob::TranscriptExtractJob(ApiClient *client, ExtractOptions options,
                                           QObject *parent)
    : Job(QStringLiteral("transcripts.extract"), options.output, parent)
    , m_client(client)
    , m_options(std::move(options))
    , m_api(client)
    , m_webhooks(std::make_unique<WebhookClient>(client))
{
    PiiMasker::Options mo;
    mo.entities = m_options.entities;
    mo.policy = m_options.maskPolicy;
    m_masker = std::make_shared<const PiiMasker>(mo);
    setUnit(QStringLiteral("transcripts"));
    setTargetName(QFileInfo(m_options.output).fileName());
    setTitle(QStringLiteral("Transcripts \u00b7 %1").arg(QFileInfo(m_options.output).fileName()));
}

TranscriptExtractJob::~TranscriptExtractJob() = default;

static bool isJsonl(const QString &output)
{
    return output.endsWith(u".jsonl", Qt::CaseInsensitive);
}

QString TranscriptExtractJob::statePath() const
{
    if (isJsonl(m_options.output))
        return m_options.output + QStringLiteral(".state");
    return QDir(m_options.output).filePath(QStringLiteral(".extract-state.jsonl"));
}

QString TranscriptExtractJob::outputProblem(const QString &output)
{
    if (isJsonl(output))
        return cxone::outputProblem(output, QStringLiteral("the output"));
    const QFileInfo info(output);
    if (info.exists() && !info.isDir())
        return QStringLiteral("The output '%1' is not a folder; name a folder, or a file whose "
                              "name ends in .jsonl.")
                .arg(output);
    return {};
}

QString TranscriptExtractJob::artifactPath(const QString &folder, const QString &id)
{
    QString safe = id;
    for (QChar &c : safe) {
        if (!(c.isLetterOrNumber() || c == u'-' || c == u'_'))
            c = u'_';
    }
    return QDir(folder).filePath(safe + QStringLiteral(".json"));
}

QByteArray TranscriptExtractJob::requestIdFor(const QString &id, const QByteArray &masked)
{
    Sha256 h;
    h.addData(id.toUtf8());
    h.addData(QByteArrayView("\n"));
    h.addData(masked);
    return h.result().toHex().left(32);
}

QByteArray TranscriptExtractJob::lakeKey(const QUrl &lakeUrl)
{
    // A digest, not the address: a lake URL may carry a token in its query.
    return Sha256::hash(lakeUrl.toString(QUrl::FullyEncoded).toUtf8()).toHex().left(16);
}

double TranscriptExtractJob::successRate() const
{
    // Complete: on disk, and in the lake when there is one.
    const qint64 finished = m_written + m_writtenBefore + m_skipped + m_failed;
    const qint64 complete
            = m_options.lakeUrl.isEmpty() ? m_written + m_skipped : m_pushed + m_skipped;
    return finished == 0 ? 0.0 : double(complete) / double(finished);
}

double TranscriptExtractJob::averageLatencyMs() const
{
    return m_latencyCount == 0 ? 0.0 : double(m_latencySum) / double(m_latencyCount);
}

QJsonObject TranscriptExtractJob::summaryJson() const
{
    return {{QStringLiteral("interactions"), m_total},
            {QStringLiteral("written"), m_written},
            {QStringLiteral("writtenBefore"), m_writtenBefore},
            {QStringLiteral("pushed"), m_pushed},
            {QStringLiteral("notPushed"), m_notPushed},
            {QStringLiteral("skipped"), m_skipped},
            {QStringLiteral("failed"), m_failed},
            {QStringLiteral("state"), statePath()},
            {QStringLiteral("urlRefreshes"), m_urlRefreshes},
            {QStringLiteral("successRate"), successRate()},
            {QStringLiteral("avgLatencyMs"), averageLatencyMs()},
            {QStringLiteral("pii"), m_maskTotals.toJson()},
            {QStringLiteral("maskPolicy"), maskPolicyName(m_options.maskPolicy)},
            {QStringLiteral("output"), m_options.output},
            {QStringLiteral("lake"), m_options.lakeUrl.isEmpty()
                                             ? QJsonValue(QJsonValue::Null)
                                             : QJsonValue(webhookDisplay(m_options.lakeUrl))}};
}

QJsonArray TranscriptExtractJob::failuresJson() const
{
    QJsonArray out;
    for (const ArtifactOutcome &o : m_outcomes) {
        if (o.state == u"failed" || o.state == u"unpushed")
            out.append(QJsonObject{{QStringLiteral("interactionId"), o.interactionId},
                                   {QStringLiteral("state"), o.state},
                                   {QStringLiteral("stage"), o.stage},
                                   {QStringLiteral("reason"), o.error}});
    }
    return out;
}

QString TranscriptExtractJob::summaryText() const
{
    const QLocale l;
    QStringList parts{QStringLiteral("%1 written").arg(l.toString(m_written))};
    if (m_options.lakeUrl.isEmpty()) {
        parts.last() += QStringLiteral(" (no data lake)");
    } else {
        parts << QStringLiteral("%1 pushed").arg(l.toString(m_pushed));
        if (m_notPushed > 0)
            parts << QStringLiteral("%1 written but not pushed").arg(l.toString(m_notPushed));
        if (m_writtenBefore > 0)
            parts << QStringLiteral("%1 written by an earlier run")
                             .arg(l.toString(m_writtenBefore));
    }
    parts << QStringLiteral("%1 done before").arg(l.toString(m_skipped))
          << QStringLiteral("%1 failed").arg(l.toString(m_failed));
    return QStringLiteral("%1: %2").arg(
            countText(m_total, QStringLiteral("transcript"), QStringLiteral("transcripts")),
            parts.join(QStringLiteral(", ")));
}

QStringList TranscriptExtractJob::failureGroupsText(int maxIds) const
{
    struct Group
    {
        QString heading;
        QString cause;
        QString reason; // the first one's: the others differ only in details
        QStringList ids;
    };
    std::vector<Group> groups;
    for (const ArtifactOutcome &o : m_outcomes) {
        if (o.state != u"failed" && o.state != u"unpushed")
            continue;
        const QString heading = o.state == u"unpushed"
                                        ? QStringLiteral("not pushed")
                                        : QStringLiteral("failed at %1").arg(o.stage);
        const QString cause = o.cause.isEmpty() ? o.error : o.cause;
        auto it = std::find_if(groups.begin(), groups.end(), [&](const Group &g) {
            return g.heading == heading && g.cause == cause;
        });
        if (it == groups.end())
            it = groups.insert(groups.end(), Group{heading, cause, o.error, {}});
        it->ids.append(o.interactionId);
    }
    QStringList out;
    for (const Group &g : groups) {
        QStringList named = g.ids.mid(0, maxIds);
        if (g.ids.size() > maxIds)
            named << QStringLiteral("%1 more").arg(g.ids.size() - maxIds);
        out << QStringLiteral("%1: %2 (%3): %4")
                        .arg(g.heading)
                        .arg(g.ids.size())
                        .arg(named.join(QStringLiteral(", ")), g.reason);
    }
    return out;
}

void TranscriptExtractJob::run()
{
    setPhase(QStringLiteral("Checking the request"));
    if (m_options.output.isEmpty())
        return fail(QStringLiteral("Say where the masked transcripts go (a .jsonl file or a "
                                   "folder)."));
    if (!m_options.lakeUrl.isEmpty()) {
        if (const QString p
            = webhookUrlProblem(m_options.lakeUrl, QStringLiteral("The data-lake URL"));
            !p.isEmpty())
            return refuse(p);
    }
    TranscriptJobRequest probe;
    probe.interactionIds = {QStringLiteral("x")};
    probe.redactionPolicy = m_options.policy;
    probe.maxConcurrentDownloads = m_options.concurrency;
    probe.mediaTypes = m_options.mediaTypes;
    if (const QString p = TranscriptsApi::jobProblem(probe); !p.isEmpty())
        return refuse(p);
    if (m_options.search) {
        if (const QString p = TranscriptsApi::searchProblem(*m_options.search); !p.isEmpty())
            return refuse(p);
    } else if (m_options.interactionIds.isEmpty()) {
        return refuse(QStringLiteral("Give interaction ids or a period to search."));
    }
    QString error;
    if (const QString p = outputProblem(m_options.output); !p.isEmpty())
        return refuse(p);
    if (!isJsonl(m_options.output) && !makeDataFolder(m_options.output, &error))
        return refuse(error);
    if (!loadState(&error))
        return refuse(error);
    const bool earlierWrites = !m_jsonlLines.isEmpty()
                               || std::any_of(m_done.cbegin(), m_done.cend(),
                                              [](const Done &d) { return d.written; });
    if (earlierWrites && !m_options.resume)
        return refuse(QStringLiteral("'%1' already holds transcripts of an earlier run (%2). Run "
                                     "again with --resume to continue it, or choose another "
                                     "output.")
                              .arg(m_options.output, statePath()));
    audit(QStringLiteral("transcripts.extract.start"), QStringLiteral("started"),
          {{QStringLiteral("policy"), m_options.policy},
           {QStringLiteral("concurrency"), m_options.concurrency},
           {QStringLiteral("entities"), piiEntitiesText(m_options.entities)},
           {QStringLiteral("maskPolicy"), maskPolicyName(m_options.maskPolicy)},
           {QStringLiteral("resume"), m_options.resume}});
    collectIds();
}

bool TranscriptExtractJob::loadState(QString *error)
{
    QFile f(statePath());
    if (!f.exists())
        return scanJsonl(error);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read '%1': %2").arg(statePath(), f.errorString());
        return false;
    }
    while (!f.atEnd()) {
        const QByteArray line = f.readLine(1024 * 1024).trimmed();
        if (line.isEmpty())
            continue;
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(u"submission")) {
            m_submissionKeys.insert(o.value(u"request").toString().toLatin1(),
                                    o.value(u"submission").toString().toLatin1());
            continue;
        }
        const QString id = o.value(u"interactionId").toString();
        if (id.isEmpty())
            continue; // a torn last line: that artifact is done again
        Done &d = m_done[id];
        d.written = d.written || o.value(u"written").toBool();
        // A line without the lake's key comes from a state file that did not name lakes: the
        // artifact is pushed again to whichever lake is given (a lake de-duplicates on the
        // request id, so the one it had gets nothing twice).
        if (o.value(u"pushed").toBool())
            d.pushed(o.value(u"lakeId").toString().toLatin1());
        if (o.contains(u"requestId"))
            d.requestId = o.value(u"requestId").toString().toLatin1();
    }
    return scanJsonl(error);
}

// A JSONL output from an earlier run: the artifacts in it are written. A torn last line (the
// run was killed while writing it) is cut off, so that artifact is written again, whole.
bool TranscriptExtractJob::scanJsonl(QString *error)
{
    if (!isJsonl(m_options.output))
        return true;
    QFile f(m_options.output);
    if (!f.exists() || f.size() == 0)
        return true;
    if (!m_options.resume) {
        *error = QStringLiteral("'%1' already exists. Run again with --resume to continue the "
                                "run that wrote it, or choose another output.")
                         .arg(m_options.output);
        return false;
    }
    if (!f.open(QIODevice::ReadWrite)) {
        *error = QStringLiteral("Cannot read '%1': %2").arg(m_options.output, f.errorString());
        return false;
    }
    qint64 goodEnd = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.endsWith('\n'))
            break;
        goodEnd = f.pos();
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        const QString id = o.value(u"interactionId").toString();
        if (!id.isEmpty() && o.value(u"masked").toBool())
            m_jsonlLines.insert(id, line.chopped(1));
    }
    if (goodEnd < f.size()) {
        if (!f.resize(goodEnd)) {
            *error = QStringLiteral("Cannot repair '%1': %2")
                             .arg(m_options.output, f.errorString());
            return false;
        }
    }
    return true;
}

bool TranscriptExtractJob::appendState(const QJsonObject &o)
{
    return appendLine(statePath(), QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n', nullptr);
}

// One whole line at the end of a file of this run (its state, a JSONL output).
bool TranscriptExtractJob::appendLine(const QString &path, const QByteArray &line, QString *error)
{
    QString why;
    const int fd = openOutputForAppend(path, &why);
    bool ok = fd >= 0 && writeFully(fd, line);
    if (fd >= 0 && !ok)
        why = QStringLiteral("Cannot write '%1': %2").arg(path, ioErrorText(errno));
    if (fd >= 0 && ::close(fd) != 0 && ok) {
        ok = false;
        why = QStringLiteral("Cannot write '%1': %2").arg(path, ioErrorText(errno));
    }
    if (!ok && error)
        *error = why;
    return ok;
}

bool TranscriptExtractJob::appendState(const QString &id, const Done &done)
{
    const bool pushedHere
            = !m_options.lakeUrl.isEmpty() && done.pushedTo.contains(lakeKey(m_options.lakeUrl));
    QJsonObject o{{QStringLiteral("interactionId"), id},
                  {QStringLiteral("written"), done.written},
                  {QStringLiteral("pushed"), pushedHere},
                  {QStringLiteral("requestId"), QString::fromLatin1(done.requestId)}};
    if (pushedHere) {
        o.insert(QStringLiteral("lakeId"), QString::fromLatin1(lakeKey(m_options.lakeUrl)));
        o.insert(QStringLiteral("lake"), webhookDisplay(m_options.lakeUrl));
    }
    return appendState(o);
}

void TranscriptExtractJob::collectIds()
{
    if (m_options.search) {
        setPhase(QStringLiteral("Searching interactions"));
        auto *reader = new PagedReader(m_client, this);
        reader->setCallObserver([this](CallHandle *c) { watch(c); });
        const TranscriptSearch search = *m_options.search;
        reader->start(
                TranscriptsApi::searchRequest(search),
                [this, search](const Result &page, std::optional<Request> *next, QString *error) {
                    QList<InteractionInfo> items;
                    QString token;
                    if (!TranscriptsApi::readSearchPage(page, &items, &token, error))
                        return false;
                    for (const InteractionInfo &i : std::as_const(items))
                        m_ids.append(i.id);
                    setProgress(0, -1);
                    if (!token.isEmpty())
                        *next = TranscriptsApi::searchRequest(search, token);
                    return true;
                });
        connect(reader, &PagedReader::finished, this, [this, reader](bool ok) {
            reader->deleteLater();
            if (isCancelRequested())
                return finishCancelled();
            if (!ok)
                return fail(reader->errorText());
            if (m_ids.isEmpty())
                return fail(QStringLiteral("No interactions in that period and those media "
                                           "types: nothing to extract."));
            startChunks();
        });
        return;
    }
    m_ids.removeDuplicates();
    checkIds(0);
}

// The ids asked for must exist: checked by search before any job is submitted.
void TranscriptExtractJob::checkIds(qsizetype from)
{
    if (from >= m_options.interactionIds.size()) {
        m_ids = m_options.interactionIds;
        m_ids.removeDuplicates();
        return startChunks();
    }
    setPhase(QStringLiteral("Checking that the interactions exist"));
    const QStringList part = m_options.interactionIds.mid(from, TranscriptsApi::kMaxIdsPerJob);
    CallHandle *call = watch(m_client->send(TranscriptsApi::lookupRequest(part)));
    connect(call, &CallHandle::finished, this, [this, part, from](const Result &r) {
        if (isCancelRequested())
            return finishCancelled();
        if (!r.ok())
            return fail(r.errorText);
        QList<InteractionInfo> found;
        QString token, error;
        if (!TranscriptsApi::readSearchPage(r, &found, &token, &error))
            return fail(error);
        QSet<QString> known;
        for (const InteractionInfo &i : std::as_const(found))
            known.insert(i.id);
        QStringList unknown;
        for (const QString &id : part) {
            if (!known.contains(id))
                unknown.append(id);
        }
        if (!unknown.isEmpty())
            return refuse(QStringLiteral("%1 of the interactions asked for do not exist on the "
                                         "tenant (%2%3); nothing was submitted.")
                                  .arg(unknown.size())
                                  .arg(unknown.mid(0, 5).join(QStringLiteral(", ")),
                                       unknown.size() > 5 ? QStringLiteral(", …") : QString()));
        checkIds(from + part.size());
    });
}

// The masked bytes of an artifact already in the output, or nothing.
QByteArray TranscriptExtractJob::onDisk(const QString &id) const
{
    if (isJsonl(m_options.output))
        return m_jsonlLines.value(id);
    QFile f(artifactPath(m_options.output, id));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray bytes = f.readAll();
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.value(u"interactionId").toString() != id || !o.value(u"masked").toBool())
        return {};
    return bytes;
}

void TranscriptExtractJob::startChunks()
{
    m_total = m_ids.size();
    const QByteArray lake = m_options.lakeUrl.isEmpty() ? QByteArray() : lakeKey(m_options.lakeUrl);
    qint64 notInThisLake = 0;
    for (const QString &id : std::as_const(m_ids)) {
        // The output decides what is written (a run killed between writing an artifact and
        // noting it must not write it twice); the state file decides what is pushed, and to
        // which lake: one pushed to another lake is pushed to this one.
        const bool known = m_done.contains(id) || m_jsonlLines.contains(id);
        const QByteArray masked = known || m_options.resume ? onDisk(id) : QByteArray();
        const Done d = m_done.value(id);
        if (masked.isEmpty()) {
            m_pending.append(id);
        } else if (m_options.lakeUrl.isEmpty() || d.pushedTo.contains(lake)) {
            ++m_skipped;
            ArtifactOutcome o;
            o.interactionId = id;
            o.state = QStringLiteral("skipped");
            o.requestId = requestIdFor(id, masked);
            m_outcomes.append(o);
            Q_EMIT artifactDone(o);
        } else {
            // Written but not pushed here: push what is on disk (masked already), with the same
            // request id as the first attempt.
            if (!d.pushedTo.isEmpty())
                ++notInThisLake;
            ++m_working;
            push(id, masked, requestIdFor(id, masked), elapsedMs(),
                 MaskCounts::fromJson(
                         QJsonDocument::fromJson(masked).object().value(u"maskReport").toObject()),
                 true);
        }
    }
    m_jsonlLines.clear();
    if (notInThisLake > 0)
        Q_EMIT message(QStringLiteral("%1 written by an earlier run went to another data lake "
                                      "than %2: pushing them there from the output.")
                               .arg(countText(notInThisLake, QStringLiteral("transcript"),
                                              QStringLiteral("transcripts")),
                                    webhookDisplay(m_options.lakeUrl)));
    setProgress(m_skipped, m_total);
    if (m_skipped > 0)
        Q_EMIT message(QStringLiteral("%1 of %2 transcripts were done by an earlier run.")
                               .arg(m_skipped)
                               .arg(m_total));
    nextChunk();
}

void TranscriptExtractJob::nextChunk()
{
    if (isCancelRequested())
        return finishCancelled();
    if (m_chunkStart >= m_pending.size())
        return maybeFinish();
    m_chunk = m_pending.mid(m_chunkStart, TranscriptsApi::kMaxIdsPerJob);
    m_chunkStart += m_chunk.size();
    submitChunk();
}

void TranscriptExtractJob::submitChunk()
{
    TranscriptJobRequest req;
    req.interactionIds = m_chunk;
    req.mediaTypes = m_options.mediaTypes;
    req.redactionPolicy = m_options.policy;
    req.maxConcurrentDownloads = m_options.concurrency;
    setPhase(QStringLiteral("Submitting a job for %1 transcripts").arg(m_chunk.size()));
    m_submitting = true; // until its status hands out the results
    // One idempotency key per request, noted before it is sent: retries, and a later run after
    // an answer that was lost, ask with the same key and get the job it created, never a second.
    const QByteArray digest = Sha256::hash(TranscriptsApi::submitBody(req)).toHex().left(32);
    QByteArray key = m_submissionKeys.value(digest);
    const bool keyFromEarlierRun = !key.isEmpty();
    if (key.isEmpty()) {
        key = QUuid::createUuid().toByteArray(QUuid::WithoutBraces);
        m_submissionKeys.insert(digest, key);
        appendState(QJsonObject{{QStringLiteral("submission"), QString::fromLatin1(key)},
                                {QStringLiteral("request"), QString::fromLatin1(digest)},
                                {QStringLiteral("interactions"), qint64(m_chunk.size())}});
    }
    CallHandle *call = watch(m_api.submit(req, key));
    connect(call, &CallHandle::finished, this, [this, key, keyFromEarlierRun](const Result &r) {
        onSubmitted(r, key, keyFromEarlierRun);
    });
}

// "503, connection dropped": how each attempt of a call before the last one ended.
static QString earlierAttempts(const Result &r)
{
    QStringList out;
    for (qsizetype i = 0; i + 1 < r.attempts.size(); ++i)
        out << attemptText(r.attempts[i]);
    return out.join(QStringLiteral(", "));
}

void TranscriptExtractJob::onSubmitted(const Result &r, const QByteArray &key,
                                       bool keyFromEarlierRun)
{
    if (isCancelRequested()) {
        m_submitting = false;
        return maybeFinish(); // after what is still in flight
    }
    QStringList tried;
    for (const Attempt &a : r.attempts)
        tried << attemptText(a);
    if (!r.ok()) {
        const QStringList unknown = TranscriptsApi::unknownIds(r);
        if (!unknown.isEmpty())
            return refuse(QStringLiteral("The tenant does not know %1 of the interactions "
                                         "(%2); nothing was queued.")
                                  .arg(unknown.size())
                                  .arg(unknown.mid(0, 5).join(QStringLiteral(", "))));
        const bool transient = r.error == ErrorKind::ServerError || r.error == ErrorKind::Network
                               || r.error == ErrorKind::Timeout || r.error == ErrorKind::Malformed
                               || r.error == ErrorKind::RateLimited;
        if (!transient)
            return fail(r.errorText);
        // An error answer says the tenant did not take the request; a lost or unreadable one
        // says nothing, and then only the idempotency key tells.
        const bool answeredEachTime
                = std::all_of(r.attempts.cbegin(), r.attempts.cend(), [](const Attempt &a) {
                      return a.httpStatus >= 400 && a.error != ErrorKind::Malformed;
                  });
        audit(QStringLiteral("transcripts.job.submit"), QStringLiteral("failed"),
              {{QStringLiteral("attempts"), qint64(r.attempts.size())},
               {QStringLiteral("tried"), tried.join(QStringLiteral(", "))},
               {QStringLiteral("idempotencyKey"), QString::fromLatin1(key)}});
        return fail(QStringLiteral("The job submission failed %1 (%2); %3")
                            .arg(r.attempts.size() == 1
                                         ? QStringLiteral("once")
                                         : QStringLiteral("%1 times").arg(r.attempts.size()),
                                 tried.join(QStringLiteral(", ")),
                                 answeredEachTime
                                         ? QStringLiteral("nothing was queued. Try again later.")
                                         : QStringLiteral("the tenant may have queued the job "
                                                          "at an attempt whose answer was lost. "
                                                          "Run again with --resume: it asks "
                                                          "with the same idempotency key, so "
                                                          "that job is used, not a second one "
                                                          "queued.")));
    }
    QString error;
    if (!TranscriptsApi::parseSubmit(r, &m_jobId, &error))
        return fail(error);
    const bool replayed = TranscriptsApi::wasReplayed(r);
    if (r.attempts.size() > 1 && replayed) {
        Q_EMIT message(QStringLiteral("The job submission failed first (%1); the tenant had "
                                      "queued the job all the same, and the retry found it by "
                                      "its idempotency key: job %2 is used, queued once.")
                               .arg(earlierAttempts(r), m_jobId));
    } else if (r.attempts.size() > 1) {
        Q_EMIT message(QStringLiteral("The job submission needed %1 attempts (%2, then "
                                      "accepted); job %3 was queued once.")
                               .arg(r.attempts.size())
                               .arg(earlierAttempts(r), m_jobId));
    } else if (replayed && keyFromEarlierRun) {
        Q_EMIT message(QStringLiteral("The job an earlier run submitted for these interactions "
                                      "was found by its idempotency key and used (job %1, "
                                      "queued once).")
                               .arg(m_jobId));
    }
    audit(QStringLiteral("transcripts.job.submit"), QStringLiteral("queued"),
          {{QStringLiteral("jobId"), m_jobId},
           {QStringLiteral("interactions"), qint64(m_chunk.size())},
           {QStringLiteral("attempts"), qint64(r.attempts.size())},
           {QStringLiteral("tried"), tried.join(QStringLiteral(", "))},
           {QStringLiteral("foundByIdempotencyKey"), replayed}},
          m_jobId);
    pollJob();
}

void TranscriptExtractJob::pollJob()
{
    setPhase(QStringLiteral("Waiting for job %1").arg(m_jobId));
    Poller::Options po;
    po.initialIntervalMs = 200;
    po.maxIntervalMs = 3000;
    po.deadlineMs = m_options.pollDeadlineMs;
    m_poller = new Poller(po, this);
    connect(m_poller, &Poller::callStarted, this, [this](CallHandle *c) { watch(c); });
    auto last = std::make_shared<TranscriptJobStatus>();
    m_poller->start([this] { return m_api.status(m_jobId); },
                    [this, last](const Result &res, QString *why) {
                        if (!TranscriptsApi::parseStatus(res.json.object(), last.get(), why))
                            return Poller::Verdict::Failed;
                        if (last->status == u"failed") {
                            *why = QStringLiteral("The tenant's job %1 failed: %2")
                                           .arg(m_jobId, last->errors.join(u"; "));
                            return Poller::Verdict::Failed;
                        }
                        if (last->status == u"completed")
                            return Poller::Verdict::Done;
                        setPhase(QStringLiteral("Job %1 %2, %3\u00a0%")
                                         .arg(m_jobId, last->status)
                                         .arg(last->progress));
                        return Poller::Verdict::Again;
                    });
    Poller *poller = m_poller;
    connect(poller, &Poller::finished, this, [this, poller, last](Poller::Outcome outcome) {
        poller->deleteLater();
        m_poller = nullptr;
        if (outcome == Poller::Outcome::Cancelled || isCancelRequested()) {
            m_submitting = false;
            return maybeFinish();
        }
        if (outcome != Poller::Outcome::Done) {
            audit(QStringLiteral("transcripts.job.failed"), QStringLiteral("failed"),
                  {{QStringLiteral("jobId"), m_jobId},
                   {QStringLiteral("reason"), poller->reason()}},
                  m_jobId);
            // A tenant job that failed because of some of its interactions (an archived
            // recording): those fail, the rest go again in a new job, once per chunk.
            if (last->status == u"failed" && !m_chunkRetried) {
                QStringList bad;
                for (const QString &id : std::as_const(m_chunk)) {
                    for (const QString &e : std::as_const(last->errors)) {
                        if (e.contains(id)) {
                            bad.append(id);
                            failArtifact(id, QStringLiteral("job"), e,
                                         QStringLiteral("the tenant's job failed for it"));
                            break;
                        }
                    }
                }
                if (!bad.isEmpty() && bad.size() < m_chunk.size()) {
                    for (const QString &id : std::as_const(bad))
                        m_chunk.removeOne(id);
                    m_chunkRetried = true;
                    phaseMessage(QStringLiteral("The tenant could not produce %1 of the "
                                                "transcripts; asking again for the other "
                                                "%2.")
                                         .arg(bad.size())
                                         .arg(m_chunk.size()));
                    return submitChunk();
                }
            }
            return fail(poller->reason());
        }
        m_chunkRetried = false;
        withdrawPhaseMessage(); // the other transcripts were produced
        onStatus(*last);
    });
}

void TranscriptExtractJob::onStatus(const TranscriptJobStatus &status)
{
    m_submitting = false;
    m_urls.clear();
    for (const auto &[id, url] : status.results)
        m_urls.insert(id, url);
    if (!m_refreshing) {
        for (const QString &id : std::as_const(m_chunk))
            m_queue.push_back(id);
        setPhase(QStringLiteral("Downloading and masking"));
    }
    m_refreshing = false;
    pumpDownloads();
}

// A result URL expired (410): ask for the job's status again, which hands out fresh ones.
void TranscriptExtractJob::refreshUrls()
{
    if (m_refreshing)
        return;
    m_refreshing = true;
    ++m_urlRefreshes;
    CallHandle *call = watch(m_api.status(m_jobId));
    connect(call, &CallHandle::finished, this, [this](const Result &r) {
        if (isCancelRequested()) {
            m_refreshing = false;
            return maybeFinish();
        }
        const Expected<TranscriptJobStatus> st = TranscriptsApi::readStatus(r);
        if (!st)
            return fail(st.error());
        if (st->status != u"completed")
            return fail(QStringLiteral("Job %1 is %2 again; its results are gone.")
                                .arg(m_jobId, st->status));
        onStatus(*st);
    });
}

void TranscriptExtractJob::pumpDownloads()
{
    if (isCancelRequested())
        return maybeFinish(); // the last piece of work in flight ends a cancelled run
    while (!m_refreshing && m_downloading < m_options.concurrency && !m_queue.empty()) {
        const QString id = m_queue.front();
        m_queue.pop_front();
        const QUrl url = m_urls.value(id);
        if (url.isEmpty()) {
            failArtifact(id, QStringLiteral("job"),
                         QStringLiteral("The job's results do not include this interaction."));
            continue;
        }
        ++m_downloading;
        const qint64 started = elapsedMs();
        CallHandle *call = watch(m_api.download(url));
        connect(call, &CallHandle::finished, this, [this, id, started](const Result &r) {
            --m_downloading;
            onDownloaded(id, r, started);
        });
    }
    maybeFinish();
}

void TranscriptExtractJob::onDownloaded(const QString &id, const Result &r, qint64 started)
{
    if (isCancelRequested())
        return maybeFinish();
    if (r.httpStatus == 410) {
        m_queue.push_front(id);
        refreshUrls();
        return;
    }
    if (!r.ok()) {
        failArtifact(id, QStringLiteral("download"), r.errorText,
                     QStringLiteral("%1 %2").arg(errorKindName(r.error)).arg(r.httpStatus));
        return pumpDownloads();
    }
    ++m_working;
    const QByteArray body = r.body;
    auto masker = m_masker;
    auto *watcher = new QFutureWatcher<MaskOutcome>(this);
    connect(watcher, &QFutureWatcher<MaskOutcome>::finished, this, [this, watcher, id, started] {
        watcher->deleteLater();
        MaskOutcome m = watcher->result();
        onMasked(id, started, m.ok, std::move(m.masked), m.counts, m.error);
    });
    watcher->setFuture(
            QtConcurrent::run([masker, body, id] { return maskArtifact(*masker, body, id); }));
    pumpDownloads();
}

void TranscriptExtractJob::onMasked(const QString &id, qint64 started, bool ok, QByteArray masked,
                                    MaskCounts counts, QString error)
{
    if (!ok) {
        --m_working;
        audit(QStringLiteral("transcripts.artifact.mask"), QStringLiteral("failed"),
              {{QStringLiteral("error"), error}}, id);
        failArtifact(id, QStringLiteral("mask"),
                     QStringLiteral("Not written or pushed: masking failed: %1").arg(error));
        return pumpDownloads();
    }
    QString writeError;
    if (!writeArtifact(id, masked, &writeError)) {
        --m_working;
        failArtifact(id, QStringLiteral("write"), writeError);
        return fail(writeError);
    }
    const QByteArray requestId = requestIdFor(id, masked);
    Done d;
    d.written = true;
    d.requestId = requestId;
    appendState(id, d);
    m_done.insert(id, d);
    if (m_options.lakeUrl.isEmpty()) {
        --m_working;
        ArtifactOutcome o;
        o.interactionId = id;
        o.state = QStringLiteral("written");
        o.counts = counts;
        o.latencyMs = elapsedMs() - started;
        o.requestId = requestId;
        finishArtifact(o);
        return pumpDownloads();
    }
    push(id, masked, requestId, started, counts, false);
}

void TranscriptExtractJob::push(const QString &id, const QByteArray &masked,
                                const QByteArray &requestId, qint64 started,
                                const MaskCounts &counts, bool writtenBefore)
{
    WebhookClient::Delivery delivery;
    delivery.url = m_options.lakeUrl;
    delivery.json = masked;
    delivery.requestId = requestId;
    // The interaction is named beside the reason, so one reason reads the same for all.
    delivery.what = QStringLiteral("Pushing a transcript to the data lake");
    CallHandle *call = watch(m_webhooks->post(delivery));
    connect(call, &CallHandle::finished, this,
            [this, id, requestId, started, counts, writtenBefore](const Result &r) {
                --m_working;
                ArtifactOutcome o;
                o.interactionId = id;
                o.counts = counts;
                o.requestId = requestId;
                o.latencyMs = elapsedMs() - started;
                o.writtenBefore = writtenBefore;
                Done d = m_done.value(id);
                d.written = true;
                d.requestId = requestId;
                if (r.ok()) {
                    d.pushed(lakeKey(m_options.lakeUrl));
                    appendState(id, d);
                    m_done.insert(id, d);
                    o.state = QStringLiteral("pushed");
                } else {
                    o.state = QStringLiteral("unpushed");
                    o.stage = QStringLiteral("push");
                    o.cause = QStringLiteral("%1 %2").arg(errorKindName(r.error)).arg(r.httpStatus);
                    o.error = QStringLiteral("Written, but the data lake did not take it: %1 A "
                                             "run with --resume pushes it again with the same "
                                             "request id.")
                                      .arg(r.errorText);
                    QJsonObject line{{QStringLiteral("interactionId"), id},
                                     {QStringLiteral("written"), true},
                                     {QStringLiteral("pushed"), false},
                                     {QStringLiteral("requestId"), QString::fromLatin1(requestId)},
                                     {QStringLiteral("lake"), webhookDisplay(m_options.lakeUrl)},
                                     {QStringLiteral("stage"), o.stage},
                                     {QStringLiteral("error"), o.error}};
                    appendState(line);
                }
                audit(QStringLiteral("transcripts.artifact.push"),
                      r.ok() ? QStringLiteral("pushed") : QStringLiteral("failed"),
                      r.ok() ? QJsonObject{{QStringLiteral("requestId"),
                                            QString::fromLatin1(requestId)},
                                           {QStringLiteral("latencyMs"), o.latencyMs}}
                             : QJsonObject{{QStringLiteral("requestId"),
                                            QString::fromLatin1(requestId)},
                                           {QStringLiteral("latencyMs"), o.latencyMs},
                                           {QStringLiteral("error"), r.errorText}},
                      id);
                finishArtifact(o);
                pumpDownloads();
            });
}

bool TranscriptExtractJob::writeArtifact(const QString &id, const QByteArray &masked,
                                         QString *error)
{
    if (isJsonl(m_options.output))
        return appendLine(m_options.output, masked + '\n', error);
    return writeOutputFile(artifactPath(m_options.output, id), masked, error);
}

void TranscriptExtractJob::failArtifact(const QString &id, const QString &stage,
                                        const QString &reason, const QString &cause)
{
    ArtifactOutcome o;
    o.interactionId = id;
    o.state = QStringLiteral("failed");
    o.stage = stage;
    o.error = reason;
    o.cause = cause;
    appendState(QJsonObject{{QStringLiteral("interactionId"), id},
                            {QStringLiteral("written"), false},
                            {QStringLiteral("pushed"), false},
                            {QStringLiteral("stage"), stage},
                            {QStringLiteral("error"), reason}});
    finishArtifact(o);
}

void TranscriptExtractJob::finishArtifact(ArtifactOutcome o)
{
    if (o.state == u"failed") {
        ++m_failed;
    } else {
        if (o.writtenBefore) {
            ++m_writtenBefore;
        } else {
            ++m_written;
            m_maskTotals.add(o.counts);
            m_latencySum += o.latencyMs;
            ++m_latencyCount;
        }
        if (o.state == u"pushed")
            ++m_pushed;
        else if (o.state == u"unpushed")
            ++m_notPushed;
    }
    m_outcomes.append(o);
    setProgress(m_written + m_writtenBefore + m_skipped + m_failed, m_total);
    Q_EMIT artifactDone(o);
}

void TranscriptExtractJob::maybeFinish()
{
    if (isFinished())
        return;
    if (m_downloading > 0 || m_working > 0 || m_refreshing || m_poller || m_submitting)
        return;
    if (isCancelRequested())
        return finishCancelled();
    if (!m_queue.empty())
        return;
    if (m_chunkStart < m_pending.size())
        return nextChunk();
    QJsonObject details = summaryJson();
    const QStringList groups = failureGroupsText(3);
    if (!groups.isEmpty())
        details.insert(QStringLiteral("reasons"), QJsonArray::fromStringList(groups.mid(0, 20)));
    const bool complete = m_failed == 0 && m_notPushed == 0;
    audit(QStringLiteral("transcripts.extract.finish"),
          complete ? QStringLiteral("succeeded") : QStringLiteral("failed"), details);
    if (complete)
        return succeed();
    QStringList what;
    if (m_failed > 0)
        what << QStringLiteral("%1 of %2 transcripts failed and are not written")
                        .arg(m_failed)
                        .arg(m_total);
    if (m_notPushed > 0)
        what << QStringLiteral("%1 of %2 are written but not pushed to the data lake")
                        .arg(m_notPushed)
                        .arg(m_total);
    const QString text
            = QStringLiteral("%1; the rest are written%2. Run again with --resume to "
                             "retry them: nothing done is done twice.")
                      .arg(what.join(QStringLiteral(", and ")),
                           m_options.lakeUrl.isEmpty() ? QString() : QStringLiteral(" and pushed"));
    // Some transcripts failing (archived recordings) is not the run failing when the rest are
    // done: it completed with failures. A run that finished none (written and pushed) failed.
    if (m_written + m_writtenBefore + m_skipped - m_notPushed <= 0)
        return fail(text);
    completeWithFailures(m_failed + m_notPushed, text);
}

void TranscriptExtractJob::onCancel()
{
    if (m_poller)
        m_poller->cancel();
    m_queue.clear();
    maybeFinish();
}

} // namespace cxone
