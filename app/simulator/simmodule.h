#pragma once

namespace cxone::sim {

class TenantSimulator;

// One area of the API (auth, segments, contact lists...). A module adds its routes, and the
// TenantPart holding its data, when the simulator is built; each feature is one module.
class SimModule
{
public:
    virtual ~SimModule() = default;
    virtual void registerRoutes(TenantSimulator &simulator) = 0;
};

} // namespace cxone::sim
