// Engine benchmarks: the speed goals of the engine, measured with QBENCHMARK.
#include "engine/batch.h"
#include "engine/history.h"
#include "engine/simulation.h"

#include <QTest>

class BenchEngine : public QObject
{
    Q_OBJECT

private slots:
    void antiEntropyPushPullToFullCoverage_data();
    void antiEntropyPushPullToFullCoverage();
    void rumorFeedbackCounterBatch();
    void recordEveryMessageOfARound();
    void stepBackInATenThousandNodeRun();
};

void BenchEngine::antiEntropyPushPullToFullCoverage_data()
{
    QTest::addColumn<int>("nodes");
    QTest::newRow("100,000 nodes") << 100'000;
    QTest::newRow("1,000,000 nodes") << 1'000'000;
}

void BenchEngine::antiEntropyPushPullToFullCoverage()
{
    QFETCH(int, nodes);
    gossip::Config config;
    config.nodes = std::uint32_t(nodes);
    std::uint64_t seed = 0;
    QBENCHMARK {
        config.seed = ++seed;
        gossip::Simulation simulation(gossip::Scenario::singleUpdate(config));
        simulation.run();
        QCOMPARE(simulation.measures().susceptible, 0u);
    }
}

void BenchEngine::rumorFeedbackCounterBatch()
{
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Push;
    config.nodes = 1000;
    gossip::BatchOptions options;
    options.runs = 1000;
    QBENCHMARK {
        for (int k = 1; k <= 5; ++k) {
            config.k = k;
            gossip::runBatch(gossip::Scenario::singleUpdate(config), options);
        }
    }
}

void BenchEngine::recordEveryMessageOfARound()
{
    gossip::Config config;
    config.nodes = 10'000;
    config.recordMessages = true;
    gossip::Simulation simulation(gossip::Scenario::singleUpdate(config));
    const gossip::World start = simulation.snapshot();
    QBENCHMARK {
        simulation.restore(start);
        simulation.step();
    }
    QCOMPARE(simulation.log().messages.size(), std::size_t(2 * config.nodes));
}

void BenchEngine::stepBackInATenThousandNodeRun()
{
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.nodes = 10'000;
    config.recordMessages = true;
    gossip::History history(gossip::Scenario::singleUpdate(config));
    while (history.canStepForward())
        history.stepForward();
    const gossip::Round last = history.round();
    QBENCHMARK {
        history.seek(last - 1);
        history.seek(last);
    }
}

QTEST_APPLESS_MAIN(BenchEngine)
#include "tst_enginebench.moc"
