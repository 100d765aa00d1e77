// campaigns list|show, contactlists schema, enrichment (dry run or apply), enrichment restore.
#include "app/cli/clicontext.h"
#include "models/engine/jobs/pagedreader.h"
#include "models/enrichment/enrichjobs.h"
#include "models/enrichment/mappingtemplates.h"
#include "network/api/enrichmentapi.h"
#include "network/apiclient.h"
#include "network/displaytext.h"
#include "network/webhookclient.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace cxone {

namespace {

// `acting`: the command would change what it loads, so a target the tenant does not have is a
// refusal (nothing was sent); for a command that only shows it, it is a failure like any other.
bool loadCampaign(CliContext &ctx, ApiClient *client, const QString &id, CampaignInfo *out,
                  int *code, bool acting = false)
{
    Expected<CampaignInfo> campaign
            = EnrichmentApi::readCampaign(CliContext::await(EnrichmentApi(client).campaign(id)));
    if (!campaign) {
        *code = ctx.fail(acting && campaign.errorKind() == ErrorKind::NotFound ? ExitRefused
                                                                               : ExitFailed,
                         campaign.error());
        return false;
    }
    *out = std::move(*campaign);
    return true;
}

bool loadSchema(CliContext &ctx, ApiClient *client, const QString &listId, ListSchema *out,
                int *code, bool acting = false)
{
    Expected<ListSchema> schema
            = EnrichmentApi::readSchema(CliContext::await(EnrichmentApi(client).schema(listId)));
    if (!schema) {
        *code = ctx.fail(acting && schema.errorKind() == ErrorKind::NotFound ? ExitRefused
                                                                             : ExitFailed,
                         schema.error());
        return false;
    }
    *out = std::move(*schema);
    return true;
}

QJsonObject campaignJson(const CampaignInfo &c)
{
    return {{QStringLiteral("campaignId"), c.id},
            {QStringLiteral("name"), c.name},
            {QStringLiteral("status"), c.status},
            {QStringLiteral("maxEnrichmentTimeout"), c.maxEnrichmentTimeout},
            {QStringLiteral("batchSize"), c.batchLimit()},
            {QStringLiteral("contactListId"), c.contactListId}};
}

int campaignsList(CliContext &ctx, const QCommandLineParser &, const QStringList &positional)
{
    if (!positional.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("campaigns list takes no arguments."));
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    QList<CampaignInfo> campaigns;
    const QString error = PagedReader::readAll(
            client, EnrichmentApi::campaignsRequest(),
            [&campaigns](const Result &page, std::optional<Request> *next, QString *why) {
                return EnrichmentApi::readCampaignsPage(page, &campaigns, next, why);
            });
    if (!error.isEmpty())
        return ctx.fail(ExitFailed, error);
    if (ctx.json()) {
        QJsonArray items;
        for (const CampaignInfo &c : std::as_const(campaigns))
            items.append(campaignJson(c));
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("campaigns"), items}});
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(QStringLiteral("ID").leftJustified(42),
                              QStringLiteral("STATUS").leftJustified(9),
                              QStringLiteral("BUDGET").rightJustified(7),
                              QStringLiteral("BATCH").rightJustified(5),
                              QStringLiteral("LIST / NAME"));
    for (const CampaignInfo &c : std::as_const(campaigns))
        ctx.out() << QStringLiteral("%1  %2  %3  %4  %5 · %6\n")
                             .arg(displayText(c.id).leftJustified(42),
                                  displayText(c.status).leftJustified(9),
                                  QString(QString::number(c.maxEnrichmentTimeout)
                                          + QStringLiteral("ms"))
                                          .rightJustified(7),
                                  QString::number(c.batchLimit()).rightJustified(5),
                                  displayText(c.contactListId), displayText(c.name));
    return ExitOk;
}

