// Tests faults: crashed nodes, recovery by repair, partitions and Byzantine forgers.
#include "engine/simulation.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTest>

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <vector>

using namespace gossip;

Q_DECLARE_METATYPE(gossip::Protocol)
Q_DECLARE_METATYPE(gossip::Reconciliation)
Q_DECLARE_METATYPE(gossip::Mode)

namespace {

Config config(Protocol protocol, Mode mode, std::uint32_t nodes)
{
    Config config;
    config.protocol = protocol;
    config.mode = mode;
    config.nodes = nodes;
    config.k = 3;
    config.recordMessages = true;
    return config;
}

std::vector<NodeId> range(NodeId first, NodeId last)
{
    std::vector<NodeId> nodes;
    for (NodeId node = first; node < last; ++node)
        nodes.push_back(node);
    return nodes;
}

std::string where(const Simulation &simulation, const Message &message)
{
    return "round " + std::to_string(simulation.round()) + ", message " + std::to_string(message.from) + " -> "
            + std::to_string(message.to);
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void statesCountWhatTheCityShows_data();
    void statesCountWhatTheCityShows();
    void downNodesNeitherSendNorReceive_data();
    void downNodesNeitherSendNorReceive();
    void recoveredNodeIsRepairedBeforeItSpreads_data();
    void recoveredNodeIsRepairedBeforeItSpreads();
    void repairIsWithALiveNode_data();
    void repairIsWithALiveNode();
    void repairedNodeTakesPartFromTheNextRound_data();
    void repairedNodeTakesPartFromTheNextRound();
    void partitionCutsEveryCrossingMessage();
    void forgedVersionWins();
    void settledAntiEntropyIsCountedExactly_data();
    void settledAntiEntropyIsCountedExactly();
    void quietRunPassesToAFarIntervention_data();
    void quietRunPassesToAFarIntervention();
};

void TestFaults::statesCountWhatTheCityShows_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<Mode>("mode");
    QTest::newRow("direct mail") << Protocol::DirectMail << Mode::Push;
    QTest::newRow("anti-entropy") << Protocol::AntiEntropy << Mode::PushPull;
    QTest::newRow("rumor") << Protocol::Rumor << Mode::Push;
}

void TestFaults::statesCountWhatTheCityShows()
{
    // Crashes, a recovery, a second version and a forger: every round the measures' states
    // are the tally of every slot's state (what the city draws), one state per slot, and
    // they split the engine's susceptible, infective and removed without changing them.
    QFETCH(Protocol, protocol);
    QFETCH(Mode, mode);
    constexpr std::uint32_t n = 60;
    Config setup = config(protocol, mode, n);
    setup.keys = 2;
    Scenario scenario;
    scenario.config = setup;
    scenario.add({0, Intervention::Kind::Crash, {40, 41}, 0});
    scenario.add({1, Intervention::Kind::Write, {0}, 0});
    scenario.add({2, Intervention::Kind::Crash, {5, 6, 7}, 0});
    scenario.add({3, Intervention::Kind::Write, {9}, 0});
    scenario.add({3, Intervention::Kind::Write, {20}, 1});
    scenario.add({4, Intervention::Kind::Recover, {5, 40}, 0});
    scenario.add({6, Intervention::Kind::Byzantine, {30}, 0});
    Simulation simulation(scenario);
    // Before anything is written the people are counted: all up but the two down.
    QCOMPARE(simulation.measures().count(SlotState::Healthy), std::uint64_t(n - 2));
    QCOMPARE(simulation.measures().count(SlotState::Down), std::uint64_t(2));
    bool sawOutdated = false;
    bool sawRepairing = false;
    while (simulation.round() < 12) {
        simulation.step();
        const RoundMeasures &measures = simulation.measures();
        std::array<std::uint64_t, slotStateCount> tally{};
        for (NodeId node = 0; node < n; ++node) {
            for (KeyId key = 0; key < setup.keys; ++key) {
                if (simulation.world().newest[key] != noVersion)
                    ++tally[std::size_t(simulation.slotState(node, key))];
            }
        }
        const std::string round = "round " + std::to_string(simulation.round());
        QVERIFY2(measures.byState == tally, round.c_str());
        QCOMPARE(measures.stateTotal(), measures.slotCount());
        QVERIFY2(measures.count(SlotState::Healthy) + measures.count(SlotState::Outdated) <= measures.susceptible, round.c_str());
        QVERIFY2(measures.count(SlotState::Contagious) <= measures.infective, round.c_str());
        QVERIFY2(measures.count(SlotState::Immune) <= measures.removed, round.c_str());
        const auto written = std::uint64_t(std::count_if(simulation.world().newest.begin(), simulation.world().newest.end(),
                                                         [](VersionId newest) { return newest != noVersion; }));
        QCOMPARE(measures.count(SlotState::Down), std::uint64_t(simulation.world().downCount) * written);
        sawOutdated = sawOutdated || measures.count(SlotState::Outdated) > 0;
        sawRepairing = sawRepairing || measures.count(SlotState::Repairing) > 0;
    }
    QVERIFY(sawOutdated);
    // Under direct mail a recovered node is simply up again.
    QCOMPARE(sawRepairing, protocol != Protocol::DirectMail);
}

