// The export job against the simulator: exact record sets under faults, cancel and resume,
// CDP deliveries, refusals, audit entries.
#include "models/segments/segmentexportjob.h"
#include "tests/segments/segtesthelpers.h"
#include "tests/support/filesizelimit.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone;
using namespace cxone::sim;

namespace {

const QString queryRoute = QStringLiteral("POST /api/v2/contacts/segments/{id}/contacts/query");

QStringList idsOfCsv(const QByteArray &csv, QStringList *header = nullptr)
{
    QList<QStringList> rows = segtest::readCsv(csv);
    QStringList ids;
    if (rows.isEmpty())
        return ids;
    if (header)
        *header = rows.first();
    for (qsizetype i = 1; i < rows.size(); ++i)
        ids.append(rows[i].first());
    return ids;
}

} // namespace

class TestSegmentsExport final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanupTestCase();
    void exactRecordSetUnderFaults_data();
    void exactRecordSetUnderFaults();
    void tokenExpiryMidExport();
    void malformedPageAskedAgain();
    void filteredJsonlMatchesGroundTruth();
    void cancelThenResumeIsByteIdentical();
    void resumeRefusesOtherQuery();
    void failureKeepsCheckpoint();
    void diskFullSaysSoAndResumes();
    void cdpDeliveriesEqualPages();
    void cdpPageDeliveredBeforeAStopIsNotTakenTwiceOnResume();
    void cdpFailurePolicy_data();
    void cdpFailurePolicy();
    void refusals_data();
    void refusals();
    void emptySegment();
    void rowsForTable();

private:
    std::unique_ptr<SegmentExportJob> makeJob(ExportOptions o);
    bool runToEnd(SegmentExportJob &job);

    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    segtest::MemoryAudit m_audit;
    QString m_churn; // 333 members at small scale
    QString m_gold;  // 5000 members
};

void TestSegmentsExport::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QVERIFY(segtest::startSim(m_sim));
    m_client = segtest::makeClient(m_sim);
    m_churn = segtest::segmentId(m_sim, QStringLiteral("Churn risk, Q3 (model v2)"));
    m_gold = segtest::segmentId(m_sim, QStringLiteral("Gold loyalty members"));
}

void TestSegmentsExport::init()
{
    QString error;
    QVERIFY2(m_sim.applyFaultJson({{QStringLiteral("reset"), true}}, &error), qPrintable(error));
    m_audit.entries.clear();
}

void TestSegmentsExport::cleanupTestCase()
{
    m_client.reset();
    m_sim.stop();
}

std::unique_ptr<SegmentExportJob> TestSegmentsExport::makeJob(ExportOptions o)
{
    auto job = std::make_unique<SegmentExportJob>(m_client.get(), std::move(o));
    job->setAudit(&m_audit, QStringLiteral("sim"));
    return job;
}

bool TestSegmentsExport::runToEnd(SegmentExportJob &job)
{
    job.start();
    return QTest::qWaitFor([&] { return job.isFinished(); }, segtest::timeoutMs);
}

void TestSegmentsExport::exactRecordSetUnderFaults_data()
{
    QTest::addColumn<QJsonObject>("faults");
    QTest::addColumn<int>("pageSize");
    QTest::newRow("clean") << QJsonObject() << 500;
    QTest::newRow("429 storm") << QJsonObject{{QStringLiteral("route"), queryRoute},
                                              {QStringLiteral("fault-429"), 0.3},
                                              {QStringLiteral("retry-after"), 0}}
                               << 250;
    QTest::newRow("5xx") << QJsonObject{{QStringLiteral("route"), queryRoute},
                                        {QStringLiteral("fault-5xx"), 0.3}}
                         << 1000;
    QTest::newRow("drops") << QJsonObject{{QStringLiteral("route"), queryRoute},
                                          {QStringLiteral("fault-drop"), 0.15}}
                           << 100;
    QTest::newRow("mixed") << QJsonObject{{QStringLiteral("route"), queryRoute},
                                          {QStringLiteral("fault-429"), 0.15},
                                          {QStringLiteral("fault-5xx"), 0.15},
                                          {QStringLiteral("fault-malformed"), 0.1},
                                          {QStringLiteral("retry-after"), 0}}
                           << 333;
}

