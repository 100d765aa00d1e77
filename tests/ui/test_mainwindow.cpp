#include "tests/ui/uitest.h"

#include "app/simulator/embeddeddemotenant.h"
#include "app/simulator/embeddedsimulator.h"
#include "models/engine/audit/auditmodel.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/jobs/joblistmodel.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/profiles/profilestore.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/session/consolecontext.h"
#include "models/engine/session/tenantsession.h"
#include "network/tokenmanager.h"
#include "ui/activitypane.h"
#include "ui/auditpage.h"
#include "ui/entitypicker.h"
#include "ui/faultsdialog.h"
#include "ui/jobdetailwidget.h"
#include "ui/latencyhistory.h"
#include "ui/mainwindow.h"
#include "ui/pagefocus.h"
#include "ui/pages.h"
#include "ui/profiledialog.h"

#include <QAbstractItemModelTester>
#include <QAbstractScrollArea>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QMap>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSplitter>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTabBar>
#include <QTableView>
#include <QTest>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace cxone;
using cxone::test::testTimeoutMs;

class TestMainWindow final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void connectsToTheDemoTenant();
    void pagesAndShortcuts();
    void keyboardReachesThePage();
    void typeAheadSurvivesASlowChoice();
    void jobAppearsWithProgressChartAndAudit();
    void cancelFromTheKeyboard();
    void paneShowsSeveralJobsAt1280x720();
    void noControlClippedAt1280x720();
    void failedCallsShowInTheStatusBar();
    void auditPageFiltersAndVerifies();
    void faultSettingsReachTheSimulator();
    void everyControlHasAName();
    void switchTenantThroughTheProfileDialog();
    void layoutPersists();
    void screenshots();
    void closingCancelsRunningJobsFirst();

private:
    test::PingJob *startPing(qint64 count);
    void save(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    AuditStore m_audit;
    MemorySecretStore *m_secrets = nullptr;
    ConsoleContext *m_context = nullptr;
    MainWindow *m_window = nullptr;
};

void TestMainWindow::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
    QString error;
    QVERIFY2(m_audit.open(m_dir.filePath(QStringLiteral("audit.sqlite")), &error),
             qPrintable(error));
    m_secrets = new MemorySecretStore(this);
    m_context = new ConsoleContext(m_secrets, &m_audit, this);
    m_context->setDemoTenant(new sim::EmbeddedDemoTenant({}, test::addPingRoute));
    m_window = new MainWindow(m_context);
    addFeaturePages(m_window, m_context);
    m_window->restoreLayout();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QDir().mkpath(QStringLiteral(CXONE_SCREENSHOT_DIR));
}

void TestMainWindow::cleanupTestCase()
{
    delete m_window;
    delete m_context;
}

void TestMainWindow::save(QWidget *widget, const QString &name)
{
    const QString path = QStringLiteral(CXONE_SCREENSHOT_DIR "/") + name + QStringLiteral(".png");
    QVERIFY2(widget->grab().save(path), qPrintable(path));
}

test::PingJob *TestMainWindow::startPing(qint64 count)
{
    TenantSession *session = m_context->session();
    if (!session)
        return nullptr;
    auto *job = new test::PingJob(session->client(), count);
    session->startJob(job);
    return job;
}

void TestMainWindow::connectsToTheDemoTenant()
{
    m_context->activate(ProfileStore::demoProfileName());
    QTRY_VERIFY_WITH_TIMEOUT(m_context->session(), testTimeoutMs);
    QVERIFY(m_context->session()->isDemo());
    TokenManager *tokens = m_context->session()->client()->tokens();
    QTRY_COMPARE_WITH_TIMEOUT(tokens->state(), TokenManager::State::Valid, testTimeoutMs);
    auto *token = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("statusToken"));
    QVERIFY(token);
    QTRY_VERIFY2_WITH_TIMEOUT(token->text().startsWith(u"Token valid for"),
                              qPrintable(token->text()), testTimeoutMs);
    auto *profile
            = m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("statusProfile"));
    QCOMPARE(profile->text(), ProfileStore::demoProfileName());
    auto *keychain = m_window->statusBar()->findChild<QLabel *>(QStringLiteral("statusKeychain"));
    QVERIFY(keychain->isVisible()); // memory-only secrets are announced
    auto *granted = m_window->findChild<QLabel *>(QStringLiteral("overviewGranted"));
    QTRY_VERIFY_WITH_TIMEOUT(granted->text().contains(u"contact:segments:read"), testTimeoutMs);
    auto *faults = m_window->findChild<QLabel *>(QStringLiteral("overviewFaults"));
    QVERIFY(faults->text().contains(u"429 rate 0%"));
}

