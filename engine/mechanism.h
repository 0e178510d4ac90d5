// A gossip mechanism as a unit: its state per node, and its part of every round.
#pragma once

#include "engine/config.h"
#include "engine/types.h"

#include <cstdint>
#include <memory>

namespace gossip {

class Exchanges;
struct World;

// The per-node state a mechanism keeps between rounds (rumor mongering: who is hot and
// its counter; direct mail: the retransmit caches). It lives in the World, so copying the
// world (a snapshot) copies it and comparing two worlds compares it.
class MechanismState
{
public:
    virtual ~MechanismState() = default;
    virtual std::unique_ptr<MechanismState> clone() const = 0;
    virtual bool equals(const MechanismState &other) const = 0;
};

// One of Demers' mechanisms (direct mail, anti-entropy, rumor mongering). The simulation
// calls runRound() once per round, so each mechanism's inner loop is its own and the
// choice of mechanism costs one call per round, not one per contact. Between rounds it
// keeps its state in the world; it may keep scratch of a round in itself.
class Mechanism
{
public:
    virtual ~Mechanism() = default;

    // The state of a fresh run of `slots` (node, key) slots.
    virtual std::unique_ptr<MechanismState> initialState(std::size_t slots) const = 0;
    // Whether the slots that learn something in a round are collected for it
    // (Exchanges::learned()), as rumor mongering does to make them hot.
    virtual bool collectsLearned() const { return false; }
    // Runs the mechanism's exchanges of one round, after the round's repairs.
    virtual void runRound(Exchanges &exchanges) = 0;
    // `node` wrote `version`, now held in `slot`.
    virtual void written(World &world, NodeId node, std::size_t slot, VersionId version) const = 0;
    // Whether the holder of `slot` spreads what it holds.
    virtual bool spreading(const World &world, std::size_t slot) const = 0;
    // Of the `holders` of the newest version of `key`, how many spread it.
    virtual std::uint64_t spreadingHolders(const World &world, KeyId key, std::uint64_t holders) const = 0;
    // Whether the mechanism has nothing left to do (repairs aside).
    virtual bool quiet(const World &world) const = 0;
    // Whether a round would change nothing and send nothing: then the simulation passes
    // the round without running it. Anti-entropy always exchanges, so it is never idle.
    virtual bool idle(const World &) const { return false; }
    // Whether a recovered node must be repaired before it takes part again.
    virtual bool repairsRecovered() const { return true; }
    // Messages still waiting to be sent (direct mail's retransmit caches).
    virtual std::uint64_t waiting(const World &) const { return 0; }
    // The most memory the mechanism's state and scratch take per (node, key) slot, for
    // estimateRunBytes(); a mechanism allocates nothing before its first round.
    virtual std::uint64_t bytesPerSlot() const = 0;
};

// The mechanism of config.protocol. Every Protocol has one; a value without one throws
// std::invalid_argument rather than fall back to another mechanism.
std::unique_ptr<Mechanism> makeMechanism(const Config &config);

} // namespace gossip
