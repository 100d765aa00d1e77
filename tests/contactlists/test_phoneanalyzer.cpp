// PhoneAnalyzer on lists of many chunks: the distinct inputs are handed to the workers while
// they are still being found, yet every row gets exactly its own number's result, in row order,
// with worker processes, in this process, when the workers die, and across a cancel.
#include "app/simulator/modules/contactlistsmodule.h"
#include "models/contactlists/phoneanalyzer.h"
#include "models/engine/table/compactrowstore.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace cxone;

namespace {

// rows numbers of the simulator's messy kinds; every third row repeats an earlier one.
std::shared_ptr<CompactRowStore> messyNumbers(qsizetype rows, QSet<QByteArray> *distinct)
{
    auto store = std::make_shared<CompactRowStore>(2);
    std::vector<QByteArray> texts;
    for (qsizetype i = 0; i < rows; ++i) {
        QByteArray text = i % 3 == 2
                                  ? texts[size_t((i * 7919) % i)]
                                  : sim::generatePhone(11, quint64(i), QStringLiteral("US")).text;
        texts.push_back(text);
        distinct->insert(text);
        const QByteArray id = "c" + QByteArray::number(i);
        const QByteArrayView cells[2] = {id, text};
        store->appendRow(cells);
    }
    return store;
}

bool samePhone(const ParsedPhone &a, const ParsedPhone &b)
{
    return a.e164 == b.e164 && a.status == b.status && a.type == b.type
           && a.region[0] == b.region[0] && a.region[1] == b.region[1]
           && a.hasExtension == b.hasExtension;
}

} // namespace

class TestPhoneAnalyzer final : public QObject
{
    Q_OBJECT

private:
    // Runs the analyzer to its end; the results, or empty on failure.
    std::vector<ParsedPhone> analyze(PhoneAnalyzer &a, std::shared_ptr<const CompactRowStore> s,
                                     QStringList *messages = nullptr)
    {
        QSignalSpy done(&a, &PhoneAnalyzer::finished);
        if (messages)
            connect(&a, &PhoneAnalyzer::message, this,
                    [messages](const QString &m) { messages->append(m); });
        a.start(std::move(s), 1, QStringLiteral("US"));
        if (!done.wait(60000) || !done.first().at(0).toBool())
            return {};
        return a.takeResults();
    }

    void checkRows(const std::vector<ParsedPhone> &results, const CompactRowStore &store)
    {
        QCOMPARE(qsizetype(results.size()), store.rowCount());
        for (qsizetype r = 0; r < store.rowCount(); ++r) {
            const ParsedPhone expected = PhoneParser::parse(store.cell(r, 1), QStringLiteral("US"));
            QVERIFY2(samePhone(results[size_t(r)], expected),
                     qPrintable(QStringLiteral("row %1: %2")
                                        .arg(r)
                                        .arg(QString::fromUtf8(store.cell(r, 1)))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(!qEnvironmentVariable("CXONE_CLI").isEmpty(), "the worker program is needed");
    }

    void workersAndInProcessGiveEveryRowItsOwnResult_data()
    {
        QTest::addColumn<int>("workers");
        QTest::addColumn<int>("rows");
        QTest::newRow("2 workers, 12 chunks") << 2 << 25000;
        QTest::newRow("in process, 12 chunks") << 0 << 25000;
        QTest::newRow("2 workers, one partial chunk") << 2 << 700;
        QTest::newRow("2 workers, about one chunk of distinct inputs") << 2 << 3072;
        QTest::newRow("empty list") << 2 << 0;
    }

    void workersAndInProcessGiveEveryRowItsOwnResult()
    {
        QFETCH(int, workers);
        QFETCH(int, rows);
        QSet<QByteArray> distinct;
        auto store = messyNumbers(rows, &distinct);
        PhoneAnalyzer a;
        a.setWorkerCount(workers);
        const std::vector<ParsedPhone> results = analyze(a, store);
        if (rows == 0) {
            QVERIFY(results.empty());
            QCOMPARE(a.uniqueCount(), 0);
            return;
        }
        QCOMPARE(a.uniqueCount(), distinct.size());
        checkRows(results, *store);
    }

    void deadWorkersFallBackToThisProcess()
    {
        QSet<QByteArray> distinct;
        auto store = messyNumbers(9000, &distinct);
        PhoneAnalyzer a;
        a.setWorkerCount(2);
        a.setWorkerCommand({QStringLiteral("/bin/false"), {}}); // ends at once
        QStringList messages;
        const std::vector<ParsedPhone> results = analyze(a, store, &messages);
        QVERIFY2(messages.join(u'\n').contains(u"in this process"),
                 qPrintable(messages.join(u'\n')));
        checkRows(results, *store);
    }

    void cancelThenStartAgain()
    {
        QSet<QByteArray> distinct;
        auto store = messyNumbers(30000, &distinct);
        PhoneAnalyzer a;
        a.setWorkerCount(2);
        QSignalSpy done(&a, &PhoneAnalyzer::finished);
        a.start(store, 1, QStringLiteral("US"));
        QTest::qWait(30); // distinct inputs are being found and handed out
        a.cancel();
        QCOMPARE(done.size(), 1);
        QCOMPARE(done.first().at(0).toBool(), false);
        QVERIFY(!a.isRunning());
        QTest::qWait(50); // late signals of the cancelled run change nothing
        QCOMPARE(done.size(), 1);
        const std::vector<ParsedPhone> results = analyze(a, store);
        QCOMPARE(a.uniqueCount(), distinct.size());
        checkRows(results, *store);
    }
};

QTEST_MAIN(TestPhoneAnalyzer)
#include "test_phoneanalyzer.moc"
