// The segments workspace without a widget, against the simulator: the list loads page by page and
// is searched; a segment looked at gets its verdict and a form of its own that comes back when it
// is looked at again; an export streams its records into the table of its segment and says how it
// went where that segment's status is; a cancelled export resumes, and a resume refused because a
// setting changed since its checkpoint offers the checkpoint's settings.
#include "tests/segments/segtesthelpers.h"
#include "tests/support/modelhelpers.h"

#include "models/engine/jobs/jobregistry.h"
#include "models/engine/session/tenantsession.h"
#include "models/engine/table/rowtablemodel.h"
#include "models/engine/text.h"
#include "models/segments/segmentexportjob.h"
#include "models/segments/segmentlistmodel.h"
#include "models/segments/segmentsworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone;
using cxone::testsupport::rowTexts;
using cxone::testsupport::SignalRecorder;

namespace {

using Tester = QAbstractItemModelTester;
constexpr auto qtTest = QAbstractItemModelTester::FailureReportingMode::QtTest;

QStringList checkedAttributes(const SegmentsWorkspace &ws)
{
    QStringList names;
    for (const SegmentAttribute &attr : ws.currentSegment()->attributes) {
        if (ws.isAttributeChecked(attr.name))
            names << attr.name;
    }
    return names;
}

} // namespace

class TestSegmentsWorkspace final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void withoutSessionNothingCanBeDone();
    void listLoadsAndIsSearched();
    void formBelongsToItsSegment();
    void badInputIsRefusedWithItsReason();
    void exportStreamsIntoItsSegmentsTable();
    void waitsAreSaidInTheSegmentsStatus();
    void cancelThenResumeWithTheCheckpointsSettings();
    void sessionGoesWithWhatItLoaded();

private:
    void look(const QString &name);

    QTemporaryDir m_dir;
    sim::EmbeddedSimulator m_sim;
    JobRegistry m_jobs;
    std::unique_ptr<TenantSession> m_session;
    std::unique_ptr<SegmentsWorkspace> m_ws;
    std::unique_ptr<Tester> m_listTester;
    std::unique_ptr<Tester> m_matchingTester;
    std::unique_ptr<Tester> m_recordsTester;
};

void TestSegmentsWorkspace::initTestCase()
{
    installEnglishPlurals(qApp); // as the console does: "7 segments", not "7 segment(s)"
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(segtest::startSim(m_sim));
    m_session = segtest::makeSession(m_sim, &m_jobs);
    m_ws = std::make_unique<SegmentsWorkspace>();
    m_listTester = std::make_unique<Tester>(m_ws->segments(), qtTest);
    m_matchingTester = std::make_unique<Tester>(m_ws->matching(), qtTest);
    m_recordsTester = std::make_unique<Tester>(m_ws->records(), qtTest);
}

void TestSegmentsWorkspace::cleanupTestCase()
{
    m_jobs.cancelAll();
    m_recordsTester.reset();
    m_matchingTester.reset();
    m_listTester.reset();
    m_ws.reset();
    m_session.reset();
    m_sim.stop();
}

void TestSegmentsWorkspace::look(const QString &name)
{
    m_ws->setCurrentSegment(segtest::segmentId(m_sim, name));
    QVERIFY(m_ws->currentSegment());
    QCOMPARE(m_ws->currentSegment()->name, name);
}

void TestSegmentsWorkspace::withoutSessionNothingCanBeDone()
{
    SegmentsWorkspace ws;
    QSignalSpy list(&ws, &SegmentsWorkspace::listChanged);
    QVERIFY(list.isValid());
    ws.setSession(nullptr);
    QCOMPARE(list.size(), 1);
    QCOMPARE(ws.listText(), QStringLiteral("No tenant is active."));
    QCOMPARE(ws.status(), QStringLiteral("Select a segment to see whether it can be exported."));
    QCOMPARE(ws.segments()->rowCount(), 0);
    QVERIFY(!ws.currentSegment());
    QVERIFY(!ws.canApply());
    QVERIFY(!ws.canResume());
    QCOMPARE(ws.applyBlockedReason(), QStringLiteral("Select a segment that can be exported."));
    ws.startExport();
    QVERIFY(!ws.exportJob());
    QVERIFY(!ws.isBusy());
}

