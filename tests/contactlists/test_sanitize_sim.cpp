// The sanitization pipeline against the simulator: paged load, parsing on threads, preview,
// journaled apply (chunks, only changed numbers, overrides), the 5xx stop, cancel mid-apply,
// restore, 429 and token expiry on the way, and the aggregator callback.
#include "tests/simulator/simtesthelpers.h"

#include "app/simulator/modules/contactlistsdata.h"
#include "app/simulator/modules/contactlistsmodule.h"
#include "models/contactlists/sanitizejobs.h"
#include "tests/support/scriptedtenant.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace cxone;
using namespace cxone::sim;

namespace {

constexpr int kWait = 60000;

bool runJob(Job &job)
{
    QSignalSpy done(&job, &Job::finished);
    job.start();
    return job.isFinished() || done.wait(kWait);
}

struct ListState
{
    qint64 deleted = 0;
    qint64 patched = 0;
    QHash<qint64, QByteArray> phones;
    QSet<qint64> deletedSet;
};

} // namespace

class TestSanitizeSim final : public QObject
{
    Q_OBJECT

    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;
    QTemporaryDir m_dir;

    ListState listState(const QString &id)
    {
        ListState s;
        m_sim.run([&](TenantSimulator &t) {
            auto *part = t.state().partAs<ContactListsPart>(QStringLiteral("contactlists"));
            const ContactListsPart::List *l = part->find(id);
            s.deleted = l->deleted.size();
            s.patched = l->phones.size();
            s.phones = l->phones;
            s.deletedSet = l->deleted;
        });
        return s;
    }

    QList<CallRecord> calls(const QByteArray &method)
    {
        QList<CallRecord> out;
        m_sim.run([&](TenantSimulator &t) {
            for (const CallRecord &c : t.state().recentCalls(TenantState::callLogCapacity)) {
                if (c.method == method)
                    out.append(c);
            }
        });
        return out;
    }

    std::shared_ptr<ContactSnapshot> load(const QString &listId, int pageSize = 1000)
    {
        LoadContactsJob job(m_client.get(), listId, listId);
        job.setPageSize(pageSize);
        if (!runJob(job) || job.state() != JobState::Succeeded) {
            qWarning("load failed: %s", qPrintable(job.errorText()));
            return {};
        }
        return job.snapshot();
    }

    std::shared_ptr<SanitizePreview> preview(std::shared_ptr<ContactSnapshot> s,
                                             const QString &regions, const QString &block,
                                             int threads = 2)
    {
        SanitizeDirective d;
        d.defaultRegion = QStringLiteral("GB");
        d.setRegions(regions, nullptr);
        d.setBlocked(block, nullptr);
        SanitizePreviewJob job(m_client.get(), s, d);
        job.analyzer()->setWorkerCount(threads);
        if (!runJob(job) || job.state() != JobState::Succeeded) {
            qWarning("preview failed: %s", qPrintable(job.errorText()));
            return {};
        }
        return job.preview();
    }

    // The contacts as the tenant holds them now, as comparable lines.
    QStringList contents(const QString &listId)
    {
        QStringList out;
        auto s = load(listId, 5000);
        for (qsizetype i = 0; s && i < s->size(); ++i)
            out.append(s->id(i) + u'|' + QString::fromUtf8(s->phone(i)) + u'|'
                       + QString::fromUtf8(
                               QJsonDocument(s->fields(i)).toJson(QJsonDocument::Compact)));
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        SimConfig config;
        config.scale = Scale::Small;
        config.seed = 7;
        QVERIFY(simtest::startSim(m_sim, config));
        simtest::ClientOptions o;
        o.maxAttempts = 4;
        m_client = simtest::makeClient(m_sim, o);
    }

    void cleanup()
    {
        m_client.reset();
        m_sim.stop();
    }

