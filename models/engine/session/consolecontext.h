#pragma once

#include "models/engine/session/demotenant.h"
#include "models/engine/session/tenantsession.h"

#include <QList>
#include <QObject>
#include <QPointer>

namespace cxone {

class AuditStore;
class JobRegistry;
class ProfileStore;
class SecretStore;
class TenantSession;

// What lives for the whole run of the console: profiles, secrets, the audit trail, the job
// registry, the demo tenant, and the active TenantSession. Pages and dialogs get it. Holds no
// widget: the command line could drive it too.
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

    // --- the demo tenant (no-ops until it has been started)
    // The application hands in what serves the Demo tenant profile; the context owns it.
    void setDemoTenant(DemoTenant *demo);
    DemoTenant *demoTenant() const { return m_demo; }
    bool isDemoRunning() const;
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
    bool ensureDemo(QString *error);
    void install(TenantSession *session);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    AuditStore *m_audit;
    JobRegistry *m_jobs;
    DemoTenant *m_demo = nullptr;
    QPointer<TenantSession> m_session;
    // Sessions left behind by a switch stay alive: jobs started in them still use their client.
    QList<TenantSession *> m_retired;
    quint64 m_activation = 0;
    bool m_activating = false;
};

} // namespace cxone
