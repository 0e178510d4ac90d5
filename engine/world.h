// The whole state of a simulation between two rounds; copying it is a snapshot.
#pragma once

#include "engine/mechanismstate.h"
#include "engine/random.h"
#include "engine/types.h"

#include <cstdint>
#include <vector>

namespace gossip {

// What is known about one version: which key it belongs to, where and when it was written.
struct VersionInfo
{
    KeyId key = 0;
    NodeId origin = 0;
    Round written = 0;
    bool forged = false; // written by a Byzantine node

    bool operator==(const VersionInfo &other) const = default;
};

// What one node holds for one key. While round t runs, `version` already includes what
// arrived in round t, and the state at the start of round t is kept in `before`; both
// live in one place so a contact reads and writes a partner's slot in one memory access.
struct Slot
{
    VersionId version = noVersion; // held now
    VersionId before = noVersion;  // held before round `received`
    Round received = 0;            // the round `version` arrived

    // The version held at the start of `round`.
    VersionId at(Round round) const { return received == round ? before : version; }

    bool operator==(const Slot &other) const = default;
};

// The state at the end of round `round`, after that round's interventions. Per-slot
// arrays are indexed node * keys + key. Everything a later round depends on is here,
// including the generator, so restoring a copy replays the same rounds.
struct World
{
    std::uint32_t nodes = 0;
    std::uint32_t keys = 0;
    Round round = 0;

    std::vector<Slot> holdings;        // per slot
    std::vector<NodeHealth> health;  // per node
    std::vector<std::uint8_t> byzantine; // per node: 1 when it forges updates
    std::vector<std::uint8_t> group; // per node: partition group, all 0 when healed
    bool partitioned = false;
    std::uint32_t downCount = 0;
    std::uint32_t repairCount = 0;   // nodes that wait for repair
    std::uint32_t byzantineCount = 0;

    std::vector<VersionInfo> versions; // index = VersionId; [0] stands for "nothing"
    std::vector<VersionId> newest;     // per key: its newest version, or noVersion
    std::vector<std::uint64_t> lacking; // per key: slots without its newest version
    bool rewritten = false;            // some key has had more than one version

    MechanismStateHolder mechanism;    // what the run's mechanism keeps per node (see Mechanism)
    std::vector<std::pair<NodeId, NodeId>> scriptedContacts; // contacts of the next round

    Random random;

    // Cumulative totals since round 0.
    std::uint64_t messages = 0;
    std::uint64_t lost = 0;
    std::uint64_t dropped = 0;
    std::uint64_t unknown = 0;         // direct mail never sent: the writer did not know the node
    std::uint64_t items = 0;
    std::uint64_t bytes = 0;
    std::uint64_t busy = 0;            // conversations refused by the connection limit
    // On a network, per link: conversations and update transfers that crossed it, and
    // conversations between partition groups that would have crossed it (they end at the cut).
    std::vector<std::uint64_t> linkConversations;
    std::vector<std::uint64_t> linkTransfers;
    std::vector<std::uint64_t> linkCutOff;

    bool finished = false;
    Round finishedRound = 0;

    std::size_t slot(NodeId node, KeyId key) const { return std::size_t(node) * keys + key; }
    bool isUp(NodeId node) const { return health[node] == NodeHealth::Up; }
    bool reachable(NodeId from, NodeId to) const { return !partitioned || group[from] == group[to]; }

    bool operator==(const World &other) const = default;
};

} // namespace gossip
