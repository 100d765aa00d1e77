#include "models/enrichment/enrichjobs.h"

#include "models/engine/io/jsonbody.h"

#include "models/engine/appdirs.h"
#include "models/engine/csv/csvwriter.h"
#include "models/engine/text.h"
#include "network/api/contactlistsapi.h"
#include "network/apiclient.h"
#include "network/jsonwriter.h"
#include "network/webhookclient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QVarLengthArray>

#include <simdjson.h>

#include <cmath>
#include <optional>

namespace cxone {

namespace {

const QString kOp = QStringLiteral("enrich");
const QString kUndoOp = QStringLiteral("undo");

QString safeName(QString s)
{
    for (QChar &c : s) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_')
            c = u'_';
    }
    return s;
}

namespace dom = simdjson::dom;

// A value as JsonWriter::value writes it as Qt's parser reads it.
void writeElement(JsonWriter &w, const dom::element &e)
{
    switch (e.type()) {
    case dom::element_type::STRING: {
        const std::string_view s = e.get_string().value_unsafe();
        w.utf8(QByteArrayView(s.data(), qsizetype(s.size())));
        return;
    }
    case dom::element_type::INT64:
        w.integer(e.get_int64().value_unsafe());
        return;
    case dom::element_type::UINT64: // beyond 64-bit signed: Qt reads a double
        w.value(QJsonValue(double(e.get_uint64().value_unsafe())));
        return;
    case dom::element_type::DOUBLE:
        w.value(QJsonValue(e.get_double().value_unsafe()));
        return;
    case dom::element_type::BOOL:
        w.boolean(e.get_bool().value_unsafe());
        return;
    case dom::element_type::NULL_VALUE:
        w.null();
        return;
    default: { // arrays and objects, as Qt reads them
        const QByteArray text = "[" + QByteArray::fromStdString(simdjson::minify(e)) + "]";
        w.value(QJsonDocument::fromJson(text).array().at(0));
    }
    }
}

// A contact id from the file as the tenant gives it back: its UTF-8, or (for bytes that are
// not UTF-8) what it became when it was sent.
QByteArray idKey(QByteArrayView id)
{
    bool ascii = true;
    for (const char c : id)
        ascii = ascii && static_cast<unsigned char>(c) < 0x80;
    if (ascii || simdjson::validate_utf8(id.data(), size_t(id.size())))
        return id.toByteArray();
    return QString::fromUtf8(id).toUtf8();
}

// A member's string (empty when it is absent or not a string).
std::string_view stringAt(const dom::element &e, std::string_view key)
{
    dom::element m;
    std::string_view v;
    if (!jsonMember(e, key, &m) || m.get_string().get(v) != simdjson::SUCCESS)
        return {};
    return v;
}

QString qstring(std::string_view utf8)
{
    return QString::fromUtf8(utf8.data(), qsizetype(utf8.size()));
}

} // namespace

QByteArrayView EnrichCurrentValues::value(qint32 contact, int field) const
{
    const auto [at, length] = spans[size_t(contact) * size_t(fields) + size_t(field)];
    return QByteArrayView(text.constData() + at, length);
}

bool readEnrichCurrentValues(const QByteArray &body, const QList<QByteArray> &fields,
                             EnrichCurrentValues *into, QString *error)
{
    static thread_local dom::parser parser;
    static thread_local std::string text;
    dom::element root;
    if (!parseJsonBody(parser, body, &text, &root, error))
        return false;
    EnrichCurrentValues v;
    v.fields = int(fields.size());
    dom::element member;
    dom::array contacts;
    if (!jsonMember(root, "contacts", &member)
        || member.get_array().get(contacts) != simdjson::SUCCESS) {
        v.problem = EnrichmentApi::noContactsArrayText();
        *into = std::move(v);
        return true;
    }
    JsonWriter texts(qsizetype(body.size()));
    for (const dom::element c : contacts) {
        const std::string_view id = stringAt(c, "contactId");
        v.contacts.insert(QByteArray(id.data(), qsizetype(id.size())),
                          qint32(v.spans.size() / size_t(std::max(1, v.fields))));
        // Each field's value: the last member of its name, as Qt's parser keeps it.
        QVarLengthArray<std::optional<dom::element>, 16> values(fields.size());
        dom::element attributesValue;
        dom::object attributes;
        if (jsonMember(c, "attributes", &attributesValue)
            && attributesValue.get_object().get(attributes) == simdjson::SUCCESS) {
            for (const dom::key_value_pair m : attributes) {
                for (qsizetype f = 0; f < fields.size(); ++f) {
                    if (m.key == std::string_view(fields[f].constData(), size_t(fields[f].size())))
                        values[f] = m.value;
                }
            }
        }
        for (const std::optional<dom::element> &e : values) {
            const qsizetype at = texts.size();
            if (e)
                writeElement(texts, *e);
            v.spans.emplace_back(qint32(at), qint32(texts.size() - at));
        }
    }
    v.text = texts.take();
    *into = std::move(v);
    return true;
}

bool readEnrichBatchResults(const QByteArray &body, EnrichBatchResults *into, QString *error)
{
    static thread_local dom::parser parser;
    static thread_local std::string text;
    dom::element root;
    if (!parseJsonBody(parser, body, &text, &root, error))
        return false;
    EnrichBatchResults r;
    dom::element member;
    dom::array results;
    // The guide's format check: an answer without processedCount is not the enrichment answer.
    if (!jsonMember(root, "processedCount", &member)) {
        r.problem = EnrichmentApi::notAnEnrichmentResultText();
    } else if (jsonMember(root, "results", &member)
               && member.get_array().get(results) == simdjson::SUCCESS) {
        for (const dom::element e : results) {
            const std::string_view id = stringAt(e, "contactId");
            const std::string_view status = stringAt(e, "status");
            QStringList why;
            dom::element errorsValue;
            dom::array errors;
            if (status != "updated" && jsonMember(e, "errors", &errorsValue)
                && errorsValue.get_array().get(errors) == simdjson::SUCCESS) {
                for (const dom::element x : errors) {
                    const QString message = qstring(stringAt(x, "message"));
                    const std::string_view attribute = stringAt(x, "attribute");
                    why << (attribute.empty()
                                    ? message
                                    : qstring(attribute) + QStringLiteral(": ") + message);
                }
            }
            const RowOutcome outcome = status == "updated"     ? RowOutcome::Updated
                                       : status == "not_found" ? RowOutcome::NotFound
                                                               : RowOutcome::Rejected;
            r.byId.insert(QByteArray(id.data(), qsizetype(id.size())), qint32(r.records.size()));
            r.records.push_back({outcome, why.join(QStringLiteral("; "))});
        }
    }
    *into = std::move(r);
    return true;
}

// ---------------------------------------------------------------- results

QString rowOutcomeName(RowOutcome outcome)
{
    switch (outcome) {
    case RowOutcome::Pending:
        return QStringLiteral("would-send");
    case RowOutcome::Updated:
        return QStringLiteral("updated");
    case RowOutcome::Rejected:
        return QStringLiteral("rejected");
    case RowOutcome::NotFound:
        return QStringLiteral("not-found");
    case RowOutcome::NotSent:
        return QStringLiteral("not-sent");
    case RowOutcome::Unknown:
        return QStringLiteral("unknown");
    case RowOutcome::Skipped:
        return QStringLiteral("skipped");
    case RowOutcome::Undone:
        return QStringLiteral("undone");
    }
    return {};
}

