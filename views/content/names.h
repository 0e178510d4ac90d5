// The command line's and scenario files' names for the engine's enums, in one table each.
#pragma once

#include "engine/intervention.h"
#include "engine/types.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gossip {
struct ConfigField;
}

namespace Names {

// A choice field's names joined for help: "push|pull|push-pull".
QString choices(const gossip::ConfigField &field);

QString protocol(gossip::Protocol value);
std::optional<gossip::Protocol> protocolFrom(const QString &name);
QStringList protocols();

QString mode(gossip::Mode value);
std::optional<gossip::Mode> modeFrom(const QString &name);
QStringList modes();

QString interest(gossip::Interest value);
std::optional<gossip::Interest> interestFrom(const QString &name);
QStringList interests();

QString stopping(gossip::Stopping value);
std::optional<gossip::Stopping> stoppingFrom(const QString &name);
QStringList stoppings();

QString reconciliation(gossip::Reconciliation value);
std::optional<gossip::Reconciliation> reconciliationFrom(const QString &name);
QStringList reconciliations();

QString partnerChoice(gossip::PartnerChoice value);
std::optional<gossip::PartnerChoice> partnerChoiceFrom(const QString &name);
QStringList partnerChoices();

QString interventionKind(gossip::Intervention::Kind value);
std::optional<gossip::Intervention::Kind> interventionKindFrom(const QString &name);
QStringList interventionKinds();

} // namespace Names
