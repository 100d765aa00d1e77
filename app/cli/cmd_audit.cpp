#include "app/cli/clicontext.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/text.h"

#include <QFileInfo>

namespace cxone {

namespace {

int auditExport(CliContext &ctx, const QCommandLineParser &args, const QStringList &)
{
    const QString out = args.value(QStringLiteral("out"));
    if (out.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("audit export needs --out FILE."));
    if (const int refused = ctx.checkOutput(out, QStringLiteral("--out")); refused != ExitOk)
        return refused;
    AuditStore *store = ctx.audit();
    if (!store)
        return ctx.lastExitCode();
    AuditQuery query;
    if (args.isSet(QStringLiteral("kind")))
        query.jobKind = args.value(QStringLiteral("kind"));
    if (args.isSet(QStringLiteral("since"))) {
        query.since = QDateTime::fromString(args.value(QStringLiteral("since")), Qt::ISODate);
        if (!query.since.isValid())
            return ctx.fail(ExitUsage, QStringLiteral("--since takes an ISO 8601 time, such as "
                                                      "2026-11-01T00:00:00Z."));
    }
    QString error;
    if (!store->exportJsonl(out, &error, query))
        return ctx.fail(ExitFailed, QStringLiteral("export failed: %1").arg(error));
    const qint64 n = store->count(query);
    if (ctx.json())
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("entries"), n},
                       {QStringLiteral("out"), out}});
    else
        ctx.out() << "exported " << n << " audit entries to " << out << '\n';
    return ExitOk;
}

int auditVerify(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    // Never creates a store: a missing or empty trail is intact only if nothing was recorded.
    const QString path = ctx.parser().value(QStringLiteral("audit-db")).isEmpty()
                                 ? AuditStore::defaultPath()
                                 : ctx.parser().value(QStringLiteral("audit-db"));
    const VerifyReport report = AuditStore::verifyPath(path);
    if (report.ok() && report.checked == 0 && !QFileInfo(path).exists()) {
        if (ctx.json())
            ctx.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("checked"), 0},
                           {QStringLiteral("message"),
                            QStringLiteral("no audit trail at %1 yet").arg(path)}});
        else
            ctx.out() << "no audit trail at " << path << " yet: nothing has been recorded\n";
        return ExitOk;
    }
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), report.ok()},
                       {QStringLiteral("checked"), report.checked},
                       {QStringLiteral("seq"), report.seq},
                       {QStringLiteral("message"), report.message}});
    } else if (report.ok()) {
        ctx.out() << "audit chain intact: "
                  << countText(report.checked, QStringLiteral("entry"), QStringLiteral("entries"))
                  << " checked\n";
    } else {
        ctx.out() << "audit chain BROKEN: " << report.message << '\n';
    }
    return report.ok() ? ExitOk : ExitFailed;
}

} // namespace

void registerAuditCommands(QList<CommandSpec> &commands)
{
    commands.append({{QStringLiteral("audit"), QStringLiteral("export")},
                     {},
                     QStringLiteral("Write the audit trail as JSON lines."),
                     {{QStringLiteral("out"), QStringLiteral("Output file (JSONL)."),
                       QStringLiteral("FILE")},
                      {QStringLiteral("kind"), QStringLiteral("Only entries of this job kind."),
                       QStringLiteral("KIND")},
                      {QStringLiteral("since"), QStringLiteral("Only entries at or after TIME."),
                       QStringLiteral("TIME")}},
                     auditExport});
    commands.append({{QStringLiteral("audit"), QStringLiteral("verify")},
                     {},
                     QStringLiteral("Check the audit hash chain; name the first broken link."),
                     {},
                     auditVerify});
}

} // namespace cxone
