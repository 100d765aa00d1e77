#include "ui/mainwindow.h"

#include "models/engine/jobs/jobregistry.h"
#include "models/engine/profiles/profilestore.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/demotenant.h"
#include "models/engine/session/tenantsession.h"
#include "network/apiclient.h"
#include "network/tokenmanager.h"
#include "ui/activitypane.h"
#include "ui/faultsdialog.h"
#include "ui/pagefocus.h"
#include "ui/profiledialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolButton>

namespace cxone {

namespace {

// Place and shortcut digit of the well-known pages; -1: no shortcut.
struct KnownPage
{
    QStringView id;
    int digit;
};
constexpr KnownPage knownPages[] = {
        {PageId::Overview, 0},     {PageId::Segments, 1},   {PageId::ContactLists, 2},
        {PageId::Audiences, 3},    {PageId::Enrichment, 4}, {PageId::Transcripts, 5},
        {PageId::AuditHistory, 6},
};

int knownOrder(const QString &id)
{
    for (int i = 0; i < int(std::size(knownPages)); ++i) {
        if (knownPages[i].id == id)
            return i;
    }
    return -1;
}

QString formatCountdown(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    if (seconds >= 3600)
        return QStringLiteral("%1:%2:%3")
                .arg(seconds / 3600)
                .arg((seconds / 60) % 60, 2, 10, QLatin1Char('0'))
                .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return QStringLiteral("%1:%2")
            .arg(seconds / 60, 2, 10, QLatin1Char('0'))
            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

MainWindow::MainWindow(ConsoleContext *context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_nav(new QListWidget(m_splitter))
    , m_stack(new QStackedWidget(m_splitter))
    , m_activityDock(new QDockWidget(tr("Activity"), this))
    , m_activity(new ActivityPane(context->jobs(), m_activityDock))
{
    setWindowTitle(tr("CXone Console"));
    setObjectName(QStringLiteral("mainWindow"));

    m_splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setAccessibleName(tr("Pages"));
    m_nav->setAccessibleDescription(tr("Choose a page; Ctrl+0 to Ctrl+6 jump to them"));
    m_nav->setIconSize(QSize(20, 20));
    m_nav->setSpacing(2);
    m_nav->setMinimumWidth(150);
    m_nav->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Expanding);
    m_stack->setObjectName(QStringLiteral("pages"));
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({190, 900});
    setCentralWidget(m_splitter);

    connect(m_nav, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row < 0 || row >= m_pages.size())
            return;
        // Only the page on show sets how small the area may get: a hidden page's minimum must
        // not take the activity pane's room.
        for (const PageEntry &p : std::as_const(m_pages))
            p.widget->setSizePolicy(p.widget == m_pages.at(row).widget ? QSizePolicy::Preferred
                                                                       : QSizePolicy::Ignored,
                                    p.widget == m_pages.at(row).widget ? QSizePolicy::Preferred
                                                                       : QSizePolicy::Ignored);
        m_stack->setCurrentWidget(m_pages.at(row).widget);
        Q_EMIT pageChanged(m_pages.at(row).id);
    });

    m_activityDock->setObjectName(QStringLiteral("activityDock"));
    m_activityDock->setAccessibleName(tr("Activity"));
    m_activityDock->setWidget(m_activity);
    m_activityDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable
                                | QDockWidget::DockWidgetFloatable);
    addDockWidget(Qt::BottomDockWidgetArea, m_activityDock);
    // The page is the main thing; the pane starts modest until the person resizes it.
    resizeDocks({m_activityDock}, {320}, Qt::Vertical);

    createActions();
    createStatusBar();

    connect(context, &ConsoleContext::sessionChanged, this, &MainWindow::onSessionChanged);
    connect(context, &ConsoleContext::activationStarted, this, [this](const QString &name) {
        m_profileButton->setText(tr("Connecting to %1…").arg(name));
    });
    connect(context, &ConsoleContext::activationFailed, this,
            [this](const QString &name, const QString &error) {
                m_profileButton->setText(m_session ? m_session->tenantName() : tr("No tenant"));
                setLastError(tr("Could not open %1").arg(name), error);
                rebuildTenantMenu();
            });
    connect(context->profiles(), &ProfileStore::changed, this, &MainWindow::rebuildTenantMenu);
    connect(context->secrets(), &SecretStore::persistenceChanged, this,
            &MainWindow::updateKeychainStatus);
    connect(context, &ConsoleContext::demoFaultsChanged, this, &MainWindow::updateDemoMenu);
    if (context->session())
        onSessionChanged(context->session());
    updateKeychainStatus();
    resize(1200, 800);
}