int campaignsShow(CliContext &ctx, const QCommandLineParser &, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("campaigns show takes one campaign id."));
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    CampaignInfo c;
    int code = ExitOk;
    if (!loadCampaign(ctx, client, positional.first(), &c, &code))
        return code;
    if (ctx.json()) {
        QJsonObject o = campaignJson(c);
        o.insert(QStringLiteral("ok"), true);
        ctx.printJson(o);
        return ExitOk;
    }
    ctx.out() << "campaign:      " << displayText(c.id) << '\n'
              << "name:          " << displayText(c.name) << '\n'
              << "status:        " << displayText(c.status) << '\n'
              << "budget:        " << c.maxEnrichmentTimeout << " ms (batches of at most "
              << c.batchLimit() << " contacts)\n"
              << "contact list:  " << displayText(c.contactListId) << '\n';
    return ExitOk;
}

int listsSchema(CliContext &ctx, const QCommandLineParser &, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("contactlists schema takes one list id."));
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    ListSchema s;
    int code = ExitOk;
    if (!loadSchema(ctx, client, positional.first(), &s, &code))
        return code;
    if (ctx.json()) {
        QJsonArray attrs;
        for (const SchemaAttribute &a : std::as_const(s.attributes)) {
            QJsonObject o{{QStringLiteral("name"), a.name},
                          {QStringLiteral("type"), SchemaAttribute::typeName(a.type)},
                          {QStringLiteral("required"), a.required},
                          {QStringLiteral("label"), a.label}};
            if (a.maxLength > 0)
                o.insert(QStringLiteral("maxLength"), a.maxLength);
            if (!a.enumValues.isEmpty())
                o.insert(QStringLiteral("enumValues"), QJsonArray::fromStringList(a.enumValues));
            attrs.append(o);
        }
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("listId"), s.listId},
                       {QStringLiteral("idField"), s.idField},
                       {QStringLiteral("attributes"), attrs}});
        return ExitOk;
    }
    ctx.out() << "list " << displayText(s.listId) << " (contact id: " << displayText(s.idField)
              << ")\n";
    for (const SchemaAttribute &a : std::as_const(s.attributes)) {
        QString rules;
        if (a.required)
            rules += QStringLiteral(" required");
        if (a.maxLength > 0)
            rules += QStringLiteral(" max %1 chars").arg(a.maxLength);
        if (!a.enumValues.isEmpty())
            rules += QStringLiteral(" one of: %1")
                             .arg(displayText(a.enumValues.join(QStringLiteral(", "))));
        ctx.out() << "  " << displayText(a.name).leftJustified(22)
                  << SchemaAttribute::typeName(a.type).leftJustified(9) << rules.trimmed() << '\n';
    }
    return ExitOk;
}