void TestFaults::downNodesNeitherSendNorReceive_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<Mode>("mode");

    QTest::newRow("anti-entropy push-pull") << Protocol::AntiEntropy << Mode::PushPull;
    QTest::newRow("rumor push-pull") << Protocol::Rumor << Mode::PushPull;
    QTest::newRow("direct mail") << Protocol::DirectMail << Mode::Push;
}

void TestFaults::downNodesNeitherSendNorReceive()
{
    QFETCH(Protocol, protocol);
    QFETCH(Mode, mode);

    // One group is down from the start and never holds anything; another goes down at the
    // end of round 3, possibly holding the update, and keeps exactly what it held.
    constexpr std::uint32_t n = 200;
    constexpr Round lateCrash = 3;
    const std::vector<NodeId> early = range(10, 30), late = range(30, 50);
    Config setup = config(protocol, mode, n);
    setup.maxRounds = 40;
    Scenario scenario = Scenario::singleUpdate(setup);
    scenario.add({0, Intervention::Kind::Crash, early, 0});
    scenario.add({lateCrash, Intervention::Kind::Crash, late, 0});
    Simulation simulation(scenario);

    std::vector<VersionId> frozen;
    std::uint64_t refused = 0;
    while (!simulation.finished()) {
        simulation.step();
        std::set<NodeId> down(early.begin(), early.end());
        if (simulation.round() > lateCrash)
            down.insert(late.begin(), late.end());
        for (const Message &message : simulation.log().messages) {
            QVERIFY2(!down.contains(message.from), where(simulation, message).c_str());
            if (down.contains(message.to)) {
                QVERIFY2(message.outcome == Outcome::Refused || message.outcome == Outcome::Dropped,
                         where(simulation, message).c_str());
                ++refused;
            }
        }
        if (simulation.round() == lateCrash) {
            for (NodeId node : late)
                frozen.push_back(simulation.version(node, 0));
        }
        if (simulation.round() > lateCrash) {
            for (std::size_t i = 0; i < late.size(); ++i)
                QCOMPARE(simulation.version(late[i], 0), frozen[i]);
        }
        // The measures are taken after the round's interventions, the late crash included.
        const std::size_t downAtEnd = early.size() + (simulation.round() >= lateCrash ? late.size() : 0);
        QCOMPARE(simulation.measures().down, std::uint32_t(downAtEnd));
    }
    for (NodeId node : early)
        QCOMPARE(simulation.version(node, 0), noVersion);
    // The checks above would pass vacuously if nobody ever tried to reach a down node.
    QVERIFY(refused > 0);
}

