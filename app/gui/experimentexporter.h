// An experiment run headless and written out: its charts and summary.csv.
#pragma once

#include "views/content/experimentfile.h"
#include "views/lab/labresult.h"

#include <QCoreApplication>

class LabCharts;
#include <QList>
#include <QPair>
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
    // Draws `result`'s charts at `size` (without the table, which goes to CSV) into each
    // file of `targets`: a PNG at its scale, or an SVG.
    static bool writeCharts(const LabResult &result, const QSize &size,
                            const QList<QPair<QString, double>> &targets, QString *error);

private:
    static void setUp(LabCharts *charts, const LabResult &result, const QSize &size);
    static void settle();
    static bool write(LabCharts *charts, const QList<QPair<QString, double>> &targets, QString *error);
};
