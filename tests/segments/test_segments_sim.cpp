// The simulator's segment routes, through the real client.
#include "network/api/segmentsapi.h"
#include "tests/segments/segtesthelpers.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>

using namespace cxone;
using namespace cxone::sim;

class TestSegmentsSim final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listAndGet();
    void queryRules_data();
    void queryRules();
    void tokensReplayable();
    void tokenBoundToQuery();
    void filtersEvaluated_data();
    void filtersEvaluated();
    void pagesCoverGroundTruth();
    void valuesAreMessy();
    void seedAttributesOnEverySegment();
    void largeScaleIsLazy();

private:
    Result query(const QString &id, const QJsonObject &body);
    EmbeddedSimulator m_sim;
    std::unique_ptr<ApiClient> m_client;
    QString m_gold;
};

void TestSegmentsSim::initTestCase()
{
    QVERIFY(segtest::startSim(m_sim));
    m_client = segtest::makeClient(m_sim, 1);
    m_gold = segtest::segmentId(m_sim, QStringLiteral("Gold loyalty members"));
    QVERIFY(!m_gold.isEmpty());
}

void TestSegmentsSim::cleanupTestCase()
{
    m_client.reset();
    m_sim.stop();
}

Result TestSegmentsSim::query(const QString &id, const QJsonObject &body)
{
    Request r = Request::postJson(
            QStringLiteral("/api/v2/contacts/segments/%1/contacts/query").arg(id),
            QJsonDocument(body).toJson(QJsonDocument::Compact));
    return segtest::runCall(*m_client, r);
}

void TestSegmentsSim::listAndGet()
{
    const Result list = segtest::runCall(*m_client, SegmentsApi::listRequest({}));
    QVERIFY2(list.ok(), qPrintable(list.errorText));
    QList<SegmentInfo> segments;
    QString token, error;
    QVERIFY2(SegmentsApi::parseSegmentList(list.json, &segments, &token, &error),
             qPrintable(error));
    QCOMPARE(segments.size(), 7);
    QVERIFY(token.isEmpty());
    int inactive = 0, stale = 0, deprecated = 0;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const SegmentInfo &s : std::as_const(segments)) {
        inactive += s.isActive() ? 0 : 1;
        stale += s.isActive() && s.lastUpdated.secsTo(now) > 86400 ? 1 : 0;
        deprecated += s.deprecatedAttributeNames().isEmpty() ? 0 : 1;
    }
    QCOMPARE(inactive, 1);
    QCOMPARE(stale, 1);
    QCOMPARE(deprecated, 1);

    const Result got = segtest::runCall(*m_client, SegmentsApi::getRequest(m_gold));
    QVERIFY(got.ok());
    SegmentInfo gold;
    QVERIFY(SegmentsApi::parseSegment(got.json.object(), &gold, &error));
    QCOMPARE(gold.name, QStringLiteral("Gold loyalty members"));
    QCOMPARE(gold.memberCount, 5000);
    QVERIFY(gold.attribute(QStringLiteral("notes")));

    const Result missing
            = segtest::runCall(*m_client, SegmentsApi::getRequest(QStringLiteral("nope")));
    QCOMPARE(missing.httpStatus, 404);

    // A token without the segments scope is refused with the scope named.
    Request r = SegmentsApi::listRequest({});
    r.authenticated = false;
    QCOMPARE(segtest::runCall(*m_client, r).httpStatus, 401);
}

void TestSegmentsSim::queryRules_data()
{
    QTest::addColumn<QString>("segment");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const QString gold = QStringLiteral("Gold loyalty members");
    QTest::newRow("limit too big") << gold << QByteArray("{\"pagination\":{\"limit\":1001}}") << 400
                                   << "from 1 to 1000 (got 1001)";
    QTest::newRow("limit zero") << gold << QByteArray("{\"pagination\":{\"limit\":0}}") << 400
                                << "from 1 to 1000";
    QTest::newRow("limit max ok") << gold << QByteArray("{\"pagination\":{\"limit\":1000}}") << 200
                                  << "";
    QTest::newRow("deprecated requested")
            << "Legacy CRM import"
            << QByteArray("{\"requestedAttributes\":[\"firstName\",\"legacyScore\"]}") << 400
            << "'legacyScore' is deprecated";
    QTest::newRow("deprecated filter") << "Legacy CRM import"
                                       << QByteArray("{\"filters\":[{\"attribute\":\"legacyScore\","
                                                     "\"operator\":\"greater_than\",\"value\":5}]}")
                                       << 400 << "'legacyScore' is deprecated";
    QTest::newRow("inactive") << "Spring promo 2023" << QByteArray("{}") << 409 << "Inactive";
    QTest::newRow("unknown attribute")
            << gold << QByteArray("{\"requestedAttributes\":[\"shoeSize\"]}") << 400
            << "'shoeSize' does not exist";
    QTest::newRow("bad operator") << gold
                                  << QByteArray("{\"filters\":[{\"attribute\":\"orderCount\","
                                                "\"operator\":\"contains\",\"value\":\"1\"}]}")
                                  << 400 << "does not apply";
    QTest::newRow("bad value") << gold
                               << QByteArray("{\"filters\":[{\"attribute\":\"lastPurchase\","
                                             "\"operator\":\"less_than\",\"value\":\"soon\"}]}")
                               << 400 << "YYYY-MM-DD";
    QTest::newRow("not json") << gold << QByteArray("{oops") << 400 << "JSON object";
    QTest::newRow("garbage token")
            << gold << QByteArray("{\"pagination\":{\"continuationToken\":\"abc\"}}") << 400
            << "not valid";
}

