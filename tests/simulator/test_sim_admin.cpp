// The /_sim endpoints, the tenant state, the seeded RNG and the command-line parsing.

#include "tests/simulator/simtesthelpers.h"

#include <QJsonArray>

using namespace cxone;
using namespace cxone::sim;
using namespace simtest;

class TestSimAdmin final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void faultsRoundTrip();
    void faultsRejectBadInput();
    void webhookSinks();
    void stateCallLog();
    void notFoundAndMethodNotAllowed();
    void callLogIsBounded();
    void rngIsDeterministic();
    void parseArguments_data();
    void parseArguments();
    void refusesNonLoopbackHost();

private:
    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;
};

void TestSimAdmin::initTestCase()
{
    QVERIFY(startSim(m_sim));
    m_client = makeClient(m_sim);
}

void TestSimAdmin::faultsRoundTrip()
{
    QJsonObject got = simJson(*m_client, "GET", QStringLiteral("/_sim/faults"));
    QCOMPARE(got.value(u"fault-429").toDouble(), 0.0);
    QCOMPARE(got.value(u"retry-after").toInt(), 1);

    const QJsonObject set{{QStringLiteral("fault-429"), 0.1},
                          {QStringLiteral("latency-ms"), 20},
                          {QStringLiteral("retry-after-date"), true},
                          {QStringLiteral("retry-after"), 2}};
    simJson(*m_client, "PUT", QStringLiteral("/_sim/faults"), set);
    simJson(*m_client, "POST", QStringLiteral("/_sim/faults"),
            {{QStringLiteral("route"), QStringLiteral("GET /api/test/ping")},
             {QStringLiteral("fault-5xx"), 0.5}});
    got = simJson(*m_client, "GET", QStringLiteral("/_sim/faults"));
    QCOMPARE(got.value(u"fault-429").toDouble(), 0.1);
    QCOMPARE(got.value(u"latency-ms").toInt(), 20);
    QCOMPARE(got.value(u"retry-after-date").toBool(), true);
    QCOMPARE(got.value(u"retry-after").toInt(), 2);
    const QJsonObject route = got.value(u"routes").toObject().value(pingRoute).toObject();
    QCOMPARE(route.value(u"fault-5xx").toDouble(), 0.5);
    QVERIFY(!route.contains(u"fault-429")); // not overridden: the global value applies

    // The GET document is accepted back as it is.
    QString error;
    QVERIFY2(m_sim.applyFaultJson(got, &error), qPrintable(error));

    got = simJson(*m_client, "DELETE", QStringLiteral("/_sim/faults"));
    QCOMPARE(got.value(u"fault-429").toDouble(), 0.0);
    QCOMPARE(got.value(u"latency-ms").toInt(), 0);
    QVERIFY(got.value(u"routes").toObject().isEmpty());
}

void TestSimAdmin::faultsRejectBadInput()
{
    const auto put = [this](const QJsonObject &o) {
        return runRaw(*m_client, "PUT", QStringLiteral("/_sim/faults"),
                      QJsonDocument(o).toJson(QJsonDocument::Compact));
    };
    QCOMPARE(put({{QStringLiteral("fault-429"), 2}}).httpStatus, 400);
    QCOMPARE(put({{QStringLiteral("fault-42"), 0.1}}).httpStatus, 400);
    QCOMPARE(put({{QStringLiteral("fail-kind"), QStringLiteral("boom")}}).httpStatus, 400);
    const Result r = put({{QStringLiteral("route"), QStringLiteral("GET /api/nowhere")},
                          {QStringLiteral("fault-429"), 0.5}});
    QCOMPARE(r.httpStatus, 400);
    QVERIFY2(r.errorText.contains(u"/api/nowhere"), qPrintable(r.errorText));
}

