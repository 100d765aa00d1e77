#pragma once

// For tests that talk to the simulator in-process: start it (in its own thread, on a free
// loopback port, with extra routes if a test needs them) and make the real client for it.
// Header-only; every feature's tests use this one copy.

#include "app/simulator/embeddedsimulator.h"
#include "app/simulator/tenantsimulator.h"
#include "network/apiclient.h"

#include <memory>

namespace simfixture {

inline bool startSim(cxone::sim::EmbeddedSimulator &sim, const cxone::sim::SimConfig &config = {},
                     const cxone::sim::EmbeddedSimulator::Setup &setup = {})
{
    QString error;
    const bool ok = sim.start(config, &error, setup);
    if (!ok)
        qWarning("simulator did not start: %s", qPrintable(error));
    return ok;
}

struct ClientOptions
{
    QString clientId = cxone::sim::TenantState::demoClientId();
    QByteArray secret; // empty: the simulator's demo secret
    cxone::AuthStyle style = cxone::AuthStyle::FormBody;
    QString tokenPath; // empty: the default /oauth/token
    QStringList scopes = cxone::allConsoleScopes();
    int maxAttempts = 1;
    std::chrono::milliseconds baseDelay{10};
    std::chrono::milliseconds maxDelay{20000};
};

// The profile a console session signs in to the simulator with: its demo client, every scope
// the console asks for.
inline cxone::Profile consoleProfile(const cxone::sim::EmbeddedSimulator &sim)
{
    cxone::Profile p;
    p.name = QStringLiteral("sim");
    p.baseUrl = sim.baseUrl();
    p.clientId = sim.clientId();
    p.scopes = cxone::allConsoleScopes();
    return p;
}

inline std::unique_ptr<cxone::ApiClient> makeClient(const cxone::sim::EmbeddedSimulator &sim,
                                                    const ClientOptions &o = {})
{
    cxone::Profile p;
    p.name = QStringLiteral("sim");
    p.baseUrl = sim.baseUrl();
    if (!o.tokenPath.isEmpty())
        p.tokenUrl = sim.baseUrl().resolved(QUrl(o.tokenPath));
    p.authStyle = o.style;
    p.clientId = o.clientId;
    p.scopes = o.scopes;
    auto client = std::make_unique<cxone::ApiClient>(
            p, cxone::ClientSecret(o.secret.isEmpty() ? sim.clientSecret() : o.secret));
    cxone::RetryPolicy policy;
    policy.maxAttempts = o.maxAttempts;
    policy.baseDelay = o.baseDelay;
    policy.maxDelay = o.maxDelay;
    client->setRetryPolicy(policy);
    client->setRandomSeed(1);
    return client;
}

} // namespace simfixture
