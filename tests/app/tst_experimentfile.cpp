// Experiment files: the lab's entries, runs, seed and sweep; broken files refused by name.
#include "views/content/experimentfile.h"

#include <QTest>

class TestExperimentFile : public QObject
{
    Q_OBJECT

private slots:
    void readsTheIssuesExample();
    void roundTripKeepsEverything();
    void configAtAppliesSeedAndSweep();
    void brokenFilesAreRefusedByName_data();
    void brokenFilesAreRefusedByName();
};

void TestExperimentFile::readsTheIssuesExample()
{
    QString error;
    const auto read = ExperimentFile::parse(R"({"format": "gossiplab-experiment", "version": 1, "runs": 200,
        "seed": 5, "entries": [
            {"name": "push", "config": {"protocol": "rumor", "mode": "push", "nodes": 1000}},
            {"name": "pull", "config": {"protocol": "rumor", "mode": "pull", "nodes": 1000}}],
        "sweep": {"parameter": "k", "values": [1, 2, 3]}})",
                                            &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->runs, 200);
    QCOMPARE(read->seed, std::uint64_t(5));
    QCOMPARE(read->entries.size(), 2);
    QCOMPARE(read->entries.at(1).name, QStringLiteral("pull"));
    QCOMPARE(read->entries.at(1).config.mode, gossip::Mode::Pull);
    QVERIFY(read->sweep);
    QCOMPARE(read->sweep->parameter, QStringLiteral("k"));
    QCOMPARE(read->sweep->values, (QList<double>{1, 2, 3}));
    QCOMPARE(read->valueCount(), 3);
}

void TestExperimentFile::roundTripKeepsEverything()
{
    ExperimentDocument document;
    document.runs = 1234;
    document.seed = 99;
    gossip::Config lossy;
    lossy.protocol = gossip::Protocol::AntiEntropy;
    lossy.mode = gossip::Mode::Pull;
    lossy.loss = 0.2;
    lossy.nodes = 300;
    document.entries = {{QStringLiteral("loss 20 %"), lossy, ColourRole::ReddishPurple},
                        {QStringLiteral("default"), gossip::Config{}, std::nullopt}};
    document.sweep = ExperimentSweep{QStringLiteral("nodes"), {100, 1000, 10000}};
    QString error;
    const auto read = ExperimentFile::parse(ExperimentFile::serialize(document), &error);
    QVERIFY2(read, qPrintable(error));
    QCOMPARE(read->runs, 1234);
    QCOMPARE(read->seed, std::uint64_t(99));
    QCOMPARE(read->entries.size(), 2);
    QCOMPARE(read->entries.at(0).name, QStringLiteral("loss 20 %"));
    QCOMPARE(read->entries.at(0).config.loss, 0.2);
    QCOMPARE(read->entries.at(0).config.mode, gossip::Mode::Pull);
    QCOMPARE(read->entries.at(0).colour, std::optional<ColourRole>(ColourRole::ReddishPurple));
    QVERIFY(!read->entries.at(1).colour);
    QCOMPARE(read->sweep->parameter, QStringLiteral("nodes"));
    QCOMPARE(read->sweep->values, document.sweep->values);
}

void TestExperimentFile::configAtAppliesSeedAndSweep()
{
    ExperimentDocument document;
    document.seed = 42;
    gossip::Config rumor;
    rumor.protocol = gossip::Protocol::Rumor;
    rumor.seed = 7; // the experiment's seed wins: entries race on the same seeds
    document.entries = {{QStringLiteral("rumor"), rumor}};
    QCOMPARE(document.configAt(0, 0).seed, std::uint64_t(42));
    document.sweep = ExperimentSweep{QStringLiteral("k"), {1, 4}};
    QCOMPARE(document.configAt(0, 1).k, 4);
    QCOMPARE(document.configAt(0, 1).protocol, gossip::Protocol::Rumor);
}

void TestExperimentFile::brokenFilesAreRefusedByName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("named");
    const auto file = [](const char *rest) {
        return QByteArray(R"({"format": "gossiplab-experiment", "version": 1, )") + rest + "}";
    };
    const char *entry = R"("entries": [{"name": "a", "config": {"protocol": "rumor"}}])";
    QTest::newRow("not JSON") << QByteArray("{") << QString();
    QTest::newRow("wrong format") << QByteArray(R"({"format": "gossiplab-scenario", "version": 1})") << "format";
    QTest::newRow("no entries") << file(R"("runs": 10)") << "entries";
    QTest::newRow("empty entries") << file(R"("entries": [])") << "entries";
    QTest::newRow("unknown key") << file(R"("entries": [{"name": "a"}], "colour": 1)") << "colour";
    QTest::newRow("entry without name") << file(R"("entries": [{"config": {}}])") << "entries[0]";
    QTest::newRow("entry unknown key") << file(R"("entries": [{"name": "a", "seed": 3}])") << "entries[0]";
    QTest::newRow("config unknown key") << file(R"("entries": [{"name": "a", "config": {"speed": 3}}])")
                                        << "entries[0].config";
    QTest::newRow("config out of range") << file(R"("entries": [{"name": "a", "config": {"loss": 2}}])")
                                         << "entries[0].config.loss";
    QTest::newRow("runs zero") << file((QByteArray(R"("runs": 0, )") + entry).constData()) << "runs";
    QTest::newRow("runs too many") << file((QByteArray(R"("runs": 10001, )") + entry).constData()) << "runs";
    QTest::newRow("seed not whole") << file((QByteArray(R"("seed": 1.5, )") + entry).constData()) << "seed";
    QTest::newRow("sweep of a choice")
            << file((QByteArray(entry) + R"(, "sweep": {"parameter": "mode", "values": [1]})").constData())
            << "sweep.parameter";
    QTest::newRow("sweep unknown parameter")
            << file((QByteArray(entry) + R"(, "sweep": {"parameter": "speed", "values": [1]})").constData())
            << "sweep.parameter";
    QTest::newRow("sweep value out of range")
            << file((QByteArray(entry) + R"(, "sweep": {"parameter": "k", "values": [1, 0]})").constData())
            << "sweep.values[1]";
    QTest::newRow("sweep value twice")
            << file((QByteArray(entry) + R"(, "sweep": {"parameter": "k", "values": [2, 2]})").constData())
            << "sweep.values[1]";
    QTest::newRow("sweep without values")
            << file((QByteArray(entry) + R"(, "sweep": {"parameter": "k", "values": []})").constData())
            << "sweep.values";
    QTest::newRow("colour not of the palette") << file(R"("entries": [{"name": "a", "colour": "pink"}])")
                                               << "entries[0].colour";
    QTest::newRow("key given twice") << file(R"("runs": 5, "runs": 6, "entries": [{"name": "a"}])") << "runs";
}

void TestExperimentFile::brokenFilesAreRefusedByName()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, named);
    QString error;
    QVERIFY(!ExperimentFile::parse(json, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY2(!error.contains(QLatin1Char('\n')), qPrintable(error));
    if (!named.isEmpty())
        QVERIFY2(error.contains(named), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestExperimentFile)
#include "tst_experimentfile.moc"
