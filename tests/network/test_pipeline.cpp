#include "network/apiclient.h"
#include "network/tokenmanager.h"
#include "tests/support/scriptedtenant.h"
#include "tests/support/transports.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace cxone;
using namespace std::chrono;
using Resp = ScriptedServer::Response;

using cxonetest::fastPolicy;
using cxonetest::kSecret;
using cxonetest::onCurl;
using cxonetest::run;
using Tenant = cxonetest::ScriptedTenant;

// A tenant that answers the first call 429 (with Retry-After) and every later one 200 with body.
auto throttledOnce(const char *retryAfter, QByteArray body = "{}")
{
    return [calls = 0, retryAfter, body](const ScriptedServer::Request &) mutable {
        return ++calls == 1 ? ScriptedServer::json(429, "{}", {{"Retry-After", retryAfter}})
                            : ScriptedServer::json(200, body);
    };
}

// Every case runs twice: over Qt's transport and over libcurl's, which must give the same
// results, retries, tokens, limits and errors.
class TestPipeline final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void tokenIsCachedAndSent();
    void requestIdKeptAcrossRetries();
    void retryAfterSecondsHonoured();
    void retryAfterHttpDateHonoured();
    void unmarkedPostNotRetriedOn5xx();
    void retrySafePostRetriedOn5xx();
    void postRetriedOn429();
    void attemptsAreBounded();
    void totalWaitIsBounded();
    void cancelDuringBackoff();
    void replayOnceAfter401();
    void secondUnauthorizedFails();
    void singleFlightRefresh();
    void singleFlightAfterConcurrent401();
    void forbiddenNamesScope();
    void responseSizeCapped();
    void malformedJsonReported();
    void hooksReadAndTimeTheCall();
    void hooksOutlivedByTheCallAreNotCalled();
    void transferTimeout();
    void insecureEndpointRefused();
    void tokenEndpointErrors_data();
    void tokenEndpointErrors();
    void unreachableTokenEndpoint();
    void safetyWindowRefresh();
    void authStyles_data();
    void authStyles();
    void latencyRecorded();
    void headerInjectionRefused();
    void tokenThatIsNoBearerTokenRefused_data();
    void tokenThatIsNoBearerTokenRefused();
    void slowHeadEndsAtItsDeadline();
    void slowBodyEndsAtTheWholeAnswersDeadline();
    void interimAnswersWithoutEnd();
    void trailersWithoutEnd();
    void earlyHintsBeforeTheAnswer();
    void earlyHintsBeforeAnUnrepeatableCall();
};

