#pragma once

#include "app/simulator/simmodule.h"

namespace cxone::sim {

// Contract section 1: segment list, segment definition and the paged contacts query, with
// seeded segments whose members are generated lazily (see SegmentsPart).
class SegmentsModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;
};

} // namespace cxone::sim
