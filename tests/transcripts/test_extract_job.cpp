// The transcript extraction job against the simulator: every artifact written masked and pushed
// once; a run stopped mid-way and resumed writes and pushes nothing twice; result URLs that
// expire mid-job are refreshed; a failed tenant job, unknown ids and an artifact that cannot be
// masked are each reported and lose nothing; faults on the tenant and the lake duplicate nothing.
#include "tests/support/runcall.h"
#include "tests/support/simfixture.h"

#include "app/simulator/modules/transcriptsmodule.h"
#include "models/transcripts/extractjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace cxone;
using namespace cxone::sim;

namespace {

constexpr int kWait = 120000;

bool runJob(Job &job)
{
    QSignalSpy done(&job, &Job::finished);
    job.start();
    return job.isFinished() || done.wait(kWait);
}

} // namespace

class TestExtractJob final : public QObject
{
    Q_OBJECT

    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;

    void start(int maxAttempts = 6, const FaultSettings &faults = {})
    {
        m_client.reset();
        m_sim.stop();
        SimConfig config;
        config.seed = 7;
        QVERIFY(simfixture::startSim(m_sim, config));
        m_sim.setFaults(faults);
        simfixture::ClientOptions o;
        o.maxAttempts = maxAttempts;
        o.baseDelay = std::chrono::milliseconds(5);
        o.maxDelay = std::chrono::milliseconds(50);
        m_client = simfixture::makeClient(m_sim, o);
    }

    Result call(Request r) { return cxonetest::runCall(*m_client, std::move(r), 30000); }

    void simSettings(const QByteArray &json)
    {
        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/transcripts"), json)).ok());
    }

    QStringList ids(int n, bool archived = false)
    {
        QStringList out;
        m_sim.run([&](TenantSimulator &t) {
            for (const auto &i : partOf<TranscriptsPart>(t.state()).interactions) {
                if (i.archived == archived && out.size() < n)
                    out.append(i.id);
            }
        });
        return out;
    }

    // The artifact as the tenant stores it without redaction (the ground truth).
    QJsonObject rawArtifact(const QString &id)
    {
        QJsonObject o;
        m_sim.run([&](TenantSimulator &t) {
            const auto &part = partOf<TranscriptsPart>(t.state());
            o = part.artifact(part.interactions[size_t(part.byId.value(id))],
                              QStringLiteral("none"));
        });
        return o;
    }

    QUrl lake() const
    {
        return m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/lake")));
    }

    QJsonObject lakeState()
    {
        return call(Request::get(QStringLiteral("/_sim/webhooks/lake"))).json.object();
    }

    ExtractOptions options(const QStringList &list, const QString &output)
    {
        ExtractOptions o;
        o.interactionIds = list;
        o.policy = QStringLiteral("none");
        o.output = output;
        o.lakeUrl = lake();
        o.concurrency = 4;
        return o;
    }

    static QList<QByteArray> jsonlLines(const QString &path)
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        QList<QByteArray> lines = f.readAll().split('\n');
        if (!lines.isEmpty() && lines.last().isEmpty())
            lines.removeLast();
        return lines;
    }

