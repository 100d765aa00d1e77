// cxone-cli audiences list/show/put: exit codes, every problem listed, nothing sent on refusal.

#include "tests/audiences/audiencetesthelpers.h"
#include "tests/support/simfixture.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace audtest;

namespace {

struct Run
{
    int code = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestAudiencesCli final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void invalidFileExits3WithEveryProblem();
    void duplicateKeysAndBrokenTextRefused();
    void unreadableInput_data();
    void unreadableInput();
    void fieldProblemsNeedTheCatalogue();
    void putSavesAndReportsSize();
    void sizePollRetriedThenUnknownFails();
    void listAndShow();

private:
    Run cli(const QStringList &args, const QByteArray &secret = {});
    QString write(const QString &name, const QByteArray &bytes);

    QTemporaryDir m_dir;
    QString m_cli;
};

void TestAudiencesCli::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    m_cli = qEnvironmentVariable("CXONE_CLI");
    if (m_cli.isEmpty())
        QSKIP("CXONE_CLI is not set (run through ctest)");
}

Run TestAudiencesCli::cli(const QStringList &args, const QByteArray &secret)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    if (!secret.isEmpty())
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(secret));
    p.setProcessEnvironment(env);
    p.start(m_cli,
            QStringList{QStringLiteral("--audit-db"), m_dir.filePath(QStringLiteral("audit.db"))}
                    + args);
    Run r;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (p.exitStatus() != QProcess::NormalExit) // said in every failure message that prints err
        r.err += "\n[cxone-cli ended abnormally: " + p.errorString().toUtf8() + ", exit code "
                 + QByteArray::number(p.exitCode()) + "]";
    return r;
}

QString TestAudiencesCli::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly))
        f.write(bytes);
    return path;
}

// A key twice (the parser would keep the last silently) and a name with half a surrogate pair
// are refused before anything is sent.
void TestAudiencesCli::duplicateKeysAndBrokenTextRefused()
{
    const QStringList put{QStringLiteral("--base-url"),  QStringLiteral("http://127.0.0.1:9"),
                          QStringLiteral("--client-id"), QStringLiteral("someone"),
                          QStringLiteral("audiences"),   QStringLiteral("put"),
                          QStringLiteral("a-1"),         QStringLiteral("--file")};
    QByteArray json = QJsonDocument(payload(nested(2))).toJson(QJsonDocument::Compact);
    json.insert(1, "\"name\":\"first\",");
    const Run dup
            = cli(put + QStringList{write(QStringLiteral("dup.json"), json)}, "not-a-real-secret");
    QCOMPARE(dup.code, 3);
    QVERIFY2(dup.err.contains("\"name\" appears twice"), dup.err.constData());
    QJsonObject p = payload(nested(2));
    p.insert(QStringLiteral("name"), QString(QStringLiteral("Broken ") + QChar(0xd83d)));
    const Run broken = cli(
            put + QStringList{write(QStringLiteral("surrogate.json"), QJsonDocument(p).toJson())},
            "not-a-real-secret");
    QCOMPARE(broken.code, 3);
    QVERIFY2(broken.err.contains("name:") && broken.err.contains("surrogate"),
             broken.err.constData());
}

void TestAudiencesCli::invalidFileExits3WithEveryProblem()
{
    QJsonObject p = payload(nested(6), {QStringLiteral("12345678-1234-1234-1234-12345678901z")});
    p.insert(QStringLiteral("name"), QString());
    const QString file = write(QStringLiteral("bad.json"), QJsonDocument(p).toJson());
    // A tenant that cannot be reached: had anything been sent, the exit would be 1.
    const Run r = cli({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--client-id"), QStringLiteral("someone"),
                       QStringLiteral("audiences"), QStringLiteral("put"), QStringLiteral("a-1"),
                       QStringLiteral("--file"), file},
                      "not-a-real-secret");
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("name:"), r.err.constData());
    QVERIFY(r.err.contains("exclusions[0]:"));
    QVERIFY(r.err.contains("6 levels deep"));
    QVERIFY(r.err.contains("3 problems in the audience file"));
    QVERIFY(r.err.contains("nothing was sent"));
    QVERIFY(!r.err.contains("not-a-real-secret"));
    // The same as JSON for scripts.
    const Run j
            = cli({QStringLiteral("--json"), QStringLiteral("--base-url"),
                   QStringLiteral("http://127.0.0.1:9"), QStringLiteral("--client-id"),
                   QStringLiteral("someone"), QStringLiteral("audiences"), QStringLiteral("put"),
                   QStringLiteral("a-1"), QStringLiteral("--file"), file},
                  "not-a-real-secret");
    QCOMPARE(j.code, 3);
    const QJsonObject o = QJsonDocument::fromJson(j.out).object();
    QCOMPARE(o.value(u"ok").toBool(true), false);
    QCOMPARE(o.value(u"problems").toArray().size(), 3);
}