MainWindow::~MainWindow()
{
    // The pages are destroyed after this body, and cancelling their calls makes the client
    // emit; nothing of this window may answer once it is being taken apart.
    if (m_session) {
        m_session->client()->disconnect(this);
        m_session->client()->tokens()->disconnect(this);
    }
    if (m_context)
        m_context->disconnect(this);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&Tenant"));
    QAction *profiles = file->addAction(QIcon::fromTheme(QStringLiteral("document-properties")),
                                        tr("Tenant &profiles…"));
    profiles->setObjectName(QStringLiteral("actionProfiles"));
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    connect(profiles, &QAction::triggered, this, &MainWindow::openProfiles);
    m_tenantMenu = file->addMenu(tr("&Switch tenant"));
    m_tenantGroup = new QActionGroup(this);
    file->addSeparator();
    QAction *quit
            = file->addAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    rebuildTenantMenu();

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_pagesSeparator = m_viewMenu->addSeparator();
    QAction *activity = m_activityDock->toggleViewAction();
    activity->setText(tr("&Activity pane"));
    activity->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_viewMenu->addAction(activity);
    // The page's own search, wherever the focus is on it (a page without one: nothing happens).
    QAction *find = m_viewMenu->addAction(tr("&Find on this page"));
    find->setObjectName(QStringLiteral("actionFind"));
    find->setShortcut(QKeySequence::Find);
    connect(find, &QAction::triggered, this, [this] { focusPageSearch(page(currentPageId())); });

    QMenu *jobs = menuBar()->addMenu(tr("&Jobs"));
    jobs->addAction(m_activity->cancelAction());
    addAction(m_activity->cancelAction());

    m_demoMenu = menuBar()->addMenu(tr("&Demo tenant"));
    QAction *faults = m_demoMenu->addAction(tr("&Fault settings…"));
    faults->setObjectName(QStringLiteral("actionFaults"));
    faults->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    connect(faults, &QAction::triggered, this, &MainWindow::openFaults);
    QAction *expire = m_demoMenu->addAction(tr("&Expire all tokens now"));
    expire->setObjectName(QStringLiteral("actionExpireTokens"));
    connect(expire, &QAction::triggered, this, [this] { m_context->expireDemoTokens(); });
    QAction *reset = m_demoMenu->addAction(tr("&Reset faults"));
    reset->setObjectName(QStringLiteral("actionResetFaults"));
    connect(reset, &QAction::triggered, this, [this] { m_context->resetDemoFaults(); });
    m_demoMenu->addSeparator();
    QAction *useDemo = m_demoMenu->addAction(tr("&Use the demo tenant"));
    connect(useDemo, &QAction::triggered, this, [this] {
        if (!m_session || !m_session->isDemo())
            m_context->activate(ProfileStore::demoProfileName());
    });
    updateDemoMenu();

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *about = help->addAction(tr("&About CXone Console"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About CXone Console"),
                           tr("<h3>CXone Console %1</h3><p>Campaign administration for NICE "
                              "CXone tenants: segment export, contact-list sanitization, "
                              "audiences, enrichment and transcripts, with an audit trail of "
                              "every change.</p>")
                                   .arg(QStringLiteral(CXONE_VERSION)));
    });
}

