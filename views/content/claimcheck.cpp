// Reading a chapter's claims off its runs.
#include "views/content/claimcheck.h"

#include "engine/network.h"
#include "engine/simulation.h"
#include "views/content/configtext.h"

#include <algorithm>
#include <cmath>

namespace {

using Measure = ClaimTerm::Measure;
using Statistic = ClaimTerm::Statistic;

// Steps a fresh run of `scenario` to `round`, or to its end.
void stepTo(gossip::Simulation &simulation, gossip::Round round)
{
    while (!simulation.finished() && simulation.round() < round)
        simulation.step();
}

std::size_t linkIndex(const gossip::Config &config, const QString &name)
{
    const auto network = gossip::networkFor(config);
    std::size_t link = 0;
    while (link + 1 < network->linkCount() && QString::fromStdString(network->linkName(link)) != name)
        ++link;
    return link;
}

gossip::SlotState slotStateOf(Measure measure)
{
    return gossip::SlotState(int(measure) - int(Measure::Healthy));
}

double statistic(const std::vector<double> &values, Statistic statistic)
{
    if (values.empty())
        return 0.0;
    switch (statistic) {
    case Statistic::Minimum:
        return *std::min_element(values.begin(), values.end());
    case Statistic::Maximum:
        return *std::max_element(values.begin(), values.end());
    case Statistic::StandardDeviation: {
        double mean = 0.0;
        for (double value : values)
            mean += value;
        mean /= double(values.size());
        double squares = 0.0;
        for (double value : values)
            squares += (value - mean) * (value - mean);
        return values.size() > 1 ? std::sqrt(squares / double(values.size() - 1)) : 0.0;
    }
    case Statistic::Count:
        return double(values.size());
    case Statistic::None:
    case Statistic::Mean:
    case Statistic::P10:
    case Statistic::P50:
    case Statistic::P90:
        break;
    }
    double total = 0.0;
    for (double value : values)
        total += value;
    return total / double(values.size());
}

} // namespace

ClaimCheck::ClaimCheck(const Chapter &chapter)
    : m_chapter(chapter)
{
}

const gossip::Scenario &ClaimCheck::scenarioOf(int run) const
{
    return run >= 0 ? m_chapter.comparisons.at(run).scenario : m_chapter.scenario;
}

const gossip::BatchResult &ClaimCheck::lab()
{
    if (!m_lab) {
        // As the stage races them: the chapter's configuration from one writer, on every core.
        gossip::BatchOptions options;
        options.runs = m_chapter.labRuns;
        options.threads = 2;
        m_lab = gossip::runBatch(gossip::Scenario::singleUpdate(m_chapter.scenario.config), options);
    }
    return *m_lab;
}

double ClaimCheck::value(const ClaimTerm &term, gossip::Round beatRound)
{
    const gossip::Round round = term.round.value_or(beatRound);
    if (term.run == ClaimTerm::labRuns) {
        const gossip::BatchResult &runs = lab();
        if (term.measure == Measure::Coverage) {
            const auto &curve = term.statistic == Statistic::P10   ? runs.susceptibleP90
                              : term.statistic == Statistic::P50 ? runs.susceptibleP50
                              : term.statistic == Statistic::P90 ? runs.susceptibleP10
                                                                 : runs.susceptibleFraction;
            return curve.empty() ? 0.0 : 1.0 - curve[std::min(std::size_t(round), curve.size() - 1)];
        }
        if (term.measure == Measure::FinishShare) {
            int within = 0;
            for (const gossip::RunSummary &run : runs.runs)
                within += run.tLast >= term.from && run.tLast <= term.to;
            return runs.runs.empty() ? 0.0 : double(within) / double(runs.runs.size());
        }
        std::vector<double> values;
        for (const gossip::RunSummary &run : runs.runs) {
            switch (term.measure) {
            case Measure::Residue:
                values.push_back(run.residue);
                break;
            case Measure::Traffic:
                values.push_back(run.traffic);
                break;
            case Measure::TAverage:
                values.push_back(run.tAverage);
                break;
            case Measure::TLast:
                values.push_back(run.tLast);
                break;
            case Measure::ResidueForTraffic:
                values.push_back(std::exp(-run.traffic));
                break;
            default:
                values.push_back(double(run.rounds));
                break;
            }
        }
        return statistic(values, term.statistic);
    }

    const gossip::Scenario &scenario = scenarioOf(term.run);
    gossip::Simulation simulation(scenario);
    if (!term.perRound()) {
        simulation.run();
        const gossip::RunSummary summary = simulation.summary();
        switch (term.measure) {
        case Measure::Residue:
            return summary.residue;
        case Measure::Traffic:
            return summary.traffic;
        case Measure::TAverage:
            return summary.tAverage;
        case Measure::TLast:
            return summary.tLast;
        case Measure::ResidueForTraffic:
            return std::exp(-summary.traffic);
        default:
            return double(summary.rounds);
        }
    }
    std::uint64_t linkBefore = 0;
    std::size_t link = 0;
    if (term.measure == Measure::LinkTraffic) {
        link = linkIndex(scenario.config, term.link);
        stepTo(simulation, round - 1);
        linkBefore = simulation.round() == round - 1 ? simulation.world().linkConversations[link] : 0;
    }
    stepTo(simulation, round);
    const gossip::RoundMeasures &measures = simulation.measures();
    const gossip::World &world = simulation.world();
    switch (term.measure) {
    case Measure::Healthy:
    case Measure::Outdated:
    case Measure::Contagious:
    case Measure::Immune:
    case Measure::Down:
    case Measure::Repairing: {
        const double count = double(measures.count(slotStateOf(term.measure)));
        return term.count ? count : (measures.stateTotal() ? count / double(measures.stateTotal()) : 0.0);
    }
    case Measure::Coverage:
        return measures.coverage();
    case Measure::Messages:
        return double(measures.messages());
    case Measure::NewMessages:
        return double(measures.messages(gossip::Outcome::New));
    case Measure::RedundantMessages:
        return double(measures.messages(gossip::Outcome::Redundant));
    case Measure::LostMessages:
        return double(measures.messages(gossip::Outcome::Lost));
    case Measure::RefusedMessages:
        return double(measures.messages(gossip::Outcome::Refused));
    case Measure::DroppedMessages:
        return double(measures.messages(gossip::Outcome::Dropped));
    case Measure::TrafficSoFar:
        return double(world.messages) / double(world.nodes);
    case Measure::MegabytesSoFar:
        return double(world.bytes) / (1024.0 * 1024.0);
    case Measure::LinkTraffic:
        // A run that ended earlier has no conversation in a later round.
        return simulation.round() == round ? double(world.linkConversations[link] - linkBefore) : 0.0;
    case Measure::LinkTrafficMean:
        link = linkIndex(scenario.config, term.link);
        return double(world.linkConversations[link]) / std::max(1.0, double(simulation.round()));
    case Measure::Holds: {
        const QStringList names = ClaimFile::keyNames({scenario.config, {}, m_chapter.keyNames, 0});
        QStringList held;
        for (gossip::KeyId key = 0; key < world.keys; ++key) {
            if (simulation.version(term.node, key) != gossip::noVersion)
                held << names.value(qsizetype(key));
        }
        QStringList wanted = term.keys;
        held.sort();
        wanted.sort();
        return held == wanted ? 1.0 : 0.0;
    }
    case Measure::State:
        return ClaimFile::stateNames().at(qsizetype(simulation.personState(term.node))) == term.state ? 1.0 : 0.0;
    default:
        break;
    }
    return 0.0;
}

