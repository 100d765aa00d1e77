// Validation, filter parsing and output formatting of the segment export: no network.
#include "models/segments/segmentexport.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace cxone;

namespace {

SegmentInfo sampleSegment(const QString &status = QStringLiteral("Active"),
                          qint64 ageSeconds = 3600)
{
    SegmentInfo s;
    s.id = QStringLiteral("seg-1");
    s.name = QStringLiteral("Sample");
    s.status = status;
    s.lastUpdated = QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC).addSecs(-ageSeconds);
    s.attributes = {{QStringLiteral("firstName"), QStringLiteral("string"), true},
                    {QStringLiteral("orderCount"), QStringLiteral("integer"), true},
                    {QStringLiteral("lifetimeValue"), QStringLiteral("number"), true},
                    {QStringLiteral("lastPurchase"), QStringLiteral("date"), true},
                    {QStringLiteral("marketingOptIn"), QStringLiteral("boolean"), true},
                    {QStringLiteral("legacyScore"), QStringLiteral("integer"), false}};
    return s;
}

QDateTime pinnedNow()
{
    return QDateTime(QDate(2026, 1, 10), QTime(12, 0), Qt::UTC);
}

ExportOptions optionsIn(const QString &dir)
{
    ExportOptions o;
    o.segmentId = QStringLiteral("seg-1");
    o.outputPath = dir + QStringLiteral("/out.csv");
    return o;
}

} // namespace

class TestSegmentsRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parseFilter_data();
    void parseFilter();
    void typedValue_data();
    void typedValue();
    void maxAge_data();
    void maxAge();
    void inactiveStaleDeprecatedTexts();
    void freshAndActiveIsAllowed();
    void deprecatedLeftOutWithWarning();
    void everyOptionProblemListed();
    void filterValidation_data();
    void filterValidation();
    void csvField_data();
    void csvField();
    void formatCsvAndJsonl();
    void formatValueShapes();
    void numberTexts_data();
    void numberTexts();
    void formatRejectsBadPages_data();
    void formatRejectsBadPages();
    void checkpointRoundTrip();
};

void TestSegmentsRules::parseFilter_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");

    QTest::newRow("words") << "tier equals Gold" << true << "tier"
                           << "equals"
                           << "Gold";
    QTest::newRow("symbol") << "orderCount > 10" << true << "orderCount"
                            << "greater_than"
                            << "10";
    QTest::newRow("symbol no spaces") << "orderCount<10" << true << "orderCount"
                                      << "less_than"
                                      << "10";
    QTest::newRow("not equals") << "status != churned" << true << "status"
                                << "not_equals"
                                << "churned";
    QTest::newRow("quoted value") << "notes contains \"a, b\"" << true << "notes"
                                  << "contains"
                                  << "a, b";
    QTest::newRow("spaces in value") << "city equals New York, NY" << true << "city"
                                     << "equals"
                                     << "New York, NY";
    QTest::newRow("in list") << "city in Zürich,\"New York, NY\"" << true << "city"
                             << "in"
                             << "Zürich,\"New York, NY\"";
    QTest::newRow("starts-with dash") << "email starts-with anna" << true << "email"
                                      << "starts_with"
                                      << "anna";
    QTest::newRow("unicode") << "city = 東京" << true << "city"
                             << "equals"
                             << "東京";
    QTest::newRow("no value") << "tier equals" << false << ""
                              << ""
                              << "";
    QTest::newRow("unknown op") << "tier like Gold" << false << ""
                                << ""
                                << "";
    QTest::newRow("garbage") << "= Gold" << false << ""
                             << ""
                             << "";
    QTest::newRow("empty") << "" << false << ""
                           << ""
                           << "";
}

void TestSegmentsRules::parseFilter()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    FilterSpec f;
    QString error;
    QCOMPARE(parseSegmentFilter(text, &f, &error), ok);
    if (!ok) {
        QVERIFY(!error.isEmpty());
        return;
    }
    QTEST(f.attribute, "attribute");
    QTEST(f.op, "op");
    QTEST(f.value, "value");
}

