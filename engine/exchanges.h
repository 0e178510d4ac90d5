// What every mechanism does in a round: pick partners, send messages, deliver versions, count.
#pragma once

#include "engine/config.h"
#include "engine/measures.h"
#include "engine/message.h"
#include "engine/network.h"
#include "engine/partnerchoices.h"
#include "engine/saturating.h"
#include "engine/scenario.h"
#include "engine/world.h"

#include <array>
#include <cstdint>
#include <memory>
#include <vector>

namespace gossip {

// What one anti-entropy message of a settled partition group carries (see Settled).
struct SettledMessage
{
    std::uint64_t items = 0;
    std::uint64_t bytes = 0;
    std::vector<VersionId> offer; // filled when messages are recorded
};

// Whether anti-entropy can change nothing: every up node of each partition group holds
// exactly what the others of its group hold, nobody waits for repair and no forger has a
// real version to forge. Then every exchange is redundant and costs the same, so it is
// counted without comparing databases; the random draws (partners, losses) are those of
// the long way, so the run is the same. It is worked out again only after a round in
// which nothing changed, and holds until something changes.
struct Settled
{
    Round lastChange = 0;      // the last round in which a holding, health or group changed
    Round checkedAt = -1;      // the round `settled` was worked out at
    bool settled = false;
    Round messagesAt = -1;     // the round `messages` were worked out for
    std::array<SettledMessage, 2> messages; // per partition group
};

// The scratch of the round being run: not part of the state, reused from round to round.
struct RoundScratch
{
    bool collectLearned = false;        // fill `learned` (rumor mongering)
    std::vector<std::size_t> learned;   // slots that learned something this round
    std::vector<NodeId> repaired;       // nodes repaired this round, up from the next
    std::vector<std::uint8_t> scripted; // per node: has a scripted contact this round
    std::vector<VersionId> offer;       // versions carried by the message being built
    Settled settled;                    // anti-entropy's short way, while nothing can change
    std::vector<std::uint32_t> accepted; // per node: conversations accepted this round (connection limit)
};

// The state of a run and the shared machinery of its rounds, handed to the mechanism that
// runs a round (Simulation builds on it). Its methods follow Demers' synchronous
// semantics: what a contact reads is the state at the start of the round (startVersion()),
// what it delivers counts from the next. The hot ones are inline and reach the state
// directly, so a mechanism's loop costs what a hand-written one would.
class Exchanges
{
public:
    // Throws std::invalid_argument naming the problem when validate(scenario) fails.
    explicit Exchanges(Scenario scenario);
    Exchanges(const Exchanges &) = delete;
    Exchanges &operator=(const Exchanges &) = delete;

    const Config &config() const { return m_scenario.config; }
    World &world() { return m_world; }
    const World &world() const { return m_world; }
    RoundMeasures &measures() { return m_measures; }
    RoundScratch &scratch() { return m_scratch; }
    bool recording() const { return m_scenario.config.recordMessages; }

    // Calls `visit(chooser)` with the run's partner chooser (see withPartners()).
    template<typename Visit>
    decltype(auto) withPartners(Visit &&visit) const
    {
        return gossip::withPartners(m_scenario.config, m_choosers, std::forward<Visit>(visit));
    }
    // The partner of `node` this round: its scripted contact if it has one, else one the
    // chooser picks; false when it contacts nobody. `random` may be a local copy of the
    // world's generator, kept in registers by a hot loop.
    template<typename Chooser>
    bool choosePartner(NodeId node, NodeId &partner, Random &random, const Chooser &chooser) const
    {
        if (!m_world.scriptedContacts.empty() && m_scratch.scripted[node]) {
            for (const auto &[from, to] : m_world.scriptedContacts) {
                if (from == node) {
                    partner = to;
                    return true;
                }
            }
        }
        if constexpr (!Chooser::picksPartners)
            return false;
        partner = chooser.pick(node, random);
        return true;
    }

    // Whether conversations go over a network's links or meet a connection limit: then
    // every one passes through openConversation(), and the mechanisms take their general
    // loops (on the complete network without a limit their fast ones are untouched).
    bool routed() const { return m_network != nullptr || m_scenario.config.connectionLimit > 0; }
    const Network *network() const { return m_network.get(); }
    // Starts the round's bookkeeping of conversations (the connection limit's counts).
    void beginRound();
    // A conversation `from` starts with `to`. False when `to` has accepted
    // Config::connectionLimit conversations it did not start this round: it refuses, and
    // the refusal is counted (RoundMeasures::busy). Otherwise the conversation is counted on
    // every link of its route (compare traffic).
    bool openConversation(NodeId from, NodeId to);
    // A message that is no conversation a limit applies to (direct mail): counted on
    // every link of its route; between partition groups, as cut off there instead.
    void countRoute(NodeId from, NodeId to);
    // A conversation that passed at least one new version (either way, or both: one
    // transfer) is counted on every link of its route (update traffic).
    void countTransfer(NodeId from, NodeId to);
    // openConversation() with hunting: when `partner` refuses, `node` tries another the
    // chooser picks, up to Config::huntLimit times; false when every one refused.
    template<typename Chooser>
    bool openHunting(NodeId node, NodeId &partner, Random &random, const Chooser &chooser)
    {
        for (int hunts = m_scenario.config.huntLimit;; --hunts) {
            if (openConversation(node, partner))
                return true;
            if constexpr (!Chooser::picksPartners)
                return false;
            if (hunts == 0)
                return false;
            partner = chooser.pick(node, random);
        }
    }

