#include "app/simulator/modules/transcriptsmodule.h"

#include "app/simulator/piicorpus.h"
#include "app/simulator/tenantsimulator.h"

#include <QCryptographicHash>
#include <QJsonArray>

#include <algorithm>

namespace cxone::sim {

namespace {

const QStringList kInteractionsRead{QStringLiteral("interactions:read")};
const QStringList kTranscriptsRead{QStringLiteral("transcripts:read")};
const QStringList kJobsRead{QStringLiteral("jobs:read")};

const char *const kAgents[] = {"Priya Nair",   "Marcus Bell", "Ana Souza",      "Tom Becker",
                               "Grace Okafor", "Luis Ortega", "Hannah Kim",     "Yusuf Demir",
                               "Chloe Martin", "Ivan Petrov", "Sara Lindqvist", "Omar Haddad"};

// The seed's own example interaction: its program asks for exactly this one.
const QString kSeedInteraction = QStringLiteral("int-8a7b9c0d-1e2f-3g4h-5i6j-7k8l9m0n1o2p");

QString hexId(SimRng &rng)
{
    const QString h = QString::number(rng.next(), 16).rightJustified(16, u'0')
                      + QString::number(rng.next(), 16).rightJustified(16, u'0');
    return QStringLiteral("int-%1-%2-%3-%4-%5")
            .arg(h.mid(0, 8), h.mid(8, 4), h.mid(12, 4), h.mid(16, 4), h.mid(20, 12));
}

QString signature(quint64 seed, const QString &jobId, qint64 expires)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(seed));
    h.addData(jobId.toUtf8());
    h.addData(QByteArray::number(expires));
    return QString::fromLatin1(h.result().toHex().left(24));
}

bool parseTime(const QJsonValue &v, QDateTime *out)
{
    if (!v.isString())
        return false;
    *out = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return out->isValid() && v.toString().size() >= 20; // a date alone is not a time
}

} // namespace

TranscriptsPart::TranscriptsPart(TenantState &state)
    : m_seed(state.seed())
{
    SimRng rng = state.rng("interactions");
    const qint64 count = state.scaled(400, 5000, 200000);
    // Thirty days up to now (to the minute), so that "the last 30 days" always has data and no
    // interaction has started, or ended, in the future: the latest starts an hour ago.
    const qint64 endMs = QDateTime::currentMSecsSinceEpoch() / 60000 * 60000;
    const qint64 spanMs = 30LL * 24 * 3600 * 1000;
    interactions.reserve(size_t(count + 1));
    for (qint64 i = 0; i < count; ++i) {
        Interaction it;
        it.id = hexId(rng);
        const quint64 m = rng.bounded(10);
        it.media = m < 6 ? 0 : (m < 9 ? 1 : 2);
        it.inbound = rng.chance(0.8);
        it.startedAtMs = endMs - spanMs + qint64(rng.bounded(quint64(spanMs - 3600000)));
        it.durationSec = it.media == 2 ? 0 : int(rng.range(45, 1500));
        it.agent = quint16(rng.bounded(std::size(kAgents)));
        it.archived = rng.bounded(400) == 0;
        interactions.push_back(it);
    }
    Interaction seedOne;
    seedOne.id = kSeedInteraction;
    seedOne.media = 0;
    seedOne.startedAtMs = endMs - 2 * 3600000;
    seedOne.durationSec = 312;
    interactions.push_back(seedOne);
    std::sort(interactions.begin(), interactions.end(),
              [](const Interaction &a, const Interaction &b) {
                  return a.startedAtMs != b.startedAtMs ? a.startedAtMs < b.startedAtMs
                                                        : a.id < b.id;
              });
    byId.reserve(qsizetype(interactions.size()));
    for (size_t i = 0; i < interactions.size(); ++i)
        byId.insert(interactions[i].id, qsizetype(i));
}

