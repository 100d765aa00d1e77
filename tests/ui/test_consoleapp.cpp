#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

#include <QImage>

// The cxone-console executable itself: options, and the screenshot made for the docs.
class TestConsoleApp final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void version();
    void unknownProfileIsRefused();
    void demoScreenshot();

private:
    int run(const QStringList &arguments, QByteArray *out = nullptr, QByteArray *err = nullptr);

    QString m_exe;
    QTemporaryDir m_dir;
};

void TestConsoleApp::initTestCase()
{
    m_exe = qEnvironmentVariable("CXONE_CONSOLE");
    if (m_exe.isEmpty())
        QSKIP("CXONE_CONSOLE is not set (run through ctest)");
    QVERIFY(m_dir.isValid());
}

int TestConsoleApp::run(const QStringList &arguments, QByteArray *out, QByteArray *err)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // Settings, audit trail and secrets of a throw-away home.
    env.insert(QStringLiteral("HOME"), m_dir.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    process.setProcessEnvironment(env);
    process.start(m_exe, arguments);
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished();
        return -1;
    }
    if (out)
        *out = process.readAllStandardOutput();
    if (err)
        *err = process.readAllStandardError();
    return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
}

void TestConsoleApp::version()
{
    QByteArray out;
    QCOMPARE(run({QStringLiteral("--version")}, &out), 0);
    QVERIFY2(out.contains(CXONE_VERSION), out.constData());
}

void TestConsoleApp::unknownProfileIsRefused()
{
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--profile"), QStringLiteral("nope")}, nullptr, &err), 2);
    QVERIFY2(err.contains("no profile named 'nope'"), err.constData());
}

void TestConsoleApp::demoScreenshot()
{
    const QString png = m_dir.filePath(QStringLiteral("shot.png"));
    QByteArray err;
    QCOMPARE(run({QStringLiteral("--demo"), QStringLiteral("--screenshot"), png,
                  QStringLiteral("--audit-db"), m_dir.filePath(QStringLiteral("audit.sqlite"))},
                 nullptr, &err),
             0);
    const QImage image(png);
    QVERIFY2(!image.isNull(), err.constData());
    QVERIFY(image.width() >= 800);
}

QTEST_MAIN(TestConsoleApp)
#include "test_consoleapp.moc"
