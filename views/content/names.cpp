// Name tables: each enum's names are listed once and looked up both ways.
#include "views/content/names.h"

#include "engine/configschema.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<gossip::Intervention::Kind, 7> interventionKindNames{{
        {gossip::Intervention::Kind::Write, "write"},
        {gossip::Intervention::Kind::Crash, "crash"},
        {gossip::Intervention::Kind::Recover, "recover"},
        {gossip::Intervention::Kind::Byzantine, "byzantine"},
        {gossip::Intervention::Kind::Partition, "partition"},
        {gossip::Intervention::Kind::Heal, "heal"},
        {gossip::Intervention::Kind::Contact, "contact"},
}};

template<typename Enum, std::size_t N>
QString nameOf(const Table<Enum, N> &table, Enum value)
{
    for (const auto &[entry, name] : table) {
        if (entry == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t N>
std::optional<Enum> valueOf(const Table<Enum, N> &table, const QString &name)
{
    for (const auto &[entry, entryName] : table) {
        if (name == QLatin1String(entryName))
            return entry;
    }
    return std::nullopt;
}

template<typename Enum, std::size_t N>
QStringList namesOf(const Table<Enum, N> &table)
{
    QStringList names;
    for (const auto &entry : table)
        names << QString::fromLatin1(entry.second);
    return names;
}

// Config enums are named by the field table of the engine, the one place they are listed.
template<typename Enum>
QString choiceName(std::string_view key, Enum value)
{
    const auto choices = gossip::configField(key).choices;
    const auto index = std::size_t(value);
    return index < choices.size() ? QString::fromLatin1(choices[index].data(), qsizetype(choices[index].size()))
                                  : QString();
}

template<typename Enum>
std::optional<Enum> choiceValue(std::string_view key, const QString &name)
{
    const auto index = gossip::configField(key).choiceIndex(name.toStdString());
    return index ? std::optional<Enum>(Enum(*index)) : std::nullopt;
}

QStringList choiceNames(std::string_view key)
{
    return Names::choices(gossip::configField(key)).split(QLatin1Char('|'));
}

} // namespace

namespace Names {

QString choices(const gossip::ConfigField &field)
{
    QStringList names;
    for (std::string_view name : field.choices)
        names << QString::fromLatin1(name.data(), qsizetype(name.size()));
    return names.join(QLatin1Char('|'));
}

QString protocol(gossip::Protocol value) { return choiceName("protocol", value); }
std::optional<gossip::Protocol> protocolFrom(const QString &name) { return choiceValue<gossip::Protocol>("protocol", name); }
QStringList protocols() { return choiceNames("protocol"); }

QString mode(gossip::Mode value) { return choiceName("mode", value); }
std::optional<gossip::Mode> modeFrom(const QString &name) { return choiceValue<gossip::Mode>("mode", name); }
QStringList modes() { return choiceNames("mode"); }

QString interest(gossip::Interest value) { return choiceName("interest", value); }
std::optional<gossip::Interest> interestFrom(const QString &name) { return choiceValue<gossip::Interest>("interest", name); }
QStringList interests() { return choiceNames("interest"); }

QString stopping(gossip::Stopping value) { return choiceName("stopping", value); }
std::optional<gossip::Stopping> stoppingFrom(const QString &name) { return choiceValue<gossip::Stopping>("stopping", name); }
QStringList stoppings() { return choiceNames("stopping"); }

QString reconciliation(gossip::Reconciliation value) { return choiceName("reconciliation", value); }
std::optional<gossip::Reconciliation> reconciliationFrom(const QString &name)
{
    return choiceValue<gossip::Reconciliation>("reconciliation", name);
}
QStringList reconciliations() { return choiceNames("reconciliation"); }

QString partnerChoice(gossip::PartnerChoice value) { return choiceName("partnerChoice", value); }
std::optional<gossip::PartnerChoice> partnerChoiceFrom(const QString &name)
{
    return choiceValue<gossip::PartnerChoice>("partnerChoice", name);
}
QStringList partnerChoices() { return choiceNames("partnerChoice"); }

QString interventionKind(gossip::Intervention::Kind value) { return nameOf(interventionKindNames, value); }
std::optional<gossip::Intervention::Kind> interventionKindFrom(const QString &name)
{
    return valueOf(interventionKindNames, name);
}
QStringList interventionKinds() { return namesOf(interventionKindNames); }

} // namespace Names