void TestAudiencesCli::unreadableInput_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<int>("code");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("not json") << QByteArray("{\"name\": ") << 3 << QByteArray("is not JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << 3 << QByteArray("one JSON object");
    QTest::newRow("criteria not a tree") << QByteArray(
            R"({"name":"x","data_source":"crm_sync","criteria":{"operator":"AND","conditions":[3]}})")
                                         << 3 << QByteArray("criteria.conditions[0]");
    QTest::newRow("missing file") << QByteArray() << 3 << QByteArray("cannot read");
}

void TestAudiencesCli::unreadableInput()
{
    QFETCH(QByteArray, bytes);
    QFETCH(int, code);
    QFETCH(QByteArray, message);
    const QString file = bytes.isEmpty() ? m_dir.filePath(QStringLiteral("absent.json"))
                                         : write(QStringLiteral("input.json"), bytes);
    const Run r = cli({QStringLiteral("--base-url"), QStringLiteral("http://127.0.0.1:9"),
                       QStringLiteral("--client-id"), QStringLiteral("someone"),
                       QStringLiteral("audiences"), QStringLiteral("put"), QStringLiteral("a-1"),
                       QStringLiteral("--file"), file},
                      "secret");
    QCOMPARE(r.code, code);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestAudiencesCli::fieldProblemsNeedTheCatalogue()
{
    const QString file
            = write(QStringLiteral("ops.json"),
                    QJsonDocument(payload(group("AND", {cond("industry", "greater_than", 5),
                                                        cond("employee_count", "equals", 2.5)})))
                            .toJson());
    const Run r
            = cli({QStringLiteral("--demo"), QStringLiteral("--quiet"), QStringLiteral("audiences"),
                   QStringLiteral("put"), QStringLiteral("a-2"), QStringLiteral("--file"), file});
    QCOMPARE(r.code, 3);
    QVERIFY2(r.err.contains("does not apply to list field industry"), r.err.constData());
    QVERIFY(r.err.contains("whole number"));
}

void TestAudiencesCli::putSavesAndReportsSize()
{
    const QString file = write(
            QStringLiteral("good.json"),
            QJsonDocument(payload(group("AND", {cond("annual_revenue", "greater_than", 500000),
                                                group("OR", {cond("is_vip", "equals", true),
                                                             cond("engagement_score",
                                                                  "greater_than", 85)})})))
                    .toJson());
    const Run r
            = cli({QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("audiences"),
                   QStringLiteral("put"), QStringLiteral("cli-audience"), QStringLiteral("--file"),
                   file, QStringLiteral("--cdp-url"), QStringLiteral("/_sim/webhooks/cdp")});
    QVERIFY2(r.code == 0, r.err.constData());
    const QJsonObject o = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(o.value(u"ok").toBool(), true);
    QCOMPARE(o.value(u"version").toInt(), 1);
    QCOMPARE(o.value(u"evaluation_status").toString(), QStringLiteral("ready"));
    QVERIFY(o.value(u"size").toInteger() > 0);
    QCOMPARE(o.value(u"cdp_notified").toBool(), true);

    const Run stale
            = cli({QStringLiteral("--demo"), QStringLiteral("--json"), QStringLiteral("audiences"),
                   QStringLiteral("put"), QStringLiteral("cli-audience-2"),
                   QStringLiteral("--file"), file, QStringLiteral("--no-recalculate")});
    QCOMPARE(stale.code, 0);
    QCOMPARE(QJsonDocument::fromJson(stale.out).object().value(u"evaluation_status").toString(),
             QStringLiteral("stale"));
}

// A size read that fails is polled again; a size that cannot be read at all ends the command
// with exit 1 and says the save stands, never "size: unknown" with exit 0.
void TestAudiencesCli::sizePollRetriedThenUnknownFails()
{
    cxone::sim::EmbeddedSimulator sim;
    QVERIFY(simfixture::startSim(sim));
    QJsonObject body = payload(group("AND", {cond("annual_revenue", "greater_than", 500000)}));
    body.insert(QStringLiteral("version"), 1); // a new audience: no read before the PUT
    const QString file = write(QStringLiteral("poll.json"), QJsonDocument(body).toJson());
    const QStringList tenant{QStringLiteral("--base-url"),  sim.baseUrl().toString(),
                             QStringLiteral("--client-id"), sim.clientId(),
                             QStringLiteral("--json"),      QStringLiteral("audiences"),
                             QStringLiteral("put")};
    const QString route = QStringLiteral("GET /api/v1/audiences/{id}");

    // The first size read fails through all of the client's attempts; the next poll reads it.
    QString error;
    QVERIFY2(sim.applyFaultJson({{QStringLiteral("route"), route},
                                 {QStringLiteral("fail-next"), 5},
                                 {QStringLiteral("fail-kind"), QStringLiteral("503")}},
                                &error),
             qPrintable(error));
    const Run retried = cli(
            tenant + QStringList{QStringLiteral("poll-retried"), QStringLiteral("--file"), file},
            sim.clientSecret());
    QVERIFY2(retried.code == 0, retried.err.constData());
    const QJsonObject ok = QJsonDocument::fromJson(retried.out).object();
    QVERIFY(ok.value(u"size").toInteger() > 0);
    QVERIFY2(ok.value(u"polls").toInt() >= 2, retried.out.constData());

    // Every read fails: saved, but exit 1 with the reason and the version that was saved.
    QVERIFY(sim.applyFaultJson({{QStringLiteral("route"), route},
                                {QStringLiteral("fail-next"), 1000},
                                {QStringLiteral("fail-kind"), QStringLiteral("503")}},
                               &error));
    const Run unknown = cli(
            tenant + QStringList{QStringLiteral("poll-unknown"), QStringLiteral("--file"), file},
            sim.clientSecret());
    QCOMPARE(unknown.code, 1);
    const QJsonObject bad = QJsonDocument::fromJson(unknown.out).object();
    QCOMPARE(bad.value(u"ok").toBool(true), false);
    QCOMPARE(bad.value(u"saved").toBool(), true);
    QCOMPARE(bad.value(u"size").toInteger(), -1);
    QVERIFY(!bad.value(u"size_error").toString().isEmpty());
    QVERIFY2(unknown.err.contains("saved as version 1, but the size could not be read"),
             unknown.err.constData());
    QVERIFY(unknown.err.contains("audiences show poll-unknown"));
    QVERIFY(sim.applyFaultJson({{QStringLiteral("reset"), true}}, &error));
}

void TestAudiencesCli::listAndShow()
{
    const Run list = cli({QStringLiteral("--demo"), QStringLiteral("--json"),
                          QStringLiteral("audiences"), QStringLiteral("list")});
    QVERIFY2(list.code == 0, list.err.constData());
    const QJsonArray items = QJsonDocument::fromJson(list.out).object().value(u"items").toArray();
    QVERIFY(items.size() >= 6);
    QString id;
    for (const QJsonValue v : items) {
        if (v.toObject().value(u"name").toString() == u"High-value enterprise")
            id = v.toObject().value(u"id").toString();
    }
    QVERIFY(!id.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("shown.json"));
    const Run show
            = cli({QStringLiteral("--demo"), QStringLiteral("--quiet"), QStringLiteral("audiences"),
                   QStringLiteral("show"), id, QStringLiteral("--out"), out});
    QVERIFY2(show.code == 0, show.err.constData());
    QVERIFY2(
            show.out.contains("criteria:     annual_revenue > 500000 AND industry = technology AND "
                              "(employee_count > 500 OR engagement_score > 85)"),
            show.out.constData());
    // What show --out writes, put accepts as it is.
    const Run put
            = cli({QStringLiteral("--demo"), QStringLiteral("--quiet"), QStringLiteral("audiences"),
                   QStringLiteral("put"), id, QStringLiteral("--file"), out});
    QVERIFY2(put.code == 0, put.err.constData());
    QVERIFY(put.out.contains("as version 2"));
    QCOMPARE(cli({QStringLiteral("--demo"), QStringLiteral("audiences"), QStringLiteral("show"),
                  QStringLiteral("no-such-audience")})
                     .code,
             1);
}

QTEST_MAIN(TestAudiencesCli)
#include "test_audiences_cli.moc"
