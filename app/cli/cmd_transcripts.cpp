// interactions search, transcripts extract, transcripts mask.
#include "app/cli/clicontext.h"
#include "app/cli/cmd_mask.h"
#include "models/engine/audit/plainwords.h"
#include "models/engine/io/boundedinput.h"
#include "models/engine/jobs/pagedreader.h"
#include "models/engine/text.h"
#include "models/transcripts/extractjob.h"
#include "network/api/transcriptsapi.h"
#include "network/apiclient.h"
#include "network/displaytext.h"
#include "network/fileio.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QRegularExpression>

#include <optional>

namespace cxone {

namespace {

// A time as people type it: an ISO date or date-time (UTC unless it says otherwise), "now",
// "today", or an offset from now ("-7d", "-36h", "-90m"). A bare date given as the end of a
// period means the end of that day.
bool parseTime(const QString &text, bool endOfPeriod, QDateTime *out, QString *error)
{
    const QString t = text.trimmed();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (t.compare(u"now", Qt::CaseInsensitive) == 0) {
        *out = now;
        return true;
    }
    if (t.compare(u"today", Qt::CaseInsensitive) == 0) {
        *out = QDateTime(now.date().addDays(endOfPeriod ? 1 : 0), QTime(0, 0), Qt::UTC);
        return true;
    }
    static const QRegularExpression offset(QStringLiteral("^-(\\d{1,5})([dhm])$"));
    if (const auto m = offset.match(t); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const QChar unit = m.captured(2).at(0);
        const qint64 secs = n * (unit == u'd' ? 86400 : unit == u'h' ? 3600 : 60);
        *out = now.addSecs(-secs);
        return true;
    }
    const QDate date = QDate::fromString(t, Qt::ISODate);
    if (date.isValid() && t.size() == 10) {
        *out = QDateTime(endOfPeriod ? date.addDays(1) : date, QTime(0, 0), Qt::UTC);
        return true;
    }
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid()) {
        if (dt.timeSpec() == Qt::LocalTime)
            dt.setTimeSpec(Qt::UTC); // a time without a zone is read as UTC
        *out = dt.toUTC();
        return true;
    }
    *error = QStringLiteral("'%1' is not a time; use 2026-11-01, 2026-11-01T09:00:00Z, now, "
                            "today, or -7d / -12h / -30m.")
                     .arg(t);
    return false;
}

bool readSearch(CliContext &ctx, const QCommandLineParser &args, TranscriptSearch *s, int *code)
{
    QString error;
    if (!args.isSet(QStringLiteral("from")) || !args.isSet(QStringLiteral("to"))) {
        *code = ctx.fail(ExitUsage, QStringLiteral("Give the period: --from TIME --to TIME."));
        return false;
    }
    if (!parseTime(args.value(QStringLiteral("from")), false, &s->from, &error)
        || !parseTime(args.value(QStringLiteral("to")), true, &s->to, &error)) {
        *code = ctx.fail(ExitUsage, error);
        return false;
    }
    s->mediaTypes.clear();
    if (args.isSet(QStringLiteral("media"))) {
        for (const QString &m : args.value(QStringLiteral("media")).split(u',', Qt::SkipEmptyParts))
            s->mediaTypes.append(m.trimmed().toLower());
        if (s->mediaTypes.isEmpty()) {
            *code = ctx.fail(ExitUsage, QStringLiteral("--media: name at least one of voice, "
                                                       "chat, email."));
            return false;
        }
    }
    if (const QString p = TranscriptsApi::searchProblem(*s); !p.isEmpty()) {
        *code = ctx.fail(ExitUsage, p);
        return false;
    }
    return true;
}

QString durationText(int secs)
{
    if (secs <= 0)
        return QStringLiteral("-");
    return QStringLiteral("%1:%2").arg(secs / 60).arg(secs % 60, 2, 10, QChar(u'0'));
}

int interactionsSearch(CliContext &ctx, const QCommandLineParser &args, const QStringList &)
{
    TranscriptSearch s;
    int code = ExitOk;
    if (!readSearch(ctx, args, &s, &code))
        return code;
    if (args.isSet(QStringLiteral("out")))
        if (const int refused
            = ctx.checkOutput(args.value(QStringLiteral("out")), QStringLiteral("--out"));
            refused != ExitOk)
            return refused;
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    QList<InteractionInfo> found;
    const QString error = PagedReader::readAll(
            client, TranscriptsApi::searchRequest(s),
            [&found, &s, &ctx](const Result &page, std::optional<Request> *next, QString *why) {
                QString token;
                if (!TranscriptsApi::readSearchPage(page, &found, &token, why))
                    return false;
                ctx.progress(QStringLiteral("%1 found")
                                     .arg(countText(found.size(), QStringLiteral("interaction"),
                                                    QStringLiteral("interactions"))));
                if (!token.isEmpty())
                    *next = TranscriptsApi::searchRequest(s, token);
                return true;
            });
    if (!error.isEmpty())
        return ctx.runFailed(error);
    if (args.isSet(QStringLiteral("out"))) {
        const QString out = args.value(QStringLiteral("out"));
        QByteArray bytes;
        for (const InteractionInfo &i : std::as_const(found))
            bytes += i.id.toUtf8() + '\n';
        QString writeError;
        if (!writeOutputFile(out, bytes, &writeError, QStringLiteral("--out")))
            return ctx.fail(ExitFailed, writeError);
        ctx.progress(QStringLiteral("%1 interaction ids written to %2")
                             .arg(QLocale().toString(found.size()), out));
    }
    if (ctx.json()) {
        QJsonArray items;
        for (const InteractionInfo &i : std::as_const(found))
            items.append(QJsonObject{
                    {QStringLiteral("interactionId"), i.id},
                    {QStringLiteral("mediaType"), i.mediaType},
                    {QStringLiteral("startedAt"), i.startedAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("durationSec"), i.durationSec},
                    {QStringLiteral("direction"), i.direction},
                    {QStringLiteral("agentName"), i.agentName}});
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("count"), found.size()},
                       {QStringLiteral("interactions"), items}});
        return ExitOk;
    }
    if (args.isSet(QStringLiteral("out")))
        return ExitOk;
    ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(QStringLiteral("INTERACTION").leftJustified(44),
                              QStringLiteral("MEDIA").leftJustified(5),
                              QStringLiteral("STARTED (UTC)").leftJustified(20),
                              QStringLiteral("LENGTH").rightJustified(6),
                              QStringLiteral("DIRECTION").leftJustified(9),
                              QStringLiteral("AGENT"));
    for (const InteractionInfo &i : std::as_const(found))
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                             .arg(displayText(i.id).leftJustified(44),
                                  displayText(i.mediaType).leftJustified(5),
                                  i.startedAt.toUTC().toString(Qt::ISODate).leftJustified(20),
                                  durationText(i.durationSec).rightJustified(6),
                                  displayText(i.direction).leftJustified(9),
                                  displayText(i.agentName));
    ctx.out() << countText(found.size(), QStringLiteral("interaction"),
                           QStringLiteral("interactions"))
              << '\n';
    return ExitOk;
}