    // Loading with a survey region reads every number once and counts the regions; a cancel
    // while the numbers are read ends the job as cancelled, with no survey half made.
    // What a preview reads: a list whose next page points at another list is refused, not
    // mixed into this one.
    void nextPageOnAnotherListRefused()
    {
        cxonetest::ScriptedTenant tenant;
        QVERIFY(tenant.server.listen());
        const QString other
                = tenant.server
                          .url(QStringLiteral("/api/v2/campaigns/contactlists/list_b?cursor=2"))
                          .toString();
        tenant.api = [&other](const ScriptedServer::Request &) {
            const QJsonObject page{
                    {QStringLiteral("id"), QStringLiteral("list_a")},
                    {QStringLiteral("contactCount"), 4},
                    {QStringLiteral("contacts"),
                     QJsonArray{
                             QJsonObject{{QStringLiteral("id"), QStringLiteral("a1")},
                                         {QStringLiteral("phone"), QStringLiteral("+12025550101")}},
                             QJsonObject{
                                     {QStringLiteral("id"), QStringLiteral("a2")},
                                     {QStringLiteral("phone"), QStringLiteral("+12025550102")}}}},
                    {QStringLiteral("nextPageUri"), other}};
            return ScriptedServer::json(200, QJsonDocument(page).toJson());
        };
        ApiClient client(tenant.profile(), ClientSecret(cxonetest::kSecret));
        LoadContactsJob job(&client, QStringLiteral("list_a"), QStringLiteral("List A"));
        QVERIFY(runJob(job));
        QCOMPARE(job.state(), JobState::Failed);
        QVERIFY2(job.errorText().contains(u"Loading list list_a stopped after 2 contacts")
                         && job.errorText().contains(u"contactlists/list_b, which is not the "
                                                     u"collection being read"),
                 qPrintable(job.errorText()));
        QCOMPARE(tenant.server.count("/api/v2/campaigns/contactlists/list_b"), 0);
        QVERIFY(!job.snapshot()->complete);
    }

    void surveyCountsRegionsAndCancels()
    {
        {
            LoadContactsJob job(m_client.get(), QStringLiteral("list_gb_renewals"),
                                QStringLiteral("UK renewals"));
            job.setSurveyRegion(QStringLiteral("GB"));
            QVERIFY(runJob(job));
            QCOMPARE(job.state(), JobState::Succeeded);
            const RegionSurvey &survey = job.survey();
            QVERIFY(!survey.regions.isEmpty());
            QCOMPARE(survey.regions.first().first, QStringLiteral("GB"));
            QCOMPARE(survey.validCount() + survey.invalid, qint64(job.snapshot()->size()));
            QVERIFY(job.parsed());
            QCOMPARE(qint64(job.parsed()->size()), qint64(job.snapshot()->size()));
        }
        LoadContactsJob job(m_client.get(), QStringLiteral("list_us_main"),
                            QStringLiteral("US main"));
        job.setSurveyRegion(QStringLiteral("US"));
        bool cancelled = false;
        connect(
                &job, &Job::progressChanged, this,
                [&](const JobProgress &p) {
                    if (!cancelled && p.unit == u"numbers") {
                        cancelled = true;
                        job.cancel();
                    }
                },
                Qt::QueuedConnection); // once the survey has started
        QVERIFY(runJob(job));
        QVERIFY(cancelled);
        QCOMPARE(job.state(), JobState::Cancelled);
        QVERIFY(job.survey().regions.isEmpty());
        QVERIFY(!job.parsed());
    }

    void loadsEveryPage()
    {
        auto s = load(QStringLiteral("list_gb_renewals"), 150);
        QVERIFY(s);
        QCOMPARE(s->size(), 400);
        QVERIFY(s->complete);
        QCOMPARE(calls("GET").size() >= 3, true);
        QVERIFY(!s->id(0).isEmpty());
        QVERIFY(!s->fields(0).isEmpty());
    }

    void twoThreadsAgreeWithOne()
    {
        auto s = load(QStringLiteral("list_us_main"));
        QVERIFY(s);
        auto a = preview(s, QStringLiteral("US,CA"), QStringLiteral("voip"), 2);
        auto b = preview(s, QStringLiteral("US,CA"), QStringLiteral("voip"), 1);
        QVERIFY(a && b);
        QCOMPARE(a->size(), s->size());
        const QRegularExpression e164(QStringLiteral("^\\+[1-9]\\d{1,14}$"));
        for (qsizetype i = 0; i < a->size(); ++i) {
            QCOMPARE(a->row(i).phone.e164, b->row(i).phone.e164);
            QCOMPARE(a->row(i).verdict, b->row(i).verdict);
            if (a->row(i).phone.status == ParseStatus::Valid)
                QVERIFY(e164.match(a->row(i).phone.e164Text()).hasMatch());
        }
        QVERIFY(a->count(Verdict::Update) > 0);
        QVERIFY(a->count(Verdict::Purge) > 0);
        QVERIFY(a->count(Verdict::Keep) > 0);
    }