void TestSegmentsRules::typedValue_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QByteArray>("json"); // empty: refused

    QTest::newRow("integer") << "integer"
                             << "equals"
                             << "42" << QByteArray("[42]");
    QTest::newRow("integer bad") << "integer"
                                 << "equals"
                                 << "4.5" << QByteArray();
    QTest::newRow("number") << "number"
                            << "greater_than"
                            << "12.5" << QByteArray("[12.5]");
    QTest::newRow("number bad") << "number"
                                << "less_than"
                                << "abc" << QByteArray();
    QTest::newRow("date") << "date"
                          << "greater_than"
                          << "2024-02-29" << QByteArray("[\"2024-02-29\"]");
    QTest::newRow("date bad") << "date"
                              << "equals"
                              << "2023-02-29" << QByteArray();
    QTest::newRow("date other form") << "date"
                                     << "equals"
                                     << "29.02.2024" << QByteArray();
    QTest::newRow("bool yes") << "boolean"
                              << "equals"
                              << "yes" << QByteArray("[true]");
    QTest::newRow("bool false") << "boolean"
                                << "equals"
                                << "FALSE" << QByteArray("[false]");
    QTest::newRow("bool bad") << "boolean"
                              << "equals"
                              << "maybe" << QByteArray();
    QTest::newRow("string keeps spaces") << "string"
                                         << "equals"
                                         << " a " << QByteArray("[\" a \"]");
    QTest::newRow("in integers") << "integer"
                                 << "in"
                                 << "1, 2,3" << QByteArray("[[1,2,3]]");
    QTest::newRow("in strings quoted") << "string"
                                       << "in"
                                       << "\"a,b\",c" << QByteArray("[[\"a,b\",\"c\"]]");
    QTest::newRow("in bad item") << "integer"
                                 << "in"
                                 << "1,x" << QByteArray();
    QTest::newRow("in empty") << "string"
                              << "in"
                              << "" << QByteArray();
    QTest::newRow("in only commas") << "string"
                                    << "in"
                                    << ",,," << QByteArray();
    QTest::newRow("in trailing comma") << "string"
                                       << "in"
                                       << "gold," << QByteArray();
    QTest::newRow("datetime utc") << "datetime"
                                  << "greater_than"
                                  << "2026-11-20T13:45:00Z"
                                  << QByteArray("[\"2026-11-20T13:45:00Z\"]");
    QTest::newRow("datetime offset to utc")
            << "datetime"
            << "less_than"
            << "2026-11-20T14:45:00+01:00" << QByteArray("[\"2026-11-20T13:45:00Z\"]");
    QTest::newRow("datetime space")
            << "datetime"
            << "equals"
            << "2026-11-20 13:45:07Z" << QByteArray("[\"2026-11-20T13:45:07Z\"]");
    QTest::newRow("datetime bare date") << "datetime"
                                        << "greater_than"
                                        << "2026-11-20" << QByteArray("[\"2026-11-20T00:00:00Z\"]");
    QTest::newRow("datetime without zone") << "datetime"
                                           << "greater_than"
                                           << "2026-11-20T13:45:00" << QByteArray();
    QTest::newRow("datetime junk") << "datetime"
                                   << "equals"
                                   << "yesterday" << QByteArray();
}

void TestSegmentsRules::typedValue()
{
    QFETCH(QString, type);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(QByteArray, json);
    const SegmentAttribute a{QStringLiteral("attr"), type, true};
    QString error;
    const QJsonValue v = typedSegmentFilterValue(a, {QStringLiteral("attr"), op, value}, &error);
    if (json.isEmpty()) {
        QVERIFY(v.isUndefined());
        QVERIFY2(error.contains(u"attr"), qPrintable(error));
        return;
    }
    QVERIFY2(!v.isUndefined(), qPrintable(error));
    QCOMPARE(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact), json);
}

void TestSegmentsRules::maxAge_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused
    QTest::newRow("hours") << "24h" << qint64(86400);
    QTest::newRow("minutes") << "90m" << qint64(5400);
    QTest::newRow("combined") << "1d12h" << qint64(129600);
    QTest::newRow("spaces") << " 2 d " << qint64(172800);
    QTest::newRow("weeks") << "1w" << qint64(604800);
    QTest::newRow("no unit") << "24" << qint64(-1);
    QTest::newRow("zero") << "0h" << qint64(-1);
    QTest::newRow("junk") << "soon" << qint64(-1);
    QTest::newRow("trailing junk") << "2h x" << qint64(-1);
    QTest::newRow("ten years") << "3650d" << qint64(3650) * 86400;
    // Found by fuzzing: n * 60 overflowed and wrapped to 3 644 s.
    QTest::newRow("overflow") << "307445734561825921m" << qint64(-1);
    QTest::newRow("too many digits") << "99999999999999999999999h" << qint64(-1);
    QTest::newRow("sum past ten years") << "3650d1s" << qint64(-1);
}

