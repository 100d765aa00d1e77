// The enrichment workspace without a widget, against the simulator: the campaigns load and the
// first is chosen, its schema loads, a file is read and planned, a changed option makes the plan
// stale until it is built again, a template made for the file's columns is offered, and a run is
// applied and undone with the outcomes shown over the plan it sent.
#include "tests/enrichment/enrichtesthelpers.h"
#include "tests/support/modelhelpers.h"
#include "tests/support/simsession.h"

#include "models/engine/entitylistmodel.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"
#include "models/enrichment/enrichmentworkspace.h"
#include "models/enrichment/enrichmodels.h"
#include "models/enrichment/mappingtemplates.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace cxone;
using cxone::testsupport::rowTexts;
using cxone::testsupport::SignalRecorder;

class TestEnrichmentWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void withoutSessionNothingCanBeDone()
    {
        EnrichmentWorkspace ws;
        QSignalSpy status(&ws, &Workspace::statusChanged);
        QVERIFY(status.isValid());
        ws.setSession(nullptr);
        QVERIFY(!ws.canApply());
        QVERIFY(!ws.canUndo());
        QVERIFY(!ws.applyBlockedReason().isEmpty());
        QCOMPARE(ws.campaignText(), QStringLiteral("Sign in to a tenant to see its campaigns."));
        QCOMPARE(ws.countsText(), QStringLiteral("No file yet."));
        QCOMPARE(ws.campaigns()->rowCount(), 0);
    }

    void planApplyUndo()
    {
        // given: the demo tenant, unthrottled, and a workspace following it
        sim::EmbeddedSimulator sim;
        QVERIFY(enrichtest::startUnthrottled(sim));
        JobRegistry jobs;
        const auto session = simfixture::makeSession(sim, &jobs);

        EnrichmentWorkspace ws;
        QAbstractItemModelTester campaignsTester(
                ws.campaigns(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester mappingTester(
                ws.mapping(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester previewTester(
                ws.preview(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester resultsTester(
                ws.results(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy campaigns(&ws, &EnrichmentWorkspace::campaignsLoaded);
        QSignalSpy schema(&ws, &EnrichmentWorkspace::schemaLoaded);
        QSignalSpy planned(&ws, &EnrichmentWorkspace::planReady);
        QSignalSpy applied(&ws, &EnrichmentWorkspace::applyFinished);
        QSignalSpy undone(&ws, &EnrichmentWorkspace::undoFinished);
        QVERIFY(campaigns.isValid() && schema.isValid() && planned.isValid());
        QVERIFY(applied.isValid() && undone.isValid());

        // when: the session comes, then a campaign is chosen
        ws.setSession(session.get());
        QTRY_COMPARE_WITH_TIMEOUT(campaigns.size(), 1, 30000);
        QVERIFY(ws.campaigns()->rowCount() > 1);
        QVERIFY(ws.currentCampaign()); // the first, until one is chosen
        schema.clear();
        ws.setCurrentCampaign(QStringLiteral("camp_us_retention_q4"));
        // then: its schema loads and the info line names its list
        QTRY_VERIFY_WITH_TIMEOUT(schema.size() >= 1, 30000);
        QVERIFY(ws.campaignText().contains(u"list list_us_main"));
        QVERIFY(!ws.schema().attributes.isEmpty());
        QVERIFY(!ws.canApply()); // no file yet

        // when: a file is read; then: it is planned, with every row sendable
        QTemporaryDir dir;
        SignalRecorder recorder(&ws);
        ws.loadFile(
                enrichtest::writeFile(dir, QStringLiteral("crm.csv"), enrichtest::usExport(40)));
        QVERIFY(ws.isReading());
        QTRY_COMPARE_WITH_TIMEOUT(planned.size(), 1, 30000);
        QCOMPARE(recorder.distinctRuns().first(), QStringLiteral("fileChanged"));
        QVERIFY(recorder.names().contains(u"planReady"));
        QVERIFY(ws.fileText().startsWith(u"crm.csv — "));
        QCOMPARE(ws.plan()->contacts(), 40);
        QVERIFY(ws.countsText().contains(u"40 to send"));
        QCOMPARE(rowTexts(ws.mapping(), 0).first(), QStringLiteral("Contact ID"));
        QCOMPARE(ws.preview()->rowCount(), 40);
        QVERIFY(ws.canApply());

        // when: an option changes; then: the plan is stale (Apply off) until it is rebuilt
        EnrichOptions o = ws.options();
        o.duplicates = DuplicatePolicy::Last;
        ws.setOptions(o);
        QVERIFY(ws.planIsStale());
        QVERIFY(!ws.canApply());
        QTRY_COMPARE_WITH_TIMEOUT(planned.size(), 2, 30000);
        QVERIFY(!ws.planIsStale());
        QVERIFY(ws.canApply());

        // when: the mapping is saved as a template and the same columns are read again;
        // then: that template is offered, and using it says what it changed
        ws.saveTemplate(QStringLiteral("weekly us export"));
        QVERIFY(ws.templateNames().contains(u"weekly us export"));
        ws.loadFile(enrichtest::writeFile(dir, QStringLiteral("crm2.csv"),
                                          enrichtest::usExport(40, 100)));
        QTRY_COMPARE_WITH_TIMEOUT(planned.size(), 3, 30000);
        QCOMPARE(ws.matchingTemplate(), QStringLiteral("weekly us export"));
        ws.useTemplate(ws.matchingTemplate());
        QVERIFY2(ws.status().contains(u"Template \u201cweekly us export\u201d applied"),
                 qPrintable(ws.status()));
        QVERIFY(ws.status().contains(u"columns mapped"));
        QTRY_COMPARE_WITH_TIMEOUT(planned.size(), 4, 30000);
        ws.deleteTemplate(QStringLiteral("weekly us export"));
        QVERIFY(!ws.templateNames().contains(u"weekly us export"));

        // when: applied; then: every row's outcome over the plan sent, and the run remembered
        const QString journal = ws.nextJournalPath();
        QVERIFY(ws.applyConfirmationText(journal).contains(u"Enrich 40 contacts of list "
                                                           u"list_us_main"));
        QCOMPARE(ws.applyActionText(), QStringLiteral("Enrich 40 contacts"));
        ws.apply(journal);
        QVERIFY2(ws.isBusy(), qPrintable(ws.status()));
        QVERIFY(!ws.canApply() || ws.isBusy());
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 60000);
        QCOMPARE(applied.first().first().toBool(), true);
        QVERIFY(!ws.isBusy());
        QVERIFY(ws.lastRun());
        QCOMPARE(ws.lastRun()->journal, journal);
        QCOMPARE(ws.lastRun()->fileName, QStringLiteral("crm2.csv"));
        QCOMPARE(ws.lastRun()->applied, 40);
        QCOMPARE(ws.results()->rowCount(), 40);
        QCOMPARE(ws.results()->index(0, 2).data().toString(), QStringLiteral("updated"));
        QVERIFY(ws.resultsText().startsWith(u"Applied 40"));
        QVERIFY(ws.canUndo());

        // when: undone; then: the confirmation names file, list and time, and rows read "undone"
        const QString question = ws.undoConfirmationText();
        QVERIFY2(question.contains(u"\u201ccrm2.csv\u201d") && question.contains(u"list_us_main"),
                 qPrintable(question));
        ws.undo();
        QTRY_COMPARE_WITH_TIMEOUT(undone.size(), 1, 60000);
        QCOMPARE(undone.first().first().toBool(), true);
        QVERIFY(ws.lastRun()->undone);
        QCOMPARE(ws.results()->index(0, 2).data().toString(), QStringLiteral("undone"));
        QVERIFY(ws.resultsText().contains(u"Undone: "));

        // when: the session goes; then: what was loaded from the tenant goes with it
        ws.setSession(nullptr);
        QCOMPARE(ws.campaigns()->rowCount(), 0);
        QVERIFY(!ws.canApply());
        sim.stop();
    }
};

QTEST_MAIN(TestEnrichmentWorkspace)
#include "test_enrichment_workspace.moc"
