// What the lab found: a batch per entry and sweep value, and what a guess is judged against.
#pragma once

#include "engine/batch.h"
#include "views/content/experimentfile.h"

#include <QList>
#include <QString>

#include <optional>

// The batches of an experiment, entry by entry and, within an entry, value by value of
// its sweep. A cancelled experiment keeps what was finished: `complete` is false and
// batches not reached have no runs.
struct LabResult
{
    ExperimentDocument experiment;
    QList<gossip::BatchResult> batches; // index entry * valueCount() + value
    bool complete = false;

    const gossip::BatchResult &at(int entry, int value) const
    {
        return batches.at(entry * experiment.valueCount() + value);
    }
};

// What a class can guess before the reveal, about the first entry: the round by which
// half the city has the update, or the residue (the share never reached, 0 to 1).
enum class LabGuessKind { HalfRound, Residue };
struct LabGuess
{
    LabGuessKind kind = LabGuessKind::HalfRound;
    double value = 0.0;
};

// The runs' answer to a guess of `kind`, over the first entry's runs: the round at which
// its mean curve has half the city (between rounds linearly), or its mean residue. None
// before a run, or when half the city never had it on average.
std::optional<double> labAnswer(const LabResult &result, LabGuessKind kind);
// The reveal in words: the guess, the runs' answer and how far off it was ("You guessed
// round 8. On average half the city had it by round 9.4: 1.4 rounds off."); empty before
// a run.
QString labRevealText(const LabResult &result, const LabGuess &guess);
// The guess alone, before the reveal: "Your guess: half the city by round 8".
QString labGuessText(const LabGuess &guess);
// The guess and, once the runs are in, the answer in one short line for the chart's
// caption: "Your guess: round 8 · the runs: 9.4 · 1.4 off".
QString labRevealShort(const LabResult &result, const LabGuess &guess);
