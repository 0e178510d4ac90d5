// Computing a run up to a far round on a worker thread, so the window keeps answering.
#pragma once

#include "engine/history.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

// Runs its own History of `scenario` from round 0 to `target` on a worker thread. While
// it runs, reached() tells how far it has come and cancel() stops it after the round in
// hand; finished() is emitted in the thread that made it, and only then may the history
// be taken. Destroying it cancels the work and waits for the thread.
class BackgroundRun : public QObject
{
    Q_OBJECT

public:
    BackgroundRun(const gossip::Scenario &scenario, int target, QObject *parent = nullptr);
    ~BackgroundRun() override;

    void start();
    void cancel() { m_cancel = true; }
    bool cancelled() const { return m_cancel; }
    int reached() const { return m_reached; }
    int target() const { return m_target; }
    // The history at the round reached; call once, after finished().
    std::unique_ptr<gossip::History> takeHistory();

signals:
    void finished();

private:
    std::unique_ptr<gossip::History> m_history;
    QThread *m_thread = nullptr;
    int m_target = 0;
    std::atomic<int> m_reached{0};
    std::atomic<bool> m_cancel{false};
};
