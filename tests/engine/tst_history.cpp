// Tests determinism and step back: same scenario, same trace; any earlier round replays exactly; batches ignore threads.
#include "engine/batch.h"
#include "engine/history.h"
#include "engine/memory.h"
#include "engine/random.h"
#include "engine/simulation.h"
#include "engine/trace.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <map>
#include <sstream>
#include <string>
#include <vector>

using namespace gossip;

Q_DECLARE_METATYPE(gossip::Scenario)

namespace {

// Everything a run shows, round by round.
struct Recording
{
    std::vector<RoundMeasures> measures;
    std::vector<RoundLog> logs;
    std::string trace;
    World finalWorld;
};

Recording record(const Scenario &scenario)
{
    Recording recording;
    Simulation simulation(scenario);
    recording.measures.push_back(simulation.measures());
    recording.logs.push_back(simulation.log());
    while (!simulation.finished()) {
        recording.measures.push_back(simulation.step());
        recording.logs.push_back(simulation.log());
    }
    std::ostringstream trace;
    writeTraceHeader(trace);
    writeTraceRows(trace, 0, recording.measures);
    recording.trace = trace.str();
    recording.finalWorld = simulation.world();
    return recording;
}

Scenario withFaults(Protocol protocol, Mode mode)
{
    Config config;
    config.protocol = protocol;
    config.mode = mode;
    config.nodes = 500;
    config.seed = 7;
    config.loss = 0.05;
    config.recordMessages = true;
    config.maxRounds = 200;
    return Scenario::singleUpdate(config);
}

bool sameSummary(const RunSummary &a, const RunSummary &b)
{
    return a.residue == b.residue && a.traffic == b.traffic && a.tAverage == b.tAverage && a.tLast == b.tLast
            && a.rounds == b.rounds && a.converged == b.converged && a.messages == b.messages && a.lost == b.lost
            && a.dropped == b.dropped && a.unknown == b.unknown && a.items == b.items && a.bytes == b.bytes;
}

} // namespace

class TestHistory : public QObject
{
    Q_OBJECT

private slots:
    void sameScenarioSameRun_data();
    void sameScenarioSameRun();
    void differentSeedsDifferentTraces_data();
    void differentSeedsDifferentTraces();
    void stepBackIsExact_data();
    void stepBackIsExact();
    void stepBackToRoundZeroShowsRoundZero();
    void batchDoesNotDependOnThreads();
    void snapshotsStayWithinTheirBudget();
    void percentileInterpolatesBetweenRanks();
    void bandAndFinishesComeFromTheRuns();
};

void TestHistory::sameScenarioSameRun_data()
{
    QTest::addColumn<Scenario>("scenario");

    // Every source of randomness the engine has: partner choice, loss, crashes chosen by the
    // seed, the rumor coin, spatial distances, direct mail's unknown nodes, interventions.
    Scenario antiEntropy = withFaults(Protocol::AntiEntropy, Mode::PushPull);
    antiEntropy.config.crashedFraction = 0.1;
    antiEntropy.config.reconciliation = Reconciliation::Checksum;
    antiEntropy.add({3, Intervention::Kind::Partition, {0, 1, 2, 3, 4, 5, 6, 7}, 0});
    antiEntropy.add({6, Intervention::Kind::Heal, {}, 0});
    QTest::newRow("anti-entropy") << antiEntropy;

    Scenario spatial = withFaults(Protocol::AntiEntropy, Mode::Pull);
    spatial.config.partnerChoice = PartnerChoice::Spatial;
    QTest::newRow("spatial") << spatial;

    Scenario rumor = withFaults(Protocol::Rumor, Mode::PushPull);
    rumor.config.stopping = Stopping::Coin;
    rumor.config.k = 3;
    rumor.config.backupEvery = 4;
    rumor.add({2, Intervention::Kind::Crash, {10, 11, 12, 13}, 0});
    rumor.add({5, Intervention::Kind::Recover, {10, 11, 12, 13}, 0});
    rumor.add({4, Intervention::Kind::Byzantine, {20}, 0});
    QTest::newRow("rumor") << rumor;

    Scenario directMail = withFaults(Protocol::DirectMail, Mode::Push);
    directMail.config.unknownFraction = 0.2;
    directMail.config.crashedFraction = 0.05;
    directMail.config.cacheCapacity = 5;
    directMail.config.maxRounds = 20;
    QTest::newRow("direct mail") << directMail;
}

