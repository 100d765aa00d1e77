#include "network/apiclient.h"
#include "network/curltransport.h"
#include "tests/support/scriptedtenant.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QNetworkProxyFactory>
#include <QTest>

#include <zlib.h>

using namespace cxone;
using namespace cxonetest;
using Resp = ScriptedServer::Response;
using Tenant = ScriptedTenant;

// libcurl's transport through the request pipeline: framing (lengths, chunks, interim answers,
// bodies ended by a close, answers arriving a byte at a time), kept-alive connections and their
// reuse, compressed answers, and what a broken answer is called. The pipeline's own rules are
// tested over both transports in test_pipeline.
class TestCurlTransport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framing_data();
    void framing();
    void keepAliveReused();
    void connectionCloseHonoured();
    void concurrentCallsKeepTheirConnections();
    void staleConnectionNotAFailure();
    void unrepeatableCallsGetAConnectionOfTheirOwn();
    void brokenAnswers_data();
    void brokenAnswers();
    void cutOffBodyRetried();
    void compressedAnswers_data();
    void compressedAnswers();
    void declaredLengthOverCap();
    void methodsAndBodies();
    void sameAnswerAsQt();
    void cancelledInTheMiddle();
    void proxiesAskedOnlyForOtherHosts();
};

namespace {

Resp raw(const QByteArray &bytes, int pieceBytes = 0, bool closeAfter = false)
{
    Resp r;
    r.raw = bytes;
    r.pieceBytes = pieceBytes;
    r.closeAfter = closeAfter;
    return r;
}

// gzip (windowBits 31) or zlib (15) bytes of data.
QByteArray pack(const QByteArray &data, int windowBits)
{
    z_stream z{};
    deflateInit2(&z, 6, Z_DEFLATED, windowBits, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&z, uLong(data.size()))), '\0');
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(data.constData()));
    z.avail_in = uInt(data.size());
    z.next_out = reinterpret_cast<Bytef *>(out.data());
    z.avail_out = uInt(out.size());
    deflate(&z, Z_FINISH);
    out.resize(qsizetype(z.total_out));
    deflateEnd(&z);
    return out;
}

struct CurlClient
{
    ApiClient client;
    explicit CurlClient(const Profile &p)
        : client(p, ClientSecret(kSecret))
    {
        client.setTransportChoice(ApiClient::TransportChoice::AlwaysCurl);
        client.setRetryPolicy(fastPolicy(3));
    }
    int opened() const { return client.curl()->connectionsOpened(); }
};

} // namespace

void TestCurlTransport::framing_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<int>("pieceBytes");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QByteArray>("body");

    const QByteArray body = R"({"items":[1,2,3],"name":"Zürich"})";
    const QByteArray lengthHead = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
                                  "Content-Length: "
                                  + QByteArray::number(body.size()) + "\r\n\r\n";
    QTest::newRow("content-length") << lengthHead + body << 0 << false << body;
    QTest::newRow("a byte at a time") << lengthHead + body << 1 << false << body;
    QTest::newRow("seven bytes at a time") << lengthHead + body << 7 << false << body;
    QTest::newRow("chunked") << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n"
                                           "a\r\n{\"items\":[\r\n"
                                           "7;ext=1\r\n1,2,3],\r\n"
                                           "11\r\n\"name\":\"Zürich\"}\r\n"
                                           "0\r\nX-Trailer: yes\r\n\r\n")
                             << 0 << false << body;
    QTest::newRow("chunked, a byte at a time")
            << QByteArray("HTTP/1.1 200 OK\r\ntransfer-encoding: Chunked\r\n\r\n"
                          "A\r\n{\"items\":[\r\n18\r\n1,2,3],\"name\":\"Zürich\"}\r\n0\r\n\r\n")
            << 1 << false << body;
    QTest::newRow("interim 100 Continue first")
            << "HTTP/1.1 100 Continue\r\n\r\n" + lengthHead + body << 0 << false << body;
    QTest::newRow("ten interim answers first")
            << QByteArray("HTTP/1.1 103 Early Hints\r\nLink: </a>\r\n\r\n").repeated(10)
                       + lengthHead + body
            << 0 << false << body;
    QTest::newRow("folded header, HTTP/1.0 with a length")
            << "HTTP/1.0 200 OK\r\nX-Folded: one\r\n two\r\nContent-Length: "
                       + QByteArray::number(body.size()) + "\r\n\r\n" + body
            << 0 << true << body;
    QTest::newRow("no length: the close ends the body")
            << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n\r\n" + body << 5 << true
            << body;
    QTest::newRow("empty body") << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n") << 0
                                << false << QByteArray();
    QTest::newRow("204 has no body")
            << QByteArray("HTTP/1.1 204 No Content\r\n\r\n") << 0 << false << QByteArray();
}

