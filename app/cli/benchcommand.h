// `gossiplab-cli bench`: the engine's throughput figures, measured on one core.
#pragma once

#include <QCoreApplication>
#include <QStringList>

// Measures the speed goals of the engine and prints each figure beside its goal, with
// nanoseconds per node-contact so progress can be compared over time. It never fails on
// a slow machine: the figures are for people to read.
class BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(BenchCommand)

public:
    static int run(const QStringList &arguments);
    // The usage and options of the command, for `bench --help`.
    static QString help();
};
