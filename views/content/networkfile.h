// Network files: routers, the links between them and the sites on them, as strict JSON.
#pragma once

#include "engine/network.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <optional>

// Reads and writes the network format documented in resources/networks/README.md:
//   {"format": "gossiplab-network", "version": 1,
//    "routers": ["north", "south"],
//    "links": [{"name": "bridge", "between": ["north", "south"]}],
//    "sites": [{"router": "north", "count": 5}, {"router": "south", "count": 3}]}
// Sites are numbered in the order of "sites". Reading is as strict as scenario files: an
// unknown key, a name given twice, a link to a router not listed, a network that does not
// hold together is refused with one message naming the place.
class NetworkFile
{
    Q_DECLARE_TR_FUNCTIONS(NetworkFile)

public:
    static constexpr qint64 maximumBytes = 16 * 1024 * 1024;
    static constexpr qsizetype maximumNameLength = 60;

    static std::optional<gossip::NetworkDescription> read(const QString &path, QString *error);
    static std::optional<gossip::NetworkDescription> parse(const QByteArray &json, QString *error);
    // The network as an object of the format, and back (scenario and experiment files carry
    // a network read from a file inline, under the config's "networkFile"); fromJson()
    // throws JsonReader::Error naming `where`.
    static QJsonObject toJson(const gossip::NetworkDescription &network);
    static gossip::NetworkDescription fromJson(const QJsonObject &object, const QString &where);
};
