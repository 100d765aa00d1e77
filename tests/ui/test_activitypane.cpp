// What the admin reads in the activity pane and the audit page: jobs and targets by name (ids in
// tooltips and exports), audit actions as sentences, details as labelled values without raw JSON
// unless asked for, charts with titled axes and a legend, fill rates in the job's order, and a
// run whose items partly failed shown as "completed with N failures" in a warning colour.
#include "tests/ui/uitest.h"

#include "models/engine/audit/auditmodel.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/jobs/joblistmodel.h"
#include "models/engine/jobs/jobregistry.h"
#include "ui/activitypane.h"
#include "ui/auditpage.h"
#include "ui/jobcharts.h"
#include "ui/jobdetailwidget.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QCheckBox>
#include <QFile>
#include <QJsonObject>
#include <QLabel>
#include <QLegend>
#include <QPlainTextEdit>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QTreeWidget>
#include <QValueAxis>

using namespace cxone;
using cxone::test::testTimeoutMs;

namespace {

const QString segmentId = QStringLiteral("5f0c9a4e-3b1d-4c2a-9e7f-1a2b3c4d5e6f");
const QString segmentName = QStringLiteral("Gold loyalty members");

// A job driven by the test: it knows its target's name from what it read, makes calls that end
// out of order (as concurrent batches do), reports fill rates and ends as the test says.
class ScriptedJob final : public Job
{
    Q_OBJECT
public:
    explicit ScriptedJob(QString kind, QString target, QObject *parent = nullptr)
        : Job(std::move(kind), std::move(target), parent)
    {}

    void nameTarget(const QString &name)
    {
        setTargetName(name);
        setTitle(QStringLiteral("Extract · ") + name);
    }
    void progressTo(qint64 done, qint64 total)
    {
        setUnit(QStringLiteral("transcripts"));
        setProgress(done, total);
    }
    void call(qint64 atMs, qint64 latencyMs)
    {
        CallSample s;
        s.atMs = atMs;
        s.latencyMs = latencyMs;
        s.httpStatus = 200;
        Q_EMIT callObserved(s);
    }
    void fill(const QString &field, double rate) { Q_EMIT fillRateChanged(field, rate); }
    void record(const QString &action, const QJsonObject &details)
    {
        audit(action, QStringLiteral("ok"), details);
    }
    void endWithFailures(qint64 failed, const QString &text) { completeWithFailures(failed, text); }

protected:
    void run() override {}
};

} // namespace

class TestActivityPane final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void targetsAreNamedAndIdsKeptInTooltips();
    void auditEntriesReadAsSentences();
    void chartsHaveTitledAxesALegendAndNoZigZags();
    void fillRatesKeepTheJobsOrderWithPercentages();
    void aChartOpensInItsOwnWindow();
    void partlyFailedRunCompletesWithFailures();
    void collapsesToOneLineOfRunningJobs();
    void auditPageNamesTargetsAndHidesRawJsonByDefault();

private:
    ScriptedJob *startJob(const QString &kind = QStringLiteral("transcripts.extract"));

    QTemporaryDir m_dir;
    JobRegistry *m_registry = nullptr;
    ActivityPane *m_pane = nullptr;
};

void TestActivityPane::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
}

void TestActivityPane::init()
{
    m_registry = new JobRegistry(this);
    m_pane = new ActivityPane(m_registry);
    m_pane->model()->setRefreshInterval(10);
    m_pane->resize(1100, 420);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane));
}

void TestActivityPane::cleanup()
{
    delete m_pane;
    delete m_registry;
}

ScriptedJob *TestActivityPane::startJob(const QString &kind)
{
    auto *job = new ScriptedJob(kind, segmentId);
    m_registry->start(job);
    return job;
}