namespace {

constexpr auto kShortTimeout = milliseconds(1500);
constexpr qint64 kSmallCap = 4096;
// The whole answer's deadline of a call with the two limits above (timeout + cap / 64 KiB/s).
constexpr qint64 kWholeDeadlineMs = 1500 + 62;
// What a test allows beyond a deadline for the event loop and a loaded machine.
constexpr qint64 kSlackMs = 1500;

Request shortCall(const QString &path)
{
    Request r = Request::get(path);
    r.timeout = kShortTimeout;
    r.maxResponseBytes = kSmallCap;
    return r;
}

Resp rawAnswer(const QByteArray &bytes)
{
    Resp r;
    r.raw = bytes;
    return r;
}

// What a call with the short limits above ends with when every answer is `answer`.
Result callAnswered(const Resp &answer, const QString &path)
{
    Tenant t;
    t.api = [&answer](const ScriptedServer::Request &) { return answer; };
    if (!t.server.listen())
        return {};
    ApiClient client(t.profile(), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(1));
    return run(client, shortCall(path));
}

// `first`, then `again` every intervalMs, times times (a server that never gets to the point).
Resp endless(const QByteArray &first, const QByteArray &again, int intervalMs = 20,
             int times = 2000)
{
    Resp r = rawAnswer(first);
    r.repeat = again;
    r.pieceIntervalMs = intervalMs;
    r.repeatTimes = times;
    return r;
}

// A tenant of its own whose every answer comes from server's handler.
Profile profileOf(const ScriptedServer &server)
{
    Profile p;
    p.baseUrl = server.url();
    p.clientId = QStringLiteral("client");
    return p;
}

QByteArray earlyHints()
{
    return "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n";
}

QByteArray answer200(const QByteArray &body)
{
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
           + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

void TestPipeline::initTestCase_data()
{
    cxonetest::addTransportRows();
}

void TestPipeline::init()
{
    cxonetest::useTransportOfRow();
}

void TestPipeline::tokenIsCachedAndSent()
{
    Tenant t;
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    QVERIFY(run(client, Request::get(QStringLiteral("/api/x"))).ok());
    QVERIFY(run(client, Request::get(QStringLiteral("/api/y"))).ok());
    QCOMPARE(t.tokensIssued, 1);
    QCOMPARE(t.server.requests().last().headers.value("authorization"), QByteArray("Bearer t1"));
    QCOMPARE(t.server.requests().last().headers.value("accept"), QByteArray("application/json"));
    QCOMPARE(client.tokens()->grantedScopes(),
             QStringList({QStringLiteral("a:read"), QStringLiteral("b:write")}));
    QCOMPARE(client.inFlight(), 0);
}

void TestPipeline::requestIdKeptAcrossRetries()
{
    Tenant t;
    int calls = 0;
    t.api = [&](const ScriptedServer::Request &) {
        return ++calls < 3 ? ScriptedServer::json(503, "{}") : ScriptedServer::json(200, "{}");
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy());
    const Result r = run(client, Request::get(QStringLiteral("/api/flaky")));
    QVERIFY(r.ok());
    QCOMPARE(r.attempts.size(), 3);
    QCOMPARE(r.retries(), 2);
    QSet<QByteArray> ids;
    for (const auto &req : t.server.requests())
        if (req.path == "/api/flaky")
            ids.insert(req.headers.value("x-request-id"));
    QCOMPARE(ids.size(), 1);
    QCOMPARE(*ids.begin(), r.requestId);
    QVERIFY(!r.requestId.isEmpty());
}

void TestPipeline::retryAfterSecondsHonoured()
{
    Tenant t;
    t.api = throttledOnce("1");
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    const Result r = run(client, Request::get(QStringLiteral("/api/limited")));
    QVERIFY(r.ok());
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts[1].waitBeforeMs, 1000);
    QVERIFY(r.attempts[1].afterRateLimit);
    QCOMPARE(r.rateLimitWaits, 1);
    QCOMPARE(r.waitedMs, 1000);
}

void TestPipeline::retryAfterHttpDateHonoured()
{
    Tenant t;
    int calls = 0;
    t.api = [&](const ScriptedServer::Request &) {
        if (++calls > 1)
            return ScriptedServer::json(200, "{}");
        const QByteArray date = toHttpDate(QDateTime::currentDateTimeUtc().addSecs(2));
        return ScriptedServer::json(429, "{}", {{"Retry-After", date}});
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    const Result r = run(client, Request::get(QStringLiteral("/api/limited")));
    QVERIFY(r.ok());
    QCOMPARE(r.attempts.size(), 2);
    // Second resolution of HTTP-dates: the wait is the rest of those two seconds.
    QVERIFY2(r.attempts[1].waitBeforeMs > 0 && r.attempts[1].waitBeforeMs <= 2000,
             qPrintable(QString::number(r.attempts[1].waitBeforeMs)));
}

void TestPipeline::unmarkedPostNotRetriedOn5xx()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) { return ScriptedServer::json(500, "{}"); };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy());
    const Result r = run(client, Request::postJson(QStringLiteral("/api/create"), "{}"));
    QCOMPARE(r.error, ErrorKind::ServerError);
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(t.server.count("/api/create"), 1);
    QVERIFY(r.errorText.contains(u"500"));
}

void TestPipeline::retrySafePostRetriedOn5xx()
{
    Tenant t;
    int calls = 0;
    t.api = [&](const ScriptedServer::Request &) {
        return ++calls == 1 ? ScriptedServer::json(502, "{}") : ScriptedServer::json(201, "{}");
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy());
    Request req = Request::postJson(QStringLiteral("/api/query"), "{}");
    req.retrySafe = true;
    const Result r = run(client, req);
    QVERIFY(r.ok());
    QCOMPARE(r.httpStatus, 201);
    QCOMPARE(t.server.count("/api/query"), 2);
}

void TestPipeline::postRetriedOn429()
{
    Tenant t;
    t.api = throttledOnce("0");
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    const Result r = run(client, Request::postJson(QStringLiteral("/api/create"), "{}"));
    QVERIFY(r.ok());
    QCOMPARE(t.server.count("/api/create"), 2);
}

