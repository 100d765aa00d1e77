#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

// Drives the real cxone-cli executable: exit codes, output channels, and that the client secret
// never shows in anything it prints.
class TestCli final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void version();
    void usageErrors_data();
    void usageErrors();
    void secretNeverOnCommandLine();
    void plainHttpRefused();
    void demoAuthTest();
    void demoAuthTestJson();
    void standaloneSimulatorGoodSecret();
    void standaloneSimulatorBadSecret();
    void secretFromFile();
    void auditExportAndVerify();
    void phonesCheckOneRowPerLine();
    void oneNamePerFeatureOldNamesKept();
    void fullDiskIsAnError();
    void auditVerifyNeverCreatesAndNoticesALostTrail();

private:
    struct Run
    {
        int code = -1;
        QByteArray out;
        QByteArray err;
    };
    Run cli(const QStringList &args, const QByteArray &secret = {}, const QByteArray &input = {});

    QString m_cli;
    QTemporaryDir m_dir;
    QProcess m_sim;
    QString m_simUrl;
    QByteArray m_simSecret;
};

void TestCli::initTestCase()
{
    m_cli = qEnvironmentVariable("CXONE_CLI");
    QVERIFY2(QFileInfo::exists(m_cli), "CXONE_CLI must name the built cxone-cli");
    QVERIFY(m_dir.isValid());

    m_sim.setProgram(qEnvironmentVariable("CXONE_SIM"));
    m_sim.setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                        QStringLiteral("7")});
    m_sim.start();
    QVERIFY(m_sim.waitForStarted());
    QByteArray header;
    QTRY_VERIFY_WITH_TIMEOUT((header += m_sim.readAllStandardOutput()).count('\n') >= 3, 20000);
    const QList<QByteArray> lines = header.split('\n');
    QVERIFY(lines[0].startsWith("listening on http://127.0.0.1:"));
    m_simUrl = QString::fromLatin1(lines[0].mid(int(strlen("listening on "))).trimmed());
    QVERIFY(lines[1].startsWith("client id: demo-console"));
    m_simSecret = lines[2].mid(int(strlen("client secret: "))).trimmed();
    QVERIFY(!m_simSecret.isEmpty());
}

void TestCli::cleanupTestCase()
{
    if (m_sim.state() == QProcess::Running) {
        m_sim.terminate();
        QVERIFY(m_sim.waitForFinished(10000));
        QCOMPARE(m_sim.exitCode(), 0);
    }
}

TestCli::Run TestCli::cli(const QStringList &args, const QByteArray &secret,
                          const QByteArray &input)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("CXONE_CLIENT_SECRET"));
    if (!secret.isEmpty())
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(secret));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("xdg")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("xdg-config")));
    p.setProcessEnvironment(env);
    p.start(m_cli, args);
    if (p.waitForStarted(10000)) {
        p.write(input);
        p.closeWriteChannel();
    }
    Run r;
    if (!p.waitForFinished(60000))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

void TestCli::version()
{
    const Run r = cli({QStringLiteral("--version")});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.startsWith("cxone-cli " CXONE_VERSION));
}

void TestCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("no command") << QStringList() << QByteArray("Usage: cxone-cli");
    QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")}
                                     << QByteArray("unknown command 'frobnicate'");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("auth"), QStringLiteral("test"),
                                                   QStringLiteral("--bogus")}
                                    << QByteArray("bogus");
    QTest::newRow("no tenant") << QStringList{QStringLiteral("auth"), QStringLiteral("test")}
                               << QByteArray("--base-url");
    QTest::newRow("bad auth style")
            << QStringList{QStringLiteral("--demo"), QStringLiteral("--auth-style"),
                           QStringLiteral("kerberos"), QStringLiteral("auth"),
                           QStringLiteral("test")}
            << QByteArray("--auth-style");
    QTest::newRow("no secret") << QStringList{QStringLiteral("--base-url"),
                                              QStringLiteral("https://acme.example"),
                                              QStringLiteral("--client-id"),
                                              QStringLiteral("x"),
                                              QStringLiteral("auth"),
                                              QStringLiteral("test")}
                               << QByteArray("CXONE_CLIENT_SECRET");
    QTest::newRow("export without out")
            << QStringList{QStringLiteral("audit"), QStringLiteral("export")}
            << QByteArray("--out");
}

void TestCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, expected);
    const Run r = cli(args);
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(expected), r.err.constData());
}