void TestSegmentsSim::queryRules()
{
    QFETCH(QString, segment);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, message);
    Request r = Request::postJson(QStringLiteral("/api/v2/contacts/segments/%1/contacts/query")
                                          .arg(segtest::segmentId(m_sim, segment)),
                                  body);
    const Result res = segtest::runCall(*m_client, r);
    QCOMPARE(res.httpStatus, status);
    if (!message.isEmpty()) {
        QVERIFY2(res.serverMessage.contains(message), qPrintable(res.serverMessage));
        QVERIFY(res.errorText.contains(message)); // the client passes the reason on to people
    }
}

void TestSegmentsSim::tokensReplayable()
{
    const QJsonObject first{
            {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), 100}}}};
    const Result p1 = query(m_gold, first);
    QVERIFY(p1.ok());
    const QString token = p1.json.object().value(u"continuationToken").toString();
    QVERIFY(!token.isEmpty());
    QJsonObject next{{QStringLiteral("pagination"),
                      QJsonObject{{QStringLiteral("limit"), 100},
                                  {QStringLiteral("continuationToken"), token}}}};
    const Result a = query(m_gold, next);
    const Result b = query(m_gold, next);
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(a.body, b.body); // the same token answers the same page
    QVERIFY(a.body != p1.body);
    QCOMPARE(a.json.object().value(u"count").toInt(), 100);
    QCOMPARE(a.json.object()
                     .value(u"items")
                     .toArray()
                     .first()
                     .toObject()
                     .value(u"contactId")
                     .toString(),
             QStringLiteral("ct-00-00000064")); // member 100 of the first segment
}

void TestSegmentsSim::tokenBoundToQuery()
{
    const Result p1 = query(
            m_gold, {{QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), 10}}}});
    const QString token = p1.json.object().value(u"continuationToken").toString();
    // Same token with another attribute list: refused, not silently shifted.
    const Result other = query(
            m_gold, {{QStringLiteral("requestedAttributes"), QJsonArray{QStringLiteral("email")}},
                     {QStringLiteral("pagination"),
                      QJsonObject{{QStringLiteral("continuationToken"), token}}}});
    QCOMPARE(other.httpStatus, 400);
    // Or on another segment.
    const QString churn = segtest::segmentId(m_sim, QStringLiteral("Churn risk, Q3 (model v2)"));
    QCOMPARE(query(churn, {{QStringLiteral("pagination"),
                            QJsonObject{{QStringLiteral("continuationToken"), token}}}})
                     .httpStatus,
             400);
    // An altered token fails its checksum.
    QByteArray raw = QByteArray::fromBase64(token.toLatin1(), QByteArray::Base64UrlEncoding);
    raw.replace(".10.", ".20.");
    const QString forged = QString::fromLatin1(
            raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QCOMPARE(query(m_gold, {{QStringLiteral("pagination"),
                             QJsonObject{{QStringLiteral("continuationToken"), forged}}}})
                     .httpStatus,
             400);
}

