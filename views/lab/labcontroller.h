// The one owner of the lab: its experiment, its computation and what it found.
#pragma once

#include "views/lab/labresult.h"

#include <QObject>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QThread;

// Holds the experiment the lab shows (entries, runs, seed, sweep), runs it on worker
// threads with progress and Cancel, and keeps the result; a guess made before a run is
// kept with it, so the reveal can set the truth beside it. Views read from it and ask it
// for changes; none keeps its own copy.
class LabController : public QObject
{
    Q_OBJECT

public:
    // What a class can guess before the reveal.
    using Guess = LabGuessKind;

    explicit LabController(QObject *parent = nullptr);
    ~LabController() override;

    const ExperimentDocument &experiment() const { return m_experiment; }
    // Replaces the experiment (opened from a file, or a preset); the result is forgotten.
    void setExperiment(const ExperimentDocument &experiment);
    // Adds an entry, named after its configuration unless `name` is given; false when the
    // lab is full (ExperimentDocument::maximumEntries) or the configuration cannot run.
    // The other entries keep their results (and the guess stays), as on removeEntry().
    bool addEntry(const gossip::Config &config, const QString &name = {});
    void renameEntry(int entry, const QString &name);
    void removeEntry(int entry);
    // Gives an entry a colour of the palette of its own, on every chart and in the table.
    void recolourEntry(int entry, ColourRole colour);
    void setRuns(int runs);
    void setSeed(std::uint64_t seed);
    // A sweep of `parameter` (a numeric config key) over `values`, or none; false with
    // `error` when some entry cannot run at some value.
    bool setSweep(const std::optional<ExperimentSweep> &sweep, QString *error);

    // The guess for the next run; cleared by a change of the experiment.
    void setGuess(Guess kind, double value);
    void clearGuess();
    std::optional<std::pair<Guess, double>> guess() const { return m_guess; }
    // What a click on the chart guesses: chosen before any value is given, so choosing
    // the kind of a guess guesses nothing (and reveals nothing) by itself.
    void setGuessKind(Guess kind);
    Guess guessKind() const { return m_guess ? m_guess->first : m_guessKind; }

    // Whether the experiment has entries and changed since it was last saved or opened.
    bool isModified() const { return !m_experiment.entries.isEmpty() && !(m_experiment == m_saved); }
    // The experiment as it is was saved to, or opened from, a file.
    void markSaved() { m_saved = m_experiment; }
    // After a run: the truth the guess is judged against, the mean over the runs of the
    // first entry (the round by which half the city had the update; the residue).
    std::optional<double> truth() const;
    // The reveal in words: the guess, the runs' answer and how far off it was; empty
    // without a guess or a result.
    QString revealText() const;

    bool isRunning() const { return m_thread != nullptr; }
    void run();
    void cancel();
    const std::optional<LabResult> &result() const { return m_result; }
    // Whether the last run was cancelled (an incomplete result may also have new entries
    // that have not run yet).
    bool wasCancelled() const { return m_cancelled; }

signals:
    void experimentChanged();
    void guessChanged();
    void progress(qint64 done, qint64 total);
    void runningChanged(bool running);
    void resultChanged();

private:
    void finished();
    void forgetResult();
    // Takes `experiment` on, keeping the result of the entries it keeps: `adjust` fixes
    // the batches up for the change (an entry added or removed); the guess stays.
    void keepResultsAs(const ExperimentDocument &experiment, const std::function<void(LabResult &)> &adjust);

    ExperimentDocument m_experiment;
    std::optional<LabResult> m_result;
    std::optional<std::pair<Guess, double>> m_guess;
    Guess m_guessKind = Guess::HalfRound;
    ExperimentDocument m_saved; // as last saved or opened
    QThread *m_thread = nullptr;
    std::shared_ptr<LabResult> m_computing;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    std::shared_ptr<std::atomic<qint64>> m_done;
    QTimer m_progressTimer;
    bool m_cancelled = false;
};
