// Tests anti-entropy against Demers' and Pittel's theory over many seeded runs, plus its costs and crashes.
#include "engine/batch.h"
#include "engine/simulation.h"
#include "engine/theory.h"
#include "tests/common/statistics.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <string>

using namespace gossip;
using gossiptest::Sample;
using gossiptest::sampleOf;
using gossiptest::batch;

Q_DECLARE_METATYPE(gossip::Mode)

namespace {

// Four standard errors: a correct engine fails a check by chance about once in 16,000.
constexpr double errors = 4.0;

Config antiEntropy(Mode mode, std::uint32_t nodes)
{
    Config config;
    config.protocol = Protocol::AntiEntropy;
    config.mode = mode;
    config.nodes = nodes;
    return config;
}


Sample roundsOf(const BatchResult &result)
{
    std::vector<double> rounds;
    for (const RunSummary &run : result.runs)
        rounds.push_back(run.rounds);
    return sampleOf(rounds);
}

std::string describe(const char *what, const Sample &sample, double expected)
{
    return std::string(what) + ": mean " + std::to_string(sample.mean) + " (standard error "
            + std::to_string(sample.standardError) + ", " + std::to_string(sample.count) + " runs), expected "
            + std::to_string(expected);
}

} // namespace

class TestAntiEntropy : public QObject
{
    Q_OBJECT

private slots:
    void pullSquaresTheSusceptibleFraction();
    void lossSlowsTheRecurrenceAsPredicted_data();
    void lossSlowsTheRecurrenceAsPredicted();
    void pushReachesEveryoneInPittelRounds_data();
    void pushReachesEveryoneInPittelRounds();
    void pushPullIsFastest();
    void reconciliationCosts();
    void crashedNodesAreTheResidue_data();
    void crashedNodesAreTheResidue();
};

void TestAntiEntropy::pullSquaresTheSusceptibleFraction()
{
    // Demers: with pull, a node stays susceptible only if the partner it asks is susceptible
    // too, so p(i+1) = p(i)^2. Early rounds hinge on a handful of holders and the round at
    // which p crosses 1/2 varies from run to run, so each run is aligned at its first round
    // with p <= 0.6 and the recurrence is started from that run's own p there.
    constexpr std::uint32_t n = 1000;
    constexpr int runs = 200;
    constexpr int ahead = 3;
    const auto runsRounds = gossiptest::perRoundMeasures(antiEntropy(Mode::Pull, n), runs);
    QCOMPARE(runsRounds.size(), std::size_t(runs));

    std::vector<std::vector<double>> observed(ahead + 1), predicted(ahead + 1), differences(ahead + 1);
    for (const std::vector<RoundMeasures> &rounds : runsRounds) {
        std::size_t start = 0;
        while (start < rounds.size() && rounds[start].susceptibleFraction() > 0.6)
            ++start;
        QVERIFY2(start < rounds.size(), "a pull run ended before half the nodes had the update");
        const double p = rounds[start].susceptibleFraction();
        QVERIFY(p > 0.0);
        const std::vector<double> theory = theory::pullSusceptible(p, ahead);
        for (int j = 1; j <= ahead; ++j) {
            // A run that finished keeps its final state: nobody susceptible.
            const std::size_t round = start + std::size_t(j);
            const double seen = round < rounds.size() ? rounds[round].susceptibleFraction() : 0.0;
            observed[j].push_back(seen);
            predicted[j].push_back(theory[std::size_t(j)]);
            differences[j].push_back(seen - theory[std::size_t(j)]);
        }
    }

    // Model error: a node never asks itself, so the exact conditional mean is p (S - 1) / (n - 1),
    // below p^2 by p (1 - p) / (n - 1) <= 1 / (4n); over two or three rounds the spread of p
    // (variance about p^2 (1 - p) / n) adds another term of order 1/n. 2/n covers both.
    const double allowance = 2.0 / n;
    for (int j = 1; j <= ahead; ++j) {
        const Sample difference = sampleOf(differences[j]);
        const Sample seen = sampleOf(observed[j]);
        const Sample expected = sampleOf(predicted[j]);
        QVERIFY2(difference.near(0.0, errors, allowance),
                 (describe(("susceptible fraction " + std::to_string(j) + " rounds on").c_str(), seen, expected.mean))
                         .c_str());
    }
}

