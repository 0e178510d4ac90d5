// Comparison curves from scenarios.
#include "views/chart/comparisonbuilder.h"

#include "engine/simulation.h"
#include "views/style/citystyle.h"

#include <QCoreApplication>
#include <QLocale>

#include <algorithm>

QList<ComparisonCurve> buildComparison(const QList<ComparisonRun> &runs, int maxRounds, const gossip::Scenario *shown)
{
    QList<ComparisonCurve> curves;
    int longest = 0;
    for (const ComparisonRun &run : runs) {
        gossip::Simulation simulation(run.scenario);
        ComparisonCurve curve;
        curve.label = run.label.text();
        // The class sees one run in the city and several on the chart: say which is which.
        if (shown && run.scenario == *shown)
            curve.label = QCoreApplication::translate("ComparisonBuilder", "%1 (in the city)").arg(curve.label);
        curve.color = CityStyle::color(run.colour);
        const bool bytes = run.measure == ComparisonRun::Measure::CumulativeMegabytes;
        curve.yTitle = bytes ? QCoreApplication::translate("ComparisonBuilder", "Megabytes sent")
                             : QCoreApplication::translate("ComparisonBuilder", "Coverage");
        curve.chartTitle = bytes ? QCoreApplication::translate("ComparisonBuilder", "What each way of comparing sends")
                                 : QCoreApplication::translate("ComparisonBuilder", "Every mechanism on one chart");
        const auto sample = [&] {
            const double value = bytes ? double(simulation.world().bytes) / (1024.0 * 1024.0) : simulation.measures().coverage();
            curve.points << QPointF(simulation.round(), value);
        };
        sample();
        while (!simulation.finished() && simulation.round() < maxRounds) {
            simulation.step();
            sample();
        }
        longest = std::max(longest, int(simulation.round()));
        // A cheap way's line lies along the axis; its name says how little it sent.
        if (bytes)
            curve.label = QCoreApplication::translate("ComparisonBuilder", "%1: %2 MB")
                                  .arg(curve.label, QLocale().toString(curve.points.constLast().y(), 'g', 3));
        curves << curve;
    }
    for (ComparisonCurve &curve : curves) {
        const QPointF last = curve.points.constLast();
        for (int round = int(last.x()) + 1; round <= longest; ++round)
            curve.points << QPointF(round, last.y());
    }
    return curves;
}