void TestHistory::sameScenarioSameRun()
{
    QFETCH(Scenario, scenario);

    const Recording first = record(scenario);
    const Recording second = record(scenario);
    QVERIFY(first.measures.size() > 2);
    QCOMPARE(second.measures.size(), first.measures.size());
    for (std::size_t round = 0; round < first.measures.size(); ++round) {
        QVERIFY2(second.measures[round] == first.measures[round], ("round " + std::to_string(round)).c_str());
        QVERIFY2(second.logs[round] == first.logs[round], ("round " + std::to_string(round)).c_str());
    }
    // The logs must hold something, or comparing them proves nothing.
    QVERIFY(!first.logs[1].messages.empty());
    QCOMPARE(second.trace, first.trace);
    QVERIFY(second.finalWorld == first.finalWorld);
}

void TestHistory::differentSeedsDifferentTraces_data()
{
    sameScenarioSameRun_data();
}

void TestHistory::differentSeedsDifferentTraces()
{
    QFETCH(Scenario, scenario);

    // The seed must actually drive the run: a trace that ignored it would also be "deterministic".
    const Recording first = record(scenario);
    scenario.config.seed += 1;
    const Recording second = record(scenario);
    QVERIFY(second.trace != first.trace);
}

void TestHistory::stepBackIsExact_data()
{
    QTest::addColumn<int>("snapshotInterval");

    QTest::newRow("every round") << 1;
    QTest::newRow("every 4") << 4;
    QTest::newRow("every 16") << 16;
}

void TestHistory::stepBackIsExact()
{
    QFETCH(int, snapshotInterval);

    constexpr Round crashAt = 5, recoverAt = 9, last = 30;
    Config config;
    config.protocol = Protocol::Rumor;
    config.mode = Mode::PushPull;
    config.stopping = Stopping::Coin;
    config.k = 8; // lasts well beyond 30 rounds on 2000 nodes
    config.nodes = 2000;
    config.seed = 42;
    config.recordMessages = true;
    const Scenario script = Scenario::singleUpdate(config);
    std::vector<NodeId> crashed;
    for (NodeId node = 100; node < 300; ++node)
        crashed.push_back(node);

    // First time through, with the interventions made by hand as a user would.
    History history(script, snapshotInterval);
    std::vector<World> worlds{history.simulation().world()};
    std::vector<RoundLog> logs{history.simulation().log()};
    while (history.round() < last) {
        QVERIFY(history.canStepForward());
        history.stepForward();
        if (history.round() == crashAt)
            history.intervene({crashAt, Intervention::Kind::Crash, crashed, 0});
        if (history.round() == recoverAt)
            history.intervene({recoverAt, Intervention::Kind::Recover, crashed, 0});
        worlds.push_back(history.simulation().world());
        logs.push_back(history.simulation().log());
    }
    QCOMPARE(history.round(), last);
    QCOMPARE(history.furthestRound(), last);
    QCOMPARE(worlds[crashAt + 1].downCount, std::uint32_t(crashed.size()));

    // A fresh replay of the script with the interventions written into it gives the same rounds.
    Scenario replayed = script;
    replayed.add({crashAt, Intervention::Kind::Crash, crashed, 0});
    replayed.add({recoverAt, Intervention::Kind::Recover, crashed, 0});
    QVERIFY(history.simulation().scenario().interventions == replayed.interventions);
    Simulation fresh(replayed);
    for (Round round = 0; round <= last; ++round) {
        if (round > 0)
            fresh.step();
        QVERIFY2(fresh.world() == worlds[std::size_t(round)], ("round " + std::to_string(round)).c_str());
        QVERIFY2(fresh.log() == logs[std::size_t(round)], ("round " + std::to_string(round)).c_str());
        QVERIFY2(fresh.measures() == history.measures()[std::size_t(round)], ("round " + std::to_string(round)).c_str());
    }

    // Back to every earlier round, and forward again to the last: the same states and logs,
    // and the interventions are still there.
    for (Round round = last - 1; round >= 0; --round) {
        const std::string where = "round " + std::to_string(round);
        history.seek(round);
        QCOMPARE(history.round(), round);
        QVERIFY2(history.simulation().world() == worlds[std::size_t(round)], where.c_str());
        // Round 0 is restored, not replayed; its measures have a test of their own below.
        if (round > 0) {
            QVERIFY2(history.simulation().log() == logs[std::size_t(round)], where.c_str());
            QVERIFY2(history.simulation().measures() == history.measures()[std::size_t(round)], where.c_str());
        }
        history.seek(last);
        QVERIFY2(history.simulation().world() == worlds[last], ("forward from " + where).c_str());
        QVERIFY2(history.simulation().log() == logs[last], ("forward from " + where).c_str());
        QVERIFY(history.simulation().scenario().interventions == replayed.interventions);
    }

    // Step by step as well: back to round 0, then forward to the last.
    while (history.round() > 0) {
        history.stepBack();
        QVERIFY2(history.simulation().world() == worlds[std::size_t(history.round())],
                 ("back to round " + std::to_string(history.round())).c_str());
    }
    while (history.round() < last) {
        history.stepForward();
        QVERIFY2(history.simulation().world() == worlds[std::size_t(history.round())],
                 ("forward to round " + std::to_string(history.round())).c_str());
        QVERIFY2(history.simulation().log() == logs[std::size_t(history.round())],
                 ("forward to round " + std::to_string(history.round())).c_str());
    }
    QCOMPARE(history.furthestRound(), last);
}

