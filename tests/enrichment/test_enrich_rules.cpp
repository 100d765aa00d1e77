// Enrichment rules without a tenant: header matching, coercion of every type (every accepted
// format, every refusal), null tokens, date order evidence, fill rates before filtering,
// duplicates, batch sizes, templates.
#include "models/engine/csv/csvreader.h"
#include "models/engine/csv/csvrows.h"
#include "models/enrichment/enrichjobs.h"
#include "models/enrichment/enrichplan.h"
#include "models/enrichment/enrichrules.h"
#include "models/enrichment/mappingtemplates.h"
#include "network/jsonwriter.h"

#include <QBuffer>
#include <QJsonDocument>
#include <QStandardPaths>
#include <QTest>

#include <random>

using namespace cxone;
using Type = SchemaAttribute::Type;

namespace {

SchemaAttribute attr(const char *name, Type type, int maxLength = 0, QStringList enums = {},
                     const char *label = nullptr)
{
    SchemaAttribute a;
    a.name = QString::fromLatin1(name);
    a.type = type;
    a.maxLength = maxLength;
    a.enumValues = std::move(enums);
    a.label = label ? QString::fromLatin1(label) : a.name;
    return a;
}

ListSchema crmSchema()
{
    ListSchema s;
    s.listId = QStringLiteral("list_x");
    s.attributes
            = {attr("firstName", Type::String, 50, {}, "First name"),
               attr("lastName", Type::String, 50, {}, "Last name"),
               attr("email", Type::String, 254),
               attr("crm_account_status", Type::String, 0,
                    {QStringLiteral("active"), QStringLiteral("churned")}, "CRM account status"),
               attr("priority_score", Type::Integer),
               attr("last_purchase_date", Type::Date),
               attr("lifetime_value", Type::Decimal),
               attr("do_not_call", Type::Boolean),
               attr("loyalty_tier", Type::String),
               attr("preferred_language", Type::String),
               attr("account_manager", Type::String, 80)};
    return s;
}

std::shared_ptr<CsvTable> table(const QByteArray &csv)
{
    auto t = std::make_shared<CsvTable>();
    QBuffer b;
    b.setData(csv);
    b.open(QIODevice::ReadOnly);
    readCsvTable(&b, {}, t.get());
    return t;
}

// The body as Qt's parser reads it, with its reason in the readers' words when it cannot.
bool readByQt(const QByteArray &body, QJsonDocument *doc, QString *error)
{
    QJsonParseError pe;
    *doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error == QJsonParseError::NoError)
        return true;
    *error = QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset);
    return false;
}

} // namespace

class TestEnrichRules final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void headerMatching_data();
    void headerMatching();
    void idColumn_data();
    void idColumn();
    void coercion_data();
    void coercion();
    void checkerAgreesWithCoercion();
    void nullTokens_data();
    void nullTokens();
    void wordsCompareAsBytes();
    void currentValuesReadAsQtReadsThem_data();
    void currentValuesReadAsQtReadsThem();
    void batchResultsReadAsQtReadsThem_data();
    void batchResultsReadAsQtReadsThem();
    void dateOrderIsReadFromTheColumn();
    void decimalMarkIsReadFromTheColumn_data();
    void decimalMarkIsReadFromTheColumn();
    void ambiguousNumbersAreNamedWithBothReadings();
    void optionsThatChangeDataAreSaid();
    void nullTokensThatAreValuesAreRefused();
    void declaredUtf8IsChecked();
    void fillRateIsMeasuredBeforeFiltering();
    void rowStatesAndReasons();
    void duplicates_data();
    void duplicates();
    void batchesNeverExceedTheBudget_data();
    void batchesNeverExceedTheBudget();
    void summaryJsonHasEveryKey();
    void templatesRoundTrip();
};

void TestEnrichRules::headerMatching_data()
{
    QTest::addColumn<QString>("header");
    QTest::addColumn<QString>("attribute"); // empty: no suggestion
    QTest::addColumn<double>("atLeast");
    QTest::newRow("same name") << "email"
                               << "email" << 1.0;
    QTest::newRow("case and separators") << "Loyalty-Tier"
                                         << "loyalty_tier" << 1.0;
    QTest::newRow("camel case") << "FIRST_NAME"
                                << "firstName" << 1.0;
    QTest::newRow("label") << "First name"
                           << "firstName" << 1.0;
    QTest::newRow("synonym e-mail") << "E-mail Address"
                                    << "email" << 0.9;
    QTest::newRow("synonym surname") << "Surname"
                                     << "lastName" << 0.6;
    QTest::newRow("words in common") << "Account Status"
                                     << "crm_account_status" << 0.85;
    QTest::newRow("abbreviation") << "Acct Mgr"
                                  << "account_manager" << 0.85;
    QTest::newRow("whole-header synonym") << "DNC"
                                          << "do_not_call" << 0.9;
    QTest::newRow("LTV") << "LTV"
                         << "lifetime_value" << 0.9;
    QTest::newRow("accents") << "Préférred Lang"
                             << "preferred_language" << 0.85;
    QTest::newRow("typo") << "emial"
                          << "email" << 0.5;
    QTest::newRow("purchase date") << "Last Purchase"
                                   << "last_purchase_date" << 0.7;
    QTest::newRow("unrelated") << "Notes"
                               << "" << 0.0;
    QTest::newRow("unrelated 2") << "Favourite colour"
                                 << "" << 0.0;
}

void TestEnrichRules::headerMatching()
{
    QFETCH(QString, header);
    QFETCH(QString, attribute);
    QFETCH(double, atLeast);
    const QList<MappingSuggestion> s = suggestMapping({header}, crmSchema());
    QCOMPARE(s.first().attribute, attribute);
    QVERIFY2(s.first().confidence >= atLeast - 1e-9,
             qPrintable(QString::number(s.first().confidence)));
    if (!attribute.isEmpty())
        QVERIFY(!s.first().reason.isEmpty());
}

void TestEnrichRules::idColumn_data()
{
    QTest::addColumn<QStringList>("headers");
    QTest::addColumn<int>("column");
    QTest::newRow("contactId") << QStringList{QStringLiteral("name"), QStringLiteral("contactId")}
                               << 1;
    QTest::newRow("Contact ID") << QStringList{QStringLiteral("Contact ID"), QStringLiteral("x")}
                                << 0;
    QTest::newRow("contact_id") << QStringList{QStringLiteral("a"), QStringLiteral("contact_id")}
                                << 1;
    QTest::newRow("Customer ID") << QStringList{QStringLiteral("Customer ID")} << 0;
    QTest::newRow("none") << QStringList{QStringLiteral("name"), QStringLiteral("email")} << -1;
}

void TestEnrichRules::idColumn()
{
    QFETCH(QStringList, headers);
    QFETCH(int, column);
    QCOMPARE(detectIdColumn(headers, QStringLiteral("contactId"), nullptr), column);
}