    void applyThenRestore()
    {
        const QString list = QStringLiteral("list_us_main");
        const QStringList before = contents(list);
        auto s = load(list);
        QVERIFY(s);
        auto p = preview(s, QStringLiteral("US,CA"), QStringLiteral("voip,premium-rate"));
        QVERIFY(p);
        // One override each way.
        qsizetype keptByHand = -1;
        qsizetype purgedByHand = -1;
        for (qsizetype i = 0; i < p->size() && (keptByHand < 0 || purgedByHand < 0); ++i) {
            if (keptByHand < 0 && p->row(i).verdict == Verdict::Purge)
                keptByHand = i;
            else if (purgedByHand < 0 && p->row(i).verdict == Verdict::Keep)
                purgedByHand = i;
        }
        QVERIFY(p->setOverride(keptByHand, Verdict::Keep));
        QVERIFY(p->setOverride(purgedByHand, Verdict::Purge));
        const qsizetype updates = p->count(Verdict::Update);
        const qsizetype purges = p->count(Verdict::Purge);
        QVERIFY(updates > 100); // more than one chunk

        ApplyOptions o;
        o.journalPath = m_dir.filePath(QStringLiteral("apply1.jsonl"));
        o.runLogPath = m_dir.filePath(QStringLiteral("runs.jsonl"));
        o.aggregatorUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/agg")));
        SanitizeApplyJob apply(m_client.get(), p, o);
        QVERIFY(runJob(apply));
        QCOMPARE(apply.state(), JobState::Succeeded);
        QCOMPARE(apply.updatedOk(), updates);
        QCOMPARE(apply.purgedOk(), purges);

        // Chunks of at most 100, only changed numbers.
        const QList<CallRecord> patches = calls("PATCH");
        QCOMPARE(patches.size(), int((updates + 99) / 100));
        for (const CallRecord &c : patches)
            QCOMPARE(c.status, 200);
        const ListState st = listState(list);
        QCOMPARE(st.patched, updates);
        QCOMPARE(st.deleted, purges);
        for (auto it = st.phones.cbegin(); it != st.phones.cend(); ++it) {
            QCOMPARE(p->effectiveVerdict(it.key()), Verdict::Update);
            QCOMPARE(QString::fromLatin1(it.value()), p->row(it.key()).phone.e164Text());
        }
        QVERIFY(!st.deletedSet.contains(keptByHand));
        QVERIFY(st.deletedSet.contains(purgedByHand));

        // The journal: every change before the first result.
        SanitizeJournal::Contents j;
        QString error;
        QVERIFY2(SanitizeJournal::read(o.journalPath, &j, &error), qPrintable(error));
        QVERIFY(j.complete);
        QCOMPARE(qsizetype(j.changes.size()), updates + purges);
        QFile f(o.journalPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.indexOf("\"type\":\"planned\"") < text.indexOf("\"type\":\"result\""));

        // The run line and the aggregator callback.
        QFile runs(o.runLogPath);
        QVERIFY(runs.open(QIODevice::ReadOnly));
        const QJsonObject line = QJsonDocument::fromJson(runs.readLine()).object();
        QCOMPARE(line.value(u"purge_count").toInteger(), purges);
        QVERIFY(line.contains(u"avg_latency_ms"));
        QVERIFY(line.value(u"format_success_rate").toDouble() > 0.5);
        const QJsonObject sink
                = simtest::simJson(*m_client, "GET", QStringLiteral("/_sim/webhooks/agg"));
        QVERIFY2(QJsonDocument(sink).toJson().contains("campaign.sanitization.complete"),
                 QJsonDocument(sink).toJson().constData());

        // Restore, twice: the list is as it was.
        SanitizeRestoreJob restore(m_client.get(), o.journalPath);
        QVERIFY(runJob(restore));
        QCOMPARE(restore.state(), JobState::Succeeded);
        QCOMPARE(restore.target(), list); // learnt from the journal
        QCOMPARE(contents(list), before);
        SanitizeRestoreJob again(m_client.get(), o.journalPath);
        QVERIFY(runJob(again));
        QCOMPARE(again.state(), JobState::Succeeded);
        QCOMPARE(contents(list), before);
        QCOMPARE(listState(list).deleted, 0);
        QCOMPARE(listState(list).patched, 0);
    }