void TestCurlTransport::framing()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, pieceBytes);
    QFETCH(bool, closeAfter);
    QFETCH(QByteArray, body);
    Tenant t;
    t.api = [&](const ScriptedServer::Request &) { return raw(answer, pieceBytes, closeAfter); };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    for (int i = 0; i < 2; ++i) { // the second on the kept-alive connection, if it was kept
        const Result r = run(c.client, Request::get(QStringLiteral("/api/x")));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.body, body);
        QCOMPARE(r.attempts.size(), 1);
    }
    QCOMPARE(t.server.count("/api/x"), 2);
}

void TestCurlTransport::keepAliveReused()
{
    Tenant t;
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    for (int i = 0; i < 5; ++i) {
        Request req = Request::postJson(QStringLiteral("/api/page"),
                                        "{\"n\":" + QByteArray::number(i) + "}");
        req.retrySafe = true;
        const Result r = run(c.client, req);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
    }
    // The token's connection carried the five calls too.
    QCOMPARE(c.opened(), 1);
    QCOMPARE(t.server.connectionsAccepted(), 1);
    const auto &last = t.server.requests().last();
    QCOMPARE(last.body, QByteArray("{\"n\":4}"));
    QCOMPARE(last.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(last.headers.value("authorization"), QByteArray("Bearer t1"));
    QCOMPARE(last.headers.value("host"),
             QByteArray("127.0.0.1:" + QByteArray::number(t.profile().baseUrl.port())));
    QVERIFY(last.headers.value("accept-encoding").contains("gzip"));
    QVERIFY(!last.headers.contains("expect"));
    QVERIFY(!last.headers.value("x-request-id").isEmpty());
}

void TestCurlTransport::connectionCloseHonoured()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, "{}", {{"Connection", "close"}});
    };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/warm"))).ok()); // the token first
    const int before = c.opened();
    for (int i = 0; i < 3; ++i)
        QVERIFY(run(c.client, Request::get(QStringLiteral("/api/x"))).ok());
    QCOMPARE(c.opened() - before, 3);
}

void TestCurlTransport::concurrentCallsKeepTheirConnections()
{
    // Twelve calls at once open twelve connections; the next twelve reuse them all.
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        Resp r = ScriptedServer::json(200, "{}");
        r.delayMs = 20; // all twelve are in flight together
        return r;
    };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/warm"))).ok()); // the token first
    const int before = c.opened();
    for (int round = 0; round < 2; ++round) {
        int done = 0;
        for (int i = 0; i < 12; ++i) {
            CallHandle *h = c.client.send(Request::get(QStringLiteral("/api/c")));
            connect(h, &CallHandle::finished, this, [&done](const Result &r) {
                QVERIFY(r.ok());
                ++done;
            });
        }
        QTRY_COMPARE_WITH_TIMEOUT(done, 12, 10000);
    }
    QVERIFY2(c.opened() - before <= 12, qPrintable(QString::number(c.opened() - before)));
}

void TestCurlTransport::staleConnectionNotAFailure()
{
    // The server closes the kept-alive connection while it is idle: the next call goes out on a
    // new one without a failed attempt.
    Tenant t;
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/a"))).ok());
    t.server.closeConnections();
    QTest::qWait(50);
    const Result r = run(c.client, Request::get(QStringLiteral("/api/b")));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(t.server.count("/api/b"), 1);
    QCOMPARE(c.opened(), 2);
}

