// Direct mail's round: retry the caches, mail new writes, and cool writers whose mail is out.
#include "engine/directmail.h"

#include "engine/exchanges.h"

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

bool DirectMailState::equals(const MechanismState &other) const
{
    const auto *mail = dynamic_cast<const DirectMailState *>(&other);
    return mail && mail->heat == heat && mail->caches == caches && mail->outgoing == outgoing;
}

std::unique_ptr<MechanismState> DirectMail::initialState(std::size_t slots) const
{
    auto state = std::make_unique<DirectMailState>();
    state->heat.heat.assign(slots, 0);
    return state;
}

const std::vector<MailCache> &DirectMail::caches(const World &world)
{
    static const std::vector<MailCache> none;
    const auto *state = world.mechanism.find<DirectMailState>();
    return state ? state->caches : none;
}

MailCache &DirectMail::cacheOf(DirectMailState &state, NodeId owner) const
{
    auto found = std::find_if(state.caches.begin(), state.caches.end(),
                              [owner](const MailCache &cache) { return cache.owner == owner; });
    if (found != state.caches.end())
        return *found;
    state.caches.push_back({owner, {}});
    return state.caches.back();
}

Outcome DirectMail::sendMail(Exchanges &exchanges, NodeId from, NodeId to, VersionId version, bool cacheHasRoom) const
{
    const World &world = exchanges.world();
    Outcome outcome = exchanges.transmit(from, to);
    if (outcome == Outcome::New)
        outcome = exchanges.raise(world.slot(to, world.versions[version].key), version) ? Outcome::New : Outcome::Redundant;
    else if (failedVisibly(outcome) && !cacheHasRoom)
        outcome = Outcome::Dropped;
    exchanges.count(Channel::DirectMail, outcome, 1, std::uint64_t(m_config.itemBytes));
    exchanges.record(from, to, Channel::DirectMail, outcome, &version, 1);
    // Over a network the mail crosses the links of its route.
    exchanges.countRoute(from, to);
    if (outcome == Outcome::New)
        exchanges.countTransfer(from, to);
    return outcome;
}

void DirectMail::runRound(Exchanges &exchanges)
{
    World &world = exchanges.world();
    DirectMailState &state = world.mechanism.as<DirectMailState>();

    // Mail that failed visibly in earlier rounds is retried first; it keeps its place.
    for (MailCache &cache : state.caches) {
        if (!world.isUp(cache.owner))
            continue;
        std::erase_if(cache.entries, [&](const PendingMail &pending) {
            return !failedVisibly(sendMail(exchanges, cache.owner, pending.to, pending.version, true));
        });
    }

    // New writes are mailed to every node the writer knows; a down writer mails later.
    std::vector<Outgoing> waiting;
    for (const Outgoing &write : state.outgoing) {
        if (!world.isUp(write.origin)) {
            waiting.push_back(write);
            continue;
        }
        MailCache &cache = cacheOf(state, write.origin);
        for (NodeId node = 0; node < world.nodes; ++node) {
            if (node == write.origin)
                continue;
            if (!knows(m_config.seed, write.origin, node, m_config.unknownFraction)) {
                ++world.unknown;
                continue;
            }
            const bool hasRoom = cache.entries.size() < std::size_t(m_config.cacheCapacity);
            if (failedVisibly(sendMail(exchanges, write.origin, node, write.version, hasRoom)))
                cache.entries.push_back({node, write.version});
        }
    }
    state.outgoing = std::move(waiting);

    // A writer stops being contagious once all its mail is out.
    for (const MailCache &cache : state.caches) {
        const bool pending = std::any_of(state.outgoing.begin(), state.outgoing.end(),
                                         [&](const Outgoing &write) { return write.origin == cache.owner; });
        if (cache.entries.empty() && !pending) {
            const std::size_t first = world.slot(cache.owner, 0);
            for (std::size_t slot = first; slot < first + world.keys; ++slot)
                state.heat.set(slot, 0);
        }
    }
}

void DirectMail::written(World &world, NodeId node, std::size_t slot, VersionId version) const
{
    DirectMailState &state = world.mechanism.as<DirectMailState>();
    state.heat.set(slot, 1);
    state.outgoing.push_back({node, version});
}

bool DirectMail::spreading(const World &world, std::size_t slot) const
{
    return world.mechanism.as<DirectMailState>().heat.heat[slot] != 0;
}

std::uint64_t DirectMail::spreadingHolders(const World &world, KeyId key, std::uint64_t) const
{
    return world.mechanism.as<DirectMailState>().heat.hotHolders(world, key);
}

bool DirectMail::quiet(const World &world) const
{
    const DirectMailState &state = world.mechanism.as<DirectMailState>();
    return state.outgoing.empty()
            && std::all_of(state.caches.begin(), state.caches.end(),
                           [](const MailCache &cache) { return cache.entries.empty(); });
}

std::uint64_t DirectMail::waiting(const World &world) const
{
    std::uint64_t count = 0;
    for (const MailCache &cache : world.mechanism.as<DirectMailState>().caches)
        count += cache.entries.size();
    return count;
}

} // namespace gossip
