#include "consolecontext.h"

#include "apiclient.h"
#include "embeddedsimulator.h"
#include "jobs/jobregistry.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "session/tenantsession.h"
#include "tenantsimulator.h"
#include "tokenmanager.h"

namespace cxone {

ConsoleContext::ConsoleContext(SecretStore *secrets, AuditStore *audit, QObject *parent)
    : QObject(parent)
    , m_profiles(new ProfileStore(this))
    , m_secrets(secrets)
    , m_audit(audit)
    , m_jobs(new JobRegistry(this))
{}

ConsoleContext::~ConsoleContext()
{
    // Jobs and clients talk to the simulator: they go first, then the simulator's thread stops.
    delete m_jobs;
    m_jobs = nullptr;
    delete m_session.data();
    qDeleteAll(m_retired);
    m_retired.clear();
    if (m_simulator)
        m_simulator->stop();
}

bool ConsoleContext::isSimulatorRunning() const
{
    return m_simulator && m_simulator->isRunning();
}

bool ConsoleContext::ensureSimulator(QString *error)
{
    if (isSimulatorRunning())
        return true;
    if (!m_simulator)
        m_simulator = new sim::EmbeddedSimulator(this);
    sim::SimConfig config;
    config.port = 0; // any free loopback port
    return m_simulator->start(config, error, m_demoSetup);
}

void ConsoleContext::activate(const QString &name)
{
    const quint64 activation = ++m_activation;
    m_activating = true;
    Q_EMIT activationStarted(name);

    if (ProfileStore::isDemo(name)) {
        QString error;
        if (!ensureSimulator(&error)) {
            m_activating = false;
            Q_EMIT activationFailed(name, tr("The demo tenant did not start: %1").arg(error));
            return;
        }
        Profile profile = ProfileStore::demoProfile();
        profile.baseUrl = m_simulator->baseUrl();
        profile.clientId = m_simulator->clientId();
        install(new TenantSession(profile, ClientSecret(m_simulator->clientSecret()), m_audit,
                                  m_jobs, true));
        return;
    }

    const Profile profile = m_profiles->profile(name);
    if (profile.name.isEmpty()) {
        m_activating = false;
        Q_EMIT activationFailed(name, tr("There is no profile named “%1”.").arg(name));
        return;
    }
    if (const QStringList problems = profile.problems(); !problems.isEmpty()) {
        m_activating = false;
        Q_EMIT activationFailed(name, problems.join(u' '));
        return;
    }
    m_secrets->read(name, this, [this, activation, profile](const SecretReply &reply) {
        if (activation != m_activation)
            return; // another profile was chosen meanwhile
        if (!reply.ok) {
            m_activating = false;
            Q_EMIT activationFailed(
                    profile.name,
                    reply.notFound ? tr("No client secret is known for “%1” in this session. Open "
                                        "Tenant profiles and enter it.")
                                             .arg(profile.name)
                                   : reply.errorText);
            return;
        }
        install(new TenantSession(profile, ClientSecret(reply.secret), m_audit, m_jobs, false));
    });
}

void ConsoleContext::install(TenantSession *session)
{
    session->setParent(this);
    if (m_session)
        m_retired.append(m_session.data());
    m_session = session;
    m_profiles->setLastUsed(session->tenantName());
    m_activating = false;
    Q_EMIT sessionChanged(session);
    // Signing in at once tells the person straight away whether the credentials work.
    session->client()->tokens()->refreshNow();
}

DemoFaults ConsoleContext::demoFaults() const
{
    DemoFaults result;
    if (!isSimulatorRunning())
        return result;
    m_simulator->run([&result](sim::TenantSimulator &server) {
        result.faults = server.globalFaults();
        result.tokenTtlSeconds = server.state().tokenTtlSeconds();
    });
    return result;
}

void ConsoleContext::setDemoFaults(const DemoFaults &faults)
{
    if (!isSimulatorRunning())
        return;
    m_simulator->run([&faults](sim::TenantSimulator &server) {
        server.setGlobalFaults(faults.faults);
        server.state().setTokenTtlSeconds(std::max(1, faults.tokenTtlSeconds));
    });
    Q_EMIT demoFaultsChanged();
}

void ConsoleContext::expireDemoTokens()
{
    if (!isSimulatorRunning())
        return;
    m_simulator->run([](sim::TenantSimulator &server) { server.state().expireAllTokens(); });
    Q_EMIT demoFaultsChanged();
}

void ConsoleContext::resetDemoFaults()
{
    if (!isSimulatorRunning())
        return;
    m_simulator->run([](sim::TenantSimulator &server) {
        server.resetFaults();
        server.state().setTokenTtlSeconds(server.config().tokenTtlSeconds);
    });
    Q_EMIT demoFaultsChanged();
}

} // namespace cxone