// Applies --map and --id-column to the mapping; false (and *code) on a problem.
bool readMapping(CliContext &ctx, const QCommandLineParser &args, const QStringList &headers,
                 const ListSchema &schema, EnrichMapping *m, int *code)
{
    const auto column = [&headers](const QString &name) {
        qsizetype c = headers.indexOf(name);
        for (qsizetype k = 0; k < headers.size() && c < 0; ++k) {
            if (normaliseHeader(headers[k]) == normaliseHeader(name))
                c = k;
        }
        return int(c);
    };
    for (const QString &spec : args.values(QStringLiteral("map"))) {
        const qsizetype eq = spec.lastIndexOf(u'=');
        if (eq <= 0) {
            *code = ctx.fail(ExitUsage, QStringLiteral("--map takes 'COLUMN=ATTRIBUTE' (or "
                                                       "'COLUMN=' to ignore a column), not '%1'.")
                                                .arg(spec));
            return false;
        }
        const int c = column(spec.left(eq).trimmed());
        if (c < 0) {
            *code = ctx.fail(
                    ExitRefused,
                    QStringLiteral("--map: the file has no column \u201c%1\u201d; "
                                   "it has: %2.")
                            .arg(spec.left(eq).trimmed(), headers.join(QStringLiteral(", "))));
            return false;
        }
        QString target = spec.mid(eq + 1).trimmed();
        if (target == u"-")
            target.clear();
        m->targets[c] = target;
    }
    if (args.isSet(QStringLiteral("id-column"))) {
        m->idColumn = column(args.value(QStringLiteral("id-column")));
        if (m->idColumn < 0) {
            *code = ctx.fail(ExitRefused, QStringLiteral("--id-column: the file has no column "
                                                         "\u201c%1\u201d; it has: %2.")
                                                  .arg(args.value(QStringLiteral("id-column")),
                                                       headers.join(QStringLiteral(", "))));
            return false;
        }
        m->targets[m->idColumn].clear();
    }
    QStringList problems;
    if (m->idColumn < 0)
        problems << QStringLiteral("no column holds the contact id (name it with --id-column)");
    QHash<QString, QString> used;
    for (int c = 0; c < headers.size(); ++c) {
        const QString t = m->targets.value(c);
        if (t.isEmpty() || c == m->idColumn)
            continue;
        if (!schema.attribute(t)) {
            QStringList names;
            for (const SchemaAttribute &a : schema.attributes)
                names << a.name;
            problems << QStringLiteral(
                                "column \u201c%1\u201d maps to \u201c%2\u201d, which list %3 "
                                "does not have (it has: %4)")
                                .arg(headers[c], t, schema.listId,
                                     names.join(QStringLiteral(", ")));
        } else if (used.contains(t)) {
            problems << QStringLiteral("columns \u201c%1\u201d and \u201c%2\u201d both map to %3")
                                .arg(used.value(t), headers[c], t);
        } else {
            used.insert(t, headers[c]);
        }
    }
    if (used.isEmpty())
        problems << QStringLiteral("no column maps to an attribute of the list (use --map)");
    if (!problems.isEmpty()) {
        *code = ctx.fail(ExitRefused, QStringLiteral("the mapping cannot be used; nothing was "
                                                     "sent:\n  - %1")
                                              .arg(problems.join(QStringLiteral("\n  - "))));
        return false;
    }
    return true;
}

void printMapping(CliContext &ctx, const QStringList &headers, const EnrichMapping &m,
                  const QList<MappingSuggestion> &suggestions)
{
    ctx.progress(QStringLiteral("mapping:"));
    for (int c = 0; c < headers.size(); ++c) {
        QString target;
        if (c == m.idColumn)
            target = QStringLiteral("(contact id)");
        else if (m.targets.value(c).isEmpty())
            target = QStringLiteral("(ignored)");
        else
            target = m.targets[c];
        QString why;
        if (c < suggestions.size() && suggestions[c].attribute == m.targets.value(c)
            && !target.startsWith(u'('))
            why = QStringLiteral("  %1 %, %2")
                          .arg(qRound(suggestions[c].confidence * 100))
                          .arg(suggestions[c].reason);
        ctx.progress(QStringLiteral("  %1 -> %2%3").arg(headers[c].leftJustified(24), target, why));
    }
}

