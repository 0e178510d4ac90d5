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
    const std::uint64_t perSlot = sizeof(Slot) + makeMechanism(config)->bytesPerSlot();
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

} // namespace gossip
