// Validation of a simulation's configuration.
#include "config.h"

#include <cmath>

namespace gossip {

namespace {

bool isProbability(double value)
{
    return std::isfinite(value) && value >= 0.0 && value <= 1.0;
}

} // namespace

std::optional<ConfigProblem> validate(const Config &config)
{
    if (config.nodes < 2)
        return ConfigProblem{"nodes", "must be at least 2"};
    if (config.nodes > maxNodes)
        return ConfigProblem{"nodes", "must be at most " + std::to_string(maxNodes)};
    if (config.keys < 1 || config.keys > maxKeys)
        return ConfigProblem{"keys", "must be between 1 and " + std::to_string(maxKeys)};
    if (config.k < 1 || config.k > maxK)
        return ConfigProblem{"k", "must be between 1 and " + std::to_string(maxK)};
    if (config.maxRounds < 1 || config.maxRounds > maxRoundsLimit)
        return ConfigProblem{"maxRounds", "must be between 1 and " + std::to_string(maxRoundsLimit)};
    if (!isProbability(config.loss))
        return ConfigProblem{"loss", "must be between 0 and 1"};
    if (!isProbability(config.crashedFraction) || config.crashedFraction >= 1.0)
        return ConfigProblem{"crashedFraction", "must be at least 0 and below 1"};
    if (!isProbability(config.unknownFraction))
        return ConfigProblem{"unknownFraction", "must be between 0 and 1"};
    if (config.cacheCapacity < 0 || config.cacheCapacity > 1'000'000)
        return ConfigProblem{"cacheCapacity", "must be between 0 and 1000000"};
    if (config.backupEvery < 0 || config.backupEvery > maxRoundsLimit)
        return ConfigProblem{"backupEvery", "must be 0 (never) or a number of rounds"};
    if (config.protocol == Protocol::DirectMail && config.mode != Mode::Push)
        return ConfigProblem{"mode", "direct mail only pushes"};
    if (config.protocol != Protocol::Rumor && config.backupEvery != 0)
        return ConfigProblem{"backupEvery", "anti-entropy backup applies to rumor mongering only"};
    if (config.sharedItems < 0 || config.sharedItems > 1'000'000'000)
        return ConfigProblem{"sharedItems", "must be between 0 and 10^9"};
    if (config.itemBytes < 1 || config.checksumBytes < 1)
        return ConfigProblem{"itemBytes", "item and checksum sizes must be positive"};
    if (config.recentWindow < 1)
        return ConfigProblem{"recentWindow", "must be at least 1"};
    if (!std::isfinite(config.spatialExponent) || config.spatialExponent < 0.0 || config.spatialExponent > 10.0)
        return ConfigProblem{"spatialExponent", "must be between 0 and 10"};
    return std::nullopt;
}

} // namespace gossip
