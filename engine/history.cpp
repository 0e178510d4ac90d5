// Step back by snapshot and replay.
#include "engine/history.h"

#include "engine/memory.h"

#include <algorithm>
#include <limits>

namespace gossip {

History::History(Scenario script, int snapshotInterval, std::uint64_t snapshotBudget)
    : m_script(std::move(script))
    , m_firstInterval(std::max(1, snapshotInterval))
    , m_snapshotInterval(m_firstInterval)
    , m_snapshotBudget(snapshotBudget)
    , m_mechanismBytesPerSlot(mechanismBytesPerSlot(m_script.config))
{
    reset();
}

void History::reset()
{
    m_simulation = std::make_unique<Simulation>(m_script);
    m_snapshots.clear();
    m_snapshotBytes = 0;
    m_snapshotInterval = m_firstInterval;
    m_measures.clear();
    remember();
}

std::uint64_t History::bytesOf(const World &world) const
{
    return estimateWorldBytes(world, m_mechanismBytesPerSlot);
}

void History::keep(Round round)
{
    const auto [where, added] = m_snapshots.emplace(round, m_simulation->snapshot());
    if (!added)
        return;
    m_snapshotBytes += bytesOf(where->second);
    if (m_snapshotBytes > m_snapshotBudget)
        thinOut();
}

void History::thinOut()
{
    // Keep round 0 and the newest snapshot; of the rest, those on the doubled interval.
    while (m_snapshotBytes > m_snapshotBudget && m_snapshots.size() > 2) {
        m_snapshotInterval *= 2;
        const Round newest = m_snapshots.rbegin()->first;
        for (auto it = m_snapshots.begin(); it != m_snapshots.end();) {
            if (it->first != 0 && it->first != newest && it->first % m_snapshotInterval != 0) {
                m_snapshotBytes -= bytesOf(it->second);
                it = m_snapshots.erase(it);
            } else {
                ++it;
            }
        }
        if (m_snapshotInterval > std::numeric_limits<int>::max() / 2)
            break;
    }
}

void History::remember()
{
    const Round round = m_simulation->round();
    if (round % m_snapshotInterval == 0 && !m_snapshots.contains(round))
        keep(round);
    if (round == furthestRound() + 1)
        m_measures.push_back(m_simulation->measures());
}

bool History::canStepForward() const
{
    return !m_simulation->finished();
}

void History::stepForward()
{
    if (!canStepForward())
        return;
    m_simulation->step();
    remember();
}

void History::stepBack()
{
    if (round() > 0)
        seek(round() - 1);
}

void History::seek(Round target)
{
    target = std::max<Round>(0, target);
    if (target < round()) {
        // Restore the last snapshot before the target so the target round itself is
        // replayed, with its message log.
        // Round 0 is always remembered, so for target > 0 an earlier snapshot exists.
        auto snapshot = m_snapshots.lower_bound(target);
        if (target == 0)
            snapshot = m_snapshots.begin();
        else
            --snapshot;
        m_simulation->restore(snapshot->second);
    }
    while (round() < target && canStepForward())
        stepForward();
}

void History::intervene(const Intervention &intervention)
{
    const Round now = round();
    m_simulation->intervene(intervention);
    m_measures.resize(std::size_t(now) + 1);
    m_measures.back() = m_simulation->measures();
    for (auto it = m_snapshots.lower_bound(now); it != m_snapshots.end();) {
        m_snapshotBytes -= bytesOf(it->second);
        it = m_snapshots.erase(it);
    }
    keep(now);
}

} // namespace gossip
