#pragma once

#include "models/contactlists/sanitizejobs.h"
#include "models/contactlists/sanitizepreview.h"
#include "network/api/contactlistsapi.h"

#include "ui/featurepage.h"
#include <QPointer>

#include <memory>

class QChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTableView;
class QTimer;

namespace cxone {

class ConfirmDialog;
class ConsoleContext;
class SanitizeRunModel;
struct SanitizeRun;
class Job;
class PreviewFilterModel;
class PreviewModel;
class TenantSession;

// Contact lists: pick a list, load it (which also counts the regions its numbers belong to and
// proposes them), set the directive, preview what sanitizing would do, override rows, export the
// preview, and only then apply (journaled; a large purge asks for its count to be typed). Every
// run on the list stays in its history with "Undo this run".
class ContactListsPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit ContactListsPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~ContactListsPage() override;

    PreviewModel *previewModel() const { return m_model; }
    PreviewFilterModel *filterModel() const { return m_filter; }
    QString countsText() const;
    // The confirmation text of Apply; exposed so that it can be checked.
    QString confirmationText(const QString &journalPath) const;
    // The directive as the form shows it now, in words; a preview remembers the one it ran with.
    QString settingsText() const;
    // The form changed since the preview ran: it no longer describes what Apply would do.
    bool previewIsStale() const;
    // Tests answer the confirmation themselves (type, click its buttons) instead of a modal
    // dialog; empty function: the dialog is shown to the user.
    void setConfirmHook(std::function<void(ConfirmDialog *dialog)> hook)
    {
        m_confirm = std::move(hook);
    }
    QString lastJournalPath() const { return m_lastJournal; }
    // The regions found in the loaded list's numbers, with counts.
    const RegionSurvey &survey() const { return m_survey; }
    // Above this share of the list purged, Apply asks for the count to be typed.
    int purgeGuardPercent() const;
    SanitizeRunModel *runModel() const { return m_runModel; }
    QString outcomeText() const;

Q_SIGNALS:
    void listsLoaded();
    void contactsLoaded();
    void previewReady();
    void applyFinished(bool ok);
    void runsLoaded();
    void restoreFinished(bool ok);

private:
    void forgetLoadedList(); // after a change to the list: nothing loaded describes it
    void refreshLists(bool announce = true);
    void onListChanged();
    void loadSelected();
    void startPreview();
    void cancelRunning();
    void overrideSelection(int verdict); // -1: clear
    void exportCsv();
    void apply();
    void restore();
    void restoreFile();
    void startRestore(const QString &path, const QString &listName, bool acceptUnverified = false);
    bool ask(ConfirmDialog *dialog);
    void refreshRuns();
    void useSurveyRegions();
    void showSurvey();
    const SanitizeRun *selectedRun() const;
    void updateCounts();
    void updateChart();
    void updateEnabled();
    bool readDirective(SanitizeDirective *directive, QString *error) const;
    void onDirectiveEdited();
    void onSessionChanged(TenantSession *session) override;

    QList<ContactListInfo> m_lists;
    std::shared_ptr<ContactSnapshot> m_snapshot;
    QString m_lastJournal;
    QString m_previewSettings; // settingsText() when the shown preview was started
    QString m_pendingSettings; // the same for a preview still running
    std::function<void(ConfirmDialog *)> m_confirm;
    RegionSurvey m_survey;
    std::shared_ptr<const std::vector<ParsedPhone>> m_parsed;
    bool m_regionsEdited = false; // typed by the user since the last load
    QString m_selectPath;         // the run to select once the history is read
    int m_runsGeneration = 0;

    QComboBox *m_listCombo;
    QPushButton *m_refreshButton;
    QPushButton *m_loadButton;
    QPushButton *m_cancelButton;
    QLineEdit *m_defaultRegion;
    QLineEdit *m_regions;
    QLabel *m_surveyLabel;
    QPushButton *m_useRegionsButton;
    QSpinBox *m_guardPercent;
    QList<QCheckBox *> m_blockBoxes;
    QLineEdit *m_disposable;
    QCheckBox *m_duplicates;
    QCheckBox *m_lookup;
    QPushButton *m_previewButton;
    QComboBox *m_verdictFilter;
    QComboBox *m_reasonFilter;
    QLineEdit *m_regionFilter;
    QLineEdit *m_textFilter;
    QTableView *m_table;
    QLabel *m_counts;
    QChart *m_chart;
    QPushButton *m_keepButton;
    QPushButton *m_purgeButton;
    QPushButton *m_clearButton;
    QPushButton *m_exportButton;
    QPushButton *m_applyButton;
    QPushButton *m_restoreButton;
    QPushButton *m_restoreFileButton;
    QLabel *m_outcome;
    QTableView *m_runsView;
    SanitizeRunModel *m_runModel;
    PreviewModel *m_model;
    PreviewFilterModel *m_filter;
    QTimer *m_filterDebounce;
    QTimer *m_chartDebounce;
};

} // namespace cxone
