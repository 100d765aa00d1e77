// Criteria rules, JSON round-trip, plain language, value parsing and UUID checks.

#include "models/audiences/audiencedocument.h"
#include "models/audiences/criteria.h"
#include "tests/audiences/audiencetesthelpers.h"

#include <QJsonDocument>
#include <QTest>

using namespace cxone;
using namespace audtest;

class TestCriteria final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validation_data();
    void validation();
    void caps();
    void roundTrip_data();
    void roundTrip();
    void refusesNonTrees_data();
    void refusesNonTrees();
    void plainLanguage_data();
    void plainLanguage();
    void valueText_data();
    void valueText();
    void exclusions_data();
    void exclusions();
    void payloadProblems();
    void textProblems_data();
    void textProblems();
    void duplicateKeys_data();
    void duplicateKeys();
};

void TestCriteria::validation_data()
{
    QTest::addColumn<QJsonObject>("criteria");
    QTest::addColumn<QString>("expected"); // empty: valid; else a part of the one problem

    QTest::newRow("flat") << group("AND",
                                   {cond("annual_revenue", "greater_than", 500000),
                                    cond("industry", "equals", QStringLiteral("technology"))})
                          << QString();
    QTest::newRow("depth 5 accepted") << nested(5) << QString();
    QTest::newRow("depth 6 refused") << nested(6) << QStringLiteral("6 levels deep");
    QTest::newRow("empty group") << group("AND", {cond("is_vip", "equals", true), group("OR", {})})
                                 << QStringLiteral("group is empty");
    QTest::newRow("empty top group") << group("AND", {}) << QStringLiteral("group is empty");
    QTest::newRow("group operator")
            << group("XOR", {cond("is_vip", "equals", true)}) << QStringLiteral("AND or OR");
    QTest::newRow("unknown operator") << group("AND", {cond("employee_count", "bigger", 3)})
                                      << QStringLiteral("not an operator");
    QTest::newRow("operator wrong for type")
            << group("AND", {cond("industry", "greater_than", QStringLiteral("technology"))})
            << QStringLiteral("does not apply to list field industry");
    QTest::newRow("contains on number") << group("AND", {cond("employee_count", "contains", 5)})
                                        << QStringLiteral("does not apply");
    QTest::newRow("text for integer")
            << group("AND", {cond("employee_count", "greater_than", QStringLiteral("500"))})
            << QStringLiteral("whole number");
    QTest::newRow("fraction for integer")
            << group("AND", {cond("employee_count", "greater_than", 2.5)})
            << QStringLiteral("whole number");
    QTest::newRow("number for boolean")
            << group("AND", {cond("is_vip", "equals", 1)}) << QStringLiteral("true or false");
    QTest::newRow("bad date") << group(
            "AND", {cond("signup_date", "before", QStringLiteral("2025-02-30"))})
                              << QStringLiteral("YYYY-MM-DD");
    QTest::newRow("enum value not listed")
            << group("AND", {cond("industry", "equals", QStringLiteral("mining"))})
            << QStringLiteral("'mining' is not one of");
    QTest::newRow("in needs list")
            << group("AND", {cond("industry", "in", QStringLiteral("technology"))})
            << QStringLiteral("at least one value");
    QTest::newRow("in empty list") << group("AND", {cond("industry", "in", QJsonArray{})})
                                   << QStringLiteral("at least one value");
    QTest::newRow("in with bad member")
            << group("AND", {cond("industry", "in", QJsonArray{QStringLiteral("retail"), 3})})
            << QStringLiteral("Value 2 of the list");
    QTest::newRow("between reversed")
            << group("AND", {cond("annual_revenue", "between", QJsonArray{10, 5})})
            << QStringLiteral("low end is above");
    QTest::newRow("between one value")
            << group("AND", {cond("annual_revenue", "between", QJsonArray{10})})
            << QStringLiteral("low and high");
    QTest::newRow("is_set with value")
            << group("AND", {cond("city", "is_set", QStringLiteral("x"))})
            << QStringLiteral("takes no value");
    QTest::newRow("is_set without value")
            << group("AND", {cond("city", "is_set", QJsonValue(QJsonValue::Undefined))})
            << QString();
    QTest::newRow("missing value")
            << group("AND", {cond("city", "equals", QJsonValue(QJsonValue::Undefined))})
            << QStringLiteral("needs a value");
    QTest::newRow("unknown field") << group("AND", {cond("shoe_size", "equals", 42)})
                                   << QStringLiteral("has no field 'shoe_size'");
    QTest::newRow("empty text") << group("AND", {cond("city", "equals", QString())})
                                << QStringLiteral("needs some text");
}

