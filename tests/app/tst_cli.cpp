// gossiplab-cli as scripts use it: exit codes, one-line errors, JSON, traces, scenarios, memory.
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <sys/resource.h>

class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Result
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };

    static Result cli(const QStringList &arguments)
    {
        QProcess process;
        process.start(QStringLiteral(GOSSIPLAB_CLI), arguments);
        if (!process.waitForFinished(300'000))
            qFatal("gossiplab-cli did not finish");
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1, process.readAllStandardOutput(),
                process.readAllStandardError()};
    }

    static QJsonObject json(const QStringList &arguments)
    {
        const Result result = cli(arguments + QStringList{QStringLiteral("--json")});
        if (result.exitCode != 0)
            qWarning() << result.err;
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(result.out, &error);
        if (error.error != QJsonParseError::NoError)
            qWarning() << "not JSON:" << result.out.left(200);
        return document.object();
    }

    QTemporaryDir m_dir;

    // `simulate OPTION FILE` with `content` in FILE: status 2 and one line that names each of `named`.
    void refusedInOneLine(const QString &option, const QByteArray &content, const QStringList &named)
    {
        const QString path = m_dir.filePath(QStringLiteral("broken.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
        file.close();
        const Result result = cli({QStringLiteral("simulate"), option, path});
        QCOMPARE(result.exitCode, 2);
        const QString message = QString::fromUtf8(result.err);
        QCOMPARE(message.count(QLatin1Char('\n')), 1);
        for (const QString &part : named)
            QVERIFY2(message.contains(part), qPrintable(message));
    }

private slots:
    void badUsageGivesOneLineAndStatus2_data();
    void badUsageGivesOneLineAndStatus2();
    void jsonCarriesTheContractFields();
    void susceptibleFractionIsAMeanOverRuns();
    void sameSeedGivesByteIdenticalTraces();
    void scenarioFileIsUsed();
    void brokenScenarioFiles_data();
    void brokenScenarioFiles();
    void brokenNetworkFiles_data();
    void brokenNetworkFiles();
    void networksCarryLinkTraffic();
    void directMailShowsWhyNodesMissTheUpdate();
    void noProgressBarWhenStderrIsNotATerminal();
    void writeErrorOnStandardOutputIsReported();
    void countsTooLargeSaturateAndSaySo();
    void helpListsTheCommands();
    void tenMillionNodesFitInOneGibibyte();
};

void TestCli::badUsageGivesOneLineAndStatus2_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("named"); // what the message must name

    const auto rumor = [](const QStringList &more) { return QStringList{"simulate", "--protocol", "rumor"} + more; };
    QTest::newRow("no command") << QStringList{} << "command";
    QTest::newRow("unknown command") << QStringList{"simulte"} << "simulte";
    QTest::newRow("unknown option") << QStringList{"simulate", "--nodez", "5"} << "nodez";
    QTest::newRow("unknown protocol") << QStringList{"simulate", "--protocol", "gossip"} << "--protocol";
    QTest::newRow("unknown mode") << QStringList{"simulate", "--mode", "shove"} << "--mode";
    QTest::newRow("k below 1") << rumor({"--k", "0"}) << "--k";
    QTest::newRow("k not a number") << rumor({"--k", "two"}) << "--k";
    QTest::newRow("loss above 1") << QStringList{"simulate", "--loss", "1.5"} << "--loss";
    QTest::newRow("loss negative") << QStringList{"simulate", "--loss", "-0.1"} << "--loss";
    QTest::newRow("loss not a number") << QStringList{"simulate", "--loss", "nan"} << "--loss";
    QTest::newRow("one node") << QStringList{"simulate", "--nodes", "1"} << "--nodes";
    QTest::newRow("absurd nodes") << QStringList{"simulate", "--nodes", "1000000000000"} << "--nodes";
    QTest::newRow("zero runs") << QStringList{"simulate", "--runs", "0"} << "--runs";
    QTest::newRow("crashed all") << QStringList{"simulate", "--crashed", "1"} << "--crashed";
    QTest::newRow("direct mail pull") << QStringList{"simulate", "--protocol", "direct-mail", "--mode", "pull"} << "--mode";
    QTest::newRow("k without rumor") << QStringList{"simulate", "--protocol", "anti-entropy", "--k", "2"} << "--k";
    QTest::newRow("cache without direct mail") << rumor({"--cache", "3"}) << "--cache";
    QTest::newRow("feedback and blind") << rumor({"--feedback", "--blind"}) << "--blind";
    QTest::newRow("counter and coin") << rumor({"--counter", "--coin"}) << "--coin";
    QTest::newRow("missing value") << QStringList{"simulate", "--nodes"} << "nodes";
    QTest::newRow("stray argument") << QStringList{"simulate", "extra"} << "extra";
    QTest::newRow("missing scenario") << QStringList{"simulate", "--scenario", "/nonexistent/file.json"} << "--scenario";
    QTest::newRow("option given twice") << QStringList{"simulate", "--nodes", "10", "--nodes", "20"} << "--nodes";
    // 10^8 people with 64 strains each need about 90 GiB: refused with the estimate, before
    // any of it is allocated.
    QTest::newRow("more memory than the machine has")
            << QStringList{"simulate", "--nodes", "100000000", "--keys", "64"} << "GiB";
    QTest::newRow("empty scenario name") << QStringList{"simulate", "--scenario", ""} << "--scenario";
    QTest::newRow("seed a file cannot hold") << QStringList{"simulate", "--seed", "9007199254740993"} << "--seed";
}

void TestCli::badUsageGivesOneLineAndStatus2()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, named);
    const Result result = cli(arguments);
    QCOMPARE(result.exitCode, 2);
    QVERIFY(result.out.isEmpty());
    const QString message = QString::fromUtf8(result.err);
    QCOMPARE(message.count(QLatin1Char('\n')), 1);
    QVERIFY2(message.contains(named), qPrintable(message));
}

