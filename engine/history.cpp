// Step back by snapshot and replay.
#include "engine/history.h"

#include <algorithm>

namespace gossip {

History::History(Scenario script, int snapshotInterval)
    : m_script(std::move(script))
    , m_snapshotInterval(std::max(1, snapshotInterval))
{
    reset();
}

void History::reset()
{
    m_simulation = std::make_unique<Simulation>(m_script);
    m_snapshots.clear();
    m_measures.clear();
    remember();
}

void History::remember()
{
    const Round round = m_simulation->round();
    if (round % m_snapshotInterval == 0 && !m_snapshots.contains(round))
        m_snapshots.emplace(round, m_simulation->snapshot());
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
    m_snapshots.erase(m_snapshots.lower_bound(now), m_snapshots.end());
    m_snapshots.emplace(now, m_simulation->snapshot());
}

} // namespace gossip