void TestCriteria::validation()
{
    QFETCH(QJsonObject, criteria);
    QFETCH(QString, expected);
    QString error;
    const auto root = CriteriaNode::fromJson(criteria, &error);
    QVERIFY2(root, qPrintable(error));
    const FieldCatalogue catalogue = customerCatalogue();
    const QList<CriteriaProblem> problems = validateCriteria(*root, &catalogue);
    if (expected.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.value(0).message));
        return;
    }
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().message.contains(expected), qPrintable(problems.first().message));
}

void TestCriteria::caps()
{
    CriteriaLimits limits;
    limits.maxPerGroup = 3;
    limits.maxTotal = 5;
    QJsonArray four;
    for (int i = 0; i < 4; ++i)
        four.append(cond("employee_count", "greater_than", i));
    auto root = CriteriaNode::fromJson(group("AND", four), nullptr);
    const FieldCatalogue catalogue = customerCatalogue();
    QList<CriteriaProblem> problems = validateCriteria(*root, &catalogue, limits);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QStringLiteral("4 conditions in one group")));

    // Three per group are fine, but six in all are over the total cap.
    QJsonArray three;
    for (int i = 0; i < 3; ++i)
        three.append(cond("employee_count", "greater_than", i));
    root = CriteriaNode::fromJson(group("AND", {group("OR", three), group("OR", three)}), nullptr);
    problems = validateCriteria(*root, &catalogue, limits);
    QCOMPARE(problems.size(), 1);
    QVERIFY(problems.first().message.contains(QStringLiteral("6 conditions in all")));
    QVERIFY(problems.first().path.isEmpty());
}

void TestCriteria::roundTrip_data()
{
    QTest::addColumn<QJsonObject>("criteria");
    QTest::newRow("seed example") << group(
            "AND", {cond("annual_revenue", "greater_than", 500000),
                    cond("industry", "equals", QStringLiteral("technology")),
                    group("OR", {cond("employee_count", "greater_than", 500),
                                 cond("engagement_score", "greater_than", 85)})});
    QTest::newRow("depth 5") << nested(5);
    QTest::newRow("depth 6 (kept to be reported)") << nested(6);
    QTest::newRow("all value shapes")
            << group("OR", {cond("city", "is_not_set", QJsonValue(QJsonValue::Undefined)),
                            cond("city", "equals", QJsonValue(QJsonValue::Null)),
                            cond("industry", "in", QJsonArray{QStringLiteral("retail")}),
                            cond("annual_revenue", "between", QJsonArray{1.5, 2e9}),
                            cond("is_vip", "equals", false)});
    QJsonObject extra = cond("city", "equals", QStringLiteral("Lyon"));
    extra.insert(QStringLiteral("note"), QStringLiteral("kept as it came"));
    QJsonObject top = group("AND", {extra});
    top.insert(QStringLiteral("label"), QStringLiteral("unknown keys survive"));
    QTest::newRow("unknown keys") << top;
}

void TestCriteria::roundTrip()
{
    QFETCH(QJsonObject, criteria);
    QString error;
    const auto root = CriteriaNode::fromJson(criteria, &error);
    QVERIFY2(root, qPrintable(error));
    QCOMPARE(root->toJson(), criteria);
    QCOMPARE(root->clone()->toJson(), criteria);
    // Through bytes too: what is exported is what is imported.
    const QByteArray bytes = QJsonDocument(root->toJson()).toJson();
    QCOMPARE(CriteriaNode::fromJson(QJsonDocument::fromJson(bytes).object(), nullptr)->toJson(),
             criteria);
}

