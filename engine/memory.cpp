// The memory estimate of a run.
#include "engine/memory.h"

#include "engine/mechanism.h"
#include "engine/message.h"
#include "engine/saturating.h"
#include "engine/world.h"

namespace gossip {

std::uint64_t estimateRunBytes(const Config &config)
{
    const std::uint64_t slots = saturatingMultiply(config.nodes, config.keys);
    // Per node: health, Byzantine mark, partition group, scripted-contact mark.
    const std::uint64_t perNode = sizeof(NodeHealth) + 3;
    const std::uint64_t perSlot = sizeof(Slot) + mechanismBytesPerSlot(config);
    std::uint64_t bytes = saturatingAdd(saturatingMultiply(slots, perSlot), saturatingMultiply(config.nodes, perNode));
    if (config.recordMessages) {
        // A round sends at most about two messages per node (a contact and its answer),
        // each carrying up to every key.
        const std::uint64_t perMessage = sizeof(Message) + std::uint64_t(config.keys) * sizeof(VersionId);
        bytes = saturatingAdd(bytes, saturatingMultiply(2 * std::uint64_t(config.nodes), perMessage));
    }
    // Direct mail's retransmit caches, one per writer; the story writes at a few places.
    if (config.protocol == Protocol::DirectMail)
        bytes = saturatingAdd(bytes, saturatingMultiply(std::uint64_t(config.cacheCapacity), 2 * sizeof(std::uint64_t)));
    return bytes;
}

std::uint64_t mechanismBytesPerSlot(const Config &config)
{
    return makeMechanism(config)->bytesPerSlot();
}

std::uint64_t estimateWorldBytes(const World &world, std::uint64_t mechanismBytesPerSlot)
{
    // The per-slot and per-node arrays dominate.
    const std::uint64_t slots = world.holdings.size();
    return sizeof(World) + slots * (sizeof(Slot) + mechanismBytesPerSlot)
            + std::uint64_t(world.nodes) * (sizeof(NodeHealth) + 2) + world.versions.size() * sizeof(VersionInfo)
            + std::uint64_t(world.keys) * (sizeof(VersionId) + sizeof(std::uint64_t))
            + world.scriptedContacts.size() * sizeof(world.scriptedContacts[0]);
}

} // namespace gossip
