// One chapter of a lesson: its narration in beats, its scenario and what to watch.
#pragma once

#include "engine/scenario.h"
#include "views/content/claim.h"
#include "views/content/colourrole.h"
#include "views/content/localizedtext.h"

#include <QList>
#include <QString>
#include <QStringList>

// A step of a chapter's narration, shown once the simulation has reached `round`;
// moving to a beat moves the simulation to its round, so words and pictures go together.
struct Beat
{
    gossip::Round round = 0;
    LocalizedText narration;
    // What the narration says of the runs, as checked claims (at the beat's round unless
    // a claim names another).
    QList<Claim> claims;

    bool operator==(const Beat &other) const = default;
};

// A run drawn beside the chapter's own on the comparison chart.
struct ComparisonRun
{
    // Coverage, the megabytes or the messages a person sent so far, or the conversations
    // crossing one link of the run's network in each round (`link` names it).
    enum class Measure { Coverage, CumulativeMegabytes, LinkTraffic, CumulativeMessages };
    // The measures that add up round by round ("so far"): their chart grows with the round.
    bool isCumulative() const { return measure == Measure::CumulativeMegabytes || measure == Measure::CumulativeMessages; }

    LocalizedText label;
    ColourRole colour = ColourRole::Black;
    gossip::Scenario scenario;
    Measure measure = Measure::Coverage;
    QString link; // Measure::LinkTraffic: the link's name

    bool operator==(const ComparisonRun &other) const = default;
};

// A chapter: the story told in beats over a scripted scenario. "Reset chapter" returns
// to `scenario`; the user may change parameters and intervene in between.
struct Chapter
{
    QString id; // unique in its lesson, used in file names after the chapter's number, e.g. "direct-mail"
    LocalizedText title;
    LocalizedText watch; // what to watch
    QList<Claim> watchClaims; // what `watch` says of the runs (at the key frame unless a claim names a round)
    gossip::Scenario scenario;
    QStringList keyNames;
    QList<Beat> beats;          // at least one, in increasing round order
    gossip::Round keyFrame = 0; // the round that shows the chapter best, for exports
    bool showTheory = false;
    QList<ComparisonRun> comparisons;
    // With runs, the chart column shows the lab: the chapter's run raced this many times
    // (its spread, when the runs finished, what they left behind).
    int labRuns = 0;

    // The index of the beat to show at `round`: the last one whose round is not after it.
    int beatAt(gossip::Round round) const;

    bool operator==(const Chapter &other) const = default;
};
