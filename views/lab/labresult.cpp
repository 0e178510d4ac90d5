// Judging a guess against the runs.
#include "views/lab/labresult.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

// A guessed round as a class says it: "8", or "8.5" for half a round.
QString roundText(double round)
{
    return QString::number(round, 'f', std::floor(round) == round ? 0 : 1);
}

} // namespace

std::optional<double> labAnswer(const LabResult &result, LabGuessKind kind)
{
    if (result.batches.isEmpty() || result.batches.constFirst().runs.empty())
        return std::nullopt;
    const gossip::BatchResult &batch = result.batches.constFirst();
    if (kind == LabGuessKind::Residue)
        return batch.mean(&gossip::RunSummary::residue);
    const std::vector<double> &susceptible = batch.susceptibleFraction;
    for (std::size_t round = 1; round < susceptible.size(); ++round) {
        if (susceptible[round] <= 0.5) {
            const double before = susceptible[round - 1];
            const double share = before == susceptible[round] ? 1.0 : (before - 0.5) / (before - susceptible[round]);
            return double(round - 1) + std::clamp(share, 0.0, 1.0);
        }
    }
    return std::nullopt; // half the city never had it
}

QString labRevealText(const LabResult &result, const LabGuess &guess)
{
    if (result.experiment.entries.isEmpty() || result.batches.isEmpty() || result.batches.constFirst().runs.empty())
        return {};
    const auto truth = labAnswer(result, guess.kind);
    // The guess is about the first entry: with several, it is named.
    const QString about = result.experiment.entries.size() > 1
            ? QCoreApplication::translate("LabController", "%1: ").arg(result.experiment.entries.constFirst().name)
            : QString();
    if (guess.kind == LabGuessKind::HalfRound) {
        if (!truth)
            return about + QCoreApplication::translate("LabController", "You guessed round %1; on average half the city never had it.").arg(roundText(guess.value));
        return about
                + QCoreApplication::translate("LabController", "You guessed round %1. On average half the city had it by round %2: %3 rounds off.")
                          .arg(roundText(guess.value), QString::number(*truth, 'f', 1),
                               QString::number(std::abs(*truth - guess.value), 'f', 1));
    }
    return about
            + QCoreApplication::translate("LabController", "You guessed that %1% would never hear of it. The runs left %2% on average: %3 points off.")
                      .arg(QString::number(100.0 * guess.value, 'f', 1), QString::number(100.0 * truth.value_or(0.0), 'f', 1),
                           QString::number(100.0 * std::abs(truth.value_or(0.0) - guess.value), 'f', 1));
}

QString labGuessText(const LabGuess &guess)
{
    if (guess.kind == LabGuessKind::HalfRound)
        return QCoreApplication::translate("LabController", "Your guess: half the city by round %1").arg(roundText(guess.value));
    return QCoreApplication::translate("LabController", "Your guess: %1% never hear of it").arg(QString::number(100.0 * guess.value, 'f', 1));
}

QString labRevealShort(const LabResult &result, const LabGuess &guess)
{
    const auto truth = labAnswer(result, guess.kind);
    if (!truth || result.batches.isEmpty() || result.batches.constFirst().runs.empty())
        return labGuessText(guess);
    if (guess.kind == LabGuessKind::HalfRound)
        return QCoreApplication::translate("LabController", "Your guess: round %1 · the runs: %2 · %3 off")
                .arg(roundText(guess.value), QString::number(*truth, 'f', 1),
                     QString::number(std::abs(*truth - guess.value), 'f', 1));
    return QCoreApplication::translate("LabController", "Your guess: %1% · the runs: %2% · %3 points off")
            .arg(QString::number(100.0 * guess.value, 'f', 1), QString::number(100.0 * *truth, 'f', 1),
                 QString::number(100.0 * std::abs(*truth - guess.value), 'f', 1));
}
