#include "network/api/transcriptsapi.h"

#include "network/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cxone {

TranscriptsApi::TranscriptsApi(ApiClient *client)
    : m_client(client)
{}

const QStringList &TranscriptsApi::mediaTypes()
{
    static const QStringList types{QStringLiteral("voice"), QStringLiteral("chat"),
                                   QStringLiteral("email")};
    return types;
}

QString TranscriptsApi::searchProblem(const TranscriptSearch &s)
{
    if (!s.from.isValid() || !s.to.isValid())
        return QStringLiteral("Give the start and the end of the period to search.");
    if (s.from >= s.to)
        return QStringLiteral("The period starts after it ends (%1 to %2).")
                .arg(s.from.toString(Qt::ISODate), s.to.toString(Qt::ISODate));
    for (const QString &m : s.mediaTypes) {
        if (!mediaTypes().contains(m))
            return QStringLiteral("'%1' is not a media type; use voice, chat or email.").arg(m);
    }
    if (s.pageSize < 1 || s.pageSize > 1000)
        return QStringLiteral("A search page holds 1 to 1000 interactions.");
    return {};
}

QString TranscriptsApi::jobProblem(const TranscriptJobRequest &r)
{
    if (r.interactionIds.isEmpty())
        return QStringLiteral("Choose at least one interaction to extract.");
    if (r.interactionIds.size() > kMaxIdsPerJob)
        return QStringLiteral("A job takes at most %1 interactions; this one has %2.")
                .arg(kMaxIdsPerJob)
                .arg(r.interactionIds.size());
    if (r.redactionPolicy != u"auto" && r.redactionPolicy != u"none"
        && r.redactionPolicy != u"full")
        return QStringLiteral("The redaction policy is auto, none or full, not '%1'.")
                .arg(r.redactionPolicy);
    if (r.maxConcurrentDownloads < 1 || r.maxConcurrentDownloads > 10)
        return QStringLiteral("Concurrent downloads must be from 1 to 10, not %1.")
                .arg(r.maxConcurrentDownloads);
    if (r.mediaTypes.isEmpty())
        return QStringLiteral("Choose at least one media type.");
    for (const QString &m : r.mediaTypes) {
        if (!mediaTypes().contains(m))
            return QStringLiteral("'%1' is not a media type; use voice, chat or email.").arg(m);
    }
    return {};
}

static QString rfc3339(const QDateTime &t)
{
    return t.toUTC().toString(Qt::ISODate);
}

Request TranscriptsApi::searchRequest(const TranscriptSearch &s, const QString &token)
{
    JsonWriter w;
    w.beginObject();
    w.member(QLatin1StringView("from"), rfc3339(s.from));
    w.member(QLatin1StringView("to"), rfc3339(s.to));
    if (!s.mediaTypes.isEmpty()) {
        w.key(QLatin1StringView("mediaTypes"));
        w.beginArray();
        for (const QString &m : s.mediaTypes)
            w.string(m);
        w.endArray();
    }
    w.key(QLatin1StringView("pagination"));
    w.beginObject();
    w.member(QLatin1StringView("limit"), qint64(s.pageSize));
    if (!token.isEmpty())
        w.member(QLatin1StringView("continuationToken"), token);
    w.endObject();
    w.endObject();
    Request r = Request::postJson(QStringLiteral("/api/v2/interactions/search"), w.take(),
                                  QStringLiteral("Searching interactions"));
    r.retrySafe = true; // a search changes nothing
    return r;
}

Request TranscriptsApi::lookupRequest(const QStringList &ids)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("interactionIds"));
    w.beginArray();
    for (const QString &id : ids)
        w.string(id);
    w.endArray();
    w.key(QLatin1StringView("pagination"));
    w.beginObject();
    w.member(QLatin1StringView("limit"), qint64(1000));
    w.endObject();
    w.endObject();
    Request r = Request::postJson(QStringLiteral("/api/v2/interactions/search"), w.take(),
                                  QStringLiteral("Checking that the interactions exist"));
    r.retrySafe = true;
    return r;
}

bool TranscriptsApi::readSearchPage(const Result &page, QList<InteractionInfo> *out,
                                    QString *continuationToken, QString *error)
{
    const QJsonObject o = page.json.object();
    if (!o.value(u"items").isArray()) {
        *error = QStringLiteral("The search answer has no list of items.");
        return false;
    }
    for (const QJsonValue &v : o.value(u"items").toArray()) {
        const QJsonObject i = v.toObject();
        InteractionInfo info;
        info.id = i.value(u"interactionId").toString();
        if (info.id.isEmpty()) {
            *error = QStringLiteral("An interaction in the search answer has no id.");
            return false;
        }
        info.mediaType = i.value(u"mediaType").toString();
        info.startedAt = QDateTime::fromString(i.value(u"startedAt").toString(), Qt::ISODateWithMs);
        info.durationSec = i.value(u"durationSec").toInt();
        info.direction = i.value(u"direction").toString();
        info.agentName = i.value(u"agentName").toString();
        out->append(info);
    }
    *continuationToken = o.value(u"continuationToken").toString();
    return true;
}

