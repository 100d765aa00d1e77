#pragma once

#include "embeddedsimulator.h"
#include "faults.h"
#include "session/tenantsession.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace cxone {

class AuditStore;
class JobRegistry;
class ProfileStore;
class SecretStore;
class TenantSession;

// The demo tenant's adjustable behaviour, as the Demo tenant menu shows it.
struct DemoFaults
{
    sim::FaultSettings faults;
    int tokenTtlSeconds = 3600;
};

// What lives for the whole run of the console: profiles, secrets, the audit trail, the job
// registry, the embedded demo tenant, and the active TenantSession. Pages and dialogs get it.
class ConsoleContext final : public QObject
{
    Q_OBJECT
public:
    // Neither store is owned; both must outlive the context.
    ConsoleContext(SecretStore *secrets, AuditStore *audit, QObject *parent = nullptr);
    ~ConsoleContext() override;

    ProfileStore *profiles() const { return m_profiles; }
    SecretStore *secrets() const { return m_secrets; }
    AuditStore *audit() const { return m_audit; }
    JobRegistry *jobs() const { return m_jobs; }
    // nullptr until a profile has been activated.
    TenantSession *session() const { return m_session; }

    // Makes `name` the active tenant: the demo tenant starts the embedded simulator first, other
    // profiles read their secret. Answers with sessionChanged() or activationFailed().
    void activate(const QString &name);
    bool isActivating() const { return m_activating; }

    // --- the demo tenant (nullptr / no-ops until it has been started)
    // Runs in the simulator's thread before it listens: extra routes or data for the demo.
    // Takes effect the next time the demo tenant starts.
    void setDemoSetup(sim::EmbeddedSimulator::Setup setup) { m_demoSetup = std::move(setup); }
    sim::EmbeddedSimulator *simulator() const { return m_simulator; }
    bool isSimulatorRunning() const;
    DemoFaults demoFaults() const;
    void setDemoFaults(const DemoFaults &faults);
    // Every token the demo tenant issued stops working; the next call refreshes.
    void expireDemoTokens();
    // Back to the start-up behaviour: no faults, one-hour tokens.
    void resetDemoFaults();

Q_SIGNALS:
    void activationStarted(const QString &name);
    void sessionChanged(cxone::TenantSession *session);
    void activationFailed(const QString &name, const QString &errorText);
    void demoFaultsChanged();

private:
    bool ensureSimulator(QString *error);
    void install(TenantSession *session);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    AuditStore *m_audit;
    JobRegistry *m_jobs;
    sim::EmbeddedSimulator *m_simulator = nullptr;
    sim::EmbeddedSimulator::Setup m_demoSetup;
    QPointer<TenantSession> m_session;
    // Sessions left behind by a switch stay alive: jobs started in them still use their client.
    QList<TenantSession *> m_retired;
    quint64 m_activation = 0;
    bool m_activating = false;
};

} // namespace cxone
