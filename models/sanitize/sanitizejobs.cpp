#include "sanitizejobs.h"

#include "apiclient.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent>

#include <unistd.h>

namespace cxone {

namespace {

QString nowUtc()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString resultText(const Result &r)
{
    return r.errorText.isEmpty() ? errorKindName(r.error) : r.errorText;
}

} // namespace

// ---------------------------------------------------------------- journal

bool SanitizeJournal::create(const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("The journal '%1' already exists; it may be the only way back "
                                "from an earlier run. Choose another path.")
                         .arg(path);
        return false;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::NewOnly)) {
        *error = QStringLiteral("Cannot create the journal '%1': %2")
                         .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

bool SanitizeJournal::open(const QString &path, QString *error)
{
    m_file.setFileName(path);
    if (!m_file.open(QIODevice::WriteOnly | QIODevice::Append)) {
        *error = QStringLiteral("Cannot append to the journal '%1': %2")
                         .arg(path, m_file.errorString());
        return false;
    }
    return true;
}

bool SanitizeJournal::write(const QJsonObject &line)
{
    QByteArray bytes = QJsonDocument(line).toJson(QJsonDocument::Compact);
    bytes += '\n';
    // Flushed at once: a killed process loses nothing the kernel was given.
    return m_file.write(bytes) == bytes.size() && m_file.flush();
}

bool SanitizeJournal::sync()
{
    return m_file.flush() && ::fsync(m_file.handle()) == 0;
}

QString SanitizeJournal::defaultPath(const QString &listId)
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + QStringLiteral("/journals");
    QString safe = listId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QStringLiteral("%1/sanitize-%2-%3.jsonl")
            .arg(dir, safe,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool SanitizeJournal::read(const QString &path, Contents *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("Cannot read the journal '%1': %2").arg(path, f.errorString());
        return false;
    }
    *out = Contents();
    int lineNo = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++lineNo;
        if (line.isEmpty())
            continue;
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(line, &pe);
        if (!doc.isObject()) {
            // A torn last line (the process died mid-write) is expected; anything else is not.
            if (f.atEnd() && !out->header.isEmpty())
                break;
            *error = QStringLiteral("%1 line %2 is not a journal record: %3")
                             .arg(path)
                             .arg(lineNo)
                             .arg(pe.errorString());
            return false;
        }
        const QJsonObject o = doc.object();
        const QString type = o.value(u"type").toString();
        if (type == u"header") {
            out->header = o;
        } else if (type == u"change") {
            Change c;
            c.op = o.value(u"op").toString();
            c.original.id = o.value(u"id").toString();
            c.original.phone = o.value(u"phone").toString();
            c.original.fields = o.value(u"fields").toObject();
            c.newPhone = o.value(u"newPhone").toString();
            if (c.original.id.isEmpty() || (c.op != u"update" && c.op != u"delete")) {
                *error = QStringLiteral("%1 line %2: a change without an id or operation.")
                                 .arg(path)
                                 .arg(lineNo);
                return false;
            }
            out->changes.push_back(std::move(c));
        } else if (type == u"planned") {
            out->complete = true;
        } else if (type == u"result") {
            out->outcomes.insert(o.value(u"op").toString() + u':' + o.value(u"id").toString(),
                                 o.value(u"outcome").toString());
        }
    }
    if (out->header.value(u"listId").toString().isEmpty()) {
        *error = QStringLiteral("'%1' is not a sanitization journal (no header naming a list).")
                         .arg(path);
        return false;
    }
    return true;
}

// ---------------------------------------------------------------- load

LoadContactsJob::LoadContactsJob(ApiClient *client, QString listId, QString listName,
                                 QObject *parent)
    : Job(QStringLiteral("contact-list-load"), listId, parent)
    , m_api(client)
    , m_listId(listId)
    , m_snapshot(std::make_shared<ContactSnapshot>(listId, listName))
{}

void LoadContactsJob::run()
{
    setUnit(QStringLiteral("contacts"));
    setPhase(tr("Loading list %1").arg(m_listId));
    m_call = m_api.firstPage(m_listId, m_pageSize);
    connect(m_call, &CallHandle::finished, this, &LoadContactsJob::onPage);
}

