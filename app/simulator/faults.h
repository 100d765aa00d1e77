#pragma once

#include <QJsonObject>
#include <QString>

#include <optional>

namespace cxone::sim {

enum class FaultKind {
    None,
    RateLimit,     // 429 with Retry-After
    ServerError,   // 503 or 500
    Unavailable,   // 503 exactly (fail-kind "503")
    InternalError, // 500 exactly (fail-kind "500")
    Drop,          // the connection is aborted without an answer
    Malformed,     // 200 with a truncated or garbage JSON body
};

QString faultKindName(FaultKind kind);
// "429", "500", "503", "5xx", "drop", "malformed"; false when unknown.
bool parseFaultKind(const QString &text, FaultKind *kind);

// Probabilities (0..1) and latency, globally or for one route.
struct FaultSettings
{
    double p429 = 0;
    double p5xx = 0;
    double pDrop = 0;
    double pMalformed = 0;
    int latencyMs = 0;
    int retryAfterSeconds = 1;
    bool retryAfterDate = false; // Retry-After as an HTTP-date instead of delta-seconds

    QJsonObject toJson() const;
};

// A route's own settings: each field set here replaces the global one.
struct FaultOverrides
{
    std::optional<double> p429;
    std::optional<double> p5xx;
    std::optional<double> pDrop;
    std::optional<double> pMalformed;
    std::optional<int> latencyMs;
    std::optional<int> retryAfterSeconds;
    std::optional<bool> retryAfterDate;

    bool isEmpty() const;
    FaultSettings applyTo(FaultSettings settings) const;
    QJsonObject toJson() const;
};

// The next `count` requests get `kind`, whatever the probabilities say.
struct FailNext
{
    int count = 0;
    FaultKind kind = FaultKind::ServerError;
};

// Reads the keys named like the command-line flags ("fault-429", "latency-ms", ...) into
// overrides; false with a message on a bad value. Unknown keys are errors, so typos show.
bool parseFaultJson(const QJsonObject &object, FaultOverrides *overrides, FailNext *failNext,
                    bool *hasFailNext, QString *error);

struct FaultDecision
{
    FaultKind kind = FaultKind::None;
    int latencyMs = 0;
    quint64 draw = 0; // for the malformed body variant and the 500/503 choice
};

// The decision for the Nth request (n counts from 0) of a route: a pure function of
// (seed, route, n) and the settings, so two runs with the same seed fail the same requests.
// routeStream is mixSeed(seed, route key).
FaultDecision decideFault(const FaultSettings &settings, quint64 routeStream, quint64 n);

} // namespace cxone::sim