void TestHistory::stepBackToRoundZeroShowsRoundZero()
{
    // Going back to the start must show the start: the state of round 0 and no traffic yet,
    // whether by seeking or by stepping back, just as before the first step.
    Config config;
    config.protocol = Protocol::AntiEntropy;
    config.nodes = 1000;
    config.recordMessages = true;
    History history(Scenario::singleUpdate(config));
    const RoundMeasures start = history.simulation().measures();
    QCOMPARE(start.messages(), std::uint64_t(0));
    for (int i = 0; i < 5; ++i)
        history.stepForward();
    QVERIFY(history.simulation().measures().messages() > 0);

    history.seek(0);
    QCOMPARE(history.round(), 0);
    QVERIFY(history.simulation().log().messages.empty());
    QCOMPARE(history.simulation().measures().susceptible, start.susceptible);
    QCOMPARE(history.simulation().measures().messages(), std::uint64_t(0));
    QCOMPARE(history.simulation().measures().bytes, std::uint64_t(0));
    QVERIFY(history.simulation().measures() == history.measures()[0]);

    history.seek(1);
    history.stepBack();
    QCOMPARE(history.round(), 0);
    QCOMPARE(history.simulation().measures().messages(), std::uint64_t(0));
    QVERIFY(history.simulation().measures() == start);
}

void TestHistory::batchDoesNotDependOnThreads()
{
    Config config;
    config.protocol = Protocol::Rumor;
    config.mode = Mode::PushPull;
    config.stopping = Stopping::Coin;
    config.k = 2;
    config.loss = 0.05;
    config.seed = 3;
    const Scenario scenario = Scenario::singleUpdate(config);

    // Each run's rounds, as the batch hands them on: in run order, whatever thread ran them.
    std::vector<std::vector<RoundMeasures>> oneRounds, twoRounds;
    std::vector<std::vector<RoundMeasures>> *collecting = &oneRounds;
    BatchOptions options;
    options.runs = 50;
    options.runRounds = [&collecting](int run, const std::vector<RoundMeasures> &rounds) {
        QCOMPARE(std::size_t(run), collecting->size());
        collecting->push_back(rounds);
    };
    options.threads = 1;
    const BatchResult one = runBatch(scenario, options);
    collecting = &twoRounds;
    options.threads = 2;
    const BatchResult two = runBatch(scenario, options);

    QCOMPARE(two.runs.size(), one.runs.size());
    QCOMPARE(oneRounds.size(), one.runs.size());
    QCOMPARE(twoRounds.size(), one.runs.size());
    for (std::size_t run = 0; run < one.runs.size(); ++run) {
        QVERIFY2(sameSummary(two.runs[run], one.runs[run]), ("run " + std::to_string(run)).c_str());
        QVERIFY2(twoRounds[run] == oneRounds[run], ("run " + std::to_string(run)).c_str());
    }
    QVERIFY(two.susceptibleFraction == one.susceptibleFraction);
    // The runs use different seeds, so they are not all the same run.
    QVERIFY(oneRounds[0] != oneRounds[1]);

    // Run 0 uses the scenario's own seed: it is the run a single simulation shows.
    Simulation single(scenario);
    single.run();
    QVERIFY(sameSummary(single.summary(), one.runs[0]));
}


