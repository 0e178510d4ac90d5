// The past of a simulation: step back to any earlier round exactly, and forward again.
#pragma once

#include "engine/simulation.h"

#include <map>
#include <memory>
#include <vector>

namespace gossip {

// Owns a Simulation and remembers its rounds. Snapshots are kept every few rounds; going
// back restores the nearest one and replays, so the state, measures and message log of
// any round are exactly those of the first time through. Interventions made on the way
// are part of the replay. The snapshots never take more than `snapshotBudget` bytes (or
// two snapshots, if one alone is larger): when they would, every other one is dropped and
// the interval doubles, so a run of any length is remembered in bounded memory and going
// back replays at most one interval.
class History
{
public:
    static constexpr std::uint64_t defaultSnapshotBudget = 256ull << 20;

    explicit History(Scenario script, int snapshotInterval = 16,
                     std::uint64_t snapshotBudget = defaultSnapshotBudget);

    const Simulation &simulation() const { return *m_simulation; }
    const Scenario &script() const { return m_script; }
    Round round() const { return m_simulation->round(); }
    // The furthest round computed so far; rounds up to it can be revisited without change.
    Round furthestRound() const { return Round(m_measures.size()) - 1; }
    // Measures of rounds 0 .. furthestRound().
    const std::vector<RoundMeasures> &measures() const { return m_measures; }
    // Whether another round can be run (or replayed) from the current one.
    bool canStepForward() const;

    void stepForward();
    void stepBack();
    // Goes to `round`, clamped to 0 .. the last round the simulation can reach.
    void seek(Round round);
    // Applies an intervention at the current round; what was computed after it is forgotten.
    void intervene(const Intervention &intervention);
    // Starts again from the script, forgetting every intervention made since.
    void reset();

    // What the snapshots take now, about, in bytes; how many there are; their interval.
    std::uint64_t snapshotBytes() const { return m_snapshotBytes; }
    std::size_t snapshotCount() const { return m_snapshots.size(); }
    int snapshotInterval() const { return m_snapshotInterval; }

private:
    void remember();
    void keep(Round round);
    void thinOut();
    std::uint64_t bytesOf(const World &world) const;

    Scenario m_script;
    int m_firstInterval;
    int m_snapshotInterval;
    std::uint64_t m_snapshotBudget;
    std::uint64_t m_snapshotBytes = 0;
    std::uint64_t m_mechanismBytesPerSlot = 0;
    std::unique_ptr<Simulation> m_simulation;
    std::map<Round, World> m_snapshots;
    std::vector<RoundMeasures> m_measures;
};

} // namespace gossip