void TestMainWindow::pagesAndShortcuts()
{
    // Only pages whose feature exists, in their fixed order; no placeholders.
    const QStringList expected{PageId::Overview.toString(),     PageId::Segments.toString(),
                               PageId::ContactLists.toString(), PageId::Audiences.toString(),
                               PageId::Enrichment.toString(),   PageId::Transcripts.toString(),
                               PageId::AuditHistory.toString()};
    QCOMPARE(m_window->pageIds(), expected);
    auto *nav = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
    QCOMPARE(nav->accessibleName(), QStringLiteral("Pages"));
    QCOMPARE(nav->count(), int(expected.size()));
    m_window->activateWindow();
    // Ctrl+N opens the page at the feature's fixed place, whatever else exists.
    const QList<QPair<Qt::Key, QString>> shortcuts{{Qt::Key_1, PageId::Segments.toString()},
                                                   {Qt::Key_2, PageId::ContactLists.toString()},
                                                   {Qt::Key_3, PageId::Audiences.toString()},
                                                   {Qt::Key_4, PageId::Enrichment.toString()},
                                                   {Qt::Key_5, PageId::Transcripts.toString()},
                                                   {Qt::Key_6, PageId::AuditHistory.toString()},
                                                   {Qt::Key_0, PageId::Overview.toString()}};
    for (const auto &[key, page] : shortcuts) {
        QTest::keyClick(m_window, key, Qt::ControlModifier);
        QCOMPARE(m_window->currentPageId(), page);
    }
    // Clicking the navigation works too.
    const QRect last = nav->visualItemRect(nav->item(nav->count() - 1));
    QTest::mouseClick(nav->viewport(), Qt::LeftButton, {}, last.center());
    QCOMPARE(m_window->currentPageId(), PageId::AuditHistory.toString());
    // The contact lists page by the command line's name, and by the name it had before.
    for (const char *id : {"contactlists", "contact-lists"}) {
        QVERIFY2(m_window->showPage(QString::fromLatin1(id)), id);
        QCOMPARE(m_window->currentPageId(), PageId::ContactLists.toString());
    }
    QVERIFY(!m_window->showPage(QStringLiteral("lists")));
    m_window->showPage(PageId::AuditHistory.toString());
    QWidget duplicate; // refused, so it stays ours
    QVERIFY(!m_window->addPage(PageId::AuditHistory.toString(), QStringLiteral("Again"), {},
                               &duplicate));
}

