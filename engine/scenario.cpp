// Building and checking scenarios.
#include "engine/scenario.h"

#include <algorithm>

namespace gossip {

Scenario Scenario::singleUpdate(const Config &config)
{
    Scenario scenario;
    scenario.config = config;
    scenario.interventions.push_back({0, Intervention::Kind::Write, {0}, 0});
    return scenario;
}

Scenario Scenario::storyExchange(Mode mode)
{
    constexpr NodeId a = 0;
    constexpr NodeId e = 4;
    constexpr KeyId t = 0, r = 1, s = 2, y = 3;
    Scenario scenario;
    scenario.config.protocol = Protocol::AntiEntropy;
    scenario.config.mode = mode;
    scenario.config.nodes = 5;
    scenario.config.keys = 4;
    scenario.config.partnerChoice = PartnerChoice::Scripted;
    scenario.config.maxRounds = 1;
    using Kind = Intervention::Kind;
    scenario.interventions = {
            {0, Kind::Write, {a, e}, t}, // one version of T, held by both
            {0, Kind::Write, {a}, r},
            {0, Kind::Write, {e}, s},
            {0, Kind::Write, {e}, y},
            {0, Kind::Contact, {a, e}, 0},
    };
    return scenario;
}

Scenario Scenario::ownRun(const Config &config) const
{
    Scenario own;
    own.config = config;
    bool written = false;
    for (const Intervention &intervention : interventions) {
        const bool setUp = intervention.round == 0
                && (intervention.kind == Intervention::Kind::Write || intervention.kind == Intervention::Kind::Contact);
        const bool fits = intervention.key < config.keys
                && std::all_of(intervention.nodes.begin(), intervention.nodes.end(),
                               [&](NodeId node) { return node < config.nodes; });
        if (!setUp || !fits)
            continue;
        written = written || intervention.kind == Intervention::Kind::Write;
        own.interventions.push_back(intervention);
    }
    if (!written)
        own.interventions.insert(own.interventions.begin(), {0, Intervention::Kind::Write, {0}, 0});
    return own;
}

void Scenario::add(const Intervention &intervention)
{
    const auto position = std::upper_bound(interventions.begin(), interventions.end(), intervention.round,
                                           [](Round round, const Intervention &other) { return round < other.round; });
    interventions.insert(position, intervention);
}

Round Scenario::lastInterventionRound() const
{
    return interventions.empty() ? 0 : interventions.back().round;
}

std::optional<ConfigProblem> validate(const Scenario &scenario)
{
    if (auto problem = validate(scenario.config))
        return problem;
    Round previous = 0;
    for (std::size_t i = 0; i < scenario.interventions.size(); ++i) {
        const Intervention &intervention = scenario.interventions[i];
        const std::string field = "interventions[" + std::to_string(i) + "]";
        if (intervention.round < 0 || intervention.round > scenario.config.maxRounds)
            return ConfigProblem{field, "round must be between 0 and the maximum number of rounds"};
        if (intervention.round < previous)
            return ConfigProblem{field, "interventions must be in round order"};
        previous = intervention.round;
        for (NodeId node : intervention.nodes) {
            if (node >= scenario.config.nodes)
                return ConfigProblem{field, "node " + std::to_string(node) + " does not exist"};
        }
        // A node named twice would be written, mailed or counted twice.
        std::vector<NodeId> nodes = intervention.nodes;
        std::sort(nodes.begin(), nodes.end());
        if (const auto twice = std::adjacent_find(nodes.begin(), nodes.end()); twice != nodes.end())
            return ConfigProblem{field, "names node " + std::to_string(*twice) + " twice"};
        if (intervention.key >= scenario.config.keys)
            return ConfigProblem{field, "key " + std::to_string(intervention.key) + " does not exist"};
        const bool needsNodes = intervention.kind != Intervention::Kind::Heal;
        if (needsNodes && intervention.nodes.empty())
            return ConfigProblem{field, "names no node"};
        if (intervention.kind == Intervention::Kind::Contact
            && (intervention.nodes.size() != 2 || intervention.nodes[0] == intervention.nodes[1]))
            return ConfigProblem{field, "a contact names two different nodes"};
    }
    return std::nullopt;
}

} // namespace gossip