void TestSegmentsWorkspace::listLoadsAndIsSearched()
{
    // given: the workspace and a tenant with seven segments
    QSignalSpy loaded(m_ws.get(), &SegmentsWorkspace::segmentsLoaded);
    QSignalSpy list(m_ws.get(), &SegmentsWorkspace::listChanged);
    QVERIFY(loaded.isValid() && list.isValid());
    // when: the session comes
    m_ws->setSession(m_session.get());
    // then: the list loads, saying so, then how many can be exported now
    QVERIFY(m_ws->isLoading());
    QCOMPARE(m_ws->listText(), QStringLiteral("Loading segments…"));
    QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, segtest::timeoutMs);
    QVERIFY(!m_ws->isLoading());
    QCOMPARE(m_ws->segments()->rowCount(), 7);
    QVERIFY2(m_ws->listText().startsWith(u"7 segments, "), qPrintable(m_ws->listText()));
    QVERIFY(m_ws->listText().endsWith(u" exportable now."));
    QVERIFY(list.size() >= 2);

    // when: searched by name, id or status
    m_ws->setSearchText(QStringLiteral("gold"));
    QCOMPARE(rowTexts(m_ws->matching()), QStringList{QStringLiteral("Gold loyalty members")});
    m_ws->setSearchText(QStringLiteral("inactive"));
    QCOMPARE(rowTexts(m_ws->matching()), QStringList{QStringLiteral("Spring promo 2023")});
    m_ws->setSearchText(QString());
    QCOMPARE(m_ws->matching()->rowCount(), 7);
}

void TestSegmentsWorkspace::formBelongsToItsSegment()
{
    // when: a segment is looked at
    SignalRecorder recorder(m_ws.get());
    look(QStringLiteral("Churn risk, Q3 (model v2)"));
    // then: its status, details and verdict, in that order, with a file named after it
    QCOMPARE(recorder.distinctRuns(),
             (QStringList{QStringLiteral("statusChanged"), QStringLiteral("currentChanged"),
                          QStringLiteral("recordsChanged"), QStringLiteral("verdictChanged"),
                          QStringLiteral("actionsChanged")}));
    QCOMPARE(m_ws->status(), QStringLiteral("No export of this segment yet."));
    QVERIFY(m_ws->detailsText().startsWith(u"Id: " + m_ws->currentId()));
    QVERIFY(m_ws->verdict().allowed());
    QVERIFY(m_ws->canApply());
    QVERIFY2(m_ws->settings().outputPath.endsWith(u"/Churn-risk-Q3-model-v2.csv"),
             qPrintable(m_ws->settings().outputPath));
    QVERIFY(!m_ws->isAttributeChecked(QStringLiteral("legacyScore"))); // not this segment's

    // when: the format changes; then: the file follows it
    ExportSettings s = m_ws->settings();
    s.format = ExportFormat::Jsonl;
    m_ws->setSettings(s);
    QVERIFY(m_ws->settings().outputPath.endsWith(u"/Churn-risk-Q3-model-v2.jsonl"));
    s = m_ws->settings();
    s.format = ExportFormat::Csv;
    m_ws->setSettings(s);

    // when: filters and attributes are chosen
    QSignalSpy form(m_ws.get(), &SegmentsWorkspace::formChanged);
    m_ws->setFilters({{QStringLiteral("tier"), QStringLiteral("equals"), QStringLiteral("Gold")}});
    const QStringList all = checkedAttributes(*m_ws);
    QVERIFY(all.size() > 3);
    m_ws->setAttributesChecked(all, false);
    m_ws->setAttributesChecked(
            {QStringLiteral("city"), QStringLiteral("tier"), QStringLiteral("notes")}, true);
    QCOMPARE(form.size(), 3);
    // then: the options say what is exported, in the segment's order, and the verdict counts it
    const ExportOptions o = m_ws->options();
    QCOMPARE(o.attributes, (QStringList{QStringLiteral("city"), QStringLiteral("tier"),
                                        QStringLiteral("notes")}));
    QCOMPARE(o.filters.size(), 1);
    QCOMPARE(m_ws->verdict().attributes.size(), 3);

    // when: another segment is looked at; then: none of this one's form
    look(QStringLiteral("Gold loyalty members"));
    QVERIFY(m_ws->filters().isEmpty());
    QVERIFY(checkedAttributes(*m_ws).size() > 3);
    QVERIFY(m_ws->settings().outputPath.endsWith(u"/Gold-loyalty-members.csv"));
    m_ws->setAttributesChecked({QStringLiteral("email")}, false);
    const QStringList gold = checkedAttributes(*m_ws);

    // when: back; then: as it was left, each of them
    look(QStringLiteral("Churn risk, Q3 (model v2)"));
    QCOMPARE(m_ws->filters().size(), 1);
    QCOMPARE(m_ws->filters().first().value, QStringLiteral("Gold"));
    QCOMPARE(checkedAttributes(*m_ws).size(), 3);
    look(QStringLiteral("Gold loyalty members"));
    QCOMPARE(checkedAttributes(*m_ws), gold);

    // when: nothing is looked at
    m_ws->setCurrentSegment(QString());
    QVERIFY(!m_ws->currentSegment());
    QVERIFY(!m_ws->canApply());
    QCOMPARE(m_ws->status(), QStringLiteral("Select a segment to see whether it can be exported."));
}

