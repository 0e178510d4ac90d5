// One running simulation: the round-based, synchronous gossip engine.
#pragma once

#include "engine/exchanges.h"
#include "engine/measures.h"
#include "engine/mechanism.h"
#include "engine/message.h"
#include "engine/partnerchoices.h"
#include "engine/scenario.h"
#include "engine/world.h"

#include <cstdint>
#include <memory>
#include <vector>

namespace gossip {

// Runs a Scenario round by round with Demers' synchronous semantics: every exchange of
// round t reads the state at the start of round t, and what a node learns in round t it
// acts on from round t + 1. The mechanism (makeMechanism()) and the partner choice
// (withPartners()) are units it dispatches to once per round. The same scenario always
// gives the same rounds; snapshot() and restore() make stepping back exact.
class Simulation : private Exchanges
{
public:
    // Throws std::invalid_argument naming the problem when validate(scenario) fails.
    explicit Simulation(Scenario scenario);
    Simulation(const Simulation &) = delete;
    Simulation &operator=(const Simulation &) = delete;

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
    // What the city shows of the node's slot of `key` (see SlotState); a key nobody has
    // written is Healthy at every node that is up.
    SlotState slotState(NodeId node, KeyId key) const;
    // What the city shows of a person with all its keys: down or waiting for repair
    // whatever it holds; else contagious if it spreads the newest version of any key,
    // outdated if it holds an old version of one, healthy if it lacks one (or nothing is
    // written yet), immune when it holds the newest version of every key written.
    SlotState personState(NodeId node) const;
    const VersionInfo &versionInfo(VersionId version) const { return m_world.versions[version]; }

    // The state between rounds; restore() accepts only snapshots of this simulation.
    const World &snapshot() const { return m_world; }
    void restore(const World &world);

private:
    // Applies the script's interventions at `round`; whether there were any.
    bool applyInterventions(Round round);
    // Whether the next round would change nothing and send nothing (see Mechanism::idle).
    bool isIdle() const;
    void apply(const Intervention &intervention);
    void write(const std::vector<NodeId> &nodes, KeyId key, bool forged);
    void forgeByzantineVersions();
    void crashInitialNodes();
    void syncScratch();
    void measure();
    // RoundMeasures::byState from the counts measure() has just made.
    void measureStates();
    void updateFinished();
    bool quiet() const;
    std::uint32_t heldCount(NodeId node) const;

    std::unique_ptr<Mechanism> m_mechanism;
    std::size_t m_nextIntervention = 0;
};

} // namespace gossip