void TestAntiEntropy::lossSlowsTheRecurrenceAsPredicted_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<double>("loss");
    for (double loss : {0.2, 0.5}) {
        const std::string percent = std::to_string(int(loss * 100)) + "% loss";
        QTest::newRow(("pull, " + percent).c_str()) << Mode::Pull << loss;
        QTest::newRow(("push, " + percent).c_str()) << Mode::Push << loss;
        QTest::newRow(("push-pull, " + percent).c_str()) << Mode::PushPull << loss;
    }
}

void TestAntiEntropy::lossSlowsTheRecurrenceAsPredicted()
{
    // The engine loses a contact whole with probability `loss`: a susceptible node's own pull
    // brings nothing with probability loss + (1 - loss) p, and each of the (1 - p) n pushes
    // reaches it with probability (1 - loss) / n. From each run's own p at its first round
    // with p <= 0.6, the recurrence one round ahead must be the runs' mean within chance.
    QFETCH(Mode, mode);
    QFETCH(double, loss);
    constexpr std::uint32_t n = 1000;
    constexpr int runs = 300;
    Config config = antiEntropy(mode, n);
    config.loss = loss;
    std::vector<double> differences, observed;
    double predictedTotal = 0.0;
    for (const std::vector<RoundMeasures> &rounds : gossiptest::perRoundMeasures(config, runs)) {
        std::size_t start = 0;
        while (start < rounds.size() && rounds[start].susceptibleFraction() > 0.6)
            ++start;
        QVERIFY2(start + 1 < rounds.size(), "a run ended before half the nodes had the update");
        const double p = rounds[start].susceptibleFraction();
        const double predicted = theory::susceptibleCurve(mode, p, n, 1, loss).back();
        const double seen = rounds[start + 1].susceptibleFraction();
        observed.push_back(seen);
        differences.push_back(seen - predicted);
        predictedTotal += predicted;
    }
    // Model error: nobody calls itself (1/(n - 1) rather than 1/n): of order 1/n.
    const double allowance = 2.0 / n;
    QVERIFY2(sampleOf(differences).near(0.0, errors, allowance),
             describe("susceptible fraction a round on", sampleOf(observed), predictedTotal / runs).c_str());
    // And loss slows it: the loss-free recurrence predicts fewer left out.
    const double lossFree = theory::susceptibleCurve(mode, 0.5, n, 1).back();
    QVERIFY(theory::susceptibleCurve(mode, 0.5, n, 1, loss).back() > lossFree);
}

void TestAntiEntropy::pushReachesEveryoneInPittelRounds_data()
{
    QTest::addColumn<std::uint32_t>("nodes");
    QTest::addColumn<int>("runs");

    QTest::newRow("1000") << std::uint32_t(1000) << 200;
    QTest::newRow("10000") << std::uint32_t(10000) << 60;
}

void TestAntiEntropy::pushReachesEveryoneInPittelRounds()
{
    QFETCH(std::uint32_t, nodes);
    QFETCH(int, runs);

    const BatchResult result = batch(antiEntropy(Mode::Push, nodes), runs);
    for (const RunSummary &run : result.runs) {
        QVERIFY(run.converged);
        QCOMPARE(run.residue, 0.0);
        // The run stops in the round the last node receives the update.
        QCOMPARE(run.tLast, double(run.rounds));
    }

    // Pittel (1987): push needs log2 n + ln n + O(1) rounds. The O(1) term is not given, so
    // the mean may be off by a constant; 2 rounds is generous for it yet far below the gap to
    // push-pull (about log3 n, 8 rounds fewer at n = 1000) or to a sequential engine in which
    // news is passed on in the round it arrives.
    const Sample rounds = roundsOf(result);
    const double expected = theory::pushRounds(nodes);
    QVERIFY2(rounds.near(expected, errors, 2.0), describe("rounds to full coverage", rounds, expected).c_str());
}

void TestAntiEntropy::pushPullIsFastest()
{
    constexpr std::uint32_t n = 1000;
    constexpr int runs = 100;
    const Sample push = roundsOf(batch(antiEntropy(Mode::Push, n), runs));
    const Sample pull = roundsOf(batch(antiEntropy(Mode::Pull, n), runs));
    const Sample pushPull = roundsOf(batch(antiEntropy(Mode::PushPull, n), runs));

    // Faster by more than chance: the difference of the means exceeds four of its standard errors.
    for (const Sample &slower : {push, pull}) {
        const double error = std::hypot(pushPull.standardError, slower.standardError);
        QVERIFY2(pushPull.mean + errors * error < slower.mean,
                 (describe("push-pull rounds", pushPull, slower.mean) + " or fewer").c_str());
    }
}