void TestPipeline::attemptsAreBounded()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) { return ScriptedServer::json(503, "{}"); };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(3));
    const Result r = run(client, Request::get(QStringLiteral("/api/down")));
    QCOMPARE(r.error, ErrorKind::ServerError);
    QCOMPARE(r.attempts.size(), 3);
    QCOMPARE(t.server.count("/api/down"), 3);
    QVERIFY2(r.errorText.contains(u"gave up after 3 attempts"), qPrintable(r.errorText));
}

void TestPipeline::totalWaitIsBounded()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(429, R"({"message":"slow down"})", {{"Retry-After", "100"}});
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    RetryPolicy p;
    p.maxTotalWait = seconds(5);
    client.setRetryPolicy(p);
    const Result r = run(client, Request::get(QStringLiteral("/api/limited")));
    QCOMPARE(r.error, ErrorKind::RateLimited);
    QCOMPARE(r.attempts.size(), 1);
    QVERIFY2(r.errorText.contains(u"wait budget") && r.errorText.contains(u"slow down"),
             qPrintable(r.errorText));
}

void TestPipeline::cancelDuringBackoff()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(429, "{}", {{"Retry-After", "30"}});
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    CallHandle *h = client.send(Request::get(QStringLiteral("/api/limited")));
    QSignalSpy attempts(h, &CallHandle::attemptFinished);
    QSignalSpy done(h, &CallHandle::finished);
    QVERIFY(attempts.isValid() && done.isValid());
    QVERIFY(attempts.wait(10000));
    QCOMPARE(done.count(), 0); // now waiting out Retry-After
    h->cancel();
    QTRY_COMPARE(done.count(), 1);
    const Result r = done.at(0).at(0).value<Result>();
    QCOMPARE(r.error, ErrorKind::Cancelled);
    QCOMPARE(t.server.count("/api/limited"), 1);
    QCOMPARE(client.inFlight(), 0);
}

void TestPipeline::replayOnceAfter401()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &r) {
        return r.headers.value("authorization") == "Bearer t1"
                       ? ScriptedServer::json(401, R"({"error":"invalid_token"})")
                       : ScriptedServer::json(200, "{}");
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    const Result r = run(client, Request::postJson(QStringLiteral("/api/create"), "{}"));
    QVERIFY(r.ok());
    QCOMPARE(t.tokensIssued, 2);
    QCOMPARE(r.attempts.size(), 2);
    QVERIFY(r.attempts[1].afterTokenRefresh);
}

void TestPipeline::secondUnauthorizedFails()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) { return ScriptedServer::json(401, "{}"); };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    const Result r = run(client, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(r.error, ErrorKind::Unauthorized);
    QCOMPARE(t.server.count("/api/x"), 2); // replayed exactly once
    QCOMPARE(t.tokensIssued, 2);
}

void TestPipeline::singleFlightRefresh()
{
    Tenant t;
    t.tokenDelayMs = 100;
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    QList<CallHandle *> calls;
    for (int i = 0; i < 10; ++i)
        calls << client.send(Request::get(QStringLiteral("/api/n%1").arg(i)));
    QSignalSpy spy(&client, &ApiClient::callFinished);
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 11, 10000); // 10 calls + 1 token request
    QCOMPARE(t.tokensIssued, 1);
}

void TestPipeline::singleFlightAfterConcurrent401()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &r) {
        return r.headers.value("authorization") == "Bearer t1" ? ScriptedServer::json(401, "{}")
                                                               : ScriptedServer::json(200, "{}");
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    QVERIFY(run(client, Request::get(QStringLiteral("/api/warm"))).ok()); // t1 then t2
    QCOMPARE(t.tokensIssued, 2);
    // Expire t2 by making the server reject it too: every call gets 401 once, all share t3.
    t.api = [](const ScriptedServer::Request &r) {
        return r.headers.value("authorization") == "Bearer t3" ? ScriptedServer::json(200, "{}")
                                                               : ScriptedServer::json(401, "{}");
    };
    QSignalSpy spy(&client, &ApiClient::callFinished);
    for (int i = 0; i < 6; ++i)
        client.send(Request::get(QStringLiteral("/api/c%1").arg(i)));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 7, 10000);
    QCOMPARE(t.tokensIssued, 3);
    for (const auto &args : spy) {
        const Result r = args.at(0).value<Result>();
        QVERIFY2(r.ok(), qPrintable(r.errorText));
    }
}

