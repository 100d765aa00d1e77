#pragma once

#include "network/apiclient.h"
#include "network/expected.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cxone {

struct SegmentAttribute
{
    QString name;
    QString type;      // string, integer, number, date, boolean (anything else is shown as text)
    bool valid = true; // false: deprecated, the server refuses queries that name it
};

struct SegmentInfo
{
    QString id;
    QString name;
    QString status;
    QDateTime lastUpdated;   // invalid when the server sent none or an unreadable one
    qint64 memberCount = -1; // -1: the server did not say
    QList<SegmentAttribute> attributes;

    bool isActive() const { return status.compare(u"Active", Qt::CaseInsensitive) == 0; }
    const SegmentAttribute *attribute(const QString &name) const;
    QStringList validAttributeNames() const;
    QStringList deprecatedAttributeNames() const;
};

struct SegmentFilter
{
    QString attribute;
    QString op;       // equals, not_equals, contains, starts_with, greater_than, less_than, in
    QJsonValue value; // typed for the attribute; an array for "in"
};

struct SegmentContactQuery
{
    QList<SegmentFilter> filters;
    QStringList requestedAttributes;
    int limit = 500;
    QString continuationToken;

    QByteArray toJson() const;
};

// Requests and typed results of contract section 1. Retry, backoff and tokens are the
// pipeline's business; this class only knows the shapes.
class SegmentsApi final
{
public:
    explicit SegmentsApi(ApiClient *client);

    static constexpr int kDefaultPageSize = 500;
    static constexpr int kMaxPageSize = 1000;

    CallHandle *list(const QString &continuationToken = {}) const;
    CallHandle *get(const QString &segmentId) const;
    // The body is left unparsed (expectJson off) so that the caller can parse it off the GUI
    // thread (the export's page formatter does); the query is a read, so the pipeline may
    // replay it.
    CallHandle *queryPage(const QString &segmentId, const SegmentContactQuery &query) const;

    static Request listRequest(const QString &continuationToken);
    static Request getRequest(const QString &segmentId);
    static Request queryRequest(const QString &segmentId, const SegmentContactQuery &query);

    // The typed answer of get(): the segment, or the call's or the parser's sentence.
    static Expected<SegmentInfo> readSegment(const Result &result);

    // Each returns false and says why in *error when the answer does not have the contract's shape.
    static bool parseSegment(const QJsonObject &object, SegmentInfo *segment, QString *error);
    static bool parseSegmentList(const QJsonDocument &doc, QList<SegmentInfo> *segments,
                                 QString *continuationToken, QString *error);
    // One page of the segment list for a paged reader: appends its segments, sets *next to the
    // request for the following page (empty at the end).
    static bool readListPage(const Result &page, QList<SegmentInfo> *segments,
                             std::optional<Request> *next, QString *error);

private:
    ApiClient *m_client;
};

} // namespace cxone
