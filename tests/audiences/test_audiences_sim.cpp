// The simulated Journey audiences against the real client: server-side validation, the field
// catalogue, evaluation, and the save job (429 retries, CDP webhook, token expiry, conflicts).

#include "app/simulator/modules/audiencesdata.h"
#include "models/audiences/audiencesavejob.h"
#include "tests/audiences/audiencetesthelpers.h"
#include "tests/simulator/simtesthelpers.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>

using namespace cxone;
using namespace audtest;

namespace {

constexpr int waitMs = 30000;

// Collects what a job audits, as the store would receive it.
class MemorySink final : public AuditSink
{
public:
    bool append(AuditEntry &entry, QString *) override
    {
        entries.append(entry);
        return true;
    }
    QStringList actions() const
    {
        QStringList out;
        for (const AuditEntry &e : entries)
            out << e.action;
        return out;
    }
    QList<AuditEntry> entries;
};

} // namespace

class TestAudiencesSim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void catalogue();
    void listAndGet();
    void depthLimitOnServer();
    void serverRefusals_data();
    void serverRefusals();
    void serverRefusalLeavesAudienceUntouched();
    void sizeEqualsEvaluation();
    void exclusionsAreEvaluated();
    void noRecalculationKeepsSize();
    void putRetriedOn429WithinBounds();
    void putGivesUpAfterBoundedAttempts();
    void localRefusalSendsNothing();
    void cdpWebhookAndAudit();
    void cdpFailureDoesNotUndoSave();
    void tokenExpiryMidJob();
    void versionConflict();

private:
    Result call(Request r) { return simtest::runCall(*m_client, std::move(r)); }
    Result put(const QString &id, const QJsonObject &payload)
    {
        return call(Request::putJson(QStringLiteral("/api/v1/audiences/") + id,
                                     QJsonDocument(payload).toJson(QJsonDocument::Compact)));
    }
    AudienceInfo get(const QString &id)
    {
        const Result r = call(Request::get(QStringLiteral("/api/v1/audiences/%1?include=size,"
                                                          "evaluation_status")
                                                   .arg(id)));
        AudienceInfo a;
        AudiencesApi::parseAudience(r.json.object(), &a, nullptr);
        return a;
    }
    qint64 evaluate(const QString &source, const QJsonObject &criteria,
                    const QStringList &exclusions = {})
    {
        qint64 n = -1;
        m_sim.run([&](sim::TenantSimulator &s) {
            n = s.state()
                        .partAs<sim::AudiencesPart>(QStringLiteral("audiences"))
                        ->evaluate(source, criteria, exclusions);
        });
        return n;
    }
    quint64 putCalls()
    {
        quint64 n = 0;
        m_sim.run([&](sim::TenantSimulator &s) {
            n = s.state().countersFor(QStringLiteral("PUT /api/v1/audiences/{id}")).calls;
        });
        return n;
    }
    // Runs a save job to its end.
    std::unique_ptr<AudienceSaveJob> save(const QString &id, const QJsonObject &payload,
                                          AudienceSaveJob::Options options = {},
                                          MemorySink *sink = nullptr)
    {
        options.pollStartMs = 20;
        options.pollMaxMs = 100;
        if (options.catalogue.dataSource().isEmpty()) // no catalogue given: the tenant's
            options.catalogue = m_catalogue;
        auto job = std::make_unique<AudienceSaveJob>(m_client.get(), id, payload, options);
        if (sink)
            job->setAudit(sink, QStringLiteral("sim"));
        job->start();
        [&] { QTRY_VERIFY_WITH_TIMEOUT(job->isFinished(), waitMs); }();
        return job;
    }

    sim::EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;
    FieldCatalogue m_catalogue;
};

void TestAudiencesSim::initTestCase()
{
    sim::SimConfig config;
    config.scale = sim::Scale::Small;
    QVERIFY(simtest::startSim(m_sim, config));
    m_sim.run([](sim::TenantSimulator &s) {
        s.state()
                .partAs<sim::AudiencesPart>(QStringLiteral("audiences"))
                ->setEvaluationDelayMs(150);
    });
    simtest::ClientOptions o;
    o.maxAttempts = 4;
    m_client = simtest::makeClient(m_sim, o);
    QVERIFY(simtest::waitForToken(*m_client));
    const Result r = call(Request::get(QStringLiteral("/api/v1/data-sources/customer_360/fields")));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QList<AudienceField> fields;
    QVERIFY(AudiencesApi::parseFields(r.json.object(), &fields, nullptr));
    m_catalogue = FieldCatalogue(QStringLiteral("customer_360"), fields);
}

