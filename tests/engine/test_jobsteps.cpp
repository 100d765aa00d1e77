// The small steps jobs are built from, each on its own: Job::watch, the server-error breaker,
// the poller and the paged reader, against a scripted tenant.
#include "models/engine/job.h"
#include "models/engine/jobs/jobtracker.h"
#include "models/engine/jobs/pagedreader.h"
#include "models/engine/jobs/poller.h"
#include "models/engine/jobs/serverbreaker.h"
#include "tests/support/scriptedtenant.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUrlQuery>

using namespace cxone;
using namespace cxonetest;
using Resp = ScriptedServer::Response;

namespace {

std::unique_ptr<ApiClient> clientFor(const ScriptedTenant &tenant, int attempts = 1)
{
    auto client = std::make_unique<ApiClient>(tenant.profile(), ClientSecret(kSecret));
    client->setRetryPolicy(fastPolicy(attempts));
    return client;
}

// A job that makes `count` slow calls at once and finishes when they all come back.
class SlowCallsJob final : public Job
{
public:
    SlowCallsJob(ApiClient *client, int count)
        : Job(QStringLiteral("slow"), QStringLiteral("test"))
        , m_client(client)
        , m_count(count)
    {}
    int cancelledResults = 0;

protected:
    void run() override
    {
        for (int i = 0; i < m_count; ++i) {
            CallHandle *c = watch(m_client->send(Request::get(QStringLiteral("/slow"))));
            connect(c, &CallHandle::finished, this, [this](const Result &r) {
                cancelledResults += r.error == ErrorKind::Cancelled ? 1 : 0;
                if (watchedInFlight() == 0)
                    isCancelRequested() ? finishCancelled() : succeed();
            });
        }
    }

private:
    ApiClient *m_client;
    int m_count;
};

QByteArray statusBody(const QString &status)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("status"), status}}).toJson();
}

Poller::Verdict judgeStatus(const Result &r, QString *why)
{
    const QString s = r.json.object().value(u"status").toString();
    if (s == u"failed") {
        *why = QStringLiteral("the job failed");
        return Poller::Verdict::Failed;
    }
    return s == u"done" ? Poller::Verdict::Done : Poller::Verdict::Again;
}

// A contact-list page with no contacts whose nextPageUri is *next (read when it is answered).
ScriptedServer::Response pageNaming(const QString *next)
{
    return ScriptedServer::json(
            200, QJsonDocument(QJsonObject{{QStringLiteral("contacts"), QJsonArray{}},
                                           {QStringLiteral("nextPageUri"), *next}})
                         .toJson());
}

// A paged reader's step that follows nextPageUri until maxPages pages were read.
PagedReader::Step followNextPageUri(int *pages, int maxPages = 1000)
{
    return [pages, maxPages](const Result &page, std::optional<Request> *next, QString *) {
        ++*pages;
        const QString link = page.json.object().value(u"nextPageUri").toString();
        if (!link.isEmpty() && *pages < maxPages) {
            Request r;
            r.url = QUrl(link);
            *next = r;
        }
        return true;
    };
}

} // namespace

class TestJobSteps final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void watchObservesAndCancels();
    void watchedRetriesAreSaidInWords();
    void breakerTripsOnceAfterConsecutiveServerErrors();
    void pollerGrowsItsIntervalUntilDone();
    void pollerHonoursRetryAfter();
    void pollerRetriesFailedPollsThenGivesUp();
    void pollerStopsAtTheDeadline();
    void pollerCancel();
    void pagedReaderFollowsTokensAndCursors();
    void pagedReaderRefusesToLoop();
    void pagedReaderRefusesAForeignNextPage();
    void pagedReaderStaysInItsCollection();
    void pagedReaderCancel();
    void trackerRateAndEta();
};

void TestJobSteps::watchObservesAndCancels()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) {
        Resp r = ScriptedServer::json(200, "{}");
        r.delayMs = 5000;
        return r;
    };
    auto client = clientFor(tenant);
    SlowCallsJob job(client.get(), 3);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QTRY_COMPARE(tenant.server.count("/slow"), 3);
    QCOMPARE(job.watchedInFlight(), 3);
    job.cancel();
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 3000);
    QCOMPARE(job.state(), JobState::Cancelled);
    QCOMPARE(job.cancelledResults, 3);
    QCOMPARE(job.progress().calls, 3); // observed before the job's own handler ran
}

