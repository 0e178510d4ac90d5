// Lessons as data: every shipped lesson is whole and true to its runs; broken files are refused by name.
#include "engine/network.h"
#include "engine/simulation.h"
#include "views/content/lessonfile.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// The chapter's run, stepped until it ends or reaches its key frame and last beat: the
// last round the lesson can show.
gossip::Round lastRoundReached(const Chapter &chapter)
{
    gossip::Simulation simulation(chapter.scenario);
    const gossip::Round latest = std::max(chapter.keyFrame, chapter.beats.constLast().round);
    while (!simulation.finished() && simulation.round() < latest)
        simulation.step();
    return simulation.round();
}

} // namespace

class TestLesson : public QObject
{
    Q_OBJECT

private slots:
    void everyLessonFileIsBuiltIn();
    void shippedLessonIsWhole_data();
    void shippedLessonIsWhole();
    void workedExampleOfTheReadmeReads();
    void builtInIsTheStoryOfXiaoB();
    void textFallsBackToEnglish();
    void rumorDiesOutWhenTheNarrationSaysSo();
    void theBridgeIsJammedWhenTheNarrationSaysSo();
    void writtenLessonsReadBackEqual();
    void brokenLessonsAreRefusedByName_data();
    void brokenLessonsAreRefusedByName();
};

void TestLesson::everyLessonFileIsBuiltIn()
{
    const QStringList onDisk = QDir(QStringLiteral(GOSSIPLAB_LESSONS)).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    const QStringList builtIn = QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(onDisk.size() >= 2);
    QCOMPARE(builtIn, onDisk);
}

void TestLesson::shippedLessonIsWhole_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &name : QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")}, QDir::Files))
        QTest::newRow(qPrintable(name)) << QStringLiteral(":/lessons/") + name;
}

void TestLesson::shippedLessonIsWhole()
{
    QFETCH(QString, path);
    QString error;
    const auto lesson = LessonFile::read(path, &error);
    QVERIFY2(lesson, qPrintable(error));
    QVERIFY(!lesson->chapters.isEmpty());
    // The app speaks English and Chinese: a shipped lesson does too.
    QVERIFY(lesson->title.versions().contains(QStringLiteral("zh_CN")));
    QSet<QString> ids;
    for (const Chapter &chapter : lesson->chapters) {
        const QByteArray name = chapter.id.toUtf8();
        QVERIFY2(!ids.contains(chapter.id), name);
        ids.insert(chapter.id);
        QVERIFY2(!gossip::validate(chapter.scenario), name);
        for (const LocalizedText &text : {chapter.title, chapter.watch})
            QVERIFY2(text.versions().contains(QStringLiteral("zh_CN")), name);
        for (qsizetype i = 0; i < chapter.beats.size(); ++i) {
            QVERIFY2(chapter.beats.at(i).narration.versions().contains(QStringLiteral("zh_CN")), name);
            if (i > 0)
                QVERIFY2(chapter.beats.at(i).round > chapter.beats.at(i - 1).round, name);
        }
        // The key frame and every beat lie within the run: the run reaches their rounds.
        const gossip::Round reached = lastRoundReached(chapter);
        QVERIFY2(reached >= chapter.keyFrame,
                 qPrintable(QStringLiteral("%1: key frame %2, run ends at %3").arg(chapter.id).arg(chapter.keyFrame).arg(reached)));
        QVERIFY2(reached >= chapter.beats.constLast().round,
                 qPrintable(QStringLiteral("%1: last beat at %2, run ends at %3")
                                    .arg(chapter.id)
                                    .arg(chapter.beats.constLast().round)
                                    .arg(reached)));
        // A city of more than 26 numbers its people (#0, #1 ...): narration that names one
        // by a letter in mid-sentence ("each day A passes ...") names nobody the class sees.
        if (chapter.scenario.config.nodes > 26) {
            static const QRegularExpression letterName(QStringLiteral("(?<![.!?]|Xiao)\\s([A-Z])(?=[\\s,.;:])"));
            for (const Beat &beat : chapter.beats) {
                const auto match = letterName.match(beat.narration.text(QStringLiteral("en")));
                QVERIFY2(!match.hasMatch(), qPrintable(chapter.id + QStringLiteral(": ") + match.captured(0)));
            }
        }
        for (const ComparisonRun &run : chapter.comparisons) {
            QVERIFY2(!gossip::validate(run.scenario), name);
            QVERIFY2(run.label.versions().contains(QStringLiteral("zh_CN")), name);
        }
    }
}