    // Sends one message: the failure it meets, or Outcome::New when it is delivered.
    Outcome transmit(NodeId from, NodeId to, Random &random) const
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
    Outcome transmit(NodeId from, NodeId to) { return transmit(from, to, m_world.random); }

    // The version `slot` held at the start of the round being run.
    VersionId startVersion(std::size_t slot) const { return m_world.holdings[slot].at(m_world.round); }
    // Gives `slot` the version if it is newer than what it holds; returns whether it was.
    bool raise(std::size_t slot, VersionId version)
    {
        if (version <= m_world.holdings[slot].version)
            return false;
        hold(slot, version);
        if (m_scratch.collectLearned)
            m_scratch.learned.push_back(slot);
        return true;
    }
    // Gives `slot` a newer version, keeping the state at the start of the round.
    void hold(std::size_t index, VersionId version)
    {
        m_scratch.settled.lastChange = m_world.round;
        Slot &slot = m_world.holdings[index];
        if (slot.received != m_world.round) {
            slot.before = slot.version;
            slot.received = m_world.round;
        }
        slot.version = version;
        const KeyId key = m_world.keys == 1 ? 0 : KeyId(index % m_world.keys);
        m_world.lacking[key] -= version == m_world.newest[key];
    }

    // Counts one message. Items and bytes saturate (saturatedCount) rather than wrap.
    void count(Channel channel, Outcome outcome, std::uint64_t items, std::uint64_t bytes)
    {
        ++m_measures.messagesByChannel[std::size_t(channel)];
        ++m_measures.messagesByOutcome[std::size_t(outcome)];
        m_measures.items = saturatingAdd(m_measures.items, items);
        m_measures.bytes = saturatingAdd(m_measures.bytes, bytes);
    }
    void record(NodeId from, NodeId to, Channel channel, Outcome outcome, const VersionId *versions, std::uint32_t count);

    // Anti-entropy, the exchange several mechanisms share: every up node resolves its
    // database with a partner's by `mode`.
    void antiEntropyRound(Mode mode, Channel channel);
    // One anti-entropy contact; returns false when the message did not get through.
    bool reconcile(NodeId initiator, NodeId partner, Mode mode, Channel channel);
    // Recovered nodes resolve their whole database with a live partner (before the round's
    // exchanges); finishRepairs() marks them up after the exchanges.
    void runRepairs();
    void finishRepairs();
    // Something other than a holding changed (health, groups): the short way of
    // anti-entropy is worked out again. After a restored snapshot, forgetSettled() forgets all of it.
    void noteChange() { m_scratch.settled.lastChange = m_world.round; }
    void forgetSettled()
    {
        m_scratch.settled = Settled{};
        m_scratch.settled.lastChange = m_world.round;
    }

protected:
    Scenario m_scenario;
    std::shared_ptr<const Network> m_network; // none on the complete network
    PartnerChoosers m_choosers;
    World m_world;
    RoundMeasures m_measures;
    RoundLog m_log;
    RoundScratch m_scratch;

private:
    static constexpr NodeId contactBlock = 64;
    // Adds one to `perLink` for every link on the route between `from` and `to`.
    void countOnRoute(NodeId from, NodeId to, std::vector<std::uint64_t> &perLink);
    template<typename Chooser>
    void antiEntropyRound(Mode mode, Channel channel, const Chooser &chooser);
    // Anti-entropy over a network or with a connection limit: each contact opened as a
    // conversation, with hunting, in an order that starts at a random node each round.
    template<typename Chooser>
    void antiEntropyRoundRouted(Mode mode, Channel channel, const Chooser &chooser);
    void reconcileOneKey(NodeId first, NodeId count, const NodeId *partners, const bool *active, Mode mode);
    void sendDatabase(NodeId from, NodeId to, Channel channel);
    // Whether this round's anti-entropy can change nothing (see Settled), and then what
    // each group's messages carry.
    bool settledRound();
    bool findSettled() const;
    void prepareSettledMessages();
    // One anti-entropy contact of a settled round: the same draws and counts as
    // reconcile(), without comparing databases.
    void reconcileSettled(NodeId initiator, NodeId partner, Mode mode, Channel channel);
    void sendSettled(NodeId from, NodeId to, Channel channel);
};

} // namespace gossip