void TestJobSteps::watchedRetriesAreSaidInWords()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    int n = 0;
    tenant.api = [&n](const ScriptedServer::Request &) {
        return ++n < 3 ? ScriptedServer::json(429, "{}", {{"Retry-After", "0"}})
                       : ScriptedServer::json(200, "{}");
    };
    auto client = clientFor(tenant, 8);
    SlowCallsJob job(client.get(), 1);
    QSignalSpy waits(&job, &Job::retryWaiting);
    QSignalSpy finished(&job, &Job::finished);
    job.start();
    QVERIFY(finished.wait(5000));
    QCOMPARE(waits.size(), 2);
    QCOMPARE(waits.at(1).first().toString(),
             QStringLiteral("The tenant is rate-limiting; waiting 0 ms (retry 2 of 7)."));
}

void TestJobSteps::breakerTripsOnceAfterConsecutiveServerErrors()
{
    ServerErrorBreaker breaker(5);
    int trips = 0;
    breaker.setOnTrip([&trips] { ++trips; });
    for (const int status : {500, 503, 500, 502})
        breaker.count(status);
    breaker.count(0); // a dropped connection neither counts nor resets
    breaker.count(200);
    QCOMPARE(breaker.streak(), 0);
    for (int i = 0; i < 7; ++i)
        breaker.count(503);
    QVERIFY(breaker.isTripped());
    QCOMPARE(trips, 1);
    QVERIFY(breaker.text().contains(u"7 server errors in a row"));
}

void TestJobSteps::pollerGrowsItsIntervalUntilDone()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    int n = 0;
    tenant.api = [&n](const ScriptedServer::Request &) {
        return ScriptedServer::json(
                200, statusBody(++n < 5 ? QStringLiteral("running") : QStringLiteral("done")));
    };
    auto client = clientFor(tenant);
    Poller poller({0, 20, 1.5, 1000, 30000, 3});
    QSignalSpy waiting(&poller, &Poller::waiting);
    QSignalSpy finished(&poller, &Poller::finished);
    poller.start([&] { return client->send(Request::get(QStringLiteral("/job"))); }, judgeStatus);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<Poller::Outcome>(), Poller::Outcome::Done);
    QCOMPARE(poller.polls(), 5);
    QList<int> waits;
    for (const auto &w : waiting)
        waits << w.first().toInt();
    QCOMPARE(waits, (QList<int>{20, 31, 47, 71}));
}

void TestJobSteps::pollerHonoursRetryAfter()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    int n = 0;
    tenant.api = [&n](const ScriptedServer::Request &) {
        return ScriptedServer::json(
                200, statusBody(++n < 2 ? QStringLiteral("running") : QStringLiteral("done")),
                {{"Retry-After", "1"}});
    };
    auto client = clientFor(tenant);
    Poller poller({0, 20, 1.5, 1000, 30000, 3});
    QSignalSpy waiting(&poller, &Poller::waiting);
    QSignalSpy finished(&poller, &Poller::finished);
    poller.start([&] { return client->send(Request::get(QStringLiteral("/job"))); }, judgeStatus);
    QVERIFY(finished.wait(10000));
    QCOMPARE(waiting.first().first().toInt(), 1000); // never sooner than the tenant asked
}