QJsonObject TranscriptsPart::summary() const
{
    return {{QStringLiteral("interactions"), qint64(interactions.size())},
            {QStringLiteral("jobs"), qint64(jobs.size())},
            {QStringLiteral("jobsSubmitted"), qint64(jobsSubmitted)},
            {QStringLiteral("artifactsServed"), qint64(artifactsServed)},
            {QStringLiteral("expiredRefusals"), qint64(expiredRefusals)},
            {QStringLiteral("concurrencyRefusals"), qint64(concurrencyRefusals)},
            {QStringLiteral("idempotentReplays"), qint64(idempotentReplays)},
            {QStringLiteral("idempotencyConflicts"), qint64(idempotencyConflicts)},
            {QStringLiteral("duplicateJobs"), qint64(duplicateJobs)},
            {QStringLiteral("urlTtlMs"), urlTtlMs},
            {QStringLiteral("downloadHoldMs"), downloadHoldMs}};
}

QString TranscriptsPart::mediaName(quint8 media)
{
    switch (media) {
    case 1:
        return QStringLiteral("chat");
    case 2:
        return QStringLiteral("email");
    default:
        return QStringLiteral("voice");
    }
}

QJsonObject TranscriptsPart::searchItem(const Interaction &it) const
{
    return {{QStringLiteral("interactionId"), it.id},
            {QStringLiteral("mediaType"), mediaName(it.media)},
            {QStringLiteral("startedAt"),
             QDateTime::fromMSecsSinceEpoch(it.startedAtMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("durationSec"), it.durationSec},
            {QStringLiteral("direction"),
             it.inbound ? QStringLiteral("inbound") : QStringLiteral("outbound")},
            {QStringLiteral("agentName"), QLatin1String(kAgents[it.agent])}};
}

QJsonObject TranscriptsPart::artifact(const Interaction &it, const QString &policy) const
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    h.addData(QByteArray::number(m_seed));
    h.addData(it.id.toUtf8());
    const QByteArray digest = h.result();
    quint64 seed = 0;
    memcpy(&seed, digest.constData(), sizeof seed);
    PiiCorpus corpus(seed);
    const int turns = it.media == 2 ? 3 + int(seed % 3) : 6 + int(seed % 9);
    QJsonArray list;
    qint64 at = 800 + qint64(seed % 2000);
    for (int t = 0; t < turns; ++t) {
        const bool customer = (t % 2) == 1;
        LabelledText line = corpus.line(customer);
        if (it.media == 2) { // an e-mail is a few paragraphs
            for (int k = 0; k < 2; ++k) {
                LabelledText more = corpus.line(customer);
                const qsizetype shift = line.text.size() + 1;
                line.text += u' ' + more.text;
                for (TruthSpan sp : more.truth) {
                    sp.start += shift;
                    sp.end += shift;
                    line.truth.push_back(sp);
                }
            }
        }
        QString text = line.text;
        if (policy != u"none") {
            // Right to left, so earlier offsets stay valid.
            for (auto sp = line.truth.rbegin(); sp != line.truth.rend(); ++sp) {
                if (policy == u"full" || sp->easy)
                    text.replace(sp->start, sp->end - sp->start, QStringLiteral("[REDACTED]"));
            }
        }
        list.append(QJsonObject{{QStringLiteral("speaker"),
                                 customer ? QStringLiteral("customer") : QStringLiteral("agent")},
                                {QStringLiteral("startMs"), at},
                                {QStringLiteral("text"), text}});
        at += 1500 + qint64((seed >> (t % 48)) % 9000);
    }
    return {{QStringLiteral("interactionId"), it.id},
            {QStringLiteral("mediaType"), mediaName(it.media)},
            {QStringLiteral("timestamp"),
             QDateTime::fromMSecsSinceEpoch(it.startedAtMs, Qt::UTC).toString(Qt::ISODate)},
            {QStringLiteral("agentName"), QLatin1String(kAgents[it.agent])},
            {QStringLiteral("redactionPolicy"), policy},
            {QStringLiteral("transcript"), QJsonObject{{QStringLiteral("turns"), list}}},
            {QStringLiteral("masked"), policy != u"none"}};
}