QByteArray TranscriptsApi::submitBody(const TranscriptJobRequest &req)
{
    JsonWriter w;
    w.beginObject();
    w.key(QLatin1StringView("interactionIds"));
    w.beginArray();
    for (const QString &id : req.interactionIds)
        w.string(id);
    w.endArray();
    w.key(QLatin1StringView("mediaTypes"));
    w.beginArray();
    for (const QString &m : req.mediaTypes)
        w.string(m);
    w.endArray();
    w.member(QLatin1StringView("redactionPolicy"), req.redactionPolicy);
    w.member(QLatin1StringView("format"), QLatin1StringView("json"));
    w.member(QLatin1StringView("maxConcurrentDownloads"), qint64(req.maxConcurrentDownloads));
    w.endObject();
    return w.take();
}

CallHandle *TranscriptsApi::submit(const TranscriptJobRequest &req, const QByteArray &key)
{
    const QString problem = jobProblem(req);
    Request r = Request::postJson(QStringLiteral("/api/v2/interactions/transcripts"),
                                  submitBody(req), QStringLiteral("Submitting a transcript job"));
    if (!key.isEmpty()) {
        r.headers.append({QByteArray("Idempotency-Key"), key});
        r.retrySafe = true; // a repeat with the same key is answered with the same job
    }
    if (!problem.isEmpty())
        return m_client->refuse(r, ErrorKind::InvalidRequest, problem);
    return m_client->send(r);
}

CallHandle *TranscriptsApi::status(const QString &jobId)
{
    Request r = Request::get(QStringLiteral("/api/v2/jobs/") + pathSegment(jobId),
                             QStringLiteral("Checking transcript job %1").arg(jobId));
    return m_client->send(r);
}

CallHandle *TranscriptsApi::download(const QUrl &url)
{
    Request r;
    r.method = "GET";
    r.url = url;
    // The interaction is named beside the reason wherever it is reported; the call's name
    // stays the same for all, so that one cause reads as one reason.
    r.what = QStringLiteral("Downloading a transcript");
    r.maxResponseBytes = 32 * 1024 * 1024;
    return m_client->send(r);
}

Expected<QString> TranscriptsApi::readSubmit(const Result &result)
{
    if (!result.ok())
        return Expected<QString>::failure(result);
    QString jobId;
    QString error;
    if (!parseSubmit(result, &jobId, &error))
        return Expected<QString>::failure(error);
    return jobId;
}

Expected<TranscriptJobStatus> TranscriptsApi::readStatus(const Result &result)
{
    return readAnswer<TranscriptJobStatus>(result, &TranscriptsApi::parseStatus);
}

bool TranscriptsApi::wasReplayed(const Result &result)
{
    return result.header("Idempotent-Replayed").compare("true", Qt::CaseInsensitive) == 0;
}

bool TranscriptsApi::parseSubmit(const Result &result, QString *jobId, QString *error)
{
    *jobId = result.json.object().value(u"jobId").toString();
    if (jobId->isEmpty()) {
        *error = QStringLiteral("The tenant accepted the job but gave no job id.");
        return false;
    }
    return true;
}

QStringList TranscriptsApi::unknownIds(const Result &result)
{
    QStringList out;
    const QJsonObject o = QJsonDocument::fromJson(result.body).object();
    for (const QJsonValue &v : o.value(u"unknownIds").toArray())
        out.append(v.toString());
    return out;
}

bool TranscriptsApi::parseStatus(const QJsonObject &o, TranscriptJobStatus *out, QString *error)
{
    out->jobId = o.value(u"jobId").toString();
    out->status = o.value(u"status").toString();
    out->progress = o.value(u"progress").toInt();
    static const QStringList known{QStringLiteral("queued"), QStringLiteral("running"),
                                   QStringLiteral("completed"), QStringLiteral("failed")};
    if (!known.contains(out->status)) {
        *error = QStringLiteral("The job status '%1' is not one the contract knows.")
                         .arg(out->status);
        return false;
    }
    out->resultUrl = QUrl(o.value(u"resultUrl").toString());
    out->results.clear();
    for (const QJsonValue &v : o.value(u"results").toArray()) {
        const QJsonObject r = v.toObject();
        const QUrl url(r.value(u"url").toString());
        if (!url.isValid() || url.isRelative()) {
            *error = QStringLiteral("A result URL of the job is not an absolute URL.");
            return false;
        }
        out->results.append({r.value(u"interactionId").toString(), url});
    }
    out->errors.clear();
    for (const QJsonValue &v : o.value(u"errors").toArray())
        out->errors.append(
                v.isString() ? v.toString()
                             : QString::fromUtf8(
                                     QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
    if (out->status == u"completed" && out->results.isEmpty() && out->resultUrl.isEmpty()) {
        *error = QStringLiteral("The job completed without any result URL.");
        return false;
    }
    return true;
}

} // namespace cxone