void TestCurlTransport::unrepeatableCallsGetAConnectionOfTheirOwn()
{
    // A POST that may not be sent twice never goes out on a kept-alive connection the server
    // may have closed meanwhile (libcurl would send it again on a new one).
    Tenant t;
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/d"))).ok());
    const int opened = c.opened();
    const Result post = run(c.client, Request::postJson(QStringLiteral("/api/e"), "{}"));
    QVERIFY2(post.ok(), qPrintable(post.errorText));
    QCOMPARE(c.opened(), opened + 1);
    QCOMPARE(t.server.count("/api/e"), 1);
}

void TestCurlTransport::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<int>("kind"); // ErrorKind
    QTest::addColumn<QString>("says");
    const int protocol = int(ErrorKind::Protocol);
    const int network = int(ErrorKind::Network);

    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << true << protocol
                              << QStringLiteral("not HTTP");
    QTest::newRow("status not a number")
            << QByteArray("HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n") << false << protocol
            << QStringLiteral("not HTTP");
    QTest::newRow("status HTTP does not have")
            << QByteArray("HTTP/1.1 999 Odd\r\nContent-Length: 0\r\n\r\n") << false << protocol
            << QStringLiteral("status 999, which HTTP does not have");
    QTest::newRow("headers without an end") << "HTTP/1.1 200 OK\r\nX-A: " + QByteArray(70000, 'a')
                                            << true << protocol << QStringLiteral("not HTTP");
    QTest::newRow("many headers")
            << "HTTP/1.1 200 OK\r\n"
                       + QByteArray("X-A: aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa\r\n")
                                 .repeated(1500)
                       + "Content-Length: 0\r\n\r\n"
            << false << protocol << QStringLiteral("longer than 64 KiB");
    QTest::newRow("header line without a colon")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\nContent-Length: 0\r\n\r\n") << false
            << protocol << QStringLiteral("not HTTP");
    QTest::newRow("chunk size not hex") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
                                        << false << protocol << QStringLiteral("chunked");
    QTest::newRow("closed mid-chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"a\":")
            << true << network << QStringLiteral("before its last chunk");
    QTest::newRow("closed mid-body")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{\"a\":") << true
            << network << QStringLiteral("the connection closed after 5 of 100 bytes");
    QTest::newRow("TLS spoken to http://") << QByteArray("\x15\x03\x03\x00\x02\x02\x50", 7) << true
                                           << protocol << QStringLiteral("not HTTP");
    QTest::newRow("closed before answering")
            << QByteArray("") << true << network << QStringLiteral("closed the connection before");
    QTest::newRow("switching protocols unasked")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n") << false
            << protocol << QStringLiteral("switched protocols");
    QTest::newRow("eleven interim answers")
            << QByteArray("HTTP/1.1 100 Continue\r\n\r\n").repeated(11) << false << protocol
            << QStringLiteral("more than 10 interim answers");
}

void TestCurlTransport::brokenAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, closeAfter);
    QFETCH(int, kind);
    QFETCH(QString, says);
    Tenant t;
    t.api = [&](const ScriptedServer::Request &) {
        if (answer.isEmpty()) {
            Resp dropped;
            dropped.drop = true;
            return dropped;
        }
        return raw(answer, 0, closeAfter);
    };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    const Result r = run(c.client, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(int(r.error), kind);
    QVERIFY2(r.errorText.contains(says), qPrintable(r.errorText));
    QVERIFY(r.body.isEmpty());
    if (kind == int(ErrorKind::Protocol)) {
        // Not HTTP: asking again would not help, and the sentence does not blame the network.
        QCOMPARE(r.attempts.size(), 1);
        QVERIFY2(r.errorText.contains(u"something that is not HTTP"), qPrintable(r.errorText));
        QVERIFY(!r.errorText.contains(u"could not reach"));
    } else {
        QCOMPARE(r.attempts.size(), 3); // a read is tried again, within the policy's budget
    }
}