void TestSimAdmin::webhookSinks()
{
    const QString path = QStringLiteral("/_sim/webhooks/lake");
    for (int i = 0; i < 2; ++i) {
        const Result r = runRaw(
                *m_client, "POST", path,
                QJsonDocument(QJsonObject{{QStringLiteral("n"), i}}).toJson(), "application/json",
                {{QByteArray("X-Request-ID"), "delivery-" + QByteArray::number(i)}});
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.json.object().value(u"received").toBool(), true);
    }
    QJsonObject list = simJson(*m_client, "GET", path);
    QCOMPARE(list.value(u"count").toInt(), 2);
    const QJsonArray deliveries = list.value(u"deliveries").toArray();
    QCOMPARE(deliveries.size(), 2);
    const QJsonObject second = deliveries.at(1).toObject();
    QCOMPARE(second.value(u"json").toObject().value(u"n").toInt(), 1);
    QCOMPARE(second.value(u"headers").toObject().value(u"x-request-id").toString(),
             QStringLiteral("delivery-1"));
    QVERIFY(!second.value(u"time").toString().isEmpty());

    // Sinks are independent.
    QCOMPARE(simJson(*m_client, "GET", QStringLiteral("/_sim/webhooks/other"))
                     .value(u"count")
                     .toInt(),
             0);
    QCOMPARE(simJson(*m_client, "DELETE", path).value(u"cleared").toInt(), 2);
    list = simJson(*m_client, "GET", path);
    QCOMPARE(list.value(u"count").toInt(), 0);
}

void TestSimAdmin::stateCallLog()
{
    auto client = makeClient(m_sim);
    QVERIFY(waitForToken(*client));
    for (int i = 0; i < 3; ++i) {
        Request r = Request::get(pingPath);
        r.requestId = "state-test-" + QByteArray::number(i);
        QVERIFY(runCall(*client, std::move(r)).ok());
    }
    const QJsonObject state = simJson(*m_client, "GET", QStringLiteral("/_sim/state?recent=20"));
    QCOMPARE(state.value(u"scale").toString(), QStringLiteral("demo"));
    QCOMPARE(state.value(u"seed").toString(), QStringLiteral("1"));
    QVERIFY(state.value(u"tokens").toObject().value(u"active").toInt() >= 1);
    QVERIFY(state.value(u"clients").toArray().contains(QStringLiteral("demo-console")));
    QVERIFY(state.value(u"routes").toObject().value(pingRoute).toObject().value(u"calls").toInt()
            >= 3);
    const QJsonArray recent = state.value(u"recentCalls").toArray();
    QVERIFY(recent.size() <= 20);
    int found = 0;
    for (const QJsonValue &v : recent) {
        const QJsonObject c = v.toObject();
        if (!c.value(u"requestId").toString().startsWith(u"state-test-"))
            continue;
        ++found;
        QCOMPARE(c.value(u"status").toInt(), 200);
        QCOMPARE(c.value(u"method").toString(), QStringLiteral("GET"));
        QCOMPARE(c.value(u"path").toString(), pingPath);
        QCOMPARE(c.value(u"route").toString(), pingRoute);
    }
    QCOMPARE(found, 3);
    QVERIFY(state.value(u"totalCalls").toInt() >= 3);
}

void TestSimAdmin::notFoundAndMethodNotAllowed()
{
    Result r = runRaw(*m_client, "GET", QStringLiteral("/api/v2/nothing/here"));
    QCOMPARE(r.httpStatus, 404);
    r = runRaw(*m_client, "DELETE", pingPath);
    QCOMPARE(r.httpStatus, 405);
}

void TestSimAdmin::callLogIsBounded()
{
    SimConfig config;
    TenantState state(config);
    const qsizetype total = TenantState::callLogCapacity + 50;
    for (qsizetype i = 0; i < total; ++i) {
        CallRecord c;
        c.requestId = QByteArray::number(i);
        state.logCall(std::move(c));
    }
    QCOMPARE(state.totalCalls(), quint64(total));
    const auto all = state.recentCalls(total);
    QCOMPARE(qsizetype(all.size()), TenantState::callLogCapacity);
    QCOMPARE(all.front().requestId, QByteArray("50"));
    QCOMPARE(all.back().requestId, QByteArray::number(total - 1));
    const auto last = state.recentCalls(2);
    QCOMPARE(qsizetype(last.size()), 2);
    QCOMPARE(last.at(0).requestId, QByteArray::number(total - 2));
}

