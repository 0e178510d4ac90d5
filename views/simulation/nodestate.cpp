// Node states, outcome colours and their names.
#include "views/simulation/nodestate.h"

#include "views/style/citystyle.h"

#include <QCoreApplication>

NodeState nodeState(gossip::SlotState state)
{
    switch (state) {
    case gossip::SlotState::Healthy:
        return NodeState::Healthy;
    case gossip::SlotState::Outdated:
        return NodeState::Outdated;
    case gossip::SlotState::Contagious:
        return NodeState::Contagious;
    case gossip::SlotState::Immune:
        return NodeState::Immune;
    case gossip::SlotState::Down:
        return NodeState::Down;
    case gossip::SlotState::Repairing:
        return NodeState::Repairing;
    }
    return NodeState::Healthy;
}

std::optional<gossip::SlotState> slotState(NodeState state)
{
    for (int slot = 0; slot < gossip::slotStateCount; ++slot) {
        if (nodeState(gossip::SlotState(slot)) == state)
            return gossip::SlotState(slot);
    }
    return std::nullopt;
}

NodeState nodeState(const gossip::Simulation &simulation, gossip::NodeId node)
{
    return nodeState(simulation.personState(node));
}

bool isForger(const gossip::Simulation &simulation, gossip::NodeId node)
{
    return simulation.world().byzantine[node] != 0;
}

QColor nodeStateColor(NodeState state)
{
    switch (state) {
    case NodeState::Healthy:
    case NodeState::Outdated: // told apart by its hatching
        return CityStyle::color(ColourRole::BluishGreen);
    case NodeState::Contagious:
        return CityStyle::color(ColourRole::Vermillion);
    case NodeState::Immune:
        return CityStyle::color(ColourRole::Blue);
    case NodeState::Down:
        return CityStyle::color(ColourRole::Grey);
    case NodeState::Repairing:
        return CityStyle::color(ColourRole::Orange);
    case NodeState::Byzantine:
        return CityStyle::color(ColourRole::Yellow); // not reddish purple: that is "cut off"
    }
    return Qt::black;
}

QString nodeStateName(NodeState state)
{
    switch (state) {
    case NodeState::Healthy:
        return QCoreApplication::translate("NodeState", "Healthy (susceptible)");
    case NodeState::Contagious:
        return QCoreApplication::translate("NodeState", "Contagious (infective)");
    case NodeState::Immune:
        return QCoreApplication::translate("NodeState", "Immune (removed)");
    case NodeState::Down:
        return QCoreApplication::translate("NodeState", "Down");
    case NodeState::Repairing:
        return QCoreApplication::translate("NodeState", "Waiting for repair");
    case NodeState::Byzantine:
        return QCoreApplication::translate("NodeState", "Byzantine (forger)");
    case NodeState::Outdated:
        return QCoreApplication::translate("NodeState", "Outdated (old version)");
    }
    return {};
}

QColor outcomeColor(gossip::Outcome outcome)
{
    switch (outcome) {
    case gossip::Outcome::New:
        return CityStyle::color(ColourRole::Vermillion);
    case gossip::Outcome::Redundant:
        return CityStyle::color(ColourRole::SkyBlue);
    case gossip::Outcome::Lost:
        return CityStyle::color(ColourRole::DarkGrey);
    case gossip::Outcome::Refused:
        return CityStyle::color(ColourRole::Grey);
    case gossip::Outcome::CutOff:
        return CityStyle::color(ColourRole::ReddishPurple);
    case gossip::Outcome::Dropped:
        return CityStyle::color(ColourRole::Orange);
    }
    return Qt::black;
}

QString outcomeName(gossip::Outcome outcome)
{
    switch (outcome) {
    case gossip::Outcome::New:
        return QCoreApplication::translate("Outcome", "New");
    case gossip::Outcome::Redundant:
        return QCoreApplication::translate("Outcome", "Redundant");
    case gossip::Outcome::Lost:
        return QCoreApplication::translate("Outcome", "Lost");
    case gossip::Outcome::Refused:
        return QCoreApplication::translate("Outcome", "Refused (down)");
    case gossip::Outcome::CutOff:
        return QCoreApplication::translate("Outcome", "Cut off");
    case gossip::Outcome::Dropped:
        return QCoreApplication::translate("Outcome", "Dropped (cache full)");
    }
    return {};
}

QString channelName(gossip::Channel channel)
{
    switch (channel) {
    case gossip::Channel::DirectMail:
        return QCoreApplication::translate("Channel", "Direct mail");
    case gossip::Channel::AntiEntropy:
        return QCoreApplication::translate("Channel", "Anti-entropy");
    case gossip::Channel::Rumor:
        return QCoreApplication::translate("Channel", "Rumor");
    case gossip::Channel::Repair:
        return QCoreApplication::translate("Channel", "Repair");
    }
    return {};
}
