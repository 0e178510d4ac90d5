// The theory of Demers et al. that the app draws beside a run.
#pragma once

#include "engine/config.h"
#include "engine/scenario.h"

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

// What keeps a prediction from describing a run; Nothing when it does. The predictions
// assume one update spreading among people who are all up, pick partners uniformly at
// random and accept every call; message loss they model for anti-entropy only.
enum class Unmodelled {
    Nothing,
    Mechanism,        // direct mail, or a rumor mongering variant with no simple law
    NearbyPartners,   // spatial partner choice: partners are not uniform
    ScriptedPartners, // the contacts are scripted
    ConnectionLimit,  // calls are refused
    Faults,           // crashed people, crashes and recoveries, partitions or forgers
    RumorLoss,        // message loss under rumor mongering
    BackupAntiEntropy,// rumor mongering with anti-entropy behind it
    SeveralUpdates    // updates written at several rounds or to several keys
};
// The first reason the scenario's runs are not what predictionFor() describes, or Nothing.
// A network alone is no reason: with uniform partners its routes count traffic but do not
// change who meets whom.
Unmodelled unmodelled(const Scenario &scenario);

// Anti-entropy's susceptible fraction by `mode`, from p(0) = p0 (rounds + 1 values), when
// each contact is lost, both ways, with probability `loss` (the engine loses a contact whole).
std::vector<double> susceptibleCurve(Mode mode, double p0, std::uint64_t n, int rounds, double loss = 0.0);

// Anti-entropy pull: p(i+1) = p(i) (loss + (1 - loss) p(i)), from p(0) = p0, for `rounds`
// rounds (rounds + 1 values); without loss, p(i)^2.
std::vector<double> pullSusceptible(double p0, int rounds, double loss = 0.0);
// Anti-entropy push: p(i+1) = p(i) (1 - (1 - loss)/n)^(n (1 - p(i))).
std::vector<double> pushSusceptible(double p0, std::uint64_t n, int rounds, double loss = 0.0);
// Anti-entropy push-pull: both effects in one round,
// p(i+1) = p(i) (loss + (1 - loss) p(i)) (1 - (1 - loss)/n)^(n (1 - p(i))).
std::vector<double> pushPullSusceptible(double p0, std::uint64_t n, int rounds, double loss = 0.0);
// Rounds for push to reach everyone (Pittel): log2 n + ln n.
double pushRounds(std::uint64_t n);
// Rounds for push-pull to reach everyone: log3 n + ln ln n.
double pushPullRounds(std::uint64_t n);
// Anti-entropy from one holder: the rounds to reach everyone by `mode` (push: Pittel's,
// push-pull: Karp's; pull, and any mode with loss: the round at which the curve leaves
// fewer than half a person).
double finishRounds(Mode mode, std::uint64_t n, double loss = 0.0);
// Rumor with feedback and coin: the residue s that solves s = exp(-(k+1)(1-s)), s < 1.
double rumorResidue(int k);
// Push rumor variants: residue for traffic m, s = exp(-m).
double residueForTraffic(double m);

} // namespace gossip::theory
