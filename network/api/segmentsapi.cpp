#include "network/api/segmentsapi.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

namespace cxone {

namespace {

QString segmentPath(const QString &segmentId)
{
    return QStringLiteral("/api/v2/contacts/segments/") + pathSegment(segmentId);
}

} // namespace

const SegmentAttribute *SegmentInfo::attribute(const QString &name) const
{
    for (const SegmentAttribute &a : attributes) {
        if (a.name == name)
            return &a;
    }
    return nullptr;
}

QStringList SegmentInfo::validAttributeNames() const
{
    QStringList names;
    for (const SegmentAttribute &a : attributes) {
        if (a.valid)
            names.append(a.name);
    }
    return names;
}

QStringList SegmentInfo::deprecatedAttributeNames() const
{
    QStringList names;
    for (const SegmentAttribute &a : attributes) {
        if (!a.valid)
            names.append(a.name);
    }
    return names;
}

QByteArray SegmentContactQuery::toJson() const
{
    QJsonArray f;
    for (const SegmentFilter &filter : filters)
        f.append(QJsonObject{{QStringLiteral("attribute"), filter.attribute},
                             {QStringLiteral("operator"), filter.op},
                             {QStringLiteral("value"), filter.value}});
    QJsonObject pagination{{QStringLiteral("limit"), limit}};
    if (!continuationToken.isEmpty())
        pagination.insert(QStringLiteral("continuationToken"), continuationToken);
    const QJsonObject body{{QStringLiteral("filters"), f},
                           {QStringLiteral("pagination"), pagination},
                           {QStringLiteral("requestedAttributes"),
                            QJsonArray::fromStringList(requestedAttributes)}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

SegmentsApi::SegmentsApi(ApiClient *client)
    : m_client(client)
{}

Request SegmentsApi::listRequest(const QString &continuationToken)
{
    QString path = QStringLiteral("/api/v2/contacts/segments");
    if (!continuationToken.isEmpty()) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("continuationToken"),
                       QString::fromLatin1(QUrl::toPercentEncoding(continuationToken)));
        path += u'?' + q.toString(QUrl::FullyEncoded);
    }
    return Request::get(path, QStringLiteral("Listing segments"));
}

Request SegmentsApi::getRequest(const QString &segmentId)
{
    return Request::get(segmentPath(segmentId),
                        QStringLiteral("Loading segment %1").arg(segmentId));
}

Request SegmentsApi::queryRequest(const QString &segmentId, const SegmentContactQuery &query)
{
    Request r = Request::postJson(segmentPath(segmentId) + QStringLiteral("/contacts/query"),
                                  query.toJson(),
                                  QStringLiteral("Reading a page of segment %1").arg(segmentId));
    r.retrySafe = true; // a read: replaying the same continuation token returns the same page
    r.expectJson = false;
    return r;
}

CallHandle *SegmentsApi::list(const QString &continuationToken) const
{
    return m_client->send(listRequest(continuationToken));
}

CallHandle *SegmentsApi::get(const QString &segmentId) const
{
    return m_client->send(getRequest(segmentId));
}

CallHandle *SegmentsApi::queryPage(const QString &segmentId, const SegmentContactQuery &query) const
{
    return m_client->send(queryRequest(segmentId, query));
}

Expected<SegmentInfo> SegmentsApi::readSegment(const Result &result)
{
    return readAnswer<SegmentInfo>(result, &SegmentsApi::parseSegment);
}

bool SegmentsApi::parseSegment(const QJsonObject &o, SegmentInfo *segment, QString *error)
{
    SegmentInfo s;
    s.id = o.value(u"id").toString();
    s.name = o.value(u"name").toString();
    s.status = o.value(u"status").toString();
    if (s.id.isEmpty() || s.status.isEmpty()) {
        *error = QStringLiteral("The segment definition lacks its id or status.");
        return false;
    }
    if (s.name.isEmpty())
        s.name = s.id;
    const QString updated = o.value(u"lastUpdated").toString();
    s.lastUpdated = QDateTime::fromString(updated, Qt::ISODateWithMs);
    if (!s.lastUpdated.isValid())
        s.lastUpdated = QDateTime::fromString(updated, Qt::ISODate);
    if (o.value(u"memberCount").isDouble())
        s.memberCount = qint64(o.value(u"memberCount").toDouble());
    const QJsonValue attrs = o.value(u"attributes");
    if (!attrs.isUndefined() && !attrs.isArray()) {
        *error = QStringLiteral("The segment's attributes are not a list.");
        return false;
    }
    for (const QJsonValue &v : attrs.toArray()) {
        const QJsonObject a = v.toObject();
        SegmentAttribute attr;
        attr.name = a.value(u"name").toString();
        attr.type = a.value(u"type").toString(QStringLiteral("string")).toLower();
        attr.valid = a.value(u"valid").toBool(true);
        if (attr.name.isEmpty()) {
            *error = QStringLiteral("An attribute of the segment has no name.");
            return false;
        }
        s.attributes.append(attr);
    }
    *segment = std::move(s);
    return true;
}

bool SegmentsApi::parseSegmentList(const QJsonDocument &doc, QList<SegmentInfo> *segments,
                                   QString *continuationToken, QString *error)
{
    if (!doc.isObject() || !doc.object().value(u"items").isArray()) {
        *error = QStringLiteral("The segment list has no items array.");
        return false;
    }
    for (const QJsonValue &v : doc.object().value(u"items").toArray()) {
        SegmentInfo s;
        if (!parseSegment(v.toObject(), &s, error))
            return false;
        segments->append(s);
    }
    *continuationToken = doc.object().value(u"continuationToken").toString();
    return true;
}

bool SegmentsApi::readListPage(const Result &page, QList<SegmentInfo> *segments,
                               std::optional<Request> *next, QString *error)
{
    QString token;
    if (!parseSegmentList(page.json, segments, &token, error))
        return false;
    if (!token.isEmpty())
        *next = listRequest(token);
    return true;
}

} // namespace cxone