void TestEnrichRules::coercion_data()
{
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QString>("options");  // "comma" for decimal commas, "dmy"/"mdy" for dates
    QTest::addColumn<QJsonValue>("value"); // Undefined: an error is expected
    QTest::addColumn<QString>("error");
    const auto ok
            = [](const char *tag, Type t, const char *cell, QJsonValue v, const char *opts = "") {
                  QTest::newRow(tag) << int(t) << QByteArray(cell) << QString::fromLatin1(opts) << v
                                     << QString();
              };
    const auto bad = [](const char *tag, Type t, const char *cell, const char *error,
                        const char *opts = "") {
        QTest::newRow(tag) << int(t) << QByteArray(cell) << QString::fromLatin1(opts)
                           << QJsonValue(QJsonValue::Undefined) << QString::fromUtf8(error);
    };
    ok("int plain", Type::Integer, "90", qint64(90));
    ok("int negative", Type::Integer, "-7", qint64(-7));
    ok("int thousands", Type::Integer, "1,234,567", qint64(1234567));
    ok("int spaces", Type::Integer, "1 234", qint64(1234));
    ok("int .0", Type::Integer, "90.0", qint64(90));
    ok("int decimal comma thousands", Type::Integer, "1.234", qint64(1234), "comma");
    bad("int word", Type::Integer, "high", "is not a whole number");
    bad("int fraction", Type::Integer, "12.5", "has a fraction");
    bad("int bad groups", Type::Integer, "12,34", "has a fraction"); // 12.34 with a comma
    bad("int bad groups, point chosen", Type::Integer, "12,34", "is not a whole number", "point");
    bad("int huge", Type::Integer, "12345678901234567890", "too large");
    ok("dec plain", Type::Decimal, "12.5", 12.5);
    ok("dec thousands", Type::Decimal, "5,051.41", 5051.41);
    ok("dec currency", Type::Decimal, "$318.93", 318.93);
    ok("dec euro after", Type::Decimal, "12,50 \xE2\x82\xAC", 12.5, "comma");
    ok("dec pound", Type::Decimal,
       "\xC2\xA3"
       "7.424,59",
       7424.59, "comma");
    ok("dec negative currency", Type::Decimal, "-$5.00", -5.0);
    ok("dec decimal comma by itself", Type::Decimal, "12,5", 12.5);
    bad("dec decimal comma, point chosen", Type::Decimal, "12,5", "with a decimal point", "point");
    bad("dec decimal point, comma chosen", Type::Decimal, "12.5", "with a decimal comma", "comma");
    bad("dec reads two ways", Type::Decimal, "2.500",
        "could be 2.5 (with a decimal point) or 2500");
    ok("dec two ways, column says comma", Type::Decimal, "2.500", 2500.0, "column-comma");
    ok("dec two ways, column says point", Type::Decimal, "2.500", 2.5, "column-point");
    ok("dec two ways, comma chosen", Type::Decimal, "1,250", 1.25, "comma");
    bad("int reads two ways", Type::Integer, "1.000", "could be 1 (with a decimal point) or 1000");
    ok("int only one reading is whole", Type::Integer, "2.500", qint64(2500));
    ok("dec zero first is no thousands", Type::Decimal, "0.500", 0.5);
    bad("dec two dots", Type::Decimal, "1.2.3", "is not a number");
    bad("dec percent", Type::Decimal, "12%", "is not a number");
    ok("date iso", Type::Date, "2024-01-15", QStringLiteral("2024-01-15"));
    ok("date iso midnight", Type::Date, "2024-01-15T00:00:00Z", QStringLiteral("2024-01-15"));
    bad("date iso with time", Type::Date, "2024-01-15T13:45:00", "has a time of day");
    ok("date dmy unambiguous", Type::Date, "15/01/2024", QStringLiteral("2024-01-15"));
    ok("date mdy unambiguous", Type::Date, "01/15/2024", QStringLiteral("2024-01-15"));
    ok("date dmy chosen", Type::Date, "03/04/2024", QStringLiteral("2024-04-03"), "dmy");
    ok("date mdy chosen", Type::Date, "03/04/2024", QStringLiteral("2024-03-04"), "mdy");
    bad("date ambiguous", Type::Date, "03/04/2024", "is ambiguous: 3 April 2024 or 4 March 2024");
    ok("date same both ways", Type::Date, "04/04/2024", QStringLiteral("2024-04-04"));
    ok("date dots", Type::Date, "15.01.2024", QStringLiteral("2024-01-15"));
    ok("date y/m/d", Type::Date, "2024/01/15", QStringLiteral("2024-01-15"));
    ok("date excel serial", Type::Date, "45306", QStringLiteral("2024-01-15"));
    ok("date month name", Type::Date, "15 Jan 2024", QStringLiteral("2024-01-15"));
    ok("date month first name", Type::Date, "January 15, 2024", QStringLiteral("2024-01-15"));
    bad("date two-digit year", Type::Date, "15/01/24", "two-digit year");
    bad("date not real", Type::Date, "2024-02-30", "not a real date");
    bad("date word", Type::Date, "yesterday", "is not a date");
    ok("bool yes", Type::Boolean, "Yes", true);
    ok("bool n", Type::Boolean, "n", false);
    ok("bool 1", Type::Boolean, "1", true);
    ok("bool FALSE", Type::Boolean, "FALSE", false);
    bad("bool maybe", Type::Boolean, "maybe", "is not yes/no");
    ok("string", Type::String, "Dana W.", QStringLiteral("Dana W."));
    ok("string unicode at limit", Type::String, "Zürich東京", QStringLiteral("Zürich東京"));
    // The length is what the tenant counts of what is sent: UTF-16 units (an emoji is two).
    ok("string emoji at limit", Type::String, "01234567\xF0\x9F\x98\x80",
       QStringLiteral("01234567\U0001F600"));
    bad("string emoji over limit", Type::String, "012345678\xF0\x9F\x98\x80",
        "longer than 10 characters");
    bad("string too long", Type::String, "0123456789X", "longer than 10 characters");
    ok("enum exact", Type::String, "active", QStringLiteral("active"), "enum");
    bad("enum case", Type::String, "Active", "did you mean \u201cactive\u201d", "enum");
    bad("enum unknown", Type::String, "pending", "is not one of active, churned", "enum");
}

void TestEnrichRules::coercion()
{
    QFETCH(int, type);
    QFETCH(QByteArray, cell);
    QFETCH(QString, options);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    SchemaAttribute a = attr("x", Type(type), type == int(Type::String) ? 10 : 0);
    if (options == u"enum")
        a.enumValues = {QStringLiteral("active"), QStringLiteral("churned")};
    CoercionOptions o;
    if (options == u"comma")
        o.decimalMark = DecimalMark::Comma;
    if (options == u"point")
        o.decimalMark = DecimalMark::Point;
    ColumnReading column;
    if (options == u"dmy")
        column.order = DateOrder::DayFirst;
    if (options == u"mdy")
        column.order = DateOrder::MonthFirst;
    if (options == u"column-comma")
        column.mark = DecimalMark::Comma;
    if (options == u"column-point")
        column.mark = DecimalMark::Point;
    const NullTokens nulls;
    const CellValue v = coerceCell(trimmedView(cell), a, o, column, nulls);
    const CellValue::Kind fast = checkCell(trimmedView(cell), a, o, column, nulls);
    QCOMPARE(fast, v.kind); // the fast path agrees with the full one
    if (value.isUndefined()) {
        QCOMPARE(v.kind, CellValue::Kind::Error);
        QVERIFY2(v.error.contains(error), qPrintable(v.error));
    } else {
        QVERIFY2(v.kind == CellValue::Kind::Value, qPrintable(v.error));
        if (value.isDouble() && v.value.isDouble())
            QCOMPARE(v.value.toDouble(), value.toDouble());
        else
            QCOMPARE(v.value, value);
    }
}

