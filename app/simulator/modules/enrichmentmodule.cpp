#include "app/simulator/modules/enrichmentmodule.h"

#include "network/jsonwriter.h"

#include "app/simulator/modules/contactlistsdata.h"
#include "app/simulator/tenantsimulator.h"
#include "models/engine/io/jsonbody.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

#include <simdjson.h>

#include <algorithm>

namespace cxone::sim {

namespace {

const QStringList kOutboundRead{QStringLiteral("outbound.read")};
const QStringList kContactsRead{QStringLiteral("contacts.read")};
const QStringList kContactsWrite{QStringLiteral("contacts.write")};
const QStringList kWebhooksWrite{QStringLiteral("webhooks.write")};

SimResponse listCampaigns(const SimRequest &req, TenantState &state)
{
    const EnrichmentPart &part = partOf<EnrichmentPart>(state);
    bool ok = true;
    int limit = 50;
    if (const QString l = req.queryValue(QStringLiteral("limit")); !l.isEmpty())
        limit = l.toInt(&ok);
    if (!ok || limit < 1 || limit > 200)
        return SimResponse::badRequest(QStringLiteral("limit must be from 1 to 200."));
    int offset = 0;
    if (const QString t = req.queryValue(QStringLiteral("continuationToken")); !t.isEmpty()) {
        offset = t.toInt(&ok);
        if (!ok || offset < 0 || offset > int(part.campaigns.size()))
            return SimResponse::badRequest(QStringLiteral("The continuationToken is not valid."));
    }
    QJsonArray items;
    int i = offset;
    for (; i < int(part.campaigns.size()) && items.size() < limit; ++i)
        items.append(part.campaigns[size_t(i)].toJson());
    QJsonObject body{{QStringLiteral("items"), items}};
    if (i < int(part.campaigns.size()))
        body.insert(QStringLiteral("continuationToken"), QString::number(i));
    return SimResponse::json(200, body);
}

SimResponse getCampaign(const SimRequest &req, TenantState &state)
{
    const QString id = req.param(QStringLiteral("campaignId"));
    const EnrichmentPart::Campaign *c = partOf<EnrichmentPart>(state).campaign(id);
    if (!c)
        return SimResponse::notFound(QStringLiteral("campaign %1").arg(id));
    return SimResponse::json(200, c->toJson());
}

ContactListsPart::List *listOf(const SimRequest &req, TenantState &state)
{
    return partOf<ContactListsPart>(state).find(req.param(QStringLiteral("listId")));
}

SimResponse getSchema(const SimRequest &req, TenantState &state)
{
    const ContactListsPart::List *list = listOf(req, state);
    if (!list)
        return SimResponse::notFound(
                QStringLiteral("contact list %1").arg(req.param(QStringLiteral("listId"))));
    QJsonArray attributes;
    for (const ListAttribute &a : list->schema)
        attributes.append(a.toJson());
    return SimResponse::json(200,
                             QJsonObject{{QStringLiteral("listId"), list->id},
                                         {QStringLiteral("idField"), QStringLiteral("contactId")},
                                         {QStringLiteral("attributes"), attributes}});
}

SimResponse getContacts(const SimRequest &req, TenantState &state)
{
    ContactListsPart &lists = partOf<ContactListsPart>(state);
    ContactListsPart::List *list = listOf(req, state);
    if (!list)
        return SimResponse::notFound(
                QStringLiteral("contact list %1").arg(req.param(QStringLiteral("listId"))));
    const QStringList ids
            = req.queryValue(QStringLiteral("contactIds")).split(u',', Qt::SkipEmptyParts);
    if (ids.isEmpty())
        return SimResponse::badRequest(QStringLiteral("contactIds names no contact."));
    if (ids.size() > EnrichmentModule::kMaxIdsPerRead)
        return SimResponse::badRequest(QStringLiteral("At most %1 contactIds per request; %2 "
                                                      "were given.")
                                               .arg(EnrichmentModule::kMaxIdsPerRead)
                                               .arg(ids.size()));
    JsonWriter w(256 * ids.size());
    w.beginObject().key(QLatin1StringView("contacts")).beginArray();
    QStringList notFound;
    for (const QString &id : ids) {
        const ContactListsPart::Location at = lists.locateIn(*list, id);
        if (!at.live()) {
            notFound.append(id);
            continue;
        }
        w.beginObject().member(QLatin1StringView("contactId"), id);
        w.key(QLatin1StringView("attributes")).raw(lists.attributesJsonAt(at));
        w.endObject();
    }
    w.endArray().key(QLatin1StringView("notFound")).beginArray();
    for (const QString &id : std::as_const(notFound))
        w.string(id);
    w.endArray().endObject();
    return SimResponse::raw(200, w.take(), "application/json");
}

// The body is read with simdjson (the route asks for it unparsed): a batch of 300 contacts went
// through QJsonDocument and QJsonObject per record, and that was a tenth of the tenant's time.
SimResponse postContacts(const SimRequest &req, TenantState &state)
{
    namespace dom = simdjson::dom;
    ContactListsPart &lists = partOf<ContactListsPart>(state);
    EnrichmentPart &enrichment = partOf<EnrichmentPart>(state);
    ContactListsPart::List *list = listOf(req, state);
    if (!list)
        return SimResponse::notFound(
                QStringLiteral("contact list %1").arg(req.param(QStringLiteral("listId"))));
    static thread_local dom::parser parser;
    static thread_local std::string text;
    dom::element root;
    if (!parseJsonBody(parser, req.body, &text, &root) || !root.is_object())
        return SimResponse::badRequest(QStringLiteral("The body must be a JSON object."));
    const auto stringOf = [](const dom::element &e) {
        std::string_view v;
        return e.get_string().get(v) == simdjson::SUCCESS
                       ? QString::fromUtf8(v.data(), qsizetype(v.size()))
                       : QString();
    };
    dom::element listIdValue;
    if (jsonMember(root, "contactListId", &listIdValue) && stringOf(listIdValue) != list->id)
        return SimResponse::badRequest(
                QStringLiteral("contactListId \"%1\" does not match the list in the path (%2).")
                        .arg(stringOf(listIdValue), list->id));
    dom::array records;
    dom::element recordsValue;
    if (!jsonMember(root, "contacts", &recordsValue)
        || recordsValue.get_array().get(records) != simdjson::SUCCESS || records.size() == 0)
        return SimResponse::badRequest(QStringLiteral("contacts must be a non-empty array."));
    const qsizetype count = qsizetype(records.size());
    const int limit = enrichment.batchLimit(list->id);
    if (count > limit) {
        SimResponse r = SimResponse::json(
                413, QJsonObject{{QStringLiteral("error"), QStringLiteral("batch_too_large")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("At most %1 contacts per batch for this list "
                                                 "(a tenth of its campaigns' enrichment timeout "
                                                 "budget in ms); %2 were sent. Nothing was "
                                                 "applied.")
                                          .arg(limit)
                                          .arg(count)},
                                 {QStringLiteral("maxContacts"), limit}});
        return r;
    }
    // A request id answered before: the same answer, nothing applied again (no second webhook).
    // Only ids the client chose are remembered (the simulator names the others itself).
    const bool chosenId = !req.header("X-Request-ID").isEmpty();
    if (chosenId) {
        bool conflict = false;
        const QByteArray before = enrichment.answered(list->id, req.requestId, req.body, &conflict);
        if (conflict)
            return SimResponse::error(
                    422, QStringLiteral("request_id_reused"),
                    QStringLiteral("The X-Request-ID %1 was used before for another batch.")
                            .arg(QString::fromLatin1(req.requestId)));
        if (!before.isEmpty()) {
            ++list->counters.enrichRepeats;
            return SimResponse::raw(200, before, "application/json");
        }
    }
    if (const int wait = enrichment.take(int(count), state.enrichRate(), state.nowMs()); wait > 0) {
        SimResponse r = SimResponse::error(
                429, QStringLiteral("rate_limited"),
                QStringLiteral("Enrichment is limited to %1 contacts per second; retry after %2 s.")
                        .arg(state.enrichRate())
                        .arg(wait));
        r.withHeader("Retry-After", QByteArray::number(wait));
        return r;
    }
    // The schema's names as the keys of a stored object are written.
    std::vector<QByteArray> keyJson;
    for (const ListAttribute &a : list->schema) {
        JsonWriter k(a.name.size() + 2);
        k.string(a.name);
        keyJson.push_back(k.take());
    }
    ContactListsPart::Counters &counters = list->counters;
    ++counters.enrichRequests;
    JsonWriter out(64 * count);
    out.beginObject()
            .member(QLatin1StringView("processedCount"), qint64(count))
            .key(QLatin1StringView("results"))
            .beginArray();
    QStringList updated;
    const bool delivering = !enrichment.webhooks.empty();
    struct Given
    {
        std::string_view key;
        dom::element value;
    };
    std::vector<Given> given;
    RawMembers members;
    QJsonArray errors;
    for (const dom::element record : records) {
        dom::element idValue; // (jsonMember is false for a record that is not an object)
        const QString id
                = jsonMember(record, "contactId", &idValue) ? stringOf(idValue) : QString();
        const ContactListsPart::Location at = lists.locateIn(*list, id);
        if (id.isEmpty() || !at.live()) {
            ++counters.notFound;
            out.beginObject()
                    .member(QLatin1StringView("contactId"), id)
                    .member(QLatin1StringView("status"), QLatin1StringView("not_found"))
                    .endObject();
            continue;
        }
        errors = QJsonArray();
        const auto error = [&errors](const QString &attribute, const QString &message) {
            errors.append(QJsonObject{{QStringLiteral("attribute"), attribute},
                                      {QStringLiteral("message"), message}});
        };
        dom::object attrs;
        dom::element attrsValue;
        given.clear();
        if (jsonMember(record, "attributes", &attrsValue)
            && attrsValue.get_object().get(attrs) == simdjson::SUCCESS) {
            for (const dom::key_value_pair field : attrs)
                given.push_back({field.key, field.value});
        }
        // Judged in QJsonObject's order of the names (the order errors were always given in);
        // a name given twice counts once, with its last value.
        std::stable_sort(given.begin(), given.end(),
                         [](const Given &x, const Given &y) { return x.key < y.key; });
        // (std::unique from the back keeps the last of each name, at the back.)
        given.erase(given.begin(),
                    std::unique(given.rbegin(), given.rend(), [](const Given &x, const Given &y) {
                        return x.key == y.key;
                    }).base());
        if (given.empty())
            error(QString(), QStringLiteral("attributes must be a non-empty object"));
        std::vector<std::pair<size_t, QByteArray>> accepted; // schema index, value as JSON
        for (const Given &g : given) {
            const QUtf8StringView name(g.key.data(), qsizetype(g.key.size()));
            size_t index = list->schema.size();
            for (size_t k = 0; k < list->schema.size(); ++k) {
                if (QAnyStringView::equal(list->schema[k].name, name)) {
                    index = k;
                    break;
                }
            }
            if (index == list->schema.size()) {
                ++counters.unknownAttributes;
                error(name.toString(), QStringLiteral("the list has no attribute of this name"));
                continue;
            }
            const ListAttribute &a = list->schema[index];
            QByteArray stored;
            QString message;
            switch (checkAttributeElement(a, g.value, &stored, &message)) {
            case ValueCheck::Ok:
                accepted.emplace_back(index, std::move(stored));
                break;
            case ValueCheck::NullLike:
                ++counters.nullLikeValues;
                error(a.name, message);
                break;
            case ValueCheck::TypeError:
                ++counters.typeErrors;
                error(a.name, message);
                break;
            case ValueCheck::TooLong:
            case ValueCheck::NotInEnum:
                error(a.name, message);
                break;
            }
        }
        if (!errors.isEmpty()) {
            ++counters.rejected;
            out.beginObject()
                    .member(QLatin1StringView("contactId"), id)
                    .member(QLatin1StringView("status"), QLatin1StringView("rejected"))
                    .key(QLatin1StringView("errors"))
                    .array(errors)
                    .endObject();
            continue;
        }
        // Applied whole: every attribute of the record, or none. Merged into the stored object
        // as text (it is kept as toJsonBytes writes it).
        lists.changeAttributesJson(at, [&](const QByteArray &current) {
            if (splitCanonicalObject(current, &members)) {
                for (const auto &[index, value] : accepted)
                    setCanonicalMember(&members, keyJson[index], value);
                return writeCanonicalMembers(members);
            }
            QJsonObject o = QJsonDocument::fromJson(current).object();
            for (const auto &[index, value] : accepted)
                o.insert(list->schema[index].name,
                         QJsonDocument::fromJson("[" + value + "]").array().at(0));
            return toJsonBytes(o);
        });
        ++counters.updated;
        if (delivering)
            updated.append(id);
        out.beginObject()
                .member(QLatin1StringView("contactId"), id)
                .member(QLatin1StringView("status"), QLatin1StringView("updated"))
                .endObject();
    }
    out.endArray().endObject();
    if (!updated.isEmpty())
        enrichment.deliver(QStringLiteral("contact.enriched"), list->id, updated);
    QByteArray answer = out.take();
    if (chosenId)
        enrichment.remember(list->id, req.requestId, req.body, answer);
    return SimResponse::raw(200, std::move(answer), "application/json");
}

SimResponse refresh(const SimRequest &req, TenantState &state)
{
    ContactListsPart::List *list = listOf(req, state);
    if (!list)
        return SimResponse::notFound(
                QStringLiteral("contact list %1").arg(req.param(QStringLiteral("listId"))));
    ++list->counters.refreshes;
    return SimResponse::json(
            202, QJsonObject{{QStringLiteral("listId"), list->id},
                             {QStringLiteral("status"), QStringLiteral("refreshing")},
                             {QStringLiteral("requestedAt"),
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}});
}

// A retry policy field as a number or a numeric string (the guide sends strings).
bool policyNumber(const QJsonObject &policy, const char *key, int low, int high, int *out)
{
    const QJsonValue v = policy.value(QLatin1StringView(key));
    if (v.isUndefined())
        return true;
    bool ok = v.isDouble();
    int n = v.toInt();
    if (v.isString())
        n = v.toString().toInt(&ok);
    if (!ok || n < low || n > high)
        return false;
    *out = n;
    return true;
}

SimResponse registerWebhook(const SimRequest &req, TenantState &state)
{
    EnrichmentPart &part = partOf<EnrichmentPart>(state);
    if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("The body must be a JSON object."));
    const QJsonObject o = req.jsonObject();
    EnrichmentPart::Webhook w;
    w.name = o.value(u"name").toString().trimmed();
    w.url = o.value(u"url").toString();
    const QUrl url(w.url);
    QStringList problems;
    if (w.name.isEmpty())
        problems << QStringLiteral("name is required");
    if (!url.isValid() || url.isRelative() || url.host().isEmpty()
        || (url.scheme() != u"https" && url.scheme() != u"http"))
        problems << QStringLiteral("url must be an absolute http(s) URL");
    for (const QJsonValue e : o.value(u"events").toArray()) {
        const QString event = e.toString();
        if (event != u"contact.enriched" && event != u"contact.updated")
            problems << QStringLiteral("unknown event \"%1\"").arg(event);
        else
            w.events << event;
    }
    if (w.events.isEmpty())
        problems << QStringLiteral("events must name contact.enriched or contact.updated");
    const QJsonObject policy = o.value(u"retryPolicy").toObject();
    if (!policyNumber(policy, "maxRetries", 0, 10, &w.maxRetries))
        problems << QStringLiteral("retryPolicy.maxRetries must be a whole number from 0 to 10");
    if (!policyNumber(policy, "backoffMs", 0, 60000, &w.backoffMs))
        problems << QStringLiteral("retryPolicy.backoffMs must be from 0 to 60000");
    if (!problems.isEmpty())
        return SimResponse::json(
                400,
                QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_webhook")},
                            {QStringLiteral("message"), problems.join(QStringLiteral("; "))},
                            {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}});
    w.id = QStringLiteral("wh-%1").arg(part.webhooks.size() + 1, 4, 10, QChar(u'0'));
    w.createdAt = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    part.webhooks.push_back(w);
    return SimResponse::json(201, w.toJson());
}

