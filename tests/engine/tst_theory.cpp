// Tests the theory curves drawn beside a run: Demers' recurrences and residue equation, Pittel's round counts.
#include "engine/theory.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

using namespace gossip;

class TestTheory : public QObject
{
    Q_OBJECT

private slots:
    void predictionFitsTheConfiguration();
    void rumorResidueSolvesItsEquation_data();
    void rumorResidueSolvesItsEquation();
    void rumorResidueForKOneIsDemers();
    void pullSquares_data();
    void pullSquares();
    void pushAndPushPull_data();
    void pushAndPushPull();
    void roundCounts_data();
    void roundCounts();
    void residueForTraffic_data();
    void residueForTraffic();
    void finishRounds();
    void finishRoundsWithLoss();
    void unmodelledSaysWhy_data();
    void unmodelledSaysWhy();
};

Q_DECLARE_METATYPE(gossip::Scenario)
Q_DECLARE_METATYPE(gossip::theory::Unmodelled)

void TestTheory::finishRoundsWithLoss()
{
    // With loss the round is read off the curve: later than without, and the same law as
    // the curve itself (a loss of 0 keeps Pittel's and Karp's laws).
    for (gossip::Mode mode : {gossip::Mode::Push, gossip::Mode::Pull, gossip::Mode::PushPull}) {
        const double lossless = theory::finishRounds(mode, 10000);
        const double lossy = theory::finishRounds(mode, 10000, 0.2);
        QVERIFY(lossy > lossless);
        std::vector<double> curve = theory::susceptibleCurve(mode, 1.0 - 1e-4, 10000, int(lossy), 0.2);
        QVERIFY(10000 * curve.back() < 0.5);
        QVERIFY(10000 * curve[curve.size() - 2] >= 0.5);
    }
    // The run: push-pull, 10,000 people, 20 % loss finished after 14.8 rounds on
    // average (200 runs); the loss-free law said 10.6, the curve with loss says 15.
    QCOMPARE(theory::finishRounds(gossip::Mode::PushPull, 10000, 0.2), 15.0);
}

void TestTheory::unmodelledSaysWhy_data()
{
    using gossip::theory::Unmodelled;
    QTest::addColumn<gossip::Scenario>("scenario");
    QTest::addColumn<Unmodelled>("why");
    gossip::Config config; // push-pull anti-entropy, 1000 people
    const auto with = [&](const std::function<void(gossip::Config &)> &change) {
        gossip::Config changed = config;
        change(changed);
        return gossip::Scenario::singleUpdate(changed);
    };
    QTest::newRow("anti-entropy") << gossip::Scenario::singleUpdate(config) << Unmodelled::Nothing;
    QTest::newRow("with loss") << with([](gossip::Config &c) { c.loss = 0.2; }) << Unmodelled::Nothing;
    QTest::newRow("two towns, uniform partners")
            << with([](gossip::Config &c) { c.network = gossip::NetworkKind::TwoTowns; }) << Unmodelled::Nothing;
    QTest::newRow("nearby partners") << with([](gossip::Config &c) {
        c.network = gossip::NetworkKind::TwoTowns;
        c.partnerChoice = gossip::PartnerChoice::Spatial;
    }) << Unmodelled::NearbyPartners;
    QTest::newRow("direct mail") << with([](gossip::Config &c) {
        c.protocol = gossip::Protocol::DirectMail;
        c.mode = gossip::Mode::Push;
    }) << Unmodelled::Mechanism;
    QTest::newRow("connection limit") << with([](gossip::Config &c) { c.connectionLimit = 1; })
                                      << Unmodelled::ConnectionLimit;
    QTest::newRow("crashed") << with([](gossip::Config &c) { c.crashedFraction = 0.1; }) << Unmodelled::Faults;
    QTest::newRow("rumor with loss") << with([](gossip::Config &c) {
        c.protocol = gossip::Protocol::Rumor;
        c.mode = gossip::Mode::Push;
        c.loss = 0.1;
    }) << Unmodelled::RumorLoss;
    QTest::newRow("rumor with backup") << with([](gossip::Config &c) {
        c.protocol = gossip::Protocol::Rumor;
        c.mode = gossip::Mode::Push;
        c.backupEvery = 5;
    }) << Unmodelled::BackupAntiEntropy;
    gossip::Scenario crash = gossip::Scenario::singleUpdate(config);
    crash.add({3, gossip::Intervention::Kind::Crash, {5}, 0});
    QTest::newRow("a crash") << crash << Unmodelled::Faults;
    gossip::Scenario again = gossip::Scenario::singleUpdate(config);
    again.add({4, gossip::Intervention::Kind::Write, {7}, 0});
    QTest::newRow("a second write") << again << Unmodelled::SeveralUpdates;
    gossip::Scenario together = gossip::Scenario::singleUpdate(config);
    together.add({0, gossip::Intervention::Kind::Write, {7}, 0});
    QTest::newRow("two writers at once") << together << Unmodelled::Nothing;
}