void TestEnrichRules::checkerAgreesWithCoercion()
{
    // The million-row checker must say what the full coercion says, for every type, option and
    // form people write (and the forms they get wrong).
    std::mt19937 rng(11);
    const auto pick = [&rng](std::initializer_list<const char *> from) {
        return QByteArray(*(from.begin() + rng() % from.size()));
    };
    const auto digits = [&rng](int n) {
        QByteArray d;
        for (int k = 0; k < n; ++k)
            d += char('0' + rng() % 10);
        return d;
    };
    QList<QByteArray> cells;
    for (int k = 0; k < 4000; ++k) {
        QByteArray c;
        switch (rng() % 11) {
        case 9: // the shapes the column checker reads without the general path
            c = digits(2) + pick({"/", "-", ".", ":"}) + digits(2) + pick({"/", "-", "."})
                + digits(int(3 + rng() % 2));
            break;
        case 10:
            c = pick({"", "-", "--", " "}) + digits(int(rng() % 17)) + pick({".", ",", "", ".."})
                + digits(int(rng() % 6)) + pick({"", "", " ", "x"});
            if (rng() % 3 == 0) // the shapes that read two ways, and their neighbours
                c = pick({"", "-", "\xE2\x82\xAC ", "$"}) + pick({"0", "1", "12", "123", "1234"})
                    + pick({".", ","}) + digits(int(2 + rng() % 3))
                    + pick({"", "", " \xE2\x82\xAC", "\xC2\xA3", ",00", ".00"});
            break;
        case 0:
            c = pick({"", "-", "+", "$", "-$"}) + digits(1 + int(rng() % 20));
            break;
        case 1:
            c = digits(1 + int(rng() % 4)) + pick({",", ".", " ", "'"}) + digits(int(rng() % 5))
                + pick({"", ".", ","}) + digits(int(rng() % 3));
            break;
        case 2:
            c = digits(int(1 + rng() % 4)) + pick({"/", "-", "."}) + digits(int(1 + rng() % 3))
                + pick({"/", "-", "."}) + digits(int(1 + rng() % 4));
            break;
        case 3:
            c = digits(4) + '-' + digits(2) + '-' + digits(2)
                + pick({"", "", "T00:00:00Z", " 00:00", "T12:00", "x"});
            break;
        case 4:
            c = pick({"yes", "No", "Y", "n", "TRUE", "false", "1", "0", "maybe", "yes!", "ja"});
            break;
        case 5:
            c = pick({"null", "NULL", "N/A", "n/a", "none", "None", "nil", "-", " ", "\xC2\xA0"});
            break;
        case 6:
            c = pick({"15 Jan 2024", "January 15, 2024", "Jan 32 2024", "45306", "60", "0",
                      "2958466", "active", "Active", "churned", "\xE2\x82\xAC 12",
                      "12 \xE2\x82\xAC"});
            break;
        case 7:
            c = digits(int(rng() % 30)) + pick({".", ""}) + digits(int(rng() % 30));
            break;
        default:
            for (int n = int(rng() % 12); n > 0; --n)
                c += "0123456789/-.,: aT\xC3\xA9"[rng() % 19];
        }
        cells << c;
    }
    const NullTokens nulls(QStringList{QStringLiteral("nil")});
    for (const Type type :
         {Type::String, Type::Integer, Type::Decimal, Type::Date, Type::Boolean}) {
        for (int variant = 0; variant < 6; ++variant) {
            SchemaAttribute a = attr("x", type, type == Type::String && variant % 2 ? 5 : 0);
            if (type == Type::String && variant >= 2)
                a.enumValues = {QStringLiteral("active"), QStringLiteral("churned")};
            CoercionOptions o;
            o.decimalMark = DecimalMark(variant % 3);
            const ColumnReading column{DateOrder(variant % 3), DecimalMark((variant + 1) % 3)};
            o.dateOrder = variant >= 3 ? DateOrder::Auto : DateOrder(variant % 3);
            const CellChecker checker(a, o, column, nulls);
            for (const QByteArray &c : std::as_const(cells)) {
                const QByteArrayView t = trimmedView(c);
                const CellValue full = coerceCell(t, a, o, column, nulls);
                // What a batch sends: the value written straight from the cell, as the
                // writer writes the coerced value.
                JsonWriter direct;
                const bool wrote = checker.writeJson(t, direct);
                QCOMPARE(wrote, full.kind == CellValue::Kind::Value);
                if (wrote) {
                    JsonWriter expected;
                    expected.value(full.value);
                    QCOMPARE(direct.bytes(), expected.bytes());
                }
                if (checker.check(t) != full.kind)
                    QFAIL(qPrintable(QStringLiteral("type %1, variant %2: \u201c%3\u201d: checker "
                                                    "%4, coercion %5 (%6)")
                                             .arg(int(type))
                                             .arg(variant)
                                             .arg(QString::fromUtf8(c))
                                             .arg(int(checker.check(t)))
                                             .arg(int(full.kind))
                                             .arg(full.error)));
            }
            // The column checker: the same kinds, counted and marked per row, and the same
            // date evidence as checkCollecting() gathers.
            std::vector<QByteArrayView> views;
            for (const QByteArray &c : std::as_const(cells))
                views.push_back(c);
            std::vector<quint8> flags(views.size(), 0);
            CellChecker::Counts counts;
            DateEvidence evidence;
            NumberEvidence numbers;
            checker.checkColumn(views.data(), qsizetype(views.size()), flags.data(), &counts,
                                &evidence, &numbers);
            CellChecker::Counts expected;
            DateEvidence expectedEvidence;
            NumberEvidence expectedNumbers;
            for (size_t k = 0; k < views.size(); ++k) {
                const auto kind = checker.checkCollecting(trimmedView(views[k]), &expectedEvidence,
                                                          &expectedNumbers);
                // The evidence a number cell gives is what numberForm() says of it.
                if ((type == Type::Integer || type == Type::Decimal)
                    && kind != CellValue::Kind::Null) {
                    NumberEvidence one;
                    one.add(trimmedView(views[k]));
                    NumberEvidence fast;
                    checker.checkCollecting(trimmedView(views[k]), nullptr, &fast);
                    QCOMPARE(fast.comma, one.comma);
                    QCOMPARE(fast.point, one.point);
                    QCOMPARE(fast.ambiguous, one.ambiguous);
                }
                expected.nulls += kind == CellValue::Kind::Null ? 1 : 0;
                expected.filled += kind != CellValue::Kind::Null ? 1 : 0;
                expected.errors += kind == CellValue::Kind::Error ? 1 : 0;
                const quint8 flag = kind == CellValue::Kind::Null    ? 0
                                    : kind == CellValue::Kind::Error ? CellChecker::kRowHasError
                                                                     : CellChecker::kRowHasValue;
                QCOMPARE(flags[k], flag);
            }
            QCOMPARE(counts.filled, expected.filled);
            QCOMPARE(counts.nulls, expected.nulls);
            QCOMPARE(counts.errors, expected.errors);
            QCOMPARE(evidence.dayFirst, expectedEvidence.dayFirst);
            QCOMPARE(evidence.monthFirst, expectedEvidence.monthFirst);
            QCOMPARE(evidence.ambiguous, expectedEvidence.ambiguous);
            QCOMPARE(numbers.comma, expectedNumbers.comma);
            QCOMPARE(numbers.point, expectedNumbers.point);
            QCOMPARE(numbers.ambiguous, expectedNumbers.ambiguous);
        }
    }
}

