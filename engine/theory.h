// The theory of Demers et al. that the app draws beside a run.
#pragma once

#include "engine/config.h"

#include <cstdint>
#include <vector>

namespace gossip::theory {

// Which of Demers' predictions describes the runs of a configuration.
enum class Prediction {
    None,               // no simple prediction (direct mail; rumor pull without coin and feedback)
    SusceptibleCurve,   // anti-entropy: the susceptible fraction round by round (by mode)
    Residue,            // rumor with feedback and coin: the residue s for k
    ResidueForTraffic   // push rumor variants: s = exp(-m) from the traffic so far
};
Prediction predictionFor(const Config &config);
// Anti-entropy's susceptible fraction by `mode`, from p(0) = p0 (rounds + 1 values).
std::vector<double> susceptibleCurve(Mode mode, double p0, std::uint64_t n, int rounds);

// Anti-entropy pull: p(i+1) = p(i)^2, from p(0) = p0, for `rounds` rounds (rounds + 1 values).
std::vector<double> pullSusceptible(double p0, int rounds);
// Anti-entropy push: p(i+1) = p(i) (1 - 1/n)^(n (1 - p(i))).
std::vector<double> pushSusceptible(double p0, std::uint64_t n, int rounds);
// Anti-entropy push-pull: both effects in one round, p(i+1) = p(i)^2 (1 - 1/n)^(n (1 - p(i))).
std::vector<double> pushPullSusceptible(double p0, std::uint64_t n, int rounds);
// Rounds for push to reach everyone (Pittel): log2 n + ln n.
double pushRounds(std::uint64_t n);
// Rounds for push-pull to reach everyone: log3 n + ln ln n.
double pushPullRounds(std::uint64_t n);
// Anti-entropy from one holder: the rounds to reach everyone by `mode` (push: Pittel's,
// push-pull: Karp's; pull: the round at which the curve leaves fewer than half a person).
double finishRounds(Mode mode, std::uint64_t n);
// Rumor with feedback and coin: the residue s that solves s = exp(-(k+1)(1-s)), s < 1.
double rumorResidue(int k);
// Push rumor variants: residue for traffic m, s = exp(-m).
double residueForTraffic(double m);

} // namespace gossip::theory
