// A scripted or hand-made change to a running simulation, recorded so replay stays exact.
#pragma once

#include "engine/types.h"

#include <vector>

namespace gossip {

// A change made at the end of round `round`; it affects rounds round + 1 onwards.
// Interventions at round 0 set up the initial state.
struct Intervention
{
    enum class Kind : std::uint8_t {
        Write,     // `nodes` all hold a new version of `key` (new patient zeros)
        Crash,     // `nodes` go down: they neither send nor receive
        Recover,   // `nodes` come back; where nodes spread updates, they are repaired first
        Byzantine, // `nodes` turn Byzantine: they forge a newer version of what they hold
        Partition, // `nodes` form one group; every other node the other; messages between them drop
        Heal,      // every partition is healed
        Contact    // in round round + 1, nodes[0] contacts nodes[1] (scripted partner choice)
    };

    Round round = 0;
    Kind kind = Kind::Write;
    std::vector<NodeId> nodes;
    KeyId key = 0;

    bool operator==(const Intervention &other) const = default;
};

} // namespace gossip
