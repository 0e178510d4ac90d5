// The lab's table as CSV.
#pragma once

#include "views/lab/labresult.h"

#include <QByteArray>

// summary.csv: a header row, then one row per entry (and per sweep value) with name,
// value (empty without a sweep), runs, and the means of residue, traffic, t_ave, t_last
// and rounds (the command line's JSON fields of the same names), then their standard
// deviations, messages and bytes. Numbers are written in the shortest form that reads
// back as the same double.
QByteArray labSummaryCsv(const LabResult &result);
