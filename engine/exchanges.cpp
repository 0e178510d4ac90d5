// The round's shared machinery: the record of messages and the repair of recovered nodes.
#include "engine/exchanges.h"

#include <stdexcept>

namespace gossip {

namespace {

// Throws before anything is built for a scenario that cannot be simulated.
Scenario validated(Scenario scenario)
{
    if (auto problem = validate(scenario))
        throw std::invalid_argument(problem->field + " " + problem->message);
    return scenario;
}

} // namespace

Exchanges::Exchanges(Scenario scenario)
    : m_scenario(validated(std::move(scenario)))
    , m_network(networkFor(m_scenario.config))
    , m_choosers(m_scenario.config, m_network)
{
}

void Exchanges::beginRound()
{
    if (m_scenario.config.connectionLimit > 0)
        m_scratch.accepted.assign(m_world.nodes, 0);
}

bool Exchanges::openConversation(NodeId from, NodeId to)
{
    const int limit = m_scenario.config.connectionLimit;
    if (limit > 0) {
        if (m_scratch.accepted[to] >= std::uint32_t(limit)) {
            ++m_measures.busy;
            return false;
        }
        ++m_scratch.accepted[to];
    }
    countRoute(from, to);
    return true;
}

void Exchanges::countRoute(NodeId from, NodeId to)
{
    // A call between partition groups ends at the cut: it carries nothing across.
    countOnRoute(from, to, m_world.reachable(from, to) ? m_world.linkConversations : m_world.linkCutOff);
}

void Exchanges::countTransfer(NodeId from, NodeId to)
{
    countOnRoute(from, to, m_world.linkTransfers);
}

void Exchanges::countOnRoute(NodeId from, NodeId to, std::vector<std::uint64_t> &perLink)
{
    if (!m_network)
        return;
    std::uint64_t *counts = perLink.data();
    m_network->forEachLink(from, to, [counts](std::size_t link) { ++counts[link]; });
}

void Exchanges::record(NodeId from, NodeId to, Channel channel, Outcome outcome, const VersionId *versions,
                       std::uint32_t count)
{
    if (!m_scenario.config.recordMessages)
        return;
    const auto first = static_cast<std::uint32_t>(m_log.carried.size());
    m_log.carried.insert(m_log.carried.end(), versions, versions + count);
    m_log.messages.push_back({from, to, channel, outcome, first, count});
}

void Exchanges::runRepairs()
{
    if (m_world.repairCount == 0)
        return;
    // A recovered node first resolves its whole database with a live partner: one that
    // was up at the start of the round. Nodes repaired now are marked up only after the
    // round's exchanges, so they take part in the protocol from the next round and a node
    // repaired earlier in this round cannot serve as another's repair.
    withPartners([&](const auto &chooser) {
        for (NodeId node = 0; node < m_world.nodes; ++node) {
            if (m_world.health[node] != NodeHealth::NeedsRepair)
                continue;
            NodeId partner = 0;
            if (!choosePartner(node, partner, m_world.random, chooser))
                partner = chooser.pick(node, m_world.random);
            if (m_world.health[partner] == NodeHealth::NeedsRepair) {
                count(Channel::Repair, Outcome::Refused, 0, 0);
                record(node, partner, Channel::Repair, Outcome::Refused, nullptr, 0);
                continue;
            }
            countRoute(node, partner);
            if (reconcile(node, partner, Mode::PushPull, Channel::Repair))
                m_scratch.repaired.push_back(node);
        }
    });
}

void Exchanges::finishRepairs()
{
    for (NodeId node : m_scratch.repaired) {
        m_world.health[node] = NodeHealth::Up;
        --m_world.repairCount;
        noteChange();
    }
    m_scratch.repaired.clear();
}

} // namespace gossip