void LoadContactsJob::onPage(const Result &result)
{
    observe(result);
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    if (!result.ok()) {
        fail(tr("Loading list %1 stopped after %2 contacts: %3")
                     .arg(m_listId)
                     .arg(m_snapshot->size())
                     .arg(result.errorText));
        return;
    }
    ContactPage page;
    QString error;
    if (!ContactListsApi::parsePage(result.json.object(), &page, &error)) {
        fail(tr("Page %1 of list %2 is not what the API promises: %3")
                     .arg(m_pages + 1)
                     .arg(m_listId, error));
        return;
    }
    ++m_pages;
    if (m_pages == 1)
        m_snapshot->expectedCount = page.contactCount;
    m_snapshot->store(); // keep the arena
    for (const ListContact &c : std::as_const(page.contacts))
        m_snapshot->append(c);
    setProgress(m_snapshot->size(), m_snapshot->expectedCount);
    Q_EMIT pageLoaded(m_snapshot->size(), m_snapshot->expectedCount);
    if (page.nextPageUri.isEmpty()) {
        m_snapshot->complete = true;
        Q_EMIT message(tr("Loaded %1 contacts of %2 in %3 pages.")
                               .arg(m_snapshot->size())
                               .arg(m_listId)
                               .arg(m_pages));
        succeed();
        return;
    }
    m_call = m_api.page(page.nextPageUri, m_listId);
    connect(m_call, &CallHandle::finished, this, &LoadContactsJob::onPage);
}

void LoadContactsJob::onCancel()
{
    if (m_call)
        m_call->cancel();
    else
        finishCancelled();
}

// ---------------------------------------------------------------- preview

SanitizePreviewJob::SanitizePreviewJob(ApiClient *client,
                                       std::shared_ptr<const ContactSnapshot> contacts,
                                       SanitizeDirective directive, QObject *parent)
    : Job(QStringLiteral("sanitize-preview"), contacts->listId(), parent)
    , m_client(client)
    , m_contacts(std::move(contacts))
    , m_directive(std::move(directive))
{
    connect(&m_analyzer, &PhoneAnalyzer::finished, this, &SanitizePreviewJob::onParsed);
    connect(&m_analyzer, &PhoneAnalyzer::progress, this,
            [this](qint64 done, qint64 total) { setProgress(done, total); });
    connect(&m_analyzer, &PhoneAnalyzer::message, this, &Job::message);
    connect(&m_decideWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (isCancelRequested()) {
            finishCancelled();
            return;
        }
        m_preview = m_decideWatcher.result();
        Q_EMIT message(tr("Preview of %1: update %2, purge %3, leave %4.")
                               .arg(m_contacts->listId())
                               .arg(m_preview->count(Verdict::Update))
                               .arg(m_preview->count(Verdict::Purge))
                               .arg(m_preview->count(Verdict::Keep)));
        audit(QStringLiteral("SANITIZE_PREVIEW"), QStringLiteral("ok"),
              {{QStringLiteral("contacts"), qint64(m_preview->size())},
               {QStringLiteral("update"), qint64(m_preview->count(Verdict::Update))},
               {QStringLiteral("purge"), qint64(m_preview->count(Verdict::Purge))},
               {QStringLiteral("keep"), qint64(m_preview->count(Verdict::Keep))},
               {QStringLiteral("directive"), m_directive.describe()}});
        succeed();
    });
}

void SanitizePreviewJob::run()
{
    setUnit(QStringLiteral("numbers"));
    setPhase(tr("Parsing %1 numbers").arg(m_contacts->size()));
    m_analyzer.start(m_contacts->store(), ContactSnapshot::PhoneColumn, m_directive.defaultRegion);
}

void SanitizePreviewJob::onParsed(bool ok, const QString &error)
{
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    if (!ok) {
        fail(tr("Parsing the numbers failed: %1").arg(error));
        return;
    }
    m_parsed = m_analyzer.takeResults();
    Q_EMIT message(tr("Parsed %1 numbers (%2 distinct) with %3 worker processes.")
                           .arg(m_parsed.size())
                           .arg(m_analyzer.uniqueCount())
                           .arg(m_analyzer.workersUsed()));
    if (!m_directive.lookup || !m_client) {
        decideAll();
        return;
    }
    QSet<quint64> unique;
    for (const ParsedPhone &p : m_parsed) {
        if (p.status == ParseStatus::Valid && !unique.contains(p.e164)) {
            unique.insert(p.e164);
            m_lookupQueue.push_back(p.e164);
        }
    }
    setPhase(tr("Looking up %1 numbers").arg(m_lookupQueue.size()));
    setProgress(0, qint64(m_lookupQueue.size()));
    lookupNext();
}

