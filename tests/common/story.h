// The story's example for view tests: A holds {T, R}, E holds {T, S, Y}; A pushes to E.
#pragma once

#include "engine/scenario.h"

#include <QStringList>

namespace storytest {

// The story's people and strains.
constexpr gossip::NodeId A = 0, B = 1, C = 2, E = 4;
constexpr gossip::KeyId T = 0, R = 1, S = 2, Y = 3;

// A contacts E in round 1 and pushes; a few rounds more so a test can step past it.
inline gossip::Scenario storyScenario()
{
    gossip::Scenario scenario = gossip::Scenario::storyExchange(gossip::Mode::Push);
    scenario.config.maxRounds = 3;
    return scenario;
}

inline QStringList strainNames()
{
    return {QStringLiteral("T"), QStringLiteral("R"), QStringLiteral("S"), QStringLiteral("Y")};
}

} // namespace storytest