void TestSegmentsExport::exactRecordSetUnderFaults()
{
    QFETCH(QJsonObject, faults);
    QFETCH(int, pageSize);
    if (!faults.isEmpty()) {
        QString error;
        QVERIFY2(m_sim.applyFaultJson(faults, &error), qPrintable(error));
    }
    ExportOptions o;
    o.segmentId = m_gold;
    o.pageSize = pageSize;
    o.outputPath = m_dir.filePath(
            QStringLiteral("faults-%1.csv").arg(QLatin1StringView(QTest::currentDataTag())));
    auto job = makeJob(o);
    QVERIFY(runToEnd(*job));
    QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
    QStringList header;
    const QStringList ids = idsOfCsv(segtest::readAll(o.outputPath), &header);
    const QStringList truth = segtest::groundTruth(m_sim, m_gold);
    QCOMPARE(truth.size(), 5000);
    QCOMPARE(ids.size(), truth.size()); // no gap, no duplicate
    QCOMPARE(ids, truth);
    QCOMPARE(header.first(), QStringLiteral("contactId"));
    // Contacts' personal data: readable by the owner only.
    QCOMPARE(QFile(o.outputPath).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
             QFileDevice::Permissions());
    QCOMPARE(header.size(), 15); // contactId and the 14 valid attributes
    const ExportMetrics m = job->metrics();
    QCOMPARE(m.records, 5000);
    QCOMPARE(m.pages, (5000 + pageSize - 1) / pageSize);
    if (!faults.isEmpty())
        QVERIFY(m.retries > 0);
    QVERIFY(m.p95LatencyMs >= m.p50LatencyMs);
    QVERIFY(!QFile::exists(o.outputPath + QStringLiteral(".part")));
    QVERIFY(!QFile::exists(ExportCheckpoint::pathFor(o.outputPath)));
    QCOMPARE(m_audit.actions(),
             (QStringList{QStringLiteral("EXPORT_STARTED"), QStringLiteral("EXPORT_COMPLETED")}));
    QCOMPARE(m_audit.entries.last().details.value(u"records").toInteger(), 5000);
}

void TestSegmentsExport::tokenExpiryMidExport()
{
    ExportOptions o;
    o.segmentId = m_gold;
    o.pageSize = 200;
    o.outputPath = m_dir.filePath(QStringLiteral("expiry.csv"));
    auto job = makeJob(o);
    int expiries = 0;
    connect(job.get(), &SegmentExportJob::metricsChanged, this, [&](const ExportMetrics &m) {
        if (m.pages == 5 || m.pages == 15) {
            m_sim.run([](TenantSimulator &s) { s.state().expireAllTokens(); });
            ++expiries;
        }
    });
    QVERIFY(runToEnd(*job));
    QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
    QCOMPARE(expiries, 2);
    QCOMPARE(idsOfCsv(segtest::readAll(o.outputPath)), segtest::groundTruth(m_sim, m_gold));
}

void TestSegmentsExport::malformedPageAskedAgain()
{
    QString error;
    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("route"), queryRoute},
                                  {QStringLiteral("fail-next"), 2},
                                  {QStringLiteral("fail-kind"), QStringLiteral("malformed")}},
                                 &error));
    ExportOptions o;
    o.segmentId = m_churn;
    o.pageSize = 100;
    o.outputPath = m_dir.filePath(QStringLiteral("malformed.csv"));
    auto job = makeJob(o);
    QSignalSpy messages(job.get(), &Job::message);
    QVERIFY(messages.isValid());
    QVERIFY(runToEnd(*job));
    QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
    QCOMPARE(idsOfCsv(segtest::readAll(o.outputPath)), segtest::groundTruth(m_sim, m_churn));
    bool said = false;
    for (const QList<QVariant> &m : std::as_const(messages))
        said |= m.first().toString().contains(u"asking for it again");
    QVERIFY(said);
}

