// Direct mail: a write is mailed at once to every node the writer knows.
#pragma once

#include "engine/mechanism.h"
#include "engine/mechanismstate.h"

#include <vector>

namespace gossip {

// A direct mail waiting in a sender's retransmit cache.
struct PendingMail
{
    NodeId to = 0;
    VersionId version = noVersion;

    bool operator==(const PendingMail &other) const = default;
};

// One sender's retransmit cache; bounded by Config::cacheCapacity.
struct MailCache
{
    NodeId owner = 0;
    std::vector<PendingMail> entries;

    bool operator==(const MailCache &other) const = default;
};

// A write that direct mail sends out in the next round.
struct Outgoing
{
    NodeId origin = 0;
    VersionId version = noVersion;

    bool operator==(const Outgoing &other) const = default;
};

// What direct mail keeps between rounds: writers with mail still to send are hot.
class DirectMailState final : public MechanismState
{
public:
    SlotHeat heat;
    std::vector<MailCache> caches;  // one per sender that has mailed
    std::vector<Outgoing> outgoing; // writes to mail next round

    std::unique_ptr<MechanismState> clone() const override { return std::make_unique<DirectMailState>(*this); }
    bool equals(const MechanismState &other) const override;
};

// Demers' direct mail: the writer mails every node it knows. A send that fails visibly
// (the receiver down or cut off) waits in the writer's retransmit cache of
// Config::cacheCapacity and is retried each round; when the cache is full it is dropped.
// Mail lost in the network is not retried, and nodes the writer does not know
// (Config::unknownFraction) are never mailed. A recovered node needs no repair.
class DirectMail final : public Mechanism
{
public:
    explicit DirectMail(const Config &config) : m_config(config) {}

    std::unique_ptr<MechanismState> initialState(std::size_t slots) const override;
    void runRound(Exchanges &exchanges) override;
    void written(World &world, NodeId node, std::size_t slot, VersionId version) const override;
    bool spreading(const World &world, std::size_t slot) const override;
    std::uint64_t spreadingHolders(const World &world, KeyId key, std::uint64_t holders) const override;
    bool quiet(const World &world) const override;
    bool idle(const World &world) const override { return quiet(world); }
    bool repairsRecovered() const override { return false; }
    std::uint64_t waiting(const World &world) const override;
    std::uint64_t bytesPerSlot() const override { return 1; }

    // The retransmit caches of a direct-mail run; empty for other mechanisms.
    static const std::vector<MailCache> &caches(const World &world);

private:
    MailCache &cacheOf(DirectMailState &state, NodeId owner) const;
    Outcome sendMail(Exchanges &exchanges, NodeId from, NodeId to, VersionId version, bool cacheHasRoom) const;

    Config m_config;
};

} // namespace gossip