void SanitizePreviewJob::lookupNext()
{
    if (isCancelRequested())
        return;
    constexpr int kConcurrency = 4;
    while (m_lookupInFlight < kConcurrency && m_lookupNext < qsizetype(m_lookupQueue.size())) {
        QStringList numbers;
        const qsizetype end = qMin<qsizetype>(m_lookupNext + ContactListsApi::kMaxLookup,
                                              qsizetype(m_lookupQueue.size()));
        for (qsizetype i = m_lookupNext; i < end; ++i)
            numbers.append(u'+' + QString::number(m_lookupQueue[size_t(i)]));
        m_lookupNext = end;
        ++m_lookupInFlight;
        CallHandle *call = ContactListsApi(m_client).lookup(numbers);
        m_calls.append(call);
        connect(call, &CallHandle::finished, this, [this](const Result &r) {
            --m_lookupInFlight;
            observe(r);
            if (isCancelRequested()) {
                if (m_lookupInFlight == 0)
                    finishCancelled();
                return;
            }
            if (isFinished())
                return;
            QList<PhoneLookupInfo> infos;
            QString error;
            if (!r.ok() || !ContactListsApi::parseLookup(r.json.object(), &infos, &error)) {
                for (const QPointer<CallHandle> &c : std::as_const(m_calls)) {
                    if (c)
                        c->cancel();
                }
                fail(tr("The phone lookup failed: %1. Run the preview without lookup, or try "
                        "again later.")
                             .arg(r.ok() ? error : r.errorText));
                return;
            }
            for (const PhoneLookupInfo &info : std::as_const(infos))
                m_lookups.insert(info.number.mid(1).toULongLong(), info);
            setProgress(m_lookups.size(), qint64(m_lookupQueue.size()));
            if (m_lookupInFlight == 0 && m_lookupNext >= qsizetype(m_lookupQueue.size())) {
                for (ParsedPhone &p : m_parsed) {
                    const auto it = m_lookups.constFind(p.e164);
                    if (p.status != ParseStatus::Valid || it == m_lookups.constEnd())
                        continue;
                    PhoneType t;
                    p.lookupLine = parsePhoneTypeName(it->lineType, &t)
                                           ? quint8(int(t) + 1)
                                           : quint8(int(PhoneType::Unknown) + 1);
                    p.lookupDisposable = it->disposable;
                }
                decideAll();
            } else {
                lookupNext();
            }
        });
    }
}

void SanitizePreviewJob::decideAll()
{
    setPhase(tr("Deciding"));
    auto contacts = m_contacts;
    auto directive = m_directive;
    auto parsed = std::make_shared<std::vector<ParsedPhone>>(std::move(m_parsed));
    m_decideWatcher.setFuture(QtConcurrent::run([contacts, directive, parsed] {
        return buildPreview(contacts, directive, std::move(*parsed));
    }));
}

void SanitizePreviewJob::onCancel()
{
    if (m_analyzer.isRunning()) {
        m_analyzer.cancel();
        return;
    }
    bool any = false;
    for (const QPointer<CallHandle> &c : std::as_const(m_calls)) {
        if (c) {
            any = true;
            c->cancel();
        }
    }
    if (!any && !m_decideWatcher.isRunning())
        finishCancelled();
}

// ---------------------------------------------------------------- apply

SanitizeApplyJob::SanitizeApplyJob(ApiClient *client,
                                   std::shared_ptr<const SanitizePreview> preview,
                                   ApplyOptions options, QObject *parent)
    : Job(QStringLiteral("sanitize-apply"), preview->contacts().listId(), parent)
    , m_api(client)
    , m_preview(std::move(preview))
    , m_options(std::move(options))
{
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = SanitizeJournal::defaultPath(m_preview->contacts().listId());
}