void TestCli::secretNeverOnCommandLine()
{
    const Run r = cli({QStringLiteral("--demo"), QStringLiteral("--client-secret"),
                       QStringLiteral("hunter2-value"), QStringLiteral("auth"),
                       QStringLiteral("test")});
    QCOMPARE(r.code, 2);
    QVERIFY(r.err.contains("never taken on the command line"));
    QVERIFY(!r.err.contains("hunter2-value") && !r.out.contains("hunter2-value"));
}

void TestCli::plainHttpRefused()
{
    const Run r = cli({QStringLiteral("--base-url"), QStringLiteral("http://acme.cxone.example"),
                       QStringLiteral("--client-id"), QStringLiteral("x"), QStringLiteral("auth"),
                       QStringLiteral("test")},
                      "some-secret");
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("http://") && r.err.contains("https://"), r.err.constData());
}

void TestCli::demoAuthTest()
{
    const Run r = cli({QStringLiteral("--demo"), QStringLiteral("auth"), QStringLiteral("test")});
    QCOMPARE(r.code, 0);
    QVERIFY2(r.out.contains("token ok: lifetime 3600 s"), r.out.constData());
    QVERIFY(r.out.contains("contact:segments:read"));
    QVERIFY(r.err.contains("demo tenant listening on http://127.0.0.1:"));
}

void TestCli::demoAuthTestJson()
{
    const Run r = cli({QStringLiteral("--demo"), QStringLiteral("--json"),
                       QStringLiteral("--quiet"), QStringLiteral("auth"), QStringLiteral("test")});
    QCOMPARE(r.code, 0);
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"ok").toBool(), true);
    QCOMPARE(o.value(u"lifetimeSeconds").toInt(), 3600);
    QVERIFY(o.value(u"scopes").toArray().size() >= 10);
    QVERIFY(r.err.isEmpty());
}

void TestCli::standaloneSimulatorGoodSecret()
{
    for (const char *style : {"form", "basic", "json"}) {
        const Run r
                = cli({QStringLiteral("--base-url"), m_simUrl, QStringLiteral("--client-id"),
                       QStringLiteral("demo-console"), QStringLiteral("--auth-style"),
                       QString::fromLatin1(style), QStringLiteral("auth"), QStringLiteral("test")},
                      m_simSecret);
        QVERIFY2(r.code == 0, r.err.constData());
        QVERIFY(!r.out.contains(m_simSecret) && !r.err.contains(m_simSecret));
    }
    // A token URL with a query (where people put keys) is printed without it.
    const Run r = cli({QStringLiteral("--json"), QStringLiteral("--base-url"), m_simUrl,
                       QStringLiteral("--client-id"), QStringLiteral("demo-console"),
                       QStringLiteral("--token-url"),
                       m_simUrl + QStringLiteral("/oauth/token?api_key=s3cr3t-in-url"),
                       QStringLiteral("auth"), QStringLiteral("test")},
                      m_simSecret);
    QVERIFY2(r.code == 0, r.err.constData());
    QVERIFY(r.out.contains("/oauth/token"));
    QVERIFY2(!r.out.contains("s3cr3t") && !r.err.contains("s3cr3t"), r.out.constData());
}

void TestCli::standaloneSimulatorBadSecret()
{
    const QByteArray wrong = "wrong-" + m_simSecret;
    const Run r
            = cli({QStringLiteral("--base-url"), m_simUrl, QStringLiteral("--client-id"),
                   QStringLiteral("demo-console"), QStringLiteral("auth"), QStringLiteral("test")},
                  wrong);
    QCOMPARE(r.code, 1);
    QVERIFY2(r.err.contains("client id or secret"), r.err.constData());
    QVERIFY(!r.out.contains(wrong) && !r.err.contains(wrong));
}

