// Strict reading of lesson files.
#include "views/content/lessonfile.h"

#include "engine/network.h"

#include "views/content/experimentfile.h"

#include "views/content/jsonreader.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

namespace {

const QString formatName = QStringLiteral("gossiplab-lesson");

// The names of ComparisonRun::Measure in files, in the enum's order.
const QStringList &measureNames()
{
    static const QStringList names{QStringLiteral("coverage"), QStringLiteral("cumulative-megabytes"),
                                   QStringLiteral("link-traffic"), QStringLiteral("cumulative-messages")};
    return names;
}
constexpr int formatVersion = 1;

gossip::Scenario readScenario(const QJsonObject &object, const QString &where)
{
    gossip::Scenario scenario;
    const QJsonValue config = object.value(QStringLiteral("config"));
    if (!config.isUndefined())
        scenario.config = JsonReader::readConfig(JsonReader::objectAt(config, where + QStringLiteral("config")),
                                                 where + QStringLiteral("config"));
    const QJsonValue interventions = object.value(QStringLiteral("interventions"));
    if (!interventions.isUndefined())
        scenario.interventions = JsonReader::readInterventions(interventions, where + QStringLiteral("interventions"),
                                                               scenario.config);
    JsonReader::checkScenario(scenario, where.chopped(where.endsWith(QLatin1Char('.')) ? 1 : 0));
    return scenario;
}

ComparisonRun readComparison(const QJsonValue &value, const QString &where)
{
    const QJsonObject object = JsonReader::objectAt(value, where);
    JsonReader::refuseUnknownKeys(object,
                                  {QStringLiteral("label"), QStringLiteral("colour"), QStringLiteral("measure"),
                                   QStringLiteral("link"), QStringLiteral("config"), QStringLiteral("interventions")},
                                  where);
    ComparisonRun run;
    run.label = JsonReader::textAt(JsonReader::required(object, QStringLiteral("label"), where),
                                   where + QStringLiteral(".label"));
    run.colour = JsonReader::colourAt(JsonReader::required(object, QStringLiteral("colour"), where),
                                      where + QStringLiteral(".colour"));
    const QJsonValue measure = object.value(QStringLiteral("measure"));
    if (!measure.isUndefined()) {
        const qsizetype index = measureNames().indexOf(measure.toString());
        if (!measure.isString() || index < 0)
            JsonReader::fail(LessonFile::tr("%1.measure must be one of %2").arg(where, measureNames().join(QStringLiteral(", "))));
        run.measure = ComparisonRun::Measure(index);
    }
    run.scenario = readScenario(object, where + QLatin1Char('.'));
    // A link's traffic names one link of the run's network.
    const QJsonValue link = object.value(QStringLiteral("link"));
    if (run.measure == ComparisonRun::Measure::LinkTraffic) {
        run.link = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("link"), where),
                                        where + QStringLiteral(".link"), 60);
        const auto network = gossip::networkFor(run.scenario.config);
        bool found = false;
        for (std::size_t i = 0; network && i < network->linkCount(); ++i)
            found = found || QString::fromStdString(network->linkName(i)) == run.link;
        if (!found)
            JsonReader::fail(LessonFile::tr("%1.link names \"%2\", which is no link of the run's network").arg(where, run.link));
    } else if (!link.isUndefined()) {
        JsonReader::fail(LessonFile::tr("%1.link applies to the measure link-traffic only").arg(where));
    }
    return run;
}

