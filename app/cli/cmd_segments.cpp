#include "app/cli/clicontext.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/jobs/pagedreader.h"
#include "models/segments/segmentexportjob.h"
#include "network/apiclient.h"
#include "network/displaytext.h"

#include <QJsonArray>

namespace cxone {

namespace {

bool maxAgeOption(CliContext &ctx, const QCommandLineParser &args, std::chrono::seconds *maxAge,
                  int *code)
{
    if (!args.isSet(QStringLiteral("max-age")))
        return true;
    QString error;
    if (!parseMaxAge(args.value(QStringLiteral("max-age")), maxAge, &error)) {
        *code = ctx.fail(ExitUsage, error);
        return false;
    }
    return true;
}

QString verdictWord(const ExportVerdict &v)
{
    if (!v.allowed()) {
        QStringList codes;
        for (const VerdictReason &r : v.reasons) {
            if (r.severity == VerdictReason::Severity::Blocking && !codes.contains(r.code))
                codes.append(r.code);
        }
        return QStringLiteral("refused: ") + codes.join(u',');
    }
    return v.warningTexts().isEmpty() ? QStringLiteral("ok") : QStringLiteral("ok (warnings)");
}

QJsonObject segmentJson(const SegmentInfo &s, const ExportVerdict &v)
{
    QJsonArray attrs;
    for (const SegmentAttribute &a : s.attributes)
        attrs.append(QJsonObject{{QStringLiteral("name"), a.name},
                                 {QStringLiteral("type"), a.type},
                                 {QStringLiteral("valid"), a.valid}});
    QJsonArray reasons;
    for (const VerdictReason &r : v.reasons)
        reasons.append(QJsonObject{
                {QStringLiteral("severity"), r.severity == VerdictReason::Severity::Blocking
                                                     ? QStringLiteral("blocking")
                                                     : QStringLiteral("warning")},
                {QStringLiteral("code"), r.code},
                {QStringLiteral("text"), r.text}});
    return {{QStringLiteral("id"), s.id},
            {QStringLiteral("name"), s.name},
            {QStringLiteral("status"), s.status},
            {QStringLiteral("lastUpdated"), s.lastUpdated.toString(Qt::ISODate)},
            {QStringLiteral("memberCount"), s.memberCount},
            {QStringLiteral("attributes"), attrs},
            {QStringLiteral("exportable"), v.allowed()},
            {QStringLiteral("reasons"), reasons}};
}

// The freshness limit and the client every segment command needs; nullptr after saying why.
ApiClient *prepare(CliContext &ctx, const QCommandLineParser &args, std::chrono::seconds *maxAge,
                   int *code)
{
    *maxAge = std::chrono::seconds(24 * 3600);
    if (!maxAgeOption(ctx, args, maxAge, code))
        return nullptr;
    ApiClient *client = ctx.client();
    if (!client)
        *code = ctx.lastExitCode();
    return client;
}

int segmentsList(CliContext &ctx, const QCommandLineParser &args, const QStringList &)
{
    int code = ExitOk;
    std::chrono::seconds maxAge;
    ApiClient *client = prepare(ctx, args, &maxAge, &code);
    if (!client)
        return code;
    QList<SegmentInfo> segments;
    const QString error = PagedReader::readAll(
            client, SegmentsApi::listRequest({}),
            [&segments](const Result &page, std::optional<Request> *next, QString *why) {
                return SegmentsApi::readListPage(page, &segments, next, why);
            });
    if (!error.isEmpty())
        return ctx.fail(ExitFailed, error);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (ctx.json()) {
        QJsonArray items;
        for (const SegmentInfo &s : std::as_const(segments))
            items.append(segmentJson(s, segmentVerdict(s, maxAge, now)));
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("segments"), items}});
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                    .arg(QStringLiteral("ID").leftJustified(36),
                         QStringLiteral("NAME").leftJustified(28),
                         QStringLiteral("STATUS").leftJustified(8),
                         QStringLiteral("MEMBERS").rightJustified(9),
                         QStringLiteral("LAST UPDATED (UTC)").leftJustified(18),
                         QStringLiteral("EXPORT"));
    for (const SegmentInfo &s : std::as_const(segments)) {
        out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                        .arg(displayText(s.id).leftJustified(36),
                             displayText(s.name).leftJustified(28, u' ', true),
                             displayText(s.status).leftJustified(8),
                             (s.memberCount >= 0 ? QString::number(s.memberCount)
                                                 : QStringLiteral("?"))
                                     .rightJustified(9),
                             s.lastUpdated.toUTC()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                                     .leftJustified(18),
                             verdictWord(segmentVerdict(s, maxAge, now)));
    }
    return ExitOk;
}

