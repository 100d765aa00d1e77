#pragma once

#include "tests/support/runcall.h"
#include "tests/support/simfixture.h"

// Shared by the simulator tests: an in-process simulator with two protected test routes, the
// real client pointed at it, and a way to wait for one call.

#include "app/simulator/embeddedsimulator.h"
#include "app/simulator/tenantsimulator.h"
#include "network/apiclient.h"
#include "network/tokenmanager.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <memory>

namespace simtest {

inline const QString pingPath = QStringLiteral("/api/test/ping");
inline const QString writePath = QStringLiteral("/api/test/write");
inline const QString pingRoute = QStringLiteral("GET /api/test/ping");

// GET /api/test/ping needs data:read (the read-only client has it); POST /api/test/write needs
// contacts.write (it has not).
inline void addTestRoutes(cxone::sim::TenantSimulator &sim)
{
    using namespace cxone::sim;
    sim.addRoute("GET", pingPath, {QStringLiteral("data:read")},
                 [](const SimRequest &req, TenantState &) {
                     return SimResponse::json(200,
                                              QJsonObject{{QStringLiteral("pong"), true},
                                                          {QStringLiteral("client"), req.clientId},
                                                          {QStringLiteral("padding"),
                                                           QStringLiteral("0123456789abcdef")}});
                 });
    sim.addRoute("POST", writePath, {QStringLiteral("contacts.write")},
                 [](const SimRequest &req, TenantState &) {
                     return SimResponse::json(
                             201, QJsonObject{{QStringLiteral("echo"), req.jsonObject()}});
                 });
}

inline bool startSim(cxone::sim::EmbeddedSimulator &sim, cxone::sim::SimConfig config = {},
                     const cxone::sim::EmbeddedSimulator::Setup &extra = {})
{
    return simfixture::startSim(sim, config, [&extra](cxone::sim::TenantSimulator &s) {
        addTestRoutes(s);
        if (extra)
            extra(s);
    });
}

using ClientOptions = simfixture::ClientOptions;
using simfixture::makeClient;

inline cxone::Result runCall(cxone::ApiClient &client, cxone::Request request)
{
    return cxonetest::runCall(client, std::move(request), 30000);
}

// A call that carries no bearer token (the /_sim endpoints, or a hand-made Authorization).
inline cxone::Result runRaw(cxone::ApiClient &client, const QByteArray &method, const QString &path,
                            const QByteArray &body = {},
                            const QByteArray &contentType = "application/json",
                            const QList<QPair<QByteArray, QByteArray>> &headers = {})
{
    cxone::Request r;
    r.method = method;
    r.url = QUrl(path);
    r.body = body;
    r.contentType = contentType;
    r.headers = headers;
    r.authenticated = false;
    return runCall(client, std::move(r));
}

inline QJsonObject simJson(cxone::ApiClient &client, const QByteArray &method, const QString &path,
                           const QJsonObject &body = {})
{
    const cxone::Result r = runRaw(
            client, method, path,
            body.isEmpty() ? QByteArray() : QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (!r.ok())
        qWarning("%s %s failed: %s", method.constData(), qPrintable(path), qPrintable(r.errorText));
    return r.json.object();
}

inline bool waitForToken(cxone::ApiClient &client)
{
    client.tokens()->refreshNow();
    return QTest::qWaitFor(
                   [&] {
                       const auto s = client.tokens()->state();
                       return s == cxone::TokenManager::State::Valid
                              || s == cxone::TokenManager::State::Failed;
                   },
                   30000)
           && client.tokens()->state() == cxone::TokenManager::State::Valid;
}

} // namespace simtest