void TestEnrichRules::wordsCompareAsBytes()
{
    // Null tokens and enum values of up to 8 bytes are compared a word at a time: the word of
    // a text and its small letters must be what a byte at a time gives, for every byte.
    std::mt19937 rng(5);
    for (int round = 0; round < 20000; ++round) {
        const int n = 1 + int(rng() % 8);
        QByteArray text;
        for (int k = 0; k < n; ++k)
            text += char(round < 256 ? (round + k) % 256 : int(rng() % 256));
        quint64 expected = 0;
        quint64 expectedLower = 0;
        for (int k = 0; k < n; ++k) {
            const auto c = static_cast<unsigned char>(text[k]);
            expected |= quint64(c) << (8 * k);
            expectedLower |= quint64(c >= 'A' && c <= 'Z' ? c + 32 : c) << (8 * k);
        }
        QCOMPARE(smallWord(text.constData(), n), expected);
        QCOMPARE(asciiLowerWord(expected), expectedLower);
    }
    const NullTokens nulls(
            QStringList{QStringLiteral("N.A."), QStringLiteral("Not Known"), QStringLiteral("-")});
    for (const char *yes : {"null", "NuLL", "n/a", "N/A", "none", "NONE", "n.a.", "NOT KNOWN", "-"})
        QVERIFY2(nulls.isNull(QByteArrayView(yes)), yes);
    for (const char *no : {"nul", "nulls", "n\x0Fa",
                           "N\xEF\xBC\x8F"
                           "A",
                           "n-a", "non", "@one", "--"})
        QVERIFY2(!nulls.isNull(QByteArrayView(no)), no);
}

// The tenant's answers are read with simdjson as they arrive; what is read must be what Qt's
// parser and EnrichmentApi's parsers read of the same body, for good answers and bad.
void TestEnrichRules::currentValuesReadAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("values of every kind") << QByteArray(
            R"({"contacts":[{"contactId":"c1","attributes":{"a":"x","b":12,"c":true}},)"
            R"({"contactId":"c2","attributes":{"a":null,"b":false}}],"notFound":["c3"]})");
    QTest::newRow("escapes and non-ASCII") << QByteArray(
            R"({"contacts":[{"contactId":"\u00e7\u00e9\"q\\","attributes":)"
            R"({"a":"line\nbreak \u2603 \ud83d\ude00","b":"tab\there","c":"/\/"}}]})");
    QTest::newRow("numbers") << QByteArray(
            R"({"contacts":[{"contactId":"c1","attributes":{"a":1.0,"b":1e2,"c":-0}},)"
            R"({"contactId":"c2","attributes":{"a":0.1,"b":-12.5e-3,"c":9007199254740993}}]})");
    QTest::newRow("numbers beyond 64 bits") << QByteArray(
            R"({"contacts":[{"contactId":"c1","attributes":{"a":18446744073709551616,)"
            R"("b":9223372036854775808,"c":-9223372036854775809}}]})");
    QTest::newRow("objects and arrays as values")
            << QByteArray(R"({"contacts":[{"contactId":"c1","attributes":{"a":{"z":1,"y":[1,"2",)"
                          R"({"x":null}]},"b":[],"c":{}}}]})");
    QTest::newRow("an id given twice: the last")
            << QByteArray(R"({"contacts":[{"contactId":"c1","attributes":{"a":"first"}},)"
                          R"({"contactId":"c1","attributes":{"b":"second"}}]})");
    QTest::newRow("no id, attributes not an object, not an object") << QByteArray(
            R"({"contacts":[{"attributes":{"a":1}},{"contactId":"c2","attributes":[1]},)"
            R"(7,{"contactId":5,"attributes":{"a":2}}]})");
    QTest::newRow("a name given twice: the last") << QByteArray(
            R"({"contacts":[{"contactId":"c1","contactId":"c2","attributes":{"a":1,"a":2},)"
            R"("attributes":{"b":3}}],"contacts":[{"contactId":"c3","attributes":{"a":4,"a":5}}]})");
    QTest::newRow("no contacts") << QByteArray(R"({"notFound":[]})");
    QTest::newRow("contacts not an array") << QByteArray(R"({"contacts":{"c1":{}}})");
    QTest::newRow("an array") << QByteArray(R"([{"contactId":"c1"}])");
    QTest::newRow("cut off") << QByteArray(R"({"contacts":[{"contactId":"c1","attr)");
    QTest::newRow("trailing comma") << QByteArray(R"({"contacts":[{"contactId":"c1",}]})");
    QTest::newRow("not JSON") << QByteArray("<html>502 Bad Gateway</html>");
    QTest::newRow("two documents") << QByteArray(R"({"contacts":[]} {"contacts":[]})");
}

void TestEnrichRules::currentValuesReadAsQtReadsThem()
{
    QFETCH(QByteArray, body);
    const QList<QByteArray> fields{"a", "b", "c", "absent"};
    EnrichCurrentValues got;
    QString error;
    const bool read = readEnrichCurrentValues(body, fields, &got, &error);

    QJsonDocument qt;
    QString qtError;
    QCOMPARE(read, readByQt(body, &qt, &qtError));
    if (!read) {
        QCOMPARE(error, qtError);
        return;
    }
    QHash<QString, QJsonObject> values;
    QStringList notFound;
    QString problem;
    if (!EnrichmentApi::parseCurrentValues(qt.object(), &values, &notFound, &problem)) {
        QCOMPARE(got.problem, problem);
        QVERIFY(got.contacts.isEmpty());
        return;
    }
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QCOMPARE(got.contacts.size(), values.size());
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const qint32 contact = got.contacts.value(it.key().toUtf8(), -1);
        QVERIFY2(contact >= 0, qPrintable(it.key()));
        for (int f = 0; f < fields.size(); ++f) {
            const QString name = QString::fromUtf8(fields[f]);
            JsonWriter expected;
            if (it.value().contains(name))
                expected.value(it.value().value(name));
            QCOMPARE(got.value(contact, f).toByteArray(), expected.bytes());
        }
    }
}

void TestEnrichRules::batchResultsReadAsQtReadsThem_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::newRow("every outcome") << QByteArray(
            R"({"processedCount":4,"results":[{"contactId":"c1","status":"updated"},)"
            R"({"contactId":"c2","status":"not_found"},)"
            R"({"contactId":"c3","status":"rejected","errors":[{"attribute":"age",)"
            R"("message":"not an integer"},{"message":"attributes must be a )"
            R"(non-empty object"}]},{"contactId":"c\u00e9","status":"rejected",)"
            R"("errors":[{"attribute":"tier","message":"not one of gold, silver"}]}]})");
    QTest::newRow("an unknown status is a rejection")
            << QByteArray(R"({"processedCount":1,"results":[{"contactId":"c1","status":"odd",)"
                          R"("errors":[]}]})");
    QTest::newRow("no status, no id, not strings") << QByteArray(
            R"({"processedCount":3,"results":[{"contactId":"c1"},{"status":"updated"},)"
            R"({"contactId":7,"status":1,"errors":[{"attribute":2,"message":3}]},5]})");
    QTest::newRow("errors not an array")
            << QByteArray(R"({"processedCount":1,"results":[{"contactId":"c1","status":"rejected",)"
                          R"("errors":"bad"}]})");
    QTest::newRow("an id given twice: the last") << QByteArray(
            R"({"processedCount":2,"results":[{"contactId":"c1","status":"updated"},)"
            R"({"contactId":"c1","status":"rejected","errors":[{"message":"no"}]}]})");
    QTest::newRow("a name given twice in a record: the last")
            << QByteArray(R"({"processedCount":1,"processedCount":2,"results":[{"contactId":"c1",)"
                          R"("contactId":"c2","status":"updated","status":"rejected","errors":)"
                          R"([{"message":"a"}],"errors":[{"attribute":"x","message":"b"}]}]})");
    QTest::newRow("a count beyond 64 bits")
            << QByteArray(R"({"processedCount":18446744073709551616,"results":[{"contactId":"c1",)"
                          R"("status":"updated"}]})");
    QTest::newRow("no processedCount")
            << QByteArray(R"({"results":[{"contactId":"c1","status":"updated"}]})");
    QTest::newRow("results not an array") << QByteArray(R"({"processedCount":1,"results":{}})");
    QTest::newRow("an array") << QByteArray(R"([{"processedCount":1}])");
    QTest::newRow("cut off") << QByteArray(R"({"processedCount":1,"results":[{"contactId")");
    QTest::newRow("not JSON") << QByteArray("Service Unavailable");
}

