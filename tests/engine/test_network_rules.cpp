// The pipeline's rules that every feature relies on: the bearer token goes only to the tenant's
// origin and token endpoint; ids in paths cannot name another route; webhooks share one URL rule
// and one delivery path; big answers stream into a sink (a file) with a cap.
#include "network/api/enrichmentapi.h"
#include "network/apiclient.h"
#include "network/tokenmanager.h"
#include "network/webhookclient.h"
#include "tests/support/scriptedtenant.h"

#include <QFile>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone;
using namespace cxonetest;
using Resp = ScriptedServer::Response;

namespace {

std::unique_ptr<ApiClient> clientFor(const ScriptedTenant &tenant, int attempts = 3)
{
    auto client = std::make_unique<ApiClient>(tenant.profile(), ClientSecret(kSecret));
    client->setRetryPolicy(fastPolicy(attempts));
    return client;
}

// A sink that refuses after a number of bytes, like a disk that fills up.
class RefusingSink final : public ResponseSink
{
public:
    bool begin(QString *) override
    {
        ++begins;
        return true;
    }
    bool write(QByteArrayView bytes, QString *error) override
    {
        received += bytes.size();
        if (received > 10) {
            *error = QStringLiteral("the disk is full");
            return false;
        }
        return true;
    }
    bool finish(QString *) override { return true; }
    void abort() override { ++aborts; }
    qint64 received = 0;
    int begins = 0;
    int aborts = 0;
};

} // namespace

class TestNetworkRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void tokenStaysOnTheTenant_data();
    void tokenStaysOnTheTenant();
    void idsStayInTheirSegment();
    void dotIdsAreRefused();
    void webhookUrlRule_data();
    void webhookUrlRule();
    void webhookDelivery();
    void refusedWebhookSendsNothing();
    void downloadStreamsToAFile();
    void downloadOverTheCapLeavesNothing();
    void sinkFailureIsLocalAndNotRetried();
    void typedAnswers();
};

void TestNetworkRules::tokenStaysOnTheTenant_data()
{
    QTest::addColumn<bool>("sameHostOtherPort");
    QTest::newRow("another server") << false;
    QTest::newRow("same host, other port") << true;
}

void TestNetworkRules::tokenStaysOnTheTenant()
{
    QFETCH(bool, sameHostOtherPort);
    Q_UNUSED(sameHostOtherPort)
    ScriptedTenant tenant;
    ScriptedServer foreign;
    QVERIFY(tenant.server.listen() && foreign.listen());
    auto client = clientFor(tenant);
    // A paging answer that names another origin (here another loopback port, which is another
    // origin just as much as another host).
    const Result r = run(*client, Request::get(foreign.url(QStringLiteral("/page2")).toString()));
    QCOMPARE(r.error, ErrorKind::InvalidRequest);
    QVERIFY2(r.errorText.contains(u"refusing to send the tenant's token"), qPrintable(r.errorText));
    QCOMPARE(foreign.requests().size(), 0);
    // Without a token (a webhook), another origin is fine.
    Request open = Request::get(foreign.url(QStringLiteral("/hook")).toString());
    open.url = foreign.url(QStringLiteral("/hook"));
    open.authenticated = false;
    QVERIFY(run(*client, open).ok());
    QCOMPARE(foreign.requests().size(), 1);
    QVERIFY(!foreign.requests().first().headers.contains("authorization"));
    // The tenant's own absolute URL carries it.
    Request own;
    own.url = tenant.server.url(QStringLiteral("/api/x"));
    QVERIFY(run(*client, own).ok());
    QCOMPARE(tenant.server.requests().last().headers.value("authorization"),
             QByteArray("Bearer t1"));
}

void TestNetworkRules::idsStayInTheirSegment()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    auto client = clientFor(tenant);
    const QString id = QStringLiteral("../../campaigns/contactlists?x=1#f");
    QVERIFY(run(*client,
                Request::get(QStringLiteral("/api/v2/contacts/segments/") + pathSegment(id)))
                    .ok());
    QCOMPARE(
            tenant.server.requests().last().path,
            QByteArray("/api/v2/contacts/segments/..%2F..%2Fcampaigns%2Fcontactlists%3Fx%3D1%23f"));
}

void TestNetworkRules::dotIdsAreRefused()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    auto client = clientFor(tenant);
    for (const QString &id : {QStringLiteral(".."), QStringLiteral(".")}) {
        const Result r = run(*client, Request::get(QStringLiteral("/api/v2/segments/")
                                                   + pathSegment(id) + QStringLiteral("/x")));
        QCOMPARE(r.error, ErrorKind::InvalidRequest);
    }
    QCOMPARE(tenant.server.count("/api"), 0);
}

