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
#include <thread>

bool ExperimentExporter::exportTo(const ExperimentDocument &experiment, const QString &folder, const QSize &size,
                                  QString *error)
{
    const int threads = int(std::max(1u, std::thread::hardware_concurrency()));
    const LabResult result = LabRunner::run(experiment, threads);
    const QDir out(folder);
    QSaveFile summary(out.filePath(QStringLiteral("summary.csv")));
    if (!summary.open(QIODevice::WriteOnly) || summary.write(labSummaryCsv(result)) < 0 || !summary.commit()) {
        *error = tr("Cannot write %1: %2").arg(summary.fileName(), summary.errorString());
        return false;
    }
    return writeCharts(result, size,
                       {{out.filePath(QStringLiteral("lab.png")), 1.0}, {out.filePath(QStringLiteral("lab.svg")), 1.0}},
                       error);
}

bool ExperimentExporter::writeCharts(const LabResult &result, const QSize &size,
                                     const QList<QPair<QString, double>> &targets, QString *error)
{
    LabCharts charts;
    charts.setAttribute(Qt::WA_DontShowOnScreen);
    charts.setTableVisible(false);
    charts.resize(size);
    charts.show();
    charts.setResult(result);
    // Its layout, then the charts' own, then their titles.
    for (int pass = 0; pass < 3; ++pass)
        QApplication::processEvents();
    for (const auto &[path, scale] : targets) {
        if (!WidgetExporter::save(&charts, path, scale, error))
            return false;
    }
    return true;
}
