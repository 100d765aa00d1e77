// The token endpoint variants, bearer-token checks and scope checks, through the real client.

#include "tests/simulator/simtesthelpers.h"

#include <QSignalSpy>

using namespace cxone;
using namespace cxone::sim;
using namespace simtest;

Q_DECLARE_METATYPE(cxone::AuthStyle)

class TestSimAuth final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void tokenVariants_data();
    void tokenVariants();
    void secretNeedingEncoding_data();
    void secretNeedingEncoding();
    void noScopeRequestedGrantsAll();
    void wrongSecretFails();
    void unknownClientFails();
    void invalidScopeFails();
    void wrongGrantType();
    void tokenLifetimeFromConfig();
    void missingAndUnknownToken();
    void expiredTokenIsRefreshedAndReplayed();
    void readOnlyClientGets403NamingScope();
    void demoSecretIsDeterministic();

private:
    EmbeddedSimulator m_sim;
};

void TestSimAuth::initTestCase()
{
    SimConfig config;
    config.seed = 11;
    QVERIFY(startSim(m_sim, config, [](TenantSimulator &s) {
        s.state().registerClient({QStringLiteral("odd client&id"),
                                  QByteArray("p+s/w:rd&x=y %\xc3\xa9"),
                                  {QStringLiteral("data:read")}});
    }));
    QVERIFY(m_sim.baseUrl().isValid());
    QCOMPARE(m_sim.baseUrl().host(), QStringLiteral("127.0.0.1"));
    QVERIFY(!m_sim.clientSecret().isEmpty());
}

void TestSimAuth::cleanupTestCase()
{
    m_sim.stop();
    QVERIFY(!m_sim.isRunning());
}

void TestSimAuth::tokenVariants_data()
{
    QTest::addColumn<AuthStyle>("style");
    QTest::addColumn<QString>("tokenPath");
    QTest::newRow("form, credentials in body, /oauth/token") << AuthStyle::FormBody << QString();
    QTest::newRow("form, HTTP Basic, /oauth/token") << AuthStyle::FormBasic << QString();
    QTest::newRow("JSON, /api/v2/oauth/token")
            << AuthStyle::Json << QStringLiteral("/api/v2/oauth/token");
    QTest::newRow("JSON, /api/v2/oauth2/token")
            << AuthStyle::Json << QStringLiteral("/api/v2/oauth2/token");
}

void TestSimAuth::tokenVariants()
{
    QFETCH(AuthStyle, style);
    QFETCH(QString, tokenPath);
    ClientOptions o;
    o.style = style;
    o.tokenPath = tokenPath;
    auto client = makeClient(m_sim, o);
    QSignalSpy refreshed(client->tokens(), &TokenManager::refreshed);
    QVERIFY(refreshed.isValid());
    QVERIFY2(waitForToken(*client), qPrintable(client->tokens()->lastError()));
    QCOMPARE(refreshed.count(), 1);
    QCOMPARE(client->tokens()->grantedScopes(), allConsoleScopes());

    const Result r = runCall(*client, Request::get(pingPath));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.json.object().value(u"client").toString(), TenantState::demoClientId());
}

void TestSimAuth::secretNeedingEncoding_data()
{
    QTest::addColumn<AuthStyle>("style");
    QTest::newRow("form body") << AuthStyle::FormBody;
    QTest::newRow("basic") << AuthStyle::FormBasic;
    QTest::newRow("json") << AuthStyle::Json;
}

void TestSimAuth::secretNeedingEncoding()
{
    // '+', '&', '=', ':' and a space survive only when both sides form-encode correctly.
    QFETCH(AuthStyle, style);
    ClientOptions o;
    o.clientId = QStringLiteral("odd client&id");
    o.secret = QByteArray("p+s/w:rd&x=y %\xc3\xa9");
    o.scopes = {QStringLiteral("data:read")};
    o.style = style;
    o.tokenPath = style == AuthStyle::Json ? QStringLiteral("/api/v2/oauth/token") : QString();
    auto client = makeClient(m_sim, o);
    QVERIFY2(waitForToken(*client), qPrintable(client->tokens()->lastError()));
    QVERIFY(runCall(*client, Request::get(pingPath)).ok());
}