void TestSegmentsExport::filteredJsonlMatchesGroundTruth()
{
    ExportOptions o;
    o.segmentId = m_gold;
    o.format = ExportFormat::Jsonl;
    o.filters = {
            {QStringLiteral("tier"), QStringLiteral("in"), QStringLiteral("Gold,Platinum")},
            {QStringLiteral("orderCount"), QStringLiteral("greater_than"), QStringLiteral("100")},
            {QStringLiteral("city"), QStringLiteral("not_equals"), QStringLiteral("London")}};
    o.attributes = {QStringLiteral("notes"), QStringLiteral("city"), QStringLiteral("orderCount")};
    o.outputPath = m_dir.filePath(QStringLiteral("filtered.jsonl"));
    auto job = makeJob(o);
    QVERIFY(runToEnd(*job));
    QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
    const QJsonArray filters
            = QJsonDocument::fromJson(
                      "[{\"attribute\":\"tier\",\"operator\":\"in\",\"value\":[\"Gold\","
                      "\"Platinum\"]},\n                "
                      "{\"attribute\":\"orderCount\",\"operator\":\"greater_than\",\"value\":100},"
                      "\n                "
                      "{\"attribute\":\"city\",\"operator\":\"not_equals\",\"value\":\"London\"}]")
                      .array();
    const QStringList truth = segtest::groundTruth(m_sim, m_gold, filters);
    QVERIFY(truth.size() > 100 && truth.size() < 5000);
    QStringList ids;
    const QList<QByteArray> lines = segtest::readAll(o.outputPath).split('\n');
    for (const QByteArray &line : lines) {
        if (line.isEmpty())
            continue;
        const QJsonObject rec = QJsonDocument::fromJson(line).object();
        QVERIFY(rec.value(u"attributes").toObject().value(u"orderCount").toInt() > 100);
        QCOMPARE(rec.value(u"attributes").toObject().keys().size(), 3);
        ids.append(rec.value(u"contactId").toString());
    }
    QCOMPARE(ids, truth);
}

void TestSegmentsExport::cancelThenResumeIsByteIdentical()
{
    ExportOptions o;
    o.segmentId = m_gold;
    o.pageSize = 300;
    o.outputPath = m_dir.filePath(QStringLiteral("whole.csv"));
    {
        auto whole = makeJob(o);
        QVERIFY(runToEnd(*whole));
        QCOMPARE(whole->state(), JobState::Succeeded);
    }
    const QByteArray reference = segtest::readAll(o.outputPath);
    QVERIFY(reference.size() > 100000);

    o.outputPath = m_dir.filePath(QStringLiteral("resumed.csv"));
    m_audit.entries.clear();
    auto first = makeJob(o);
    connect(first.get(), &SegmentExportJob::metricsChanged, this, [&](const ExportMetrics &m) {
        if (m.pages == 4)
            first->cancel();
    });
    QVERIFY(runToEnd(*first));
    QCOMPARE(first->state(), JobState::Cancelled);
    QVERIFY(!QFile::exists(o.outputPath));
    QVERIFY(QFile::exists(first->partPath()));
    ExportCheckpoint cp;
    QString error;
    QVERIFY(ExportCheckpoint::load(o.outputPath, &cp, &error));
    QVERIFY(cp.pages >= 4);
    QCOMPARE(QFileInfo(first->partPath()).size(), cp.bytes);
    QCOMPARE(m_audit.actions().last(), QStringLiteral("EXPORT_CANCELLED"));
    QVERIFY(m_audit.entries.last().details.value(u"resumable").toBool());

    // A crash after a write but before the checkpoint leaves extra bytes: resume cuts them off.
    {
        QFile part(first->partPath());
        QVERIFY(part.open(QIODevice::Append));
        part.write("ct-00-deadbeef,half a record");
    }

    o.resume = true;
    m_audit.entries.clear();
    auto second = makeJob(o);
    QVERIFY(runToEnd(*second));
    QVERIFY2(second->state() == JobState::Succeeded, qPrintable(second->errorText()));
    QVERIFY(second->wasResumed());
    QCOMPARE(second->metrics().resumedFromRecords, cp.records);
    QCOMPARE(segtest::readAll(o.outputPath), reference);
    QCOMPARE(m_audit.actions(),
             (QStringList{QStringLiteral("EXPORT_RESUMED"), QStringLiteral("EXPORT_COMPLETED")}));
    QCOMPARE(m_audit.entries.first().details.value(u"fromRecords").toInteger(), cp.records);
    QVERIFY(!QFile::exists(ExportCheckpoint::pathFor(o.outputPath)));
}