// The interactions an extraction takes: the ids of --ids FILE, or a period's search; false with
// `*code` set when the options do not say which, or say it wrong.
bool readSelection(CliContext &ctx, const QCommandLineParser &args, ExtractOptions *o, int *code)
{
    const bool byIds = args.isSet(QStringLiteral("ids"));
    const bool byPeriod = args.isSet(QStringLiteral("from")) || args.isSet(QStringLiteral("to"));
    if (byIds == byPeriod) {
        *code = ctx.fail(ExitUsage, QStringLiteral("Give either --ids FILE or a period (--from "
                                                   "TIME --to TIME), not both."));
        return false;
    }
    if (!byIds) {
        TranscriptSearch s;
        if (!readSearch(ctx, args, &s, code))
            return false;
        o->search = s;
        if (!s.mediaTypes.isEmpty())
            o->mediaTypes = s.mediaTypes;
        return true;
    }
    QByteArray bytes;
    const QString ids = args.value(QStringLiteral("ids"));
    if (!ctx.readInputFile(ids, 64 * 1024 * 1024,
                           ids == u"-" ? QStringLiteral("the ids on standard input")
                                       : QStringLiteral("the ids file '%1'").arg(ids),
                           &bytes, code))
        return false;
    qint64 line = 0;
    for (const QByteArray &raw : bytes.split('\n')) {
        ++line;
        const QByteArray id = raw.trimmed();
        if (id.isEmpty() || id.startsWith('#'))
            continue;
        if (id.size() > 200 || id.contains('\0') || id.contains(' ')) {
            *code = ctx.refuse(QStringLiteral("The ids file, line %1: not an interaction id; "
                                              "nothing was sent.")
                                       .arg(line));
            return false;
        }
        o->interactionIds.append(QString::fromUtf8(id));
    }
    if (o->interactionIds.isEmpty()) {
        *code = ctx.refuse(QStringLiteral("The ids file holds no interaction ids; nothing was "
                                          "sent."));
        return false;
    }
    if (!args.isSet(QStringLiteral("media")))
        return true;
    o->mediaTypes.clear();
    for (const QString &m : args.value(QStringLiteral("media")).split(u',', Qt::SkipEmptyParts))
        o->mediaTypes.append(m.trimmed().toLower());
    for (const QString &m : std::as_const(o->mediaTypes)) {
        if (!TranscriptsApi::mediaTypes().contains(m)) {
            *code = ctx.usageError(
                    QStringLiteral("--media: '%1' is not voice, chat or email.").arg(m));
            return false;
        }
    }
    if (o->mediaTypes.isEmpty()) {
        *code = ctx.usageError(QStringLiteral("--media: name at least one of voice, chat, "
                                              "email."));
        return false;
    }
    return true;
}