SimResponse listWebhooks(const SimRequest &, TenantState &state)
{
    QJsonArray items;
    for (const EnrichmentPart::Webhook &w : partOf<EnrichmentPart>(state).webhooks)
        items.append(w.toJson());
    return SimResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

} // namespace

void EnrichmentModule::registerRoutes(TenantSimulator &sim)
{
    partOf<EnrichmentPart>(sim.state());
    sim.addRoute("GET", QStringLiteral("/api/v2/outbound/campaigns"), kOutboundRead, listCampaigns);
    sim.addRoute("GET", QStringLiteral("/api/v2/outbound/campaigns/{campaignId}"), kOutboundRead,
                 getCampaign);
    const QString list = QStringLiteral("/api/v2/contacts/lists/{listId}");
    sim.addRoute("GET", list + QStringLiteral("/schema"), kContactsRead, getSchema);
    sim.addRoute("GET", list + QStringLiteral("/contacts"), kContactsRead, getContacts);
    RouteOptions unparsed;
    unparsed.parseJson = false; // postContacts reads its body itself
    sim.addRoute("POST", list + QStringLiteral("/contacts"), kContactsWrite, postContacts,
                 unparsed);
    sim.addRoute("POST", list + QStringLiteral("/actions/refresh"), kContactsWrite, refresh);
    sim.addRoute("POST", QStringLiteral("/api/v2/webhooks"), kWebhooksWrite, registerWebhook);
    sim.addRoute("GET", QStringLiteral("/api/v2/webhooks"), kWebhooksWrite, listWebhooks);
}

} // namespace cxone::sim