void TestSegmentsRules::maxAge()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    std::chrono::seconds d{0};
    QString error;
    const bool ok = parseMaxAge(text, &d, &error);
    QCOMPARE(ok, seconds >= 0);
    if (ok)
        QCOMPARE(qint64(d.count()), seconds);
    else
        QVERIFY2(error.contains(u"24h") || error.contains(u"3650d"), qPrintable(error));
}

void TestSegmentsRules::inactiveStaleDeprecatedTexts()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportOptions o = optionsIn(dir.path());
    o.attributes = {QStringLiteral("firstName"), QStringLiteral("legacyScore")};
    const ExportVerdict v
            = validateExport(sampleSegment(QStringLiteral("Inactive"), 3 * 86400), o, pinnedNow());
    QVERIFY(!v.allowed());
    const QStringList texts = v.blockingTexts();
    QCOMPARE(texts.size(), 3);
    QCOMPARE(texts[0],
             QStringLiteral("Segment \u201cSample\u201d is Inactive: only Active segments "
                            "can be exported. Activate it in CXone, then try again."));
    QCOMPARE(texts[1], QStringLiteral("Segment \u201cSample\u201d was last updated 3 days 0 h ago "
                                      "(2026-01-07 12:00 UTC), older than the freshness limit of "
                                      "24 h. Refresh the segment in CXone, or raise the freshness "
                                      "limit if older data is acceptable."));
    QCOMPARE(texts[2], QStringLiteral("Attribute 'legacyScore' is deprecated and cannot be "
                                      "exported; remove it from the attribute list to go on "
                                      "without it."));
    // A raised limit lets the stale segment through (the status still blocks).
    o.maxAge = std::chrono::hours(96);
    o.attributes.clear();
    const ExportVerdict raised
            = validateExport(sampleSegment(QStringLiteral("Active"), 3 * 86400), o, pinnedNow());
    QVERIFY(raised.allowed());
}

void TestSegmentsRules::freshAndActiveIsAllowed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    SegmentInfo s = sampleSegment();
    s.attributes.removeLast();
    const ExportVerdict v = validateExport(s, optionsIn(dir.path()), pinnedNow());
    QVERIFY(v.allowed());
    QVERIFY(v.reasons.isEmpty());
    QCOMPARE(v.attributes, s.validAttributeNames());
    // Exactly at the limit is still fresh; one second more is stale.
    ExportOptions o = optionsIn(dir.path());
    QVERIFY(validateExport(sampleSegment(QStringLiteral("Active"), 86400), o, pinnedNow())
                    .allowed());
    QVERIFY(!validateExport(sampleSegment(QStringLiteral("Active"), 86401), o, pinnedNow())
                     .allowed());
    s.lastUpdated = {};
    const ExportVerdict none = validateExport(s, o, pinnedNow());
    QVERIFY(!none.allowed());
    QCOMPARE(none.reasons.first().code, QStringLiteral("no-timestamp"));
}

void TestSegmentsRules::deprecatedLeftOutWithWarning()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const ExportVerdict v = validateExport(sampleSegment(), optionsIn(dir.path()), pinnedNow());
    QVERIFY(v.allowed());
    QCOMPARE(v.warningTexts(),
             QStringList{QStringLiteral("Attribute 'legacyScore' is deprecated: CXone refuses "
                                        "queries that name it, so it is left out of the export.")});
    QVERIFY(!v.attributes.contains(QStringLiteral("legacyScore")));
    QCOMPARE(v.attributes.size(), 5);
}

void TestSegmentsRules::everyOptionProblemListed()
{
    ExportOptions o;
    o.segmentId = QStringLiteral("seg-1");
    o.pageSize = 1001;
    o.outputPath = QStringLiteral("/nonexistent-folder-for-test/out.csv");
    o.cdpUrl = QUrl(QStringLiteral("http://cdp.example.com/hook"));
    o.attributes
            = {QStringLiteral("nope"), QStringLiteral("firstName"), QStringLiteral("firstName")};
    const ExportVerdict v = validateExport(sampleSegment(), o, pinnedNow());
    QStringList codes;
    for (const VerdictReason &r : v.reasons) {
        if (r.severity == VerdictReason::Severity::Blocking)
            codes.append(r.code);
    }
    QCOMPARE(codes, (QStringList{QStringLiteral("attribute"), QStringLiteral("attribute"),
                                 QStringLiteral("page-size"), QStringLiteral("output"),
                                 QStringLiteral("cdp")}));
    QVERIFY(v.blockingTexts().join(u'\n').contains(u"1 to 1000 (got 1001)"));
    o.pageSize = 0;
    QVERIFY(!validateExport(sampleSegment(), o, pinnedNow()).allowed());
}

