#include "app/cli/clicontext.h"
#include "models/audiences/audiencesavejob.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/io/boundedinput.h"
#include "models/engine/text.h"
#include "network/apiclient.h"
#include "network/displaytext.h"
#include "network/fileio.h"

#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace cxone {

namespace {

// Runs one call to its end.
QString sizeText(const AudienceInfo &a)
{
    if (a.size < 0)
        return a.evaluationStatus == u"evaluating" ? QStringLiteral("evaluating")
                                                   : QStringLiteral("unknown");
    return QString::number(a.size);
}

int audiencesList(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    const Result r = CliContext::await(AudiencesApi(client).list());
    const Expected<QList<AudienceInfo>> list = AudiencesApi::readList(r);
    if (!list)
        return ctx.fail(ExitFailed, list.error());
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("items"), r.json.object().value(u"items")}});
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1  %2 %3 %4 %5\n")
                         .arg(QStringLiteral("ID").leftJustified(36),
                              QStringLiteral("NAME").leftJustified(32),
                              QStringLiteral("DATA SOURCE").leftJustified(20),
                              QStringLiteral("SIZE").rightJustified(10), QStringLiteral("STATUS"));
    for (const AudienceInfo &a : *list) {
        ctx.out() << QStringLiteral("%1  %2 %3 %4 %5\n")
                             .arg(displayText(a.id).leftJustified(36),
                                  displayText(a.name, 32).leftJustified(32),
                                  displayText(a.dataSource).leftJustified(20),
                                  sizeText(a).rightJustified(10), displayText(a.evaluationStatus));
    }
    ctx.out() << countText(list->size(), QStringLiteral("audience"), QStringLiteral("audiences"))
              << '\n';
    return ExitOk;
}

int audiencesShow(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("audiences show takes one audience ID."));
    if (args.isSet(QStringLiteral("out")))
        if (const int refused
            = ctx.checkOutput(args.value(QStringLiteral("out")), QStringLiteral("--out"));
            refused != ExitOk)
            return refused;
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    const Result r = CliContext::await(AudiencesApi(client).get(positional.first(), true));
    const Expected<AudienceInfo> read = AudiencesApi::readAudience(r);
    if (!read)
        return ctx.fail(ExitFailed, read.error());
    const AudienceInfo &a = *read;
    const QString out = args.value(QStringLiteral("out"));
    if (!out.isEmpty()) {
        // An editable payload: what `audiences put` reads, with the version it was read at.
        const QJsonObject payload{
                {QStringLiteral("name"), a.name},
                {QStringLiteral("description"), a.description},
                {QStringLiteral("criteria"), a.criteria},
                {QStringLiteral("exclusions"), QJsonArray::fromStringList(a.exclusions)},
                {QStringLiteral("data_source"), a.dataSource},
                {QStringLiteral("recalculate_on_update"), true},
                {QStringLiteral("version"), a.version}};
        QString error;
        if (!writeOutputFile(out, QJsonDocument(payload).toJson(), &error, QStringLiteral("--out")))
            return ctx.fail(ExitFailed, error);
        ctx.progress(QStringLiteral("wrote the editable payload to %1").arg(out));
    }
    if (ctx.json()) {
        QJsonObject o = r.json.object();
        o.insert(QStringLiteral("ok"), true);
        QString treeError;
        if (const auto root = CriteriaNode::fromJson(a.criteria, &treeError))
            o.insert(QStringLiteral("plain_language"), describeCriteria(*root));
        ctx.printJson(o);
        return ExitOk;
    }
    QTextStream &s = ctx.out();
    s << "id:           " << a.id << '\n'
      << "name:         " << displayText(a.name) << '\n'
      << "description:  " << displayText(a.description) << '\n'
      << "data source:  " << displayText(a.dataSource) << " ("
      << displayText(AudiencesApi::dataSourceLabel(a.dataSource)) << ")\n"
      << "version:      " << a.version << '\n'
      << "status:       " << displayText(a.evaluationStatus) << '\n'
      << "size:         " << sizeText(a) << '\n'
      << "evaluated:    " << a.lastEvaluated.toString(Qt::ISODate) << '\n';
    QString treeError;
    if (const auto root = CriteriaNode::fromJson(a.criteria, &treeError))
        s << "criteria:     " << describeCriteria(*root) << '\n';
    else
        s << "criteria:     (unreadable: " << treeError << ")\n";
    s << "exclusions:   "
      << (a.exclusions.isEmpty() ? QStringLiteral("none") : a.exclusions.join(QStringLiteral(", ")))
      << '\n';
    return ExitOk;
}

