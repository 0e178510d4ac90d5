// Strict JSON reading and writing of scenarios.
#include "views/content/scenariofile.h"

#include "views/content/jsonreader.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QString formatName = QStringLiteral("gossiplab-scenario");
constexpr int formatVersion = 1;

ScenarioDocument readDocument(const QJsonObject &root)
{
    JsonReader::refuseUnknownKeys(root,
                                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("config"),
                                   QStringLiteral("keyNames"), QStringLiteral("interventions"), QStringLiteral("round")},
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
