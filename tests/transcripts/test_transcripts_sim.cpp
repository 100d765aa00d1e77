// The simulator's transcript routes as contract section 3 says: a deterministic, paged search;
// job validation with the unknown ids listed; jobs that move through their states over several
// polls; absolute, signed result URLs that expire (410) and a download limit (429); failed jobs;
// the tenant's own redaction policies; a data-lake sink that de-duplicates on X-Request-ID.
#include "tests/support/runcall.h"
#include "tests/support/simfixture.h"

#include "app/simulator/modules/transcriptsmodule.h"
#include "models/transcripts/piimasker.h"
#include "network/api/transcriptsapi.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QUrlQuery>

using namespace cxone;
using namespace cxone::sim;

class TestTranscriptsSim final : public QObject
{
    Q_OBJECT

    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;

    Result call(Request r) { return cxonetest::runCall(*m_client, std::move(r), 30000); }

    Result post(const QString &path, const QJsonObject &body)
    {
        return call(Request::postJson(path, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    }

    Result absolute(const QUrl &url)
    {
        Request r;
        r.url = url;
        return call(r);
    }

    // Ids of the simulator's history, oldest first; `archived` picks the ones whose job fails.
    QStringList ids(int n, bool archived = false)
    {
        QStringList out;
        m_sim.run([&](TenantSimulator &t) {
            const auto &part = partOf<TranscriptsPart>(t.state());
            for (const auto &i : part.interactions) {
                if (i.archived == archived && out.size() < n)
                    out.append(i.id);
            }
        });
        return out;
    }

    static QJsonObject period(int days)
    {
        const QDateTime to = QDateTime::currentDateTimeUtc().addDays(2);
        return {{QStringLiteral("from"), to.addDays(-days).toString(Qt::ISODate)},
                {QStringLiteral("to"), to.toString(Qt::ISODate)}};
    }

    QString submit(const QStringList &interactionIds,
                   const QString &policy = QStringLiteral("none"), int concurrency = 4)
    {
        const Result r = post(
                QStringLiteral("/api/v2/interactions/transcripts"),
                {{QStringLiteral("interactionIds"), QJsonArray::fromStringList(interactionIds)},
                 {QStringLiteral("redactionPolicy"), policy},
                 {QStringLiteral("maxConcurrentDownloads"), concurrency}});
        QString jobId, error;
        if (!TranscriptsApi::parseSubmit(r, &jobId, &error))
            qWarning("submit: %s %s", qPrintable(error), r.body.constData());
        return jobId;
    }

    // Polls until the job is completed or failed; the statuses seen on the way.
    QList<TranscriptJobStatus> pollToEnd(const QString &jobId)
    {
        QList<TranscriptJobStatus> seen;
        for (int i = 0; i < 50; ++i) {
            const Result r = call(Request::get(QStringLiteral("/api/v2/jobs/") + jobId));
            TranscriptJobStatus st;
            QString error;
            if (!TranscriptsApi::parseStatus(r.json.object(), &st, &error)) {
                qWarning("status: %s", qPrintable(error));
                break;
            }
            seen.append(st);
            if (st.status == u"completed" || st.status == u"failed")
                break;
        }
        return seen;
    }

private Q_SLOTS:
    void init()
    {
        SimConfig config;
        config.seed = 7;
        QVERIFY(simfixture::startSim(m_sim, config));
        m_client = simfixture::makeClient(m_sim);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.stop();
    }

    void searchPagesThroughTheWholeHistory()
    {
        qsizetype expected = 0;
        m_sim.run([&](TenantSimulator &t) {
            expected = qsizetype(partOf<TranscriptsPart>(t.state()).interactions.size());
        });
        QVERIFY2(expected >= 4000, "the demo tenant holds about 5 000 interactions");
        QSet<QString> seen;
        QString token;
        int pages = 0;
        QDateTime previous;
        const QJsonObject searched = period(40); // the same search on every page
        do {
            QJsonObject body = searched;
            QJsonObject pagination{{QStringLiteral("limit"), 700}};
            if (!token.isEmpty())
                pagination.insert(QStringLiteral("continuationToken"), token);
            body.insert(QStringLiteral("pagination"), pagination);
            const Result r = post(QStringLiteral("/api/v2/interactions/search"), body);
            QVERIFY2(r.ok(), qPrintable(r.errorText));
            QList<InteractionInfo> items;
            QString error;
            token.clear();
            QVERIFY2(TranscriptsApi::readSearchPage(r, &items, &token, &error), qPrintable(error));
            QVERIFY(items.size() <= 700);
            for (const InteractionInfo &i : std::as_const(items)) {
                QVERIFY2(!seen.contains(i.id), qPrintable(i.id));
                seen.insert(i.id);
                QVERIFY(TranscriptsApi::mediaTypes().contains(i.mediaType));
                QVERIFY(i.startedAt.isValid());
                QVERIFY(!previous.isValid() || previous <= i.startedAt);
                previous = i.startedAt;
                QVERIFY(i.mediaType == u"email" ? i.durationSec == 0 : i.durationSec > 0);
                QVERIFY(!i.agentName.isEmpty());
            }
            ++pages;
        } while (!token.isEmpty() && pages < 100);
        QCOMPARE(seen.size(), expected);
        QCOMPARE(pages, int((expected + 699) / 700));
        // The seed's own example interaction is part of the demo history.
        QVERIFY(seen.contains(QStringLiteral("int-8a7b9c0d-1e2f-3g4h-5i6j-7k8l9m0n1o2p")));
    }

    void searchFiltersByMediaAndPeriod()
    {
        QJsonObject body = period(40);
        body.insert(QStringLiteral("mediaTypes"), QJsonArray{QStringLiteral("chat")});
        body.insert(QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), 1000}});
        const Result r = post(QStringLiteral("/api/v2/interactions/search"), body);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QList<InteractionInfo> items;
        QString token, error;
        QVERIFY(TranscriptsApi::readSearchPage(r, &items, &token, &error));
        QVERIFY(!items.isEmpty());
        for (const InteractionInfo &i : std::as_const(items))
            QCOMPARE(i.mediaType, QStringLiteral("chat"));
        // The same question gives the same answer (a seeded, deterministic history).
        const Result again = post(QStringLiteral("/api/v2/interactions/search"), body);
        QCOMPARE(again.json, r.json);