void TestActivityPane::targetsAreNamedAndIdsKeptInTooltips()
{
    ScriptedJob *job = startJob(QStringLiteral("segment-export"));
    job->nameTarget(segmentName);
    const int row = m_pane->model()->rowOf(job->id());
    const QModelIndex target = m_pane->model()->index(row, JobListModel::TargetColumn);
    QTRY_COMPARE_WITH_TIMEOUT(target.data().toString(), segmentName, testTimeoutMs);
    QCOMPARE(target.data(Qt::ToolTipRole).toString(), segmentId);
    // The kind in words where a person hovers the job.
    const QString tip = m_pane->model()
                                ->index(row, JobListModel::KindColumn)
                                .data(Qt::ToolTipRole)
                                .toString();
    QVERIFY2(tip.contains(u"Segment export") && !tip.contains(u"segment-export"), qPrintable(tip));
    auto *title = m_pane->detail()->findChild<QLabel *>(QStringLiteral("jobDetailTitle"));
    QTRY_VERIFY_WITH_TIMEOUT(title->text().contains(segmentName), testTimeoutMs);
    QVERIFY(!title->text().contains(segmentId));
    QVERIFY(title->toolTip().contains(segmentId));
}

void TestActivityPane::auditEntriesReadAsSentences()
{
    ScriptedJob *job = startJob(QStringLiteral("audience-save"));
    job->nameTarget(QStringLiteral("Churn risk"));
    job->record(QStringLiteral("AUDIENCE_SAVED"),
                {{QStringLiteral("version"), 3}, {QStringLiteral("size"), 4647}});
    job->record(QStringLiteral("ENRICH_BATCH"), {{QStringLiteral("batch"), 53},
                                                 {QStringLiteral("contacts"), 150},
                                                 {QStringLiteral("latencyMs"), 40202}});
    auto *entries = m_pane->detail()->findChild<QTreeWidget *>(QStringLiteral("jobAuditEntries"));
    QTRY_COMPARE_WITH_TIMEOUT(entries->topLevelItemCount(), 2, testTimeoutMs);
    QCOMPARE(entries->topLevelItem(0)->text(1),
             QStringLiteral("Saved audience \u201cChurn risk\u201d, version 3, size 4,647"));
    QCOMPARE(entries->topLevelItem(0)->data(1, Qt::UserRole).toString(),
             QStringLiteral("AUDIENCE_SAVED"));
    QCOMPARE(entries->topLevelItem(0)->text(2), QStringLiteral("OK"));
    const QString details = entries->topLevelItem(1)->text(3);
    QCOMPARE(details, QStringLiteral("Batch: 53 · Contacts: 150 · Latency: 40.2 s"));
    for (int i = 0; i < entries->topLevelItemCount(); ++i) {
        for (int c = 0; c < entries->columnCount(); ++c)
            QVERIFY2(!entries->topLevelItem(i)->text(c).contains(u'{'),
                     qPrintable(entries->topLevelItem(i)->text(c)));
    }
}

void TestActivityPane::chartsHaveTitledAxesALegendAndNoZigZags()
{
    ScriptedJob *job = startJob();
    // Concurrent calls end out of order: 3 s, then 1 s, then 2 s.
    for (int i = 0; i < 30; ++i)
        job->call(1000 * (i % 3 == 0 ? i + 2 : i), 100 + 50 * (i % 4));
    LatencyChart *chart = m_pane->detail()->latencyChart();
    QTRY_COMPARE_WITH_TIMEOUT(chart->plottedCalls(), 30, testTimeoutMs);
    QCOMPARE(chart->timeAxis()->titleText(), QStringLiteral("Time since the job started (s)"));
    QCOMPARE(chart->latencyAxis()->titleText(), QStringLiteral("Call latency (ms)"));
    QVERIFY(chart->timeAxis()->isTitleVisible() && chart->latencyAxis()->isTitleVisible());
    QVERIFY(chart->chart()->legend()->isVisible());
    // At the pane's size the axes, their titles and the legend leave the plot room to read.
    QTRY_VERIFY_WITH_TIMEOUT(chart->chart()->plotArea().height() >= 60, testTimeoutMs);
    QTRY_VERIFY2_WITH_TIMEOUT(chart->chart()->plotArea().width() >= 200,
                              qPrintable(QStringLiteral("%1 wide in a pane %2 wide")
                                                 .arg(chart->chart()->plotArea().width())
                                                 .arg(m_pane->width())),
                              testTimeoutMs);
    // The percentile lines only go forward in time.
    const QList<QPointF> p50 = m_pane->history(job->id())->p50().toList();
    QVERIFY(p50.size() >= 20);
    for (qsizetype i = 1; i < p50.size(); ++i)
        QVERIFY2(p50[i].x() >= p50[i - 1].x(), qPrintable(QString::number(i)));
}