void TestSegmentsWorkspace::badInputIsRefusedWithItsReason()
{
    // An unknown segment is none.
    m_ws->setCurrentSegment(QStringLiteral("seg-that-does-not-exist"));
    QVERIFY(!m_ws->currentSegment());

    // An inactive, stale segment: every reason, and Export off with the first as its reason.
    look(QStringLiteral("Spring promo 2023"));
    QVERIFY(!m_ws->canApply());
    const QString blocking = m_ws->verdict().blockingTexts().join(u' ');
    QVERIFY2(blocking.contains(u"is Inactive"), qPrintable(blocking));
    QVERIFY2(blocking.contains(u"freshness limit"), qPrintable(blocking));
    QCOMPARE(m_ws->applyBlockedReason(), m_ws->verdict().blockingTexts().first());

    // A stale segment becomes exportable when the freshness limit is raised, and the list's
    // freshness is judged against the same limit.
    look(QStringLiteral("Newsletter subscribers"));
    QVERIFY(!m_ws->canApply());
    ExportSettings s = m_ws->settings();
    s.maxAge = std::chrono::hours(96);
    m_ws->setSettings(s);
    QVERIFY(m_ws->canApply());
    QCOMPARE(m_ws->segments()->maxAge(), std::chrono::seconds(96 * 3600));
    s.maxAge = std::chrono::hours(24);
    m_ws->setSettings(s);
    QVERIFY(!m_ws->canApply());

    // Deprecated attributes are never exported, even when asked for.
    look(QStringLiteral("Legacy CRM import"));
    m_ws->setAttributesChecked({QStringLiteral("legacyScore")}, true);
    QVERIFY(!m_ws->isAttributeChecked(QStringLiteral("legacyScore")));
    QVERIFY(!m_ws->options().attributes.contains(u"legacyScore"));
    QVERIFY(m_ws->canApply());

    // An output folder that does not exist.
    s = m_ws->settings();
    s.outputPath = m_dir.filePath(QStringLiteral("no-such-folder/legacy.csv"));
    m_ws->setSettings(s);
    QVERIFY(!m_ws->canApply());
    QVERIFY2(m_ws->applyBlockedReason().contains(u"folder"),
             qPrintable(m_ws->applyBlockedReason()));

    // A value an editor could not take is said in the segment's status, and kept with it.
    m_ws->reportProblem(QStringLiteral("orderCount: \"ten\" is not a whole number."));
    QCOMPARE(m_ws->status(), QStringLiteral("orderCount: \"ten\" is not a whole number."));
    look(QStringLiteral("Gold loyalty members"));
    look(QStringLiteral("Legacy CRM import"));
    QCOMPARE(m_ws->status(), QStringLiteral("orderCount: \"ten\" is not a whole number."));
}

