#include "app/simulator/modules/authmodule.h"

#include "app/simulator/tenantsimulator.h"

namespace cxone::sim {

namespace {

SimResponse oauthError(int status, const QString &code, const QString &description)
{
    SimResponse r = SimResponse::json(
            status, QJsonObject{{QStringLiteral("error"), code},
                                {QStringLiteral("error_description"), description}});
    r.withHeader("Cache-Control", "no-store");
    return r;
}

SimResponse issueToken(const SimRequest &req, TenantState &state)
{
    QString grantType, clientId, clientSecret, scope;
    bool scopeGiven = false;
    const QByteArray contentType = req.header("Content-Type");
    if (contentType.contains("json")) {
        if (req.jsonError.error != QJsonParseError::NoError || !req.json.isObject())
            return oauthError(400, QStringLiteral("invalid_request"),
                              QStringLiteral("The body is not a JSON object."));
        const QJsonObject o = req.json.object();
        grantType = o.value(u"grant_type").toString();
        clientId = o.value(u"client_id").toString();
        clientSecret = o.value(u"client_secret").toString();
        const QJsonValue s = o.value(u"scope");
        scopeGiven = !s.isUndefined() && !s.isNull();
        if (s.isArray()) {
            QStringList parts;
            for (const QJsonValue &v : s.toArray())
                parts.append(v.toString());
            scope = parts.join(u' ');
        } else {
            scope = s.toString();
        }
    } else {
        const QHash<QString, QString> form = parseForm(req.body);
        grantType = form.value(QStringLiteral("grant_type"));
        clientId = form.value(QStringLiteral("client_id"));
        clientSecret = form.value(QStringLiteral("client_secret"));
        scopeGiven = form.contains(QStringLiteral("scope"));
        scope = form.value(QStringLiteral("scope"));
    }

    // RFC 6749 2.3.1: id and secret are form-urlencoded before they are joined and encoded.
    const QByteArray authorization = req.header("Authorization");
    const bool basic = authorization.size() > 6
                       && authorization.first(6).compare("Basic ", Qt::CaseInsensitive) == 0;
    if (basic) {
        const QByteArray decoded = QByteArray::fromBase64(authorization.mid(6).trimmed());
        const qsizetype colon = decoded.indexOf(':');
        if (colon < 0)
            return oauthError(401, QStringLiteral("invalid_client"),
                              QStringLiteral("The Basic credentials are not id:secret."))
                    .withHeader("WWW-Authenticate", "Basic realm=\"cxone-sim\"");
        clientId = formDecode(decoded.first(colon));
        clientSecret = formDecode(decoded.mid(colon + 1));
    }

    if (grantType.isEmpty())
        return oauthError(400, QStringLiteral("invalid_request"),
                          QStringLiteral("grant_type is missing."));
    if (grantType != u"client_credentials")
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
                          QStringLiteral("Only the client_credentials grant is supported, not "
                                         "\"%1\".")
                                  .arg(grantType));
    const ApiClientRecord *client = state.findClient(clientId);
    if (clientId.isEmpty() || !client || client->secret != clientSecret.toUtf8()) {
        SimResponse r = oauthError(401, QStringLiteral("invalid_client"),
                                   QStringLiteral("Client authentication failed: unknown client "
                                                  "id or wrong client secret."));
        if (basic)
            r.withHeader("WWW-Authenticate", "Basic realm=\"cxone-sim\"");
        return r;
    }

    QStringList granted = client->scopes;
    const QStringList requested = scope.split(u' ', Qt::SkipEmptyParts);
    if (scopeGiven && !requested.isEmpty()) {
        QStringList lacking;
        for (const QString &s : requested) {
            if (!client->scopes.contains(s))
                lacking.append(s);
        }
        if (!lacking.isEmpty())
            return oauthError(400, QStringLiteral("invalid_scope"),
                              QStringLiteral("The client %1 is not granted the scope(s): %2.")
                                      .arg(clientId, lacking.join(u' ')));
        granted = requested;
        granted.removeDuplicates();
    }

    const QByteArray token = state.issueToken(clientId, granted);
    SimResponse r = SimResponse::json(
            200, QJsonObject{{QStringLiteral("access_token"), QString::fromLatin1(token)},
                             {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                             {QStringLiteral("expires_in"), state.tokenTtlSeconds()},
                             {QStringLiteral("scope"), granted.join(u' ')}});
    r.withHeader("Cache-Control", "no-store");
    r.withHeader("Pragma", "no-cache");
    return r;
}

} // namespace

void AuthModule::registerRoutes(TenantSimulator &sim)
{
    RouteOptions options;
    options.requiresAuth = false;
    options.faultsOnlyWhenNamed = true;
    for (const auto *path : {"/api/v2/oauth/token", "/api/v2/oauth2/token", "/oauth/token"})
        sim.addRoute("POST", QString::fromLatin1(path), {}, issueToken, options);
}

} // namespace cxone::sim
