#include "models/contactlists/sanitizejobs.h"

#include "models/engine/appdirs.h"
#include "models/engine/text.h"

#include "models/engine/jobs/pagedreader.h"
#include "network/apiclient.h"
#include "network/fileio.h"
#include "network/webhookclient.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QtConcurrent>

#include <cerrno>
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

// Items in batches of at most `size`, in order.
std::vector<std::vector<qsizetype>> chunked(const std::vector<qsizetype> &items, qsizetype size)
{
    std::vector<std::vector<qsizetype>> batches;
    for (size_t i = 0; i < items.size(); i += size_t(size))
        batches.emplace_back(items.begin() + qsizetype(i),
                             items.begin() + qsizetype(std::min(items.size(), i + size_t(size))));
    return batches;
}

// Outcomes of a PATCH or POST batch whose answer lists a status per contact.
QList<ItemOutcome> perContactOutcomes(const Result &r, const QStringList &ids,
                                      const QHash<QString, QString> &okStatuses,
                                      const QHash<QString, QString> &meaning)
{
    QList<ItemOutcome> out;
    if (!r.ok()) {
        const QString outcome = r.error == ErrorKind::Cancelled ? QStringLiteral("unknown")
                                                                : QStringLiteral("failed");
        for (qsizetype i = 0; i < ids.size(); ++i)
            out.append({outcome, resultText(r)});
        return out;
    }
    QHash<QString, QString> statuses;
    QString error;
    if (!ContactListsApi::parseResults(r.json.object(), &statuses, &error)) {
        // 202 without a body: the tenant took the whole batch.
        for (qsizetype i = 0; i < ids.size(); ++i)
            out.append({QStringLiteral("ok"), {}});
        return out;
    }
    for (const QString &id : ids) {
        const QString status = statuses.value(id);
        if (okStatuses.contains(status))
            out.append({QStringLiteral("ok"), {}});
        else if (status.isEmpty())
            out.append({QStringLiteral("unknown"),
                        QStringLiteral("the answer did not mention this contact")});
        else
            out.append({status, meaning.value(status, status)});
    }
    return out;
}

} // namespace

// ---------------------------------------------------------------- journal

QString SanitizeJournal::directory()
{
    return cxone::dataDirectory() + QStringLiteral("/journals");
}