void TestAudiencesSim::cleanupTestCase()
{
    m_client.reset();
    m_sim.stop();
}

void TestAudiencesSim::init()
{
    m_sim.run([](sim::TenantSimulator &s) { s.resetFaults(); });
}

void TestAudiencesSim::catalogue()
{
    const AudienceField *revenue = m_catalogue.find(QStringLiteral("annual_revenue"));
    QVERIFY(revenue);
    QCOMPARE(revenue->type, QStringLiteral("decimal"));
    QVERIFY(revenue->operators.contains(QStringLiteral("greater_than")));
    QVERIFY(!revenue->operators.contains(QStringLiteral("contains")));
    const AudienceField *industry = m_catalogue.find(QStringLiteral("industry"));
    QVERIFY(industry);
    QVERIFY(industry->enumValues.contains(QStringLiteral("technology")));
    for (const QString &source : AudiencesApi::dataSources()) {
        const Result r
                = call(Request::get(QStringLiteral("/api/v1/data-sources/%1/fields").arg(source)));
        QVERIFY2(r.ok(), qPrintable(source));
        QList<AudienceField> fields;
        QVERIFY(AudiencesApi::parseFields(r.json.object(), &fields, nullptr));
        QVERIFY(fields.size() >= 6);
        // The catalogue and the console's vocabulary agree.
        for (const AudienceField &f : std::as_const(fields))
            QCOMPARE(f.operators, defaultOperatorsForType(f.type));
    }
    const Result unknown = call(Request::get(QStringLiteral("/api/v1/data-sources/crm/fields")));
    QCOMPARE(unknown.error, ErrorKind::NotFound);
}

void TestAudiencesSim::listAndGet()
{
    const Result r = call(Request::get(QStringLiteral("/api/v1/audiences")));
    QVERIFY(r.ok());
    QList<AudienceInfo> list;
    QVERIFY(AudiencesApi::parseList(r.json.object(), &list, nullptr));
    QVERIFY(list.size() >= 6);
    const AudienceInfo &first = list.first();
    const AudienceInfo full = get(first.id);
    QCOMPARE(full.evaluationStatus, QStringLiteral("ready"));
    QCOMPARE(full.size, evaluate(full.dataSource, full.criteria));
    QVERIFY(full.size > 0);
    // Without include= the evaluation is left out.
    const Result plain = call(Request::get(QStringLiteral("/api/v1/audiences/") + first.id));
    QVERIFY(!plain.json.object().contains(u"size"));
    QCOMPARE(call(Request::get(QStringLiteral("/api/v1/audiences/nope"))).error,
             ErrorKind::NotFound);
}

void TestAudiencesSim::depthLimitOnServer()
{
    const Result five = put(QStringLiteral("depth-five"), payload(nested(5)));
    QVERIFY2(five.ok(), qPrintable(five.errorText));
    QCOMPARE(five.httpStatus, 201);
    const Result six = put(QStringLiteral("depth-six"), payload(nested(6)));
    QCOMPARE(six.error, ErrorKind::BadRequest);
    const QStringList problems = AudiencesApi::problemsOf(six.body);
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("6 levels deep")),
             qPrintable(problems.first()));
    QCOMPARE(call(Request::get(QStringLiteral("/api/v1/audiences/depth-six"))).error,
             ErrorKind::NotFound);
}

