// Rumor mongering: nodes with a hot rumor spread it to random partners until they lose interest.
#pragma once

#include "engine/mechanism.h"
#include "engine/mechanismstate.h"

#include <vector>

namespace gossip {

// Who holds a hot rumor, and the counter of each (heat = 1 + counter).
class RumorState final : public MechanismState
{
public:
    SlotHeat heat;

    std::unique_ptr<MechanismState> clone() const override { return std::make_unique<RumorState>(*this); }
    bool equals(const MechanismState &other) const override;
};

// Demers' rumor mongering: push, pull or push-pull; losing interest by feedback or blind,
// by counter or coin; optionally a push-pull anti-entropy round every backupEvery rounds.
// What a node learns in a round it spreads from the next.
class Rumor final : public Mechanism
{
public:
    explicit Rumor(const Config &config);

    std::unique_ptr<MechanismState> initialState(std::size_t slots) const override;
    bool collectsLearned() const override { return true; }
    void runRound(Exchanges &exchanges) override;
    void written(World &world, NodeId node, std::size_t slot, VersionId version) const override;
    bool spreading(const World &world, std::size_t slot) const override;
    std::uint64_t spreadingHolders(const World &world, KeyId key, std::uint64_t holders) const override;
    bool quiet(const World &world) const override;
    bool idle(const World &world) const override;
    // Heat, a sender's tally, and a place on the list of slots that learned in a round.
    std::uint64_t bytesPerSlot() const override;

    // The heat of every slot of a rumor run (0 = not spreading, else 1 + counter).
    static const std::vector<std::uint8_t> &heat(const World &world);

private:
    // Per-slot bookkeeping of a sender within one round.
    struct SenderTally
    {
        bool touched = false;
        bool needed = false;             // some receiver lacked the update
        bool pulled = false;             // some partner pulled it
        std::uint16_t pushContacts = 0;
        std::uint16_t pushNeedless = 0;  // pushes to a receiver that knew it already
    };

    SenderTally &tallyOf(std::size_t slot);
    void noteFailedPush(const SlotHeat &heat, const World &world, NodeId node);
    void sendRumors(Exchanges &exchanges, NodeId from, NodeId to, bool pulled);
    void settleCounters(Exchanges &exchanges);

    Config m_config;
    std::vector<SenderTally> m_tally;   // per slot, scratch of a round
    std::vector<std::size_t> m_tallied; // slots with a tally this round
};

} // namespace gossip