Chapter readChapter(const QJsonObject &object)
{
    JsonReader::refuseUnknownKeys(object,
                                  {QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("watch"),
                                   QStringLiteral("keyNames"), QStringLiteral("config"), QStringLiteral("interventions"),
                                   QStringLiteral("keyFrame"), QStringLiteral("showTheory"), QStringLiteral("beats"),
                                   QStringLiteral("comparisons"), QStringLiteral("labRuns"), QStringLiteral("claims")},
                                  LessonFile::tr("the chapter"));
    Chapter chapter;
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    chapter.id = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("id"), QString()), QStringLiteral("id"), 64);
    if (!idPattern.match(chapter.id).hasMatch())
        JsonReader::fail(LessonFile::tr("id must be made of a-z, 0-9 and - (it is \"%1\")").arg(chapter.id));
    chapter.title = JsonReader::textAt(JsonReader::required(object, QStringLiteral("title"), QString()),
                                       QStringLiteral("title"));
    chapter.watch = JsonReader::textAt(JsonReader::required(object, QStringLiteral("watch"), QString()),
                                       QStringLiteral("watch"));
    chapter.scenario = readScenario(object, QString());
    const gossip::Config &config = chapter.scenario.config;
    const QJsonValue keyNames = object.value(QStringLiteral("keyNames"));
    if (!keyNames.isUndefined())
        chapter.keyNames = JsonReader::readKeyNames(keyNames, QStringLiteral("keyNames"), config);
    const QJsonValue keyFrame = object.value(QStringLiteral("keyFrame"));
    if (!keyFrame.isUndefined())
        chapter.keyFrame = gossip::Round(JsonReader::integerIn(keyFrame, QStringLiteral("keyFrame"), 0, config.maxRounds));
    const QJsonValue labRuns = object.value(QStringLiteral("labRuns"));
    if (!labRuns.isUndefined())
        chapter.labRuns = int(JsonReader::integerIn(labRuns, QStringLiteral("labRuns"), 1, ExperimentDocument::maximumRuns));
    const QJsonValue showTheory = object.value(QStringLiteral("showTheory"));
    if (!showTheory.isUndefined())
        chapter.showTheory = JsonReader::booleanAt(showTheory, QStringLiteral("showTheory"));

    const QJsonValue comparisons = object.value(QStringLiteral("comparisons"));
    if (!comparisons.isUndefined()) {
        const QJsonArray array = JsonReader::arrayAt(comparisons, QStringLiteral("comparisons"));
        QList<ComparisonRun::Measure> measures;
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString where = QStringLiteral("comparisons[%1]").arg(i);
            chapter.comparisons << readComparison(array.at(i), where);
            // One chart for each measure: the first in the spread's place, the second in
            // the message chart's.
            if (!measures.contains(chapter.comparisons.constLast().measure))
                measures << chapter.comparisons.constLast().measure;
            if (measures.size() > 2)
                JsonReader::fail(LessonFile::tr("%1.measure: a chapter's comparisons show at most two measures").arg(where));
        }
    }
    // Claims may speak of every run of the chapter, so they are read after them.
    ClaimContext context{config, {}, chapter.keyNames, chapter.labRuns};
    for (const ComparisonRun &run : std::as_const(chapter.comparisons))
        context.comparisons << run.scenario.config;
    const QJsonValue watchClaims = object.value(QStringLiteral("claims"));
    if (!watchClaims.isUndefined())
        chapter.watchClaims = ClaimFile::read(watchClaims, QStringLiteral("claims"), context);

    const QJsonArray beats = JsonReader::arrayAt(JsonReader::required(object, QStringLiteral("beats"), QString()),
                                                 QStringLiteral("beats"));
    if (beats.isEmpty())
        JsonReader::fail(LessonFile::tr("beats must hold at least one beat"));
    for (qsizetype i = 0; i < beats.size(); ++i) {
        const QString where = QStringLiteral("beats[%1]").arg(i);
        const QJsonObject beatObject = JsonReader::objectAt(beats.at(i), where);
        JsonReader::refuseUnknownKeys(beatObject, {QStringLiteral("round"), QStringLiteral("text"), QStringLiteral("claims")}, where);
        Beat beat;
        beat.round = gossip::Round(JsonReader::integerIn(JsonReader::required(beatObject, QStringLiteral("round"), where),
                                                         where + QStringLiteral(".round"), 0, config.maxRounds));
        if (!chapter.beats.isEmpty() && beat.round <= chapter.beats.constLast().round)
            JsonReader::fail(LessonFile::tr("%1.round must come after the round of the beat before it").arg(where));
        beat.narration = JsonReader::textAt(JsonReader::required(beatObject, QStringLiteral("text"), where),
                                            where + QStringLiteral(".text"));
        const QJsonValue claims = beatObject.value(QStringLiteral("claims"));
        if (!claims.isUndefined())
            beat.claims = ClaimFile::read(claims, where + QStringLiteral(".claims"), context);
        chapter.beats << beat;
    }
    return chapter;
}

Lesson readLesson(const QJsonObject &root)
{
    JsonReader::refuseUnknownKeys(root,
                                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("title"),
                                   QStringLiteral("chapters")},
                                  LessonFile::tr("the file"));
    if (root.value(QStringLiteral("format")).toString() != formatName)
        JsonReader::fail(LessonFile::tr("format must be \"%1\"").arg(formatName));
    if (root.value(QStringLiteral("version")).toInt(-1) != formatVersion)
        JsonReader::fail(LessonFile::tr("version must be %1").arg(formatVersion));
    Lesson lesson;
    lesson.title = JsonReader::textAt(JsonReader::required(root, QStringLiteral("title"), QString()), QStringLiteral("title"));
    const QJsonArray chapters =
            JsonReader::arrayAt(JsonReader::required(root, QStringLiteral("chapters"), QString()), QStringLiteral("chapters"));
    if (chapters.isEmpty())
        JsonReader::fail(LessonFile::tr("chapters must hold at least one chapter"));
    QSet<QString> ids;
    for (qsizetype i = 0; i < chapters.size(); ++i) {
        const QJsonValue value = chapters.at(i);
        // Every problem inside a chapter names the chapter: by its id once that is known.
        QString name = LessonFile::tr("chapter %1").arg(i + 1);
        try {
            const QJsonObject object = JsonReader::objectAt(value, LessonFile::tr("the chapter"));
            if (object.value(QStringLiteral("id")).isString())
                name = LessonFile::tr("chapter %1 (%2)").arg(i + 1).arg(object.value(QStringLiteral("id")).toString());
            Chapter chapter = readChapter(object);
            if (ids.contains(chapter.id))
                JsonReader::fail(LessonFile::tr("id \"%1\" is used by an earlier chapter").arg(chapter.id));
            ids.insert(chapter.id);
            lesson.chapters << chapter;
        } catch (const JsonReader::Error &error) {
            JsonReader::fail(LessonFile::tr("%1: %2").arg(name, error.message));
        }
    }
    return lesson;
}

