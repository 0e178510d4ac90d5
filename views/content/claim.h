// A machine-checked claim beside a lesson's narration: what a beat says of its runs, as numbers.
#pragma once

#include "engine/types.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

#include "engine/config.h"

// One number read off a chapter's runs: a measure of its own run, of one of its compared
// runs, or of its lab runs, at a round or over the whole run.
struct ClaimTerm
{
    // What is read. Per round (at `round`): the share of people in a state (or their number
    // with `count`), coverage, the round's messages by outcome, the traffic and megabytes so
    // far, one link's conversations in the round or their mean a round so far, whether a
    // person holds exactly some strains, whether a person is in a state. Over the whole
    // run: Demers' residue, traffic, t_ave, t_last and the rounds run, and e^-m, the residue
    // Demers' law gives push for the run's traffic m. Of the lab's runs only: the share of
    // runs whose t_last lies from `from` to `to`.
    enum class Measure {
        Healthy, Outdated, Contagious, Immune, Down, Repairing, Coverage,
        Messages, NewMessages, RedundantMessages, LostMessages, RefusedMessages, DroppedMessages,
        TrafficSoFar, MegabytesSoFar, LinkTraffic, LinkTrafficMean,
        Holds, State,
        Residue, Traffic, TAverage, TLast, Rounds, ResidueForTraffic,
        FinishShare
    };
    // Over the lab's runs: the mean, deviation, least or most of a whole-run measure, or how
    // many runs there are; or a percentile of coverage at a round.
    enum class Statistic { None, Mean, StandardDeviation, Minimum, Maximum, Count, P10, P50, P90 };

    static constexpr int chapterRun = -1; // `run`: the chapter's own run
    static constexpr int labRuns = -2;    // `run`: the chapter's lab runs (labRuns)

    Measure measure = Measure::Coverage;
    int run = chapterRun;               // a comparison's index, chapterRun or labRuns
    std::optional<gossip::Round> round; // per-round measures; none: the beat's round
    bool count = false;                 // states: people (slots), not a share
    gossip::NodeId node = 0;            // Holds, State
    QStringList keys;                   // Holds: the names of the strains held, exactly
    QString state;                      // State: a state's name, as in "healthy"
    QString link;                       // LinkTraffic, LinkTrafficMean
    Statistic statistic = Statistic::None;
    gossip::Round from = 0;             // FinishShare
    gossip::Round to = 0;

    // Whether the measure is read at a round (else over the whole run).
    bool perRound() const;
    // Whether the claim is a statement, true or false, rather than a number (Holds, State).
    bool isStatement() const;

    bool operator==(const ClaimTerm &other) const = default;
};

// A claim: a term and what it must be. A statement (Holds, State) must be true; a number
// must lie from `minimum` to `maximum`, equal `equals`, or lie above or below `times`
// another term ("below a tenth of": times 0.1).
struct Claim
{
    ClaimTerm term;
    std::optional<double> minimum;
    std::optional<double> maximum;
    std::optional<double> equals;
    QList<ClaimTerm> above; // at most one: term > above
    QList<ClaimTerm> below; // at most one: term < below
    double times = 1.0;     // above and below compare with this multiple of the other term

    bool operator==(const Claim &other) const = default;
};

// What a chapter's claims may speak of: its runs, its strains and its lab.
struct ClaimContext
{
    gossip::Config chapter;
    QList<gossip::Config> comparisons;
    QStringList keyNames; // the chapter's; empty: "update", or "update 1", "update 2" ...
    int labRuns = 0;      // 0: the chapter has no lab
};

// Reads and writes claims in lesson files ("claims" of a beat or of a chapter's watch).
class ClaimFile
{
    Q_DECLARE_TR_FUNCTIONS(ClaimFile)

public:
    // The claims at `where`; throws JsonReader::Error naming the place of the first problem.
    static QList<Claim> read(const QJsonValue &value, const QString &where, const ClaimContext &context);
    static QJsonArray write(const QList<Claim> &claims);
    // The state names a State claim may give, as the engine's SlotState orders them.
    static const QStringList &stateNames();
    // A measure's and a statistic's names in files: "coverage", "p90".
    static QString measureName(ClaimTerm::Measure measure);
    static QString statisticName(ClaimTerm::Statistic statistic);
    // The names of a chapter's strains: its key names, or the default ones.
    static QStringList keyNames(const ClaimContext &context);
};
