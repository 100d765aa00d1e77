#include "app/simulator/modules/contactlistsmodule.h"

#include "app/simulator/tenantsimulator.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace cxone::sim {

namespace {

using Part = ContactListsPart;

const QStringList kReadScopes{QStringLiteral("campaign:contactlist:read")};
const QStringList kWriteScopes{QStringLiteral("campaign:contact:write")};
const QStringList kDeleteScopes{QStringLiteral("campaign:contact:delete")};

SimResponse listLists(const SimRequest &, TenantState &state)
{
    QJsonArray items;
    for (const Part::List &l : partOf<Part>(state).lists)
        items.append(QJsonObject{{QStringLiteral("id"), l.id},
                                 {QStringLiteral("name"), l.name},
                                 {QStringLiteral("contactCount"), l.liveCount()},
                                 {QStringLiteral("defaultRegion"), l.defaultRegion}});
    return SimResponse::json(200, QJsonObject{{QStringLiteral("items"), items}});
}

SimResponse getPage(const SimRequest &req, TenantState &state)
{
    Part &part = partOf<Part>(state);
    Part::List *list = part.find(req.param(QStringLiteral("listId")));
    if (!list)
        return SimResponse::notFound(
                QStringLiteral("contact list %1").arg(req.param(QStringLiteral("listId"))));
    int pageSize = ContactListsModule::kDefaultPageSize;
    if (const QString s = req.queryValue(QStringLiteral("pageSize")); !s.isEmpty()) {
        bool ok = false;
        pageSize = s.toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > ContactListsModule::kMaxPageSize)
            return SimResponse::badRequest(QStringLiteral("pageSize must be between 1 and %1.")
                                                   .arg(ContactListsModule::kMaxPageSize));
    }
    qint64 cursor = 0;
    if (const QString s = req.queryValue(QStringLiteral("cursor")); !s.isEmpty()) {
        bool ok = false;
        cursor = s.toLongLong(&ok);
        if (!ok || cursor < 0)
            return SimResponse::badRequest(QStringLiteral("The cursor is not one this list gave."));
    }
    QJsonArray contacts;
    const qint64 end = list->seededCount + qint64(list->added.size());
    while (cursor < end && contacts.size() < pageSize) {
        if (cursor < list->seededCount) {
            if (!list->deleted.contains(cursor))
                contacts.append(Part::contactJson(part.seededContact(*list, cursor)));
        } else {
            const qint64 a = cursor - list->seededCount;
            if (!list->addedDeleted[size_t(a)])
                contacts.append(Part::contactJson(list->added[size_t(a)]));
        }
        ++cursor;
    }
    QJsonObject body{{QStringLiteral("id"), list->id},
                     {QStringLiteral("name"), list->name},
                     {QStringLiteral("contactCount"), list->liveCount()},
                     {QStringLiteral("contacts"), contacts}};
    if (cursor < end) {
        // Absolute, on the tenant's own origin (contract section 4).
        body.insert(QStringLiteral("nextPageUri"),
                    QStringLiteral("%1/api/v2/campaigns/contactlists/%2?cursor=%3&pageSize=%4")
                            .arg(req.origin, QString::fromLatin1(QUrl::toPercentEncoding(list->id)))
                            .arg(cursor)
                            .arg(pageSize));
    }
    return SimResponse::json(200, body);
}

// Finds the path's list and validates a {contacts:[...]} body of at most kMaxPatch entries with
// an id each; a response with a status when something is wrong.
SimResponse readContacts(const SimRequest &req, Part &part, Part::List **list, QJsonArray *contacts)
{
    const QString listId = req.param(QStringLiteral("listId"));
    *list = part.find(listId);
    if (!*list)
        return SimResponse::notFound(QStringLiteral("contact list %1").arg(listId));
    if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("The body must be a JSON object."));
    const QJsonValue value = req.jsonObject().value(u"contacts");
    if (!value.isArray() || value.toArray().isEmpty())
        return SimResponse::badRequest(QStringLiteral("contacts must be a non-empty array."));
    *contacts = value.toArray();
    if (contacts->size() > ContactListsModule::kMaxPatch)
        return SimResponse::badRequest(
                QStringLiteral("At most %1 contacts per request; %2 were sent.")
                        .arg(ContactListsModule::kMaxPatch)
                        .arg(contacts->size()));
    for (const QJsonValue &v : std::as_const(*contacts)) {
        const QJsonObject c = v.toObject();
        if (c.value(u"id").toString().isEmpty())
            return SimResponse::badRequest(QStringLiteral("Every contact needs an id."));
        if (c.contains(u"phone") && !c.value(u"phone").isString())
            return SimResponse::badRequest(QStringLiteral("A phone must be a string."));
        if (c.contains(u"attributes") && !c.value(u"attributes").isObject())
            return SimResponse::badRequest(QStringLiteral("attributes must be an object."));
    }
    return SimResponse{0, {}, {}, {}};
}