void TestSegmentsSim::filtersEvaluated_data()
{
    QTest::addColumn<QByteArray>("filters");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("check"); // how each returned value must relate to the operand

    QTest::newRow("equals") << QByteArray(
            "[{\"attribute\":\"tier\",\"operator\":\"equals\",\"value\":\"Gold\"}]")
                            << "tier"
                            << "==Gold";
    QTest::newRow("not_equals") << QByteArray(
            "[{\"attribute\":\"status\",\"operator\":\"not_equals\",\"value\":\"active\"}]")
                                << "status"
                                << "!=active";
    QTest::newRow("contains ci") << QByteArray(
            "[{\"attribute\":\"city\",\"operator\":\"contains\",\"value\":\"YORK\"}]")
                                 << "city"
                                 << "==New York, NY";
    QTest::newRow("starts_with") << QByteArray(
            "[{\"attribute\":\"email\",\"operator\":\"starts_with\",\"value\":\"zoe.\"}]")
                                 << "email"
                                 << "^zoe.";
    QTest::newRow("greater_than") << QByteArray(
            "[{\"attribute\":\"orderCount\",\"operator\":\"greater_than\",\"value\":200}]")
                                  << "orderCount"
                                  << ">200";
    QTest::newRow("less_than date") << QByteArray("[{\"attribute\":\"lastPurchase\",\"operator\":"
                                                  "\"less_than\",\"value\":\"2019-03-01\"}]")
                                    << "lastPurchase"
                                    << "<2019-03-01";
    // RFC 3339 in UTC compares as text in time order.
    // RFC 3339 in UTC compares as text in time order; given with an offset, compared in UTC.
    const QDateTime cut = QDateTime::currentDateTimeUtc().addDays(-30);
    const QString cutUtc = cut.toString(Qt::ISODate);
    QTest::newRow("greater_than datetime")
            << QJsonDocument(QJsonArray{QJsonObject{
                                     {QStringLiteral("attribute"), QStringLiteral("lastUpdated")},
                                     {QStringLiteral("operator"), QStringLiteral("greater_than")},
                                     {QStringLiteral("value"),
                                      cut.toOffsetFromUtc(3600).toString(Qt::ISODate)}}})
                       .toJson(QJsonDocument::Compact)
            << "lastUpdated" << QString(u"after" + cutUtc);
    QTest::newRow("in") << QByteArray(
            "[{\"attribute\":\"city\",\"operator\":\"in\",\"value\":[\"東京\",\"Zürich\"]}]")
                        << "city"
                        << "in東京|Zürich";
    QTest::newRow("boolean") << QByteArray(
            "[{\"attribute\":\"marketingOptIn\",\"operator\":\"equals\",\"value\":true}]")
                             << "marketingOptIn"
                             << "==true";
}

void TestSegmentsSim::filtersEvaluated()
{
    QFETCH(QByteArray, filters);
    QFETCH(QString, attribute);
    QFETCH(QString, check);
    const QJsonArray f = QJsonDocument::fromJson(filters).array();
    const QStringList truth = segtest::groundTruth(m_sim, m_gold, f);
    QVERIFY(!truth.isEmpty());
    QVERIFY(truth.size() < 5000);
    const Result r = query(
            m_gold, {{QStringLiteral("filters"), f},
                     {QStringLiteral("requestedAttributes"), QJsonArray{attribute}},
                     {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), 1000}}}});
    QVERIFY2(r.ok(), qPrintable(r.errorText));
    const QJsonArray items = r.json.object().value(u"items").toArray();
    QVERIFY(!items.isEmpty());
    for (const QJsonValue &v : items) {
        const QJsonValue value = v.toObject().value(u"attributes").toObject().value(attribute);
        const QString text = value.isBool()     ? (value.toBool() ? QStringLiteral("true")
                                                                  : QStringLiteral("false"))
                             : value.isDouble() ? QString::number(value.toDouble())
                                                : value.toString();
        if (check.startsWith(u"=="))
            QCOMPARE(text, check.mid(2));
        else if (check.startsWith(u"!="))
            QVERIFY(text != check.mid(2));
        else if (check.startsWith(u'^'))
            QVERIFY2(text.startsWith(check.mid(1)), qPrintable(text));
        else if (check.startsWith(u'>'))
            QVERIFY(value.toDouble() > check.mid(1).toDouble());
        else if (check.startsWith(u'<'))
            QVERIFY2(text < check.mid(1), qPrintable(text));
        else if (check.startsWith(u"after"))
            QVERIFY2(text > check.mid(5), qPrintable(text));
        else if (check.startsWith(u"in"))
            QVERIFY(check.mid(2).split(u'|').contains(text));
    }
    QCOMPARE(items.first().toObject().value(u"contactId").toString(), truth.first());
}

void TestSegmentsSim::pagesCoverGroundTruth()
{
    const QJsonArray filters = QJsonDocument::fromJson("[{\"attribute\":\"tier\",\"operator\":"
                                                       "\"in\",\"value\":[\"Gold\",\"Platinum\"]}]")
                                       .array();
    const QStringList truth = segtest::groundTruth(m_sim, m_gold, filters);
    QStringList seen;
    QString token;
    int pages = 0;
    do {
        QJsonObject pagination{{QStringLiteral("limit"), 333}};
        if (!token.isEmpty())
            pagination.insert(QStringLiteral("continuationToken"), token);
        const Result r = query(m_gold, {{QStringLiteral("filters"), filters},
                                        {QStringLiteral("pagination"), pagination}});
        QVERIFY2(r.ok(), qPrintable(r.errorText));
        for (const QJsonValue &v : r.json.object().value(u"items").toArray())
            seen.append(v.toObject().value(u"contactId").toString());
        token = r.json.object().value(u"continuationToken").toString();
        QVERIFY(++pages < 100);
    } while (!token.isEmpty());
    QCOMPARE(seen, truth);
}

