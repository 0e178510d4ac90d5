// The table of configuration fields and the checks every reader of a Config shares.
#include "engine/configschema.h"

#include <array>
#include <cmath>
#include <sstream>

namespace gossip {

namespace {

constexpr ProtocolMask directMail = protocolBit(Protocol::DirectMail);
constexpr ProtocolMask antiEntropy = protocolBit(Protocol::AntiEntropy);
constexpr ProtocolMask rumor = protocolBit(Protocol::Rumor);

constexpr std::array<std::string_view, 3> protocolNames{"direct-mail", "anti-entropy", "rumor"};
constexpr std::array<std::string_view, 3> modeNames{"push", "pull", "push-pull"};
constexpr std::array<std::string_view, 2> interestNames{"feedback", "blind"};
constexpr std::array<std::string_view, 2> stoppingNames{"counter", "coin"};
constexpr std::array<std::string_view, 3> reconciliationNames{"whole-database", "checksum", "recent-updates"};
constexpr std::array<std::string_view, 3> partnerChoiceNames{"uniform", "spatial", "scripted"};
constexpr std::array<std::string_view, 5> networkNames{"complete", "ring", "grid", "two-towns", "file"};

// A field's accessors, written once per member.
#define GOSSIP_NUMBER_FIELD(member, type)                                                                    \
    [](const Config &c) { return double(c.member); }, [](Config &c, double v) { c.member = type(v); }
#define GOSSIP_CHOICE_FIELD(member, type)                                                                    \
    [](const Config &c) { return double(c.member); }, [](Config &c, double v) { c.member = type(int(v)); }

using Type = ConfigField::Type;

const std::array<ConfigField, 26> fields{{
        {"protocol", "protocol", "name", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Mechanism"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "How the update spreads: by direct mail, anti-entropy or rumor mongering"), Type::Choice, 0, 0,
         false, protocolNames, false, allProtocols, GOSSIP_CHOICE_FIELD(protocol, Protocol)},
        {"mode", "mode", "mode", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Mode"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Push, pull or push-pull (direct mail only pushes)"),
         Type::Choice, 0, 0, false, modeNames, false, antiEntropy | rumor, GOSSIP_CHOICE_FIELD(mode, Mode)},
        {"interest", "", "", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Lose interest"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField",
                               "Feedback: only after calling someone who knew already. Blind: after any call."),
         Type::Choice, 0, 0, false, interestNames, true, rumor, GOSSIP_CHOICE_FIELD(interest, Interest)},
        {"stopping", "", "", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Stop by"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField",
                               "Counter: after k such calls in a row. Coin: with probability 1/k each time."),
         Type::Choice, 0, 0, false, stoppingNames, true, rumor, GOSSIP_CHOICE_FIELD(stopping, Stopping)},
        {"k", "k", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "k"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Rumor: the k of counter or coin (contacts, or 1/probability)"), Type::Integer, 1, maxK,
         false, {}, false, rumor, GOSSIP_NUMBER_FIELD(k, int)},
        {"nodes", "nodes", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "People (nodes)"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Number of people (nodes)"), Type::Integer, 2, maxNodes, false, {},
         false, allProtocols, GOSSIP_NUMBER_FIELD(nodes, std::uint32_t)},
        {"keys", "keys", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Keys"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Keys (strains) each database can hold"), Type::Integer, 1,
         maxKeys, false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(keys, std::uint32_t)},
        {"seed", "seed", "S", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Seed"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Seed of the random numbers (of the first run)"), Type::Integer, 0, double(maxSeed),
         false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(seed, std::uint64_t), true},
        {"maxRounds", "max-rounds", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Round limit"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Stop a run after this many rounds"), Type::Integer, 1,
         maxRoundsLimit, false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(maxRounds, int)},
        {"loss", "loss", "P", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Message loss"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Probability that a message is lost on the way"), Type::Real,
         0, 1, false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(loss, double)},
        {"crashedFraction", "crashed", "F", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Crashed"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Fraction of nodes down for the whole run"), Type::Real, 0, 1,
         true, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(crashedFraction, double)},
        {"cacheCapacity", "cache", "C", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Retransmit cache"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Direct mail: how many failed mails the writer keeps to retry"),
         Type::Integer, 0, maxCacheCapacity, false, {}, false, directMail, GOSSIP_NUMBER_FIELD(cacheCapacity, int)},
        {"unknownFraction", "unknown", "F", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Unknown to the writer"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Direct mail: fraction of nodes the writer does not know"),
         Type::Real, 0, 1, false, {}, false, directMail, GOSSIP_NUMBER_FIELD(unknownFraction, double)},
        {"backupEvery", "backup-every", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Anti-entropy every"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField",
                               "Rumor mongering: a push-pull anti-entropy round every N rounds cleans up the residue"),
         Type::Integer, 0, maxRoundsLimit, false, {}, false, rumor, GOSSIP_NUMBER_FIELD(backupEvery, int)},
        {"reconciliation", "reconciliation", "how", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Find differences by"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Anti-entropy: how two people find what differs (whole database, checksum, or recent updates)"),
         Type::Choice, 0, 0, false, reconciliationNames, false, antiEntropy | rumor,
         GOSSIP_CHOICE_FIELD(reconciliation, Reconciliation)},
        {"sharedItems", "shared-items", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Items held by all"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Items every database holds already"), Type::Integer, 0,
         maxSharedItems, false, {}, false, antiEntropy | rumor, GOSSIP_NUMBER_FIELD(sharedItems, int)},
        {"itemBytes", "item-bytes", "B", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Bytes per item"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Bytes one item costs on the wire"), Type::Integer, 1,
         maxItemBytes, false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(itemBytes, int)},
        {"checksumBytes", "checksum-bytes", "B", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Bytes per checksum"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Bytes one checksum costs on the wire"), Type::Integer, 1,
         maxChecksumBytes, false, {}, false, antiEntropy | rumor, GOSSIP_NUMBER_FIELD(checksumBytes, int)},
        {"recentWindow", "recent-window", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Recent for"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Rounds an update stays on the recent-update list"),
         Type::Integer, 1, maxRoundsLimit, false, {}, false, antiEntropy | rumor,
         GOSSIP_NUMBER_FIELD(recentWindow, int)},
        {"partnerChoice", "partners", "how", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Partners"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "How a person picks a partner: uniformly, nearby (spatial) or as scripted"), Type::Choice,
         0, 0, false, partnerChoiceNames, false, allProtocols, GOSSIP_CHOICE_FIELD(partnerChoice, PartnerChoice)},
        {"spatialExponent", "spatial-exponent", "a", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Spatial exponent"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Spatial partner choice: the a in Q(d)^-a, Q(d) the people within distance d"), Type::Real, 0,
         maxSpatialExponent, false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(spatialExponent, double)},
        {"network", "network", "name", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Network"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Where people live and which links their conversations cross: complete (no links), ring, grid, two towns and a bridge, or a network file"),
         Type::Choice, 0, 0, false, networkNames, false, allProtocols, GOSSIP_CHOICE_FIELD(network, NetworkKind)},
        {"smallTown", "small-town", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Small town"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Two towns: people in the small town (0: a sixth of everyone)"),
         Type::Integer, 0, maxNodes, false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(smallTown, std::uint32_t)},
        {"areaSize", "area-size", "N", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "People per area"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Ring, grid and two towns: people on one local network"),
         Type::Integer, 1, maxAreaSize, false, {}, false, allProtocols, GOSSIP_NUMBER_FIELD(areaSize, std::uint32_t)},
        {"connectionLimit", "connection-limit", "L", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Connection limit"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Conversations a person accepts per round from others (0: no limit)"),
         Type::Integer, 0, maxConnectionLimit, false, {}, false, antiEntropy | rumor,
         GOSSIP_NUMBER_FIELD(connectionLimit, int)},
        {"huntLimit", "hunt", "H", GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "Hunt limit"),
         GOSSIP_TRANSLATE_NOOP("gossip::ConfigField", "A person refused by the connection limit tries another partner up to H times"),
         Type::Integer, 0, maxHuntLimit, false, {}, false, antiEntropy | rumor, GOSSIP_NUMBER_FIELD(huntLimit, int)},
}};

