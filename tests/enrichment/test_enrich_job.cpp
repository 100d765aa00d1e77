// The enrichment jobs against the simulator: apply then undo returns every attribute exactly;
// a paced run of 5 000 contacts meets no 429; a run killed mid-way resumes without sending a
// batch twice; faults lose and duplicate nothing; the tenant never receives a null-like value or
// a type error; the CRM webhook is registered once and reused.
#include "tests/enrichment/enrichtesthelpers.h"

#include "models/engine/csv/csvreader.h"
#include "models/engine/jobs/jobtracker.h"
#include "models/enrichment/enrichjobs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QStandardPaths>
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

class TestEnrichJob final : public QObject
{
    Q_OBJECT

    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;
    ListSchema m_schema;
    CampaignInfo m_campaign;

    void start(Scale scale, int maxAttempts = 6)
    {
        m_client.reset();
        m_sim.stop();
        SimConfig config;
        config.scale = scale;
        config.seed = 7;
        QVERIFY(simfixture::startSim(m_sim, config));
        simfixture::ClientOptions o;
        o.maxAttempts = maxAttempts;
        o.baseDelay = std::chrono::milliseconds(5);
        o.maxDelay = std::chrono::milliseconds(100);
        m_client = simfixture::makeClient(m_sim, o);
        m_schema = {};
        QString error;
        QVERIFY(EnrichmentApi::parseSchema(
                await(EnrichmentApi(m_client.get()).schema(QStringLiteral("list_us_main")))
                        .json.object(),
                &m_schema, &error));
        QVERIFY(EnrichmentApi::parseCampaign(
                await(EnrichmentApi(m_client.get())
                              .campaign(QStringLiteral("camp_us_retention_q4")))
                        .json.object(),
                &m_campaign, &error));
    }

    Result await(CallHandle *h)
    {
        Result result;
        bool done = false;
        connect(h, &CallHandle::finished, this, [&](const Result &r) {
            result = r;
            done = true;
        });
        if (!QTest::qWaitFor([&] { return done; }, 30000))
            result.errorText = QStringLiteral("test gave up waiting");
        return result;
    }

    std::shared_ptr<EnrichPlan> plan(const QByteArray &csv, const QString &name)
    {
        auto table = std::make_shared<CsvTable>();
        if (!readCsvTable(enrichtest::writeFile(m_dir, name, csv), {}, table.get()))
            qWarning("%s", qPrintable(table->info.fatal));
        return EnrichPlan::build(table, m_schema,
                                 EnrichMapping::suggested(table->info.header, m_schema), {});
    }

    EnrichApplyOptions options(const QString &journal, double rate = 0)
    {
        EnrichApplyOptions o;
        o.campaign = m_campaign;
        o.journalPath = m_dir.filePath(journal);
        o.ratePerSecond = rate;
        return o;
    }

    QStringList ids(const EnrichPlan &p)
    {
        QStringList out;
        for (const qint32 r : p.sendRows())
            out << p.contactId(r);
        return out;
    }

    // Every sent row's values are what the tenant holds now.
    bool tenantHoldsPlan(const EnrichPlan &p)
    {
        const auto now = enrichtest::attributesOf(m_sim, QStringLiteral("list_us_main"), ids(p));
        for (const qint32 r : p.sendRows()) {
            if (!now.contains(p.contactId(r)))
                continue; // not on the list: nothing to hold
            const QJsonObject want = p.attributes(r);
            const QJsonObject have = now.value(p.contactId(r));
            for (auto it = want.begin(); it != want.end(); ++it) {
                if (have.value(it.key()) != it.value()) {
                    qWarning("%s.%s: %s != %s", qPrintable(p.contactId(r)), qPrintable(it.key()),
                             qPrintable(have.value(it.key()).toVariant().toString()),
                             qPrintable(it.value().toVariant().toString()));
                    return false;
                }
            }
        }
        return true;
    }

