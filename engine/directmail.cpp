// Direct mail: a write is mailed at once to every node the writer knows; visible
// failures wait in a bounded retransmit cache and are retried each round.
#include "engine/simulation.h"
#include "engine/simulation_inline.h"

#include <algorithm>

namespace gossip {

namespace {

// Whether `origin` knows `node`: a fixed fact of the configuration, drawn from a hash of
// the seed so it costs no memory and no draw from the generator.
bool knows(std::uint64_t seed, NodeId origin, NodeId node, double unknownFraction)
{
    if (unknownFraction <= 0.0)
        return true;
    std::uint64_t z = seed ^ (std::uint64_t(origin) << 32 | node);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ull;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBull;
    z ^= z >> 31;
    return double(z >> 11) * 0x1.0p-53 >= unknownFraction;
}

bool failedVisibly(Outcome outcome)
{
    return outcome == Outcome::Refused || outcome == Outcome::CutOff;
}

} // namespace

MailCache &Simulation::cacheOf(NodeId owner)
{
    auto found = std::find_if(m_world.caches.begin(), m_world.caches.end(),
                              [owner](const MailCache &cache) { return cache.owner == owner; });
    if (found != m_world.caches.end())
        return *found;
    m_world.caches.push_back({owner, {}});
    return m_world.caches.back();
}

Outcome Simulation::sendMail(NodeId from, NodeId to, VersionId version, bool cacheHasRoom)
{
    Outcome outcome = transmit(from, to);
    if (outcome == Outcome::New)
        outcome = raise(m_world.slot(to, m_world.versions[version].key), version) ? Outcome::New : Outcome::Redundant;
    else if (failedVisibly(outcome) && !cacheHasRoom)
        outcome = Outcome::Dropped;
    count(Channel::DirectMail, outcome, 1, std::uint64_t(m_scenario.config.itemBytes));
    record(from, to, Channel::DirectMail, outcome, &version, 1);
    return outcome;
}

void Simulation::runDirectMail()
{
    const Config &config = m_scenario.config;

    // Mail that failed visibly in earlier rounds is retried first; it keeps its place.
    for (MailCache &cache : m_world.caches) {
        if (!m_world.isUp(cache.owner))
            continue;
        std::erase_if(cache.entries, [&](const PendingMail &pending) {
            return !failedVisibly(sendMail(cache.owner, pending.to, pending.version, true));
        });
    }

    // New writes are mailed to every node the writer knows; a down writer mails later.
    std::vector<Outgoing> waiting;
    for (const Outgoing &write : m_world.outgoing) {
        if (!m_world.isUp(write.origin)) {
            waiting.push_back(write);
            continue;
        }
        MailCache &cache = cacheOf(write.origin);
        for (NodeId node = 0; node < m_world.nodes; ++node) {
            if (node == write.origin)
                continue;
            if (!knows(config.seed, write.origin, node, config.unknownFraction)) {
                ++m_world.unknown;
                continue;
            }
            const bool hasRoom = cache.entries.size() < std::size_t(config.cacheCapacity);
            if (failedVisibly(sendMail(write.origin, node, write.version, hasRoom)))
                cache.entries.push_back({node, write.version});
        }
    }
    m_world.outgoing = std::move(waiting);

    // A writer stops being contagious once all its mail is out.
    for (const MailCache &cache : m_world.caches) {
        const bool pending = std::any_of(m_world.outgoing.begin(), m_world.outgoing.end(),
                                         [&](const Outgoing &write) { return write.origin == cache.owner; });
        if (cache.entries.empty() && !pending) {
            const std::size_t first = m_world.slot(cache.owner, 0);
            for (std::size_t slot = first; slot < first + m_world.keys; ++slot)
                setHeat(slot, 0);
        }
    }
}

} // namespace gossip
