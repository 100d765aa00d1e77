#pragma once

// A tenant played by a ScriptedServer: its token endpoint hands out t1, t2, ... and every other
// request goes to a script the test writes. For client tests that need exact control of what
// comes back. Header-only.

#include "network/apiclient.h"
#include "tests/support/scriptedserver.h"

#include <QSignalSpy>

#include <functional>

namespace cxonetest {

inline const QByteArray kSecret = "s3cr+t&value=";

struct ScriptedTenant
{
    using Resp = ScriptedServer::Response;
    ScriptedServer server;
    int tokensIssued = 0;
    int tokenDelayMs = 0;
    int expiresIn = 3600;
    std::function<Resp(const ScriptedServer::Request &)> api;

    ScriptedTenant()
    {
        server.setHandler([this](const ScriptedServer::Request &r) {
            if (r.path.startsWith("/oauth/token")) {
                Resp t = ScriptedServer::token("t" + QByteArray::number(++tokensIssued), expiresIn,
                                               "a:read b:write");
                t.delayMs = tokenDelayMs;
                return t;
            }
            return api ? api(r) : ScriptedServer::json(200, R"({"ok":true})");
        });
    }

    cxone::Profile profile() const
    {
        cxone::Profile p;
        p.name = QStringLiteral("test");
        p.baseUrl = server.url();
        p.clientId = QStringLiteral("client");
        p.scopes = {QStringLiteral("a:read"), QStringLiteral("b:write")};
        return p;
    }
};

inline cxone::Result run(cxone::ApiClient &client, cxone::Request request)
{
    cxone::CallHandle *h = client.send(std::move(request));
    QSignalSpy spy(h, &cxone::CallHandle::finished);
    if (!spy.wait(20000))
        return {};
    return spy.at(0).at(0).value<cxone::Result>();
}

inline cxone::RetryPolicy fastPolicy(int attempts = 5)
{
    cxone::RetryPolicy p;
    p.maxAttempts = attempts;
    p.baseDelay = std::chrono::milliseconds(1);
    p.maxDelay = std::chrono::milliseconds(5);
    return p;
}

} // namespace cxonetest
