#pragma once

#include "network/expected.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace cxone {

class ApiClient;
class CallHandle;
struct Request;

struct ContactListInfo
{
    QString id;
    QString name;
    qint64 contactCount = -1; // -1: the server did not say
    QString defaultRegion;    // empty when the server does not keep one
};

// One contact as the list holds it: its id, its phone as stored, and every other field kept
// as-is so that a restore can put the contact back exactly.
struct ListContact
{
    QString id;
    QString phone;
    QJsonObject fields; // all fields but id and phone
};

struct ContactPage
{
    QList<ListContact> contacts;
    QString nextPageUri; // empty: the last page
    qint64 contactCount = -1;
};

// What the lookup service knows of one number.
struct PhoneLookupInfo
{
    QString number;
    bool valid = false;
    QString carrier;
    QString lineType; // mobile, landline, voip, toll-free, ...
    bool disposable = false;
};

// Campaign contact lists (contract section 4) and the phone lookup service. Builds requests and
// reads typed answers; retries, tokens and backoff are the pipeline's business.
class ContactListsApi final
{
public:
    explicit ContactListsApi(ApiClient *client);

    static constexpr int kMaxPatch = 100;  // contacts per PATCH, the server's limit
    static constexpr int kMaxLookup = 100; // numbers per lookup
    static constexpr int kPageSize = 1000;

    CallHandle *lists();
    // The first page of a list; the page's nextPageUri (absolute, on the tenant) gives the next.
    CallHandle *firstPage(const QString &listId, int pageSize = kPageSize);
    static Request listsRequest();
    static Request firstPageRequest(const QString &listId, int pageSize = kPageSize);
    static Request pageRequest(const QString &nextPageUri, const QString &listId);
    // At most kMaxPatch contacts, each {id, phone} (and its whole attribute object when the
    // contact's fields carry one and withAttributes is set). PATCH sets absolute values and never
    // creates a contact, so a replay after a lost answer changes nothing: the pipeline may
    // retry it. The answer's results say updated or not_found per contact.
    CallHandle *patch(const QString &listId, const QList<ListContact> &contacts,
                      bool withAttributes = false);
    // Re-creates contacts with the ids given (a restore of deleted ones); at most kMaxPatch.
    // The answer's results say created or exists per contact; a replay changes nothing.
    CallHandle *create(const QString &listId, const QList<ListContact> &contacts);
    CallHandle *remove(const QString &contactId);
    CallHandle *lookup(const QStringList &e164Numbers);

    ApiClient *client() const { return m_client; }

    static QJsonObject contactJson(const ListContact &contact);
    static QByteArray patchBody(const QList<ListContact> &contacts, bool withAttributes);
    // {results:[{id, status}]} of a PATCH or POST: id -> status; false when there are none.
    static bool parseResults(const QJsonObject &json, QHash<QString, QString> *statuses,
                             QString *error);

    // The typed answers of the calls above: the value, or the call's or the parser's sentence.
    static Expected<QList<ContactListInfo>> readLists(const Result &result);
    static Expected<ContactPage> readPage(const Result &result);
    static Expected<QList<PhoneLookupInfo>> readLookup(const Result &result);
    // The statuses of a PATCH's or POST's contacts (id -> status).
    static Expected<QHash<QString, QString>> readResults(const Result &result);

    // Parsers: false and *error for a shape that is not what the contract promises.
    static bool parseLists(const QJsonObject &json, QList<ContactListInfo> *out, QString *error);
    static bool parsePage(const QJsonObject &json, ContactPage *out, QString *error);
    static bool parseContact(const QJsonObject &json, ListContact *out, QString *error);
    static bool parseLookup(const QJsonObject &json, QList<PhoneLookupInfo> *out, QString *error);

private:
    ApiClient *m_client;
};

} // namespace cxone