        // A period before the history: nothing.
        const QDateTime old = QDateTime::currentDateTimeUtc().addYears(-3);
        const Result none = post(QStringLiteral("/api/v2/interactions/search"),
                                 {{QStringLiteral("from"), old.toString(Qt::ISODate)},
                                  {QStringLiteral("to"), old.addDays(1).toString(Qt::ISODate)}});
        QVERIFY(none.ok());
        QCOMPARE(none.json.object().value(u"items").toArray().size(), 0);
    }

    void searchRefusesBadRequests_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("no period") << QByteArray("{}");
        QTest::newRow("reversed") << QByteArray(
                "{\"from\":\"2026-11-02T00:00:00Z\",\"to\":\"2026-11-01T00:00:00Z\"}");
        QTest::newRow("not a time") << QByteArray("{\"from\":\"yesterday\",\"to\":\"now\"}");
        QTest::newRow("bad media") << QByteArray("{\"from\":\"2026-11-01T00:00:00Z\",\"to\":"
                                                 "\"2026-11-02T00:00:00Z\",\"mediaTypes\":["
                                                 "\"fax\"]}");
        QTest::newRow("limit 0") << QByteArray("{\"from\":\"2026-11-01T00:00:00Z\",\"to\":"
                                               "\"2026-11-02T00:00:00Z\",\"pagination\":{"
                                               "\"limit\":0}}");
        QTest::newRow("limit 1001") << QByteArray("{\"from\":\"2026-11-01T00:00:00Z\",\"to\":"
                                                  "\"2026-11-02T00:00:00Z\",\"pagination\":{"
                                                  "\"limit\":1001}}");
        QTest::newRow("bad token") << QByteArray("{\"from\":\"2026-11-01T00:00:00Z\",\"to\":"
                                                 "\"2026-11-02T00:00:00Z\",\"pagination\":{"
                                                 "\"continuationToken\":\"garbage\"}}");
        QTest::newRow("not json") << QByteArray("{\"from\":");
    }

    void searchRefusesBadRequests()
    {
        QFETCH(QByteArray, body);
        const Result r
                = call(Request::postJson(QStringLiteral("/api/v2/interactions/search"), body));
        QCOMPARE(r.httpStatus, 400);
        QVERIFY(!r.errorText.isEmpty());
    }

    void submitRefusesBadJobs_data()
    {
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<bool>("unknown");
        QTest::newRow("empty") << 0 << QStringLiteral("auto") << 4 << false;
        QTest::newRow("1001 ids") << 1001 << QStringLiteral("auto") << 4 << false;
        QTest::newRow("bad policy") << 3 << QStringLiteral("partial") << 4 << false;
        QTest::newRow("concurrency 0") << 3 << QStringLiteral("auto") << 0 << false;
        QTest::newRow("concurrency 11") << 3 << QStringLiteral("auto") << 11 << false;
        QTest::newRow("unknown ids") << 3 << QStringLiteral("auto") << 4 << true;
    }

    void submitRefusesBadJobs()
    {
        QFETCH(int, count);
        QFETCH(QString, policy);
        QFETCH(int, concurrency);
        QFETCH(bool, unknown);
        QStringList list = ids(count);
        if (unknown)
            list << QStringLiteral("int-does-not-exist-1") << QStringLiteral("int-nope-2");
        const Result r = post(QStringLiteral("/api/v2/interactions/transcripts"),
                              {{QStringLiteral("interactionIds"), QJsonArray::fromStringList(list)},
                               {QStringLiteral("redactionPolicy"), policy},
                               {QStringLiteral("maxConcurrentDownloads"), concurrency}});
        QCOMPARE(r.httpStatus, 400);
        if (unknown) {
            const QStringList listed = TranscriptsApi::unknownIds(r);
            QCOMPARE(listed, (QStringList{QStringLiteral("int-does-not-exist-1"),
                                          QStringLiteral("int-nope-2")}));
        }
        quint64 submitted = 1;
        m_sim.run([&](TenantSimulator &t) {
            submitted = partOf<TranscriptsPart>(t.state()).jobsSubmitted;
        });
        QCOMPARE(submitted, quint64(0));
        // The console's own check says the same before anything is sent.
        TranscriptJobRequest req;
        req.interactionIds = ids(count);
        req.redactionPolicy = policy;
        req.maxConcurrentDownloads = concurrency;
        QCOMPARE(TranscriptsApi::jobProblem(req).isEmpty(), unknown);
    }

    void jobMovesThroughItsStatesAndServesArtifacts()
    {
        const QStringList list = ids(5);
        const QString jobId = submit(list);
        QVERIFY(!jobId.isEmpty());
        const QList<TranscriptJobStatus> seen = pollToEnd(jobId);
        QVERIFY2(seen.size() >= 3, "a job takes several polls");
        QCOMPARE(seen.first().status, QStringLiteral("queued"));
        QCOMPARE(seen.last().status, QStringLiteral("completed"));
        for (qsizetype i = 1; i < seen.size(); ++i)
            QVERIFY(seen[i].progress >= seen[i - 1].progress);
        QCOMPARE(seen.last().progress, 100);
        const TranscriptJobStatus done = seen.last();
        QCOMPARE(done.results.size(), list.size());
        QVERIFY(done.resultUrl.isValid());
        QCOMPARE(done.resultUrl.host(), m_sim.baseUrl().host());
        QCOMPARE(done.resultUrl.port(), m_sim.baseUrl().port());

        PiiMasker masker;
        for (const auto &[id, url] : done.results) {
            QVERIFY(list.contains(id));
            QVERIFY2(url.scheme() == u"http" && url.port() == m_sim.baseUrl().port(),
                     "artifact URLs are absolute, on the tenant's origin");
            const Result a = absolute(url);
            QVERIFY2(a.ok(), qPrintable(a.errorText));
            const QJsonObject o = a.json.object();
            QCOMPARE(o.value(u"interactionId").toString(), id);
            const QJsonArray turns = o.value(u"transcript").toObject().value(u"turns").toArray();
            QVERIFY(turns.size() >= 2);
            for (const QJsonValue &t : turns) {
                QVERIFY(!t.toObject().value(u"speaker").toString().isEmpty());
                QVERIFY(!t.toObject().value(u"text").toString().isEmpty());
            }
        }
        // The whole result as NDJSON: one artifact per line.
        Request nd;
        nd.url = done.resultUrl;
        nd.expectJson = false;
        const Result all = call(nd);
        QVERIFY2(all.ok(), qPrintable(all.errorText));
        const QList<QByteArray> lines = all.body.trimmed().split('\n');
        QCOMPARE(lines.size(), list.size());
        for (const QByteArray &line : lines)
            QVERIFY(QJsonDocument::fromJson(line).isObject());
    }

    void redactionPolicies()
    {
        const QStringList list = ids(40);
        PiiMasker masker;
        QHash<QString, qint64> found;
        for (const QString &policy :
             {QStringLiteral("none"), QStringLiteral("auto"), QStringLiteral("full")}) {
            const QString jobId = submit(list, policy);
            const TranscriptJobStatus done = pollToEnd(jobId).last();
            QCOMPARE(done.status, QStringLiteral("completed"));
            for (const auto &[id, url] : done.results) {
                QJsonValue v = absolute(url).json.object().value(u"transcript");
                MaskCounts counts;
                QString error;
                QVERIFY(masker.maskJson(&v, &counts, &error));
                found[policy] += counts.total();
            }
        }
        QVERIFY2(found.value(QStringLiteral("none")) > 100, "the history is laden with PII");
        QCOMPARE(found.value(QStringLiteral("full")), 0);
        // auto is deliberately partial: it leaves some for the local masker.
        QVERIFY(found.value(QStringLiteral("auto")) > 0);
        QVERIFY(found.value(QStringLiteral("auto")) < found.value(QStringLiteral("none")));
    }

    void resultUrlsExpireAndAreRefreshedByStatus()
    {
        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/transcripts"), "{\"urlTtlMs\":150}"))
                        .ok());
        const QString jobId = submit(ids(2));
        const TranscriptJobStatus done = pollToEnd(jobId).last();
        QCOMPARE(done.status, QStringLiteral("completed"));
        QTest::qWait(250);
        const Result expired = absolute(done.results.first().second);
        QCOMPARE(expired.httpStatus, 410);
        // A fresh status hands out fresh URLs.
        TranscriptJobStatus again;
        QString error;
        QVERIFY(TranscriptsApi::parseStatus(
                call(Request::get(QStringLiteral("/api/v2/jobs/") + jobId)).json.object(), &again,
                &error));
        QVERIFY(again.results.first().second != done.results.first().second);
        QVERIFY(absolute(again.results.first().second).ok());

        // A URL someone altered is refused.
        QUrl forged = again.results.first().second;
        QUrlQuery q(forged);
        q.removeQueryItem(QStringLiteral("sig"));
        q.addQueryItem(QStringLiteral("sig"), QStringLiteral("0000"));
        forged.setQuery(q);
        QCOMPARE(absolute(forged).httpStatus, 403);
    }

    void downloadsBeyondTheJobsConcurrencyAre429()
    {
        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/transcripts"),
                                      "{\"downloadHoldMs\":2000}"))
                        .ok());
        const QString jobId = submit(ids(3), QStringLiteral("none"), 1);
        const TranscriptJobStatus done = pollToEnd(jobId).last();
        // Two at once where the job allows one: the second is refused while the first, which
        // takes its time, is on the wire.
        const auto request = [](const QUrl &url) {
            Request r;
            r.url = url;
            return r;
        };
        Result first, second;
        int finished = 0;
        connect(m_client->send(request(done.results.at(0).second)), &CallHandle::finished, this,
                [&](const Result &r) {
                    first = r;
                    ++finished;
                });
        QTest::qWait(100);
        connect(m_client->send(request(done.results.at(1).second)), &CallHandle::finished, this,
                [&](const Result &r) {
                    second = r;
                    ++finished;
                });
        QTRY_COMPARE_WITH_TIMEOUT(finished, 2, 10000);
        QVERIFY2(first.ok(), qPrintable(first.errorText));
        QVERIFY(first.totalMs >= 1500); // the download took the time it was told to
        QCOMPARE(second.httpStatus, 429);
        QCOMPARE(second.header("Retry-After"), QByteArray("1"));
        // One after the other is fine.
        QVERIFY(absolute(done.results.at(2).second).ok());
    }

    void aJobWithAnArchivedRecordingFails()
    {
        QStringList list = ids(2);
        const QStringList archived = ids(1, true);
        QVERIFY2(!archived.isEmpty(), "the demo history holds archived recordings");
        list += archived;
        const QList<TranscriptJobStatus> seen = pollToEnd(submit(list));
        QCOMPARE(seen.last().status, QStringLiteral("failed"));
        QVERIFY(!seen.last().errors.isEmpty());
        QVERIFY(seen.last().errors.join(u' ').contains(archived.first()));
    }

    void lakeSinkDeduplicatesOnRequestId()
    {
        const QUrl sink = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/lake")));
        const auto deliver = [&](const QByteArray &id) {
            Request r;
            r.method = "POST";
            r.url = sink;
            r.body = "{\"a\":1}";
            r.requestId = id;
            r.authenticated = false;
            r.retrySafe = true;
            return call(r);
        };
        QVERIFY(deliver("req-1").ok());
        QVERIFY(deliver("req-2").ok());
        const Result dup = deliver("req-1");
        QVERIFY(dup.ok());
        QCOMPARE(dup.json.object().value(u"duplicate").toBool(), true);
        // Its own failures: the next delivery fails before it is stored, then one after.
        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/webhooks/lake/faults"),
                                      "{\"failNext\":1,\"status\":503}"))
                        .ok());
        QCOMPARE(deliver("req-3").httpStatus, 503);
        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/webhooks/lake/faults"),
                                      "{\"failNext\":1,\"status\":500,\"afterStore\":true}"))
                        .ok());
        QCOMPARE(deliver("req-4").httpStatus, 500);
        QVERIFY(deliver("req-4").ok());
        const QJsonObject state
                = call(Request::get(QStringLiteral("/_sim/webhooks/lake"))).json.object();
        QCOMPARE(state.value(u"uniqueRequestIds").toInteger(), 3); // req-1, req-2, req-4
        QCOMPARE(state.value(u"duplicates").toInteger(), 2);       // req-1 again, req-4 again
    }
};

QTEST_GUILESS_MAIN(TestTranscriptsSim)
#include "test_transcripts_sim.moc"
