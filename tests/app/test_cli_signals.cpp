// Ctrl-C and kill on the command line, as a person running a long apply meets them: the first
// signal stops the job cleanly (the journal accounts for every contact, the closing audit entry
// is written, the counts are printed, exit 130) and the journal then restores exactly; a second
// signal ends the command at once.
#include "simprocess.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using cxone::testsupport::SimProcess;

class TestCliSignals final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_cli;

    QProcess *startApply(const QString &journal)
    {
        auto *p = new QProcess(this);
        p->setProgram(m_cli);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p->setProcessEnvironment(env);
        p->setArguments({QStringLiteral("--base-url"), m_sim.baseUrl().toString(),
                         QStringLiteral("--client-id"), m_sim.clientId(),
                         QStringLiteral("--audit-db"), m_dir.filePath(QStringLiteral("audit.db")),
                         QStringLiteral("lists"), QStringLiteral("sanitize"),
                         QStringLiteral("list_gb_renewals"), QStringLiteral("--regions"),
                         QStringLiteral("GB"), QStringLiteral("--default-region"),
                         QStringLiteral("GB"), QStringLiteral("--preview"),
                         m_dir.filePath(QStringLiteral("preview.csv")), QStringLiteral("--apply"),
                         QStringLiteral("--journal"), journal});
        p->start();
        return p;
    }

    int run(const QStringList &args, QByteArray *err)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        p.setProcessEnvironment(env);
        p.start(m_cli, QStringList{QStringLiteral("--base-url"), m_sim.baseUrl().toString(),
                                   QStringLiteral("--client-id"), m_sim.clientId(),
                                   QStringLiteral("--audit-db"),
                                   m_dir.filePath(QStringLiteral("audit.db"))}
                               + args);
        p.waitForFinished(120000);
        *err = p.readAllStandardError();
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

    // Waits until the journal holds at least `n` result lines (the apply is under way).
    static bool waitForResults(const QString &journal, int n)
    {
        return QTest::qWaitFor(
                [&] {
                    QFile f(journal);
                    return f.open(QIODevice::ReadOnly)
                           && f.readAll().count("\"type\":\"result\"") >= n;
                },
                60000);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_cli = qEnvironmentVariable("CXONE_CLI");
        QVERIFY2(QFileInfo::exists(m_cli), "CXONE_CLI must name the built cxone-cli");
        QString error;
        // Slow answers, so that the apply is surely mid-way when the signal comes.
        QVERIFY2(m_sim.start({QStringLiteral("--seed"), QStringLiteral("7"),
                              QStringLiteral("--scale"), QStringLiteral("small"),
                              QStringLiteral("--latency-ms"), QStringLiteral("40")},
                             &error),
                 qPrintable(error));
    }

    void interruptMidApplyThenRestore_data()
    {
        QTest::addColumn<int>("signal");
        QTest::newRow("SIGINT") << int(SIGINT);
        QTest::newRow("SIGTERM") << int(SIGTERM);
    }

    void interruptMidApplyThenRestore()
    {
        QFETCH(int, signal);
        const QString journal = m_dir.filePath(QStringLiteral("j-%1.jsonl").arg(signal));
        QProcess *p = startApply(journal);
        QVERIFY(p->waitForStarted());
        QVERIFY(waitForResults(journal, 3));
        ::kill(pid_t(p->processId()), signal);
        QVERIFY(p->waitForFinished(60000));
        const QByteArray err = p->readAllStandardError();
        QCOMPARE(p->exitStatus(), QProcess::NormalExit);
        QCOMPARE(p->exitCode(), 130);
        QVERIFY2(err.contains("cxone-cli: interrupted"), err.constData());
        QVERIFY2(err.contains("not sent"), err.constData());
        QVERIFY2(err.contains("lists restore --journal"), err.constData());
        // The journal accounts for every planned contact and closes.
        QFile f(journal);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray text = f.readAll();
        QVERIFY(text.contains("\"type\":\"not-sent\""));
        QVERIFY(text.contains("\"type\":\"end\""));
        QVERIFY(text.contains("Cancelled; no further changes were sent."));

        QByteArray restoreErr;
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("restore"), QStringLiteral("--journal"),
                      journal},
                     &restoreErr),
                 0);
        // Running it twice changes nothing and still succeeds.
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("restore"), QStringLiteral("--journal"),
                      journal},
                     &restoreErr),
                 0);
        p->deleteLater();
    }

    void secondSignalEndsAtOnce()
    {
        const QString journal = m_dir.filePath(QStringLiteral("j-twice.jsonl"));
        QProcess *p = startApply(journal);
        QVERIFY(p->waitForStarted());
        QVERIFY(waitForResults(journal, 2));
        ::kill(pid_t(p->processId()), SIGINT);
        ::kill(pid_t(p->processId()), SIGINT);
        QVERIFY(p->waitForFinished(10000));
        QCOMPARE(p->exitCode(), 130);
        // Whatever it wrote verifies: a restore of the journal still works.
        QByteArray err;
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("restore"), QStringLiteral("--journal"),
                      journal},
                     &err),
                 0);
        p->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestCliSignals)
#include "test_cli_signals.moc"
