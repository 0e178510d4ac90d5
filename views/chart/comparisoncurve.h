// One finished run drawn as a curve on the comparison chart of the lesson's last chapters.
#pragma once

#include <QColor>
#include <QList>
#include <QPointF>
#include <QString>

// A labelled curve of (round, value) points; the chart titles its vertical axis with
// the first curve's `yTitle`, so curves shown together should measure the same thing.
struct ComparisonCurve
{
    QString label;
    QColor color;
    QList<QPointF> points;
    QString yTitle;
    QString chartTitle; // the chart takes the first curve's, like yTitle
};