int refuse(CliContext &ctx, const QList<AudienceProblem> &problems)
{
    QStringList texts;
    for (const AudienceProblem &p : problems)
        texts << p.text();
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), false},
                       {QStringLiteral("exitCode"), int(ExitRefused)},
                       {QStringLiteral("error"), QStringLiteral("the audience file has problems; "
                                                                "nothing was sent")},
                       {QStringLiteral("problems"), QJsonArray::fromStringList(texts)}});
    }
    for (const QString &t : std::as_const(texts))
        ctx.err() << "  " << t << '\n';
    ctx.err() << "cxone-cli: "
              << countText(texts.size(), QStringLiteral("problem"), QStringLiteral("problems"))
              << " in the audience file; nothing was sent.\n";
    ctx.err().flush();
    return ExitRefused;
}

int audiencesPut(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("audiences put takes one audience ID."));
    const QString id = positional.first();
    const QString path = args.value(QStringLiteral("file"));
    if (path.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("audiences put needs --file AUDIENCE.json."));
    // An audience is far smaller than this; the cap holds for pipes and devices too.
    if (path != u"-" && !QFileInfo(path).isReadable())
        return ctx.refuse(QStringLiteral("cannot read %1: no such readable file. Nothing was sent.")
                                  .arg(path));
    QByteArray bytes;
    QString readError;
    if (!readBounded(path, 4 * 1024 * 1024, &bytes, &readError,
                     QStringLiteral("the audience file '%1'").arg(path)))
        return ctx.fail(ExitRefused, readError + QStringLiteral(" Nothing was sent."));
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return ctx.fail(ExitRefused, QStringLiteral("%1 is not JSON: %2 at character %3. Nothing "
                                                    "was sent.")
                                             .arg(path, parseError.errorString())
                                             .arg(parseError.offset));
    if (!doc.isObject())
        return ctx.fail(ExitRefused, QStringLiteral("%1 must hold one JSON object (the audience). "
                                                    "Nothing was sent.")
                                             .arg(path));
    if (const QString dup = jsonDuplicateKey(bytes); !dup.isEmpty())
        return ctx.fail(ExitRefused, QStringLiteral("%1: %2 Nothing was sent.").arg(path, dup));
    QJsonObject payload = doc.object();
    for (const char *key :
         {"id", "size", "evaluation_status", "last_evaluated", "created_at", "updated_at"})
        payload.remove(QLatin1String(key)); // a saved `show --json` is accepted as input
    if (args.isSet(QStringLiteral("no-recalculate")))
        payload.insert(QStringLiteral("recalculate_on_update"), false);
    else if (!payload.contains(u"recalculate_on_update"))
        payload.insert(QStringLiteral("recalculate_on_update"), true);

    QUrl cdpUrl;
    if (args.isSet(QStringLiteral("cdp-url"))) {
        cdpUrl = QUrl(args.value(QStringLiteral("cdp-url")));
        if (!cdpUrl.isValid() || cdpUrl.isEmpty())
            return ctx.fail(ExitUsage, QStringLiteral("--cdp-url is not a URL."));
    }

    // First everything that needs no tenant: nothing is sent when this finds a problem.
    if (const auto problems = validateAudiencePayload(payload, nullptr); !problems.isEmpty())
        return refuse(ctx, problems);

    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    if (!cdpUrl.isEmpty()) {
        cdpUrl = client->resolve(cdpUrl); // a path is taken relative to the tenant (demo sinks)
        if (const QString problem = endpointProblem(cdpUrl); !problem.isEmpty())
            return ctx.fail(ExitRefused, QStringLiteral("--cdp-url: %1").arg(problem));
    }
    const QString source = payload.value(u"data_source").toString();
    ctx.progress(QStringLiteral("loading the fields of %1").arg(source));
    const Expected<QList<AudienceField>> fields
            = AudiencesApi::readFields(CliContext::await(AudiencesApi(client).fields(source)));
    if (!fields)
        return ctx.fail(ExitFailed, fields.error());
    AudienceSaveJob::Options options;
    options.catalogue = FieldCatalogue(source, *fields);
    options.cdpUrl = cdpUrl;
    if (const auto problems = validateAudiencePayload(payload, &options.catalogue);
        !problems.isEmpty())
        return refuse(ctx, problems);

    if (!payload.contains(u"version")) {
        // No version in the file: save over what is stored now (read it, then send its version
        // so that a change made meanwhile is refused rather than overwritten).
        const Result current = CliContext::await(AudiencesApi(client).get(id, false));
        if (current.ok()) {
            payload.insert(QStringLiteral("version"),
                           current.json.object().value(u"version").toInteger());
        } else if (current.error != ErrorKind::NotFound) {
            return ctx.fail(ExitFailed, current.errorText);
        }
    }

    ctx.audit(); // the job's entries go to the trail
    AudienceSaveJob job(client, id, payload, options);
    const int code = ctx.runJob(&job);
    if (code != ExitOk) {
        if (!job.problems().isEmpty() && !ctx.json()) {
            for (const QString &p : job.problems())
                ctx.err() << "  " << p << '\n';
        }
        return code;
    }
    const AudienceInfo saved = job.savedAudience();
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), !job.sizeUnknown()},
                       {QStringLiteral("saved"), true},
                       {QStringLiteral("id"), saved.id},
                       {QStringLiteral("version"), saved.version},
                       {QStringLiteral("evaluation_status"), job.evaluationStatus()},
                       {QStringLiteral("size"), job.size()},
                       {QStringLiteral("size_error"), job.sizeError()},
                       {QStringLiteral("polls"), job.polls()},
                       {QStringLiteral("cdp_notified"), job.cdpNotified()},
                       {QStringLiteral("cdp_error"), job.cdpError()}});
    } else {
        ctx.out() << "saved " << saved.name << " (" << saved.id << ") as version " << saved.version
                  << '\n';
        ctx.out() << "size: "
                  << (job.size() >= 0 ? QLocale::c().toString(job.size())
                                      : QStringLiteral("unknown"))
                  << " (" << job.evaluationStatus() << ")\n";
        if (!cdpUrl.isEmpty())
            ctx.out() << "CDP: "
                      << (job.cdpNotified() ? QStringLiteral("notified")
                                            : QStringLiteral("NOT notified: ") + job.cdpError())
                      << '\n';
    }
    if (job.sizeUnknown()) {
        // The save stands; a script must still not take an unknown size for a known one.
        ctx.err() << "cxone-cli: saved as version " << saved.version
                  << ", but the size could not be read: " << job.sizeError()
                  << ". Read it later with: cxone-cli audiences show " << saved.id << '\n';
        return ExitFailed;
    }
    return ExitOk;
}

} // namespace

