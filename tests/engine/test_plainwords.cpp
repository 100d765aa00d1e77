// The words people read about jobs and audit entries: kinds, targets by name, action codes as
// sentences with their optional parts, details with units, and the state of a run whose items
// partly failed.
#include "models/engine/audit/plainwords.h"

#include <QJsonArray>
#include <QTest>

using namespace cxone;

namespace {

AuditEntry entry(const QString &action, const QJsonObject &details,
                 const QString &target = QStringLiteral("aud-7c1e"))
{
    AuditEntry e;
    e.jobKind = QStringLiteral("audience-save");
    e.jobId = QStringLiteral("job-1234");
    e.action = action;
    e.target = target;
    e.outcome = QStringLiteral("ok");
    e.details = details;
    return e;
}

} // namespace

class TestPlainWords final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void jobKindsInWords_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("words");
        QTest::newRow("export") << QStringLiteral("segment-export")
                                << QStringLiteral("Segment export");
        QTest::newRow("extract") << QStringLiteral("transcripts.extract")
                                 << QStringLiteral("Transcript extraction");
        QTest::newRow("enrich") << QStringLiteral("enrich") << QStringLiteral("Enrichment");
        QTest::newRow("unknown") << QStringLiteral("list-merge_dryRun")
                                 << QStringLiteral("List merge dry run");
    }
    void jobKindsInWords()
    {
        QFETCH(QString, kind);
        QFETCH(QString, words);
        QCOMPARE(words::jobKind(kind), words);
    }

    void actionsAsSentences_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QJsonObject>("details");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("saved, every part")
                << QStringLiteral("AUDIENCE_SAVED")
                << QJsonObject{{QStringLiteral("targetName"), QStringLiteral("Churn risk")},
                               {QStringLiteral("version"), 3},
                               {QStringLiteral("size"), 4647}}
                << QStringLiteral("Saved audience \u201cChurn risk\u201d, version 3, size 4,647");
        QTest::newRow("saved, no size yet")
                << QStringLiteral("AUDIENCE_SAVED")
                << QJsonObject{{QStringLiteral("targetName"), QStringLiteral("Churn risk")},
                               {QStringLiteral("version"), 3}}
                << QStringLiteral("Saved audience \u201cChurn risk\u201d, version 3");
        QTest::newRow("no name: the id")
                << QStringLiteral("AUDIENCE_SAVE_CANCELLED") << QJsonObject{}
                << QStringLiteral("Cancelled saving audience \u201caud-7c1e\u201d");
        QTest::newRow("segment name of older entries")
                << QStringLiteral("EXPORT_COMPLETED")
                << QJsonObject{{QStringLiteral("segment"), QStringLiteral("Gold")},
                               {QStringLiteral("records"), 230000},
                               {QStringLiteral("elapsedMs"), 245000}}
                << QStringLiteral(
                           "Exported segment \u201cGold\u201d: 230,000 records in 4 min 05 s");
        QTest::newRow("batch")
                << QStringLiteral("ENRICH_BATCH")
                << QJsonObject{{QStringLiteral("targetName"), QStringLiteral("Spring")},
                               {QStringLiteral("batch"), 53},
                               {QStringLiteral("contacts"), 150},
                               {QStringLiteral("updated"), 148},
                               {QStringLiteral("latencyMs"), 40202}}
                << QStringLiteral("Enriched batch 53 of list \u201cSpring\u201d: 148 of 150 "
                                  "contacts updated in 40.2 s");
        QTest::newRow("unknown code") << QStringLiteral("LIST_MERGED") << QJsonObject{}
                                      << QStringLiteral("List merged: \u201caud-7c1e\u201d");
    }
    void actionsAsSentences()
    {
        QFETCH(QString, action);
        QFETCH(QJsonObject, details);
        QFETCH(QString, sentence);
        QCOMPARE(words::actionSentence(entry(action, details)), sentence);
    }

    void detailsWithLabelsAndUnits_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QJsonValue>("value");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("text");
        QTest::newRow("latency ms") << QStringLiteral("latencyMs") << QJsonValue(262)
                                    << QStringLiteral("Latency") << QStringLiteral("262 ms");
        QTest::newRow("latency s") << QStringLiteral("latencyMs") << QJsonValue(40202)
                                   << QStringLiteral("Latency") << QStringLiteral("40.2 s");
        QTest::newRow("p95") << QStringLiteral("p95LatencyMs") << QJsonValue(2605)
                             << QStringLiteral("Latency p95") << QStringLiteral("2.6 s");
        QTest::newRow("rate") << QStringLiteral("successRate") << QJsonValue(0.99818)
                              << QStringLiteral("Success rate") << QStringLiteral("99.8 %");
        QTest::newRow("bytes") << QStringLiteral("bytes") << QJsonValue(1500000)
                               << QStringLiteral("Bytes") << QStringLiteral("1.5 MB");
        QTest::newRow("count") << QStringLiteral("notFound") << QJsonValue(1234)
                               << QStringLiteral("Not found") << QStringLiteral("1,234");
        QTest::newRow("snake") << QStringLiteral("evaluation_status")
                               << QJsonValue(QStringLiteral("ready"))
                               << QStringLiteral("Evaluation status") << QStringLiteral("ready");
        QTest::newRow("bool") << QStringLiteral("resumed") << QJsonValue(true)
                              << QStringLiteral("Resumed") << QStringLiteral("yes");
        QTest::newRow("list") << QStringLiteral("reasons")
                              << QJsonValue(QJsonArray{QStringLiteral("stale"),
                                                       QStringLiteral("too big")})
                              << QStringLiteral("Reasons") << QStringLiteral("stale; too big");
    }
    void detailsWithLabelsAndUnits()
    {
        QFETCH(QString, key);
        QFETCH(QJsonValue, value);
        QFETCH(QString, label);
        QFETCH(QString, text);
        QCOMPARE(words::detailLabel(key), label);
        QCOMPARE(words::detailValue(key, value), text);
    }

    void detailsLineLeavesTheNameToTheSentence()
    {
        const QJsonObject d{{QStringLiteral("batch"), 53},
                            {QStringLiteral("targetName"), QStringLiteral("Spring")},
                            {QStringLiteral("contacts"), 150},
                            {QStringLiteral("latencyMs"), 40202}};
        // QJsonObject keeps keys sorted: the line follows that order.
        QCOMPARE(words::detailsLine(d),
                 QStringLiteral("Batch: 53 · Contacts: 150 · Latency: 40.2 s"));
        QCOMPARE(words::detailsLine({}), QString());
    }

    void entryTextHasNameAndId()
    {
        AuditEntry e = entry(QStringLiteral("AUDIENCE_SAVED"),
                             {{QStringLiteral("targetName"), QStringLiteral("Churn risk")},
                              {QStringLiteral("version"), 3}});
        const QString text = words::entryText(e);
        QVERIFY2(text.startsWith(u"Saved audience \u201cChurn risk\u201d, version 3\n"),
                 qPrintable(text));
        QVERIFY2(text.contains(u"Target: Churn risk (aud-7c1e)"), qPrintable(text));
        QVERIFY2(text.contains(u"Job: Audience save (job-1234)"), qPrintable(text));
        QVERIFY2(text.contains(u"Outcome: OK"), qPrintable(text));
        QVERIFY2(!text.contains(u'{'), qPrintable(text));
    }

    void statesTellTheTruth()
    {
        QCOMPARE(words::jobState(JobState::CompletedWithFailures, 7),
                 QStringLiteral("completed with 7 failures"));
        QCOMPARE(words::jobState(JobState::CompletedWithFailures, 1),
                 QStringLiteral("completed with 1 failure"));
        QCOMPARE(words::jobState(JobState::Failed), QStringLiteral("failed"));
        QCOMPARE(words::jobState(JobState::Succeeded), QStringLiteral("succeeded"));
        QVERIFY(words::isWarningState(JobState::CompletedWithFailures));
        QVERIFY(!words::isWarningState(JobState::Failed));
    }

    void durations_data()
    {
        QTest::addColumn<qint64>("ms");
        QTest::addColumn<QString>("text");
        QTest::newRow("ms") << qint64(999) << QStringLiteral("999 ms");
        QTest::newRow("s") << qint64(1000) << QStringLiteral("1.0 s");
        QTest::newRow("min") << qint64(61000) << QStringLiteral("1 min 01 s");
        QTest::newRow("h") << qint64(3723000) << QStringLiteral("1 h 02 min");
    }
    void durations()
    {
        QFETCH(qint64, ms);
        QFETCH(QString, text);
        QCOMPARE(words::duration(ms), text);
    }
};

QTEST_GUILESS_MAIN(TestPlainWords)
#include "test_plainwords.moc"
