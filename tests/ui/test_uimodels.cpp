#include "tests/ui/uitest.h"

#include "app/simulator/embeddedsimulator.h"
#include "models/engine/audit/auditmodel.h"
#include "models/engine/audit/auditstore.h"
#include "models/engine/jobs/joblistmodel.h"
#include "models/engine/jobs/jobregistry.h"
#include "models/engine/profiles/profilestore.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/session/tenantsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace cxone;
using cxone::test::testTimeoutMs;

class TestUiModels final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void profileStoreRoundTrip();
    void profileStoreRefusesBadProfiles_data();
    void profileStoreRefusesBadProfiles();
    void memorySecretStore();
    void jobListModelFollowsJobs();
    void auditModelPagesAndLiveUpdates();
    void auditFilterProxy();

private:
    QTemporaryDir m_dir;
};

void TestUiModels::initTestCase()
{
    QVERIFY(m_dir.isValid());
    test::isolateSettings(m_dir);
}

void TestUiModels::profileStoreRoundTrip()
{
    ProfileStore store;
    QSignalSpy changed(&store, &ProfileStore::changed);
    QVERIFY(changed.isValid());
    QCOMPARE(store.names(), QStringList{ProfileStore::demoProfileName()});
    QCOMPARE(store.lastUsed(), ProfileStore::demoProfileName());

    Profile p;
    p.name = QStringLiteral("Acme prod");
    p.baseUrl = QUrl(QStringLiteral("https://api.example.com"));
    p.clientId = QStringLiteral("acme");
    p.authStyle = AuthStyle::Json;
    p.scopes = {QStringLiteral("a"), QStringLiteral("b")};
    QString error;
    QVERIFY2(store.save(p, {}, &error), qPrintable(error));
    QCOMPARE(changed.count(), 1);

    const Profile back = ProfileStore().profile(QStringLiteral("Acme prod"));
    QCOMPARE(back.baseUrl, p.baseUrl);
    QCOMPARE(back.clientId, p.clientId);
    QCOMPARE(back.authStyle, AuthStyle::Json);
    QCOMPARE(back.scopes, p.scopes);

    store.setLastUsed(p.name);
    p.name = QStringLiteral("Acme production");
    QVERIFY(store.save(p, QStringLiteral("Acme prod"), &error));
    QCOMPARE(store.names(),
             (QStringList{ProfileStore::demoProfileName(), QStringLiteral("Acme production")}));
    QCOMPARE(store.lastUsed(), QStringLiteral("Acme production"));

    QVERIFY(!store.remove(ProfileStore::demoProfileName()));
    QVERIFY(store.remove(QStringLiteral("Acme production")));
    QCOMPARE(store.names(), QStringList{ProfileStore::demoProfileName()});
    QCOMPARE(store.lastUsed(), ProfileStore::demoProfileName());
}

void TestUiModels::profileStoreRefusesBadProfiles_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("baseUrl");
    QTest::addColumn<QString>("clientId");
    QTest::addColumn<bool>("ok");
    QTest::newRow("good") << "t"
                          << "https://api.example.com"
                          << "c" << true;
    QTest::newRow("loopback http") << "t"
                                   << "http://127.0.0.1:8080"
                                   << "c" << true;
    QTest::newRow("plain http") << "t"
                                << "http://api.example.com"
                                << "c" << false;
    QTest::newRow("no name") << ""
                             << "https://api.example.com"
                             << "c" << false;
    QTest::newRow("demo name") << "Demo tenant"
                               << "https://api.example.com"
                               << "c" << false;
    QTest::newRow("no client") << "t"
                               << "https://api.example.com"
                               << "" << false;
    QTest::newRow("no url") << "t"
                            << ""
                            << "c" << false;
}

void TestUiModels::profileStoreRefusesBadProfiles()
{
    QFETCH(QString, name);
    QFETCH(QString, baseUrl);
    QFETCH(QString, clientId);
    QFETCH(bool, ok);
    Profile p;
    p.name = name;
    p.baseUrl = QUrl(baseUrl);
    p.clientId = clientId;
    p.scopes = allConsoleScopes();
    ProfileStore store;
    const QStringList problems = store.saveProblems(p);
    QCOMPARE(problems.isEmpty(), ok);
}