void TestPipeline::forbiddenNamesScope()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(
                403, R"({"error":"insufficient_scope","missing_scope":"campaign:contact:delete"})",
                {{"WWW-Authenticate",
                  R"(Bearer error="insufficient_scope", scope="campaign:contact:delete")"}});
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    Request req = Request::del(QStringLiteral("/api/v2/campaigns/contacts/c1"),
                               QStringLiteral("Deleting contact c1"));
    const Result r = run(client, req);
    QCOMPARE(r.error, ErrorKind::Forbidden);
    QCOMPARE(r.missingScope, QStringLiteral("campaign:contact:delete"));
    QVERIFY(r.errorText.startsWith(u"Deleting contact c1"));
    QVERIFY(r.errorText.contains(u"campaign:contact:delete"));
    QCOMPARE(r.attempts.size(), 1);
}

void TestPipeline::responseSizeCapped()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, "[" + QByteArray(5000, '1') + "]");
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    Request req = Request::get(QStringLiteral("/api/big"));
    req.maxResponseBytes = 1000;
    const Result r = run(client, req);
    QCOMPARE(r.error, ErrorKind::TooLarge);
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.attempts.size(), 1);
}

void TestPipeline::malformedJsonReported()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, R"({"items":[{"id":1},)");
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(2));
    const Result r = run(client, Request::get(QStringLiteral("/api/garbage")));
    QCOMPARE(r.error, ErrorKind::Malformed);
    QCOMPARE(r.attempts.size(), 2); // a GET is replayed once more before giving up
    QVERIFY(r.errorText.contains(u"not the expected JSON"));
    QVERIFY(r.json.isNull());
}

void TestPipeline::hooksReadAndTimeTheCall()
{
    Tenant t;
    t.api = throttledOnce("0", R"({"n":7})");
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    Request r = Request::postJson(QStringLiteral("/api/create"), "{}");
    r.retrySafe = true;
    QObject context;
    r.hookContext = QPointer<QObject>(&context);
    QByteArray read;
    QList<ErrorKind> why;
    r.readBody = [&](const QByteArray &body, QString *) {
        read = body;
        return true;
    };
    r.retryWait = [&](ErrorKind kind, qint64 waitMs) {
        why << kind;
        return waitMs + 120; // the caller's pacing puts the retry later
    };
    const Result res = run(client, std::move(r));
    QVERIFY2(res.ok(), qPrintable(res.errorText));
    QCOMPARE(read, QByteArray(R"({"n":7})"));
    QVERIFY(res.json.isNull()); // the hook read it: Qt's parser did not
    QCOMPARE(why, QList<ErrorKind>{ErrorKind::RateLimited});
    QVERIFY2(res.waitedMs >= 120, qPrintable(QString::number(res.waitedMs)));
    QCOMPARE(t.server.count("/api/create"), 2);
}

// A job deleted with its calls in flight: the calls end without reaching into it.
void TestPipeline::hooksOutlivedByTheCallAreNotCalled()
{
    Tenant t;
    t.api = throttledOnce("0");
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    Request r = Request::postJson(QStringLiteral("/api/create"), "{}");
    r.retrySafe = true;
    auto *context = new QObject;
    r.hookContext = QPointer<QObject>(context);
    int hooked = 0;
    r.readBody = [&hooked](const QByteArray &, QString *) {
        ++hooked;
        return false;
    };
    r.retryWait = [&hooked](ErrorKind, qint64) {
        ++hooked;
        return qint64(60000);
    };
    CallHandle *h = client.send(std::move(r));
    QSignalSpy spy(h, &CallHandle::finished);
    delete context;
    QVERIFY(spy.wait(20000));
    QCOMPARE(hooked, 0);
    QCOMPARE(t.server.count("/api/create"), 2);
}

void TestPipeline::transferTimeout()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        Resp slow = ScriptedServer::json(200, "{}");
        slow.delayMs = 3000;
        return slow;
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(1));
    Request req = Request::get(QStringLiteral("/api/slow"));
    req.timeout = milliseconds(150);
    const Result r = run(client, req);
    QCOMPARE(r.error, ErrorKind::Timeout);
    QVERIFY(r.errorText.contains(u"timed out"));
}

