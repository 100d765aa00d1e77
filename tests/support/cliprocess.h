#pragma once

// cxone-cli run as a process, as a script runs it: its exit code and both streams. Header-only.

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

namespace cxone::testsupport {

struct CliRun
{
    int code = -1; // -1: did not start or did not finish in time; -2: crashed
    QByteArray out;
    QByteArray err;
    QJsonObject json() const { return QJsonDocument::fromJson(out).object(); }
};

// The cxone-cli the build made (CXONE_CLI, set by cxone_add_test); empty when there is none.
inline QString builtCli()
{
    const QString path = qEnvironmentVariable("CXONE_CLI");
    return QFileInfo::exists(path) ? path : QString();
}

inline CliRun runCli(const QString &program, const QStringList &args,
                     const QProcessEnvironment &env, const QByteArray &input = {},
                     int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliRun r;
    if (!p.waitForStarted(10000))
        return r;
    p.write(input);
    p.closeWriteChannel();
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished(5000);
        return r;
    }
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace cxone::testsupport
