// The contact-lists workspace without a widget, against the simulator: the lists load and one is
// chosen, its contacts load with the regions of their numbers (which become the allowed regions),
// a preview is made and goes stale when the directive changes, a row is overridden, the run is
// applied behind a journal, listed in the list's history, and undone.
#include "tests/simulator/simtesthelpers.h"
#include "tests/support/modelhelpers.h"
#include "tests/support/simsession.h"

#include "app/simulator/modules/contactlistsmodule.h"
#include "models/contactlists/contactlistsworkspace.h"
#include "models/contactlists/previewmodel.h"
#include "models/contactlists/sanitizehistory.h"
#include "models/contactlists/sanitizejobs.h"
#include "models/engine/entitylistmodel.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cxone;
using cxone::testsupport::rowTexts;
using cxone::testsupport::SignalRecorder;

class TestContactListsWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QDir(SanitizeJournal::directory()).removeRecursively();
    }

    void settingsInWords()
    {
        SanitizeSettings s;
        QCOMPARE(s.text(), QStringLiteral("default region US; allowed regions US,CA; blocked types "
                                          "voip, premium-rate; duplicates purged; "
                                          "disposable-number list none; carrier lookup off"));
        SanitizeDirective d;
        QString error;
        QVERIFY(s.toDirective(&d, &error));
        QCOMPARE(d.allowedRegions.size(), 2);
        s.defaultRegion = QStringLiteral("U");
        QVERIFY(!s.toDirective(&d, &error));
        QVERIFY2(error.contains(u"not a region code"), qPrintable(error));
    }

    void loadPreviewApplyUndo()
    {
        // given: the small demo tenant and a workspace in its session
        sim::EmbeddedSimulator sim;
        sim::SimConfig config;
        config.scale = sim::Scale::Small;
        QVERIFY(simtest::startSim(sim, config));
        JobRegistry jobs;
        const auto session = simfixture::makeSession(sim, &jobs);

        ContactListsWorkspace ws;
        for (QAbstractItemModel *m : std::initializer_list<QAbstractItemModel *>{
                     ws.lists(), ws.preview(), ws.rows(), ws.runs()})
            new QAbstractItemModelTester(m, QAbstractItemModelTester::FailureReportingMode::QtTest,
                                         &ws);
        QSignalSpy listsLoaded(&ws, &ContactListsWorkspace::listsLoaded);
        QSignalSpy contactsLoaded(&ws, &ContactListsWorkspace::contactsLoaded);
        QSignalSpy previewed(&ws, &ContactListsWorkspace::previewReady);
        QSignalSpy applied(&ws, &ContactListsWorkspace::applyFinished);
        QSignalSpy runsLoaded(&ws, &ContactListsWorkspace::runsLoaded);
        QSignalSpy restored(&ws, &ContactListsWorkspace::restoreFinished);
        QVERIFY(listsLoaded.isValid() && contactsLoaded.isValid() && previewed.isValid());
        QVERIFY(applied.isValid() && runsLoaded.isValid() && restored.isValid());

        // when: the session comes; then: the lists load, the first is chosen
        QVERIFY(!ws.canLoad());
        ws.setSession(session.get());
        QTRY_COMPARE_WITH_TIMEOUT(listsLoaded.size(), 1, 30000);
        QVERIFY(rowTexts(ws.lists()).contains(u"UK renewals — 400 contacts"));
        QVERIFY(ws.currentList());

        // when: the UK list is chosen and loaded; then: its regions become the allowed ones
        ws.setCurrentList(QStringLiteral("list_gb_renewals"));
        QCOMPARE(ws.settings().defaultRegion, QStringLiteral("GB"));
        QVERIFY(ws.listText().startsWith(u"list_gb_renewals · 400 contacts"));
        QVERIFY(ws.canLoad());
        QVERIFY(!ws.canPreview());
        SignalRecorder recorder(&ws);
        ws.loadContacts();
        QVERIFY(ws.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(contactsLoaded.size(), 1, 30000);
        QVERIFY(recorder.names().contains(u"settingsChanged"));
        QCOMPARE(recorder.names().indexOf(u"surveyChanged")
                         < recorder.names().indexOf(u"contactsLoaded"),
                 true);
        QCOMPARE(ws.survey().regions.first().first, QStringLiteral("GB"));
        QCOMPARE(ws.settings().regions, ws.survey().regionCodes().join(u','));
        QVERIFY(ws.surveyText().startsWith(u"Valid numbers by region: GB "));
        QVERIFY(ws.status().contains(u"Allowed regions set to the ones its numbers belong to"));
        QVERIFY(ws.canPreview());

        // when: previewed with GB and IE allowed
        SanitizeSettings s = ws.settings();
        s.regions = QStringLiteral("GB,IE");
        ws.noteRegionsTyped();
        ws.setSettings(s);
        QString error;
        QVERIFY(ws.startPreview(&error));
        QTRY_COMPARE_WITH_TIMEOUT(previewed.size(), 1, 60000);
        // then: every contact has a verdict, Apply can go, and says what it does
        QCOMPARE(ws.preview()->rowCount(), 400);
        QVERIFY(ws.countsText().startsWith(u"Update "));
        QVERIFY(!ws.previewIsStale());
        QVERIFY(ws.canApply());
        const auto preview = ws.preview()->preview();
        const qsizetype purges = preview->count(Verdict::Purge);

        // when: the directive changes; then: the preview is stale until it is as before
        s.lookup = true;
        ws.setSettings(s);
        QVERIFY(ws.previewIsStale());
        QVERIFY(!ws.canApply());
        QVERIFY(ws.applyBlockedReason().contains(u"Preview"));
        QVERIFY(ws.status().contains(u"run Preview again"));
        s.lookup = false;
        ws.setSettings(s);
        QVERIFY(!ws.previewIsStale());

        // when: a purged row is kept by hand; then: the counts say so
        int purgeRow = -1;
        for (int r = 0; r < ws.preview()->rowCount() && purgeRow < 0; ++r) {
            if (ws.preview()->index(r, 0).data(PreviewModel::VerdictRole).toInt()
                == int(Verdict::Purge))
                purgeRow = r;
        }
        QVERIFY(purgeRow >= 0);
        ws.overrideRows({purgeRow}, int(Verdict::Keep));
        QCOMPARE(preview->count(Verdict::Purge), purges - 1);
        QVERIFY(ws.countsText().contains(u"1 overridden"));

        // when: applied behind a journal; then: the run is in the list's history, selected
        const QString journal = ws.nextJournalPath();
        QVERIFY(ws.confirmationText(journal).contains(journal));
        QVERIFY(ws.confirmationText(journal).contains(u"allowed regions GB,IE"));
        QCOMPARE(ws.purgeNeedsTyping(), 100 * (purges - 1) > 20 * 400);
        runsLoaded.clear();
        ws.apply(journal);
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 60000);
        QCOMPARE(applied.first().first().toBool(), true);
        QVERIFY(QFile::exists(ws.lastJournalPath()));
        QVERIFY(ws.outcomeText().contains(QStringLiteral("purged %1").arg(purges - 1)));
        QVERIFY(!ws.hasContacts()); // what was loaded describes the list before the run
        QTRY_VERIFY_WITH_TIMEOUT(!runsLoaded.isEmpty() && ws.runs()->rowCount() == 1, 10000);
        QCOMPARE(runsLoaded.last().first().toString(), journal);
        const SanitizeRun run = ws.runs()->runs().first();
        QCOMPARE(run.purged, purges - 1);
        QVERIFY(ws.restoreConfirmationText(run).contains(
                u"on list “UK renewals” (list_gb_renewals)"));

        // when: undone from its journal; then: every contact is back
        ws.restore(run.path, run.listName);
        QTRY_COMPARE_WITH_TIMEOUT(restored.size(), 1, 60000);
        QCOMPARE(restored.first().first().toBool(), true);
        QVERIFY(ws.outcomeText().startsWith(u"Undone on UK renewals"));
        qint64 live = -1;
        sim.run([&](sim::TenantSimulator &t) {
            auto *part = t.state().partAs<sim::ContactListsPart>(QStringLiteral("contactlists"));
            live = part->find(QStringLiteral("list_gb_renewals"))->liveCount();
        });
        QCOMPARE(live, 400);
        QTRY_VERIFY_WITH_TIMEOUT(
                ws.runs()->rowCount() == 1 && ws.runs()->runs().first().restoreFinished, 10000);

        // when: the session goes; then: nothing of the tenant stays
        ws.setSession(nullptr);
        QCOMPARE(ws.lists()->rowCount(), 0);
        QCOMPARE(ws.runs()->rowCount(), 0);
        QVERIFY(ws.outcomeText().isEmpty());
        sim.stop();
    }
};

QTEST_MAIN(TestContactListsWorkspace)
#include "test_contactlists_workspace.moc"
