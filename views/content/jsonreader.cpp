// Strict JSON reading shared by scenario and lesson files.
#include "views/content/jsonreader.h"

#include "views/content/networkfile.h"

#include "engine/configschema.h"
#include "views/content/configtext.h"
#include "views/content/localizedtext.h"
#include "views/content/names.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>

#include <cmath>

namespace {

QString joined(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : where + QLatin1Char('.') + key;
}

// The first key given twice in one object of valid JSON text, as a path ("config.loss"),
// or an empty string. QJsonDocument keeps the last of the two without a word.
QString duplicateKey(const QByteArray &json)
{
    struct Level
    {
        bool object = false;
        bool expectKey = false;
        QString path;        // the path of this object or array
        QString lastKey;     // the key whose value is being read
        QSet<QString> keys;
    };
    QList<Level> stack;
    const auto childPath = [&stack]() {
        if (stack.isEmpty())
            return QString();
        const Level &top = stack.constLast();
        return top.object ? joined(top.path, top.lastKey) : top.path;
    };
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            const qsizetype start = i + 1;
            bool escaped = false;
            for (++i; i < json.size() && json.at(i) != '"'; ++i) {
                if (json.at(i) == '\\') {
                    escaped = true;
                    ++i;
                }
            }
            if (stack.isEmpty() || !stack.constLast().object || !stack.constLast().expectKey)
                continue;
            const QByteArray raw = json.mid(start, i - start);
            // Only a key with escapes needs decoding to compare it.
            const QString key = escaped ? QJsonDocument::fromJson("[\"" + raw + "\"]").array().at(0).toString()
                                        : QString::fromUtf8(raw);
            Level &top = stack.last();
            if (top.keys.contains(key))
                return joined(top.path, key);
            top.keys.insert(key);
            top.lastKey = key;
            top.expectKey = false;
        } else if (c == '{' || c == '[') {
            stack.append(Level{c == '{', c == '{', childPath(), {}, {}});
        } else if (c == '}' || c == ']') {
            if (!stack.isEmpty())
                stack.removeLast();
        } else if (c == ',' && !stack.isEmpty() && stack.constLast().object) {
            stack.last().expectKey = true;
        }
    }
    return {};
}

} // namespace

namespace {

// What a file says (a key, a name) quoted in a message: control characters written as
// escapes, so the message stays one line whatever the file holds.
QString oneLine(const QString &message)
{
    QString line;
    line.reserve(message.size());
    for (const QChar c : message) {
        if (c == QLatin1Char('\n'))
            line += QStringLiteral("\\n");
        else if (c == QLatin1Char('\r'))
            line += QStringLiteral("\\r");
        else if (c == QLatin1Char('\t'))
            line += QStringLiteral("\\t");
        else if (c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator || c == QChar::ParagraphSeparator)
            line += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else
            line += c;
    }
    return line;
}

} // namespace

void JsonReader::fail(const QString &message)
{
    throw Error{oneLine(message)};
}

std::optional<QJsonObject> JsonReader::parseObject(const QByteArray &json, qint64 maxBytes, const QString &what,
                                                   QString *error)
{
    if (json.size() > maxBytes) {
        *error = tr("too large for %1 (at most %2 bytes)").arg(what).arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = tr("not valid JSON at byte %1: %2").arg(parseError.offset).arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = tr("%1 must be a JSON object").arg(what);
        return std::nullopt;
    }
    if (const QString twice = duplicateKey(json); !twice.isEmpty()) {
        *error = oneLine(tr("%1 is given twice").arg(twice));
        return std::nullopt;
    }
    return document.object();
}

std::optional<QByteArray> JsonReader::readFile(const QString &path, qint64 maxBytes, const QString &what,
                                               QString *error)
{
    if (path.isEmpty()) {
        *error = tr("no file name given");
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = tr("cannot open %1: %2").arg(path, file.errorString());
        return std::nullopt;
    }
    const QByteArray json = file.read(maxBytes + 1);
    if (file.size() > maxBytes || json.size() > maxBytes) {
        *error = tr("%1 is too large for %2 (at most %3 bytes)").arg(path, what).arg(maxBytes);
        return std::nullopt;
    }
    return json;
}