    quint64 processedBatches()
    {
        return enrichtest::countersOf(m_sim, QStringLiteral("list_us_main")).enrichRequests;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }
    void cleanupTestCase()
    {
        m_client.reset();
        m_sim.stop();
    }

    void applyThenUndoIsExact()
    {
        start(Scale::Small);
        auto p = plan(enrichtest::usExport(1000), QStringLiteral("undo.csv"));
        QCOMPARE(p->contacts(), 1000);
        const auto before
                = enrichtest::attributesOf(m_sim, QStringLiteral("list_us_main"), ids(*p));
        EnrichApplyJob apply(m_client.get(), p, options(QStringLiteral("undo.jsonl")));
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QCOMPARE(apply.applied(), 1000);
        QCOMPARE(apply.batchCount(), 4); // 300 + 300 + 300 + 100
        // Each batch's way back was made durable before it was sent, in at most one sync each.
        QVERIFY(apply.journalSyncs() >= 1);
        QVERIFY(apply.journalSyncs() <= apply.batchCount());
        QVERIFY(apply.refreshed());
        QVERIFY(tenantHoldsPlan(*p));
        QVERIFY(before != enrichtest::attributesOf(m_sim, QStringLiteral("list_us_main"), ids(*p)));

        EnrichUndoJob undo(m_client.get(), apply.journalPath());
        QVERIFY(runJob(undo));
        QVERIFY2(undo.state() == JobState::Succeeded, qPrintable(undo.errorText()));
        QCOMPARE(enrichtest::attributesOf(m_sim, QStringLiteral("list_us_main"), ids(*p)), before);
        QVERIFY(undo.restoredContacts() > 0);
        QCOMPARE(undo.target(), QStringLiteral("list_us_main")); // learnt from the journal
        // Every contact is reported put back (for the page's per-row outcome).
        for (const QString &id : ids(*p)) {
            QVERIFY2(undo.wasPutBack(id), qPrintable(id));
            QVERIFY(!undo.hasValuesChangedSince(id));
            QVERIFY(undo.failureFor(id).isEmpty());
        }
        // Twice changes nothing.
        EnrichUndoJob again(m_client.get(), apply.journalPath());
        QVERIFY(runJob(again));
        QCOMPARE(again.state(), JobState::Succeeded);
        QCOMPARE(again.restoredAttributes(), 0);
        QCOMPARE(enrichtest::attributesOf(m_sim, QStringLiteral("list_us_main"), ids(*p)), before);
    }

    void undoLeavesWhatChangedSince()
    {
        start(Scale::Small);
        auto p = plan(enrichtest::usExport(10), QStringLiteral("since.csv"));
        EnrichApplyJob apply(m_client.get(), p, options(QStringLiteral("since.jsonl")));
        QVERIFY(runJob(apply));
        // Someone sets one contact's priority after the run.
        const QString id = enrichtest::contactId("us_main", 3);
        QVERIFY(await(EnrichmentApi(m_client.get())
                              .postBatch(
                                      QStringLiteral("list_us_main"),
                                      {QJsonObject{{QStringLiteral("contactId"), id},
                                                   {QStringLiteral("attributes"),
                                                    QJsonObject{{QStringLiteral("priority_score"),
                                                                 77}}}}}))
                        .ok());
        EnrichUndoJob undo(m_client.get(), apply.journalPath());
        QVERIFY(runJob(undo));
        QCOMPARE(undo.changedSince(), 1);
        QVERIFY(undo.wasPutBack(id)); // its other values went back
        QVERIFY(undo.hasValuesChangedSince(id));
        QVERIFY(!undo.hasValuesChangedSince(enrichtest::contactId("us_main", 4)));
        // The run's rows: every one updated now reads undone, the changed one with a note.
        std::vector<RowOutcome> outcomes = apply.outcomes();
        QHash<qint32, QString> reasons = apply.reasons();
        undo.markUndone(*p, &outcomes, &reasons);
        for (const qint32 r : p->sendRows()) {
            QCOMPARE(outcomes[size_t(r)], RowOutcome::Undone);
            QCOMPARE(reasons.value(r).contains(u"changed since"), p->contactId(r) == id);
        }
        QCOMPARE(enrichtest::attributesOf(m_sim, QStringLiteral("list_us_main"), {id})
                         .value(id)
                         .value(u"priority_score")
                         .toInt(),
                 77);
    }

