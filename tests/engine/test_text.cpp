// Texts people read: counts with their nouns in the right number, through countText and through
// every tr("… %n thing(s) …", nullptr, n) once the English plurals are installed.
#include "models/engine/text.h"

#include <QCoreApplication>
#include <QTest>

using namespace cxone;

class TestText : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { installEnglishPlurals(QCoreApplication::instance()); }
    void plurals_data();
    void plurals();
    void trUsesThem();
    void countTextUsesTheLocale();
};

void TestText::plurals_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("expected");
    QTest::newRow("one") << QStringLiteral("%n contact(s)") << 1 << QStringLiteral("%n contact");
    QTest::newRow("zero") << QStringLiteral("%n contact(s)") << 0 << QStringLiteral("%n contacts");
    QTest::newRow("many") << QStringLiteral("%n contact(s)") << 7 << QStringLiteral("%n contacts");
    QTest::newRow("es") << QStringLiteral("%n batch(es) done") << 2
                        << QStringLiteral("%n batches done");
    QTest::newRow("es one") << QStringLiteral("%n batch(es) done") << 1
                            << QStringLiteral("%n batch done");
    QTest::newRow("two nouns") << QStringLiteral("%n page(s) of row(s)") << 3
                               << QStringLiteral("%n pages of rows");
    QTest::newRow("parenthesis left alone")
            << QStringLiteral("done (in %n s)") << 2 << QStringLiteral("done (in %n s)");
}

void TestText::plurals()
{
    QFETCH(QString, source);
    QFETCH(int, n);
    QFETCH(QString, expected);
    QCOMPARE(pluralText(source, n), expected);
}

void TestText::trUsesThem()
{
    QCOMPARE(QCoreApplication::translate("ctx", "Loaded %n page(s).", nullptr, 1),
             QStringLiteral("Loaded 1 page."));
    QCOMPARE(QCoreApplication::translate("ctx", "Loaded %n page(s).", nullptr, 12),
             QStringLiteral("Loaded 12 pages."));
    // Without a count nothing changes.
    QCOMPARE(QCoreApplication::translate("ctx", "http(s) only"), QStringLiteral("http(s) only"));
}

void TestText::countTextUsesTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    QCOMPARE(countText(1, QStringLiteral("row"), QStringLiteral("rows")), QStringLiteral("1 row"));
    QCOMPARE(countText(2138, QStringLiteral("row"), QStringLiteral("rows")),
             QStringLiteral("2,138 rows"));
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(countText(2138, QStringLiteral("row"), QStringLiteral("rows")),
             QStringLiteral("2.138 rows"));
    QLocale::setDefault(QLocale::c());
}

QTEST_GUILESS_MAIN(TestText)
#include "test_text.moc"
