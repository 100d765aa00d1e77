// Fault injection: determinism under the seed, fail-next, latency, drops and broken bodies as
// the client sees them.

#include "tests/simulator/simtesthelpers.h"

#include "network/retrypolicy.h"

using namespace cxone;
using namespace cxone::sim;
using namespace simtest;

namespace {

// The status of each of `count` sequential pings; 0 for a dropped connection, -1 for a body that
// did not parse.
QList<int> pingSequence(EmbeddedSimulator &sim, int count)
{
    auto client = makeClient(sim);
    if (!waitForToken(*client))
        return {};
    QList<int> statuses;
    for (int i = 0; i < count; ++i) {
        const Result r = runCall(*client, Request::get(pingPath));
        statuses.append(r.error == ErrorKind::Malformed ? -1 : r.httpStatus);
    }
    return statuses;
}

SimConfig faultyConfig(quint64 seed)
{
    SimConfig c;
    c.seed = seed;
    c.faults.p429 = 0.2;
    c.faults.p5xx = 0.2;
    c.faults.pDrop = 0.1;
    c.faults.pMalformed = 0.1;
    c.faults.retryAfterSeconds = 0;
    return c;
}

} // namespace

class TestSimFaults final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decisionIsPureFunction();
    void sameSeedSameSequence();
    void differentSeedDifferentSequence();
    void failNextOnRoute();
    void failNextGlobalSparesTokenEndpoint();
    void retryAfterDeltaAndDate();
    void clientRetriesThroughFaults();
    void latencyIsApplied();
    void dropIsNetworkError();
    void dropIsDecidedPerAttempt();
    void malformedIsMalformed();
    void tokenEndpointFaultsOnlyWhenNamed();
    void adminRoutesNeverFault();

private:
    static void setFaults(EmbeddedSimulator &sim, const QJsonObject &json)
    {
        QString error;
        QVERIFY2(sim.applyFaultJson(json, &error), qPrintable(error));
    }
};

void TestSimFaults::decisionIsPureFunction()
{
    FaultSettings s;
    s.p429 = 0.25;
    s.p5xx = 0.25;
    s.pDrop = 0.25;
    s.pMalformed = 0.25;
    const quint64 stream = mixSeed(5, "GET /x");
    int kinds[7] = {};
    for (quint64 n = 0; n < 400; ++n) {
        const FaultDecision a = decideFault(s, stream, n);
        const FaultDecision b = decideFault(s, stream, n);
        QCOMPARE(a.kind, b.kind);
        QCOMPARE(a.draw, b.draw);
        ++kinds[int(a.kind)];
    }
    // Probabilities summing to 1 leave no clean request, and every kind shows up.
    QCOMPARE(kinds[int(FaultKind::None)], 0);
    for (FaultKind k :
         {FaultKind::RateLimit, FaultKind::ServerError, FaultKind::Drop, FaultKind::Malformed})
        QVERIFY(kinds[int(k)] > 50);
    QCOMPARE(decideFault(FaultSettings{}, stream, 3).kind, FaultKind::None);
}

void TestSimFaults::sameSeedSameSequence()
{
    EmbeddedSimulator a, b;
    QVERIFY(startSim(a, faultyConfig(42)));
    QVERIFY(startSim(b, faultyConfig(42)));
    const QList<int> first = pingSequence(a, 40);
    const QList<int> second = pingSequence(b, 40);
    QCOMPARE(first.size(), 40);
    QCOMPARE(first, second);
    // The settings are high enough that a clean run would mean faults are not applied.
    QVERIFY(first.count(200) < 40);
    QVERIFY(first.contains(429));
    QVERIFY(first.contains(0));
    QVERIFY(first.contains(-1));
    QVERIFY(first.contains(503) || first.contains(500));
}

void TestSimFaults::differentSeedDifferentSequence()
{
    EmbeddedSimulator a, b;
    QVERIFY(startSim(a, faultyConfig(42)));
    QVERIFY(startSim(b, faultyConfig(43)));
    const QList<int> first = pingSequence(a, 40);
    const QList<int> second = pingSequence(b, 40);
    QCOMPARE(first.size(), 40);
    QVERIFY(first != second);
}

