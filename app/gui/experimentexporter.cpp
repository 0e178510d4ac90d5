// Writing an experiment's charts and summary.
#include "app/gui/experimentexporter.h"

#include "app/gui/widgetexporter.h"
#include "views/lab/labcharts.h"
#include "views/lab/labrunner.h"
#include "views/lab/labsummary.h"

#include <QApplication>
#include <QDir>
#include <QSaveFile>

#include <algorithm>
#include <future>
#include <thread>

bool ExperimentExporter::exportTo(const ExperimentDocument &experiment, const QString &folder, const QSize &size,
                                  QString *error)
{
    // The runs compute on worker threads while this one lays the charts out empty, which
    // loads the fonts: a small experiment then costs little more than the command line's.
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    std::future<LabResult> running = std::async(std::launch::async, [&experiment, threads] {
        return LabRunner::run(experiment, threads);
    });
    LabResult empty;
    empty.experiment = experiment;
    for (int i = 0; i < experiment.entries.size() * experiment.valueCount(); ++i)
        empty.batches.append(gossip::BatchResult{});
    LabCharts charts;
    setUp(&charts, empty, size);
    const LabResult result = running.get();
    const QDir out(folder);
    QSaveFile summary(out.filePath(QStringLiteral("summary.csv")));
    if (!summary.open(QIODevice::WriteOnly) || summary.write(labSummaryCsv(result)) < 0 || !summary.commit()) {
        *error = tr("Cannot write %1: %2").arg(summary.fileName(), summary.errorString());
        return false;
    }
    charts.setResult(result);
    settle();
    return write(&charts, {{out.filePath(QStringLiteral("lab.png")), 1.0}, {out.filePath(QStringLiteral("lab.svg")), 1.0}},
                 error);
}

void ExperimentExporter::setUp(LabCharts *charts, const LabResult &result, const QSize &size)
{
    charts->setAttribute(Qt::WA_DontShowOnScreen);
    charts->setTableVisible(false);
    charts->resize(size);
    charts->show();
    charts->setResult(result);
    settle();
}

void ExperimentExporter::settle()
{
    // Its layout, then the charts' own, then their titles.
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents();
}

bool ExperimentExporter::write(LabCharts *charts, const QList<QPair<QString, double>> &targets, QString *error)
{
    for (const auto &[path, scale] : targets) {
        if (!WidgetExporter::save(charts, path, scale, error))
            return false;
    }
    return true;
}

bool ExperimentExporter::writeCharts(const LabResult &result, const QSize &size,
                                     const QList<QPair<QString, double>> &targets, QString *error)
{
    LabCharts charts;
    setUp(&charts, result, size);
    return write(&charts, targets, error);
}
