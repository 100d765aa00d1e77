// The cxone-sim executable: first line, credentials, a real token, clean exit on SIGTERM.

#include "tests/simulator/simtesthelpers.h"

#include <QProcess>
#include <QRegularExpression>

#include <csignal>

using namespace cxone;
using namespace simtest;

class TestSimProcess final : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void startFetchTokenTerminate();
    void interruptExitsCleanly();
    void badFlagExitsWithUsage();
    void publicHostRefused();

private:
    QString m_program;
};

void TestSimProcess::initTestCase()
{
    m_program = qEnvironmentVariable("CXONE_SIM");
    if (m_program.isEmpty())
        QSKIP("CXONE_SIM is not set; run through ctest");
}

namespace {

struct Started
{
    QUrl baseUrl;
    QByteArray secret;
};

// Reads the banner; the first line must be the listening address.
bool readBanner(QProcess &process, Started *out)
{
    QStringList lines;
    const bool gotLines = QTest::qWaitFor(
            [&] {
                while (process.canReadLine())
                    lines.append(QString::fromUtf8(process.readLine()).trimmed());
                return lines.size() >= 3 || process.state() == QProcess::NotRunning;
            },
            20000);
    if (!gotLines || lines.size() < 3) {
        qWarning("banner: %s / %s", qPrintable(lines.join(u'|')),
                 process.readAllStandardError().constData());
        return false;
    }
    static const QRegularExpression first(
            QStringLiteral("^listening on (http://127\\.0\\.0\\.1:(\\d+))$"));
    const auto m = first.match(lines.at(0));
    if (!m.hasMatch() || m.captured(2).toInt() <= 0) {
        qWarning("first line: %s", qPrintable(lines.at(0)));
        return false;
    }
    out->baseUrl = QUrl(m.captured(1));
    if (lines.at(1) != u"client id: demo-console")
        return false;
    if (!lines.at(2).startsWith(u"client secret: "))
        return false;
    out->secret = lines.at(2).mid(15).toUtf8();
    return !out->secret.isEmpty();
}

} // namespace

void TestSimProcess::startFetchTokenTerminate()
{
    QProcess process;
    process.start(m_program,
                  {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--seed"),
                   QStringLiteral("5"), QStringLiteral("--scale"), QStringLiteral("small")});
    QVERIFY(process.waitForStarted());
    Started s;
    QVERIFY(readBanner(process, &s));
    QCOMPARE(s.secret, sim::demoSecretForSeed(5));

    Profile p;
    p.name = QStringLiteral("process");
    p.baseUrl = s.baseUrl;
    p.clientId = sim::TenantState::demoClientId();
    p.scopes = allConsoleScopes();
    ApiClient client(p, ClientSecret(s.secret));
    QVERIFY2(waitForToken(client), qPrintable(client.tokens()->lastError()));
    const Result state = runRaw(client, "GET", QStringLiteral("/_sim/state"));
    QVERIFY(state.ok());
    QCOMPARE(state.json.object().value(u"scale").toString(), QStringLiteral("small"));

    process.terminate(); // SIGTERM
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSimProcess::interruptExitsCleanly()
{
    QProcess process;
    process.start(m_program, {});
    QVERIFY(process.waitForStarted());
    Started s;
    QVERIFY(readBanner(process, &s));
    QCOMPARE(::kill(pid_t(process.processId()), SIGINT), 0);
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QCOMPARE(process.exitCode(), 0);
}

void TestSimProcess::badFlagExitsWithUsage()
{
    QProcess process;
    process.start(m_program, {QStringLiteral("--fault-429"), QStringLiteral("lots")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    const QByteArray err = process.readAllStandardError();
    QVERIFY2(err.contains("--fault-429"), err.constData());
    QVERIFY2(err.contains("Usage: cxone-sim"), err.constData());
    QVERIFY(process.readAllStandardOutput().isEmpty());
}

void TestSimProcess::publicHostRefused()
{
    QProcess process;
    process.start(m_program, {QStringLiteral("--host"), QStringLiteral("0.0.0.0")});
    QVERIFY(process.waitForFinished(20000));
    QCOMPARE(process.exitCode(), 2);
    QVERIFY(process.readAllStandardError().contains("loopback"));
}

QTEST_MAIN(TestSimProcess)
#include "test_sim_process.moc"