void TestCurlTransport::cutOffBodyRetried()
{
    Tenant t;
    int calls = 0;
    const QByteArray body = "[\"" + QByteArray(5000, 'a') + "\"]";
    t.api = [&](const ScriptedServer::Request &) {
        const QByteArray whole = "HTTP/1.1 200 OK\r\nContent-Length: "
                                 + QByteArray::number(body.size()) + "\r\n\r\n" + body;
        return ++calls == 1 ? raw(whole.left(2000), 0, true) : raw(whole);
    };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    const Result r = run(c.client, Request::get(QStringLiteral("/api/x")));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.body, body);
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts.first().error, ErrorKind::Network);
    QCOMPARE(r.attempts.first().httpStatus, 200);
}

void TestCurlTransport::compressedAnswers_data()
{
    QTest::addColumn<QByteArray>("encoding");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<qint64>("cap");
    QTest::addColumn<int>("error"); // ErrorKind
    QTest::addColumn<QString>("says");

    const QByteArray page
            = "{\"items\":[" + QByteArray("{\"a\":\"Zürich\"},").repeated(2000) + "{}]}";
    const auto none = int(ErrorKind::None);
    QTest::newRow("gzip") << QByteArray("gzip") << pack(page, 31) << qint64(1 << 20) << none
                          << QString();
    QTest::newRow("deflate (zlib)")
            << QByteArray("deflate") << pack(page, 15) << qint64(1 << 20) << none << QString();
    QTest::newRow("corrupt") << QByteArray("gzip") << pack(page, 31).left(40) + "garbage"
                             << qint64(1 << 20) << int(ErrorKind::Protocol)
                             << QStringLiteral("compressed body is corrupt");
    // 4 MB of zeros in 4 KB: what it unpacks to counts against the size limit.
    QTest::newRow("bomb") << QByteArray("gzip") << pack(QByteArray(4 << 20, '0'), 31)
                          << qint64(100000) << int(ErrorKind::TooLarge) << QString();
}

void TestCurlTransport::compressedAnswers()
{
    QFETCH(QByteArray, encoding);
    QFETCH(QByteArray, body);
    QFETCH(qint64, cap);
    QFETCH(int, error);
    QFETCH(QString, says);
    Tenant t;
    t.api = [&](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, body, {{"Content-Encoding", encoding}});
    };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    Request req = Request::get(QStringLiteral("/api/packed"));
    req.maxResponseBytes = cap;
    const Result r = run(c.client, req);
    QCOMPARE(int(r.error), error);
    QVERIFY2(r.errorText.contains(says), qPrintable(r.errorText));
    QVERIFY(t.server.requests().last().headers.value("accept-encoding").contains("gzip"));
    if (error == int(ErrorKind::None)) {
        QCOMPARE(r.json.object().value(u"items").toArray().size(), 2001);
        QCOMPARE(r.json.object().value(u"items").toArray().at(0).toObject().value(u"a").toString(),
                 QStringLiteral("Zürich"));
    }
}

void TestCurlTransport::declaredLengthOverCap()
{
    // A length above the cap ends the call before a byte of the body is taken (or allocated).
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return raw("HTTP/1.1 200 OK\r\nContent-Length: 900000000000\r\n\r\n{}");
    };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    Request req = Request::get(QStringLiteral("/api/huge"));
    req.maxResponseBytes = 1000;
    const Result r = run(c.client, req);
    QCOMPARE(r.error, ErrorKind::TooLarge);
    QCOMPARE(r.attempts.size(), 1);
}

void TestCurlTransport::methodsAndBodies()
{
    Tenant t;
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    QVERIFY(run(c.client, Request::putJson(QStringLiteral("/api/put"), R"({"p":1})")).ok());
    QVERIFY(run(c.client, Request::patchJson(QStringLiteral("/api/patch"), R"({"q":2})")).ok());
    QVERIFY(run(c.client, Request::del(QStringLiteral("/api/del"))).ok());
    QVERIFY(run(c.client, Request::postJson(QStringLiteral("/api/empty"), {})).ok());
    const auto &req = t.server.requests();
    QCOMPARE(req.at(req.size() - 4).method, QByteArray("PUT"));
    QCOMPARE(req.at(req.size() - 4).body, QByteArray(R"({"p":1})"));
    QCOMPARE(req.at(req.size() - 3).method, QByteArray("PATCH"));
    QCOMPARE(req.at(req.size() - 3).body, QByteArray(R"({"q":2})"));
    QCOMPARE(req.at(req.size() - 2).method, QByteArray("DELETE"));
    QVERIFY(!req.at(req.size() - 2).headers.contains("content-type"));
    QCOMPARE(req.at(req.size() - 1).method, QByteArray("POST"));
    QCOMPARE(req.at(req.size() - 1).headers.value("content-length"), QByteArray("0"));
}

