#pragma once

// Runs a built executable (cxone-cli) as a person does, with the environment given, and keeps
// its exit code and both output channels. Header-only.

#include <QByteArray>
#include <QProcess>
#include <QProcessEnvironment>
#include <QStringList>

namespace cxone::testsupport {

struct CliRun
{
    int code = -1; // -1: it did not end in time, or crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runProgram(const QString &program, const QStringList &args,
                         const QProcessEnvironment &env, int timeoutMs = 120000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    CliRun r;
    if (!p.waitForFinished(timeoutMs))
        return r;
    r.code = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

} // namespace cxone::testsupport