void TestMainWindow::jobAppearsWithProgressChartAndAudit()
{
    // Some 5xx answers so that retries show in the chart; the pipeline retries GETs.
    DemoFaults faults = m_context->demoFaults();
    faults.faults.p5xx = 0.2;
    faults.faults.p429 = 0.1;
    faults.faults.retryAfterSeconds = 0; // the wait is real but short
    auto *faultsButton = m_window->findChild<QToolButton *>(QStringLiteral("statusDemoFaults"));
    QVERIFY(faultsButton);
    QVERIFY(!faultsButton->isVisible());
    m_context->setDemoFaults(faults);
    // The status bar says the demo tenant misbehaves on purpose, and what it does.
    QTRY_VERIFY(faultsButton->isVisible());
    QVERIFY2(faultsButton->text().startsWith(u"Demo faults on: "),
             qPrintable(faultsButton->text()));
    QVERIFY2(faultsButton->text().contains(u"429"), qPrintable(faultsButton->text()));

    ActivityPane *pane = m_window->activityPane();
    QAbstractItemModelTester tester(pane->model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int before = pane->model()->rowCount();
    const QSize windowSize = m_window->size();
    test::PingJob *job = startPing(1000000);
    QVERIFY(job);
    QCOMPARE(pane->model()->rowCount(), before + 1);
    const int row = pane->model()->rowOf(job->id());
    QCOMPARE(pane->selectedJob(), job); // a new job is selected for watching
    QCOMPARE(pane->detail()->job(), job);

    QTRY_VERIFY_WITH_TIMEOUT(job->progress().done >= 10, testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane->model()
                                     ->index(row, JobListModel::ProgressColumn)
                                     .data()
                                     .toString()
                                     .contains(u"/ 1,000,000 calls"),
                             testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane->detail()->plottedCalls() > 0, testTimeoutMs);
    // The job's details (wrapped counters, chart) scroll inside the pane; they never make the
    // window taller than it was (it had grown past the screen's bottom edge).
    QCOMPARE(m_window->size(), windowSize);
    LatencyHistory *history = pane->history(job->id());
    QVERIFY(history);
    QTRY_VERIFY_WITH_TIMEOUT(history->retries().size() > 0, testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(history->rateLimited().size() > 0, testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().rateLimitWaits > 0, testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().retries > 0, testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(pane->detail()->hasFillRate(), testTimeoutMs);
    save(m_window, QStringLiteral("console-job-running"));

    // Cancel with the row's own button.
    auto *cancel = pane->view()->findChild<QToolButton *>(QStringLiteral("cancelJob-") + job->id());
    QVERIFY(cancel);
    QVERIFY(!cancel->accessibleName().isEmpty());
    QVERIFY(cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Cancelled, testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!cancel->isEnabled(), testTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(
            pane->model()->index(row, JobListModel::StateColumn).data().toString(),
            QStringLiteral("cancelled"), testTimeoutMs);

    // Its audit entries, in the detail pane and in the audit page.
    auto *entries = pane->detail()->findChild<QTreeWidget *>(QStringLiteral("jobAuditEntries"));
    QTRY_COMPARE_WITH_TIMEOUT(entries->topLevelItemCount(), 2, testTimeoutMs);
    // In words, with the stored code behind each.
    QCOMPARE(entries->topLevelItem(0)->data(1, Qt::UserRole).toString(),
             QStringLiteral("PING_STARTED"));
    QCOMPARE(entries->topLevelItem(1)->data(1, Qt::UserRole).toString(),
             QStringLiteral("PING_CANCELLED"));
    QVERIFY2(entries->topLevelItem(0)->text(1).startsWith(u"Ping started"),
             qPrintable(entries->topLevelItem(0)->text(1)));
    auto *auditPage = qobject_cast<AuditPage *>(m_window->page(PageId::AuditHistory.toString()));
    QTRY_VERIFY_WITH_TIMEOUT(auditPage->model()->rowCount() >= 2, testTimeoutMs);
    QCOMPARE(auditPage->model()->entryAt(0).jobId, job->id());
    QCOMPARE(auditPage->model()->entryAt(0).tenant, ProfileStore::demoProfileName());

    m_context->resetDemoFaults();
    QTRY_VERIFY(!faultsButton->isVisible());
}

void TestMainWindow::cancelFromTheKeyboard()
{
    ActivityPane *pane = m_window->activityPane();
    test::PingJob *job = startPing(1000000);
    QCOMPARE(pane->selectedJob(), job);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().done >= 5, testTimeoutMs);
    QVERIFY(pane->cancelAction()->isEnabled());
    m_window->activateWindow();
    QTest::keyClick(m_window, Qt::Key_X, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Cancelled, testTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(!pane->cancelAction()->isEnabled(), testTimeoutMs);
}

// Ctrl+N leaves the focus in the page's main control, Ctrl+F in its search; a table's
// type-ahead matches the names people read, whichever cell is current.
void TestMainWindow::keyboardReachesThePage()
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    const QList<QPair<Qt::Key, QString>> pages{{Qt::Key_1, PageId::Segments.toString()},
                                               {Qt::Key_2, PageId::ContactLists.toString()},
                                               {Qt::Key_3, PageId::Audiences.toString()},
                                               {Qt::Key_4, PageId::Enrichment.toString()},
                                               {Qt::Key_5, PageId::Transcripts.toString()},
                                               {Qt::Key_6, PageId::AuditHistory.toString()}};
    for (const auto &[key, id] : pages) {
        QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : m_window, key,
                        Qt::ControlModifier);
        QCOMPARE(m_window->currentPageId(), id);
        QWidget *main = pageMainControl(m_window->page(id));
        QVERIFY2(main, qPrintable(id));
        QTRY_COMPARE(QApplication::focusWidget(), main);
        // Ctrl+F: the page's search, its text selected; a page without one keeps the focus.
        QWidget *search = pageSearchField(m_window->page(id));
        QTest::keyClick(main, Qt::Key_F, Qt::ControlModifier);
        QCOMPARE(QApplication::focusWidget(), search ? search : main);
        if (auto *edit = qobject_cast<QLineEdit *>(search)) {
            QTest::keyClicks(edit, QStringLiteral("x"));
            QCOMPARE(edit->text(), QStringLiteral("x"));
            edit->clear();
        }
    }
    QVERIFY(pageSearchField(m_window->page(PageId::Segments.toString())));
    QVERIFY(pageSearchField(m_window->page(PageId::Audiences.toString())));

    // Type-ahead in the segment table goes by name even with the Status cell current.
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_1, Qt::ControlModifier);
    auto *table = qobject_cast<QTableView *>(
            pageMainControl(m_window->page(PageId::Segments.toString())));
    QVERIFY(table);
    QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() >= 5, testTimeoutMs);
    int gold = -1;
    for (int r = 0; r < table->model()->rowCount(); ++r) {
        if (table->model()->index(r, 0).data().toString() == u"Gold loyalty members")
            gold = r;
    }
    QVERIFY(gold > 0);
    table->setCurrentIndex(table->model()->index(0, 1)); // the first row's status
    QTest::keyClicks(table, QStringLiteral("Gold"));
    QCOMPARE(table->currentIndex().row(), gold);
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Gold loyalty members"));
}

