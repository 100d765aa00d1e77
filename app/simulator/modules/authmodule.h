#pragma once

#include "app/simulator/simmodule.h"

namespace cxone::sim {

// OAuth 2.0 client credentials at the contract's three token URLs, JSON or form bodies,
// credentials in the body or as HTTP Basic.
class AuthModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;
};

} // namespace cxone::sim
