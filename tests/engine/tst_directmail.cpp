// Tests direct mail: timely and cheap without faults; unknown nodes, a full retransmit cache and loss leave a residue.
#include "engine/batch.h"
#include "engine/directmail.h"
#include "engine/simulation.h"
#include "tests/common/statistics.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <set>
#include <string>

using namespace gossip;
using gossiptest::Sample;
using gossiptest::sampleOf;
using gossiptest::batch;

namespace {

constexpr double errors = 4.0;

Config directMail(std::uint32_t nodes)
{
    Config config;
    config.protocol = Protocol::DirectMail;
    config.mode = Mode::Push;
    config.nodes = nodes;
    return config;
}


std::uint64_t count(const RoundLog &log, NodeId to, Channel channel)
{
    return std::uint64_t(std::count_if(log.messages.begin(), log.messages.end(), [&](const Message &message) {
        return message.to == to && message.channel == channel;
    }));
}

} // namespace

class TestDirectMail : public QObject
{
    Q_OBJECT

private slots:
    void everyoneInOneRound();
    void unknownNodesAreMissed();
    void fullCacheDropsMail();
    void lostMailIsNotRetried();
};

void TestDirectMail::everyoneInOneRound()
{
    constexpr std::uint32_t n = 1000;
    Config config = directMail(n);
    config.recordMessages = true;
    Simulation simulation(Scenario::singleUpdate(config));
    const VersionId update = simulation.version(0, 0);
    simulation.step();

    // The writer mails every other node at once: all have it after round 1, one message each.
    for (NodeId node = 0; node < n; ++node) {
        QCOMPARE(simulation.version(node, 0), update);
        QCOMPARE(simulation.world().holdings[simulation.world().slot(node, 0)].received, node == 0 ? 0 : 1);
    }
    QCOMPARE(simulation.log().messages.size(), std::size_t(n - 1));
    for (const Message &message : simulation.log().messages) {
        QCOMPARE(message.from, NodeId(0));
        QCOMPARE(message.outcome, Outcome::New);
    }
    QVERIFY(simulation.finished());

    const RunSummary summary = simulation.summary();
    QCOMPARE(summary.residue, 0.0);
    QCOMPARE(summary.traffic, double(n - 1) / double(n));
    QCOMPARE(summary.rounds, 1);
    QCOMPARE(summary.tLast, 1.0);
    QVERIFY(summary.converged);
}

void TestDirectMail::unknownNodesAreMissed()
{
    constexpr std::uint32_t n = 1000;
    constexpr int runs = 50;
    constexpr double unknown = 0.3;
    Config config = directMail(n);
    config.unknownFraction = unknown;
    const BatchResult result = batch(config, runs);

    // Without other faults the nodes the writer does not know are exactly the ones missed,
    // and no mail is sent to them.
    for (const RunSummary &run : result.runs) {
        QCOMPARE(std::uint64_t(std::llround(run.residue * n)), run.unknown);
        QCOMPARE(run.messages + run.unknown, std::uint64_t(n - 1));
        QCOMPARE(run.rounds, 1);
    }
    // Each of the n - 1 other nodes is unknown with probability 0.3: the count is binomial,
    // so the mean residue over the runs has standard error sqrt(q (1 - q) / ((n - 1) runs)).
    const Sample residue = sampleOf(result.runs, &RunSummary::residue);
    const double expected = unknown * (n - 1) / n;
    const double standardError = std::sqrt(unknown * (1 - unknown) / double(n - 1) / runs) * (n - 1) / n;
    QVERIFY2(std::abs(residue.mean - expected) <= errors * standardError,
             ("residue " + std::to_string(residue.mean) + ", expected " + std::to_string(expected)).c_str());
}