void TestActivityPane::fillRatesKeepTheJobsOrderWithPercentages()
{
    ScriptedJob *job = startJob(QStringLiteral("enrich"));
    job->fill(QStringLiteral("phone"), 0.874);
    job->fill(QStringLiteral("annual_revenue"), 0.5);
    job->fill(QStringLiteral("city"), 1.0);
    job->fill(QString(), 0.79);
    QTRY_VERIFY_WITH_TIMEOUT(m_pane->detail()->hasFillRate(), testTimeoutMs);
    FillRateBars *bars = m_pane->detail()->fillRateChart();
    QCOMPARE(bars->labels(), QStringList({QStringLiteral("phone  87\u00a0%"),
                                          QStringLiteral("annual_revenue  50\u00a0%"),
                                          QStringLiteral("city  100\u00a0%"),
                                          QStringLiteral("All fields  79\u00a0%")}));
    QCOMPARE(bars->rateAxis()->titleText(), QStringLiteral("Rows with a value (%)"));
}

void TestActivityPane::aChartOpensInItsOwnWindow()
{
    ScriptedJob *job = startJob();
    for (int i = 0; i < 10; ++i)
        job->call(100 * i, 80);
    LatencyChart *chart = m_pane->detail()->latencyChart();
    QVERIFY(!chart->openButton()->accessibleName().isEmpty());
    chart->openButton()->setFocus();
    QTest::keyClick(chart->openButton(), Qt::Key_Space);
    auto *window = chart->findChild<QWidget *>(QStringLiteral("latencyChartWindow"));
    QVERIFY(window);
    QVERIFY(QTest::qWaitForWindowExposed(window));
    auto *copy = window->findChild<LatencyChart *>();
    QVERIFY(copy);
    QTRY_COMPARE_WITH_TIMEOUT(copy->plottedCalls(), 10, testTimeoutMs);
    job->call(2000, 90); // the window follows the job
    QTRY_COMPARE_WITH_TIMEOUT(copy->plottedCalls(), 11, testTimeoutMs);
    window->close();
}

void TestActivityPane::partlyFailedRunCompletesWithFailures()
{
    ScriptedJob *job = startJob();
    job->nameTarget(QStringLiteral("march.jsonl"));
    job->progressTo(3859, 3859);
    job->endWithFailures(7, QStringLiteral("7 of 3859 transcripts failed; the rest are written."));
    QCOMPARE(job->state(), JobState::CompletedWithFailures);
    QVERIFY(job->isFinished());
    const int row = m_pane->model()->rowOf(job->id());
    const QModelIndex state = m_pane->model()->index(row, JobListModel::StateColumn);
    QTRY_COMPARE_WITH_TIMEOUT(state.data().toString(), QStringLiteral("completed with 7 failures"),
                              testTimeoutMs);
    QVERIFY(state.data(JobListModel::WarningRole).toBool());
    QVERIFY(state.data(Qt::ForegroundRole).isValid());
    QVERIFY(!state.data(JobListModel::IsRunningRole).toBool());
    auto *why = m_pane->detail()->findChild<QLabel *>(QStringLiteral("jobDetailError"));
    QTRY_VERIFY_WITH_TIMEOUT(why->isVisible(), testTimeoutMs);
    QVERIFY2(why->text().startsWith(u"Completed with 7 failures: 7 of 3859"),
             qPrintable(why->text()));
    QVERIFY(!why->text().contains(u"Failed"));
    auto *counters = m_pane->detail()->findChild<QLabel *>(QStringLiteral("jobDetailCounters"));
    QVERIFY2(counters->text().startsWith(u"Completed with 7 failures"),
             qPrintable(counters->text()));
}

void TestActivityPane::collapsesToOneLineOfRunningJobs()
{
    ScriptedJob *running = startJob();
    running->nameTarget(QStringLiteral("march.jsonl"));
    running->progressTo(1000, 4000);
    auto *collapse = m_pane->findChild<QToolButton *>(QStringLiteral("activityCollapse"));
    QVERIFY(collapse);
    QVERIFY(!collapse->accessibleName().isEmpty());
    collapse->setFocus();
    QTest::keyClick(collapse, Qt::Key_Space);
    QVERIFY(m_pane->isCollapsed());
    QVERIFY(!m_pane->view()->isVisible());
    QTRY_VERIFY2_WITH_TIMEOUT(m_pane->summaryText().contains(u"Extract · march.jsonl 25\u00a0%"),
                              qPrintable(m_pane->summaryText()), testTimeoutMs);
    QTest::keyClick(collapse, Qt::Key_Space);
    QVERIFY(!m_pane->isCollapsed());
    QVERIFY(m_pane->view()->isVisible());
}

