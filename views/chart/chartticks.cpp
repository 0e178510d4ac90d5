// Ticks for the charts' value axes.
#include "views/chart/chartticks.h"

#include <QValueAxis>

#include <algorithm>
#include <cmath>

double niceStep(double span, int labels)
{
    const double rough = std::max(span / labels, 1e-9);
    const double magnitude = std::pow(10.0, std::floor(std::log10(rough)));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * magnitude >= rough)
            return factor * magnitude;
    }
    return 10.0 * magnitude;
}

int roundStep(int span, int labels)
{
    return std::max(1, int(niceStep(span, labels)));
}

void setTicks(QValueAxis *axis, double max, double interval)
{
    axis->setTickAnchor(0.0);
    if (interval >= axis->tickInterval()) {
        axis->setTickInterval(interval);
        axis->setRange(0.0, max);
    } else {
        axis->setRange(0.0, max);
        axis->setTickInterval(interval);
    }
}

void setNiceTicks(QValueAxis *axis, double max, int labels)
{
    const double step = niceStep(max, labels);
    setTicks(axis, std::ceil(1.04 * max / step - 1e-9) * step, step);
}