void TestTheory::unmodelledSaysWhy()
{
    QFETCH(gossip::Scenario, scenario);
    QFETCH(gossip::theory::Unmodelled, why);
    QCOMPARE(gossip::theory::unmodelled(scenario), why);
}

void TestTheory::finishRounds()
{
    // Push and push-pull are Pittel's and Karp's laws; pull is where p(i+1) = p(i)^2 from
    // 1 - 1/n leaves fewer than half a person: for n = 1000, p(i) = 0.999^(2^i) and
    // 1000 * 0.999^(2^13) = 0.27, while 2^12 leaves 16.6.
    QCOMPARE(theory::finishRounds(gossip::Mode::Push, 1000), theory::pushRounds(1000));
    QCOMPARE(theory::finishRounds(gossip::Mode::PushPull, 1000), theory::pushPullRounds(1000));
    QCOMPARE(theory::finishRounds(gossip::Mode::Pull, 1000), 13.0);
    QCOMPARE(theory::finishRounds(gossip::Mode::Pull, 1), 0.0);
}

void TestTheory::rumorResidueSolvesItsEquation_data()
{
    QTest::addColumn<int>("k");
    for (int k : {1, 2, 3, 4, 5, 10, 50})
        QTest::newRow(("k=" + std::to_string(k)).c_str()) << k;
}

void TestTheory::rumorResidueSolvesItsEquation()
{
    QFETCH(int, k);

    // s = exp(-(k + 1)(1 - s)) has the trivial root s = 1; the residue is the other one.
    const double s = theory::rumorResidue(k);
    QVERIFY(s > 0.0);
    QVERIFY(s < 1.0);
    QVERIFY(std::abs(s - std::exp(-(k + 1) * (1.0 - s))) < 1e-12);
    // More patience leaves fewer behind.
    if (k > 1)
        QVERIFY(s < theory::rumorResidue(k - 1));
}

void TestTheory::rumorResidueForKOneIsDemers()
{
    // Demers et al. (1987): with k = 1 about 20 % miss the rumor, s = 0.2032 to four digits.
    QVERIFY(std::abs(theory::rumorResidue(1) - 0.2032) < 0.00005);
}

void TestTheory::pullSquares_data()
{
    QTest::addColumn<double>("p0");
    QTest::newRow("half") << 0.5;
    QTest::newRow("most susceptible") << 0.999;
    QTest::newRow("few susceptible") << 0.1;
}

void TestTheory::pullSquares()
{
    QFETCH(double, p0);

    constexpr int rounds = 6;
    const std::vector<double> p = theory::pullSusceptible(p0, rounds);
    QCOMPARE(p.size(), std::size_t(rounds + 1));
    QCOMPARE(p[0], p0);
    for (int i = 0; i < rounds; ++i)
        QCOMPARE(p[std::size_t(i) + 1], p[std::size_t(i)] * p[std::size_t(i)]);
    // Closed form: p(i) = p0^(2^i).
    QVERIFY(std::abs(p[3] - std::pow(p0, 8.0)) < 1e-15);
}

void TestTheory::pushAndPushPull_data()
{
    QTest::addColumn<double>("p0");
    QTest::addColumn<std::uint64_t>("n");
    QTest::newRow("1000 from one holder") << 0.999 << std::uint64_t(1000);
    QTest::newRow("1000 from half") << 0.5 << std::uint64_t(1000);
    QTest::newRow("10^6 from one holder") << 1.0 - 1e-6 << std::uint64_t(1'000'000);
}

void TestTheory::pushAndPushPull()
{
    QFETCH(double, p0);
    QFETCH(std::uint64_t, n);

    constexpr int rounds = 30;
    const std::vector<double> push = theory::pushSusceptible(p0, n, rounds);
    const std::vector<double> pull = theory::pullSusceptible(p0, rounds);
    const std::vector<double> both = theory::pushPullSusceptible(p0, n, rounds);
    QCOMPARE(push.size(), std::size_t(rounds + 1));
    QCOMPARE(both.size(), std::size_t(rounds + 1));
    QCOMPARE(push[0], p0);
    QCOMPARE(both[0], p0);
    const double nodes = double(n);
    for (std::size_t i = 0; i < std::size_t(rounds); ++i) {
        // Demers: a susceptible node escapes each of the n (1 - p) pushes with probability 1 - 1/n.
        const double escape = std::pow(1.0 - 1.0 / nodes, nodes * (1.0 - push[i]));
        QCOMPARE(push[i + 1], push[i] * escape);
        const double escapeBoth = std::pow(1.0 - 1.0 / nodes, nodes * (1.0 - both[i]));
        QCOMPARE(both[i + 1], both[i] * both[i] * escapeBoth);
        // The susceptible fraction only falls, and push-pull is never behind either half of it.
        QVERIFY(push[i + 1] <= push[i]);
        QVERIFY(both[i + 1] <= push[i + 1]);
        QVERIFY(both[i + 1] <= pull[i + 1]);
    }
}