bool writeEnrichResults(const QString &path, const EnrichPlan &plan,
                        const std::vector<RowOutcome> *outcomes,
                        const QHash<qint32, QString> *reasons, QString *error)
{
    CsvFileWriter f(path);
    if (!f.open(error))
        return false;
    f.writeRow({"line", "contactId", "outcome", "reason"});
    for (qsizetype r = 0; r < plan.rowCount(); ++r) {
        QString outcome;
        QString reason;
        if (plan.state(r) != RowState::Send) {
            outcome = rowStateName(plan.state(r)) == u"row-error" ? QStringLiteral("row-error")
                                                                  : QStringLiteral("skipped");
            reason = plan.reason(r);
        } else {
            const RowOutcome o = outcomes ? (*outcomes)[size_t(r)] : RowOutcome::Pending;
            outcome = rowOutcomeName(o);
            reason = reasons ? reasons->value(qint32(r)) : QString();
        }
        f.writeRow({QByteArray::number(plan.line(r)), plan.contactId(r).toUtf8(), outcome.toUtf8(),
                    reason.toUtf8()});
    }
    return f.commit(error);
}

// ---------------------------------------------------------------- apply

QString enrichDurationEstimate(qint64 contacts, double rate)
{
    if (rate <= 0)
        return QCoreApplication::translate("EnrichApplyJob",
                                           "as fast as the tenant takes them (not paced)");
    const qint64 seconds = qint64(std::ceil(double(contacts) / rate));
    const QString time
            = seconds < 90
                      ? countText(seconds, QCoreApplication::translate("EnrichApplyJob", "second"),
                                  QCoreApplication::translate("EnrichApplyJob", "seconds"))
                      : countText((seconds + 59) / 60,
                                  QCoreApplication::translate("EnrichApplyJob", "minute"),
                                  QCoreApplication::translate("EnrichApplyJob", "minutes"));
    return QCoreApplication::translate("EnrichApplyJob",
                                       "about %1 at %2 contacts/s, the campaign's rate, if the "
                                       "tenant does not limit it")
            .arg(time, QLocale().toString(qint64(std::lround(rate))));
}

namespace {

RowOutcome rowOutcomeOf(const ItemOutcome &o)
{
    if (o.outcome == u"ok")
        return RowOutcome::Updated;
    if (o.outcome == u"not_found")
        return RowOutcome::NotFound;
    if (o.outcome == u"rejected")
        return RowOutcome::Rejected;
    if (o.outcome == u"unknown")
        return RowOutcome::Unknown;
    return RowOutcome::NotSent; // refused whole: none of it applied
}

} // namespace

EnrichApplyJob::EnrichApplyJob(ApiClient *client, std::shared_ptr<const EnrichPlan> plan,
                               EnrichApplyOptions options, QObject *parent)
    : Job(QStringLiteral("enrich"),
          options.listId.isEmpty() ? options.campaign.contactListId : options.listId, parent)
    , m_client(client)
    , m_api(client)
    , m_plan(std::move(plan))
    , m_options(std::move(options))
{
    if (m_options.listId.isEmpty())
        m_options.listId = m_options.campaign.contactListId;
    if (m_options.journalPath.isEmpty())
        m_options.journalPath = defaultJournalPath(m_options.listId);
    setTitle(tr("Enrich · %1")
                     .arg(m_options.campaign.name.isEmpty() ? m_options.listId
                                                            : m_options.campaign.name));
    setUnit(tr("contacts"));
}

EnrichApplyJob::~EnrichApplyJob() = default;