void TestSegmentsRules::filterValidation_data()
{
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("problem"); // empty: accepted

    QTest::newRow("string contains") << "firstName"
                                     << "contains"
                                     << "an"
                                     << "";
    QTest::newRow("int greater") << "orderCount"
                                 << "greater_than"
                                 << "5"
                                 << "";
    QTest::newRow("date less") << "lastPurchase"
                               << "less_than"
                               << "2024-01-01"
                               << "";
    QTest::newRow("bool equals") << "marketingOptIn"
                                 << "equals"
                                 << "true"
                                 << "";
    QTest::newRow("unknown attribute") << "shoeSize"
                                       << "equals"
                                       << "9"
                                       << "does not exist";
    QTest::newRow("deprecated") << "legacyScore"
                                << "equals"
                                << "1"
                                << "deprecated";
    QTest::newRow("contains on int") << "orderCount"
                                     << "contains"
                                     << "1"
                                     << "does not apply";
    QTest::newRow("greater on string") << "firstName"
                                       << "greater_than"
                                       << "a"
                                       << "does not apply";
    QTest::newRow("in on bool") << "marketingOptIn"
                                << "in"
                                << "true"
                                << "does not apply";
    QTest::newRow("bad int") << "orderCount"
                             << "equals"
                             << "many"
                             << "whole number";
    QTest::newRow("bad date") << "lastPurchase"
                              << "equals"
                              << "yesterday"
                              << "YYYY-MM-DD";
}

void TestSegmentsRules::filterValidation()
{
    QFETCH(QString, attribute);
    QFETCH(QString, op);
    QFETCH(QString, value);
    QFETCH(QString, problem);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ExportOptions o = optionsIn(dir.path());
    o.filters = {{attribute, op, value}};
    const ExportVerdict v = validateExport(sampleSegment(), o, pinnedNow());
    if (problem.isEmpty()) {
        QVERIFY2(v.allowed(), qPrintable(v.blockingTexts().join(u'\n')));
        QCOMPARE(v.filters.size(), 1);
        QCOMPARE(v.filters.first().attribute, attribute);
        return;
    }
    QVERIFY(!v.allowed());
    QCOMPARE(v.blockingTexts().size(), 1);
    QVERIFY2(v.blockingTexts().first().contains(problem), qPrintable(v.blockingTexts().first()));
    QVERIFY(v.blockingTexts().first().contains(attribute));
}

void TestSegmentsRules::csvField_data()
{
    QTest::addColumn<QByteArray>("in");
    QTest::addColumn<QByteArray>("out");
    QTest::newRow("plain") << QByteArray("Anna") << QByteArray("Anna");
    QTest::newRow("empty") << QByteArray() << QByteArray();
    QTest::newRow("comma") << QByteArray("New York, NY") << QByteArray("\"New York, NY\"");
    QTest::newRow("quote") << QByteArray("Said \"hi\"") << QByteArray("\"Said \"\"hi\"\"\"");
    QTest::newRow("newline") << QByteArray("a\nb") << QByteArray("\"a\nb\"");
    QTest::newRow("crlf") << QByteArray("a\r\nb") << QByteArray("\"a\r\nb\"");
    QTest::newRow("unicode untouched")
            << QByteArray("Zürich 東京 👍") << QByteArray("Zürich 東京 👍");
    QTest::newRow("apostrophe") << QByteArray("O'Brien") << QByteArray("O'Brien");
    QTest::newRow("only quote") << QByteArray("\"") << QByteArray("\"\"\"\"");
}

void TestSegmentsRules::csvField()
{
    QFETCH(QByteArray, in);
    QFETCH(QByteArray, out);
    QCOMPARE(exportCsvField(in), out);
}

