#include "app/cli/clicontext.h"
#include "models/contactlists/phoneanalyzer.h"
#include "models/contactlists/sanitizejobs.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/io/boundedinput.h"
#include "network/api/contactlistsapi.h"
#include "network/apiclient.h"
#include "network/displaytext.h"
#include "network/fileio.h"

#include <QEventLoop>
#include <QFile>
#include <QJsonArray>

#include <cerrno>
#include <cstdio>
#include <limits>
#include <unistd.h>

namespace cxone {

namespace {

QList<QCommandLineOption> directiveOptions()
{
    return {
            {QStringLiteral("default-region"),
             QStringLiteral("Region for numbers written without a country code (default: the "
                            "list's, else US)."),
             QStringLiteral("CC")},
            {QStringLiteral("regions"),
             QStringLiteral("Allowed regions, comma-separated (US,CA,GB); others are purged."),
             QStringLiteral("LIST")},
            {QStringLiteral("block"),
             QStringLiteral("Number types to purge: %1.")
                     .arg(SanitizeDirective::blockableTypeNames().join(u',')),
             QStringLiteral("TYPES")},
            {QStringLiteral("disposable-list"),
             QStringLiteral("File of disposable numbers (E.164; a trailing * makes a prefix)."),
             QStringLiteral("FILE")},
            {QStringLiteral("keep-duplicates"),
             QStringLiteral("Keep later contacts that repeat an earlier number (default: purge).")},
    };
}

// Reads the directive options; on a problem prints it and returns false (*code set).
bool readDirective(CliContext &ctx, const QCommandLineParser &args, const QString &fallbackRegion,
                   SanitizeDirective *d, int *code)
{
    QString error;
    d->defaultRegion = args.isSet(QStringLiteral("default-region"))
                               ? args.value(QStringLiteral("default-region")).trimmed().toUpper()
                               : fallbackRegion;
    if (!SanitizeDirective::isRegionCode(d->defaultRegion)) {
        *code = ctx.fail(ExitUsage, QStringLiteral("--default-region: '%1' is not a region code "
                                                   "(two letters, like US or GB).")
                                            .arg(d->defaultRegion));
        return false;
    }
    if (args.isSet(QStringLiteral("regions"))
        && args.value(QStringLiteral("regions")).remove(u',').trimmed().isEmpty()) {
        // An empty list would allow every region: say so rather than purge nothing by surprise.
        *code = ctx.fail(ExitUsage, QStringLiteral("--regions is empty: name the allowed regions "
                                                   "(like US,CA), or leave the option out to "
                                                   "allow every region."));
        return false;
    }
    if (!d->setRegions(args.value(QStringLiteral("regions")), &error)
        || !d->setBlocked(args.value(QStringLiteral("block")), &error)) {
        *code = ctx.fail(ExitUsage, error);
        return false;
    }
    if (args.isSet(QStringLiteral("disposable-list"))
        && !d->disposable.load(args.value(QStringLiteral("disposable-list")), &error)) {
        *code = ctx.refuse(error); // an input file that cannot be read or used
        return false;
    }
    d->purgeDuplicates = !args.isSet(QStringLiteral("keep-duplicates"));
    return true;
}

// Waits for one call of the pipeline.
bool fetchLists(CliContext &ctx, ApiClient *client, QList<ContactListInfo> *lists, int *code)
{
    Expected<QList<ContactListInfo>> read
            = ContactListsApi::readLists(CliContext::await(ContactListsApi(client).lists()));
    if (!read) {
        *code = ctx.fail(ExitFailed, read.error());
        return false;
    }
    *lists = std::move(*read);
    return true;
}

int listsList(CliContext &ctx, const QCommandLineParser &, const QStringList &)
{
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    QList<ContactListInfo> lists;
    int code = ExitOk;
    if (!fetchLists(ctx, client, &lists, &code))
        return code;
    if (ctx.json()) {
        QJsonArray items;
        for (const ContactListInfo &l : std::as_const(lists))
            items.append(QJsonObject{{QStringLiteral("id"), l.id},
                                     {QStringLiteral("name"), l.name},
                                     {QStringLiteral("contactCount"), l.contactCount},
                                     {QStringLiteral("defaultRegion"), l.defaultRegion}});
        ctx.printJson({{QStringLiteral("ok"), true}, {QStringLiteral("lists"), items}});
        return ExitOk;
    }
    ctx.out() << QStringLiteral("%1 %2 %3 %4\n")
                         .arg(QStringLiteral("ID").leftJustified(22),
                              QStringLiteral("CONTACTS").rightJustified(10),
                              QStringLiteral("REGION").leftJustified(6), QStringLiteral("NAME"));
    for (const ContactListInfo &l : std::as_const(lists))
        ctx.out() << QStringLiteral("%1 %2 %3 %4\n")
                             .arg(displayText(l.id).leftJustified(22),
                                  QString::number(l.contactCount).rightJustified(10),
                                  displayText(l.defaultRegion).leftJustified(6),
                                  displayText(l.name));
    return ExitOk;
}

int listsShow(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("contactlists show takes one list id."));
    bool ok = false;
    const int limit = args.value(QStringLiteral("limit")).toInt(&ok);
    if (!ok || limit < 1 || limit > 5000)
        return ctx.fail(ExitUsage, QStringLiteral("--limit must be between 1 and 5000."));
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    const Result r
            = CliContext::await(ContactListsApi(client).firstPage(positional.first(), limit));
    const Expected<ContactPage> read = ContactListsApi::readPage(r);
    if (!read)
        return ctx.fail(ExitFailed, read.error());
    const ContactPage &page = *read;
    const QJsonObject o = r.json.object();
    if (ctx.json()) {
        QJsonArray contacts;
        for (const ListContact &c : std::as_const(page.contacts))
            contacts.append(ContactListsApi::contactJson(c));
        ctx.printJson({{QStringLiteral("ok"), true},
                       {QStringLiteral("id"), positional.first()},
                       {QStringLiteral("name"), o.value(u"name")},
                       {QStringLiteral("contactCount"), page.contactCount},
                       {QStringLiteral("contacts"), contacts},
                       {QStringLiteral("more"), !page.nextPageUri.isEmpty()}});
        return ExitOk;
    }
    ctx.out() << "list " << displayText(positional.first()) << ": "
              << displayText(o.value(u"name").toString()) << ", " << page.contactCount
              << " contacts\n";
    for (const ListContact &c : std::as_const(page.contacts))
        ctx.out() << "  " << displayText(c.id).leftJustified(20) << ' ' << displayText(c.phone)
                  << '\n';
    if (!page.nextPageUri.isEmpty())
        ctx.out() << "  ... (first " << page.contacts.size() << " shown)\n";
    return ExitOk;
}

void printCounts(CliContext &ctx, const SanitizePreview &p)
{
    ctx.progress(QStringLiteral("preview: update %1, purge %2, leave %3 (of %4 contacts)")
                         .arg(p.count(Verdict::Update))
                         .arg(p.count(Verdict::Purge))
                         .arg(p.count(Verdict::Keep))
                         .arg(p.size()));
    for (int r = 0; r < kReasonCount; ++r) {
        if (p.count(Reason(r)) > 0)
            ctx.progress(QStringLiteral("  %1 %2")
                                 .arg(reasonName(Reason(r)).leftJustified(20))
                                 .arg(p.count(Reason(r))));
    }
}

QJsonObject countsJson(const SanitizePreview &p)
{
    QJsonObject reasons;
    for (int r = 0; r < kReasonCount; ++r) {
        if (p.count(Reason(r)) > 0)
            reasons.insert(reasonName(Reason(r)), qint64(p.count(Reason(r))));
    }
    return {{QStringLiteral("contacts"), qint64(p.size())},
            {QStringLiteral("update"), qint64(p.count(Verdict::Update))},
            {QStringLiteral("purge"), qint64(p.count(Verdict::Purge))},
            {QStringLiteral("keep"), qint64(p.count(Verdict::Keep))},
            {QStringLiteral("reasons"), reasons},
            {QStringLiteral("formatSuccessRate"), p.formatSuccessRate()}};
}

int listsSanitize(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (positional.size() != 1)
        return ctx.fail(ExitUsage, QStringLiteral("contactlists sanitize takes one list id."));
    const QString listId = positional.first();
    if (!args.isSet(QStringLiteral("regions")))
        return ctx.fail(ExitUsage, QStringLiteral("--regions is required: the regions whose "
                                                  "numbers are kept (e.g. US,CA)."));
    if (!args.isSet(QStringLiteral("preview")))
        return ctx.fail(ExitUsage, QStringLiteral("--preview FILE.csv is required: every run "
                                                  "writes what it would do."));
    const bool apply = args.isSet(QStringLiteral("apply"));
    if (!apply
        && (args.isSet(QStringLiteral("journal")) || args.isSet(QStringLiteral("aggregator-url"))))
        return ctx.fail(ExitUsage, QStringLiteral("--journal and --aggregator-url only make sense "
                                                  "with --apply."));
    QUrl aggregator;
    int code = ExitOk;
    if (args.isSet(QStringLiteral("aggregator-url"))
        && !ctx.urlOption(QStringLiteral("aggregator-url"), &aggregator, &code))
        return code;
    if (const int refused
        = ctx.checkOutput(args.value(QStringLiteral("preview")), QStringLiteral("--preview"));
        refused != ExitOk)
        return refused;
    const QString journal = args.value(QStringLiteral("journal"));
    if (apply && !journal.isEmpty() && QFile::exists(journal))
        return ctx.fail(ExitRefused, QStringLiteral("the journal '%1' already exists; it may be "
                                                    "the only way back from an earlier run.")
                                             .arg(journal));

    SanitizeDirective directive;
    // Validate the directive before anything is sent (the region is checked again below).
    if (!readDirective(ctx, args, QStringLiteral("US"), &directive, &code))
        return code;
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    ctx.audit();
    QList<ContactListInfo> lists;
    if (!fetchLists(ctx, client, &lists, &code))
        return code;
    const auto it = std::find_if(lists.cbegin(), lists.cend(),
                                 [&](const ContactListInfo &l) { return l.id == listId; });
    if (it == lists.cend())
        return ctx.refuse(QStringLiteral("the tenant has no contact list '%1' (see 'cxone-cli "
                                         "contactlists list'); nothing was sent.")
                                  .arg(listId));
    directive.lookup = args.isSet(QStringLiteral("lookup"));
    if (!args.isSet(QStringLiteral("default-region")) && !it->defaultRegion.isEmpty())
        directive.defaultRegion = it->defaultRegion;

    LoadContactsJob load(client, listId, it->name);
    if (const int rc = ctx.runJob(&load); rc != ExitOk)
        return rc;
    ctx.progress(QStringLiteral("directive: %1").arg(directive.describe()));
    SanitizePreviewJob previewJob(client, load.snapshot(), directive);
    if (const int rc = ctx.runJob(&previewJob); rc != ExitOk)
        return rc;
    std::shared_ptr<SanitizePreview> preview = previewJob.preview();
    QString error;
    const QString previewPath = args.value(QStringLiteral("preview"));
    if (!preview->exportCsv(previewPath, &error))
        return ctx.fail(ExitFailed, error);
    printCounts(ctx, *preview);
    ctx.progress(QStringLiteral("preview written to %1").arg(previewPath));
    if (!apply) {
        if (ctx.json())
            ctx.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("dryRun"), true},
                           {QStringLiteral("listId"), listId},
                           {QStringLiteral("preview"), previewPath},
                           {QStringLiteral("counts"), countsJson(*preview)}});
        else
            ctx.out() << "dry run: nothing was changed. update " << preview->count(Verdict::Update)
                      << ", purge " << preview->count(Verdict::Purge) << ", leave "
                      << preview->count(Verdict::Keep) << ". Add --apply to send the changes.\n";
        return ExitOk;
    }
    ApplyOptions options;
    options.journalPath = journal;
    options.aggregatorUrl = aggregator;
    SanitizeApplyJob applyJob(client, preview, options);
    ctx.progress(QStringLiteral("applying: update %1, purge %2, leave %3; journal %4")
                         .arg(preview->count(Verdict::Update))
                         .arg(preview->count(Verdict::Purge))
                         .arg(preview->count(Verdict::Keep))
                         .arg(applyJob.journalPath()));
    const int rc = ctx.runJob(&applyJob, false);
    const QJsonObject metrics = applyJob.metrics();
    const bool stopped = rc != ExitOk;
    if (ctx.json()) {
        ctx.printJson({{QStringLiteral("ok"), !stopped},
                       {QStringLiteral("exitCode"), rc},
                       {QStringLiteral("dryRun"), false},
                       {QStringLiteral("listId"), listId},
                       {QStringLiteral("preview"), previewPath},
                       {QStringLiteral("journal"), applyJob.journalPath()},
                       {QStringLiteral("metrics"), metrics},
                       {QStringLiteral("error"), stopped ? applyJob.errorText() : QString()}});
    } else if (!metrics.isEmpty()) {
        ctx.out() << QJsonDocument(metrics).toJson(QJsonDocument::Compact) << '\n';
    }
    if (!stopped)
        return rc;
    // Whatever stopped it, say what was done, what was never sent and where the way back is.
    ctx.err() << "cxone-cli: "
              << (ctx.interrupted()                         ? QStringLiteral("interrupted")
                  : applyJob.state() == JobState::Cancelled ? QStringLiteral("cancelled")
                                                            : applyJob.errorText())
              << '\n';
    if (!metrics.isEmpty())
        ctx.err() << QStringLiteral("  updated %1, purged %2, failed %3, not sent %4\n"
                                    "  journal %5\n  undo with: cxone-cli contactlists restore "
                                    "--journal %5\n")
                             .arg(applyJob.updatedOk())
                             .arg(applyJob.purgedOk())
                             .arg(applyJob.failures())
                             .arg(applyJob.notSent())
                             .arg(applyJob.journalPath());
    ctx.err().flush();
    return rc;
}

