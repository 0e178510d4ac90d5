// Which states and message outcomes a run shows: one list for the city's legend and the charts.
#pragma once

#include "views/simulation/nodestate.h"

#include <vector>

class SimulationController;

// The people's states the run can show, in the legend's order: healthy, contagious and
// immune always; outdated once a key is written again or a forger is scripted; down and
// waiting for repair where the run has faults or its script brings them; Byzantine (a ring
// round the state, not a state of its own) where it has forgers. The city's legend lists
// these and the coverage chart draws a line for each of them but Byzantine, so the two
// name the same categories.
std::vector<NodeState> statesShown(const SimulationController &controller);
// The message outcomes the run can show at its current round: new and redundant always,
// each failure where the run has its cause or the round has such a message. The city's
// legend and the message chart's bars both use this list.
std::vector<gossip::Outcome> outcomesShown(const SimulationController &controller);
