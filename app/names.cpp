// Name tables: each enum's names are listed once and looked up both ways.
#include "names.h"

#include <array>
#include <utility>

namespace {

template<typename Enum, std::size_t N>
using Table = std::array<std::pair<Enum, const char *>, N>;

constexpr Table<gossip::Protocol, 3> protocolNames{{
        {gossip::Protocol::DirectMail, "direct-mail"},
        {gossip::Protocol::AntiEntropy, "anti-entropy"},
        {gossip::Protocol::Rumor, "rumor"},
}};
constexpr Table<gossip::Mode, 3> modeNames{{
        {gossip::Mode::Push, "push"},
        {gossip::Mode::Pull, "pull"},
        {gossip::Mode::PushPull, "push-pull"},
}};
constexpr Table<gossip::Interest, 2> interestNames{{
        {gossip::Interest::Feedback, "feedback"},
        {gossip::Interest::Blind, "blind"},
}};
constexpr Table<gossip::Stopping, 2> stoppingNames{{
        {gossip::Stopping::Counter, "counter"},
        {gossip::Stopping::Coin, "coin"},
}};
constexpr Table<gossip::Reconciliation, 3> reconciliationNames{{
        {gossip::Reconciliation::WholeDatabase, "whole-database"},
        {gossip::Reconciliation::Checksum, "checksum"},
        {gossip::Reconciliation::RecentUpdates, "recent-updates"},
}};
constexpr Table<gossip::PartnerChoice, 3> partnerChoiceNames{{
        {gossip::PartnerChoice::Uniform, "uniform"},
        {gossip::PartnerChoice::Spatial, "spatial"},
        {gossip::PartnerChoice::Scripted, "scripted"},
}};
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

} // namespace

namespace Names {

QString protocol(gossip::Protocol value) { return nameOf(protocolNames, value); }
std::optional<gossip::Protocol> protocolFrom(const QString &name) { return valueOf(protocolNames, name); }
QStringList protocols() { return namesOf(protocolNames); }

QString mode(gossip::Mode value) { return nameOf(modeNames, value); }
std::optional<gossip::Mode> modeFrom(const QString &name) { return valueOf(modeNames, name); }
QStringList modes() { return namesOf(modeNames); }

QString interest(gossip::Interest value) { return nameOf(interestNames, value); }
std::optional<gossip::Interest> interestFrom(const QString &name) { return valueOf(interestNames, name); }
QStringList interests() { return namesOf(interestNames); }

QString stopping(gossip::Stopping value) { return nameOf(stoppingNames, value); }
std::optional<gossip::Stopping> stoppingFrom(const QString &name) { return valueOf(stoppingNames, name); }
QStringList stoppings() { return namesOf(stoppingNames); }

QString reconciliation(gossip::Reconciliation value) { return nameOf(reconciliationNames, value); }
std::optional<gossip::Reconciliation> reconciliationFrom(const QString &name)
{
    return valueOf(reconciliationNames, name);
}
QStringList reconciliations() { return namesOf(reconciliationNames); }

QString partnerChoice(gossip::PartnerChoice value) { return nameOf(partnerChoiceNames, value); }
std::optional<gossip::PartnerChoice> partnerChoiceFrom(const QString &name)
{
    return valueOf(partnerChoiceNames, name);
}
QStringList partnerChoices() { return namesOf(partnerChoiceNames); }

QString interventionKind(gossip::Intervention::Kind value) { return nameOf(interventionKindNames, value); }
std::optional<gossip::Intervention::Kind> interventionKindFrom(const QString &name)
{
    return valueOf(interventionKindNames, name);
}
QStringList interventionKinds() { return namesOf(interventionKindNames); }

} // namespace Names