private Q_SLOTS:
    void init() { start(); }

    void cleanup()
    {
        m_client.reset();
        m_sim.stop();
    }

    void extractsMasksWritesAndPushesEachOnce()
    {
        const QStringList list = ids(60);
        const QString out = m_dir.filePath(QStringLiteral("folder"));
        TranscriptExtractJob job(m_client.get(), options(list, out));
        QSignalSpy audited(&job, &Job::audited);
        QVERIFY(runJob(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.errorText()));
        QCOMPARE(job.total(), 60);
        QCOMPARE(job.written(), 60);
        QCOMPARE(job.pushed(), 60);
        QCOMPARE(job.failed(), 0);
        QCOMPARE(job.successRate(), 1.0);
        QVERIFY(job.maskTotals().total() > 60);
        QVERIFY(audited.size() >= 60 + 3); // start, submit, one per push, finish

        PiiMasker masker;
        QSet<QString> requestIds;
        for (const QString &id : list) {
            QFile f(TranscriptExtractJob::artifactPath(out, id));
            QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(f.fileName()));
            const QByteArray bytes = f.readAll();
            const QJsonObject o = QJsonDocument::fromJson(bytes).object();
            QCOMPARE(o.value(u"interactionId").toString(), id);
            QCOMPARE(o.value(u"masked").toBool(), true);
            QVERIFY(o.value(u"maskReport").isObject());
            // What is on disk is exactly the tenant's unredacted artifact masked locally: every
            // string, nested ones too, and nothing left for a second pass to find.
            QJsonValue expected = rawArtifact(id).value(u"transcript");
            MaskCounts counts;
            QString error;
            QVERIFY(masker.maskJson(&expected, &counts, &error));
            QCOMPARE(o.value(u"transcript"), expected);
            QCOMPARE(MaskCounts::fromJson(o.value(u"maskReport").toObject()).total(),
                     counts.total());
            QJsonValue again = o.value(u"transcript");
            MaskCounts second;
            QVERIFY(masker.maskJson(&again, &second, &error));
            QCOMPARE(second.total(), 0);
            requestIds.insert(QString::fromLatin1(TranscriptExtractJob::requestIdFor(id, bytes)));
        }
        const QJsonObject sink = lakeState();
        QCOMPARE(sink.value(u"uniqueRequestIds").toInteger(), 60);
        QCOMPARE(sink.value(u"duplicates").toInteger(), 0);
        QSet<QString> delivered;
        for (const QJsonValue &d : sink.value(u"deliveries").toArray()) {
            const QJsonObject headers = d.toObject().value(u"headers").toObject();
            for (auto it = headers.begin(); it != headers.end(); ++it) {
                if (it.key().compare(u"x-request-id", Qt::CaseInsensitive) == 0)
                    delivered.insert(it.value().toString());
            }
        }
        QCOMPARE(delivered, requestIds);

        // The same run again is refused without --resume, and with it does nothing new.
        TranscriptExtractJob refused(m_client.get(), options(list, out));
        QVERIFY(runJob(refused));
        QCOMPARE(refused.state(), JobState::Failed);
        QVERIFY(refused.errorText().contains(u"--resume"));
        ExtractOptions ro = options(list, out);
        ro.resume = true;
        TranscriptExtractJob again(m_client.get(), ro);
        QVERIFY(runJob(again));
        QCOMPARE(again.state(), JobState::Succeeded);
        QCOMPARE(again.skipped(), 60);
        QCOMPARE(lakeState().value(u"received").toInteger(), 60);
    }

    // Transcripts are personal data even masked: the folder, its artifacts, the state file and a
    // JSONL output are created owner-only; the policy masking ran under is in every report.
    void outputsAreOwnerOnlyAndNameTheMaskPolicy()
    {
        const QStringList list = ids(5);
        constexpr QFileDevice::Permissions ownerFile
                = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
        const QFileDevice::Permissions ownerDir = ownerFile | QFileDevice::ExeOwner;
        const auto userBits = [](const QString &path) {
            return QFileInfo(path).permissions()
                   & ~(QFileDevice::ReadUser | QFileDevice::WriteUser | QFileDevice::ExeUser);
        };

        const QString folder = m_dir.filePath(QStringLiteral("owner-folder"));
        ExtractOptions fo = options(list, folder);
        fo.maskPolicy = MaskPolicy::Balanced;
        TranscriptExtractJob toFolder(m_client.get(), fo);
        QVERIFY(runJob(toFolder));
        QVERIFY2(toFolder.state() == JobState::Succeeded, qPrintable(toFolder.errorText()));
        QCOMPARE(userBits(folder), ownerDir);
        QCOMPARE(userBits(QDir(folder).filePath(QStringLiteral(".extract-state.jsonl"))),
                 ownerFile);
        for (const QString &id : list) {
            const QString path = TranscriptExtractJob::artifactPath(folder, id);
            QCOMPARE(userBits(path), ownerFile);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject report
                    = QJsonDocument::fromJson(f.readAll()).object().value(u"maskReport").toObject();
            QCOMPARE(report.value(u"policy").toString(), QStringLiteral("balanced"));
        }
        QCOMPARE(toFolder.summaryJson().value(u"maskPolicy").toString(),
                 QStringLiteral("balanced"));

        const QString jsonl = m_dir.filePath(QStringLiteral("owner.jsonl"));
        TranscriptExtractJob toJsonl(m_client.get(), options(list, jsonl));
        QVERIFY(runJob(toJsonl));
        QVERIFY2(toJsonl.state() == JobState::Succeeded, qPrintable(toJsonl.errorText()));
        QCOMPARE(userBits(jsonl), ownerFile);
        for (const QByteArray &line : jsonlLines(jsonl)) {
            QCOMPARE(QJsonDocument::fromJson(line)
                             .object()
                             .value(u"maskReport")
                             .toObject()
                             .value(u"policy")
                             .toString(),
                     QStringLiteral("strict"));
        }
    }

    void stoppedThenResumedWritesAndPushesNothingTwice()
    {
        const QStringList list = ids(150);
        const QString out = m_dir.filePath(QStringLiteral("stopped.jsonl"));
        simSettings("{\"downloadHoldMs\":5}");
        {
            ExtractOptions o = options(list, out);
            o.concurrency = 2;
            TranscriptExtractJob job(m_client.get(), o);
            connect(&job, &TranscriptExtractJob::artifactDone, &job, [&job] {
                if (job.written() == 40)
                    job.cancel();
            });
            QVERIFY(runJob(job));
            QCOMPARE(job.state(), JobState::Cancelled);
            QVERIFY(job.written() >= 40 && job.written() < 150);
        }
        // As a kill would leave it: a torn last line.
        {
            QFile f(out);
            QVERIFY(f.open(QIODevice::Append));
            f.write("{\"interactionId\":\"int-");
        }
        ExtractOptions o = options(list, out);
        o.resume = true;
        TranscriptExtractJob job(m_client.get(), o);
        QVERIFY(runJob(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.errorText()));
        QVERIFY(job.skipped() >= 40);
        // Each is counted once: done before, written now, or written before and pushed now.
        QCOMPARE(job.skipped() + job.written() + job.writtenBefore(), 150);
        const QList<QByteArray> lines = jsonlLines(out);
        QCOMPARE(lines.size(), 150);
        QSet<QString> seen;
        for (const QByteArray &line : lines) {
            const QJsonObject obj = QJsonDocument::fromJson(line).object();
            QVERIFY2(obj.value(u"masked").toBool(), line.left(80).constData());
            seen.insert(obj.value(u"interactionId").toString());
        }
        QCOMPARE(seen.size(), 150);
        const QJsonObject sink = lakeState();
        QCOMPARE(sink.value(u"uniqueRequestIds").toInteger(), 150);
    }

    void expiredResultUrlsAreRefreshed()
    {
        FaultSettings slow;
        slow.latencyMs = 15;
        start(6, slow);
        simSettings("{\"urlTtlMs\":250}");
        const QStringList list = ids(40);
        ExtractOptions o = options(list, m_dir.filePath(QStringLiteral("expiring")));
        o.concurrency = 1;
        TranscriptExtractJob job(m_client.get(), o);
        QVERIFY(runJob(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.errorText()));
        QCOMPARE(job.written(), 40);
        QVERIFY(job.urlRefreshes() >= 1);
        quint64 expired = 0;
        m_sim.run([&](TenantSimulator &t) {
            expired = partOf<TranscriptsPart>(t.state()).expiredRefusals;
        });
        QVERIFY(expired >= 1);
        QCOMPARE(lakeState().value(u"uniqueRequestIds").toInteger(), 40);
    }

    void aFailedTenantJobIsReported()
    {
        QStringList list = ids(5);
        list += ids(1, true);
        const QString out = m_dir.filePath(QStringLiteral("failed"));
        TranscriptExtractJob job(m_client.get(), options(list, out));
        QVERIFY(runJob(job));
        // The archived one fails with the tenant's reason; the others go again and succeed.
        QCOMPARE(job.state(), JobState::CompletedWithFailures);
        QCOMPARE(job.failedItems(), 1);
        QVERIFY2(job.errorText().contains(u"1 of 6"), qPrintable(job.errorText()));
        QCOMPARE(job.failed(), 1);
        QCOMPARE(job.written(), 5);
        QCOMPARE(job.pushed(), 5);
        bool named = false;
        for (const ArtifactOutcome &a : job.outcomes())
            named = named || (a.interactionId == list.last() && a.error.contains(u"archived"));
        QVERIFY(named);
        QVERIFY(!QFile::exists(TranscriptExtractJob::artifactPath(out, list.last())));
        QCOMPARE(lakeState().value(u"uniqueRequestIds").toInteger(), 5);
    }

    void unknownIdsAreRefusedBeforeSubmit()
    {
        QStringList list = ids(3);
        list << QStringLiteral("int-not-on-this-tenant");
        TranscriptExtractJob job(m_client.get(),
                                 options(list, m_dir.filePath(QStringLiteral("unknown"))));
        QVERIFY(runJob(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.errorText().contains(u"int-not-on-this-tenant"), qPrintable(job.errorText()));
        quint64 submitted = 1;
        m_sim.run([&](TenantSimulator &t) {
            submitted = partOf<TranscriptsPart>(t.state()).jobsSubmitted;
        });
        QCOMPARE(submitted, quint64(0));
    }

    void anArtifactThatCannotBeMaskedIsNeitherWrittenNorPushed()
    {
        const QStringList list = ids(12);
        simSettings("{\"corruptIds\":[\"" + list.at(4).toLatin1() + "\"]}");
        const QString out = m_dir.filePath(QStringLiteral("corrupt"));
        TranscriptExtractJob job(m_client.get(), options(list, out));
        QVERIFY(runJob(job));
        QCOMPARE(job.state(), JobState::CompletedWithFailures);
        QCOMPARE(job.failed(), 1);
        QCOMPARE(job.pushed(), 11);
        QVERIFY(job.errorText().contains(u"--resume"));
        QVERIFY(!QFile::exists(TranscriptExtractJob::artifactPath(out, list.at(4))));
        QCOMPARE(lakeState().value(u"uniqueRequestIds").toInteger(), 11);
        bool reported = false;
        for (const ArtifactOutcome &a : job.outcomes()) {
            if (a.interactionId == list.at(4)) {
                reported = a.state == u"failed" && a.error.contains(u"masking failed");
            }
        }
        QVERIFY(reported);
        // Once the store is mended, a resume finishes the one that failed.
        simSettings("{\"corruptIds\":[]}");
        ExtractOptions o = options(list, out);
        o.resume = true;
        TranscriptExtractJob again(m_client.get(), o);
        QVERIFY(runJob(again));
        QVERIFY2(again.state() == JobState::Succeeded, qPrintable(again.errorText()));
        QCOMPARE(again.skipped(), 11);
        QCOMPARE(again.pushed(), 1);
        QCOMPARE(lakeState().value(u"uniqueRequestIds").toInteger(), 12);
    }

    void faultsLoseAndDuplicateNothing()
    {
        FaultSettings faults;
        faults.p429 = 0.1;
        faults.p5xx = 0.1;
        faults.retryAfterSeconds = 0;
        start(10, faults);
        // The lake stores two deliveries and then fails to answer: the retries are duplicates.
        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/webhooks/lake/faults"),
                                      "{\"failNext\":2,\"status\":502,\"afterStore\":true}"))
                        .ok());
        const QStringList list = ids(50);
        const QString out = m_dir.filePath(QStringLiteral("faults.jsonl"));
        TranscriptExtractJob job(m_client.get(), options(list, out));
        QVERIFY(runJob(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.errorText()));
        QCOMPARE(jsonlLines(out).size(), 50);
        const QJsonObject sink = lakeState();
        QCOMPARE(sink.value(u"uniqueRequestIds").toInteger(), 50);
        QVERIFY(sink.value(u"duplicates").toInteger() >= 2);
    }

    void extractsWhatASearchFinds()
    {
        // The last 3 days of chats.
        TranscriptSearch s;
        s.to = QDateTime::currentDateTimeUtc().addDays(1);
        s.from = s.to.addDays(-3);
        s.mediaTypes = {QStringLiteral("chat")};
        s.pageSize = 50;
        qsizetype expected = 0, archived = 0;
        m_sim.run([&](TenantSimulator &t) {
            for (const auto &i : partOf<TranscriptsPart>(t.state()).interactions) {
                if (i.media == 1 && i.startedAtMs >= s.from.toMSecsSinceEpoch()
                    && i.startedAtMs < s.to.toMSecsSinceEpoch()) {
                    ++expected;
                    archived += i.archived ? 1 : 0;
                }
            }
        });
        QVERIFY(expected > 50);
        ExtractOptions o;
        o.search = s;
        o.output = m_dir.filePath(QStringLiteral("search.jsonl"));
        o.policy = QStringLiteral("auto");
        TranscriptExtractJob job(m_client.get(), o);
        QVERIFY(runJob(job));
        // An archived recording in the period fails alone; the rest are extracted.
        QCOMPARE(job.total(), expected);
        QCOMPARE(job.failed(), archived);
        QCOMPARE(jsonlLines(o.output).size(), expected - archived);
        QCOMPARE(job.state(), archived > 0 ? JobState::CompletedWithFailures : JobState::Succeeded);
        QCOMPARE(job.failedItems(), archived);
    }

    quint64 jobsSubmitted()
    {
        quint64 n = 0;
        m_sim.run(
                [&](TenantSimulator &t) { n = partOf<TranscriptsPart>(t.state()).jobsSubmitted; });
        return n;
    }

    void failSubmissions(int count, const char *kind)
    {
        QVERIFY(m_sim.applyFaultJson(
                {{QStringLiteral("route"), QStringLiteral("POST /api/v2/interactions/transcripts")},
                 {QStringLiteral("fail-next"), count},
                 {QStringLiteral("fail-kind"), QLatin1String(kind)}}));
    }

    // Every answer to the submission is lost after the tenant queued the job: the run fails
    // saying the job may exist, and a resume finds that job by the idempotency key kept in the
    // state file instead of queueing a second one.
    void aLostSubmissionAnswerIsFoundAgainByItsKey()
    {
        const QStringList list = ids(20);
        const QString out = m_dir.filePath(QStringLiteral("lost-answer.jsonl"));
        failSubmissions(6, "malformed");
        TranscriptExtractJob job(m_client.get(), options(list, out));
        QVERIFY(runJob(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY(!job.refused());
        QVERIFY2(job.errorText().contains(u"failed 6 times (malformed answer, malformed answer, "
                                          u"malformed answer, malformed answer, malformed answer, "
                                          u"malformed answer)")
                         && job.errorText().contains(u"may have queued")
                         && job.errorText().contains(u"--resume"),
                 qPrintable(job.errorText()));
        QCOMPARE(jobsSubmitted(), quint64(1)); // the first attempt queued it; the others found it
        ExtractOptions o = options(list, out);
        o.resume = true;
        TranscriptExtractJob again(m_client.get(), o);
        QSignalSpy said(&again, &Job::message);
        QVERIFY(runJob(again));
        QVERIFY2(again.state() == JobState::Succeeded, qPrintable(again.errorText()));
        QCOMPARE(again.written(), 20);
        QCOMPARE(jobsSubmitted(), quint64(1));
        bool told = false;
        for (const QList<QVariant> &m : std::as_const(said))
            told = told || m.at(0).toString().contains(u"found by its idempotency key");
        QVERIFY(told);
        QCOMPARE(lakeState().value(u"uniqueRequestIds").toInteger(), 20);
    }

    // The lake is down: what is on disk is counted as written, not as failed, each artifact
    // says why it is not pushed (in the outcome and in the state file), and a resume pushes
    // them from the output.
    void aLakeThatIsDownLeavesWrittenButUnpushed()
    {
        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/webhooks/lake/faults"),
                                      "{\"failNext\":1000,\"status\":503}"))
                        .ok());
        const QStringList list = ids(3);
        const QString out = m_dir.filePath(QStringLiteral("lake-down"));
        TranscriptExtractJob job(m_client.get(), options(list, out));
        QVERIFY(runJob(job));
        QCOMPARE(job.state(), JobState::Failed);
        QCOMPARE(job.written(), 3);
        QCOMPARE(job.pushed(), 0);
        QCOMPARE(job.notPushed(), 3);
        QCOMPARE(job.failed(), 0);
        QVERIFY2(job.errorText().contains(u"3 of 3 are written but not pushed"),
                 qPrintable(job.errorText()));
        QCOMPARE(job.summaryText(),
                 QStringLiteral("3 transcripts: 3 written, 0 pushed, 3 written but not pushed, 0 "
                                "done before, 0 failed"));
        const QJsonArray failures = job.failuresJson();
        QCOMPARE(failures.size(), 3);
        for (const QJsonValue &f : failures) {
            QCOMPARE(f.toObject().value(u"state").toString(), QStringLiteral("unpushed"));
            QCOMPARE(f.toObject().value(u"stage").toString(), QStringLiteral("push"));
            QVERIFY(f.toObject().value(u"reason").toString().contains(u"503"));
            QVERIFY(list.contains(f.toObject().value(u"interactionId").toString()));
        }
        const QStringList groups = job.failureGroupsText();
        QCOMPARE(groups.size(), 1);
        QVERIFY2(groups.first().startsWith(u"not pushed: 3 (") && groups.first().contains(u"503"),
                 qPrintable(groups.first()));
        QFile state(job.statePath());
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(state.readAll().count("\"stage\":\"push\""), 3);
        for (const QString &id : list)
            QVERIFY(QFile::exists(TranscriptExtractJob::artifactPath(out, id)));

        QVERIFY(call(Request::putJson(QStringLiteral("/_sim/webhooks/lake/faults"),
                                      "{\"failNext\":0}"))
                        .ok());
        ExtractOptions o = options(list, out);
        o.resume = true;
        TranscriptExtractJob again(m_client.get(), o);
        QVERIFY(runJob(again));
        QVERIFY2(again.state() == JobState::Succeeded, qPrintable(again.errorText()));
        QCOMPARE(again.written(), 0);
        QCOMPARE(again.writtenBefore(), 3);
        QCOMPARE(again.pushed(), 3);
        QCOMPARE(lakeState().value(u"uniqueRequestIds").toInteger(), 3);
        QCOMPARE(jobsSubmitted(), quint64(1)); // nothing to download again
    }

    // A resume given another lake pushes there what the earlier run pushed elsewhere.
    void aResumeWithAnotherLakePushesThere()
    {
        const QStringList list = ids(4);
        const QString out = m_dir.filePath(QStringLiteral("two-lakes.jsonl"));
        TranscriptExtractJob first(m_client.get(), options(list, out));
        QVERIFY(runJob(first));
        QVERIFY2(first.state() == JobState::Succeeded, qPrintable(first.errorText()));
        ExtractOptions o = options(list, out);
        o.resume = true;
        o.lakeUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/lake-b")));
        TranscriptExtractJob second(m_client.get(), o);
        QVERIFY(runJob(second));
        QVERIFY2(second.state() == JobState::Succeeded, qPrintable(second.errorText()));
        QCOMPARE(second.writtenBefore(), 4);
        QCOMPARE(second.pushed(), 4);
        QCOMPARE(call(Request::get(QStringLiteral("/_sim/webhooks/lake-b")))
                         .json.object()
                         .value(u"uniqueRequestIds")
                         .toInteger(),
                 4);
        QCOMPARE(lakeState().value(u"received").toInteger(), 4); // the first lake: nothing more
        // And the same lake again has nothing left to do.
        TranscriptExtractJob third(m_client.get(), o);
        QVERIFY(runJob(third));
        QCOMPARE(third.skipped(), 4);
        QCOMPARE(third.pushed(), 0);
    }

    void badOptionsAreRefusedWithReasons_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("concurrency");
        QTest::addColumn<QString>("lake");
        QTest::addColumn<QString>("expected");
        QTest::newRow("policy") << QStringLiteral("most") << 4 << QString()
                                << QStringLiteral("redaction policy");
        QTest::newRow("concurrency")
                << QStringLiteral("auto") << 11 << QString() << QStringLiteral("1 to 10");
        QTest::newRow("plain http lake")
                << QStringLiteral("auto") << 4 << QStringLiteral("http://lake.example.com/in")
                << QStringLiteral("https");
    }

    void badOptionsAreRefusedWithReasons()
    {
        QFETCH(QString, policy);
        QFETCH(int, concurrency);
        QFETCH(QString, lake);
        QFETCH(QString, expected);
        ExtractOptions o = options(ids(2), m_dir.filePath(QStringLiteral("bad")));
        o.policy = policy;
        o.concurrency = concurrency;
        if (!lake.isEmpty())
            o.lakeUrl = QUrl(lake);
        TranscriptExtractJob job(m_client.get(), o);
        QVERIFY(runJob(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY(job.refused());
        QVERIFY2(job.errorText().contains(expected), qPrintable(job.errorText()));
    }
};

QTEST_GUILESS_MAIN(TestExtractJob)
#include "test_extract_job.moc"
