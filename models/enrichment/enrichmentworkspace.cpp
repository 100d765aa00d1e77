#include "models/enrichment/enrichmentworkspace.h"

#include "models/engine/entitylistmodel.h"
#include "models/engine/jobs/pagedreader.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"
#include "models/enrichment/enrichmodels.h"
#include "models/enrichment/mappingtemplates.h"
#include "network/apiclient.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QTimer>
#include <QtConcurrent>

#include <cmath>

namespace cxone {

EnrichmentWorkspace::EnrichmentWorkspace(QObject *parent)
    : Workspace(parent)
    , m_campaignModel(new EntityListModel(this))
    , m_mapping(new MappingModel(this))
    , m_rebuildTimer(new QTimer(this))
    , m_preview(new EnrichPreviewModel(this))
    , m_results(new EnrichPreviewModel(this))
{
    m_rebuildTimer->setSingleShot(true);
    m_rebuildTimer->setInterval(150);
    m_results->setFilter(EnrichPreviewModel::Filter::Sent);
    connect(m_rebuildTimer, &QTimer::timeout, this, &EnrichmentWorkspace::rebuildPlan);
    connect(&m_readWatcher, &QFutureWatcherBase::finished, this, &EnrichmentWorkspace::onFileRead);
    connect(&m_planWatcher, &QFutureWatcherBase::finished, this, &EnrichmentWorkspace::onPlanBuilt);
    connect(m_mapping, &MappingModel::mappingChanged, this, &EnrichmentWorkspace::scheduleRebuild);
    setStatus(tr("Pick a campaign, then open its CRM export."));
}

EnrichmentWorkspace::~EnrichmentWorkspace()
{
    m_readWatcher.waitForFinished();
    m_planWatcher.waitForFinished();
}

void EnrichmentWorkspace::onSessionChanged(TenantSession *session)
{
    m_campaignList.clear();
    m_campaignModel->setRows({});
    m_campaignId.clear();
    m_schema = {};
    Q_EMIT schemaLoaded();
    if (session)
        refreshCampaigns();
    else
        setCampaignText(tr("Sign in to a tenant to see its campaigns."));
}

void EnrichmentWorkspace::setCampaignText(const QString &text)
{
    m_campaignText = text;
    Q_EMIT campaignChanged(m_campaignId);
}

// --- the campaign

void EnrichmentWorkspace::refreshCampaigns()
{
    if (!session())
        return;
    setCampaignText(tr("Loading the campaigns…"));
    delete m_campaignReader;
    m_campaignReader = new PagedReader(session()->client(), this);
    auto campaigns = std::make_shared<QList<CampaignInfo>>();
    connect(m_campaignReader, &PagedReader::finished, this, [this, campaigns](bool ok) {
        if (!ok) {
            setCampaignText(
                    tr("The campaigns could not be loaded: %1").arg(m_campaignReader->errorText()));
            return;
        }
        m_campaignList = *campaigns;
        QList<EntityRow> rows;
        for (const CampaignInfo &c : std::as_const(m_campaignList))
            rows.append({c.id, tr("%1 — %2").arg(c.name, c.status), c.id});
        m_campaignModel->setRows(rows);
        const QString keep = m_campaignModel->rowOf(m_campaignId) >= 0 ? m_campaignId
                                                                       : m_campaignModel->idAt(0);
        m_campaignId.clear();
        setCurrentCampaign(keep);
        Q_EMIT campaignsLoaded();
    });
    m_campaignReader->start(
            EnrichmentApi::campaignsRequest(),
            [campaigns](const Result &page, std::optional<Request> *next, QString *error) {
                return EnrichmentApi::readCampaignsPage(page, campaigns.get(), next, error);
            });
}

const CampaignInfo *EnrichmentWorkspace::currentCampaign() const
{
    const int i = m_campaignModel->rowOf(m_campaignId);
    return i >= 0 && i < m_campaignList.size() ? &m_campaignList[i] : nullptr;
}

void EnrichmentWorkspace::setCurrentCampaign(const QString &id)
{
    if (id == m_campaignId && !id.isEmpty())
        return;
    m_campaignId = id;
    const CampaignInfo *c = currentCampaign();
    if (!c) {
        setCampaignText(m_campaignList.isEmpty() ? tr("The tenant has no outbound campaigns.")
                                                 : QString());
        Q_EMIT actionsChanged();
        return;
    }
    const QLocale locale;
    QString text = tr("Status %1 · enrichment budget %2 ms, so batches of at most %3 contacts · "
                      "list %4")
                           .arg(c->status, locale.toString(c->maxEnrichmentTimeout),
                                locale.toString(c->batchLimit()), c->contactListId);
    if (c->status != u"active")
        text += u' ' + tr("(the campaign is %1: the list can still be enriched)").arg(c->status);
    setCampaignText(text);
    loadSchema();
    Q_EMIT actionsChanged();
}

void EnrichmentWorkspace::loadSchema()
{
    const CampaignInfo *c = currentCampaign();
    if (!session() || !c)
        return;
    CallHandle *call = EnrichmentApi(session()->client()).schema(c->contactListId);
    connect(call, &CallHandle::finished, this, [this](const Result &r) {
        Expected<ListSchema> schema = EnrichmentApi::readSchema(r);
        if (!schema) {
            setStatus(tr("The list's attributes could not be loaded: %1").arg(schema.error()),
                      true);
            return;
        }
        m_schema = std::move(*schema);
        if (m_table)
            remap();
        Q_EMIT schemaLoaded();
        Q_EMIT actionsChanged();
    });
}

// --- the file

void EnrichmentWorkspace::loadFile(const QString &path)
{
    if (m_reading)
        return;
    m_reading = true;
    m_fileName = path.startsWith(u':') ? QFileInfo(path).fileName() : path;
    m_fileText = tr("Reading %1…").arg(QFileInfo(path).fileName());
    m_fileProblems.clear();
    m_matchingTemplate.clear();
    Q_EMIT fileChanged();
    setStatus(m_fileText);
    m_readWatcher.setFuture(QtConcurrent::run([path] {
        auto table = std::make_shared<CsvTable>();
        CsvOptions o;
        o.maxBytes = qint64(4) * 1024 * 1024 * 1024;
        readCsvTable(path, o, table.get());
        return table;
    }));
}

void EnrichmentWorkspace::onFileRead()
{
    m_reading = false;
    const std::shared_ptr<CsvTable> table = m_readWatcher.result();
    const QString shortName = QFileInfo(m_fileName).fileName();
    if (!table->info.fatal.isEmpty()) {
        m_fileText = tr("%1 could not be read: %2").arg(shortName, table->info.fatal);
        Q_EMIT fileChanged();
        setStatus(tr("Nothing was read; fix the file and open it again."));
        return;
    }
    m_table = table;
    m_fileText = tr("%1 — %2").arg(shortName, table->info.describe());
    if (table->info.encodingFallback)
        m_fileText += u'\n'
                      + tr("The file is not UTF-8: it was read as Windows-1252. Check the accented "
                           "letters in the preview.");
    QStringList problems;
    for (qsizetype i = 0; i < table->info.problems.size() && i < 8; ++i)
        problems << tr("Line %1: %2")
                            .arg(table->info.problems[i].line)
                            .arg(table->info.problems[i].text);
    if (table->info.problemCount > 8)
        problems << tr("… and %n more.", nullptr, int(table->info.problemCount - 8));
    m_fileProblems = problems.join(u'\n');
    findMatchingTemplate();
    remap();
    Q_EMIT fileChanged();
    Q_EMIT actionsChanged();
}

void EnrichmentWorkspace::remap()
{
    QList<MappingSuggestion> suggestions;
    const EnrichMapping mapping
            = EnrichMapping::suggested(m_table->info.header, m_schema, &suggestions);
    m_mapping->reset(m_table, m_schema, mapping, suggestions);
    scheduleRebuild();
}

void EnrichmentWorkspace::findMatchingTemplate()
{
    m_matchingTemplate.clear();
    int best = 0;
    for (const QString &name : MappingTemplates::names()) {
        MappingTemplate t;
        QString error;
        if (!MappingTemplates::load(name, &t, &error))
            continue;
        QStringList unmatched;
        const int columns = int(EnrichMapping::fromJson(t.mapping, m_table->info.header, &unmatched)
                                        .mappedColumns()
                                        .size());
        if (unmatched.isEmpty() && columns > best) {
            best = columns;
            m_matchingTemplate = name;
        }
    }
}

// --- options, mapping, plan

void EnrichmentWorkspace::setOptions(const EnrichOptions &options)
{
    m_options = options;
    Q_EMIT optionsChanged();
    scheduleRebuild();
}

void EnrichmentWorkspace::scheduleRebuild()
{
    m_planStale = true;
    Q_EMIT actionsChanged();
    m_rebuildTimer->start();
}

void EnrichmentWorkspace::rebuildPlan()
{
    if (!m_table || m_schema.attributes.isEmpty())
        return;
    if (m_planWatcher.isRunning()) {
        m_rebuildTimer->start(); // a newer mapping: build again once this one is done
        return;
    }
    m_planStale = false;
    setStatus(tr("Checking %1…").arg(countText(m_table->rowCount(), tr("row"), tr("rows"))));
    m_planWatcher.setFuture(
            QtConcurrent::run([table = std::shared_ptr<const CsvTable>(m_table), schema = m_schema,
                               mapping = m_mapping->mapping(), options = m_options] {
                return EnrichPlan::build(table, schema, mapping, options);
            }));
}

void EnrichmentWorkspace::onPlanBuilt()
{
    m_plan = m_planWatcher.result();
    m_preview->setPlan(m_plan);
    m_results->setPlan(nullptr); // a new plan has had no run
    m_mapping->setPlan(m_plan);
    if (!m_planStale)
        setStatus(m_plan->contacts() > 0
                          ? tr("Nothing is sent until you apply. Check the preview and the fill "
                               "rates.")
                          : tr("No row can be sent yet: map the contact id column and at least one "
                               "attribute."));
    Q_EMIT planReady();
    Q_EMIT actionsChanged();
}

QString EnrichmentWorkspace::decimalAdviceText() const
{
    if (!m_plan)
        return {};
    const QList<DecimalQuestion> questions = m_plan->decimalQuestions();
    if (questions.isEmpty())
        return {};
    const DecimalQuestion &q = questions.first();
    const SchemaAttribute *attribute = m_plan->schema().attribute(q.attribute);
    const QString name = attribute && !attribute->label.isEmpty() ? attribute->label : q.attribute;
    const QLocale l;
    QString text;
    if (q.shows == DecimalMark::Auto)
        text = tr("%1: %2 read two ways (line %3: \u201c%4\u201d) and the column does not show "
                  "whether its decimal mark is a point or a comma, so they are left out. Choose "
                  "how to read them.")
                       .arg(name, countText(q.values, tr("value"), tr("values")),
                            l.toString(q.line), q.example);
    else
        text = tr("%1: the values look written with a decimal %2, but numbers are read with a "
                  "decimal %3 (%4).")
                       .arg(name, decimalMarkName(q.shows),
                            decimalMarkName(m_options.coercion.decimalMark),
                            countText(q.values, tr("error"), tr("errors")));
    if (questions.size() > 1)
        text += u' '
                + tr("%1 too.").arg(countText(questions.size() - 1, tr("more number column"),
                                              tr("more number columns")));
    return text;
}

QList<DecimalMark> EnrichmentWorkspace::decimalMarksOffered() const
{
    if (!m_plan)
        return {};
    const QList<DecimalQuestion> questions = m_plan->decimalQuestions();
    if (questions.isEmpty())
        return {};
    if (questions.first().shows == DecimalMark::Auto)
        return {DecimalMark::Point, DecimalMark::Comma};
    return {questions.first().shows};
}

void EnrichmentWorkspace::chooseDecimalMark(DecimalMark mark)
{
    EnrichOptions o = m_options;
    o.coercion.decimalMark = mark;
    setOptions(o);
}

QString EnrichmentWorkspace::countsText() const
{
    if (!m_plan)
        return tr("No file yet.");
    const QLocale l;
    return tr("%1 rows · %2 to send · skipped: %3 without contact id, %4 duplicate, %5 with "
              "errors, %6 without values · fill rate %7\u00a0%")
            .arg(l.toString(m_plan->rowCount()), l.toString(m_plan->contacts()),
                 l.toString(m_plan->count(RowState::NoContactId)),
                 l.toString(m_plan->count(RowState::Duplicate)),
                 l.toString(m_plan->count(RowState::RowError)),
                 l.toString(m_plan->count(RowState::NoValues)),
                 l.toString(m_plan->fillRate() * 100, 'f', 1));
}

bool EnrichmentWorkspace::canApply() const
{
    return session() && m_plan && !planIsStale() && m_plan->contacts() > 0 && currentCampaign();
}

QString EnrichmentWorkspace::applyBlockedReason() const
{
    return canApply() ? QString()
                      : tr("Open a file and map its contact id and at least one attribute first.");
}

bool EnrichmentWorkspace::canUndo() const
{
    return session() && m_lastRun && !m_lastRun->journal.isEmpty();
}

// --- runs

QString EnrichmentWorkspace::nextJournalPath() const
{
    const CampaignInfo *c = currentCampaign();
    return c ? EnrichApplyJob::defaultJournalPath(c->contactListId) : QString();
}

QString EnrichmentWorkspace::applyActionText() const
{
    return tr("Enrich %1")
            .arg(countText(m_plan ? m_plan->contacts() : 0, tr("contact"), tr("contacts")));
}

QString EnrichmentWorkspace::applyConfirmationText(const QString &journal) const
{
    const CampaignInfo *c = currentCampaign();
    if (!m_plan || !c)
        return {};
    const QLocale l;
    const int batchSize = c->batchLimit();
    const qint64 batches = (m_plan->contacts() + batchSize - 1) / batchSize;
    const qint64 seconds = qint64(std::ceil(double(m_plan->contacts()) / 500.0));
    QString text = tr("Enrich %1 of list %2 (campaign %3) in %4 of at most %5.\n\n"
                      "Attributes written: %6.\n"
                      "Rows skipped: %7 (no contact id %8, duplicate %9, errors %10, no values "
                      "%11).\n\n"
                      "Paced at 500 contacts a second: about %12.\n"
                      "Each contact's current values are read and journaled before its batch is "
                      "sent; Undo this run puts them back.\n"
                      "Journal: %13")
                           .arg(countText(m_plan->contacts(), tr("contact"), tr("contacts")),
                                c->contactListId, c->name,
                                countText(batches, tr("batch"), tr("batches")))
                           .arg(batchSize);
    QStringList attributes;
    for (const FieldStats &f : m_plan->fields())
        attributes << f.attribute;
    text = text.arg(attributes.join(QStringLiteral(", ")),
                    l.toString(m_plan->rowCount() - m_plan->contacts()),
                    l.toString(m_plan->count(RowState::NoContactId)),
                    l.toString(m_plan->count(RowState::Duplicate)),
                    l.toString(m_plan->count(RowState::RowError)),
                    l.toString(m_plan->count(RowState::NoValues)),
                    seconds < 90 ? countText(seconds, tr("second"), tr("seconds"))
                                 : countText((seconds + 59) / 60, tr("minute"), tr("minutes")))
                   .arg(QDir::toNativeSeparators(journal));
    if (c->status != u"active")
        text += u"\n\n" + tr("Note: the campaign is %1.").arg(c->status);
    return text;
}

void EnrichmentWorkspace::apply(const QString &journal)
{
    const CampaignInfo *c = currentCampaign();
    if (!canApply() || isBusy())
        return;
    EnrichApplyOptions o;
    o.campaign = *c;
    o.journalPath = journal;
    o.sourceName = QFileInfo(m_fileName).fileName();
    auto *job = new EnrichApplyJob(session()->client(), m_plan, o);
    EnrichRun run;
    run.listId = c->contactListId;
    run.campaignName = c->name;
    run.fileName = o.sourceName;
    run.time = QDateTime::currentDateTime();
    run.plan = m_plan;
    connect(job, &Job::finished, this, [this, job, run](JobState state) mutable {
        run.journal = job->journalPath();
        run.applied = job->applied();
        run.outcomes = job->outcomes();
        run.reasons = job->reasons();
        m_lastRun = std::move(run);
        showOutcomes();
        const QLocale l;
        const EnrichPlan &plan = *m_lastRun->plan;
        m_resultsText
                = tr("Applied %1 · rejected %2 · not on the list %3 · not sent %4 · skipped "
                     "before sending %5.\nJournal: %6")
                          .arg(l.toString(job->applied()), l.toString(job->rejected()),
                               l.toString(job->notFound()), l.toString(job->notSent()),
                               l.toString(plan.rowCount() - plan.contacts()), job->journalPath());
        if (job->refreshed())
            m_resultsText
                    += u'\n' + tr("The list was refreshed: the dialler reads the new values now.");
        if (state != JobState::Succeeded)
            m_resultsText += u"\n\n"
                             + (state == JobState::Cancelled ? tr("Cancelled.") : job->errorText());
        setStatus(state == JobState::Succeeded
                          ? tr("Enrichment applied. The preview shows each row's outcome.")
                          : (state == JobState::Cancelled
                                     ? tr("Cancelled; what was sent stays journaled.")
                                     : job->errorText()));
        Q_EMIT resultsChanged();
        Q_EMIT applyFinished(state == JobState::Succeeded);
    });
    start(job);
}

void EnrichmentWorkspace::showOutcomes()
{
    // The preview and the results show a run's outcomes only over the plan that run sent.
    if (!m_lastRun || m_plan != m_lastRun->plan)
        return;
    m_preview->setOutcomes(m_lastRun->outcomes, m_lastRun->reasons);
    m_results->setPlan(m_plan); // the results table fills once there are outcomes
    m_results->setOutcomes(m_lastRun->outcomes, m_lastRun->reasons);
}

QString EnrichmentWorkspace::undoConfirmationText() const
{
    if (!m_lastRun)
        return {};
    const EnrichRun &r = *m_lastRun;
    return tr("Undo the enrichment run of %1 on the list \u201c%2\u201d (campaign %3) from %4: "
              "every attribute it wrote on %5 goes back to the value it had before (an attribute "
              "that was empty is removed). Values someone changed since the run are left as they "
              "are.\n\nJournal: %6")
            .arg(r.fileName.isEmpty() ? tr("a file") : u'\u201c' + r.fileName + u'\u201d', r.listId,
                 r.campaignName, QLocale().toString(r.time, QLocale::LongFormat),
                 countText(r.applied, tr("contact"), tr("contacts")), r.journal);
}

void EnrichmentWorkspace::undo()
{
    if (!canUndo() || isBusy())
        return;
    auto *job = new EnrichUndoJob(session()->client(), m_lastRun->journal);
    connect(job, &Job::finished, this, [this, job](JobState state) {
        const QString text = state == JobState::Succeeded
                                     ? tr("Undone: %1 of %2 put back%3.")
                                               .arg(countText(job->restoredAttributes(),
                                                              tr("attribute"), tr("attributes")),
                                                    countText(job->restoredContacts(),
                                                              tr("contact"), tr("contacts")))
                                               .arg(job->changedSince() > 0
                                                            ? tr("; %1 changed since were left")
                                                                      .arg(job->changedSince())
                                                            : QString())
                                     : job->errorText();
        m_resultsText += u"\n\n" + text;
        if (m_lastRun) {
            // The rows the undo put back read "undone", against the plan of the run it undid.
            job->markUndone(*m_lastRun->plan, &m_lastRun->outcomes, &m_lastRun->reasons);
            m_lastRun->undone = state == JobState::Succeeded;
            showOutcomes();
        }
        setStatus(text);
        Q_EMIT resultsChanged();
        Q_EMIT undoFinished(state == JobState::Succeeded);
    });
    start(job);
}

void EnrichmentWorkspace::exportResults(const QString &path)
{
    if (!m_plan) {
        setStatus(tr("There is nothing to export yet: open a file first."));
        return;
    }
    const bool ran = m_lastRun && m_lastRun->plan == m_plan;
    QString error;
    if (writeEnrichResults(path, *m_plan, ran ? &m_lastRun->outcomes : nullptr,
                           ran ? &m_lastRun->reasons : nullptr, &error))
        setStatus(tr("Results written to %1.").arg(path));
    else
        setStatus(error);
}

// --- templates

QStringList EnrichmentWorkspace::templateNames() const
{
    return MappingTemplates::names();
}

void EnrichmentWorkspace::adoptTemplate(const MappingTemplate &t, const QString &what)
{
    QStringList unmatched;
    const EnrichMapping m = EnrichMapping::fromJson(t.mapping, m_table->info.header, &unmatched);
    const qsizetype before = m_mapping->mapping().mappedColumns().size();
    m_options = t.options;
    Q_EMIT optionsChanged();
    m_mapping->setMapping(m);
    scheduleRebuild();
    QString text = tr("%1: %2 of the file's columns mapped (were %3); reading options set from "
                      "it.")
                           .arg(what)
                           .arg(m.mappedColumns().size())
                           .arg(before);
    if (!unmatched.isEmpty())
        text += u' '
                + tr("The file has none of its columns %1.")
                          .arg(unmatched.join(QStringLiteral(", ")));
    setStatus(text);
}

void EnrichmentWorkspace::useTemplate(const QString &name)
{
    MappingTemplate t;
    QString error;
    if (!m_table) {
        setStatus(tr("Open a file first: a template maps a file's columns."));
        return;
    }
    if (!MappingTemplates::load(name, &t, &error)) {
        setStatus(error);
        return;
    }
    adoptTemplate(t, tr("Template \u201c%1\u201d applied").arg(t.name));
}

void EnrichmentWorkspace::saveTemplate(const QString &name)
{
    if (!m_table || name.trimmed().isEmpty())
        return;
    QString error;
    const MappingTemplate t{name.trimmed(), m_mapping->mapping().toJson(m_table->info.header),
                            m_options};
    if (!MappingTemplates::save(t, &error)) {
        setStatus(error);
        return;
    }
    Q_EMIT templatesChanged(t.name);
    setStatus(tr("Template \u201c%1\u201d saved.").arg(t.name));
}

void EnrichmentWorkspace::importTemplate(const QString &path)
{
    MappingTemplate t;
    QString error;
    if (!MappingTemplates::load(path, &t, &error) || !MappingTemplates::save(t, &error)) {
        setStatus(error);
        return;
    }
    Q_EMIT templatesChanged(t.name);
    setStatus(tr("Template \u201c%1\u201d imported.").arg(t.name));
}

void EnrichmentWorkspace::exportTemplate(const QString &name, const QString &path)
{
    MappingTemplate t;
    QString error;
    if (!MappingTemplates::load(name, &t, &error)) {
        setStatus(error);
        return;
    }
    setStatus(MappingTemplates::exportTo(t, path, &error) ? tr("Exported to %1.").arg(path)
                                                          : error);
}

void EnrichmentWorkspace::deleteTemplate(const QString &name)
{
    QString error;
    if (!MappingTemplates::remove(name, &error))
        setStatus(error);
    else
        setStatus(tr("Template \u201c%1\u201d deleted.").arg(name));
    Q_EMIT templatesChanged(QString());
}

} // namespace cxone
