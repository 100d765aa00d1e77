// The simulator's enrichment routes as the contract says: campaigns, schemas, current values,
// per-record results with their rules, 413 over the budget, 429 over the rate, refresh, webhooks
// and their deliveries, and the guide's own program run as it is written.
#include "tests/enrichment/enrichtesthelpers.h"
#include "tests/support/runcall.h"

#include "network/api/enrichmentapi.h"
#include "network/tokenmanager.h"

#include "app/simulator/modules/contactlistsdata.h"
#include "models/engine/io/jsonbody.h"
#include "network/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <simdjson.h>

using namespace cxone;
using namespace cxone::sim;

class TestEnrichSim final : public QObject
{
    Q_OBJECT

    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;

    Result call(Request r) { return cxonetest::runCall(*m_client, std::move(r), 30000); }
    Result postBatch(const QString &list, const QJsonArray &contacts)
    {
        return await(EnrichmentApi(m_client.get()).postBatch(list, contacts));
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

private Q_SLOTS:
    void init()
    {
        SimConfig config;
        config.scale = Scale::Small;
        config.seed = 7;
        QVERIFY(simfixture::startSim(m_sim, config));
        simfixture::ClientOptions o;
        o.maxAttempts = 1;
        m_client = simfixture::makeClient(m_sim, o);
    }
    void cleanup()
    {
        m_client.reset();
        m_sim.stop();
    }

    void campaignsAndSchema()
    {
        QList<CampaignInfo> campaigns;
        std::optional<Request> next;
        QString error;
        const Result page = call(EnrichmentApi::campaignsRequest());
        QVERIFY(EnrichmentApi::readCampaignsPage(page, &campaigns, &next, &error));
        QVERIFY(campaigns.size() >= 5);
        QSet<QString> statuses;
        QSet<int> budgets;
        for (const CampaignInfo &c : std::as_const(campaigns)) {
            statuses.insert(c.status);
            budgets.insert(c.maxEnrichmentTimeout);
        }
        QVERIFY(statuses.size() >= 3 && budgets.size() >= 3);
        CampaignInfo seed;
        QVERIFY(EnrichmentApi::parseCampaign(
                await(EnrichmentApi(m_client.get())
                              .campaign(
                                      QStringLiteral("camp_87654321-zyxw-vuts-rqpo-nmlkjihgfedc")))
                        .json.object(),
                &seed, &error));
        QCOMPARE(seed.maxEnrichmentTimeout, 3000);
        QCOMPARE(seed.batchLimit(), 300);
        ListSchema schema;
        QVERIFY(EnrichmentApi::parseSchema(
                await(EnrichmentApi(m_client.get()).schema(QStringLiteral("list_us_main")))
                        .json.object(),
                &schema, &error));
        QSet<SchemaAttribute::Type> types;
        bool required = false;
        bool enums = false;
        for (const SchemaAttribute &a : std::as_const(schema.attributes)) {
            types.insert(a.type);
            required = required || a.required;
            enums = enums || !a.enumValues.isEmpty();
        }
        QCOMPARE(types.size(), 5); // all five types
        QVERIFY(required && enums);
        QCOMPARE(await(EnrichmentApi(m_client.get()).campaign(QStringLiteral("nope"))).httpStatus,
                 404);
    }

    void recordsAreAppliedOrRejectedWhole()
    {
        const QString list = QStringLiteral("list_us_main");
        const QString a = enrichtest::contactId("us_main", 1);
        const QString b = enrichtest::contactId("us_main", 2);
        const QJsonArray contacts{
                QJsonObject{{QStringLiteral("contactId"), a},
                            {QStringLiteral("attributes"),
                             QJsonObject{{QStringLiteral("priority_score"), QStringLiteral("90")},
                                         {QStringLiteral("crm_account_status"),
                                          QStringLiteral("active")}}}},
                QJsonObject{{QStringLiteral("contactId"), b},
                            {QStringLiteral("attributes"),
                             QJsonObject{{QStringLiteral("priority_score"), QStringLiteral("high")},
                                         {QStringLiteral("email"), QStringLiteral("N/A")},
                                         {QStringLiteral("shoe_size"), 42},
                                         {QStringLiteral("crm_account_status"),
                                          QStringLiteral("churned")}}}},
                QJsonObject{{QStringLiteral("contactId"), QStringLiteral("ct-nope")},
                            {QStringLiteral("attributes"),
                             QJsonObject{{QStringLiteral("priority_score"), 1}}}}};
        const auto before = enrichtest::attributesOf(m_sim, list, {a, b});
        const Result r = postBatch(list, contacts);
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        QList<EnrichRecordResult> results;
        QString error;
        QVERIFY(EnrichmentApi::parseBatchResults(r.json.object(), &results, &error));
        QCOMPARE(results.size(), 3);
        QCOMPARE(results[0].status, QStringLiteral("updated"));
        QCOMPARE(results[1].status, QStringLiteral("rejected"));
        QCOMPARE(results[1].errors.size(), 3);
        QCOMPARE(results[2].status, QStringLiteral("not_found"));
        const auto after = enrichtest::attributesOf(m_sim, list, {a, b});
        QCOMPARE(after[a].value(u"priority_score").toInt(), 90); // "90" stored as a number
        QCOMPARE(after[b], before[b]); // rejected whole: not even the valid attribute
        const auto counters = enrichtest::countersOf(m_sim, list);
        QCOMPARE(counters.nullLikeValues, 1);
        QCOMPARE(counters.typeErrors, 1);
        QCOMPARE(counters.unknownAttributes, 1);
        QCOMPARE(counters.notFound, 1);
        // Enriched attributes show on the campaign lists route too (the same list).
        const Result page = call(Request::get(
                QStringLiteral("/api/v2/campaigns/contactlists/list_us_main?pageSize=5")));
        QCOMPARE(page.json.object()
                         .value(u"contacts")
                         .toArray()
                         .at(1)
                         .toObject()
                         .value(u"attributes")
                         .toObject()
                         .value(u"priority_score")
                         .toInt(),
                 90);
    }

    void badBatches()
    {
        // Over the budget of the list's campaigns: 413 naming the limit, nothing applied.
        QJsonArray big;
        for (int i = 0; i < 301; ++i)
            big.append(
                    QJsonObject{{QStringLiteral("contactId"), enrichtest::contactId("us_main", i)},
                                {QStringLiteral("attributes"),
                                 QJsonObject{{QStringLiteral("priority_score"), 5}}}});
        Result r = postBatch(QStringLiteral("list_us_main"), big);
        QCOMPARE(r.httpStatus, 413);
        QVERIFY(r.errorText.contains(u"300"));
        QCOMPARE(enrichtest::countersOf(m_sim, QStringLiteral("list_us_main")).updated, 0);
        r = call(Request::postJson(QStringLiteral("/api/v2/contacts/lists/list_us_main/contacts"),
                                   R"({"contactListId":"list_gb_renewals","contacts":[{}]})"));
        QCOMPARE(r.httpStatus, 400);
        r = call(Request::postJson(QStringLiteral("/api/v2/contacts/lists/list_us_main/contacts"),
                                   R"({"contacts":[]})"));
        QCOMPARE(r.httpStatus, 400);
        // A name given twice counts with its last value, as Qt's parser reads it: the list id,
        // the contacts, a record's id and its attributes.
        r = call(Request::postJson(QStringLiteral("/api/v2/contacts/lists/list_us_main/contacts"),
                                   R"({"contactListId":"list_gb_renewals","contacts":[{}],)"
                                   R"("contactListId":"list_us_main","contacts":[)"
                                   R"({"contactId":"nobody","contactId":")"
                                           + enrichtest::contactId("us_main", 5).toUtf8()
                                           + R"(","attributes":{"priority_score":"x"},)"
                                             R"("attributes":{"priority_score":61}}]})"));
        QCOMPARE(r.httpStatus, 200);
        const QJsonObject result = r.json.object().value(u"results").toArray().at(0).toObject();
        QCOMPARE(result.value(u"contactId").toString(), enrichtest::contactId("us_main", 5));
        QCOMPARE(result.value(u"status").toString(), QStringLiteral("updated"));
        QCOMPARE(enrichtest::attributesOf(m_sim, QStringLiteral("list_us_main"),
                                          {enrichtest::contactId("us_main", 5)})
                         .value(enrichtest::contactId("us_main", 5))
                         .value(u"priority_score")
                         .toInt(),
                 61);
        // More than 100 ids in one read.
        QStringList ids;
        for (int i = 0; i < 101; ++i)
            ids << enrichtest::contactId("us_main", i);
        r = call(Request::get(QStringLiteral("/api/v2/contacts/lists/list_us_main/contacts?"
                                             "contactIds=")
                              + ids.join(u',')));
        QCOMPARE(r.httpStatus, 400);
    }

    void throttleAnswers429WithRetryAfter()
    {
        m_sim.run([](TenantSimulator &t) { t.state().setEnrichRate(100); });
        QJsonArray batch;
        for (int i = 0; i < 80; ++i)
            batch.append(
                    QJsonObject{{QStringLiteral("contactId"), enrichtest::contactId("us_main", i)},
                                {QStringLiteral("attributes"),
                                 QJsonObject{{QStringLiteral("priority_score"), 7}}}});
        QVERIFY(postBatch(QStringLiteral("list_us_main"), batch).ok());
        const Result r = postBatch(QStringLiteral("list_us_main"), batch);
        QCOMPARE(r.httpStatus, 429);
        QCOMPARE(r.header("Retry-After"), QByteArray("1"));
        m_sim.run([](TenantSimulator &t) { t.state().setEnrichRate(0); });
        QVERIFY(postBatch(QStringLiteral("list_us_main"), batch).ok()); // 0: no limit
    }

    void webhooksAreRegisteredListedAndDelivered()
    {
        const QUrl sink = m_sim.baseUrl().resolved(QUrl(QStringLiteral("/_sim/webhooks/crm")));
        Result r = await(
                EnrichmentApi(m_client.get()).registerWebhook(QStringLiteral("crm"), sink, 2, 10));
        QCOMPARE(r.httpStatus, 201);
        const QString id = r.json.object().value(u"webhookId").toString();
        r = await(EnrichmentApi(m_client.get()).webhooks());
        QCOMPARE(EnrichmentApi::findWebhook(r.json.object(), sink), id);
        QVERIFY(postBatch(QStringLiteral("list_us_main"),
                          {QJsonObject{{QStringLiteral("contactId"),
                                        enrichtest::contactId("us_main", 9)},
                                       {QStringLiteral("attributes"),
                                        QJsonObject{{QStringLiteral("loyalty_tier"),
                                                     QStringLiteral("gold")}}}}})
                        .ok());
        QTRY_VERIFY_WITH_TIMEOUT(
                [&] {
                    int n = 0;
                    m_sim.run([&](TenantSimulator &t) {
                        n = int(t.state().deliveriesReceived(QStringLiteral("crm")));
                    });
                    return n == 1;
                }(),
                10000);
        QByteArray body;
        m_sim.run([&](TenantSimulator &t) {
            body = t.state().deliveries(QStringLiteral("crm"))->front().body;
        });
        const QJsonObject event = QJsonDocument::fromJson(body).object();
        QCOMPARE(event.value(u"event").toString(), QStringLiteral("contact.enriched"));
        QCOMPARE(event.value(u"webhookId").toString(), id);
        QCOMPARE(event.value(u"contactIds").toArray().first().toString(),
                 enrichtest::contactId("us_main", 9));
        // A bad registration lists every problem.
        r = call(Request::postJson(
                QStringLiteral("/api/v2/webhooks"),
                R"({"url":"/relative","events":["x"],"retryPolicy":{"maxRetries":"many"}})"));
        QCOMPARE(r.httpStatus, 400);
        QVERIFY(r.errorText.contains(u"name is required"));
    }

    // The enrichment guide's program, as it is written (its base URL pointed at the simulator):
    // the JSON token request at /api/v2/oauth2/token, the campaign read, the webhook with string
    // numbers, the batch with "90" for an integer, the format check, the refresh.
    void theGuidesProgramRunsToItsEnd()
    {
        QNetworkAccessManager nam;
        const auto send = [&](const QByteArray &method, const QString &path, const QByteArray &body,
                              const QByteArray &token) {
            QNetworkRequest req(m_sim.baseUrl().resolved(QUrl(path)));
            req.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
            if (!token.isEmpty())
                req.setRawHeader("Authorization", "Bearer " + token);
            QNetworkReply *reply = nam.sendCustomRequest(req, method, body);
            if (!QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000))
                qWarning("no answer to %s", qPrintable(path));
            reply->deleteLater();
            return qMakePair(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                             QJsonDocument::fromJson(reply->readAll()).object());
        };
        const auto token
                = send("POST", QStringLiteral("/api/v2/oauth2/token"),
                       QJsonDocument(QJsonObject{{QStringLiteral("grant_type"),
                                                  QStringLiteral("client_credentials")},
                                                 {QStringLiteral("client_id"), m_sim.clientId()},
                                                 {QStringLiteral("client_secret"),
                                                  QString::fromLatin1(m_sim.clientSecret())}})
                               .toJson(),
                       {});
        QCOMPARE(token.first, 200);
        const QByteArray bearer = token.second.value(u"access_token").toString().toLatin1();
        const auto webhook = send(
                "POST", QStringLiteral("/api/v2/webhooks"),
                R"({"name":"crm_enrichment_sync","url":"https://your-crm.example.com/webhooks/cxone-enrichment","events":["contact.enriched","contact.updated"],"retryPolicy":{"maxRetries":"3","backoffMs":"1000"}})",
                bearer);
        QCOMPARE(webhook.first, 201);
        const auto campaign = send(
                "GET",
                QStringLiteral(
                        "/api/v2/outbound/campaigns/camp_87654321-zyxw-vuts-rqpo-nmlkjihgfedc"),
                {}, bearer);
        QCOMPARE(campaign.first, 200);
        QVERIFY(2 <= campaign.second.value(u"maxEnrichmentTimeout").toInt() / 10);
        const auto batch = send(
                "POST",
                QStringLiteral("/api/v2/contacts/lists/list_12345678-abcd-efgh-ijkl-mnopqrstuvwx/"
                               "contacts"),
                R"({"contactListId":"list_12345678-abcd-efgh-ijkl-mnopqrstuvwx","contacts":[)"
                R"({"contactId":"c1a2b3c4-d5e6-7890-abcd-ef1234567890","attributes":{"crm_account_status":"active","priority_score":"90","last_purchase_date":"2024-01-15"}},)"
                R"({"contactId":"f9e8d7c6-b5a4-3210-fedc-ba9876543210","attributes":{"crm_account_status":"churned","priority_score":"20","last_purchase_date":"2023-11-01"}}]})",
                bearer);
        QCOMPARE(batch.first, 200);
        QVERIFY(batch.second.contains(u"processedCount")); // the guide's format check
        for (const QJsonValue v : batch.second.value(u"results").toArray())
            QCOMPARE(v.toObject().value(u"status").toString(), QStringLiteral("updated"));
        const auto refresh
                = send("POST",
                       QStringLiteral("/api/v2/contacts/lists/"
                                      "list_12345678-abcd-efgh-ijkl-mnopqrstuvwx/actions/refresh"),
                       {}, bearer);
        QVERIFY(refresh.first == 200 || refresh.first == 202);
    }

    void valuesAreJudgedAsQtReadsThem()
    {
        // The batch route reads values with simdjson and judges the common ones itself: every
        // value must get the verdict, message and stored form that checkAttributeValue gives
        // the value as Qt's parser reads it (and toJsonBytes writes).
        const QList<QByteArray> values = {"\"active\"",
                                          "\"Active\"",
                                          "\"gold\"",
                                          "\" gold\"",
                                          "\"gold \"",
                                          "\"\"",
                                          "\"null\"",
                                          "\"NULL\"",
                                          "\"N/A\"",
                                          "\"na\"",
                                          "\"None\"",
                                          "\"nil\"",
                                          "\"undefined\"",
                                          "\"-\"",
                                          "\" - \"",
                                          "\"--\"",
                                          "null",
                                          "true",
                                          "false",
                                          "0",
                                          "-0",
                                          "1",
                                          "-17",
                                          "90",
                                          "\"90\"",
                                          "\"+5\"",
                                          "\"1234567890123456\"",
                                          "9007199254740991",
                                          "9007199254740992",
                                          "-9007199254740993",
                                          "18446744073709551615",
                                          "1.5",
                                          "1.0",
                                          "-2.25",
                                          "1e3",
                                          "1e21",
                                          "1E-7",
                                          "0.1",
                                          "123456789012345678901234567890",
                                          "\"12.50\"",
                                          "\"1e5\"",
                                          "\".5\"",
                                          "\"2024-01-15\"",
                                          "\"2024-02-30\"",
                                          "\"2024-02-29\"",
                                          "\"2023-02-29\"",
                                          "\"0000-01-01\"",
                                          "\"2024-1-15\"",
                                          "\"2024-01-15T00:00\"",
                                          "\"true\"",
                                          "\"false\"",
                                          "\"yes\"",
                                          "[]",
                                          "[1,\"a\"]",
                                          "{}",
                                          "{\"a\":1}",
                                          "\"caf\xC3\xA9\"",
                                          "\"\\u00e9t\\u00e9\"",
                                          "\"tab\\tinside\"",
                                          "\"quote \\\" in\"",
                                          "\"\\u0001x\"",
                                          "\"x\\n\"",
                                          "\"\xF0\x9F\x98\x80\xF0\x9F\x98\x80\"",
                                          "\"" + QByteArray(50, 'x') + "\"",
                                          "\"" + QByteArray(51, 'x') + "\"",
                                          "\"" + QByteArray(49, 'x') + "\xC3\xA9\"",
                                          "\"" + QByteArray(25, 'x') + "\xF0\x9F\x98\x80\"",
                                          "\"a@b.example\"",
                                          "\"\xC2\xA0gold\xC2\xA0\""};
        using T = ListAttribute::Type;
        QList<ListAttribute> attributes;
        for (const T type : {T::String, T::Integer, T::Decimal, T::Date, T::Boolean}) {
            ListAttribute a;
            a.name = QStringLiteral("x");
            a.type = type;
            attributes << a;
        }
        ListAttribute limited = attributes[0];
        limited.maxLength = 50;
        ListAttribute listed = attributes[0];
        listed.enumValues
                = {QStringLiteral("gold"), QStringLiteral("caf\u00e9"), QStringLiteral("active")};
        attributes << limited << listed;
        simdjson::dom::parser parser;
        for (const QByteArray &value : values) {
            const QByteArray doc = "[" + value + "]";
            simdjson::dom::element root;
            std::string text;
            QVERIFY2(parseJsonBody(parser, doc, &text, &root), doc.constData());
            const simdjson::dom::element e = root.get_array().at(0).value();
            const QJsonValue qt = QJsonDocument::fromJson(doc).array().at(0);
            for (const ListAttribute &a : std::as_const(attributes)) {
                QJsonValue stored;
                QString message;
                const ValueCheck expected = checkAttributeValue(a, qt, &stored, &message);
                QByteArray storedJson;
                QString message2;
                const ValueCheck got = checkAttributeElement(a, e, &storedJson, &message2);
                const QByteArray what = value + " as " + ListAttribute::typeName(a.type).toUtf8();
                QVERIFY2(got == expected, what.constData());
                QCOMPARE(message2, message);
                if (expected == ValueCheck::Ok) {
                    JsonWriter w;
                    w.value(stored);
                    QCOMPARE(storedJson, w.take());
                }
            }
        }
    }

    void storedObjectsMergeAsQtWouldWriteThem()
    {
        // The batch route merges values into a stored object as text: split and joined again,
        // with keys in QJsonObject's order, it must be what toJsonBytes writes for the merged
        // object.
        const QJsonObject stored
                = QJsonDocument::fromJson(
                          R"({"firstName":"Ann","lastName":"O\"Neil","tags":["a",{"b":[1,2]}],"n":1.5,)"
                          R"("zz":null,"Zeta":true,"\u00e9t\u00e9":"summer","_x":{"y":"}"},"emoji\ud83d\ude00":1})")
                          .object();
        QVERIFY(!stored.isEmpty());
        const QByteArray text = toJsonBytes(stored);
        RawMembers members;
        QVERIFY(splitCanonicalObject(text, &members));
        QCOMPARE(qsizetype(members.size()), stored.size());
        QCOMPARE(joinCanonicalObject(members), text);
        // Replace one, add two (one sorting first, one with an accent), as the route does.
        QJsonObject merged = stored;
        merged.insert(QStringLiteral("lastName"), QStringLiteral("Smith"));
        merged.insert(QStringLiteral("Alpha"), 2);
        merged.insert(QStringLiteral("\u00e0 la"), QStringLiteral("carte"));
        std::erase_if(members, [](const auto &m) { return m.first == "\"lastName\""; });
        members.emplace_back("\"lastName\"", "\"Smith\"");
        members.emplace_back("\"Alpha\"", "2");
        const QByteArray accented = "\"\xC3\xA0 la\"";
        members.emplace_back(accented, "\"carte\"");
        QCOMPARE(joinCanonicalObject(members), toJsonBytes(merged));
        // The same changes set one by one into the members in order (what the route does).
        QVERIFY(splitCanonicalObject(text, &members));
        setCanonicalMember(&members, "\"lastName\"", "\"Smith\"");
        setCanonicalMember(&members, "\"Alpha\"", "2");
        setCanonicalMember(&members, accented, "\"carte\"");
        QCOMPARE(writeCanonicalMembers(members), toJsonBytes(merged));
        // Into an empty object, and after the last member.
        QVERIFY(splitCanonicalObject("{}", &members));
        setCanonicalMember(&members, "\"b\"", "1");
        setCanonicalMember(&members, "\"a\"", "[]");
        setCanonicalMember(&members, "\"\\u00e9\"", "true");
        setCanonicalMember(&members, "\"c\"", "null");
        QCOMPARE(writeCanonicalMembers(members),
                 toJsonBytes(QJsonObject{{QStringLiteral("b"), 1},
                                         {QStringLiteral("a"), QJsonArray()},
                                         {QStringLiteral("\u00e9"), true},
                                         {QStringLiteral("c"), QJsonValue::Null}})
                         .replace("\xC3\xA9", "\\u00e9"));
        // Keys that start alike: the shorter first, whatever character follows in the longer
        // (a space and '!' sort below the closing quote's byte).
        QVERIFY(splitCanonicalObject("{}", &members));
        for (const char *key : {"\"a!\"", "\"a\"", "\"a b\"", "\"a\\u0000\"", "\"ab\""})
            setCanonicalMember(&members, key, "0");
        QCOMPARE(writeCanonicalMembers(members),
                 toJsonBytes(QJsonObject{{QStringLiteral("a!"), 0},
                                         {QStringLiteral("a"), 0},
                                         {QStringLiteral("a b"), 0},
                                         {QStringLiteral("a") + QChar(0), 0},
                                         {QStringLiteral("ab"), 0}}));
        QVERIFY(splitCanonicalObject("{}", &members));
        QVERIFY(members.empty());
        for (const char *bad : {"", "{", "[]", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":\"x}"})
            QVERIFY2(!splitCanonicalObject(QByteArrayView(bad), &members), bad);
    }

    void seededAttributesAreCanonical()
    {
        // Seeded values are written straight from the seed: as toJsonBytes writes the object.
        for (qint64 index = 0; index < 3000; ++index) {
            const QByteArray text = seededAttributesJson(0x1234567ull, index);
            const QJsonObject o = QJsonDocument::fromJson(text).object();
            QVERIFY(o.contains(u"firstName") && o.contains(u"lastName"));
            QCOMPARE(toJsonBytes(o), text);
        }
    }
};

QTEST_GUILESS_MAIN(TestEnrichSim)
#include "test_enrich_sim.moc"
