// Strict JSON reading and writing of experiments.
#include "views/content/experimentfile.h"

#include "engine/configschema.h"
#include "engine/scenario.h"
#include "views/content/configtext.h"
#include "views/content/jsonreader.h"

#include <QJsonDocument>
#include <QSaveFile>

namespace {

const QString formatName = QStringLiteral("gossiplab-experiment");
constexpr int formatVersion = 1;
constexpr qsizetype maximumNameLength = 60;

const gossip::ConfigField &sweptField(const QString &parameter)
{
    const gossip::ConfigField *field = gossip::configFieldByKey(parameter.toStdString());
    // Only numbers can be swept; a choice (the protocol, the mode) is an entry of its own.
    if (!field || field->type == gossip::ConfigField::Type::Choice || field->key == "seed")
        JsonReader::fail(ExperimentFile::tr("sweep.parameter must be a numeric configuration key such as \"k\", "
                                            "\"nodes\" or \"loss\" (it is \"%1\")")
                                 .arg(parameter));
    return *field;
}

ExperimentSweep readSweep(const QJsonValue &value)
{
    const QJsonObject object = JsonReader::objectAt(value, QStringLiteral("sweep"));
    JsonReader::refuseUnknownKeys(object, {QStringLiteral("parameter"), QStringLiteral("values")},
                                  QStringLiteral("sweep"));
    ExperimentSweep sweep;
    sweep.parameter = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("parameter"), QStringLiteral("sweep")),
                                           QStringLiteral("sweep.parameter"), maximumNameLength);
    const gossip::ConfigField &field = sweptField(sweep.parameter);
    const QJsonArray values = JsonReader::arrayAt(JsonReader::required(object, QStringLiteral("values"), QStringLiteral("sweep")),
                                                  QStringLiteral("sweep.values"));
    if (values.isEmpty() || values.size() > ExperimentDocument::maximumSweepValues)
        JsonReader::fail(ExperimentFile::tr("sweep.values must hold 1 to %1 values (it holds %2)")
                                 .arg(ExperimentDocument::maximumSweepValues)
                                 .arg(values.size()));
    for (qsizetype i = 0; i < values.size(); ++i) {
        const auto number = ConfigText::fromJson(field, values.at(i));
        if (!number)
            JsonReader::fail(ExperimentFile::tr("sweep.values[%1] must be %2 (it is %3)")
                                     .arg(i)
                                     .arg(ConfigText::range(field), ConfigText::jsonText(values.at(i))));
        if (sweep.values.contains(*number))
            JsonReader::fail(ExperimentFile::tr("sweep.values[%1] is given twice").arg(i));
        sweep.values << *number;
    }
    return sweep;
}

