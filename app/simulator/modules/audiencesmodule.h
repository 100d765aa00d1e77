#pragma once

#include "app/simulator/simmodule.h"

namespace cxone::sim {

// Journey audiences (contract section 5): list, get with size and evaluation status, atomic PUT
// with server-side validation, the field catalogue per data source. Data: AudiencesPart
// ("audiences").
class AudiencesModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;
};

} // namespace cxone::sim
