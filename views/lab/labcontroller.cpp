// The lab's experiment, its computation on worker threads, and its guess.
#include "views/lab/labcontroller.h"

#include "engine/scenario.h"
#include "views/content/configtext.h"
#include "views/lab/labcharts.h"
#include "views/lab/labrunner.h"

#include <QThread>

#include <algorithm>
#include <functional>
#include <cmath>
#include <thread>

LabController::LabController(QObject *parent)
    : QObject(parent)
{
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_done)
            emit progress(*m_done, qint64(m_experiment.entries.size()) * m_experiment.valueCount() * m_experiment.runs);
    });
}

LabController::~LabController()
{
    if (m_thread) {
        *m_cancel = true;
        m_thread->wait();
    }
}

void LabController::forgetResult()
{
    m_result.reset();
    emit resultChanged();
}

void LabController::setExperiment(const ExperimentDocument &experiment)
{
    if (isRunning())
        return;
    m_experiment = experiment;
    m_guess.reset();
    forgetResult();
    emit experimentChanged();
    emit guessChanged();
}

bool LabController::addEntry(const gossip::Config &config, const QString &name)
{
    if (isRunning() || m_experiment.entries.size() >= ExperimentDocument::maximumEntries)
        return false;
    ExperimentDocument candidate = m_experiment;
    const QString swept = m_experiment.sweep ? m_experiment.sweep->parameter : QString();
    candidate.entries.append({name.isEmpty() ? ConfigText::summary(config, ConfigText::Seed::Left, swept) : name, config});
    for (int value = 0; value < candidate.valueCount(); ++value) {
        if (gossip::validate(gossip::Scenario::singleUpdate(candidate.configAt(int(candidate.entries.size()) - 1, value))))
            return false;
    }
    // What the other entries found stays: the new one waits for the next Run.
    keepResultsAs(candidate, [&](LabResult &result) {
        for (int value = 0; value < candidate.valueCount(); ++value)
            result.batches.append(gossip::BatchResult{});
    });
    return true;
}

void LabController::keepResultsAs(const ExperimentDocument &experiment, const std::function<void(LabResult &)> &adjust)
{
    std::optional<LabResult> kept = m_result;
    m_experiment = experiment;
    m_cancelled = false;
    if (kept) {
        adjust(*kept);
        kept->experiment = experiment;
        kept->complete = std::all_of(kept->batches.begin(), kept->batches.end(),
                                     [](const gossip::BatchResult &batch) { return !batch.runs.empty(); });
        if (experiment.entries.isEmpty())
            kept.reset();
    }
    m_result = kept;
    emit experimentChanged();
    emit resultChanged();
}

void LabController::renameEntry(int entry, const QString &name)
{
    if (isRunning() || entry < 0 || entry >= m_experiment.entries.size() || name.trimmed().isEmpty())
        return;
    m_experiment.entries[entry].name = name.trimmed();
    if (m_result)
        m_result->experiment.entries[entry].name = name.trimmed();
    emit experimentChanged();
    emit resultChanged();
}

void LabController::recolourEntry(int entry, ColourRole colour)
{
    if (isRunning() || entry < 0 || entry >= m_experiment.entries.size())
        return;
    m_experiment.entries[entry].colour = colour;
    if (m_result)
        m_result->experiment.entries[entry].colour = colour;
    emit experimentChanged();
    emit resultChanged();
}

void LabController::removeEntry(int entry)
{
    if (isRunning() || entry < 0 || entry >= m_experiment.entries.size())
        return;
    ExperimentDocument candidate = m_experiment;
    // The others keep their colours (the palette's colour in turn is by place, and places move).
    for (int other = 0; other < candidate.entries.size(); ++other) {
        if (!candidate.entries[other].colour)
            candidate.entries[other].colour = LabCharts::defaultRole(other);
    }
    candidate.entries.removeAt(entry);
    // The others keep what they found, and the guess stays.
    const int values = m_experiment.valueCount();
    keepResultsAs(candidate, [entry, values](LabResult &result) {
        result.batches.remove(qsizetype(entry) * values, values);
    });
}

