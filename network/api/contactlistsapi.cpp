#include "network/api/contactlistsapi.h"

#include "network/apiclient.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace cxone {

ContactListsApi::ContactListsApi(ApiClient *client)
    : m_client(client)
{}

Request ContactListsApi::listsRequest()
{
    return Request::get(QStringLiteral("/api/v2/campaigns/contactlists"),
                        QStringLiteral("Listing the contact lists"));
}

CallHandle *ContactListsApi::lists()
{
    return m_client->send(listsRequest());
}

Request ContactListsApi::firstPageRequest(const QString &listId, int pageSize)
{
    Request r = Request::get(QStringLiteral("/api/v2/campaigns/contactlists/%1?pageSize=%2")
                                     .arg(pathSegment(listId))
                                     .arg(pageSize),
                             QStringLiteral("Loading contact list %1").arg(listId));
    return r;
}

CallHandle *ContactListsApi::firstPage(const QString &listId, int pageSize)
{
    return m_client->send(firstPageRequest(listId, pageSize));
}

Request ContactListsApi::pageRequest(const QString &nextPageUri, const QString &listId)
{
    Request r = Request::get(QString(), QStringLiteral("Loading contact list %1").arg(listId));
    // As the server gave it: absolute on the tenant (the pipeline refuses another origin), or
    // relative to the base URL from servers that still send one.
    r.url = QUrl(nextPageUri, QUrl::StrictMode);
    return r;
}

QJsonObject ContactListsApi::contactJson(const ListContact &contact)
{
    QJsonObject o = contact.fields;
    o.insert(QStringLiteral("id"), contact.id);
    o.insert(QStringLiteral("phone"), contact.phone);
    return o;
}

QByteArray ContactListsApi::patchBody(const QList<ListContact> &contacts, bool withAttributes)
{
    QJsonArray items;
    for (const ListContact &c : contacts) {
        QJsonObject o{{QStringLiteral("id"), c.id}};
        if (!c.phone.isNull())
            o.insert(QStringLiteral("phone"), c.phone);
        if (withAttributes)
            o.insert(QStringLiteral("attributes"), c.fields.value(u"attributes").toObject());
        items.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("contacts"), items}})
            .toJson(QJsonDocument::Compact);
}

CallHandle *ContactListsApi::patch(const QString &listId, const QList<ListContact> &contacts,
                                   bool withAttributes)
{
    Q_ASSERT(contacts.size() <= kMaxPatch);
    Request r = Request::patchJson(
            QStringLiteral("/api/v2/campaigns/contactlists/%1/contacts").arg(pathSegment(listId)),
            patchBody(contacts, withAttributes),
            QStringLiteral("Updating %1 contacts of list %2").arg(contacts.size()).arg(listId));
    r.retrySafe = true; // absolute values: a replay changes nothing
    return m_client->send(std::move(r));
}

CallHandle *ContactListsApi::create(const QString &listId, const QList<ListContact> &contacts)
{
    Q_ASSERT(contacts.size() <= kMaxPatch);
    QJsonArray items;
    for (const ListContact &c : contacts)
        items.append(QJsonObject{
                {QStringLiteral("id"), c.id},
                {QStringLiteral("phone"), c.phone},
                {QStringLiteral("attributes"), c.fields.value(u"attributes").toObject()}});
    Request r = Request::postJson(
            QStringLiteral("/api/v2/campaigns/contactlists/%1/contacts").arg(pathSegment(listId)),
            QJsonDocument(QJsonObject{{QStringLiteral("contacts"), items}})
                    .toJson(QJsonDocument::Compact),
            QStringLiteral("Re-creating %1 contacts of list %2").arg(contacts.size()).arg(listId));
    r.retrySafe = true; // ids given: a replay finds them there ("exists") and changes nothing
    return m_client->send(std::move(r));
}

CallHandle *ContactListsApi::remove(const QString &contactId)
{
    Request r = Request::del(
            QStringLiteral("/api/v2/campaigns/contacts/%1").arg(pathSegment(contactId)),
            QStringLiteral("Deleting contact %1").arg(contactId));
    r.expectJson = false;
    return m_client->send(std::move(r));
}

CallHandle *ContactListsApi::lookup(const QStringList &e164Numbers)
{
    Q_ASSERT(e164Numbers.size() <= kMaxLookup);
    Request r = Request::postJson(
            QStringLiteral("/api/v2/campaigns/phone-lookup"),
            QJsonDocument(QJsonObject{{QStringLiteral("numbers"),
                                       QJsonArray::fromStringList(e164Numbers)}})
                    .toJson(QJsonDocument::Compact),
            QStringLiteral("Looking up %1 numbers").arg(e164Numbers.size()));
    r.retrySafe = true; // a read, whatever its method
    return m_client->send(std::move(r));
}

