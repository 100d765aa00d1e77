#include "app/simulator/modules/simadminmodule.h"

#include "app/simulator/modules/contactlistsdata.h"
#include "app/simulator/tenantsimulator.h"

#include <QDateTime>

#include <algorithm>

namespace cxone::sim {

void SimAdminModule::registerRoutes(TenantSimulator &sim)
{
    sim.addRoute("GET", QStringLiteral("/_sim/health"), {}, [](const SimRequest &, TenantState &) {
        return SimResponse::json(200, QJsonObject{{QStringLiteral("ok"), true}});
    });

    sim.addRoute("GET", QStringLiteral("/_sim/routes"), {},
                 [&sim](const SimRequest &, TenantState &) {
                     return SimResponse::json(
                             200, QJsonObject{{QStringLiteral("routes"),
                                               QJsonArray::fromStringList(sim.routeKeys())}});
                 });

    sim.addRoute("GET", QStringLiteral("/_sim/state"), {},
                 [](const SimRequest &req, TenantState &state) {
                     bool ok = false;
                     qsizetype limit = req.queryValue(QStringLiteral("recent")).toLongLong(&ok);
                     if (!ok || limit < 0)
                         limit = 100;
                     QJsonObject snapshot = state.snapshot(limit);
                     // ?list=LIST&contacts=N: what that list's first N seeded contacts hold now,
                     // for a check that reads the tenant rather than a client's words.
                     if (const QString listId = req.queryValue(QStringLiteral("list"));
                         !listId.isEmpty()) {
                         auto &lists = partOf<ContactListsPart>(state);
                         ContactListsPart::List *list = lists.find(listId);
                         if (!list)
                             return SimResponse::notFound(
                                     QStringLiteral("contact list %1").arg(listId));
                         const qint64 n = std::clamp<qint64>(
                                 req.queryValue(QStringLiteral("contacts")).toLongLong(), 0,
                                 std::min<qint64>(list->seededCount, 1000000));
                         QJsonObject contacts;
                         for (qint64 i = 0; i < n; ++i) {
                             const QString id = ContactListsPart::seededId(*list, i);
                             const ContactListsPart::Location at = lists.locateIn(*list, id);
                             if (at.live())
                                 contacts.insert(id, lists.attributesAt(at));
                         }
                         snapshot.insert(QStringLiteral("listContacts"), contacts);
                     }
                     return SimResponse::json(200, snapshot);
                 });

    sim.addRoute("POST", QStringLiteral("/_sim/tokens/expire"), {},
                 [](const SimRequest &, TenantState &state) {
                     const int n = state.expireAllTokens();
                     return SimResponse::json(200, QJsonObject{{QStringLiteral("expired"), n}});
                 });

    sim.addRoute("GET", QStringLiteral("/_sim/faults"), {},
                 [&sim](const SimRequest &, TenantState &) {
                     return SimResponse::json(200, sim.faultsJson());
                 });
    const auto setFaults = [&sim](const SimRequest &req, TenantState &) {
        // Parsed here whatever the Content-Type says: curl -d sends JSON as a form.
        const QJsonDocument doc = QJsonDocument::fromJson(req.body);
        if (!doc.isObject())
            return SimResponse::badRequest(QStringLiteral("Send a JSON object of fault settings."));
        QString error;
        if (!sim.applyFaultJson(doc.object(), &error))
            return SimResponse::badRequest(error);
        return SimResponse::json(200, sim.faultsJson());
    };
    sim.addRoute("PUT", QStringLiteral("/_sim/faults"), {}, setFaults);
    sim.addRoute("POST", QStringLiteral("/_sim/faults"), {}, setFaults);
    sim.addRoute("DELETE", QStringLiteral("/_sim/faults"), {},
                 [&sim](const SimRequest &, TenantState &) {
                     sim.resetFaults();
                     return SimResponse::json(200, sim.faultsJson());
                 });

    const QString sinkPath = QStringLiteral("/_sim/webhooks/{sink}");
    sim.addRoute("POST", sinkPath, {}, [](const SimRequest &req, TenantState &state) {
        const QString sink = req.param(QStringLiteral("sink"));
        TenantState::SinkFaults &faults = state.sinkFaults(sink);
        const auto failure = [&] {
            --faults.failNext;
            return SimResponse::error(
                    faults.status, QStringLiteral("sink_failure"),
                    QStringLiteral("The sink failed on purpose (%1 more).").arg(faults.failNext));
        };
        if (faults.failNext > 0 && !faults.afterStore)
            return failure();
        // A delivery with an X-Request-ID the sink has taken before is acknowledged, not kept.
        const QByteArray requestId = req.header("X-Request-ID");
        if (!requestId.isEmpty() && state.sinkHasSeen(sink, requestId)) {
            state.noteDuplicate(sink);
            if (faults.failNext > 0)
                return failure();
            return SimResponse::json(200, QJsonObject{{QStringLiteral("received"), true},
                                                      {QStringLiteral("duplicate"), true}});
        }
        WebhookDelivery d;
        d.timeMs = QDateTime::currentMSecsSinceEpoch();
        d.method = req.method;
        d.headers = req.headers;
        d.body = req.body;
        state.recordDelivery(sink, std::move(d));
        if (faults.failNext > 0)
            return failure();
        return SimResponse::json(200, QJsonObject{{QStringLiteral("received"), true}});
    });
    sim.addRoute("GET", sinkPath, {}, [](const SimRequest &req, TenantState &state) {
        const QString sink = req.param(QStringLiteral("sink"));
        QJsonArray list;
        if (const auto *deliveries = state.deliveries(sink)) {
            for (const WebhookDelivery &d : *deliveries)
                list.append(deliveryToJson(d));
        }
        return SimResponse::json(
                200,
                QJsonObject{
                        {QStringLiteral("sink"), sink},
                        {QStringLiteral("count"), list.size()},
                        {QStringLiteral("received"), qint64(state.deliveriesReceived(sink))},
                        {QStringLiteral("uniqueRequestIds"), qint64(state.uniqueDeliveries(sink))},
                        {QStringLiteral("duplicates"), qint64(state.duplicatesReceived(sink))},
                        {QStringLiteral("deliveries"), list}});
    });
    sim.addRoute("PUT", sinkPath + QStringLiteral("/faults"), {},
                 [](const SimRequest &req, TenantState &state) {
                     const QJsonObject o = QJsonDocument::fromJson(req.body).object();
                     TenantState::SinkFaults &f
                             = state.sinkFaults(req.param(QStringLiteral("sink")));
                     f.failNext = std::max(0, o.value(u"failNext").toInt());
                     f.status = o.value(u"status").toInt(503);
                     f.afterStore = o.value(u"afterStore").toBool();
                     return SimResponse::json(
                             200, QJsonObject{{QStringLiteral("failNext"), f.failNext},
                                              {QStringLiteral("status"), f.status},
                                              {QStringLiteral("afterStore"), f.afterStore}});
                 });
    sim.addRoute("DELETE", sinkPath, {}, [](const SimRequest &req, TenantState &state) {
        const qsizetype n = state.clearDeliveries(req.param(QStringLiteral("sink")));
        return SimResponse::json(200, QJsonObject{{QStringLiteral("cleared"), qint64(n)}});
    });
}

} // namespace cxone::sim