void TestCriteria::refusesNonTrees_data()
{
    QTest::addColumn<QJsonObject>("json");
    QTest::addColumn<QString>("where");
    QTest::newRow("no operator") << QJsonObject{{QStringLiteral("conditions"), QJsonArray{}}}
                                 << QStringLiteral("criteria:");
    QTest::newRow("conditions not a list")
            << QJsonObject{{QStringLiteral("operator"), QStringLiteral("AND")},
                           {QStringLiteral("conditions"), 3}}
            << QStringLiteral("criteria.conditions:");
    QTest::newRow("child not an object")
            << group("AND", {cond("city", "equals", QStringLiteral("x")), 7})
            << QStringLiteral("criteria.conditions[1]:");
    QTest::newRow("condition without field")
            << group("AND",
                     {group("OR",
                            {QJsonObject{{QStringLiteral("operator"), QStringLiteral("equals")}}})})
            << QStringLiteral("criteria.conditions[0].conditions[0]:");
}

void TestCriteria::refusesNonTrees()
{
    QFETCH(QJsonObject, json);
    QFETCH(QString, where);
    QString error;
    QVERIFY(!CriteriaNode::fromJson(json, &error));
    QVERIFY2(error.startsWith(where), qPrintable(error));
}

void TestCriteria::plainLanguage_data()
{
    QTest::addColumn<QJsonObject>("criteria");
    QTest::addColumn<QString>("text");
    QTest::newRow("seed example")
            << group("AND", {cond("annual_revenue", "greater_than", 500000),
                             cond("industry", "equals", QStringLiteral("technology")),
                             group("OR", {cond("employee_count", "greater_than", 500),
                                          cond("engagement_score", "greater_than", 85)})})
            << QStringLiteral("annual_revenue > 500000 AND industry = technology AND "
                              "(employee_count > 500 OR engagement_score > 85)");
    QTest::newRow("shapes")
            << group("OR", {cond("city", "is_set", QJsonValue(QJsonValue::Undefined)),
                            cond("industry", "in",
                                 QJsonArray{QStringLiteral("retail"), QStringLiteral("finance")}),
                            cond("annual_revenue", "between", QJsonArray{10, 20.5}),
                            cond("city", "equals", QStringLiteral("New York"))})
            << QStringLiteral("city is set OR industry in (retail, finance) OR annual_revenue "
                              "between 10 and 20.5 OR city = \"New York\"");
    QTest::newRow("incomplete") << group("AND",
                                         {QJsonObject{{QStringLiteral("field"), QString()},
                                                      {QStringLiteral("operator"), QString()}}})
                                << QStringLiteral("(field?) (operator?)");
}

void TestCriteria::plainLanguage()
{
    QFETCH(QJsonObject, criteria);
    QFETCH(QString, text);
    QCOMPARE(describeCriteria(*CriteriaNode::fromJson(criteria, nullptr)), text);
}

void TestCriteria::valueText_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("op");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QJsonValue>("value");
    QTest::newRow("integer") << "integer"
                             << "greater_than"
                             << " 500 " << true << QJsonValue(500);
    QTest::newRow("integer text") << "integer"
                                  << "equals"
                                  << "five" << false << QJsonValue();
    QTest::newRow("decimal") << "decimal"
                             << "less_than"
                             << "2.5" << true << QJsonValue(2.5);
    QTest::newRow("decimal comma") << "decimal"
                                   << "less_than"
                                   << "2,5" << false << QJsonValue();
    QTest::newRow("boolean") << "boolean"
                             << "equals"
                             << "Yes" << true << QJsonValue(true);
    QTest::newRow("boolean bad") << "boolean"
                                 << "equals"
                                 << "maybe" << false << QJsonValue();
    QTest::newRow("date") << "date"
                          << "before"
                          << "2025-01-31" << true << QJsonValue(QStringLiteral("2025-01-31"));
    QTest::newRow("date bad") << "date"
                              << "before"
                              << "31/01/2025" << false << QJsonValue();
    QTest::newRow("list") << "enum"
                          << "in"
                          << "retail, finance" << true
                          << QJsonValue(QJsonArray{QStringLiteral("retail"),
                                                   QStringLiteral("finance")});
    QTest::newRow("range") << "integer"
                           << "between"
                           << "10 and 20" << true << QJsonValue(QJsonArray{10, 20});
    QTest::newRow("range dots") << "date"
                                << "between"
                                << "2025-01-01..2025-02-01" << true
                                << QJsonValue(QJsonArray{QStringLiteral("2025-01-01"),
                                                         QStringLiteral("2025-02-01")});
    QTest::newRow("range one") << "integer"
                               << "between"
                               << "10" << false << QJsonValue();
    QTest::newRow("empty text") << "string"
                                << "equals"
                                << "  " << false << QJsonValue();
}

