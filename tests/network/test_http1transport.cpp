#include "network/apiclient.h"
#include "network/http1transport.h"
#include "tests/support/scriptedtenant.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <zlib.h>

using namespace cxone;
using namespace std::chrono;
using Resp = ScriptedServer::Response;
using cxonetest::fastPolicy;
using cxonetest::kSecret;
using cxonetest::run;
using Tenant = cxonetest::ScriptedTenant;

// The project's own HTTP/1.1 reader, through the request pipeline as the export uses it: framing
// (lengths, chunks, interim answers, bodies ended by a close), answers arriving a byte at a time,
// kept-alive connections and their reuse, and every broken answer a server can give.
class TestHttp1Transport final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void framing_data();
    void framing();
    void keepAliveReused();
    void connectionCloseHonoured();
    void concurrentCallsKeepTheirConnections();
    void staleConnectionResentOnce();
    void brokenAnswers_data();
    void brokenAnswers();
    void cutOffBodyRetried();
    void compressedAnswers_data();
    void compressedAnswers();
    void declaredLengthOverCap();
    void headerInjectionRefused();
    void fallsBackForSinksAndOtherSchemes();
    void sameAnswerAsQt();
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

struct Http1Client
{
    ApiClient client;
    explicit Http1Client(const Profile &p)
        : client(p, ClientSecret(kSecret))
    {
        client.setTransportChoice(ApiClient::TransportChoice::Http1WhereAble);
        client.setRetryPolicy(fastPolicy(3));
    }
};

} // namespace

void TestHttp1Transport::framing_data()
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

void TestHttp1Transport::framing()
{
    QFETCH(QByteArray, answer);
    QFETCH(int, pieceBytes);
    QFETCH(bool, closeAfter);
    QFETCH(QByteArray, body);
    Tenant t;
    t.api = [&](const ScriptedServer::Request &) { return raw(answer, pieceBytes, closeAfter); };
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    for (int i = 0; i < 2; ++i) { // the second on the kept-alive connection, if it was kept
        const Result r = run(c.client, Request::get(QStringLiteral("/api/x")));
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QCOMPARE(r.body, body);
        QCOMPARE(r.attempts.size(), 1);
    }
    QCOMPARE(t.server.count("/api/x"), 2);
}

void TestHttp1Transport::keepAliveReused()
{
    Tenant t;
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    const int before = t.server.connectionsAccepted(); // the token's (Qt's transport)
    for (int i = 0; i < 5; ++i) {
        Request req = Request::postJson(QStringLiteral("/api/page"),
                                        "{\"n\":" + QByteArray::number(i) + "}");
        req.retrySafe = true;
        const Result r = run(c.client, req);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
    }
    QCOMPARE(c.client.http1()->connectionsOpened(), 1);
    QCOMPARE(t.server.connectionsAccepted() - before, 1);
    QCOMPARE(c.client.http1()->idleConnections(), 1);
    const auto &last = t.server.requests().last();
    QCOMPARE(last.body, QByteArray("{\"n\":4}"));
    QCOMPARE(last.headers.value("content-type"), QByteArray("application/json"));
    QCOMPARE(last.headers.value("authorization"), QByteArray("Bearer t1"));
    QCOMPARE(last.headers.value("host"),
             QByteArray("127.0.0.1:" + QByteArray::number(t.profile().baseUrl.port())));
    QVERIFY(!last.headers.value("x-request-id").isEmpty());
}

void TestHttp1Transport::connectionCloseHonoured()
{
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, "{}", {{"Connection", "close"}});
    };
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    for (int i = 0; i < 3; ++i)
        QVERIFY(run(c.client, Request::get(QStringLiteral("/api/x"))).ok());
    QCOMPARE(c.client.http1()->connectionsOpened(), 3);
    QCOMPARE(c.client.http1()->idleConnections(), 0);
}

void TestHttp1Transport::concurrentCallsKeepTheirConnections()
{
    // Twelve calls at once open twelve connections; the next twelve reuse them all (a pool
    // smaller than the calls in flight would close and reopen connections all run long).
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        Resp r = ScriptedServer::json(200, "{}");
        r.delayMs = 20; // all twelve are in flight together
        return r;
    };
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/warm"))).ok()); // the token first
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
    QCOMPARE(c.client.http1()->connectionsOpened(), 12);
    QCOMPARE(c.client.http1()->idleConnections(), 12);
}

