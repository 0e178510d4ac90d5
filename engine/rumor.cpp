// Rumor mongering's round: hot nodes call partners, and lose interest by Demers' rules.
#include "engine/rumor.h"

#include "engine/exchanges.h"

namespace gossip {

bool RumorState::equals(const MechanismState &other) const
{
    const auto *rumor = dynamic_cast<const RumorState *>(&other);
    return rumor && rumor->heat == heat;
}

Rumor::Rumor(const Config &config)
    : m_config(config)
{
}

std::uint64_t Rumor::bytesPerSlot() const
{
    return 1 + sizeof(SenderTally) + sizeof(std::size_t);
}

std::unique_ptr<MechanismState> Rumor::initialState(std::size_t slots) const
{
    auto state = std::make_unique<RumorState>();
    state->heat.heat.assign(slots, 0);
    return state;
}

const std::vector<std::uint8_t> &Rumor::heat(const World &world)
{
    return world.mechanism.as<RumorState>().heat.heat;
}

Rumor::SenderTally &Rumor::tallyOf(std::size_t slot)
{
    SenderTally &tally = m_tally[slot];
    if (!tally.touched) {
        tally.touched = true;
        m_tallied.push_back(slot);
    }
    return tally;
}

void Rumor::runRound(Exchanges &exchanges)
{
    World &world = exchanges.world();
    // Allocated at the first round, so that making a run (and estimating it) costs nothing.
    if (m_tally.empty())
        m_tally.resize(world.holdings.size());
    // The loop reads these for every node; none of them moves during it.
    const std::uint8_t *const heat = world.mechanism.as<RumorState>().heat.heat.data();
    const NodeHealth *const health = world.health.data();
    const std::size_t keys = world.keys;
    const NodeId nodes = world.nodes;
    // Without an early exit: whether a node is hot is data the branch predictor cannot
    // guess, so one branch on the answer is cheaper than one per key.
    const auto hasHotRumor = [heat, keys](NodeId node) {
        const std::uint8_t *first = heat + std::size_t(node) * keys;
        std::uint8_t any = 0;
        for (std::size_t key = 0; key < keys; ++key)
            any |= first[key];
        return any != 0;
    };
    const Mode mode = m_config.mode;
    // Without a hot rumor nothing would flow, not even in pull: nobody calls.
    const NodeId callers = world.mechanism.as<RumorState>().heat.hot != 0 ? nodes : 0;
    const bool routed = exchanges.routed();
    const std::uint64_t &delivered = exchanges.measures().messagesByOutcome[std::size_t(Outcome::New)];
    exchanges.withPartners([&](const auto &chooser) {
        for (NodeId node = 0; node < callers; ++node) {
            if (health[node] != NodeHealth::Up)
                continue;
            const bool hot = hasHotRumor(node);
            // In push only the contagious call; in pull and push-pull everybody asks.
            if (mode == Mode::Push && !hot)
                continue;
            NodeId partner = 0;
            if (!exchanges.choosePartner(node, partner, world.random, chooser))
                continue;
            const auto answering = [&](NodeId to) {
                return mode != Mode::Push && health[to] == NodeHealth::Up && hasHotRumor(to);
            };
            bool answers = answering(partner);
            const bool pushes = mode != Mode::Pull && hot;
            if (!pushes && !answers)
                continue; // nothing would flow: a request that carries no update is not traffic
            if (routed) {
                // Over a network or under a connection limit the call is a conversation; a
                // refused caller may hunt for another partner.
                if (!exchanges.openHunting(node, partner, world.random, chooser))
                    continue;
                answers = answering(partner);
                if (!pushes && !answers)
                    continue;
            }
            const std::uint64_t before = delivered;
            const Outcome failure = exchanges.transmit(node, partner);
            if (failure != Outcome::New) {
                exchanges.count(Channel::Rumor, failure, 0, 0);
                exchanges.record(node, partner, Channel::Rumor, failure, nullptr, 0);
                if (pushes)
                    noteFailedPush(world.mechanism.as<RumorState>().heat, world, node);
                continue;
            }
            if (pushes)
                sendRumors(exchanges, node, partner, false);
            if (answers)
                sendRumors(exchanges, partner, node, true);
            if (routed && delivered != before)
                exchanges.countTransfer(node, partner);
        }
    });
    settleCounters(exchanges);
    if (m_config.backupEvery > 0 && world.round % m_config.backupEvery == 0)
        exchanges.antiEntropyRound(Mode::PushPull, Channel::AntiEntropy);

    // Rumors learned this round (by rumor, backup or repair) are spread from the next.
    SlotHeat &state = world.mechanism.as<RumorState>().heat;
    for (std::size_t slot : exchanges.scratch().learned)
        state.set(slot, 1);
    exchanges.scratch().learned.clear();
}

void Rumor::noteFailedPush(const SlotHeat &heat, const World &world, NodeId node)
{
    // Without an answer there is no feedback, but a blind sender counts the contact.
    if (m_config.interest != Interest::Blind)
        return;
    const std::size_t first = world.slot(node, 0);
    for (std::size_t slot = first; slot < first + world.keys; ++slot) {
        if (heat.heat[slot] != 0)
            ++tallyOf(slot).pushContacts;
    }
}

void Rumor::sendRumors(Exchanges &exchanges, NodeId from, NodeId to, bool pulled)
{
    const World &world = exchanges.world();
    const SlotHeat &heat = world.mechanism.as<RumorState>().heat;
    const std::size_t fromSlot = world.slot(from, 0);
    const std::size_t toSlot = world.slot(to, 0);
    const bool recording = exchanges.recording();
    std::vector<VersionId> &offer = exchanges.scratch().offer;
    if (recording)
        offer.clear();
    std::uint32_t carried = 0;
    bool anyNeeded = false;
    for (KeyId key = 0; key < world.keys; ++key) {
        if (heat.heat[fromSlot + key] == 0)
            continue;
        const VersionId version = exchanges.startVersion(fromSlot + key);
        const bool needed = exchanges.startVersion(toSlot + key) < version;
        if (needed)
            exchanges.raise(toSlot + key, version);
        anyNeeded = anyNeeded || needed;
        ++carried;
        if (recording)
            offer.push_back(version);
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
    exchanges.count(Channel::Rumor, outcome, carried, std::uint64_t(carried) * std::uint64_t(m_config.itemBytes));
    if (recording)
        exchanges.record(from, to, Channel::Rumor, outcome, offer.data(), carried);
}

void Rumor::settleCounters(Exchanges &exchanges)
{
    World &world = exchanges.world();
    SlotHeat &heat = world.mechanism.as<RumorState>().heat;
    const bool feedback = m_config.interest == Interest::Feedback;
    for (std::size_t slot : m_tallied) {
        const SenderTally tally = m_tally[slot];
        m_tally[slot] = SenderTally{};
        if (heat.heat[slot] == 0)
            continue;
        // Demers' rule for pull: however many pulled in one round, a sender resets if any
        // needed the update and counts one if none did.
        int events = 0;
        if (feedback)
            events = tally.needed ? 0 : tally.pushNeedless + (tally.pulled ? 1 : 0);
        else
            events = tally.pushContacts + (tally.pulled ? 1 : 0);
        if (m_config.stopping == Stopping::Counter) {
            int counter = heat.heat[slot] - 1;
            counter = feedback && tally.needed ? 0 : counter + events;
            heat.set(slot, counter >= m_config.k ? 0 : std::uint8_t(counter + 1));
        } else {
            for (int event = 0; event < events; ++event) {
                if (world.random.chance(1.0 / m_config.k)) {
                    heat.set(slot, 0);
                    break;
                }
            }
        }
    }
    m_tallied.clear();
}

void Rumor::written(World &world, NodeId, std::size_t slot, VersionId) const
{
    world.mechanism.as<RumorState>().heat.set(slot, 1);
}

bool Rumor::spreading(const World &world, std::size_t slot) const
{
    return world.mechanism.as<RumorState>().heat.heat[slot] != 0;
}

std::uint64_t Rumor::spreadingHolders(const World &world, KeyId key, std::uint64_t) const
{
    return world.mechanism.as<RumorState>().heat.hotHolders(world, key);
}

bool Rumor::idle(const World &world) const
{
    // No hot rumor anywhere and no backup anti-entropy: nobody has anything to say.
    return world.mechanism.as<RumorState>().heat.hot == 0 && m_config.backupEvery == 0;
}

bool Rumor::quiet(const World &world) const
{
    const SlotHeat &heat = world.mechanism.as<RumorState>().heat;
    if (heat.hot != 0 && world.downCount == 0)
        return false;
    // A hot rumor on an up node is still to be spread; with anti-entropy behind the
    // rumors, so is every newest version an up node lacks.
    const bool needsCoverage = m_config.backupEvery > 0;
    for (NodeId node = 0; node < world.nodes; ++node) {
        if (world.health[node] == NodeHealth::Down)
            continue;
        for (KeyId key = 0; key < world.keys; ++key) {
            const std::size_t slot = world.slot(node, key);
            if (heat.heat[slot] != 0)
                return false;
            if (needsCoverage && world.holdings[slot].version < world.newest[key])
                return false;
        }
    }
    return true;
}

} // namespace gossip
