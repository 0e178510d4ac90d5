// Scenario files: what is saved is read back exactly, and broken files are refused by name.
#include "views/content/networkfile.h"
#include "views/content/scenariofile.h"

#include <QTest>

class TestScenarioFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripKeepsEverything();
    void networkFileTravelsWithTheScenario();
    void defaultsFillWhatIsMissing();
    void refusesInconsistentKeyNames();
    void refusesABrokenWall_data();
    void refusesABrokenWall();
};

void TestScenarioFile::roundTripKeepsEverything()
{
    ScenarioDocument document;
    gossip::Config &config = document.scenario.config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::PushPull;
    config.interest = gossip::Interest::Blind;
    config.stopping = gossip::Stopping::Coin;
    config.k = 3;
    config.nodes = 40;
    config.keys = 2;
    config.seed = 123456789;
    config.loss = 0.125;
    config.backupEvery = 5;
    config.partnerChoice = gossip::PartnerChoice::Spatial;
    config.spatialExponent = 1.5;
    document.scenario.interventions = {
            {0, gossip::Intervention::Kind::Write, {3, 4}, 1},
            {2, gossip::Intervention::Kind::Crash, {7}, 0},
            {6, gossip::Intervention::Kind::Partition, {1, 2, 3}, 0},
            {9, gossip::Intervention::Kind::Heal, {}, 0},
    };
    document.keyNames = {QStringLiteral("T"), QStringLiteral("R")};
    document.round = 4;
    document.wall = QLineF(0.25, -0.1, 0.5, 1.1);

    QString error;
    const auto read = ScenarioFile::parse(ScenarioFile::serialize(document), &error);
    QVERIFY2(read, qPrintable(error));
    const gossip::Config &back = read->scenario.config;
    QCOMPARE(back.protocol, config.protocol);
    QCOMPARE(back.mode, config.mode);
    QCOMPARE(back.interest, config.interest);
    QCOMPARE(back.stopping, config.stopping);
    QCOMPARE(back.k, config.k);
    QCOMPARE(back.nodes, config.nodes);
    QCOMPARE(back.keys, config.keys);
    QCOMPARE(back.seed, config.seed);
    QCOMPARE(back.loss, config.loss);
    QCOMPARE(back.backupEvery, config.backupEvery);
    QCOMPARE(back.partnerChoice, config.partnerChoice);
    QCOMPARE(back.spatialExponent, config.spatialExponent);
    QVERIFY(read->scenario.interventions == document.scenario.interventions);
    QCOMPARE(read->keyNames, document.keyNames);
    QCOMPARE(read->round, 4);
    QCOMPARE(read->wall, document.wall);
}

void TestScenarioFile::networkFileTravelsWithTheScenario()
{
    // A network read from a file is saved whole in the scenario and read back equal; the
    // built-in networks go by name with their sizes.
    QString error;
    const auto network = NetworkFile::read(QStringLiteral(GOSSIPLAB_NETWORKS "/two-towns-and-a-bridge.json"), &error);
    QVERIFY2(network, qPrintable(error));
    ScenarioDocument document;
    gossip::Config &config = document.scenario.config;
    config.nodes = std::uint32_t(network->siteRouter.size());
    config.network = gossip::NetworkKind::File;
    config.networkFile = std::make_shared<const gossip::NetworkDescription>(*network);
    config.partnerChoice = gossip::PartnerChoice::Spatial;
    config.spatialExponent = 1.4;
    config.connectionLimit = 1;
    config.huntLimit = 2;
    const QByteArray saved = ScenarioFile::serialize(document);
    const auto read = ScenarioFile::parse(saved, &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->scenario.config == config); // the network by what it holds
    QCOMPARE(read->scenario.config.networkFile->links.front().name, std::string("bridge"));
    QCOMPARE(read->scenario.config.connectionLimit, 1);
    QCOMPARE(read->scenario.config.huntLimit, 2);
    // Broken inline: named in its place.
    // (a router renamed where it is listed only, so a link names one that is not there)
    QByteArray broken = saved;
    const qsizetype listed = broken.indexOf("\"Riverside mill\"");
    QVERIFY(listed > 0);
    broken.replace(listed, 16, "\"Riverside mil\"");
    QVERIFY(!ScenarioFile::parse(broken, &error));
    QVERIFY2(error.contains(QLatin1String("config.networkFile")), qPrintable(error));

    ScenarioDocument towns;
    towns.scenario.config.nodes = 300;
    towns.scenario.config.network = gossip::NetworkKind::TwoTowns;
    towns.scenario.config.smallTown = 60;
    towns.scenario.config.areaSize = 5;
    const auto back = ScenarioFile::parse(ScenarioFile::serialize(towns), &error);
    QVERIFY2(back, qPrintable(error));
    QVERIFY(back->scenario.config == towns.scenario.config);
    QVERIFY(!ScenarioFile::serialize(towns).contains("networkFile"));
}

void TestScenarioFile::defaultsFillWhatIsMissing()
{
    QString error;
    const auto read = ScenarioFile::parse(R"({"format": "gossiplab-scenario", "version": 1})", &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->scenario.config.nodes, gossip::Config{}.nodes);
    QVERIFY(read->scenario.interventions.empty());
}

void TestScenarioFile::refusesInconsistentKeyNames()
{
    QString error;
    const auto read = ScenarioFile::parse(
            R"({"format": "gossiplab-scenario", "version": 1, "config": {"keys": 2}, "keyNames": ["T"]})", &error);
    QVERIFY(!read);
    QVERIFY2(error.contains(QLatin1String("keyNames")), qPrintable(error));
}

void TestScenarioFile::refusesABrokenWall_data()
{
    QTest::addColumn<QByteArray>("wall");
    QTest::newRow("three numbers") << QByteArray("[0, 0, 1]");
    QTest::newRow("a string") << QByteArray(R"([0, 0, 1, "1"])");
    QTest::newRow("far outside") << QByteArray("[0, 0, 1, 1000]");
    QTest::newRow("one point") << QByteArray("[0.5, 0.5, 0.5, 0.5]");
    QTest::newRow("not an array") << QByteArray("true");
}

void TestScenarioFile::refusesABrokenWall()
{
    QFETCH(QByteArray, wall);
    QString error;
    const auto read = ScenarioFile::parse(R"({"format": "gossiplab-scenario", "version": 1, "wall": )" + wall + "}", &error);
    QVERIFY(!read);
    QVERIFY2(error.contains(QLatin1String("wall")), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
