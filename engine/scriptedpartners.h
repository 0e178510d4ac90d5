// Partner choice: only the contacts a scenario scripts.
#pragma once

#include "engine/uniformpartners.h"

namespace gossip {

// Nodes contact only whom the scenario's Contact interventions name, so a story plays
// exactly as written. A recovered node still needs a repair partner: it picks one
// uniformly.
struct ScriptedPartners : UniformPartners
{
    static constexpr bool picksPartners = false;
};

} // namespace gossip