void TestFaults::recoveredNodeIsRepairedBeforeItSpreads_data()
{
    QTest::addColumn<Protocol>("protocol");

    QTest::newRow("anti-entropy") << Protocol::AntiEntropy;
    QTest::newRow("rumor") << Protocol::Rumor;
}

void TestFaults::recoveredNodeIsRepairedBeforeItSpreads()
{
    QFETCH(Protocol, protocol);

    // Ten of 200 nodes are down while the update spreads and come back at round 15; in
    // round 16 each starts with a repair exchange it initiates.
    constexpr std::uint32_t n = 200;
    constexpr Round recoverAt = 15;
    const std::vector<NodeId> crashed = range(10, 20);
    Scenario scenario = Scenario::singleUpdate(config(protocol, Mode::PushPull, n));
    scenario.add({0, Intervention::Kind::Crash, crashed, 0});
    scenario.add({recoverAt, Intervention::Kind::Recover, crashed, 0});
    Simulation simulation(scenario);

    while (simulation.round() < recoverAt) {
        simulation.step();
        for (const Message &message : simulation.log().messages) {
            QVERIFY(std::find(crashed.begin(), crashed.end(), message.from) == crashed.end());
            QVERIFY(message.channel != Channel::Repair);
        }
    }
    for (NodeId node : crashed)
        QCOMPARE(simulation.world().health[node], NodeHealth::NeedsRepair);

    simulation.step();
    for (NodeId node : crashed) {
        // Its first message after recovery is the repair it initiates...
        const auto first = std::find_if(simulation.log().messages.begin(), simulation.log().messages.end(),
                                        [node](const Message &message) { return message.from == node; });
        QVERIFY(first != simulation.log().messages.end());
        QCOMPARE(first->channel, Channel::Repair);
        // ... and a repair that got through leaves it up, one that did not leaves it waiting.
        QVERIFY(simulation.world().health[node] != NodeHealth::Down);
    }
    QVERIFY(simulation.measures().messages(Channel::Repair) >= crashed.size());
    simulation.run();
    for (NodeId node : crashed)
        QCOMPARE(simulation.world().health[node], NodeHealth::Up);
}

void TestFaults::repairIsWithALiveNode_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<std::uint64_t>("seed");

    for (std::uint64_t seed = 1; seed <= 2; ++seed) {
        QTest::newRow(("anti-entropy seed " + std::to_string(seed)).c_str()) << Protocol::AntiEntropy << seed;
        QTest::newRow(("rumor seed " + std::to_string(seed)).c_str()) << Protocol::Rumor << seed;
    }
}

