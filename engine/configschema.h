// The one description of every configuration field: names, limits, protocols and help.
#pragma once

#include "engine/config.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>

// Marks an English text that the app shows translated; lupdate reads it as QT_TRANSLATE_NOOP.
#define GOSSIP_TRANSLATE_NOOP(context, text) text

namespace gossip {

// A set of protocols, one bit per Protocol value.
using ProtocolMask = std::uint8_t;
constexpr ProtocolMask protocolBit(Protocol protocol) { return ProtocolMask(1u << unsigned(protocol)); }
inline constexpr ProtocolMask allProtocols = 0b111;

// One field of Config, described once. validate(), scenario and lesson files, the command
// line and the parameter panel all take a field's names, limits and help from here, so no
// two of them can disagree about which values are valid.
struct ConfigField
{
    enum class Type : std::uint8_t {
        Integer, // a whole number from minimum to maximum
        Real,    // a finite number from minimum to maximum (below it when belowMaximum)
        Choice   // one of `choices`, stored as its index (the enum's value)
    };

    std::string_view key;       // the JSON key of scenario files, e.g. "crashedFraction"
    std::string_view option;    // the command-line option without dashes, e.g. "crashed"
    std::string_view valueName; // the option's value in the help, e.g. "F"
    std::string_view label;     // a short label in sentence case (context "gossip::ConfigField")
    std::string_view help;      // one line of help (context "gossip::ConfigField")
    Type type = Type::Integer;
    double minimum = 0.0;
    double maximum = 0.0;
    bool belowMaximum = false;                  // the maximum itself is not allowed
    std::span<const std::string_view> choices;  // Type::Choice: names, indexed by the enum's value
    bool choicesAreFlags = false;               // each choice is an option of its own (--blind)
    ProtocolMask protocols = allProtocols;      // the protocols whose runs the field changes
    double (*get)(const Config &) = nullptr;    // the value (a choice's index)
    void (*set)(Config &, double) = nullptr;    // sets a value that accepts() accepts
    // The limits bind what a user gives (files, options, the panel) but not the engine:
    // runs after the first of a batch derive seeds beyond a user's limit.
    bool inputOnly = false;

    bool appliesTo(Protocol protocol) const { return (protocols & protocolBit(protocol)) != 0; }
    // Whether `value` is allowed: a whole number in range, a finite number in range, or a
    // choice's index.
    bool accepts(double value) const;
    // The allowed values in English, e.g. "a whole number from 1 to 100".
    std::string describeRange() const;
    // The index of the choice called `name`, or nothing.
    std::optional<int> choiceIndex(std::string_view name) const;
    // The name of the field's current choice in `config`.
    std::string_view choiceName(const Config &config) const;
};

// Every field of Config, in the order files and help list them.
std::span<const ConfigField> configFields();
// The field with this JSON key, or nullptr.
const ConfigField *configFieldByKey(std::string_view key);
// The field with this command-line option (or, for flag choices, this choice name), or nullptr.
const ConfigField *configFieldByOption(std::string_view option);
// The field with this JSON key; the key must exist.
const ConfigField &configField(std::string_view key);

} // namespace gossip
