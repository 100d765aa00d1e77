#pragma once

// A cxone-sim process for benchmarks: started on a free loopback port, its banner read, its CPU
// time readable from /proc so that it is kept apart from the client's. Header-only.

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QUrl>

#include <ctime>
#include <unistd.h>

namespace cxone::testsupport {

inline double selfCpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return double(ts.tv_sec) + double(ts.tv_nsec) / 1e9;
}

inline double processCpuSeconds(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray s = f.readAll();
    const QList<QByteArray> fields = s.mid(s.lastIndexOf(')') + 2).split(' ');
    // utime and stime are fields 14 and 15 of stat; index 11 and 12 after the command name.
    const double ticks = fields.value(11).toDouble() + fields.value(12).toDouble();
    return ticks / double(sysconf(_SC_CLK_TCK));
}

// A line of /proc/PID/status in kB ("VmRSS:", "VmHWM:"); -1 when unreadable.
inline qint64 statusKb(qint64 pid, const char *key)
{
    QFile f(pid > 0 ? QStringLiteral("/proc/%1/status").arg(pid)
                    : QStringLiteral("/proc/self/status"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key)).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

class SimProcess
{
public:
    ~SimProcess() { stop(); }

    // CXONE_SIM, else the build tree's cxone-sim beside tests/bench.
    static QString path()
    {
        const QString env = qEnvironmentVariable("CXONE_SIM");
        if (!env.isEmpty())
            return env;
        return QFileInfo(QCoreApplication::applicationDirPath()
                         + QStringLiteral("/../../app/sim/cxone-sim"))
                .canonicalFilePath();
    }

    bool start(const QStringList &arguments, QString *error)
    {
        m_process.setProgram(path());
        m_process.setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")}
                               + arguments);
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000)) {
            *error = QStringLiteral("cannot start the simulator at %1").arg(m_process.program());
            return false;
        }
        QByteArray banner;
        while (banner.count('\n') < 3 && m_process.waitForReadyRead(60000))
            banner += m_process.readAllStandardOutput();
        const QList<QByteArray> lines = banner.split('\n');
        if (lines.size() < 3 || !lines[0].startsWith("listening on ")) {
            *error = QStringLiteral("unexpected simulator banner: %1")
                             .arg(QString::fromUtf8(banner));
            return false;
        }
        m_baseUrl = QUrl(QString::fromLatin1(lines[0].mid(13).trimmed()));
        m_clientId = QString::fromLatin1(lines[1].mid(int(qstrlen("client id: "))).trimmed());
        m_secret = lines[2].mid(int(qstrlen("client secret: "))).trimmed();
        return true;
    }

    void stop()
    {
        if (m_process.state() == QProcess::NotRunning)
            return;
        m_process.terminate();
        if (!m_process.waitForFinished(10000))
            m_process.kill();
        m_process.waitForFinished(5000);
    }

    QUrl baseUrl() const { return m_baseUrl; }
    QString clientId() const { return m_clientId; }
    QByteArray secret() const { return m_secret; }
    qint64 pid() const { return m_process.processId(); }
    double cpuSeconds() const { return processCpuSeconds(pid()); }

private:
    QProcess m_process;
    QUrl m_baseUrl;
    QString m_clientId;
    QByteArray m_secret;
};

} // namespace cxone::testsupport