int enrich(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage,
                        QStringLiteral("enrichment takes one campaign id (see 'cxone-cli "
                                       "campaigns list')."));
    const QString csvPath = args.value(QStringLiteral("csv"));
    if (csvPath.isEmpty())
        return ctx.fail(ExitUsage, QStringLiteral("enrichment needs --csv FILE."));
    const bool apply = args.isSet(QStringLiteral("apply"));
    const bool resume = args.isSet(QStringLiteral("resume"));
    if (!apply
        && (args.isSet(QStringLiteral("journal")) || args.isSet(QStringLiteral("webhook-url"))
            || resume || args.isSet(QStringLiteral("no-refresh"))))
        return ctx.fail(ExitUsage, QStringLiteral("--journal, --resume, --webhook-url and "
                                                  "--no-refresh only make sense with --apply."));
    if (resume && !args.isSet(QStringLiteral("journal")))
        return ctx.fail(ExitUsage, QStringLiteral("--resume needs --journal FILE (the run to "
                                                  "continue)."));
    CsvOptions csv;
    EnrichOptions options;
    MappingTemplate tmpl;
    const bool haveTemplate = args.isSet(QStringLiteral("template"));
    QString error;
    if (haveTemplate) {
        const QString name = args.value(QStringLiteral("template"));
        const bool isPath = name.endsWith(u".json", Qt::CaseInsensitive) || name.contains(u'/');
        // A name that cannot be one is a usage error; a template that cannot be read or used
        // is refused like any other input.
        if (!MappingTemplates::load(name, &tmpl, &error))
            return !isPath && !MappingTemplates::isValidName(name) ? ctx.usageError(error)
                                                                   : ctx.refuse(error);
        options = tmpl.options;
    }
    if (args.isSet(QStringLiteral("encoding"))
        && !parseCsvEncoding(args.value(QStringLiteral("encoding")), &csv.encoding))
        return ctx.fail(ExitUsage, QStringLiteral("--encoding must be auto, utf-8, utf-16 or "
                                                  "windows-1252."));
    if (args.isSet(QStringLiteral("delimiter"))
        && !parseCsvDelimiter(args.value(QStringLiteral("delimiter")), &csv.delimiter))
        return ctx.fail(ExitUsage, QStringLiteral("--delimiter must be auto, ',', ';', tab or "
                                                  "pipe."));
    if (args.isSet(QStringLiteral("date-order"))
        && !parseDateOrder(args.value(QStringLiteral("date-order")), &options.coercion.dateOrder))
        return ctx.fail(ExitUsage, QStringLiteral("--date-order must be auto, dmy or mdy."));
    if (args.isSet(QStringLiteral("duplicates"))
        && !parseDuplicatePolicy(args.value(QStringLiteral("duplicates")), &options.duplicates))
        return ctx.fail(ExitUsage, QStringLiteral("--duplicates must be first, last or error."));
    if (args.isSet(QStringLiteral("decimal-comma")) && args.isSet(QStringLiteral("decimal-point")))
        return ctx.fail(ExitUsage, QStringLiteral("--decimal-comma and --decimal-point contradict "
                                                  "each other: pass the one the file uses."));
    if (args.isSet(QStringLiteral("decimal-comma")))
        options.coercion.decimalMark = DecimalMark::Comma;
    if (args.isSet(QStringLiteral("decimal-point")))
        options.coercion.decimalMark = DecimalMark::Point;
    if (args.isSet(QStringLiteral("null-tokens")))
        options.extraNullTokens
                = args.value(QStringLiteral("null-tokens")).split(u',', Qt::SkipEmptyParts);
    double rate = 500;
    if (args.isSet(QStringLiteral("rate"))) {
        bool ok = false;
        rate = args.value(QStringLiteral("rate")).toDouble(&ok);
        if (!ok || rate < 0)
            return ctx.fail(ExitUsage, QStringLiteral("--rate takes contacts per second (0: no "
                                                      "pacing)."));
    }
    QUrl webhook;
    int code = ExitOk;
    if (args.isSet(QStringLiteral("webhook-url"))
        && !ctx.urlOption(QStringLiteral("webhook-url"), &webhook, &code))
        return code;
    if (args.isSet(QStringLiteral("save-template"))
        && !MappingTemplates::isValidName(args.value(QStringLiteral("save-template"))))
        return ctx.fail(ExitUsage, QStringLiteral("--save-template: use letters, digits, spaces, "
                                                  "dots and dashes."));

    if (args.isSet(QStringLiteral("results")))
        if (const int refused
            = ctx.checkOutput(args.value(QStringLiteral("results")), QStringLiteral("--results"));
            refused != ExitOk)
            return refused;
    // The file first: a broken file is refused before the tenant is asked anything.
    ctx.progress(QStringLiteral("reading %1").arg(csvPath));
    auto table = std::make_shared<CsvTable>();
    csv.maxBytes = qint64(4) * 1024 * 1024 * 1024;
    if (!readCsvTable(csvPath, csv, table.get()))
        return ctx.fail(
                ExitRefused,
                QStringLiteral("%1: %2; nothing was sent.").arg(csvPath, table->info.fatal));
    ctx.progress(QStringLiteral("  %1").arg(table->info.describe()));
    for (qsizetype i = 0; i < table->info.problems.size() && i < 10; ++i)
        ctx.progress(QStringLiteral("  line %1: %2")
                             .arg(table->info.problems[i].line)
                             .arg(table->info.problems[i].text));
    if (table->info.problemCount > 10)
        ctx.progress(QStringLiteral("  … and %1 more problems (see --results)")
                             .arg(table->info.problemCount - 10));

    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    ctx.audit();
    CampaignInfo campaign;
    if (!loadCampaign(ctx, client, positional.first(), &campaign, &code, true))
        return code;
    const QString listId = args.isSet(QStringLiteral("list")) ? args.value(QStringLiteral("list"))
                                                              : campaign.contactListId;
    if (listId.isEmpty())
        return ctx.fail(ExitRefused, QStringLiteral("campaign %1 names no contact list; pass "
                                                    "--list LIST.")
                                             .arg(campaign.id));
    if (campaign.status != u"active")
        ctx.progress(
                QStringLiteral("note: campaign %1 is %2.").arg(campaign.name, campaign.status));
    ListSchema schema;
    if (!loadSchema(ctx, client, listId, &schema, &code, true))
        return code;

    const QStringList headers = table->info.header;
    QList<MappingSuggestion> suggestions;
    EnrichMapping mapping;
    if (haveTemplate) {
        QStringList unmatched;
        mapping = EnrichMapping::fromJson(tmpl.mapping, headers, &unmatched);
        if (!unmatched.isEmpty())
            ctx.progress(QStringLiteral("note: the template names columns this file does not "
                                        "have: %1")
                                 .arg(unmatched.join(QStringLiteral(", "))));
    } else {
        mapping = EnrichMapping::suggested(headers, schema, &suggestions);
    }
    if (!readMapping(ctx, args, headers, schema, &mapping, &code))
        return code;
    printMapping(ctx, headers, mapping, suggestions);
    // What the template changes about how cells are read is said before anything is sent.
    if (haveTemplate) {
        const QStringList changes = tmpl.options.changes();
        if (changes.isEmpty())
            ctx.progress(QStringLiteral("template \u201c%1\u201d reads cells the default way")
                                 .arg(tmpl.name));
        else
            ctx.progress(
                    QStringLiteral("template \u201c%1\u201d changes how cells are read:\n  - %2")
                            .arg(tmpl.name, changes.join(QStringLiteral("\n  - "))));
    }
    if (const QStringList conflicts = nullTokenConflicts(options.extraNullTokens, schema, mapping);
        !conflicts.isEmpty())
        return ctx.fail(ExitRefused, QStringLiteral("the null tokens would drop real values; "
                                                    "nothing was sent:\n  - %1")
                                             .arg(conflicts.join(QStringLiteral("\n  - "))));
    if (args.isSet(QStringLiteral("save-template"))) {
        MappingTemplate t{args.value(QStringLiteral("save-template")), mapping.toJson(headers),
                          options};
        if (!MappingTemplates::save(t, &error))
            return ctx.fail(ExitFailed, error);
        ctx.progress(QStringLiteral("template \u201c%1\u201d saved").arg(t.name));
    }

    const std::shared_ptr<EnrichPlan> plan = EnrichPlan::build(table, schema, mapping, options);
    const QLocale c = QLocale::c();
    ctx.progress(QStringLiteral("plan: %1 rows, %2 contacts to send in batches of %3; skipped: "
                                "%4 without contact id, %5 duplicate, %6 with errors, %7 without "
                                "values")
                         .arg(plan->rowCount())
                         .arg(plan->contacts())
                         .arg(campaign.batchLimit())
                         .arg(plan->count(RowState::NoContactId))
                         .arg(plan->count(RowState::Duplicate))
                         .arg(plan->count(RowState::RowError))
                         .arg(plan->count(RowState::NoValues)));
    ctx.progress(QStringLiteral("fill rate %1 % overall")
                         .arg(c.toString(plan->fillRate() * 100, 'f', 1)));
    for (const FieldStats &f : plan->fields())
        ctx.progress(QStringLiteral("  %1 %2 %  (%3 of %4 filled, %5 null, %6 type errors%7)")
                             .arg(f.attribute.leftJustified(22))
                             .arg(c.toString(f.rate() * 100, 'f', 1).rightJustified(5))
                             .arg(f.filled)
                             .arg(f.total)
                             .arg(f.nulls)
                             .arg(f.errors)
                             .arg(f.dates.ambiguous > 0 && f.order == DateOrder::Auto
                                          ? QStringLiteral("; %1 dates are ambiguous: pass "
                                                           "--date-order")
                                                    .arg(f.dates.ambiguous)
                                          : QString()));
    for (const DecimalQuestion &q : plan->decimalQuestions()) {
        if (q.shows == DecimalMark::Auto)
            ctx.progress(
                    QStringLiteral("  %1: %2 values read two ways (line %3: %4) and nothing in "
                                   "the column says whether its decimal mark is a point or a "
                                   "comma; they are refused: pass --decimal-point or "
                                   "--decimal-comma")
                            .arg(q.attribute)
                            .arg(q.values)
                            .arg(q.line)
                            .arg(q.example));
        else
            ctx.progress(QStringLiteral("  %1: the values look written with a decimal %2, but the "
                                        "decimal mark is set to %3")
                                 .arg(q.attribute, decimalMarkName(q.shows),
                                      decimalMarkName(options.coercion.decimalMark)));
    }
    const QString resultsPath = args.value(QStringLiteral("results"));

    if (!apply) {
        if (!resultsPath.isEmpty()) {
            if (!writeEnrichResults(resultsPath, *plan, nullptr, nullptr, &error))
                return ctx.fail(ExitFailed, error);
            ctx.progress(QStringLiteral("results written to %1").arg(resultsPath));
        }
        QJsonObject summary = plan->summaryJson();
        const auto batches = plan->batches(campaign.batchLimit());
        summary.insert(QStringLiteral("batchSize"), campaign.batchLimit());
        summary.insert(QStringLiteral("batches"), qint64(batches.size()));
        summary.insert(QStringLiteral("applied"), 0);
        summary.insert(QStringLiteral("rejected"), 0);
        summary.insert(QStringLiteral("notFound"), 0);
        summary.insert(QStringLiteral("journal"), QString());
        summary.insert(QStringLiteral("dryRun"), true);
        if (ctx.json()) {
            summary.insert(QStringLiteral("ok"), true);
            ctx.printJson(summary);
        } else {
            ctx.out() << "dry run: nothing was sent. " << plan->contacts() << " contacts in "
                      << batches.size() << " batches would be enriched, "
                      << enrichDurationEstimate(plan->contacts(), rate)
                      << ". Add --apply to send them.\n";
        }
        return ExitOk;
    }

    EnrichApplyOptions o;
    o.campaign = campaign;
    o.listId = listId;
    o.journalPath = args.value(QStringLiteral("journal"));
    o.resume = resume;
    o.webhookUrl = webhook;
    o.refresh = !args.isSet(QStringLiteral("no-refresh"));
    o.ratePerSecond = rate;
    o.sourceName = QFileInfo(csvPath).fileName();
    EnrichApplyJob job(client, plan, o);
    ctx.progress(QStringLiteral("applying: %1 contacts in batches of %2; journal %3")
                         .arg(plan->contacts())
                         .arg(campaign.batchLimit())
                         .arg(job.journalPath()));
    const int rc = ctx.runJob(&job, false);
    if (rc == ExitOk && job.finishedBefore()) {
        // Nothing was sent: like a finished extraction resumed, this is not a failure.
        const QString said = QStringLiteral("the run the journal %1 records has already "
                                            "finished; nothing to resume, nothing was sent.")
                                     .arg(job.journalPath());
        if (ctx.json())
            ctx.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("finishedBefore"), true},
                           {QStringLiteral("journal"), job.journalPath()},
                           {QStringLiteral("message"), said}});
        else
            ctx.out() << said << '\n';
        return ExitOk;
    }
    if (job.refused())
        return ctx.fail(rc, job.errorText());
    if (!resultsPath.isEmpty()) {
        if (!writeEnrichResults(resultsPath, *plan, &job.outcomes(), &job.reasons(), &error))
            ctx.progress(QStringLiteral("warning: %1").arg(error));
        else
            ctx.progress(QStringLiteral("results written to %1").arg(resultsPath));
    }
    QJsonObject summary = job.summaryJson();
    summary.insert(QStringLiteral("dryRun"), false);
    if (ctx.json()) {
        summary.insert(QStringLiteral("ok"), rc == ExitOk);
        if (rc != ExitOk)
            summary.insert(QStringLiteral("error"), job.errorText());
        ctx.printJson(summary);
    } else {
        ctx.out() << job.summary().sentence() << ".\n"
                  << "journal " << job.journalPath() << '\n'
                  << "undo with: cxone-cli enrichment restore --journal " << job.journalPath()
                  << '\n';
    }
    if (rc != ExitOk)
        return ctx.fail(rc, ctx.interrupted() ? QStringLiteral("interrupted; resume with --resume "
                                                               "--journal %1")
                                                        .arg(job.journalPath())
                                              : job.errorText());
    return ExitOk;
}

