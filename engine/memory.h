// What a run will need in memory, estimated before anything is allocated.
#pragma once

#include "engine/config.h"

#include <cstdint>

namespace gossip {

// The most memory one run of `config` takes: every node's and slot's state, the
// mechanism's state and scratch, and with Config::recordMessages one round's messages.
// A run that would not fit can be refused with this figure before it starts.
std::uint64_t estimateRunBytes(const Config &config);

// What the run's mechanism keeps per (node, key) slot, in bytes.
std::uint64_t mechanismBytesPerSlot(const Config &config);

struct World;
// What one copy of `world` (a snapshot) takes, about, given its mechanism's bytes per slot.
std::uint64_t estimateWorldBytes(const World &world, std::uint64_t mechanismBytesPerSlot);

} // namespace gossip
