// The registry of mechanisms: which unit runs each Protocol.
#include "engine/antientropy.h"
#include "engine/directmail.h"
#include "engine/rumor.h"

#include <stdexcept>

namespace gossip {

std::unique_ptr<Mechanism> makeMechanism(const Config &config)
{
    // A new mechanism is a file pair plus its line here (and its name in configschema.cpp).
    switch (config.protocol) {
    case Protocol::DirectMail:
        return std::make_unique<DirectMail>(config);
    case Protocol::AntiEntropy:
        return std::make_unique<AntiEntropy>(config);
    case Protocol::Rumor:
        return std::make_unique<Rumor>(config);
    }
    throw std::invalid_argument("protocol has no mechanism");
}

} // namespace gossip