void SanitizeApplyJob::run()
{
    const SanitizePreview &p = *m_preview;
    const ContactSnapshot &contacts = p.contacts();
    for (qsizetype i = 0; i < p.size(); ++i) {
        const Verdict v = p.effectiveVerdict(i);
        if (v == Verdict::Update)
            m_updates.push_back(i);
        else if (v == Verdict::Purge)
            m_deletes.push_back(i);
    }
    setUnit(QStringLiteral("contacts"));
    setPhase(tr("Writing the journal"));
    QString error;
    if (!m_journal.create(m_options.journalPath, &error)) {
        audit(QStringLiteral("SANITIZE_APPLY_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("error"), error}});
        fail(error);
        return;
    }
    bool ok = m_journal.write({{QStringLiteral("type"), QStringLiteral("header")},
                               {QStringLiteral("version"), 1},
                               {QStringLiteral("listId"), contacts.listId()},
                               {QStringLiteral("listName"), contacts.listName()},
                               {QStringLiteral("createdUtc"), nowUtc()},
                               {QStringLiteral("directive"), p.directive().describe()},
                               {QStringLiteral("contacts"), qint64(p.size())},
                               {QStringLiteral("updates"), qint64(m_updates.size())},
                               {QStringLiteral("deletes"), qint64(m_deletes.size())},
                               {QStringLiteral("overrides"), qint64(p.overrideCount())}});
    const auto change = [&](const char *op, qsizetype i) {
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("change")},
                         {QStringLiteral("op"), QLatin1StringView(op)},
                         {QStringLiteral("id"), contacts.id(i)},
                         {QStringLiteral("phone"), QString::fromUtf8(contacts.phone(i))},
                         {QStringLiteral("fields"), contacts.fields(i)}};
        if (qstrcmp(op, "update") == 0)
            line.insert(QStringLiteral("newPhone"), p.row(i).phone.e164Text());
        return m_journal.write(line);
    };
    for (const qsizetype i : m_updates)
        ok = ok && change("update", i);
    for (const qsizetype i : m_deletes)
        ok = ok && change("delete", i);
    ok = ok && m_journal.write({{QStringLiteral("type"), QStringLiteral("planned")}});
    // Durable before the first request: whatever happens next, the way back is on disk.
    ok = ok && m_journal.sync();
    if (!ok) {
        const QString why = tr("The journal '%1' could not be written (%2); nothing was sent.")
                                    .arg(m_options.journalPath, m_journal.errorString());
        audit(QStringLiteral("SANITIZE_APPLY_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("error"), why}});
        fail(why);
        return;
    }
    audit(QStringLiteral("SANITIZE_APPLY_STARTED"), QStringLiteral("info"),
          {{QStringLiteral("updates"), qint64(m_updates.size())},
           {QStringLiteral("deletes"), qint64(m_deletes.size())},
           {QStringLiteral("keep"), qint64(p.count(Verdict::Keep))},
           {QStringLiteral("overrides"), qint64(p.overrideCount())},
           {QStringLiteral("journal"), m_options.journalPath}});
    Q_EMIT message(tr("Journal written to %1.").arg(m_options.journalPath));
    setProgress(0, qint64(m_updates.size() + m_deletes.size()));
    setPhase(tr("Updating %1 numbers").arg(m_updates.size()));
    patchNext();
}

void SanitizeApplyJob::watchServerErrors(CallHandle *call)
{
    connect(call, &CallHandle::attemptFinished, this, [this](const Attempt &a) {
        if (a.httpStatus >= 500) {
            if (++m_serverErrorStreak >= m_options.maxConsecutiveServerErrors && !m_halted)
                halt(tr("The tenant answered %1 server errors in a row; no further changes were "
                        "sent.")
                             .arg(m_serverErrorStreak));
        } else if (a.httpStatus > 0) {
            m_serverErrorStreak = 0;
        }
    });
}

void SanitizeApplyJob::record(const QString &op, const QString &id, const QString &outcome,
                              const Result *r)
{
    QJsonObject line{{QStringLiteral("type"), QStringLiteral("result")},
                     {QStringLiteral("op"), op},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("outcome"), outcome},
                     {QStringLiteral("timeUtc"), nowUtc()}};
    if (r) {
        line.insert(QStringLiteral("status"), r->httpStatus);
        if (!r->ok())
            line.insert(QStringLiteral("error"), resultText(*r));
    }
    m_journal.write(line);
    Q_EMIT recordOutcome(op, id, outcome);
}

void SanitizeApplyJob::patchNext()
{
    if (m_halted || isCancelRequested()) {
        finishRun();
        return;
    }
    if (m_nextUpdate >= qsizetype(m_updates.size())) {
        setPhase(tr("Purging %1 contacts").arg(m_deletes.size()));
        deleteNext();
        return;
    }
    const ContactSnapshot &contacts = m_preview->contacts();
    QList<ListContact> chunk;
    std::vector<qsizetype> rows;
    while (m_nextUpdate < qsizetype(m_updates.size())
           && chunk.size() < ContactListsApi::kMaxPatch) {
        const qsizetype i = m_updates[size_t(m_nextUpdate++)];
        // Only the number changes: the other fields are not sent, so nothing else is touched.
        chunk.append({contacts.id(i), m_preview->row(i).phone.e164Text(), {}});
        rows.push_back(i);
    }
    CallHandle *call = m_api.patch(contacts.listId(), chunk);
    m_calls.append(call);
    ++m_inFlight;
    watchServerErrors(call);
    connect(call, &CallHandle::finished, this, [this, rows](const Result &r) {
        --m_inFlight;
        observe(r);
        m_latencyTotal += r.totalMs;
        ++m_latencyCalls;
        const QString outcome = r.ok()                            ? QStringLiteral("ok")
                                : r.error == ErrorKind::Cancelled ? QStringLiteral("unknown")
                                                                  : QStringLiteral("failed");
        for (const qsizetype i : rows) {
            record(QStringLiteral("update"), m_preview->contacts().id(i), outcome, &r);
            if (r.ok())
                ++m_updatedOk;
            else
                ++m_failed;
        }
        if (!r.ok() && r.error != ErrorKind::Cancelled)
            Q_EMIT message(
                    tr("Updating %1 contacts failed: %2").arg(rows.size()).arg(resultText(r)));
        setProgress(m_nextUpdate, qint64(m_updates.size() + m_deletes.size()));
        patchNext();
    });
}

void SanitizeApplyJob::deleteNext()
{
    while (!m_halted && !isCancelRequested() && m_inFlight < m_options.deleteConcurrency
           && m_nextDelete < qsizetype(m_deletes.size())) {
        const qsizetype row = m_deletes[size_t(m_nextDelete++)];
        const QString id = m_preview->contacts().id(row);
        CallHandle *call = m_api.remove(id);
        m_calls.append(call);
        ++m_inFlight;
        watchServerErrors(call);
        connect(call, &CallHandle::finished, this, [this, id](const Result &r) {
            --m_inFlight;
            observe(r);
            m_latencyTotal += r.totalMs;
            ++m_latencyCalls;
            QString outcome;
            if (r.ok()) {
                outcome = QStringLiteral("ok");
                ++m_purgedOk;
            } else if (r.error == ErrorKind::NotFound) {
                // Already gone (a replay after a lost answer, or someone else): nothing lost.
                outcome = QStringLiteral("gone");
                ++m_purgedOk;
            } else if (r.error == ErrorKind::Cancelled) {
                outcome = QStringLiteral("unknown"); // it may have reached the server
                ++m_failed;
            } else {
                outcome = QStringLiteral("failed");
                ++m_failed;
            }
            record(QStringLiteral("delete"), id, outcome, &r);
            setProgress(qint64(m_updates.size()) + m_nextDelete - m_inFlight,
                        qint64(m_updates.size() + m_deletes.size()));
            deleteNext();
        });
    }
    if (m_inFlight == 0)
        finishRun();
}

void SanitizeApplyJob::halt(const QString &why)
{
    m_halted = true;
    m_haltReason = why;
    Q_EMIT message(why);
    // Calls already on the wire may be retried by the pipeline: stop those retries too.
    for (const QPointer<CallHandle> &c : std::as_const(m_calls)) {
        if (c && !c->isFinished())
            c->cancel();
    }
}

void SanitizeApplyJob::onCancel()
{
    halt(tr("Cancelled; no further changes are sent."));
    if (m_inFlight == 0)
        finishRun();
}

void SanitizeApplyJob::finishRun()
{
    if (m_finishing || m_inFlight > 0)
        return;
    m_finishing = true;
    // What was never sent is written down too, so the journal accounts for every contact.
    for (qsizetype k = m_nextUpdate; k < qsizetype(m_updates.size()); ++k) {
        record(QStringLiteral("update"), m_preview->contacts().id(m_updates[size_t(k)]),
               QStringLiteral("not-sent"), nullptr);
        ++m_notSent;
    }
    for (qsizetype k = m_nextDelete; k < qsizetype(m_deletes.size()); ++k) {
        record(QStringLiteral("delete"), m_preview->contacts().id(m_deletes[size_t(k)]),
               QStringLiteral("not-sent"), nullptr);
        ++m_notSent;
    }
    const SanitizePreview &p = *m_preview;
    m_metrics = {{QStringLiteral("timestamp"), nowUtc()},
                 {QStringLiteral("list_id"), p.contacts().listId()},
                 {QStringLiteral("total_processed"), qint64(p.size())},
                 {QStringLiteral("success_count"), m_updatedOk},
                 {QStringLiteral("failure_count"), m_failed},
                 {QStringLiteral("purge_count"), m_purgedOk},
                 {QStringLiteral("not_sent_count"), m_notSent},
                 {QStringLiteral("kept_count"), qint64(p.count(Verdict::Keep))},
                 {QStringLiteral("avg_latency_ms"),
                  m_latencyCalls ? double(m_latencyTotal) / double(m_latencyCalls) : 0.0},
                 {QStringLiteral("format_success_rate"), p.formatSuccessRate()},
                 {QStringLiteral("journal"), m_options.journalPath}};
    QJsonObject summary = m_metrics;
    summary.insert(QStringLiteral("type"), QStringLiteral("summary"));
    m_journal.write(summary);
    m_journal.sync();
    writeRunLine();
    const bool cancelled = isCancelRequested();
    const bool ok = !m_halted && m_failed == 0;
    audit(QStringLiteral("SANITIZE_APPLY_COMPLETED"),
          ok          ? QStringLiteral("ok")
          : cancelled ? QStringLiteral("cancelled")
                      : QStringLiteral("failed"),
          m_metrics);
    if (cancelled || m_halted) {
        // The CXone side of what did succeed stays as it is; the callback reports it.
        notifyAggregator();
        return;
    }
    notifyAggregator();
}

void SanitizeApplyJob::writeRunLine()
{
    QString path = m_options.runLogPath;
    if (path.isEmpty())
        path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
               + QStringLiteral("/sanitization-runs.jsonl");
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append)
        || f.write(QJsonDocument(m_metrics).toJson(QJsonDocument::Compact) + '\n') < 0)
        Q_EMIT message(
                tr("The run line could not be written to %1: %2").arg(path, f.errorString()));
}

