#include "network/profile.h"
#include "network/retrypolicy.h"

#include <QRandomGenerator>
#include <QTest>

using namespace cxone;
using namespace std::chrono;

class TestRetryPolicy final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
    void backoffStaysInBounds();
    void backoffIsJittered();
    void httpDateRoundTrip();
    void endpointSecurity_data();
    void endpointSecurity();
    void tokenUrlAndStyles();
};

static QDateTime fixedNow()
{
    return QDateTime(QDate(2026, 11, 21), QTime(12, 0, 0), Qt::UTC);
}

void TestRetryPolicy::retryAfter_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<qint64>("expectedMs"); // -1: not understood
    QTest::newRow("seconds") << QByteArray("3") << qint64(3000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("padded") << QByteArray("  12 ") << qint64(12000);
    QTest::newRow("imf-fixdate") << QByteArray("Sat, 21 Nov 2026 12:00:05 GMT") << qint64(5000);
    QTest::newRow("rfc850") << QByteArray("Saturday, 21-Nov-26 12:01:00 GMT") << qint64(60000);
    QTest::newRow("asctime") << QByteArray("Sat Nov 21 12:00:10 2026") << qint64(10000);
    QTest::newRow("past date clamps") << QByteArray("Fri, 20 Nov 2026 12:00:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("empty") << QByteArray() << qint64(-1);
}

void TestRetryPolicy::retryAfter()
{
    QFETCH(QByteArray, header);
    QFETCH(qint64, expectedMs);
    const auto wait = parseRetryAfter(header, fixedNow());
    if (expectedMs < 0) {
        QVERIFY(!wait.has_value());
    } else {
        QVERIFY(wait.has_value());
        QCOMPARE(wait->count(), expectedMs);
    }
}

void TestRetryPolicy::backoffStaysInBounds()
{
    RetryPolicy p;
    p.baseDelay = milliseconds(100);
    p.maxDelay = milliseconds(1500);
    QRandomGenerator rng(42);
    for (int retry = 1; retry <= 12; ++retry) {
        const qint64 ceiling = std::min<qint64>(1500, 100 * (qint64(1) << (retry - 1)));
        for (int i = 0; i < 200; ++i) {
            const qint64 d = backoffDelay(p, retry, rng).count();
            QVERIFY2(d >= 0 && d <= ceiling,
                     qPrintable(QStringLiteral("retry %1 gave %2").arg(retry).arg(d)));
        }
    }
}

void TestRetryPolicy::backoffIsJittered()
{
    RetryPolicy p;
    p.baseDelay = milliseconds(1000);
    QRandomGenerator rng(7);
    QSet<qint64> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(backoffDelay(p, 3, rng).count());
    // Full jitter spreads retries of many clients; identical delays would synchronise them.
    QVERIFY(seen.size() > 25);
}

void TestRetryPolicy::httpDateRoundTrip()
{
    const QByteArray date = toHttpDate(fixedNow().addSecs(7));
    QCOMPARE(date, QByteArray("Sat, 21 Nov 2026 12:00:07 GMT"));
    QCOMPARE(parseRetryAfter(date, fixedNow())->count(), 7000);
}

void TestRetryPolicy::endpointSecurity_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("https remote") << QStringLiteral("https://acme.cxone.example/") << true;
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/") << true;
    QTest::newRow("http loopback 127/8") << QStringLiteral("http://127.3.2.1/") << true;
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:1234") << true;
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:99/") << true;
    QTest::newRow("http remote") << QStringLiteral("http://acme.cxone.example/") << false;
    QTest::newRow("http private") << QStringLiteral("http://10.0.0.5/") << false;
    QTest::newRow("http lookalike") << QStringLiteral("http://127.0.0.1.example.com/") << false;
    // A name under .localhost is not looked at, and glibc would ask DNS about it.
    QTest::newRow("http x.localhost") << QStringLiteral("http://x.localhost:8080/") << false;
    QTest::newRow("http LOCALHOST") << QStringLiteral("http://LOCALHOST/") << true;
    QTest::newRow("http localhost.") << QStringLiteral("http://localhost./") << false;
    QTest::newRow("http v4-mapped loopback")
            << QStringLiteral("http://[::ffff:127.0.0.1]/") << true;
    QTest::newRow("ftp") << QStringLiteral("ftp://127.0.0.1/") << false;
}

void TestRetryPolicy::endpointSecurity()
{
    QFETCH(QString, url);
    QFETCH(bool, allowed);
    const QString problem = endpointProblem(QUrl(url));
    QCOMPARE(problem.isEmpty(), allowed);
    if (!allowed && url.startsWith(u"http:"))
        QVERIFY(problem.contains(u"http://") && problem.contains(u"https://"));
}

void TestRetryPolicy::tokenUrlAndStyles()
{
    Profile p;
    p.baseUrl = QUrl(QStringLiteral("https://acme.example/"));
    p.clientId = QStringLiteral("id");
    QCOMPARE(p.effectiveTokenUrl(), QUrl(QStringLiteral("https://acme.example/oauth/token")));
    p.tokenUrl = QUrl(QStringLiteral("https://acme.example/api/v2/oauth2/token"));
    QCOMPARE(p.effectiveTokenUrl(), p.tokenUrl);
    QVERIFY(p.problems().isEmpty());
    p.tokenUrl = QUrl(QStringLiteral("http://auth.example/token"));
    QCOMPARE(p.problems().size(), 1);
    p.clientId.clear();
    QCOMPARE(p.problems().size(), 2);

    AuthStyle s{};
    QVERIFY(parseAuthStyle(QStringLiteral("basic"), &s));
    QCOMPARE(s, AuthStyle::FormBasic);
    QVERIFY(parseAuthStyle(QStringLiteral("JSON"), &s));
    QCOMPARE(s, AuthStyle::Json);
    QVERIFY(!parseAuthStyle(QStringLiteral("kerberos"), &s));
    QCOMPARE(authStyleName(AuthStyle::FormBody), QStringLiteral("form"));
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "test_retrypolicy.moc"