// What a choice sets off (a segment's details and records) may take longer than the keyboard's
// type-ahead interval; typing a name still lands on it, and the choice is reported once, after
// the typing. Arrow keys report at once.
void TestMainWindow::typeAheadSurvivesASlowChoice()
{
    QStandardItemModel model;
    for (const char *name : {"Active buyers", "Churn risk", "Churned last month",
                             "Gold loyalty members", "Newsletter subscribers"}) {
        auto *item = new QStandardItem(QString::fromLatin1(name));
        item->setData(QString::fromLatin1(name).toLower(), Qt::UserRole);
        model.appendRow(item);
    }
    EntityPicker picker(EntityPicker::Style::Table,
                        {QString(), QStringLiteral("Segments"), QStringLiteral("Refresh"),
                         QStringLiteral("Refresh the segments"), QStringLiteral("Segment")},
                        &model);
    QStringList reported;
    connect(&picker, &EntityPicker::currentIdChanged, &picker, [&reported](const QString &id) {
        reported << id;
        QThread::msleep(QApplication::keyboardInputInterval() + 150); // a slow answer
    });
    picker.resize(500, 300);
    picker.show();
    QVERIFY(QTest::qWaitForWindowExposed(&picker));
    QTableView *table = picker.table();
    table->setFocus();
    QTest::keyClicks(table, QStringLiteral("Churned"));
    QCOMPARE(table->currentIndex().data().toString(), QStringLiteral("Churned last month"));
    QVERIFY(reported.isEmpty()); // not yet: the typing may go on
    QTRY_COMPARE(reported, QStringList{QStringLiteral("churned last month")});
    QTest::keyClick(table, Qt::Key_Down);
    QCOMPARE(reported.last(), QStringLiteral("gold loyalty members")); // at once
    QCOMPARE(picker.currentId(), QStringLiteral("gold loyalty members"));
    picker.close(); // the console's window is the active one again for the tests after this
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
}

// At 1280×720 with a page above it, the pane lists several jobs, not one; collapsed to a line it
// gives the page the room.
void TestMainWindow::paneShowsSeveralJobsAt1280x720()
{
    const QSize before = m_window->size();
    m_window->resize(1280, 720);
    for (const QString &id : m_window->pageIds()) {
        m_window->showPage(id);
        for (int i = 0; i < 3; ++i)
            QVERIFY(startPing(2));
        QTRY_COMPARE_WITH_TIMEOUT(m_context->jobs()->runningCount(), 0, testTimeoutMs);
        ActivityPane *pane = m_window->activityPane();
        QTableView *view = pane->view();
        QVERIFY(view->isVisible());
        int whole = 0;
        for (int row = 0; row < view->model()->rowCount(); ++row) {
            const QRect rect = view->visualRect(view->model()->index(row, 0));
            whole += rect.isValid() && view->viewport()->rect().contains(rect) ? 1 : 0;
        }
        QVERIFY2(whole >= 3, qPrintable(QStringLiteral("%1 rows on %2").arg(whole).arg(id)));
    }
    save(m_window, QStringLiteral("console-activity-1280x720"));
    ActivityPane *pane = m_window->activityPane();
    const int pageHeight = m_window->centralWidget()->height();
    pane->setCollapsed(true);
    const bool roomGiven = QTest::qWaitFor(
            [&] { return m_window->centralWidget()->height() > pageHeight; }, testTimeoutMs);
    pane->setCollapsed(false);
    QVERIFY(roomGiven);
    m_window->resize(before);
}

