#include "app/cli/clicontext.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/audit/plainwords.h"
#include "models/engine/text.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

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

// The latest entries, newest last, as sentences for people; --json keeps the stored entries with
// their codes and ids.
int auditList(CliContext &ctx, const QCommandLineParser &args, const QStringList &)
{
    AuditQuery query;
    query.newestFirst = true;
    query.limit = 20;
    if (args.isSet(QStringLiteral("last"))) {
        bool ok = false;
        query.limit = args.value(QStringLiteral("last")).toLongLong(&ok);
        if (!ok || query.limit < 1)
            return ctx.fail(ExitUsage, QStringLiteral("--last takes a number of entries, 1 or "
                                                      "more, such as --last 50."));
    }
    if (args.isSet(QStringLiteral("kind")))
        query.jobKind = args.value(QStringLiteral("kind"));
    AuditStore *store = ctx.audit();
    if (!store)
        return ctx.lastExitCode();
    QString error;
    QList<AuditEntry> entries = store->entries(query, &error);
    if (!error.isEmpty())
        return ctx.fail(ExitFailed, QStringLiteral("cannot read the audit trail: %1").arg(error));
    std::reverse(entries.begin(), entries.end());
    if (ctx.json()) {
        QJsonArray list;
        for (const AuditEntry &e : std::as_const(entries))
            list.append(AuditStore::toJson(e));
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("entries"), list}});
        return ExitOk;
    }
    if (entries.isEmpty()) {
        ctx.out() << "no audit entries" << (query.jobKind.isEmpty() ? "" : " of that kind")
                  << " yet\n";
        return ExitOk;
    }
    for (const AuditEntry &e : std::as_const(entries)) {
        ctx.out() << QStringLiteral("%1  %2  %3 (%4)\n")
                             .arg(QLocale().toString(e.timeUtc.toLocalTime(),
                                                     QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                  words::jobKind(e.jobKind), words::actionSentence(e),
                                  words::outcome(e.outcome).toLower());
        if (const QString details = words::detailsLine(e.details); !details.isEmpty())
            ctx.out() << QStringLiteral("    %1\n").arg(details);
    }
    return ExitOk;
}

int auditVerify(CliContext &ctx, const QCommandLineParser &args, const QStringList &)
{
    // Never creates a store: a missing or empty trail is intact only if nothing was recorded.
    const QString path = ctx.parser().value(QStringLiteral("audit-db")).isEmpty()
                                 ? AuditStore::defaultPath()
                                 : ctx.parser().value(QStringLiteral("audit-db"));
    VerifyReport report = AuditStore::verifyPath(path);
    if (args.isSet(QStringLiteral("accept-new-trail"))) {
        if (report.ok()) {
            ctx.out() << "audit chain intact: it continues the trail this machine recorded; "
                         "nothing to accept\n";
            return ExitOk;
        }
        if (!report.acceptable)
            return ctx.fail(ExitRefused,
                            QStringLiteral("the audit chain is broken inside (%1); accepting a "
                                           "trail takes one that does not continue the recorded "
                                           "one, it does not mend a broken chain")
                                    .arg(report.message));
        QString error;
        if (!AuditStore::acceptNewTrail(path, ctx.tenantName(), &error))
            return ctx.fail(ExitFailed,
                            QStringLiteral("the trail could not be accepted: %1").arg(error));
        ctx.err() << "accepted the audit trail at " << path
                  << " as this machine's trail (recorded as AUDIT_TRAIL_ACCEPTED); it was: "
                  << report.message << '\n';
        ctx.err().flush();
        report = AuditStore::verifyPath(path);
    }
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
    commands.append({{QStringLiteral("audit"), QStringLiteral("list")},
                     {},
                     QStringLiteral("Show the latest audit entries in words (--json: as stored)."),
                     {{QStringLiteral("last"), QStringLiteral("How many entries (default 20)."),
                       QStringLiteral("N")},
                      {QStringLiteral("kind"), QStringLiteral("Only entries of this job kind."),
                       QStringLiteral("KIND")}},
                     auditList});
    commands.append({{QStringLiteral("audit"), QStringLiteral("verify")},
                     {},
                     QStringLiteral("Check the audit hash chain; name the first broken link."),
                     {{QStringLiteral("accept-new-trail"),
                       QStringLiteral("Take the trail as it is now for this machine's trail "
                                      "(one deleted or replaced on purpose); recorded in it.")}},
                     auditVerify});
}

} // namespace cxone