void MainWindow::createStatusBar()
{
    QStatusBar *bar = statusBar();
    m_profileButton = new QToolButton(bar);
    m_profileButton->setObjectName(QStringLiteral("statusProfile"));
    m_profileButton->setAutoRaise(true);
    m_profileButton->setAccessibleName(tr("Active tenant"));
    m_profileButton->setToolTip(tr("The active tenant profile; click to manage profiles"));
    m_profileButton->setText(tr("No tenant"));
    connect(m_profileButton, &QToolButton::clicked, this, &MainWindow::openProfiles);

    m_tokenLabel = new QLabel(tr("Token: none"), bar);
    m_tokenLabel->setObjectName(QStringLiteral("statusToken"));
    m_tokenLabel->setAccessibleName(tr("Token state"));
    m_inFlightLabel = new QLabel(tr("Idle"), bar);
    m_inFlightLabel->setObjectName(QStringLiteral("statusInFlight"));
    m_inFlightLabel->setAccessibleName(tr("Requests in flight"));
    m_keychainLabel = new QLabel(bar);
    m_keychainLabel->setObjectName(QStringLiteral("statusKeychain"));
    m_keychainLabel->setAccessibleName(tr("Secret storage"));
    // Warnings that show only while they apply; a click says more.
    const auto warningButton = [this, bar](const QString &objectName, const QString &name) {
        auto *b = new QToolButton(bar);
        b->setObjectName(objectName);
        b->setAutoRaise(true);
        b->setAccessibleName(name);
        b->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        b->setVisible(false);
        return b;
    };
    m_errorButton = warningButton(QStringLiteral("statusLastError"), tr("Last error"));
    connect(m_errorButton, &QToolButton::clicked, this, &MainWindow::showLastError);
    // While the demo tenant misbehaves on purpose, say so where every page shows it.
    m_faultsButton = warningButton(QStringLiteral("statusDemoFaults"), tr("Demo tenant faults"));
    connect(m_faultsButton, &QToolButton::clicked, this, &MainWindow::openFaults);

    bar->addWidget(m_profileButton);
    bar->addWidget(m_faultsButton);
    bar->addWidget(m_tokenLabel);
    bar->addWidget(m_inFlightLabel);
    bar->addWidget(m_errorButton, 1);
    bar->addPermanentWidget(m_keychainLabel);

    m_tokenTimer = new QTimer(this);
    m_tokenTimer->setInterval(1000);
    connect(m_tokenTimer, &QTimer::timeout, this, &MainWindow::updateTokenStatus);
    m_tokenTimer->start();
}

bool MainWindow::addPage(const QString &id, const QString &title, const QIcon &icon, QWidget *page)
{
    if (!page || this->page(id))
        return false;
    const int known = knownOrder(id);
    PageEntry entry;
    entry.id = id;
    entry.order = known >= 0 ? known : 1000 + int(m_pages.size());
    entry.widget = page;
    if (page->objectName().isEmpty())
        page->setObjectName(id + QStringLiteral("Page"));
    if (page->accessibleName().isEmpty())
        page->setAccessibleName(title);

    int row = 0;
    while (row < m_pages.size() && m_pages.at(row).order < entry.order)
        ++row;

    entry.action = new QAction(icon, title, this);
    entry.action->setObjectName(QStringLiteral("actionPage-") + id);
    if (known >= 0) {
        entry.action->setShortcut(
                QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + knownPages[known].digit)));
    }
    // Ctrl+N lands in the page's main control, not on the page list (14 Tabs away).
    connect(entry.action, &QAction::triggered, this, [this, id] {
        if (showPage(id))
            focusPageMainControl(this->page(id));
    });
    addAction(entry.action);
    QAction *before = row < m_pages.size() ? m_pages.at(row).action : m_pagesSeparator;
    m_viewMenu->insertAction(before, entry.action);

    m_stack->addWidget(page);
    m_pages.insert(row, entry);
    auto *item = new QListWidgetItem(icon, title);
    item->setData(Qt::UserRole, id);
    item->setToolTip(entry.action->shortcut().isEmpty()
                             ? title
                             : tr("%1 (%2)").arg(title, entry.action->shortcut().toString(
                                                                QKeySequence::NativeText)));
    m_nav->insertItem(row, item);
    if (m_nav->currentRow() < 0)
        m_nav->setCurrentRow(row);
    return true;
}

QWidget *MainWindow::page(const QString &id) const
{
    for (const PageEntry &p : m_pages) {
        if (p.id == id)
            return p.widget;
    }
    return nullptr;
}

QStringList MainWindow::pageIds() const
{
    QStringList ids;
    for (const PageEntry &p : m_pages)
        ids.append(p.id);
    return ids;
}