    // The list is deleted on the tenant between the apply and its restore: the restore says so
    // in words, names the list and the journal, changes nothing, and the journal stays usable.
    void restoreToDeletedListSaysWhatHappened()
    {
        const QString list = QStringLiteral("list_gb_renewals");
        auto s = load(list);
        QVERIFY(s);
        auto p = preview(s, QStringLiteral("GB"), QStringLiteral("voip"));
        QVERIFY(p && p->count(Verdict::Update) > 0);
        ApplyOptions o;
        o.journalPath = m_dir.filePath(QStringLiteral("gone.jsonl"));
        SanitizeApplyJob apply(m_client.get(), p, o);
        QVERIFY(runJob(apply));
        QCOMPARE(apply.state(), JobState::Succeeded);

        m_sim.run([&list](TenantSimulator &sim) {
            auto &lists = partOf<ContactListsPart>(sim.state()).lists;
            lists.erase(std::remove_if(
                                lists.begin(), lists.end(),
                                [&list](const ContactListsPart::List &l) { return l.id == list; }),
                        lists.end());
        });
        SanitizeRestoreJob restore(m_client.get(), o.journalPath);
        QVERIFY(runJob(restore));
        QCOMPARE(restore.state(), JobState::Failed);
        const QString text = restore.errorText();
        QVERIFY2(text.contains(u"no longer exists on the tenant"), qPrintable(text));
        QVERIFY2(text.contains(list) && text.contains(o.journalPath), qPrintable(text));
        QVERIFY2(!text.contains(u"run the restore again"), qPrintable(text));
        SanitizeJournal::Contents j;
        QString error;
        QVERIFY2(SanitizeJournal::read(o.journalPath, &j, &error), qPrintable(error));
        QVERIFY(!j.changes.empty());
    }

    void stopsAfterFiveServerErrors()
    {
        auto s = load(QStringLiteral("list_gb_renewals"));
        auto p = preview(s, QStringLiteral("GB"), QStringLiteral("voip"));
        QVERIFY(p && p->count(Verdict::Purge) > 20);
        // Updates go through; every DELETE answers 500.
        QString error;
        QVERIFY2(m_sim.applyFaultJson(
                         {{QStringLiteral("route"),
                           QStringLiteral("DELETE /api/v2/campaigns/contacts/{contactId}")},
                          {QStringLiteral("fail-next"), 1000},
                          {QStringLiteral("fail-kind"), QStringLiteral("500")}},
                         &error),
                 qPrintable(error));
        ApplyOptions o;
        o.journalPath = m_dir.filePath(QStringLiteral("apply5xx.jsonl"));
        o.runLogPath = m_dir.filePath(QStringLiteral("runs5xx.jsonl"));
        SanitizeApplyJob apply(m_client.get(), p, o);
        QVERIFY(runJob(apply));
        QCOMPARE(apply.state(), JobState::Failed);
        QVERIFY2(apply.errorText().contains(QStringLiteral("server errors in a row")),
                 qPrintable(apply.errorText()));
        QVERIFY(apply.errorText().contains(o.journalPath));
        // The fifth 5xx stops everything: at most the calls already in flight then answer.
        const int deletes = int(calls("DELETE").size());
        QVERIFY2(deletes <= 5 + o.deleteConcurrency - 1, qPrintable(QString::number(deletes)));
        QCOMPARE(listState(QStringLiteral("list_gb_renewals")).deleted, 0);
        QVERIFY(apply.notSent() > 0);
        QCOMPARE(apply.notSent() + apply.failures() + apply.purgedOk(),
                 p->count(Verdict::Purge) + (p->count(Verdict::Update) - apply.updatedOk()));
    }

