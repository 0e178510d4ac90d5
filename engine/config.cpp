// Validation of a simulation's configuration against the field table.
#include "engine/config.h"

#include "engine/configschema.h"
#include "engine/network.h"

namespace gossip {

std::optional<ConfigProblem> validate(const Config &config)
{
    for (const ConfigField &field : configFields()) {
        if (!field.inputOnly && !field.accepts(field.get(config)))
            return ConfigProblem{std::string(field.key), "must be " + field.describeRange()};
    }
    if (config.protocol == Protocol::DirectMail && config.mode != Mode::Push)
        return ConfigProblem{"mode", "direct mail only pushes"};
    if (config.protocol != Protocol::Rumor && config.backupEvery != 0)
        return ConfigProblem{"backupEvery", "anti-entropy backup applies to rumor mongering only"};
    if (config.network == NetworkKind::File && !config.networkFile)
        return ConfigProblem{"network", "file needs a network file: give its path"};
    if (config.network == NetworkKind::File && config.networkFile->siteRouter.size() != config.nodes)
        return ConfigProblem{"nodes", "must be the network file's " + std::to_string(config.networkFile->siteRouter.size())
                                              + " sites"};
    if (config.network == NetworkKind::TwoTowns && config.smallTown >= config.nodes)
        return ConfigProblem{"smallTown", "must be fewer than the " + std::to_string(config.nodes) + " people"};

    return std::nullopt;
}

} // namespace gossip