QString EnrichApplyJob::defaultJournalPath(const QString &listId)
{
    return QStringLiteral("%1/journals/enrich-%2-%3.jsonl")
            .arg(cxone::dataDirectory(), safeName(listId),
                 QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss")));
}

int EnrichApplyJob::batchesVerified() const
{
    return m_writer ? m_writer->batchesVerified() : 0;
}

int EnrichApplyJob::batchesResent() const
{
    return m_writer ? m_writer->batchesResent() : 0;
}

double EnrichApplyJob::pace() const
{
    return m_writer ? m_writer->pacer()->rate() : m_options.ratePerSecond;
}

QJsonObject EnrichApplyJob::summaryJson() const
{
    QJsonObject o = m_plan->summaryJson();
    o.insert(QStringLiteral("batchSize"), m_batchSize);
    o.insert(QStringLiteral("batches"), qint64(m_batches.size()));
    const QJsonObject counts = m_summary.toJson();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        o.insert(it.key(), it.value());
    o.insert(QStringLiteral("summary"), m_summary.sentence());
    o.insert(QStringLiteral("journal"), m_options.journalPath);
    o.insert(QStringLiteral("refreshed"), m_refreshed);
    o.insert(QStringLiteral("rateLimited"), m_rateLimited);
    o.insert(QStringLiteral("resentBatches"), batchesResent());
    o.insert(QStringLiteral("verifiedBatches"), batchesVerified());
    o.insert(QStringLiteral("pace"),
             QJsonObject{{QStringLiteral("configured"), m_options.ratePerSecond},
                         {QStringLiteral("last"), pace()},
                         {QStringLiteral("text"), m_paceText}});
    return o;
}

void EnrichApplyJob::run()
{
    if (!m_options.webhookUrl.isEmpty()) {
        if (const QString problem = webhookUrlProblem(m_options.webhookUrl, tr("The webhook URL"));
            !problem.isEmpty()) {
            audit(QStringLiteral("ENRICH_REFUSED"), QStringLiteral("refused"),
                  {{QStringLiteral("error"), problem}});
            refuse(problem);
            return;
        }
    }
    m_batchSize = m_options.campaign.batchLimit();
    m_batches = m_plan->batches(m_batchSize);
    m_outcomes.assign(size_t(m_plan->rowCount()), RowOutcome::Pending);
    for (qsizetype r = 0; r < m_plan->rowCount(); ++r) {
        if (m_plan->state(r) != RowState::Send)
            m_outcomes[size_t(r)] = RowOutcome::Skipped;
    }
    m_summary = {};
    m_summary.contacts = m_plan->contacts();
    m_summary.skippedRows = m_plan->rowCount() - m_plan->contacts();
    for (const FieldStats &f : m_plan->fields())
        Q_EMIT fillRateChanged(f.attribute, f.rate());
    Q_EMIT fillRateChanged(QString(), m_plan->fillRate());
    setPhase(tr("Writing the journal"));
    QString error;
    if (!openJournal(&error)) {
        audit(QStringLiteral("ENRICH_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("error"), error}});
        refuse(error);
        return;
    }
    if (m_finishedBefore) {
        // Like a resume of a finished extraction: nothing to do is not a failure.
        Q_EMIT message(tr("The run the journal %1 records has already finished; there is nothing "
                          "to resume.")
                               .arg(m_options.journalPath));
        succeed();
        return;
    }
    audit(m_options.resume ? QStringLiteral("ENRICH_RESUMED") : QStringLiteral("ENRICH_STARTED"),
          QStringLiteral("info"),
          {{QStringLiteral("campaign"), m_options.campaign.id},
           {QStringLiteral("contacts"), m_plan->contacts()},
           {QStringLiteral("batches"), qint64(m_batches.size())},
           {QStringLiteral("batchSize"), m_batchSize},
           {QStringLiteral("fillRate"), m_plan->fillRate()},
           {QStringLiteral("alreadyDone"), qint64(m_resumeState.done.size())},
           {QStringLiteral("journal"), m_options.journalPath}});
    Q_EMIT message(tr("Journal: %1").arg(m_options.journalPath));
    setUpWebhook();
}

bool EnrichApplyJob::openJournal(QString *error)
{
    const QString tenant = journalTenant(m_client->profile().baseUrl);
    if (m_options.resume) {
        JournalSummary summary;
        QJsonObject end;
        // Each item's outcome as the journal last records it (a batch confirmed in a later run
        // has a later result line): a resumed run reports the whole run's truth.
        const auto onLine = [this, &end](qint64, const QJsonObject &line, QString *) {
            BatchWriter::scanLine(line, kOp, &m_resumeState);
            const QString type = line.value(u"type").toString();
            if (type == u"end") {
                end = line;
            } else if (type == u"result" && line.value(u"op").toString() == kOp) {
                const int batch = line.value(u"batch").toInt(-1);
                if (batch < 0 || batch >= int(m_batches.size()))
                    return true;
                const auto &rows = m_batches[size_t(batch)];
                const QJsonArray items = line.value(u"items").toArray();
                for (qsizetype k = 0; k < items.size() && k < qsizetype(rows.size()); ++k) {
                    const QJsonObject item = items[k].toObject();
                    const qsizetype row = rows[size_t(k)];
                    if (item.value(u"id").toString() != m_plan->contactId(row))
                        continue; // not this plan's row: left for the batch to be confirmed
                    const RowOutcome o = rowOutcomeOf({item.value(u"outcome").toString(), {}});
                    m_outcomes[size_t(row)] = o;
                    const QString why = item.value(u"error").toString();
                    if (o == RowOutcome::Updated || why.isEmpty())
                        m_reasons.remove(qint32(row));
                    else
                        m_reasons.insert(qint32(row), why);
                }
            }
            return true;
        };
        if (!readJournal(m_options.journalPath,
                         {QStringLiteral("enrich"), tenant, m_options.listId}, onLine, &summary,
                         error))
            return false;
        const QJsonObject extra = summary.header.extra;
        if (extra.value(u"digest").toString() != QString::fromLatin1(m_plan->digest())
            || summary.header.counts.value(u"batchSize").toInt() != m_batchSize) {
            *error = tr("The journal %1 records another import (a different file, mapping, "
                        "options or batch size); a resume needs the same ones.")
                             .arg(m_options.journalPath);
            return false;
        }
        // A run that stopped (cancelled, halted) can go on; one that finished cannot.
        if (summary.ended && end.value(u"stopped").toString().isEmpty()
            && end.value(u"notSent").toInteger() == 0 && end.value(u"unknown").toInteger() == 0) {
            m_finishedBefore = true;
            return true;
        }
        // Journals written before runs named their requests: a name from the journal itself.
        m_runId = extra.value(u"runId").toString().toLatin1();
        if (m_runId.isEmpty())
            m_runId = "run-" + extra.value(u"digest").toString().toLatin1().left(12);
        // Only batches done before keep their outcomes; the rest are sent or confirmed now.
        for (int b = 0; b < int(m_batches.size()); ++b) {
            const bool done = m_resumeState.done.contains(b);
            for (const qsizetype row : m_batches[size_t(b)]) {
                if (!done) {
                    m_outcomes[size_t(row)] = RowOutcome::Pending;
                    m_reasons.remove(qint32(row));
                } else if (m_outcomes[size_t(row)] == RowOutcome::Pending) {
                    // A result line without this row (an older journal): it was sent and done.
                    m_outcomes[size_t(row)] = RowOutcome::Updated;
                }
                if (done)
                    countRow(row, m_outcomes[size_t(row)], m_reasons.value(qint32(row)));
            }
        }
        setDoneBefore(m_summary.processed());
        return m_journal.reopen(m_options.journalPath, error);
    }
    m_runId = QUuid::createUuid().toByteArray(QUuid::WithoutBraces).left(18);
    JournalHeader h;
    h.kind = QStringLiteral("enrich");
    h.tenant = tenant;
    h.target = m_options.listId;
    h.targetName = m_options.campaign.name;
    h.counts = {{QStringLiteral("rows"), qint64(m_plan->rowCount())},
                {QStringLiteral("contacts"), m_plan->contacts()},
                {QStringLiteral("batches"), qint64(m_batches.size())},
                {QStringLiteral("batchSize"), m_batchSize}};
    h.extra = {{QStringLiteral("campaignId"), m_options.campaign.id},
               {QStringLiteral("source"), m_options.sourceName},
               {QStringLiteral("mapping"), m_plan->mapping().toJson(m_plan->table().info.header)},
               {QStringLiteral("options"), m_plan->options().toJson()},
               {QStringLiteral("digest"), QString::fromLatin1(m_plan->digest())},
               {QStringLiteral("runId"), QString::fromLatin1(m_runId)},
               {QStringLiteral("fillRate"), m_plan->fillRate()}};
    return m_journal.create(m_options.journalPath, h, error) && m_journal.sync(error);
}

// The registration is looked for first and reused when the tenant has it (a resumed run finds
// the one its first run made), so that a registration whose answer was lost can be tried again
// without registering twice: up to kWebhookAttempts times, a second more between each.
void EnrichApplyJob::setUpWebhook(int attempt)
{
    constexpr int kWebhookAttempts = 3;
    if (m_options.webhookUrl.isEmpty()) {
        startWriter();
        return;
    }
    setPhase(tr("Registering the CRM webhook"));
    CallHandle *list = watch(m_api.webhooks());
    connect(list, &CallHandle::finished, this, [this, attempt](const Result &r) {
        if (isCancelRequested()) {
            startWriter();
            return;
        }
        m_webhookId = r.ok() ? EnrichmentApi::findWebhook(r.json.object(), m_options.webhookUrl)
                             : QString();
        if (!m_webhookId.isEmpty()) {
            audit(QStringLiteral("ENRICH_WEBHOOK_REUSED"), QStringLiteral("ok"),
                  {{QStringLiteral("webhookId"), m_webhookId},
                   {QStringLiteral("url"), webhookDisplay(m_options.webhookUrl)}});
            Q_EMIT message(
                    tr("CRM sync: the webhook %1 exists already and is reused.").arg(m_webhookId));
            startWriter();
            return;
        }
        CallHandle *reg = watch(m_api.registerWebhook(QStringLiteral("cxone-console CRM sync"),
                                                      m_options.webhookUrl, 3, 1000));
        connect(reg, &CallHandle::finished, this, [this, attempt](const Result &res) {
            if (res.ok()) {
                m_webhookId = res.json.object().value(u"webhookId").toString();
                audit(QStringLiteral("ENRICH_WEBHOOK_REGISTERED"), QStringLiteral("ok"),
                      {{QStringLiteral("webhookId"), m_webhookId},
                       {QStringLiteral("url"), webhookDisplay(m_options.webhookUrl)}});
            } else if (const bool transient
                       = res.error == ErrorKind::ServerError || res.error == ErrorKind::RateLimited
                         || res.error == ErrorKind::Network || res.error == ErrorKind::Timeout
                         || res.error == ErrorKind::Malformed;
                       transient && !isCancelRequested() && attempt + 1 < kWebhookAttempts) {
                Q_EMIT message(tr("The CRM webhook could not be registered (%1); trying again.")
                                       .arg(res.errorText));
                QTimer::singleShot(1000 * (attempt + 1), this,
                                   [this, attempt] { setUpWebhook(attempt + 1); });
                return;
            } else if (res.error != ErrorKind::Cancelled) {
                // The CRM sync is a nicety: its failure never blocks the enrichment.
                audit(QStringLiteral("ENRICH_WEBHOOK_FAILED"), QStringLiteral("failed"),
                      {{QStringLiteral("error"), res.errorText}});
                Q_EMIT message(tr("Warning: the CRM webhook could not be registered (%1); the "
                                  "enrichment goes on without it.")
                                       .arg(res.errorText));
            }
            startWriter();
        });
    });
}

void EnrichApplyJob::startWriter()
{
    BatchWriter::Hooks hooks;
    hooks.idOf = [this](qsizetype row) { return m_plan->contactId(row); };
    hooks.prepare
            = [this](int batch, BatchWriter::PrepareDone done) { prepare(batch, std::move(done)); };
    hooks.send = [this](int batch, const QByteArray &requestId) -> CallHandle * {
        const int contacts = int(m_batches[size_t(batch)].size());
        // The body compose() wrote beside the journal line: what is sent is what was journaled.
        // The answer is read as it arrives (a body that is not the answer ends the call as a
        // lost answer: the writer reads back whether the batch took effect).
        const auto read = [this, batch](const QByteArray &body, QString *error) {
            EnrichBatchResults results;
            if (!readEnrichBatchResults(body, &results, error))
                return false;
            m_results.insert(batch, std::move(results));
            return true;
        };
        return m_api.postBatch(m_options.listId, m_bodies.value(batch), contacts, read, requestId,
                               this);
    };
    hooks.judge = [this](int batch, const Result &r) { return judge(batch, r); };
    hooks.confirm = [this](int batch, auto done) { confirm(batch, std::move(done)); };
    BatchWriter::Options o;
    o.op = kOp;
    o.maxInFlight = std::max(1, m_options.maxInFlight);
    o.breakerThreshold = m_options.breakerThreshold;
    o.pace.rate = m_options.ratePerSecond;
    o.pace.rateWhenLimited = m_options.tenantRate;
    o.pace.batchSize = m_batchSize;
    o.pace.unit = tr("contacts");
    o.clock = m_options.clock;
    o.requestIdPrefix = m_runId;
    m_writer = new BatchWriter(&m_journal, o, std::move(hooks), this);
    m_writer->setBatches(m_batches);
    m_writer->skipBatches(m_resumeState.done);
    connect(m_writer, &BatchWriter::callStarted, this, [this](CallHandle *call) {
        watch(call);
        connect(call, &CallHandle::attemptFinished, this, [this](const Attempt &a) {
            if (a.httpStatus == 429)
                ++m_rateLimited;
        });
        connect(call, &CallHandle::finished, this, [this](const Result &r) {
            m_latencyTotal += r.totalMs;
            ++m_latencyCalls;
        });
    });
    connect(m_writer, &BatchWriter::batchFinished, this,
            [this](int batch, const Result &r, const QList<ItemOutcome> &outcomes,
                   const QString &readBack) {
                countBatch(batch, r, outcomes, !readBack.isEmpty());
            });
    connect(m_writer->pacer(), &Pacer::stateChanged, this, [this](const QString &text) {
        m_paceText = text;
        Q_EMIT message(tr("Pacing: %1.").arg(text));
    });
    connect(m_writer, &BatchWriter::finished, this, &EnrichApplyJob::finishRun);
    if (!m_resumeState.done.isEmpty())
        Q_EMIT message(tr("Resuming: %n batch(es) done before are not sent again.", nullptr,
                          int(m_resumeState.done.size())));
    if (!m_resumeState.uncertain.isEmpty())
        Q_EMIT message(tr("Resuming: %n batch(es) sent without an answer are read back first; "
                          "only what the tenant does not hold is sent again.",
                          nullptr, int(m_resumeState.uncertain.size())));
    setPhase(tr("Enriching %n contact(s)", nullptr, int(m_plan->contacts())));
    showProgress();
    if (isCancelRequested())
        m_writer->halt(tr("Cancelled; no further changes were sent."));
    m_writer->start();
}

void EnrichApplyJob::readCurrent(
        int batch, std::function<void(const EnrichCurrentValues &, const QString &, bool)> then)
{
    const auto &rows = m_batches[size_t(batch)];
    struct Reads
    {
        EnrichCurrentValues values;
        int pending = 0;
        bool cancelled = false;
        QString failure;
    };
    if (m_fieldNames.isEmpty()) {
        for (int f = 0; f < m_plan->fieldCount(); ++f) {
            m_fieldNames << m_plan->fieldAttribute(f).toUtf8();
            JsonWriter k;
            k.string(m_plan->fieldAttribute(f));
            m_fieldKeys << k.take();
        }
    }
    auto reads = std::make_shared<Reads>();
    reads->values.fields = int(m_fieldNames.size());
    for (qsizetype from = 0; from < qsizetype(rows.size()); from += EnrichmentApi::kMaxIdsPerRead) {
        QStringList ids;
        for (qsizetype k = from;
             k < qsizetype(rows.size()) && ids.size() < EnrichmentApi::kMaxIdsPerRead; ++k)
            ids << m_plan->contactId(rows[size_t(k)]);
        // Each answer is read as it arrives, into the batch's values.
        CallHandle *call = watch(m_api.currentValues(
                m_options.listId, ids,
                [this, reads](const QByteArray &body, QString *error) {
                    EnrichCurrentValues v;
                    if (!readEnrichCurrentValues(body, m_fieldNames, &v, error))
                        return false;
                    if (!v.problem.isEmpty()) {
                        reads->values.problem = v.problem;
                        return true;
                    }
                    EnrichCurrentValues &all = reads->values;
                    const qint32 offset = qint32(all.text.size());
                    const qint32 base = qint32(all.spans.size() / size_t(std::max(1, all.fields)));
                    all.text += v.text;
                    for (const auto &[at, length] : v.spans)
                        all.spans.emplace_back(at + offset, length);
                    for (auto it = v.contacts.cbegin(); it != v.contacts.cend(); ++it)
                        all.contacts.insert(it.key(), it.value() + base);
                    return true;
                },
                this));
        ++reads->pending;
        connect(call, &CallHandle::finished, this, [reads, then](const Result &r) {
            if (r.ok() && r.body.isEmpty() && reads->values.problem.isEmpty())
                reads->values.problem = EnrichmentApi::noContactsArrayText();
            if (r.error == ErrorKind::Cancelled)
                reads->cancelled = true;
            else if (reads->failure.isEmpty() && (!r.ok() || !reads->values.problem.isEmpty()))
                reads->failure = r.ok() ? reads->values.problem : r.errorText;
            if (--reads->pending > 0)
                return;
            then(reads->values, reads->failure, reads->cancelled);
        });
    }
}

void EnrichApplyJob::prepare(int batch, BatchWriter::PrepareDone done)
{
    if (m_writer->isHalted()) {
        done(BatchWriter::Prepared::Send, {}, {}); // the writer sees it halted: not sent
        return;
    }
    readCurrent(batch, [this, batch, done](const EnrichCurrentValues &values,
                                           const QString &failure, bool cancelled) {
        if (cancelled) {
            done(BatchWriter::Prepared::Halt, tr("Cancelled; no further changes were sent."), {});
            return;
        }
        if (!failure.isEmpty()) {
            // Without the current values the change cannot be journaled: stop.
            done(BatchWriter::Prepared::Halt,
                 tr("The current values of batch %1 could not be read, so its change could "
                    "not be journaled: %2")
                         .arg(batch + 1)
                         .arg(failure),
                 {});
            return;
        }
        compose(batch, values, done);
    });
}

QList<ItemOutcome> EnrichApplyJob::heldOutcomes(int batch, const EnrichCurrentValues &current)
{
    QList<ItemOutcome> out;
    const int fieldCount = m_plan->fieldCount();
    for (const qsizetype row : m_batches[size_t(batch)]) {
        const qint32 known = current.contacts.value(idKey(m_plan->contactIdBytes(row)), -1);
        if (known < 0) {
            out.append({QStringLiteral("not_found"), tr("the contact is not on the list")});
            continue;
        }
        for (int f = 0; f < fieldCount; ++f) {
            m_values.clear();
            if (m_plan->writeValue(row, f, m_values) && current.value(known, f) != m_values.bytes())
                return {};
        }
        out.append({QStringLiteral("ok"), {}});
    }
    return out;
}

void EnrichApplyJob::confirm(int batch,
                             std::function<void(const QList<ItemOutcome> &, const QString &)> done)
{
    readCurrent(batch, [this, batch, done](const EnrichCurrentValues &values,
                                           const QString &failure, bool cancelled) {
        if (cancelled || !failure.isEmpty()) {
            done({}, cancelled ? tr("cancelled") : failure);
            return;
        }
        done(heldOutcomes(batch, values), {});
    });
}

void EnrichApplyJob::compose(int batch, const EnrichCurrentValues &current,
                             BatchWriter::PrepareDone done)
{
    const auto &rows = m_batches[size_t(batch)];
    if (m_resumeState.uncertain.contains(batch)) {
        // Sent in an earlier run whose answer was lost: done if the tenant holds its values (a
        // contact not on the list counts as answered "not found").
        if (QList<ItemOutcome> held = heldOutcomes(batch, current); !held.isEmpty()) {
            done(BatchWriter::Prepared::AlreadyDone,
                 QStringLiteral("the tenant already holds these values"), held);
            return;
        }
    }
    // The journal line (each contact's values before and after) and the request body, written
    // once, together, straight from the cells and the answers' text.
    const qsizetype estimate = 40 * qsizetype(rows.size()) * std::max(1, m_plan->fieldCount());
    JsonWriter &line = m_line;
    line.clear();
    line.beginObject()
            .member(QLatin1StringView("type"), QLatin1StringView("prepared"))
            .member(QLatin1StringView("op"), kOp)
            .member(QLatin1StringView("batch"), batch)
            .key(QLatin1StringView("contacts"))
            .beginArray();
    JsonWriter body(estimate);
    body.beginObject()
            .member(QLatin1StringView("contactListId"), m_options.listId)
            .key(QLatin1StringView("contacts"))
            .beginArray();
    const int fieldCount = m_plan->fieldCount();
    QVarLengthArray<std::pair<int, std::pair<qsizetype, qsizetype>>, 16> after; // field, text
    for (const qsizetype row : rows) {
        const QByteArrayView id = m_plan->contactIdBytes(row);
        m_values.clear();
        after.clear();
        for (int f = 0; f < fieldCount; ++f) {
            const qsizetype at = m_values.size();
            if (m_plan->writeValue(row, f, m_values))
                after.append({f, {at, m_values.size() - at}});
        }
        const QByteArray &values = m_values.bytes();
        const auto valueText = [&values](const std::pair<qsizetype, qsizetype> &span) {
            return QByteArrayView(values.constData() + span.first, span.second);
        };
        const qint32 known = current.contacts.value(idKey(id), -1);
        line.beginObject().key(QLatin1StringView("id"));
        writeUtf8Text(line, id);
        line.key(QLatin1StringView("before")).beginObject();
        for (const auto &[field, span] : after) {
            const QByteArrayView held = known >= 0 ? current.value(known, field) : QByteArrayView();
            line.rawKey(m_fieldKeys[field]);
            if (held.isEmpty())
                line.null(); // absent
            else
                line.raw(held);
        }
        line.endObject().key(QLatin1StringView("after")).beginObject();
        body.beginObject().key(QLatin1StringView("contactId"));
        writeUtf8Text(body, id);
        body.key(QLatin1StringView("attributes")).beginObject();
        for (const auto &[field, span] : after) {
            line.rawKey(m_fieldKeys[field]).raw(valueText(span));
            body.rawKey(m_fieldKeys[field]).raw(valueText(span));
        }
        line.endObject().endObject();
        body.endObject().endObject();
    }
    line.endArray().endObject();
    body.endArray().endObject();
    m_bodies.insert(batch, body.take());
    if (m_resumeState.uncertain.contains(batch)) {
        // Sent again under its first request id; it keeps the way back of its first run.
        done(BatchWriter::Prepared::Send, {}, {});
        return;
    }
    // The way back, on disk before the batch is sent: written now, made durable by the
    // journal's sync thread (one sync for every batch prepared meanwhile), then sent.
    QString error;
    if (!m_journal.appendRaw(line.bytes(), &error)) {
        m_bodies.remove(batch);
        done(BatchWriter::Prepared::Halt, tr("%1 Nothing more was sent.").arg(error), {});
        return;
    }
    m_journal.syncAsync(this, [this, batch, done = std::move(done)](const QString &failed) {
        if (!failed.isEmpty()) {
            m_bodies.remove(batch);
            done(BatchWriter::Prepared::Halt,
                 tr("The journal '%1' could not be made durable (%2), so batch %3 was not sent. "
                    "Nothing more was sent.")
                         .arg(m_journal.path(), failed)
                         .arg(batch + 1),
                 {});
            return;
        }
        done(BatchWriter::Prepared::Send, {}, {});
    });
}

QList<ItemOutcome> EnrichApplyJob::judge(int batch, const Result &r)
{
    const auto &rows = m_batches[size_t(batch)];
    QList<ItemOutcome> out;
    out.reserve(qsizetype(rows.size()));
    if (!r.ok()) {
        m_results.remove(batch);
        // Cancelled on the wire, or its answer lost and not read back: it may have reached
        // the tenant. Anything else was refused whole: none of it applied.
        const bool mayHaveApplied = r.error == ErrorKind::Cancelled || BatchWriter::answerLost(r);
        if (r.error == ErrorKind::TooLarge && r.httpStatus == 413 && m_writer)
            m_writer->halt(tr("The tenant refused a batch of %1 contacts as too large (413): %2 "
                              "Nothing more was sent.")
                                   .arg(rows.size())
                                   .arg(r.errorText));
        for (qsizetype k = 0; k < qsizetype(rows.size()); ++k)
            out.append({mayHaveApplied ? QStringLiteral("unknown") : QStringLiteral("failed"),
                        r.errorText});
        return out;
    }
    EnrichBatchResults results = m_results.take(batch);
    if (r.body.isEmpty()) // an empty answer is not an enrichment result either
        results.problem = EnrichmentApi::notAnEnrichmentResultText();
    const QString &error = results.problem;
    for (const qsizetype row : rows) {
        const qint32 found = results.byId.value(idKey(m_plan->contactIdBytes(row)), -1);
        const EnrichBatchResults::Record *it
                = found >= 0 ? &results.records[size_t(found)] : nullptr;
        if (!it)
            out.append({QStringLiteral("unknown"),
                        error.isEmpty() ? tr("the answer did not mention this contact") : error});
        else if (it->outcome == RowOutcome::Updated)
            out.append({QStringLiteral("ok"), {}});
        else if (it->outcome == RowOutcome::NotFound)
            out.append({QStringLiteral("not_found"), tr("the contact is not on the list")});
        else
            out.append({QStringLiteral("rejected"), it->why});
    }
    return out;
}

void EnrichApplyJob::countRow(qsizetype row, RowOutcome outcome, const QString &why)
{
    m_outcomes[size_t(row)] = outcome;
    if (why.isEmpty() || outcome == RowOutcome::Updated)
        m_reasons.remove(qint32(row));
    else
        m_reasons.insert(qint32(row), why);
    switch (outcome) {
    case RowOutcome::Updated:
        ++m_summary.applied;
        m_summary.attributes += m_plan->valueCount(row);
        break;
    case RowOutcome::NotFound:
        ++m_summary.notFound;
        break;
    case RowOutcome::Rejected:
        ++m_summary.rejected;
        break;
    case RowOutcome::Unknown:
        ++m_summary.unknown;
        break;
    case RowOutcome::NotSent:
        ++m_summary.notSent;
        break;
    case RowOutcome::Pending:
    case RowOutcome::Skipped:
    case RowOutcome::Undone:
        break;
    }
}

void EnrichApplyJob::countBatch(int batch, const Result &r, const QList<ItemOutcome> &outcomes,
                                bool verified)
{
    const auto &rows = m_batches[size_t(batch)];
    int updated = 0;
    int rejected = 0;
    int notFound = 0;
    for (qsizetype k = 0; k < outcomes.size() && k < qsizetype(rows.size()); ++k) {
        const RowOutcome o = rowOutcomeOf(outcomes[k]);
        countRow(rows[size_t(k)], o, outcomes[k].error);
        updated += o == RowOutcome::Updated ? 1 : 0;
        rejected += o == RowOutcome::Rejected ? 1 : 0;
        notFound += o == RowOutcome::NotFound ? 1 : 0;
    }
    m_bodies.remove(batch);
    m_results.remove(batch);
    const bool ok = r.ok() || verified;
    audit(QStringLiteral("ENRICH_BATCH"), ok ? QStringLiteral("ok") : QStringLiteral("failed"),
          {{QStringLiteral("batch"), batch + 1},
           {QStringLiteral("contacts"), qint64(rows.size())},
           {QStringLiteral("updated"), updated},
           {QStringLiteral("rejected"), rejected},
           {QStringLiteral("notFound"), notFound},
           {QStringLiteral("readBack"), verified},
           {QStringLiteral("latencyMs"), r.totalMs},
           {QStringLiteral("status"), r.httpStatus}});
    Q_EMIT batchDone(batch, updated, rejected, notFound);
    showProgress();
}

void EnrichApplyJob::showProgress()
{
    setProgress(m_summary.processed(), m_summary.contacts, m_summary.breakdown());
}

void EnrichApplyJob::onCancel()
{
    if (m_writer)
        m_writer->halt(tr("Cancelled; no further changes were sent."));
}

void EnrichApplyJob::finishRun()
{
    if (m_writer->isHalted())
        m_haltReason = m_writer->haltReason();
    // Whatever the writer never sent (a halt, a cancel).
    for (size_t b = 0; b < m_batches.size(); ++b) {
        for (const qsizetype row : m_batches[b]) {
            if (m_outcomes[size_t(row)] == RowOutcome::Pending)
                countRow(row, RowOutcome::NotSent, m_haltReason);
        }
    }
    showProgress();
    const auto close = [this] {
        QJsonObject end = summaryJson();
        end.insert(QStringLiteral("type"), QStringLiteral("end"));
        if (!m_haltReason.isEmpty())
            end.insert(QStringLiteral("stopped"), m_haltReason);
        QString error;
        if (!m_journal.append(end, &error) || !m_journal.sync(&error))
            Q_EMIT message(tr("Warning: %1").arg(error));
        QJsonObject d = summaryJson();
        d.insert(QStringLiteral("avgLatencyMs"),
                 m_latencyCalls ? double(m_latencyTotal) / double(m_latencyCalls) : 0.0);
        d.insert(QStringLiteral("campaign"), m_options.campaign.id);
        audit(QStringLiteral("ENRICH_COMPLETED"),
              isCancelRequested()       ? QStringLiteral("cancelled")
              : !m_haltReason.isEmpty() ? QStringLiteral("failed")
              : m_summary.rejected + m_summary.notFound + m_summary.unknown > 0
                      ? QStringLiteral("partial")
                      : QStringLiteral("ok"),
              d);
        conclude();
    };
    if (!m_options.refresh || m_summary.applied == 0 || isCancelRequested()) {
        close();
        return;
    }
    setPhase(tr("Refreshing the list"));
    CallHandle *call = watch(m_api.refresh(m_options.listId));
    connect(call, &CallHandle::finished, this, [this, close](const Result &r) {
        m_refreshed = r.ok();
        if (r.ok())
            Q_EMIT message(tr("The list %1 was refreshed: the dialler reads the new values now.")
                                   .arg(m_options.listId));
        else if (r.error != ErrorKind::Cancelled)
            Q_EMIT message(tr("Warning: the list was not refreshed (%1); the dialler picks the "
                              "values up at its next sync.")
                                   .arg(r.errorText));
        audit(QStringLiteral("ENRICH_LIST_REFRESHED"),
              r.ok() ? QStringLiteral("ok") : QStringLiteral("failed"),
              {{QStringLiteral("status"), r.httpStatus}});
        close();
    });
}

void EnrichApplyJob::conclude()
{
    if (isCancelRequested()) {
        Q_EMIT message(m_summary.sentence() + u'.');
        finishCancelled();
    } else if (!m_haltReason.isEmpty()) {
        fail(tr("%1 %2. Undo or resume with the journal %3.")
                     .arg(m_haltReason, m_summary.sentence(), m_options.journalPath));
    } else {
        Q_EMIT message(m_summary.sentence() + u'.');
        succeed();
    }
}

// ---------------------------------------------------------------- undo

EnrichUndoJob::EnrichUndoJob(ApiClient *client, QString journalPath, QObject *parent)
    : Job(QStringLiteral("enrich-undo"), journalPath, parent)
    , m_client(client)
    , m_journalPath(std::move(journalPath))
{
    setUnit(tr("contacts"));
    m_summary.kind = EnrichSummary::Kind::Undo;
}

EnrichUndoJob::~EnrichUndoJob() = default;

QJsonObject EnrichUndoJob::summaryJson() const
{
    QJsonObject o = m_summary.toJson();
    o.insert(QStringLiteral("listId"), m_listId);
    o.insert(QStringLiteral("journal"), m_journalPath);
    o.insert(QStringLiteral("summary"), m_summary.sentence());
    return o;
}

void EnrichUndoJob::run()
{
    QHash<QString, qsizetype> index;
    QSet<QString> applied; // contacts that may hold the run's values (ok or unknown)
    JournalSummary summary;
    QString error;
    const auto onLine = [&](qint64, const QJsonObject &line, QString *) {
        const QString type = line.value(u"type").toString();
        if (type == u"prepared" && line.value(u"op").toString() == kOp) {
            for (const QJsonValue v : line.value(u"contacts").toArray()) {
                const QJsonObject c = v.toObject();
                const QString id = c.value(u"id").toString();
                if (index.contains(id))
                    continue; // the first "before" is the original
                index.insert(id, qsizetype(m_entries.size()));
                m_entries.push_back(
                        {id, c.value(u"before").toObject(), c.value(u"after").toObject()});
            }
        } else if (type == u"result" && line.value(u"op").toString() == kOp) {
            for (const QJsonValue v : line.value(u"items").toArray()) {
                const QJsonObject item = v.toObject();
                const QString outcome = item.value(u"outcome").toString();
                if (outcome == u"ok" || outcome == u"unknown")
                    applied.insert(item.value(u"id").toString());
            }
        } else if (type == u"send" && line.value(u"op").toString() == kOp) {
            for (const QJsonValue v : line.value(u"ids").toArray())
                applied.insert(v.toString()); // sent: it may have applied
        }
        return true;
    };
    if (!readJournal(m_journalPath,
                     {QStringLiteral("enrich"), journalTenant(m_client->profile().baseUrl), {}},
                     onLine, &summary, &error)) {
        audit(QStringLiteral("ENRICH_UNDO_REFUSED"), QStringLiteral("refused"),
              {{QStringLiteral("error"), error}, {QStringLiteral("journal"), m_journalPath}});
        refuse(error);
        return;
    }
    m_listId = summary.header.target;
    setTarget(m_listId);
    setTitle(tr("Undo enrichment · %1")
                     .arg(summary.header.targetName.isEmpty() ? m_listId
                                                              : summary.header.targetName));
    // Only contacts the run may have changed are looked at.
    m_entries.erase(std::remove_if(m_entries.begin(), m_entries.end(),
                                   [&applied](const Entry &e) { return !applied.contains(e.id); }),
                    m_entries.end());
    m_found.assign(m_entries.size(), Found::ToPutBack);
    m_reverted.assign(m_entries.size(), 0);
    m_summary.contacts = qint64(m_entries.size());
    if (!m_journal.reopen(m_journalPath, &error)) {
        fail(error);
        return;
    }
    audit(QStringLiteral("ENRICH_UNDO_STARTED"), QStringLiteral("info"),
          {{QStringLiteral("contacts"), qint64(m_entries.size())},
           {QStringLiteral("journal"), m_journalPath},
           {QStringLiteral("complete"), summary.ended}},
          m_listId);
    if (!summary.ended)
        Q_EMIT message(tr("The journal has no closing line (the run was interrupted); undoing "
                          "what it records."));
    setPhase(tr("Undoing the enrichment of %n contact(s)", nullptr, int(m_entries.size())));
    setProgress(0, m_summary.contacts, m_summary.breakdown());

    BatchWriter::Hooks hooks;
    hooks.idOf = [this](qsizetype i) { return m_entries[size_t(i)].id; };
    hooks.prepare
            = [this](int batch, BatchWriter::PrepareDone done) { prepare(batch, std::move(done)); };
    hooks.send = [this](int batch, const QByteArray &) -> CallHandle * {
        QList<ListContact> contacts;
        for (const qsizetype i : m_writer->batches()[size_t(batch)]) {
            const QString &id = m_entries[size_t(i)].id;
            if (m_next.contains(id))
                contacts.append({id, QString(),
                                 QJsonObject{{QStringLiteral("attributes"), m_next.value(id)}}});
        }
        return ContactListsApi(m_client).patch(m_listId, contacts, true);
    };
    hooks.judge = [this](int batch, const Result &r) {
        QList<ItemOutcome> out;
        QHash<QString, QString> statuses;
        QString why;
        const bool parsed
                = r.ok() && ContactListsApi::parseResults(r.json.object(), &statuses, &why);
        if (r.error == ErrorKind::NotFound) {
            m_listMissing = true;
            m_writer->halt(tr("The contact list %1 no longer exists on the tenant.").arg(m_listId));
        }
        for (const qsizetype i : m_writer->batches()[size_t(batch)]) {
            const QString &id = m_entries[size_t(i)].id;
            if (m_found[size_t(i)] == Found::NotOnList) {
                out.append(
                        {QStringLiteral("not_found"), tr("the contact is no longer on the list")});
                continue;
            }
            if (!m_next.contains(id)) {
                out.append({QStringLiteral("ok"), {}}); // nothing to put back
                continue;
            }
            const QString status = parsed ? statuses.value(id) : QString();
            if (!r.ok())
                out.append({r.error == ErrorKind::Cancelled ? QStringLiteral("unknown")
                                                            : QStringLiteral("failed"),
                            r.errorText});
            else if (status == u"not_found")
                out.append(
                        {QStringLiteral("not_found"), tr("the contact was deleted since the run")});
            else
                out.append({QStringLiteral("ok"), {}});
        }
        return out;
    };
    BatchWriter::Options o;
    o.op = kUndoOp;
    o.pace.unit = tr("contacts");
    o.pace.batchSize = ContactListsApi::kMaxPatch;
    m_writer = new BatchWriter(&m_journal, o, std::move(hooks), this);
    std::vector<std::vector<qsizetype>> batches;
    for (size_t i = 0; i < m_entries.size(); i += ContactListsApi::kMaxPatch) {
        std::vector<qsizetype> b;
        for (size_t k = i; k < std::min(m_entries.size(), i + size_t(ContactListsApi::kMaxPatch));
             ++k)
            b.push_back(qsizetype(k));
        batches.push_back(std::move(b));
    }
    m_writer->setBatches(std::move(batches));
    connect(m_writer, &BatchWriter::callStarted, this, [this](CallHandle *c) { watch(c); });
    connect(m_writer, &BatchWriter::batchFinished, this,
            [this](int batch, const Result &, const QList<ItemOutcome> &outcomes) {
                countBatch(batch, outcomes);
            });
    connect(m_writer->pacer(), &Pacer::stateChanged, this,
            [this](const QString &text) { Q_EMIT message(tr("Pacing: %1.").arg(text)); });
    connect(m_writer, &BatchWriter::finished, this, [this] {
        m_summary.notSent += m_writer->itemsNotSent();
        setProgress(m_summary.processed(), m_summary.contacts, m_summary.breakdown());
        const qint64 failed = m_summary.failed + m_summary.notSent + m_summary.unknown;
        m_journal.append({{QStringLiteral("type"), QStringLiteral("undo-finished")},
                          {QStringLiteral("restored"), m_summary.applied},
                          {QStringLiteral("attributes"), m_summary.attributes},
                          {QStringLiteral("changedSince"), m_summary.changedSince},
                          {QStringLiteral("failed"), failed}});
        m_journal.sync();
        QJsonObject details = m_summary.toJson();
        details.insert(QStringLiteral("summary"), m_summary.sentence());
        audit(QStringLiteral("ENRICH_UNDO_COMPLETED"),
              failed ? QStringLiteral("failed") : QStringLiteral("ok"), details, m_listId);
        if (isCancelRequested()) {
            finishCancelled();
        } else if (m_listMissing) {
            fail(tr("The contact list %1 no longer exists on the tenant, so nothing more could be "
                    "put back. The journal %2 keeps every original value.")
                         .arg(m_listId, m_journalPath));
        } else if (m_writer->isHalted() || failed > 0) {
            fail(tr("%1%2; the journal %3 names each contact not put back. Undoing again is "
                    "safe.")
                         .arg(m_summary.sentence())
                         .arg(m_writer->isHalted()
                                      ? QStringLiteral(" (") + m_writer->haltReason() + u')'
                                      : QString())
                         .arg(m_journalPath));
        } else {
            Q_EMIT message(m_summary.sentence() + u'.');
            succeed();
        }
    });
    if (isCancelRequested())
        m_writer->halt(tr("Cancelled."));
    m_writer->start();
}

void EnrichUndoJob::countBatch(int batch, const QList<ItemOutcome> &outcomes)
{
    const auto &items = m_writer->batches()[size_t(batch)];
    for (qsizetype k = 0; k < outcomes.size() && k < qsizetype(items.size()); ++k) {
        const qsizetype i = items[size_t(k)];
        const ItemOutcome &o = outcomes[k];
        const QString &id = m_entries[size_t(i)].id;
        if (o.succeeded()) {
            m_putBack.insert(id); // put back, or found as it was before the run
            if (m_found[size_t(i)] == Found::ToPutBack && m_next.contains(id)) {
                ++m_summary.applied;
                m_summary.attributes += m_reverted[size_t(i)];
            } else {
                ++m_summary.unchanged;
            }
        } else if (o.outcome == u"not_found") {
            ++m_summary.notFound;
            m_failures.insert(id, o.error);
        } else if (o.outcome == u"unknown") {
            ++m_summary.unknown;
            m_failures.insert(id, o.error);
        } else {
            ++m_summary.failed;
            m_failures.insert(id, o.error);
        }
    }
    setProgress(m_summary.processed(), m_summary.contacts, m_summary.breakdown());
}

void EnrichUndoJob::prepare(int batch, BatchWriter::PrepareDone done)
{
    QStringList ids;
    for (const qsizetype i : m_writer->batches()[size_t(batch)])
        ids << m_entries[size_t(i)].id;
    CallHandle *call = watch(EnrichmentApi(m_client).currentValues(m_listId, ids));
    connect(call, &CallHandle::finished, this, [this, batch, done](const Result &r) {
        if (r.error == ErrorKind::NotFound) {
            m_listMissing = true;
            done(BatchWriter::Prepared::Halt,
                 tr("The contact list %1 no longer exists on the tenant.").arg(m_listId), {});
            return;
        }
        const Expected<CurrentValues> read = EnrichmentApi::readCurrentValues(r);
        if (!read) {
            done(BatchWriter::Prepared::Halt,
                 tr("The current values could not be read: %1").arg(read.error()), {});
            return;
        }
        const QHash<QString, QJsonObject> &current = read->values;
        QJsonArray lines;
        QList<ItemOutcome> found;
        for (const qsizetype i : m_writer->batches()[size_t(batch)]) {
            const Entry &e = m_entries[size_t(i)];
            m_next.remove(e.id);
            if (!current.contains(e.id)) {
                m_found[size_t(i)] = Found::NotOnList;
                found.append(
                        {QStringLiteral("not_found"), tr("the contact is no longer on the list")});
                continue;
            }
            QJsonObject next = current.value(e.id);
            int reverted = 0;
            for (auto it = e.after.begin(); it != e.after.end(); ++it) {
                const QJsonValue now = next.value(it.key());
                const QJsonValue before = e.before.value(it.key());
                const bool atBefore = now == before || (now.isUndefined() && before.isNull());
                if (atBefore)
                    continue; // already as it was (or the run did not change it)
                if (now == it.value()) {
                    if (before.isNull() || before.isUndefined())
                        next.remove(it.key());
                    else
                        next.insert(it.key(), before);
                    ++reverted;
                } else {
                    ++m_summary.changedSince; // someone changed it after the run: leave it
                    m_leftChanged.insert(e.id);
                }
            }
            m_reverted[size_t(i)] = reverted;
            m_found[size_t(i)] = reverted > 0 ? Found::ToPutBack : Found::AsBefore;
            found.append({QStringLiteral("ok"), {}});
            if (reverted > 0) {
                m_next.insert(e.id, next);
                lines.append(QJsonObject{{QStringLiteral("id"), e.id},
                                         {QStringLiteral("attributes"), next}});
            }
        }
        if (lines.isEmpty()) {
            done(BatchWriter::Prepared::AlreadyDone, QStringLiteral("nothing to put back"), found);
            return;
        }
        QString error;
        if (!m_journal.append({{QStringLiteral("type"), QStringLiteral("undo-prepared")},
                               {QStringLiteral("batch"), batch},
                               {QStringLiteral("contacts"), lines}},
                              &error)) {
            done(BatchWriter::Prepared::Halt, error, {});
            return;
        }
        done(BatchWriter::Prepared::Send, {}, {});
    });
}

void EnrichUndoJob::markUndone(const EnrichPlan &plan, std::vector<RowOutcome> *outcomes,
                               QHash<qint32, QString> *reasons) const
{
    for (qsizetype r = 0; r < plan.rowCount() && size_t(r) < outcomes->size(); ++r) {
        RowOutcome &o = (*outcomes)[size_t(r)];
        if (o != RowOutcome::Updated && o != RowOutcome::Unknown)
            continue;
        const QString id = plan.contactId(r);
        if (m_putBack.contains(id)) {
            o = RowOutcome::Undone;
            if (m_leftChanged.contains(id))
                reasons->insert(qint32(r),
                                tr("values changed since the run were left as they are"));
            else
                reasons->remove(qint32(r));
        } else if (const QString why = m_failures.value(id); !why.isEmpty()) {
            reasons->insert(qint32(r), tr("not put back by the undo: %1").arg(why));
        }
    }
}

void EnrichUndoJob::onCancel()
{
    if (m_writer)
        m_writer->halt(tr("Cancelled."));
}

} // namespace cxone
