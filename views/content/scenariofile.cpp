// Strict JSON reading and writing of scenarios.
#include "views/content/scenariofile.h"

#include "views/content/configtext.h"
#include "views/content/names.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

#include <cmath>

namespace {

const QString formatName = QStringLiteral("gossiplab-scenario");
constexpr int formatVersion = 1;

// Thrown inside the parser with the message for the user; never escapes parse().
struct ParseError
{
    QString message;
};

[[noreturn]] void fail(const QString &message)
{
    throw ParseError{message};
}

double integerIn(const QJsonValue &value, const QString &where, double minimum, double maximum)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number)
        fail(ScenarioFile::tr("%1 must be a whole number").arg(where));
    if (number < minimum || number > maximum)
        fail(ScenarioFile::tr("%1 must be between %2 and %3 (it is %4)")
                     .arg(where)
                     .arg(minimum, 0, 'g', 16)
                     .arg(maximum, 0, 'g', 16)
                     .arg(number, 0, 'g', 16));
    return number;
}

template<typename Enum>
Enum enumFrom(const QJsonValue &value, const QString &where, std::optional<Enum> (*from)(const QString &),
              const QStringList &allowed)
{
    if (!value.isString())
        fail(ScenarioFile::tr("%1 must be a string").arg(where));
    const auto parsed = from(value.toString());
    if (!parsed)
        fail(ScenarioFile::tr("%1 must be one of %2 (it is \"%3\")")
                     .arg(where, allowed.join(QStringLiteral(", ")), value.toString()));
    return *parsed;
}

QJsonObject objectAt(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        fail(ScenarioFile::tr("%1 must be an object").arg(where));
    return value.toObject();
}

void refuseUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(ScenarioFile::tr("%1 has an unknown key \"%2\"").arg(where, it.key()));
    }
}

gossip::Config readConfig(const QJsonObject &object)
{
    gossip::Config config;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const gossip::ConfigField *field = gossip::configFieldByKey(it.key().toStdString());
        if (!field)
            fail(ScenarioFile::tr("config has an unknown key \"%1\"").arg(it.key()));
        const auto value = ConfigText::fromJson(*field, it.value());
        if (!value)
            fail(ScenarioFile::tr("config.%1 must be %2 (it is %3)")
                         .arg(it.key(), ConfigText::range(*field), ConfigText::jsonText(it.value())));
        field->set(config, *value);
    }
    return config;
}

gossip::Intervention readIntervention(const QJsonValue &value, const QString &where, const gossip::Config &config)
{
    const QJsonObject object = objectAt(value, where);
    refuseUnknownKeys(object, {QStringLiteral("round"), QStringLiteral("kind"), QStringLiteral("nodes"), QStringLiteral("key")},
                      where);
    gossip::Intervention intervention;
    intervention.round = gossip::Round(integerIn(object.value(QStringLiteral("round")), where + QStringLiteral(".round"), 0,
                                                 config.maxRounds));
    intervention.kind = enumFrom(object.value(QStringLiteral("kind")), where + QStringLiteral(".kind"),
                                 Names::interventionKindFrom, Names::interventionKinds());
    const QJsonValue nodes = object.value(QStringLiteral("nodes"));
    if (!nodes.isUndefined()) {
        if (!nodes.isArray())
            fail(ScenarioFile::tr("%1.nodes must be an array of node numbers").arg(where));
        const QJsonArray array = nodes.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            intervention.nodes.push_back(gossip::NodeId(integerIn(
                    array.at(i), QStringLiteral("%1.nodes[%2]").arg(where).arg(i), 0, double(config.nodes) - 1)));
        }
    }
    const QJsonValue key = object.value(QStringLiteral("key"));
    if (!key.isUndefined())
        intervention.key = gossip::KeyId(integerIn(key, where + QStringLiteral(".key"), 0, double(config.keys) - 1));
    return intervention;
}

