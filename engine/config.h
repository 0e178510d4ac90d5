// The configuration of one simulation: mechanism, parameters, faults and costs, with named defaults.
#pragma once

#include "engine/types.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>

namespace gossip {

struct NetworkDescription;

// A network read from a file, shared by the copies of a configuration (a batch's runs)
// and compared by what it holds, so two configurations read from one file are equal.
class SharedNetwork
{
public:
    SharedNetwork() = default;
    SharedNetwork(std::shared_ptr<const NetworkDescription> description)
        : m_description(std::move(description))
    {
    }
    const NetworkDescription *get() const { return m_description.get(); }
    const NetworkDescription &operator*() const { return *m_description; }
    const NetworkDescription *operator->() const { return m_description.get(); }
    explicit operator bool() const { return m_description != nullptr; }
    const std::shared_ptr<const NetworkDescription> &shared() const { return m_description; }
    bool operator==(const SharedNetwork &other) const;

private:
    std::shared_ptr<const NetworkDescription> m_description;
};

// Every parameter of a run. A Config that passes validate() can be simulated; the
// defaults describe push-pull anti-entropy on 1000 nodes with no faults.
struct Config
{
    Protocol protocol = Protocol::AntiEntropy;
    Mode mode = Mode::PushPull;
    Interest interest = Interest::Feedback;
    Stopping stopping = Stopping::Counter;
    int k = 1;                      // rumor: contacts (counter) or 1/probability (coin)

    std::uint32_t nodes = 1000;
    std::uint32_t keys = 1;         // keys each database can hold
    std::uint64_t seed = 1;
    int maxRounds = 1000;

    double loss = 0.0;              // probability that a message is lost silently
    double crashedFraction = 0.0;   // nodes down for the whole run, chosen by the seed
    int cacheCapacity = 16;         // direct mail: retransmit cache entries per sender
    double unknownFraction = 0.0;   // direct mail: nodes a sender does not know
    int backupEvery = 0;            // rumor: push-pull anti-entropy every N rounds, 0 = never

    Reconciliation reconciliation = Reconciliation::WholeDatabase;
    int sharedItems = 0;            // items every node holds already (the rest of the database)
    int itemBytes = 100;            // bytes one item costs on the wire
    int checksumBytes = 8;          // bytes one checksum costs on the wire
    int recentWindow = 30;          // rounds an update stays on the recent-update list

    PartnerChoice partnerChoice = PartnerChoice::Uniform;
    double spatialExponent = 2.0;   // a in Q_s(d)^-a on a network, d^-a on the complete one

    NetworkKind network = NetworkKind::Complete;
    std::uint32_t smallTown = 0;    // two-towns: people in the small town, 0 = a sixth
    std::uint32_t areaSize = 6;     // ring, grid, two-towns: people per area (local network)
    SharedNetwork networkFile;      // NetworkKind::File: the network read
    int connectionLimit = 0;        // conversations a site accepts per round that it did not start, 0 = any
    int huntLimit = 0;              // a refused site tries another partner this many times

    bool recordMessages = false;    // keep every message of each round (the GUI needs it)

    bool operator==(const Config &other) const = default;
};

// The largest population the engine accepts; 10^8 nodes need about 2 GiB.
inline constexpr std::uint32_t maxNodes = 100'000'000;
inline constexpr std::uint32_t maxKeys = 64;
inline constexpr int maxK = 100;
// The largest seed a user may give: scenario files hold seeds as exact JSON integers.
// (Runs after the first of a batch derive their own seeds, which may be larger.)
inline constexpr std::uint64_t maxSeed = std::uint64_t(1) << 53;
inline constexpr int maxRoundsLimit = 1'000'000;
inline constexpr int maxCacheCapacity = 1'000'000;
inline constexpr int maxSharedItems = 1'000'000'000;
inline constexpr int maxItemBytes = 1'000'000'000;
inline constexpr int maxChecksumBytes = 1'000'000;
inline constexpr double maxSpatialExponent = 10.0;
inline constexpr int maxAreaSize = 1'000'000;
inline constexpr int maxConnectionLimit = 1'000'000;
inline constexpr int maxHuntLimit = 100;

// Names the first invalid parameter of a Config.
struct ConfigProblem
{
    std::string field;   // the Config member, e.g. "loss"
    std::string message; // what is wrong, e.g. "must be between 0 and 1"
};

// Returns the first problem with the configuration, or nothing when it can be simulated:
// every field within the limits of configFields(), and the fields consistent with each other.
std::optional<ConfigProblem> validate(const Config &config);

} // namespace gossip
