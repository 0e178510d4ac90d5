// The states and outcomes a run shows.
#include "views/simulation/shownstates.h"

#include "views/simulation/simulationcontroller.h"

#include <algorithm>

std::vector<NodeState> statesShown(const SimulationController &controller)
{
    // Faults only when this run has them, or its script brings them: a story about
    // healthy people is not cluttered with crashes and forgers.
    const gossip::World &world = controller.world();
    const gossip::Scenario &scenario = controller.scenario();
    const auto scripted = [&](gossip::Intervention::Kind kind) {
        return std::any_of(scenario.interventions.begin(), scenario.interventions.end(),
                           [kind](const gossip::Intervention &intervention) { return intervention.kind == kind; });
    };
    std::vector<NodeState> states{NodeState::Healthy};
    // Old versions exist once a key is written again, by hand or by a forger.
    if (world.rewritten || world.byzantineCount > 0 || scripted(gossip::Intervention::Kind::Byzantine))
        states.push_back(NodeState::Outdated);
    states.insert(states.end(), {NodeState::Contagious, NodeState::Immune});
    if (world.downCount > 0 || world.repairCount > 0 || scenario.config.crashedFraction > 0.0
        || scripted(gossip::Intervention::Kind::Crash)) {
        states.push_back(NodeState::Down);
        // Direct mail has no repair: a node that comes back is simply up again.
        if (scenario.config.protocol != gossip::Protocol::DirectMail || world.repairCount > 0)
            states.push_back(NodeState::Repairing);
    }
    if (world.byzantineCount > 0 || scripted(gossip::Intervention::Kind::Byzantine))
        states.push_back(NodeState::Byzantine);
    return states;
}

std::vector<gossip::Outcome> outcomesShown(const SimulationController &controller)
{
    // Only outcomes this run can show, so a fault-free lesson is not cluttered with faults.
    const gossip::World &world = controller.world();
    const gossip::Config &config = controller.simulation().config();
    const auto &measures = controller.measures();
    const auto happened = [&](gossip::Outcome outcome) {
        const auto round = std::size_t(controller.round());
        return round < measures.size() && measures[round].messages(outcome) > 0;
    };
    std::vector<gossip::Outcome> outcomes{gossip::Outcome::New, gossip::Outcome::Redundant};
    if (config.loss > 0.0 || happened(gossip::Outcome::Lost))
        outcomes.push_back(gossip::Outcome::Lost);
    if (world.downCount > 0 || world.repairCount > 0 || config.crashedFraction > 0.0
        || happened(gossip::Outcome::Refused))
        outcomes.push_back(gossip::Outcome::Refused);
    if (world.partitioned || happened(gossip::Outcome::CutOff))
        outcomes.push_back(gossip::Outcome::CutOff);
    if (config.protocol == gossip::Protocol::DirectMail || happened(gossip::Outcome::Dropped))
        outcomes.push_back(gossip::Outcome::Dropped);
    return outcomes;
}