void TestEnrichRules::batchResultsReadAsQtReadsThem()
{
    QFETCH(QByteArray, body);
    EnrichBatchResults got;
    QString error;
    const bool read = readEnrichBatchResults(body, &got, &error);

    QJsonDocument qt;
    QString qtError;
    QCOMPARE(read, readByQt(body, &qt, &qtError));
    if (!read) {
        QCOMPARE(error, qtError);
        return;
    }
    QList<EnrichRecordResult> results;
    QString problem;
    if (!EnrichmentApi::parseBatchResults(qt.object(), &results, &problem)) {
        QCOMPARE(got.problem, problem);
        QVERIFY(got.byId.isEmpty());
        return;
    }
    QVERIFY2(got.problem.isEmpty(), qPrintable(got.problem));
    QHash<QString, EnrichRecordResult> last;
    for (const EnrichRecordResult &e : std::as_const(results))
        last.insert(e.contactId, e);
    QCOMPARE(got.byId.size(), last.size());
    for (auto it = last.cbegin(); it != last.cend(); ++it) {
        const qint32 at = got.byId.value(it.key().toUtf8(), -1);
        QVERIFY2(at >= 0, qPrintable(it.key()));
        const EnrichBatchResults::Record &record = got.records[size_t(at)];
        const RowOutcome expected = it->status == u"updated"     ? RowOutcome::Updated
                                    : it->status == u"not_found" ? RowOutcome::NotFound
                                                                 : RowOutcome::Rejected;
        QCOMPARE(int(record.outcome), int(expected));
        if (expected != RowOutcome::Updated) // an update's errors are not read
            QCOMPARE(record.why, it->errors.join(QStringLiteral("; ")));
    }
}

void TestEnrichRules::nullTokens_data()
{
    QTest::addColumn<QByteArray>("cell");
    QTest::addColumn<QStringList>("extra");
    QTest::addColumn<bool>("isNull");
    QTest::newRow("empty") << QByteArray() << QStringList() << true;
    QTest::newRow("spaces") << QByteArray("   ") << QStringList() << true;
    QTest::newRow("null") << QByteArray("null") << QStringList() << true;
    QTest::newRow("NULL") << QByteArray("NULL") << QStringList() << true;
    QTest::newRow("N/A") << QByteArray(" N/A ") << QStringList() << true;
    QTest::newRow("n/a") << QByteArray("n/a") << QStringList() << true;
    QTest::newRow("none") << QByteArray("none") << QStringList() << true;
    QTest::newRow("None") << QByteArray("None") << QStringList() << true;
    QTest::newRow("a value") << QByteArray("nonetheless") << QStringList() << false;
    QTest::newRow("dash not default") << QByteArray("-") << QStringList() << false;
    QTest::newRow("user token") << QByteArray("-") << QStringList{QStringLiteral("-")} << true;
    QTest::newRow("user token TBD")
            << QByteArray("tbd") << QStringList{QStringLiteral("TBD"), QStringLiteral("?")} << true;
}

void TestEnrichRules::nullTokens()
{
    QFETCH(QByteArray, cell);
    QFETCH(QStringList, extra);
    QFETCH(bool, isNull);
    QCOMPARE(NullTokens(extra).isNull(trimmedView(cell)), isNull);
}

void TestEnrichRules::dateOrderIsReadFromTheColumn()
{
    // 25/12 reads only day-first, so 03/04 in the same column is 3 April.
    auto plan = EnrichPlan::build(table("contactId,last_purchase_date\n"
                                        "c1,25/12/2023\nc2,03/04/2024\n"),
                                  crmSchema(),
                                  EnrichMapping::suggested({QStringLiteral("contactId"),
                                                            QStringLiteral("last_purchase_date")},
                                                           crmSchema()),
                                  {});
    QCOMPARE(plan->fields().first().order, DateOrder::DayFirst);
    QCOMPARE(plan->cell(1, 0).value.toString(), QStringLiteral("2024-04-03"));
    // Only ambiguous values: every one is an error that says so.
    plan = EnrichPlan::build(table("contactId,last_purchase_date\nc1,03/04/2024\nc2,05/06/2024\n"),
                             crmSchema(),
                             EnrichMapping::suggested({QStringLiteral("contactId"),
                                                       QStringLiteral("last_purchase_date")},
                                                      crmSchema()),
                             {});
    QCOMPARE(plan->count(RowState::RowError), 2);
    QCOMPARE(plan->fields().first().dates.ambiguous, 2);
    QVERIFY(plan->reason(0).contains(u"ambiguous"));
}