void TestNetworkRules::webhookUrlRule_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("https") << "https://cdp.example.com/hook"
                           << "";
    QTest::newRow("http loopback") << "http://127.0.0.1:8080/hook"
                                   << "";
    QTest::newRow("http localhost") << "http://localhost/hook"
                                    << "";
    QTest::newRow("http elsewhere") << "http://cdp.example.com/hook"
                                    << "plain http://";
    QTest::newRow("http x.localhost") << "http://x.localhost:8080/hook"
                                      << "plain http://";
    QTest::newRow("http loopback v6") << "http://[::1]:8080/hook"
                                      << "";
    QTest::newRow("relative") << "/_sim/webhooks/cdp"
                              << "must be a full address";
    QTest::newRow("no scheme") << "cdp.example.com/hook"
                               << "must be a full address";
    QTest::newRow("ftp") << "ftp://cdp.example.com/x"
                         << "must use https://";
    QTest::newRow("credentials") << "https://user:pw@cdp.example.com/x"
                                 << "user name or password";
    QTest::newRow("empty") << ""
                           << "is empty";
}

void TestNetworkRules::webhookUrlRule()
{
    QFETCH(QString, url);
    QFETCH(QString, problem);
    const QString got = webhookUrlProblem(QUrl(url), QStringLiteral("--cdp-url"));
    if (problem.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(got));
    } else {
        QVERIFY2(got.contains(problem), qPrintable(got));
        QVERIFY2(got.startsWith(u"--cdp-url"), qPrintable(got));
        QVERIFY(!got.contains(u"pw@")); // the password is never repeated back
    }
}

void TestNetworkRules::webhookDelivery()
{
    ScriptedTenant tenant;
    ScriptedServer receiver;
    QVERIFY(tenant.server.listen() && receiver.listen());
    int calls = 0;
    receiver.setHandler([&calls](const ScriptedServer::Request &) {
        return ++calls < 3 ? ScriptedServer::json(503, "{}") : ScriptedServer::json(202, "");
    });
    auto client = clientFor(tenant, 5);
    client->tokens()->refreshNow(); // a token exists: it must still not be sent
    WebhookClient::Delivery d;
    d.url = receiver.url(QStringLiteral("/hook?key=secret"));
    d.json = R"({"event":"x"})";
    d.what = QStringLiteral("Telling the CDP");
    d.requestId = "export-42-p3";
    CallHandle *h = WebhookClient(client.get()).post(d);
    QSignalSpy done(h, &CallHandle::finished);
    QVERIFY(done.wait(10000));
    const Result r = done.first().first().value<Result>();
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.attempts.size(), 3);
    QCOMPARE(receiver.requests().size(), 3);
    for (const ScriptedServer::Request &req : receiver.requests()) {
        QCOMPARE(req.method, QByteArray("POST"));
        QCOMPARE(req.headers.value("x-request-id"), QByteArray("export-42-p3"));
        QVERIFY(!req.headers.contains("authorization"));
        QCOMPARE(req.body, QByteArray(R"({"event":"x"})"));
    }
    // An attempt budget of its own.
    calls = -100;
    d.maxAttempts = 2;
    h = WebhookClient(client.get()).post(d);
    QSignalSpy two(h, &CallHandle::finished);
    QVERIFY(two.wait(10000));
    QCOMPARE(two.first().first().value<Result>().attempts.size(), 2);
    QCOMPARE(webhookDisplay(d.url).contains(u"secret"), false);
}

void TestNetworkRules::refusedWebhookSendsNothing()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    auto client = clientFor(tenant);
    CallHandle *h = WebhookClient(client.get())
                            .post({QUrl(QStringLiteral("http://cdp.example.com/x")),
                                   "{}",
                                   QStringLiteral("Telling the CDP"),
                                   {},
                                   {},
                                   {}});
    QSignalSpy done(h, &CallHandle::finished);
    QVERIFY(done.wait(5000));
    const Result r = done.first().first().value<Result>();
    QCOMPARE(r.error, ErrorKind::InvalidRequest);
    QVERIFY2(r.errorText.contains(u"plain http://"), qPrintable(r.errorText));
    QCOMPARE(tenant.server.requests().size(), 0);
}