void TestAudiencesSim::serverRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("expected");
    const QJsonObject ok = group("AND", {cond("employee_count", "greater_than", 10)});
    QTest::newRow("36 characters, not hex")
            << payload(ok, {QStringLiteral("12345678-1234-1234-1234-12345678901z")})
            << QStringLiteral("exclusions[0]");
    QTest::newRow("operator for type")
            << payload(group("AND", {cond("industry", "greater_than", 3)}))
            << QStringLiteral("not allowed for list field 'industry'");
    QTest::newRow("unknown operator") << payload(group("AND", {cond("employee_count", "gt", 3)}))
                                      << QStringLiteral("operator 'gt'");
    QTest::newRow("empty group") << payload(
            group("AND", {cond("employee_count", "greater_than", 1), group("OR", {})}))
                                 << QStringLiteral("the group is empty");
    QTest::newRow("wrong value type") << payload(
            group("AND", {cond("employee_count", "greater_than", QStringLiteral("ten"))}))
                                      << QStringLiteral("needs a whole number");
    QJsonObject longName = payload(ok);
    longName.insert(QStringLiteral("name"), QString(101, u'x'));
    QTest::newRow("name") << longName << QStringLiteral("name: 101 characters");
    QJsonObject source = payload(ok);
    source.insert(QStringLiteral("data_source"), QStringLiteral("warehouse"));
    QTest::newRow("data source") << source << QStringLiteral("data_source: 'warehouse'");
    QJsonObject description = payload(ok);
    description.insert(QStringLiteral("description"), QString(501, u'd'));
    QTest::newRow("description") << description << QStringLiteral("description: 501");
}

void TestAudiencesSim::serverRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, expected);
    const Result r = put(
            QStringLiteral("refused-%1").arg(QString::fromLatin1(QTest::currentDataTag()).size()),
            body);
    QCOMPARE(r.error, ErrorKind::BadRequest);
    const QStringList problems = AudiencesApi::problemsOf(r.body);
    QVERIFY2(problems.join(u'|').contains(expected), qPrintable(problems.join(u'|')));
    QVERIFY(r.errorText.contains(QStringLiteral("not changed")) || !r.serverMessage.isEmpty());
}

void TestAudiencesSim::serverRefusalLeavesAudienceUntouched()
{
    const QString id = QStringLiteral("untouched");
    QJsonObject good = payload(group("AND", {cond("is_vip", "equals", true)}));
    QVERIFY(put(id, good).ok());
    const AudienceInfo before = get(id);
    QJsonObject bad = payload(nested(6));
    bad.insert(QStringLiteral("name"), QStringLiteral("Renamed"));
    bad.insert(QStringLiteral("version"), before.version);
    QCOMPARE(put(id, bad).error, ErrorKind::BadRequest);
    const AudienceInfo after = get(id);
    QCOMPARE(after.name, before.name);
    QCOMPARE(after.version, before.version);
    QCOMPARE(after.criteria, before.criteria);
}

void TestAudiencesSim::sizeEqualsEvaluation()
{
    const QJsonObject criteria
            = group("AND", {cond("annual_revenue", "greater_than", 500000),
                            cond("industry", "equals", QStringLiteral("technology")),
                            group("OR", {cond("employee_count", "greater_than", 500),
                                         cond("engagement_score", "greater_than", 85)})});
    MemorySink sink;
    auto job = save(QStringLiteral("sized"), payload(criteria), {}, &sink);
    QCOMPARE(job->state(), JobState::Succeeded);
    QVERIFY(job->polls() >= 1);
    QCOMPARE(job->evaluationStatus(), QStringLiteral("ready"));
    const qint64 expected = evaluate(QStringLiteral("customer_360"), criteria);
    QVERIFY(expected > 0);
    QVERIFY(expected < 2000);
    QCOMPARE(job->size(), expected);
    QCOMPARE(get(QStringLiteral("sized")).size, expected);
    QCOMPARE(sink.actions(),
             (QStringList{QStringLiteral("AUDIENCE_SAVE_STARTED"), QStringLiteral("AUDIENCE_SAVED"),
                          QStringLiteral("AUDIENCE_EVALUATED")}));
}

void TestAudiencesSim::exclusionsAreEvaluated()
{
    // Excluding another audience of the same source removes its members.
    const QJsonObject vip = group("AND", {cond("is_vip", "equals", true)});
    QVERIFY(put(QStringLiteral("5f0c3a4e-1b2d-4c3e-8f9a-0b1c2d3e4f50"), payload(vip)).ok());
    const QJsonObject all = group("AND", {cond("engagement_score", "greater_than_or_equal", 0)});
    auto job = save(QStringLiteral("not-vip"),
                    payload(all, {QStringLiteral("5f0c3a4e-1b2d-4c3e-8f9a-0b1c2d3e4f50")}));
    QCOMPARE(job->state(), JobState::Succeeded);
    const qint64 everyone = evaluate(QStringLiteral("customer_360"), all);
    const qint64 vips = evaluate(QStringLiteral("customer_360"), vip);
    QVERIFY(vips > 0);
    QCOMPARE(job->size(), everyone - vips);
}

