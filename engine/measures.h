// What a round and a run report: the counts and measures of Demers et al.
#pragma once

#include "engine/types.h"

#include <array>
#include <cstdint>
#include <vector>

namespace gossip {

// What the city shows of one (node, key) slot of a written key, judged against the key's
// newest version. Every slot is in exactly one state: a down node's slots are Down and a
// recovered node's are Repairing whatever they hold; an up node's slot is Healthy (holds no
// version), Outdated (holds an older one), Contagious (holds the newest and spreads it) or
// Immune (holds the newest and no longer spreads it).
enum class SlotState : std::uint8_t { Healthy, Outdated, Contagious, Immune, Down, Repairing };
inline constexpr int slotStateCount = 6;

// The state after one round and the traffic of that round. Counts of susceptible,
// infective and removed are over (node, key) slots measured against the newest version
// of each key, so with one key they are counts of nodes.
struct RoundMeasures
{
    Round round = 0;
    std::uint64_t susceptible = 0; // slots lacking the newest version
    std::uint64_t infective = 0;   // slots holding it and spreading it
    std::uint64_t removed = 0;     // slots holding it and no longer spreading it
    std::uint32_t down = 0;        // nodes down at the end of the round
    std::array<std::uint64_t, channelCount> messagesByChannel{};
    std::array<std::uint64_t, outcomeCount> messagesByOutcome{};
    std::uint64_t items = 0;       // items carried by this round's messages (saturating)
    std::uint64_t bytes = 0;       // bytes carried by this round's messages (saturating)
    std::uint64_t busy = 0;        // conversations refused by the connection limit
    // The same slots as susceptible, infective and removed, by what the city shows of them
    // (SlotState): Healthy + Outdated + the susceptible slots of down and recovering nodes
    // = susceptible, and so on. Before any key is written, counted over nodes as if for
    // one key (everyone up is healthy), so the city's grey people are counted even then.
    std::array<std::uint64_t, slotStateCount> byState{};

    std::uint64_t slotCount() const { return susceptible + infective + removed; }
    double susceptibleFraction() const { return slotCount() ? double(susceptible) / double(slotCount()) : 0.0; }
    double coverage() const { return 1.0 - susceptibleFraction(); }
    std::uint64_t messages() const
    {
        std::uint64_t total = 0;
        for (auto count : messagesByChannel)
            total += count;
        return total;
    }
    std::uint64_t messages(Outcome outcome) const { return messagesByOutcome[std::size_t(outcome)]; }
    std::uint64_t messages(Channel channel) const { return messagesByChannel[std::size_t(channel)]; }
    std::uint64_t count(SlotState state) const { return byState[std::size_t(state)]; }
    // The slots byState counts: slotCount(), or the nodes before anything is written.
    std::uint64_t stateTotal() const
    {
        std::uint64_t total = 0;
        for (auto count : byState)
            total += count;
        return total;
    }

    bool operator==(const RoundMeasures &other) const = default;
};

// Demers' measures of one finished run.
struct RunSummary
{
    double residue = 0.0;      // s: fraction of slots still susceptible at the end
    double traffic = 0.0;      // m: messages per node
    double tAverage = 0.0;     // t_ave: mean receive time over slots that received
    double tLast = 0.0;        // t_last: last receive time (the seed counts with time 0)
    Round rounds = 0;          // rounds until nothing was left to spread
    bool converged = false;    // false when the run stopped at the round limit
    std::uint64_t messages = 0;
    std::uint64_t lost = 0;    // messages lost in the network
    std::uint64_t dropped = 0; // direct mail dropped from a full cache
    std::uint64_t unknown = 0; // direct mail never sent: the writer did not know the node
    std::uint64_t cached = 0;  // direct mail still waiting in a retransmit cache at the end
    std::uint64_t items = 0;   // saturates at saturatedCount rather than wrap round
    std::uint64_t bytes = 0;   // saturates at saturatedCount rather than wrap round
    std::uint64_t busy = 0;    // conversations refused by the connection limit
    // On a network, per link (Network's link order): conversations crossing it per round
    // (compare traffic) and update transfers crossing it in the run (update traffic).
    std::vector<double> linkCompareTraffic;
    std::vector<double> linkUpdateTraffic;
};

} // namespace gossip
