// Rumor mongering: nodes with a hot rumor spread it to random partners until they lose interest.
#include "engine/simulation.h"
#include "engine/simulation_inline.h"

namespace gossip {

bool Simulation::hasHotRumor(NodeId node) const
{
    const std::size_t first = m_world.slot(node, 0);
    for (std::size_t slot = first; slot < first + m_world.keys; ++slot) {
        if (m_world.heat[slot] != 0)
            return true;
    }
    return false;
}

Simulation::SenderTally &Simulation::tallyOf(std::size_t slot)
{
    SenderTally &tally = m_tally[slot];
    if (!tally.touched) {
        tally.touched = true;
        m_tallied.push_back(slot);
    }
    return tally;
}

void Simulation::runRumor()
{
    const Config &config = m_scenario.config;
    const Mode mode = config.mode;
    for (NodeId node = 0; node < m_world.nodes; ++node) {
        if (!m_world.isUp(node))
            continue;
        const bool hot = hasHotRumor(node);
        // In push only the contagious call; in pull and push-pull everybody asks.
        if (mode == Mode::Push && !hot)
            continue;
        NodeId partner = 0;
        if (!choosePartner(node, partner))
            continue;
        const bool answers = mode != Mode::Push && m_world.isUp(partner) && hasHotRumor(partner);
        const bool pushes = mode != Mode::Pull && hot;
        if (!pushes && !answers)
            continue; // nothing would flow: a request that carries no update is not traffic
        const Outcome failure = transmit(node, partner);
        if (failure != Outcome::New) {
            count(Channel::Rumor, failure, 0, 0);
            record(node, partner, Channel::Rumor, failure, nullptr, 0);
            if (pushes)
                noteFailedPush(node);
            continue;
        }
        if (pushes)
            sendRumors(node, partner, false);
        if (answers)
            sendRumors(partner, node, true);
    }
    settleRumorCounters();
    if (config.backupEvery > 0 && m_world.round % config.backupEvery == 0)
        runAntiEntropy(Mode::PushPull, Channel::AntiEntropy);
}

void Simulation::noteFailedPush(NodeId node)
{
    // Without an answer there is no feedback, but a blind sender counts the contact.
    if (m_scenario.config.interest != Interest::Blind)
        return;
    const std::size_t first = m_world.slot(node, 0);
    for (std::size_t slot = first; slot < first + m_world.keys; ++slot) {
        if (m_world.heat[slot] != 0)
            ++tallyOf(slot).pushContacts;
    }
}

void Simulation::sendRumors(NodeId from, NodeId to, bool pulled)
{
    const std::size_t fromSlot = m_world.slot(from, 0);
    const std::size_t toSlot = m_world.slot(to, 0);
    const bool recording = m_scenario.config.recordMessages;
    if (recording)
        m_offer.clear();
    std::uint32_t carried = 0;
    bool anyNeeded = false;
    for (KeyId key = 0; key < m_world.keys; ++key) {
        if (m_world.heat[fromSlot + key] == 0)
            continue;
        const VersionId version = startVersion(fromSlot + key);
        const bool needed = startVersion(toSlot + key) < version;
        if (needed)
            raise(toSlot + key, version);
        anyNeeded = anyNeeded || needed;
        ++carried;
        if (recording)
            m_offer.push_back(version);
        SenderTally &tally = tallyOf(fromSlot + key);
        tally.needed = tally.needed || needed;
        if (pulled) {
            tally.pulled = true;
        } else {
            ++tally.pushContacts;
            tally.pushNeedless += !needed;
        }
    }
    const Outcome outcome = anyNeeded ? Outcome::New : Outcome::Redundant;
    count(Channel::Rumor, outcome, carried, std::uint64_t(carried) * std::uint64_t(m_scenario.config.itemBytes));
    if (recording)
        record(from, to, Channel::Rumor, outcome, m_offer.data(), carried);
}

void Simulation::settleRumorCounters()
{
    const Config &config = m_scenario.config;
    const bool feedback = config.interest == Interest::Feedback;
    for (std::size_t slot : m_tallied) {
        const SenderTally tally = m_tally[slot];
        m_tally[slot] = SenderTally{};
        if (m_world.heat[slot] == 0)
            continue;
        // Demers' rule for pull: however many pulled in one round, a sender resets if any
        // needed the update and counts one if none did.
        int events = 0;
        if (feedback)
            events = tally.needed ? 0 : tally.pushNeedless + (tally.pulled ? 1 : 0);
        else
            events = tally.pushContacts + (tally.pulled ? 1 : 0);
        if (config.stopping == Stopping::Counter) {
            int counter = m_world.heat[slot] - 1;
            counter = feedback && tally.needed ? 0 : counter + events;
            setHeat(slot, counter >= config.k ? 0 : std::uint8_t(counter + 1));
        } else {
            for (int event = 0; event < events; ++event) {
                if (m_world.random.chance(1.0 / config.k)) {
                    setHeat(slot, 0);
                    break;
                }
            }
        }
    }
    m_tallied.clear();
}

} // namespace gossip