// The rest of an extraction's settings: tenant redaction, downloads at once, the output, the
// data lake, what to mask and how, resuming. `demoLake`: --lake-url demo (resolved once the
// client is known).
bool readExtractSettings(CliContext &ctx, const QCommandLineParser &args, ExtractOptions *o,
                         bool *demoLake, int *code)
{
    if (args.isSet(QStringLiteral("policy"))
        && !ctx.choiceOption(
                QStringLiteral("policy"),
                {QStringLiteral("auto"), QStringLiteral("none"), QStringLiteral("full")},
                &o->policy, code))
        return false;
    if (args.isSet(QStringLiteral("concurrency"))
        && !ctx.intOption(QStringLiteral("concurrency"), 1, 10, &o->concurrency, code))
        return false;
    o->output = args.value(QStringLiteral("out"));
    if (o->output.isEmpty()) {
        *code = ctx.usageError(QStringLiteral("Say where the masked transcripts go: --out DIR or "
                                              "--out FILE.jsonl."));
        return false;
    }
    if (const QString p = TranscriptExtractJob::outputProblem(o->output); !p.isEmpty()) {
        *code = ctx.refuse(p);
        return false;
    }
    *demoLake = args.value(QStringLiteral("lake-url")) == u"demo";
    if (*demoLake && !ctx.parser().isSet(QStringLiteral("demo"))) {
        *code = ctx.usageError(QStringLiteral("--lake-url demo is the demo tenant's own data "
                                              "lake; it needs --demo."));
        return false;
    }
    if (args.isSet(QStringLiteral("lake-url")) && !*demoLake
        && !ctx.urlOption(QStringLiteral("lake-url"), &o->lakeUrl, code))
        return false;
    if (!readEntities(ctx, args, &o->entities, code)
        || !readMaskPolicy(ctx, args, &o->maskPolicy, code))
        return false;
    o->resume = args.isSet(QStringLiteral("resume"));
    return true;
}

// What a finished extraction says: its summary, failures by reason, the masks by type and where
// everything went (or the JSON summary); and the sentence of a run that did not end well.
void reportExtraction(CliContext &ctx, const TranscriptExtractJob &job, const QString &output,
                      int rc)
{
    if (ctx.json()) {
        QJsonObject out = job.summaryJson();
        out.insert(QStringLiteral("failures"), job.failuresJson());
        out.insert(QStringLiteral("ok"), rc == ExitOk);
        out.insert(QStringLiteral("exitCode"), rc);
        out.insert(QStringLiteral("state"), words::jobState(job.state(), job.failedItems()));
        if (rc != ExitOk)
            out.insert(QStringLiteral("error"), job.errorText());
        ctx.printJson(out);
    } else if (job.total() > 0) {
        const QLocale l;
        QString pii;
        const QJsonObject counts = job.maskTotals().toJson();
        for (auto it = counts.begin(); it != counts.end(); ++it) {
            if (it.value().toInteger() > 0)
                pii += QStringLiteral(" %1 %2").arg(it.key(), l.toString(it.value().toInteger()));
        }
        ctx.out() << QStringLiteral("%1; success %2 %; %3 ms per transcript on average; URL "
                                    "refreshes %4\n")
                             .arg(job.summaryText(), l.toString(job.successRate() * 100.0, 'f', 1),
                                  l.toString(job.averageLatencyMs(), 'f', 0),
                                  l.toString(job.urlRefreshes()));
        for (const QString &group : job.failureGroupsText())
            ctx.out() << "  " << group << '\n';
        if (!pii.isEmpty())
            ctx.out() << QStringLiteral("masked:%1\n").arg(pii);
        ctx.out() << QStringLiteral("output: %1\n").arg(output);
        if (job.failed() + job.notPushed() > 0)
            ctx.out() << QStringLiteral("every artifact's outcome, with its reason: %1\n")
                                 .arg(job.statePath());
        ctx.out().flush();
    }
    if (!ctx.json() && rc != ExitOk) {
        ctx.fail(rc,
                 ctx.interrupted() ? QStringLiteral("interrupted: run again with --resume to "
                                                    "continue; nothing done is done twice.")
                 : job.state() == JobState::CompletedWithFailures ? QStringLiteral("%1: %2").arg(
                           words::jobState(job.state(), job.failedItems()), job.errorText())
                                                                  : job.errorText());
    }
}