    void pacedRunSeesNo429()
    {
        start(Scale::Demo);
        auto p = plan(enrichtest::usExport(5000), QStringLiteral("paced.csv"));
        EnrichApplyJob apply(m_client.get(), p, options(QStringLiteral("paced.jsonl"), 500));
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QCOMPARE(apply.applied(), 5000);
        QCOMPARE(apply.rateLimited(), 0);
        quint64 limited = 1;
        m_sim.run([&](TenantSimulator &t) {
            limited = partOf<EnrichmentPart>(t.state()).rateLimited;
        });
        QCOMPARE(limited, quint64(0));
    }

    void killedRunResumesWithoutSendingABatchTwice()
    {
        start(Scale::Small);
        m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 60}});
        auto p = plan(enrichtest::usExport(1800), QStringLiteral("kill.csv"));
        const EnrichApplyOptions o = options(QStringLiteral("kill.jsonl"));
        {
            auto *job = new EnrichApplyJob(m_client.get(), p, o);
            QSignalSpy batches(job, &EnrichApplyJob::batchDone);
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(batches.size() >= 2, kWait);
            delete job; // the process dies: no closing line, batches on the wire uncertain
        }
        QTest::qWait(300); // whatever reached the tenant is processed
        const quint64 before = processedBatches();
        QVERIFY(before >= 2 && before < 6);
        m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 0}});
        EnrichApplyOptions resume = o;
        resume.resume = true;
        EnrichApplyJob job(m_client.get(), p, resume);
        QVERIFY(runJob(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.errorText()));
        QCOMPARE(processedBatches(), quint64(6)); // 6 batches of 300, each processed once
        QCOMPARE(enrichtest::countersOf(m_sim, QStringLiteral("list_us_main")).enrichRepeats,
                 quint64(0)); // nor sent again under its request id
        QVERIFY(tenantHoldsPlan(*p));
        // The first resume tells the truth: every row applied, none "not sent".
        QCOMPARE(job.applied(), 1800);
        QCOMPARE(job.notSent() + job.unknown(), 0);
        for (const qint32 r : p->sendRows())
            QCOMPARE(job.outcomes()[size_t(r)], RowOutcome::Updated);
        // A finished run resumed again sends nothing and succeeds, saying so.
        EnrichApplyJob third(m_client.get(), p, resume);
        QSignalSpy said(&third, &Job::message);
        QVERIFY(runJob(third));
        QCOMPARE(third.state(), JobState::Succeeded);
        QVERIFY(third.finishedBefore());
        QCOMPARE(processedBatches(), quint64(6));
        bool told = false;
        for (const QList<QVariant> &m : std::as_const(said))
            told = told || m.at(0).toString().contains(u"already finished");
        QVERIFY(told);
        // Another file cannot resume this journal: refused before anything is sent.
        EnrichApplyJob other(m_client.get(),
                             plan(enrichtest::usExport(10), QStringLiteral("o.csv")), resume);
        QVERIFY(runJob(other));
        QVERIFY(other.errorText().contains(u"records another import"));
        QVERIFY(other.refused());
    }

    void faultsLoseAndDuplicateNothing()
    {
        start(Scale::Small, 10);
        m_sim.applyFaultJson({{QStringLiteral("fault-429"), 0.1},
                              {QStringLiteral("fault-5xx"), 0.1},
                              {QStringLiteral("fault-drop"), 0.05},
                              {QStringLiteral("retry-after"), 0}});
        auto p = plan(enrichtest::usExport(1500, 100), QStringLiteral("faults.csv"));
        EnrichApplyJob apply(m_client.get(), p, options(QStringLiteral("faults.jsonl")));
        QSignalSpy batches(&apply, &EnrichApplyJob::batchDone);
        connect(&apply, &EnrichApplyJob::batchDone, this, [this](int batch) {
            if (batch == 1)
                m_sim.run([](TenantSimulator &t) { t.state().expireAllTokens(); });
        });
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QCOMPARE(apply.applied(), 1500);
        QCOMPARE(apply.unknown() + apply.notSent() + apply.rejected(), 0);
        m_sim.applyFaultJson({{QStringLiteral("reset"), true}});
        QVERIFY(tenantHoldsPlan(*p));
    }

    void theTenantNeverSeesANullOrATypeError()
    {
        start(Scale::Demo);
        auto table = std::make_shared<CsvTable>();
        QVERIFY(readCsvTable(
                QStringLiteral(CXONE_SOURCE_DIR "/resources/demo/crm-us-retention.csv"), {},
                table.get()));
        auto p = EnrichPlan::build(table, m_schema,
                                   EnrichMapping::suggested(table->info.header, m_schema), {});
        QVERIFY(p->count(RowState::RowError) > 0); // the file is messy on purpose
        QVERIFY(p->fields().size() >= 9);
        EnrichApplyJob apply(m_client.get(), p, options(QStringLiteral("messy.jsonl")));
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QCOMPARE(apply.notFound(), 3); // the export names three contacts the list does not have
        QCOMPARE(apply.rejected(), 0);
        const auto c = enrichtest::countersOf(m_sim, QStringLiteral("list_us_main"));
        QCOMPARE(c.nullLikeValues, 0);
        QCOMPARE(c.typeErrors, 0);
        QCOMPARE(c.unknownAttributes, 0);
        // One results line per input row.
        const QString results = m_dir.filePath(QStringLiteral("results.csv"));
        QString error;
        QVERIFY(writeEnrichResults(results, *p, &apply.outcomes(), &apply.reasons(), &error));
        CsvTable out;
        QVERIFY(readCsvTable(results, {}, &out));
        QCOMPARE(out.rowCount(), p->rowCount());
        QCOMPARE(out.info.header,
                 (QStringList{QStringLiteral("line"), QStringLiteral("contactId"),
                              QStringLiteral("outcome"), QStringLiteral("reason")}));
    }

    void webhookIsRegisteredOnceAndReused()
    {
        start(Scale::Small);
        auto p = plan(enrichtest::usExport(5), QStringLiteral("hook.csv"));
        const QUrl sink = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/crm")));
        for (int run = 0; run < 2; ++run) {
            EnrichApplyOptions o = options(QStringLiteral("hook%1.jsonl").arg(run));
            o.webhookUrl = sink;
            EnrichApplyJob apply(m_client.get(), p, o);
            QVERIFY(runJob(apply));
            QCOMPARE(apply.state(), JobState::Succeeded);
            QVERIFY(!apply.webhookId().isEmpty());
        }
        const Result list = await(EnrichmentApi(m_client.get()).webhooks());
        QCOMPARE(list.json.object().value(u"items").toArray().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    quint64 n = 0;
                    m_sim.run([&](TenantSimulator &t) {
                        n = t.state().deliveriesReceived(QStringLiteral("crm"));
                    });
                    return n == 2;
                }(),
                10000);
        // A plain-http address elsewhere is refused before anything is sent.
        EnrichApplyOptions bad = options(QStringLiteral("hookbad.jsonl"));
        bad.webhookUrl = QUrl(QStringLiteral("http://crm.example.com/hook"));
        EnrichApplyJob refused(m_client.get(), p, bad);
        QVERIFY(runJob(refused));
        QCOMPARE(refused.state(), JobState::Failed);
        QVERIFY(!QFile::exists(bad.journalPath));
    }

    void aFailedWebhookRegistrationIsTriedAgain()
    {
        // The registration's first two answers are 503s: it is tried again (the tenant's
        // webhooks listed first each time, so never registered twice) and the CRM hears of
        // every contact.
        start(Scale::Small);
        m_sim.applyFaultJson({{QStringLiteral("route"), QStringLiteral("POST /api/v2/webhooks")},
                              {QStringLiteral("fail-next"), 2},
                              {QStringLiteral("fail-kind"), QStringLiteral("503")}});
        auto p = plan(enrichtest::usExport(20), QStringLiteral("hookretry.csv"));
        EnrichApplyOptions o = options(QStringLiteral("hookretry.jsonl"));
        o.webhookUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/crm-retry")));
        EnrichApplyJob apply(m_client.get(), p, o);
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QVERIFY(!apply.webhookId().isEmpty());
        const Result list = await(EnrichmentApi(m_client.get()).webhooks());
        QCOMPARE(list.json.object().value(u"items").toArray().size(), 1);
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    quint64 n = 0;
                    m_sim.run([&](TenantSimulator &t) {
                        n = t.state().deliveriesReceived(QStringLiteral("crm-retry"));
                    });
                    return n >= 1;
                }(),
                10000);
    }

    void aResumeSetsUpTheWebhook()
    {
        // A run killed before its webhook was registered: the resume registers it (before, a
        // resume skipped the set-up, and the CRM heard of nothing).
        start(Scale::Small);
        m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 400}});
        auto p = plan(enrichtest::usExport(600), QStringLiteral("hookresume.csv"));
        EnrichApplyOptions o = options(QStringLiteral("hookresume.jsonl"));
        {
            auto *job = new EnrichApplyJob(m_client.get(), p, o); // no webhook asked for
            job->start();
            QTRY_VERIFY_WITH_TIMEOUT(processedBatches() >= 1, kWait);
            delete job;
        }
        m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 0}});
        QTest::qWait(500);
        EnrichApplyOptions resume = o;
        resume.resume = true;
        resume.webhookUrl
                = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/crm-resume")));
        EnrichApplyJob job(m_client.get(), p, resume);
        QVERIFY(runJob(job));
        QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.errorText()));
        QVERIFY(!job.webhookId().isEmpty());
        QVERIFY(tenantHoldsPlan(*p));
    }

    void aBatchWithContactsNotOnTheListIsConfirmedOnResume()
    {
        // A batch holding ids the list does not have: read back after a kill, those count as
        // answered "not on the list", so the batch is done and not sent again on every resume.
        start(Scale::Small);
        m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 400}});
        QByteArray csv = enrichtest::usExport(0);
        for (int i = 0; i < 5; ++i)
            csv += "ct-elsewhere-000000" + QByteArray::number(i)
                   + ",active,5,2024-01-15,\"1.00\",no\r\n";
        csv += enrichtest::usExport(600).mid(enrichtest::usExport(0).size());
        auto p = plan(csv, QStringLiteral("strangers.csv"));
        QCOMPARE(p->contacts(), 605);
        const EnrichApplyOptions o = options(QStringLiteral("strangers.jsonl"));
        {
            auto *job = new EnrichApplyJob(m_client.get(), p, o);
            job->start();
            // Killed while its first batch is on the wire (its answer comes 400 ms later).
            QTRY_VERIFY_WITH_TIMEOUT(processedBatches() >= 1, kWait);
            delete job;
        }
        m_sim.applyFaultJson({{QStringLiteral("latency-ms"), 0}});
        QTest::qWait(500); // whatever reached the tenant is processed
        EnrichApplyOptions resume = o;
        resume.resume = true;
        for (int run = 0; run < 2; ++run) {
            EnrichApplyJob job(m_client.get(), p, resume);
            QVERIFY(runJob(job));
            if (run == 1) { // a finished run is not resumed, and sends nothing
                QCOMPARE(job.state(), JobState::Failed);
                break;
            }
            QVERIFY2(job.state() == JobState::Succeeded, qPrintable(job.errorText()));
            QVERIFY(job.batchesVerified() >= 1); // the first batch, strangers and all
            QCOMPARE(job.applied(), 600);
            QCOMPARE(job.notFound(), 5);
            QCOMPARE(job.notSent() + job.unknown(), 0);
        }
        // Each batch processed once, none sent again under its request id.
        QCOMPARE(processedBatches(), quint64(3));
        QCOMPARE(enrichtest::countersOf(m_sim, QStringLiteral("list_us_main")).enrichRepeats,
                 quint64(0));
        QVERIFY(tenantHoldsPlan(*p));
    }

    void aLostAnswerIsReadBackAndTheCrmHearsOnce()
    {
        // Half the batches' answers are lost (the tenant did the work; the answer came back
        // broken). Each is read back rather than sent again, and a batch that has to go again
        // carries its first request id, which the tenant answers without doing it twice: the
        // CRM webhook fires once per contact.
        start(Scale::Small);
        m_sim.applyFaultJson({{QStringLiteral("route"),
                               QStringLiteral("POST /api/v2/contacts/lists/{listId}/contacts")},
                              {QStringLiteral("fault-malformed"), 0.5}});
        auto p = plan(enrichtest::usExport(1500), QStringLiteral("lost.csv"));
        EnrichApplyOptions o = options(QStringLiteral("lost.jsonl"));
        o.webhookUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/crm-lost")));
        EnrichApplyJob apply(m_client.get(), p, o);
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QCOMPARE(apply.applied(), 1500);
        QVERIFY(apply.batchesVerified() > 0); // some answers were lost, and read back
        QCOMPARE(enrichtest::countersOf(m_sim, QStringLiteral("list_us_main")).enrichRequests,
                 quint64(apply.batchCount()));
        QHash<QString, int> heard;
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    heard.clear();
                    m_sim.run([&](TenantSimulator &t) {
                        if (const auto *d = t.state().deliveries(QStringLiteral("crm-lost"))) {
                            for (const WebhookDelivery &w : *d) {
                                const QJsonArray ids = QJsonDocument::fromJson(w.body)
                                                               .object()
                                                               .value(u"contactIds")
                                                               .toArray();
                                for (const QJsonValue id : ids)
                                    ++heard[id.toString()];
                            }
                        }
                    });
                    return heard.size() == 1500;
                }(),
                20000);
        for (auto it = heard.cbegin(); it != heard.cend(); ++it)
            QVERIFY2(it.value() == 1, qPrintable(it.key()));
        m_sim.applyFaultJson({{QStringLiteral("reset"), true}});
        QVERIFY(tenantHoldsPlan(*p));
    }

    void theCountsAgreeInEveryPlaceThatReportsThem()
    {
        // Applied, not on the list and skipped rows in one run: the job's summary, the tracker's
        // words (the activity pane's and the command line's) and the audit entry say the same.
        start(Scale::Small);
        QByteArray csv = enrichtest::usExport(7);
        csv += "ct-elsewhere-0000001,active,5,2024-01-15,\"1.00\",no\r\n"; // not on the list
        csv += ",active,5,2024-01-15,\"1.00\",no\r\n";                     // no contact id
        csv += enrichtest::usExport(1).split('\n').value(1) + '\n';        // a duplicate
        auto p = plan(csv, QStringLiteral("counts.csv"));
        QCOMPARE(p->contacts(), 8);
        EnrichApplyJob apply(m_client.get(), p, options(QStringLiteral("counts.jsonl")));
        JobTracker tracker(&apply);
        QList<AuditEntry> audited;
        connect(&apply, &Job::audited, this, [&audited](const AuditEntry &e) { audited << e; });
        QVERIFY(runJob(apply));
        QCOMPARE(apply.state(), JobState::Succeeded);
        const EnrichSummary &s = apply.summary();
        QCOMPARE(s.applied, 7);
        QCOMPARE(s.notFound, 1);
        QCOMPARE(s.skippedRows, 2);
        QCOMPARE(s.processed(), 8);
        QCOMPARE(s.attributes, 7 * 5);
        QCOMPARE(s.breakdown(), QStringLiteral("7 applied, 1 not on the list"));
        QVERIFY2(s.sentence().startsWith(
                         QStringLiteral("8 of 8 contacts processed: 7 applied, 1 not on the list")),
                 qPrintable(s.sentence()));
        // The tracker's words are the summary's.
        QVERIFY2(s.sentence().startsWith(tracker.progressText()),
                 qPrintable(tracker.progressText()));
        // The audit entry's numbers are the summary's.
        QJsonObject completed;
        for (const AuditEntry &e : std::as_const(audited)) {
            if (e.action == u"ENRICH_COMPLETED")
                completed = e.details;
        }
        QCOMPARE(completed.value(u"applied").toInt(), 7);
        QCOMPARE(completed.value(u"notFound").toInt(), 1);
        QCOMPARE(completed.value(u"skippedRows").toInt(), 2);
        QCOMPARE(completed.value(u"processed").toInt(), 8);
        QCOMPARE(completed.value(u"attributes").toInt(), 35);
        QCOMPARE(completed.value(u"summary").toString(), s.sentence());
        // The undo counts the same way: every contact of the run, each put back or not on the
        // list, and the attributes it put back.
        EnrichUndoJob undo(m_client.get(), apply.journalPath());
        JobTracker undoTracker(&undo);
        QVERIFY(runJob(undo));
        QCOMPARE(undo.state(), JobState::Succeeded);
        QCOMPARE(undo.summary().applied, 7);
        QCOMPARE(undo.summary().notFound, 1);
        QCOMPARE(undo.summary().processed(), 8);
        QVERIFY2(undo.summary().sentence().startsWith(undoTracker.progressText()),
                 qPrintable(undoTracker.progressText()));
        QVERIFY2(undoTracker.progressText().startsWith(QStringLiteral(
                         "8 of 8 contacts processed: 7 put back, 1 not on the list")),
                 qPrintable(undoTracker.progressText()));
    }

    void batchOverTheBudgetIsSplitNotRefused()
    {
        start(Scale::Small);
        // The tenant's budget for list_gb_renewals is 150 (1500 ms).
        QString error;
        CampaignInfo gb;
        QVERIFY(EnrichmentApi::parseCampaign(
                await(EnrichmentApi(m_client.get())
                              .campaign(QStringLiteral("camp_gb_renewals_nov")))
                        .json.object(),
                &gb, &error));
        QByteArray csv("contact_id,priority_score\n");
        for (int i = 0; i < 400; ++i)
            csv += enrichtest::contactId("gb_renewals", i).toUtf8() + ",5\n";
        auto table = std::make_shared<CsvTable>();
        QVERIFY(readCsvTable(enrichtest::writeFile(m_dir, QStringLiteral("gb.csv"), csv), {},
                             table.get()));
        auto p = EnrichPlan::build(table, m_schema,
                                   EnrichMapping::suggested(table->info.header, m_schema), {});
        EnrichApplyOptions o;
        o.campaign = gb;
        o.journalPath = m_dir.filePath(QStringLiteral("gb.jsonl"));
        o.ratePerSecond = 0;
        EnrichApplyJob apply(m_client.get(), p, o);
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QCOMPARE(apply.batchSize(), 150);
        QCOMPARE(apply.batchCount(), 3);
        QCOMPARE(apply.applied(), 400);
    }
};

QTEST_GUILESS_MAIN(TestEnrichJob)
#include "test_enrich_job.moc"
