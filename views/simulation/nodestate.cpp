// Node states, outcome colours and their names.
#include "views/simulation/nodestate.h"

#include <QCoreApplication>

NodeState nodeState(const gossip::Simulation &simulation, gossip::NodeId node)
{
    const gossip::World &world = simulation.world();
    if (world.byzantine[node])
        return NodeState::Byzantine;
    switch (world.health[node]) {
    case gossip::NodeHealth::Down:
        return NodeState::Down;
    case gossip::NodeHealth::NeedsRepair:
        return NodeState::Repairing;
    case gossip::NodeHealth::Up:
        break;
    }
    bool lacks = false;
    bool anyWritten = false;
    for (gossip::KeyId key = 0; key < world.keys; ++key) {
        if (simulation.spreading(node, key))
            return NodeState::Contagious;
        lacks = lacks || simulation.version(node, key) < world.newest[key];
        anyWritten = anyWritten || world.newest[key] != gossip::noVersion;
    }
    // Before anything is written nobody is immune to it: everyone is healthy.
    return lacks || !anyWritten ? NodeState::Healthy : NodeState::Immune;
}

QColor nodeStateColor(NodeState state)
{
    switch (state) {
    case NodeState::Healthy:
        return QColor(0x00, 0x9E, 0x73);
    case NodeState::Contagious:
        return QColor(0xD5, 0x5E, 0x00);
    case NodeState::Immune:
        return QColor(0x00, 0x72, 0xB2);
    case NodeState::Down:
        return QColor(0x99, 0x99, 0x99);
    case NodeState::Repairing:
        return QColor(0xE6, 0x9F, 0x00);
    case NodeState::Byzantine:
        return QColor(0xCC, 0x79, 0xA7);
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
        return QCoreApplication::translate("NodeState", "Byzantine");
    }
    return {};
}

QColor outcomeColor(gossip::Outcome outcome)
{
    switch (outcome) {
    case gossip::Outcome::New:
        return QColor(0xD5, 0x5E, 0x00);
    case gossip::Outcome::Redundant:
        return QColor(0x56, 0xB4, 0xE9);
    case gossip::Outcome::Lost:
        return QColor(0x33, 0x33, 0x33);
    case gossip::Outcome::Refused:
        return QColor(0x99, 0x99, 0x99);
    case gossip::Outcome::CutOff:
        return QColor(0xCC, 0x79, 0xA7);
    case gossip::Outcome::Dropped:
        return QColor(0xE6, 0x9F, 0x00);
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