void TestCli::jsonCarriesTheContractFields()
{
    const QJsonObject object = json({"simulate", "--protocol", "rumor", "--mode", "push", "--feedback", "--counter", "--k",
                                     "2", "--nodes", "500", "--runs", "20", "--seed", "7"});
    for (const char *field : {"nodes", "runs", "seed", "residue", "traffic", "t_ave", "t_last", "rounds",
                              "susceptible_fraction"})
        QVERIFY2(object.contains(QLatin1String(field)), field);
    QCOMPARE(object.value("nodes").toInt(), 500);
    QCOMPARE(object.value("runs").toInt(), 20);
    QCOMPARE(object.value("seed").toInt(), 7);
    const double residue = object.value("residue").toDouble();
    QVERIFY(residue > 0.0 && residue < 0.2);
    QVERIFY(object.value("t_last").toDouble() >= object.value("t_ave").toDouble());
    QVERIFY(object.value("rounds").toDouble() >= object.value("t_last").toDouble());
    // The band and the finishes of the runs (issue 10).
    const qsizetype rounds = object.value("susceptible_fraction").toArray().size();
    for (const char *field : {"susceptible_p10", "susceptible_p50", "susceptible_p90"})
        QCOMPARE(object.value(QLatin1String(field)).toArray().size(), rounds);
    for (qsizetype round = 0; round < rounds; ++round) {
        const double low = object.value("susceptible_p10").toArray().at(round).toDouble();
        const double middle = object.value("susceptible_p50").toArray().at(round).toDouble();
        const double high = object.value("susceptible_p90").toArray().at(round).toDouble();
        QVERIFY(low <= middle && middle <= high);
    }
    const QJsonObject finishes = object.value("finish_histogram").toObject();
    int runs = 0;
    for (auto it = finishes.begin(); it != finishes.end(); ++it) {
        bool whole = false;
        QVERIFY(it.key().toInt(&whole) >= 0 && whole);
        runs += it.value().toInt();
    }
    QCOMPARE(runs, 20);
}

