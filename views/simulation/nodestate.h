// How a node looks in the city: one of the story's states, derived from the engine's.
#pragma once

#include "engine/simulation.h"

#include <QColor>
#include <QString>

#include <optional>

// The states the city colours nodes by, in the story's words: the engine's SlotState, and
// Byzantine, drawn as a ring round the state of what a forger holds. With one key the
// city's counts are the coverage chart's (RoundMeasures::byState).
enum class NodeState {
    Healthy,    // susceptible: lacks the newest version and holds no older one
    Contagious, // infective: holds the newest version of a key and spreads it
    Immune,     // removed: holds the newest version of every key, spreads none
    Down,       // crashed
    Repairing,  // recovered, waiting for repair before it takes part again
    Byzantine,  // forges updates: drawn as a ring round the state of what it holds
    Outdated    // susceptible too, but holds an older version of a key
};
inline constexpr int nodeStateCount = 7;

// The state the city shows for a slot's engine state, and back (none for Byzantine, a ring
// round the state and no state of its own).
NodeState nodeState(gossip::SlotState state);
std::optional<gossip::SlotState> slotState(NodeState state);
// The state of one node of a simulation. A Byzantine node still takes part, so its
// state is that of what it holds; isForger() tells it apart.
NodeState nodeState(const gossip::Simulation &simulation, gossip::NodeId node);
// Whether a node forges updates (a Byzantine node).
bool isForger(const gossip::Simulation &simulation, gossip::NodeId node);
// The colour of a state (colour-blind safe, Okabe-Ito).
QColor nodeStateColor(NodeState state);
// The translated name of a state, for legends and tooltips.
QString nodeStateName(NodeState state);

// The colour and translated name of a message outcome.
QColor outcomeColor(gossip::Outcome outcome);
QString outcomeName(gossip::Outcome outcome);
// The translated name of a channel.
QString channelName(gossip::Channel channel);
