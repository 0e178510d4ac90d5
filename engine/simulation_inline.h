// The hot helpers of a round, inline because every contact calls them.
#pragma once

#include "engine/simulation.h"

#include <algorithm>

namespace gossip {

inline NodeId Simulation::pickPartner(NodeId node, Random &random) const
{
    const std::uint32_t n = m_world.nodes;
    if (m_scenario.config.partnerChoice != PartnerChoice::Spatial) {
        const NodeId other = random.below(n - 1);
        return other >= node ? other + 1 : other;
    }
    return pickSpatialPartner(node, random);
}

inline bool Simulation::choosePartner(NodeId node, NodeId &partner, Random &random) const
{
    if (m_scripted[node]) {
        for (const auto &[from, to] : m_world.scriptedContacts) {
            if (from == node) {
                partner = to;
                return true;
            }
        }
    }
    if (m_scenario.config.partnerChoice == PartnerChoice::Scripted)
        return false;
    partner = pickPartner(node, random);
    return true;
}

inline Outcome Simulation::transmit(NodeId from, NodeId to, Random &random) const
{
    if (!m_world.reachable(from, to))
        return Outcome::CutOff;
    if (m_world.health[to] == NodeHealth::Down)
        return Outcome::Refused;
    const double loss = m_scenario.config.loss;
    if (loss > 0.0 && random.chance(loss))
        return Outcome::Lost;
    return Outcome::New;
}

inline void Simulation::hold(std::size_t index, VersionId version)
{
    Slot &slot = m_world.holdings[index];
    if (slot.received != m_world.round) {
        slot.before = slot.version;
        slot.received = m_world.round;
    }
    slot.version = version;
    const KeyId key = m_world.keys == 1 ? 0 : KeyId(index % m_world.keys);
    m_world.lacking[key] -= version == m_world.newest[key];
}

inline void Simulation::setHeat(std::size_t slot, std::uint8_t heat)
{
    std::uint8_t &current = m_world.heat[slot];
    m_world.hotCount += (heat != 0) - (current != 0);
    current = heat;
}

inline bool Simulation::raise(std::size_t slot, VersionId version)
{
    if (version <= m_world.holdings[slot].version)
        return false;
    hold(slot, version);
    if (m_scenario.config.protocol == Protocol::Rumor)
        m_infected.push_back(slot);
    return true;
}

} // namespace gossip

namespace gossip {

inline NodeId Simulation::pickPartner(NodeId node)
{
    return pickPartner(node, m_world.random);
}

inline bool Simulation::choosePartner(NodeId node, NodeId &partner)
{
    return choosePartner(node, partner, m_world.random);
}

inline Outcome Simulation::transmit(NodeId from, NodeId to)
{
    return transmit(from, to, m_world.random);
}

} // namespace gossip