void TestSimAuth::noScopeRequestedGrantsAll()
{
    ClientOptions o;
    o.clientId = TenantState::readOnlyClientId();
    o.scopes = {};
    auto client = makeClient(m_sim, o);
    QVERIFY2(waitForToken(*client), qPrintable(client->tokens()->lastError()));
    const QStringList granted = client->tokens()->grantedScopes();
    QVERIFY(granted.contains(QStringLiteral("data:read")));
    QVERIFY(granted.contains(QStringLiteral("contacts.read")));
    QVERIFY(!granted.contains(QStringLiteral("contacts.write")));
    for (const QString &s : granted)
        QVERIFY2(s.endsWith(u":read") || s.endsWith(u".read"), qPrintable(s));
}

void TestSimAuth::wrongSecretFails()
{
    for (AuthStyle style : {AuthStyle::FormBody, AuthStyle::FormBasic, AuthStyle::Json}) {
        ClientOptions o;
        o.secret = "not-the-secret";
        o.style = style;
        auto client = makeClient(m_sim, o);
        QSignalSpy failed(client->tokens(), &TokenManager::failed);
        QVERIFY(failed.isValid());
        QVERIFY(!waitForToken(*client));
        QCOMPARE(client->tokens()->state(), TokenManager::State::Failed);
        QCOMPARE(failed.count(), 1);
        const QString error = client->tokens()->lastError();
        QVERIFY2(error.contains(u"credentials"), qPrintable(error));
        QVERIFY2(error.contains(u"401"), qPrintable(error));
    }
}

void TestSimAuth::unknownClientFails()
{
    ClientOptions o;
    o.clientId = QStringLiteral("nobody");
    auto client = makeClient(m_sim, o);
    QVERIFY(!waitForToken(*client));
    QVERIFY2(client->tokens()->lastError().contains(u"credentials"),
             qPrintable(client->tokens()->lastError()));
}

void TestSimAuth::invalidScopeFails()
{
    ClientOptions o;
    o.clientId = TenantState::readOnlyClientId();
    o.scopes = {QStringLiteral("data:read"), QStringLiteral("contacts.write")};
    auto client = makeClient(m_sim, o);
    QVERIFY(!waitForToken(*client));
    const QString error = client->tokens()->lastError();
    QVERIFY2(error.contains(u"invalid_scope"), qPrintable(error));
    QVERIFY2(error.contains(u"contacts.write"), qPrintable(error));

    // The raw answer: 400 with the OAuth error shape.
    auto raw = makeClient(m_sim);
    const Result r
            = runRaw(*raw, "POST", QStringLiteral("/oauth/token"),
                     "grant_type=client_credentials&client_id=demo-readonly&client_secret="
                             + QUrl::toPercentEncoding(QString::fromLatin1(m_sim.clientSecret()))
                             + "&scope=contacts.write",
                     "application/x-www-form-urlencoded");
    QCOMPARE(r.httpStatus, 400);
    const QJsonObject o2 = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o2.value(u"error").toString(), QStringLiteral("invalid_scope"));
    QVERIFY(o2.value(u"error_description").toString().contains(u"contacts.write"));
}

void TestSimAuth::wrongGrantType()
{
    auto client = makeClient(m_sim);
    const QByteArray secret = m_sim.clientSecret();
    const Result r = runRaw(
            *client, "POST", QStringLiteral("/api/v2/oauth/token"),
            QJsonDocument(
                    QJsonObject{{QStringLiteral("grant_type"), QStringLiteral("password")},
                                {QStringLiteral("client_id"), TenantState::demoClientId()},
                                {QStringLiteral("client_secret"), QString::fromLatin1(secret)}})
                    .toJson());
    QCOMPARE(r.httpStatus, 400);
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"error").toString(),
             QStringLiteral("unsupported_grant_type"));
}

