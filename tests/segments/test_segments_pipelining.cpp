// The export job's page pipelining against a scripted server: the next page is asked for while
// the current one is formatted, yet pages are committed strictly in order, a page found broken
// after its token was read is asked for again without a gap or a duplicate, and a failing
// prefetched page fails the export with exactly the pages before it kept.
#include "models/segments/segmentexportjob.h"
#include "tests/support/scriptedserver.h"

#include <QDateTime>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone;

namespace {

constexpr int kPages = 6;
constexpr int kPerPage = 3;

QByteArray tokenFor(int page)
{
    return page > kPages ? QByteArray() : "tok-" + QByteArray::number(page);
}

// Page n (1-based) of the scripted segment; broken: one record lacks its contactId.
QByteArray pageBody(int page, bool broken)
{
    QByteArray items;
    for (int i = 0; i < kPerPage; ++i) {
        const int n = (page - 1) * kPerPage + i;
        if (i > 0)
            items += ',';
        items += (broken && i == 1) ? QByteArray("{\"attributes\":{\"name\":\"x\"}}")
                                    : "{\"contactId\":\"c" + QByteArray::number(n)
                                              + "\",\"attributes\":{\"name\":\"Name "
                                              + QByteArray::number(n) + "\"}}";
    }
    const QByteArray next = tokenFor(page + 1);
    return "{\"items\":[" + items
           + "],\"continuationToken\":" + (next.isEmpty() ? QByteArray("null") : '"' + next + '"')
           + ",\"count\":" + QByteArray::number(kPerPage) + '}';
}

QByteArray expectedCsv(int pages)
{
    QByteArray csv = "contactId,name\r\n";
    for (int n = 0; n < pages * kPerPage; ++n)
        csv += "c" + QByteArray::number(n) + ",Name " + QByteArray::number(n) + "\r\n";
    return csv;
}

// Which page a query asked for, from the continuation token in its body (1 when none).
int pageOf(const ScriptedServer::Request &r)
{
    const qsizetype at = r.body.indexOf("tok-");
    if (at < 0)
        return 1;
    return r.body.mid(at + 4).split('"').first().toInt();
}

} // namespace

class TestSegmentsPipelining final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void pagesInOrderWithoutRepeats();
    void brokenRecordAfterTokenIsAskedAgain();
    void failingPrefetchedPageKeepsEarlierPages();
    void cancelWithNextPageInFlightThenResume();
    void tokenReadEarly_data();
    void tokenReadEarly();
    void misleadingTokenTextIsCorrected();

private:
    // Answers token, segment and query requests; query answers come from `page`.
    void serve(std::function<ScriptedServer::Response(int page, int attempt)> page);
    bool runExport(SegmentExportJob &job);
    ExportOptions options(const QString &file) const;
    QList<int> queriedPages() const;

    ScriptedServer m_server;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    QMap<int, int> m_attempts;
    qsizetype m_firstRequest = 0; // the server's log is shared by the tests
};

void TestSegmentsPipelining::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_server.listen());
    QVERIFY(m_dir.isValid());
}

void TestSegmentsPipelining::init()
{
    m_attempts.clear();
    Profile p;
    p.name = QStringLiteral("test");
    p.baseUrl = m_server.url();
    p.clientId = QStringLiteral("client");
    p.scopes = allConsoleScopes();
    m_client = std::make_unique<ApiClient>(p, ClientSecret(QByteArray("s3cret")));
    RetryPolicy retry;
    retry.baseDelay = std::chrono::milliseconds(1);
    retry.maxDelay = std::chrono::milliseconds(5);
    m_client->setRetryPolicy(retry);
}

void TestSegmentsPipelining::serve(std::function<ScriptedServer::Response(int, int)> page)
{
    m_firstRequest = m_server.requests().size();
    const QByteArray segment
            = "{\"id\":\"seg-1\",\"name\":\"Scripted\",\"status\":\"Active\",\"lastUpdated\":\""
              + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8()
              + "\",\"memberCount\":" + QByteArray::number(kPages * kPerPage)
              + ",\"attributes\":[{\"name\":\"name\",\"type\":\"string\",\"valid\":true}]}";
    m_server.setHandler([this, segment, page](const ScriptedServer::Request &r) {
        if (r.path.startsWith("/oauth/token"))
            return ScriptedServer::token("t", 3600);
        if (r.path.endsWith("/contacts/query")) {
            const int n = pageOf(r);
            return page(n, ++m_attempts[n]);
        }
        if (r.path.startsWith("/api/v2/contacts/segments/seg-1"))
            return ScriptedServer::json(200, segment);
        return ScriptedServer::json(404, "{}");
    });
}