void TestUiModels::memorySecretStore()
{
    MemorySecretStore store;
    QVERIFY(!store.isPersistent());
    QVERIFY(!store.statusText().isEmpty());
    SecretReply last;
    int answers = 0;
    auto remember = [&](const SecretReply &r) {
        last = r;
        ++answers;
    };
    store.read(QStringLiteral("x"), this, remember);
    QCOMPARE(answers, 0); // asynchronous, like a keychain
    QTRY_COMPARE_WITH_TIMEOUT(answers, 1, testTimeoutMs);
    QVERIFY(last.notFound);
    store.write(QStringLiteral("x"), "s3cret", this, remember);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 2, testTimeoutMs);
    QVERIFY(last.ok);
    store.read(QStringLiteral("x"), this, remember);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 3, testTimeoutMs);
    QCOMPARE(last.secret, QByteArray("s3cret"));
    store.remove(QStringLiteral("x"), this, remember);
    QTRY_COMPARE_WITH_TIMEOUT(answers, 4, testTimeoutMs);
    QVERIFY(!store.contains(QStringLiteral("x")));
}

void TestUiModels::jobListModelFollowsJobs()
{
    sim::EmbeddedSimulator simulator;
    QString error;
    QVERIFY2(simulator.start(sim::SimConfig{}, &error, test::addPingRoute), qPrintable(error));
    Profile profile = ProfileStore::demoProfile();
    profile.baseUrl = simulator.baseUrl();
    profile.clientId = simulator.clientId();

    JobRegistry registry;
    JobListModel model(&registry);
    model.setRefreshInterval(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    TenantSession session(profile, ClientSecret(simulator.clientSecret()), nullptr, &registry,
                          true);
    QSignalSpy added(&registry, &JobRegistry::jobAdded);
    QVERIFY(added.isValid());

    auto *job = new test::PingJob(session.client(), 20);
    session.startJob(job);
    QCOMPARE(added.count(), 1);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.columnCount(), int(JobListModel::ColumnCount));
    QCOMPARE(model.jobAt(0), job);
    QCOMPARE(job->tenant(), ProfileStore::demoProfileName());
    QTRY_COMPARE_WITH_TIMEOUT(job->state(), JobState::Succeeded, testTimeoutMs);
    QTRY_COMPARE_WITH_TIMEOUT(model.index(0, JobListModel::StateColumn).data().toString(),
                              jobStateName(JobState::Succeeded), testTimeoutMs);
    QCOMPARE(model.index(0, 0).data(JobListModel::ProgressRole).toDouble(), 1.0);
    QCOMPARE(model.index(0, JobListModel::ProgressColumn).data().toString(),
             QStringLiteral("20 / 20 calls"));
    QCOMPARE(model.index(0, 0).data(JobListModel::JobIdRole).toString(), job->id());
    QCOMPARE(model.index(0, 0).data(JobListModel::IsRunningRole).toBool(), false);
    QCOMPARE(job->progress().calls, 20);
    QCOMPARE(registry.runningCount(), 0);

    // A second job lands in a new row; the first row keeps its job.
    auto *second = new test::PingJob(session.client(), 1000000);
    session.startJob(second);
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.rowOf(second->id()), 1);
    QTRY_VERIFY_WITH_TIMEOUT(second->progress().calls >= 3, testTimeoutMs);
    QVERIFY(model.index(1, 0).data(JobListModel::IsRunningRole).toBool());
    registry.cancelAll();
    QTRY_COMPARE_WITH_TIMEOUT(second->state(), JobState::Cancelled, testTimeoutMs);
    QCOMPARE(registry.runningCount(), 0);
}

namespace {

AuditEntry entry(int i)
{
    AuditEntry e;
    e.tenant = QStringLiteral("acme");
    e.jobId = QStringLiteral("job-%1").arg(i / 10);
    e.jobKind = i % 2 ? QStringLiteral("segment-export") : QStringLiteral("sanitize");
    e.action = QStringLiteral("ACTION_%1").arg(i);
    e.target = QStringLiteral("target-%1").arg(i % 7);
    e.outcome = i % 5 == 0 ? QStringLiteral("failed") : QStringLiteral("ok");
    e.details = QJsonObject{
            {QStringLiteral("i"), i},
            {QStringLiteral("note"), i == 42 ? QStringLiteral("needle") : QStringLiteral("hay")}};
    return e;
}

} // namespace

