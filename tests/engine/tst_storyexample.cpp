// Tests the story's anti-entropy example item by item: A holds {T, R}, E holds {T, S, Y}, A contacts E.
#include "engine/simulation.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <array>
#include <vector>

using namespace gossip;

Q_DECLARE_METATYPE(gossip::Mode)

namespace {

// The story's people and virus strains.
constexpr NodeId A = 0, B = 1, C = 2, D = 3, E = 4;
constexpr KeyId T = 0, R = 1, S = 2, Y = 3;
constexpr std::array<KeyId, 4> allKeys{T, R, S, Y};

Scenario storyScenario(Mode mode)
{
    Scenario scenario = Scenario::storyExchange(mode);
    scenario.config.recordMessages = true;
    scenario.config.maxRounds = 10;
    return scenario;
}

std::vector<VersionId> carried(const RoundLog &log, const Message &message)
{
    const auto first = log.carried.begin() + message.firstItem;
    std::vector<VersionId> versions(first, first + message.itemCount);
    std::sort(versions.begin(), versions.end());
    return versions;
}

std::vector<VersionId> heldVersions(const Simulation &simulation, NodeId node)
{
    std::vector<VersionId> versions;
    for (KeyId key : allKeys) {
        if (simulation.version(node, key) != noVersion)
            versions.push_back(simulation.version(node, key));
    }
    std::sort(versions.begin(), versions.end());
    return versions;
}

} // namespace

class TestStoryExample : public QObject
{
    Q_OBJECT

private slots:
    void initialState();
    void oneContact_data();
    void oneContact();
};

void TestStoryExample::initialState()
{
    // The round-0 writes must give the story's starting point, or the contact test means nothing.
    Simulation simulation(storyScenario(Mode::PushPull));
    QCOMPARE(simulation.round(), 0);
    QVERIFY(simulation.version(A, T) != noVersion);
    QCOMPARE(simulation.version(A, T), simulation.version(E, T));
    QVERIFY(simulation.version(A, R) != noVersion);
    QCOMPARE(simulation.version(A, S), noVersion);
    QCOMPARE(simulation.version(A, Y), noVersion);
    QCOMPARE(simulation.version(E, R), noVersion);
    QVERIFY(simulation.version(E, S) != noVersion);
    QVERIFY(simulation.version(E, Y) != noVersion);
    for (KeyId key : allKeys)
        QCOMPARE(simulation.versionInfo(simulation.version(key == R ? A : E, key)).key, key);
    for (NodeId node : {B, C, D})
        QVERIFY(heldVersions(simulation, node).empty());
}

void TestStoryExample::oneContact_data()
{
    QTest::addColumn<Mode>("mode");
    QTest::addColumn<bool>("aGains");  // A takes what is newer at E
    QTest::addColumn<bool>("eGains");  // E takes what is newer at A

    QTest::newRow("push") << Mode::Push << false << true;
    QTest::newRow("pull") << Mode::Pull << true << false;
    QTest::newRow("push-pull") << Mode::PushPull << true << true;
}

void TestStoryExample::oneContact()
{
    QFETCH(Mode, mode);
    QFETCH(bool, aGains);
    QFETCH(bool, eGains);

    Simulation simulation(storyScenario(mode));
    std::array<VersionId, 4> atA{}, atE{}, original{};
    for (KeyId key : allKeys) {
        atA[key] = simulation.version(A, key);
        atE[key] = simulation.version(E, key);
        original[key] = std::max(atA[key], atE[key]); // the one version of each strain
    }

    simulation.step();
    QCOMPARE(simulation.round(), 1);

    // A's database after the contact: unchanged, or all four strains with the very versions E had.
    for (KeyId key : allKeys) {
        QCOMPARE(simulation.version(A, key), aGains ? original[key] : atA[key]);
        QCOMPARE(simulation.version(E, key), eGains ? original[key] : atE[key]);
    }
    if (!aGains) {
        QCOMPARE(simulation.version(A, S), noVersion);
        QCOMPARE(simulation.version(A, Y), noVersion);
    }
    if (aGains && eGains)
        QCOMPARE(heldVersions(simulation, A), heldVersions(simulation, E));

    // Nobody else took part: the other people hold nothing.
    for (NodeId node : {B, C, D})
        QVERIFY(heldVersions(simulation, node).empty());

    // The round's log: one message each way that data flows, carrying the sender's database.
    const RoundLog &log = simulation.log();
    QCOMPARE(log.round, 1);
    const std::size_t expectedMessages = std::size_t(aGains) + std::size_t(eGains);
    QCOMPARE(log.messages.size(), expectedMessages);
    for (const Message &message : log.messages) {
        QCOMPARE(message.channel, Channel::AntiEntropy);
        QCOMPARE(message.outcome, Outcome::New);
        const bool fromA = message.from == A;
        QVERIFY(fromA ? message.to == E : (message.from == E && message.to == A));
        QVERIFY(fromA ? eGains : aGains);
        // The whole database travels: every version the sender held at the start of the round.
        std::vector<VersionId> expected;
        for (KeyId key : allKeys) {
            const VersionId held = fromA ? atA[key] : atE[key];
            if (held != noVersion)
                expected.push_back(held);
        }
        std::sort(expected.begin(), expected.end());
        QCOMPARE(carried(log, message), expected);
    }
    QCOMPARE(simulation.measures().messages(Outcome::New), std::uint64_t(expectedMessages));
    QCOMPARE(simulation.measures().messages(), std::uint64_t(expectedMessages));
}

QTEST_APPLESS_MAIN(TestStoryExample)
#include "tst_storyexample.moc"