void SanitizeApplyJob::notifyAggregator()
{
    const auto conclude = [this] {
        if (isCancelRequested()) {
            finishCancelled();
        } else if (m_halted) {
            fail(tr("%1 Updated %2, purged %3, failed %4, not sent %5. Restore with the journal "
                    "%6.")
                         .arg(m_haltReason)
                         .arg(m_updatedOk)
                         .arg(m_purgedOk)
                         .arg(m_failed)
                         .arg(m_notSent)
                         .arg(m_options.journalPath));
        } else if (m_failed > 0) {
            fail(tr("%1 changes failed (updated %2, purged %3); see the journal %4.")
                         .arg(m_failed)
                         .arg(m_updatedOk)
                         .arg(m_purgedOk)
                         .arg(m_options.journalPath));
        } else {
            succeed();
        }
    };
    if (!m_options.aggregatorUrl.isValid() || m_options.aggregatorUrl.isEmpty()) {
        conclude();
        return;
    }
    const QJsonObject event{
            {QStringLiteral("event"), QStringLiteral("campaign.sanitization.complete")},
            {QStringLiteral("list_id"), m_preview->contacts().listId()},
            {QStringLiteral("timestamp"), nowUtc()},
            {QStringLiteral("metrics"), m_metrics}};
    setPhase(tr("Notifying the aggregator"));
    CallHandle *call = m_api.notifyAggregator(m_options.aggregatorUrl, event);
    connect(call, &CallHandle::finished, this, [this, conclude](const Result &r) {
        observe(r);
        // A failed callback is reported but never undoes what the tenant already did.
        audit(QStringLiteral("SANITIZE_AGGREGATOR_NOTIFIED"),
              r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
              r.ok() ? QJsonObject{{QStringLiteral("status"), r.httpStatus}}
                     : QJsonObject{{QStringLiteral("error"), resultText(r)}},
              m_options.aggregatorUrl.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery));
        if (!r.ok())
            Q_EMIT message(tr("Warning: the aggregator was not notified: %1").arg(resultText(r)));
        conclude();
    });
}

