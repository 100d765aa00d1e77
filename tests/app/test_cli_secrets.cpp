// The client secret after cxone-cli has read it, seen from outside the running process: gone
// from its environment (what /proc/PID/environ shows and a core dump would hold), the process
// not dumpable (no core file, no reading its memory without CAP_SYS_PTRACE), and no child process
// started that could inherit anything. Both programs are looked at: the front people run,
// which masks transcripts itself (`transcripts mask`), and the runner it hands every other
// command to (`phones check`), whose process is the same one after the hand-over (execv).
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <linux/capability.h>
#include <sys/prctl.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

namespace {

const QByteArray kSecret = "s3cret-that-must-not-linger-8c1f";

// The environment of a process, or why it cannot be read (an errno).
QByteArray environOf(qint64 pid, int *error = nullptr)
{
    QFile f(QStringLiteral("/proc/%1/environ").arg(pid));
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = errno;
        return {};
    }
    if (error)
        *error = 0;
    return f.readAll();
}

// Tries to read a process's environment as a process without CAP_SYS_PTRACE would (root has
// it; a person's session does not): from a thread that dropped the capability, which only that
// thread loses. Returns the errno of the attempt (0: it could read it).
int readWithoutPtraceCapability(qint64 pid)
{
    int result = -1;
    std::thread t([&] {
        __user_cap_header_struct header{_LINUX_CAPABILITY_VERSION_3, 0};
        __user_cap_data_struct data[2]{};
        if (syscall(SYS_capget, &header, data) != 0)
            return;
        data[CAP_SYS_PTRACE / 32].effective &= ~(1u << (CAP_SYS_PTRACE % 32));
        if (syscall(SYS_capset, &header, data) != 0)
            return;
        const int fd
                = ::open(QFile::encodeName(QStringLiteral("/proc/%1/environ").arg(pid)).constData(),
                         O_RDONLY);
        result = fd >= 0 ? 0 : errno;
        if (fd >= 0)
            ::close(fd);
    });
    t.join();
    return result;
}

// Whether this kernel closes a non-dumpable process to a reader without CAP_SYS_PTRACE: a
// child that made itself non-dumpable is read the way the test reads cxone-cli (some sandboxes
// keep the setting and still let the same user read).
bool kernelEnforcesDumpable()
{
    int ready[2];
    if (::pipe(ready) != 0)
        return false;
    const pid_t child = ::fork();
    if (child == 0) {
        ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0);
        char one = 1;
        (void)!::write(ready[1], &one, 1);
        ::pause();
        ::_exit(0);
    }
    char one = 0;
    const bool started = child > 0 && ::read(ready[0], &one, 1) == 1;
    ::close(ready[0]);
    ::close(ready[1]);
    const int error = started ? readWithoutPtraceCapability(child) : 0;
    if (child > 0) {
        ::kill(child, SIGKILL);
        ::waitpid(child, nullptr, 0);
    }
    return error == EACCES || error == EPERM;
}

// The processes whose parent is pid.
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> out;
    const QDir tasks(QStringLiteral("/proc/%1/task").arg(pid));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile f(tasks.filePath(tid + QStringLiteral("/children")));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &child : f.readAll().split(' ')) {
            if (!child.trimmed().isEmpty())
                out << child.trimmed().toLongLong();
        }
    }
    return out;
}

} // namespace

class TestCliSecrets final : public QObject
{
    Q_OBJECT

    QString m_cli;

