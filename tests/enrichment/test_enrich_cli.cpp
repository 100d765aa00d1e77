// cxone-cli campaigns / lists schema / enrich / enrich restore as a person runs them: exit codes,
// the dry run's JSON summary, refusals before anything is sent, apply and undo.
#include "tests/support/simprocess.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using cxone::testsupport::SimProcess;

class TestEnrichCli final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_cli;

    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
    };

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(m_cli, QStringList{QStringLiteral("--base-url"), m_sim.baseUrl().toString(),
                                   QStringLiteral("--client-id"), m_sim.clientId(),
                                   QStringLiteral("--audit-db"),
                                   m_dir.filePath(QStringLiteral("audit.db"))}
                               + args);
        if (p.waitForStarted(10000)) {
            p.write(input);
            p.closeWriteChannel();
        }
        Run r;
        if (!p.waitForFinished(120000))
            return r;
        r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    QString file(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(bytes);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = qEnvironmentVariable("CXONE_CLI");
        QVERIFY2(QFileInfo::exists(m_cli), "CXONE_CLI must name the built cxone-cli");
        QString error;
        QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--scale"), QStringLiteral("small"),
                              QStringLiteral("--enrich-rate"), QStringLiteral("0")},
                             &error),
                 qPrintable(error));
    }

    void campaignsAndSchema()
    {
        Run r = cli(
                {QStringLiteral("--json"), QStringLiteral("campaigns"), QStringLiteral("list")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.json().value(u"campaigns").toArray().size() >= 5);
        r = cli({QStringLiteral("campaigns"), QStringLiteral("show"),
                 QStringLiteral("camp_gb_renewals_nov")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("batches of at most 150 contacts"));
        r = cli({QStringLiteral("lists"), QStringLiteral("schema"),
                 QStringLiteral("list_us_main")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains("priority_score") && r.out.contains("integer"));
    }

    void dryRunSummary()
    {
        const QString csv
                = file(QStringLiteral("crm.csv"), "Contact ID,Account Status,Priority,Notes\n"
                                                  "ct-us_main-0000001,active,90,x\n"
                                                  "ct-us_main-0000002,N/A,,y\n"
                                                  ",churned,5,z\n"
                                                  "ct-us_main-0000001,churned,10,dup\n"
                                                  "ct-us_main-0000003,Active,12,bad enum\n");
        const QString results = m_dir.filePath(QStringLiteral("results.csv"));
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                           QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"), csv,
                           QStringLiteral("--results"), results});
        QCOMPARE(r.code, 0);
        const QJsonObject s = r.json();
        QCOMPARE(s.value(u"rows").toInt(), 5);
        QCOMPARE(s.value(u"contacts").toInt(), 1);
        const QJsonObject skipped = s.value(u"skipped").toObject();
        QCOMPARE(skipped.value(u"no-contact-id").toInt(), 1);
        QCOMPARE(skipped.value(u"duplicate-contact-id").toInt(), 1);
        QCOMPARE(skipped.value(u"row-error").toInt(), 1);
        QCOMPARE(skipped.value(u"no-values").toInt(), 1); // every mapped cell empty or N/A
        const QJsonObject status
                = s.value(u"fields").toObject().value(u"crm_account_status").toObject();
        QCOMPARE(status.value(u"filled").toInt(), 4);
        QCOMPARE(status.value(u"total").toInt(), 5);
        QCOMPARE(status.value(u"nulls").toInt(), 1);
        QCOMPARE(status.value(u"typeErrors").toInt(), 1);
        QCOMPARE(s.value(u"fillRate").toDouble(), 0.8); // 8 of 10 mapped cells
        QCOMPARE(s.value(u"batchSize").toInt(), 300);
        QCOMPARE(s.value(u"batches").toInt(), 1);
        QCOMPARE(s.value(u"applied").toInt(-1), 0);
        QCOMPARE(s.value(u"rejected").toInt(-1), 0);
        QCOMPARE(s.value(u"notFound").toInt(-1), 0);
        QVERIFY(s.contains(u"journal"));
        QFile f(results);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 6); // header + one per input row
        QVERIFY(lines[5].contains("row-error"));
        QVERIFY(r.err.contains("Account Status") && r.err.contains("crm_account_status"));
    }

    void refusalsSendNothing_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown attribute")
                << QStringList{QStringLiteral("--map"), QStringLiteral("Priority=shoe_size")}
                << QByteArray("contactId,Priority\nc,1\n") << 3 << "does not have";
        QTest::newRow("two columns, one attribute")
                << QStringList{QStringLiteral("--map"), QStringLiteral("a=email"),
                               QStringLiteral("--map"), QStringLiteral("b=email")}
                << QByteArray("contactId,a,b\nc,x,y\n") << 3 << "both map to email";
        QTest::newRow("no id column") << QStringList() << QByteArray("name,email\nx,y\n") << 3
                                      << "no column holds the contact id";
        QTest::newRow("quote never closed")
                << QStringList() << QByteArray("contactId,email\nc,\"open\n") << 3
                << "a quoted field is never closed";
        QTest::newRow("empty file") << QStringList() << QByteArray() << 3 << "empty";
        QTest::newRow("bad option")
                << QStringList{QStringLiteral("--date-order"), QStringLiteral("ymd")}
                << QByteArray("contactId,email\nc,x\n") << 2 << "--date-order must be";
        QTest::newRow("journal without apply")
                << QStringList{QStringLiteral("--journal"), QStringLiteral("j.jsonl")}
                << QByteArray("contactId,email\nc,x\n") << 2 << "only make sense with --apply";
        QTest::newRow("a null token that is a value")
                << QStringList{QStringLiteral("--null-tokens"), QStringLiteral("-,yes")}
                << QByteArray("contactId,DNC\nc,yes\n") << 3
                << "the null token \u201cyes\u201d is a value of do_not_call";
        QTest::newRow("both decimal marks")
                << QStringList{QStringLiteral("--decimal-comma"), QStringLiteral("--decimal-point")}
                << QByteArray("contactId,email\nc,x\n") << 2 << "contradict each other";
        QTest::newRow("insecure webhook")
                << QStringList{QStringLiteral("--apply"), QStringLiteral("--webhook-url"),
                               QStringLiteral("http://crm.example.com/x")}
                << QByteArray("contactId,email\nc,x\n") << 3 << "plain http://";
    }

    void refusalsSendNothing()
    {
        QFETCH(QStringList, extra);
        QFETCH(QByteArray, csv);
        QFETCH(int, code);
        QFETCH(QString, message);
        const Run r
                = cli(QStringList{QStringLiteral("enrich"), QStringLiteral("camp_us_retention_q4"),
                                  QStringLiteral("--csv"), file(QStringLiteral("refuse.csv"), csv)}
                      + extra);
        QCOMPARE(r.code, code);
        QVERIFY2(r.err.contains(message.toUtf8()), r.err.constData());
    }

    void csvFromStandardInput()
    {
        // "-" is standard input, as for every other input of the command line.
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                           QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"),
                           QStringLiteral("-")},
                          "contact_id,priority_score\nct-us_main-0000001,5\n"
                          "ct-us_main-0000002,7\n");
        QVERIFY2(r.code == 0, r.err.constData());
        QCOMPARE(r.json().value(u"rows").toInt(), 2);
        QCOMPARE(r.json().value(u"contacts").toInt(), 2);
    }

    void endlessInputIsRefusedAtItsCap()
    {
        // A device that never ends a line: refused after a few MiB, naming the cap it passed,
        // before the tenant is asked anything.
        const Run r = cli({QStringLiteral("enrich"), QStringLiteral("camp_us_retention_q4"),
                           QStringLiteral("--csv"), QStringLiteral("/dev/zero")});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("without a line end: a record may be at most 1 MiB"),
                 r.err.constData());
        QVERIFY(r.err.contains("nothing was sent"));
    }

    void theCountsAgreeInTheSummaryItsJsonTheProgressAndTheAudit()
    {
        // Applied rows, one not on the list, two skipped: the JSON summary, the progress line,
        // the closing sentence and the audit entry say the same numbers in the same words.
        const QString csv = file(QStringLiteral("counts.csv"), "Contact ID,Priority,Tier\n"
                                                               "ct-us_main-0000010,90,gold\n"
                                                               "ct-us_main-0000011,80,silver\n"
                                                               "ct-us_main-0000012,70,gold\n"
                                                               "ct-elsewhere-0000001,60,gold\n"
                                                               ",50,gold\n"
                                                               "ct-us_main-0000010,40,gold\n");
        const QString journal = m_dir.filePath(QStringLiteral("counts.jsonl"));
        const QString audit = m_dir.filePath(QStringLiteral("counts-audit.jsonl"));
        Run r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                     QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"), csv,
                     QStringLiteral("--apply"), QStringLiteral("--journal"), journal});
        QCOMPARE(r.code, 0);
        const QJsonObject s = r.json();
        QCOMPARE(s.value(u"contacts").toInt(), 4);
        QCOMPARE(s.value(u"processed").toInt(), 4);
        QCOMPARE(s.value(u"applied").toInt(), 3);
        QCOMPARE(s.value(u"notFound").toInt(), 1);
        QCOMPARE(s.value(u"rejected").toInt(-1), 0);
        QCOMPARE(s.value(u"skippedRows").toInt(), 2);
        QCOMPARE(s.value(u"attributes").toInt(), 6);
        const QString sentence = s.value(u"summary").toString();
        QCOMPARE(sentence, QStringLiteral("4 of 4 contacts processed: 3 applied, 1 not on the "
                                          "list; 6 attributes written; 2 rows skipped before "
                                          "sending"));
        // The progress (the activity pane's words) and the closing line on stderr.
        QVERIFY2(r.err.contains("4 of 4 contacts processed (100\u00a0%): 3 applied, 1 not on "
                                "the list"),
                 r.err.constData());
        QVERIFY2(r.err.contains((sentence + u'.').toUtf8()), r.err.constData());
        // The audit entry.
        r = cli({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"), audit,
                 QStringLiteral("--kind"), QStringLiteral("enrich")});
        QCOMPARE(r.code, 0);
        QFile f(audit);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QJsonObject completed;
        for (const QByteArray &line : f.readAll().split('\n')) {
            const QJsonObject e = QJsonDocument::fromJson(line).object();
            if (e.value(u"action").toString() == u"ENRICH_COMPLETED"
                && e.value(u"details").toObject().value(u"journal").toString() == journal)
                completed = e.value(u"details").toObject();
        }
        QVERIFY(!completed.isEmpty());
        for (const char *key : {"contacts", "processed", "applied", "notFound", "rejected",
                                "skippedRows", "attributes", "summary"})
            QCOMPARE(completed.value(QLatin1StringView(key)), s.value(QLatin1StringView(key)));
    }

    void numbersThatReadTwoWaysAreRefusedUntilTheMarkIsSaid()
    {
        const QString csv = file(QStringLiteral("marks.csv"), "Contact ID,Lifetime Value\n"
                                                              "ct-us_main-0000001,\"2.500\"\n"
                                                              "ct-us_main-0000002,100\n");
        Run r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                     QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"), csv});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"contacts").toInt(), 1);
        QCOMPARE(r.json().value(u"skipped").toObject().value(u"row-error").toInt(), 1);
        QVERIFY2(r.err.contains("lifetime_value: 1 values read two ways (line 2: 2.500)"),
                 r.err.constData());
        QVERIFY(r.err.contains("pass --decimal-point or --decimal-comma"));
        for (const char *flag : {"--decimal-comma", "--decimal-point"}) {
            r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                     QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"), csv,
                     QString::fromLatin1(flag)});
            QCOMPARE(r.code, 0);
            QCOMPARE(r.json().value(u"contacts").toInt(), 2);
        }
    }

    void aTemplateSaysWhatItChanges()
    {
        const QString csv = file(QStringLiteral("tmpl.csv"), "Contact ID,Lifetime Value,Priority\n"
                                                             "ct-us_main-0000001,\"1.234,50\",-\n");
        Run r = cli({QStringLiteral("enrich"), QStringLiteral("camp_us_retention_q4"),
                     QStringLiteral("--csv"), csv, QStringLiteral("--null-tokens"),
                     QStringLiteral("-"), QStringLiteral("--decimal-comma"),
                     QStringLiteral("--save-template"), QStringLiteral("euro")});
        QCOMPARE(r.code, 0);
        r = cli({QStringLiteral("enrich"), QStringLiteral("camp_us_retention_q4"),
                 QStringLiteral("--csv"), csv, QStringLiteral("--template"),
                 QStringLiteral("euro")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("template \xE2\x80\x9C"
                                "euro\xE2\x80\x9D changes how cells are "
                                "read:\n  - null tokens added: \xE2\x80\x9C-\xE2\x80\x9D"),
                 r.err.constData());
        QVERIFY(r.err.contains("  - decimal mark: comma (1.234,56)"));
    }

    void aFileSaidToBeUtf8IsChecked()
    {
        const QString csv = file(QStringLiteral("latin1.csv"), "Contact ID,Account Manager\n"
                                                               "ct-us_main-0000001,Ren\xE9"
                                                               "e\n"
                                                               "ct-us_main-0000002,Dana\n");
        const Run r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                           QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"), csv,
                           QStringLiteral("--encoding"), QStringLiteral("utf-8")});
        QCOMPARE(r.code, 0);
        QVERIFY2(r.err.contains("line 2: bytes that are not UTF-8 in column"), r.err.constData());
        QCOMPARE(r.json().value(u"contacts").toInt(), 1);
        QCOMPARE(r.json().value(u"skipped").toObject().value(u"row-error").toInt(), 1);
    }

    void applyThenRestore()
    {
        QByteArray csv("contact_id,priority_score,loyalty_tier\n");
        for (int i = 0; i < 700; ++i)
            csv += "ct-us_main-" + QByteArray::number(i).rightJustified(7, '0') + ","
                   + QByteArray::number(i % 90 + 1) + ",gold\n";
        const QString path = file(QStringLiteral("apply.csv"), csv);
        const QString journal = m_dir.filePath(QStringLiteral("apply.jsonl"));
        Run r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                     QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"), path,
                     QStringLiteral("--apply"), QStringLiteral("--journal"), journal,
                     QStringLiteral("--save-template"), QStringLiteral("weekly")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"applied").toInt(), 700);
        QCOMPARE(r.json().value(u"batches").toInt(), 3);
        QCOMPARE(r.json().value(u"journal").toString(), journal);
        // The saved template reads the same file again.
        r = cli({QStringLiteral("--json"), QStringLiteral("enrich"),
                 QStringLiteral("camp_us_retention_q4"), QStringLiteral("--csv"), path,
                 QStringLiteral("--template"), QStringLiteral("weekly")});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"contacts").toInt(), 700);
        r = cli({QStringLiteral("--json"), QStringLiteral("enrich"), QStringLiteral("restore"),
                 QStringLiteral("--journal"), journal});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().value(u"contacts").toInt(), 700);
        // An edited journal is refused.
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadWrite));
        QByteArray text = f.readAll();
        text.replace("\"batch\":1,", "\"batch\":2,");
        f.seek(0);
        f.write(text);
        f.close();
        r = cli({QStringLiteral("enrich"), QStringLiteral("restore"), QStringLiteral("--journal"),
                 journal});
        QCOMPARE(r.code, 3);
        QVERIFY2(r.err.contains("cannot be trusted"), r.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestEnrichCli)
#include "test_enrich_cli.moc"