int transcriptsExtract(CliContext &ctx, const QCommandLineParser &args, const QStringList &)
{
    ExtractOptions o;
    int code = ExitOk;
    bool demoLake = false;
    if (!readSelection(ctx, args, &o, &code)
        || !readExtractSettings(ctx, args, &o, &demoLake, &code))
        return code;
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    if (demoLake)
        o.lakeUrl = client->profile().baseUrl.resolved(QUrl(QStringLiteral("/_sim/webhooks/lake")));
    ctx.audit();
    TranscriptExtractJob job(client, o);
    const int rc = ctx.runJob(&job, false);
    reportExtraction(ctx, job, o.output, rc);
    return rc;
}

QList<QCommandLineOption> periodOptions()
{
    return {{QStringLiteral("from"),
             QStringLiteral("Start of the period: 2026-11-01, 2026-11-01T09:00:00Z, today, -7d."),
             QStringLiteral("TIME")},
            {QStringLiteral("to"),
             QStringLiteral("End of the period (a bare date means the end of that day; now)."),
             QStringLiteral("TIME")},
            {QStringLiteral("media"),
             QStringLiteral("Media types: voice,chat,email (default: all)."),
             QStringLiteral("LIST")}};
}

} // namespace

void registerTranscriptsCommands(QList<CommandSpec> &commands)
{
    QList<QCommandLineOption> search = periodOptions();
    search.append({QStringLiteral("out"), QStringLiteral("Also write the ids, one per line."),
                   QStringLiteral("IDS.txt")});
    commands.append({{QStringLiteral("interactions"), QStringLiteral("search")},
                     {},
                     QStringLiteral("Interactions of a period: id, media, start, length, "
                                    "direction, agent."),
                     search,
                     interactionsSearch});
    QList<QCommandLineOption> extract = periodOptions();
    extract.append(
            {{QStringLiteral("ids"),
              QStringLiteral("File of interaction ids, one per line ('-': stdin)."),
              QStringLiteral("FILE")},
             {QStringLiteral("policy"),
              QStringLiteral("The tenant's own redaction: auto (default), none, full."),
              QStringLiteral("POLICY")},
             {QStringLiteral("concurrency"),
              QStringLiteral("Downloads in flight, 1 to 10 (default 4)."), QStringLiteral("N")},
             {QStringLiteral("out"),
              QStringLiteral("A folder (one file per interaction) or FILE.jsonl."),
              QStringLiteral("DIR|FILE.jsonl")},
             {QStringLiteral("lake-url"),
              QStringLiteral("Push each masked transcript here (idempotent request ids); "
                             "'demo': the demo tenant's data lake."),
              QStringLiteral("URL")},
             entitiesOption(),
             maskPolicyOption(),
             {QStringLiteral("resume"),
              QStringLiteral("Continue an earlier run into the same output.")}});
    commands.append({{QStringLiteral("transcripts"), QStringLiteral("extract")},
                     {},
                     QStringLiteral("Bulk transcripts: submit, poll, download, mask locally, "
                                    "write, push."),
                     extract,
                     transcriptsExtract});
    commands.append(
            {transcriptsMaskWords(),
             {},
             transcriptsMaskSummary(),
             transcriptsMaskOptions(),
             [](CliContext &ctx, const QCommandLineParser &args, const QStringList &positional) {
                 return transcriptsMask(ctx, args, positional);
             }});
}

} // namespace cxone