void TestSegmentsExport::resumeRefusesOtherQuery()
{
    ExportOptions o;
    o.segmentId = m_gold;
    o.pageSize = 100;
    o.outputPath = m_dir.filePath(QStringLiteral("other.csv"));
    auto first = makeJob(o);
    connect(first.get(), &SegmentExportJob::metricsChanged, this, [&](const ExportMetrics &m) {
        if (m.pages == 2)
            first->cancel();
    });
    QVERIFY(runToEnd(*first));
    QCOMPARE(first->state(), JobState::Cancelled);
    o.resume = true;
    o.attributes = {QStringLiteral("email")};
    auto second = makeJob(o);
    QVERIFY(runToEnd(*second));
    QCOMPARE(second->state(), JobState::Failed);
    QVERIFY2(second->errorText().contains(u"belongs to a different export"),
             qPrintable(second->errorText()));
    // The refusal names the setting that differs, with both values.
    QVERIFY2(second->errorText().contains(u"attributes")
                     && second->errorText().contains(u"email here"),
             qPrintable(second->errorText()));
    QVERIFY(QFile::exists(ExportCheckpoint::pathFor(o.outputPath))); // nothing lost
    o.attributes.clear();
    o.pageSize = 110;
    auto third = makeJob(o);
    QVERIFY(runToEnd(*third));
    QCOMPARE(third->state(), JobState::Failed);
    QVERIFY2(third->errorText().contains(u"page size 100 there, 110 here"),
             qPrintable(third->errorText()));
    QVERIFY2(!third->errorText().contains(u"attributes"), qPrintable(third->errorText()));
}

void TestSegmentsExport::failureKeepsCheckpoint()
{
    ExportOptions o;
    o.segmentId = m_gold;
    o.pageSize = 500;
    o.outputPath = m_dir.filePath(QStringLiteral("fails.csv"));
    auto job = makeJob(o);
    connect(job.get(), &SegmentExportJob::metricsChanged, this, [&](const ExportMetrics &m) {
        if (m.pages == 3) {
            QString error;
            m_sim.applyFaultJson(
                    {{QStringLiteral("route"), queryRoute}, {QStringLiteral("fault-5xx"), 1.0}},
                    &error);
        }
    });
    QVERIFY(runToEnd(*job));
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY2(job->errorText().contains(u"resume"), qPrintable(job->errorText()));
    QCOMPARE(m_audit.actions().last(), QStringLiteral("EXPORT_FAILED"));
    ExportCheckpoint cp;
    QString error;
    QVERIFY(ExportCheckpoint::load(o.outputPath, &cp, &error));
    QCOMPARE(cp.records, 1500);

    QVERIFY(m_sim.applyFaultJson({{QStringLiteral("reset"), true}}, &error));
    o.resume = true;
    auto again = makeJob(o);
    QVERIFY(runToEnd(*again));
    QCOMPARE(again->state(), JobState::Succeeded);
    QCOMPARE(idsOfCsv(segtest::readAll(o.outputPath)), segtest::groundTruth(m_sim, m_gold));
}

// The disk fills up mid-export: the message says so (not "Unknown error"), what was written up
// to the last checkpoint is kept, and once there is room the export resumes to the exact set.
void TestSegmentsExport::diskFullSaysSoAndResumes()
{
    ExportOptions o;
    o.segmentId = m_gold;
    o.pageSize = 500;
    o.outputPath = m_dir.filePath(QStringLiteral("full.csv"));
    {
        const cxone::testsupport::FileSizeLimit limit(200 * 1024);
        auto job = makeJob(o);
        QVERIFY(runToEnd(*job));
        QCOMPARE(job->state(), JobState::Failed);
        const QString text = job->errorText();
        QVERIFY2(text.contains(u"the disk is full; free some space on it first"), qPrintable(text));
        QVERIFY2(!text.contains(u"Unknown error"), qPrintable(text));
        QVERIFY2(text.contains(u"resume the export"), qPrintable(text));
        QCOMPARE(m_audit.actions().last(), QStringLiteral("EXPORT_FAILED"));
        ExportCheckpoint cp;
        QString error;
        QVERIFY(ExportCheckpoint::load(o.outputPath, &cp, &error));
        QVERIFY(cp.records > 0 && cp.records < 5000);
        QCOMPARE(QFileInfo(job->partPath()).size(), cp.bytes);
    }
    o.resume = true;
    auto again = makeJob(o);
    QVERIFY(runToEnd(*again));
    QVERIFY2(again->state() == JobState::Succeeded, qPrintable(again->errorText()));
    QCOMPARE(idsOfCsv(segtest::readAll(o.outputPath)), segtest::groundTruth(m_sim, m_gold));
}

