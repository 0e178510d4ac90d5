// Anti-entropy's round and when it has nothing left to do.
#include "engine/antientropy.h"

#include "engine/exchanges.h"
#include "engine/mechanismstate.h"

#include <algorithm>

namespace gossip {

std::unique_ptr<MechanismState> AntiEntropy::initialState(std::size_t) const
{
    return std::make_unique<NoState>();
}

void AntiEntropy::runRound(Exchanges &exchanges)
{
    exchanges.antiEntropyRound(m_mode, Channel::AntiEntropy);
}

bool AntiEntropy::quiet(const World &world) const
{
    // Done once every up node holds the newest version of every key.
    if (world.downCount == 0)
        return std::all_of(world.lacking.begin(), world.lacking.end(), [](std::uint64_t n) { return n == 0; });
    for (NodeId node = 0; node < world.nodes; ++node) {
        if (world.health[node] == NodeHealth::Down)
            continue;
        for (KeyId key = 0; key < world.keys; ++key) {
            if (world.holdings[world.slot(node, key)].version < world.newest[key])
                return false;
        }
    }
    return true;
}

} // namespace gossip