namespace {

// Why `w` cannot be read or used whole: smaller than its minimum, or cut by an ancestor (up to
// `page`; a scroll area's content may be scrolled to). Empty when it is whole.
QString clipped(QWidget *w, QWidget *page)
{
    const QSize min = w->minimumSizeHint().expandedTo(w->minimumSize());
    if (w->width() <= 0 || w->height() <= 0)
        return QStringLiteral("zero-sized");
    if (min.isValid() && (w->width() < min.width() || w->height() < min.height()))
        return QStringLiteral("%1×%2 under its minimum %3×%4")
                .arg(w->width())
                .arg(w->height())
                .arg(min.width())
                .arg(min.height());
    QRect r = w->rect();
    for (QWidget *c = w; c != page && c->parentWidget(); c = c->parentWidget()) {
        QWidget *parent = c->parentWidget();
        if (auto *area = qobject_cast<QAbstractScrollArea *>(parent->parentWidget());
            area && area->viewport() == parent)
            return {};
        r.translate(c->pos());
        if (!parent->rect().contains(r))
            return QStringLiteral("cut by %1 (%2 of %3×%4)")
                    .arg(QString::fromLatin1(parent->metaObject()->className()))
                    .arg(QStringLiteral("%1,%2 %3×%4")
                                 .arg(r.x())
                                 .arg(r.y())
                                 .arg(r.width())
                                 .arg(r.height()))
                    .arg(parent->width())
                    .arg(parent->height());
    }
    return {};
}

bool isControl(const QWidget *w)
{
    if (const auto *label = qobject_cast<const QLabel *>(w))
        return !label->text().isEmpty() && !label->wordWrap();
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QComboBox *>(w) || qobject_cast<const QAbstractSpinBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w);
}

} // namespace

// Every page at 1280×720 with the activity pane open: every visible control whole, at least its
// minimum size (none squeezed to nothing by the pane).
void TestMainWindow::noControlClippedAt1280x720()
{
    const QSize before = m_window->size();
    m_window->activityPane()->setCollapsed(false);
    m_window->resize(1280, 720);
    QTRY_COMPARE(m_window->size(), QSize(1280, 720));
    QVERIFY(m_window->activityPane()->isVisible());
    QStringList problems;
    for (const QString &id : m_window->pageIds()) {
        m_window->showPage(id);
        QWidget *page = m_window->page(id);
        QTest::qWait(50); // laid out
        // The page and the pane fit the window: it need not grow past 720 for this page.
        QVERIFY2(m_window->minimumSizeHint().height() <= 720,
                 qPrintable(QStringLiteral("%1 needs a window %2 px high")
                                    .arg(id)
                                    .arg(m_window->minimumSizeHint().height())));
        int checked = 0;
        for (QWidget *w : page->findChildren<QWidget *>()) {
            if (!w->isVisibleTo(m_window) || !isControl(w))
                continue;
            QWidget *owner = w->parentWidget();
            // Parts of a composite control (a table's header, a field's clear button) are its own
            // business.
            if (owner
                && (qobject_cast<QAbstractSpinBox *>(owner) || qobject_cast<QComboBox *>(owner)
                    || qobject_cast<QLineEdit *>(owner)
                    || qobject_cast<QAbstractScrollArea *>(owner)
                    || qobject_cast<QAbstractItemView *>(owner->parentWidget())))
                continue;
            ++checked;
            if (const QString why = clipped(w, page); !why.isEmpty())
                problems << QStringLiteral("%1 %2 \"%3\" on %4: %5")
                                    .arg(QString::fromLatin1(w->metaObject()->className()),
                                         w->accessibleName(),
                                         qobject_cast<QAbstractButton *>(w)
                                                 ? static_cast<QAbstractButton *>(w)->text()
                                                 : QString(),
                                         id, why);
        }
        QVERIFY2(checked >= 5, qPrintable(id));
        save(m_window, QStringLiteral("console-%1-1280x720").arg(id));
    }
    m_window->resize(before);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
}

void TestMainWindow::failedCallsShowInTheStatusBar()
{
    DemoFaults faults = m_context->demoFaults();
    faults.faults.p5xx = 1.0;
    m_context->setDemoFaults(faults);
    test::PingJob *job = startPing(10);
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Failed, testTimeoutMs);
    faults.faults.p5xx = 0;
    m_context->setDemoFaults(faults);

    auto *error
            = m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("statusLastError"));
    QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), testTimeoutMs);
    QVERIFY(error->text().startsWith(u"Last error"));
    QVERIFY(!m_window->lastErrorText().isEmpty());
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        shown = box->informativeText();
        box->close();
    });
    QTest::mouseClick(error, Qt::LeftButton);
    QVERIFY2(shown.contains(u"HTTP status: 5"), qPrintable(shown));
    QVERIFY(shown.contains(test::pingPath));
    // The failed job is selected (it is the newest), and its detail says why it failed.
    QCOMPARE(m_window->activityPane()->selectedJob(), job);
    auto *why = m_window->activityPane()->detail()->findChild<QLabel *>(
            QStringLiteral("jobDetailError"));
    QTRY_VERIFY_WITH_TIMEOUT(why->isVisible(), testTimeoutMs);
    QVERIFY(why->text().contains(job->errorText()));
}