void registerAudienceCommands(QList<CommandSpec> &commands)
{
    commands.append({{QStringLiteral("audiences"), QStringLiteral("list")},
                     {},
                     QStringLiteral("List journey audiences with size and evaluation status."),
                     {},
                     audiencesList});
    commands.append({{QStringLiteral("audiences"), QStringLiteral("show")},
                     QStringLiteral("ID"),
                     QStringLiteral("Show one audience: criteria in plain language, size."),
                     {{QStringLiteral("out"),
                       QStringLiteral("Also write it as an editable payload for 'audiences put'."),
                       QStringLiteral("FILE")}},
                     audiencesShow});
    commands.append(
            {{QStringLiteral("audiences"), QStringLiteral("put")},
             QStringLiteral("ID"),
             QStringLiteral("Validate and save an audience, then wait for its size."),
             {{QStringLiteral("file"), QStringLiteral("The audience payload (JSON)."),
               QStringLiteral("AUDIENCE.json")},
              {QStringLiteral("no-recalculate"),
               QStringLiteral("Do not re-evaluate the audience (its size goes stale).")},
              {QStringLiteral("cdp-url"),
               QStringLiteral("POST an AUDIENCE_UPDATED event here after the save (a path is "
                              "relative to the tenant)."),
               QStringLiteral("URL")}},
             audiencesPut});
}

} // namespace cxone
