#pragma once

#include "api/contactlistsapi.h"
#include "sanitize/sanitizepreview.h"

#include "featurepage.h"
#include <QPointer>

#include <memory>

class QChart;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableView;
class QTimer;

namespace cxone {

class ConsoleContext;
class Job;
class PreviewFilterModel;
class PreviewModel;
class TenantSession;

// Contact lists: pick a list, load it, set the directive, preview what sanitizing would do,
// override rows, export the preview, and only then apply (journaled) or restore from a journal.
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
    // Tests answer the confirmation themselves; empty function: a real dialog asks.
    void setConfirmHook(std::function<bool(const QString &text)> hook)
    {
        m_confirm = std::move(hook);
    }
    QString lastJournalPath() const { return m_lastJournal; }

Q_SIGNALS:
    void listsLoaded();
    void contactsLoaded();
    void previewReady();
    void applyFinished(bool ok);

private:
    void refreshLists();
    void loadSelected();
    void startPreview();
    void cancelRunning();
    void overrideSelection(int verdict); // -1: clear
    void exportCsv();
    void apply();
    void restore();
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
    std::function<bool(const QString &)> m_confirm;

    QComboBox *m_listCombo;
    QPushButton *m_refreshButton;
    QPushButton *m_loadButton;
    QPushButton *m_cancelButton;
    QLineEdit *m_defaultRegion;
    QLineEdit *m_regions;
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
    PreviewModel *m_model;
    PreviewFilterModel *m_filter;
    QTimer *m_filterDebounce;
    QTimer *m_chartDebounce;
};

} // namespace cxone