void LabController::setRuns(int runs)
{
    runs = std::clamp(runs, 1, ExperimentDocument::maximumRuns);
    if (isRunning() || runs == m_experiment.runs)
        return;
    ExperimentDocument candidate = m_experiment;
    candidate.runs = runs;
    setExperiment(candidate);
}

void LabController::setSeed(std::uint64_t seed)
{
    if (isRunning() || seed == m_experiment.seed)
        return;
    ExperimentDocument candidate = m_experiment;
    candidate.seed = seed;
    setExperiment(candidate);
}

bool LabController::setSweep(const std::optional<ExperimentSweep> &sweep, QString *error)
{
    if (isRunning())
        return false;
    ExperimentDocument candidate = m_experiment;
    candidate.sweep = sweep;
    // An entry still named after its configuration is named anew: the swept field takes
    // every value, so its name must not give it one ("k = 1" in a sweep of k).
    const QString before = m_experiment.sweep ? m_experiment.sweep->parameter : QString();
    const QString after = sweep ? sweep->parameter : QString();
    for (ExperimentEntry &entry : candidate.entries) {
        if (entry.name == ConfigText::summary(entry.config, ConfigText::Seed::Left, before))
            entry.name = ConfigText::summary(entry.config, ConfigText::Seed::Left, after);
    }
    for (int entry = 0; entry < candidate.entries.size(); ++entry) {
        for (int value = 0; value < candidate.valueCount(); ++value) {
            if (const auto problem = gossip::validate(gossip::Scenario::singleUpdate(candidate.configAt(entry, value)))) {
                *error = tr("%1 at %2 = %3: %4 %5")
                                 .arg(candidate.entries.at(entry).name, sweep->parameter,
                                      ConfigText::number(sweep->values.at(value)),
                                      QString::fromStdString(problem->field), QString::fromStdString(problem->message));
                return false;
            }
        }
    }
    setExperiment(candidate);
    return true;
}

void LabController::setGuess(Guess kind, double value)
{
    m_guess = std::pair{kind, value};
    m_guessKind = kind;
    emit guessChanged();
}

void LabController::setGuessKind(Guess kind)
{
    m_guessKind = kind;
    if (m_guess && m_guess->first != kind)
        m_guess.reset();
    emit guessChanged();
}

void LabController::clearGuess()
{
    m_guess.reset();
    emit guessChanged();
}

std::optional<double> LabController::truth() const
{
    if (!m_result || !m_guess)
        return std::nullopt;
    return labAnswer(*m_result, m_guess->first);
}

QString LabController::revealText() const
{
    if (!m_guess || !m_result)
        return {};
    return labRevealText(*m_result, {m_guess->first, m_guess->second});
}

void LabController::run()
{
    if (isRunning() || m_experiment.entries.isEmpty())
        return;
    forgetResult();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    m_done = std::make_shared<std::atomic<qint64>>(0);
    m_computing = std::make_shared<LabResult>();
    // The worker reads its own copies; the window goes on reading the controller.
    const ExperimentDocument experiment = m_experiment;
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    m_thread = QThread::create([experiment, threads, cancel = m_cancel, done = m_done, result = m_computing] {
        *result = LabRunner::run(experiment, threads, cancel.get(), [done](qint64 runs, qint64) { *done = runs; });
    });
    connect(m_thread, &QThread::finished, this, &LabController::finished);
    m_thread->start(QThread::LowPriority);
    m_progressTimer.start();
    emit runningChanged(true);
    emit progress(0, qint64(m_experiment.entries.size()) * m_experiment.valueCount() * m_experiment.runs);
}

void LabController::cancel()
{
    if (m_cancel)
        *m_cancel = true;
}

void LabController::finished()
{
    m_progressTimer.stop();
    m_thread->deleteLater();
    m_thread = nullptr;
    m_result = *m_computing;
    m_cancelled = !m_result->complete;
    m_computing.reset();
    m_cancel.reset();
    m_done.reset();
    emit runningChanged(false);
    emit resultChanged();
}
