// Ticks for the charts' value axes: round steps (1, 2, 5, 10 ...) and a safe order of change.
#pragma once

class QValueAxis;

// The smallest of 1, 2, 5, 10, 20, 50 ... that is at least `span / labels`.
double niceStep(double span, int labels);

// A whole number of rounds between labels, so that about `labels` labels cover `span`.
int roundStep(int span, int labels);

// Sets an axis to run from 0 to `max` with a tick every `interval`. QtCharts lays out
// the ticks after each of the two calls, so they go in the order that never makes the
// old interval span the new range (one-round ticks on a 20,000-message axis take minutes).
void setTicks(QValueAxis *axis, double max, double interval);

// Sets an axis to reach a little above `max` in about `labels` nice steps, so the
// tallest bar or line does not look cut off by the frame.
void setNiceTicks(QValueAxis *axis, double max, int labels);