void TestMainWindow::auditPageFiltersAndVerifies()
{
    m_window->showPage(PageId::AuditHistory.toString());
    auto *page = qobject_cast<AuditPage *>(m_window->page(PageId::AuditHistory.toString()));
    QAbstractItemModelTester tester(page->proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    // Entries written by someone else (the command-line runner, say) show up too.
    AuditEntry foreign;
    foreign.tenant = QStringLiteral("elsewhere");
    foreign.jobId = QStringLiteral("job-cli");
    foreign.jobKind = QStringLiteral("sanitize");
    foreign.action = QStringLiteral("SANITIZE_COMPLETED");
    foreign.target = QStringLiteral("list-7");
    foreign.outcome = QStringLiteral("ok");
    foreign.details = QJsonObject{{QStringLiteral("purged"), 3}};
    QVERIFY(m_audit.append(foreign));
    QTRY_COMPARE_WITH_TIMEOUT(page->model()->entryAt(0).action,
                              QStringLiteral("SANITIZE_COMPLETED"), testTimeoutMs);

    auto *text = page->findChild<QLineEdit *>(QStringLiteral("auditTextFilter"));
    QVERIFY(!text->accessibleName().isEmpty());
    QTest::keyClicks(text, QStringLiteral("ping_cancelled"));
    QTRY_COMPARE_WITH_TIMEOUT(page->proxy()->rowCount(), 2,
                              testTimeoutMs); // both cancelled ping jobs
    text->clear();
    QTRY_COMPARE_WITH_TIMEOUT(page->proxy()->rowCount(), page->model()->rowCount(), testTimeoutMs);

    auto *kind = page->findChild<QComboBox *>(QStringLiteral("auditKindFilter"));
    QTRY_VERIFY_WITH_TIMEOUT(kind->findData(QStringLiteral("sanitize")) > 0, testTimeoutMs);
    kind->setFocus();
    kind->setCurrentIndex(kind->findData(QStringLiteral("sanitize")));
    QCOMPARE(page->proxy()->rowCount(), 1);
    auto *outcome = page->findChild<QComboBox *>(QStringLiteral("auditOutcomeFilter"));
    outcome->setCurrentIndex(outcome->findData(QStringLiteral("failed")));
    QCOMPARE(page->proxy()->rowCount(), 0);
    kind->setCurrentIndex(0);
    QVERIFY(page->proxy()->rowCount() >= 1); // the failed ping job

    // Details of the selected entry: labelled values, and the stored JSON when asked for.
    outcome->setCurrentIndex(0);
    QTest::mouseClick(page->view()->viewport(), Qt::LeftButton, {},
                      page->view()->visualRect(page->proxy()->index(0, 0)).center());
    auto *details = page->findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"));
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Outcome: "), testTimeoutMs);
    QVERIFY2(!details->toPlainText().contains(u'{'), qPrintable(details->toPlainText()));
    page->findChild<QCheckBox *>(QStringLiteral("auditShowRaw"))->setChecked(true);
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"\"action\""), testTimeoutMs);
    page->findChild<QCheckBox *>(QStringLiteral("auditShowRaw"))->setChecked(false);

    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("auditVerify")),
                      Qt::LeftButton);
    QVERIFY2(page->verifyResultText().contains(u"intact"), qPrintable(page->verifyResultText()));

    const QString out = m_dir.filePath(QStringLiteral("export.jsonl"));
    QString error;
    QVERIFY2(page->exportTo(out, &error), qPrintable(error));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    QCOMPARE(exported.readAll().count('\n'), m_audit.count());
}