void TestEnrichRules::decimalMarkIsReadFromTheColumn_data()
{
    // A column of one attribute's values: the mark it shows, and what one of them reads as.
    QTest::addColumn<int>("type");
    QTest::addColumn<QByteArrayList>("cells");
    QTest::addColumn<QString>("chosen");    // "", "comma" or "point"
    QTest::addColumn<QString>("mark");      // the mark the plan uses
    QTest::addColumn<QString>("suggested"); // the mark the values show
    QTest::addColumn<int>("probe");         // the cell looked at
    QTest::addColumn<QJsonValue>("value");  // Undefined: an error is expected
    QTest::addColumn<QString>("error");
    const auto row = [](const char *tag, Type t, QByteArrayList cells, const char *chosen,
                        const char *mark, const char *suggested, int probe, QJsonValue v,
                        const char *error = "") {
        QTest::newRow(tag) << int(t) << cells << QString::fromLatin1(chosen)
                           << QString::fromLatin1(mark) << QString::fromLatin1(suggested) << probe
                           << v << QString::fromUtf8(error);
    };
    const QJsonValue bad(QJsonValue::Undefined);
    // A comma proven, by every form that proves it.
    row("1.234,56 proves a comma", Type::Decimal, {"1.234,56", "2.500"}, "", "comma", "comma", 1,
        2500.0);
    row("3.000,00 proves a comma", Type::Decimal, {"3.000,00", "2.500"}, "", "comma", "comma", 1,
        2500.0);
    row("7,00 proves a comma", Type::Decimal, {"7,00", "1,250"}, "", "comma", "comma", 1, 1.25);
    row("euro before, space", Type::Decimal, {"\xE2\x82\xAC 7,00", "2.500"}, "", "comma", "comma",
        1, 2500.0);
    row("euro after, space", Type::Decimal, {"7,00 \xE2\x82\xAC", "2.500"}, "", "comma", "comma", 1,
        2500.0);
    row("euro before, no space", Type::Decimal,
        {"\xE2\x82\xAC"
         "1.234,56",
         "2.500"},
        "", "comma", "comma", 0, 1234.56);
    row("pound after", Type::Decimal, {"1.234,56\xC2\xA3", "1.250"}, "", "comma", "comma", 1,
        1250.0);
    row("space thousands, comma", Type::Decimal, {"1 234,56", "2.500"}, "", "comma", "comma", 0,
        1234.56);
    row("dot thousands alone", Type::Decimal, {"1.234.567", "2.500"}, "", "comma", "comma", 1,
        2500.0);
    row("negative, comma", Type::Decimal, {"-1.234,56", "-2.500"}, "", "comma", "comma", 1,
        -2500.0);
    row("negative currency, comma", Type::Decimal, {"-\xE2\x82\xAC 5,50", "2.500"}, "", "comma",
        "comma", 0, -5.5);
    // A point proven.
    row("1,234.56 proves a point", Type::Decimal, {"1,234.56", "2.500"}, "", "point", "point", 1,
        2.5);
    row("0.5 proves a point", Type::Decimal, {"0.5", "1,250"}, "", "point", "point", 1, 1250.0);
    row("dollar, point", Type::Decimal, {"$1,234.56", "1,250"}, "", "point", "point", 1, 1250.0);
    row("dollar after", Type::Decimal, {"12.75 $", "2.500"}, "", "point", "point", 1, 2.5);
    row("comma thousands alone", Type::Decimal, {"1,234,567", "2.500"}, "", "point", "point", 1,
        2.5);
    row("negative, point", Type::Decimal, {"-0.25", "-2.500"}, "", "point", "point", 1, -2.5);
    // Nothing decides: a value that reads two ways is refused with both readings.
    row("nothing decides", Type::Decimal, {"2.500", "100"}, "", "auto", "auto", 0, bad,
        "could be 2.5 (with a decimal point) or 2500 (with a decimal comma)");
    row("nothing decides, comma", Type::Decimal, {"1,250", "7"}, "", "auto", "auto", 0, bad,
        "could be 1250 (with a decimal point) or 1.25 (with a decimal comma)");
    row("plain numbers decide nothing", Type::Decimal, {"100", "12 345", "7"}, "", "auto", "auto",
        1, 12345.0);
    // Both shown: the column mixes; each value that reads one way is read so, the others refused.
    row("mixed, comma value", Type::Decimal, {"1.234,56", "1,234.56", "2.500"}, "", "auto", "auto",
        0, 1234.56);
    row("mixed, point value", Type::Decimal, {"1.234,56", "1,234.56", "2.500"}, "", "auto", "auto",
        1, 1234.56);
    row("mixed, two ways", Type::Decimal, {"1.234,56", "1,234.56", "2.500"}, "", "auto", "auto", 2,
        bad, "could be 2.5");
    // Said by the user: it decides, and what does not fit it is an error; the values' mark is
    // still offered.
    row("point chosen over the column", Type::Decimal, {"1.234,56", "2.500"}, "point", "point",
        "comma", 1, 2.5);
    row("point chosen, comma value", Type::Decimal, {"1.234,56", "2.500"}, "point", "point",
        "comma", 0, bad, "is not a number with a decimal point");
    row("comma chosen", Type::Decimal, {"2.500"}, "comma", "comma", "auto", 0, 2500.0);
    // Whole numbers: a reading with a fraction is no whole number.
    row("integer, one whole reading", Type::Integer, {"2.500", "7"}, "", "auto", "auto", 0,
        qint64(2500));
    row("integer, both whole", Type::Integer, {"1.000", "7"}, "", "auto", "auto", 0, bad,
        "could be 1 (with a decimal point) or 1000 (with a decimal comma)");
    row("integer, column says comma", Type::Integer, {"1.000", "7,0"}, "", "comma", "comma", 0,
        qint64(1000));
}

void TestEnrichRules::decimalMarkIsReadFromTheColumn()
{
    QFETCH(int, type);
    QFETCH(QByteArrayList, cells);
    QFETCH(QString, chosen);
    QFETCH(QString, mark);
    QFETCH(QString, suggested);
    QFETCH(int, probe);
    QFETCH(QJsonValue, value);
    QFETCH(QString, error);
    QByteArray csv("contactId;amount\n");
    for (qsizetype i = 0; i < cells.size(); ++i)
        csv += "c" + QByteArray::number(i) + ";\"" + cells[i] + "\"\n";
    ListSchema s;
    s.listId = QStringLiteral("l");
    s.attributes = {attr("amount", Type(type))};
    auto t = table(csv);
    EnrichMapping m;
    m.idColumn = 0;
    m.targets = {QString(), QStringLiteral("amount")};
    EnrichOptions o;
    if (!chosen.isEmpty())
        QVERIFY(parseDecimalMark(chosen, &o.coercion.decimalMark));
    const auto plan = EnrichPlan::build(t, s, m, o);
    const FieldStats &f = plan->fields().first();
    QCOMPARE(decimalMarkName(f.mark), mark);
    QCOMPARE(decimalMarkName(f.suggestedMark()), suggested);
    const CellValue v = plan->cell(probe, 0);
    // What the plan sends is what it checked: the row's state follows the cell.
    if (value.isUndefined()) {
        QVERIFY2(v.isError(), qPrintable(v.value.toVariant().toString()));
        QVERIFY2(v.error.contains(error), qPrintable(v.error));
        QCOMPARE(plan->state(probe), RowState::RowError);
        QVERIFY2(plan->reason(probe).contains(error), qPrintable(plan->reason(probe)));
    } else {
        QVERIFY2(v.kind == CellValue::Kind::Value, qPrintable(v.error));
        if (value.isDouble() && v.value.isDouble())
            QCOMPARE(v.value.toDouble(), value.toDouble());
        else
            QCOMPARE(v.value, value);
        QCOMPARE(plan->state(probe), RowState::Send);
        JsonWriter sent;
        QVERIFY(plan->writeValue(probe, 0, sent));
        JsonWriter expected;
        expected.value(v.value);
        QCOMPARE(sent.bytes(), expected.bytes());
    }
}

void TestEnrichRules::ambiguousNumbersAreNamedWithBothReadings()
{
    // Nothing in the column decides: every value that reads two ways is an error of its own
    // (named in the row's reason with both readings), counted, and its row listed for the
    // preview to offer the mark; choosing the mark sends them.
    QByteArray csv("contactId,Lifetime Value\n");
    for (int i = 0; i < 150; ++i)
        csv += "c" + QByteArray::number(i) + "," + (i % 3 == 0 ? "\"2.500\"" : "100") + "\n";
    auto t = table(csv);
    const ListSchema s = crmSchema();
    auto plan = EnrichPlan::build(t, s, EnrichMapping::suggested(t->info.header, s), {});
    const FieldStats &f = plan->fields().first();
    QCOMPARE(f.attribute, QStringLiteral("lifetime_value"));
    QCOMPARE(f.mark, DecimalMark::Auto);
    QCOMPARE(f.numbers.ambiguous, 50);
    QCOMPARE(f.errors, 50);
    QCOMPARE(f.ambiguousRows.size(), 50);
    QCOMPARE(f.ambiguousRows.first(), 0);
    QCOMPARE(plan->count(RowState::RowError), 50);
    QVERIFY2(plan->reason(3).contains(u"lifetime_value: \u201c2.500\u201d could be 2.5 (with a "
                                      "decimal point) or 2500 (with a decimal comma)"),
             qPrintable(plan->reason(3)));
    EnrichOptions comma;
    comma.coercion.decimalMark = DecimalMark::Comma;
    plan = EnrichPlan::build(t, s, EnrichMapping::suggested(t->info.header, s), comma);
    QCOMPARE(plan->count(RowState::RowError), 0);
    QCOMPARE(plan->cell(0, 0).value.toDouble(), 2500.0);
    QVERIFY(plan->fields().first().ambiguousRows.isEmpty());
}