void TestPipeline::insecureEndpointRefused()
{
    Profile p;
    p.baseUrl = QUrl(QStringLiteral("http://acme.cxone.example"));
    p.clientId = QStringLiteral("c");
    ApiClient client(p, ClientSecret(kSecret));
    QSignalSpy tokenCalls(client.tokens(), &TokenManager::stateChanged);
    const Result r = run(client, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(r.error, ErrorKind::InsecureEndpoint); // refused before a token is even asked for
    QVERIFY(r.errorText.contains(u"http://") && r.errorText.contains(u"acme.cxone.example"));
    QVERIFY(r.attempts.isEmpty());
    QCOMPARE(tokenCalls.count(), 0);

    // The token endpoint on its own is refused the same way.
    client.tokens()->refreshNow();
    QTRY_COMPARE(client.tokens()->state(), TokenManager::State::Failed);
    QVERIFY(client.tokens()->lastError().contains(u"http://"));

    Request hook = Request::postJson(QStringLiteral("{}"), "{}");
    hook.url = QUrl(QStringLiteral("http://cdp.example/hook"));
    hook.authenticated = false;
    const Result h = run(client, hook);
    QCOMPARE(h.error, ErrorKind::InsecureEndpoint);
    QVERIFY(h.errorText.contains(u"cdp.example"));

    // A name under .localhost is no loopback address: glibc would ask DNS about it.
    Profile named = p;
    named.baseUrl = QUrl(QStringLiteral("http://tenant.localhost:8080"));
    QVERIFY(!named.problems().isEmpty());
    ApiClient other(named, ClientSecret(kSecret));
    const Result n = run(other, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(n.error, ErrorKind::InsecureEndpoint);
    QVERIFY2(n.errorText.contains(u"tenant.localhost"), qPrintable(n.errorText));
}

void TestPipeline::tokenEndpointErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("expected");
    QTest::newRow("invalid client 401") << 401 << QByteArray(R"({"error":"invalid_client"})")
                                        << QStringLiteral("rejected the client id or secret");
    QTest::newRow("invalid client 400") << 400 << QByteArray(R"({"error":"invalid_client"})")
                                        << QStringLiteral("rejected the client id or secret");
    QTest::newRow("invalid scope")
            << 400 << QByteArray(R"({"error":"invalid_scope","error_description":"x:y"})")
            << QStringLiteral("invalid_scope");
    QTest::newRow("forbidden") << 403 << QByteArray("{}") << QStringLiteral("403");
    QTest::newRow("no endpoint") << 404 << QByteArray("{}") << QStringLiteral("404");
    QTest::newRow("server down") << 503 << QByteArray("{}")
                                 << QStringLiteral("sign-in service may be down");
    QTest::newRow("no token in body")
            << 200 << QByteArray(R"({"hello":1})") << QStringLiteral("not a token response");
}

void TestPipeline::tokenEndpointErrors()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, expected);
    ScriptedServer server;
    server.setHandler(
            [&](const ScriptedServer::Request &) { return ScriptedServer::json(status, body); });
    QVERIFY(server.listen());
    Profile p;
    p.baseUrl = server.url();
    p.clientId = QStringLiteral("client");
    ApiClient client(p, ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(2));
    QSignalSpy failed(client.tokens(), &TokenManager::failed);
    const Result r = run(client, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(r.error, ErrorKind::AuthFailed);
    QVERIFY2(r.errorText.contains(expected), qPrintable(r.errorText));
    QVERIFY(!r.errorText.contains(QString::fromLatin1(kSecret)));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(client.tokens()->state(), TokenManager::State::Failed);
    QCOMPARE(server.count("/api/x"), 0);
}

void TestPipeline::unreachableTokenEndpoint()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    } // closed again: nothing listens there now
    Profile p;
    p.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
    p.clientId = QStringLiteral("client");
    ApiClient client(p, ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(2));
    const Result r = run(client, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(r.error, ErrorKind::AuthFailed);
    QVERIFY2(r.errorText.contains(u"Could not reach the token endpoint"), qPrintable(r.errorText));
}

