// One running simulation: the round-based, synchronous gossip engine.
#pragma once

#include "engine/measures.h"
#include "engine/message.h"
#include "engine/scenario.h"
#include "engine/world.h"

#include <cstdint>
#include <vector>

namespace gossip {

// Runs a Scenario round by round with Demers' synchronous semantics: every exchange of
// round t reads the state at the start of round t, and what a node learns in round t it
// acts on from round t + 1. The same scenario always gives the same rounds; snapshot()
// and restore() make stepping back exact.
class Simulation
{
public:
    // Throws std::invalid_argument naming the problem when validate(scenario) fails.
    explicit Simulation(Scenario scenario);

    const Scenario &scenario() const { return m_scenario; }
    const Config &config() const { return m_scenario.config; }
    const World &world() const { return m_world; }
    Round round() const { return m_world.round; }
    bool finished() const { return m_world.finished; }

    // Runs round round() + 1, then applies that round's interventions. Does nothing once
    // finished(). Returns the measures of the round.
    const RoundMeasures &step();
    // Steps until finished().
    void run();

    // The measures after the last round (after construction: of round 0).
    const RoundMeasures &measures() const { return m_measures; }
    // Every message of the last round; empty unless Config::recordMessages.
    const RoundLog &log() const { return m_log; }
    // Demers' measures of the run so far.
    RunSummary summary() const;

    // Applies an intervention now, at the end of the current round, and records it in
    // the scenario so that a replay from an earlier snapshot repeats it.
    void intervene(Intervention intervention);

    VersionId version(NodeId node, KeyId key) const { return m_world.holdings[m_world.slot(node, key)].version; }
    bool spreading(NodeId node, KeyId key) const;
    const VersionInfo &versionInfo(VersionId version) const { return m_world.versions[version]; }

    // The state between rounds; restore() accepts only snapshots of this simulation.
    const World &snapshot() const { return m_world; }
    void restore(const World &world);

private:
    // Per-slot bookkeeping of a rumor sender within one round.
    struct SenderTally
    {
        bool touched = false;
        bool needed = false;             // some receiver lacked the update
        bool pulled = false;             // some partner pulled it
        std::uint16_t pushContacts = 0;
        std::uint16_t pushNeedless = 0;  // pushes to a receiver that knew it already
    };

    void applyInterventions(Round round);
    void apply(const Intervention &intervention);
    void write(const std::vector<NodeId> &nodes, KeyId key, bool forged);
    void forgeByzantineVersions();
    void crashInitialNodes();
    void syncScratch();
    void measure();
    void updateFinished();
    bool quiet() const;

    // The generator is passed explicitly where a hot loop keeps a local copy of it.
    NodeId pickPartner(NodeId node, Random &random) const;
    NodeId pickPartner(NodeId node);
    NodeId pickSpatialPartner(NodeId node, Random &random) const;
    bool choosePartner(NodeId node, NodeId &partner, Random &random) const;
    Outcome transmit(NodeId from, NodeId to, Random &random) const;
    void buildSpatialTable();
    // Sends one message; returns the failure, or Outcome::New when it was delivered.
    Outcome transmit(NodeId from, NodeId to);
    void count(Channel channel, Outcome outcome, std::uint64_t items, std::uint64_t bytes);
    void record(NodeId from, NodeId to, Channel channel, Outcome outcome, const VersionId *versions,
                std::uint32_t count);
    // Gives `slot` the version if it is newer than what it holds; returns whether it was.
    bool raise(std::size_t slot, VersionId version);
    // Gives `slot` a newer version, keeping the state at the start of the round.
    void hold(std::size_t slot, VersionId version);
    void setHeat(std::size_t slot, std::uint8_t heat);
    // The version `slot` held at the start of the round being run.
    VersionId startVersion(std::size_t slot) const { return m_world.holdings[slot].at(m_world.round); }
    std::uint32_t heldCount(NodeId node) const;

    // The mechanisms, one file each.
    void runDirectMail();
    MailCache &cacheOf(NodeId owner);
    Outcome sendMail(NodeId from, NodeId to, VersionId version, bool cacheHasRoom);
    bool choosePartner(NodeId node, NodeId &partner);
    void runAntiEntropy(Mode mode, Channel channel);
    // One anti-entropy contact; returns false when the message did not get through.
    bool reconcile(NodeId initiator, NodeId partner, Mode mode, Channel channel);
    void sendDatabase(NodeId from, NodeId to, Channel channel);
    void reconcileOneKey(NodeId first, NodeId count, const NodeId *partners, const bool *active, Mode mode);
    static constexpr NodeId contactBlock = 64;
    void runRepairs();
    void finishRepairs();
    void runRumor();
    bool hasHotRumor(NodeId node) const;
    SenderTally &tallyOf(std::size_t slot);
    void noteFailedPush(NodeId node);
    void sendRumors(NodeId from, NodeId to, bool pulled);
    void settleRumorCounters();

    Scenario m_scenario;
    World m_world;
    RoundMeasures m_measures;
    RoundLog m_log;
    std::size_t m_nextIntervention = 0;

    // Scratch of the round being run; not part of the state.
    std::vector<std::size_t> m_infected;        // slots that start a hot rumor next round
    std::vector<NodeId> m_repaired;             // nodes repaired this round, up from the next
    std::vector<SenderTally> m_tally;           // rumor: per slot
    std::vector<std::size_t> m_tallied;         // rumor: slots with a tally this round
    std::vector<std::uint8_t> m_scripted;       // per node: has a scripted contact this round
    std::vector<double> m_spatialCdf;           // P(distance <= d + 1) for spatial choice
    std::vector<VersionId> m_offer;             // versions carried by the message being built
};

} // namespace gossip
