#pragma once

#include <QHash>
#include <QIcon>
#include <QMainWindow>
#include <QPointer>

#include "models/engine/session/tenantsession.h"

class QAction;
class QActionGroup;
class QDockWidget;
class QLabel;
class QListWidget;
class QMenu;
class QSplitter;
class QStackedWidget;
class QTimer;
class QToolButton;

namespace cxone {

class ActivityPane;
class ConsoleContext;
class TenantSession;
struct Result;

// Well-known page ids. Their order in the navigation and their Ctrl+<n> shortcuts are fixed so
// that a person's muscle memory survives features arriving one by one.
namespace PageId {
inline constexpr QStringView Overview = u"overview";
inline constexpr QStringView Segments = u"segments";
inline constexpr QStringView ContactLists = u"contactlists"; // as the command line names it
inline constexpr QStringView Audiences = u"audiences";
inline constexpr QStringView Enrichment = u"enrichment";
inline constexpr QStringView Transcripts = u"transcripts";
inline constexpr QStringView AuditHistory = u"audit";
} // namespace PageId

// The console's frame: page navigation on the left, the activity pane docked below, tenant and
// token state in the status bar. Feature pages are added with addPage(); a page exists only when
// its feature does.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(ConsoleContext *context, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConsoleContext *context() const { return m_context; }

    // Adds `page` (the window takes ownership) under `id`. Known ids (PageId) take their fixed
    // place and shortcut; other ids are appended without one. Returns false, leaving `page` to
    // the caller, if `id` exists.
    bool addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page);
    QWidget *page(const QString &id) const;
    QStringList pageIds() const;
    bool showPage(const QString &id);
    QString currentPageId() const;

    ActivityPane *activityPane() const { return m_activity; }
    // The text the status bar shows for the token, e.g. "Token valid for 59:12".
    QString tokenStatusText() const;
    QString lastErrorText() const { return m_lastError; }

    // Restores geometry, splitters and the last page (call after the pages are added).
    void restoreLayout();

Q_SIGNALS:
    void pageChanged(const QString &id);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    struct PageEntry
    {
        QString id;
        int order = 0;
        QWidget *widget = nullptr;
        QAction *action = nullptr;
    };

    void createActions();
    void createStatusBar();
    void rebuildTenantMenu();
    void onSessionChanged(TenantSession *session);
    void onCallFinished(const Result &result);
    void setLastError(const QString &summary, const QString &details);
    void showLastError();
    void updateTokenStatus();
    void updateKeychainStatus();
    void updateDemoMenu();
    void openProfiles();
    void openFaults();
    void saveLayout();

    ConsoleContext *m_context;
    QSplitter *m_splitter;
    QListWidget *m_nav;
    QStackedWidget *m_stack;
    QDockWidget *m_activityDock;
    ActivityPane *m_activity;
    QList<PageEntry> m_pages;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_tenantMenu = nullptr;
    QMenu *m_demoMenu = nullptr;
    QActionGroup *m_tenantGroup = nullptr;
    QAction *m_pagesSeparator = nullptr;

    QToolButton *m_profileButton = nullptr;
    QLabel *m_tokenLabel = nullptr;
    QLabel *m_inFlightLabel = nullptr;
    QLabel *m_keychainLabel = nullptr;
    QToolButton *m_faultsButton = nullptr;
    QToolButton *m_errorButton = nullptr;
    QTimer *m_tokenTimer = nullptr;
    QString m_lastError;
    QString m_lastErrorDetails;
    QPointer<TenantSession> m_session;
    bool m_layoutRestored = false;
    bool m_closeWhenIdle = false;
    QMetaObject::Connection m_idleConnection;
};

} // namespace cxone