void TestCriteria::valueText()
{
    QFETCH(QString, type);
    QFETCH(QString, op);
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(QJsonValue, value);
    QJsonValue parsed;
    QString error;
    QCOMPARE(parseValueText(type, op, text, &parsed, &error), ok);
    if (ok) {
        QCOMPARE(parsed, value);
        QJsonValue again;
        QVERIFY(parseValueText(type, op, valueToText(parsed), &again, &error));
        QCOMPARE(again, value);
    } else {
        QVERIFY(!error.isEmpty());
    }
}

void TestCriteria::exclusions_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("problem"); // empty: accepted
    QTest::newRow("v4") << "3bae2a1b-40e2-4fda-b4a2-28aa92b623a7" << QString();
    QTest::newRow("v1 upper") << "C232AB00-9414-11EC-B3C8-9F6BDECED846" << QString();
    QTest::newRow("v7") << "01890a5d-ac96-774b-bcce-b302099a8057" << QString();
    // UUID syntax, any version or variant (contract section 5): the seed's own example.
    QTest::newRow("seed's example") << "12345678-1234-1234-1234-123456789012" << QString();
    QTest::newRow("nil") << "00000000-0000-0000-0000-000000000000" << QString();
    QTest::newRow("no dashes") << "3bae2a1b40e24fdab4a228aa92b623a7"
                               << "has 32 characters";
    QTest::newRow("36 but not hex") << "3bae2a1b-40e2-4fda-b4a2-28aa92b623zz"
                                    << "not hex digits";
    QTest::newRow("dashes moved") << "3bae2a1b4-0e2-4fda-b4a2-28aa92b623a7"
                                  << "not hex digits";
    QTest::newRow("braces") << "{3bae2a1b-40e2-4fda-b4a2-28aa92b623a7}"
                            << "38 characters";
    QTest::newRow("empty") << ""
                           << "empty";
}

void TestCriteria::exclusions()
{
    QFETCH(QString, id);
    QFETCH(QString, problem);
    const QString got = exclusionProblem(id);
    if (problem.isEmpty()) {
        QVERIFY2(got.isEmpty(), qPrintable(got));
        QVERIFY(isUuidSyntax(id));
    } else {
        QVERIFY2(got.contains(problem), qPrintable(got));
        QVERIFY(!isUuidSyntax(id));
    }
}

