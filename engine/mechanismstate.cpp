// Per-slot heat.
#include "engine/mechanismstate.h"

#include "engine/world.h"

namespace gossip {

std::uint64_t SlotHeat::hotHolders(const World &world, KeyId key) const
{
    // With one version of the one key, every hot slot holds the newest version.
    if (!world.rewritten && world.keys == 1)
        return hot;
    const VersionId newest = world.newest[key];
    std::uint64_t count = 0;
    for (std::size_t slot = key; slot < world.holdings.size(); slot += world.keys)
        count += heat[slot] != 0 && world.holdings[slot].version == newest;
    return count;
}

} // namespace gossip