void TestEnrichRules::optionsThatChangeDataAreSaid()
{
    QVERIFY(EnrichOptions().changes().isEmpty()); // the defaults change nothing
    EnrichOptions o;
    o.extraNullTokens = {QStringLiteral("yes"), QStringLiteral("-")};
    o.coercion.decimalMark = DecimalMark::Comma;
    o.coercion.dateOrder = DateOrder::DayFirst;
    o.duplicates = DuplicatePolicy::Last;
    const QStringList c = o.changes();
    QCOMPARE(c.size(), 4);
    QCOMPARE(c[0], QStringLiteral("null tokens added: \u201cyes\u201d, \u201c-\u201d (a cell "
                                  "holding one is left out, never sent)"));
    QCOMPARE(c[1], QStringLiteral("decimal mark: comma (1.234,56), whatever the columns show"));
    QCOMPARE(c[2], QStringLiteral("date order: day first (03/04/2024 is 3 April)"));
    QCOMPARE(c[3], QStringLiteral("a contact id twice: the last row wins"));
    // A template keeps them, and says them again once loaded.
    const MappingTemplate t{QStringLiteral("weekly"),
                            QJsonObject{{QStringLiteral("columns"), QJsonObject{}}}, o};
    MappingTemplate back;
    QString error;
    QVERIFY(MappingTemplate::fromJson(t.toJson(), &back, &error));
    QCOMPARE(back.options.changes(), c);
    // A template written before the mark was read from the column: its decimalComma false was
    // the default, not a choice.
    QJsonObject old{
            {QStringLiteral("name"), QStringLiteral("old")},
            {QStringLiteral("mapping"), QJsonObject{{QStringLiteral("columns"), QJsonObject{}}}},
            {QStringLiteral("options"), QJsonObject{{QStringLiteral("decimalComma"), false}}}};
    QVERIFY(MappingTemplate::fromJson(old, &back, &error));
    QCOMPARE(back.options.coercion.decimalMark, DecimalMark::Auto);
    old.insert(QStringLiteral("options"),
               QJsonObject{{QStringLiteral("decimalMark"), QStringLiteral("dot")}});
    QVERIFY(!MappingTemplate::fromJson(old, &back, &error));
    QVERIFY2(error.contains(u"decimalMark"), qPrintable(error));
}

void TestEnrichRules::nullTokensThatAreValuesAreRefused()
{
    const ListSchema s = crmSchema();
    const QStringList headers{QStringLiteral("Contact ID"), QStringLiteral("DNC"),
                              QStringLiteral("Status"), QStringLiteral("Notes")};
    EnrichMapping m;
    m.idColumn = 0;
    m.targets = {QString(), QStringLiteral("do_not_call"), QStringLiteral("crm_account_status"),
                 QString()};
    QStringList c = nullTokenConflicts(
            {QStringLiteral("YES"), QStringLiteral("Churned"), QStringLiteral("-")}, s, m);
    QCOMPARE(c.size(), 2);
    QVERIFY2(c[0].startsWith(u"the null token \u201cYES\u201d is a value of do_not_call (yes/no): "
                             "every \u201cyes\u201d there would be left out instead of sent"),
             qPrintable(c[0]));
    QVERIFY2(c[1].contains(u"\u201cChurned\u201d is a value of crm_account_status (one of active, "
                           "churned)"),
             qPrintable(c[1]));
    QVERIFY(nullTokenConflicts({QStringLiteral("-"), QStringLiteral("unknown")}, s, m).isEmpty());
    // An attribute that is not mapped is not in the way.
    m.targets[1].clear();
    c = nullTokenConflicts({QStringLiteral("yes")}, s, m);
    QVERIFY(c.isEmpty());
}

void TestEnrichRules::declaredUtf8IsChecked()
{
    // Latin-1 bytes in a file read as UTF-8 because the user said so (or a BOM did): the line is
    // named, and its row is not sent (its text would reach the tenant as U+FFFD).
    const QByteArray csv("Contact ID,Account Manager\n"
                         "c1,Dana\n"
                         "c2,Ren\xE9"
                         "e\n"
                         "c3,Zo\xC3\xAB\n");
    const ListSchema s = crmSchema();
    const QByteArray withBom = QByteArray("\xEF\xBB\xBF") + csv;
    for (const QByteArray &bytes : {csv, withBom}) {
        CsvOptions utf8;
        utf8.encoding = CsvEncoding::Utf8;
        QBuffer b;
        b.setData(bytes);
        b.open(QIODevice::ReadOnly);
        auto t = std::make_shared<CsvTable>();
        QVERIFY(readCsvTable(&b, bytes.startsWith("\xEF") ? CsvOptions{} : utf8, t.get()));
        QCOMPARE(t->notUtf8, std::vector<qint64>{1});
        QCOMPARE(t->info.problems.size(), 1);
        QCOMPARE(t->info.problems.first().line, 3);
        QVERIFY2(t->info.problems.first().text.contains(u"not UTF-8 in column \u201cAccount "
                                                        "Manager\u201d (0xe9 at its byte 4)"),
                 qPrintable(t->info.problems.first().text));
        const auto plan = EnrichPlan::build(t, s, EnrichMapping::suggested(t->info.header, s), {});
        QCOMPARE(plan->state(0), RowState::Send);
        QCOMPARE(plan->state(1), RowState::RowError);
        QVERIFY2(plan->reason(1).contains(u"not UTF-8"), qPrintable(plan->reason(1)));
        QCOMPARE(plan->state(2), RowState::Send);
        QCOMPARE(plan->cell(2, 0).value.toString(), QStringLiteral("Zo\u00EB"));
    }
    // Without a word about the encoding, the file is found not to be UTF-8 and read as
    // Windows-1252: nothing is lost.
    QBuffer b;
    b.setData(csv);
    b.open(QIODevice::ReadOnly);
    CsvTable t;
    QVERIFY(readCsvTable(&b, {}, &t));
    QVERIFY(t.notUtf8.empty());
    QVERIFY(t.info.encodingFallback);
}

void TestEnrichRules::fillRateIsMeasuredBeforeFiltering()
{
    // 10 rows, 2 mapped columns = 20 cells of which 8 are empty or null-like (40 %): 60 %, even
    // though the rows with a missing id are not sent.
    QByteArray csv("contactId,email,priority_score\n");
    for (int i = 0; i < 10; ++i) {
        const QByteArray id = i < 2 ? QByteArray() : "c" + QByteArray::number(i);
        const QByteArray email = i % 2 ? QByteArray("N/A") : QByteArray("a@b.c");
        const QByteArray prio = i < 3 ? QByteArray("") : QByteArray::number(i);
        csv += id + ',' + email + ',' + prio + '\n';
    }
    const QStringList headers{QStringLiteral("contactId"), QStringLiteral("email"),
                              QStringLiteral("priority_score")};
    auto plan = EnrichPlan::build(table(csv), crmSchema(),
                                  EnrichMapping::suggested(headers, crmSchema()), {});
    QCOMPARE(plan->fillRate(), 0.6);
    QCOMPARE(plan->fields()[0].rate(), 0.5);
    QCOMPARE(plan->fields()[1].rate(), 0.7);
    QCOMPARE(plan->fields()[0].nulls, 5);
    QCOMPARE(plan->count(RowState::NoContactId), 2);
    QCOMPARE(plan->contacts(), 8);
    // Nothing null-like is ever in what is sent.
    for (const qint32 r : plan->sendRows()) {
        const QJsonObject a = plan->attributes(r);
        for (auto it = a.begin(); it != a.end(); ++it)
            QVERIFY(!it.value().isNull() && it.value().toString() != u"N/A");
    }
}