QString ClaimCheck::describe(const ClaimTerm &term, gossip::Round round) const
{
    const QString run = term.run == ClaimTerm::labRuns ? tr("the lab's runs")
            : term.run >= 0 ? tr("comparison %1 (%2)").arg(term.run).arg(m_chapter.comparisons.at(term.run).label.text())
                            : tr("the chapter's run");
    QString what = ClaimFile::measureName(term.measure);
    if (term.measure == Measure::Holds)
        what = tr("whether person %1 holds {%2}").arg(term.node).arg(term.keys.join(QStringLiteral(", ")));
    if (term.measure == Measure::State)
        what = tr("whether person %1 is %2").arg(term.node).arg(term.state);
    if (!term.link.isEmpty())
        what += QStringLiteral(" (%1)").arg(term.link);
    if (term.statistic != Statistic::None)
        what += QStringLiteral(", %1").arg(ClaimFile::statisticName(term.statistic));
    if (term.perRound())
        return tr("%1 of %2 at round %3").arg(what, run).arg(term.round.value_or(round));
    return tr("%1 of %2").arg(what, run);
}

std::optional<QString> ClaimCheck::check(const Claim &claim, gossip::Round round)
{
    const double found = value(claim.term, round);
    const QString what = describe(claim.term, round);
    const QString number = ConfigText::number(found);
    if (claim.term.isStatement())
        return found == 1.0 ? std::nullopt : std::optional(tr("%1: false").arg(what));
    if (claim.equals && found != *claim.equals)
        return tr("%1 is %2, claimed %3").arg(what, number, ConfigText::number(*claim.equals));
    if ((claim.minimum && found < *claim.minimum) || (claim.maximum && found > *claim.maximum))
        return tr("%1 is %2, claimed from %3 to %4")
                .arg(what, number, claim.minimum ? ConfigText::number(*claim.minimum) : QStringLiteral("-"),
                     claim.maximum ? ConfigText::number(*claim.maximum) : QStringLiteral("-"));
    const QString times = claim.times == 1.0 ? QString() : tr("%1 times ").arg(ConfigText::number(claim.times));
    for (const ClaimTerm &other : claim.above) {
        const double than = claim.times * value(other, round);
        if (!(found > than))
            return tr("%1 is %2, claimed above %3%4: %5").arg(what, number, times, describe(other, round), ConfigText::number(than));
    }
    for (const ClaimTerm &other : claim.below) {
        const double than = claim.times * value(other, round);
        if (!(found < than))
            return tr("%1 is %2, claimed below %3%4: %5").arg(what, number, times, describe(other, round), ConfigText::number(than));
    }
    return std::nullopt;
}

QStringList ClaimCheck::failures()
{
    QStringList failed;
    for (const Claim &claim : m_chapter.watchClaims) {
        if (const auto problem = check(claim, m_chapter.keyFrame))
            failed << tr("%1, watch: %2").arg(m_chapter.id, *problem);
    }
    for (qsizetype beat = 0; beat < m_chapter.beats.size(); ++beat) {
        for (const Claim &claim : m_chapter.beats.at(beat).claims) {
            if (const auto problem = check(claim, m_chapter.beats.at(beat).round))
                failed << tr("%1, beat %2: %3").arg(m_chapter.id).arg(beat).arg(*problem);
        }
    }
    return failed;
}