void TestDirectMail::fullCacheDropsMail()
{
    // Five of twenty nodes are down when the update is written; the writer's retransmit cache
    // holds three. The first three refusals are cached and retried every round; the other
    // two mails are dropped and never sent again.
    constexpr std::uint32_t n = 20;
    constexpr int capacity = 3;
    constexpr Round recoverAt = 4;
    const std::vector<NodeId> crashed{5, 6, 7, 8, 9};
    Config config = directMail(n);
    config.cacheCapacity = capacity;
    config.recordMessages = true;
    config.maxRounds = 30;
    Scenario scenario = Scenario::singleUpdate(config);
    scenario.add({0, Intervention::Kind::Crash, crashed, 0});
    scenario.add({recoverAt, Intervention::Kind::Recover, crashed, 0});
    Simulation simulation(scenario);

    simulation.step();
    std::set<NodeId> cached, dropped;
    for (const Message &message : simulation.log().messages) {
        if (message.outcome == Outcome::Refused)
            cached.insert(message.to);
        else if (message.outcome == Outcome::Dropped)
            dropped.insert(message.to);
        else
            QCOMPARE(message.outcome, Outcome::New);
    }
    QCOMPARE(cached.size(), std::size_t(capacity));
    QCOMPARE(dropped.size(), crashed.size() - capacity);
    std::set<NodeId> failed = cached;
    failed.insert(dropped.begin(), dropped.end());
    QCOMPARE(failed, std::set<NodeId>(crashed.begin(), crashed.end()));
    QCOMPARE(simulation.summary().dropped, std::uint64_t(crashed.size() - capacity));
    QCOMPARE(gossip::DirectMail::caches(simulation.world()).size(), std::size_t(1));
    QCOMPARE(gossip::DirectMail::caches(simulation.world()).front().entries.size(), std::size_t(capacity));

    // While they are down the cached mail is retried each round, and only that mail.
    while (simulation.round() < recoverAt) {
        simulation.step();
        QCOMPARE(simulation.log().messages.size(), std::size_t(capacity));
        for (const Message &message : simulation.log().messages) {
            QCOMPARE(message.channel, Channel::DirectMail);
            QCOMPARE(message.outcome, Outcome::Refused);
            QVERIFY(cached.contains(message.to));
        }
    }

    // After they recover the cached mail gets through (it may be redundant if the repair
    // that recovered nodes go through brought the update first); dropped mail never comes.
    simulation.step();
    for (NodeId node : cached) {
        QCOMPARE(count(simulation.log(), node, Channel::DirectMail), std::uint64_t(1));
        for (const Message &message : simulation.log().messages) {
            if (message.to == node && message.channel == Channel::DirectMail)
                QVERIFY(message.outcome == Outcome::New || message.outcome == Outcome::Redundant);
        }
    }
    QVERIFY(gossip::DirectMail::caches(simulation.world()).front().entries.empty());
    for (NodeId node : dropped)
        QCOMPARE(count(simulation.log(), node, Channel::DirectMail), std::uint64_t(0));
    while (!simulation.finished()) {
        simulation.step();
        for (NodeId node : dropped)
            QCOMPARE(count(simulation.log(), node, Channel::DirectMail), std::uint64_t(0));
    }
    QCOMPARE(simulation.summary().dropped, std::uint64_t(crashed.size() - capacity));
}

void TestDirectMail::lostMailIsNotRetried()
{
    constexpr std::uint32_t n = 1000;
    constexpr int runs = 50;
    constexpr double loss = 0.2;
    Config config = directMail(n);
    config.loss = loss;
    const BatchResult result = batch(config, runs);

    // Loss is silent: the writer cannot know, so each lost mail is one node that never hears
    // of the update, and nothing is sent after round 1.
    for (const RunSummary &run : result.runs) {
        QCOMPARE(std::uint64_t(std::llround(run.residue * n)), run.lost);
        QCOMPARE(run.messages, std::uint64_t(n - 1));
        QCOMPARE(run.rounds, 1);
        QVERIFY(run.converged);
    }
    const Sample residue = sampleOf(result.runs, &RunSummary::residue);
    const double expected = loss * (n - 1) / n;
    const double standardError = std::sqrt(loss * (1 - loss) / double(n - 1) / runs) * (n - 1) / n;
    QVERIFY2(std::abs(residue.mean - expected) <= errors * standardError,
             ("residue " + std::to_string(residue.mean) + ", expected " + std::to_string(expected)).c_str());
}

QTEST_APPLESS_MAIN(TestDirectMail)
#include "tst_directmail.moc"
