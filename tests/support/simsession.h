#pragma once

// A console session on an in-process simulator, as the console makes one for the demo tenant:
// for tests that drive a workspace or a page. Header-only.

#include "tests/support/simfixture.h"

#include "models/engine/session/tenantsession.h"

#include <memory>

namespace simfixture {

inline std::unique_ptr<cxone::TenantSession> makeSession(const cxone::sim::EmbeddedSimulator &sim,
                                                         cxone::JobRegistry *jobs)
{
    return std::make_unique<cxone::TenantSession>(simfixture::consoleProfile(sim),
                                                  cxone::ClientSecret(sim.clientSecret()), nullptr,
                                                  jobs, true);
}

} // namespace simfixture