int segmentsShow(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("segments show needs one segment ID."));
    int code = ExitOk;
    std::chrono::seconds maxAge;
    ApiClient *client = prepare(ctx, args, &maxAge, &code);
    if (!client)
        return code;
    const Expected<SegmentInfo> read = SegmentsApi::readSegment(
            CliContext::await(SegmentsApi(client).get(positional.first())));
    if (!read)
        return ctx.fail(ExitFailed, read.error());
    const SegmentInfo &s = *read;
    const ExportVerdict v = segmentVerdict(s, maxAge, QDateTime::currentDateTimeUtc());
    if (ctx.json()) {
        QJsonObject o = segmentJson(s, v);
        o.insert(QStringLiteral("ok"), true);
        ctx.printJson(o);
        return ExitOk;
    }
    QTextStream &out = ctx.out();
    out << "id:            " << displayText(s.id) << '\n'
        << "name:          " << displayText(s.name) << '\n'
        << "status:        " << displayText(s.status) << '\n'
        << "last updated:  " << s.lastUpdated.toUTC().toString(Qt::ISODate) << '\n'
        << "members:       "
        << (s.memberCount >= 0 ? QString::number(s.memberCount) : QStringLiteral("unknown")) << '\n'
        << "attributes:\n";
    for (const SegmentAttribute &a : std::as_const(s.attributes))
        out << "  " << displayText(a.name).leftJustified(18) << displayText(a.type).leftJustified(9)
            << (a.valid ? QString() : QStringLiteral("DEPRECATED (left out of exports)")) << '\n';
    out << "export:        "
        << (v.allowed() ? QStringLiteral("allowed") : QStringLiteral("refused"))
        << " (freshness limit " << formatMaxAge(maxAge) << ")\n";
    for (const VerdictReason &reason : v.reasons)
        out << (reason.severity == VerdictReason::Severity::Blocking ? "  refused: "
                                                                     : "  warning: ")
            << reason.text << '\n';
    return ExitOk;
}

int segmentsExport(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("segments export needs one segment ID."));
    ExportOptions o;
    o.segmentId = positional.first();
    o.outputPath = args.value(QStringLiteral("out"));
    if (o.outputPath.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("segments export needs --out FILE."));
    if (const int refused = ctx.checkOutput(o.outputPath, QStringLiteral("--out"));
        refused != ExitOk)
        return refused;
    for (const QString &text : args.values(QStringLiteral("filter"))) {
        FilterSpec f;
        QString error;
        if (!parseSegmentFilter(text, &f, &error))
            return ctx.fail(ExitUsage, error);
        o.filters.append(f);
    }
    if (args.isSet(QStringLiteral("attributes")))
        o.attributes = args.value(QStringLiteral("attributes")).split(u',', Qt::SkipEmptyParts);
    for (QString &a : o.attributes)
        a = a.trimmed();
    int code = ExitOk;
    if (args.isSet(QStringLiteral("page-size"))
        && !ctx.intOption(QStringLiteral("page-size"), 1, 1000, &o.pageSize, &code))
        return code;
    if (args.isSet(QStringLiteral("format"))
        && !parseExportFormat(args.value(QStringLiteral("format")), &o.format))
        return ctx.fail(ExitUsage, QStringLiteral("--format must be csv or jsonl."));
    if (args.isSet(QStringLiteral("cdp-url"))
        && !ctx.urlOption(QStringLiteral("cdp-url"), &o.cdpUrl, &code))
        return code;
    o.stopOnCdpFailure = args.isSet(QStringLiteral("cdp-required"));
    o.resume = args.isSet(QStringLiteral("resume"));
    if (!maxAgeOption(ctx, args, &o.maxAge, &code))
        return code;

    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    AuditStore *audit = ctx.audit();
    if (!audit)
        return ctx.lastExitCode();

    SegmentExportJob job(client, o);
    // Ctrl-C cancels cleanly: the checkpoint stays, and --resume continues from it.
    const int rc = ctx.runJob(&job, false);

    if (job.wasRefused()) {
        if (ctx.json()) {
            QJsonObject out = segmentJson(job.segment(), job.verdict());
            out.insert(QStringLiteral("ok"), false);
            out.insert(QStringLiteral("exitCode"), int(ExitRefused));
            ctx.printJson(out);
        }
        ctx.err() << "cxone-cli: export of segment \u201c" << job.segment().name
                  << "\u201d refused:\n";
        for (const QString &reason : job.verdict().blockingTexts())
            ctx.err() << "  - " << reason << '\n';
        ctx.err().flush();
        return ExitRefused;
    }
    const ExportMetrics m = job.metrics();
    if (job.state() == JobState::Cancelled)
        return ctx.fail(rc, QStringLiteral("%1 after %2 records; run the same command with "
                                           "--resume to continue.")
                                    .arg(ctx.interrupted() ? QStringLiteral("interrupted")
                                                           : QStringLiteral("cancelled"))
                                    .arg(m.records));
    if (rc != ExitOk)
        return ctx.fail(rc, job.errorText());
    if (ctx.json()) {
        QJsonObject out = m.toJson();
        out.insert(QStringLiteral("ok"), true);
        out.insert(QStringLiteral("out"), o.outputPath);
        out.insert(QStringLiteral("resumed"), job.wasResumed());
        ctx.printJson(out);
    } else {
        ctx.out() << "exported " << m.records << " records in " << m.pages << " pages to "
                  << o.outputPath << '\n'
                  << QStringLiteral("  %1 s, %2 records/s; page latency p50 %3 ms, p95 %4 ms; "
                                    "%5 retries, %6 rate-limit waits")
                             .arg(double(m.elapsedMs) / 1000.0, 0, 'f', 1)
                             .arg(qint64(m.recordsPerSecond))
                             .arg(m.p50LatencyMs)
                             .arg(m.p95LatencyMs)
                             .arg(m.retries)
                             .arg(m.rateLimitWaits)
                  << '\n';
        if (!o.cdpUrl.isEmpty())
            ctx.out() << "  CDP: " << m.cdpDelivered << " pages delivered, " << m.cdpFailed
                      << " failed\n";
        if (job.wasResumed())
            ctx.out() << "  resumed after " << m.resumedFromRecords << " records\n";
    }
    return ExitOk;
}

} // namespace

