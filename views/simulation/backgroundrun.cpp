// The worker thread of a far seek.
#include "views/simulation/backgroundrun.h"

#include <QThread>

BackgroundRun::BackgroundRun(const gossip::Scenario &scenario, int target, QObject *parent)
    : QObject(parent)
    , m_history(std::make_unique<gossip::History>(scenario))
    , m_target(target)
{
}

BackgroundRun::~BackgroundRun()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
    }
}

void BackgroundRun::start()
{
    // Only the worker touches the history until finished(); the window reads m_reached.
    m_thread = QThread::create([this] {
        gossip::History &history = *m_history;
        while (history.round() < m_target && history.canStepForward() && !m_cancel) {
            history.stepForward();
            m_reached = history.round();
        }
    });
    m_thread->setParent(this);
    connect(m_thread, &QThread::finished, this, &BackgroundRun::finished);
    m_thread->start(QThread::LowPriority);
}

std::unique_ptr<gossip::History> BackgroundRun::takeHistory()
{
    return std::move(m_history);
}