void TestSimAuth::tokenLifetimeFromConfig()
{
    EmbeddedSimulator sim;
    SimConfig config;
    config.tokenTtlSeconds = 1234;
    QVERIFY(startSim(sim, config));
    auto client = makeClient(sim);
    QVERIFY(waitForToken(*client));
    QCOMPARE(client->tokens()->lifetimeSeconds(), 1234);
}

void TestSimAuth::missingAndUnknownToken()
{
    auto client = makeClient(m_sim);
    Result r = runRaw(*client, "GET", pingPath);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.error, ErrorKind::Unauthorized);

    r = runRaw(*client, "GET", pingPath, {}, "application/json",
               {{QByteArray("Authorization"), QByteArray("Bearer not-a-token")}});
    QCOMPARE(r.httpStatus, 401);
    QVERIFY2(r.header("WWW-Authenticate").contains("error=\"invalid_token\""),
             r.header("WWW-Authenticate").constData());
}

void TestSimAuth::expiredTokenIsRefreshedAndReplayed()
{
    auto client = makeClient(m_sim);
    QVERIFY(waitForToken(*client));
    QVERIFY(runCall(*client, Request::get(pingPath)).ok());
    QCOMPARE(client->tokens()->refreshCount(), 1);

    auto admin = makeClient(m_sim);
    const QJsonObject expired = simJson(*admin, "POST", QStringLiteral("/_sim/tokens/expire"));
    QVERIFY(expired.value(u"expired").toInt() >= 1);

    // The client still believes its token valid: the server's 401 makes it refresh once.
    const Result r = runCall(*client, Request::get(pingPath));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts.at(0).httpStatus, 401);
    QVERIFY(r.attempts.at(1).afterTokenRefresh);
    QCOMPARE(client->tokens()->refreshCount(), 2);
}

void TestSimAuth::readOnlyClientGets403NamingScope()
{
    ClientOptions o;
    o.clientId = TenantState::readOnlyClientId();
    o.scopes = {};
    auto client = makeClient(m_sim, o);
    QVERIFY(waitForToken(*client));
    QVERIFY(runCall(*client, Request::get(pingPath)).ok());

    const Result r = runCall(*client, Request::postJson(writePath, "{\"a\":1}"));
    QCOMPARE(r.httpStatus, 403);
    QCOMPARE(r.error, ErrorKind::Forbidden);
    QCOMPARE(r.missingScope, QStringLiteral("contacts.write"));
    QVERIFY2(r.errorText.contains(u"contacts.write"), qPrintable(r.errorText));
    QVERIFY(r.header("WWW-Authenticate").contains("error=\"insufficient_scope\""));
    QVERIFY(r.header("WWW-Authenticate").contains("scope=\"contacts.write\""));
    QCOMPARE(QJsonDocument::fromJson(r.body).object().value(u"error").toString(),
             QStringLiteral("insufficient_scope"));

    // The full client has the scope.
    auto full = makeClient(m_sim);
    const Result ok = runCall(*full, Request::postJson(writePath, "{\"a\":1}"));
    QCOMPARE(ok.httpStatus, 201);
    QCOMPARE(ok.json.object().value(u"echo").toObject().value(u"a").toInt(), 1);
}

void TestSimAuth::demoSecretIsDeterministic()
{
    QCOMPARE(demoSecretForSeed(11), m_sim.clientSecret());
    QCOMPARE(demoSecretForSeed(11), demoSecretForSeed(11));
    QVERIFY(demoSecretForSeed(11) != demoSecretForSeed(12));
}

QTEST_MAIN(TestSimAuth)
#include "test_sim_auth.moc"