int enrichRestore(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (!positional.isEmpty() || !args.isSet(QStringLiteral("journal")))
        return ctx.fail(ExitUsage, QStringLiteral("enrichment restore needs --journal FILE."));
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    ctx.audit();
    const QString path = args.value(QStringLiteral("journal"));
    const bool accept = args.isSet(QStringLiteral("accept-unverified"));
    // Everything about the journal is settled before a request goes out, as for contactlists
    // restore.
    EnrichUndoJob::Contents contents;
    QString error;
    if (!EnrichUndoJob::read(path, journalTenant(client->profile().baseUrl), &contents, &error))
        return ctx.fail(ExitRefused, error);
    if (const int code
        = ctx.checkJournalTrust(QStringLiteral("enrichment restore"), path, contents.summary,
                                EnrichUndoJob::unverifiedText(path, contents), accept);
        code != ExitOk)
        return code;
    EnrichUndoJob job(client, path);
    job.setAcceptUnverified(accept);
    job.useContents(std::move(contents));
    const int rc = ctx.runJob(&job);
    if (rc != ExitOk)
        return rc;
    if (ctx.json()) {
        QJsonObject o = job.summaryJson();
        o.insert(QStringLiteral("ok"), true);
        o.insert(QStringLiteral("noChange"), job.heldNoChange());
        o.insert(QStringLiteral("note"), job.journalNote());
        ctx.printJson(o);
    } else if (job.heldNoChange()) {
        ctx.out() << job.journalNote() << '\n';
    } else {
        ctx.out() << job.listId() << ": " << job.summary().sentence() << ".\n"
                  << (job.journalNote().isEmpty() ? QString() : job.journalNote() + u'\n');
    }
    return ExitOk;
}

} // namespace