void TestAudiencesSim::noRecalculationKeepsSize()
{
    const QString id = QStringLiteral("kept-size");
    auto first = save(id, payload(group("AND", {cond("is_vip", "equals", true)})));
    QCOMPARE(first->state(), JobState::Succeeded);
    QJsonObject next = payload(group("AND", {cond("is_vip", "equals", false)}));
    next.insert(QStringLiteral("recalculate_on_update"), false);
    next.insert(QStringLiteral("version"), first->savedAudience().version);
    auto second = save(id, next);
    QCOMPARE(second->state(), JobState::Succeeded);
    QCOMPARE(second->evaluationStatus(), QStringLiteral("stale"));
    QCOMPARE(second->size(), first->size());
    // Every stored field is echoed, recalculate_on_update among them (the seed's CDP webhook
    // reports it).
    const Result r = call(Request::get(QStringLiteral("/api/v1/audiences/kept-size")));
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    QCOMPARE(r.json.object().value(u"recalculate_on_update"), QJsonValue(false));
}

void TestAudiencesSim::putRetriedOn429WithinBounds()
{
    QString error;
    QVERIFY2(m_sim.applyFaultJson(
                     {{QStringLiteral("route"), QStringLiteral("PUT /api/v1/audiences/{id}")},
                      {QStringLiteral("fail-next"), 2},
                      {QStringLiteral("fail-kind"), QStringLiteral("429")},
                      {QStringLiteral("retry-after"), 0}},
                     &error),
             qPrintable(error));
    const quint64 before = putCalls();
    auto job = save(QStringLiteral("retried"),
                    payload(group("AND", {cond("is_vip", "equals", true)})));
    QCOMPARE(job->state(), JobState::Succeeded);
    QCOMPARE(putCalls() - before, quint64(3));
    QCOMPARE(job->progress().rateLimitWaits, qint64(2));
    QCOMPARE(job->savedAudience().version, qint64(1));
}

void TestAudiencesSim::putGivesUpAfterBoundedAttempts()
{
    QString error;
    QVERIFY(m_sim.applyFaultJson(
            {{QStringLiteral("route"), QStringLiteral("PUT /api/v1/audiences/{id}")},
             {QStringLiteral("fail-next"), 50},
             {QStringLiteral("fail-kind"), QStringLiteral("429")},
             {QStringLiteral("retry-after"), 0}},
            &error));
    const quint64 before = putCalls();
    MemorySink sink;
    auto job = save(QStringLiteral("never"),
                    payload(group("AND", {cond("is_vip", "equals", true)})), {}, &sink);
    QCOMPARE(job->state(), JobState::Failed);
    // Exactly the client's attempt budget (4), then a failure a person can act on.
    QCOMPARE(putCalls() - before, quint64(4));
    QVERIFY2(job->errorText().contains(QStringLiteral("429"))
                     || job->errorText().contains(QStringLiteral("rate"), Qt::CaseInsensitive),
             qPrintable(job->errorText()));
    QVERIFY(sink.actions().contains(QStringLiteral("AUDIENCE_SAVE_FAILED")));
    m_sim.run([](sim::TenantSimulator &s) { s.resetFaults(); });
    QCOMPARE(call(Request::get(QStringLiteral("/api/v1/audiences/never"))).error,
             ErrorKind::NotFound);
}

void TestAudiencesSim::localRefusalSendsNothing()
{
    const quint64 before = putCalls();
    MemorySink sink;
    QJsonObject bad = payload(nested(6), {QStringLiteral("not-a-uuid")});
    auto job = save(QStringLiteral("local"), bad, {}, &sink);
    QCOMPARE(job->state(), JobState::Failed);
    QCOMPARE(job->problems().size(), 2);
    QVERIFY(job->errorText().contains(QStringLiteral("before sending")));
    QCOMPARE(putCalls(), before);
    QCOMPARE(sink.actions(), QStringList{QStringLiteral("AUDIENCE_SAVE_REFUSED")});

    // Without a catalogue the field checks are left to the server, whose 400 is reported.
    AudienceSaveJob::Options noCatalogue;
    noCatalogue.catalogue = FieldCatalogue(QStringLiteral("crm_sync"), {});
    auto server = save(QStringLiteral("server-refused"),
                       payload(group("AND", {cond("shoe_size", "equals", 42)})), noCatalogue);
    QCOMPARE(server->state(), JobState::Failed);
    QCOMPARE(putCalls(), before + 1);
    QVERIFY2(server->errorText().contains(QStringLiteral("no field 'shoe_size'")),
             qPrintable(server->errorText()));
    QVERIFY(server->errorText().contains(QStringLiteral("unchanged")));
}