void TestSegmentsSim::valuesAreMessy()
{
    const Result r = query(
            m_gold, {{QStringLiteral("requestedAttributes"),
                      QJsonArray{QStringLiteral("notes"), QStringLiteral("lastName"),
                                 QStringLiteral("city")}},
                     {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), 1000}}}});
    QVERIFY(r.ok());
    bool comma = false, quote = false, newline = false, nonLatin = false;
    for (const QJsonValue &v : r.json.object().value(u"items").toArray()) {
        const QJsonObject a = v.toObject().value(u"attributes").toObject();
        for (const QString &key : a.keys()) {
            const QString s = a.value(key).toString();
            comma |= s.contains(u',');
            quote |= s.contains(u'"');
            newline |= s.contains(u'\n');
            for (const QChar c : s)
                nonLatin |= c.unicode() > 0x2ff;
        }
    }
    QVERIFY(comma && quote && newline && nonLatin);
}

// Contract section 1: every segment's contacts carry what seed 000 asks for, lastUpdated as
// RFC 3339, none later than the segment's own lastUpdated.
void TestSegmentsSim::seedAttributesOnEverySegment()
{
    const Result list = segtest::runCall(*m_client, SegmentsApi::listRequest({}));
    QVERIFY(list.ok());
    QList<SegmentInfo> segments;
    QString token, error;
    QVERIFY(SegmentsApi::parseSegmentList(list.json, &segments, &token, &error));
    const QStringList seedAsks{QStringLiteral("email"), QStringLiteral("firstName"),
                               QStringLiteral("lastName"), QStringLiteral("status"),
                               QStringLiteral("lastUpdated")};
    static const QRegularExpression rfc3339(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ$"));
    int checked = 0;
    for (const SegmentInfo &s : std::as_const(segments)) {
        for (const QString &name : seedAsks) {
            const SegmentAttribute *a = s.attribute(name);
            QVERIFY2(a && a->valid, qPrintable(s.name + u' ' + name));
        }
        QCOMPARE(s.attribute(QStringLiteral("lastUpdated"))->type, QStringLiteral("datetime"));
        if (!s.isActive())
            continue;
        const Result r = query(
                s.id,
                {{QStringLiteral("requestedAttributes"), QJsonArray::fromStringList(seedAsks)},
                 {QStringLiteral("pagination"), QJsonObject{{QStringLiteral("limit"), 200}}}});
        QVERIFY2(r.ok(), qPrintable(s.name + u": " + r.errorText));
        const QJsonArray items = r.json.object().value(u"items").toArray();
        QCOMPARE(items.isEmpty(), s.memberCount == 0);
        QSet<QString> distinct;
        for (const QJsonValue &v : items) {
            const QJsonObject a = v.toObject().value(u"attributes").toObject();
            QCOMPARE(a.keys().size(), seedAsks.size());
            const QString when = a.value(u"lastUpdated").toString();
            QVERIFY2(rfc3339.match(when).hasMatch(), qPrintable(when));
            const QDateTime t = QDateTime::fromString(when, Qt::ISODate);
            QVERIFY2(t.isValid() && t <= s.lastUpdated, qPrintable(when));
            QVERIFY(t.secsTo(s.lastUpdated) < 80 * 86400);
            distinct.insert(when);
            ++checked;
        }
        QVERIFY2(items.isEmpty() || distinct.size() > items.size() / 2,
                 qPrintable(QStringLiteral("%1: %2 of %3")
                                    .arg(s.name)
                                    .arg(distinct.size())
                                    .arg(items.size())));
    }
    QVERIFY(checked > 0);
}

void TestSegmentsSim::largeScaleIsLazy()
{
    EmbeddedSimulator large;
    QVERIFY(segtest::startSim(large, Scale::Large));
    qint64 biggest = 0;
    large.run([&](TenantSimulator &s) {
        for (const SimSegment &seg :
             s.state().partAs<SegmentsPart>(QStringLiteral("segments"))->segments())
            biggest = std::max(biggest, seg.memberCount);
    });
    QVERIFY(biggest >= 5000000);
    // Member 4,999,999 answers at once: nothing was generated ahead.
    const QString id = segtest::segmentId(large, QStringLiteral("Gold loyalty members"));
    QString value;
    large.run([&](TenantSimulator &s) {
        value = s.state()
                        .partAs<SegmentsPart>(QStringLiteral("segments"))
                        ->memberValue(id, 4999999, QStringLiteral("email"));
    });
    QVERIFY(value.contains(u'@'));
    large.stop();
}

QTEST_MAIN(TestSegmentsSim)
#include "test_segments_sim.moc"
