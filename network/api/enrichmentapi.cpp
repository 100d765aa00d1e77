#include "network/api/enrichmentapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace cxone {

namespace {

QString listPath(const QString &listId)
{
    return QStringLiteral("/api/v2/contacts/lists/") + pathSegment(listId);
}

} // namespace

QString SchemaAttribute::typeName(Type type)
{
    switch (type) {
    case Type::String:
        return QStringLiteral("string");
    case Type::Integer:
        return QStringLiteral("integer");
    case Type::Decimal:
        return QStringLiteral("decimal");
    case Type::Date:
        return QStringLiteral("date");
    case Type::Boolean:
        return QStringLiteral("boolean");
    }
    return {};
}

bool SchemaAttribute::parseType(const QString &text, Type *type)
{
    const QString t = text.toLower();
    if (t == u"string" || t == u"text")
        *type = Type::String;
    else if (t == u"integer" || t == u"int")
        *type = Type::Integer;
    else if (t == u"decimal" || t == u"number")
        *type = Type::Decimal;
    else if (t == u"date")
        *type = Type::Date;
    else if (t == u"boolean" || t == u"bool")
        *type = Type::Boolean;
    else
        return false;
    return true;
}

const SchemaAttribute *ListSchema::attribute(const QString &name) const
{
    for (const SchemaAttribute &a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

EnrichmentApi::EnrichmentApi(ApiClient *client)
    : m_client(client)
{}

Request EnrichmentApi::campaignsRequest(const QString &continuationToken)
{
    QString path = QStringLiteral("/api/v2/outbound/campaigns");
    if (!continuationToken.isEmpty())
        path += QStringLiteral("?continuationToken=") + pathSegment(continuationToken);
    return Request::get(path, QStringLiteral("Listing the outbound campaigns"));
}

CallHandle *EnrichmentApi::campaign(const QString &campaignId)
{
    return m_client->send(
            Request::get(QStringLiteral("/api/v2/outbound/campaigns/") + pathSegment(campaignId),
                         QStringLiteral("Loading campaign %1").arg(campaignId)));
}

CallHandle *EnrichmentApi::schema(const QString &listId)
{
    return m_client->send(
            Request::get(listPath(listId) + QStringLiteral("/schema"),
                         QStringLiteral("Loading the schema of list %1").arg(listId)));
}

CallHandle *EnrichmentApi::currentValues(const QString &listId, const QStringList &contactIds,
                                         std::function<bool(const QByteArray &, QString *)> read,
                                         QObject *context)
{
    Q_ASSERT(contactIds.size() <= kMaxIdsPerRead);
    QStringList encoded;
    for (const QString &id : contactIds)
        encoded << pathSegment(id);
    Request r = Request::get(
            listPath(listId) + QStringLiteral("/contacts?contactIds=") + encoded.join(u','),
            QStringLiteral("Reading %1 contacts of list %2").arg(contactIds.size()).arg(listId));
    r.maxAttempts = kMaxAttempts;
    r.readBody = std::move(read);
    if (context)
        r.hookContext = QPointer<QObject>(context);
    return m_client->send(std::move(r));
}

CallHandle *EnrichmentApi::postBatch(const QString &listId, const QJsonArray &contacts)
{
    Request r = Request::postJson(
            listPath(listId) + QStringLiteral("/contacts"),
            QJsonDocument(QJsonObject{{QStringLiteral("contactListId"), listId},
                                      {QStringLiteral("contacts"), contacts}})
                    .toJson(QJsonDocument::Compact),
            QStringLiteral("Enriching %1 contacts of list %2").arg(contacts.size()).arg(listId));
    r.retrySafe = true; // absolute values: a replay after a lost answer changes nothing
    return m_client->send(std::move(r));
}

CallHandle *EnrichmentApi::postBatch(const QString &listId, QByteArray body, int contacts,
                                     std::function<bool(const QByteArray &, QString *)> read,
                                     const QByteArray &requestId, QObject *context)
{
    Request r = Request::postJson(
            listPath(listId) + QStringLiteral("/contacts"), std::move(body),
            QStringLiteral("Enriching %1 contacts of list %2").arg(contacts).arg(listId));
    r.retrySafe = true; // absolute values: a replay after a 5xx changes nothing
    // A lost answer goes back to the caller, which reads back whether the batch took effect
    // before it sends it again (under the same request id), so the tenant's webhooks fire once.
    r.replayWhenAnswerLost = false;
    r.maxAttempts = kMaxAttempts;
    r.requestId = requestId;
    r.readBody = std::move(read);
    if (context)
        r.hookContext = QPointer<QObject>(context);
    return m_client->send(std::move(r));
}

CallHandle *EnrichmentApi::refresh(const QString &listId)
{
    Request r = Request::postJson(listPath(listId) + QStringLiteral("/actions/refresh"), {},
                                  QStringLiteral("Refreshing list %1").arg(listId));
    r.retrySafe = true;
    r.expectJson = false;
    return m_client->send(std::move(r));
}

CallHandle *EnrichmentApi::registerWebhook(const QString &name, const QUrl &url, int maxRetries,
                                           int backoffMs)
{
    const QJsonObject body{
            {QStringLiteral("name"), name},
            {QStringLiteral("url"), url.toString()},
            {QStringLiteral("events"),
             QJsonArray{QStringLiteral("contact.enriched"), QStringLiteral("contact.updated")}},
            {QStringLiteral("retryPolicy"), QJsonObject{{QStringLiteral("maxRetries"), maxRetries},
                                                        {QStringLiteral("backoffMs"), backoffMs}}}};
    return m_client->send(Request::postJson(QStringLiteral("/api/v2/webhooks"),
                                            QJsonDocument(body).toJson(QJsonDocument::Compact),
                                            QStringLiteral("Registering the CRM webhook")));
}

CallHandle *EnrichmentApi::webhooks()
{
    return m_client->send(Request::get(QStringLiteral("/api/v2/webhooks"),
                                       QStringLiteral("Listing the webhooks")));
}

Expected<CampaignInfo> EnrichmentApi::readCampaign(const Result &result)
{
    return readAnswer<CampaignInfo>(result, &EnrichmentApi::parseCampaign);
}

Expected<ListSchema> EnrichmentApi::readSchema(const Result &result)
{
    return readAnswer<ListSchema>(result, &EnrichmentApi::parseSchema);
}

Expected<CurrentValues> EnrichmentApi::readCurrentValues(const Result &result)
{
    return readAnswer<CurrentValues>(
            result, [](const QJsonObject &o, CurrentValues *out, QString *error) {
                return parseCurrentValues(o, &out->values, &out->notFound, error);
            });
}

bool EnrichmentApi::parseCampaign(const QJsonObject &o, CampaignInfo *out, QString *error)
{
    CampaignInfo c;
    c.id = o.value(u"campaignId").toString();
    c.name = o.value(u"name").toString(c.id);
    c.status = o.value(u"status").toString();
    c.contactListId = o.value(u"contactListId").toString();
    const QJsonValue budget = o.value(u"maxEnrichmentTimeout");
    c.maxEnrichmentTimeout = budget.isDouble() ? budget.toInt() : budget.toString().toInt();
    if (c.id.isEmpty()) {
        *error = QStringLiteral("A campaign came without its campaignId.");
        return false;
    }
    if (c.maxEnrichmentTimeout < 10) {
        *error = QStringLiteral("Campaign %1 has no usable maxEnrichmentTimeout (%2 ms); the batch "
                                "size cannot be worked out.")
                         .arg(c.id)
                         .arg(c.maxEnrichmentTimeout);
        return false;
    }
    *out = std::move(c);
    return true;
}

bool EnrichmentApi::readCampaignsPage(const Result &page, QList<CampaignInfo> *out,
                                      std::optional<Request> *next, QString *error)
{
    const QJsonObject o = page.json.object();
    if (!o.value(u"items").isArray()) {
        *error = QStringLiteral("The campaign list has no items array.");
        return false;
    }
    for (const QJsonValue v : o.value(u"items").toArray()) {
        CampaignInfo c;
        if (!parseCampaign(v.toObject(), &c, error))
            return false;
        out->append(c);
    }
    const QString token = o.value(u"continuationToken").toString();
    if (!token.isEmpty())
        *next = campaignsRequest(token);
    return true;
}

bool EnrichmentApi::parseSchema(const QJsonObject &o, ListSchema *out, QString *error)
{
    ListSchema s;
    s.listId = o.value(u"listId").toString();
    s.idField = o.value(u"idField").toString(QStringLiteral("contactId"));
    if (!o.value(u"attributes").isArray()) {
        *error = QStringLiteral("The schema has no attributes array.");
        return false;
    }
    for (const QJsonValue v : o.value(u"attributes").toArray()) {
        const QJsonObject a = v.toObject();
        SchemaAttribute attr;
        attr.name = a.value(u"name").toString();
        if (attr.name.isEmpty()
            || !SchemaAttribute::parseType(a.value(u"type").toString(), &attr.type)) {
            *error = QStringLiteral("Attribute \"%1\" of the schema has no name or an unknown type "
                                    "\"%2\".")
                             .arg(attr.name, a.value(u"type").toString());
            return false;
        }
        attr.required = a.value(u"required").toBool();
        attr.maxLength = a.value(u"maxLength").toInt();
        for (const QJsonValue e : a.value(u"enumValues").toArray())
            attr.enumValues << e.toString();
        attr.label = a.value(u"label").toString(attr.name);
        s.attributes.append(attr);
    }
    *out = std::move(s);
    return true;
}

QString EnrichmentApi::noContactsArrayText()
{
    return QStringLiteral("The answer has no contacts array.");
}

QString EnrichmentApi::notAnEnrichmentResultText()
{
    return QStringLiteral("The answer has no processedCount: it is not an enrichment result.");
}

bool EnrichmentApi::parseCurrentValues(const QJsonObject &o, QHash<QString, QJsonObject> *values,
                                       QStringList *notFound, QString *error)
{
    if (!o.value(u"contacts").isArray()) {
        *error = noContactsArrayText();
        return false;
    }
    for (const QJsonValue v : o.value(u"contacts").toArray()) {
        const QJsonObject c = v.toObject();
        values->insert(c.value(u"contactId").toString(), c.value(u"attributes").toObject());
    }
    for (const QJsonValue v : o.value(u"notFound").toArray())
        notFound->append(v.toString());
    return true;
}

bool EnrichmentApi::parseBatchResults(const QJsonObject &o, QList<EnrichRecordResult> *out,
                                      QString *error)
{
    // The guide's format check: an answer without processedCount is not the enrichment answer.
    if (!o.contains(u"processedCount")) {
        *error = notAnEnrichmentResultText();
        return false;
    }
    for (const QJsonValue v : o.value(u"results").toArray()) {
        const QJsonObject r = v.toObject();
        EnrichRecordResult e;
        e.contactId = r.value(u"contactId").toString();
        e.status = r.value(u"status").toString();
        for (const QJsonValue ev : r.value(u"errors").toArray()) {
            const QJsonObject eo = ev.toObject();
            const QString a = eo.value(u"attribute").toString();
            e.errors << (a.isEmpty() ? eo.value(u"message").toString()
                                     : a + QStringLiteral(": ") + eo.value(u"message").toString());
        }
        out->append(e);
    }
    return true;
}

QString EnrichmentApi::findWebhook(const QJsonObject &list, const QUrl &url)
{
    for (const QJsonValue v : list.value(u"items").toArray()) {
        const QJsonObject w = v.toObject();
        if (QUrl(w.value(u"url").toString()) == url)
            return w.value(u"webhookId").toString();
    }
    return {};
}

} // namespace cxone