void TestPipeline::safetyWindowRefresh()
{
    Tenant t;
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    QDateTime now = QDateTime::currentDateTimeUtc();
    client.tokens()->setClock([&now] { return now; });
    client.tokens()->setSafetyWindow(seconds(60));
    QVERIFY(run(client, Request::get(QStringLiteral("/api/a"))).ok());
    QCOMPARE(client.tokens()->secondsLeft(), 3600);
    now = now.addSecs(3000); // 600 s left: outside the window, token reused
    QVERIFY(run(client, Request::get(QStringLiteral("/api/b"))).ok());
    QCOMPARE(t.tokensIssued, 1);
    now = now.addSecs(570); // 30 s left: inside the window, refreshed before use
    QVERIFY(run(client, Request::get(QStringLiteral("/api/c"))).ok());
    QCOMPARE(t.tokensIssued, 2);
    QCOMPARE(t.server.requests().last().headers.value("authorization"), QByteArray("Bearer t2"));
    QCOMPARE(client.tokens()->refreshCount(), 2);
}

void TestPipeline::authStyles_data()
{
    QTest::addColumn<int>("style");
    QTest::newRow("form body") << int(AuthStyle::FormBody);
    QTest::newRow("form basic") << int(AuthStyle::FormBasic);
    QTest::newRow("json") << int(AuthStyle::Json);
}

void TestPipeline::authStyles()
{
    QFETCH(int, style);
    Tenant t;
    QVERIFY(t.server.listen());
    Profile p = t.profile();
    p.authStyle = AuthStyle(style);
    p.clientId = QStringLiteral("my client");
    ApiClient client(p, ClientSecret(kSecret));
    QVERIFY(run(client, Request::get(QStringLiteral("/api/a"))).ok());
    const ScriptedServer::Request tokenReq = t.server.requests().first();
    QCOMPARE(tokenReq.method, QByteArray("POST"));
    QString id, secret, scope, grant;
    if (AuthStyle(style) == AuthStyle::Json) {
        QCOMPARE(tokenReq.headers.value("content-type"), QByteArray("application/json"));
        const QJsonObject o = QJsonDocument::fromJson(tokenReq.body).object();
        id = o.value(u"client_id").toString();
        secret = o.value(u"client_secret").toString();
        scope = o.value(u"scope").toString();
        grant = o.value(u"grant_type").toString();
    } else {
        QCOMPARE(tokenReq.headers.value("content-type"),
                 QByteArray("application/x-www-form-urlencoded"));
        const QUrlQuery form(QString::fromUtf8(tokenReq.body));
        grant = form.queryItemValue(QStringLiteral("grant_type"), QUrl::FullyDecoded);
        scope = form.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded);
        if (AuthStyle(style) == AuthStyle::FormBody) {
            id = form.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
            secret = form.queryItemValue(QStringLiteral("client_secret"), QUrl::FullyDecoded);
            QVERIFY(!tokenReq.headers.contains("authorization"));
        } else {
            QVERIFY(!tokenReq.body.contains("client_secret"));
            const QByteArray basic = tokenReq.headers.value("authorization");
            QVERIFY(basic.startsWith("Basic "));
            const QList<QByteArray> parts = QByteArray::fromBase64(basic.mid(6)).split(':');
            QCOMPARE(parts.size(), 2);
            id = QUrl::fromPercentEncoding(parts[0]);
            secret = QUrl::fromPercentEncoding(parts[1]);
        }
    }
    QCOMPARE(grant, QStringLiteral("client_credentials"));
    QCOMPARE(id, QStringLiteral("my client"));
    QCOMPARE(secret, QString::fromLatin1(kSecret));
    QCOMPARE(scope, QStringLiteral("a:read b:write"));
}

void TestPipeline::latencyRecorded()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        Resp r = ScriptedServer::json(200, "{}");
        r.delayMs = 50;
        return r;
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    const Result r = run(client, Request::get(QStringLiteral("/api/x")));
    QVERIFY(r.ok());
    QCOMPARE(r.attempts.size(), 1);
    QVERIFY(r.attempts[0].latencyMs >= 50);
    QVERIFY(r.totalMs >= r.attempts[0].latencyMs);
}

void TestPipeline::headerInjectionRefused()
{
    Tenant t;
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    Request req = Request::get(QStringLiteral("/api/x"));
    req.headers.emplaceBack(QByteArray("X-Note"), QByteArray("a\r\nX-Injected: yes"));
    const Result r = run(client, req);
    QCOMPARE(r.error, ErrorKind::InvalidRequest);
    QVERIFY2(r.errorText.contains(u"X-Note holds a line break"), qPrintable(r.errorText));
    QCOMPARE(t.server.count("/api/x"), 0);
    req.headers = {{QByteArray("X-Note"), QByteArray("a\0b", 3)}};
    QCOMPARE(run(client, req).error, ErrorKind::InvalidRequest);
    req.headers = {{QByteArray("X Note"), QByteArray("a")}};
    QCOMPARE(run(client, req).error, ErrorKind::InvalidRequest);
    QCOMPARE(t.server.count("/api/x"), 0);
}

