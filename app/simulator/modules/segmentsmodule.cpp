#include "app/simulator/modules/segmentsmodule.h"

#include "app/simulator/modules/segmentsdata.h"
#include "app/simulator/tenantsimulator.h"

namespace cxone::sim {

namespace {

constexpr int kDefaultLimit = 500;
constexpr int kMaxLimit = 1000;

SimResponse listSegments(const SimRequest &req, TenantState &state)
{
    const SegmentsPart *part = &partOf<SegmentsPart>(state);
    bool ok = true;
    qint64 limit = 100;
    if (const QString l = req.queryValue(QStringLiteral("limit")); !l.isEmpty())
        limit = l.toLongLong(&ok);
    if (!ok || limit < 1 || limit > kMaxLimit)
        return SimResponse::badRequest(
                QStringLiteral("limit must be a whole number from 1 to %1.").arg(kMaxLimit));
    qint64 offset = 0;
    if (const QString t = req.queryValue(QStringLiteral("continuationToken")); !t.isEmpty()) {
        const auto decoded = QByteArray::fromBase64Encoding(
                t.toLatin1(),
                QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
        if (decoded && decoded.decoded.startsWith("list."))
            offset = decoded.decoded.mid(5).toLongLong(&ok);
        if (!decoded || !ok || offset < 0)
            return SimResponse::badRequest(QStringLiteral("The continuationToken is not valid."));
    }
    const auto &all = part->segments();
    QJsonArray items;
    qint64 i = offset;
    for (; i < qint64(all.size()) && items.size() < limit; ++i)
        items.append(all[size_t(i)].toJson());
    const QString next
            = i < qint64(all.size())
                      ? QString::fromLatin1(QByteArray("list." + QByteArray::number(i))
                                                    .toBase64(QByteArray::Base64UrlEncoding
                                                              | QByteArray::OmitTrailingEquals))
                      : QString();
    return SimResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                              {QStringLiteral("continuationToken"), next}});
}

SimResponse getSegment(const SimRequest &req, TenantState &state)
{
    const SimSegment *seg = partOf<SegmentsPart>(state).find(req.param(QStringLiteral("id")));
    if (!seg)
        return SimResponse::notFound(
                QStringLiteral("Segment '%1'").arg(req.param(QStringLiteral("id"))));
    return SimResponse::json(200, seg->toJson());
}

SimResponse queryContacts(const SimRequest &req, TenantState &state)
{
    const SegmentsPart *part = &partOf<SegmentsPart>(state);
    const SimSegment *seg = part->find(req.param(QStringLiteral("id")));
    if (!seg)
        return SimResponse::notFound(
                QStringLiteral("Segment '%1'").arg(req.param(QStringLiteral("id"))));
    if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("The query body must be a JSON object."));
    if (seg->status != u"Active")
        return SimResponse::error(409, QStringLiteral("segment_inactive"),
                                  QStringLiteral("Segment '%1' is %2; only Active segments can "
                                                 "be queried.")
                                          .arg(seg->name, seg->status));
    const QJsonObject body = req.jsonObject();
    const QJsonObject pagination = body.value(u"pagination").toObject();
    int limit = kDefaultLimit;
    if (const QJsonValue l = pagination.value(u"limit"); !l.isUndefined()) {
        const double d = l.toDouble(-1);
        if (!l.isDouble() || d != double(qint64(d)) || d < 1 || d > kMaxLimit)
            return SimResponse::badRequest(
                    QStringLiteral("pagination.limit must be a whole number from 1 to %1 (got %2).")
                            .arg(kMaxLimit)
                            .arg(l.isDouble() ? QString::number(d)
                                              : QStringLiteral("not a number")));
        limit = int(d);
    }
    const QJsonValue filtersValue = body.value(u"filters");
    if (!filtersValue.isUndefined() && !filtersValue.isNull() && !filtersValue.isArray())
        return SimResponse::badRequest(QStringLiteral("filters must be an array."));
    const QJsonArray filters = filtersValue.toArray();
    std::vector<CompiledFilter> compiled;
    if (QString problem = SegmentsPart::compileFilters(*seg, filters, &compiled);
        !problem.isEmpty())
        return SimResponse::badRequest(problem);
    QStringList attributes;
    if (QString problem
        = SegmentsPart::resolveAttributes(*seg, body.value(u"requestedAttributes"), &attributes);
        !problem.isEmpty())
        return SimResponse::badRequest(problem);

    const quint64 hash = SegmentsPart::queryHash(*seg, filters, attributes);
    qint64 start = 0;
    const QString token = pagination.value(u"continuationToken").toString();
    if (!token.isEmpty()) {
        start = part->decodeToken(*seg, hash, token.toLatin1());
        if (start < 0)
            return SimResponse::badRequest(
                    QStringLiteral("The continuationToken is not valid for this query (it belongs "
                                   "to another segment, filter set or attribute list, or was "
                                   "altered)."));
    }
    QByteArray out;
    out.reserve(qsizetype(limit) * 360 + 256);
    out += "{\"items\":[";
    int count = 0;
    const qint64 next = part->writePage(*seg, compiled, attributes, start, limit, &out, &count);
    out += "],\"continuationToken\":\"";
    if (next < seg->memberCount)
        out += part->encodeToken(*seg, hash, next);
    out += "\",\"count\":";
    out += QByteArray::number(count);
    out += '}';
    return SimResponse::raw(200, std::move(out), "application/json");
}

} // namespace

void SegmentsModule::registerRoutes(TenantSimulator &sim)
{
    // Created now so that /_sim/state shows the segments before the first call.
    partOf<SegmentsPart>(sim.state());
    const QString read = QStringLiteral("contact:segments:read");
    const QString contacts = QStringLiteral("contact:contacts:read");
    sim.addRoute("GET", QStringLiteral("/api/v2/contacts/segments"), {read}, listSegments);
    sim.addRoute("GET", QStringLiteral("/api/v2/contacts/segments/{id}"), {read}, getSegment);
    sim.addRoute("POST", QStringLiteral("/api/v2/contacts/segments/{id}/contacts/query"),
                 {read, contacts}, queryContacts);
}

} // namespace cxone::sim