    // cxone-cli COMMAND, given the secret in its environment, waiting for its input.
    void start(QProcess &p, const QStringList &command)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("CXONE_CLIENT_SECRET"), QString::fromLatin1(kSecret));
        p.setProcessEnvironment(env);
        p.start(m_cli, QStringList{QStringLiteral("--quiet")} + command);
        QVERIFY(p.waitForStarted(10000));
    }

    // The commands looked at, and the program each runs in once started.
    void commands()
    {
        QTest::addColumn<QStringList>("command");
        QTest::addColumn<QString>("program");
        const QString front = QFileInfo(m_cli).canonicalFilePath();
        const QString runner
                = QFileInfo(QFileInfo(m_cli).dir().filePath(QStringLiteral("cxone-cli-full")))
                          .canonicalFilePath();
        QTest::newRow("runner: phones check")
                << QStringList{QStringLiteral("phones"), QStringLiteral("check")} << runner;
        QTest::newRow("front: transcripts mask")
                << QStringList{QStringLiteral("transcripts"), QStringLiteral("mask")} << front;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_cli = qEnvironmentVariable("CXONE_CLI");
        QVERIFY2(QFileInfo::exists(m_cli), "CXONE_CLI must name the built cxone-cli");
    }

    void secretLeavesTheEnvironment_data() { commands(); }
    void secretLeavesTheEnvironment()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, program);
        QVERIFY2(!program.isEmpty(), "the runner cxone-cli-full must be beside cxone-cli");
        QProcess p;
        start(p, command);
        const qint64 pid = p.processId();
        // Once main() has run in the program that does the work, the secret's bytes are gone
        // from the environment the kernel shows (root reads it whatever the process's setting).
        QTRY_VERIFY_WITH_TIMEOUT(
                QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).canonicalFilePath() == program
                        && !environOf(pid).isEmpty() && !environOf(pid).contains(kSecret),
                10000);
        QVERIFY(environOf(pid).contains("PATH="));
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
    }

    void processIsNotDumpable_data() { commands(); }
    void processIsNotDumpable()
    {
        QFETCH(QStringList, command);
        QFETCH(QString, program);
        QProcess p;
        start(p, command);
        const qint64 pid = p.processId();
        // No core file: a limit of 0 it cannot raise (looked at once main() has run: the
        // program is the one that does the work, not the test forked before its exec nor the
        // front before its hand-over, and the secret is gone).
        QTRY_VERIFY_WITH_TIMEOUT(
                QFileInfo(QStringLiteral("/proc/%1/exe").arg(pid)).canonicalFilePath() == program
                        && !environOf(pid).isEmpty() && !environOf(pid).contains(kSecret),
                10000);
        QFile limits(QStringLiteral("/proc/%1/limits").arg(pid));
        QVERIFY(limits.open(QIODevice::ReadOnly));
        QList<QByteArray> core; // "Max core file size  SOFT  HARD  bytes"
        for (const QByteArray &line : limits.readAll().split('\n')) {
            if (line.startsWith("Max core file size"))
                core = line.simplified().split(' ');
        }
        QCOMPARE(core.size(), 7);
        QCOMPARE(core[4], QByteArray("0"));
        QCOMPARE(core[5], QByteArray("0"));
        // Not dumpable: its memory and environment are closed to a process of the same user
        // without CAP_SYS_PTRACE. Only where the kernel keeps the setting (some sandboxes
        // accept PR_SET_DUMPABLE and read back 1).
        const bool kept = ::prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0
                          && ::prctl(PR_GET_DUMPABLE, 0, 0, 0, 0) == 0 && kernelEnforcesDumpable();
        ::prctl(PR_SET_DUMPABLE, 1, 0, 0, 0);
        if (kept) {
            const int error = readWithoutPtraceCapability(pid);
            QVERIFY2(error == EACCES || error == EPERM, qPrintable(QString::number(error)));
        }
        p.closeWriteChannel();
        QVERIFY(p.waitForFinished(60000));
        if (!kept)
            QSKIP("this kernel does not keep or enforce PR_SET_DUMPABLE; the core limit was "
                  "checked");
    }

    void noChildProcessIsStarted()
    {
        // The phone numbers are parsed on threads of the process: no child could inherit
        // anything. Looked at while a list of numbers is being parsed.
        QProcess p;
        start(p, {QStringLiteral("phones"), QStringLiteral("check")});
        const qint64 pid = p.processId();
        QByteArray numbers;
        for (int i = 0; i < 200000; ++i)
            numbers += "+1 (201) " + QByteArray::number(2000000 + i * 7).insert(3, '-') + '\n';
        p.write(numbers);
        p.closeWriteChannel();
        int looks = 0;
        while (!p.waitForFinished(5)) {
            QVERIFY2(childrenOf(pid).isEmpty(), "cxone-cli started a child process");
            ++looks;
        }
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(looks > 0);
    }
};

QTEST_GUILESS_MAIN(TestCliSecrets)
#include "test_cli_secrets.moc"
