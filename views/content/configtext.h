// Configuration fields as the user meets them: translated ranges, and values read from text or JSON.
#pragma once

#include "engine/configschema.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>

#include <optional>

// Reads and writes one field of gossip::Config the same way for the command line and for
// files, so both accept exactly the values the field's description allows.
class ConfigText
{
    Q_DECLARE_TR_FUNCTIONS(ConfigText)

public:
    // The allowed values, translated: "a whole number from 1 to 100".
    static QString range(const gossip::ConfigField &field);
    // The field's value from command-line text; nothing when the field does not accept it.
    static std::optional<double> fromText(const gossip::ConfigField &field, const QString &text);
    // The field's value from a JSON value; nothing when the field does not accept it.
    static std::optional<double> fromJson(const gossip::ConfigField &field, const QJsonValue &value);
    // The field's value in `config` as JSON: a number, or the choice's name.
    static QJsonValue toJson(const gossip::ConfigField &field, const gossip::Config &config);
    // A number as files and messages write it: every digit that matters, no exponent below 10^16.
    static QString number(double value);
    // A field's label or help (ConfigField::label, ConfigField::help), translated.
    static QString fieldText(std::string_view text);
    // The translated names of a mechanism and a mode: "Rumor mongering", "Push-pull".
    static QString protocolName(gossip::Protocol protocol);
    static QString modeName(gossip::Mode mode);
    static QString interestName(gossip::Interest interest);
    static QString stoppingName(gossip::Stopping stopping);
    // "Two towns and a bridge", "Nearby (spatial)": a network's and a partner choice's names.
    static QString networkName(gossip::NetworkKind network);
    static QString partnerChoiceName(gossip::PartnerChoice choice);
    static QString reconciliationName(gossip::Reconciliation reconciliation);
    // The translated name of choice `index` of a choice field, as the panel offers it.
    static QString choiceText(const gossip::ConfigField &field, int index);
    // A field's value in `config` as a person reads it: "Two towns and a bridge", "0.1",
    // "10,000" (numbers in the current locale's way).
    static QString valueText(const gossip::ConfigField &field, const gossip::Config &config);
    // One line that says what a run is: its mechanism, people and seed (left out where
    // the seed is not the run's own, as in the lab), and every other field that differs
    // from its default ("Message loss 0.1"). The field keyed `leftOut` is left out too: in a
    // sweep it takes every value, and the name of an entry must not give it one.
    enum class Seed { Told, Left };
    static QString summary(const gossip::Config &config, Seed seed = Seed::Told, const QString &leftOut = {});
    // A link's name as the window shows it: the built-in networks' names ("bridge", "big
    // town, area 3", "ring 4–5") translated, a network file's as written.
    static QString linkName(const QString &name);
    // A JSON value as a message quotes it: 0.5, "push", an array.
    static QString jsonText(const QJsonValue &value);
};
