// The theory of Demers et al. that the app draws beside a run.
#pragma once

#include <cstdint>
#include <vector>

namespace gossip::theory {

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
// Rumor with feedback and coin: the residue s that solves s = exp(-(k+1)(1-s)), s < 1.
double rumorResidue(int k);
// Push rumor variants: residue for traffic m, s = exp(-m).
double residueForTraffic(double m);

} // namespace gossip::theory