void TestCli::susceptibleFractionIsAMeanOverRuns()
{
    const QJsonObject object = json({"simulate", "--protocol", "anti-entropy", "--mode", "pull", "--nodes", "1000",
                                     "--runs", "30"});
    const QJsonArray fractions = object.value("susceptible_fraction").toArray();
    QVERIFY(fractions.size() >= 2);
    // Round 0: only the seed holds the update.
    QCOMPARE(fractions.at(0).toDouble(), 0.999);
    for (qsizetype i = 1; i < fractions.size(); ++i)
        QVERIFY(fractions.at(i).toDouble() <= fractions.at(i - 1).toDouble());
    // Every anti-entropy run converges, and a finished run keeps its last value (0).
    QCOMPARE(fractions.last().toDouble(), 0.0);
    QCOMPARE(object.value("residue").toDouble(), 0.0);
    // The array is as long as the longest run.
    QVERIFY(fractions.size() - 1 >= object.value("rounds").toDouble());
}

void TestCli::sameSeedGivesByteIdenticalTraces()
{
    const QStringList base{"simulate", "--protocol", "rumor", "--mode", "push-pull", "--nodes", "300", "--runs", "5",
                           "--loss", "0.1", "--seed", "42"};
    const QString first = m_dir.filePath("first.csv");
    const QString second = m_dir.filePath("second.csv");
    const QString other = m_dir.filePath("other.csv");
    QCOMPARE(cli(base + QStringList{"--trace", first}).exitCode, 0);
    QCOMPARE(cli(base + QStringList{"--trace", second, "--threads", "1"}).exitCode, 0);
    QStringList otherSeed = base;
    otherSeed[otherSeed.indexOf("42")] = "43";
    QCOMPARE(cli(otherSeed + QStringList{"--trace", other}).exitCode, 0);
    QFile a(first), b(second), c(other);
    QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly) && c.open(QIODevice::ReadOnly));
    const QByteArray traceA = a.readAll();
    QVERIFY(traceA.startsWith("run,round,"));
    QCOMPARE(traceA, b.readAll());
    QVERIFY(traceA != c.readAll());
    // Every run starts at round 0 and all five runs are there.
    for (int run = 0; run < 5; ++run)
        QVERIFY(traceA.contains(QByteArray::number(run) + ",0,"));
}

void TestCli::scenarioFileIsUsed()
{
    const QString path = m_dir.filePath("story.json");
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"format": "gossiplab-scenario", "version": 1,
        "config": {"protocol": "anti-entropy", "mode": "push", "nodes": 5, "keys": 4, "partnerChoice": "scripted"},
        "keyNames": ["T", "R", "S", "Y"],
        "interventions": [
            {"round": 0, "kind": "write", "nodes": [0, 4], "key": 0},
            {"round": 0, "kind": "write", "nodes": [0], "key": 1},
            {"round": 0, "kind": "write", "nodes": [4], "key": 2},
            {"round": 0, "kind": "write", "nodes": [4], "key": 3},
            {"round": 0, "kind": "contact", "nodes": [0, 4]}]})");
    file.close();
    const QJsonObject object = json({"simulate", "--scenario", path});
    QCOMPARE(object.value("nodes").toInt(), 5);
    // Five nodes with four keys: 20 slots, of which A holds T and R, E holds T, S and Y;
    // A's push gives E the R it lacked, and nothing else moves.
    const QJsonArray fractions = object.value("susceptible_fraction").toArray();
    QCOMPARE(fractions.at(0).toDouble(), 15.0 / 20.0);
    QCOMPARE(fractions.at(1).toDouble(), 14.0 / 20.0);
    QCOMPARE(fractions.last().toDouble(), 14.0 / 20.0);
    // An option on the command line overrides the file.
    QCOMPARE(json({"simulate", "--scenario", path, "--seed", "9"}).value("seed").toInt(), 9);
    // One that makes the file's interventions impossible is named in the error.
    const Result tooFew = cli({"simulate", "--scenario", path, "--nodes", "3"});
    QCOMPARE(tooFew.exitCode, 2);
    QCOMPARE(tooFew.err.count('\n'), 1);
    QVERIFY2(tooFew.err.contains("--nodes 3"), tooFew.err.constData());
}