void TestPipeline::tokenThatIsNoBearerTokenRefused_data()
{
    QTest::addColumn<QByteArray>("token"); // as JSON writes it
    QTest::addColumn<QString>("says");
    QTest::newRow("line break and a header") << QByteArray(R"(t1\r\nX-Injected: yes)")
                                             << QStringLiteral("characters a token may not have");
    QTest::newRow("a space") << QByteArray("t1 t2") << QStringLiteral("characters");
    QTest::newRow("a NUL") << QByteArray(R"(t1\u0000)") << QStringLiteral("characters");
    QTest::newRow("padding in the middle") << QByteArray("ab=c") << QStringLiteral("characters");
    QTest::newRow("over 8 KiB") << QByteArray(8193, 'a') << QStringLiteral("more than the 8 KiB");
}

void TestPipeline::tokenThatIsNoBearerTokenRefused()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, says);
    ScriptedServer server;
    QByteArray issued = token;
    server.setHandler([&issued](const ScriptedServer::Request &r) {
        if (r.path.startsWith("/oauth/token"))
            return ScriptedServer::token(issued, 3600);
        return ScriptedServer::json(200, "{}");
    });
    QVERIFY(server.listen());
    ApiClient client(profileOf(server), ClientSecret(kSecret));
    const Result r = run(client, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(r.error, ErrorKind::AuthFailed);
    QVERIFY2(r.errorText.contains(u"not a bearer token") && r.errorText.contains(says),
             qPrintable(r.errorText));
    QVERIFY(!r.errorText.contains(u"Injected"));
    QCOMPARE(server.count("/api/x"), 0);
    // A good token next time (RFC 6750 allows these characters and '=' padding): the next call
    // carries it and nothing else.
    issued = "aZ09-._~+/tok==";
    const Result ok = run(client, Request::get(QStringLiteral("/api/y")));
    QVERIFY2(ok.ok(), qPrintable(ok.errorText));
    const ScriptedServer::Request &sent = server.requests().last();
    QCOMPARE(sent.path, QByteArray("/api/y"));
    QCOMPARE(sent.headers.value("authorization"), QByteArray("Bearer aZ09-._~+/tok=="));
    for (const ScriptedServer::Request &each : server.requests())
        QVERIFY(!each.headers.contains("x-injected"));
}

void TestPipeline::slowHeadEndsAtItsDeadline()
{
    // One byte a second from the first byte on: the head is not in within the timeout.
    Resp trickle = rawAnswer(answer200("{}"));
    trickle.pieceBytes = 1;
    trickle.pieceIntervalMs = 1000;
    const Result r = callAnswered(trickle, QStringLiteral("/api/slow"));
    QCOMPARE(r.error, ErrorKind::Timeout);
    QVERIFY2(r.errorText.contains(u"timed out: no answer came within 1.5 s"),
             qPrintable(r.errorText));
    QVERIFY2(r.attempts.at(0).latencyMs < kShortTimeout.count() + kSlackMs,
             qPrintable(QString::number(r.attempts.at(0).latencyMs)));
}

void TestPipeline::slowBodyEndsAtTheWholeAnswersDeadline()
{
    // The head at once, then one byte of the body a second: never quiet for the timeout, but the
    // whole answer is not in within timeout + cap / 64 KiB/s.
    QCOMPARE(ApiClient::wholeAnswerDeadlineMs(kShortTimeout.count(), kSmallCap), kWholeDeadlineMs);
    const Result r = callAnswered(
            endless("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n", "x", 1000, 100),
            QStringLiteral("/api/trickle"));
    QCOMPARE(r.error, ErrorKind::Timeout);
    QVERIFY2(r.errorText.contains(u"the answer was not complete 1.56 s after it was asked for")
                     && r.errorText.contains(u"64 KiB/s"),
             qPrintable(r.errorText));
    QVERIFY2(r.attempts.at(0).latencyMs >= kWholeDeadlineMs - 50
                     && r.attempts.at(0).latencyMs < kWholeDeadlineMs + kSlackMs,
             qPrintable(QString::number(r.attempts.at(0).latencyMs)));
}