// ---------------------------------------------------------------- restore

SanitizeRestoreJob::SanitizeRestoreJob(ApiClient *client, QString journalPath, QObject *parent)
    : Job(QStringLiteral("sanitize-restore"), journalPath, parent)
    , m_api(client)
    , m_journalPath(std::move(journalPath))
{}

void SanitizeRestoreJob::run()
{
    QString error;
    if (!SanitizeJournal::read(m_journalPath, &m_contents, &error)) {
        fail(error);
        return;
    }
    m_listId = m_contents.header.value(u"listId").toString();
    if (!m_journal.open(m_journalPath, &error)) {
        fail(error);
        return;
    }
    m_journal.write({{QStringLiteral("type"), QStringLiteral("restore-started")},
                     {QStringLiteral("timeUtc"), nowUtc()}});
    audit(QStringLiteral("SANITIZE_RESTORE_STARTED"), QStringLiteral("info"),
          {{QStringLiteral("contacts"), qint64(m_contents.changes.size())},
           {QStringLiteral("journal"), m_journalPath}},
          m_listId);
    setUnit(QStringLiteral("contacts"));
    setPhase(tr("Restoring %1 contacts of %2").arg(m_contents.changes.size()).arg(m_listId));
    setProgress(0, qint64(m_contents.changes.size()));
    sendNext();
}