ExportOptions TestSegmentsPipelining::options(const QString &file) const
{
    ExportOptions o;
    o.segmentId = QStringLiteral("seg-1");
    o.attributes = {QStringLiteral("name")};
    o.pageSize = kPerPage;
    o.outputPath = m_dir.filePath(file);
    return o;
}

bool TestSegmentsPipelining::runExport(SegmentExportJob &job)
{
    job.start();
    return QTest::qWaitFor([&] { return job.isFinished(); }, 20000);
}

QList<int> TestSegmentsPipelining::queriedPages() const
{
    QList<int> pages;
    for (const ScriptedServer::Request &r : m_server.requests().mid(m_firstRequest)) {
        if (r.path.endsWith("/contacts/query"))
            pages.append(pageOf(r));
    }
    return pages;
}

void TestSegmentsPipelining::pagesInOrderWithoutRepeats()
{
    serve([](int page, int) { return ScriptedServer::json(200, pageBody(page, false)); });
    SegmentExportJob job(m_client.get(), options(QStringLiteral("plain.csv")));
    QVERIFY(runExport(job));
    QCOMPARE(job.state(), JobState::Succeeded);
    QFile f(job.options().outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expectedCsv(kPages));
    // Each page asked for exactly once, in order, although each was asked before the one
    // before it was written.
    QCOMPARE(queriedPages(), QList<int>({1, 2, 3, 4, 5, 6}));
    QCOMPARE(job.metrics().pages, kPages);
    QCOMPARE(job.metrics().records, kPages * kPerPage);
}

void TestSegmentsPipelining::tokenReadEarly_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("token");
    QTest::newRow("at the end") << QByteArray(R"({"items":[],"continuationToken":"abc=="})")
                                << QStringLiteral("abc==");
    QTest::newRow("spaces and lines")
            << QByteArray("{\"items\": [],\n  \"continuationToken\" :\r\n \"t-1\"\n}")
            << QStringLiteral("t-1");
    QTest::newRow("null on the last page")
            << QByteArray(R"({"items":[],"continuationToken":null})") << QString();
    QTest::newRow("absent") << QByteArray(R"({"items":[]})") << QString();
    QTest::newRow("escaped: left to the parser")
            << QByteArray(R"({"items":[],"continuationToken":"a\u0041"})") << QString();
    QTest::newRow("unterminated") << QByteArray(R"({"items":[],"continuationToken":"abc)")
                                  << QString();
    QTest::newRow("not a string") << QByteArray(R"({"items":[],"continuationToken":42})")
                                  << QString();
    QTest::newRow("a record's key after the real one: the last is taken")
            << QByteArray(R"({"continuationToken":"real","items":[{"continuationToken":"fake"}]})")
            << QStringLiteral("fake");
}

void TestSegmentsPipelining::tokenReadEarly()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, token);
    QCOMPARE(peekContinuationToken(body), token);
}

void TestSegmentsPipelining::misleadingTokenTextIsCorrected()
{
    // The token comes first and every record carries a key of the same name with another value:
    // the early read asks for the wrong page, the parse corrects it, and the file is exact.
    serve([](int page, int) {
        QByteArray body = pageBody(page, false);
        const qsizetype at = body.indexOf(",\"continuationToken\":");
        const qsizetype end = body.indexOf(",\"count\"");
        const QByteArray token = body.mid(at + 1, end - at - 1);
        body.remove(at, end - at);
        body.replace("{\"items\"", QByteArray("{" + token + ",\"items\""));
        body.replace("\"}}", "\",\"continuationToken\":\"tok-9\"}}");
        return ScriptedServer::json(200, body);
    });
    SegmentExportJob job(m_client.get(), options(QStringLiteral("misleading.csv")));
    QVERIFY(runExport(job));
    QCOMPARE(job.state(), JobState::Succeeded);
    QFile f(job.options().outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expectedCsv(kPages));
    QList<int> pages = queriedPages();
    pages.removeAll(9); // the wrong guesses, abandoned (sent or not)
    QCOMPARE(pages, QList<int>({1, 2, 3, 4, 5, 6}));
    QCOMPARE(job.metrics().records, kPages * kPerPage);
}

