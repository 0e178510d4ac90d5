// Checks what a chapter's narration claims against the runs it describes.
#pragma once

#include "engine/batch.h"
#include "views/content/chapter.h"

#include <QCoreApplication>
#include <QStringList>

#include <map>
#include <optional>

// Reads the numbers a chapter's claims speak of off its runs: the chapter's own run and
// its compared runs simulated with their scripts (no hand-made change), and its lab runs
// as the stage races them. A claim without a round is read at its beat's round (a watch
// claim at the key frame); a run that ended before a round is read at its last round,
// as the window shows it then.
class ClaimCheck
{
    Q_DECLARE_TR_FUNCTIONS(ClaimCheck)

public:
    explicit ClaimCheck(const Chapter &chapter);

    // The number `term` reads, at `round` when it names none; a statement is 1 when true.
    double value(const ClaimTerm &term, gossip::Round round);
    // Nothing when the claim holds at `round`; else what was found, in one line.
    std::optional<QString> check(const Claim &claim, gossip::Round round);
    // Every claim of the chapter, its watch's and each beat's: what does not hold.
    QStringList failures();

private:
    const gossip::Scenario &scenarioOf(int run) const;
    const gossip::BatchResult &lab();
    // "coverage of comparison 2 at round 5".
    QString describe(const ClaimTerm &term, gossip::Round round) const;

    const Chapter &m_chapter;
    std::optional<gossip::BatchResult> m_lab;
};
