// The bench command.
#include "app/cli/benchcommand.h"

#include "app/cli/usageerror.h"
#include "engine/batch.h"
#include "engine/history.h"
#include "engine/network.h"
#include "engine/networkpartners.h"
#include "engine/simulation.h"

#include <QCommandLineParser>
#include <QFile>
#include <QRegularExpression>
#include <QTextStream>

#include <algorithm>
#include <chrono>

namespace {

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

// The peak resident memory of this process so far, in bytes (Linux), or 0.
double peakMemoryBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QString text = QString::fromLatin1(status.readAll());
    const auto match = QRegularExpression(QStringLiteral("VmHWM:\\s+(\\d+) kB")).match(text);
    return match.hasMatch() ? match.captured(1).toDouble() * 1024.0 : 0.0;
}

gossip::Config antiEntropy(std::uint32_t nodes, std::uint64_t seed)
{
    gossip::Config config;
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = gossip::Mode::PushPull;
    config.nodes = nodes;
    config.seed = seed;
    return config;
}

class Report
{
public:
    explicit Report(QTextStream &out)
        : m_out(out)
    {
    }

    void figure(const QString &what, double value, const QString &unit, double goal, bool lowerIsBetter = true)
    {
        const double ratio = lowerIsBetter ? value / goal : goal / value;
        m_out << "  " << what.leftJustified(52) << QString::number(value, 'f', 3).rightJustified(10) << ' '
              << unit.leftJustified(8)
              << BenchCommand::tr("goal %1 %2, %3 of it").arg(QString::number(goal), unit,
                                                              QString::number(ratio * 100.0, 'f', 0) + QLatin1Char('%'))
              << '\n';
        m_out.flush();
    }
    void line(const QString &what, double value, const QString &unit)
    {
        m_out << "  " << what.leftJustified(52) << QString::number(value, 'f', 2).rightJustified(10) << ' ' << unit << '\n';
        m_out.flush();
    }
    void heading(const QString &text)
    {
        m_out << '\n' << text << '\n';
        m_out.flush();
    }

private:
    QTextStream &m_out;
};

} // namespace

QString BenchCommand::help()
{
    return tr("usage: gossiplab-cli bench [--quick]\n"
              "Times the engine on one core and prints each figure beside its goal.\n"
              "  --quick   smaller sizes, for a smoke test\n");
}

