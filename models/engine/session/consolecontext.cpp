#include "models/engine/session/consolecontext.h"

#include "models/engine/jobs/jobregistry.h"
#include "models/engine/profiles/profilestore.h"
#include "models/engine/profiles/secretstore.h"
#include "models/engine/session/tenantsession.h"
#include "network/apiclient.h"
#include "network/tokenmanager.h"

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
    if (m_demo)
        m_demo->stop();
}

void ConsoleContext::setDemoTenant(DemoTenant *demo)
{
    if (m_demo == demo)
        return;
    if (m_demo) {
        m_demo->stop();
        delete m_demo;
    }
    m_demo = demo;
    if (m_demo)
        m_demo->setParent(this);
}

bool ConsoleContext::isDemoRunning() const
{
    return m_demo && m_demo->isRunning();
}

bool ConsoleContext::ensureDemo(QString *error)
{
    if (isDemoRunning())
        return true;
    if (!m_demo) {
        *error = tr("this build has no demo tenant.");
        return false;
    }
    return m_demo->start(error);
}

void ConsoleContext::activate(const QString &name)
{
    const quint64 activation = ++m_activation;
    m_activating = true;
    Q_EMIT activationStarted(name);

    if (ProfileStore::isDemo(name)) {
        QString error;
        if (!ensureDemo(&error)) {
            m_activating = false;
            Q_EMIT activationFailed(name, tr("The demo tenant did not start: %1").arg(error));
            return;
        }
        Profile profile = ProfileStore::demoProfile();
        profile.baseUrl = m_demo->baseUrl();
        profile.clientId = m_demo->clientId();
        install(new TenantSession(profile, ClientSecret(m_demo->clientSecret()), m_audit, m_jobs,
                                  true));
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
    return isDemoRunning() ? m_demo->faults() : DemoFaults();
}

void ConsoleContext::setDemoFaults(const DemoFaults &faults)
{
    if (!isDemoRunning())
        return;
    m_demo->setFaults(faults);
    Q_EMIT demoFaultsChanged();
}

void ConsoleContext::expireDemoTokens()
{
    if (!isDemoRunning())
        return;
    m_demo->expireTokens();
    Q_EMIT demoFaultsChanged();
}

void ConsoleContext::resetDemoFaults()
{
    if (!isDemoRunning())
        return;
    m_demo->resetFaults();
    Q_EMIT demoFaultsChanged();
}

} // namespace cxone