void TestLesson::workedExampleOfTheReadmeReads()
{
    // The format's documentation shows a whole lesson; it must be one the app accepts,
    // whose key frames and beats its runs reach.
    QFile readme(QStringLiteral(GOSSIPLAB_LESSONS "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const qsizetype heading = text.indexOf(QStringLiteral("## A worked example"));
    QVERIFY(heading >= 0);
    const qsizetype start = text.indexOf(QStringLiteral("```json\n"), heading);
    const qsizetype end = text.indexOf(QStringLiteral("```"), start + 7);
    QVERIFY(start >= 0 && end > start);
    QString error;
    const auto lesson = LessonFile::parse(text.mid(start + 8, end - start - 8).toUtf8(), &error);
    QVERIFY2(lesson, qPrintable(error));
    QCOMPARE(lesson->chapters.size(), 2);
    for (const Chapter &chapter : lesson->chapters)
        QVERIFY2(lastRoundReached(chapter) >= std::max(chapter.keyFrame, chapter.beats.constLast().round), qPrintable(chapter.id));
}

void TestLesson::builtInIsTheStoryOfXiaoB()
{
    const Lesson lesson = LessonFile::builtIn();
    QCOMPARE(lesson.title.text(QStringLiteral("en")), QStringLiteral("The story of Xiao B"));
    for (const char *id : {"01-meet-xiao-b", "04-direct-mail", "05-anti-entropy-push", "09-rumor-spreading",
                           "11-all-together"})
        QVERIFY2(lesson.indexOf(QLatin1String(id)) >= 0, id);
    const Chapter &push = lesson.chapters.at(lesson.indexOf(QStringLiteral("05-anti-entropy-push")));
    QCOMPARE(push.keyNames, (QStringList{"T", "R", "S", "Y"}));
    QCOMPARE(push.scenario.config.partnerChoice, gossip::PartnerChoice::Scripted);
    const Chapter &all = lesson.chapters.at(lesson.indexOf(QStringLiteral("11-all-together")));
    QCOMPARE(all.comparisons.size(), 6);
    QCOMPARE(all.comparisons.at(0).colour, ColourRole::Orange);
}

void TestLesson::rumorDiesOutWhenTheNarrationSaysSo()
{
    // Chapter 9 says the rumor dies out: from the round of that beat, hardly anyone may
    // still be contagious (it used to say so while a quarter of the city still was).
    const Lesson lesson = LessonFile::builtIn();
    const Chapter &rumor = lesson.chapters.at(lesson.indexOf(QStringLiteral("09-rumor-spreading")));
    gossip::Round diesOut = -1;
    for (const Beat &beat : rumor.beats) {
        if (beat.narration.text(QStringLiteral("en")).contains(QLatin1String("dies out")))
            diesOut = beat.round;
    }
    QVERIFY(diesOut > 0);
    gossip::Simulation simulation(rumor.scenario);
    while (simulation.round() < diesOut)
        simulation.step();
    const gossip::RoundMeasures &measures = simulation.measures();
    QVERIFY2(double(measures.infective) / double(measures.slotCount()) < 0.01,
             qPrintable(QStringLiteral("%1 contagious at round %2").arg(measures.infective).arg(diesOut)));
}

void TestLesson::theBridgeIsJammedWhenTheNarrationSaysSo()
{
    // "Two towns and a bridge": about 83 conversations a round cross the bridge with
    // partners at random, about 8 with partners nearby, and everyone has it by round 8 and
    // 15. The narration's numbers are its runs'.
    QString error;
    const auto lesson = LessonFile::read(QStringLiteral(GOSSIPLAB_LESSONS "/xiao-b.json"), &error);
    QVERIFY2(lesson, qPrintable(error));
    const Chapter *towns = nullptr;
    for (const Chapter &chapter : lesson->chapters) {
        if (chapter.id == QLatin1String("12-two-towns-and-a-bridge"))
            towns = &chapter;
    }
    QVERIFY(towns);
    QCOMPARE(towns->comparisons.size(), 2);
    const auto bridgeLoad = [](const gossip::Scenario &scenario) {
        gossip::Simulation simulation(scenario);
        simulation.run();
        const auto network = gossip::networkFor(scenario.config);
        std::size_t bridge = 0;
        for (; bridge < network->linkCount() && network->linkName(bridge) != "bridge"; ++bridge) {
        }
        return std::pair{double(simulation.world().linkConversations[bridge]) / simulation.round(), simulation.summary().tLast};
    };
    const auto [random, randomLast] = bridgeLoad(towns->scenario);
    QVERIFY2(random > 75.0 && random < 92.0, qPrintable(QString::number(random)));
    QCOMPARE(randomLast, 8.0);
    QCOMPARE(towns->comparisons.at(1).measure, ComparisonRun::Measure::LinkTraffic);
    QCOMPARE(towns->comparisons.at(1).link, QStringLiteral("bridge"));
    const auto [nearby, nearbyLast] = bridgeLoad(towns->comparisons.at(1).scenario);
    QVERIFY2(nearby > 5.0 && nearby < 11.0, qPrintable(QString::number(nearby)));
    QCOMPARE(nearbyLast, 15.0);
    // The chapter's own run is the one drawn in the city.
    QCOMPARE(towns->comparisons.at(0).scenario, towns->scenario);
}

void TestLesson::writtenLessonsReadBackEqual()
{
    // Every shipped lesson, written and read again, is the same lesson.
    for (const QString &name : QDir(QStringLiteral(GOSSIPLAB_LESSONS)).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QString error;
        const auto lesson = LessonFile::read(QStringLiteral(GOSSIPLAB_LESSONS "/") + name, &error);
        QVERIFY2(lesson, qPrintable(error));
        const auto back = LessonFile::parse(LessonFile::serialize(*lesson), &error);
        QVERIFY2(back, qPrintable(name + QLatin1String(": ") + error));
        QVERIFY2(*back == *lesson, qPrintable(name));
    }
}

void TestLesson::textFallsBackToEnglish()
{
    const QByteArray json = R"({"format": "gossiplab-lesson", "version": 1, "title": {"en": "Hello", "zh_CN": "你好"},
        "chapters": [{"id": "one", "title": "Only English", "watch": "w", "beats": [{"round": 0, "text": "t"}]}]})";
    QString error;
    const auto lesson = LessonFile::parse(json, &error);
    QVERIFY2(lesson, qPrintable(error));
    QCOMPARE(lesson->title.text(QStringLiteral("zh_CN")), QStringLiteral("你好"));
    QCOMPARE(lesson->title.text(QStringLiteral("fr")), QStringLiteral("Hello"));
    QCOMPARE(lesson->chapters.at(0).title.text(QStringLiteral("zh_CN")), QStringLiteral("Only English"));
    // Defaults fill what a chapter leaves out.
    QCOMPARE(lesson->chapters.at(0).scenario.config, gossip::Config{});
    QCOMPARE(lesson->chapters.at(0).keyFrame, 0);
}