namespace {

SimResponse search(const SimRequest &req, TenantState &state)
{
    TranscriptsPart &part = partOf<TranscriptsPart>(state);
    if (!req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("Send a JSON object with from and to."));
    const QJsonObject body = req.jsonObject();
    QSet<quint8> media;
    if (body.contains(u"mediaTypes")) {
        if (!body.value(u"mediaTypes").isArray())
            return SimResponse::badRequest(QStringLiteral("mediaTypes must be an array."));
        for (const QJsonValue &m : body.value(u"mediaTypes").toArray()) {
            const QString s = m.toString();
            if (s == u"voice")
                media.insert(0);
            else if (s == u"chat")
                media.insert(1);
            else if (s == u"email")
                media.insert(2);
            else
                return SimResponse::badRequest(
                        QStringLiteral("mediaTypes: '%1' is not voice, chat or email.").arg(s));
        }
    }
    QDateTime from, to;
    const bool byIds = body.contains(u"interactionIds");
    if (!byIds || body.contains(u"from") || body.contains(u"to")) {
        if (!parseTime(body.value(u"from"), &from) || !parseTime(body.value(u"to"), &to))
            return SimResponse::badRequest(
                    QStringLiteral("from and to must be RFC 3339 times, such as "
                                   "2026-11-01T00:00:00Z."));
        if (from >= to)
            return SimResponse::badRequest(QStringLiteral("from must be before to."));
    }
    const QJsonObject paging = body.value(u"pagination").toObject();
    int limit = 100;
    if (paging.contains(u"limit")) {
        limit = paging.value(u"limit").toInt(-1);
        if (limit < 1 || limit > 1000)
            return SimResponse::badRequest(QStringLiteral("pagination.limit must be 1..1000."));
    }
    QJsonArray items;
    if (byIds) {
        const QJsonArray ids = body.value(u"interactionIds").toArray();
        if (ids.size() > 1000)
            return SimResponse::badRequest(
                    QStringLiteral("interactionIds: at most 1000 per search."));
        for (const QJsonValue &v : ids) {
            const auto it = part.byId.constFind(v.toString());
            if (it == part.byId.cend())
                continue;
            const auto &rec = part.interactions[size_t(it.value())];
            if (!media.isEmpty() && !media.contains(rec.media))
                continue;
            if (from.isValid()
                && (rec.startedAtMs < from.toMSecsSinceEpoch()
                    || rec.startedAtMs >= to.toMSecsSinceEpoch()))
                continue;
            items.append(part.searchItem(rec));
        }
        return SimResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
    }
    // The continuation token names the position and the query it belongs to.
    const QByteArray query = QByteArray::number(from.toMSecsSinceEpoch()) + ':'
                             + QByteArray::number(to.toMSecsSinceEpoch()) + ':'
                             + QByteArray::number([&] {
                                   int mask = 0;
                                   for (quint8 m : media)
                                       mask |= 1 << m;
                                   return mask;
                               }());
    const QString queryTag = QString::fromLatin1(
            QCryptographicHash::hash(query, QCryptographicHash::Sha1).toHex().left(8));
    qsizetype pos = 0;
    if (paging.contains(u"continuationToken")) {
        const QStringList parts = paging.value(u"continuationToken").toString().split(u'.');
        bool ok = parts.size() == 2 && parts[1] == queryTag;
        pos = ok ? parts[0].toLongLong(&ok) : 0;
        if (!ok || pos < 0 || pos > qsizetype(part.interactions.size()))
            return SimResponse::badRequest(
                    QStringLiteral("The continuationToken does not belong to this search."));
    } else {
        const qint64 f = from.toMSecsSinceEpoch();
        pos = std::lower_bound(part.interactions.begin(), part.interactions.end(), f,
                               [](const TranscriptsPart::Interaction &a, qint64 v) {
                                   return a.startedAtMs < v;
                               })
              - part.interactions.begin();
    }
    const qint64 toMs = to.toMSecsSinceEpoch();
    qsizetype i = pos;
    for (; i < qsizetype(part.interactions.size()) && items.size() < limit; ++i) {
        const auto &rec = part.interactions[size_t(i)];
        if (rec.startedAtMs >= toMs)
            break;
        if (!media.isEmpty() && !media.contains(rec.media))
            continue;
        items.append(part.searchItem(rec));
    }
    QJsonObject out{{QStringLiteral("items"), items}};
    if (i < qsizetype(part.interactions.size()) && part.interactions[size_t(i)].startedAtMs < toMs)
        out.insert(QStringLiteral("continuationToken"),
                   QStringLiteral("%1.%2").arg(i).arg(queryTag));
    else
        out.insert(QStringLiteral("continuationToken"), QJsonValue::Null);
    return SimResponse::json(200, out);
}

SimResponse submit(const SimRequest &req, TenantState &state)
{
    TranscriptsPart &part = partOf<TranscriptsPart>(state);
    // An Idempotency-Key makes a resent submission safe: the job the key created is the answer
    // again, never a second job (the client cannot tell a lost answer from a lost request).
    const QByteArray key = req.header("Idempotency-Key");
    if (key.size() > 255)
        return SimResponse::badRequest(QStringLiteral("Idempotency-Key: at most 255 characters."));
    const QByteArray digest = QCryptographicHash::hash(req.body, QCryptographicHash::Sha256);
    if (!key.isEmpty()) {
        const auto known = part.submissionsByKey.constFind(key);
        if (known != part.submissionsByKey.cend()) {
            if (known->requestDigest != digest) {
                ++part.idempotencyConflicts;
                return SimResponse::error(422, QStringLiteral("idempotency_key_reused"),
                                          QStringLiteral("This Idempotency-Key was used for "
                                                         "another request; nothing was queued."));
            }
            ++part.idempotentReplays;
            return SimResponse::json(
                           201, QJsonObject{{QStringLiteral("jobId"), known->jobId},
                                            {QStringLiteral("status"), QStringLiteral("queued")}})
                    .withHeader("Idempotent-Replayed", "true");
        }
    }
    if (!req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("Send a JSON object."));
    const QJsonObject body = req.jsonObject();
    const QJsonValue idsValue = body.value(u"interactionIds");
    if (!idsValue.isArray() || idsValue.toArray().isEmpty())
        return SimResponse::badRequest(QStringLiteral("interactionIds must not be empty."));
    const QJsonArray ids = idsValue.toArray();
    if (ids.size() > TranscriptsModule::kMaxIdsPerJob)
        return SimResponse::badRequest(QStringLiteral("interactionIds: at most %1 per job, got %2.")
                                               .arg(TranscriptsModule::kMaxIdsPerJob)
                                               .arg(ids.size()));
    const QString policy = body.value(u"redactionPolicy").toString(QStringLiteral("auto"));
    if (policy != u"auto" && policy != u"none" && policy != u"full")
        return SimResponse::badRequest(
                QStringLiteral("redactionPolicy must be auto, none or full, not '%1'.")
                        .arg(policy));
    if (body.contains(u"format") && body.value(u"format").toString() != u"json")
        return SimResponse::badRequest(QStringLiteral("format must be json."));
    const int maxConcurrent = body.value(u"maxConcurrentDownloads").toInt(1);
    if (body.contains(u"maxConcurrentDownloads")
        && (!body.value(u"maxConcurrentDownloads").isDouble() || maxConcurrent < 1
            || maxConcurrent > 10))
        return SimResponse::badRequest(
                QStringLiteral("maxConcurrentDownloads must be from 1 to 10."));
    for (const QJsonValue &m : body.value(u"mediaTypes").toArray()) {
        const QString s = m.toString();
        if (s != u"voice" && s != u"chat" && s != u"email")
            return SimResponse::badRequest(
                    QStringLiteral("mediaTypes: '%1' is not voice, chat or email.").arg(s));
    }
    QStringList list, unknown;
    for (const QJsonValue &v : ids) {
        const QString id = v.toString();
        if (!part.byId.contains(id))
            unknown.append(id.isEmpty() ? QStringLiteral("(not a string)") : id);
        else if (!list.contains(id))
            list.append(id);
    }
    if (!unknown.isEmpty()) {
        QJsonArray u;
        for (const QString &id : std::as_const(unknown))
            u.append(id);
        SimResponse r = SimResponse::error(
                400, QStringLiteral("unknown_interactions"),
                unknown.size() == 1
                        ? QStringLiteral("1 interaction id does not exist; nothing was queued.")
                        : QStringLiteral("%1 interaction ids do not exist; nothing was queued.")
                                  .arg(unknown.size()));
        QJsonObject o = QJsonDocument::fromJson(r.body).object();
        o.insert(QStringLiteral("unknownIds"), u);
        return SimResponse::json(400, o);
    }
    TranscriptsPart::TranscriptJob job;
    const QByteArray rngName = QByteArray("job") + QByteArray::number(part.jobsSubmitted);
    SimRng rng = state.rng(rngName);
    job.id = QStringLiteral("job-%1").arg(QString::number(rng.next(), 16));
    job.ids = list;
    job.policy = policy;
    job.maxConcurrent = maxConcurrent;
    job.pollsToFinish = 2 + int(list.size() / 300);
    for (const QString &id : std::as_const(list)) {
        if (part.interactions[size_t(part.byId.value(id))].archived) {
            job.fails = true;
            job.errors.append(QStringLiteral("Interaction %1: the recording is archived and has no "
                                             "transcript.")
                                      .arg(id));
        }
    }
    ++part.jobsSubmitted;
    part.jobs.insert(job.id, job);
    if (part.createdRequests.contains(digest))
        ++part.duplicateJobs;
    else
        part.createdRequests.insert(digest);
    if (!key.isEmpty()) {
        part.submissionsByKey.insert(key, {digest, job.id});
        part.keyOrder.push_back(key);
        if (qsizetype(part.keyOrder.size()) > TranscriptsPart::kMaxIdempotencyKeys) {
            part.submissionsByKey.remove(part.keyOrder.front());
            part.keyOrder.pop_front();
        }
    }
    return SimResponse::json(201,
                             QJsonObject{{QStringLiteral("jobId"), job.id},
                                         {QStringLiteral("status"), QStringLiteral("queued")}});
}

SimResponse jobStatus(const SimRequest &req, TenantState &state)
{
    TranscriptsPart &part = partOf<TranscriptsPart>(state);
    const auto it = part.jobs.find(req.param(QStringLiteral("jobId")));
    if (it == part.jobs.end())
        return SimResponse::notFound(
                QStringLiteral("job %1").arg(req.param(QStringLiteral("jobId"))));
    TranscriptsPart::TranscriptJob &job = it.value();
    ++job.polls;
    QJsonObject out{{QStringLiteral("jobId"), job.id}};
    if (job.polls <= 1) {
        out.insert(QStringLiteral("status"), QStringLiteral("queued"));
        out.insert(QStringLiteral("progress"), 0);
        return SimResponse::json(200, out);
    }
    if (job.polls <= job.pollsToFinish) {
        out.insert(QStringLiteral("status"), QStringLiteral("running"));
        out.insert(QStringLiteral("progress"),
                   std::min(95, (job.polls - 1) * 100 / job.pollsToFinish));
        return SimResponse::json(202, out);
    }
    if (job.fails) {
        out.insert(QStringLiteral("status"), QStringLiteral("failed"));
        out.insert(QStringLiteral("progress"), 100);
        out.insert(QStringLiteral("errors"), QJsonArray::fromStringList(job.errors));
        return SimResponse::json(200, out);
    }
    // Fresh URLs with every completed status; each expires urlTtlMs after this answer.
    const qint64 expires = state.nowMs() + part.urlTtlMs;
    const QString sig = signature(state.seed(), job.id, expires);
    const QString query = QStringLiteral("?expires=%1&sig=%2").arg(expires).arg(sig);
    const QString base = req.origin + QStringLiteral("/api/v2/jobs/") + job.id;
    QJsonArray results;
    for (const QString &id : std::as_const(job.ids))
        results.append(QJsonObject{{QStringLiteral("interactionId"), id},
                                   {QStringLiteral("url"),
                                    QString(base + QStringLiteral("/artifacts/") + id + query)}});
    out.insert(QStringLiteral("status"), QStringLiteral("completed"));
    out.insert(QStringLiteral("progress"), 100);
    out.insert(QStringLiteral("resultUrl"), QString(base + QStringLiteral("/result") + query));
    out.insert(QStringLiteral("results"), results);
    out.insert(QStringLiteral("expiresInSec"), part.urlTtlMs / 1000.0);
    return SimResponse::json(200, out);
}

// The checks every download passes: a completed job, a signature still valid, a free slot.
SimResponse downloadCheck(const SimRequest &req, TenantState &state,
                          TranscriptsPart::TranscriptJob **jobOut)
{
    TranscriptsPart &part = partOf<TranscriptsPart>(state);
    const auto it = part.jobs.find(req.param(QStringLiteral("jobId")));
    if (it == part.jobs.end())
        return SimResponse::notFound(
                QStringLiteral("job %1").arg(req.param(QStringLiteral("jobId"))));
    TranscriptsPart::TranscriptJob &job = it.value();
    if (job.fails || job.polls <= job.pollsToFinish)
        return SimResponse::error(409, QStringLiteral("not_ready"),
                                  QStringLiteral("The job has no results yet."));
    bool ok = false;
    const qint64 expires = req.queryValue(QStringLiteral("expires")).toLongLong(&ok);
    if (!ok || req.queryValue(QStringLiteral("sig")) != signature(state.seed(), job.id, expires))
        return SimResponse::error(403, QStringLiteral("bad_signature"),
                                  QStringLiteral("The result URL is not one this tenant made."));
    if (state.nowMs() >= expires) {
        ++part.expiredRefusals;
        return SimResponse::error(410, QStringLiteral("expired"),
                                  QStringLiteral("The result URL has expired; get the job "
                                                 "status again for fresh ones."));
    }
    const qint64 now = state.nowMs();
    auto &busy = job.downloadsBusyUntil;
    busy.erase(std::remove_if(busy.begin(), busy.end(), [now](qint64 t) { return t <= now; }),
               busy.end());
    if (int(busy.size()) >= job.maxConcurrent) {
        ++part.concurrencyRefusals;
        return SimResponse::error(429, QStringLiteral("too_many_downloads"),
                                  QStringLiteral("More than %1 downloads in flight for this job.")
                                          .arg(job.maxConcurrent))
                .withHeader("Retry-After", "1");
    }
    if (part.downloadHoldMs > 0)
        busy.push_back(now + part.downloadHoldMs);
    *jobOut = &job;
    return SimResponse{0, {}, {}, {}};
}

// One artifact as served: whole, or (a broken store) with its transcript cut.
SimResponse artifactAnswer(const TranscriptsPart &part, const TranscriptsPart::Interaction &rec,
                           const TranscriptsPart::TranscriptJob &job)
{
    QJsonObject artifact = part.artifact(rec, job.policy);
    if (part.corruptIds.contains(rec.id)) {
        // A store that lost the structure: the transcript arrives as a cut string of its JSON.
        const QByteArray text = QJsonDocument(artifact.value(u"transcript").toObject())
                                        .toJson(QJsonDocument::Compact);
        artifact.insert(QStringLiteral("transcript"),
                        QString::fromUtf8(text.left(text.size() / 2)));
    }
    return SimResponse::json(200, artifact);
}

} // namespace