void TestJobSteps::pollerRetriesFailedPollsThenGivesUp()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    int n = 0;
    tenant.api = [&n](const ScriptedServer::Request &r) {
        if (r.path.startsWith("/gone"))
            return ScriptedServer::json(404, "{}");
        // Two 503s (each beyond the pipeline's single attempt), then a 429, then done.
        ++n;
        if (n <= 2)
            return ScriptedServer::json(503, "{}");
        if (n == 3)
            return ScriptedServer::json(429, "{}");
        return ScriptedServer::json(200, statusBody(QStringLiteral("done")));
    };
    auto client = clientFor(tenant);
    {
        Poller poller({0, 10, 1.5, 1000, 30000, 3});
        QSignalSpy waiting(&poller, &Poller::waiting);
        QSignalSpy finished(&poller, &Poller::finished);
        poller.start([&] { return client->send(Request::get(QStringLiteral("/job"))); },
                     judgeStatus);
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().first().value<Poller::Outcome>(), Poller::Outcome::Done);
        QCOMPARE(poller.failedPolls(), 3);
        QCOMPARE(waiting.at(2).at(1).toBool(), true);   // the 429 wait is marked...
        QVERIFY(waiting.at(2).at(0).toInt() >= 2 * 22); // ...and twice as long
    }
    {
        Poller poller({0, 10, 1.5, 1000, 30000, 3});
        QSignalSpy finished(&poller, &Poller::finished);
        poller.start([&] { return client->send(Request::get(QStringLiteral("/gone"))); },
                     judgeStatus);
        QVERIFY(finished.wait(10000));
        // A 404 will not change by asking again.
        QCOMPARE(finished.first().first().value<Poller::Outcome>(), Poller::Outcome::Failed);
        QCOMPARE(poller.polls(), 1);
        QVERIFY(poller.reason().contains(u"404"));
    }
}

void TestJobSteps::pollerStopsAtTheDeadline()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, statusBody(QStringLiteral("running")));
    };
    auto client = clientFor(tenant);
    Poller poller({0, 50, 2.0, 200, 400, 3});
    QSignalSpy finished(&poller, &Poller::finished);
    poller.start([&] { return client->send(Request::get(QStringLiteral("/job"))); }, judgeStatus);
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.first().first().value<Poller::Outcome>(), Poller::Outcome::TimedOut);
    QVERIFY(poller.reason().contains(u"still not done"));
    QVERIFY(poller.polls() >= 2 && poller.polls() <= 5);
}

void TestJobSteps::pollerCancel()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, statusBody(QStringLiteral("running")));
    };
    auto client = clientFor(tenant);
    Poller poller({0, 5000, 1.5, 5000, 60000, 3});
    QSignalSpy finished(&poller, &Poller::finished);
    poller.start([&] { return client->send(Request::get(QStringLiteral("/job"))); }, judgeStatus);
    QTRY_COMPARE(tenant.server.count("/job"), 1);
    QTRY_VERIFY(!poller.isRunning() || poller.polls() == 1);
    poller.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().value<Poller::Outcome>(), Poller::Outcome::Cancelled);
}

void TestJobSteps::pagedReaderFollowsTokensAndCursors()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [&tenant](const ScriptedServer::Request &r) {
        const QUrlQuery q(QUrl(QString::fromLatin1(r.path)));
        const int page = q.queryItemValue(QStringLiteral("page")).toInt();
        QJsonObject o{{QStringLiteral("items"), QJsonArray{page * 10, page * 10 + 1}}};
        if (page < 3) // absolute next links on the tenant, as the contract wants them
            o.insert(QStringLiteral("next"),
                     tenant.server.url(QStringLiteral("/items?page=%1").arg(page + 1)).toString());
        return ScriptedServer::json(200, QJsonDocument(o).toJson());
    };
    auto client = clientFor(tenant);
    QList<int> items;
    int observed = 0;
    const QString error = PagedReader::readAll(
            client.get(), Request::get(QStringLiteral("/items?page=0")),
            [&items](const Result &page, std::optional<Request> *next, QString *) {
                for (const QJsonValue v : page.json.object().value(u"items").toArray())
                    items << v.toInt();
                const QString link = page.json.object().value(u"next").toString();
                if (!link.isEmpty()) {
                    Request r;
                    r.url = QUrl(link);
                    *next = r;
                }
                return true;
            },
            [&observed](CallHandle *) { ++observed; });
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(items, (QList<int>{0, 1, 10, 11, 20, 21, 30, 31}));
    QCOMPARE(observed, 4);
}

void TestJobSteps::pagedReaderRefusesToLoop()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) {
        return ScriptedServer::json(200, R"({"items":[1],"continuationToken":"same"})");
    };
    auto client = clientFor(tenant);
    const QString error = PagedReader::readAll(
            client.get(), Request::get(QStringLiteral("/items")),
            [](const Result &page, std::optional<Request> *next, QString *) {
                *next = Request::get(QStringLiteral("/items?t=")
                                     + page.json.object().value(u"continuationToken").toString());
                return true;
            });
    QVERIFY2(error.contains(u"same paging token"), qPrintable(error));
    QCOMPARE(tenant.server.count("/items"), 2);
}