void TestSegmentsRules::formatCsvAndJsonl()
{
    const QByteArray body = QByteArrayLiteral(
            "{\"items\":[{\"contactId\":\"c1\",\"attributes\":{\"name\":\"Brown, "
            "Jr.\",\"note\":\"Say \\\"hi\\\"\\nbye\",\"n\":3,\"v\":12.5,\"ok\":true}},"
            "{\"contactId\":\"c,2\",\"attributes\":{\"name\":\"東京\",\"n\":1e3}}],"
            "\"continuationToken\":\"tok\",\"count\":2}");
    const QStringList attrs{QStringLiteral("name"), QStringLiteral("note"), QStringLiteral("n"),
                            QStringLiteral("v"), QStringLiteral("ok")};
    const FormattedPage csv = formatExportPage(body, attrs, ExportFormat::Csv, true, true);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QCOMPARE(csv.records, 2);
    QCOMPARE(csv.continuationToken, QStringLiteral("tok"));
    QCOMPARE(exportCsvHeader(attrs), QByteArray("contactId,name,note,n,v,ok\r\n"));
    QCOMPARE(csv.output, QByteArray("c1,\"Brown, Jr.\",\"Say \"\"hi\"\"\nbye\",3,12.5,true\r\n"
                                    "\"c,2\",東京,,1000,,\r\n"));
    QVERIFY(csv.rows);
    QCOMPARE(csv.rows->rowCount(), 2);
    QCOMPARE(csv.rows->columns, 6);
    const QJsonDocument cdp = QJsonDocument::fromJson(csv.cdpRecords);
    QVERIFY(cdp.isArray());
    QCOMPARE(cdp.array().size(), 2);
    QCOMPARE(cdp.array().at(0).toObject().value(u"attributes").toObject().value(u"note").toString(),
             QStringLiteral("Say \"hi\"\nbye"));

    const FormattedPage jsonl = formatExportPage(body, attrs, ExportFormat::Jsonl, false, false);
    QVERIFY(jsonl.error.isEmpty());
    QVERIFY(!jsonl.rows);
    const QList<QByteArray> lines = jsonl.output.split('\n');
    QCOMPARE(lines.size(), 3); // two records and the empty rest after the last newline
    QCOMPARE(
            lines[0],
            QByteArray("{\"contactId\":\"c1\",\"attributes\":{\"name\":\"Brown, "
                       "Jr.\",\"note\":\"Say \\\"hi\\\"\\nbye\",\"n\":3,\"v\":12.5,\"ok\":true}}"));
    QCOMPARE(lines[1], QByteArray("{\"contactId\":\"c,2\",\"attributes\":{\"name\":\"東京\","
                                  "\"note\":null,\"n\":1000,\"v\":null,\"ok\":null}}"));
    for (int i = 0; i < 2; ++i)
        QVERIFY(QJsonDocument::fromJson(lines[i]).isObject());
}

