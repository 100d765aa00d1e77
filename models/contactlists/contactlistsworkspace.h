#pragma once

#include "models/contactlists/sanitizejobs.h"
#include "models/contactlists/sanitizepreview.h"
#include "models/contactlists/sanitizesettings.h"
#include "models/engine/session/workspace.h"
#include "network/api/contactlistsapi.h"

#include <memory>

namespace cxone {

class EntityListModel;
class PreviewFilterModel;
class PreviewModel;
class SanitizeRunModel;
struct SanitizeRun;

// Contact-list sanitization without a widget: the tenant's lists and the chosen one, its
// contacts once loaded with the regions their numbers belong to, the directive's settings, the
// preview made with them (stale once they change), per-row overrides, the apply with its
// journal, what the last run did, and the runs on the list with their undo — and every sentence
// the page shows about them.
class ContactListsWorkspace final : public Workspace
{
    Q_OBJECT
public:
    explicit ContactListsWorkspace(QObject *parent = nullptr);
    ~ContactListsWorkspace() override;

    // --- the list
    EntityListModel *lists() const { return m_listModel; }
    void refreshLists();
    void setCurrentList(const QString &id);
    const ContactListInfo *currentList() const;
    QString listText() const;

    // --- its contacts and their regions
    void loadContacts();
    bool canLoad() const;
    bool hasContacts() const { return m_snapshot != nullptr; }
    const RegionSurvey &survey() const { return m_survey; }
    QString surveyText() const;

    // --- the directive
    const SanitizeSettings &settings() const { return m_settings; }
    void setSettings(const SanitizeSettings &settings);
    // The allowed regions were typed by the person: loading the list leaves them as they are.
    void noteRegionsTyped() { m_regionsTyped = true; }
    void useSurveyRegions();
    // Above this share of the list purged, Apply asks for the count to be typed.
    int purgeGuardPercent() const { return m_guardPercent; }
    void setPurgeGuardPercent(int percent);

    // --- the preview
    bool canPreview() const;
    bool startPreview(QString *error);
    PreviewModel *preview() const { return m_model; }
    PreviewFilterModel *rows() const { return m_filter; } // the preview, filtered
    // The settings changed since the preview ran: it no longer describes what Apply would do.
    bool previewIsStale() const;
    // The word that marks a stale preview's counts ("Stale ·"); empty while the preview holds.
    QString staleText() const;
    QString countsText() const;
    void overrideRows(const QList<int> &previewRows, int verdict); // verdict -1: clear
    QString exportFileName() const;
    bool exportPreview(const QString &path, QString *error);

    // --- apply
    bool canApply() const override;
    QString applyBlockedReason() const override;
    QString nextJournalPath() const;
    QString confirmationText(const QString &journalPath) const;
    QString applyActionText() const;
    // A purge above the guard: the count to type, and what the dialog says about it.
    bool purgeNeedsTyping() const;
    QString typingPrompt() const;
    QString typingExpected() const;
    void apply(const QString &journalPath);
    void applyDeclined();
    QString lastJournalPath() const { return m_lastJournal; }
    QString outcomeText() const { return m_outcome; }

    // --- the runs on the list
    SanitizeRunModel *runs() const { return m_runModel; }
    void refreshRuns(const QString &keepSelected = {});
    QString restoreConfirmationText(const SanitizeRun &run) const;
    // The question for a journal file picked by hand; false with *error when it cannot be read.
    bool fileRestoreQuestion(const QString &path, QString *text, QString *listName,
                             QString *error) const;
    // `acceptUnverified`: a person read the summary of a journal this machine did not sign
    // (unverifiedJournal()) and chose to restore it anyway.
    void restore(const QString &journalPath, const QString &listName,
                 bool acceptUnverified = false);
    void restoreDeclined();

Q_SIGNALS:
    void listsLoaded();
    void listChanged(const QString &id);
    void contactsLoaded();
    void surveyChanged();
    void settingsChanged();
    void previewReady();
    void countsChanged();
    void applyFinished(bool ok);
    // The runs were read again; `select`: the run to show as selected (empty: keep the choice).
    void runsLoaded(const QString &select);
    void restoreFinished(bool ok);
    // A restore refused a journal this machine did not sign; `summary` says what restoring it
    // would do, for a person to accept (restore(…, true)) or not.
    void unverifiedJournal(const QString &journalPath, const QString &listName,
                           const QString &summary);
    void outcomeChanged();

protected:
    void onSessionChanged(TenantSession *session) override;

private:
    void refreshLists(bool announce);
    void forgetLoadedList(const QString &selectRun);
    void showOutcome(const QString &text);

    QList<ContactListInfo> m_listInfo;
    EntityListModel *m_listModel;
    QString m_listId;
    std::shared_ptr<ContactSnapshot> m_snapshot;
    std::shared_ptr<const std::vector<ParsedPhone>> m_parsed;
    RegionSurvey m_survey;
    SanitizeSettings m_settings;
    bool m_regionsTyped = false;
    int m_guardPercent;
    PreviewModel *m_model;
    PreviewFilterModel *m_filter;
    QString m_previewSettings; // settings().text() of the preview shown
    QString m_lastJournal;
    QString m_outcome;
    SanitizeRunModel *m_runModel;
    int m_runsGeneration = 0;
    QString m_selectRun; // the run the next reading of the history shows as selected
};

} // namespace cxone