void TestCli::brokenScenarioFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("named");
    const QByteArray head = R"({"format": "gossiplab-scenario", "version": 1, )";
    QTest::newRow("not JSON") << QByteArray("this is not json") << "JSON";
    QTest::newRow("array") << QByteArray("[1, 2]") << "object";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "other", "version": 1})") << "format";
    QTest::newRow("unknown key") << head + R"("colour": "red"})" << "colour";
    // A name quoted from the file keeps the message on one line (found by fuzz_scenario).
    QTest::newRow("a key with a line break") << head + R"("col\nour": "red"})" << "col\\nour";
    QTest::newRow("unknown config key") << head + R"("config": {"nodez": 5}})" << "nodez";
    QTest::newRow("wrong type") << head + R"("config": {"nodes": "many"}})" << "config.nodes";
    QTest::newRow("out of range") << head + R"("config": {"loss": 2}})" << "config.loss";
    QTest::newRow("a billion nodes") << head + R"("config": {"nodes": 1000000000}})" << "config.nodes";
    QTest::newRow("fractional k") << head + R"("config": {"k": 1.5}})" << "config.k";
    QTest::newRow("bad protocol") << head + R"("config": {"protocol": "telepathy"}})" << "config.protocol";
    QTest::newRow("node out of range")
            << head + R"("config": {"nodes": 10}, "interventions": [{"round": 0, "kind": "crash", "nodes": [10]}]})"
            << "interventions[0].nodes[0]";
    QTest::newRow("bad kind") << head + R"("interventions": [{"round": 0, "kind": "explode", "nodes": [1]}]})"
                              << "interventions[0].kind";
    QTest::newRow("huge file") << QByteArray(17 * 1024 * 1024, ' ') << "too large";
    QTest::newRow("a key given twice") << head + R"("config": {"loss": 0.1, "nodes": 50, "loss": 0.2}})" << "config.loss";
    QTest::newRow("a top-level key given twice") << head + R"("round": 1, "round": 2})" << "round";
    QTest::newRow("a node named twice")
            << head + R"("config": {"nodes": 10}, "interventions": [{"round": 0, "kind": "write", "nodes": [3, 3]}]})"
            << "interventions[0]";
}

void TestCli::brokenScenarioFiles()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, named);
    refusedInOneLine(QStringLiteral("--scenario"), content, {named});
}

void TestCli::brokenNetworkFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("named");
    const QByteArray head = R"({"format": "gossiplab-network", "version": 1, )";
    const QByteArray two = R"("routers": ["a", "b"], )";
    QTest::newRow("not JSON") << QByteArray("routers: a, b") << "JSON";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "gossiplab-scenario", "version": 1})") << "format";
    QTest::newRow("unknown key") << head + two + R"("sites": [{"router": "a", "count": 2}], "cables": []})" << "cables";
    QTest::newRow("no routers") << head + R"("routers": [], "sites": []})" << "routers";
    QTest::newRow("a router twice") << head + R"("routers": ["a", "a"], "sites": []})" << "routers[1]";
    QTest::newRow("a link to nowhere")
            << head + two + R"("links": [{"name": "x", "between": ["a", "c"]}], "sites": [{"router": "a", "count": 2}]})"
            << "links[0].between[1]";
    QTest::newRow("a link to itself")
            << head + two + R"("links": [{"name": "x", "between": ["a", "a"]}], "sites": [{"router": "a", "count": 2}]})"
            << "links[0].between";
    QTest::newRow("a link with three ends")
            << head + two + R"("links": [{"name": "x", "between": ["a", "b", "a"]}], "sites": [{"router": "a", "count": 2}]})"
            << "links[0].between";
    QTest::newRow("sites on no router") << head + two + R"("sites": [{"router": "z", "count": 2}]})" << "sites[0].router";
    QTest::newRow("no sites") << head + two + R"("sites": [{"router": "a", "count": 0}]})" << "sites[0].count";
    QTest::newRow("apart")
            << head + R"("routers": ["a", "b", "c"], "links": [{"name": "ab", "between": ["a", "b"]}],
                         "sites": [{"router": "a", "count": 1}, {"router": "c", "count": 1}]})"
            << "no route";
}

