#pragma once

#include "app/simulator/faults.h"

#include <QString>
#include <QStringList>

namespace cxone::sim {

// How much data the seeded tenant holds: small for unit tests, demo for people, large for
// benchmarks.
enum class Scale { Small, Demo, Large };

QString scaleName(Scale scale);
bool parseScale(const QString &text, Scale *scale);

struct SimConfig
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0; // 0: any free port
    quint64 seed = 1;
    Scale scale = Scale::Demo;
    FaultSettings faults;
    int tokenTtlSeconds = 3600;
    int enrichRate = 500; // enrichment contacts per second before 429; 0: unlimited
};

// Empty when the simulator may bind to host; otherwise why not (only loopback is allowed).
QString hostProblem(const QString &host);

enum class ArgsOutcome { Run, Help, Error };

// Parses the cxone-sim command line (arguments()[0] is the program). On Error, *error says why.
ArgsOutcome parseSimArguments(const QStringList &arguments, SimConfig *config, QString *error);
QString simUsage();

} // namespace cxone::sim