void TestActivityPane::auditPageNamesTargetsAndHidesRawJsonByDefault()
{
    AuditStore store;
    QString error;
    QVERIFY2(store.open(m_dir.filePath(QStringLiteral("audit.sqlite")), &error), qPrintable(error));
    auto *job = new ScriptedJob(QStringLiteral("segment-export"), segmentId);
    job->setAudit(&store, QStringLiteral("demo"));
    job->nameTarget(segmentName);
    m_registry->start(job);
    job->record(QStringLiteral("EXPORT_COMPLETED"),
                {{QStringLiteral("records"), 12000},
                 {QStringLiteral("elapsedMs"), 3100},
                 {QStringLiteral("output"), QStringLiteral("gold.csv")}});

    AuditPage page(&store, m_registry);
    page.resize(1280, 600);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QAbstractItemModelTester tester(page.proxy(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(page.proxy()->rowCount(), 1, testTimeoutMs);
    const auto cell = [&page](int column) { return page.proxy()->index(0, column); };
    QCOMPARE(cell(AuditModel::TargetColumn).data().toString(), segmentName);
    QCOMPARE(cell(AuditModel::TargetColumn).data(Qt::ToolTipRole).toString(), segmentId);
    QCOMPARE(cell(AuditModel::JobColumn).data().toString(), QStringLiteral("Segment export"));
    const QString sentence = cell(AuditModel::ActionColumn).data().toString();
    QCOMPARE(sentence, QStringLiteral("Exported segment \u201cGold loyalty members\u201d: 12,000 "
                                      "records in 3.1 s to gold.csv"));
    // At 1280 px a sentence such as the one below fits its column whole; a longer one is whole
    // in its tooltip and in the details panel.
    QVERIFY(page.view()->fontMetrics().horizontalAdvance(
                    QStringLiteral("Saved audience \u201cChurn risk\u201d, version 3, size 4,647"))
            <= page.view()->columnWidth(AuditModel::ActionColumn));
    QVERIFY(cell(AuditModel::ActionColumn).data(Qt::ToolTipRole).toString().contains(sentence));
    QCOMPARE(cell(AuditModel::ActionColumn).data(AuditModel::RawRole).toString(),
             QStringLiteral("EXPORT_COMPLETED"));
    QVERIFY(!cell(AuditModel::DetailsColumn).data().toString().contains(u'{'));

    QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {},
                      page.view()->visualRect(cell(0)).center());
    auto *details = page.findChild<QPlainTextEdit *>(QStringLiteral("auditDetails"));
    QTRY_VERIFY_WITH_TIMEOUT(details->toPlainText().contains(u"Records: 12,000"), testTimeoutMs);
    QVERIFY2(!details->toPlainText().contains(u'{'), qPrintable(details->toPlainText()));
    QVERIFY(details->toPlainText().contains(segmentId)); // the id is there for who needs it
    auto *raw = page.findChild<QCheckBox *>(QStringLiteral("auditShowRaw"));
    QVERIFY(raw && !raw->isChecked() && !raw->accessibleName().isEmpty());
    raw->setFocus();
    QTest::keyClick(raw, Qt::Key_Space);
    QVERIFY(details->toPlainText().contains(u"\"action\": \"EXPORT_COMPLETED\""));
    QVERIFY(details->toPlainText().contains(u"\"target\": \"" + segmentId));

    // Exports keep the stored codes and ids.
    const QString out = m_dir.filePath(QStringLiteral("audit.jsonl"));
    QVERIFY2(page.exportTo(out, &error), qPrintable(error));
    QFile exported(out);
    QVERIFY(exported.open(QIODevice::ReadOnly));
    const QByteArray line = exported.readAll();
    QVERIFY(line.contains("EXPORT_COMPLETED") && line.contains(segmentId.toUtf8()));
}

QTEST_MAIN(TestActivityPane)
#include "test_activitypane.moc"