void TestSegmentsWorkspace::exportStreamsIntoItsSegmentsTable()
{
    // given: Churn risk with the filter and three attributes chosen above, to a file of the test
    look(QStringLiteral("Churn risk, Q3 (model v2)"));
    const QString out = m_dir.filePath(QStringLiteral("churn.csv"));
    ExportSettings s = m_ws->settings();
    s.outputPath = out;
    m_ws->setSettings(s);
    QSignalSpy started(m_ws.get(), &Workspace::jobStarted);
    QSignalSpy finished(m_ws.get(), &Workspace::jobFinished);
    QSignalSpy records(m_ws.get(), &SegmentsWorkspace::recordsChanged);

    // when: exported
    m_ws->startExport();
    // then: it runs, with its records in a table of its own, and says so where it is looked at
    QCOMPARE(started.size(), 1);
    QVERIFY(m_ws->isBusy());
    QVERIFY(!m_ws->canResume());
    QCOMPARE(records.size(), 1);
    QCOMPARE(m_ws->recordsSegmentId(), m_ws->currentId());
    QCOMPARE(m_ws->shownRecords(), m_ws->records());
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, segtest::timeoutMs);
    QCOMPARE(m_ws->exportJob()->state(), JobState::Succeeded);
    const QStringList truth = segtest::groundTruth(
            m_sim, m_ws->currentId(),
            QJsonArray{QJsonObject{{QStringLiteral("attribute"), QStringLiteral("tier")},
                                   {QStringLiteral("operator"), QStringLiteral("equals")},
                                   {QStringLiteral("value"), QStringLiteral("Gold")}}});
    QVERIFY(!truth.isEmpty());
    QCOMPARE(rowTexts(m_ws->records()), truth);
    QCOMPARE(m_ws->records()->columnCount(), 4);
    QVERIFY2(m_ws->status().startsWith(u"Exported to " + out + u" — "), qPrintable(m_ws->status()));
    QVERIFY(m_ws->status().contains(u"records/s on average"));
    QCOMPARE(segtest::readCsv(segtest::readAll(out)).size(), truth.size() + 1);

    // when: another segment is looked at; then: its own (empty) table and status
    look(QStringLiteral("Gold loyalty members"));
    QVERIFY(m_ws->shownRecords() != m_ws->records());
    QCOMPARE(m_ws->shownRecords()->rowCount(), 0);
    QCOMPARE(m_ws->status(), QStringLiteral("No export of this segment yet."));
    // when: back; then: its records and what its export said
    look(QStringLiteral("Churn risk, Q3 (model v2)"));
    QCOMPARE(m_ws->shownRecords(), m_ws->records());
    QVERIFY(m_ws->status().startsWith(u"Exported to "));
}

void TestSegmentsWorkspace::waitsAreSaidInTheSegmentsStatus()
{
    // given: the tenant rate-limits the next page once
    QString error;
    QVERIFY2(
            m_sim.applyFaultJson({{QStringLiteral("route"), QStringLiteral("POST /api/v2/contacts/"
                                                                           "segments/{id}/contacts/"
                                                                           "query")},
                                  {QStringLiteral("fail-next"), 1},
                                  {QStringLiteral("fail-kind"), QStringLiteral("429")},
                                  {QStringLiteral("retry-after"), 1}},
                                 &error),
            qPrintable(error));
    look(QStringLiteral("Churn risk, Q3 (model v2)"));
    QSignalSpy status(m_ws.get(), &Workspace::statusChanged);
    QSignalSpy finished(m_ws.get(), &Workspace::jobFinished);
    // when: exported
    m_ws->startExport();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, segtest::timeoutMs);
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("reset"), true}}, &error));
    // then: while it waited, the segment's status said why
    QStringList said;
    for (const QList<QVariant> &s : std::as_const(status))
        said << s.first().toString();
    QVERIFY2(!said.filter(QStringLiteral("The tenant is rate-limiting; waiting")).isEmpty(),
             qPrintable(said.join(u'\n')));
    QVERIFY(m_ws->status().startsWith(u"Exported to "));
}

