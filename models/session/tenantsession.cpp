#include "tenantsession.h"

#include "apiclient.h"
#include "audit/auditstore.h"
#include "job.h"
#include "jobs/jobregistry.h"

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
