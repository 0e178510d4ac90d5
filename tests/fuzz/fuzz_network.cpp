// Fuzzes network files: read, write back, read again, equal; then a few rounds of push-pull
// anti-entropy on the network, with partners chosen nearby and a connection limit.
#include "tests/fuzz/fuzzrun.h"
#include "views/content/networkfile.h"

#include <QJsonDocument>

#include <memory>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArray json(reinterpret_cast<const char *>(data), qsizetype(size));
    QString error;
    const auto read = NetworkFile::parse(json, &error);
    if (!read) {
        fuzz::checkRefusal(error);
        return 0;
    }
    const auto again = NetworkFile::parse(QJsonDocument(NetworkFile::toJson(*read)).toJson(), &error);
    if (!again)
        fuzz::finding("a written network is refused:", error);
    if (!(*again == *read))
        fuzz::finding("a written network reads back different");
    gossip::Config config;
    config.nodes = std::uint32_t(read->siteRouter.size());
    config.network = gossip::NetworkKind::File;
    config.networkFile = std::make_shared<const gossip::NetworkDescription>(*read);
    config.partnerChoice = gossip::PartnerChoice::Spatial;
    config.connectionLimit = 1;
    config.huntLimit = 1;
    fuzz::runAFewRounds(gossip::Scenario::singleUpdate(config));
    return 0;
}
