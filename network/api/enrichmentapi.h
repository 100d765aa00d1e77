#pragma once

#include "network/apiclient.h"
#include "network/expected.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxone {

struct CampaignInfo
{
    QString id;
    QString name;
    QString status;
    int maxEnrichmentTimeout = 0; // ms
    QString contactListId;
    // A batch may hold a tenth of the budget in contacts (3000 ms -> 300).
    int batchLimit() const { return std::max(1, maxEnrichmentTimeout / 10); }
};

struct SchemaAttribute
{
    enum class Type { String, Integer, Decimal, Date, Boolean };
    QString name;
    Type type = Type::String;
    bool required = false;
    int maxLength = 0; // 0: none
    QStringList enumValues;
    QString label; // for people; the name when the tenant gives none

    static QString typeName(Type type);
    static bool parseType(const QString &text, Type *type);
};

struct ListSchema
{
    QString listId;
    QString idField = QStringLiteral("contactId");
    QList<SchemaAttribute> attributes;
    const SchemaAttribute *attribute(const QString &name) const;
};

// The current values of the contacts a read asked for.
struct CurrentValues
{
    QHash<QString, QJsonObject> values; // contact id -> its attributes
    QStringList notFound;
};

// The tenant's answer for one record of a batch.
struct EnrichRecordResult
{
    QString contactId;
    QString status;     // updated, not_found, rejected
    QStringList errors; // "attribute: message"
};

// Outbound enrichment (contract section 2). Builds requests and reads typed answers; retries,
// tokens and backoff are the pipeline's business.
class EnrichmentApi final
{
public:
    explicit EnrichmentApi(ApiClient *client);

    static constexpr int kMaxIdsPerRead = 100;
    // Attempts of a batch or a read: a throttled tenant may answer many of them 429, and each
    // costs only the wait it asks for.
    static constexpr int kMaxAttempts = 10;

    static Request campaignsRequest(const QString &continuationToken = {});
    CallHandle *campaign(const QString &campaignId);
    CallHandle *schema(const QString &listId);
    // Current values of at most kMaxIdsPerRead contacts; the answer read by `read` instead of
    // Qt's parser when it is given (see Request::readBody), called only while `context` lives.
    CallHandle *currentValues(const QString &listId, const QStringList &contactIds,
                              std::function<bool(const QByteArray &, QString *)> read = {},
                              QObject *context = nullptr);
    // One batch. A record is applied whole or rejected whole; the pipeline may replay the batch
    // (it sets absolute values, so a replay changes nothing).
    CallHandle *postBatch(const QString &listId, const QJsonArray &contacts);
    // The same with the body written already ({contactListId, contacts:[…]}), the answer read
    // by `read` when it is given (see Request), called only while `context` lives, and the
    // request id given (empty: one is made). A lost answer is not replayed: the call ends with
    // it, for the caller to find out whether the batch took effect.
    CallHandle *postBatch(const QString &listId, QByteArray body, int contacts,
                          std::function<bool(const QByteArray &, QString *)> read = {},
                          const QByteArray &requestId = {}, QObject *context = nullptr);
    CallHandle *refresh(const QString &listId);
    CallHandle *registerWebhook(const QString &name, const QUrl &url, int maxRetries,
                                int backoffMs);
    CallHandle *webhooks();

    // The typed answers of the calls above: the value, or the call's or the parser's sentence.
    static Expected<CampaignInfo> readCampaign(const Result &result);
    static Expected<ListSchema> readSchema(const Result &result);
    static Expected<CurrentValues> readCurrentValues(const Result &result);

    // Parsers: false and *error for a shape that is not what the contract promises.
    static bool parseCampaign(const QJsonObject &json, CampaignInfo *out, QString *error);
    static bool readCampaignsPage(const Result &page, QList<CampaignInfo> *out,
                                  std::optional<Request> *next, QString *error);
    static bool parseSchema(const QJsonObject &json, ListSchema *out, QString *error);
    // What the parsers below say of an answer that is JSON but not what the route gives.
    static QString noContactsArrayText();
    static QString notAnEnrichmentResultText();
    static bool parseCurrentValues(const QJsonObject &json, QHash<QString, QJsonObject> *values,
                                   QStringList *notFound, QString *error);
    static bool parseBatchResults(const QJsonObject &json, QList<EnrichRecordResult> *out,
                                  QString *error);
    // The webhook of `url` among the registered ones; empty when none.
    static QString findWebhook(const QJsonObject &list, const QUrl &url);

private:
    ApiClient *m_client;
};

} // namespace cxone