void TestSegmentsExport::cdpDeliveriesEqualPages()
{
    m_sim.run([](TenantSimulator &s) { s.state().clearDeliveries(QStringLiteral("cdp")); });
    ExportOptions o;
    o.segmentId = m_churn;
    o.pageSize = 50;
    o.outputPath = m_dir.filePath(QStringLiteral("cdp.csv"));
    o.cdpUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/cdp")));
    auto job = makeJob(o);
    QVERIFY(runToEnd(*job));
    QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
    const ExportMetrics m = job->metrics();
    QCOMPARE(m.pages, 7); // 333 records in pages of 50
    QCOMPARE(m.cdpDelivered, m.pages);
    QStringList delivered;
    qsizetype deliveries = 0;
    bool sawToken = false;
    m_sim.run([&](TenantSimulator &s) {
        const auto *list = s.state().deliveries(QStringLiteral("cdp"));
        deliveries = list ? qsizetype(list->size()) : 0;
        if (!list)
            return;
        for (const WebhookDelivery &d : *list) {
            for (const auto &h : d.headers)
                sawToken |= h.first.compare("Authorization", Qt::CaseInsensitive) == 0;
            const QJsonObject body = QJsonDocument::fromJson(d.body).object();
            for (const QJsonValue &r : body.value(u"records").toArray())
                delivered.append(r.toObject().value(u"contactId").toString());
        }
    });
    QCOMPARE(deliveries, qsizetype(m.pages));
    QCOMPARE(delivered, segtest::groundTruth(m_sim, m_churn));
    QVERIFY(!sawToken); // the tenant's bearer token never goes to the CDP
}

void TestSegmentsExport::cdpPageDeliveredBeforeAStopIsNotTakenTwiceOnResume()
{
    // The CDP keeps page 1 but its answers fail: the run stops with page 1 not committed. The
    // resume sends page 1 again under the first run's request id, which the CDP knows: every
    // record is kept once. (Before, the resume's new export id made page 1 a new delivery.)
    const QString sink = QStringLiteral("cdp-resume");
    m_sim.run([&](TenantSimulator &s) {
        s.state().clearDeliveries(sink);
        TenantState::SinkFaults &f = s.state().sinkFaults(sink);
        f.failNext = 1000;
        f.status = 503;
        f.afterStore = true;
    });
    ExportOptions o;
    o.segmentId = m_churn;
    o.pageSize = 50;
    o.outputPath = m_dir.filePath(QStringLiteral("cdp-resume.csv"));
    o.cdpUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/cdp-resume")));
    o.cdpAttempts = 2;
    o.stopOnCdpFailure = true;
    auto first = makeJob(o);
    QVERIFY(runToEnd(*first));
    QCOMPARE(first->state(), JobState::Failed);
    m_sim.run([&](TenantSimulator &s) { s.state().sinkFaults(sink).failNext = 0; });
    o.resume = true;
    auto again = makeJob(o);
    QVERIFY(runToEnd(*again));
    QVERIFY2(again->state() == JobState::Succeeded, qPrintable(again->errorText()));
    QStringList delivered;
    qsizetype deliveries = 0;
    m_sim.run([&](TenantSimulator &s) {
        const auto *list = s.state().deliveries(sink);
        deliveries = list ? qsizetype(list->size()) : 0;
        if (!list)
            return;
        for (const WebhookDelivery &d : *list) {
            const QJsonObject body = QJsonDocument::fromJson(d.body).object();
            for (const QJsonValue &r : body.value(u"records").toArray())
                delivered.append(r.toObject().value(u"contactId").toString());
        }
    });
    QCOMPARE(deliveries, qsizetype(7)); // 333 records in pages of 50, each kept once
    QCOMPARE(delivered, segtest::groundTruth(m_sim, m_churn));
}

void TestSegmentsExport::cdpFailurePolicy_data()
{
    QTest::addColumn<bool>("stop");
    QTest::newRow("continue") << false;
    QTest::newRow("stop") << true;
}

void TestSegmentsExport::cdpFailurePolicy()
{
    QFETCH(bool, stop);
    ExportOptions o;
    o.segmentId = m_churn;
    o.pageSize = 100;
    o.outputPath = m_dir.filePath(QStringLiteral("cdpfail-%1.csv").arg(stop));
    o.cdpUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/no/such/receiver")));
    o.cdpAttempts = 2;
    o.stopOnCdpFailure = stop;
    auto job = makeJob(o);
    QVERIFY(runToEnd(*job));
    if (stop) {
        QCOMPARE(job->state(), JobState::Failed);
        QVERIFY2(job->errorText().contains(u"CDP callback for page 1 failed"),
                 qPrintable(job->errorText()));
        ExportCheckpoint cp;
        QString error;
        QVERIFY(ExportCheckpoint::load(o.outputPath, &cp, &error));
        QCOMPARE(cp.records, 0); // the undelivered page is not committed: resume sends it again
        QCOMPARE(QFileInfo(ExportCheckpoint::partPathFor(o.outputPath)).size(), cp.bytes);
    } else {
        QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
        QCOMPARE(job->metrics().cdpFailed, 4);
        QCOMPARE(job->metrics().records, 333);
    }
}