int listsRestore(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (!positional.isEmpty() || !args.isSet(QStringLiteral("journal")))
        return ctx.fail(ExitUsage, QStringLiteral("contactlists restore needs --journal FILE."));
    const QString path = args.value(QStringLiteral("journal"));
    SanitizeJournal::Contents contents;
    QString error;
    if (!SanitizeJournal::read(path, &contents, &error))
        return ctx.fail(ExitRefused, error);
    ApiClient *client = ctx.client();
    if (!client)
        return ctx.lastExitCode();
    ctx.audit();
    SanitizeRestoreJob job(client, path);
    const int rc = ctx.runJob(&job);
    if (rc == ExitOk) {
        if (ctx.json())
            ctx.printJson({{QStringLiteral("ok"), true},
                           {QStringLiteral("listId"), contents.header.value(u"listId")},
                           {QStringLiteral("restored"), job.restored()}});
        else
            ctx.out() << "restored " << job.restored() << " contacts of "
                      << contents.header.value(u"listId").toString() << '\n';
    }
    return rc;
}

int phonesCheck(CliContext &ctx, const QCommandLineParser &args, const QStringList &positional)
{
    if (!positional.isEmpty())
        return ctx.fail(ExitUsage,
                        QStringLiteral("contactlists check-phones reads numbers on stdin, one a "
                                       "line, and writes CSV on stdout."));
    SanitizeDirective directive;
    int code = ExitOk;
    if (!readDirective(ctx, args, QStringLiteral("US"), &directive, &code))
        return code;
    auto contacts = std::make_shared<ContactSnapshot>(QStringLiteral("stdin"), QString());
    QString error;
    std::unique_ptr<QFile> in = openInput(QStringLiteral("-"), &error, QStringLiteral("stdin"));
    if (!in)
        return ctx.fail(ExitFailed, error);
    // One row per input line, always: a line that cannot be a phone number (longer than any
    // number is written, or with control bytes such as NUL) is a row of its own with the reason,
    // never split or cut.
    constexpr qsizetype kMaxLine = 1024;
    LineReader reader(in.get(), kMaxLine);
    std::vector<std::pair<qint64, const char *>> unread; // line number, reason
    QByteArray line;
    bool tooLong = false;
    qint64 lineNo = 0;
    while (reader.next(&line, &tooLong)) {
        ++lineNo;
        if (tooLong) {
            unread.emplace_back(lineNo, "line-too-long");
            continue;
        }
        const bool binary = std::any_of(line.cbegin(), line.cend(), [](char c) {
            return (uchar(c) < 0x20 && c != '\t') || c == 0x7f;
        });
        if (binary) {
            unread.emplace_back(lineNo, "not-text");
            continue;
        }
        contacts->append({QString::number(lineNo), QString::fromUtf8(line), {}});
    }
    SanitizePreviewJob job(nullptr, contacts, directive);
    if (const int rc = ctx.runJob(&job); rc != ExitOk)
        return rc;
    const std::shared_ptr<SanitizePreview> p = job.preview();
    ctx.out().flush();
    // Straight to the descriptor in large pieces; a failed write (a full disk, a closed pipe)
    // is an error, never a short file with exit 0.
    QByteArray buffer("original,e164,region,type,verdict,reason\n");
    bool written = true;
    int writeErrno = 0;
    const auto drain = [&] {
        if (written && !writeFully(STDOUT_FILENO, buffer)) {
            written = false;
            writeErrno = errno;
        }
        buffer.clear();
    };
    size_t nextUnread = 0;
    const auto writeUnreadBefore = [&](qint64 number) {
        while (nextUnread < unread.size() && unread[nextUnread].first < number) {
            buffer += ",,,,purge,";
            buffer += unread[nextUnread].second;
            buffer += '\n';
            ++nextUnread;
        }
    };
    for (qsizetype i = 0; i < p->size() && written; ++i) {
        const QByteArray row = p->csvLine(i);
        const qsizetype comma = row.indexOf(',');
        writeUnreadBefore(row.left(comma).toLongLong());
        buffer += row.mid(comma + 1); // the line number is not for the reader
        if (buffer.size() > 1 << 20)
            drain();
    }
    writeUnreadBefore(std::numeric_limits<qint64>::max());
    drain();
    if (!written)
        return ctx.fail(ExitFailed, QStringLiteral("Cannot write the results: %1.")
                                            .arg(writeErrno == EPIPE ? QStringLiteral(
                                                         "the reader closed the pipe")
                                                                     : ioErrorText(writeErrno)));
    printCounts(ctx, *p);
    if (!unread.empty())
        ctx.progress(QStringLiteral("  %1 %2 (not read as numbers: longer than %3 bytes or not "
                                    "text)")
                             .arg(QStringLiteral("unreadable lines").leftJustified(20))
                             .arg(unread.size())
                             .arg(kMaxLine));
    return ExitOk;
}

} // namespace