void TestSimAdmin::rngIsDeterministic()
{
    SimRng a(7, "segments"), b(7, "segments"), c(7, "contacts"), d(8, "segments");
    bool differsByName = false, differsBySeed = false;
    for (int i = 0; i < 16; ++i) {
        const quint64 va = a.next();
        QCOMPARE(va, b.next());
        differsByName |= va != c.next();
        differsBySeed |= va != d.next();
    }
    QVERIFY(differsByName);
    QVERIFY(differsBySeed);
    SimRng r(1);
    for (int i = 0; i < 1000; ++i) {
        const double x = r.nextDouble();
        QVERIFY(x >= 0 && x < 1);
        const qint64 v = r.range(-3, 3);
        QVERIFY(v >= -3 && v <= 3);
    }
    QCOMPARE(stableHash("abc"), stableHash("abc"));
}

void TestSimAdmin::parseArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("outcome");
    const auto run = int(ArgsOutcome::Run);
    const auto err = int(ArgsOutcome::Error);
    QTest::newRow("none") << QStringList{} << run;
    QTest::newRow("all") << QStringList{QStringLiteral("--host"),
                                        QStringLiteral("127.0.0.1"),
                                        QStringLiteral("--port"),
                                        QStringLiteral("0"),
                                        QStringLiteral("--seed"),
                                        QStringLiteral("9"),
                                        QStringLiteral("--scale"),
                                        QStringLiteral("small"),
                                        QStringLiteral("--fault-429"),
                                        QStringLiteral("0.1"),
                                        QStringLiteral("--fault-5xx=0.2"),
                                        QStringLiteral("--fault-drop"),
                                        QStringLiteral("0"),
                                        QStringLiteral("--fault-malformed"),
                                        QStringLiteral("0.05"),
                                        QStringLiteral("--latency-ms"),
                                        QStringLiteral("5"),
                                        QStringLiteral("--retry-after-date"),
                                        QStringLiteral("--token-ttl"),
                                        QStringLiteral("60")}
                         << run;
    QTest::newRow("help") << QStringList{QStringLiteral("--help")} << int(ArgsOutcome::Help);
    QTest::newRow("unknown") << QStringList{QStringLiteral("--bogus")} << err;
    QTest::newRow("missing value") << QStringList{QStringLiteral("--seed")} << err;
    QTest::newRow("bad probability")
            << QStringList{QStringLiteral("--fault-429"), QStringLiteral("1.5")} << err;
    QTest::newRow("bad scale") << QStringList{QStringLiteral("--scale"), QStringLiteral("huge")}
                               << err;
    QTest::newRow("bad port") << QStringList{QStringLiteral("--port"), QStringLiteral("70000")}
                              << err;
    QTest::newRow("public host") << QStringList{QStringLiteral("--host"), QStringLiteral("0.0.0.0")}
                                 << err;
}

void TestSimAdmin::parseArguments()
{
    QFETCH(QStringList, args);
    QFETCH(int, outcome);
    args.prepend(QStringLiteral("cxone-sim"));
    SimConfig config;
    QString error;
    QCOMPARE(int(parseSimArguments(args, &config, &error)), outcome);
    QCOMPARE(error.isEmpty(), outcome != int(ArgsOutcome::Error));
    if (qstrcmp(QTest::currentDataTag(), "all") == 0) {
        QCOMPARE(config.seed, quint64(9));
        QCOMPARE(config.scale, Scale::Small);
        QCOMPARE(config.faults.p429, 0.1);
        QCOMPARE(config.faults.p5xx, 0.2);
        QCOMPARE(config.faults.pMalformed, 0.05);
        QCOMPARE(config.faults.latencyMs, 5);
        QVERIFY(config.faults.retryAfterDate);
        QCOMPARE(config.tokenTtlSeconds, 60);
    }
}

void TestSimAdmin::refusesNonLoopbackHost()
{
    for (const QString &host : {QStringLiteral("0.0.0.0"), QStringLiteral("192.168.1.1"),
                                QStringLiteral("example.com")}) {
        EmbeddedSimulator sim;
        SimConfig config;
        config.host = host;
        QString error;
        QVERIFY(!sim.start(config, &error));
        QVERIFY2(error.contains(u"loopback"), qPrintable(error));
        QVERIFY(!sim.isRunning());
    }
    EmbeddedSimulator local;
    SimConfig config;
    config.host = QStringLiteral("localhost");
    QVERIFY(local.start(config));
}

QTEST_MAIN(TestSimAdmin)
#include "test_sim_admin.moc"
