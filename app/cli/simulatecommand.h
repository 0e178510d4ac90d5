// `gossiplab-cli simulate`: run a scenario many times and report Demers' measures.
#pragma once

#include "engine/batch.h"
#include "engine/scenario.h"

#include <QCommandLineOption>
#include <QCoreApplication>
#include <QList>
#include <QStringList>

// Parses the options of DESIGN.md's command-line contract into a scenario and runs it.
// Bad options throw UsageError with one message that names the option and value.
class SimulateCommand
{
    Q_DECLARE_TR_FUNCTIONS(SimulateCommand)

public:
    // What the options ask for.
    struct Request
    {
        gossip::Scenario scenario;
        int runs = 1;
        int threads = 1;
        bool json = false;
        QString tracePath;
    };

    // Every option: one per configuration field (from gossip::configFields()) and the run's own.
    static QList<QCommandLineOption> options();
    // The options with their values and help, one per line, for --help.
    static QString help();
    // `arguments` are those after "simulate".
    static Request parse(const QStringList &arguments);
    // Runs the request and prints the result on stdout; returns the exit status.
    static int run(const Request &request);

    static QByteArray toJson(const Request &request, const gossip::BatchResult &result);
    static QString toTable(const Request &request, const gossip::BatchResult &result);
};