void TestCurlTransport::sameAnswerAsQt()
{
    // Status, headers and body as Qt's transport reports them, for success and for failure.
    Tenant t;
    t.api = [](const ScriptedServer::Request &r) {
        if (r.path.endsWith("missing"))
            return ScriptedServer::json(404, R"({"message":"no such segment"})");
        return ScriptedServer::json(200, R"({"a":[1,2,3]})", {{"X-Page", "7"}});
    };
    QVERIFY(t.server.listen());
    for (const QString &path : {QStringLiteral("/api/ok"), QStringLiteral("/api/missing")}) {
        ApiClient qt(t.profile(), ClientSecret(kSecret));
        qt.setTransportChoice(ApiClient::TransportChoice::AlwaysQt);
        CurlClient curl(t.profile());
        // What a caller can see of a result, side by side.
        const auto seen = [](const Result &r) {
            return QStringList{errorKindName(r.error),
                               QString::number(r.httpStatus),
                               QString::fromUtf8(r.body),
                               QString::fromUtf8(r.json.toJson()),
                               r.serverMessage,
                               r.errorText,
                               QString::fromUtf8(r.header("X-Page"))};
        };
        QCOMPARE(seen(run(curl.client, Request::get(path))), seen(run(qt, Request::get(path))));
    }
}

void TestCurlTransport::cancelledInTheMiddle()
{
    // Cancelled from a progress signal, inside libcurl's reading: the call ends cancelled and
    // the transport goes on serving the next one.
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return raw("HTTP/1.1 200 OK\r\nContent-Length: 4000\r\n\r\n" + QByteArray(4000, 'x'), 100);
    };
    QVERIFY(t.server.listen());
    CurlClient c(t.profile());
    CallHandle *h = c.client.send(Request::get(QStringLiteral("/api/slow")));
    connect(h, &CallHandle::progress, h, [h](qint64 received, qint64) {
        if (received >= 300)
            h->cancel();
    });
    QSignalSpy done(h, &CallHandle::finished);
    QVERIFY(done.wait(10000));
    QCOMPARE(done.first().first().value<Result>().error, ErrorKind::Cancelled);
    t.api = [](const ScriptedServer::Request &) { return ScriptedServer::json(200, "[]"); };
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/next"))).ok());
}

namespace {
// Answers every query with one HTTP proxy, and counts the queries.
class CountingProxies final : public QNetworkProxyFactory
{
public:
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &) override
    {
        ++asked;
        return {QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("proxy.example"), 3128)};
    }
    int asked = 0;
};
} // namespace

void TestCurlTransport::proxiesAskedOnlyForOtherHosts()
{
    // A loopback call is never proxied by Qt, so the proxy configuration is not asked for it
    // (asking costs a blocking round trip per call); another host with a Qt proxy set is left
    // to Qt's transport.
    auto *proxies = new CountingProxies;
    QNetworkProxyFactory::setApplicationProxyFactory(proxies); // Qt owns it
    for (const char *url :
         {"http://127.0.0.1:8080/api", "http://[::1]:8080/api", "http://localhost:8080/api"})
        QVERIFY2(CurlTransport::canCarry(QUrl(QString::fromLatin1(url))), url);
    QCOMPARE(proxies->asked, 0);
    QVERIFY(!CurlTransport::canCarry(QUrl(QStringLiteral("https://tenant.example/api"))));
    QVERIFY(proxies->asked > 0);
    QNetworkProxyFactory::setApplicationProxyFactory(nullptr);
    QVERIFY(CurlTransport::canCarry(QUrl(QStringLiteral("https://tenant.example/api"))));
}

QTEST_GUILESS_MAIN(TestCurlTransport)
#include "test_curltransport.moc"
