#pragma once

#include "models/engine/session/workspace.h"
#include "models/enrichment/enrichjobs.h"
#include "models/enrichment/enrichplan.h"
#include "network/api/enrichmentapi.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>

#include <memory>
#include <optional>

class QTimer;

namespace cxone {

class EnrichPreviewModel;
class EntityListModel;
class MappingModel;
class PagedReader;
struct MappingTemplate;

// One enrichment run as the console remembers it: where it went, from which file, and the
// outcome of every row of the plan it sent, so that it can be shown and undone.
struct EnrichRun
{
    QString journal;
    QString listId;
    QString campaignName;
    QString fileName;
    QDateTime time;
    qint64 applied = 0;
    std::shared_ptr<const EnrichPlan> plan; // the rows `outcomes` belong to
    std::vector<RowOutcome> outcomes;
    QHash<qint32, QString> reasons;
    bool undone = false;
};

// Outbound enrichment without a widget: the tenant's campaigns and the chosen one's list schema,
// the CRM export read off the GUI thread, the reading options and the column mapping, the plan
// built from them (stale while a newer one is being built), the preview and results models,
// the last run with its outcomes and undo, the mapping templates, and every sentence the page
// shows about them.
class EnrichmentWorkspace final : public Workspace
{
    Q_OBJECT
public:
    explicit EnrichmentWorkspace(QObject *parent = nullptr);
    ~EnrichmentWorkspace() override;

    // --- the campaign
    EntityListModel *campaigns() const { return m_campaignModel; }
    void refreshCampaigns();
    void setCurrentCampaign(const QString &id);
    const CampaignInfo *currentCampaign() const;
    QString campaignText() const { return m_campaignText; }
    const ListSchema &schema() const { return m_schema; }

    // --- the file
    void loadFile(const QString &path);
    // (from loadFile until the read table is taken in: the worker may finish before the
    // watcher's signal is delivered)
    bool isReading() const { return m_reading; }
    QString fileName() const { return m_fileName; } // as the user knows it
    QString fileText() const { return m_fileText; }
    QString fileProblemsText() const { return m_fileProblems; }
    bool hasFile() const { return m_table != nullptr; }
    // A saved template made for a file with these columns; empty: none.
    QString matchingTemplate() const { return m_matchingTemplate; }

    // --- reading options, mapping, plan
    const EnrichOptions &options() const { return m_options; }
    void setOptions(const EnrichOptions &options);
    MappingModel *mapping() const { return m_mapping; }
    std::shared_ptr<const EnrichPlan> plan() const { return m_plan; }
    bool planIsStale() const { return m_planStale || m_planWatcher.isRunning(); }
    EnrichPreviewModel *preview() const { return m_preview; }
    EnrichPreviewModel *results() const { return m_results; } // the rows sent, with outcomes
    QString countsText() const;
    // What the plan leaves to decide about the decimal mark of its number columns, in words
    // that name the page's controls (empty: nothing), and the marks offered to settle it.
    QString decimalAdviceText() const;
    QList<DecimalMark> decimalMarksOffered() const;
    // Reads every number column with `mark` (Auto: as the columns show it).
    void chooseDecimalMark(DecimalMark mark);

    // --- runs
    QString applyConfirmationText(const QString &journal) const;
    QString applyActionText() const;
    // The journal the next run writes; chosen before asking, so that the question names it.
    QString nextJournalPath() const;
    void apply(const QString &journal);
    const EnrichRun *lastRun() const { return m_lastRun ? &*m_lastRun : nullptr; }
    QString undoConfirmationText() const;
    void undo();
    QString resultsText() const { return m_resultsText; }
    // Writes every row of the plan with its outcome (when it was sent) as CSV; says so.
    void exportResults(const QString &path);

    bool canApply() const override;
    QString applyBlockedReason() const override;
    bool canUndo() const override;

    // --- mapping templates (each says what it did in the status line)
    QStringList templateNames() const;
    void useTemplate(const QString &name);
    void saveTemplate(const QString &name);
    void importTemplate(const QString &path);
    void exportTemplate(const QString &name, const QString &path);
    void deleteTemplate(const QString &name);

Q_SIGNALS:
    void campaignsLoaded();
    void campaignChanged(const QString &id);
    void schemaLoaded();
    void fileChanged();
    void optionsChanged();
    void planReady();
    void resultsChanged();
    void applyFinished(bool ok);
    void undoFinished(bool ok);
    void templatesChanged(const QString &current);

protected:
    void onSessionChanged(TenantSession *session) override;

private:
    void setCampaignText(const QString &text);
    void loadSchema();
    void onFileRead();
    void remap();
    void scheduleRebuild();
    void rebuildPlan();
    void onPlanBuilt();
    void showOutcomes();
    void findMatchingTemplate();
    void adoptTemplate(const MappingTemplate &t, const QString &what);

    QList<CampaignInfo> m_campaignList;
    EntityListModel *m_campaignModel;
    QString m_campaignId;
    QString m_campaignText;
    QPointer<PagedReader> m_campaignReader;
    ListSchema m_schema;

    QString m_fileName;
    QString m_fileText;
    QString m_fileProblems;
    QString m_matchingTemplate;
    std::shared_ptr<CsvTable> m_table;
    QFutureWatcher<std::shared_ptr<CsvTable>> m_readWatcher;
    bool m_reading = false;

    EnrichOptions m_options;
    MappingModel *m_mapping;
    std::shared_ptr<const EnrichPlan> m_plan;
    bool m_planStale = false;
    QFutureWatcher<std::shared_ptr<EnrichPlan>> m_planWatcher;
    QTimer *m_rebuildTimer;
    EnrichPreviewModel *m_preview;
    EnrichPreviewModel *m_results;

    std::optional<EnrichRun> m_lastRun;
    QString m_resultsText;
};

} // namespace cxone
