// Comparison curves from scenarios.
#include "views/chart/comparisonbuilder.h"

#include "engine/network.h"
#include "engine/simulation.h"
#include "views/content/configtext.h"
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
        const bool link = run.measure == ComparisonRun::Measure::LinkTraffic;
        curve.yTitle = bytes  ? QCoreApplication::translate("ComparisonBuilder", "Megabytes sent")
                     : link   ? QCoreApplication::translate("ComparisonBuilder", "Talks a round: %1").arg(ConfigText::linkName(run.link))
                              : QCoreApplication::translate("ComparisonBuilder", "Coverage");
        curve.chartTitle = bytes ? QCoreApplication::translate("ComparisonBuilder", "What each way of comparing sends")
                         : link  ? QCoreApplication::translate("ComparisonBuilder", "Traffic on one link: %1").arg(ConfigText::linkName(run.link))
                                 : QCoreApplication::translate("ComparisonBuilder", "Every mechanism on one chart");
        // The link's index in the run's network, for its conversations round by round.
        std::size_t linkIndex = 0;
        if (link) {
            const auto network = gossip::networkFor(run.scenario.config);
            while (linkIndex + 1 < network->linkCount() && QString::fromStdString(network->linkName(linkIndex)) != run.link)
                ++linkIndex;
        }
        std::uint64_t crossed = 0;
        const auto sample = [&] {
            double value = simulation.measures().coverage();
            if (bytes) {
                value = double(simulation.world().bytes) / (1024.0 * 1024.0);
            } else if (link) {
                const std::uint64_t now = simulation.world().linkConversations[linkIndex];
                value = double(now - crossed);
                crossed = now;
            }
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
    for (int i = 0; i < curves.size(); ++i) {
        // A finished run holds its coverage or total; a link's traffic ends with its run
        // (a line dropping to nothing would read as the link falling quiet).
        ComparisonCurve &curve = curves[i];
        if (runs.at(i).measure == ComparisonRun::Measure::LinkTraffic)
            continue;
        const QPointF last = curve.points.constLast();
        for (int round = int(last.x()) + 1; round <= longest; ++round)
            curve.points << QPointF(round, last.y());
    }
    return curves;
}
