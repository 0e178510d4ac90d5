// Lessons as data: every shipped lesson is whole and true to its runs; broken files are refused by name.
#include "engine/network.h"
#include "engine/simulation.h"
#include "views/content/claimcheck.h"
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

// The lesson in a file, or nothing with a warning that says why.
std::optional<Lesson> lessonAt(const QString &path)
{
    QString error;
    const auto lesson = LessonFile::read(path, &error);
    if (!lesson)
        qWarning("%s", qPrintable(error));
    return lesson;
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
    void theReadmeNamesEveryChapter();
    void textFallsBackToEnglish();
    void everyClaimHolds_data();
    void everyClaimHolds();
    void whatTheNarrationStatesIsClaimed_data();
    void whatTheNarrationStatesIsClaimed();
    void aFalseClaimIsCaught();
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
    for (const Chapter &chapter : lesson->chapters) {
        QVERIFY2(lastRoundReached(chapter) >= std::max(chapter.keyFrame, chapter.beats.constLast().round), qPrintable(chapter.id));
        // Its claims, which show how to write them, hold too.
        const QStringList failures = ClaimCheck(chapter).failures();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("; "))));
    }
}

void TestLesson::builtInIsTheStoryOfXiaoB()
{
    const Lesson lesson = LessonFile::builtIn();
    QCOMPARE(lesson.title.text(QStringLiteral("en")), QStringLiteral("The story of Xiao B"));
    for (const char *id : {"meet-xiao-b", "direct-mail", "anti-entropy-push", "rumor-spreading",
                           "all-together"})
        QVERIFY2(lesson.indexOf(QLatin1String(id)) >= 0, id);
    const Chapter &push = lesson.chapters.at(lesson.indexOf(QStringLiteral("anti-entropy-push")));
    QCOMPARE(push.keyNames, (QStringList{"T", "R", "S", "Y"}));
    QCOMPARE(push.scenario.config.partnerChoice, gossip::PartnerChoice::Scripted);
    const Chapter &all = lesson.chapters.at(lesson.indexOf(QStringLiteral("all-together")));
    QCOMPARE(all.comparisons.size(), 10); // six spreads, and four of them again for what they cost
    QCOMPARE(all.comparisons.at(0).colour, ColourRole::Orange);
}

void TestLesson::everyClaimHolds_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("id");
    for (const QString &name : QDir(QStringLiteral(":/lessons")).entryList({QStringLiteral("*.json")}, QDir::Files)) {
        QString error;
        const auto lesson = LessonFile::read(QStringLiteral(":/lessons/") + name, &error);
        QVERIFY2(lesson, qPrintable(error));
        for (const Chapter &chapter : lesson->chapters)
            QTest::newRow(qPrintable(name + QLatin1Char(':') + chapter.id)) << QStringLiteral(":/lessons/") + name << chapter.id;
    }
}

void TestLesson::everyClaimHolds()
{
    // What the narration says of the runs, it says of the runs the class sees: each claim
    // beside a beat (or the chapter's watch) is read off the chapter's runs.
    QFETCH(QString, path);
    QFETCH(QString, id);
    const std::optional<Lesson> lesson = lessonAt(path);
    QVERIFY(lesson);
    const Chapter &chapter = lesson->chapters.at(lesson->indexOf(id));
    const QStringList failures = ClaimCheck(chapter).failures();
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1String("\n"))));
}

void TestLesson::whatTheNarrationStatesIsClaimed_data()
{
    everyClaimHolds_data();
}