void TestJobSteps::pagedReaderRefusesAForeignNextPage()
{
    ScriptedTenant tenant;
    ScriptedServer foreign;
    QVERIFY(tenant.server.listen() && foreign.listen());
    const QString evil
            = foreign.url(QStringLiteral("/api/v2/campaigns/contactlists/x?cursor=2")).toString();
    tenant.api = [&evil](const ScriptedServer::Request &) { return pageNaming(&evil); };
    auto client = clientFor(tenant);
    int pages = 0;
    const QString error = PagedReader::readAll(
            client.get(), Request::get(QStringLiteral("/api/v2/campaigns/contactlists/x")),
            followNextPageUri(&pages));
    QVERIFY2(error.contains(u"refusing to send the tenant's token"), qPrintable(error));
    QCOMPARE(foreign.requests().size(), 0);
}

void TestJobSteps::pagedReaderStaysInItsCollection()
{
    // Same origin, another list: the next page may change the query, never the path.
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    QString next = tenant.server.url(QStringLiteral("/api/v2/campaigns/contactlists/b?cursor=2"))
                           .toString();
    tenant.api = [&next](const ScriptedServer::Request &) { return pageNaming(&next); };
    auto client = clientFor(tenant);
    int pages = 0;
    const PagedReader::Step step = followNextPageUri(&pages, 3);
    QString error = PagedReader::readAll(
            client.get(), Request::get(QStringLiteral("/api/v2/campaigns/contactlists/a")), step);
    QVERIFY2(error.contains(u"/api/v2/campaigns/contactlists/b, which is not the collection being "
                            u"read (/api/v2/campaigns/contactlists/a)"),
             qPrintable(error));
    QCOMPARE(tenant.server.count("/api/v2/campaigns/contactlists/b"), 0);

    // Only the query changes: followed.
    pages = 0;
    int cursor = 1;
    tenant.api = [&](const ScriptedServer::Request &) {
        next = tenant.server
                       .url(QStringLiteral("/api/v2/campaigns/contactlists/a?cursor=%1")
                                    .arg(++cursor))
                       .toString();
        return pageNaming(&next);
    };
    error = PagedReader::readAll(
            client.get(), Request::get(QStringLiteral("/api/v2/campaigns/contactlists/a")), step);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pages, 3);
}

void TestJobSteps::pagedReaderCancel()
{
    ScriptedTenant tenant;
    QVERIFY(tenant.server.listen());
    tenant.api = [](const ScriptedServer::Request &) {
        Resp r = ScriptedServer::json(200, R"({"items":[]})");
        r.delayMs = 3000;
        return r;
    };
    auto client = clientFor(tenant);
    PagedReader reader(client.get());
    QSignalSpy finished(&reader, &PagedReader::finished);
    reader.start(Request::get(QStringLiteral("/items")),
                 [](const Result &, std::optional<Request> *, QString *) { return true; });
    QTRY_COMPARE(tenant.server.count("/items"), 1);
    reader.cancel();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(finished.first().first().toBool(), false);
    QCOMPARE(reader.error(), ErrorKind::Cancelled);
}

void TestJobSteps::trackerRateAndEta()
{
    // The throughput is the last 10 s of progress, so a job that slows down shows it.
    SlowCallsJob job(nullptr, 0);
    JobTracker tracker(&job);
    tracker.sample(0, 0);
    tracker.sample(5000, 5000);   // 1000/s for the first 5 s
    tracker.sample(15000, 10000); // 500/s for the next 10 s
    QCOMPARE(tracker.perSecond(), 500.0);
    QCOMPARE(JobTracker::formatDuration(245000), QStringLiteral("4:05"));
    QCOMPARE(JobTracker::formatDuration(3723000), QStringLiteral("1:02:03"));
    QCOMPARE(JobTracker::formatDuration(-1), QStringLiteral("–"));
}

QTEST_GUILESS_MAIN(TestJobSteps)
#include "test_jobsteps.moc"
