// Comparison curves from scenarios.
#include "views/chart/comparisonbuilder.h"

#include "engine/network.h"
#include "engine/simulation.h"
#include "views/content/configtext.h"
#include "views/style/citystyle.h"

#include <QCoreApplication>

#include <algorithm>

QList<ComparisonCurve> buildComparison(const QList<ComparisonRun> &runs, int maxRounds, const gossip::Scenario *shown)
{
    QList<ComparisonCurve> curves;
    QList<ComparisonRun::Measure> measures;
    int longest = 0;
    for (const ComparisonRun &run : runs) {
        gossip::Simulation simulation(run.scenario);
        ComparisonCurve curve;
        curve.label = run.label.text();
        // The class sees one run in the city and several on the chart: say which is which.
        if (shown && run.scenario == *shown)
            curve.label = QCoreApplication::translate("ComparisonBuilder", "%1 (in the city)").arg(curve.label);
        curve.color = CityStyle::color(run.colour);
        if (!measures.contains(run.measure))
            measures << run.measure;
        curve.chart = int(measures.indexOf(run.measure));
        curve.growing = run.isCumulative();
        const QString link = ConfigText::linkName(run.link);
        switch (run.measure) {
        case ComparisonRun::Measure::Coverage:
            curve.yTitle = QCoreApplication::translate("ComparisonBuilder", "Coverage");
            curve.chartTitle = QCoreApplication::translate("ComparisonBuilder", "Every mechanism on one chart");
            break;
        case ComparisonRun::Measure::CumulativeMegabytes:
            curve.yTitle = QCoreApplication::translate("ComparisonBuilder", "Megabytes sent so far");
            curve.yTitleShort = QCoreApplication::translate("ComparisonBuilder", "Megabytes");
            curve.chartTitle = QCoreApplication::translate("ComparisonBuilder", "What each way of comparing sends");
            curve.soFar = QCoreApplication::translate("ComparisonBuilder", "%1: %2 MB so far");
            break;
        case ComparisonRun::Measure::CumulativeMessages:
            curve.yTitle = QCoreApplication::translate("ComparisonBuilder", "Messages a person so far");
            curve.yTitleShort = QCoreApplication::translate("ComparisonBuilder", "Messages");
            curve.chartTitle = QCoreApplication::translate("ComparisonBuilder", "What each mechanism costs");
            curve.soFar = QCoreApplication::translate("ComparisonBuilder", "%1: %2 a person so far");
            break;
        case ComparisonRun::Measure::LinkTraffic:
            curve.yTitle = QCoreApplication::translate("ComparisonBuilder", "Talks a round: %1").arg(link);
            curve.yTitleShort = QCoreApplication::translate("ComparisonBuilder", "Talks a round");
            curve.chartTitle = QCoreApplication::translate("ComparisonBuilder", "Traffic on one link: %1").arg(link);
            break;
        }
        // The link's index in the run's network, for its conversations round by round.
        std::size_t linkIndex = 0;
        if (run.measure == ComparisonRun::Measure::LinkTraffic) {
            const auto network = gossip::networkFor(run.scenario.config);
            while (linkIndex + 1 < network->linkCount() && QString::fromStdString(network->linkName(linkIndex)) != run.link)
                ++linkIndex;
        }
        std::uint64_t crossed = 0;
        const auto sample = [&] {
            const gossip::World &world = simulation.world();
            double value = simulation.measures().coverage();
            switch (run.measure) {
            case ComparisonRun::Measure::Coverage:
                break;
            case ComparisonRun::Measure::CumulativeMegabytes:
                value = double(world.bytes) / (1024.0 * 1024.0);
                break;
            case ComparisonRun::Measure::CumulativeMessages:
                value = double(world.messages) / double(world.nodes);
                break;
            case ComparisonRun::Measure::LinkTraffic: {
                const std::uint64_t now = world.linkConversations[linkIndex];
                value = double(now - crossed);
                crossed = now;
                break;
            }
            }
            curve.points << QPointF(simulation.round(), value);
        };
        sample();
        while (!simulation.finished() && simulation.round() < maxRounds) {
            simulation.step();
            sample();
        }
        longest = std::max(longest, int(simulation.round()));
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