void TestLesson::whatTheNarrationStatesIsClaimed()
{
    // A beat or watch text that states a number, a comparison or an order of events carries
    // at least one claim: digits, shares ("a third"), comparisons ("fastest", "more") and
    // rounds ("by round", "before") are what a class takes away as fact.
    QFETCH(QString, path);
    QFETCH(QString, id);
    const std::optional<Lesson> lesson = lessonAt(path);
    QVERIFY(lesson);
    const Chapter &chapter = lesson->chapters.at(lesson->indexOf(id));
    static const QRegularExpression stated(
            QStringLiteral("\\d|\\b(half|third|quarter|fifth|tenth|hundredth|twice|doubles?|triples?|fastest|faster|slowest|"
                           "slower|cheaper|costlier|more|fewer|less|most|least|nobody|everyone|until|before|by round|"
                           "out of date|up to date|overtakes|never)\\b"),
            QRegularExpression::CaseInsensitiveOption);
    const auto check = [&](const QString &text, const QList<Claim> &claims, const QString &where) {
        const auto match = stated.match(text);
        QVERIFY2(!match.hasMatch() || !claims.isEmpty(),
                 qPrintable(QStringLiteral("%1 %2 states \"%3\" without a claim: %4").arg(id, where, match.captured(0), text)));
    };
    check(chapter.watch.text(QStringLiteral("en")), chapter.watchClaims, QStringLiteral("watch"));
    for (qsizetype beat = 0; beat < chapter.beats.size(); ++beat)
        check(chapter.beats.at(beat).narration.text(QStringLiteral("en")), chapter.beats.at(beat).claims,
              QStringLiteral("beat %1").arg(beat));
}