void TestSimFaults::failNextOnRoute()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    setFaults(sim, {{QStringLiteral("route"), pingRoute},
                    {QStringLiteral("fail-next"), 2},
                    {QStringLiteral("fail-kind"), QStringLiteral("503")}});
    // A concrete request line names the same route.
    setFaults(sim, {{QStringLiteral("route"), QStringLiteral("POST /api/test/write")},
                    {QStringLiteral("fail-next"), 1},
                    {QStringLiteral("fail-kind"), QStringLiteral("500")}});
    auto client = makeClient(sim);
    QVERIFY(waitForToken(*client));
    QCOMPARE(runCall(*client, Request::get(pingPath)).httpStatus, 503);
    QCOMPARE(runCall(*client, Request::get(pingPath)).httpStatus, 503);
    QCOMPARE(runCall(*client, Request::get(pingPath)).httpStatus, 200);
    const Result w = runCall(*client, Request::postJson(writePath, "{}"));
    QCOMPARE(w.httpStatus, 500);
    QCOMPARE(w.error, ErrorKind::ServerError);
    QCOMPARE(runCall(*client, Request::postJson(writePath, "{}")).httpStatus, 201);
}

void TestSimFaults::failNextGlobalSparesTokenEndpoint()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    setFaults(sim, {{QStringLiteral("fail-next"), 1},
                    {QStringLiteral("fail-kind"), QStringLiteral("429")}});
    auto client = makeClient(sim);
    QVERIFY(waitForToken(*client)); // the token request does not consume the fault
    const Result r = runCall(*client, Request::get(pingPath));
    QCOMPARE(r.httpStatus, 429);
    QCOMPARE(r.error, ErrorKind::RateLimited);
    QCOMPARE(runCall(*client, Request::get(pingPath)).httpStatus, 200);
}

void TestSimFaults::retryAfterDeltaAndDate()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    auto client = makeClient(sim);
    QVERIFY(waitForToken(*client));

    setFaults(sim, {{QStringLiteral("fail-next"), 1},
                    {QStringLiteral("fail-kind"), QStringLiteral("429")},
                    {QStringLiteral("retry-after"), 7}});
    Result r = runCall(*client, Request::get(pingPath));
    QCOMPARE(r.httpStatus, 429);
    QCOMPARE(r.header("Retry-After"), QByteArray("7"));

    setFaults(sim, {{QStringLiteral("fail-next"), 1},
                    {QStringLiteral("fail-kind"), QStringLiteral("429")},
                    {QStringLiteral("retry-after-date"), true}});
    r = runCall(*client, Request::get(pingPath));
    QCOMPARE(r.httpStatus, 429);
    const QByteArray value = r.header("Retry-After");
    QVERIFY2(value.endsWith(" GMT"), value.constData());
    const auto wait = parseRetryAfter(value, QDateTime::currentDateTimeUtc());
    QVERIFY(wait.has_value());
    QVERIFY(wait->count() <= 7000);
}

void TestSimFaults::clientRetriesThroughFaults()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    ClientOptions o;
    o.maxAttempts = 5;
    auto client = makeClient(sim, o);
    QVERIFY(waitForToken(*client));
    setFaults(sim, {{QStringLiteral("route"), pingRoute},
                    {QStringLiteral("fail-next"), 2},
                    {QStringLiteral("fail-kind"), QStringLiteral("429")},
                    {QStringLiteral("retry-after"), 0}});
    const Result r = runCall(*client, Request::get(pingPath));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.attempts.size(), 3);
    QCOMPARE(r.rateLimitWaits, 2);
}

void TestSimFaults::latencyIsApplied()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    auto client = makeClient(sim);
    QVERIFY(waitForToken(*client));
    setFaults(sim, {{QStringLiteral("route"), pingRoute}, {QStringLiteral("latency-ms"), 300}});
    const Result r = runCall(*client, Request::get(pingPath));
    QVERIFY(r.ok());
    // A lower bound only: the answer cannot arrive before the server sends it.
    QVERIFY2(r.attempts.at(0).latencyMs >= 295, qPrintable(QString::number(r.totalMs)));
}

