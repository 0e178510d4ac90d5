// One message of a round, as recorded for the GUI's animation and event log.
#pragma once

#include "engine/types.h"

#include <cstdint>
#include <vector>

namespace gossip {

// A message from one node to another. `items` indexes RoundLog::carried: the versions
// of keys it offered (shared background items are counted, not listed).
struct Message
{
    NodeId from = 0;
    NodeId to = 0;
    Channel channel = Channel::AntiEntropy;
    Outcome outcome = Outcome::Redundant;
    std::uint32_t firstItem = 0;
    std::uint32_t itemCount = 0;

    bool operator==(const Message &other) const = default;
};

// Every message of one round, in the order they were sent; filled only when
// Config::recordMessages is set.
struct RoundLog
{
    Round round = 0;
    std::vector<Message> messages;
    std::vector<VersionId> carried;

    void clear(Round newRound)
    {
        round = newRound;
        messages.clear();
        carried.clear();
    }
    bool operator==(const RoundLog &other) const = default;
};

} // namespace gossip
