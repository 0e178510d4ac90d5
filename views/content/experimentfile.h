// Experiment files: the lab's entries, runs, seed and sweep, as strict JSON.
#pragma once

#include "engine/config.h"
#include "views/content/colourrole.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

// One configuration of the lab, named for its legend and table.
struct ExperimentEntry
{
    QString name;
    gossip::Config config;
    std::optional<ColourRole> colour = std::nullopt; // the palette's colours in turn when not chosen

    bool operator==(const ExperimentEntry &other) const = default;
};

// One parameter (a config key such as "k", "nodes" or "loss") over a list of values.
struct ExperimentSweep
{
    QString parameter;
    QList<double> values;

    bool operator==(const ExperimentSweep &other) const = default;
};

// What the lab runs: every entry (at every sweep value, if there is a sweep) as `runs`
// seeded runs from `seed`, so entries race on the same seeds.
struct ExperimentDocument
{
    static constexpr int maximumRuns = 10'000;
    static constexpr int maximumEntries = 12;
    static constexpr int maximumSweepValues = 40;

    int runs = 100;
    std::uint64_t seed = 1;
    QList<ExperimentEntry> entries;
    std::optional<ExperimentSweep> sweep;

    // How many values each entry is run at: the sweep's, or one.
    int valueCount() const { return sweep ? int(sweep->values.size()) : 1; }
    // The configuration of `entry` at the sweep's value `value` (0 without a sweep),
    // with the experiment's seed.
    gossip::Config configAt(int entry, int value) const;

    bool operator==(const ExperimentDocument &other) const = default;
};

// Reads and writes experiment files. Reading is as strict as scenario files: an unknown
// key, a wrong type, a value out of range, a configuration the engine refuses (at any
// sweep value) is refused with one message naming the place.
class ExperimentFile
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentFile)

public:
    static constexpr qint64 maxBytes = 4 * 1024 * 1024;

    static std::optional<ExperimentDocument> read(const QString &path, QString *error);
    static std::optional<ExperimentDocument> parse(const QByteArray &json, QString *error);
    static QByteArray serialize(const ExperimentDocument &document);
    static bool write(const QString &path, const ExperimentDocument &document, QString *error);
};