void TestSegmentsPipelining::brokenRecordAfterTokenIsAskedAgain()
{
    // Page 2 is well formed on the outside (its token is read and page 3 asked for early) but
    // carries a record without an id the first time.
    serve([](int page, int attempt) {
        return ScriptedServer::json(200, pageBody(page, page == 2 && attempt == 1));
    });
    SegmentExportJob job(m_client.get(), options(QStringLiteral("broken.csv")));
    QStringList messages;
    connect(&job, &Job::message, this, [&](const QString &m) { messages << m; });
    QVERIFY(runExport(job));
    QCOMPARE(job.state(), JobState::Succeeded);
    QFile f(job.options().outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expectedCsv(kPages)); // no gap, no duplicate
    QCOMPARE(m_attempts.value(2), 2);
    QVERIFY2(messages.join(u'\n').contains(u"Page 2 was unusable"),
             qPrintable(messages.join(u'\n')));
    QVERIFY(messages.join(u'\n').contains(u"contactId"));
    QCOMPARE(job.metrics().records, kPages * kPerPage);
}

void TestSegmentsPipelining::failingPrefetchedPageKeepsEarlierPages()
{
    // Page 4 is refused for good: it is asked for early, while page 3 is formatted, and its
    // failure must not cost pages 1-3.
    serve([](int page, int) {
        if (page == 4)
            return ScriptedServer::json(400, "{\"error\":\"bad_request\",\"message\":\"no\"}");
        return ScriptedServer::json(200, pageBody(page, false));
    });
    SegmentExportJob job(m_client.get(), options(QStringLiteral("fails.csv")));
    QVERIFY(runExport(job));
    QCOMPARE(job.state(), JobState::Failed);
    QVERIFY2(job.errorText().contains(u"Page 4"), qPrintable(job.errorText()));
    QCOMPARE(job.metrics().records, 3 * kPerPage);
    QFile part(job.partPath());
    QVERIFY(part.open(QIODevice::ReadOnly));
    QCOMPARE(part.readAll(), expectedCsv(3));
    ExportCheckpoint cp;
    QString error;
    QVERIFY(ExportCheckpoint::load(job.options().outputPath, &cp, &error));
    QCOMPARE(cp.records, 3 * kPerPage);
    QCOMPARE(cp.continuationToken, QString::fromLatin1(tokenFor(4)));
    QVERIFY(!queriedPages().contains(5));
}

void TestSegmentsPipelining::cancelWithNextPageInFlightThenResume()
{
    // Page 3 answers slowly the first time; the export is cancelled as soon as page 2 is
    // committed, while page 3 (asked for early) is still on its way.
    serve([](int page, int attempt) {
        ScriptedServer::Response r = ScriptedServer::json(200, pageBody(page, false));
        if (page == 3 && attempt == 1)
            r.delayMs = 2000;
        return r;
    });
    ExportOptions o = options(QStringLiteral("cancelled.csv"));
    {
        SegmentExportJob job(m_client.get(), o);
        connect(&job, &SegmentExportJob::metricsChanged, &job, [&job](const ExportMetrics &m) {
            if (m.records == 2 * kPerPage)
                job.cancel();
        });
        QVERIFY(runExport(job));
        QCOMPARE(job.state(), JobState::Cancelled);
        QCOMPARE(job.metrics().records, 2 * kPerPage);
        QFile part(job.partPath());
        QVERIFY(part.open(QIODevice::ReadOnly));
        QCOMPARE(part.readAll(), expectedCsv(2));
        ExportCheckpoint cp;
        QString error;
        QVERIFY(ExportCheckpoint::load(o.outputPath, &cp, &error));
        QCOMPARE(cp.continuationToken, QString::fromLatin1(tokenFor(3)));
    }
    QVERIFY(!QFile::exists(o.outputPath));
    // Page 3 was on the wire when the export stopped (the server, in this process, reads it
    // once the event loop runs again).
    QTRY_COMPARE(queriedPages(), QList<int>({1, 2, 3}));

    serve([](int page, int) { return ScriptedServer::json(200, pageBody(page, false)); });
    o.resume = true;
    SegmentExportJob resumed(m_client.get(), o);
    QVERIFY(runExport(resumed));
    QCOMPARE(resumed.state(), JobState::Succeeded);
    QVERIFY(resumed.wasResumed());
    QFile f(o.outputPath);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(f.readAll(), expectedCsv(kPages)); // the same bytes as an export that never stopped
    QCOMPARE(queriedPages(), QList<int>({3, 4, 5, 6}));
}

QTEST_MAIN(TestSegmentsPipelining)
#include "test_segments_pipelining.moc"
