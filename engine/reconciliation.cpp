// Anti-entropy's exchange: two nodes resolve the difference of their databases. Anti-entropy
// runs it every round; repairs and rumor mongering's backup use it too.
#include "engine/exchanges.h"
#include "engine/prefetch.h"
#include "engine/saturating.h"

#include <algorithm>
#include <array>

namespace gossip {

void Exchanges::antiEntropyRound(Mode mode, Channel channel)
{
    withPartners([&](const auto &chooser) {
        if (routed())
            antiEntropyRoundRouted(mode, channel, chooser);
        else
            antiEntropyRound(mode, channel, chooser);
    });
}

template<typename Chooser>
void Exchanges::antiEntropyRoundRouted(Mode mode, Channel channel, const Chooser &chooser)
{
    const NodeId nodes = m_world.nodes;
    // Under a connection limit the first callers of a round are never refused: the round
    // starts at a random node, so no one is first every round.
    const NodeId start = m_scenario.config.connectionLimit > 0 ? m_world.random.below(nodes) : 0;
    std::uint64_t &delivered = m_measures.messagesByOutcome[std::size_t(Outcome::New)];
    for (NodeId i = 0; i < nodes; ++i) {
        const NodeId node = start + i < nodes ? start + i : start + i - nodes;
        if (m_world.health[node] != NodeHealth::Up)
            continue;
        NodeId partner = 0;
        if (!choosePartner(node, partner, m_world.random, chooser) || !openHunting(node, partner, m_world.random, chooser))
            continue;
        const std::uint64_t before = delivered;
        reconcile(node, partner, mode, channel);
        if (delivered != before)
            countTransfer(node, partner);
    }
}

template<typename Chooser>
void Exchanges::antiEntropyRound(Mode mode, Channel channel, const Chooser &chooser)
{
    // One key compared whole, when nobody waits to learn of it, has a loop of its own.
    const bool oneKeyWholeDatabase = m_world.keys == 1 && m_scenario.config.reconciliation == Reconciliation::WholeDatabase
            && !m_scratch.collectLearned && !m_scenario.config.recordMessages;
    // While nothing can change, contacts are counted without comparing databases.
    const bool settled = !oneKeyWholeDatabase && settledRound();
    // With a million nodes every contact reads a random place in memory, and waiting for
    // each read in turn would dominate the round. So the partners of the next block of
    // nodes are drawn, and their state prefetched, while this block's contacts run.
    struct Block
    {
        NodeId first = 0;
        NodeId count = 0;
        std::array<NodeId, contactBlock> partners{};
        std::array<bool, contactBlock> active{};
    };
    std::array<Block, 2> blocks;
    const NodeId nodes = m_world.nodes;
    const bool allHealthy = m_world.downCount == 0 && m_world.repairCount == 0;
    const Chooser local = chooser; // cheap to copy; kept next to the loop's other locals
    // With everyone up and no scripted contact, every node picks a partner: a loop of its own.
    const bool everyonePicks = Chooser::picksPartners && allHealthy && m_world.scriptedContacts.empty();
    // By reference: with a chooser that picks nobody, everyonePicks is a constant clang will not capture.
    const auto prepare = [&](Block &block, NodeId first) {
        block.first = first;
        block.count = std::min(contactBlock, nodes - first);
        Random random = m_world.random; // a local copy stays in registers
        Slot *const holdings = m_world.holdings.data();
        const NodeHealth *const health = m_world.health.data();
        const std::size_t keys = m_world.keys;
        if (everyonePicks) {
            for (NodeId i = 0; i < block.count; ++i) {
                const NodeId partner = local.pick(first + i, random);
                block.partners[i] = partner;
                block.active[i] = true;
                prefetch<true>(&holdings[partner * keys]);
            }
        } else {
            for (NodeId i = 0; i < block.count; ++i) {
                const NodeId node = first + i;
                block.active[i] = (allHealthy || health[node] == NodeHealth::Up)
                        && choosePartner(node, block.partners[i], random, local);
                prefetch<true>(&holdings[block.partners[i] * keys]);
                if (!allHealthy)
                    prefetch(&health[block.partners[i]]);
            }
        }
        m_world.random = random;
    };
    prepare(blocks[0], 0);
    for (std::size_t current = 0; blocks[current].count > 0; current ^= 1) {
        const Block &block = blocks[current];
        const NodeId following = block.first + block.count;
        if (following < nodes)
            prepare(blocks[current ^ 1], following);
        else
            blocks[current ^ 1].count = 0;
        if (oneKeyWholeDatabase) {
            reconcileOneKey(block.first, block.count, block.partners.data(), block.active.data(), mode);
            continue;
        }
        if (settled) {
            for (NodeId i = 0; i < block.count; ++i) {
                if (block.active[i])
                    reconcileSettled(block.first + i, block.partners[i], mode, channel);
            }
            continue;
        }
        for (NodeId i = 0; i < block.count; ++i) {
            if (block.active[i])
                reconcile(block.first + i, block.partners[i], mode, channel);
        }
    }
}

void Exchanges::reconcileOneKey(NodeId first, NodeId count, const NodeId *partners, const bool *active, Mode mode)
{
    // The same contacts as reconcile() and sendDatabase() for one key and whole-database
    // comparison, without the per-message bookkeeping they need in general.
    Slot *holdings = m_world.holdings.data();
    const NodeHealth *health = m_world.health.data();
    const Round round = m_world.round;
    const bool push = mode != Mode::Pull;
    const bool pull = mode != Mode::Push;
    // Without crashed nodes, partitions or loss every message arrives.
    const bool faults = m_world.downCount != 0 || m_world.repairCount != 0 || m_world.partitioned
            || m_scenario.config.loss > 0.0;
    std::uint64_t fresh = 0;
    std::uint64_t redundant = 0;
    std::uint64_t held = 0;
    std::uint64_t completed = 0;
    const VersionId newest = m_world.newest[0];
    const auto deliver = [&](VersionId version, Slot &to) {
        held += version != noVersion;
        if (version <= to.version) {
            ++redundant;
            return;
        }
        if (to.received != round) {
            to.before = to.version;
            to.received = round;
        }
        to.version = version;
        completed += version == newest;
        ++fresh;
    };
    for (NodeId i = 0; i < count; ++i) {
        if (!active[i])
            continue;
        const NodeId node = first + i;
        const NodeId partner = partners[i];
        if (faults) {
            const Outcome failure = transmit(node, partner);
            if (failure != Outcome::New) {
                ++m_measures.messagesByOutcome[std::size_t(failure)];
                ++m_measures.messagesByChannel[std::size_t(Channel::AntiEntropy)];
                continue;
            }
        }
        Slot &mine = holdings[node];
        Slot &theirs = holdings[partner];
        const VersionId mineAtStart = mine.at(round);
        const VersionId theirsAtStart = theirs.at(round);
        if (push)
            deliver(mineAtStart, theirs);
        if (pull && (!faults || health[partner] == NodeHealth::Up))
            deliver(theirsAtStart, mine);
    }
    m_world.lacking[0] -= completed;
    const std::uint64_t sent = fresh + redundant;
    m_measures.messagesByOutcome[std::size_t(Outcome::New)] += fresh;
    m_measures.messagesByOutcome[std::size_t(Outcome::Redundant)] += redundant;
    m_measures.messagesByChannel[std::size_t(Channel::AntiEntropy)] += sent;
    const std::uint64_t items = saturatingAdd(saturatingMultiply(sent, std::uint64_t(m_scenario.config.sharedItems)), held);
    m_measures.items = saturatingAdd(m_measures.items, items);
    m_measures.bytes =
            saturatingAdd(m_measures.bytes, saturatingMultiply(items, std::uint64_t(m_scenario.config.itemBytes)));
}

bool Exchanges::settledRound()
{
    Settled &settled = m_scratch.settled;
    const Round round = m_world.round;
    // Only after a round in which nothing changed: while updates spread it never pays.
    if (settled.checkedAt <= settled.lastChange) {
        if (settled.lastChange >= round - 1)
            return false;
        settled.settled = findSettled();
        settled.checkedAt = round;
    }
    if (!settled.settled)
        return false;
    if (settled.messagesAt != round)
        prepareSettledMessages();
    return true;
}

bool Exchanges::findSettled() const
{
    if (m_world.repairCount != 0 || m_world.keys == 0)
        return false;
    const std::size_t keys = m_world.keys;
    std::array<std::int64_t, 2> representative{-1, -1};
    for (NodeId node = 0; node < m_world.nodes; ++node) {
        if (m_world.health[node] != NodeHealth::Up)
            continue;
        const std::size_t first = m_world.slot(node, 0);
        if (m_world.byzantine[node]) {
            for (std::size_t slot = first; slot < first + keys; ++slot) {
                const VersionId held = m_world.holdings[slot].version;
                if (held != noVersion && !m_world.versions[held].forged)
                    return false; // it forges this round
            }
        }
        std::int64_t &model = representative[m_world.group[node] ? 1 : 0];
        if (model < 0) {
            model = std::int64_t(first);
            continue;
        }
        for (std::size_t key = 0; key < keys; ++key) {
            if (m_world.holdings[first + key].version != m_world.holdings[std::size_t(model) + key].version)
                return false;
        }
    }
    return true;
}

void Exchanges::prepareSettledMessages()
{
    // What sendDatabase() would find for two identical databases: no difference, so only
    // what the method sends regardless.
    Settled &settled = m_scratch.settled;
    settled.messagesAt = m_world.round;
    const Config &config = m_scenario.config;
    const Round recentSince = m_world.round - config.recentWindow;
    for (int group = 0; group < 2; ++group) {
        SettledMessage &message = settled.messages[std::size_t(group)];
        message = SettledMessage{};
        NodeId model = 0;
        for (; model < m_world.nodes; ++model) {
            if (m_world.health[model] == NodeHealth::Up && (m_world.group[model] ? 1 : 0) == group)
                break;
        }
        if (model == m_world.nodes)
            continue; // nobody there sends anything
        std::uint64_t held = 0;
        std::uint64_t recent = 0;
        std::vector<VersionId> all, fresh;
        for (KeyId key = 0; key < m_world.keys; ++key) {
            const VersionId version = m_world.holdings[m_world.slot(model, key)].version;
            if (version == noVersion)
                continue;
            ++held;
            all.push_back(version);
            if (m_world.versions[version].written >= recentSince) {
                ++recent;
                fresh.push_back(version);
            }
        }
        switch (config.reconciliation) {
        case Reconciliation::WholeDatabase:
            message.items = std::uint64_t(config.sharedItems) + held;
            message.bytes = saturatingMultiply(message.items, std::uint64_t(config.itemBytes));
            message.offer = std::move(all);
            break;
        case Reconciliation::Checksum:
            message.bytes = std::uint64_t(config.checksumBytes);
            break;
        case Reconciliation::RecentUpdates:
            message.items = recent;
            message.bytes = saturatingAdd(std::uint64_t(config.checksumBytes),
                                          saturatingMultiply(recent, std::uint64_t(config.itemBytes)));
            message.offer = std::move(fresh);
            break;
        }
    }
}

void Exchanges::reconcileSettled(NodeId initiator, NodeId partner, Mode mode, Channel channel)
{
    const Outcome failure = transmit(initiator, partner);
    if (failure != Outcome::New) {
        count(channel, failure, 0, 0);
        record(initiator, partner, channel, failure, nullptr, 0);
        return;
    }
    if (mode != Mode::Pull)
        sendSettled(initiator, partner, channel);
    if (mode != Mode::Push && m_world.health[partner] == NodeHealth::Up)
        sendSettled(partner, initiator, channel);
}

void Exchanges::sendSettled(NodeId from, NodeId to, Channel channel)
{
    const SettledMessage &message = m_scratch.settled.messages[m_world.group[from] ? 1 : 0];
    count(channel, Outcome::Redundant, message.items, message.bytes);
    if (m_scenario.config.recordMessages)
        record(from, to, channel, Outcome::Redundant, message.offer.data(), std::uint32_t(message.offer.size()));
}

bool Exchanges::reconcile(NodeId initiator, NodeId partner, Mode mode, Channel channel)
{
    const Outcome failure = transmit(initiator, partner);
    if (failure != Outcome::New) {
        count(channel, failure, 0, 0);
        record(initiator, partner, channel, failure, nullptr, 0);
        return false;
    }
    if (mode != Mode::Pull)
        sendDatabase(initiator, partner, channel);
    // A node that waits for repair is not trusted to answer until it has been repaired.
    if (mode != Mode::Push && m_world.health[partner] == NodeHealth::Up)
        sendDatabase(partner, initiator, channel);
    return true;
}

void Exchanges::sendDatabase(NodeId from, NodeId to, Channel channel)
{
    const Config &config = m_scenario.config;
    const std::uint32_t keys = m_world.keys;
    const std::size_t fromSlot = m_world.slot(from, 0);
    const std::size_t toSlot = m_world.slot(to, 0);
    const Reconciliation method = channel == Channel::Repair ? Reconciliation::WholeDatabase : config.reconciliation;
    const Round recentSince = m_world.round - config.recentWindow;

    std::uint32_t held = 0;
    std::uint32_t recent = 0;
    bool differs = false;        // the checksums differ
    bool differsOld = false;     // they differ in a key that neither side has as a recent update
    for (KeyId key = 0; key < keys; ++key) {
        const VersionId mine = startVersion(fromSlot + key);
        const VersionId theirs = startVersion(toSlot + key);
        held += mine != noVersion;
        const bool mineRecent = mine != noVersion && m_world.versions[mine].written >= recentSince;
        recent += mineRecent;
        if (mine != theirs) {
            differs = true;
            const bool theirsRecent = theirs != noVersion && m_world.versions[theirs].written >= recentSince;
            differsOld = differsOld || (!mineRecent && !theirsRecent);
        }
    }

    std::uint64_t items = 0;
    std::uint64_t bytes = 0;
    bool sendsAll = true;
    bool sendsRecent = false;
    switch (method) {
    case Reconciliation::WholeDatabase:
        break;
    case Reconciliation::Checksum:
        bytes += std::uint64_t(config.checksumBytes);
        sendsAll = differs;
        break;
    case Reconciliation::RecentUpdates:
        bytes += std::uint64_t(config.checksumBytes);
        sendsRecent = true;
        items += recent;
        sendsAll = differsOld;
        break;
    }
    if (sendsAll)
        items = std::uint64_t(config.sharedItems) + held;
    bytes = saturatingAdd(bytes, saturatingMultiply(items, std::uint64_t(config.itemBytes)));

    bool learned = false;
    if (sendsAll || sendsRecent) {
        for (KeyId key = 0; key < keys; ++key) {
            const VersionId mine = startVersion(fromSlot + key);
            if (mine == noVersion || mine <= startVersion(toSlot + key))
                continue;
            if (sendsAll || m_world.versions[mine].written >= recentSince)
                learned = raise(toSlot + key, mine) || learned;
        }
    }
    const Outcome outcome = learned ? Outcome::New : Outcome::Redundant;
    count(channel, outcome, items, bytes);
    if (config.recordMessages) {
        m_scratch.offer.clear();
        for (KeyId key = 0; key < keys; ++key) {
            const VersionId mine = startVersion(fromSlot + key);
            if (mine != noVersion && (sendsAll || (sendsRecent && m_world.versions[mine].written >= recentSince)))
                m_scratch.offer.push_back(mine);
        }
        record(from, to, channel, outcome, m_scratch.offer.data(), std::uint32_t(m_scratch.offer.size()));
    }
}

} // namespace gossip
