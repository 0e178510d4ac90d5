// The simulation's life cycle: set-up, rounds, interventions, measures and snapshots.
#include "engine/simulation.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace gossip {

namespace {

// Calls visit(node, key) for every real (not forged) version a Byzantine node holds, in
// node and key order, while visit returns true.
template<typename Visit>
void forEachForgeable(const World &world, Visit &&visit)
{
    if (world.byzantineCount == 0)
        return;
    for (NodeId node = 0; node < world.nodes; ++node) {
        if (!world.byzantine[node])
            continue;
        for (KeyId key = 0; key < world.keys; ++key) {
            const VersionId held = world.holdings[world.slot(node, key)].version;
            if (held != noVersion && !world.versions[held].forged && !visit(node, key))
                return;
        }
    }
}

} // namespace

Simulation::Simulation(Scenario scenario)
    : Exchanges(std::move(scenario))
    , m_mechanism(makeMechanism(m_scenario.config))
{
    const Config &config = m_scenario.config;
    const std::size_t slotCount = std::size_t(config.nodes) * config.keys;
    m_world.nodes = config.nodes;
    m_world.keys = config.keys;
    m_world.holdings.assign(slotCount, Slot{});
    m_world.mechanism = MechanismStateHolder(m_mechanism->initialState(slotCount));
    m_world.health.assign(config.nodes, NodeHealth::Up);
    m_world.byzantine.assign(config.nodes, 0);
    m_world.group.assign(config.nodes, 0);
    m_world.versions.assign(1, VersionInfo{});
    m_world.newest.assign(config.keys, noVersion);
    m_world.lacking.assign(config.keys, 0);
    m_world.random.reseed(config.seed);
    if (m_network) {
        m_world.linkConversations.assign(m_network->linkCount(), 0);
        m_world.linkTransfers.assign(m_network->linkCount(), 0);
        m_world.linkCutOff.assign(m_network->linkCount(), 0);
    }
    m_scratch.collectLearned = m_mechanism->collectsLearned();

    syncScratch();
    applyInterventions(0);
    crashInitialNodes();
    measure();
    updateFinished();
}

void Simulation::crashInitialNodes()
{
    const Config &config = m_scenario.config;
    auto toCrash = static_cast<std::uint32_t>(std::floor(config.crashedFraction * config.nodes));
    // Nodes that hold an update at round 0 are the story's seeds and stay up.
    std::uint32_t candidates = 0;
    for (NodeId node = 0; node < config.nodes; ++node)
        candidates += heldCount(node) == 0 && m_world.isUp(node);
    toCrash = std::min(toCrash, candidates);
    while (toCrash > 0) {
        const NodeId node = m_world.random.below(config.nodes);
        if (!m_world.isUp(node) || heldCount(node) != 0)
            continue;
        m_world.health[node] = NodeHealth::Down;
        ++m_world.downCount;
        --toCrash;
    }
}

void Simulation::syncScratch()
{
    m_scratch.learned.clear();
    m_scratch.scripted.assign(m_world.nodes, 0);
    for (const auto &[from, to] : m_world.scriptedContacts)
        m_scratch.scripted[from] = 1;
}

const RoundMeasures &Simulation::step()
{
    if (m_world.finished)
        return m_measures;
    const bool idle = isIdle();
    ++m_world.round;
    if (m_scenario.config.recordMessages)
        m_log.clear(m_world.round);
    if (idle) {
        // Nothing to spread, repair or forge: the round passes as it would, without a
        // message, in constant time, so a script's far intervention comes at once.
        m_measures.round = m_world.round;
        m_measures.messagesByChannel = {};
        m_measures.messagesByOutcome = {};
        m_measures.items = m_measures.bytes = 0;
        m_measures.busy = 0;
        if (applyInterventions(m_world.round))
            measure();
        updateFinished();
        return m_measures;
    }
    m_measures = RoundMeasures{};
    m_measures.round = m_world.round;

    beginRound();
    runRepairs();
    m_mechanism->runRound(*this);
    finishRepairs();
    m_scratch.learned.clear();
    for (const auto &[from, to] : m_world.scriptedContacts)
        m_scratch.scripted[from] = 0;
    m_world.scriptedContacts.clear();

    m_world.messages += m_measures.messages();
    m_world.lost += m_measures.messages(Outcome::Lost);
    m_world.dropped += m_measures.messages(Outcome::Dropped);
    m_world.items = saturatingAdd(m_world.items, m_measures.items);
    m_world.bytes = saturatingAdd(m_world.bytes, m_measures.bytes);
    m_world.busy += m_measures.busy;

    forgeByzantineVersions();
    applyInterventions(m_world.round);
    measure();
    updateFinished();
    return m_measures;
}