void TestSimFaults::dropIsNetworkError()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    auto client = makeClient(sim);
    QVERIFY(waitForToken(*client));
    setFaults(sim, {{QStringLiteral("fail-next"), 1},
                    {QStringLiteral("fail-kind"), QStringLiteral("drop")}});
    const Result r = runCall(*client, Request::get(pingPath));
    QCOMPARE(r.error, ErrorKind::Network);
    QCOMPARE(r.httpStatus, 0);
    // The next request on a new connection works.
    QVERIFY(runCall(*client, Request::get(pingPath)).ok());
}

// A dropped request's own retries (same X-Request-ID, next X-Attempt) draw their own fault: a
// single drop costs one attempt, not the whole call.
void TestSimFaults::dropIsDecidedPerAttempt()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    ClientOptions o;
    o.maxAttempts = 3;
    auto client = makeClient(sim, o);
    QVERIFY(waitForToken(*client));
    setFaults(sim, {{QStringLiteral("fail-next"), 1},
                    {QStringLiteral("fail-kind"), QStringLiteral("drop")}});
    const Result r = runCall(*client, Request::get(pingPath));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts.at(0).error, ErrorKind::Network);

    // Every drop in a faulty run costs attempts, never a call that had attempts left.
    setFaults(sim, {{QStringLiteral("reset"), true}, {QStringLiteral("fault-drop"), 0.3}});
    ClientOptions many;
    many.maxAttempts = 8;
    auto second = makeClient(sim, many);
    QVERIFY(waitForToken(*second));
    int retried = 0;
    for (int i = 0; i < 40; ++i) {
        const Result each = runCall(*second, Request::get(pingPath));
        QVERIFY2(each.ok(), qPrintable(each.errorText));
        retried += each.attempts.size() > 1 ? 1 : 0;
    }
    QVERIFY(retried > 0);
}

void TestSimFaults::malformedIsMalformed()
{
    EmbeddedSimulator sim;
    QVERIFY(startSim(sim));
    auto client = makeClient(sim);
    QVERIFY(waitForToken(*client));
    for (int i = 0; i < 4; ++i) { // both variants: truncated body and garbage
        setFaults(sim, {{QStringLiteral("fail-next"), 1},
                        {QStringLiteral("fail-kind"), QStringLiteral("malformed")}});
        const Result r = runCall(*client, Request::get(pingPath));
        QCOMPARE(r.httpStatus, 200);
        QCOMPARE(r.error, ErrorKind::Malformed);
    }
    QVERIFY(runCall(*client, Request::get(pingPath)).ok());
}

void TestSimFaults::tokenEndpointFaultsOnlyWhenNamed()
{
    EmbeddedSimulator sim;
    SimConfig config;
    config.faults.p5xx = 1.0;
    QVERIFY(startSim(sim, config));
    auto client = makeClient(sim);
    QVERIFY2(waitForToken(*client), qPrintable(client->tokens()->lastError()));
    QCOMPARE(runCall(*client, Request::get(pingPath)).error, ErrorKind::ServerError);

    setFaults(sim, {{QStringLiteral("route"), QStringLiteral("POST /oauth/token")},
                    {QStringLiteral("fail-next"), 1},
                    {QStringLiteral("fail-kind"), QStringLiteral("503")}});
    auto second = makeClient(sim);
    QVERIFY(!waitForToken(*second));
    QVERIFY2(second->tokens()->lastError().contains(u"503"),
             qPrintable(second->tokens()->lastError()));
}

void TestSimFaults::adminRoutesNeverFault()
{
    EmbeddedSimulator sim;
    SimConfig config;
    config.faults.pDrop = 1.0;
    QVERIFY(startSim(sim, config));
    auto client = makeClient(sim);
    const Result r = runRaw(*client, "GET", QStringLiteral("/_sim/state"));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QString error;
    QVERIFY(!sim.applyFaultJson({{QStringLiteral("route"), QStringLiteral("GET /_sim/state")},
                                 {QStringLiteral("fail-next"), 1}},
                                &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestSimFaults)
#include "test_sim_faults.moc"
