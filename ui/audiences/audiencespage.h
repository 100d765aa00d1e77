#pragma once

#include "models/audiences/criteria.h"

#include "ui/featurepage.h"
#include <QHash>
#include <QPointer>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSortFilterProxyModel;
class QSplitter;
class QTableView;
class QTimer;

namespace cxone {

class AudienceDocument;
class AudienceListModel;
class AudienceSaveJob;
class CallHandle;
class ConsoleContext;
class CriteriaTreeView;
class TenantSession;

// Journey audiences: the tenant's audiences beside an editor of one of them. The criteria are a
// tree of AND/OR groups edited in place; problems show on the row they concern and in a list;
// the JSON and a plain-language reading update as you type. Save validates first, saves
// atomically, notifies the CDP, and waits for the new size.
class AudiencesPage final : public FeaturePage
{
    Q_OBJECT
public:
    explicit AudiencesPage(ConsoleContext *context, QWidget *parent = nullptr);
    ~AudiencesPage() override;

    void refresh();
    void openAudience(const QString &id);
    void newAudience();
    bool save();
    bool importFrom(const QString &path, QString *error = nullptr);
    bool exportTo(const QString &path, QString *error = nullptr);

    AudienceDocument *document() const { return m_doc; }
    AudienceListModel *listModel() const { return m_list; }
    QTableView *listView() const { return m_listView; }
    CriteriaTreeView *tree() const { return m_tree; }
    QString statusText() const;
    bool statusIsProblem() const { return m_statusProblem; }
    QString sizeText() const;
    // The editor's heading: the audience's name, with a dot while it has unsaved changes.
    QString titleText() const;

Q_SIGNALS:
    void audienceLoaded(const QString &id);
    void catalogueLoaded(const QString &dataSource);
    void saveFinished(bool ok);

protected:
    void firstShown(bool sizesRestored) override;

private:
    // Until the user moves the splitter: the list gets the width its columns need (at most
    // 45 % of the page), so that Status and Updated are not cut off.
    void fitListPane();
    void loadAudience(const QString &id); // without asking: the caller has decided
    void resolveConflict(qint64 theirVersion);
    void onSessionChanged(TenantSession *session) override;
    void setStatus(const QString &text) override;
    void buildUi();
    bool confirmDiscard();
    void onListRowChanged(const QModelIndex &index, const QModelIndex &previous);
    void chooseAudience(const QString &id);
    void selectListRow(const QString &id);
    void updateModifiedMark();
    static QString unsavedText();
    void loadCatalogue(const QString &source);
    void applyCatalogue();
    void updateFromDocument();
    void updateForm();
    void updateActions();
    void updateExclusionProblems();
    void commitExclusions();
    void showStatus(const QString &text, bool problem = false);
    QModelIndex currentCriteria() const;
    void selectCriteria(const QModelIndex &index);
    void chooseImport();
    void chooseExport();
    void problemActivated(int row);

    AudienceDocument *m_doc;
    AudienceListModel *m_list;
    QSortFilterProxyModel *m_listProxy;
    QHash<QString, FieldCatalogue> m_catalogues;
    QPointer<CallHandle> m_listCall;
    QPointer<CallHandle> m_loadCall;
    QHash<QString, QPointer<CallHandle>> m_catalogueCalls;
    QPointer<AudienceSaveJob> m_saveJob;
    bool m_updatingForm = false;
    bool m_statusProblem = false;
    bool m_restoringSelection = false;
    QString m_choosing;          // the audience a click asked for, until it is open or refused
    bool m_showProblems = false; // a fresh draft shows none until it is edited or saved

    QTableView *m_listView;
    QSplitter *m_split = nullptr;
    bool m_splitSet = false; // the user's own (or kept) sizes: left alone
    QLabel *m_title;
    QPushButton *m_refreshButton;
    QPushButton *m_newButton;
    QLabel *m_idLabel;
    QLineEdit *m_name;
    QLineEdit *m_description;
    QComboBox *m_dataSource;
    QPlainTextEdit *m_exclusions;
    QLabel *m_exclusionProblems;
    QCheckBox *m_recalculate;
    QLineEdit *m_cdpUrl;
    CriteriaTreeView *m_tree;
    QPlainTextEdit *m_plain;
    QPlainTextEdit *m_json;
    QListWidget *m_problems;
    QLabel *m_status;
    QLabel *m_size;
    QPushButton *m_saveButton;
    QTimer *m_exclusionsDebounce;
    QAction *m_addCondition;
    QAction *m_addGroup;
    QAction *m_delete;
    QAction *m_toggle;
    QAction *m_moveUp;
    QAction *m_moveDown;
    QAction *m_indent;
    QAction *m_outdent;
    QAction *m_undo;
    QAction *m_redo;
    QAction *m_import;
    QAction *m_export;
};

} // namespace cxone