// A text as files write it: a plain string when it is English only, else by language.
QJsonValue writeText(const LocalizedText &text)
{
    if (text.versions().size() == 1 && text.versions().contains(QStringLiteral("en")))
        return text.versions().value(QStringLiteral("en"));
    QJsonObject object;
    for (auto it = text.versions().begin(); it != text.versions().end(); ++it)
        object.insert(it.key(), it.value());
    return object;
}

void writeScenario(const gossip::Scenario &scenario, QJsonObject &object)
{
    object.insert(QStringLiteral("config"), JsonReader::writeConfig(scenario.config));
    object.insert(QStringLiteral("interventions"), JsonReader::writeInterventions(scenario.interventions));
}

QJsonObject writeChapter(const Chapter &chapter)
{
    QJsonObject object{{QStringLiteral("id"), chapter.id},
                       {QStringLiteral("title"), writeText(chapter.title)},
                       {QStringLiteral("watch"), writeText(chapter.watch)},
                       {QStringLiteral("keyFrame"), chapter.keyFrame},
                       {QStringLiteral("showTheory"), chapter.showTheory}};
    writeScenario(chapter.scenario, object);
    if (!chapter.keyNames.isEmpty())
        object.insert(QStringLiteral("keyNames"), QJsonArray::fromStringList(chapter.keyNames));
    if (chapter.labRuns > 0)
        object.insert(QStringLiteral("labRuns"), chapter.labRuns);
    QJsonArray beats;
    for (const Beat &beat : chapter.beats) {
        QJsonObject written{{QStringLiteral("round"), beat.round}, {QStringLiteral("text"), writeText(beat.narration)}};
        if (!beat.claims.isEmpty())
            written.insert(QStringLiteral("claims"), ClaimFile::write(beat.claims));
        beats.append(written);
    }
    if (!chapter.watchClaims.isEmpty())
        object.insert(QStringLiteral("claims"), ClaimFile::write(chapter.watchClaims));
    object.insert(QStringLiteral("beats"), beats);
    QJsonArray comparisons;
    for (const ComparisonRun &run : chapter.comparisons) {
        QJsonObject comparison{{QStringLiteral("label"), writeText(run.label)},
                               {QStringLiteral("colour"), colourRoleName(run.colour)}};
        comparison.insert(QStringLiteral("measure"), measureNames().at(qsizetype(run.measure)));
        if (run.measure == ComparisonRun::Measure::LinkTraffic)
            comparison.insert(QStringLiteral("link"), run.link);
        writeScenario(run.scenario, comparison);
        comparisons.append(comparison);
    }
    if (!comparisons.isEmpty())
        object.insert(QStringLiteral("comparisons"), comparisons);
    return object;
}

} // namespace

QByteArray LessonFile::serialize(const Lesson &lesson)
{
    QJsonArray chapters;
    for (const Chapter &chapter : lesson.chapters)
        chapters.append(writeChapter(chapter));
    const QJsonObject root{{QStringLiteral("format"), formatName},
                           {QStringLiteral("version"), formatVersion},
                           {QStringLiteral("title"), writeText(lesson.title)},
                           {QStringLiteral("chapters"), chapters}};
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Lesson> LessonFile::read(const QString &path, QString *error)
{
    return JsonReader::read(path, maxBytes, tr("a lesson"), readLesson, error);
}

std::optional<Lesson> LessonFile::parse(const QByteArray &json, QString *error)
{
    return JsonReader::parse(json, maxBytes, tr("a lesson"), readLesson, error);
}

QString LessonFile::builtInPath()
{
    return QStringLiteral(":/lessons/xiao-b.json");
}

Lesson LessonFile::builtIn()
{
    QString error;
    const auto lesson = read(builtInPath(), &error);
    // The file is compiled in and checked by tst_lesson: failing here is a broken build.
    if (!lesson)
        qFatal("the built-in lesson cannot be read: %s", qPrintable(error));
    return *lesson;
}
