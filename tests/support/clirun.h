#pragma once

// Runs a built executable (cxone-cli) as a person does, with the environment given, and keeps
// its exit code and both output channels; and the small simulated tenant the command-line tests
// point it at. Header-only.

#include "tests/support/simprocess.h"

#include <QByteArray>
#include <QFileInfo>
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

// The built command line, as the test's CMake names it in CXONE_CLI; empty when it is missing.
inline QString builtCli()
{
    const QString cli = qEnvironmentVariable("CXONE_CLI");
    return QFileInfo::exists(cli) ? cli : QString();
}

// A small simulated tenant (seed 7) on a loopback port; `extra`: more simulator options.
inline bool startSmallTenant(SimProcess *sim, const QStringList &extra, QString *error)
{
    return sim->start(QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                                  QStringLiteral("--scale"), QStringLiteral("small")}
                              + extra,
                      error);
}

// The global options that send cxone-cli to `sim`, with its audit trail in `auditDb`.
inline QStringList tenantOptions(const SimProcess &sim, const QString &auditDb)
{
    return {QStringLiteral("--base-url"),  sim.baseUrl().toString(),
            QStringLiteral("--client-id"), sim.clientId(),
            QStringLiteral("--audit-db"),  auditDb};
}

} // namespace cxone::testsupport