void SanitizeRestoreJob::sendNext()
{
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
    if (m_next >= qsizetype(m_contents.changes.size())) {
        m_journal.write({{QStringLiteral("type"), QStringLiteral("restore-finished")},
                         {QStringLiteral("restored"), m_restored},
                         {QStringLiteral("failed"), m_failed}});
        m_journal.sync();
        audit(QStringLiteral("SANITIZE_RESTORE_COMPLETED"),
              m_failed ? QStringLiteral("failed") : QStringLiteral("ok"),
              {{QStringLiteral("restored"), m_restored}, {QStringLiteral("failed"), m_failed}},
              m_listId);
        if (m_failed)
            fail(tr("%1 contacts could not be restored; run the restore again.").arg(m_failed));
        else
            succeed();
        return;
    }
    QList<ListContact> chunk;
    QStringList ids;
    while (m_next < qsizetype(m_contents.changes.size())
           && chunk.size() < ContactListsApi::kMaxPatch) {
        const SanitizeJournal::Change &c = m_contents.changes[size_t(m_next++)];
        chunk.append(c.original);
        ids.append(c.original.id);
    }
    m_call = m_api.patch(m_listId, chunk);
    connect(m_call, &CallHandle::attemptFinished, this, [this](const Attempt &a) {
        m_serverErrorStreak = a.httpStatus >= 500 ? m_serverErrorStreak + 1 : 0;
    });
    connect(m_call, &CallHandle::finished, this, [this, ids](const Result &r) {
        observe(r);
        for (const QString &id : ids) {
            m_journal.write({{QStringLiteral("type"), QStringLiteral("restored")},
                             {QStringLiteral("id"), id},
                             {QStringLiteral("outcome"),
                              r.ok() ? QStringLiteral("ok") : QStringLiteral("failed")}});
        }
        if (r.ok())
            m_restored += ids.size();
        else
            m_failed += ids.size();
        setProgress(m_next, qint64(m_contents.changes.size()));
        if (!r.ok() && r.error == ErrorKind::Cancelled) {
            finishCancelled();
            return;
        }
        if (m_serverErrorStreak >= 5) {
            m_failed += qint64(m_contents.changes.size()) - m_next;
            fail(tr("The tenant answered 5 server errors in a row; the restore stopped. Run it "
                    "again later: restoring twice changes nothing."));
            return;
        }
        sendNext();
    });
}

void SanitizeRestoreJob::onCancel()
{
    if (m_call)
        m_call->cancel();
    else
        finishCancelled();
}

} // namespace cxone
