#pragma once

#include "app/simulator/modules/enrichmentdata.h"
#include "app/simulator/simmodule.h"

namespace cxone::sim {

// Outbound enrichment (contract section 2): campaigns, list schemas, current values, the batch
// POST with per-record results, list refresh and webhooks, on the contact lists' contacts.
class EnrichmentModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;

    static constexpr int kMaxIdsPerRead = 100;
};

} // namespace cxone::sim