void TranscriptsModule::registerRoutes(TenantSimulator &sim)
{
    sim.addRoute("POST", QStringLiteral("/api/v2/interactions/search"), kInteractionsRead, search);
    sim.addRoute("POST", QStringLiteral("/api/v2/interactions/transcripts"), kTranscriptsRead,
                 submit);
    sim.addRoute("GET", QStringLiteral("/api/v2/jobs/{jobId}"), kJobsRead, jobStatus);
    sim.addRoute("GET", QStringLiteral("/api/v2/jobs/{jobId}/result"), kTranscriptsRead,
                 [](const SimRequest &req, TenantState &state) {
                     TranscriptsPart::TranscriptJob *job = nullptr;
                     SimResponse refused = downloadCheck(req, state, &job);
                     if (!job)
                         return refused;
                     TranscriptsPart &part = partOf<TranscriptsPart>(state);
                     QByteArray body;
                     for (const QString &id : std::as_const(job->ids)) {
                         const auto &rec = part.interactions[size_t(part.byId.value(id))];
                         body += QJsonDocument(part.artifact(rec, job->policy))
                                         .toJson(QJsonDocument::Compact);
                         body += '\n';
                         ++part.artifactsServed;
                     }
                     SimResponse answer = SimResponse::raw(200, body, "application/x-ndjson");
                     answer.delayMs = int(part.downloadHoldMs);
                     return answer;
                 });
    sim.addRoute("GET", QStringLiteral("/api/v2/jobs/{jobId}/artifacts/{interactionId}"),
                 kTranscriptsRead, [](const SimRequest &req, TenantState &state) {
                     TranscriptsPart::TranscriptJob *job = nullptr;
                     SimResponse refused = downloadCheck(req, state, &job);
                     if (!job)
                         return refused;
                     TranscriptsPart &part = partOf<TranscriptsPart>(state);
                     const QString id = req.param(QStringLiteral("interactionId"));
                     if (!job->ids.contains(id))
                         return SimResponse::notFound(
                                 QStringLiteral("interaction %1 in job %2").arg(id, job->id));
                     ++part.artifactsServed;
                     const auto &rec = part.interactions[size_t(part.byId.value(id))];
                     SimResponse answer = artifactAnswer(part, rec, *job);
                     answer.delayMs = int(part.downloadHoldMs);
                     return answer;
                 });
    // Test and demo knobs: how long result URLs live, how long a download holds its slot.
    const auto settings = [](const SimRequest &req, TenantState &state) {
        TranscriptsPart &part = partOf<TranscriptsPart>(state);
        if (req.method != "GET") {
            const QJsonObject o = QJsonDocument::fromJson(req.body).object();
            if (o.contains(u"urlTtlMs"))
                part.urlTtlMs = std::max<qint64>(0, o.value(u"urlTtlMs").toInteger());
            if (o.contains(u"downloadHoldMs"))
                part.downloadHoldMs = std::max<qint64>(0, o.value(u"downloadHoldMs").toInteger());
            if (o.contains(u"corruptIds")) {
                part.corruptIds.clear();
                for (const QJsonValue &v : o.value(u"corruptIds").toArray())
                    part.corruptIds.insert(v.toString());
            }
        }
        return SimResponse::json(200, part.summary());
    };
    sim.addRoute("GET", QStringLiteral("/_sim/transcripts"), {}, settings);
    sim.addRoute("PUT", QStringLiteral("/_sim/transcripts"), {}, settings);
}

} // namespace cxone::sim