void TestMainWindow::faultSettingsReachTheSimulator()
{
    FaultsDialog dialog(m_context, m_window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *p429 = dialog.findChild<QDoubleSpinBox *>(QStringLiteral("fault429"));
    QCOMPARE(p429->accessibleName(), QStringLiteral("Share of calls answered 429"));
    p429->setFocus();
    p429->selectAll();
    QTest::keyClicks(p429, QLocale().toString(12.5));
    auto *ttl = dialog.findChild<QSpinBox *>(QStringLiteral("faultTokenTtl"));
    ttl->selectAll();
    QTest::keyClicks(ttl, QStringLiteral("120"));
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QTest::mouseClick(buttons->button(QDialogButtonBox::Apply), Qt::LeftButton);
    const DemoFaults applied = m_context->demoFaults();
    QCOMPARE(applied.faults.p429, 0.125);
    QCOMPARE(applied.tokenTtlSeconds, 120);
    auto *overview = m_window->findChild<QLabel *>(QStringLiteral("overviewFaults"));
    QVERIFY2(overview->text().contains(u"429 rate 12.5%")
                     || overview->text().contains(u"429 rate 13%"),
             qPrintable(overview->text()));

    // A new token now lives two minutes.
    TokenManager *tokens = m_context->session()->client()->tokens();
    tokens->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(tokens->lifetimeSeconds(), 120, testTimeoutMs);

    QTest::mouseClick(buttons->button(QDialogButtonBox::RestoreDefaults), Qt::LeftButton);
    QCOMPARE(m_context->demoFaults().faults.p429, 0.0);
    QCOMPARE(m_context->demoFaults().tokenTtlSeconds, 3600);
    QCOMPARE(p429->value(), 0.0);
    tokens->refreshNow();
    QTRY_COMPARE_WITH_TIMEOUT(tokens->lifetimeSeconds(), 3600, testTimeoutMs);
}

void TestMainWindow::everyControlHasAName()
{
    QStringList clashes;
    for (const QString &id : m_window->pageIds()) {
        m_window->showPage(id);
        const QList<QWidget *> all = m_window->findChildren<QWidget *>();
        for (QWidget *w : all) {
            if (!w->isVisible() || w->focusPolicy() == Qt::NoFocus || !w->isEnabled())
                continue;
            QString name = w->accessibleName();
            if (name.isEmpty()) {
                if (auto *button = qobject_cast<QAbstractButton *>(w))
                    name = button->text();
            }
            // A spin box's or editable combo box's inner line edit speaks for its owner.
            QWidget *owner = w->parentWidget();
            if (name.isEmpty() && owner
                && (owner->focusProxy() == w || qobject_cast<QAbstractSpinBox *>(owner)
                    || qobject_cast<QComboBox *>(owner)
                    || (qobject_cast<QAbstractScrollArea *>(owner)
                        && static_cast<QAbstractScrollArea *>(owner)->viewport() == w)))
                name = owner->accessibleName();
            QString what = QString::fromLatin1(w->metaObject()->className()) + u' '
                           + w->objectName() + QStringLiteral(" on ") + id;
            for (QWidget *p = w->parentWidget(); p; p = p->parentWidget())
                what += QStringLiteral(" < ") + QString::fromLatin1(p->metaObject()->className())
                        + u' ' + p->objectName();
            QVERIFY2(!name.isEmpty(), qPrintable(what));
        }
        // Alt+letter reaches one control: no two visible labels, buttons, tabs or menus of the
        // window underline the same letter.
        QMap<QChar, QStringList> taken;
        const auto mnemonicOf = [](const QString &text) {
            for (qsizetype i = 0; i + 1 < text.size(); ++i) {
                if (text[i] == u'&') {
                    if (text[i + 1] != u'&')
                        return text[i + 1].toLower();
                    ++i;
                }
            }
            return QChar();
        };
        const auto note = [&](const QString &text) {
            if (const QChar c = mnemonicOf(text); !c.isNull())
                taken[c].append(text);
        };
        for (QAction *menu : m_window->menuBar()->actions())
            note(menu->text());
        for (QWidget *w : all) {
            if (!w->isVisible() || !w->isEnabled())
                continue;
            if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
                note(label->text());
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                note(button->text());
            else if (auto *tabs = qobject_cast<QTabBar *>(w))
                for (int t = 0; t < tabs->count(); ++t)
                    note(tabs->tabText(t));
        }
        for (auto it = taken.cbegin(); it != taken.cend(); ++it) {
            if (it->size() > 1)
                clashes.append(QStringLiteral("Alt+%1 on %2: %3")
                                       .arg(it.key(), id, it->join(QStringLiteral(", "))));
        }
    }
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

void TestMainWindow::switchTenantThroughTheProfileDialog()
{
    // A stored profile that happens to point at the demo tenant's simulator.
    DemoTenant *simulator = m_context->demoTenant();
    QVERIFY(simulator);
    Profile p;
    p.name = QStringLiteral("Staging");
    p.baseUrl = simulator->baseUrl();
    p.clientId = simulator->clientId();
    p.scopes = allConsoleScopes();
    QVERIFY(m_context->profiles()->save(p));

    // The profile dialog is modal: drive it from inside its own event loop.
    bool used = false;
    QTimer::singleShot(0, this, [&used, simulator] {
        auto *dialog = qobject_cast<ProfileDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        dialog->selectProfile(QStringLiteral("Staging"));
        auto *secret = dialog->findChild<QLineEdit *>(QStringLiteral("profileSecret"));
        QTest::keyClicks(secret, QString::fromLatin1(simulator->clientSecret()));
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("useProfile")),
                          Qt::LeftButton);
        used = true;
    });
    auto *profileButton
            = m_window->statusBar()->findChild<QToolButton *>(QStringLiteral("statusProfile"));
    QTest::mouseClick(profileButton, Qt::LeftButton);
    QVERIFY(used);
    QTRY_COMPARE_WITH_TIMEOUT(profileButton->text(), QStringLiteral("Staging"), testTimeoutMs);
    QVERIFY(!m_context->session()->isDemo());
    QTRY_COMPARE_WITH_TIMEOUT(m_context->session()->client()->tokens()->state(),
                              TokenManager::State::Valid, testTimeoutMs);
    QVERIFY(m_window->windowTitle().startsWith(u"Staging"));
    QCOMPARE(m_context->profiles()->lastUsed(), QStringLiteral("Staging"));

    // And back to the demo tenant from the menu.
    m_context->activate(ProfileStore::demoProfileName());
    QTRY_COMPARE_WITH_TIMEOUT(profileButton->text(), ProfileStore::demoProfileName(),
                              testTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_context->session()->client()->tokens()->state(),
                              TokenManager::State::Valid, testTimeoutMs);
}