void TestNetworkRules::downloadStreamsToAFile()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    QByteArray big;
    for (int i = 0; i < 40000; ++i)
        big += "{\"line\":" + QByteArray::number(i) + "}\n";
    int calls = 0;
    tenant.api = [&](const ScriptedServer::Request &) {
        // The first answer is a 503: the retry starts the file over.
        return ++calls == 1 ? ScriptedServer::json(503, "{}")
                            : Resp{200, big, {{"Content-Type", "application/x-ndjson"}}, 0, false};
    };
    auto client = clientFor(tenant);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("result.ndjson"));
    Request r = Request::get(QStringLiteral("/result"));
    r.sink = std::make_shared<FileSink>(path);
    CallHandle *h = client->send(r);
    QSignalSpy progress(h, &CallHandle::progress);
    QSignalSpy done(h, &CallHandle::finished);
    QVERIFY(done.wait(10000));
    const Result res = done.first().first().value<Result>();
    QVERIFY2(res.ok(), qPrintable(res.errorText));
    QVERIFY(res.body.isEmpty());
    QCOMPARE(res.bytesReceived, big.size());
    QVERIFY(!progress.isEmpty());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), big);
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    QCOMPARE(f.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());
}

void TestNetworkRules::downloadOverTheCapLeavesNothing()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) {
        return Resp{200, QByteArray(100000, 'x'), {}, 0, false};
    };
    auto client = clientFor(tenant);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("capped.bin"));
    Request r = Request::get(QStringLiteral("/big"));
    r.sink = std::make_shared<FileSink>(path);
    r.maxResponseBytes = 1000;
    const Result res = run(*client, r);
    QCOMPARE(res.error, ErrorKind::TooLarge);
    QVERIFY(!QFile::exists(path));
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
}

void TestNetworkRules::sinkFailureIsLocalAndNotRetried()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) {
        return Resp{200, QByteArray(5000, 'x'), {}, 0, false};
    };
    auto client = clientFor(tenant);
    auto sink = std::make_shared<RefusingSink>();
    Request r = Request::get(QStringLiteral("/big"));
    r.sink = sink;
    const Result res = run(*client, r);
    QCOMPARE(res.error, ErrorKind::Local);
    QVERIFY2(res.errorText.contains(u"the disk is full"), qPrintable(res.errorText));
    QCOMPARE(res.attempts.size(), 1);
    QCOMPARE(sink->aborts, 1);
}

// A call hands back its parsed answer or one sentence: the pipeline's when the call failed, the
// parser's when the answer is not the contract's.
void TestNetworkRules::typedAnswers()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &r) {
        if (r.path.endsWith("/missing"))
            return ScriptedServer::json(404, R"({"message":"no such campaign"})");
        if (r.path.endsWith("/odd"))
            return ScriptedServer::json(200, R"({"name":"no id"})");
        return ScriptedServer::json(
                200,
                R"({"campaignId":"c1","name":"Q4","status":"active","maxEnrichmentTimeout":3000,)"
                R"("contactListId":"l1"})");
    };
    auto client = clientFor(tenant);

    const Result missing = run(*client, Request::get(QStringLiteral("/api/v2/campaigns/missing")));
    const Expected<CampaignInfo> failed = EnrichmentApi::readCampaign(missing);
    QVERIFY(!failed);
    QCOMPARE(failed.error(), missing.errorText);
    QCOMPARE(failed.errorKind(), ErrorKind::NotFound);

    const Expected<CampaignInfo> odd = EnrichmentApi::readCampaign(
            run(*client, Request::get(QStringLiteral("/api/v2/campaigns/odd"))));
    QVERIFY(!odd.ok());
    QCOMPARE(odd.errorKind(), ErrorKind::Malformed);
    CampaignInfo unused;
    QString parserSays;
    QVERIFY(!EnrichmentApi::parseCampaign(
            QJsonObject{{QStringLiteral("name"), QStringLiteral("no id")}}, &unused, &parserSays));
    QCOMPARE(odd.error(), parserSays);

    const Expected<CampaignInfo> good = EnrichmentApi::readCampaign(
            run(*client, Request::get(QStringLiteral("/api/v2/campaigns/c1"))));
    QVERIFY2(good.ok(), qPrintable(good.error()));
    QCOMPARE(good->contactListId, QStringLiteral("l1"));
    QCOMPARE(good->batchLimit(), 300);
    QVERIFY(good.error().isEmpty());
    QCOMPARE(good.errorKind(), ErrorKind::None);
}

QTEST_GUILESS_MAIN(TestNetworkRules)
#include "test_network_rules.moc"