void Simulation::run()
{
    while (!m_world.finished)
        step();
}

bool Simulation::applyInterventions(Round round)
{
    const auto &interventions = m_scenario.interventions;
    bool applied = false;
    while (m_nextIntervention < interventions.size() && interventions[m_nextIntervention].round == round) {
        apply(interventions[m_nextIntervention++]);
        applied = true;
    }
    return applied;
}

bool Simulation::isIdle() const
{
    if (m_world.repairCount != 0 || !m_world.scriptedContacts.empty() || !m_mechanism->idle(m_world))
        return false;
    // A forger holding a real version forges it next round.
    bool forgeable = false;
    forEachForgeable(m_world, [&forgeable](NodeId, KeyId) {
        forgeable = true;
        return false;
    });
    return !forgeable;
}

void Simulation::intervene(Intervention intervention)
{
    intervention.round = m_world.round;
    Scenario candidate = m_scenario;
    candidate.interventions.insert(candidate.interventions.begin() + std::ptrdiff_t(m_nextIntervention),
                                   intervention);
    if (auto problem = validate(candidate))
        throw std::invalid_argument(problem->field + " " + problem->message);
    m_scenario = std::move(candidate);
    apply(m_scenario.interventions[m_nextIntervention++]);
    measure();
    m_world.finished = false;
    updateFinished();
}

void Simulation::apply(const Intervention &intervention)
{
    using Kind = Intervention::Kind;
    noteChange();
    switch (intervention.kind) {
    case Kind::Write:
        write(intervention.nodes, intervention.key, false);
        break;
    case Kind::Crash:
        for (NodeId node : intervention.nodes) {
            if (m_world.health[node] == NodeHealth::Down)
                continue;
            m_world.repairCount -= m_world.health[node] == NodeHealth::NeedsRepair;
            m_world.health[node] = NodeHealth::Down;
            ++m_world.downCount;
        }
        break;
    case Kind::Recover:
        for (NodeId node : intervention.nodes) {
            if (m_world.health[node] != NodeHealth::Down)
                continue;
            --m_world.downCount;
            // Nodes that spread updates must be repaired before they do so again; under
            // direct mail only writers send, so a recovered node simply takes mail again.
            if (!m_mechanism->repairsRecovered()) {
                m_world.health[node] = NodeHealth::Up;
            } else {
                m_world.health[node] = NodeHealth::NeedsRepair;
                ++m_world.repairCount;
            }
        }
        break;
    case Kind::Byzantine:
        for (NodeId node : intervention.nodes) {
            m_world.byzantineCount += m_world.byzantine[node] == 0;
            m_world.byzantine[node] = 1;
        }
        forgeByzantineVersions();
        break;
    case Kind::Partition:
        std::fill(m_world.group.begin(), m_world.group.end(), 0);
        for (NodeId node : intervention.nodes)
            m_world.group[node] = 1;
        m_world.partitioned = true;
        break;
    case Kind::Heal:
        std::fill(m_world.group.begin(), m_world.group.end(), 0);
        m_world.partitioned = false;
        break;
    case Kind::Contact:
        m_world.scriptedContacts.emplace_back(intervention.nodes[0], intervention.nodes[1]);
        m_scratch.scripted[intervention.nodes[0]] = 1;
        break;
    }
}