void TestSegmentsWorkspace::cancelThenResumeWithTheCheckpointsSettings()
{
    QString error;
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 20}}, &error));
    look(QStringLiteral("Gold loyalty members"));
    const QString churn = segtest::segmentId(m_sim, QStringLiteral("Churn risk, Q3 (model v2)"));
    const QString out = m_dir.filePath(QStringLiteral("gold.csv"));
    ExportSettings s = m_ws->settings();
    s.outputPath = out;
    s.pageSize = 100;
    m_ws->setSettings(s);
    // An "in" list goes into the checkpoint as JSON and must come back as the form holds it,
    // an item with a comma in quotes.
    const QString tiers = QStringLiteral("Gold,\"Silver, or not\"");
    m_ws->setFilters({{QStringLiteral("tier"), QStringLiteral("in"), tiers}});
    QVERIFY(!m_ws->canResume());
    QCOMPARE(m_ws->resumeHint(), QStringLiteral("No interrupted export beside this file."));

    // when: exporting, another segment is looked at
    m_ws->startExport();
    SegmentExportJob *job = m_ws->exportJob();
    QTRY_VERIFY_WITH_TIMEOUT(job->metrics().pages >= 1, segtest::timeoutMs);
    m_ws->setCurrentSegment(churn);
    QSignalSpy status(m_ws.get(), &Workspace::statusChanged);
    QTRY_VERIFY_WITH_TIMEOUT(job->metrics().pages >= 3, segtest::timeoutMs);
    // then: the export's words stay with its segment
    QCOMPARE(status.size(), 0);
    QVERIFY(m_ws->status().startsWith(u"Exported to "));
    look(QStringLiteral("Gold loyalty members"));
    QVERIFY2(m_ws->status().contains(u"records in"), qPrintable(m_ws->status()));

    // when: cancelled; then: what is kept, and Resume offered
    m_ws->cancel();
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), segtest::timeoutMs);
    QCOMPARE(job->state(), JobState::Cancelled);
    QVERIFY2(m_ws->status().contains(u"records are kept; Resume continues from there"),
             qPrintable(m_ws->status()));
    QVERIFY(m_ws->canResume());
    QCOMPARE(m_ws->resumeHint(),
             QStringLiteral("An interrupted export of this file can be continued."));
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("reset"), true}}, &error));

    // when: a setting changed since, then resumed
    s = m_ws->settings();
    s.pageSize = 110;
    m_ws->setSettings(s);
    QSignalSpy offered(m_ws.get(), &SegmentsWorkspace::checkpointOffered);
    m_ws->startExport(true);
    // then: the refusal names it and offers the checkpoint's settings
    QTRY_COMPARE_WITH_TIMEOUT(offered.size(), 1, segtest::timeoutMs);
    const QString question = offered.first().first().toString();
    QVERIFY2(question.contains(u"page size 100 there, 110 here"), qPrintable(question));
    QVERIFY(question.endsWith(u"Set the form back to the settings of the interrupted export and "
                              u"resume it?"));
    QCOMPARE(m_ws->checkpointQuestion(), question);

    // when: taken; then: the form is the checkpoint's and the export goes on to the end
    m_ws->useCheckpointSettings();
    QVERIFY(m_ws->checkpointQuestion().isEmpty());
    QCOMPARE(m_ws->settings().pageSize, 100);
    QCOMPARE(m_ws->filters().size(), 1);
    QCOMPARE(m_ws->filters().first().op, QStringLiteral("in"));
    QCOMPARE(m_ws->filters().first().value, tiers);
    job = m_ws->exportJob();
    QVERIFY(job && m_ws->isBusy());
    QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), segtest::timeoutMs);
    QCOMPARE(job->state(), JobState::Succeeded);
    QVERIFY(job->wasResumed());
    const ExportMetrics m = job->metrics();
    QVERIFY(m.resumedFromRecords > 0);
    QCOMPARE(m_ws->records()->headerData(0, Qt::Vertical).toLongLong(), m.resumedFromRecords + 1);
    QVERIFY2(m_ws->status().contains(u"were exported by the interrupted run"),
             qPrintable(m_ws->status()));
    const QStringList truth = segtest::groundTruth(
            m_sim, m_ws->currentId(),
            QJsonArray{QJsonObject{
                    {QStringLiteral("attribute"), QStringLiteral("tier")},
                    {QStringLiteral("operator"), QStringLiteral("in")},
                    {QStringLiteral("value"),
                     QJsonArray{QStringLiteral("Gold"), QStringLiteral("Silver, or not")}}}});
    QCOMPARE(qint64(m_ws->records()->rowCount()) + m.resumedFromRecords, qint64(truth.size()));
    QVERIFY(!m_ws->canResume());
}

void TestSegmentsWorkspace::sessionGoesWithWhatItLoaded()
{
    QVERIFY(m_ws->records()->rowCount() > 0);
    m_ws->setSession(nullptr);
    QCOMPARE(m_ws->segments()->rowCount(), 0);
    QVERIFY(!m_ws->currentSegment());
    QCOMPARE(m_ws->records()->rowCount(), 0);
    QVERIFY(m_ws->recordsSegmentId().isEmpty());
    QCOMPARE(m_ws->listText(), QStringLiteral("No tenant is active."));
    QVERIFY(!m_ws->canApply());
}

QTEST_MAIN(TestSegmentsWorkspace)
#include "test_segments_workspace.moc"