void TestLesson::aFalseClaimIsCaught()
{
    // The checker can fail: chapter 9's rumor dies out by round 16 (2 of 1,000 contagious),
    // so a claim that a quarter are contagious then, or that it ends with nobody left out,
    // does not hold; nor does a person holding what he does not.
    const Lesson lesson = LessonFile::builtIn();
    Chapter rumor = lesson.chapters.at(lesson.indexOf(QStringLiteral("rumor-spreading")));
    Claim contagious;
    contagious.term.measure = ClaimTerm::Measure::Contagious;
    contagious.minimum = 0.25;
    contagious.maximum = 1.0;
    Claim nobodyLeft;
    nobodyLeft.term.measure = ClaimTerm::Measure::Residue;
    nobodyLeft.equals = 0.0;
    rumor.watchClaims.clear();
    rumor.beats.last().claims = {contagious, nobodyLeft};
    const QStringList failures = ClaimCheck(rumor).failures();
    QCOMPARE(failures.size(), 2);
    QVERIFY2(failures.at(0).contains(QLatin1String("contagious")), qPrintable(failures.at(0)));
    QVERIFY2(failures.at(1).contains(QLatin1String("residue")), qPrintable(failures.at(1)));
    Chapter push = lesson.chapters.at(lesson.indexOf(QStringLiteral("anti-entropy-push")));
    Claim holds;
    holds.term.measure = ClaimTerm::Measure::Holds;
    holds.term.node = 0; // A pushes; it does not gain S and Y
    holds.term.keys = {QStringLiteral("T"), QStringLiteral("R"), QStringLiteral("S"), QStringLiteral("Y")};
    QVERIFY(ClaimCheck(push).check(holds, 1).has_value());
    holds.term.keys = {QStringLiteral("R"), QStringLiteral("T")};
    QVERIFY(!ClaimCheck(push).check(holds, 1).has_value());
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

void TestLesson::theReadmeNamesEveryChapter()
{
    // The README said twelve chapters and left one out: it names them all, in order.
    QFile readme(QStringLiteral(GOSSIPLAB_README));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll()).simplified();
    static const QRegularExpression sentence(QStringLiteral("The lesson has (\\w+) chapters \\(([^)]*)\\)"));
    const auto match = sentence.match(text);
    QVERIFY(match.hasMatch());
    const Lesson lesson = LessonFile::builtIn();
    const QStringList numbers{"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                              "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen"};
    QCOMPARE(match.captured(1), numbers.value(lesson.chapters.size() - 1));
    QStringList titles;
    for (const Chapter &chapter : lesson.chapters)
        titles << chapter.title.text(QStringLiteral("en"));
    QCOMPARE(match.captured(2), titles.join(QStringLiteral(", ")));
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
    const auto claimed = [&](const QByteArray &claims) {
        return chapter(R"({"id": "b", "title": "B", "watch": "w", "config": {"nodes": 20}, "beats": [{"round": 0, "text": "t", "claims": )"
                       + claims + "}]}");
    };
    QTest::newRow("claim of an unknown measure") << claimed(R"([{"measure": "happiness", "min": 0, "max": 1}])")
                                                 << QStringList{"chapter 2 (b)", "beats[0].claims[0].measure", "coverage"};
    QTest::newRow("claim without a bound") << claimed(R"([{"measure": "coverage"}])")
                                           << QStringList{"chapter 2 (b)", "beats[0].claims[0]", "min and max"};
    QTest::newRow("claim with two bounds") << claimed(R"([{"measure": "coverage", "equals": 1, "min": 0}])")
                                           << QStringList{"chapter 2 (b)", "beats[0].claims[0]"};
    QTest::newRow("claim of a missing comparison") << claimed(R"([{"measure": "coverage", "run": 2, "equals": 1}])")
                                                   << QStringList{"chapter 2 (b)", "beats[0].claims[0].run"};
    QTest::newRow("claim of a missing lab") << claimed(R"([{"measure": "residue", "run": "lab", "statistic": "mean", "equals": 0}])")
                                            << QStringList{"chapter 2 (b)", "beats[0].claims[0].run", "labRuns"};
    QTest::newRow("claim of a person who is not there") << claimed(R"([{"measure": "state", "node": 20, "state": "down"}])")
                                                        << QStringList{"chapter 2 (b)", "beats[0].claims[0].node"};
    QTest::newRow("claim of a strain that is not there") << claimed(R"([{"measure": "holds", "node": 1, "keys": ["Q"]}])")
                                                         << QStringList{"chapter 2 (b)", "beats[0].claims[0].keys[0]", "Q"};
    QTest::newRow("claim of an unknown state") << claimed(R"([{"measure": "state", "node": 1, "state": "sleepy"}])")
                                               << QStringList{"chapter 2 (b)", "beats[0].claims[0].state"};
    QTest::newRow("a statement with a bound") << claimed(R"([{"measure": "state", "node": 1, "state": "down", "equals": 1}])")
                                              << QStringList{"chapter 2 (b)", "beats[0].claims[0]", "true or false"};
    QTest::newRow("a round for a whole run") << claimed(R"([{"measure": "residue", "round": 3, "equals": 0}])")
                                             << QStringList{"chapter 2 (b)", "beats[0].claims[0].round"};
    QTest::newRow("a link of no network") << claimed(R"([{"measure": "link-traffic", "link": "bridge", "equals": 0}])")
                                          << QStringList{"chapter 2 (b)", "beats[0].claims[0].link", "bridge"};
    QTest::newRow("times without a comparison") << claimed(R"([{"measure": "coverage", "equals": 1, "times": 2}])")
                                                << QStringList{"chapter 2 (b)", "beats[0].claims[0].times"};
    QTest::newRow("a watch claim") << chapter(R"({"id": "b", "title": "B", "watch": "w", "claims": [{"measure": "coverage", "max": "all"}], "beats": [{"round": 0, "text": "t"}]})")
                                   << QStringList{"chapter 2 (b)", "claims[0].max"};
    QTest::newRow("three measures compared")
            << chapter(R"({"id": "b", "title": "B", "watch": "w", "beats": [{"round": 0, "text": "t"}], "comparisons": [{"label": "L", "colour": "blue"}, {"label": "M", "colour": "orange", "measure": "cumulative-messages"}, {"label": "N", "colour": "black", "measure": "cumulative-megabytes"}]})")
            << QStringList{"chapter 2 (b)", "comparisons[2].measure", "two"};
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
