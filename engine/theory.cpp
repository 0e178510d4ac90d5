// Closed forms and recurrences from Demers et al. (1987) and Pittel (1987).
#include "engine/theory.h"

#include <cmath>

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

double pushFactor(double p, std::uint64_t n)
{
    const double nodes = double(n);
    return std::pow(1.0 - 1.0 / nodes, nodes * (1.0 - p));
}

} // namespace

std::vector<double> pullSusceptible(double p0, int rounds)
{
    return iterate(p0, rounds, [](double p) { return p * p; });
}

std::vector<double> pushSusceptible(double p0, std::uint64_t n, int rounds)
{
    return iterate(p0, rounds, [n](double p) { return p * pushFactor(p, n); });
}

std::vector<double> pushPullSusceptible(double p0, std::uint64_t n, int rounds)
{
    return iterate(p0, rounds, [n](double p) { return p * p * pushFactor(p, n); });
}

double pushRounds(std::uint64_t n)
{
    return std::log2(double(n)) + std::log(double(n));
}

double pushPullRounds(std::uint64_t n)
{
    return std::log(double(n)) / std::log(3.0) + std::log(std::log(double(n)));
}

double finishRounds(Mode mode, std::uint64_t n)
{
    switch (mode) {
    case Mode::Push:
        return pushRounds(n);
    case Mode::PushPull:
        return pushPullRounds(n);
    case Mode::Pull:
        break;
    }
    // p(i+1) = p(i)^2 from 1 - 1/n: ln p doubles each round, so this loop is short.
    double p = 1.0 - 1.0 / double(n);
    int round = 0;
    while (double(n) * p >= 0.5 && round < 10'000) {
        p *= p;
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

std::vector<double> susceptibleCurve(Mode mode, double p0, std::uint64_t n, int rounds)
{
    switch (mode) {
    case Mode::Pull:
        return pullSusceptible(p0, rounds);
    case Mode::Push:
        return pushSusceptible(p0, n, rounds);
    case Mode::PushPull:
        return pushPullSusceptible(p0, n, rounds);
    }
    return {};
}

} // namespace gossip::theory
