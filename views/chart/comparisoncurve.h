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
    QString yTitleShort; // where the plot is too short for yTitle
    QString chartTitle; // the chart takes the first curve's, like yTitle
    // A total that adds up round by round: drawn up to the round the city shows, its
    // value then in the legend (`soFar`, with %1 the label and %2 the value).
    bool growing = false;
    QString soFar;
    // Curves of the same measure share a chart: 0 in the first place, 1 in the second.
    int chart = 0;
};
