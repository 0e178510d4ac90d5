// The registry of partner choices: which chooser each PartnerChoice value means.
#pragma once

#include "engine/config.h"
#include "engine/networkpartners.h"
#include "engine/scriptedpartners.h"
#include "engine/spatialpartners.h"
#include "engine/uniformpartners.h"

#include <stdexcept>

namespace gossip {

// The choosers a run may need, built once per run.
struct PartnerChoosers
{
    UniformPartners uniform;
    SpatialPartners spatial;         // on the complete network: a ring's d^-a
    NetworkPartners networkSpatial;  // on a network: Demers' Q_s(d)^-a
    ScriptedPartners scripted;

    PartnerChoosers(const Config &config, const std::shared_ptr<const Network> &network)
        : uniform{config.nodes}
        , spatial(config.partnerChoice == PartnerChoice::Spatial && !network
                          ? SpatialPartners(config.nodes, config.spatialExponent)
                          : SpatialPartners())
        , networkSpatial(config.partnerChoice == PartnerChoice::Spatial && network
                                 ? NetworkPartners::shared(network, config.spatialExponent)
                                 : NetworkPartners())
        , scripted{{config.nodes}}
    {
    }
};

// Calls `visit` with the chooser of config.partnerChoice, so a round's loop is compiled
// once per chooser and picks each partner without dispatch. A new partner choice is a
// chooser (a file pair) plus its line here; a value without one throws.
template<typename Visit>
decltype(auto) withPartners(const Config &config, const PartnerChoosers &choosers, Visit &&visit)
{
    switch (config.partnerChoice) {
    case PartnerChoice::Uniform:
        return visit(choosers.uniform);
    case PartnerChoice::Spatial:
        if (config.network != NetworkKind::Complete)
            return visit(choosers.networkSpatial);
        return visit(choosers.spatial);
    case PartnerChoice::Scripted:
        return visit(choosers.scripted);
    }
    throw std::invalid_argument("partnerChoice has no partner chooser");
}

} // namespace gossip
