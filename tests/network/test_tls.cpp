#include "network/apiclient.h"
#include "tests/support/scriptedtenant.h"
#include "tests/support/transports.h"

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

using namespace cxone;
using cxonetest::fastPolicy;
using cxonetest::kSecret;
using cxonetest::run;

// A TLS server on loopback (the certificates of tests/data/tls) and both transports: a good
// certificate is used, a bad one ends the call at once (nothing sent, not retried) with what is
// wrong with it, and a server that does not speak TLS is named as such, not as the network.
class TestTls final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase_data();
    void init();
    void trustedCertificate();
    void certificateProblems_data();
    void certificateProblems();
    void httpsToAPlainServer();
};

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(CXONE_TEST_DATA "/tls/%1").arg(QLatin1String(name)));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QSslConfiguration serverConfiguration(const char *certificate)
{
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificate(QSslCertificate(fixture(certificate), QSsl::Pem));
    conf.setPrivateKey(QSslKey(fixture("server.key"), QSsl::Rsa, QSsl::Pem));
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    return conf;
}

Profile profileFor(const ScriptedServer &server)
{
    Profile p;
    p.name = QStringLiteral("tls");
    p.baseUrl = server.url();
    p.clientId = QStringLiteral("client");
    return p;
}

Request openGet(const ScriptedServer &server)
{
    Request r;
    r.url = server.url(QStringLiteral("/api/x"));
    r.authenticated = false;
    r.what = QStringLiteral("Reading x");
    return r;
}

} // namespace

void TestTls::initTestCase_data()
{
    cxonetest::addTransportRows();
}

void TestTls::init()
{
    cxonetest::useTransportOfRow();
    QVERIFY(!fixture("ca.pem").isEmpty());
}

void TestTls::trustedCertificate()
{
    ScriptedServer server;
    server.setHandler([](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, R"({"secure":true})");
    });
    QVERIFY(server.listenTls(serverConfiguration("valid.pem")));
    QCOMPARE(server.url().scheme(), QStringLiteral("https"));
    ApiClient client(profileFor(server), ClientSecret(kSecret));
    client.setExtraCaCertificates(fixture("ca.pem"));
    const Result r = run(client, openGet(server));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.body, QByteArray(R"({"secure":true})"));
    QCOMPARE(server.count("/api/x"), 1);
}

void TestTls::certificateProblems_data()
{
    QTest::addColumn<QByteArray>("certificate");
    QTest::addColumn<bool>("trustTheTestAuthority");
    QTest::addColumn<QString>("says");
    QTest::newRow("self-signed") << QByteArray("selfsigned.pem") << false
                                 << QStringLiteral("the server's certificate is self-signed");
    QTest::newRow("expired") << QByteArray("expired.pem") << true
                             << QStringLiteral("the server's certificate has expired");
    QTest::newRow("another host") << QByteArray("otherhost.pem") << true
                                  << QStringLiteral(
                                             "the server's certificate is for another host name");
    QTest::newRow("unknown authority")
            << QByteArray("valid.pem") << false
            << QStringLiteral("the server's certificate was issued by an authority this "
                              "machine does not trust");
}

void TestTls::certificateProblems()
{
    QFETCH(QByteArray, certificate);
    QFETCH(bool, trustTheTestAuthority);
    QFETCH(QString, says);
    ScriptedServer server;
    QVERIFY(server.listenTls(serverConfiguration(certificate.constData())));
    ApiClient client(profileFor(server), ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(3));
    if (trustTheTestAuthority)
        client.setExtraCaCertificates(fixture("ca.pem"));
    const Result r = run(client, openGet(server));
    QCOMPARE(r.error, ErrorKind::Certificate);
    QVERIFY2(r.errorText.startsWith(u"Reading x was not sent: " + says), qPrintable(r.errorText));
    QVERIFY2(!r.errorText.contains(u"could not reach") && !r.errorText.contains(u"network"),
             qPrintable(r.errorText));
    QCOMPARE(r.attempts.size(), 1); // a certificate does not mend itself
    QCOMPARE(server.count("/api/x"), 0);
}

void TestTls::httpsToAPlainServer()
{
    // A plain HTTP server answers a TLS greeting the way web servers do: with a 400 in clear.
    QTcpServer plain;
    QVERIFY(plain.listen(QHostAddress::LocalHost, 0));
    connect(&plain, &QTcpServer::newConnection, this, [&plain] {
        while (QTcpSocket *s = plain.nextPendingConnection()) {
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n"
                         "Connection: close\r\n\r\n");
                s->disconnectFromHost();
            });
        }
    });
    Profile p;
    p.baseUrl = QUrl(QStringLiteral("https://127.0.0.1:%1").arg(plain.serverPort()));
    p.clientId = QStringLiteral("client");
    ApiClient client(p, ClientSecret(kSecret));
    client.setRetryPolicy(fastPolicy(3));
    Request r = Request::get(QStringLiteral("/api/x"), QStringLiteral("Reading x"));
    r.authenticated = false;
    r.timeout = std::chrono::milliseconds(5000);
    const Result res = run(client, r);
    QCOMPARE(res.error, ErrorKind::Protocol);
    QVERIFY2(res.errorText.contains(u"secure connection could not be set up")
                     && res.errorText.contains(u"something that is not HTTP"),
             qPrintable(res.errorText));
    QVERIFY(!res.errorText.contains(u"could not reach"));
    QCOMPARE(res.attempts.size(), 1);
}

QTEST_GUILESS_MAIN(TestTls)
#include "test_tls.moc"