void registerListsCommands(QList<CommandSpec> &commands)
{
    commands.append({{QStringLiteral("contactlists"), QStringLiteral("list")},
                     {},
                     QStringLiteral("The tenant's contact lists: id, contacts, region, name."),
                     {},
                     listsList});
    commands.append({{QStringLiteral("contactlists"), QStringLiteral("show")},
                     QStringLiteral("LIST"),
                     QStringLiteral("A contact list and its first contacts."),
                     {{QStringLiteral("limit"), QStringLiteral("Contacts to show (default 20)."),
                       QStringLiteral("N"), QStringLiteral("20")}},
                     listsShow});
    QList<QCommandLineOption> sanitize = directiveOptions();
    sanitize += {
            {QStringLiteral("lookup"),
             QStringLiteral("Ask the carrier lookup for line type and disposable numbers.")},
            {QStringLiteral("preview"),
             QStringLiteral("Write the preview CSV here (required; without --apply nothing else "
                            "happens)."),
             QStringLiteral("FILE")},
            {QStringLiteral("apply"),
             QStringLiteral("Send the changes: PATCH changed numbers, DELETE purged contacts.")},
            {QStringLiteral("journal"),
             QStringLiteral("Where the apply journal goes (default: app data; never overwritten)."),
             QStringLiteral("FILE")},
            {QStringLiteral("aggregator-url"),
             QStringLiteral("POST the run's metrics here when done."), QStringLiteral("URL")},
    };
    commands.append(
            {{QStringLiteral("contactlists"), QStringLiteral("sanitize")},
             QStringLiteral("LIST"),
             QStringLiteral("Preview (default) or apply E.164 clean-up of a list's phones."),
             sanitize,
             listsSanitize});
    commands.append({{QStringLiteral("contactlists"), QStringLiteral("restore")},
                     {},
                     QStringLiteral("Put back what a sanitize --apply changed, from its journal."),
                     {{QStringLiteral("journal"), QStringLiteral("The apply journal."),
                       QStringLiteral("FILE")}},
                     listsRestore});
    commands.append({{QStringLiteral("contactlists"), QStringLiteral("check-phones")},
                     {},
                     QStringLiteral("Offline: numbers on stdin, verdicts as CSV on stdout."),
                     directiveOptions(),
                     phonesCheck});
}

} // namespace cxone