void Simulation::write(const std::vector<NodeId> &nodes, KeyId key, bool forged)
{
    const auto version = static_cast<VersionId>(m_world.versions.size());
    m_world.rewritten = m_world.rewritten || m_world.newest[key] != noVersion;
    m_world.versions.push_back({key, nodes.front(), m_world.round, forged});
    m_world.newest[key] = version;
    for (NodeId node : nodes) {
        const std::size_t slot = m_world.slot(node, key);
        hold(slot, version);
        // The writer spreads it, each mechanism its own way.
        m_mechanism->written(m_world, node, slot, version);
    }
    std::uint64_t lacking = 0;
    for (std::size_t slot = key; slot < m_world.holdings.size(); slot += m_world.keys)
        lacking += m_world.holdings[slot].version < version;
    m_world.lacking[key] = lacking;
}

void Simulation::forgeByzantineVersions()
{
    forEachForgeable(m_world, [this](NodeId node, KeyId key) {
        write({node}, key, true);
        return true;
    });
}


std::uint32_t Simulation::heldCount(NodeId node) const
{
    std::uint32_t count = 0;
    const std::size_t first = m_world.slot(node, 0);
    for (std::size_t slot = first; slot < first + m_world.keys; ++slot)
        count += m_world.holdings[slot].version != noVersion;
    return count;
}

bool Simulation::spreading(NodeId node, KeyId key) const
{
    const std::size_t slot = m_world.slot(node, key);
    if (m_world.holdings[slot].version == noVersion)
        return false;
    return m_mechanism->spreading(m_world, slot);
}


SlotState Simulation::slotState(NodeId node, KeyId key) const
{
    switch (m_world.health[node]) {
    case NodeHealth::Down:
        return SlotState::Down;
    case NodeHealth::NeedsRepair:
        return SlotState::Repairing;
    case NodeHealth::Up:
        break;
    }
    const VersionId held = version(node, key);
    if (held == noVersion)
        return SlotState::Healthy;
    if (held != m_world.newest[key])
        return SlotState::Outdated;
    return spreading(node, key) ? SlotState::Contagious : SlotState::Immune;
}

SlotState Simulation::personState(NodeId node) const
{
    if (!m_world.isUp(node))
        return slotState(node, 0);
    bool lacks = false;
    bool holdsOld = false;
    bool anyWritten = false;
    for (KeyId key = 0; key < m_world.keys; ++key) {
        if (m_world.newest[key] == noVersion)
            continue;
        anyWritten = true;
        switch (slotState(node, key)) {
        case SlotState::Contagious:
            return SlotState::Contagious;
        case SlotState::Outdated:
            holdsOld = true;
            break;
        case SlotState::Healthy:
            lacks = true;
            break;
        case SlotState::Immune:
        case SlotState::Down:
        case SlotState::Repairing:
            break;
        }
    }
    if (holdsOld)
        return SlotState::Outdated;
    return lacks || !anyWritten ? SlotState::Healthy : SlotState::Immune;
}

void Simulation::measure()
{
    m_measures.round = m_world.round;
    m_measures.susceptible = m_measures.infective = m_measures.removed = 0;
    for (KeyId key = 0; key < m_world.keys; ++key) {
        if (m_world.newest[key] == noVersion)
            continue;
        const std::uint64_t susceptible = m_world.lacking[key];
        const std::uint64_t holders = m_world.nodes - susceptible;
        const std::uint64_t hot = m_mechanism->spreadingHolders(m_world, key, holders);
        m_measures.susceptible += susceptible;
        m_measures.infective += hot;
        m_measures.removed += holders - hot;
    }
    m_measures.down = m_world.downCount;
    measureStates();
}