void TestHttp1Transport::staleConnectionResentOnce()
{
    // The server closes the kept-alive connection while it is idle: the next call goes out on a
    // new one without a failed attempt; a call that is not safe to replay is never resent.
    Tenant t;
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/a"))).ok());
    t.server.closeConnections();
    QTest::qWait(50);
    const Result r = run(c.client, Request::get(QStringLiteral("/api/b")));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.attempts.size(), 1);
    QCOMPARE(t.server.count("/api/b"), 1);
    QCOMPARE(c.client.http1()->connectionsOpened(), 2);

    // A POST that may not be replayed does not risk a kept-alive connection: after the server
    // closed the idle ones again it still succeeds at the first attempt, on a connection of its
    // own.
    t.server.closeConnections();
    QTest::qWait(50);
    const Result post = run(c.client, Request::postJson(QStringLiteral("/api/c"), "{}"));
    QVERIFY2(post.ok(), qPrintable(post.errorText));
    QCOMPARE(post.attempts.size(), 1);
    QCOMPARE(t.server.count("/api/c"), 1);
    QCOMPARE(c.client.http1()->connectionsOpened(), 3);
    // Even with a live idle connection at hand.
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/d"))).ok());
    const int opened = c.client.http1()->connectionsOpened();
    QVERIFY(run(c.client, Request::postJson(QStringLiteral("/api/e"), "{}")).ok());
    QCOMPARE(c.client.http1()->connectionsOpened(), opened + 1);
}

void TestHttp1Transport::brokenAnswers_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("closeAfter");
    QTest::addColumn<QString>("says");

    QTest::newRow("not HTTP") << QByteArray("SSH-2.0-OpenSSH_9.2\r\n\r\n") << true
                              << QStringLiteral("not HTTP/1.x");
    QTest::newRow("status not a number")
            << QByteArray("HTTP/1.1 2x0 OK\r\nContent-Length: 0\r\n\r\n") << false
            << QStringLiteral("not HTTP/1.x");
    QTest::newRow("headers without an end") << "HTTP/1.1 200 OK\r\nX-A: " + QByteArray(70000, 'a')
                                            << false << QStringLiteral("longer than 64 KiB");
    QTest::newRow("header line without a colon")
            << QByteArray("HTTP/1.1 200 OK\r\nno colon here\r\nContent-Length: 0\r\n\r\n") << false
            << QStringLiteral("malformed header");
    QTest::newRow("length that is not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 12abc\r\n\r\n{}") << false
            << QStringLiteral("is not a length");
    QTest::newRow("lengths that disagree")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: 2, 3\r\n\r\n{}") << false
            << QStringLiteral("is not a length");
    QTest::newRow("chunk size not hex") << QByteArray(
            "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n")
                                        << false << QStringLiteral("chunked body is malformed");
    QTest::newRow("chunk without its line end")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\n{}XX0\r\n\r\n")
            << false << QStringLiteral("chunked body is malformed");
    QTest::newRow("closed mid-chunk")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n10\r\n{\"a\":")
            << true << QStringLiteral("before its last chunk");
    QTest::newRow("TLS spoken to http://") << QByteArray("\x15\x03\x03\x00\x02\x02\x50", 7) << true
                                           << QStringLiteral("needs https://");
    QTest::newRow("binary, then the close") << QByteArray("\x01\x02garbage\x7f") << true
                                            << QStringLiteral("starts with \"??garbage?\"");
    QTest::newRow("closed before answering")
            << QByteArray("HTTP/1.1 20") << true << QStringLiteral("closed the connection before");
    QTest::newRow("switching protocols unasked")
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: h2c\r\n\r\n") << false
            << QStringLiteral("switched protocols");
}

void TestHttp1Transport::brokenAnswers()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, closeAfter);
    QFETCH(QString, says);
    Tenant t;
    t.api = [&](const ScriptedServer::Request &) { return raw(answer, 0, closeAfter); };
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    const Result r = run(c.client, Request::get(QStringLiteral("/api/x")));
    QCOMPARE(r.error, ErrorKind::Network);
    QVERIFY2(r.errorText.contains(says), qPrintable(r.errorText));
    QVERIFY(r.body.isEmpty());
    QCOMPARE(r.attempts.size(), 3); // a read is tried again, within the policy's budget
    QCOMPARE(t.server.count("/api/x"), 3);
    // Nothing about a broken answer's connection is trusted again.
    QCOMPARE(c.client.http1()->idleConnections(), 0);
}

void TestHttp1Transport::cutOffBodyRetried()
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
    Http1Client c(t.profile());
    const Result r = run(c.client, Request::get(QStringLiteral("/api/x")));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.body, body);
    QCOMPARE(r.attempts.size(), 2);
    QCOMPARE(r.attempts.first().error, ErrorKind::Network);
    QCOMPARE(r.attempts.first().httpStatus, 200);
}

