// Terminal progress bar.
#include "app/cli/progressbar.h"

#include "app/cli/systeminfo.h"

#include <cstdio>

ProgressBar::ProgressBar(QString label, bool enabled)
    : m_label(std::move(label))
    , m_enabled(enabled && standardErrorIsTerminal())
{
}

ProgressBar::~ProgressBar()
{
    if (m_drawn)
        std::fputs("\r\033[K", stderr);
}

void ProgressBar::update(int done, int total, const QString &detail)
{
    if (!m_enabled || total <= 0)
        return;
    const auto now = std::chrono::steady_clock::now();
    if (m_drawn && done < total && now - m_lastDraw < std::chrono::milliseconds(100))
        return;
    m_lastDraw = now;
    m_drawn = true;
    constexpr int width = 30;
    const int filled = int(qint64(width) * done / total);
    const QString bar = QString(filled, QLatin1Char('#')) + QString(width - filled, QLatin1Char('.'));
    if (detail.isEmpty())
        std::fprintf(stderr, "\r%s [%s] %d/%d", qPrintable(m_label), qPrintable(bar), done, total);
    else
        std::fprintf(stderr, "\r%s [%s] %s\033[K", qPrintable(m_label), qPrintable(bar), qPrintable(detail));
    std::fflush(stderr);
}
