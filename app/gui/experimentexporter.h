// An experiment run headless and written out: its charts and summary.csv.
#pragma once

#include "views/content/experimentfile.h"

#include <QCoreApplication>
#include <QSize>
#include <QString>

// Runs an experiment (the same batches as gossiplab-cli simulate) and writes into a folder
// summary.csv, and the lab's charts and table as lab.png and lab.svg at `size`.
class ExperimentExporter
{
    Q_DECLARE_TR_FUNCTIONS(ExperimentExporter)

public:
    static bool exportTo(const ExperimentDocument &experiment, const QString &folder, const QSize &size,
                         QString *error);
};