void TestFaults::repairIsWithALiveNode()
{
    QFETCH(Protocol, protocol);
    QFETCH(std::uint64_t, seed);

    // DESIGN: "a recovered node must first be repaired by a full push-pull anti-entropy with
    // a live node". Half of 20 nodes go down and all come back at once, so a recovering node
    // often draws another recovering one; that one is not live (it waits for repair, or was
    // repaired earlier in the same round and still answers with its state from before).
    // A node that counts as repaired (up again) must have reconciled with a node that was up
    // at the start of the round, and so hold at least what that node held.
    constexpr std::uint32_t n = 20;
    constexpr Round recoverAt = 8;
    const std::vector<NodeId> crashed = range(10, 20);
    Config setup = config(protocol, Mode::PushPull, n);
    setup.seed = seed;
    Scenario scenario = Scenario::singleUpdate(setup);
    scenario.add({0, Intervention::Kind::Crash, crashed, 0});
    scenario.add({recoverAt, Intervention::Kind::Recover, crashed, 0});
    Simulation simulation(scenario);
    while (simulation.round() < recoverAt)
        simulation.step();
    std::vector<VersionId> before;
    for (NodeId node = 0; node < n; ++node)
        before.push_back(simulation.version(node, 0));

    simulation.step();
    int checked = 0;
    for (NodeId node : crashed) {
        if (simulation.world().health[node] != NodeHealth::Up)
            continue; // its repair did not get through; it will try again
        // Repairs run in node order and a node answers only once repaired itself, so a
        // node's first repair message is the one it initiated, to the partner it drew.
        const auto &messages = simulation.log().messages;
        const auto initiated = std::find_if(messages.begin(), messages.end(), [node](const Message &message) {
            return message.from == node && message.channel == Channel::Repair;
        });
        QVERIFY(initiated != messages.end());
        const NodeId partner = initiated->to;
        const bool live = std::find(crashed.begin(), crashed.end(), partner) == crashed.end();
        QVERIFY2(live,
                 ("round " + std::to_string(simulation.round()) + ": node " + std::to_string(node)
                  + " is up again after a repair with node " + std::to_string(partner)
                  + ", which was recovering itself; it " + (simulation.version(node, 0) == noVersion ? "lacks" : "holds")
                  + " the update")
                         .c_str());
        QVERIFY(simulation.version(node, 0) >= before[partner]);
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestFaults::repairedNodeTakesPartFromTheNextRound_data()
{
    QTest::addColumn<Mode>("mode");

    QTest::newRow("push") << Mode::Push;
    QTest::newRow("push-pull") << Mode::PushPull;
}

void TestFaults::repairedNodeTakesPartFromTheNextRound()
{
    QFETCH(Mode, mode);

    // runRepairs(): "it takes part in the protocol again from the next round", as for anything
    // a node learns in round t. So in its repair round a recovered node sends nothing but
    // its repair; in the round after it takes part in anti-entropy like every other node.
    // Recovery comes early, while the update is still spreading, so the run goes on after it.
    constexpr std::uint32_t n = 200;
    constexpr Round recoverAt = 3;
    const std::vector<NodeId> crashed = range(10, 20);
    Scenario scenario = Scenario::singleUpdate(config(Protocol::AntiEntropy, mode, n));
    scenario.add({0, Intervention::Kind::Crash, crashed, 0});
    scenario.add({recoverAt, Intervention::Kind::Recover, crashed, 0});
    Simulation simulation(scenario);
    while (simulation.round() <= recoverAt)
        simulation.step();

    std::set<NodeId> repaired;
    for (NodeId node : crashed) {
        if (simulation.world().health[node] == NodeHealth::Up)
            repaired.insert(node);
    }
    QVERIFY(!repaired.empty());
    for (const Message &message : simulation.log().messages) {
        if (repaired.contains(message.from))
            QVERIFY2(message.channel == Channel::Repair,
                     (where(simulation, message) + ": a node sends anti-entropy in the round it is repaired").c_str());
    }

    // The round after, every up node starts a contact, the repaired ones included.
    QVERIFY(!simulation.finished());
    simulation.step();
    for (NodeId node : repaired) {
        const auto &messages = simulation.log().messages;
        QVERIFY(std::any_of(messages.begin(), messages.end(), [node](const Message &message) {
            return message.from == node && message.channel == Channel::AntiEntropy;
        }));
    }
}

void TestFaults::partitionCutsEveryCrossingMessage()
{
    // Nodes 0..99 (with the seed) and 100..199 are cut apart until the partition heals at the
    // end of round 12; no message crosses before, and anti-entropy covers everyone after.
    constexpr std::uint32_t n = 200;
    constexpr Round healAt = 12;
    Scenario scenario = Scenario::singleUpdate(config(Protocol::AntiEntropy, Mode::PushPull, n));
    scenario.add({0, Intervention::Kind::Partition, range(0, 100), 0});
    scenario.add({healAt, Intervention::Kind::Heal, {}, 0});
    Simulation simulation(scenario);
    const auto group = [](NodeId node) { return node < 100 ? 1 : 0; };

    std::uint64_t cut = 0;
    while (simulation.round() < healAt) {
        simulation.step();
        for (const Message &message : simulation.log().messages) {
            const bool crossing = group(message.from) != group(message.to);
            QVERIFY2(crossing == (message.outcome == Outcome::CutOff), where(simulation, message).c_str());
            cut += crossing;
        }
        for (NodeId node = 100; node < n; ++node)
            QCOMPARE(simulation.version(node, 0), noVersion);
        QVERIFY(simulation.measures().susceptible >= 100);
    }
    QVERIFY(cut > 0);

    while (!simulation.finished()) {
        simulation.step();
        for (const Message &message : simulation.log().messages)
            QVERIFY2(message.outcome != Outcome::CutOff, where(simulation, message).c_str());
    }
    QVERIFY(simulation.round() > healAt);
    QCOMPARE(simulation.summary().residue, 0.0);
    QVERIFY(simulation.summary().converged);
}

void TestFaults::forgedVersionWins()
{
    // A Byzantine node forges a newer version of whatever it receives. Newer wins, so
    // anti-entropy carries the forgery to everyone: the risk the story warns about.
    constexpr std::uint32_t n = 1000;
    constexpr NodeId forger = 7;
    Config setup = config(Protocol::AntiEntropy, Mode::PushPull, n);
    setup.recordMessages = false;
    Scenario scenario = Scenario::singleUpdate(setup);
    scenario.add({0, Intervention::Kind::Byzantine, {forger}, 0});
    Simulation simulation(scenario);
    const VersionId honest = simulation.version(0, 0);
    QVERIFY(!simulation.versionInfo(honest).forged);
    simulation.run();

    QVERIFY(simulation.summary().converged);
    const VersionId newest = simulation.world().newest[0];
    QVERIFY(newest > honest);
    const VersionInfo &info = simulation.versionInfo(newest);
    QVERIFY(info.forged);
    QCOMPARE(info.origin, forger);
    QVERIFY(info.written >= 1); // forged after the forger received the honest update
    for (NodeId node = 0; node < n; ++node) {
        QVERIFY(simulation.versionInfo(simulation.version(node, 0)).forged);
        QCOMPARE(simulation.version(node, 0), newest);
    }
}

void TestFaults::settledAntiEntropyIsCountedExactly_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<Reconciliation>("method");
    QTest::newRow("push-pull, whole database") << Mode::PushPull << Reconciliation::WholeDatabase;
    QTest::newRow("push, checksum") << Mode::Push << Reconciliation::Checksum;
    QTest::newRow("pull, recent updates") << Mode::Pull << Reconciliation::RecentUpdates;
}

void TestFaults::settledAntiEntropyIsCountedExactly()
{
    // Once a partitioned city has spread all it can, anti-entropy's exchanges are counted
    // without comparing databases. Cutting the city along the same line again every round
    // changes nothing but makes every round go the long way: both runs must be the same,
    // message for message, with losses, a crashed node and a late write among them.
    QFETCH(Mode, mode);
    QFETCH(Reconciliation, method);
    Config config;
    config.protocol = Protocol::AntiEntropy;
    config.mode = mode;
    config.reconciliation = method;
    config.recentWindow = 20;
    config.nodes = 120;
    config.keys = 6;
    config.seed = 8;
    config.loss = 0.05;
    config.recordMessages = true;
    config.maxRounds = 400;
    Scenario shortWay;
    shortWay.config = config;
    std::vector<NodeId> cutOff;
    for (NodeId node = 80; node < 120; ++node)
        cutOff.push_back(node);
    for (KeyId key = 0; key < 6; ++key)
        shortWay.interventions.push_back({0, Intervention::Kind::Write, {NodeId(key * 17)}, key});
    shortWay.interventions.push_back({0, Intervention::Kind::Partition, cutOff, 0});
    shortWay.interventions.push_back({60, Intervention::Kind::Crash, {5}, 0});
    shortWay.interventions.push_back({150, Intervention::Kind::Write, {90}, 2});
    shortWay.interventions.push_back({300, Intervention::Kind::Heal, {}, 0});
    Scenario longWay = shortWay;
    for (Round round = 1; round < 300; ++round)
        longWay.interventions.push_back({round, Intervention::Kind::Partition, cutOff, 0});
    std::stable_sort(longWay.interventions.begin(), longWay.interventions.end(),
                     [](const Intervention &a, const Intervention &b) { return a.round < b.round; });
    Simulation fast(shortWay);
    Simulation slow(longWay);
    std::uint64_t redundant = 0;
    while (!fast.finished() || !slow.finished()) {
        fast.step();
        slow.step();
        QCOMPARE(fast.round(), slow.round());
        QVERIFY2(fast.measures() == slow.measures(), qPrintable(QString::number(fast.round())));
        QVERIFY2(fast.log() == slow.log(), qPrintable(QString::number(fast.round())));
        redundant += fast.measures().messages(Outcome::Redundant);
    }
    QVERIFY(fast.world().holdings == slow.world().holdings);
    QVERIFY(redundant > 10'000); // the settled stretch was long
}

void TestFaults::quietRunPassesToAFarIntervention_data()
{
    QTest::addColumn<Protocol>("protocol");
    QTest::addColumn<Mode>("mode");
    QTest::newRow("rumor push") << Protocol::Rumor << Mode::Push;
    QTest::newRow("rumor pull") << Protocol::Rumor << Mode::Pull;
    QTest::newRow("rumor push-pull") << Protocol::Rumor << Mode::PushPull;
}

void TestFaults::quietRunPassesToAFarIntervention()
{
    // The script: a partition from the start and its heal at round 1,000,000, on
    // 1,000 people with 64 keys. (Direct mail retries the cut-off mail every round, and
    // anti-entropy always exchanges: their rounds are never empty.) Once rumors have died out, the rounds up to the heal
    // send nothing and change nothing, so they pass in constant time each (a heal at round
    // 1,000,000 took 217 s when every round was run).
    QFETCH(Protocol, protocol);
    QFETCH(Mode, mode);
    Config config;
    config.protocol = protocol;
    config.mode = mode;
    config.nodes = 1000;
    config.keys = 64;
    config.seed = 3;
    config.maxRounds = maxRoundsLimit;
    Scenario scenario;
    scenario.config = config;
    std::vector<NodeId> cutOff;
    for (NodeId node = 500; node < 1000; ++node)
        cutOff.push_back(node);
    for (KeyId key = 0; key < 64; ++key)
        scenario.interventions.push_back({0, Intervention::Kind::Write, {NodeId(key)}, key});
    scenario.interventions.push_back({0, Intervention::Kind::Partition, cutOff, 0});
    scenario.interventions.push_back({1'000'000, Intervention::Kind::Heal, {}, 0});
    Simulation simulation(scenario);
    QElapsedTimer timer;
    timer.start();
    Round lastMessage = 0;
    RoundMeasures settled;
    while (!simulation.finished() && simulation.round() < 999'999) {
        const RoundMeasures &measures = simulation.step();
        if (measures.messages() > 0) {
            lastMessage = simulation.round();
            settled = measures;
        }
    }
    QVERIFY(lastMessage < 200);
    // Every quiet round: the same state, no traffic.
    const RoundMeasures quiet = simulation.measures();
    QCOMPARE(quiet.messages(), std::uint64_t(0));
    QCOMPARE(quiet.susceptible, settled.susceptible);
    QVERIFY(simulation.world().partitioned);
    simulation.step();
    QCOMPARE(simulation.round(), 1'000'000);
    QVERIFY(!simulation.world().partitioned); // the heal came
    simulation.run();
    QVERIFY(simulation.finished());
    qInfo("reached the heal at round 1,000,000 and finished in %lld ms", qlonglong(timer.elapsed()));
}

QTEST_APPLESS_MAIN(TestFaults)
#include "tst_faults.moc"
