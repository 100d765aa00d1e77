#pragma once

#include "ui/featurepage.h"

#include "models/enrichment/enrichjobs.h"
#include "models/enrichment/enrichplan.h"
#include "network/api/enrichmentapi.h"

#include <QFutureWatcher>

#include <functional>
#include <memory>

class QCheckBox;
class QChart;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeWidget;

namespace cxone {

class ConfirmDialog;
class EnrichPreviewModel;
class MappingModel;
class PagedReader;

// Outbound enrichment: pick a campaign, open a CRM export, check and adjust the mapping (auto-
// matched, with templates), look at the rows as the tenant would get them and at the fill
// rates, then apply in paced, journaled batches and, if need be, undo the run.
class EnrichmentPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit EnrichmentPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~EnrichmentPage() override;

    // Reads a CRM export (also what Open and a drop do).
    void loadFile(const QString &path);
    std::shared_ptr<const EnrichPlan> plan() const { return m_plan; }
    MappingModel *mappingModel() const { return m_mapping; }
    EnrichPreviewModel *previewModel() const { return m_preview; }
    EnrichPreviewModel *resultsModel() const { return m_results; }
    QString lastJournalPath() const { return m_lastJournal; }
    QString countsText() const;
    // Tests answer the confirmations themselves; empty: a real dialog asks.
    void setConfirmHook(std::function<void(ConfirmDialog *dialog)> hook)
    {
        m_confirm = std::move(hook);
    }
    QString applyConfirmationText(const QString &journal) const;
    QString undoConfirmationText() const;

Q_SIGNALS:
    void campaignsLoaded();
    void schemaLoaded();
    void planReady();
    void applyFinished(bool ok);
    void undoFinished(bool ok);

protected:
    void onSessionChanged(TenantSession *session) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildUi();
    void refreshCampaigns();
    void onCampaignChanged();
    void loadSchema();
    void onFileRead();
    void scheduleRebuild();
    void rebuildPlan();
    void onPlanBuilt();
    EnrichOptions currentOptions() const;
    void updateChart();
    void updateSchemaView();
    void updateEnabled();
    void apply();
    void undo();
    void exportResults();
    void refreshTemplates();
    void applyTemplate();
    void saveTemplate();
    void importTemplate();
    void exportTemplate();
    void deleteTemplate();
    bool confirm(const QString &title, const QString &text, const QString &action);
    const CampaignInfo *currentCampaign() const;

    QList<CampaignInfo> m_campaigns;
    QPointer<PagedReader> m_campaignReader;
    ListSchema m_schema;
    QString m_fileName;
    std::shared_ptr<CsvTable> m_table;
    std::shared_ptr<const EnrichPlan> m_plan;
    bool m_planStale = false;
    QFutureWatcher<std::shared_ptr<CsvTable>> m_readWatcher;
    QFutureWatcher<std::shared_ptr<EnrichPlan>> m_planWatcher;
    QString m_lastJournal;
    QString m_lastRunList;
    QString m_lastRunCampaign;
    QDateTime m_lastRunTime;
    qint64 m_lastRunApplied = 0;
    std::shared_ptr<const EnrichPlan> m_lastRunPlan; // the rows m_lastOutcomes belong to
    std::vector<RowOutcome> m_lastOutcomes;
    QHash<qint32, QString> m_lastReasons;
    std::function<void(ConfirmDialog *)> m_confirm;

    MappingModel *m_mapping;
    EnrichPreviewModel *m_preview;
    EnrichPreviewModel *m_results; // the same rows after a run: outcome per row
    QTimer *m_rebuildTimer;

    QComboBox *m_campaignCombo = nullptr;
    QPushButton *m_refreshButton = nullptr;
    QLabel *m_campaignInfo = nullptr;
    QPushButton *m_openButton = nullptr;
    QToolButton *m_demoButton = nullptr;
    QLabel *m_fileInfo = nullptr;
    QLabel *m_fileProblems = nullptr;
    QComboBox *m_dateOrder = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QComboBox *m_duplicates = nullptr;
    QLineEdit *m_nullTokens = nullptr;
    QComboBox *m_templates = nullptr;
    QPushButton *m_applyTemplate = nullptr;
    QPushButton *m_saveTemplate = nullptr;
    QPushButton *m_importTemplate = nullptr;
    QPushButton *m_exportTemplate = nullptr;
    QPushButton *m_deleteTemplate = nullptr;
    QTreeWidget *m_schemaView = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_mappingView = nullptr;
    QComboBox *m_previewFilter = nullptr;
    QLabel *m_counts = nullptr;
    QTableView *m_previewView = nullptr;
    QComboBox *m_resultsFilter = nullptr;
    QTableView *m_resultsView = nullptr;
    QChart *m_chart = nullptr;
    QLabel *m_resultsText = nullptr;
    QPushButton *m_exportResults = nullptr;
    QPushButton *m_applyButton = nullptr;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
};

} // namespace cxone