void TestTheory::roundCounts_data()
{
    QTest::addColumn<std::uint64_t>("n");
    QTest::addColumn<double>("push");
    QTest::addColumn<double>("pushPull");
    // Worked out by hand: log2 1000 = 9.966, ln 1000 = 6.908, log3 1000 = 6.288,
    // ln ln 1000 = 1.933; for a million, 19.932, 13.816, 12.575 and 2.626.
    QTest::newRow("1000") << std::uint64_t(1000) << 16.874 << 8.220;
    QTest::newRow("10^6") << std::uint64_t(1'000'000) << 33.747 << 15.201;
}

void TestTheory::roundCounts()
{
    QFETCH(std::uint64_t, n);
    QFETCH(double, push);
    QFETCH(double, pushPull);

    // Pittel: push needs log2 n + ln n rounds; push-pull log3 n + O(ln ln n).
    QVERIFY(std::abs(theory::pushRounds(n) - push) < 0.001);
    QVERIFY(std::abs(theory::pushPullRounds(n) - pushPull) < 0.001);
}

void TestTheory::residueForTraffic_data()
{
    QTest::addColumn<double>("traffic");
    QTest::addColumn<double>("residue");
    QTest::addColumn<double>("rounding");
    // Demers et al., Table 1: the traffic m and residue s of push, feedback, counter rumor
    // mongering for k = 1 to 5, as printed (rounded to the digits shown); s = exp(-m) must
    // agree with each pair within the rounding of m (0.05, so a factor exp(0.05) on s).
    QTest::newRow("k=1") << 1.7 << 0.18 << 0.05;
    QTest::newRow("k=2") << 3.3 << 0.037 << 0.05;
    QTest::newRow("k=3") << 4.5 << 0.011 << 0.05;
    QTest::newRow("k=4") << 5.6 << 0.0036 << 0.05;
    QTest::newRow("k=5") << 6.7 << 0.0012 << 0.05;
}

void TestTheory::residueForTraffic()
{
    QFETCH(double, traffic);
    QFETCH(double, residue);
    QFETCH(double, rounding);
    const double predicted = theory::residueForTraffic(traffic);
    QVERIFY2(predicted <= residue * std::exp(rounding) && predicted >= residue * std::exp(-rounding),
             (std::to_string(predicted) + " vs " + std::to_string(residue)).c_str());
    QCOMPARE(theory::residueForTraffic(0.0), 1.0);
}

void TestTheory::predictionFitsTheConfiguration()
{
    using gossip::theory::Prediction;
    gossip::Config config;
    config.protocol = gossip::Protocol::DirectMail;
    config.mode = gossip::Mode::Push;
    QCOMPARE(gossip::theory::predictionFor(config), Prediction::None);
    config.protocol = gossip::Protocol::AntiEntropy;
    for (gossip::Mode mode : {gossip::Mode::Push, gossip::Mode::Pull, gossip::Mode::PushPull}) {
        config.mode = mode;
        QCOMPARE(gossip::theory::predictionFor(config), Prediction::SusceptibleCurve);
    }
    config.protocol = gossip::Protocol::Rumor;
    config.interest = gossip::Interest::Feedback;
    config.stopping = gossip::Stopping::Coin;
    QCOMPARE(gossip::theory::predictionFor(config), Prediction::Residue);
    config.stopping = gossip::Stopping::Counter;
    config.mode = gossip::Mode::Push;
    QCOMPARE(gossip::theory::predictionFor(config), Prediction::ResidueForTraffic);
    config.mode = gossip::Mode::Pull;
    QCOMPARE(gossip::theory::predictionFor(config), Prediction::None);
    // The curve follows the mode: pull squares, push-pull is below both.
    const auto pull = gossip::theory::susceptibleCurve(gossip::Mode::Pull, 0.5, 1000, 3);
    QCOMPARE(pull, gossip::theory::pullSusceptible(0.5, 3));
    const auto push = gossip::theory::susceptibleCurve(gossip::Mode::Push, 0.5, 1000, 3);
    const auto both = gossip::theory::susceptibleCurve(gossip::Mode::PushPull, 0.5, 1000, 3);
    QVERIFY(both.back() < push.back() && both.back() < pull.back());
}

QTEST_APPLESS_MAIN(TestTheory)
#include "tst_theory.moc"