void TestHttp1Transport::compressedAnswers_data()
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
                             << qint64(1 << 20) << int(ErrorKind::Network)
                             << QStringLiteral("corrupt or cut short");
    QTest::newRow("cut short") << QByteArray("gzip") << pack(page, 31).chopped(9) << qint64(1 << 20)
                               << int(ErrorKind::Network) << QStringLiteral("corrupt or cut short");
    // 4 MB of zeros in 4 KB: what it unpacks to counts against the size limit.
    QTest::newRow("bomb") << QByteArray("gzip") << pack(QByteArray(4 << 20, '0'), 31)
                          << qint64(100000) << int(ErrorKind::TooLarge) << QString();
    QTest::newRow("not asked for") << QByteArray("br") << QByteArray("\x0b\x02\x80") << qint64(1000)
                                   << int(ErrorKind::Network) << QStringLiteral("\"br\"");
}

void TestHttp1Transport::compressedAnswers()
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
    Http1Client c(t.profile());
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

void TestHttp1Transport::declaredLengthOverCap()
{
    // A length above the cap ends the call before a byte of the body is taken (or allocated).
    Tenant t;
    t.api = [](const ScriptedServer::Request &) {
        return raw("HTTP/1.1 200 OK\r\nContent-Length: 900000000000\r\n\r\n{}");
    };
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    Request req = Request::get(QStringLiteral("/api/huge"));
    req.maxResponseBytes = 1000;
    const Result r = run(c.client, req);
    QCOMPARE(r.error, ErrorKind::TooLarge);
    QCOMPARE(r.attempts.size(), 1);
}

void TestHttp1Transport::headerInjectionRefused()
{
    Tenant t;
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    Request req = Request::get(QStringLiteral("/api/x"));
    req.headers.emplaceBack(QByteArray("X-Note"), QByteArray("a\r\nX-Injected: yes"));
    const Result r = run(c.client, req);
    QVERIFY(!r.ok());
    QVERIFY2(r.errorText.contains(u"line break"), qPrintable(r.errorText));
    QCOMPARE(t.server.count("/api/x"), 0);
}

void TestHttp1Transport::fallsBackForSinksAndOtherSchemes()
{
    QVERIFY(Http1Transport::canCarry(QUrl(QStringLiteral("http://127.0.0.1:8080/x"))));
    QVERIFY(Http1Transport::canCarry(QUrl(QStringLiteral("http://localhost/x"))));
    QVERIFY(!Http1Transport::canCarry(QUrl(QStringLiteral("ftp://127.0.0.1/x"))));
    QVERIFY(!Http1Transport::canCarry(QUrl(QStringLiteral("file:///tmp/x"))));
    QVERIFY(!Http1Transport::canCarry(QUrl(QStringLiteral("http:///x"))));
    {
        // Behind a proxy (here: named in the environment) the call goes through Qt's transport.
        qputenv("https_proxy", "http://127.0.0.1:9");
        const bool carried
                = Http1Transport::canCarry(QUrl(QStringLiteral("https://tenant.example.com/x")));
        qunsetenv("https_proxy");
        QVERIFY(!carried);
    }
    // A streamed download (a sink) is Qt's too: nothing opened on the own transport.
    Tenant t;
    t.api = [](const ScriptedServer::Request &) { return ScriptedServer::json(200, "[1,2]"); };
    QVERIFY(t.server.listen());
    Http1Client c(t.profile());
    QVERIFY(run(c.client, Request::get(QStringLiteral("/api/first"))).ok());
    const int opened = c.client.http1()->connectionsOpened();
    const QString path = QDir::temp().filePath(
            QStringLiteral("cxone-http1-sink-%1.json").arg(QCoreApplication::applicationPid()));
    Request req = Request::get(QStringLiteral("/api/file"));
    req.sink = std::make_shared<FileSink>(path);
    QVERIFY(run(c.client, req).ok());
    QCOMPARE(c.client.http1()->connectionsOpened(), opened);
    QCOMPARE(t.server.count("/api/file"), 1);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), QByteArray("[1,2]"));
    f.remove();
}

void TestHttp1Transport::sameAnswerAsQt()
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
        Http1Client own(t.profile());
        const Result a = run(qt, Request::get(path));
        const Result b = run(own.client, Request::get(path));
        QCOMPARE(b.error, a.error);
        QCOMPARE(b.httpStatus, a.httpStatus);
        QCOMPARE(b.body, a.body);
        QCOMPARE(b.json, a.json);
        QCOMPARE(b.serverMessage, a.serverMessage);
        QCOMPARE(b.errorText, a.errorText);
        QCOMPARE(b.header("X-Page"), a.header("X-Page"));
    }
}

QTEST_GUILESS_MAIN(TestHttp1Transport)
#include "test_http1transport.moc"