void TestMainWindow::layoutPersists()
{
    m_window->showPage(PageId::AuditHistory.toString());
    m_window->resize(1111, 777);
    // The audit page's splitter, moved by the user.
    const auto auditSplitter = [](QWidget *window) -> QSplitter * {
        for (QWidget *page : window->findChildren<QWidget *>()) {
            if (QByteArray(page->metaObject()->className()) == "cxone::AuditPage")
                return page->findChild<QSplitter *>();
        }
        return nullptr;
    };
    QSplitter *splitter = auditSplitter(m_window);
    QVERIFY(splitter);
    QTRY_VERIFY(splitter->sizes().value(0) > 0);
    const int total = splitter->sizes().value(0) + splitter->sizes().value(1);
    splitter->setSizes({total - 150, 150});
    const QList<int> moved = splitter->sizes();
    m_window->close();
    MainWindow other(m_context);
    addFeaturePages(&other, m_context);
    QCOMPARE(other.currentPageId(), PageId::Overview.toString());
    other.restoreLayout();
    QCOMPARE(other.currentPageId(), PageId::AuditHistory.toString());
    other.show();
    QVERIFY(QTest::qWaitForWindowExposed(&other));
    // The same split, give or take what the window's own size changed by.
    QTRY_VERIFY2(std::abs(auditSplitter(&other)->sizes().value(1) - moved.value(1)) <= 12
                         && std::abs(auditSplitter(&other)->sizes().value(0) - moved.value(0))
                                    <= 12,
                 qPrintable(QStringLiteral("%1/%2 after, %3/%4 before")
                                    .arg(auditSplitter(&other)->sizes().value(0))
                                    .arg(auditSplitter(&other)->sizes().value(1))
                                    .arg(moved.value(0))
                                    .arg(moved.value(1))));
    other.close();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
}

void TestMainWindow::screenshots()
{
    m_window->resize(1280, 860);
    for (const QString &id : m_window->pageIds()) {
        m_window->showPage(id);
        save(m_window, QStringLiteral("page-") + id);
    }
    ProfileDialog profiles(m_context, m_window);
    profiles.show();
    QVERIFY(QTest::qWaitForWindowExposed(&profiles));
    save(&profiles, QStringLiteral("dialog-profiles"));
    FaultsDialog faults(m_context, m_window);
    faults.show();
    QVERIFY(QTest::qWaitForWindowExposed(&faults));
    save(&faults, QStringLiteral("dialog-faults"));
    QVERIFY(QFile::exists(QStringLiteral(CXONE_SCREENSHOT_DIR "/page-audit.png")));
}

void TestMainWindow::closingCancelsRunningJobsFirst()
{
    test::PingJob *job = startPing(1000000);
    QTRY_VERIFY_WITH_TIMEOUT(job->progress().done >= 3, testTimeoutMs);
    QTimer::singleShot(0, this, [] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
    });
    QVERIFY(!m_window->close()); // not yet: the job is still stopping
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Cancelled, testTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(!m_window->isVisible(),
                              qPrintable(QString::number(m_context->jobs()->runningCount())),
                              testTimeoutMs);
    const QList<AuditEntry> last
            = m_audit.entries({.jobKind = QStringLiteral("ping"), .limit = 1, .newestFirst = true});
    QCOMPARE(last.size(), 1);
    QCOMPARE(last.constFirst().jobId, job->id());
    QCOMPARE(last.constFirst().action, QStringLiteral("PING_CANCELLED"));
}

QTEST_MAIN(TestMainWindow)
#include "test_mainwindow.moc"
