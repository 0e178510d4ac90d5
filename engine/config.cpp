// Validation of a simulation's configuration against the field table.
#include "engine/config.h"

#include "engine/configschema.h"

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
    return std::nullopt;
}

} // namespace gossip