bool MainWindow::showPage(const QString &id)
{
    // "contact-lists", as the page was called before, and as people may write it.
    const QString wanted = QString(id).remove(u'-');
    for (int i = 0; i < m_pages.size(); ++i) {
        if (m_pages.at(i).id == wanted) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageId() const
{
    const int row = m_nav->currentRow();
    return row >= 0 && row < m_pages.size() ? m_pages.at(row).id : QString();
}

void MainWindow::rebuildTenantMenu()
{
    m_tenantMenu->clear();
    const QList<QAction *> old = m_tenantGroup->actions();
    for (QAction *a : old) {
        m_tenantGroup->removeAction(a);
        a->deleteLater();
    }
    const QString active = m_session ? m_session->tenantName() : QString();
    for (const QString &name : m_context->profiles()->names()) {
        QAction *a = m_tenantMenu->addAction(name);
        a->setCheckable(true);
        a->setChecked(name == active);
        m_tenantGroup->addAction(a);
        connect(a, &QAction::triggered, this, [this, name] {
            if (!m_session || m_session->tenantName() != name)
                m_context->activate(name);
        });
    }
}

void MainWindow::onSessionChanged(TenantSession *session)
{
    if (m_session)
        m_session->client()->disconnect(this);
    if (m_session)
        m_session->client()->tokens()->disconnect(this);
    m_session = session;
    rebuildTenantMenu();
    updateDemoMenu();
    if (!session) {
        m_profileButton->setText(tr("No tenant"));
        return;
    }
    m_profileButton->setText(session->tenantName());
    setWindowTitle(tr("%1 — CXone Console").arg(session->tenantName()));
    m_profileButton->setToolTip(
            tr("%1 at %2; click to manage profiles")
                    .arg(session->tenantName(), session->profile().baseUrl.toDisplayString()));
    ApiClient *client = session->client();
    connect(client, &ApiClient::inFlightChanged, this, [this](int count) {
        m_inFlightLabel->setText(count == 0 ? tr("Idle")
                                            : tr("%n request(s) in flight", "", count));
    });
    connect(client, &ApiClient::callFinished, this, &MainWindow::onCallFinished);
    TokenManager *tokens = client->tokens();
    connect(tokens, &TokenManager::stateChanged, this, &MainWindow::updateTokenStatus);
    connect(tokens, &TokenManager::failed, this,
            [this](const QString &error) { setLastError(tr("Sign-in failed"), error); });
    m_inFlightLabel->setText(tr("Idle"));
    updateTokenStatus();
}

void MainWindow::onCallFinished(const Result &result)
{
    if (result.ok() || result.error == ErrorKind::Cancelled)
        return;
    QStringList details;
    details << result.errorText;
    details << QString();
    details << tr("Request: %1 %2")
                       .arg(QString::fromLatin1(result.method), result.url.toDisplayString());
    if (result.httpStatus)
        details << tr("HTTP status: %1").arg(result.httpStatus);
    details << tr("Error kind: %1").arg(errorKindName(result.error));
    if (!result.serverMessage.isEmpty())
        details << tr("Server said: %1").arg(result.serverMessage);
    if (!result.missingScope.isEmpty())
        details << tr("Missing scope: %1").arg(result.missingScope);
    if (!result.requestId.isEmpty())
        details << tr("Request id: %1").arg(QString::fromLatin1(result.requestId));
    details << tr("Attempts: %1, waited %2 ms, total %3 ms")
                       .arg(result.attempts.size())
                       .arg(result.waitedMs)
                       .arg(result.totalMs);
    setLastError(result.errorText, details.join(u'\n'));
}

void MainWindow::setLastError(const QString &summary, const QString &details)
{
    m_lastError = summary;
    m_lastErrorDetails = details;
    QString shown = summary;
    if (shown.size() > 90)
        shown = shown.left(90) + u'…';
    m_errorButton->setText(tr("Last error: %1").arg(shown));
    m_errorButton->setToolTip(tr("Click for details"));
    m_errorButton->setVisible(true);
}

void MainWindow::showLastError()
{
    QMessageBox box(QMessageBox::Warning, tr("Last error"), m_lastError, QMessageBox::Close, this);
    box.setObjectName(QStringLiteral("lastErrorDialog"));
    box.setInformativeText(
            m_lastErrorDetails.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
    box.exec();
}

QString MainWindow::tokenStatusText() const
{
    if (!m_session)
        return tr("Token: none");
    const TokenManager *tokens = m_session->client()->tokens();
    switch (tokens->state()) {
    case TokenManager::State::Empty:
        return tr("Token: not signed in");
    case TokenManager::State::Refreshing:
        return tr("Token: refreshing…");
    case TokenManager::State::Failed:
        return tr("Token: failed");
    case TokenManager::State::Valid:
        // Tokens are renewed when a call needs one, so an idle console lets one run out.
        if (tokens->secondsLeft() <= 0)
            return tr("Token: expired, renewed on the next call");
        return tr("Token valid for %1").arg(formatCountdown(tokens->secondsLeft()));
    }
    return {};
}

void MainWindow::updateTokenStatus()
{
    m_tokenLabel->setText(tokenStatusText());
    if (m_session) {
        const TokenManager *tokens = m_session->client()->tokens();
        m_tokenLabel->setToolTip(
                tokens->state() == TokenManager::State::Failed
                        ? tokens->lastError()
                        : tr("Granted scopes: %1").arg(tokens->grantedScopes().join(u' ')));
    }
}

void MainWindow::updateKeychainStatus()
{
    const SecretStore *secrets = m_context->secrets();
    m_keychainLabel->setVisible(!secrets->isPersistent());
    m_keychainLabel->setText(tr("Secrets not saved: no keychain"));
    m_keychainLabel->setToolTip(secrets->statusText());
}

void MainWindow::updateDemoMenu()
{
    const bool running = m_context->isDemoRunning();
    const QList<QAction *> actions = m_demoMenu->actions();
    for (QAction *a : actions) {
        if (a->objectName().startsWith(u"action"))
            a->setEnabled(running);
    }
    if (!m_faultsButton)
        return;
    const DemoFaults faults = running ? m_context->demoFaults() : DemoFaults();
    const bool on = running && m_session && m_session->isDemo() && faults.any();
    m_faultsButton->setVisible(on);
    if (on) {
        m_faultsButton->setText(tr("Demo faults on: %1").arg(faults.describe()));
        m_faultsButton->setToolTip(tr("The demo tenant is answering with faults on purpose "
                                      "(%1). Click to change them; Demo tenant › Reset faults "
                                      "switches them off.")
                                           .arg(faults.describe()));
    }
}

void MainWindow::openProfiles()
{
    ProfileDialog dialog(m_context, this);
    dialog.exec();
}

void MainWindow::openFaults()
{
    FaultsDialog dialog(m_context, this);
    dialog.exec();
}

void MainWindow::restoreLayout()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // First start: most of the screen, centred (tables and the activity pane need room).
        if (const QScreen *s = screen()) {
            const QRect avail = s->availableGeometry();
            const QSize size(qMax(qMin(1200, avail.width()), avail.width() * 9 / 10),
                             qMax(qMin(800, avail.height()), avail.height() * 9 / 10));
            resize(size);
            move(avail.center() - QPoint(size.width() / 2, size.height() / 2));
        }
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    m_splitter->restoreState(settings.value(QStringLiteral("window/splitter")).toByteArray());
    m_activity->restoreLayout(settings);
    const QString last = settings.value(QStringLiteral("window/lastPage")).toString();
    if (!last.isEmpty())
        showPage(last);
    m_layoutRestored = true;
}

void MainWindow::saveLayout()
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    settings.setValue(QStringLiteral("window/lastPage"), currentPageId());
    m_activity->saveLayout(settings);
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    const int running = m_context->jobs()->runningCount();
    if (running > 0 && m_closeWhenIdle) {
        event->ignore(); // already winding down; closes when the last job has stopped
        return;
    }
    if (running > 0) {
        QMessageBox box(QMessageBox::Question, tr("Jobs are running"),
                        tr("%n job(s) still running. Cancel them and quit?", "", running),
                        QMessageBox::Yes | QMessageBox::No, this);
        box.setObjectName(QStringLiteral("confirmQuit"));
        box.setDefaultButton(QMessageBox::No);
        if (box.exec() != QMessageBox::Yes) {
            event->ignore();
            return;
        }
        // Close only once every job has stopped, so that each records its cancellation in the
        // audit trail before the console goes away.
        m_closeWhenIdle = true;
        // Queued: a job may stop inside cancelAll(), while this close is still under way.
        m_idleConnection = connect(
                m_context->jobs(), &JobRegistry::runningCountChanged, this,
                [this](int count) {
                    if (count == 0)
                        close();
                },
                Qt::QueuedConnection);
        statusBar()->showMessage(tr("Cancelling running jobs before closing…"));
        m_context->jobs()->cancelAll();
        event->ignore();
        return;
    }
    if (m_closeWhenIdle) {
        m_closeWhenIdle = false;
        disconnect(m_idleConnection);
    }
    saveLayout();
    QMainWindow::closeEvent(event);
}

} // namespace cxone
