// Strict JSON reading and writing of scenarios.
#include "views/content/scenariofile.h"

#include "views/content/jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QString formatName = QStringLiteral("gossiplab-scenario");
constexpr int formatVersion = 1;

// A wall's ends may lie a little outside the city's area, never far.
constexpr double wallReach = 2.0;

QLineF readWall(const QJsonValue &value)
{
    const QJsonArray ends = JsonReader::arrayAt(value, QStringLiteral("wall"));
    if (ends.size() != 4)
        JsonReader::fail(ScenarioFile::tr("wall must be four numbers: x1, y1, x2, y2"));
    double numbers[4];
    for (int i = 0; i < 4; ++i) {
        const QJsonValue end = ends.at(i);
        if (!end.isDouble() || end.toDouble() < -wallReach || end.toDouble() > wallReach)
            JsonReader::fail(ScenarioFile::tr("wall[%1] must be a number between %2 and %3")
                                     .arg(i)
                                     .arg(-wallReach)
                                     .arg(wallReach));
        numbers[i] = end.toDouble();
    }
    const QLineF wall(numbers[0], numbers[1], numbers[2], numbers[3]);
    if (wall.length() == 0.0)
        JsonReader::fail(ScenarioFile::tr("wall must join two different points"));
    return wall;
}

ScenarioDocument readDocument(const QJsonObject &root)
{
    JsonReader::refuseUnknownKeys(root,
                                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("config"),
                                   QStringLiteral("keyNames"), QStringLiteral("interventions"), QStringLiteral("round"),
                                   QStringLiteral("wall")},
                                  ScenarioFile::tr("the file"));
    if (root.value(QStringLiteral("format")).toString() != formatName)
        JsonReader::fail(ScenarioFile::tr("format must be \"%1\"").arg(formatName));
    if (root.value(QStringLiteral("version")).toInt(-1) != formatVersion)
        JsonReader::fail(ScenarioFile::tr("version must be %1").arg(formatVersion));

    ScenarioDocument document;
    gossip::Scenario &scenario = document.scenario;
    const QJsonValue config = root.value(QStringLiteral("config"));
    if (!config.isUndefined())
        scenario.config = JsonReader::readConfig(JsonReader::objectAt(config, QStringLiteral("config")),
                                                 QStringLiteral("config"));
    const QJsonValue interventions = root.value(QStringLiteral("interventions"));
    if (!interventions.isUndefined())
        scenario.interventions =
                JsonReader::readInterventions(interventions, QStringLiteral("interventions"), scenario.config);
    const QJsonValue keyNames = root.value(QStringLiteral("keyNames"));
    if (!keyNames.isUndefined())
        document.keyNames = JsonReader::readKeyNames(keyNames, QStringLiteral("keyNames"), scenario.config);
    const QJsonValue round = root.value(QStringLiteral("round"));
    if (!round.isUndefined())
        document.round = int(JsonReader::integerIn(round, QStringLiteral("round"), 0, scenario.config.maxRounds));
    const QJsonValue wall = root.value(QStringLiteral("wall"));
    if (!wall.isUndefined())
        document.wall = readWall(wall);
    // A problem of the configuration is named in it ("config.network"), as readConfig() does.
    if (auto problem = gossip::validate(scenario.config))
        JsonReader::fail(QStringLiteral("config.%1 %2").arg(QString::fromStdString(problem->field),
                                                             QString::fromStdString(problem->message)));
    JsonReader::checkScenario(scenario, QString());
    return document;
}

} // namespace

std::optional<ScenarioDocument> ScenarioFile::read(const QString &path, QString *error)
{
    return JsonReader::read(path, maxBytes, tr("a scenario"), readDocument, error);
}

std::optional<ScenarioDocument> ScenarioFile::parse(const QByteArray &json, QString *error)
{
    return JsonReader::parse(json, maxBytes, tr("a scenario"), readDocument, error);
}

QByteArray ScenarioFile::serialize(const ScenarioDocument &document)
{
    QJsonObject root{
            {QStringLiteral("format"), formatName},
            {QStringLiteral("version"), formatVersion},
            {QStringLiteral("config"), JsonReader::writeConfig(document.scenario.config)},
            {QStringLiteral("interventions"), JsonReader::writeInterventions(document.scenario.interventions)},
            {QStringLiteral("round"), document.round},
    };
    if (!document.keyNames.isEmpty())
        root.insert(QStringLiteral("keyNames"), QJsonArray::fromStringList(document.keyNames));
    if (document.wall)
        root.insert(QStringLiteral("wall"),
                    QJsonArray{document.wall->x1(), document.wall->y1(), document.wall->x2(), document.wall->y2()});
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ScenarioFile::write(const QString &path, const ScenarioDocument &document, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(document)) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
