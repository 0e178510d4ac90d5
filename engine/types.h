// The engine's vocabulary: identifiers and the enums every part of a simulation speaks.
#pragma once

#include <cstdint>

namespace gossip {

// A node (person, site, replica), numbered densely from 0.
using NodeId = std::uint32_t;
// A round (day, cycle); round 0 is the initial state before any exchange.
using Round = std::int32_t;
// A version of one key; versions are numbered by a global logical clock, so a larger
// id is always newer. 0 means "holds nothing for this key".
using VersionId = std::uint32_t;
// A key (virus strain, database item), numbered densely from 0.
using KeyId = std::uint32_t;

inline constexpr VersionId noVersion = 0;

// Which of Demers' three mechanisms spreads updates.
enum class Protocol : std::uint8_t { DirectMail, AntiEntropy, Rumor };

// Who sends to whom in a contact: the initiator gives (push), takes (pull), or both.
enum class Mode : std::uint8_t { Push, Pull, PushPull };

// Rumor mongering: lose interest only after a needless contact (feedback) or regardless (blind).
enum class Interest : std::uint8_t { Feedback, Blind };

// Rumor mongering: lose interest after k contacts in a row (counter) or with probability 1/k (coin).
enum class Stopping : std::uint8_t { Counter, Coin };

// Anti-entropy: how two nodes find the difference between their databases.
enum class Reconciliation : std::uint8_t { WholeDatabase, Checksum, RecentUpdates };

// How a node picks its partner for a round.
enum class PartnerChoice : std::uint8_t {
    Uniform,  // uniformly among the other nodes
    Spatial,  // nearby more likely: on a network Q_s(d)^-a (Demers), on the complete one a ring's d^-a
    Scripted  // only the contacts the scenario scripts
};

// Where the sites are and what links their conversations cross (see Network).
enum class NetworkKind : std::uint8_t {
    Complete, // no links: every two sites talk directly (Demers' uniform model)
    Ring,     // areas on a ring
    Grid,     // areas on a square grid
    TwoTowns, // two towns of areas, joined by a single bridge
    File      // read from a network file (Config::networkFile)
};

// The channel a message travels on, for counting messages by kind.
enum class Channel : std::uint8_t { DirectMail, AntiEntropy, Rumor, Repair };
inline constexpr int channelCount = 4;

// What became of one message.
enum class Outcome : std::uint8_t {
    New,       // the receiver learned at least one newer version
    Redundant, // delivered, but the receiver knew it all already
    Lost,      // lost silently in the network
    Refused,   // the receiver is down: the sender sees the failure
    CutOff,    // sender and receiver are in different partitions: the sender sees the failure
    Dropped    // direct mail dropped because the retransmit cache was full
};
inline constexpr int outcomeCount = 6;

// A node's health.
enum class NodeHealth : std::uint8_t { Up, Down, NeedsRepair };

} // namespace gossip