void TestCli::brokenNetworkFiles()
{
    // A broken network file: one line that names the option and the place, and status 2.
    QFETCH(QByteArray, content);
    QFETCH(QString, named);
    refusedInOneLine(QStringLiteral("--network"), content, {named, QStringLiteral("--network")});
}

void TestCli::networksCarryLinkTraffic()
{
    // Two towns as they are: the bridge is the critical link, and uniform choice puts
    // 2 n1 n2 / (n1 + n2) = 83.3 conversations a round on it.
    const QJsonObject towns = json({"simulate", "--nodes", "300", "--network", "two-towns", "--runs", "50"});
    QCOMPARE(towns.value("critical_link").toString(), QStringLiteral("bridge"));
    QVERIFY(std::abs(towns.value("compare_traffic_critical").toDouble() - 83.3) < 5.0);
    for (const char *key : {"compare_traffic_mean", "update_traffic_mean", "update_traffic_critical"})
        QVERIFY2(towns.value(key).toDouble() > 0.0, key);
    // The example network file reads, and nearby partners spare its critical link.
    const QString example = QStringLiteral(GOSSIPLAB_NETWORKS "/two-towns-and-a-bridge.json");
    const QJsonObject uniform = json({"simulate", "--network", example, "--runs", "50"});
    const QJsonObject nearby = json({"simulate", "--network", example, "--runs", "50", "--partners", "spatial"});
    QVERIFY(uniform.value("nodes").toInt() > 0);
    QVERIFY(nearby.value("compare_traffic_critical").toDouble() < uniform.value("compare_traffic_critical").toDouble() / 3);
    // Without a network, none of these keys.
    QVERIFY(!json({"simulate", "--nodes", "100"}).contains("critical_link"));
    // Nodes and the file's sites must agree.
    const Result mismatch = cli({"simulate", "--network", example, "--nodes", "7"});
    QCOMPARE(mismatch.exitCode, 2);
    QVERIFY2(mismatch.err.contains("nodes"), mismatch.err.constData());
}

void TestCli::directMailShowsWhyNodesMissTheUpdate()
{
    const QJsonObject object = json({"simulate", "--protocol", "direct-mail", "--nodes", "1000", "--runs", "10",
                                     "--unknown", "0.2", "--loss", "0.1"});
    // The writer did not know about a fifth of the nodes, and a tenth of the rest lost their mail.
    const double unknown = object.value("unknown").toDouble();
    const double lost = object.value("lost").toDouble();
    QVERIFY(unknown > 150 && unknown < 250);
    QVERIFY(lost > 50 && lost < 110);
    const double residue = object.value("residue").toDouble();
    QVERIFY(qAbs(residue * 1000 - (unknown + lost)) < 1.0);

    // With people down and a small cache, every node left without the mail is accounted
    // for: lost, never sent, dropped from the full cache, or still waiting in it.
    const QJsonObject faulty = json({"simulate", "--protocol", "direct-mail", "--nodes", "1000", "--runs", "4",
                                     "--crashed", "0.1", "--cache", "5", "--loss", "0.1", "--unknown", "0.05",
                                     "--max-rounds", "30"});
    const double missing = faulty.value("residue").toDouble() * 1000;
    const double explained = faulty.value("lost").toDouble() + faulty.value("unknown").toDouble()
            + faulty.value("dropped").toDouble() + faulty.value("cached").toDouble();
    QVERIFY(faulty.value("cached").toDouble() > 0);
    QVERIFY(faulty.value("dropped").toDouble() > 0);
    QVERIFY2(qAbs(missing - explained) < 1e-6, qPrintable(QStringLiteral("%1 vs %2").arg(missing).arg(explained)));

    // The table keeps its names and numbers apart.
    const Result table = cli({"simulate", "--protocol", "direct-mail", "--crashed", "0.1", "--cache", "5",
                              "--max-rounds", "5"});
    QCOMPARE(table.exitCode, 0);
    for (const QByteArray &line : table.out.split('\n')) {
        if (line.contains("per run"))
            QVERIFY2(QRegularExpression(QStringLiteral("per run {2,}\\S")).match(QString::fromUtf8(line)).hasMatch(),
                     line.constData());
    }
}