// PATCH: sets each known contact's phone (and, when given, its whole attribute object: absolute
// values, so a replay changes nothing). An unknown id is reported, never created.
SimResponse patchContacts(const SimRequest &req, TenantState &state)
{
    Part &part = partOf<Part>(state);
    Part::List *list = nullptr;
    QJsonArray contacts;
    if (SimResponse bad = readContacts(req, part, &list, &contacts); bad.status != 0)
        return bad;
    ++part.patches;
    int updated = 0;
    QJsonArray results;
    for (const QJsonValue &v : std::as_const(contacts)) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(u"id").toString();
        const Part::Location at = part.locateIn(*list, id);
        if (!at.live()) {
            results.append(QJsonObject{{QStringLiteral("id"), id},
                                       {QStringLiteral("status"), QStringLiteral("not_found")}});
            continue;
        }
        if (c.contains(u"phone"))
            part.setPhone(at, c.value(u"phone").toString().toUtf8());
        if (c.contains(u"attributes"))
            part.setAttributes(at, c.value(u"attributes").toObject());
        ++updated;
        results.append(QJsonObject{{QStringLiteral("id"), id},
                                   {QStringLiteral("status"), QStringLiteral("updated")}});
    }
    return SimResponse::json(200, QJsonObject{{QStringLiteral("processedCount"), contacts.size()},
                                              {QStringLiteral("updated"), updated},
                                              {QStringLiteral("results"), results}});
}

// POST: brings contacts back with the ids given (a restore of deleted ones) or adds new ones;
// a contact that is there already is left as it is ("exists").
SimResponse createContacts(const SimRequest &req, TenantState &state)
{
    Part &part = partOf<Part>(state);
    Part::List *list = nullptr;
    QJsonArray contacts;
    if (SimResponse bad = readContacts(req, part, &list, &contacts); bad.status != 0)
        return bad;
    for (const QJsonValue &v : std::as_const(contacts)) {
        if (!v.toObject().value(u"phone").isString())
            return SimResponse::badRequest(QStringLiteral("Every contact needs a phone string."));
    }
    ++part.creates;
    QJsonArray results;
    for (const QJsonValue &v : std::as_const(contacts)) {
        const QJsonObject c = v.toObject();
        const QString id = c.value(u"id").toString();
        const QByteArray phone = c.value(u"phone").toString().toUtf8();
        const QJsonObject attributes = c.value(u"attributes").toObject();
        Part::Location at = part.locateIn(*list, id);
        QString status = QStringLiteral("created");
        if (at.live()) {
            status = QStringLiteral("exists");
        } else if (at.list) {
            if (at.seeded >= 0)
                list->deleted.remove(at.seeded);
            else
                list->addedDeleted[size_t(at.added)] = false;
            part.setPhone(at, phone);
            part.setAttributes(at, attributes);
        } else {
            // An id no list of the tenant knows: a new contact of this list.
            Part::List *other = nullptr;
            qint64 s = -1, a = -1;
            if (part.locate(id, &other, &s, &a)) {
                results.append(QJsonObject{{QStringLiteral("id"), id},
                                           {QStringLiteral("status"), QStringLiteral("rejected")},
                                           {QStringLiteral("message"),
                                            QStringLiteral("the id belongs to another list")}});
                continue;
            }
            list->addedIndex.insert(id, qint64(list->added.size()));
            list->added.push_back({id, phone, attributes});
            list->addedDeleted.push_back(false);
        }
        results.append(QJsonObject{{QStringLiteral("id"), id}, {QStringLiteral("status"), status}});
    }
    return SimResponse::json(200, QJsonObject{{QStringLiteral("processedCount"), contacts.size()},
                                              {QStringLiteral("results"), results}});
}

