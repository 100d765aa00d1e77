// Ctrl-C and kill on the command line, as a person running a long apply meets them: the first
// signal stops the job cleanly (the journal accounts for every contact, the closing audit entry
// is written, the counts are printed, exit 130) and the journal then restores exactly; a second
// signal ends the command at once.
#include "tests/support/clirun.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace cxone::testsupport;

class TestCliSignals final : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    SimProcess m_sim;
    QString m_cli;

    // Every run of the test shares one data folder: it holds the key that signs the journals, so
    // a restore trusts what the apply wrote.
    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        return env;
    }

    QProcess *startApply(const QString &journal)
    {
        auto *p = new QProcess(this);
        p->setProgram(m_cli);
        p->setProcessEnvironment(environment());
        p->setArguments(
                tenantOptions(m_sim, m_dir.filePath(QStringLiteral("audit.db")))
                + QStringList{QStringLiteral("lists"), QStringLiteral("sanitize"),
                              QStringLiteral("list_gb_renewals"), QStringLiteral("--regions"),
                              QStringLiteral("GB"), QStringLiteral("--default-region"),
                              QStringLiteral("GB"), QStringLiteral("--preview"),
                              m_dir.filePath(QStringLiteral("preview.csv")),
                              QStringLiteral("--apply"), QStringLiteral("--journal"), journal});
        p->start();
        return p;
    }

    int run(const QStringList &args, QByteArray *err)
    {
        const CliRun r = runProgram(
                m_cli, tenantOptions(m_sim, m_dir.filePath(QStringLiteral("audit.db"))) + args,
                environment());
        *err = r.err;
        return r.code;
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
        // Slow answers, so that the apply is surely mid-way when the signal comes.
        QString error;
        m_cli = cliWithSmallTenant(&m_sim, {QStringLiteral("--latency-ms"), QStringLiteral("40")},
                                   &error);
        QVERIFY2(!m_cli.isEmpty(), qPrintable(error));
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
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("restore"),
                      QStringLiteral("--journal"), journal},
                     &restoreErr),
                 0);
        // Running it twice changes nothing and still succeeds.
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("restore"),
                      QStringLiteral("--journal"), journal},
                     &restoreErr),
                 0);
        p->deleteLater();
    }

    // An export killed outright (no chance to write anything) and resumed is byte for byte the
    // export that ran through: the checkpoint on disk may be a few pages behind the file (it is
    // written at most every 250 ms), and the resume cuts the file back to it.
    void exportKilledThenResumedIsIdentical()
    {
        QByteArray err;
        const QString list = m_dir.filePath(QStringLiteral("segments.json"));
        QProcess lister;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(m_sim.secret()));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        lister.setProcessEnvironment(env);
        lister.start(m_cli, {QStringLiteral("--base-url"), m_sim.baseUrl().toString(),
                             QStringLiteral("--client-id"), m_sim.clientId(),
                             QStringLiteral("--json"), QStringLiteral("--quiet"),
                             QStringLiteral("segments"), QStringLiteral("list")});
        QVERIFY(lister.waitForFinished(60000));
        QString id;
        for (const QJsonValue v : QJsonDocument::fromJson(lister.readAllStandardOutput())
                                          .object()
                                          .value(u"segments")
                                          .toArray()) {
            if (v.toObject().value(u"name").toString().startsWith(u"Gold loyalty"))
                id = v.toObject().value(u"id").toString();
        }
        QVERIFY(!id.isEmpty());
        const auto exportArgs = [&](const QString &out) {
            return QStringList{QStringLiteral("segments"),
                               QStringLiteral("export"),
                               id,
                               QStringLiteral("--page-size"),
                               QStringLiteral("50"),
                               QStringLiteral("--out"),
                               out};
        };
        const QString whole = m_dir.filePath(QStringLiteral("whole.csv"));
        QCOMPARE(run(exportArgs(whole), &err), 0);

        const QString cut = m_dir.filePath(QStringLiteral("cut.csv"));
        QProcess p;
        p.setProcessEnvironment(env);
        p.start(m_cli, QStringList{QStringLiteral("--base-url"), m_sim.baseUrl().toString(),
                                   QStringLiteral("--client-id"), m_sim.clientId(),
                                   QStringLiteral("--audit-db"),
                                   m_dir.filePath(QStringLiteral("audit.db"))}
                               + exportArgs(cut));
        QVERIFY(p.waitForStarted());
        const qint64 wholeSize = QFileInfo(whole).size();
        // A third of the way in: well past the first checkpoint, well before the end.
        QVERIFY(QTest::qWaitFor(
                [&] { return QFileInfo(cut + QStringLiteral(".part")).size() > wholeSize / 3; },
                60000));
        ::kill(pid_t(p.processId()), SIGKILL);
        QVERIFY(p.waitForFinished(10000));
        QVERIFY(QFileInfo::exists(cut + QStringLiteral(".checkpoint.json")));
        QVERIFY(!QFileInfo::exists(cut));

        QCOMPARE(run(exportArgs(cut) << QStringLiteral("--resume"), &err), 0);
        QFile a(whole);
        QFile b(cut);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray wholeBytes = a.readAll();
        QVERIFY2(wholeBytes.count('\n') > 1000,
                 qPrintable(QString::number(wholeBytes.count('\n'))));
        QVERIFY2(b.readAll() == wholeBytes, err.constData());
        QVERIFY(!QFileInfo::exists(cut + QStringLiteral(".checkpoint.json")));
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
        QCOMPARE(run({QStringLiteral("lists"), QStringLiteral("restore"),
                      QStringLiteral("--journal"), journal},
                     &err),
                 0);
        p->deleteLater();
    }
};

QTEST_GUILESS_MAIN(TestCliSignals)
#include "test_cli_signals.moc"