    void cancelMidApplyLeavesEverySentDeleteInTheJournal()
    {
        auto s = load(QStringLiteral("list_gb_renewals"));
        auto p = preview(s, QStringLiteral("GB"), QStringLiteral("voip"));
        QVERIFY(p);
        ApplyOptions o;
        o.journalPath = m_dir.filePath(QStringLiteral("cancel.jsonl"));
        o.runLogPath = m_dir.filePath(QStringLiteral("runsc.jsonl"));
        SanitizeApplyJob apply(m_client.get(), p, o);
        int deletesSeen = 0;
        connect(&apply, &SanitizeApplyJob::recordOutcome, this,
                [&](const QString &op, const QString &, const QString &) {
                    if (op == u"delete" && ++deletesSeen == 10)
                        apply.cancel();
                });
        QVERIFY(runJob(apply));
        QCOMPARE(apply.state(), JobState::Cancelled);
        SanitizeJournal::Contents j;
        QString error;
        QVERIFY(SanitizeJournal::read(o.journalPath, &j, &error));
        QSet<QString> journaled;
        for (const auto &c : j.changes) {
            if (c.op == u"delete")
                journaled.insert(c.original.id);
        }
        const QList<CallRecord> sent = calls("DELETE");
        QVERIFY(sent.size() >= 10);
        QVERIFY(sent.size() < p->count(Verdict::Purge));
        for (const CallRecord &c : sent)
            QVERIFY2(journaled.contains(c.path.section(u'/', -1)), qPrintable(c.path));
        // And restore brings them back.
        SanitizeRestoreJob restore(m_client.get(), o.journalPath);
        QVERIFY(runJob(restore));
        QCOMPARE(listState(QStringLiteral("list_gb_renewals")).deleted, 0);
    }

    void rateLimitAndTokenExpiryOnTheWay()
    {
        auto s = load(QStringLiteral("list_gb_renewals"));
        auto p = preview(s, QStringLiteral("GB"), {});
        QVERIFY(p);
        QString error;
        QVERIFY(m_sim.applyFaultJson(
                {{QStringLiteral("route"),
                  QStringLiteral("PATCH /api/v2/campaigns/contactlists/{listId}/contacts")},
                 {QStringLiteral("fail-next"), 2},
                 {QStringLiteral("fail-kind"), QStringLiteral("429")}},
                &error));
        ApplyOptions o;
        o.journalPath = m_dir.filePath(QStringLiteral("retry.jsonl"));
        o.runLogPath = m_dir.filePath(QStringLiteral("runsr.jsonl"));
        SanitizeApplyJob apply(m_client.get(), p, o);
        bool expired = false;
        connect(&apply, &SanitizeApplyJob::recordOutcome, this,
                [&](const QString &op, const QString &, const QString &) {
                    if (op == u"delete" && !expired) {
                        expired = true;
                        simtest::simJson(*m_client, "POST", QStringLiteral("/_sim/tokens/expire"));
                    }
                });
        QVERIFY(runJob(apply));
        QVERIFY2(apply.state() == JobState::Succeeded, qPrintable(apply.errorText()));
        QVERIFY(expired);
        QCOMPARE(listState(QStringLiteral("list_gb_renewals")).deleted, p->count(Verdict::Purge));
    }

    void serverRefusesOversizedPatchAndApplyRefusesExistingJournal()
    {
        QJsonArray contacts;
        for (int i = 0; i < 101; ++i)
            contacts.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("x%1").arg(i)},
                                        {QStringLiteral("phone"), QStringLiteral("+12015550123")}});
        const Result r = simtest::runCall(
                *m_client,
                Request::patchJson(
                        QStringLiteral("/api/v2/campaigns/contactlists/list_gb_renewals/contacts"),
                        QJsonDocument(QJsonObject{{QStringLiteral("contacts"), contacts}})
                                .toJson()));
        QCOMPARE(r.httpStatus, 400);

        auto s = load(QStringLiteral("list_au_winback"));
        auto p = preview(s, QStringLiteral("AU"), {});
        ApplyOptions o;
        o.journalPath = m_dir.filePath(QStringLiteral("exists.jsonl"));
        QFile f(o.journalPath);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me\n");
        f.close();
        SanitizeApplyJob apply(m_client.get(), p, o);
        QVERIFY(runJob(apply));
        QCOMPARE(apply.state(), JobState::Failed);
        QVERIFY(apply.errorText().contains(QStringLiteral("already exists")));
        QCOMPARE(calls("DELETE").size(), 0);
        QCOMPARE(calls("PATCH").size(), 1); // only the oversized one above, refused
    }
};

QTEST_MAIN(TestSanitizeSim)
#include "test_sanitize_sim.moc"
