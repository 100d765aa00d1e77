#include "network/api/audiencesapi.h"

#include "network/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cxone {

namespace {

QString audiencePath(const QString &id)
{
    return QStringLiteral("/api/v1/audiences/") + pathSegment(id);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList out;
    for (const QJsonValue v : value.toArray())
        out << v.toString();
    return out;
}

} // namespace

AudiencesApi::AudiencesApi(ApiClient *client)
    : m_client(client)
{}

QStringList AudiencesApi::dataSources()
{
    return {QStringLiteral("customer_360"), QStringLiteral("interaction_history"),
            QStringLiteral("crm_sync")};
}

QString AudiencesApi::dataSourceLabel(const QString &source)
{
    if (source == u"customer_360")
        return QStringLiteral("Customer 360 profiles");
    if (source == u"interaction_history")
        return QStringLiteral("Interaction history");
    if (source == u"crm_sync")
        return QStringLiteral("CRM sync");
    return source;
}

CallHandle *AudiencesApi::list()
{
    return m_client->send(
            Request::get(QStringLiteral("/api/v1/audiences"), QStringLiteral("Listing audiences")));
}

CallHandle *AudiencesApi::get(const QString &id, bool withEvaluation)
{
    QString path = audiencePath(id);
    if (withEvaluation)
        path += QStringLiteral("?include=size,evaluation_status");
    return m_client->send(Request::get(path, QStringLiteral("Loading audience %1").arg(id)));
}

CallHandle *AudiencesApi::put(const QString &id, const QJsonObject &payload)
{
    return m_client->send(Request::putJson(audiencePath(id),
                                           QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                           QStringLiteral("Saving audience %1").arg(id)));
}

CallHandle *AudiencesApi::fields(const QString &dataSource)
{
    return m_client->send(Request::get(
            QStringLiteral("/api/v1/data-sources/%1/fields").arg(pathSegment(dataSource)),
            QStringLiteral("Loading the fields of %1").arg(dataSource)));
}

QJsonObject AudiencesApi::cdpEvent(const QString &audienceId, const QString &name,
                                   bool recalculationTriggered, const QDateTime &whenUtc)
{
    return {{QStringLiteral("event"), QStringLiteral("AUDIENCE_UPDATED")},
            {QStringLiteral("audience_id"), audienceId},
            {QStringLiteral("timestamp"), whenUtc.toUTC().toString(Qt::ISODateWithMs)},
            {QStringLiteral("segment_name"), name},
            {QStringLiteral("recalculation_triggered"), recalculationTriggered}};
}

Expected<AudienceInfo> AudiencesApi::readAudience(const Result &result)
{
    return readAnswer<AudienceInfo>(result, &AudiencesApi::parseAudience);
}

Expected<QList<AudienceInfo>> AudiencesApi::readList(const Result &result)
{
    return readAnswer<QList<AudienceInfo>>(result, &AudiencesApi::parseList);
}

Expected<QList<AudienceField>> AudiencesApi::readFields(const Result &result)
{
    return readAnswer<QList<AudienceField>>(result, &AudiencesApi::parseFields);
}

bool AudiencesApi::parseAudience(const QJsonObject &json, AudienceInfo *out, QString *error)
{
    const QString id = json.value(u"id").toString();
    if (id.isEmpty() || !json.value(u"name").isString()) {
        if (error)
            *error = QStringLiteral("The audience answer has no id or name.");
        return false;
    }
    AudienceInfo a;
    a.id = id;
    a.name = json.value(u"name").toString();
    a.description = json.value(u"description").toString();
    a.dataSource = json.value(u"data_source").toString();
    a.criteria = json.value(u"criteria").toObject();
    a.exclusions = stringList(json.value(u"exclusions"));
    a.version = json.value(u"version").toInteger();
    a.evaluationStatus = json.value(u"evaluation_status").toString();
    const QJsonValue size = json.value(u"size");
    a.size = size.isDouble() ? size.toInteger(-1) : -1;
    a.lastEvaluated = QDateTime::fromString(json.value(u"last_evaluated").toString(), Qt::ISODate);
    a.updatedAt = QDateTime::fromString(json.value(u"updated_at").toString(), Qt::ISODate);
    *out = std::move(a);
    return true;
}

bool AudiencesApi::parseList(const QJsonObject &json, QList<AudienceInfo> *out, QString *error)
{
    if (!json.value(u"items").isArray()) {
        if (error)
            *error = QStringLiteral("The audience list answer has no items.");
        return false;
    }
    QList<AudienceInfo> list;
    for (const QJsonValue v : json.value(u"items").toArray()) {
        AudienceInfo a;
        if (!parseAudience(v.toObject(), &a, error))
            return false;
        list.append(std::move(a));
    }
    *out = std::move(list);
    return true;
}

bool AudiencesApi::parseFields(const QJsonObject &json, QList<AudienceField> *out, QString *error)
{
    if (!json.value(u"fields").isArray()) {
        if (error)
            *error = QStringLiteral("The field catalogue answer has no fields.");
        return false;
    }
    QList<AudienceField> fields;
    for (const QJsonValue v : json.value(u"fields").toArray()) {
        const QJsonObject o = v.toObject();
        AudienceField f;
        f.name = o.value(u"name").toString();
        f.label = o.value(u"label").toString();
        f.type = o.value(u"type").toString();
        f.operators = stringList(o.value(u"operators"));
        f.enumValues = stringList(o.value(u"enum_values"));
        if (f.name.isEmpty() || f.type.isEmpty() || f.operators.isEmpty()) {
            if (error)
                *error = QStringLiteral("A field of the catalogue has no name, type or operators.");
            return false;
        }
        fields.append(std::move(f));
    }
    *out = std::move(fields);
    return true;
}

QStringList AudiencesApi::problemsOf(const QByteArray &errorBody)
{
    return stringList(QJsonDocument::fromJson(errorBody).object().value(u"problems"));
}

} // namespace cxone