Expected<QList<ContactListInfo>> ContactListsApi::readLists(const Result &result)
{
    return readAnswer<QList<ContactListInfo>>(result, &ContactListsApi::parseLists);
}

Expected<ContactPage> ContactListsApi::readPage(const Result &result)
{
    return readAnswer<ContactPage>(result, &ContactListsApi::parsePage);
}

Expected<QList<PhoneLookupInfo>> ContactListsApi::readLookup(const Result &result)
{
    return readAnswer<QList<PhoneLookupInfo>>(result, &ContactListsApi::parseLookup);
}

Expected<QHash<QString, QString>> ContactListsApi::readResults(const Result &result)
{
    return readAnswer<QHash<QString, QString>>(result, &ContactListsApi::parseResults);
}

bool ContactListsApi::parseResults(const QJsonObject &json, QHash<QString, QString> *statuses,
                                   QString *error)
{
    const QJsonValue results = json.value(u"results");
    if (!results.isArray()) {
        *error = QStringLiteral("The answer has no per-contact 'results'.");
        return false;
    }
    statuses->clear();
    for (const QJsonValue &v : results.toArray()) {
        const QJsonObject o = v.toObject();
        statuses->insert(o.value(u"id").toString(), o.value(u"status").toString());
    }
    return true;
}

bool ContactListsApi::parseLists(const QJsonObject &json, QList<ContactListInfo> *out,
                                 QString *error)
{
    const QJsonValue items = json.value(u"items");
    if (!items.isArray()) {
        *error = QStringLiteral("The list of contact lists has no 'items' array.");
        return false;
    }
    out->clear();
    for (const QJsonValue &v : items.toArray()) {
        const QJsonObject o = v.toObject();
        ContactListInfo info;
        info.id = o.value(u"id").toString();
        if (info.id.isEmpty()) {
            *error = QStringLiteral("A contact list came without an id.");
            return false;
        }
        info.name = o.value(u"name").toString(info.id);
        info.contactCount = o.value(u"contactCount").toInteger(-1);
        info.defaultRegion = o.value(u"defaultRegion").toString();
        out->append(info);
    }
    return true;
}

bool ContactListsApi::parseContact(const QJsonObject &json, ListContact *out, QString *error)
{
    QJsonObject o = json;
    const QJsonValue id = o.take(QStringLiteral("id"));
    // Ids are opaque: strings as given, numbers as their decimal text.
    out->id = id.isDouble() ? QString::number(id.toInteger()) : id.toString();
    if (out->id.isEmpty()) {
        *error = QStringLiteral("A contact came without an id; nothing can be changed safely.");
        return false;
    }
    const QJsonValue phone = o.take(QStringLiteral("phone"));
    if (phone.isDouble())
        out->phone = QString::number(phone.toInteger());
    else
        out->phone = phone.toString(); // absent and null read as empty: purged as "empty"
    out->fields = o;
    return true;
}

bool ContactListsApi::parsePage(const QJsonObject &json, ContactPage *out, QString *error)
{
    const QJsonValue contacts = json.value(u"contacts");
    if (!contacts.isArray()) {
        *error = QStringLiteral("The page has no 'contacts' array.");
        return false;
    }
    const QJsonArray array = contacts.toArray();
    out->contacts.clear();
    out->contacts.reserve(array.size());
    for (const QJsonValue &v : array) {
        if (!v.isObject()) {
            *error = QStringLiteral("A contact of the page is not an object.");
            return false;
        }
        ListContact c;
        if (!parseContact(v.toObject(), &c, error))
            return false;
        out->contacts.append(std::move(c));
    }
    out->nextPageUri = json.value(u"nextPageUri").toString();
    out->contactCount = json.value(u"contactCount").toInteger(-1);
    return true;
}

bool ContactListsApi::parseLookup(const QJsonObject &json, QList<PhoneLookupInfo> *out,
                                  QString *error)
{
    const QJsonValue results = json.value(u"results");
    if (!results.isArray()) {
        *error = QStringLiteral("The lookup answer has no 'results' array.");
        return false;
    }
    out->clear();
    for (const QJsonValue &v : results.toArray()) {
        const QJsonObject o = v.toObject();
        PhoneLookupInfo info;
        info.number = o.value(u"number").toString();
        info.valid = o.value(u"valid").toBool();
        info.carrier = o.value(u"carrier").toString();
        info.lineType = o.value(u"lineType").toString();
        info.disposable = o.value(u"disposable").toBool();
        out->append(info);
    }
    return true;
}

} // namespace cxone
