#pragma once

#include "app/simulator/simmodule.h"

namespace cxone::sim {

// /_sim/*: inspection and control for tests and demos (faults, call log, webhook sinks,
// token expiry). Needs no token and never takes faults.
class SimAdminModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;
};

} // namespace cxone::sim