void TestHistory::snapshotsStayWithinTheirBudget()
{
    // A run that never settles (every message lost) goes on to its round limit; its
    // snapshots must not grow with it, and going back must still be exact.
    Config config;
    config.protocol = Protocol::AntiEntropy;
    config.mode = Mode::PushPull;
    config.nodes = 2000;
    config.loss = 1.0;
    config.maxRounds = 6000;
    config.recordMessages = true;
    const Scenario scenario = Scenario::singleUpdate(config);
    const std::uint64_t oneSnapshot = estimateWorldBytes(Simulation(scenario).world(), mechanismBytesPerSlot(config));
    const std::uint64_t budget = 40 * oneSnapshot;
    History history(scenario, 16, budget);
    std::size_t mostSnapshots = 0;
    while (history.canStepForward()) {
        history.stepForward();
        QVERIFY(history.snapshotBytes() <= budget);
        mostSnapshots = std::max(mostSnapshots, history.snapshotCount());
    }
    QCOMPARE(history.round(), config.maxRounds);
    QVERIFY(mostSnapshots <= 40);
    // Without a budget it would have kept one every 16 rounds: 376 of them.
    QVERIFY(history.snapshotInterval() >= 16 * 8);
    // Going back replays at most one interval, and exactly.
    Simulation fresh(scenario);
    for (Round round = 0; round < 4321; ++round)
        fresh.step();
    history.seek(4321);
    QVERIFY(history.simulation().world() == fresh.world());
    QVERIFY(history.simulation().log() == fresh.log());
    QVERIFY(history.measures()[4321] == fresh.measures());
    history.stepBack();
    QCOMPARE(history.round(), 4320);
}

void TestHistory::percentileInterpolatesBetweenRanks()
{
    // Rank p * (n - 1) of the sorted values, linearly between neighbours (numpy's default).
    std::vector<double> values{5, 1, 4, 2, 3};
    QCOMPARE(percentile(values, 0.0), 1.0);
    QCOMPARE(percentile(values, 1.0), 5.0);
    QCOMPARE(percentile(values, 0.5), 3.0);
    QCOMPARE(percentile(values, 0.1), 1.4);
    QCOMPARE(percentile(values, 0.9), 4.6);
    std::vector<double> one{7};
    QCOMPARE(percentile(one, 0.9), 7.0);
    std::vector<double> none;
    QCOMPARE(percentile(none, 0.5), 0.0);
}

void TestHistory::bandAndFinishesComeFromTheRuns()
{
    // The band and the histogram of a batch are those of its runs, run one by one here
    // with the batch's seeds.
    Config config;
    config.protocol = Protocol::Rumor;
    config.mode = Mode::Push;
    config.nodes = 300;
    config.seed = 11;
    const Scenario scenario = Scenario::singleUpdate(config);
    BatchOptions options;
    options.runs = 41;
    options.threads = 2;
    const BatchResult batch = runBatch(scenario, options);

    std::vector<std::vector<double>> curves;
    std::map<Round, int> finishes;
    for (int run = 0; run < options.runs; ++run) {
        Scenario copy = scenario;
        if (run > 0)
            copy.config.seed = Random::derive(config.seed, std::uint64_t(run));
        Simulation simulation(copy);
        std::vector<double> curve{simulation.measures().susceptibleFraction()};
        while (!simulation.finished())
            curve.push_back(simulation.step().susceptibleFraction());
        ++finishes[Round(simulation.summary().tLast)];
        curves.push_back(curve);
    }
    QVERIFY(finishes == batch.finishHistogram);
    int counted = 0;
    for (const auto &[round, count] : batch.finishHistogram)
        counted += count;
    QCOMPARE(counted, options.runs);
    QCOMPARE(batch.susceptibleP50.size(), batch.susceptibleFraction.size());
    for (std::size_t round = 0; round < batch.susceptibleFraction.size(); ++round) {
        std::vector<double> column;
        for (const auto &curve : curves)
            column.push_back(round < curve.size() ? curve[round] : curve.back());
        std::sort(column.begin(), column.end());
        // 41 runs: the 10th, 50th and 90th percentiles fall exactly on runs 4, 20 and 36.
        QCOMPARE(batch.susceptibleP10[round], column[4]);
        QCOMPARE(batch.susceptibleP50[round], column[20]);
        QCOMPARE(batch.susceptibleP90[round], column[36]);
        QVERIFY(batch.susceptibleP10[round] <= batch.susceptibleP90[round]);
    }
    // Rumor mongering's finish is random: the runs do not all finish together.
    QVERIFY(batch.finishHistogram.size() > 2);
}

QTEST_APPLESS_MAIN(TestHistory)
#include "tst_history.moc"