void TestAudiencesSim::cdpWebhookAndAudit()
{
    m_sim.run([](sim::TenantSimulator &s) { s.state().clearDeliveries(QStringLiteral("cdp")); });
    AudienceSaveJob::Options options;
    options.cdpUrl = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/cdp")));
    MemorySink sink;
    auto job = save(QStringLiteral("with-cdp"),
                    payload(group("AND", {cond("is_vip", "equals", true)})), options, &sink);
    QCOMPARE(job->state(), JobState::Succeeded);
    QVERIFY(job->cdpNotified());
    QByteArray body;
    m_sim.run([&](sim::TenantSimulator &s) {
        if (const auto *d = s.state().deliveries(QStringLiteral("cdp")); d && !d->empty())
            body = d->back().body;
    });
    const QJsonObject event = QJsonDocument::fromJson(body).object();
    QCOMPARE(event.value(u"event").toString(), QStringLiteral("AUDIENCE_UPDATED"));
    QCOMPARE(event.value(u"audience_id").toString(), QStringLiteral("with-cdp"));
    QCOMPARE(event.value(u"segment_name").toString(), QStringLiteral("Test audience"));
    QCOMPARE(event.value(u"recalculation_triggered").toBool(), true);
    QVERIFY(QDateTime::fromString(event.value(u"timestamp").toString(), Qt::ISODateWithMs)
                    .isValid());
    QVERIFY(sink.actions().contains(QStringLiteral("CDP_NOTIFIED")));
    for (const AuditEntry &e : std::as_const(sink.entries)) {
        const QByteArray text = QJsonDocument(e.details).toJson();
        QVERIFY(!text.contains(m_sim.clientSecret()));
        QVERIFY(!text.contains("Bearer"));
    }
}

void TestAudiencesSim::cdpFailureDoesNotUndoSave()
{
    AudienceSaveJob::Options options;
    options.cdpUrl = QUrl(QStringLiteral("http://127.0.0.1:1/cdp")); // nobody listens there
    MemorySink sink;
    auto job = save(QStringLiteral("cdp-down"),
                    payload(group("AND", {cond("is_vip", "equals", true)})), options, &sink);
    QCOMPARE(job->state(), JobState::Succeeded);
    QVERIFY(!job->cdpNotified());
    QVERIFY(!job->cdpError().isEmpty());
    QVERIFY(job->size() > 0);
    QVERIFY(sink.actions().contains(QStringLiteral("CDP_NOTIFY_FAILED")));
    QCOMPARE(get(QStringLiteral("cdp-down")).version, qint64(1));
}

void TestAudiencesSim::tokenExpiryMidJob()
{
    QVERIFY(put(QStringLiteral("expiring"), payload(group("AND", {cond("is_vip", "equals", true)})))
                    .ok());
    simtest::simJson(*m_client, "POST", QStringLiteral("/_sim/tokens/expire"));
    QJsonObject next = payload(group("AND", {cond("is_vip", "equals", false)}));
    next.insert(QStringLiteral("version"), 1);
    auto job = save(QStringLiteral("expiring"), next);
    QVERIFY2(job->state() == JobState::Succeeded, qPrintable(job->errorText()));
    QCOMPARE(job->savedAudience().version, qint64(2));
}

void TestAudiencesSim::versionConflict()
{
    QVERIFY(put(QStringLiteral("conflict"), payload(group("AND", {cond("is_vip", "equals", true)})))
                    .ok());
    QJsonObject stale = payload(group("AND", {cond("is_vip", "equals", false)}));
    stale.insert(QStringLiteral("version"), 7);
    auto job = save(QStringLiteral("conflict"), stale);
    QCOMPARE(job->state(), JobState::Failed);
    QVERIFY2(job->errorText().contains(QStringLiteral("Reload")), qPrintable(job->errorText()));
    QCOMPARE(get(QStringLiteral("conflict")).criteria,
             group("AND", {cond("is_vip", "equals", true)}));
}

QTEST_MAIN(TestAudiencesSim)
#include "test_audiences_sim.moc"
