// The per-round trace of runs as CSV, one row per run and round.
#pragma once

#include "engine/measures.h"

#include <ostream>
#include <vector>

namespace gossip {

// Writes the header line of a trace.
void writeTraceHeader(std::ostream &out);
// Writes one row per round of run `run`; the format is fixed so traces compare byte for byte.
void writeTraceRows(std::ostream &out, int run, const std::vector<RoundMeasures> &rounds);

} // namespace gossip
