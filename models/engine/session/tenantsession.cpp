#include "models/engine/session/tenantsession.h"

#include "models/engine/audit/auditstore.h"
#include "models/engine/job.h"
#include "models/engine/jobs/jobregistry.h"
#include "network/apiclient.h"

namespace cxone {

TenantSession::TenantSession(Profile profile, ClientSecret secret, AuditStore *audit,
                             JobRegistry *jobs, bool isDemo, QObject *parent)
    : QObject(parent)
    , m_client(new ApiClient(std::move(profile), std::move(secret), this))
    , m_audit(audit)
    , m_jobs(jobs)
    , m_isDemo(isDemo)
{}

TenantSession::~TenantSession() = default;

const Profile &TenantSession::profile() const
{
    return m_client->profile();
}

QString TenantSession::tenantName() const
{
    return m_client->profile().name;
}

Job *TenantSession::startJob(Job *job)
{
    if (!job)
        return nullptr;
    job->setAudit(m_audit && m_audit->isOpen() ? m_audit : nullptr, tenantName());
    m_jobs->start(job);
    return job;
}

} // namespace cxone