void registerEnrichCommands(QList<CommandSpec> &commands)
{
    commands.append({{QStringLiteral("campaigns"), QStringLiteral("list")},
                     {},
                     QStringLiteral("Outbound campaigns: status, enrichment budget, batch size, "
                                    "list."),
                     {},
                     campaignsList});
    commands.append({{QStringLiteral("campaigns"), QStringLiteral("show")},
                     QStringLiteral("CAMPAIGN"),
                     QStringLiteral("One campaign and the batch size its budget allows."),
                     {},
                     campaignsShow});
    commands.append({{QStringLiteral("contactlists"), QStringLiteral("schema")},
                     QStringLiteral("LIST"),
                     QStringLiteral("The attributes of a contact list: types, rules, values."),
                     {},
                     listsSchema});
    commands.append(
            {{QStringLiteral("enrichment")},
             QStringLiteral("CAMPAIGN"),
             QStringLiteral("Write a CRM export's columns onto the campaign's contacts (dry run "
                            "unless --apply)."),
             {{QStringLiteral("csv"), QStringLiteral("The CRM export to read."),
               QStringLiteral("FILE")},
              {QStringLiteral("list"),
               QStringLiteral("The contact list (default: the campaign's)."),
               QStringLiteral("LIST")},
              {QStringLiteral("id-column"), QStringLiteral("The column holding the contact id."),
               QStringLiteral("COL")},
              {QStringLiteral("map"),
               QStringLiteral("'COLUMN=ATTRIBUTE' (repeatable; 'COLUMN=' ignores it)."),
               QStringLiteral("SPEC")},
              {QStringLiteral("template"),
               QStringLiteral("A saved mapping template's name, or a template file."),
               QStringLiteral("NAME|FILE.json")},
              {QStringLiteral("save-template"),
               QStringLiteral("Save the mapping used as a named template."),
               QStringLiteral("NAME")},
              {QStringLiteral("null-tokens"),
               QStringLiteral("More values meaning \"no value\" (comma-separated)."),
               QStringLiteral("LIST")},
              {QStringLiteral("encoding"),
               QStringLiteral("auto (default), utf-8, utf-16, windows-1252."),
               QStringLiteral("ENC")},
              {QStringLiteral("delimiter"), QStringLiteral("auto (default), ',', ';', tab, pipe."),
               QStringLiteral("D")},
              {QStringLiteral("date-order"),
               QStringLiteral("auto (default), dmy or mdy for dates like 03/04/2024."),
               QStringLiteral("ORDER")},
              {QStringLiteral("decimal-comma"),
               QStringLiteral("Numbers are written 1.234,56 (decimal comma); otherwise each "
                              "column's values decide, and a value that reads both ways with "
                              "nothing to decide it is refused.")},
              {QStringLiteral("decimal-point"),
               QStringLiteral("Numbers are written 1,234.56 (decimal point).")},
              {QStringLiteral("duplicates"),
               QStringLiteral("A contact id twice: first (default), last or error."),
               QStringLiteral("POLICY")},
              {QStringLiteral("results"),
               QStringLiteral("CSV with one line per input row: line, contactId, outcome, "
                              "reason."),
               QStringLiteral("FILE.csv")},
              {QStringLiteral("apply"), QStringLiteral("Send the changes (journaled first).")},
              {QStringLiteral("journal"), QStringLiteral("Journal file (with --apply)."),
               QStringLiteral("FILE")},
              {QStringLiteral("resume"),
               QStringLiteral("Continue the run --journal records (same file and mapping).")},
              {QStringLiteral("webhook-url"),
               QStringLiteral("Register (or reuse) a CRM sync webhook for contact.enriched."),
               QStringLiteral("URL")},
              {QStringLiteral("no-refresh"), QStringLiteral("Do not refresh the list at the end.")},
              {QStringLiteral("rate"),
               QStringLiteral("Contacts per second to pace at (default 500; 0: no pacing)."),
               QStringLiteral("N")}},
             enrich});
    commands.append({{QStringLiteral("enrichment"), QStringLiteral("restore")},
                     {},
                     QStringLiteral("Undo an enrichment run from its journal."),
                     {{QStringLiteral("journal"), QStringLiteral("The run's journal."),
                       QStringLiteral("FILE")},
                      {QStringLiteral("accept-unverified"),
                       QStringLiteral("Undo with a journal this machine did not sign, after "
                                      "printing what it would do.")}},
                     enrichRestore});
}

} // namespace cxone
