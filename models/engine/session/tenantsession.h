#pragma once

#include "network/profile.h"

#include <QObject>
#include <QPointer>

namespace cxone {

class ApiClient;
class AuditStore;
class Job;
class JobRegistry;

// Everything a feature page needs to work against the active tenant: the client (and through it
// the token manager), the audit trail, and the registry that runs jobs. Made by the console when
// a profile becomes active; pages get it through the console's sessionChanged() signal.
class TenantSession final : public QObject
{
    Q_OBJECT
public:
    TenantSession(Profile profile, ClientSecret secret, AuditStore *audit, JobRegistry *jobs,
                  bool isDemo, QObject *parent = nullptr);
    ~TenantSession() override;

    const Profile &profile() const;
    QString tenantName() const;
    bool isDemo() const { return m_isDemo; }
    ApiClient *client() const { return m_client; }
    AuditStore *audit() const { return m_audit; }
    JobRegistry *jobs() const { return m_jobs; }

    // Attaches the audit trail and the tenant name to `job`, hands it to the registry (which
    // owns it from then on and shows it in the activity pane) and starts it. Returns the job.
    Job *startJob(Job *job);

private:
    ApiClient *m_client;
    AuditStore *m_audit;
    JobRegistry *m_jobs;
    bool m_isDemo;
};

} // namespace cxone