void Simulation::measureStates()
{
    auto &states = m_measures.byState;
    const auto at = [&states](SlotState state) -> std::uint64_t & { return states[std::size_t(state)]; };
    states = {};
    const std::uint32_t absent = m_world.downCount + m_world.repairCount;
    if (m_measures.slotCount() == 0) {
        at(SlotState::Healthy) = m_world.nodes - absent;
        at(SlotState::Down) = m_world.downCount;
        at(SlotState::Repairing) = m_world.repairCount;
        return;
    }
    at(SlotState::Healthy) = m_measures.susceptible;
    at(SlotState::Contagious) = m_measures.infective;
    at(SlotState::Immune) = m_measures.removed;
    // Old versions exist only once a key was written again, and absent nodes only after a
    // crash: without either the counts are the engine's own, at no cost per round.
    if (!m_world.rewritten && absent == 0)
        return;
    for (NodeId node = 0; node < m_world.nodes; ++node) {
        const bool up = m_world.isUp(node);
        if (up && !m_world.rewritten)
            continue;
        for (KeyId key = 0; key < m_world.keys; ++key) {
            const VersionId newest = m_world.newest[key];
            if (newest == noVersion)
                continue;
            const SlotState state = slotState(node, key);
            if (state == SlotState::Healthy || state == SlotState::Contagious || state == SlotState::Immune)
                continue;
            // Where the engine counted this slot: without the newest version it is
            // susceptible, with it infective or removed.
            const VersionId held = version(node, key);
            SlotState counted = SlotState::Healthy;
            if (held == newest)
                counted = spreading(node, key) ? SlotState::Contagious : SlotState::Immune;
            --at(counted);
            ++at(state);
        }
    }
}

bool Simulation::quiet() const
{
    return m_world.repairCount == 0 && m_mechanism->quiet(m_world);
}

void Simulation::updateFinished()
{
    if (m_world.finished)
        return;
    const bool scriptDone = m_world.round >= m_scenario.lastInterventionRound();
    if ((scriptDone && quiet()) || m_world.round >= m_scenario.config.maxRounds) {
        m_world.finished = true;
        m_world.finishedRound = m_world.round;
    }
}

RunSummary Simulation::summary() const
{
    RunSummary summary;
    summary.residue = m_measures.susceptibleFraction();
    summary.traffic = double(m_world.messages) / double(m_world.nodes);
    summary.rounds = m_world.round;
    summary.converged = m_world.finished && quiet();
    summary.messages = m_world.messages;
    summary.lost = m_world.lost;
    summary.dropped = m_world.dropped;
    summary.unknown = m_world.unknown;
    summary.cached = m_mechanism->waiting(m_world);
    summary.items = m_world.items;
    summary.bytes = m_world.bytes;
    summary.busy = m_world.busy;
    if (m_network) {
        // Compare traffic per round of the run; update traffic over the whole run.
        const double rounds = std::max(1.0, double(m_world.round));
        for (std::size_t link = 0; link < m_world.linkConversations.size(); ++link) {
            summary.linkCompareTraffic.push_back(double(m_world.linkConversations[link]) / rounds);
            summary.linkUpdateTraffic.push_back(double(m_world.linkTransfers[link]));
        }
    }

    double total = 0.0;
    std::uint64_t receivers = 0;
    Round last = 0;
    for (KeyId key = 0; key < m_world.keys; ++key) {
        const VersionId newest = m_world.newest[key];
        if (newest == noVersion)
            continue;
        const Round written = m_world.versions[newest].written;
        for (std::size_t slot = key; slot < m_world.holdings.size(); slot += m_world.keys) {
            if (m_world.holdings[slot].version != newest)
                continue;
            const Round delay = m_world.holdings[slot].received - written;
            total += delay;
            last = std::max(last, delay);
            ++receivers;
        }
    }
    summary.tAverage = receivers ? total / double(receivers) : 0.0;
    summary.tLast = last;
    return summary;
}

void Simulation::restore(const World &world)
{
    if (world.nodes != m_world.nodes || world.keys != m_world.keys)
        throw std::invalid_argument("snapshot of another simulation");
    m_world = world;
    m_measures = RoundMeasures{};
    const auto &interventions = m_scenario.interventions;
    m_nextIntervention = std::size_t(
            std::upper_bound(interventions.begin(), interventions.end(), m_world.round,
                             [](Round round, const Intervention &other) { return round < other.round; })
            - interventions.begin());
    m_log.clear(m_world.round);
    syncScratch();
    forgetSettled();
    measure();
}

} // namespace gossip
