#pragma once

#include "app/simulator/modules/contactlistsdata.h"
#include "app/simulator/simmodule.h"

namespace cxone::sim {

// The campaign contact lists (contract section 4): list, page, PATCH (never creates), POST
// (re-creates contacts with the ids given), DELETE, and the phone lookup route.
class ContactListsModule final : public SimModule
{
public:
    void registerRoutes(TenantSimulator &simulator) override;

    static constexpr int kMaxPatch = 100;
    static constexpr int kDefaultPageSize = 1000;
    static constexpr int kMaxPageSize = 5000;
    static constexpr int kMaxLookup = 100;
};

} // namespace cxone::sim