QJsonObject JsonReader::objectAt(const QJsonValue &value, const QString &where)
{
    if (!value.isObject())
        fail(tr("%1 must be an object").arg(where));
    return value.toObject();
}

QJsonArray JsonReader::arrayAt(const QJsonValue &value, const QString &where)
{
    if (!value.isArray())
        fail(tr("%1 must be an array").arg(where));
    return value.toArray();
}

double JsonReader::integerIn(const QJsonValue &value, const QString &where, double minimum, double maximum)
{
    const double number = value.toDouble();
    if (!value.isDouble() || std::floor(number) != number)
        fail(tr("%1 must be a whole number").arg(where));
    if (number < minimum || number > maximum)
        fail(tr("%1 must be between %2 and %3 (it is %4)")
                     .arg(where, ConfigText::number(minimum), ConfigText::number(maximum), ConfigText::number(number)));
    return number;
}

ColourRole JsonReader::colourAt(const QJsonValue &value, const QString &where)
{
    const auto role = colourRoleFrom(value.toString());
    if (!value.isString() || !role)
        fail(tr("%1 must be one of %2").arg(where, colourRoleNames().join(QStringLiteral(", "))));
    return *role;
}

bool JsonReader::booleanAt(const QJsonValue &value, const QString &where)
{
    if (!value.isBool())
        fail(tr("%1 must be true or false").arg(where));
    return value.toBool();
}

QString JsonReader::stringAt(const QJsonValue &value, const QString &where, qsizetype maximumLength)
{
    if (!value.isString() || value.toString().trimmed().isEmpty())
        fail(tr("%1 must be a non-empty string").arg(where));
    if (value.toString().size() > maximumLength)
        fail(tr("%1 must be at most %2 characters long").arg(where).arg(maximumLength));
    return value.toString();
}

LocalizedText JsonReader::textAt(const QJsonValue &value, const QString &where)
{
    constexpr qsizetype longestText = 4000;
    if (value.isString())
        return LocalizedText(stringAt(value, where, longestText));
    if (!value.isObject())
        fail(tr("%1 must be a string or an object of language codes and strings").arg(where));
    static const QRegularExpression languageCode(QStringLiteral("^[a-z]{2,3}(_[A-Z]{2})?$"));
    const QJsonObject object = value.toObject();
    LocalizedText text;
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!languageCode.match(it.key()).hasMatch())
            fail(tr("%1 has \"%2\", which is not a language code such as en or zh_CN").arg(where, it.key()));
        text.setVersion(it.key(), stringAt(it.value(), joined(where, it.key()), longestText));
    }
    if (!object.contains(QStringLiteral("en")))
        fail(tr("%1 must have an English version, \"en\"").arg(where));
    return text;
}

void JsonReader::refuseUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &where)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!known.contains(it.key()))
            fail(tr("%1 has an unknown key \"%2\"").arg(where, it.key()));
    }
}

QJsonValue JsonReader::required(const QJsonObject &object, const QString &key, const QString &where)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined())
        fail(tr("%1 is missing").arg(joined(where, key)));
    return value;
}

gossip::Config JsonReader::readConfig(const QJsonObject &object, const QString &where)
{
    gossip::Config config;
    for (auto it = object.begin(); it != object.end(); ++it) {
        // A network read from a file travels with the configuration, whole.
        if (it.key() == QLatin1String("networkFile")) {
            config.networkFile = std::make_shared<const gossip::NetworkDescription>(
                    NetworkFile::fromJson(objectAt(it.value(), joined(where, it.key())), joined(where, it.key())));
            continue;
        }
        const gossip::ConfigField *field = gossip::configFieldByKey(it.key().toStdString());
        if (!field)
            fail(tr("%1 has an unknown key \"%2\"").arg(where, it.key()));
        const auto value = ConfigText::fromJson(*field, it.value());
        if (!value)
            fail(tr("%1 must be %2 (it is %3)")
                         .arg(joined(where, it.key()), ConfigText::range(*field), ConfigText::jsonText(it.value())));
        field->set(config, *value);
    }
    return config;
}