#undef GOSSIP_NUMBER_FIELD
#undef GOSSIP_CHOICE_FIELD

std::string number(double value)
{
    std::ostringstream text;
    text.precision(16);
    text << value;
    return text.str();
}

} // namespace

bool ConfigField::accepts(double value) const
{
    if (!std::isfinite(value))
        return false;
    switch (type) {
    case Type::Integer:
        return std::floor(value) == value && value >= minimum && value <= maximum;
    case Type::Real:
        return value >= minimum && (belowMaximum ? value < maximum : value <= maximum);
    case Type::Choice:
        return std::floor(value) == value && value >= 0 && value < double(choices.size());
    }
    return false;
}

std::string ConfigField::describeRange() const
{
    switch (type) {
    case Type::Integer:
        return "a whole number from " + number(minimum) + " to " + number(maximum);
    case Type::Real:
        return "a number from " + number(minimum) + (belowMaximum ? " up to, not including, " : " to ")
                + number(maximum);
    case Type::Choice: {
        std::string names;
        for (std::string_view name : choices)
            names += (names.empty() ? "" : ", ") + std::string(name);
        return "one of " + names;
    }
    }
    return {};
}

std::optional<int> ConfigField::choiceIndex(std::string_view name) const
{
    for (std::size_t i = 0; i < choices.size(); ++i) {
        if (choices[i] == name)
            return int(i);
    }
    return std::nullopt;
}

std::string_view ConfigField::choiceName(const Config &config) const
{
    const auto index = std::size_t(get(config));
    return index < choices.size() ? choices[index] : std::string_view{};
}

std::span<const ConfigField> configFields()
{
    return fields;
}

const ConfigField *configFieldByKey(std::string_view key)
{
    for (const ConfigField &field : fields) {
        if (field.key == key)
            return &field;
    }
    return nullptr;
}

const ConfigField *configFieldByOption(std::string_view option)
{
    for (const ConfigField &field : fields) {
        if (!field.option.empty() && field.option == option)
            return &field;
        if (field.choicesAreFlags && field.choiceIndex(option))
            return &field;
    }
    return nullptr;
}

const ConfigField &configField(std::string_view key)
{
    return *configFieldByKey(key);
}

} // namespace gossip
