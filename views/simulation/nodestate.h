// How a node looks in the city: one of the story's states, derived from the engine's.
#pragma once

#include "engine/simulation.h"

#include <QColor>
#include <QString>

// The states the city colours nodes by, in the story's words.
enum class NodeState {
    Healthy,    // susceptible: lacks an update
    Contagious, // infective: holds an update and spreads it
    Immune,     // removed: holds every update, spreads none
    Down,       // crashed
    Repairing,  // recovered, waiting for repair before it takes part again
    Byzantine   // forges updates
};
inline constexpr int nodeStateCount = 6;

// The state of one node of a simulation.
NodeState nodeState(const gossip::Simulation &simulation, gossip::NodeId node);
// The colour of a state (colour-blind safe, Okabe-Ito).
QColor nodeStateColor(NodeState state);
// The translated name of a state, for legends and tooltips.
QString nodeStateName(NodeState state);

// The colour and translated name of a message outcome.
QColor outcomeColor(gossip::Outcome outcome);
QString outcomeName(gossip::Outcome outcome);
// The translated name of a channel.
QString channelName(gossip::Channel channel);