void TestSegmentsRules::formatValueShapes()
{
    // Keys in another order than asked, a repeated key (the last wins), escapes, big and small
    // numbers, nested values, null and missing attributes.
    const QByteArray body = QByteArrayLiteral(
            "{\"count\":1,\"continuationToken\":null,\"items\":[{\"attributes\":{"
            "\"z\":\"first\",\"big\":9007199254740993,\"neg\":-42,\"tiny\":1.5e-7,"
            "\"esc\":\"tab\\there \\u00e9 \\ud83d\\udc4d "
            "\\u0001\",\"nested\":{\"b\":[1,2.5,\"x,y\"]},"
            "\"nul\":null,\"z\":\"last\",\"huge\":1e300,\"f\":false,\"u\":18446744073709551615},"
            "\"contactId\":\"c\\\"1\"}]}");
    const QStringList attrs{
            QStringLiteral("z"),    QStringLiteral("big"),     QStringLiteral("neg"),
            QStringLiteral("tiny"), QStringLiteral("esc"),     QStringLiteral("nested"),
            QStringLiteral("nul"),  QStringLiteral("missing"), QStringLiteral("huge"),
            QStringLiteral("f"),    QStringLiteral("u")};
    const FormattedPage csv = formatExportPage(body, attrs, ExportFormat::Csv, true, true);
    QVERIFY2(csv.error.isEmpty(), qPrintable(csv.error));
    QVERIFY(csv.continuationToken.isEmpty());
    QCOMPARE(csv.records, 1);
    QCOMPARE(csv.output, QByteArray("\"c\"\"1\",last,9007199254740993,-42,1.5e-07,"
                                    "tab\there \xc3\xa9 \xf0\x9f\x91\x8d \x01,"
                                    "\"{\"\"b\"\":[1,2.5,\"\"x,y\"\"]}\",,,1e+300,false,"
                                    "18446744073709551615\r\n"));
    QVERIFY(csv.rows);
    QCOMPARE(csv.rows->rowCount(), 1);
    QCOMPARE(csv.rows->columns, 12);
    const QByteArray cells = csv.rows->text;
    QVERIFY(cells.startsWith("c\"1last"));
    // The CDP records are JSON that reads back to the same values.
    const QJsonObject cdp = QJsonDocument::fromJson(csv.cdpRecords).array().at(0).toObject();
    QCOMPARE(cdp.value(u"contactId").toString(), QStringLiteral("c\"1"));
    const QJsonObject a = cdp.value(u"attributes").toObject();
    QCOMPARE(a.value(u"z").toString(), QStringLiteral("last"));
    QCOMPARE(a.value(u"esc").toString(), QStringLiteral("tab\there \u00e9 \U0001F44D \u0001"));
    QCOMPARE(a.value(u"neg").toInteger(), -42);
    QCOMPARE(a.value(u"nested").toObject().value(u"b").toArray().at(2).toString(),
             QStringLiteral("x,y"));
    QVERIFY(a.value(u"nul").isNull());
    QVERIFY(a.value(u"missing").isNull());
    QCOMPARE(a.value(u"f").toBool(true), false);

    const FormattedPage jsonl = formatExportPage(body, attrs, ExportFormat::Jsonl, false, false);
    QVERIFY2(jsonl.error.isEmpty(), qPrintable(jsonl.error));
    QVERIFY(jsonl.output.endsWith('\n'));
    QCOMPARE(jsonl.output.count('\n'), 1);
    QCOMPARE(QJsonDocument::fromJson(jsonl.output).object(), cdp);
    QVERIFY(jsonl.output.contains("\\t"));
    QVERIFY(jsonl.output.contains("\\u0001"));
}

void TestSegmentsRules::numberTexts_data()
{
    // Amounts take a shorter road than other decimals; both must write what Qt's shortest
    // general conversion writes (the text exports have always had).
    QTest::addColumn<QByteArray>("json");
    for (const char *n : {"2318.25",
                          "0.5",
                          "-0.5",
                          "0.05",
                          "-0.01",
                          "0.1",
                          "19.9",
                          "123456.7",
                          "99999999999.99",
                          "999999999999.99",
                          "1000000000000.5",
                          "1.005",
                          "2.675",
                          "0.3",
                          "1e-7",
                          "12345.678",
                          "-7.25",
                          "4503599627370495.5",
                          "0.07",
                          "1234567.89"})
        QTest::newRow(n) << QByteArray(n);
    // And a sweep of cents: every value k/100 for k in a few ranges.
    QTest::newRow("sweep") << QByteArray();
}

void TestSegmentsRules::numberTexts()
{
    QFETCH(QByteArray, json);
    QList<double> values;
    if (json.isEmpty()) {
        for (qint64 k = -2000; k <= 2000; ++k)
            values << double(k) / 100.0;
        for (qint64 k = 99999999990000; k < 99999999990000 + 2000; ++k)
            values << double(k) / 100.0;
    } else {
        values << json.toDouble();
    }
    QByteArray items;
    QByteArray expected;
    for (const double d : values) {
        if (!items.isEmpty())
            items += ',';
        const QByteArray text = QByteArray::number(d, 'g', 17);
        items += "{\"contactId\":\"c\",\"attributes\":{\"v\":" + text + "}}";
        const bool integral = d == std::floor(d) && std::fabs(d) < 9007199254740992.0;
        expected += "c,"
                    + (integral ? QByteArray::number(qint64(d))
                                : QByteArray::number(d, 'g', QLocale::FloatingPointShortest))
                    + "\r\n";
    }
    const QByteArray body = "{\"items\":[" + items + "],\"continuationToken\":null}";
    const FormattedPage page
            = formatExportPage(body, {QStringLiteral("v")}, ExportFormat::Csv, false, false);
    QVERIFY2(page.error.isEmpty(), qPrintable(page.error));
    QCOMPARE(page.output, expected);
}

