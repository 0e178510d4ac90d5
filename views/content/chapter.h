// One chapter of the lesson: its narration in beats, its scenario and what to watch.
#pragma once

#include "engine/scenario.h"

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>

// A step of a chapter's narration, shown once the simulation has reached `round`;
// moving to a beat moves the simulation to its round, so words and pictures go together.
struct Beat
{
    gossip::Round round = 0;
    QString narration;
};

// A run drawn beside the chapter's own on the chart (chapters 8 and 11).
struct ComparisonRun
{
    enum class Measure { Coverage, CumulativeMegabytes };

    QString label;
    QColor color;
    gossip::Scenario scenario;
    Measure measure = Measure::Coverage;
};

// A chapter: the story told in beats over a scripted scenario. "Reset chapter" returns
// to `scenario`; the user may change parameters and intervene in between.
struct Chapter
{
    QString id;    // used in file names, e.g. "04-direct-mail"
    QString title;
    QString watch; // what to watch
    gossip::Scenario scenario;
    QStringList keyNames;
    QList<Beat> beats;
    gossip::Round keyFrame = 0; // the round that shows the chapter best, for exports
    bool showTheory = false;
    QList<ComparisonRun> comparisons;

    // The index of the beat to show at `round`: the last one whose round is not after it.
    int beatAt(gossip::Round round) const;
};