ExperimentDocument readDocument(const QJsonObject &root)
{
    JsonReader::refuseUnknownKeys(root,
                                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("runs"),
                                   QStringLiteral("seed"), QStringLiteral("entries"), QStringLiteral("sweep")},
                                  ExperimentFile::tr("the file"));
    if (root.value(QStringLiteral("format")).toString() != formatName)
        JsonReader::fail(ExperimentFile::tr("format must be \"%1\"").arg(formatName));
    if (root.value(QStringLiteral("version")).toInt(-1) != formatVersion)
        JsonReader::fail(ExperimentFile::tr("version must be %1").arg(formatVersion));

    ExperimentDocument document;
    const QJsonValue runs = root.value(QStringLiteral("runs"));
    if (!runs.isUndefined())
        document.runs = int(JsonReader::integerIn(runs, QStringLiteral("runs"), 1, ExperimentDocument::maximumRuns));
    const QJsonValue seed = root.value(QStringLiteral("seed"));
    if (!seed.isUndefined()) {
        const gossip::ConfigField &field = *gossip::configFieldByKey("seed");
        document.seed = std::uint64_t(JsonReader::integerIn(seed, QStringLiteral("seed"), field.minimum, field.maximum));
    }
    const QJsonArray entries = JsonReader::arrayAt(JsonReader::required(root, QStringLiteral("entries"), QString()),
                                                   QStringLiteral("entries"));
    if (entries.isEmpty() || entries.size() > ExperimentDocument::maximumEntries)
        JsonReader::fail(ExperimentFile::tr("entries must hold 1 to %1 entries (it holds %2)")
                                 .arg(ExperimentDocument::maximumEntries)
                                 .arg(entries.size()));
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString at = QStringLiteral("entries[%1]").arg(i);
        const QJsonObject object = JsonReader::objectAt(entries.at(i), at);
        JsonReader::refuseUnknownKeys(object, {QStringLiteral("name"), QStringLiteral("config"), QStringLiteral("colour")},
                                      at);
        ExperimentEntry entry;
        entry.name = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("name"), at),
                                          at + QStringLiteral(".name"), maximumNameLength);
        const QJsonValue config = object.value(QStringLiteral("config"));
        if (!config.isUndefined())
            entry.config = JsonReader::readConfig(JsonReader::objectAt(config, at + QStringLiteral(".config")),
                                                  at + QStringLiteral(".config"));
        const QJsonValue colour = object.value(QStringLiteral("colour"));
        if (!colour.isUndefined())
            entry.colour = JsonReader::colourAt(colour, at + QStringLiteral(".colour"));
        document.entries << entry;
    }
    const QJsonValue sweep = root.value(QStringLiteral("sweep"));
    if (!sweep.isUndefined())
        document.sweep = readSweep(sweep);
    // Every run the lab will make must be one the engine can simulate.
    for (int entry = 0; entry < document.entries.size(); ++entry) {
        for (int value = 0; value < document.valueCount(); ++value) {
            const gossip::Scenario scenario = gossip::Scenario::singleUpdate(document.configAt(entry, value));
            if (const auto problem = gossip::validate(scenario))
                JsonReader::fail(ExperimentFile::tr("entries[%1]%2: %3 %4")
                                         .arg(entry)
                                         .arg(document.sweep ? ExperimentFile::tr(" at %1 = %2")
                                                                       .arg(document.sweep->parameter,
                                                                            ConfigText::number(document.sweep->values.at(value)))
                                                             : QString())
                                         .arg(QString::fromStdString(problem->field), QString::fromStdString(problem->message)));
        }
    }
    return document;
}

} // namespace

gossip::Config ExperimentDocument::configAt(int entry, int value) const
{
    gossip::Config config = entries.at(entry).config;
    config.seed = seed;
    if (sweep)
        gossip::configFieldByKey(sweep->parameter.toStdString())->set(config, sweep->values.at(value));
    return config;
}

std::optional<ExperimentDocument> ExperimentFile::read(const QString &path, QString *error)
{
    return JsonReader::read(path, maxBytes, tr("an experiment"), readDocument, error);
}

std::optional<ExperimentDocument> ExperimentFile::parse(const QByteArray &json, QString *error)
{
    return JsonReader::parse(json, maxBytes, tr("an experiment"), readDocument, error);
}

QByteArray ExperimentFile::serialize(const ExperimentDocument &document)
{
    QJsonArray entries;
    for (const ExperimentEntry &entry : document.entries) {
        QJsonObject config = JsonReader::writeConfig(entry.config);
        config.remove(QStringLiteral("seed")); // the experiment's seed is every entry's
        QJsonObject object{{QStringLiteral("name"), entry.name}, {QStringLiteral("config"), config}};
        if (entry.colour)
            object.insert(QStringLiteral("colour"), colourRoleName(*entry.colour));
        entries.append(object);
    }
    QJsonObject root{
            {QStringLiteral("format"), formatName},
            {QStringLiteral("version"), formatVersion},
            {QStringLiteral("runs"), document.runs},
            {QStringLiteral("seed"), qint64(document.seed)},
            {QStringLiteral("entries"), entries},
    };
    if (document.sweep) {
        QJsonArray values;
        for (double value : document.sweep->values)
            values.append(value);
        root.insert(QStringLiteral("sweep"),
                    QJsonObject{{QStringLiteral("parameter"), document.sweep->parameter}, {QStringLiteral("values"), values}});
    }
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

bool ExperimentFile::write(const QString &path, const ExperimentDocument &document, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(serialize(document)) < 0 || !file.commit()) {
        *error = tr("cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}