void TestSegmentsRules::formatRejectsBadPages_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("problem");
    QTest::newRow("truncated") << QByteArray("{\"items\":[{\"contactId\":\"c1\",\"attr")
                               << "not valid JSON";
    QTest::newRow("garbage") << QByteArray("<html>oops</html>") << "not valid JSON";
    QTest::newRow("no items") << QByteArray("{\"continuationToken\":\"\"}") << "no items";
    QTest::newRow("no id") << QByteArray("{\"items\":[{\"attributes\":{}}]}") << "no contactId";
    QTest::newRow("count mismatch")
            << QByteArray("{\"items\":[],\"count\":3}") << "says it holds 3";
    QTest::newRow("token type") << QByteArray("{\"items\":[],\"continuationToken\":5}")
                                << "not a string";
    QTest::newRow("top-level array") << QByteArray("[{\"items\":[]}]") << "no items";
    QTest::newRow("items not array") << QByteArray("{\"items\":{}}") << "no items";
    QTest::newRow("record not object") << QByteArray("{\"items\":[\"c1\"]}") << "no contactId";
    QTest::newRow("numeric id") << QByteArray("{\"items\":[{\"contactId\":7}]}") << "no contactId";
    QTest::newRow("empty id") << QByteArray("{\"items\":[{\"contactId\":\"\"}]}") << "no contactId";
    QTest::newRow("attributes list")
            << QByteArray("{\"items\":[{\"contactId\":\"a\",\"attributes\":[1]}]}")
            << "not an object";
    QTest::newRow("trailing garbage") << QByteArray("{\"items\":[]} x") << "not valid JSON";
    QTest::newRow("invalid UTF-8")
            << QByteArray("{\"items\":[{\"contactId\":\"\xff\xfe\"}]}") << "not valid JSON";
    QTest::newRow("empty body") << QByteArray() << "not valid JSON";
    QTest::newRow("second record broken")
            << QByteArray("{\"items\":[{\"contactId\":\"a\"},{\"id\":\"b\"}]}") << "Record 2";
}

void TestSegmentsRules::formatRejectsBadPages()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, problem);
    const FormattedPage p = formatExportPage(body, {}, ExportFormat::Csv, false, false);
    QVERIFY2(p.error.contains(problem), qPrintable(p.error));
    QVERIFY(p.output.isEmpty());
}

void TestSegmentsRules::checkpointRoundTrip()
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString out = dir.filePath(QStringLiteral("x.csv"));
    ExportCheckpoint c;
    QString error;
    QVERIFY(!ExportCheckpoint::load(out, &c, &error));
    QVERIFY(error.isEmpty());
    c.segmentId = QStringLiteral("s");
    c.fingerprint = QStringLiteral("f");
    c.continuationToken = QStringLiteral("t");
    c.records = 10;
    c.bytes = 1234;
    c.pages = 2;
    c.outputPath = out;
    c.format = ExportFormat::Jsonl;
    c.updatedUtc = QDateTime::currentDateTimeUtc();
    QVERIFY2(c.save(&error), qPrintable(error));
    ExportCheckpoint d;
    QVERIFY(ExportCheckpoint::load(out, &d, &error));
    QCOMPARE(d.continuationToken, c.continuationToken);
    QCOMPARE(d.bytes, 1234);
    QCOMPARE(d.records, 10);
    QCOMPARE(d.format, ExportFormat::Jsonl);
    QFile f(ExportCheckpoint::pathFor(out));
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write("{broken");
    f.close();
    QVERIFY(!ExportCheckpoint::load(out, &d, &error));
    QVERIFY(error.contains(u"damaged"));
    // Different filters give different fingerprints; so does the format.
    const QString a = queryFingerprint(QStringLiteral("s"), {}, {QStringLiteral("x")},
                                       ExportFormat::Csv, 500);
    QCOMPARE(a, queryFingerprint(QStringLiteral("s"), {}, {QStringLiteral("x")}, ExportFormat::Csv,
                                 500));
    QVERIFY(a
            != queryFingerprint(QStringLiteral("s"), {}, {QStringLiteral("x")}, ExportFormat::Jsonl,
                                500));
    QVERIFY(a
            != queryFingerprint(QStringLiteral("s"),
                                {{QStringLiteral("x"), QStringLiteral("equals"), QJsonValue(1)}},
                                {QStringLiteral("x")}, ExportFormat::Csv, 500));
}

QTEST_MAIN(TestSegmentsRules)
#include "test_segments_rules.moc"
