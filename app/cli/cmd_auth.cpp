#include "app/cli/clicontext.h"
#include "models/engine/audit/auditstore.h"
#include "network/apiclient.h"
#include "network/tokenmanager.h"

#include <QEventLoop>
#include <QJsonArray>

namespace cxone {

namespace {

int authTest(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    TokenManager *tokens = client->tokens();
    QEventLoop loop;
    QObject::connect(tokens, &TokenManager::refreshed, &loop, &QEventLoop::quit);
    QObject::connect(tokens, &TokenManager::failed, &loop, &QEventLoop::quit);
    ctx.progress(QStringLiteral("requesting a token from %1")
                         .arg(client->profile().effectiveTokenUrl().toDisplayString(
                                 QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)));
    tokens->refreshNow();
    loop.exec();
    const bool ok = tokens->state() == TokenManager::State::Valid;
    if (AuditStore *audit = ctx.audit()) {
        AuditEntry entry;
        entry.tenant = ctx.tenantName();
        entry.jobKind = QStringLiteral("connection");
        entry.action = QStringLiteral("AUTH_TEST");
        entry.target = client->profile().effectiveTokenUrl().toDisplayString(QUrl::RemoveQuery);
        entry.outcome = ok ? QStringLiteral("ok") : QStringLiteral("failed");
        entry.details
                = ok ? QJsonObject{{QStringLiteral("lifetimeSeconds"), tokens->lifetimeSeconds()},
                                   {QStringLiteral("scopes"),
                                    QJsonArray::fromStringList(tokens->grantedScopes())}}
                     : QJsonObject{{QStringLiteral("error"), tokens->lastError()}};
        QString error;
        if (!audit->append(entry, &error))
            ctx.progress(QStringLiteral("warning: the audit entry was not stored: %1").arg(error));
    }
    if (!ok)
        return ctx.fail(ExitFailed, tokens->lastError());

    const QDateTime expires = tokens->expiresAt();
    if (ctx.json()) {
        ctx.printJson(
                {{QStringLiteral("ok"), true},
                 // Without user info, query or fragment: places people put secrets.
                 {QStringLiteral("tokenUrl"),
                  client->profile().effectiveTokenUrl().toDisplayString(
                          QUrl::RemoveUserInfo | QUrl::RemoveQuery | QUrl::RemoveFragment)},
                 {QStringLiteral("lifetimeSeconds"), tokens->lifetimeSeconds()},
                 {QStringLiteral("expiresAt"), expires.toString(Qt::ISODate)},
                 {QStringLiteral("scopes"), QJsonArray::fromStringList(tokens->grantedScopes())}});
    } else {
        ctx.out() << "token ok: lifetime " << tokens->lifetimeSeconds() << " s (expires "
                  << expires.toString(Qt::ISODate) << ")\n"
                  << "granted scopes: " << tokens->grantedScopes().join(u' ') << '\n';
    }
    return ExitOk;
}

} // namespace

void registerAuthCommands(QList<CommandSpec> &commands)
{
    commands.append({{QStringLiteral("auth"), QStringLiteral("test")},
                     {},
                     QStringLiteral("Get an access token; print its lifetime and granted scopes."),
                     {},
                     authTest});
}

} // namespace cxone
