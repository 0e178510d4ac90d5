// Anti-entropy: every node resolves its database's difference with a random partner's.
#pragma once

#include "engine/mechanism.h"

namespace gossip {

// Demers' anti-entropy: every round every up node reconciles its whole database with a
// partner by push, pull or push-pull. Every holder spreads what it holds, forever; it
// keeps no state of its own.
class AntiEntropy final : public Mechanism
{
public:
    explicit AntiEntropy(const Config &config) : m_mode(config.mode) {}

    std::unique_ptr<MechanismState> initialState(std::size_t slots) const override;
    void runRound(Exchanges &exchanges) override;
    void written(World &, NodeId, std::size_t, VersionId) const override {}
    bool spreading(const World &, std::size_t) const override { return true; }
    std::uint64_t spreadingHolders(const World &, KeyId, std::uint64_t holders) const override { return holders; }
    bool quiet(const World &world) const override;
    std::uint64_t bytesPerSlot() const override { return 0; }

private:
    Mode m_mode;
};

} // namespace gossip
