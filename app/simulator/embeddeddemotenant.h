#pragma once

#include "app/simulator/embeddedsimulator.h"
#include "models/engine/session/demotenant.h"

namespace cxone::sim {

// The demo tenant as the console and the command line get it: the simulator in its own thread,
// on a free loopback port, with the demo data and the demo client.
class EmbeddedDemoTenant final : public DemoTenant
{
    Q_OBJECT
public:
    explicit EmbeddedDemoTenant(SimConfig config = {}, EmbeddedSimulator::Setup setup = {},
                                QObject *parent = nullptr);
    ~EmbeddedDemoTenant() override;

    bool start(QString *error) override;
    void stop() override;
    bool isRunning() const override;
    QUrl baseUrl() const override;
    QString clientId() const override;
    QByteArray clientSecret() const override;
    DemoFaults faults() const override;
    void setFaults(const DemoFaults &faults) override;
    void expireTokens() override;
    void resetFaults() override;

    EmbeddedSimulator *simulator() { return &m_sim; }

private:
    SimConfig m_config;
    EmbeddedSimulator::Setup m_setup;
    mutable EmbeddedSimulator m_sim;
};

} // namespace cxone::sim
