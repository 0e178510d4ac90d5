// Closed forms and recurrences from Demers et al. (1987) and Pittel (1987).
#include "engine/theory.h"

#include <cmath>
#include <optional>

namespace gossip::theory {

namespace {

template<typename Next>
std::vector<double> iterate(double p0, int rounds, Next next)
{
    std::vector<double> values{p0};
    for (int i = 0; i < rounds; ++i)
        values.push_back(next(values.back()));
    return values;
}

// The chance a susceptible node stays so for want of the push of (1 - p) n holders, each
// calling it with probability 1/n and getting through with probability 1 - loss.
double pushFactor(double p, std::uint64_t n, double loss)
{
    const double nodes = double(n);
    return std::pow(1.0 - (1.0 - loss) / nodes, nodes * (1.0 - p));
}

// The chance a susceptible node's own pull brings nothing: its partner lacks it too, or
// the contact is lost.
double pullFactor(double p, double loss)
{
    return loss + (1.0 - loss) * p;
}

} // namespace

std::vector<double> pullSusceptible(double p0, int rounds, double loss)
{
    return iterate(p0, rounds, [loss](double p) { return p * pullFactor(p, loss); });
}

std::vector<double> pushSusceptible(double p0, std::uint64_t n, int rounds, double loss)
{
    return iterate(p0, rounds, [n, loss](double p) { return p * pushFactor(p, n, loss); });
}

std::vector<double> pushPullSusceptible(double p0, std::uint64_t n, int rounds, double loss)
{
    return iterate(p0, rounds, [n, loss](double p) { return p * pullFactor(p, loss) * pushFactor(p, n, loss); });
}

double pushRounds(std::uint64_t n)
{
    return std::log2(double(n)) + std::log(double(n));
}

double pushPullRounds(std::uint64_t n)
{
    return std::log(double(n)) / std::log(3.0) + std::log(std::log(double(n)));
}

double finishRounds(Mode mode, std::uint64_t n, double loss)
{
    if (loss == 0.0 && mode == Mode::Push)
        return pushRounds(n);
    if (loss == 0.0 && mode == Mode::PushPull)
        return pushPullRounds(n);
    // Along the curve from one holder, until fewer than half a person is left out; ln p at
    // least doubles each round of pull, so without loss this loop is short, and with loss
    // below 1 the curve still falls geometrically.
    double p = 1.0 - 1.0 / double(n);
    int round = 0;
    constexpr int longest = 100'000;
    while (double(n) * p >= 0.5 && round < longest) {
        p = susceptibleCurve(mode, p, n, 1, loss).back();
        ++round;
    }
    return double(round);
}

double rumorResidue(int k)
{
    // The fixed point iteration from s = 0 climbs monotonically to the root below 1.
    double s = 0.0;
    for (int i = 0; i < 10'000; ++i) {
        const double next = std::exp(-(k + 1) * (1.0 - s));
        if (std::abs(next - s) < 1e-15)
            return next;
        s = next;
    }
    return s;
}

double residueForTraffic(double m)
{
    return std::exp(-m);
}

Prediction predictionFor(const Config &config)
{
    switch (config.protocol) {
    case Protocol::DirectMail:
        return Prediction::None;
    case Protocol::AntiEntropy:
        return Prediction::SusceptibleCurve;
    case Protocol::Rumor:
        if (config.interest == Interest::Feedback && config.stopping == Stopping::Coin)
            return Prediction::Residue;
        return config.mode == Mode::Push ? Prediction::ResidueForTraffic : Prediction::None;
    }
    return Prediction::None;
}

std::vector<double> susceptibleCurve(Mode mode, double p0, std::uint64_t n, int rounds, double loss)
{
    switch (mode) {
    case Mode::Pull:
        return pullSusceptible(p0, rounds, loss);
    case Mode::Push:
        return pushSusceptible(p0, n, rounds, loss);
    case Mode::PushPull:
        return pushPullSusceptible(p0, n, rounds, loss);
    }
    return {};
}

Unmodelled unmodelled(const Scenario &scenario)
{
    const Config &config = scenario.config;
    if (predictionFor(config) == Prediction::None)
        return Unmodelled::Mechanism;
    if (config.partnerChoice == PartnerChoice::Spatial)
        return Unmodelled::NearbyPartners;
    if (config.partnerChoice == PartnerChoice::Scripted)
        return Unmodelled::ScriptedPartners;
    if (config.connectionLimit > 0)
        return Unmodelled::ConnectionLimit;
    if (config.crashedFraction > 0.0)
        return Unmodelled::Faults;
    if (config.protocol == Protocol::Rumor && config.loss > 0.0)
        return Unmodelled::RumorLoss;
    if (config.protocol == Protocol::Rumor && config.backupEvery > 0)
        return Unmodelled::BackupAntiEntropy;
    std::optional<Round> writtenAt;
    std::optional<KeyId> writtenKey;
    for (const Intervention &intervention : scenario.interventions) {
        using Kind = Intervention::Kind;
        switch (intervention.kind) {
        case Kind::Write:
            if ((writtenAt && *writtenAt != intervention.round) || (writtenKey && *writtenKey != intervention.key))
                return Unmodelled::SeveralUpdates;
            writtenAt = intervention.round;
            writtenKey = intervention.key;
            break;
        case Kind::Contact:
            return Unmodelled::ScriptedPartners;
        case Kind::Crash:
        case Kind::Recover:
        case Kind::Byzantine:
        case Kind::Partition:
        case Kind::Heal:
            return Unmodelled::Faults;
        }
    }
    return Unmodelled::Nothing;
}

} // namespace gossip::theory
