// Strict JSON reading and writing of networks.
#include "views/content/networkfile.h"

#include "engine/config.h"
#include "views/content/jsonreader.h"

#include <QHash>
#include <QJsonArray>

#include <stdexcept>

namespace {

const QString formatName = QStringLiteral("gossiplab-network");
constexpr int formatVersion = 1;

QString at(const QString &where, const QString &key)
{
    return where.isEmpty() ? key : QStringLiteral("%1.%2").arg(where, key);
}

gossip::NetworkDescription readDocument(const QJsonObject &root)
{
    return NetworkFile::fromJson(root, QString());
}

} // namespace

std::optional<gossip::NetworkDescription> NetworkFile::read(const QString &path, QString *error)
{
    return JsonReader::read(path, maximumBytes, tr("a network"), &readDocument, error);
}

std::optional<gossip::NetworkDescription> NetworkFile::parse(const QByteArray &json, QString *error)
{
    return JsonReader::parse(json, maximumBytes, tr("a network"), &readDocument, error);
}

gossip::NetworkDescription NetworkFile::fromJson(const QJsonObject &root, const QString &where)
{
    JsonReader::refuseUnknownKeys(root,
                                  {QStringLiteral("format"), QStringLiteral("version"), QStringLiteral("routers"),
                                   QStringLiteral("links"), QStringLiteral("sites")},
                                  where.isEmpty() ? tr("the file") : where);
    if (root.value(QStringLiteral("format")).toString() != formatName)
        JsonReader::fail(tr("%1 must be \"%2\"").arg(at(where, QStringLiteral("format")), formatName));
    if (root.value(QStringLiteral("version")).toInt(-1) != formatVersion)
        JsonReader::fail(tr("%1 must be %2").arg(at(where, QStringLiteral("version"))).arg(formatVersion));

    gossip::NetworkDescription network;
    QHash<QString, std::uint32_t> routerIndex;
    const QString routersAt = at(where, QStringLiteral("routers"));
    const QJsonArray routers = JsonReader::arrayAt(JsonReader::required(root, QStringLiteral("routers"), where), routersAt);
    if (routers.isEmpty() || routers.size() > qsizetype(gossip::Network::maxRouters))
        JsonReader::fail(tr("%1 must hold 1 to %2 routers (it holds %3)")
                                 .arg(routersAt)
                                 .arg(gossip::Network::maxRouters)
                                 .arg(routers.size()));
    for (qsizetype i = 0; i < routers.size(); ++i) {
        const QString name = JsonReader::stringAt(routers.at(i), QStringLiteral("%1[%2]").arg(routersAt).arg(i),
                                                  maximumNameLength);
        if (routerIndex.contains(name))
            JsonReader::fail(tr("%1[%2] names router \"%3\" a second time").arg(routersAt).arg(i).arg(name));
        routerIndex.insert(name, std::uint32_t(network.routers.size()));
        network.routers.push_back(name.toStdString());
    }
    const auto routerAt = [&routerIndex](const QJsonValue &value, const QString &place) {
        const QString name = JsonReader::stringAt(value, place, maximumNameLength);
        const auto found = routerIndex.constFind(name);
        if (found == routerIndex.constEnd())
            JsonReader::fail(tr("%1 names router \"%2\", which \"routers\" does not list").arg(place, name));
        return *found;
    };

    const QString linksAt = at(where, QStringLiteral("links"));
    const QJsonValue linksValue = root.value(QStringLiteral("links"));
    const QJsonArray links = linksValue.isUndefined() ? QJsonArray() : JsonReader::arrayAt(linksValue, linksAt);
    if (links.size() > qsizetype(gossip::Network::maxLinks))
        JsonReader::fail(tr("%1 may hold at most %2 links").arg(linksAt).arg(gossip::Network::maxLinks));
    QHash<QString, qsizetype> linkNames;
    for (qsizetype i = 0; i < links.size(); ++i) {
        const QString place = QStringLiteral("%1[%2]").arg(linksAt).arg(i);
        const QJsonObject link = JsonReader::objectAt(links.at(i), place);
        JsonReader::refuseUnknownKeys(link, {QStringLiteral("name"), QStringLiteral("between")}, place);
        const QString name = JsonReader::stringAt(JsonReader::required(link, QStringLiteral("name"), place),
                                                  place + QStringLiteral(".name"), maximumNameLength);
        if (linkNames.contains(name))
            JsonReader::fail(tr("%1 names link \"%2\" a second time").arg(place, name));
        linkNames.insert(name, i);
        const QString betweenAt = place + QStringLiteral(".between");
        const QJsonArray between = JsonReader::arrayAt(JsonReader::required(link, QStringLiteral("between"), place), betweenAt);
        if (between.size() != 2)
            JsonReader::fail(tr("%1 must name two routers (it names %2)").arg(betweenAt).arg(between.size()));
        const std::uint32_t from = routerAt(between.at(0), betweenAt + QStringLiteral("[0]"));
        const std::uint32_t to = routerAt(between.at(1), betweenAt + QStringLiteral("[1]"));
        if (from == to)
            JsonReader::fail(tr("%1 joins router \"%2\" to itself").arg(betweenAt, QString::fromStdString(network.routers[from])));
        network.links.push_back({from, to, name.toStdString()});
    }

    const QString sitesAt = at(where, QStringLiteral("sites"));
    const QJsonArray sites = JsonReader::arrayAt(JsonReader::required(root, QStringLiteral("sites"), where), sitesAt);
    for (qsizetype i = 0; i < sites.size(); ++i) {
        const QString place = QStringLiteral("%1[%2]").arg(sitesAt).arg(i);
        const QJsonObject group = JsonReader::objectAt(sites.at(i), place);
        JsonReader::refuseUnknownKeys(group, {QStringLiteral("router"), QStringLiteral("count")}, place);
        const std::uint32_t router = routerAt(JsonReader::required(group, QStringLiteral("router"), place),
                                              place + QStringLiteral(".router"));
        const auto count = std::uint32_t(JsonReader::integerIn(JsonReader::required(group, QStringLiteral("count"), place),
                                                               place + QStringLiteral(".count"), 1, gossip::maxNodes));
        if (network.siteRouter.size() + count > gossip::maxNodes)
            JsonReader::fail(tr("%1 holds more than %2 sites in all").arg(sitesAt).arg(gossip::maxNodes));
        network.siteRouter.insert(network.siteRouter.end(), count, router);
    }
    if (network.siteRouter.size() < 2)
        JsonReader::fail(tr("%1 must place at least two sites").arg(sitesAt));
    // Whether it holds together: the engine says which routers no route joins.
    try {
        const gossip::Network built(network);
    } catch (const std::invalid_argument &problem) {
        JsonReader::fail(tr("%1: %2").arg(where.isEmpty() ? tr("the network") : where, QString::fromStdString(problem.what())));
    }
    return network;
}

QJsonObject NetworkFile::toJson(const gossip::NetworkDescription &network)
{
    QJsonArray routers;
    for (const std::string &name : network.routers)
        routers.append(QString::fromStdString(name));
    QJsonArray links;
    for (const gossip::NetworkDescription::Link &link : network.links)
        links.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(link.name)},
                                 {QStringLiteral("between"),
                                  QJsonArray{QString::fromStdString(network.routers[link.from]),
                                             QString::fromStdString(network.routers[link.to])}}});
    // Sites in runs of one router each, in site order.
    QJsonArray sites;
    for (std::size_t site = 0; site < network.siteRouter.size();) {
        std::size_t end = site;
        while (end < network.siteRouter.size() && network.siteRouter[end] == network.siteRouter[site])
            ++end;
        sites.append(QJsonObject{{QStringLiteral("router"), QString::fromStdString(network.routers[network.siteRouter[site]])},
                                 {QStringLiteral("count"), qint64(end - site)}});
        site = end;
    }
    return QJsonObject{{QStringLiteral("format"), formatName},
                       {QStringLiteral("version"), formatVersion},
                       {QStringLiteral("routers"), routers},
                       {QStringLiteral("links"), links},
                       {QStringLiteral("sites"), sites}};
}