void TestPipeline::interimAnswersWithoutEnd()
{
    const QByteArray interim = "HTTP/1.1 100 Continue\r\n\r\n";
    const Result r = callAnswered(endless(interim, interim), QStringLiteral("/api/continue"));
    QVERIFY(!r.attempts.isEmpty());
    QVERIFY2(r.attempts.at(0).latencyMs < kShortTimeout.count() + kSlackMs,
             qPrintable(QString::number(r.attempts.at(0).latencyMs)));
    if (onCurl()) {
        // Counted: the eleventh ends it.
        QCOMPARE(r.error, ErrorKind::Protocol);
        QVERIFY2(r.errorText.contains(u"more than 10 interim answers"), qPrintable(r.errorText));
    } else {
        // Qt's stack skips them unseen: the head's deadline ends it.
        QCOMPARE(r.error, ErrorKind::Timeout);
        QVERIFY2(r.errorText.contains(u"no answer came within 1.5 s"), qPrintable(r.errorText));
    }
}

void TestPipeline::trailersWithoutEnd()
{
    const Result r = callAnswered(
            endless("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}\r\n0\r\n",
                    "X-Trailer: more\r\n"),
            QStringLiteral("/api/trailers"));
    QVERIFY(!r.attempts.isEmpty());
    QVERIFY2(r.attempts.at(0).latencyMs < kWholeDeadlineMs + kSlackMs,
             qPrintable(QString::number(r.attempts.at(0).latencyMs)));
    if (onCurl()) {
        QCOMPARE(r.error, ErrorKind::Protocol);
        QVERIFY2(r.errorText.contains(u"trailer fields go on past 32 fields"),
                 qPrintable(r.errorText));
    } else {
        // Qt's stack takes the last chunk for the end and never reads the trailers.
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.body, QByteArray("{}"));
    }
}

void TestPipeline::earlyHintsBeforeTheAnswer()
{
    // Every answer, the token's included, comes after a 103 Early Hints.
    ScriptedServer server;
    server.setHandler([](const ScriptedServer::Request &r) {
        if (r.path.startsWith("/oauth/token"))
            return rawAnswer(earlyHints()
                             + answer200(R"({"access_token":"t1","expires_in":3600})"));
        return rawAnswer(earlyHints() + answer200(R"({"id":"camp1","name":"Q4"})"));
    });
    QVERIFY(server.listen());
    ApiClient client(profileOf(server), ClientSecret(kSecret));
    const Result get = run(client, Request::get(QStringLiteral("/api/v2/campaigns/camp1")));
    QVERIFY2(get.ok(), qPrintable(get.errorText));
    QCOMPARE(get.json.object().value(u"name").toString(), QStringLiteral("Q4"));
    Request post = Request::postJson(QStringLiteral("/api/query"), "{}");
    post.retrySafe = true;
    const Result query = run(client, post);
    QVERIFY2(query.ok(), qPrintable(query.errorText));
    QCOMPARE(client.tokens()->state(), TokenManager::State::Valid);
    // Qt's stack stops at the interim answer; the call then goes over libcurl at once.
    QCOMPARE(get.attempts.size(), onCurl() ? 1 : 2);
    QCOMPARE(query.attempts.size(), onCurl() ? 1 : 2);
}

void TestPipeline::earlyHintsBeforeAnUnrepeatableCall()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return rawAnswer(earlyHints() + answer200(R"({"id":"j1"})"));
    };
    QVERIFY(t.server.listen());
    ApiClient client(t.profile(), ClientSecret(kSecret));
    const Result r = run(client, Request::postJson(QStringLiteral("/api/jobs"), "{}"));
    QCOMPARE(t.server.count("/api/jobs"), 1);
    if (onCurl()) {
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        return;
    }
    // What the server did with it is not known: it is not sent again, and the sentence says so.
    QCOMPARE(r.error, ErrorKind::Protocol);
    QVERIFY2(r.errorText.contains(u"interim answer (HTTP 103)")
                     && r.errorText.contains(u"not sent again"),
             qPrintable(r.errorText));
}

QTEST_GUILESS_MAIN(TestPipeline)
#include "test_pipeline.moc"