void TestCli::noProgressBarWhenStderrIsNotATerminal()
{
    const Result result = cli({"simulate", "--protocol", "rumor", "--nodes", "10000", "--runs", "600", "--json"});
    QCOMPARE(result.exitCode, 0);
    QVERIFY(result.err.isEmpty());
}

void TestCli::tenMillionNodesFitInOneGibibyte()
{
    const Result result = cli({"simulate", "--protocol", "anti-entropy", "--mode", "push-pull", "--nodes", "10000000",
                               "--threads", "1", "--json"});
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(result.out).object().value("residue").toDouble(), 0.0);
    rusage usage{};
    QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
    // ru_maxrss is the largest child's peak resident set, in KiB.
    qInfo("peak memory of the largest run: %ld MiB", usage.ru_maxrss / 1024);
    QVERIFY(usage.ru_maxrss < 1024L * 1024L);
}

void TestCli::writeErrorOnStandardOutputIsReported()
{
    if (!QFile::exists(QStringLiteral("/dev/full")))
        QSKIP("this system has no /dev/full");
    QProcess process;
    process.setStandardOutputFile(QStringLiteral("/dev/full"));
    process.start(QStringLiteral(GOSSIPLAB_CLI), {"simulate", "--nodes", "100", "--json"});
    QVERIFY(process.waitForFinished(60'000));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY(process.exitCode() != 0);
    const QString message = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(message.count(QLatin1Char('\n')), 1);
    QVERIFY2(message.contains(QLatin1String("standard output")), qPrintable(message));

    // A reader that goes away early (a closed pipe: `| true`) is a write error too, not a
    // silent death by SIGPIPE.
    QProcess shell;
    shell.start(QStringLiteral("bash"), {"-c", QStringLiteral("'%1' simulate --nodes 2000 --runs 200 | true; "
                                                             "exit ${PIPESTATUS[0]}")
                                                      .arg(QStringLiteral(GOSSIPLAB_CLI))});
    QVERIFY(shell.waitForFinished(60'000));
    QCOMPARE(shell.exitStatus(), QProcess::NormalExit);
    QCOMPARE(shell.exitCode(), 1);
    QVERIFY(shell.readAllStandardError().contains("standard output"));
}

void TestCli::countsTooLargeSaturateAndSaySo()
{
    // A billion shared items of a billion bytes each, every contact: far beyond 2^64 bytes.
    const QJsonObject object = json({"simulate", "--nodes", "1000", "--shared-items", "1000000000", "--item-bytes",
                                     "1000000000"});
    QVERIFY(object.value("counts_saturated").toBool());
    QCOMPARE(object.value("bytes").toDouble(), 18446744073709551615.0);
    const Result table = cli({"simulate", "--nodes", "1000", "--shared-items", "1000000000", "--item-bytes", "1000000000"});
    QVERIFY(table.out.contains("lower bounds"));
    QVERIFY(!json({"simulate", "--nodes", "1000"}).value("counts_saturated").toBool());
}

void TestCli::helpListsTheCommands()
{
    // --help printed only the usage line: it lists every command and how to get each
    // one's options, and each command's --help gives them.
    const Result help = cli({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString text = QString::fromUtf8(help.out);
    for (const char *word : {"simulate", "bench", "COMMAND --help"})
        QVERIFY2(text.contains(QLatin1String(word)), qPrintable(text));
    const Result simulate = cli({QStringLiteral("simulate"), QStringLiteral("--help")});
    QCOMPARE(simulate.exitCode, 0);
    QVERIFY(QString::fromUtf8(simulate.out).contains(QLatin1String("--protocol")));
    const Result bench = cli({QStringLiteral("bench"), QStringLiteral("--help")});
    QCOMPARE(bench.exitCode, 0);
    QVERIFY2(QString::fromUtf8(bench.out).contains(QLatin1String("--quick")), bench.out.constData());
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
