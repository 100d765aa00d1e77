// PhoneAnalyzer on lists of many chunks: the distinct inputs are handed to the parsing threads
// while they are still being found, yet every row gets exactly its own number's result, in row
// order, with one thread or several, across a cancel, and when the analyzer goes mid-run. No
// process is started.
#include "app/simulator/modules/contactlistsmodule.h"
#include "models/contactlists/phoneanalyzer.h"
#include "models/engine/table/compactrowstore.h"

#include <QFile>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <unistd.h>

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
    std::vector<ParsedPhone> analyze(PhoneAnalyzer &a, std::shared_ptr<const CompactRowStore> s)
    {
        QSignalSpy done(&a, &PhoneAnalyzer::finished);
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
    void threadsGiveEveryRowItsOwnResult_data()
    {
        QTest::addColumn<int>("threads");
        QTest::addColumn<int>("rows");
        QTest::newRow("2 threads, 12 chunks") << 2 << 25000;
        QTest::newRow("1 thread, 12 chunks") << 1 << 25000;
        QTest::newRow("4 threads, 12 chunks") << 4 << 25000;
        QTest::newRow("2 threads, one partial chunk") << 2 << 700;
        QTest::newRow("2 threads, about one chunk of distinct inputs") << 2 << 3072;
        QTest::newRow("empty list") << 2 << 0;
    }

    void threadsGiveEveryRowItsOwnResult()
    {
        QFETCH(int, threads);
        QFETCH(int, rows);
        QSet<QByteArray> distinct;
        auto store = messyNumbers(rows, &distinct);
        PhoneAnalyzer a;
        a.setWorkerCount(threads);
        const std::vector<ParsedPhone> results = analyze(a, store);
        if (rows == 0) {
            QVERIFY(results.empty());
            QCOMPARE(a.uniqueCount(), 0);
            return;
        }
        QCOMPARE(a.uniqueCount(), distinct.size());
        checkRows(results, *store);
    }

    void noProcessIsStarted()
    {
        QSet<QByteArray> distinct;
        auto store = messyNumbers(9000, &distinct);
        PhoneAnalyzer a;
        a.setWorkerCount(2);
        const std::vector<ParsedPhone> results = analyze(a, store);
        QCOMPARE(a.workersUsed(), 2);
        checkRows(results, *store);
        // No child process was started for it (a QProcess is started by the calling thread).
        QFile children(QStringLiteral("/proc/self/task/%1/children").arg(getpid()));
        QVERIFY(children.open(QIODevice::ReadOnly));
        QVERIFY(children.readAll().trimmed().isEmpty());
    }

    void destroyedWhileParsing()
    {
        QSet<QByteArray> distinct;
        auto store = messyNumbers(30000, &distinct);
        auto a = std::make_unique<PhoneAnalyzer>();
        a->setWorkerCount(2);
        QSignalSpy done(a.get(), &PhoneAnalyzer::finished);
        QSignalSpy progress(a.get(), &PhoneAnalyzer::progress);
        a->start(store, 1, QStringLiteral("US"));
        QTRY_VERIFY(progress.size() > 1); // chunks are done and more are on the threads
        a.reset(); // waits for them; what they posted is dropped with the analyzer
        QCoreApplication::sendPostedEvents();
        QCoreApplication::processEvents();
        QCOMPARE(done.size(), 0);
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