void TestCriteria::payloadProblems()
{
    QJsonObject p = payload(nested(6), {QStringLiteral("12345678-1234-1234-1234-12345678901z"),
                                        QStringLiteral("3bae2a1b-40e2-4fda-b4a2-28aa92b623a7"),
                                        QStringLiteral("3BAE2A1B-40E2-4FDA-B4A2-28AA92B623A7")});
    p.insert(QStringLiteral("name"), QString(101, u'n'));
    p.insert(QStringLiteral("description"), QString(501, u'd'));
    p.insert(QStringLiteral("data_source"), QStringLiteral("crm"));
    p.insert(QStringLiteral("version"), -1);
    const FieldCatalogue catalogue = customerCatalogue();
    QStringList texts;
    for (const AudienceProblem &problem : validateAudiencePayload(p, &catalogue))
        texts << problem.text();
    // Every problem at once, each named by where it is.
    QCOMPARE(texts.size(), 7);
    const QStringList starts = {QStringLiteral("version:"),
                                QStringLiteral("name: 101 characters"),
                                QStringLiteral("description: 501 characters"),
                                QStringLiteral("data_source: 'crm'"),
                                QStringLiteral("exclusions[0]:"),
                                QStringLiteral("exclusions[2]:"),
                                QStringLiteral("criteria.conditions[1].conditions[1].conditions[1]"
                                               ".conditions[1].conditions[1]:")};
    for (const QString &s : starts) {
        QVERIFY2(std::any_of(texts.cbegin(), texts.cend(),
                             [&s](const QString &t) { return t.startsWith(s); }),
                 qPrintable(s + QStringLiteral(" not in ") + texts.join(u'|')));
    }
    QVERIFY(validateAudiencePayload(payload(nested(5)), &catalogue).isEmpty());
    // Names are counted in characters, not UTF-16 units: 100 emoji are a valid name.
    QString emoji;
    for (int i = 0; i < 100; ++i)
        emoji += QString::fromUcs4(U"\U0001F600", 1);
    QVERIFY(validateAudienceProperties(emoji, {}, QStringLiteral("crm_sync"), {}).isEmpty());
}

void TestCriteria::textProblems_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("problem"); // empty: fine
    QTest::newRow("plain") << QStringLiteral("Gold members") << QString();
    QTest::newRow("emoji pair") << QString::fromUcs4(U"VIP \U0001F600", 5) << QString();
    QTest::newRow("newline and tab") << QStringLiteral("a\n\tb") << QString();
    QTest::newRow("lone high surrogate") << (QStringLiteral("a") + QChar(0xd800)) << "surrogate";
    QTest::newRow("lone low surrogate") << (QChar(0xdc00) + QStringLiteral("a")) << "surrogate";
    QTest::newRow("NUL") << QStringLiteral("a").append(QChar(0)).append(u'b') << "NUL";
    QTest::newRow("escape") << QStringLiteral("a\x1b[31m") << "control character";
}

void TestCriteria::textProblems()
{
    QFETCH(QString, text);
    QFETCH(QString, problem);
    const QString got = textProblem(text);
    if (problem.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(problem), qPrintable(got));
    // And through the audience's own checks, named by field.
    const auto problems = validateAudienceProperties(text, {}, QStringLiteral("customer_360"), {});
    QCOMPARE(problems.isEmpty(), problem.isEmpty());
}

void TestCriteria::duplicateKeys_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("problem"); // empty: none
    QTest::newRow("none") << QByteArray("{\"name\":\"a\",\"criteria\":{\"operator\":\"AND\"}}")
                          << QString();
    QTest::newRow("same key in sibling objects")
            << QByteArray("{\"a\":{\"x\":1},\"b\":{\"x\":2},\"c\":[{\"x\":1},{\"x\":2}]}")
            << QString();
    QTest::newRow("value equal to a key") << QByteArray("{\"name\":\"name\"}") << QString();
    QTest::newRow("top level") << QByteArray("{\"name\":\"a\",\"name\":\"b\"}")
                               << QStringLiteral("\"name\" appears twice in the audience");
    QTest::newRow("nested") << QByteArray("{\"criteria\":{\"operator\":\"AND\",\"operator\":"
                                          "\"OR\"}}")
                            << QStringLiteral("\"operator\" appears twice in criteria");
    QTest::newRow("escaped quote in key")
            << QByteArray("{\"a\\\"b\":1,\"a\\\"b\":2}") << QStringLiteral("appears twice");
}

void TestCriteria::duplicateKeys()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, problem);
    QVERIFY(!QJsonDocument::fromJson(json).isNull());
    const QString got = jsonDuplicateKey(json);
    if (problem.isEmpty())
        QVERIFY2(got.isEmpty(), qPrintable(got));
    else
        QVERIFY2(got.contains(problem), qPrintable(got));
}

QTEST_MAIN(TestCriteria)
#include "test_criteria.moc"