void TestSegmentsExport::refusals_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QStringList>("attributes");
    QTest::addColumn<QString>("text");
    QTest::newRow("inactive") << "Spring promo 2023" << QStringList()
                              << "is Inactive: only Active segments can be exported";
    QTest::newRow("stale") << "Newsletter subscribers" << QStringList()
                           << "older than the freshness limit of 24 h";
    QTest::newRow("deprecated requested")
            << "Legacy CRM import"
            << QStringList{QStringLiteral("email"), QStringLiteral("legacyScore")}
            << "Attribute 'legacyScore' is deprecated and cannot be exported";
}

void TestSegmentsExport::refusals()
{
    QFETCH(QString, segment);
    QFETCH(QStringList, attributes);
    QFETCH(QString, text);
    ExportOptions o;
    o.segmentId = segtest::segmentId(m_sim, segment);
    o.attributes = attributes;
    o.outputPath = m_dir.filePath(QStringLiteral("refused.csv"));
    auto job = makeJob(o);
    QSignalSpy verdicts(job.get(), &SegmentExportJob::verdictReady);
    QVERIFY(verdicts.isValid());
    QVERIFY(runToEnd(*job));
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY(job->wasRefused());
    QCOMPARE(verdicts.size(), 1);
    QVERIFY2(job->verdict().blockingTexts().join(u'\n').contains(text),
             qPrintable(job->errorText()));
    QVERIFY(job->errorText().contains(text));
    QVERIFY(!QFile::exists(o.outputPath));
    QVERIFY(!QFile::exists(ExportCheckpoint::partPathFor(o.outputPath)));
    QCOMPARE(m_audit.actions(), QStringList{QStringLiteral("EXPORT_REFUSED")});
}

void TestSegmentsExport::emptySegment()
{
    ExportOptions o;
    o.segmentId = segtest::segmentId(m_sim, QStringLiteral("Empty test segment"));
    o.outputPath = m_dir.filePath(QStringLiteral("empty.csv"));
    auto job = makeJob(o);
    QVERIFY(runToEnd(*job));
    QCOMPARE(job->state(), JobState::Succeeded);
    QCOMPARE(segtest::readAll(o.outputPath), exportCsvHeader(job->verdict().attributes));
    // The legacy segment exports without its deprecated attribute, and says so.
    o.segmentId = segtest::segmentId(m_sim, QStringLiteral("Legacy CRM import"));
    o.outputPath = m_dir.filePath(QStringLiteral("legacy.csv"));
    auto legacy = makeJob(o);
    QSignalSpy messages(legacy.get(), &Job::message);
    QVERIFY(messages.isValid());
    QVERIFY(runToEnd(*legacy));
    QCOMPARE(legacy->state(), JobState::Succeeded);
    QVERIFY(!legacy->columns().contains(QStringLiteral("legacyScore")));
    QVERIFY(messages.first().first().toString().contains(u"legacyScore"));
}

void TestSegmentsExport::rowsForTable()
{
    ExportOptions o;
    o.segmentId = m_churn;
    o.pageSize = 100;
    o.collectRows = true;
    o.attributes = {QStringLiteral("notes")};
    o.outputPath = m_dir.filePath(QStringLiteral("rows.csv"));
    auto job = makeJob(o);
    qsizetype rows = 0;
    QStringList columns;
    connect(job.get(), &SegmentExportJob::columnsReady, this,
            [&](const QStringList &c) { columns = c; });
    connect(job.get(), &SegmentExportJob::rowsReady, this,
            [&](const ExportRowsPtr &r) { rows += r->rowCount(); });
    QVERIFY(runToEnd(*job));
    QCOMPARE(job->state(), JobState::Succeeded);
    QCOMPARE(rows, 333);
    QCOMPARE(columns, (QStringList{QStringLiteral("contactId"), QStringLiteral("notes")}));
}

QTEST_MAIN(TestSegmentsExport)
#include "test_segments_export.moc"
