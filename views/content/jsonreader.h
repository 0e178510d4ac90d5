// Strict reading of the JSON files the app opens: scenarios and lessons.
#pragma once

#include "engine/scenario.h"
#include "views/content/colourrole.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QStringList>

#include <optional>

class LocalizedText;

// The pieces every file format reads the same way. Each reader names what it reads by
// `where` ("config", "chapters[2].beats[0].round") and throws JsonReader::Error with one
// translated message naming that place on the first problem; parse() catches it.
class JsonReader
{
    Q_DECLARE_TR_FUNCTIONS(JsonReader)

public:
    // The first problem of a file, for the user.
    struct Error
    {
        QString message;
    };

    [[noreturn]] static void fail(const QString &message);

    // The top-level object of `json`; a message for text that is not a JSON object of at
    // most `maxBytes`, saying `what` it should be ("a scenario").
    static std::optional<QJsonObject> parseObject(const QByteArray &json, qint64 maxBytes, const QString &what,
                                                  QString *error);
    // Reads at most `maxBytes` of a file; a message naming the path when it cannot.
    static std::optional<QByteArray> readFile(const QString &path, qint64 maxBytes, const QString &what,
                                              QString *error);

    // Parses `json` as the top-level object of a file of `what` ("a scenario") and reads it
    // with `reader`; nothing with one message on the first problem.
    template<typename Document>
    static std::optional<Document> parse(const QByteArray &json, qint64 maxBytes, const QString &what,
                                         Document (*reader)(const QJsonObject &), QString *error)
    {
        const auto root = parseObject(json, maxBytes, what, error);
        if (!root)
            return std::nullopt;
        try {
            return reader(*root);
        } catch (const Error &problem) {
            *error = problem.message;
            return std::nullopt;
        }
    }
    // Reads the file at `path` as parse() does; the message names the path.
    template<typename Document>
    static std::optional<Document> read(const QString &path, qint64 maxBytes, const QString &what,
                                        Document (*reader)(const QJsonObject &), QString *error)
    {
        const auto json = readFile(path, maxBytes, what, error);
        if (!json)
            return std::nullopt;
        auto document = parse(*json, maxBytes, what, reader, error);
        if (!document)
            *error = tr("%1: %2").arg(path, *error);
        return document;
    }

    static QJsonObject objectAt(const QJsonValue &value, const QString &where);
    static QJsonArray arrayAt(const QJsonValue &value, const QString &where);
    static double integerIn(const QJsonValue &value, const QString &where, double minimum, double maximum);
    static bool booleanAt(const QJsonValue &value, const QString &where);
    // A non-empty string of at most `maximumLength` characters.
    static QString stringAt(const QJsonValue &value, const QString &where, qsizetype maximumLength);
    // A string, or an object from language code to string that has "en".
    static LocalizedText textAt(const QJsonValue &value, const QString &where);
    // One of the palette's role names ("sky-blue").
    static ColourRole colourAt(const QJsonValue &value, const QString &where);
    static void refuseUnknownKeys(const QJsonObject &object, const QStringList &known, const QString &where);
    // Fails when the required `key` is missing from `object`.
    static QJsonValue required(const QJsonObject &object, const QString &key, const QString &where);

    // A configuration: every key one of gossip::configFields(), every value within its limits.
    static gossip::Config readConfig(const QJsonObject &object, const QString &where);
    static QJsonObject writeConfig(const gossip::Config &config);
    // Interventions in round order, each naming nodes and keys of `config`.
    static std::vector<gossip::Intervention> readInterventions(const QJsonValue &value, const QString &where,
                                                               const gossip::Config &config);
    static QJsonArray writeInterventions(const std::vector<gossip::Intervention> &interventions);
    // One short name per key of `config`.
    static QStringList readKeyNames(const QJsonValue &value, const QString &where, const gossip::Config &config);
    // Fails with the engine's word on a scenario that cannot be simulated.
    static void checkScenario(const gossip::Scenario &scenario, const QString &where);
};
