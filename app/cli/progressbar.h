// A progress bar on stderr for long command-line runs, shown only on a terminal.
#pragma once

#include <QString>

#include <chrono>

// Draws "label [#####.....] done/total" on one terminal line, at most ten times a second.
// Does nothing when stderr is not a terminal, so scripts and logs see no noise.
class ProgressBar
{
public:
    explicit ProgressBar(QString label, bool enabled);
    ~ProgressBar();

    // `detail`, if any, follows the count, e.g. "round 12".
    void update(int done, int total, const QString &detail = {});

private:
    QString m_label;
    bool m_enabled = false;
    bool m_drawn = false;
    std::chrono::steady_clock::time_point m_lastDraw;
};
