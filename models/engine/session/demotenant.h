#pragma once

#include <QByteArray>
#include <QObject>
#include <QString>
#include <QUrl>

namespace cxone {

// How the demo tenant misbehaves on purpose, as the Demo tenant menu shows it.
struct DemoFaults
{
    struct Rates
    {
        double p429 = 0;       // share of API calls answered 429
        double p5xx = 0;       // ... answered 500/503
        double pDrop = 0;      // ... whose connection is dropped
        double pMalformed = 0; // ... answered with a broken body
        int latencyMs = 0;
        int retryAfterSeconds = 1;
        bool retryAfterDate = false;
    };
    Rates faults;
    int tokenTtlSeconds = 3600;

    // True when any fault is switched on (for the status bar).
    bool any() const;
    // "429 5 %, 5xx 2 %, latency 200 ms" (empty when none).
    QString describe() const;
};

// The built-in demo tenant: a tenant on loopback that the console and the command line start
// for people who have none yet, and that can be told to misbehave. The session layer only knows
// this interface; the application provides it (the simulator), so neither the models nor the
// widgets depend on the simulator.
class DemoTenant : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;
    ~DemoTenant() override;

    // Returns once the tenant listens, or false with *error.
    virtual bool start(QString *error) = 0;
    virtual void stop() = 0;
    virtual bool isRunning() const = 0;

    virtual QUrl baseUrl() const = 0;
    virtual QString clientId() const = 0;
    virtual QByteArray clientSecret() const = 0;

    virtual DemoFaults faults() const = 0;
    virtual void setFaults(const DemoFaults &faults) = 0;
    // Every token it issued stops working; the next call refreshes.
    virtual void expireTokens() = 0;
    // Back to the start-up behaviour: no faults, one-hour tokens.
    virtual void resetFaults() = 0;
};

} // namespace cxone