void TestEnrichRules::rowStatesAndReasons()
{
    const QByteArray csv("contactId,priority_score,email\n"
                         "c1,10,a@x\n"        // 2: send
                         ",10,b@x\n"          // 3: no id
                         "c3,high,c@x\n"      // 4: row error
                         "c4,N/A,\n"          // 5: no values
                         "c5,5,e@x,extra\n"); // 6: unreliable record
    const QStringList headers{QStringLiteral("contactId"), QStringLiteral("priority_score"),
                              QStringLiteral("email")};
    auto plan = EnrichPlan::build(table(csv), crmSchema(),
                                  EnrichMapping::suggested(headers, crmSchema()), {});
    QCOMPARE(plan->state(0), RowState::Send);
    QCOMPARE(plan->state(1), RowState::NoContactId);
    QCOMPARE(plan->state(2), RowState::RowError);
    QVERIFY2(plan->reason(2).contains(u"priority_score: \u201chigh\u201d is not a whole number"),
             qPrintable(plan->reason(2)));
    QVERIFY(plan->hasCellError(2));
    QCOMPARE(plan->state(3), RowState::NoValues);
    QCOMPARE(plan->state(4), RowState::RowError);
    QVERIFY2(plan->reason(4).contains(u"1 field more than the header"),
             qPrintable(plan->reason(4)));
    QCOMPARE(plan->line(4), 6);
    QCOMPARE(plan->attributes(0), (QJsonObject{{QStringLiteral("priority_score"), 10},
                                               {QStringLiteral("email"), QStringLiteral("a@x")}}));
}

void TestEnrichRules::duplicates_data()
{
    QTest::addColumn<int>("policy");
    QTest::addColumn<QList<int>>("sent"); // rows sent
    QTest::newRow("first") << int(DuplicatePolicy::First) << QList<int>{0, 2};
    QTest::newRow("last") << int(DuplicatePolicy::Last) << QList<int>{2, 3};
    QTest::newRow("error") << int(DuplicatePolicy::Error) << QList<int>{2};
}

void TestEnrichRules::duplicates()
{
    QFETCH(int, policy);
    QFETCH(QList<int>, sent);
    const QByteArray csv("contactId,priority_score\nc1,1\nc1,2\nc2,3\nc1,4\n");
    EnrichOptions o;
    o.duplicates = DuplicatePolicy(policy);
    const QStringList headers{QStringLiteral("contactId"), QStringLiteral("priority_score")};
    auto plan = EnrichPlan::build(table(csv), crmSchema(),
                                  EnrichMapping::suggested(headers, crmSchema()), o);
    QList<int> got;
    for (const qint32 r : plan->sendRows())
        got << r;
    if (DuplicatePolicy(policy) == DuplicatePolicy::Last)
        std::sort(got.begin(), got.end());
    QCOMPARE(got, sent);
    QVERIFY(plan->reason(1).contains(u"also on line"));
}

void TestEnrichRules::batchesNeverExceedTheBudget_data()
{
    QTest::addColumn<int>("timeoutMs");
    QTest::addColumn<int>("contacts");
    QTest::newRow("3000 ms, 1000 contacts") << 3000 << 1000;
    QTest::newRow("800 ms, 81 contacts") << 800 << 81;
    QTest::newRow("5000 ms, 500 contacts") << 5000 << 500;
    QTest::newRow("10 ms, 3 contacts") << 10 << 3;
}

void TestEnrichRules::batchesNeverExceedTheBudget()
{
    QFETCH(int, timeoutMs);
    QFETCH(int, contacts);
    QByteArray csv("contactId,priority_score\n");
    for (int i = 0; i < contacts; ++i)
        csv += "c" + QByteArray::number(i) + ",1\n";
    const QStringList headers{QStringLiteral("contactId"), QStringLiteral("priority_score")};
    auto plan = EnrichPlan::build(table(csv), crmSchema(),
                                  EnrichMapping::suggested(headers, crmSchema()), {});
    CampaignInfo c;
    c.maxEnrichmentTimeout = timeoutMs;
    const auto batches = plan->batches(c.batchLimit());
    qint64 total = 0;
    for (const auto &b : batches) {
        QVERIFY(qint64(b.size()) <= timeoutMs / 10);
        total += qint64(b.size());
    }
    QCOMPARE(total, contacts);
    QCOMPARE(qint64(batches.size()), (contacts + c.batchLimit() - 1) / c.batchLimit());
}

void TestEnrichRules::summaryJsonHasEveryKey()
{
    auto plan = EnrichPlan::build(
            table("contactId,email\nc1,x@y\n"), crmSchema(),
            EnrichMapping::suggested({QStringLiteral("contactId"), QStringLiteral("email")},
                                     crmSchema()),
            {});
    const QJsonObject s = plan->summaryJson();
    for (const char *k : {"rows", "contacts", "skipped", "fields", "fillRate"})
        QVERIFY2(s.contains(QLatin1StringView(k)), k);
    const QJsonObject skipped = s.value(u"skipped").toObject();
    for (const char *k : {"no-contact-id", "duplicate-contact-id", "row-error"})
        QCOMPARE(skipped.value(QLatin1StringView(k)).toInt(-1), 0); // zeros included
    const QJsonObject email = s.value(u"fields").toObject().value(u"email").toObject();
    for (const char *k : {"filled", "total", "rate", "nulls", "typeErrors"})
        QVERIFY2(email.contains(QLatin1StringView(k)), k);
}

void TestEnrichRules::templatesRoundTrip()
{
    QStandardPaths::setTestModeEnabled(true);
    const QStringList headers{QStringLiteral("Contact ID"), QStringLiteral("Account Status"),
                              QStringLiteral("Notes")};
    EnrichMapping m;
    m.idColumn = 0;
    m.targets = {QString(), QStringLiteral("crm_account_status"), QString()};
    MappingTemplate t{QStringLiteral("weekly CRM export"), m.toJson(headers), {}};
    t.options.coercion.dateOrder = DateOrder::DayFirst;
    t.options.extraNullTokens = {QStringLiteral("TBD")};
    QString error;
    QVERIFY2(MappingTemplates::save(t, &error), qPrintable(error));
    QVERIFY(MappingTemplates::names().contains(t.name));
    MappingTemplate back;
    QVERIFY2(MappingTemplates::load(t.name, &back, &error), qPrintable(error));
    QCOMPARE(back.options.coercion.dateOrder, DateOrder::DayFirst);
    QCOMPARE(back.options.extraNullTokens, QStringList{QStringLiteral("TBD")});
    // Applied to a file whose headers are written differently and in another order.
    QStringList unmatched;
    const EnrichMapping applied = EnrichMapping::fromJson(
            back.mapping, {QStringLiteral("account_status"), QStringLiteral("contact_id")},
            &unmatched);
    QCOMPARE(applied.idColumn, 1);
    QCOMPARE(applied.targets.value(0), QStringLiteral("crm_account_status"));
    QVERIFY(!MappingTemplates::load(QStringLiteral("no such"), &back, &error));
    QVERIFY(error.contains(u"weekly CRM export"));
    QVERIFY(!MappingTemplates::save({QStringLiteral("../evil"), {}, {}}, &error));
    QVERIFY(MappingTemplates::remove(t.name, &error));
}

QTEST_GUILESS_MAIN(TestEnrichRules)
#include "test_enrich_rules.moc"