SimResponse deleteContact(const SimRequest &req, TenantState &state)
{
    Part &part = partOf<Part>(state);
    const QString id = req.param(QStringLiteral("contactId"));
    Part::List *list = nullptr;
    qint64 seeded = -1;
    qint64 added = -1;
    if (!part.locate(id, &list, &seeded, &added))
        return SimResponse::notFound(QStringLiteral("contact %1").arg(id));
    if (seeded >= 0) {
        if (list->deleted.contains(seeded))
            return SimResponse::notFound(QStringLiteral("contact %1").arg(id));
        list->deleted.insert(seeded);
    } else {
        if (list->addedDeleted[size_t(added)])
            return SimResponse::notFound(QStringLiteral("contact %1").arg(id));
        list->addedDeleted[size_t(added)] = true;
    }
    ++part.deletes;
    return SimResponse::noContent();
}

SimResponse lookup(const SimRequest &req, TenantState &state)
{
    Part &part = partOf<Part>(state);
    if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("The body must be a JSON object."));
    const QJsonArray numbers = req.jsonObject().value(u"numbers").toArray();
    if (numbers.isEmpty())
        return SimResponse::badRequest(QStringLiteral("numbers must be a non-empty array."));
    if (numbers.size() > ContactListsModule::kMaxLookup)
        return SimResponse::badRequest(QStringLiteral("At most %1 numbers per lookup.")
                                               .arg(ContactListsModule::kMaxLookup));
    ++part.lookups;
    QJsonArray results;
    for (const QJsonValue &n : numbers)
        results.append(lookupPhone(part.seed, n.toString().toLatin1()));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("results"), results}});
}

// The list as it stands, for checks from outside (a soak test compares tenants by it): its live
// contacts, a digest of them in id order (id, phone and attributes), and ids that occur twice.
SimResponse listState(const SimRequest &req, TenantState &state)
{
    Part &part = partOf<Part>(state);
    Part::List *list = part.find(req.param(QStringLiteral("listId")));
    if (!list)
        return SimResponse::notFound(
                QStringLiteral("contact list %1").arg(req.param(QStringLiteral("listId"))));
    std::vector<std::pair<QString, QByteArray>> rows;
    rows.reserve(size_t(list->liveCount()));
    const auto add = [&rows](const Part::Contact &c) {
        rows.emplace_back(
                c.id, c.phone + '\t' + QJsonDocument(c.attributes).toJson(QJsonDocument::Compact));
    };
    for (qint64 i = 0; i < list->seededCount; ++i) {
        if (!list->deleted.contains(i))
            add(part.seededContact(*list, i));
    }
    for (size_t a = 0; a < list->added.size(); ++a) {
        if (!list->addedDeleted[a])
            add(list->added[a]);
    }
    std::sort(rows.begin(), rows.end());
    QCryptographicHash digest(QCryptographicHash::Sha256);
    qint64 duplicates = 0;
    QJsonArray contacts;
    const bool withContacts = req.queryValue(QStringLiteral("contacts")) == u"1";
    for (size_t i = 0; i < rows.size(); ++i) {
        if (i > 0 && rows[i].first == rows[i - 1].first)
            ++duplicates;
        digest.addData(QByteArray(rows[i].first.toUtf8() + '\t' + rows[i].second + '\n'));
        if (withContacts)
            contacts.append(QString(rows[i].first + u'\t' + QString::fromUtf8(rows[i].second)));
    }
    QJsonObject out{{QStringLiteral("id"), list->id},
                    {QStringLiteral("contacts"), qint64(rows.size())},
                    {QStringLiteral("duplicateIds"), duplicates},
                    {QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex())}};
    if (withContacts)
        out.insert(QStringLiteral("rows"), contacts);
    return SimResponse::json(200, out);
}

} // namespace

void ContactListsModule::registerRoutes(TenantSimulator &sim)
{
    partOf<Part>(sim.state());
    const QString list = QStringLiteral("/api/v2/campaigns/contactlists/{listId}");
    sim.addRoute("GET", QStringLiteral("/api/v2/campaigns/contactlists"), kReadScopes, listLists);
    sim.addRoute("GET", list, kReadScopes, getPage);
    sim.addRoute("PATCH", list + QStringLiteral("/contacts"), kWriteScopes, patchContacts);
    sim.addRoute("POST", list + QStringLiteral("/contacts"), kWriteScopes, createContacts);
    sim.addRoute("DELETE", QStringLiteral("/api/v2/campaigns/contacts/{contactId}"), kDeleteScopes,
                 deleteContact);
    sim.addRoute("POST", QStringLiteral("/api/v2/campaigns/phone-lookup"), kReadScopes, lookup);
    sim.addRoute("GET", QStringLiteral("/_sim/contactlists/{listId}"), {}, listState);
}

} // namespace cxone::sim