int BenchCommand::run(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("quick"), tr("smaller sizes, for a smoke test")});
    if (!parser.parse(QStringList{QStringLiteral("bench")} + arguments))
        throw UsageError{parser.errorText()};
    if (!parser.positionalArguments().isEmpty())
        throw UsageError{tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst())};
    const bool quick = parser.isSet(QStringLiteral("quick"));

    QTextStream out(stdout);
    Report report(out);
    out << tr("GossipLab engine benchmark (one thread)") << '\n';

    {
        const std::uint32_t nodes = quick ? 100'000 : 1'000'000;
        const int runs = quick ? 2 : 5;
        report.heading(tr("Anti-entropy push-pull, one update, %1 nodes, to full coverage, %2 runs").arg(nodes).arg(runs));
        double seconds = 0.0;
        double contacts = 0.0;
        double rounds = 0.0;
        for (int run = 0; run < runs; ++run) {
            const auto start = Clock::now();
            gossip::Simulation simulation(gossip::Scenario::singleUpdate(antiEntropy(nodes, std::uint64_t(run) + 1)));
            simulation.run();
            seconds += secondsSince(start);
            rounds += simulation.round();
            contacts += double(nodes) * simulation.round();
        }
        report.figure(tr("seconds per run"), seconds / runs, tr("s"), 0.15);
        report.line(tr("rounds per run"), rounds / runs, tr("rounds"));
        report.line(tr("nanoseconds per node-contact"), seconds * 1e9 / contacts, tr("ns"));
    }

    {
        const int runs = quick ? 100 : 1000;
        report.heading(tr("Rumor mongering, push, feedback, counter, 1000 nodes, k = 1..5, %1 runs each").arg(runs));
        double seconds = 0.0;
        double contacts = 0.0;
        for (int k = 1; k <= 5; ++k) {
            gossip::Config config;
            config.protocol = gossip::Protocol::Rumor;
            config.mode = gossip::Mode::Push;
            config.k = k;
            config.nodes = 1000;
            gossip::BatchOptions options;
            options.runs = runs;
            const auto start = Clock::now();
            const gossip::BatchResult result = gossip::runBatch(gossip::Scenario::singleUpdate(config), options);
            const double elapsed = secondsSince(start);
            seconds += elapsed;
            contacts += result.mean(&gossip::RunSummary::messages) * runs;
            report.line(tr("k = %1: seconds").arg(k), elapsed, tr("s"));
        }
        report.figure(tr("seconds in all"), seconds, tr("s"), 1.0);
        // In push rumor mongering each contact is one message.
        report.line(tr("nanoseconds per node-contact"), seconds * 1e9 / contacts, tr("ns"));
    }

    {
        const std::uint32_t nodes = 10'000;
        report.heading(tr("Recording every message, %1 nodes").arg(nodes));
        for (const gossip::Protocol protocol : {gossip::Protocol::AntiEntropy, gossip::Protocol::Rumor}) {
            gossip::Config config = antiEntropy(nodes, 1);
            config.protocol = protocol;
            config.recordMessages = true;
            gossip::Simulation simulation(gossip::Scenario::singleUpdate(config));
            double seconds = 0.0;
            std::size_t messages = 0;
            while (!simulation.finished()) {
                const auto start = Clock::now();
                simulation.step();
                seconds += secondsSince(start);
                messages += simulation.log().messages.size();
            }
            const QString name = protocol == gossip::Protocol::AntiEntropy ? tr("anti-entropy push-pull")
                                                                            : tr("rumor push-pull");
            report.figure(tr("%1: milliseconds per round").arg(name), seconds * 1e3 / simulation.round(), tr("ms"), 5.0);
            report.line(tr("%1: messages recorded per round").arg(name), double(messages) / simulation.round(),
                        tr("messages"));
            report.line(tr("%1: ns per message recorded").arg(name), seconds * 1e9 / double(messages), tr("ns"));
        }
    }

    {
        const std::uint32_t nodes = 10'000;
        report.heading(tr("Step back in a %1-node run").arg(nodes));
        gossip::Config config = antiEntropy(nodes, 1);
        config.protocol = gossip::Protocol::Rumor;
        config.recordMessages = true;
        gossip::History history(gossip::Scenario::singleUpdate(config));
        while (history.canStepForward())
            history.stepForward();
        const gossip::Round last = history.round();
        double worst = 0.0;
        for (gossip::Round target = last - 1; target >= 0; --target) {
            history.seek(last);
            const auto start = Clock::now();
            history.seek(target);
            worst = std::max(worst, secondsSince(start));
        }
        report.figure(tr("worst milliseconds to go back from round %1").arg(last), worst * 1e3, tr("ms"), 100.0);
    }

    {
        // The script: 1,000 people, 64 keys, the city cut in two from the start and
        // healed far ahead. Rumors die out and their rounds pass at once; anti-entropy goes
        // on exchanging, counted without comparing databases once nothing can change.
        const gossip::Round heal = quick ? 100'000 : 1'000'000;
        report.heading(tr("A far scripted heal: 1000 nodes, 64 keys, cut in two, healed at round %1").arg(heal));
        for (const gossip::Protocol protocol : {gossip::Protocol::Rumor, gossip::Protocol::AntiEntropy}) {
            gossip::Scenario scenario;
            scenario.config.protocol = protocol;
            scenario.config.mode = gossip::Mode::PushPull;
            scenario.config.nodes = 1000;
            scenario.config.keys = 64;
            scenario.config.maxRounds = gossip::maxRoundsLimit;
            std::vector<gossip::NodeId> cutOff;
            for (gossip::NodeId node = 500; node < 1000; ++node)
                cutOff.push_back(node);
            for (gossip::KeyId key = 0; key < 64; ++key)
                scenario.interventions.push_back({0, gossip::Intervention::Kind::Write, {gossip::NodeId(key)}, key});
            scenario.interventions.push_back({0, gossip::Intervention::Kind::Partition, cutOff, 0});
            scenario.interventions.push_back({heal, gossip::Intervention::Kind::Heal, {}, 0});
            const auto start = Clock::now();
            gossip::Simulation simulation(scenario);
            while (simulation.round() < heal && !simulation.finished())
                simulation.step();
            const double elapsed = secondsSince(start);
            const QString name = protocol == gossip::Protocol::Rumor ? tr("rumor push-pull") : tr("anti-entropy push-pull");
            report.line(tr("%1: seconds to the heal").arg(name), elapsed, tr("s"));
            report.line(tr("%1: microseconds per round").arg(name), elapsed * 1e6 / double(heal), tr("µs"));
        }
    }

    {
        const std::uint32_t nodes = quick ? 1'000'000 : 10'000'000;
        report.heading(tr("Anti-entropy push-pull, one update, %1 nodes").arg(nodes));
        const auto start = Clock::now();
        gossip::Simulation simulation(gossip::Scenario::singleUpdate(antiEntropy(nodes, 1)));
        simulation.run();
        report.line(tr("seconds per run"), secondsSince(start), tr("s"));
        report.figure(tr("peak memory of this process"), peakMemoryBytes() / (1024.0 * 1024.0), tr("MiB"), 1024.0);
    }
    {
        // Networks: what routing each conversation over its links costs. The same runs on
        // the complete network and on two towns (the same partners: uniform, same seeds),
        // so the difference is the routing and the counting of link traffic.
        const std::uint32_t nodes = 10'000;
        const int runs = quick ? 2 : 10;
        report.heading(tr("Routing: anti-entropy push-pull, %1 sites, two towns, %2 runs").arg(nodes).arg(runs));
        const auto time = [&](gossip::NetworkKind network, double *conversations) {
            double seconds = 0.0;
            for (int run = 0; run < runs; ++run) {
                gossip::Config config = antiEntropy(nodes, std::uint64_t(run) + 1);
                config.network = network;
                gossip::networkFor(config); // built once, as a batch does, before the clock
                const auto start = Clock::now();
                gossip::Simulation simulation(gossip::Scenario::singleUpdate(config));
                simulation.run();
                seconds += secondsSince(start);
                *conversations += double(nodes) * simulation.round();
            }
            return seconds;
        };
        double flat = 0.0;
        double routed = 0.0;
        const double complete = time(gossip::NetworkKind::Complete, &flat);
        const double towns = time(gossip::NetworkKind::TwoTowns, &routed);
        report.line(tr("complete network: ns per conversation"), complete * 1e9 / flat, tr("ns"));
        report.line(tr("two towns: ns per conversation"), towns * 1e9 / routed, tr("ns"));
        report.line(tr("routed minus complete: ns per conversation"), (towns / routed - complete / flat) * 1e9, tr("ns"));
        // The walk along a route alone, for random pairs of sites.
        {
            const auto network = gossip::networkFor([&] {
                gossip::Config towns = antiEntropy(nodes, 1);
                towns.network = gossip::NetworkKind::TwoTowns;
                return towns;
            }());
            std::vector<std::uint64_t> load(network->linkCount(), 0);
            gossip::Random random(1);
            constexpr int walks = 2'000'000;
            const auto walkStart = Clock::now();
            for (int i = 0; i < walks; ++i) {
                const gossip::NodeId from = random.below(nodes);
                const gossip::NodeId to = random.below(nodes);
                network->forEachLink(from, to, [&load](std::size_t link) { ++load[link]; });
            }
            const double walked = secondsSince(walkStart);
            report.figure(tr("routing: ns per conversation (route walked, links counted)"), walked * 1e9 / walks,
                          tr("ns"), 100.0);
        }
        gossip::Config config = antiEntropy(nodes, 1);
        config.network = gossip::NetworkKind::TwoTowns;
        const auto start = Clock::now();
        const gossip::Network network(gossip::Network::twoTowns(nodes, 0, config.areaSize));
        report.line(tr("building the routes of %1 routers: milliseconds").arg(network.routerCount()),
                    secondsSince(start) * 1e3, tr("ms"));
        const auto spatialStart = Clock::now();
        const gossip::NetworkPartners partners(gossip::networkFor(config), 2.0);
        report.line(tr("building spatial choice's tables: milliseconds"), secondsSince(spatialStart) * 1e3, tr("ms"));
    }

    return 0;
}
