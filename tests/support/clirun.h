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

// The built command line (CXONE_CLI, as the test's CMake sets it) and a small simulated tenant
// (seed 7) started for it on a loopback port, with `extra` simulator options. The command
// line's path; empty with *error when either is missing.
inline QString cliWithSmallTenant(SimProcess *sim, const QStringList &extra, QString *error)
{
    const QString cli = qEnvironmentVariable("CXONE_CLI");
    if (!QFileInfo::exists(cli)) {
        *error = QStringLiteral("CXONE_CLI must name the built cxone-cli");
        return {};
    }
    if (!sim->start(QStringList{QStringLiteral("--seed"), QStringLiteral("7"),
                                QStringLiteral("--scale"), QStringLiteral("small")}
                            + extra,
                    error))
        return {};
    return cli;
}

// The global options that send cxone-cli to `sim`, with its audit trail in `auditDb`.
inline QStringList tenantOptions(const SimProcess &sim, const QString &auditDb)
{
    return {QStringLiteral("--base-url"),  sim.baseUrl().toString(),
            QStringLiteral("--client-id"), sim.clientId(),
            QStringLiteral("--audit-db"),  auditDb};
}

} // namespace cxone::testsupport
