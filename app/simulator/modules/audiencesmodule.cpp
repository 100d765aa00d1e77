#include "app/simulator/modules/audiencesmodule.h"

#include "app/simulator/modules/audiencesdata.h"
#include "app/simulator/tenantsimulator.h"

#include <QDateTime>

namespace cxone::sim {

namespace {

const QString readScope = QStringLiteral("journey:audiences:read");
const QString writeScope = QStringLiteral("journey:audiences:write");
const QString dataScope = QStringLiteral("data:read");

bool wantsEvaluation(const SimRequest &req)
{
    const QStringList include
            = req.queryValue(QStringLiteral("include")).split(u',', Qt::SkipEmptyParts);
    return include.contains(QStringLiteral("size"))
           || include.contains(QStringLiteral("evaluation_status"));
}

SimResponse listAudiences(const SimRequest &req, TenantState &state)
{
    AudiencesPart &part = partOf<AudiencesPart>(state);
    const QString source = req.queryValue(QStringLiteral("data_source"));
    QJsonArray items;
    for (auto &[id, audience] : part.audiences()) {
        if (!source.isEmpty() && audience.dataSource != source)
            continue;
        part.refresh(audience, state.nowMs());
        QJsonObject o = AudiencesPart::audienceJson(audience, true);
        // The list is for browsing: the criteria come with the single audience.
        o.remove(QStringLiteral("criteria"));
        o.remove(QStringLiteral("exclusions"));
        items.append(o);
    }
    return SimResponse::json(200, QJsonObject{{QStringLiteral("items"), items},
                                              {QStringLiteral("total"), items.size()}});
}

SimResponse getAudience(const SimRequest &req, TenantState &state)
{
    AudiencesPart &part = partOf<AudiencesPart>(state);
    const auto it = part.audiences().find(req.param(QStringLiteral("id")));
    if (it == part.audiences().end())
        return SimResponse::notFound(
                QStringLiteral("audience %1").arg(req.param(QStringLiteral("id"))));
    part.refresh(it->second, state.nowMs());
    return SimResponse::json(200, AudiencesPart::audienceJson(it->second, wantsEvaluation(req)));
}

SimResponse putAudience(const SimRequest &req, TenantState &state)
{
    AudiencesPart &part = partOf<AudiencesPart>(state);
    const QString id = req.param(QStringLiteral("id"));
    if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
        return SimResponse::badRequest(QStringLiteral("The body is not a JSON object: %1")
                                               .arg(req.jsonError.errorString()));
    const QJsonObject body = req.jsonObject();
    auto &audiences = part.audiences();
    const auto existing = audiences.find(id);

    // A replay of a PUT that already succeeded (same X-Request-ID) answers as the first did,
    // so a retry after a lost answer neither fails on the version nor evaluates twice.
    if (existing != audiences.end() && !req.requestId.isEmpty()
        && existing->second.lastRequestId == req.requestId) {
        part.refresh(existing->second, state.nowMs());
        return SimResponse::json(200, AudiencesPart::audienceJson(existing->second, true));
    }

    const QStringList problems = part.validate(body);
    if (!problems.isEmpty()) {
        QJsonObject error{
                {QStringLiteral("error"), QStringLiteral("invalid_audience")},
                {QStringLiteral("message"), QStringLiteral("The audience was not changed: %1")
                                                    .arg(problems.join(QStringLiteral("; ")))},
                {QStringLiteral("problems"), QJsonArray::fromStringList(problems)}};
        return SimResponse::json(400, error);
    }
    // Optimistic concurrency: the version sent is the one the edit started from.
    const QJsonValue version = body.value(u"version");
    if (existing != audiences.end() && !version.isUndefined()
        && qint64(version.toDouble()) != existing->second.version) {
        return SimResponse::json(
                409, QJsonObject{{QStringLiteral("error"), QStringLiteral("version_conflict")},
                                 {QStringLiteral("message"),
                                  QStringLiteral("The audience changed since version %1 was "
                                                 "loaded; it is at version %2 now. Reload it and "
                                                 "apply the changes again.")
                                          .arg(qint64(version.toDouble()))
                                          .arg(existing->second.version)},
                                 {QStringLiteral("current_version"), existing->second.version}});
    }

    const bool created = existing == audiences.end();
    SimAudience a = created ? SimAudience{} : existing->second;
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (created) {
        a.id = id;
        a.createdAt = now;
        a.version = 0;
        a.status = QStringLiteral("stale");
        a.size = 0;
    }
    a.name = body.value(u"name").toString();
    a.description = body.value(u"description").toString();
    a.dataSource = body.value(u"data_source").toString();
    a.criteria = body.value(u"criteria").toObject();
    a.exclusions.clear();
    for (const QJsonValue v : body.value(u"exclusions").toArray())
        a.exclusions << v.toString();
    a.version += 1;
    a.updatedAt = now;
    a.lastRequestId = req.requestId;
    const bool recalculate = body.value(u"recalculate_on_update").toBool(true);
    a.recalculateOnUpdate = recalculate;
    if (recalculate) {
        a.pendingSize = part.evaluate(a.dataSource, a.criteria, a.exclusions);
        a.status = QStringLiteral("evaluating");
        a.readyAtMs = state.nowMs() + part.evaluationDelayMs();
    } else if (a.status != u"evaluating") {
        // The stored size describes the previous criteria until someone recalculates.
        a.status = QStringLiteral("stale");
    }
    audiences[id] = a;
    return SimResponse::json(created ? 201 : 200, AudiencesPart::audienceJson(a, true));
}

SimResponse listFields(const SimRequest &req, TenantState &state)
{
    const QString source = req.param(QStringLiteral("source"));
    const SimDataSource *ds = partOf<AudiencesPart>(state).dataSource(source);
    if (!ds)
        return SimResponse::notFound(
                QStringLiteral("data source %1 (known: %2)")
                        .arg(source, AudiencesPart::dataSourceNames().join(QStringLiteral(", "))));
    QJsonArray fields;
    for (const SimField &f : ds->fields)
        fields.append(AudiencesPart::fieldJson(f));
    return SimResponse::json(200, QJsonObject{{QStringLiteral("data_source"), ds->name},
                                              {QStringLiteral("label"), ds->label},
                                              {QStringLiteral("records"), qint64(ds->size())},
                                              {QStringLiteral("fields"), fields}});
}

} // namespace

void AudiencesModule::registerRoutes(TenantSimulator &sim)
{
    partOf<AudiencesPart>(sim.state());
    sim.addRoute("GET", QStringLiteral("/api/v1/audiences"), {readScope}, listAudiences);
    sim.addRoute("GET", QStringLiteral("/api/v1/audiences/{id}"), {readScope}, getAudience);
    sim.addRoute("PUT", QStringLiteral("/api/v1/audiences/{id}"), {writeScope}, putAudience);
    sim.addRoute("GET", QStringLiteral("/api/v1/data-sources/{source}/fields"), {dataScope},
                 listFields);
    // The stored audience for checks from outside (no token): what a soak test compares.
    sim.addRoute("GET", QStringLiteral("/_sim/audiences/{id}"), {}, getAudience);
}

} // namespace cxone::sim