void TestCli::secretFromFile()
{
    const QString path = m_dir.filePath(QStringLiteral("secret.txt"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(m_simSecret + "\n");
    f.close();
    const Run r = cli({QStringLiteral("--base-url"), m_simUrl, QStringLiteral("--client-id"),
                       QStringLiteral("demo-console"), QStringLiteral("--client-secret-file"), path,
                       QStringLiteral("auth"), QStringLiteral("test")});
    QVERIFY2(r.code == 0, r.err.constData());
    const Run missing
            = cli({QStringLiteral("--base-url"), m_simUrl, QStringLiteral("--client-id"),
                   QStringLiteral("demo-console"), QStringLiteral("--client-secret-file"),
                   path + QStringLiteral(".nope"), QStringLiteral("auth"), QStringLiteral("test")});
    QCOMPARE(missing.code, 3);
    QVERIFY(missing.err.contains("cannot read the secret file"));
}

void TestCli::auditExportAndVerify()
{
    const QString db = m_dir.filePath(QStringLiteral("audit.sqlite"));
    const QStringList auditArg{QStringLiteral("--audit-db"), db};
    QCOMPARE(cli(auditArg
                 + QStringList{QStringLiteral("--demo"), QStringLiteral("auth"),
                               QStringLiteral("test")})
                     .code,
             0);
    QCOMPARE(
            cli(auditArg
                        + QStringList{QStringLiteral("--base-url"), m_simUrl,
                                      QStringLiteral("--client-id"), QStringLiteral("demo-console"),
                                      QStringLiteral("auth"), QStringLiteral("test")},
                "bad-secret")
                    .code,
            1);

    Run v = cli(auditArg + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.contains("intact: 2 entries"), v.out.constData());

    const QString out = m_dir.filePath(QStringLiteral("audit.jsonl"));
    const Run e = cli(auditArg
                      + QStringList{QStringLiteral("audit"), QStringLiteral("export"),
                                    QStringLiteral("--out"), out});
    QCOMPARE(e.code, 0);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(u"action").toString(),
             QStringLiteral("AUTH_TEST"));
    QCOMPARE(QJsonDocument::fromJson(lines[1]).object().value(u"outcome").toString(),
             QStringLiteral("failed"));
    QVERIFY(!lines[1].contains("bad-secret"));

    { // tamper with the first entry behind the store's back
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("UPDATE audit_entry SET outcome = 'failed' WHERE seq = 1")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    v = cli(auditArg + QStringList{QStringLiteral("audit"), QStringLiteral("verify")});
    QCOMPARE(v.code, 1);
    QVERIFY2(v.out.contains("BROKEN") && v.out.contains('1'), v.out.constData());
}

// One output row per input line whatever the line holds: a line longer than any number is one
// row (not several), a NUL inside a line makes it unreadable rather than cutting it.
// Output that cannot be written (a full disk) is an error that says so, never exit 0 with a
// short file.
void TestCli::fullDiskIsAnError()
{
    if (!QFileInfo::exists(QStringLiteral("/dev/full")))
        QSKIP("no /dev/full here");
    const QList<QStringList> commands{{QStringLiteral("phones"), QStringLiteral("check")},
                                      {QStringLiteral("transcripts"), QStringLiteral("mask")}};
    for (const QStringList &args : commands) {
        QProcess p;
        p.setStandardOutputFile(QStringLiteral("/dev/full"));
        p.start(m_cli, args);
        QVERIFY(p.waitForStarted());
        p.write("+14155550132 called +14155550133\n");
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        const QByteArray err = p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("the disk is full"), err.constData());
    }
}

void TestCli::oneNamePerFeatureOldNamesKept()
{
    // The help names each feature once; the earlier names run the same commands.
    const Run help = cli({QStringLiteral("--help")});
    QCOMPARE(help.code, 0);
    for (const char *command : {"contactlists sanitize LIST", "contactlists check-phones",
                                "enrichment CAMPAIGN", "enrichment restore"})
        QVERIFY2(help.out.contains(command), command);
    QVERIFY(!help.out.contains("\n  lists ") && !help.out.contains("\n  enrich "));
    QVERIFY(help.out.contains("Older names still work"));
    const Run now = cli({QStringLiteral("--demo"), QStringLiteral("--json"),
                         QStringLiteral("contactlists"), QStringLiteral("list")});
    const Run before = cli({QStringLiteral("--demo"), QStringLiteral("--json"),
                            QStringLiteral("lists"), QStringLiteral("list")});
    QCOMPARE(now.code, 0);
    QCOMPARE(before.code, 0);
    QVERIFY(!now.out.isEmpty());
    QCOMPARE(before.out, now.out);
    const Run checkNow = cli({QStringLiteral("contactlists"), QStringLiteral("check-phones"),
                              QStringLiteral("--regions"), QStringLiteral("US")},
                             {}, "(415) 555-0134\n");
    const Run checkBefore = cli({QStringLiteral("phones"), QStringLiteral("check"),
                                 QStringLiteral("--regions"), QStringLiteral("US")},
                                {}, "(415) 555-0134\n");
    QCOMPARE(checkNow.code, 0);
    QCOMPARE(checkBefore.out, checkNow.out);
    QVERIFY(checkNow.out.contains("+14155550134"));
    // A usage error names the command by its name now.
    const Run usage = cli({QStringLiteral("enrich"), QStringLiteral("restore")});
    QCOMPARE(usage.code, 2);
    QVERIFY2(usage.err.contains("enrichment restore needs --journal"), usage.err.constData());
}

void TestCli::phonesCheckOneRowPerLine()
{
    QByteArray input = QByteArray(70000, '1') + "\n+14155550132\n";
    input += QByteArray("+14155550133") + '\0' + QByteArray("garbage\n");
    input += "(415) 555-0134\n\n+442079460958";
    const Run r = cli({QStringLiteral("phones"), QStringLiteral("check"),
                       QStringLiteral("--regions"), QStringLiteral("US,GB")},
                      {}, input);
    QCOMPARE(r.code, 0);
    const QList<QByteArray> rows = r.out.trimmed().split('\n');
    QCOMPARE(rows.size(), 7); // the header and one row per line
    QCOMPARE(rows.at(1), QByteArray(",,,,purge,line-too-long"));
    QVERIFY(rows.at(2).endsWith("keep,already-e164"));
    QCOMPARE(rows.at(3), QByteArray(",,,,purge,not-text"));
    QVERIFY(rows.at(4).startsWith("(415) 555-0134,+14155550134"));
    QVERIFY(rows.at(5).endsWith("purge,empty"));
    QVERIFY(rows.at(6).startsWith("+442079460958,+442079460958,GB"));
    QVERIFY(r.err.contains("unreadable lines"));
    // An empty region list would allow every region: refused.
    const Run empty = cli({QStringLiteral("phones"), QStringLiteral("check"),
                           QStringLiteral("--regions"), QStringLiteral(" , ")},
                          {}, "+14155550132\n");
    QCOMPARE(empty.code, 2);
    QVERIFY(empty.err.contains("--regions is empty"));
}

// audit verify creates nothing, and a trail that was deleted, emptied or stripped of every row
// is reported against the anchor kept in the settings.
void TestCli::auditVerifyNeverCreatesAndNoticesALostTrail()
{
    const QString db = m_dir.filePath(QStringLiteral("lost.sqlite"));
    const QStringList verify{QStringLiteral("--audit-db"), db, QStringLiteral("audit"),
                             QStringLiteral("verify")};
    Run v = cli(verify);
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.contains("no audit trail"), v.out.constData());
    QVERIFY(!QFile::exists(db));

    QCOMPARE(cli({QStringLiteral("--audit-db"), db, QStringLiteral("--demo"),
                  QStringLiteral("auth"), QStringLiteral("test")})
                     .code,
             0);
    v = cli(verify);
    QCOMPARE(v.code, 0);
    QVERIFY2(v.out.contains("intact: 1 entry checked"), v.out.constData());
    const QString copy = db + QStringLiteral(".copy");
    QVERIFY(QFile::copy(db, copy));

    { // every row and the chain head deleted
        QSqlDatabase raw
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw2"));
        raw.setDatabaseName(db);
        QVERIFY(raw.open());
        QSqlQuery q(raw);
        QVERIFY(q.exec(QStringLiteral("DELETE FROM audit_entry")));
        QVERIFY(q.exec(QStringLiteral("DELETE FROM chain_head")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw2"));
    v = cli(verify);
    QCOMPARE(v.code, 1);
    QVERIFY2(v.out.contains("empty") && v.out.contains("1 entry was recorded"), v.out.constData());

    QFile::resize(db, 0); // a 0-byte file
    v = cli(verify);
    QCOMPARE(v.code, 1);
    QVERIFY2(v.out.contains("0 bytes"), v.out.constData());

    QVERIFY(QFile::remove(db)); // gone
    v = cli(verify);
    QCOMPARE(v.code, 1);
    QVERIFY2(v.out.contains("missing"), v.out.constData());
    QVERIFY(!QFile::exists(db));

    QVERIFY(QFile::rename(copy, db)); // put back: intact again
    QCOMPARE(cli(verify).code, 0);
}

QTEST_GUILESS_MAIN(TestCli)
#include "test_cli.moc"
