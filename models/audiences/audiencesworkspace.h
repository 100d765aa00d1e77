#pragma once

#include "models/audiences/criteria.h"
#include "models/engine/session/workspace.h"
#include "network/api/audiencesapi.h"

#include <QHash>
#include <QPointer>

namespace cxone {

class AudienceDocument;
class AudienceListModel;
class CallHandle;

// Journey audiences without a widget: the tenant's audiences, the one being edited (an
// `AudienceDocument` with its undo history), the field catalogue of each data source, the save
// with its size and CDP notice, and the sentences about them: the editor's title, the status,
// the problems to fix, a conflict with someone else's save.
class AudiencesWorkspace final : public Workspace
{
    Q_OBJECT
public:
    explicit AudiencesWorkspace(QObject *parent = nullptr);
    ~AudiencesWorkspace() override;

    AudienceDocument *document() const { return m_doc; }
    AudienceListModel *list() const { return m_list; }

    void refresh();
    // Opens the tenant's audience `id` (the caller has asked about unsaved changes).
    void load(const QString &id);
    void startNew();

    // "Churn risk ●" while it has unsaved changes; "New audience" for an unnamed draft.
    QString titleText() const;
    static QString unsavedText();
    // Each problem to fix, or what to do first on an untouched draft, or that it is ready.
    QStringList problemTexts() const;
    QString sizeText() const { return m_sizeText; }

    // Where saves are announced (kept for the next run); empty: nowhere.
    QString cdpUrl() const { return m_cdpUrl; }
    void setCdpUrl(const QString &url);

    bool canApply() const override;
    // Validates, then saves atomically and waits for the size; false when it did not start
    // (the status says why).
    bool save();
    bool isSaving() const;
    // Someone saved the audience since it was loaded (version `theirs`): the question to ask.
    QString conflictText(qint64 theirs) const;
    // Saves this edit over theirs.
    bool overwrite(qint64 theirs);

    bool importFrom(const QString &path, QString *error = nullptr);
    bool exportTo(const QString &path, QString *error = nullptr);

Q_SIGNALS:
    void listLoaded();
    void audienceLoaded(const QString &id);
    void catalogueLoaded(const QString &dataSource);
    // The audience `id` is the one the editor holds now (a list shows it as current).
    void current(const QString &id);
    void titleChanged();
    void problemsChanged();
    void sizeChanged();
    void saveFinished(bool ok);
    void conflict(qint64 theirs);

protected:
    void onSessionChanged(TenantSession *session) override;

private:
    void loadCatalogue(const QString &source);
    void applyCatalogue();
    void onCleanChanged(bool clean);
    void onPropertiesChanged();
    void setSizeText(const QString &text);

    AudienceDocument *m_doc;
    AudienceListModel *m_list;
    QHash<QString, FieldCatalogue> m_catalogues;
    QPointer<CallHandle> m_listCall;
    QPointer<CallHandle> m_loadCall;
    QHash<QString, QPointer<CallHandle>> m_catalogueCalls;
    QString m_cdpUrl;
    QString m_sizeText;
    bool m_showProblems = false; // a fresh draft shows none until it is edited or saved
};

} // namespace cxone