QString SanitizeJournal::defaultPath(const QString &listId)
{
    const QString dir = directory();
    QString safe = listId;
    for (QChar &c : safe) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return QStringLiteral("%1/sanitize-%2-%3.jsonl")
            .arg(dir, safe,
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

bool SanitizeJournal::read(const QString &path, Contents *out, QString *error,
                           const QString &tenant)
{
    *out = Contents();
    bool planned = false;
    const auto onLine = [&](qint64 lineNo, const QJsonObject &o, QString *why) {
        const QString type = o.value(u"type").toString();
        if (type == u"change") {
            if (planned) {
                *why = QStringLiteral("The journal '%1' cannot be trusted: line %2 adds a change "
                                      "after the plan was closed.")
                               .arg(path)
                               .arg(lineNo);
                return false;
            }
            Change c;
            c.op = o.value(u"op").toString();
            c.original.id = o.value(u"id").toString();
            c.original.phone = o.value(u"phone").toString();
            c.original.fields = o.value(u"fields").toObject();
            c.newPhone = o.value(u"newPhone").toString();
            if (c.original.id.isEmpty() || (c.op != u"update" && c.op != u"delete")) {
                *why = QStringLiteral("The journal '%1' cannot be trusted: line %2 is a change "
                                      "without an id or operation.")
                               .arg(path)
                               .arg(lineNo);
                return false;
            }
            out->changes.push_back(std::move(c));
        } else if (type == u"planned") {
            planned = true;
        } else if (type == u"result") {
            const QString op = o.value(u"op").toString();
            for (const QJsonValue v : o.value(u"items").toArray()) {
                const QJsonObject item = v.toObject();
                out->outcomes.insert(op + u':' + item.value(u"id").toString(),
                                     item.value(u"outcome").toString());
            }
        } else if (type == u"not-sent") {
            const QString op = o.value(u"op").toString();
            for (const QJsonValue v : o.value(u"ids").toArray())
                out->outcomes.insert(op + u':' + v.toString(), QStringLiteral("not-sent"));
        }
        return true;
    };
    if (!readJournal(path, {kind(), tenant, {}}, onLine, &out->summary, error))
        return false;
    const JournalHeader &h = out->summary.header;
    out->header = {{QStringLiteral("listId"), h.target},
                   {QStringLiteral("listName"), h.targetName},
                   {QStringLiteral("createdUtc"), h.createdUtc.toString(Qt::ISODateWithMs)},
                   {QStringLiteral("directive"), h.extra.value(u"directive")},
                   {QStringLiteral("counts"), h.counts}};
    const qint64 expected
            = h.counts.value(u"updates").toInteger(-1) + h.counts.value(u"deletes").toInteger(-1);
    if (h.target.isEmpty()) {
        *error = QStringLiteral("'%1' names no contact list; nothing was restored.").arg(path);
        return false;
    }
    if (!planned || qint64(out->changes.size()) != expected) {
        *error = QStringLiteral("The journal '%1' is cut short: it plans %2 changes but holds %3 "
                                "and %4. Nothing was restored; use the complete journal.")
                         .arg(path)
                         .arg(expected)
                         .arg(out->changes.size())
                         .arg(planned ? QStringLiteral("its plan is closed")
                                      : QStringLiteral("its plan never closes"));
        return false;
    }
    out->complete = true;
    return true;
}

// ---------------------------------------------------------------- load

LoadContactsJob::LoadContactsJob(ApiClient *client, QString listId, QString listName,
                                 QObject *parent)
    : Job(QStringLiteral("contact-list-load"), listId, parent)
    , m_client(client)
    , m_listId(listId)
    , m_snapshot(std::make_shared<ContactSnapshot>(listId, listName))
    , m_reader(new PagedReader(client, this))
{
    setTitle(tr("Load · %1").arg(listName.isEmpty() ? listId : listName));
    m_reader->setCallObserver([this](CallHandle *call) { watch(call); });
    connect(m_reader, &PagedReader::finished, this, [this](bool ok) {
        if (isCancelRequested() || m_reader->error() == ErrorKind::Cancelled) {
            finishCancelled();
            return;
        }
        if (!ok) {
            fail(tr("Loading list %1 stopped after %2 contacts: %3")
                         .arg(m_listId)
                         .arg(m_snapshot->size())
                         .arg(m_reader->errorText()));
            return;
        }
        m_snapshot->complete = true;
        Q_EMIT message(tr("Loaded %1 contacts of %2 in %n page(s).", nullptr, m_reader->pages())
                               .arg(m_snapshot->size())
                               .arg(m_listId));
        if (m_surveyRegion.isEmpty())
            succeed();
        else
            startSurvey();
    });
}

LoadContactsJob::~LoadContactsJob() = default;

void LoadContactsJob::startSurvey()
{
    setUnit(QStringLiteral("numbers"));
    setPhase(tr("Reading %1 numbers").arg(QLocale().toString(qint64(m_snapshot->size()))));
    m_analyzer = new PhoneAnalyzer(this);
    connect(m_analyzer, &PhoneAnalyzer::progress, this,
            [this](qint64 done, qint64 total) { setProgress(done, total); });
    connect(m_analyzer, &PhoneAnalyzer::finished, this, [this](bool ok, const QString &error) {
        if (isCancelRequested()) {
            finishCancelled();
            return;
        }
        if (!ok) {
            // The contacts are loaded; only the region counts are missing.
            Q_EMIT message(
                    tr("The numbers could not be read for the region survey: %1").arg(error));
            succeed();
            return;
        }
        auto parsed = std::make_shared<std::vector<ParsedPhone>>(m_analyzer->takeResults());
        m_survey = RegionSurvey::of(*parsed, m_surveyRegion);
        m_parsed = std::move(parsed);
        succeed();
    });
    m_analyzer->start(m_snapshot->store(), ContactSnapshot::PhoneColumn, m_surveyRegion);
}

RegionSurvey RegionSurvey::of(const std::vector<ParsedPhone> &parsed, const QString &defaultRegion)
{
    RegionSurvey s;
    s.defaultRegion = defaultRegion;
    QHash<quint16, qint64> counts;
    for (const ParsedPhone &p : parsed) {
        if (p.status != ParseStatus::Valid || !p.region[0]) {
            ++s.invalid;
            continue;
        }
        ++counts[quint16(quint8(p.region[0]) << 8 | quint8(p.region[1]))];
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        const char code[2] = {char(it.key() >> 8), char(it.key() & 0xff)};
        s.regions.append({QString::fromLatin1(code, 2), it.value()});
    }
    std::sort(s.regions.begin(), s.regions.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return s;
}

QStringList RegionSurvey::regionCodes() const
{
    QStringList codes;
    for (const auto &r : regions)
        codes.append(r.first);
    return codes;
}

qint64 RegionSurvey::validCount() const
{
    qint64 n = 0;
    for (const auto &r : regions)
        n += r.second;
    return n;
}

void LoadContactsJob::run()
{
    setUnit(QStringLiteral("contacts"));
    setPhase(tr("Loading list %1").arg(m_listId));
    m_reader->start(ContactListsApi::firstPageRequest(m_listId, m_pageSize),
                    [this](const Result &result, std::optional<Request> *next, QString *error) {
                        ContactPage page;
                        if (!ContactListsApi::parsePage(result.json.object(), &page, error))
                            return false;
                        if (m_reader->pages() == 0)
                            m_snapshot->expectedCount = page.contactCount;
                        for (const ListContact &c : std::as_const(page.contacts))
                            m_snapshot->append(c);
                        setProgress(m_snapshot->size(), m_snapshot->expectedCount);
                        Q_EMIT pageLoaded(m_snapshot->size(), m_snapshot->expectedCount);
                        if (!page.nextPageUri.isEmpty())
                            *next = ContactListsApi::pageRequest(page.nextPageUri, m_listId);
                        return true;
                    });
}

void LoadContactsJob::onCancel()
{
    if (m_analyzer && m_analyzer->isRunning())
        m_analyzer->cancel();
    else
        m_reader->cancel();
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
    setTitle(tr("Preview · %1")
                     .arg(m_contacts->listName().isEmpty() ? m_contacts->listId()
                                                           : m_contacts->listName()));
    connect(&m_analyzer, &PhoneAnalyzer::finished, this, &SanitizePreviewJob::onParsed);
    connect(&m_analyzer, &PhoneAnalyzer::progress, this,
            [this](qint64 done, qint64 total) { setProgress(done, total); });
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

void SanitizePreviewJob::reuseParsed(std::shared_ptr<const std::vector<ParsedPhone>> parsed,
                                     const QString &region)
{
    if (parsed && region == m_directive.defaultRegion
        && qsizetype(parsed->size()) == m_contacts->size())
        m_reuse = std::move(parsed);
}

void SanitizePreviewJob::run()
{
    setUnit(QStringLiteral("numbers"));
    if (m_reuse) {
        m_parsed = *m_reuse;
        m_reuse.reset();
        setPhase(tr("Deciding %1 contacts (numbers read when the list was loaded)")
                         .arg(QLocale().toString(m_contacts->size())));
        setProgress(m_contacts->size(), m_contacts->size());
        // Decided from the next turn of the event loop, as a parse would be.
        QMetaObject::invokeMethod(this, &SanitizePreviewJob::continueParsed, Qt::QueuedConnection);
        return;
    }
    setPhase(tr("Parsing %1 numbers").arg(QLocale().toString(qint64(m_contacts->size()))));
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
    Q_EMIT message(tr("Parsed %1 (%2 distinct) with %3.")
                           .arg(countText(qint64(m_parsed.size()), tr("number"), tr("numbers")),
                                QLocale().toString(qint64(m_analyzer.uniqueCount())),
                                countText(m_analyzer.workersUsed(), tr("thread"), tr("threads"))));
    continueParsed();
}

void SanitizePreviewJob::continueParsed()
{
    if (isFinished())
        return;
    if (isCancelRequested()) {
        finishCancelled();
        return;
    }
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
    setPhase(tr("Looking up %1 numbers").arg(QLocale().toString(qint64(m_lookupQueue.size()))));
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
        CallHandle *call = watch(ContactListsApi(m_client).lookup(numbers));
        connect(call, &CallHandle::finished, this, [this](const Result &r) {
            --m_lookupInFlight;
            if (isCancelRequested()) {
                if (m_lookupInFlight == 0)
                    finishCancelled();
                return;
            }
            if (isFinished())
                return;
            const Expected<QList<PhoneLookupInfo>> infos = ContactListsApi::readLookup(r);
            if (!infos) {
                fail(tr("The phone lookup failed: %1. Run the preview without lookup, or try "
                        "again later.")
                             .arg(infos.error()));
                return;
            }
            for (const PhoneLookupInfo &info : *infos)
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
    // Lookups in flight end as Cancelled (Job::cancel); their handler finishes the job.
    if (m_lookupInFlight == 0 && !m_decideWatcher.isRunning())
        finishCancelled();
}

// ---------------------------------------------------------------- apply

SanitizeApplyJob::SanitizeApplyJob(ApiClient *client,
                                   std::shared_ptr<const SanitizePreview> preview,
                                   ApplyOptions options, QObject *parent)
    : Job(QStringLiteral("sanitize-apply"), preview->contacts().listId(), parent)
    , m_client(client)
    , m_api(client)
    , m_preview(std::move(preview))
    , m_options(std::move(options))
{
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = SanitizeJournal::defaultPath(m_preview->contacts().listId());
    const ContactSnapshot &c = m_preview->contacts();
    setTitle(tr("Sanitize · %1").arg(c.listName().isEmpty() ? c.listId() : c.listName()));
}

SanitizeApplyJob::~SanitizeApplyJob() = default;

bool SanitizeApplyJob::writePlan(QString *error)
{
    const SanitizePreview &p = *m_preview;
    const ContactSnapshot &contacts = p.contacts();
    JournalHeader header;
    header.kind = SanitizeJournal::kind();
    header.tenant = journalTenant(m_client->profile().baseUrl);
    header.target = contacts.listId();
    header.targetName = contacts.listName();
    header.counts = {{QStringLiteral("contacts"), qint64(p.size())},
                     {QStringLiteral("updates"), qint64(m_updates.size())},
                     {QStringLiteral("deletes"), qint64(m_deletes.size())},
                     {QStringLiteral("overrides"), qint64(p.overrideCount())}};
    header.extra = {{QStringLiteral("directive"), p.directive().describe()}};
    if (!m_journal.create(m_options.journalPath, header, error))
        return false;
    const auto change = [&](const char *op, qsizetype i) {
        QJsonObject line{{QStringLiteral("type"), QStringLiteral("change")},
                         {QStringLiteral("op"), QLatin1StringView(op)},
                         {QStringLiteral("id"), contacts.id(i)},
                         {QStringLiteral("phone"), QString::fromUtf8(contacts.phone(i))},
                         {QStringLiteral("fields"), contacts.fields(i)}};
        if (qstrcmp(op, "update") == 0)
            line.insert(QStringLiteral("newPhone"), p.row(i).phone.e164Text());
        return m_journal.append(line, error);
    };
    for (const qsizetype i : m_updates) {
        if (!change("update", i))
            return false;
    }
    for (const qsizetype i : m_deletes) {
        if (!change("delete", i))
            return false;
    }
    // Durable before the first request: whatever happens next, the way back is on disk.
    return m_journal.append({{QStringLiteral("type"), QStringLiteral("planned")},
                             {QStringLiteral("updates"), qint64(m_updates.size())},
                             {QStringLiteral("deletes"), qint64(m_deletes.size())}},
                            error)
           && m_journal.sync(error);
}

void SanitizeApplyJob::run()
{
    const SanitizePreview &p = *m_preview;
    setUnit(QStringLiteral("contacts"));
    // Every address is checked before anything is written or sent.
    if (!m_options.aggregatorUrl.isEmpty()) {
        if (const QString problem
            = webhookUrlProblem(m_options.aggregatorUrl, tr("The aggregator URL"));
            !problem.isEmpty()) {
            audit(QStringLiteral("SANITIZE_APPLY_REFUSED"), QStringLiteral("refused"),
                  {{QStringLiteral("error"), problem}});
            fail(problem);
            return;
        }
    }
    for (qsizetype i = 0; i < p.size(); ++i) {
        const Verdict v = p.effectiveVerdict(i);
        if (v == Verdict::Update)
            m_updates.push_back(i);
        else if (v == Verdict::Purge)
            m_deletes.push_back(i);
    }
    setPhase(tr("Writing the journal"));
    QString error;
    if (!writePlan(&error)) {
        const QString why = QFileInfo::exists(m_options.journalPath) && m_journal.lineCount() == 0
                                    ? error
                                    : tr("%1 Nothing was sent.").arg(error);
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
    setPhase(tr("Updating %1 numbers").arg(QLocale().toString(qint64(m_updates.size()))));
    m_updateWriter = makeWriter(QStringLiteral("update"), 1);
    m_updateWriter->setBatches(chunked(m_updates, ContactListsApi::kMaxPatch));
    connect(m_updateWriter, &BatchWriter::finished, this, [this] {
        if (m_updateWriter->isHalted())
            m_haltReason = m_updateWriter->haltReason();
        startDeletes();
    });
    m_updateWriter->start();
}

BatchWriter *SanitizeApplyJob::makeWriter(const QString &op, int maxInFlight)
{
    const bool isUpdate = op == u"update";
    const std::vector<qsizetype> &rows = isUpdate ? m_updates : m_deletes;
    BatchWriter::Hooks hooks;
    hooks.idOf = [this](qsizetype row) { return m_preview->contacts().id(row); };
    hooks.send = [this, isUpdate](int batch, const QByteArray &) -> CallHandle * {
        BatchWriter *writer = isUpdate ? m_updateWriter : m_deleteWriter;
        const auto &items = writer->batches()[size_t(batch)];
        if (!isUpdate)
            return m_api.remove(m_preview->contacts().id(items.front()));
        QList<ListContact> chunk;
        for (const qsizetype i : items)
            // Only the number changes: nothing else is sent, so nothing else is touched.
            chunk.append({m_preview->contacts().id(i), m_preview->row(i).phone.e164Text(), {}});
        return m_api.patch(m_preview->contacts().listId(), chunk);
    };
    hooks.judge = [this, isUpdate](int batch, const Result &r) {
        BatchWriter *writer = isUpdate ? m_updateWriter : m_deleteWriter;
        QStringList ids;
        for (const qsizetype i : writer->batches()[size_t(batch)])
            ids.append(m_preview->contacts().id(i));
        if (isUpdate)
            return perContactOutcomes(
                    r, ids, {{QStringLiteral("updated"), {}}},
                    {{QStringLiteral("not_found"),
                      tr("the contact is no longer on the list; its number was not changed")}});
        QList<ItemOutcome> out;
        if (r.ok())
            out.append({QStringLiteral("ok"), {}});
        else if (r.error == ErrorKind::NotFound) // gone already (a replay, or someone else)
            out.append({QStringLiteral("gone"), {}});
        else if (r.error == ErrorKind::Cancelled) // it may have reached the tenant
            out.append({QStringLiteral("unknown"), resultText(r)});
        else
            out.append({QStringLiteral("failed"), resultText(r)});
        return out;
    };
    BatchWriter::Options o;
    o.op = op;
    o.maxInFlight = maxInFlight;
    o.breakerThreshold = m_options.maxConsecutiveServerErrors;
    // Unpaced unless the tenant limits the rate; then at what it takes.
    o.pace.unit = tr("contacts");
    o.pace.batchSize = isUpdate ? ContactListsApi::kMaxPatch : 1;
    auto *writer = new BatchWriter(&m_journal, o, std::move(hooks), this);
    connect(writer->pacer(), &Pacer::stateChanged, this, &Job::message);
    writer->setBatches(chunked(rows, isUpdate ? ContactListsApi::kMaxPatch : 1));
    connect(writer, &BatchWriter::callStarted, this, [this](CallHandle *call) {
        watch(call);
        connect(call, &CallHandle::finished, this, [this](const Result &r) {
            m_latencyTotal += r.totalMs;
            ++m_latencyCalls;
        });
    });
    connect(writer, &BatchWriter::batchFinished, this,
            [this, op](int batch, const Result &r, const QList<ItemOutcome> &outcomes) {
                countOutcomes(op, outcomes, batch);
                if (!r.ok() && r.error != ErrorKind::Cancelled)
                    Q_EMIT message(tr("%1 %n contact(s) failed: %2", nullptr, int(outcomes.size()))
                                           .arg(op == u"update" ? tr("Updating") : tr("Deleting"))
                                           .arg(resultText(r)));
            });
    return writer;
}

void SanitizeApplyJob::countOutcomes(const QString &op, const QList<ItemOutcome> &outcomes,
                                     int batch)
{
    const bool isUpdate = op == u"update";
    BatchWriter *writer = isUpdate ? m_updateWriter : m_deleteWriter;
    const auto &items = writer->batches()[size_t(batch)];
    for (qsizetype k = 0; k < outcomes.size(); ++k) {
        const ItemOutcome &o = outcomes[k];
        if (o.outcome == u"ok" || (!isUpdate && o.outcome == u"gone")) {
            if (isUpdate)
                ++m_updatedOk;
            else
                ++m_purgedOk;
        } else {
            ++m_failed;
        }
        Q_EMIT recordOutcome(op, m_preview->contacts().id(items[size_t(k)]), o.outcome);
    }
    const qint64 done
            = (m_updateWriter ? m_updateWriter->itemsOk() + m_updateWriter->itemsFailed()
                                        + m_updateWriter->itemsUnknown()
                              : 0)
              + (m_deleteWriter ? m_deleteWriter->itemsOk() + m_deleteWriter->itemsFailed()
                                          + m_deleteWriter->itemsUnknown()
                                : 0);
    setProgress(done, qint64(m_updates.size() + m_deletes.size()));
}

void SanitizeApplyJob::startDeletes()
{
    setPhase(tr("Purging %1 contacts").arg(QLocale().toString(qint64(m_deletes.size()))));
    m_deleteWriter = makeWriter(QStringLiteral("delete"), m_options.deleteConcurrency);
    connect(m_deleteWriter, &BatchWriter::finished, this, [this] {
        if (m_deleteWriter->isHalted() && m_haltReason.isEmpty())
            m_haltReason = m_deleteWriter->haltReason();
        finishRun();
    });
    if (!m_haltReason.isEmpty() || isCancelRequested())
        m_deleteWriter->halt(m_haltReason); // nothing is sent; every purge is "not sent"
    m_deleteWriter->start();
}

void SanitizeApplyJob::onCancel()
{
    const QString why = tr("Cancelled; no further changes were sent.");
    m_haltReason = why;
    if (m_updateWriter)
        m_updateWriter->halt(why);
    if (m_deleteWriter)
        m_deleteWriter->halt(why);
    if (!m_updateWriter && !isFinished())
        finishCancelled(); // before the journal was written: nothing happened
}

void SanitizeApplyJob::finishRun()
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_notSent = m_updateWriter->itemsNotSent() + m_deleteWriter->itemsNotSent();
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
    QJsonObject end = m_metrics;
    end.insert(QStringLiteral("type"), QStringLiteral("end"));
    if (!m_haltReason.isEmpty())
        end.insert(QStringLiteral("stopped"), m_haltReason);
    QString error;
    if (!m_journal.append(end, &error) || !m_journal.sync(&error))
        Q_EMIT message(tr("Warning: %1").arg(error));
    writeRunLine();
    const bool cancelled = isCancelRequested();
    const bool ok = m_haltReason.isEmpty() && m_failed == 0;
    audit(QStringLiteral("SANITIZE_APPLY_COMPLETED"),
          ok          ? QStringLiteral("ok")
          : cancelled ? QStringLiteral("cancelled")
                      : QStringLiteral("failed"),
          m_metrics);
    // The CXone side of what did succeed stays as it is; the callback reports it either way.
    notifyAggregator();
}

void SanitizeApplyJob::writeRunLine()
{
    QString path = m_options.runLogPath;
    if (path.isEmpty())
        path = cxone::dataDirectory() + QStringLiteral("/sanitization-runs.jsonl");
    QString error;
    int fd = -1;
    if (makeDataFolder(QFileInfo(path).absolutePath(), &error))
        fd = openOutputForAppend(path, &error);
    const QByteArray line = QJsonDocument(m_metrics).toJson(QJsonDocument::Compact) + '\n';
    if (fd >= 0 && !writeFully(fd, line))
        error = ioErrorText(errno);
    if (fd >= 0)
        ::close(fd);
    if (!error.isEmpty())
        Q_EMIT message(tr("The run line could not be written to %1: %2").arg(path, error));
}

void SanitizeApplyJob::conclude()
{
    if (isCancelRequested()) {
        finishCancelled();
    } else if (!m_haltReason.isEmpty()) {
        fail(tr("%1 Updated %2, purged %3, failed %4, not sent %5. Restore with the journal %6.")
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
}

void SanitizeApplyJob::notifyAggregator()
{
    if (m_options.aggregatorUrl.isEmpty()) {
        conclude();
        return;
    }
    const QJsonObject event{
            {QStringLiteral("event"), QStringLiteral("campaign.sanitization.complete")},
            {QStringLiteral("list_id"), m_preview->contacts().listId()},
            {QStringLiteral("timestamp"), nowUtc()},
            {QStringLiteral("metrics"), m_metrics}};
    setPhase(tr("Notifying the aggregator"));
    CallHandle *call = watch(WebhookClient(m_client).post(
            {m_options.aggregatorUrl,
             QJsonDocument(event).toJson(QJsonDocument::Compact),
             tr("Notifying the telephony aggregator"),
             // One delivery per run: a retry or a repeat reuses it, and the receiver dedups.
             QByteArray(id().toUtf8() + "-aggregator"),
             {},
             {}}));
    connect(call, &CallHandle::finished, this, [this](const Result &r) {
        // A failed callback is reported but never undoes what the tenant already did.
        audit(QStringLiteral("SANITIZE_AGGREGATOR_NOTIFIED"),
              r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
              r.ok() ? QJsonObject{{QStringLiteral("status"), r.httpStatus}}
                     : QJsonObject{{QStringLiteral("error"), resultText(r)}},
              webhookDisplay(m_options.aggregatorUrl));
        if (!r.ok() && r.error != ErrorKind::Cancelled)
            Q_EMIT message(tr("Warning: the aggregator was not notified: %1").arg(resultText(r)));
        conclude();
    });
}

// ---------------------------------------------------------------- restore

SanitizeRestoreJob::SanitizeRestoreJob(ApiClient *client, QString journalPath, QObject *parent)
    : Job(QStringLiteral("sanitize-restore"), journalPath, parent)
    , m_api(client)
    , m_journalPath(std::move(journalPath))
{
    setTitle(tr("Restore · %1").arg(QFileInfo(m_journalPath).fileName()));
}

SanitizeRestoreJob::~SanitizeRestoreJob() = default;

void SanitizeRestoreJob::run()
{
    QString error;
    const QString tenant = journalTenant(m_api.client()->profile().baseUrl);
    if (!SanitizeJournal::read(m_journalPath, &m_contents, &error, tenant)) {
        audit(QStringLiteral("SANITIZE_RESTORE_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("error"), error}, {QStringLiteral("journal"), m_journalPath}});
        fail(error);
        return;
    }
    m_listId = m_contents.summary.header.target;
    m_listName = m_contents.summary.header.targetName;
    setTarget(m_listId);
    setTitle(tr("Restore · %1").arg(m_listName.isEmpty() ? m_listId : m_listName));
    if (!m_journal.reopen(m_journalPath, &error)) {
        fail(error);
        return;
    }
    for (qsizetype i = 0; i < qsizetype(m_contents.changes.size()); ++i)
        (m_contents.changes[size_t(i)].op == u"delete" ? m_recreate : m_rephone).push_back(i);
    m_journal.append({{QStringLiteral("type"), QStringLiteral("restore-started")},
                      {QStringLiteral("timeUtc"), nowUtc()}});
    audit(QStringLiteral("SANITIZE_RESTORE_STARTED"), QStringLiteral("info"),
          {{QStringLiteral("contacts"), qint64(m_contents.changes.size())},
           {QStringLiteral("journal"), m_journalPath}},
          m_listId);
    setUnit(QStringLiteral("contacts"));
    setProgress(0, qint64(m_contents.changes.size()));
    startNext();
}

BatchWriter *SanitizeRestoreJob::makeWriter(const QString &op, const std::vector<qsizetype> &items)
{
    const bool recreate = op == u"recreate";
    BatchWriter::Hooks hooks;
    hooks.idOf = [this](qsizetype i) { return m_contents.changes[size_t(i)].original.id; };
    hooks.send = [this, recreate](int batch, const QByteArray &) -> CallHandle * {
        QList<ListContact> chunk;
        for (const qsizetype i : m_writer->batches()[size_t(batch)]) {
            const ListContact &c = m_contents.changes[size_t(i)].original;
            chunk.append(recreate ? c : ListContact{c.id, c.phone, {}});
        }
        return recreate ? m_api.create(m_listId, chunk) : m_api.patch(m_listId, chunk);
    };
    hooks.judge = [this, recreate](int batch, const Result &r) {
        QStringList ids;
        for (const qsizetype i : m_writer->batches()[size_t(batch)])
            ids.append(m_contents.changes[size_t(i)].original.id);
        if (r.error == ErrorKind::NotFound) {
            m_listMissing = true;
            m_writer->halt(tr("The contact list %1 no longer exists on the tenant.").arg(m_listId));
        }
        if (recreate)
            return perContactOutcomes(
                    r, ids, {{QStringLiteral("created"), {}}, {QStringLiteral("exists"), {}}},
                    {{QStringLiteral("rejected"), tr("the tenant refused to re-create it")}});
        return perContactOutcomes(r, ids, {{QStringLiteral("updated"), {}}},
                                  {{QStringLiteral("not_found"),
                                    tr("the contact was deleted since the run; its number could "
                                       "not be put back")}});
    };
    BatchWriter::Options o;
    o.op = op;
    o.pace.unit = tr("contacts");
    o.pace.batchSize = ContactListsApi::kMaxPatch;
    auto *writer = new BatchWriter(&m_journal, o, std::move(hooks), this);
    connect(writer->pacer(), &Pacer::stateChanged, this, &Job::message);
    writer->setBatches(chunked(items, ContactListsApi::kMaxPatch));
    connect(writer, &BatchWriter::callStarted, this, [this](CallHandle *c) { watch(c); });
    connect(writer, &BatchWriter::batchFinished, this,
            [this](int, const Result &, const QList<ItemOutcome> &outcomes) {
                for (const ItemOutcome &outcome : outcomes) {
                    if (outcome.succeeded())
                        ++m_restored;
                    else
                        ++m_failed;
                }
                setProgress(m_restored + m_failed, qint64(m_contents.changes.size()));
            });
    connect(writer, &BatchWriter::finished, this, [this] {
        if (m_writer->isHalted() && m_haltReason.isEmpty())
            m_haltReason = m_writer->haltReason();
        m_failed += m_writer->itemsNotSent();
        ++m_stage;
        startNext();
    });
    return writer;
}

void SanitizeRestoreJob::startNext()
{
    if (m_stage == 0) {
        setPhase(tr("Re-creating %n deleted contact(s) of %1", nullptr, int(m_recreate.size()))
                         .arg(m_listName.isEmpty() ? m_listId : m_listName));
        m_writer = makeWriter(QStringLiteral("recreate"), m_recreate);
    } else if (m_stage == 1) {
        setPhase(tr("Putting back %n original number(s)", nullptr, int(m_rephone.size())));
        m_writer = makeWriter(QStringLiteral("rephone"), m_rephone);
    } else {
        finishRestore();
        return;
    }
    if (!m_haltReason.isEmpty() || isCancelRequested())
        m_writer->halt(m_haltReason.isEmpty() ? tr("Cancelled.") : m_haltReason);
    m_writer->start();
}

void SanitizeRestoreJob::finishRestore()
{
    m_journal.append({{QStringLiteral("type"), QStringLiteral("restore-finished")},
                      {QStringLiteral("restored"), m_restored},
                      {QStringLiteral("failed"), m_failed}});
    m_journal.sync();
    audit(QStringLiteral("SANITIZE_RESTORE_COMPLETED"),
          m_failed ? QStringLiteral("failed") : QStringLiteral("ok"),
          {{QStringLiteral("restored"), m_restored}, {QStringLiteral("failed"), m_failed}},
          m_listId);
    const QString list = m_listName.isEmpty()
                                 ? m_listId
                                 : QStringLiteral("%1 (\u201c%2\u201d)").arg(m_listId, m_listName);
    if (isCancelRequested()) {
        finishCancelled();
    } else if (m_listMissing) {
        fail(tr("The contact list %1 no longer exists on the tenant, so its contacts could not "
                "be put back (%2 restored before that). Nothing else was changed. The journal %3 "
                "keeps every original number and field; once a list with the id %4 exists "
                "again, this restore can put them back.")
                     .arg(list)
                     .arg(m_restored)
                     .arg(m_journalPath, m_listId));
    } else if (!m_haltReason.isEmpty()) {
        fail(tr("%1 The restore stopped after putting back %2 of %3 contacts of %4; running it "
                "again later is safe (what is back stays as it is).")
                     .arg(m_haltReason)
                     .arg(m_restored)
                     .arg(m_contents.changes.size())
                     .arg(list));
    } else if (m_failed > 0) {
        fail(tr("%1 of %2 contacts of %3 could not be put back; the journal %4 names each one "
                "and why.")
                     .arg(m_failed)
                     .arg(m_contents.changes.size())
                     .arg(list, m_journalPath));
    } else {
        Q_EMIT message(tr("Restored %n contact(s) of %1.", nullptr, int(m_restored)).arg(list));
        succeed();
    }
}

void SanitizeRestoreJob::onCancel()
{
    if (m_writer)
        m_writer->halt(tr("Cancelled."));
    else if (!isFinished())
        finishCancelled();
}

} // namespace cxone
