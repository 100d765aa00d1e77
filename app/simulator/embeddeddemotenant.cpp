#include "app/simulator/embeddeddemotenant.h"

#include "app/simulator/tenantsimulator.h"

namespace cxone::sim {

EmbeddedDemoTenant::EmbeddedDemoTenant(SimConfig config, EmbeddedSimulator::Setup setup,
                                       QObject *parent)
    : DemoTenant(parent)
    , m_config(std::move(config))
    , m_setup(std::move(setup))
{}

EmbeddedDemoTenant::~EmbeddedDemoTenant()
{
    m_sim.stop();
}

bool EmbeddedDemoTenant::start(QString *error)
{
    if (m_sim.isRunning())
        return true;
    return m_sim.start(m_config, error, m_setup);
}

void EmbeddedDemoTenant::stop()
{
    m_sim.stop();
}

bool EmbeddedDemoTenant::isRunning() const
{
    return m_sim.isRunning();
}

QUrl EmbeddedDemoTenant::baseUrl() const
{
    return m_sim.baseUrl();
}

QString EmbeddedDemoTenant::clientId() const
{
    return m_sim.clientId();
}

QByteArray EmbeddedDemoTenant::clientSecret() const
{
    return m_sim.clientSecret();
}

DemoFaults EmbeddedDemoTenant::faults() const
{
    DemoFaults result;
    m_sim.run([&result](TenantSimulator &server) {
        const FaultSettings f = server.globalFaults();
        result.faults
                = {f.p429,          f.p5xx, f.pDrop, f.pMalformed, f.latencyMs, f.retryAfterSeconds,
                   f.retryAfterDate};
        result.tokenTtlSeconds = server.state().tokenTtlSeconds();
    });
    return result;
}

void EmbeddedDemoTenant::setFaults(const DemoFaults &faults)
{
    m_sim.run([&faults](TenantSimulator &server) {
        FaultSettings f = server.globalFaults();
        f.p429 = faults.faults.p429;
        f.p5xx = faults.faults.p5xx;
        f.pDrop = faults.faults.pDrop;
        f.pMalformed = faults.faults.pMalformed;
        f.latencyMs = faults.faults.latencyMs;
        f.retryAfterSeconds = faults.faults.retryAfterSeconds;
        f.retryAfterDate = faults.faults.retryAfterDate;
        server.setGlobalFaults(f);
        server.state().setTokenTtlSeconds(std::max(1, faults.tokenTtlSeconds));
    });
}

void EmbeddedDemoTenant::expireTokens()
{
    m_sim.run([](TenantSimulator &server) { server.state().expireAllTokens(); });
}

void EmbeddedDemoTenant::resetFaults()
{
    m_sim.run([](TenantSimulator &server) {
        server.resetFaults();
        server.state().setTokenTtlSeconds(server.config().tokenTtlSeconds);
    });
}

} // namespace cxone::sim