QJsonObject JsonReader::writeConfig(const gossip::Config &config)
{
    QJsonObject object;
    for (const gossip::ConfigField &field : gossip::configFields())
        object.insert(QString::fromLatin1(field.key.data(), qsizetype(field.key.size())), ConfigText::toJson(field, config));
    if (config.network == gossip::NetworkKind::File && config.networkFile)
        object.insert(QStringLiteral("networkFile"), NetworkFile::toJson(*config.networkFile));
    return object;
}

std::vector<gossip::Intervention> JsonReader::readInterventions(const QJsonValue &value, const QString &where,
                                                                const gossip::Config &config)
{
    std::vector<gossip::Intervention> interventions;
    const QJsonArray array = arrayAt(value, where);
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject object = objectAt(array.at(i), at);
        refuseUnknownKeys(object, {QStringLiteral("round"), QStringLiteral("kind"), QStringLiteral("nodes"), QStringLiteral("key")},
                          at);
        gossip::Intervention intervention;
        intervention.round =
                gossip::Round(integerIn(object.value(QStringLiteral("round")), at + QStringLiteral(".round"), 0, config.maxRounds));
        const QJsonValue kind = object.value(QStringLiteral("kind"));
        const auto parsedKind = Names::interventionKindFrom(kind.toString());
        if (!kind.isString() || !parsedKind)
            fail(tr("%1.kind must be one of %2 (it is %3)")
                         .arg(at, Names::interventionKinds().join(QStringLiteral(", ")), ConfigText::jsonText(kind)));
        intervention.kind = *parsedKind;
        const QJsonValue nodes = object.value(QStringLiteral("nodes"));
        if (!nodes.isUndefined()) {
            if (!nodes.isArray())
                fail(tr("%1.nodes must be an array of node numbers").arg(at));
            const QJsonArray nodeArray = nodes.toArray();
            for (qsizetype n = 0; n < nodeArray.size(); ++n)
                intervention.nodes.push_back(gossip::NodeId(integerIn(
                        nodeArray.at(n), QStringLiteral("%1.nodes[%2]").arg(at).arg(n), 0, double(config.nodes) - 1)));
        }
        const QJsonValue key = object.value(QStringLiteral("key"));
        if (!key.isUndefined())
            intervention.key = gossip::KeyId(integerIn(key, at + QStringLiteral(".key"), 0, double(config.keys) - 1));
        interventions.push_back(intervention);
    }
    return interventions;
}

QJsonArray JsonReader::writeInterventions(const std::vector<gossip::Intervention> &interventions)
{
    QJsonArray array;
    for (const gossip::Intervention &intervention : interventions) {
        QJsonArray nodes;
        for (gossip::NodeId node : intervention.nodes)
            nodes.append(qint64(node));
        array.append(QJsonObject{
                {QStringLiteral("round"), intervention.round},
                {QStringLiteral("kind"), Names::interventionKind(intervention.kind)},
                {QStringLiteral("nodes"), nodes},
                {QStringLiteral("key"), qint64(intervention.key)},
        });
    }
    return array;
}

QStringList JsonReader::readKeyNames(const QJsonValue &value, const QString &where, const gossip::Config &config)
{
    if (!value.isArray())
        fail(tr("%1 must be an array of strings").arg(where));
    QStringList names;
    for (const QJsonValue &name : value.toArray()) {
        if (!name.isString() || name.toString().isEmpty() || name.toString().size() > 32)
            fail(tr("%1 must hold short, non-empty strings").arg(where));
        names << name.toString();
    }
    if (names.size() != qsizetype(config.keys))
        fail(tr("%1 must name each of the %2 keys").arg(where).arg(config.keys));
    return names;
}

void JsonReader::checkScenario(const gossip::Scenario &scenario, const QString &where)
{
    if (auto problem = gossip::validate(scenario))
        fail(QStringLiteral("%1 %2").arg(joined(where, QString::fromStdString(problem->field)),
                                         QString::fromStdString(problem->message)));
}
