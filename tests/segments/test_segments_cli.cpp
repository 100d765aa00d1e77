// cxone-cli segments: list, show, export, refusal exit codes, resume.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

class TestSegmentsCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void listAndShow();
    void refusedExitsThreeWithEveryReason();
    void usageErrors_data();
    void usageErrors();
    void exportAndResume();

private:
    int run(const QStringList &args, QByteArray *out = nullptr, QByteArray *err = nullptr);
    QString idOf(const QString &name);
    QTemporaryDir m_dir;
    QString m_cli;
    QJsonArray m_segments;
};

int TestSegmentsCli::run(const QStringList &args, QByteArray *out, QByteArray *err)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    p.setProcessEnvironment(env);
    p.start(m_cli, QStringList{QStringLiteral("--demo"), QStringLiteral("--audit-db"),
                               m_dir.filePath(QStringLiteral("audit.sqlite"))}
                           + args);
    if (!p.waitForFinished(120000)) {
        p.kill();
        return -1;
    }
    if (out)
        *out = p.readAllStandardOutput();
    if (err)
        *err = p.readAllStandardError();
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

QString TestSegmentsCli::idOf(const QString &name)
{
    for (const QJsonValue &v : std::as_const(m_segments)) {
        if (v.toObject().value(u"name").toString() == name)
            return v.toObject().value(u"id").toString();
    }
    return {};
}

void TestSegmentsCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("CXONE_CLI");
    if (m_cli.isEmpty())
        QSKIP("CXONE_CLI is not set");
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("--quiet"), QStringLiteral("segments"),
                  QStringLiteral("list")},
                 &out),
             0);
    m_segments = QJsonDocument::fromJson(out).object().value(u"segments").toArray();
    QCOMPARE(m_segments.size(), 7);
}

void TestSegmentsCli::listAndShow()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("segments"), QStringLiteral("list")}, &out), 0);
    QVERIFY(out.contains("Gold loyalty members"));
    QVERIFY(out.contains("refused: inactive"));
    QVERIFY(out.contains("refused: stale"));
    QCOMPARE(run({QStringLiteral("segments"), QStringLiteral("show"),
                  idOf(QStringLiteral("Legacy CRM import"))},
                 &out),
             0);
    QVERIFY(out.contains("legacyScore"));
    QVERIFY(out.contains("DEPRECATED"));
    QVERIFY(out.contains("warning: Attribute 'legacyScore' is deprecated"));
    // A generous freshness limit lets the stale segment through.
    QCOMPARE(run({QStringLiteral("segments"), QStringLiteral("show"),
                  idOf(QStringLiteral("Newsletter subscribers")), QStringLiteral("--max-age"),
                  QStringLiteral("4d")},
                 &out),
             0);
    QVERIFY(out.contains("export:        allowed"));
}

void TestSegmentsCli::refusedExitsThreeWithEveryReason()
{
    QByteArray out, err;
    const int code = run({QStringLiteral("segments"), QStringLiteral("export"),
                          idOf(QStringLiteral("Spring promo 2023")), QStringLiteral("--out"),
                          m_dir.filePath(QStringLiteral("r.csv")), QStringLiteral("--filter"),
                          QStringLiteral("orderCount > lots")},
                         &out, &err);
    QCOMPARE(code, 3);
    QVERIFY2(err.contains("is Inactive"), err.constData());
    QVERIFY(err.contains("older than the freshness limit"));
    QVERIFY(err.contains("whole number"));
    QVERIFY(!QFile::exists(m_dir.filePath(QStringLiteral("r.csv"))));
}

void TestSegmentsCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("no out") << QStringList{QStringLiteral("segments"), QStringLiteral("export"),
                                           QStringLiteral("x")}
                            << QByteArray("--out FILE");
    QTest::newRow("bad filter") << QStringList{QStringLiteral("segments"),
                                               QStringLiteral("export"),
                                               QStringLiteral("x"),
                                               QStringLiteral("--out"),
                                               QStringLiteral("o.csv"),
                                               QStringLiteral("--filter"),
                                               QStringLiteral("tier like Gold")}
                                << QByteArray("Unknown operator");
    QTest::newRow("bad format") << QStringList{QStringLiteral("segments"),
                                               QStringLiteral("export"),
                                               QStringLiteral("x"),
                                               QStringLiteral("--out"),
                                               QStringLiteral("o.csv"),
                                               QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QByteArray("csv or jsonl");
    QTest::newRow("bad age") << QStringList{QStringLiteral("segments"), QStringLiteral("list"),
                                            QStringLiteral("--max-age"), QStringLiteral("24")}
                             << QByteArray("30m, 24h");
}

void TestSegmentsCli::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    QByteArray err;
    QCOMPARE(run(args, nullptr, &err), 2);
    QVERIFY2(err.contains(message), err.constData());
}

void TestSegmentsCli::exportAndResume()
{
    const QString out = m_dir.filePath(QStringLiteral("churn.jsonl"));
    const QString id = idOf(QStringLiteral("Churn risk, Q3 (model v2)"));
    QByteArray stdOut, err;
    QCOMPARE(run({QStringLiteral("--json"), QStringLiteral("segments"), QStringLiteral("export"),
                  id, QStringLiteral("--out"), out, QStringLiteral("--format"),
                  QStringLiteral("jsonl"), QStringLiteral("--page-size"), QStringLiteral("1000"),
                  QStringLiteral("--filter"), QStringLiteral("tier = Gold"),
                  QStringLiteral("--attributes"), QStringLiteral("email,tier")},
                 &stdOut, &err),
             0);
    const QJsonObject result = QJsonDocument::fromJson(stdOut).object();
    QVERIFY2(result.value(u"ok").toBool(), stdOut.constData());
    const qint64 records = result.value(u"records").toInteger();
    QVERIFY(records > 10 && records < 3333);
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = f.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), records);
    QCOMPARE(QJsonDocument::fromJson(lines.first())
                     .object()
                     .value(u"attributes")
                     .toObject()
                     .value(u"tier")
                     .toString(),
             QStringLiteral("Gold"));
    // --resume with nothing to resume starts from the first page and says so.
    QCOMPARE(run({QStringLiteral("segments"), QStringLiteral("export"), id, QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("fresh.csv")), QStringLiteral("--resume")},
                 &stdOut, &err),
             0);
    QVERIFY(err.contains("No checkpoint"));
    QVERIFY(stdOut.contains("exported 3333 records"));
    // The audit trail has the start and completion entries.
    QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("export"), QStringLiteral("--out"),
                  m_dir.filePath(QStringLiteral("audit.jsonl"))}),
             0);
    QFile a(m_dir.filePath(QStringLiteral("audit.jsonl")));
    QVERIFY(a.open(QIODevice::ReadOnly));
    const QByteArray trail = a.readAll();
    QVERIFY(trail.contains("EXPORT_STARTED"));
    QVERIFY(trail.contains("EXPORT_COMPLETED"));
    QVERIFY(trail.contains("EXPORT_REFUSED"));
}

QTEST_MAIN(TestSegmentsCli)
#include "test_segments_cli.moc"