void TestAntiEntropy::reconciliationCosts()
{
    // Demers: comparing whole databases is correct but expensive; checksums avoid sending the
    // database when the two agree; a recent-update list avoids it while updates are recent.
    constexpr int runs = 20;
    Config config = antiEntropy(Mode::PushPull, 1000);
    config.sharedItems = 1000;
    config.recentWindow = config.maxRounds; // every update of the run stays recent

    config.reconciliation = Reconciliation::WholeDatabase;
    const BatchResult whole = batch(config, runs);
    config.reconciliation = Reconciliation::Checksum;
    const BatchResult checksum = batch(config, runs);
    config.reconciliation = Reconciliation::RecentUpdates;
    const BatchResult recent = batch(config, runs);

    for (int run = 0; run < runs; ++run) {
        const RunSummary &w = whole.runs[std::size_t(run)];
        const RunSummary &c = checksum.runs[std::size_t(run)];
        const RunSummary &r = recent.runs[std::size_t(run)];
        for (const RunSummary *summary : {&w, &c, &r}) {
            QVERIFY(summary->converged);
            QCOMPARE(summary->residue, 0.0);
        }
        // How the difference is found changes the cost, not the epidemic: the partners are
        // the same draws and the same versions flow, so the runs match round for round.
        QCOMPARE(c.rounds, w.rounds);
        QCOMPARE(r.rounds, w.rounds);
        QCOMPARE(c.messages, w.messages);
        QCOMPARE(r.messages, w.messages);

        // The whole database travels in every message, about 2n per round; with checksums only
        // in messages between a holder and a non-holder, about two per node that learns the
        // update. So the saving is about the number of rounds (log3 n + ln ln n, about 8 here);
        // a factor 4 leaves room for nodes reached by several partners in one round.
        QVERIFY2(4 * c.bytes < w.bytes,
                 ("checksum " + std::to_string(c.bytes) + " bytes, whole database " + std::to_string(w.bytes))
                         .c_str());
        // With the update still recent a message carries its checksum and at most that one
        // update, never the thousand shared items.
        QVERIFY(r.bytes < c.bytes);
        const auto perMessage = std::uint64_t(config.checksumBytes + config.itemBytes);
        QVERIFY2(r.bytes <= r.messages * perMessage,
                 ("recent updates " + std::to_string(r.bytes) + " bytes in " + std::to_string(r.messages)
                  + " messages")
                         .c_str());
    }
}

void TestAntiEntropy::crashedNodesAreTheResidue_data()
{
    QTest::addColumn<Mode>("mode");

    QTest::newRow("push") << Mode::Push;
    QTest::newRow("pull") << Mode::Pull;
    QTest::newRow("push-pull") << Mode::PushPull;
}

void TestAntiEntropy::crashedNodesAreTheResidue()
{
    QFETCH(Mode, mode);

    constexpr std::uint32_t n = 1000;
    for (std::uint64_t seed = 1; seed <= 5; ++seed) {
        Config config = antiEntropy(mode, n);
        config.crashedFraction = 0.1;
        config.seed = seed;
        Simulation simulation(Scenario::singleUpdate(config));
        const std::uint32_t down = simulation.world().downCount;
        QCOMPARE(down, std::uint32_t(std::floor(config.crashedFraction * n)));
        simulation.run();

        // Anti-entropy reaches every node that is up; the down ones never hear of it.
        const VersionId update = simulation.world().newest[0];
        for (NodeId node = 0; node < n; ++node) {
            const bool up = simulation.world().isUp(node);
            QCOMPARE(simulation.version(node, 0), up ? update : noVersion);
        }
        const RunSummary summary = simulation.summary();
        QVERIFY(summary.converged);
        QCOMPARE(summary.residue, double(down) / double(n));
        QCOMPARE(simulation.measures().down, down);
    }
}

QTEST_APPLESS_MAIN(TestAntiEntropy)
#include "tst_antientropy.moc"
