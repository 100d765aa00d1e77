#include "models/transcripts/transcriptsworkspace.h"

#include "models/engine/jobs/pagedreader.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/text.h"
#include "network/apiclient.h"

#include <QDir>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLocale>
#include <QSortFilterProxyModel>
#include <QStandardPaths>
#include <QtConcurrent>

#include <memory>

namespace cxone {

namespace {

QString chooseTranscriptText()
{
    return TranscriptsWorkspace::tr("Choose an extracted transcript to read it (masked).");
}

bool sameQuery(const TranscriptSearch &a, const TranscriptSearch &b)
{
    return a.from == b.from && a.to == b.to && a.mediaTypes == b.mediaTypes
           && a.pageSize == b.pageSize;
}

} // namespace

ExtractOptions ExtractSettings::options(const QStringList &interactionIds) const
{
    ExtractOptions o;
    o.interactionIds = interactionIds;
    o.policy = policy;
    o.concurrency = concurrency;
    o.output = output.trimmed();
    if (!lakeUrl.trimmed().isEmpty())
        o.lakeUrl = QUrl(lakeUrl.trimmed(), QUrl::StrictMode);
    o.resume = resume;
    o.maskPolicy = maskPolicy;
    return o;
}

TranscriptsWorkspace::TranscriptsWorkspace(QObject *parent)
    : Workspace(parent)
    , m_interactions(new InteractionsModel(this))
    , m_shownInteractions(new QSortFilterProxyModel(this))
    , m_selection(new QItemSelectionModel(m_shownInteractions, this))
    , m_artifacts(new ArtifactsModel(this))
    , m_shownArtifacts(new QSortFilterProxyModel(this))
{
    m_shownInteractions->setSourceModel(m_interactions);
    m_shownInteractions->setSortRole(Qt::UserRole);
    m_shownInteractions->setFilterKeyColumn(-1);
    m_shownInteractions->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_shownArtifacts->setSourceModel(m_artifacts);
    m_shownArtifacts->setSortRole(Qt::UserRole);
    connect(m_selection, &QItemSelectionModel::selectionChanged, this,
            &TranscriptsWorkspace::updateCounts);
    connect(&m_evaluation, &QFutureWatcher<GoldFileEvaluation>::finished, this,
            &TranscriptsWorkspace::showEvaluation);

    const QDateTime now = QDateTime::currentDateTime();
    m_query.from = QDateTime(now.date().addDays(-1), QTime(0, 0));
    m_query.to = QDateTime(now.date().addDays(1), QTime(0, 0));
    m_query.mediaTypes = TranscriptsApi::mediaTypes();
    m_settings.output
            = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                      .filePath(QStringLiteral("transcripts-%1")
                                        .arg(now.toString(QStringLiteral("yyyyMMdd-HHmm"))));
    m_foundText = tr("Choose a period and search.");
    m_reading.title = chooseTranscriptText();
}

TranscriptsWorkspace::~TranscriptsWorkspace()
{
    // The scoring reads values only, but it must not outlive the application that started it.
    m_evaluation.waitForFinished();
}

void TranscriptsWorkspace::onSessionChanged(TenantSession *session)
{
    delete m_reader; // its pages belong to the tenant left
    m_interactions->setInteractions({});
    m_artifacts->clear();
    clearReading();
    setFoundText(session ? tr("Choose a period and search.")
                         : tr("Sign in to a tenant to search its interactions."));
    // The demo tenant has a data lake of its own; another tenant's is the user's to name.
    ExtractSettings s = m_settings;
    s.lakeUrl = session && session->isDemo()
                        ? session->profile()
                                  .baseUrl.resolved(QUrl(QStringLiteral("/_sim/webhooks/lake")))
                                  .toString()
                        : QString();
    setSettings(s);
}

// --- the search

void TranscriptsWorkspace::setQuery(const TranscriptSearch &query)
{
    if (sameQuery(query, m_query))
        return;
    m_query = query;
    Q_EMIT queryChanged();
    Q_EMIT actionsChanged();
}

bool TranscriptsWorkspace::isSearching() const
{
    return m_reader != nullptr;
}

bool TranscriptsWorkspace::canSearch() const
{
    return session() && !isBusy() && !isSearching() && !m_query.mediaTypes.isEmpty();
}

void TranscriptsWorkspace::search()
{
    if (!session() || isBusy() || isSearching())
        return;
    if (m_query.mediaTypes.isEmpty()) {
        setFoundText(tr("Tick at least one media type (voice, chat or email) to search."));
        return;
    }
    TranscriptSearch s = m_query;
    s.from = s.from.toUTC();
    s.to = s.to.toUTC();
    if (const QString p = TranscriptsApi::searchProblem(s); !p.isEmpty()) {
        setFoundText(p);
        return;
    }
    setFoundText(tr("Searching…"));
    m_interactions->setInteractions({});
    auto *reader = new PagedReader(session()->client(), this);
    m_reader = reader;
    auto found = std::make_shared<QList<InteractionInfo>>();
    reader->start(
            TranscriptsApi::searchRequest(s),
            [this, s, found](const Result &page, std::optional<Request> *next, QString *error) {
                QString token;
                if (!TranscriptsApi::readSearchPage(page, found.get(), &token, error))
                    return false;
                setFoundText(tr("Searching… %1 so far").arg(QLocale().toString(found->size())));
                if (!token.isEmpty())
                    *next = TranscriptsApi::searchRequest(s, token);
                return true;
            });
    connect(reader, &PagedReader::finished, this, [this, reader, found](bool ok) {
        reader->deleteLater();
        m_reader.clear();
        if (!ok) {
            setFoundText(tr("The search failed: %1").arg(reader->errorText()));
        } else {
            m_interactions->setInteractions(std::move(*found));
            if (m_interactions->rowCount() == 0)
                setFoundText(tr("No interactions in that period and those media types: "
                                "widen the period or tick more media."));
            else
                updateCounts();
        }
        Q_EMIT actionsChanged();
        Q_EMIT searchFinished(ok);
    });
    Q_EMIT actionsChanged();
}

void TranscriptsWorkspace::setFilter(const QString &text)
{
    if (text == m_filter)
        return;
    m_filter = text;
    m_shownInteractions->setFilterFixedString(text);
    updateCounts();
}

void TranscriptsWorkspace::setFoundText(const QString &text)
{
    if (text == m_foundText)
        return;
    m_foundText = text;
    Q_EMIT foundChanged();
}

void TranscriptsWorkspace::updateCounts()
{
    const int shown = m_shownInteractions->rowCount();
    const int total = m_interactions->rowCount();
    if (total > 0) {
        QString text = shown == total
                               ? countText(total, tr("interaction"), tr("interactions"))
                               : tr("%1 of %2 shown")
                                         .arg(QLocale().toString(shown), QLocale().toString(total));
        if (const qsizetype selected = m_selection->selectedRows().size(); selected > 0)
            text += tr(", %1 selected").arg(QLocale().toString(selected));
        setFoundText(text);
    }
    Q_EMIT actionsChanged();
}

// --- the extraction

void TranscriptsWorkspace::setSettings(const ExtractSettings &settings)
{
    if (settings == m_settings)
        return;
    m_settings = settings;
    Q_EMIT settingsChanged();
}

void TranscriptsWorkspace::setOutput(const QString &path)
{
    ExtractSettings s = m_settings;
    s.output = path;
    setSettings(s);
}

QStringList TranscriptsWorkspace::idsToExtract() const
{
    QStringList ids;
    QModelIndexList rows = m_selection->selectedRows();
    if (rows.isEmpty()) {
        for (int r = 0; r < m_shownInteractions->rowCount(); ++r)
            rows.append(m_shownInteractions->index(r, 0));
    }
    for (const QModelIndex &r : std::as_const(rows))
        ids.append(m_interactions->at(m_shownInteractions->mapToSource(r).row()).id);
    return ids;
}

qsizetype TranscriptsWorkspace::extractCount() const
{
    const qsizetype selected = m_selection->selectedRows().size();
    return selected > 0 ? selected : m_shownInteractions->rowCount();
}

QString TranscriptsWorkspace::extractCountText() const
{
    const qsizetype n = extractCount();
    return n > 0 ? countText(n, tr("transcript"), tr("transcripts")) : QString();
}

bool TranscriptsWorkspace::canApply() const
{
    return session() && !isSearching() && extractCount() > 0;
}

QString TranscriptsWorkspace::applyBlockedReason() const
{
    if (!session())
        return tr("Sign in to a tenant to extract its transcripts.");
    if (isSearching())
        return tr("Wait for the search to end.");
    if (extractCount() == 0)
        return tr("Search a period, then choose the interactions to extract.");
    return {};
}

void TranscriptsWorkspace::extract()
{
    if (!canApply() || isBusy())
        return;
    const ExtractOptions o = m_settings.options(idsToExtract());
    m_artifacts->clear();
    clearReading();
    m_extractionText.clear();
    m_lastOutput = o.output;
    auto *job = new TranscriptExtractJob(session()->client(), o);
    m_job = job;
    connect(job, &TranscriptExtractJob::artifactDone, this, &TranscriptsWorkspace::addArtifact);
    // Before start(): the summary is there when the workspace announces the job finished.
    connect(job, &Job::finished, this, &TranscriptsWorkspace::onExtractionFinished);
    Q_EMIT extractionChanged();
    start(job);
}

QString TranscriptsWorkspace::inConsoleWords(QString text)
{
    return text.replace(QStringLiteral("with --resume"),
                        tr("with \u201cContinue the run in this output\u201d ticked"));
}

void TranscriptsWorkspace::jobMessage(const QString &text)
{
    setStatus(inConsoleWords(text));
}

void TranscriptsWorkspace::addArtifact(ArtifactOutcome outcome)
{
    outcome.error = inConsoleWords(outcome.error);
    m_artifacts->add(outcome);
}

void TranscriptsWorkspace::onExtractionFinished()
{
    const TranscriptExtractJob *job = m_job;
    if (!job)
        return;
    const QLocale locale;
    const QString summary
            = tr("%1; success %2\u00a0%.")
                      .arg(job->summaryText(), locale.toString(job->successRate() * 100.0, 'f', 1));
    const QString error = inConsoleWords(job->errorText());
    m_extractionText = job->state() == JobState::Succeeded ? summary : summary + u' ' + error;
    // The status ends as the run did; "Cancelling…" or a retry's line do not outlive it.
    switch (job->state()) {
    case JobState::Succeeded:
        setStatus(tr("Extraction completed."));
        break;
    case JobState::CompletedWithFailures:
        setStatus(tr("Extraction completed with %1.")
                          .arg(countText(job->failedItems(), tr("failure"), tr("failures"))));
        break;
    case JobState::Cancelled:
        setStatus(tr("Extraction cancelled; tick \u201cContinue the run in this output\u201d and "
                     "extract again to finish it."));
        break;
    default:
        setStatus(tr("Extraction failed: %1").arg(error), true);
        break;
    }
    // The same output again continues this run.
    ExtractSettings s = m_settings;
    s.resume = true;
    setSettings(s);
    Q_EMIT extractionChanged();
}

// --- the viewer

void TranscriptsWorkspace::setReading(TranscriptReading reading)
{
    m_reading = std::move(reading);
    Q_EMIT readingChanged();
}

void TranscriptsWorkspace::clearReading()
{
    TranscriptReading none;
    none.title = chooseTranscriptText();
    setReading(none);
}

void TranscriptsWorkspace::openArtifact(int row)
{
    if (row < 0 || row >= m_artifacts->rowCount())
        return;
    const ArtifactOutcome &a = m_artifacts->at(row);
    if (a.state != u"failed") {
        openTranscript(a.interactionId);
        return;
    }
    TranscriptReading failed;
    failed.interactionId = a.interactionId;
    failed.title = tr("%1 was not extracted.").arg(a.interactionId);
    failed.plainText = a.error;
    setReading(failed);
}

bool TranscriptsWorkspace::openTranscript(const QString &interactionId)
{
    TranscriptReading r;
    r.interactionId = interactionId;
    QByteArray bytes;
    QString error;
    TranscriptView view;
    if (!loadMaskedArtifact(m_lastOutput.isEmpty() ? m_settings.output : m_lastOutput,
                            interactionId, &bytes, &error)
        || !readTranscriptView(bytes, &view, &error)) {
        r.title = tr("%1 cannot be shown.").arg(interactionId);
        r.plainText = error;
        setReading(r);
        return false;
    }
    QStringList found;
    for (auto it = view.maskReport.begin(); it != view.maskReport.end(); ++it) {
        if (it.value().toInteger() > 0)
            found << QStringLiteral("%1 %2").arg(it.key()).arg(it.value().toInteger());
    }
    r.title = tr("%1 · %2 · agent %3 · masked: %4")
                      .arg(view.interactionId, view.mediaType, view.agentName,
                           found.isEmpty() ? tr("nothing") : found.join(u", "));
    r.html = transcriptHtml(view);
    r.description = tr("Transcript of %1 with %n turn(s)", nullptr, int(view.turns.size()))
                            .arg(interactionId);
    setReading(r);
    return true;
}

// --- checking the masking

void TranscriptsWorkspace::evaluateGold(const QString &path)
{
    if (m_evaluation.isRunning())
        return;
    TranscriptReading r;
    r.title = tr("Scoring masking on %1…").arg(QFileInfo(path).fileName());
    setReading(r);
    PiiMasker::Options options;
    options.policy = m_settings.maskPolicy;
    m_evaluation.setFuture(QtConcurrent::run(&evaluateGoldFile, path, options));
}

void TranscriptsWorkspace::showEvaluation()
{
    const GoldFileEvaluation e = m_evaluation.result();
    TranscriptReading r;
    if (!e.ok) {
        r.title = tr("Masking could not be scored.");
        r.plainText = e.error;
        setReading(r);
        Q_EMIT evaluationFinished(false);
        return;
    }
    const MaskEvaluation &ev = e.evaluation;
    const QLocale locale;
    r.title = tr("Masking (%1) scored on %2: recall %3, leaked %4 %, precision %5")
                      .arg(maskPolicyName(ev.policy), QFileInfo(e.path).fileName(),
                           locale.toString(ev.overall.recall(), 'f', 4),
                           locale.toString(ev.overall.leaked() * 100, 'f', 2),
                           locale.toString(ev.overall.precision(), 'f', 4));
    r.plainText = ev.table();
    if (!ev.misses.isEmpty())
        r.plainText += tr("\nFirst entities not found:\n  %1\n")
                               .arg(ev.misses.mid(0, 10).join(QStringLiteral("\n  ")));
    if (!ev.falseMasks.isEmpty())
        r.plainText += tr("\nFirst masks on no labelled entity:\n  %1\n")
                               .arg(ev.falseMasks.mid(0, 10).join(QStringLiteral("\n  ")));
    setReading(r);
    Q_EMIT evaluationFinished(true);
}

} // namespace cxone