void TestUiModels::auditModelPagesAndLiveUpdates()
{
    QTemporaryDir dir;
    AuditStore store;
    QString error;
    QVERIFY2(store.open(dir.filePath(QStringLiteral("audit.sqlite")), &error), qPrintable(error));
    for (int i = 1; i <= 250; ++i) {
        AuditEntry e = entry(i);
        QVERIFY(store.append(e, &error));
    }
    AuditModel model(&store);
    model.setPollInterval(0);
    model.setPageSize(100);
    model.reload(); // drops the first read, which used the default page size
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), testTimeoutMs);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalInStore(), 250);
    QCOMPARE(model.entryAt(0).seq, 250); // newest first
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QVERIFY(!model.canFetchMore({})); // one read at a time
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 200, testTimeoutMs);

    // Entries appended meanwhile (here, between two pages) neither repeat nor hide older ones.
    for (int i = 251; i <= 260; ++i) {
        AuditEntry e = entry(i);
        QVERIFY(store.append(e, &error));
    }
    QTRY_VERIFY_WITH_TIMEOUT(model.canFetchMore({}), testTimeoutMs);
    model.fetchMore({});
    QTRY_VERIFY_WITH_TIMEOUT(!model.isLoading(), testTimeoutMs);
    QCOMPARE(model.rowCount(), 250); // the overlap the new entries caused was dropped
    QCOMPARE(model.entryAt(249).seq, 1);
    model.refresh();
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 260, testTimeoutMs);
    QCOMPARE(model.entryAt(0).seq, 260);
    QVERIFY(!model.canFetchMore({}));
    for (int row = 0; row < model.rowCount(); ++row)
        QCOMPARE(model.entryAt(row).seq, qint64(260 - row));
    QVERIFY(model.jobKinds().contains(QStringLiteral("sanitize")));
    QVERIFY(model.outcomes().contains(QStringLiteral("failed")));

    // The tester fetches pages itself, so it joins once the paging above has been checked.
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);

    // Live: the poll timer notices new entries without being asked.
    model.setPollInterval(20);
    AuditEntry late = entry(999);
    QVERIFY(store.append(late, &error));
    QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 261, testTimeoutMs);
    // People read the action in words; the stored code stays behind it.
    QCOMPARE(model.index(0, AuditModel::ActionColumn).data(AuditModel::RawRole).toString(),
             QStringLiteral("ACTION_999"));
    QCOMPARE(model.index(0, AuditModel::ActionColumn).data().toString(),
             QStringLiteral("Action 999: \u201ctarget-%1\u201d").arg(999 % 7));
    QVERIFY(model.index(0, 0).data(AuditModel::DetailsJsonRole).toString().contains(u"\"i\": 999"));
}

void TestUiModels::auditFilterProxy()
{
    QTemporaryDir dir;
    AuditStore store;
    QString error;
    QVERIFY(store.open(dir.filePath(QStringLiteral("audit.sqlite")), &error));
    for (int i = 1; i <= 100; ++i) {
        AuditEntry e = entry(i);
        QVERIFY(store.append(e, &error));
    }
    AuditModel model(&store);
    model.setPollInterval(0);
    AuditFilterProxy proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QTRY_COMPARE_WITH_TIMEOUT(proxy.rowCount(), 100, testTimeoutMs);
    proxy.setJobKind(QStringLiteral("sanitize"));
    QCOMPARE(proxy.rowCount(), 50);
    proxy.setOutcome(QStringLiteral("failed"));
    QCOMPARE(proxy.rowCount(), 10); // even and a multiple of 5
    proxy.setJobKind({});
    proxy.setOutcome({});
    proxy.setText(QStringLiteral("NEEDLE"));
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setText({});
    const QDateTime now = QDateTime::currentDateTimeUtc();
    proxy.setTimeRange(now.addSecs(60), {});
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setTimeRange(now.addSecs(-3600), now.addSecs(60));
    QCOMPARE(proxy.rowCount(), 100);
    proxy.setTimeRange({}, {});
    proxy.sort(AuditModel::TimeColumn, Qt::AscendingOrder);
    QCOMPARE(proxy.index(0, 0).data(AuditModel::SeqRole).toLongLong(), 1);
}

QTEST_MAIN(TestUiModels)
#include "test_uimodels.moc"