void TestLesson::brokenLessonsAreRefusedByName_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("named"); // what the one message must name

    const QByteArray head = R"({"format": "gossiplab-lesson", "version": 1, "title": "T", "chapters": [)";
    const QByteArray good = R"({"id": "first", "title": "A", "watch": "w", "beats": [{"round": 0, "text": "t"}]})";
    const auto chapter = [&](const QByteArray &second) { return head + good + ", " + second + "]}"; };
    QTest::newRow("not JSON") << QByteArray("{") << QStringList{"JSON"};
    QTest::newRow("wrong format") << QByteArray(R"({"format": "gossiplab-scenario", "version": 1})") << QStringList{"format"};
    QTest::newRow("no chapters") << QByteArray(R"({"format": "gossiplab-lesson", "version": 1, "title": "T", "chapters": []})")
                                 << QStringList{"chapters"};
    QTest::newRow("unknown key") << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": [{"round": 0, "text": "t"}], "colour": 1})")
                                 << QStringList{"chapter 2 (b)", "colour"};
    QTest::newRow("duplicate id") << chapter(good) << QStringList{"chapter 2 (first)", "id"};
    QTest::newRow("bad id") << chapter(R"({"id": "Big Id", "title": "B", "watch": "w", "beats": [{"round": 0, "text": "t"}]})")
                            << QStringList{"chapter 2 (Big Id)", "id"};
    QTest::newRow("missing title") << chapter(R"({"id": "b", "watch": "w", "beats": [{"round": 0, "text": "t"}]})")
                                   << QStringList{"chapter 2 (b)", "title"};
    QTest::newRow("no beats") << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": []})")
                              << QStringList{"chapter 2 (b)", "beats"};
    QTest::newRow("beats out of order")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": [{"round": 3, "text": "t"}, {"round": 1, "text": "u"}]})")
            << QStringList{"chapter 2 (b)", "beats[1].round"};
    QTest::newRow("beat after the last round")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "config": {"maxRounds": 5}, "beats": [{"round": 6, "text": "t"}]})")
            << QStringList{"chapter 2 (b)", "beats[0].round"};
    QTest::newRow("key frame after the last round")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "config": {"maxRounds": 5}, "keyFrame": 9, "beats": [{"round": 0, "text": "t"}]})")
            << QStringList{"chapter 2 (b)", "keyFrame"};
    QTest::newRow("config out of range")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "config": {"loss": 1.5}, "beats": [{"round": 0, "text": "t"}]})")
            << QStringList{"chapter 2 (b)", "config.loss"};
    QTest::newRow("intervention on a missing node")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "config": {"nodes": 5}, "interventions": [{"round": 0, "kind": "crash", "nodes": [5]}], "beats": [{"round": 0, "text": "t"}]})")
            << QStringList{"chapter 2 (b)", "interventions[0].nodes[0]"};
    QTest::newRow("text without English")
            << chapter(R"({"id": "b", "title": {"zh_CN": "乙"}, "watch": "w", "beats": [{"round": 0, "text": "t"}]})")
            << QStringList{"chapter 2 (b)", "title", "en"};
    QTest::newRow("empty text") << chapter(R"({"id": "b", "title": "B", "watch": "", "beats": [{"round": 0, "text": "t"}]})")
                                << QStringList{"chapter 2 (b)", "watch"};
    QTest::newRow("bad language code")
            << chapter(R"({"id": "b", "title": {"en": "B", "Chinese": "乙"}, "watch": "w", "beats": [{"round": 0, "text": "t"}]})")
            << QStringList{"chapter 2 (b)", "Chinese"};
    QTest::newRow("colour literal")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": [{"round": 0, "text": "t"}], "comparisons": [{"label": "L", "colour": "#ff0000"}]})")
            << QStringList{"chapter 2 (b)", "comparisons[0].colour"};
    QTest::newRow("comparison config")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": [{"round": 0, "text": "t"}], "comparisons": [{"label": "L", "colour": "blue", "config": {"k": 0}}]})")
            << QStringList{"chapter 2 (b)", "comparisons[0].config.k"};
    QTest::newRow("a link the network lacks")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": [{"round": 0, "text": "t"}], "comparisons": [{"label": "L", "colour": "blue", "measure": "link-traffic", "link": "moat", "config": {"nodes": 60, "network": "two-towns"}}]})")
            << QStringList{"chapter 2 (b)", "comparisons[0].link", "moat"};
    QTest::newRow("a link without its measure")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": [{"round": 0, "text": "t"}], "comparisons": [{"label": "L", "colour": "blue", "link": "bridge", "config": {"nodes": 60, "network": "two-towns"}}]})")
            << QStringList{"chapter 2 (b)", "comparisons[0].link"};
    QTest::newRow("key names") << chapter(R"({"id": "b", "title": "B", "watch": "w", "keyNames": ["T", "R"], "beats": [{"round": 0, "text": "t"}]})")
                               << QStringList{"chapter 2 (b)", "keyNames"};
}

void TestLesson::brokenLessonsAreRefusedByName()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, named);
    QString error;
    QVERIFY(!LessonFile::parse(json, &error));
    QVERIFY(!error.contains(QLatin1Char('\n')));
    for (const QString &part : named)
        QVERIFY2(error.contains(part), qPrintable(error));
}

QTEST_GUILESS_MAIN(TestLesson)
#include "tst_lesson.moc"
