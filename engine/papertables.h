// The figures Demers et al. (1987) printed in Tables 1 to 3, to set beside ours.
#pragma once

#include "engine/config.h"

#include <optional>

namespace gossip {

// One row of the paper's rumor-mongering tables, for 1000 sites: residue s, traffic m,
// and the mean and last receive times t_ave and t_last. Tables 1 and 2 are from the
// printed CSL-89-1 report; Table 3's figures come from secondary notes (see the README).
struct PaperRow
{
    int table = 0;
    double residue = 0.0;
    double traffic = 0.0;
    double tAverage = 0.0;
    double tLast = 0.0;
};

// The paper's row for `config`, if it is one of them: rumor mongering on 1000 nodes with
// no loss, faults, or backup, push with feedback and counter (Table 1, k = 1..5), push
// blind coin (Table 2, k = 1..5), or pull with feedback and counter (Table 3, k = 1..3).
std::optional<PaperRow> paperRow(const Config &config);

} // namespace gossip
