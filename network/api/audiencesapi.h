#pragma once

#include "network/expected.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace cxone {

class ApiClient;
class CallHandle;

// One field of a data source's catalogue (GET /api/v1/data-sources/{source}/fields).
struct AudienceField
{
    QString name;
    QString label;
    QString type; // string, enum, integer, decimal, date, boolean
    QStringList operators;
    QStringList enumValues;
};

// An audience as the Journey API returns it; size and status only when asked for.
struct AudienceInfo
{
    QString id;
    QString name;
    QString description;
    QString dataSource;
    QJsonObject criteria;
    QStringList exclusions;
    qint64 version = 0;
    QString evaluationStatus; // ready, evaluating, stale; empty when not included
    qint64 size = -1;         // -1: unknown (not included, or still evaluating)
    QDateTime lastEvaluated;
    QDateTime updatedAt;
};

// The Journey audiences area of the API (contract section 5). Builds requests and reads typed
// answers; retries, tokens and backoff are the pipeline's business.
class AudiencesApi final
{
public:
    explicit AudiencesApi(ApiClient *client);

    static QStringList dataSources();
    static QString dataSourceLabel(const QString &source);

    CallHandle *list();
    CallHandle *get(const QString &id, bool withEvaluation = true);
    // PUT is idempotent: the pipeline may replay it after a 429, a 5xx or a lost answer.
    CallHandle *put(const QString &id, const QJsonObject &payload);
    CallHandle *fields(const QString &dataSource);

    static QJsonObject cdpEvent(const QString &audienceId, const QString &name,
                                bool recalculationTriggered, const QDateTime &whenUtc);

    // The typed answers of the calls above: the value, or the call's or the parser's sentence.
    static Expected<AudienceInfo> readAudience(const Result &result);
    static Expected<QList<AudienceInfo>> readList(const Result &result);
    static Expected<QList<AudienceField>> readFields(const Result &result);

    // Parsers: false and *error for a shape that is not what the contract promises.
    static bool parseAudience(const QJsonObject &json, AudienceInfo *out, QString *error);
    static bool parseList(const QJsonObject &json, QList<AudienceInfo> *out, QString *error);
    static bool parseFields(const QJsonObject &json, QList<AudienceField> *out, QString *error);
    // The problems a 400 listed, one per entry; empty when the body had none.
    static QStringList problemsOf(const QByteArray &errorBody);

private:
    ApiClient *m_client;
};

} // namespace cxone