ScenarioDocument readDocument(const QJsonObject &root)
{
    refuseUnknownKeys(root,
                      {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("config"), QStringLiteral("keyNames"),
                       QStringLiteral("interventions"), QStringLiteral("round")},
                      ScenarioFile::tr("the file"));
    if (root.value(QStringLiteral("format")).toString() != formatName)
        fail(ScenarioFile::tr("format must be \"%1\"").arg(formatName));
    if (root.value(QStringLiteral("version")).toInt(-1) != formatVersion)
        fail(ScenarioFile::tr("version must be %1").arg(formatVersion));

    ScenarioDocument document;
    gossip::Scenario &scenario = document.scenario;
    const QJsonValue config = root.value(QStringLiteral("config"));
    if (!config.isUndefined())
        scenario.config = readConfig(objectAt(config, QStringLiteral("config")));

    const QJsonValue interventions = root.value(QStringLiteral("interventions"));
    if (!interventions.isUndefined()) {
        if (!interventions.isArray())
            fail(ScenarioFile::tr("interventions must be an array"));
        const QJsonArray array = interventions.toArray();
        for (qsizetype i = 0; i < array.size(); ++i)
            scenario.interventions.push_back(
                    readIntervention(array.at(i), QStringLiteral("interventions[%1]").arg(i), scenario.config));
    }

    const QJsonValue keyNames = root.value(QStringLiteral("keyNames"));
    if (!keyNames.isUndefined()) {
        if (!keyNames.isArray())
            fail(ScenarioFile::tr("keyNames must be an array of strings"));
        for (const QJsonValue &name : keyNames.toArray()) {
            if (!name.isString() || name.toString().isEmpty() || name.toString().size() > 32)
                fail(ScenarioFile::tr("keyNames must hold short, non-empty strings"));
            document.keyNames << name.toString();
        }
        if (document.keyNames.size() != qsizetype(scenario.config.keys))
            fail(ScenarioFile::tr("keyNames must name each of the %1 keys").arg(scenario.config.keys));
    }

    const QJsonValue round = root.value(QStringLiteral("round"));
    if (!round.isUndefined())
        document.round = int(integerIn(round, QStringLiteral("round"), 0, scenario.config.maxRounds));

    if (auto problem = gossip::validate(scenario))
        fail(QStringLiteral("%1 %2").arg(QString::fromStdString(problem->field), QString::fromStdString(problem->message)));
    return document;
}

} // namespace

std::optional<ScenarioDocument> ScenarioFile::read(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        *error = tr("%1 is too large for a scenario (%2 bytes; at most %3)").arg(path).arg(file.size()).arg(maxBytes);
        return std::nullopt;
    }
    const QByteArray json = file.read(maxBytes + 1);
    if (json.size() > maxBytes) {
        *error = tr("%1 is too large for a scenario (at most %2 bytes)").arg(path).arg(maxBytes);
        return std::nullopt;
    }
    auto document = parse(json, error);
    if (!document)
        *error = tr("%1: %2").arg(path, *error);
    return document;
}

std::optional<ScenarioDocument> ScenarioFile::parse(const QByteArray &json, QString *error)
{
    if (json.size() > maxBytes) {
        *error = tr("too large for a scenario (at most %1 bytes)").arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("a scenario must be a JSON object");
        return std::nullopt;
    }
    try {
        return readDocument(document.object());
    } catch (const ParseError &problem) {
        *error = problem.message;
        return std::nullopt;
    }
}

QByteArray ScenarioFile::serialize(const ScenarioDocument &document)
{
    QJsonObject config;
    for (const gossip::ConfigField &field : gossip::configFields())
        config.insert(QString::fromLatin1(field.key.data(), qsizetype(field.key.size())),
                      ConfigText::toJson(field, document.scenario.config));
    QJsonArray interventions;
    for (const gossip::Intervention &intervention : document.scenario.interventions) {
        QJsonArray nodes;
        for (gossip::NodeId node : intervention.nodes)
            nodes.append(qint64(node));
        interventions.append(QJsonObject{
                {QStringLiteral("round"), intervention.round},
                {QStringLiteral("kind"), Names::interventionKind(intervention.kind)},
                {QStringLiteral("nodes"), nodes},
                {QStringLiteral("key"), qint64(intervention.key)},
        });
    }
    QJsonObject root{
            {QStringLiteral("format"), formatName},
            {QStringLiteral("version"), formatVersion},
            {QStringLiteral("config"), config},
            {QStringLiteral("interventions"), interventions},
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