void registerSegmentsCommands(QList<CommandSpec> &commands)
{
    const QCommandLineOption maxAge(QStringLiteral("max-age"),
                                    QStringLiteral("Freshness limit: refuse segments last updated "
                                                   "longer ago (default 24h; e.g. 90m, 2d)."),
                                    QStringLiteral("DURATION"));
    commands.append({{QStringLiteral("segments"), QStringLiteral("list")},
                     {},
                     QStringLiteral("List segments with status, size, age and export verdict."),
                     {maxAge},
                     segmentsList});
    commands.append({{QStringLiteral("segments"), QStringLiteral("show")},
                     QStringLiteral("ID"),
                     QStringLiteral("Show a segment's attributes and every reason it would be "
                                    "refused."),
                     {maxAge},
                     segmentsShow});
    commands.append(
            {{QStringLiteral("segments"), QStringLiteral("export")},
             QStringLiteral("ID"),
             QStringLiteral("Export a segment's contacts to CSV or JSONL (resumable)."),
             {{QStringLiteral("filter"),
               QStringLiteral("'ATTR OP VALUE' (repeatable); OP: equals, not_equals, contains, "
                              "starts_with, greater_than, less_than, in (or = != > < ~)."),
               QStringLiteral("EXPR")},
              {QStringLiteral("attributes"),
               QStringLiteral("Comma-separated attributes (default: every valid one)."),
               QStringLiteral("LIST")},
              {QStringLiteral("page-size"),
               QStringLiteral("Records per page, 1-1000 (default 500)."), QStringLiteral("N")},
              {QStringLiteral("format"), QStringLiteral("csv (default) or jsonl."),
               QStringLiteral("FORMAT")},
              {QStringLiteral("out"),
               QStringLiteral("Output file (written as FILE.part, renamed when complete; a "
                              "pipe or terminal is written in place)."),
               QStringLiteral("FILE")},
              {QStringLiteral("cdp-url"), QStringLiteral("POST each page's records to this URL."),
               QStringLiteral("URL")},
              {QStringLiteral("cdp-required"),
               QStringLiteral("Stop the export when a CDP callback fails after its retries.")},
              maxAge,
              {QStringLiteral("resume"),
               QStringLiteral("Continue from the checkpoint beside FILE (same options).")}},
             segmentsExport});
}

} // namespace cxone
