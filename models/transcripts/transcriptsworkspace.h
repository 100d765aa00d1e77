#pragma once

#include "models/engine/session/workspace.h"
#include "models/transcripts/piieval.h"
#include "models/transcripts/transcriptmodels.h"

#include <QFutureWatcher>
#include <QPointer>

class QItemSelectionModel;
class QSortFilterProxyModel;

namespace cxone {

class PagedReader;

// How the next extraction runs, as a person sets it: the tenant's redaction, the downloads at
// once, where the masked transcripts go, the data lake (as typed), whether it continues the run
// already in that output, and how far local masking goes.
struct ExtractSettings
{
    QString policy = QStringLiteral("auto"); // auto, none, full
    MaskPolicy maskPolicy = MaskPolicy::Strict;
    int concurrency = 4;
    QString output;  // a folder, or a .jsonl file
    QString lakeUrl; // empty: written only
    bool resume = false;

    bool operator==(const ExtractSettings &) const = default;
    // The job's options for these interactions.
    ExtractOptions options(const QStringList &interactionIds) const;
};

// What the transcript viewer shows: a title line, and the masked transcript as HTML (each mask a
// chip naming its type) or, when there is none to show, why not as plain text.
struct TranscriptReading
{
    QString interactionId;
    QString title;
    QString html;
    QString plainText;
    QString description; // the transcript as assistive technology announces it
};

// Transcript extraction without a widget: the search (its period and media, the interactions it
// found, the filter and the selection over them, and the sentence that counts them), the
// extraction settings, the running or last extraction with one row per artifact and the sentence
// that sums it up, and the masked transcript being read.
class TranscriptsWorkspace final : public Workspace
{
    Q_OBJECT
public:
    explicit TranscriptsWorkspace(QObject *parent = nullptr);
    ~TranscriptsWorkspace() override;

    // --- the search
    // The period (local times) and the media; from yesterday to tomorrow, every media at first.
    const TranscriptSearch &query() const { return m_query; }
    void setQuery(const TranscriptSearch &query);
    bool isSearching() const;
    bool canSearch() const;
    // Searches the period; each page found so far is counted in foundText().
    void search();
    InteractionsModel *interactions() const { return m_interactions; }
    // The interactions as the table shows them: filtered, sortable by their raw values.
    QSortFilterProxyModel *shownInteractions() const { return m_shownInteractions; }
    // The rows of shownInteractions() chosen for extraction; none: all that are shown.
    QItemSelectionModel *interactionSelection() const { return m_selection; }
    QString filter() const { return m_filter; }
    void setFilter(const QString &text);
    // What the search found, is finding, or why it did not (with the shown and selected counts).
    QString foundText() const { return m_foundText; }

    // --- the extraction
    const ExtractSettings &settings() const { return m_settings; }
    void setSettings(const ExtractSettings &settings);
    void setOutput(const QString &path);
    // The interactions Extract takes: those selected, or else all that are shown.
    QStringList idsToExtract() const;
    qsizetype extractCount() const;
    // "6 transcripts"; empty when there is none to extract.
    QString extractCountText() const;
    bool canApply() const override;
    QString applyBlockedReason() const override;
    // Extracts idsToExtract() with the settings; each artifact gets a row of artifacts().
    void extract();
    TranscriptExtractJob *extraction() const { return m_job; }
    ArtifactsModel *artifacts() const { return m_artifacts; }
    QSortFilterProxyModel *shownArtifacts() const { return m_shownArtifacts; }
    // The last extraction's counts when it ended (with its error, if it failed).
    QString extractionText() const { return m_extractionText; }

    // --- the viewer
    const TranscriptReading &reading() const { return m_reading; }
    // Reads the artifact of artifacts()'s row: its masked transcript, or why it failed.
    void openArtifact(int row);
    // Reads an interaction's masked transcript from the last extraction's output.
    bool openTranscript(const QString &interactionId);

    // --- checking the masking
    // Scores the masking, under the mask policy of the settings, against a labelled file of the
    // user's own (piieval.h), off the GUI thread; the table (or why the file cannot be scored)
    // becomes the reading. evaluationFinished tells when.
    void evaluateGold(const QString &path);
    bool isEvaluating() const { return m_evaluation.isRunning(); }

    // A sentence of the extraction job (made for the command line) in the console's words: the
    // control a person ticks, not the flag they would type.
    static QString inConsoleWords(QString text);

Q_SIGNALS:
    void queryChanged();
    void foundChanged();
    void searchFinished(bool ok);
    void settingsChanged();
    void extractionChanged();
    void readingChanged();
    void evaluationFinished(bool ok);

protected:
    void onSessionChanged(TenantSession *session) override;
    void jobMessage(const QString &text) override;

private:
    void setFoundText(const QString &text);
    void updateCounts();
    void onExtractionFinished();
    void addArtifact(ArtifactOutcome outcome);
    void setReading(TranscriptReading reading);
    void clearReading();
    void showEvaluation();

    TranscriptSearch m_query;
    InteractionsModel *m_interactions;
    QSortFilterProxyModel *m_shownInteractions;
    QItemSelectionModel *m_selection;
    QString m_filter;
    QString m_foundText;
    QPointer<PagedReader> m_reader;

    ExtractSettings m_settings;
    QPointer<TranscriptExtractJob> m_job;
    QString m_lastOutput; // where the last extraction wrote, for the viewer
    ArtifactsModel *m_artifacts;
    QSortFilterProxyModel *m_shownArtifacts;
    QString m_extractionText;

    TranscriptReading m_reading;
    QFutureWatcher<GoldFileEvaluation> m_evaluation;
};

} // namespace cxone
