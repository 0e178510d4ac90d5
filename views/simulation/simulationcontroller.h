// The one owner of the running simulation: its history, timer, speed and selection.
#pragma once

#include "engine/history.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <QTimer>

#include <memory>

// Owns the simulation the window shows. Widgets read from it and ask it for changes; none
// keeps its own copy of engine state. It emits roundChanged() once per round moved (never
// once per message), stateChanged() when an intervention changes the current round, and
// scenarioChanged() when a new scenario is loaded or reset.
class BackgroundRun;

class SimulationController : public QObject
{
    Q_OBJECT

public:
    static constexpr double minimumSpeed = 0.25;
    static constexpr double maximumSpeed = 16.0;
    static constexpr int maximumGuiNodes = 10'000;

    explicit SimulationController(QObject *parent = nullptr);
    ~SimulationController() override;

    // Loads a scenario (and the names of its keys, e.g. the strains T, R, S, Y) and goes
    // to round 0. Throws std::invalid_argument if the scenario is invalid.
    void load(const gossip::Scenario &scenario, const QStringList &keyNames = {});
    // The scenario that reset() returns to: the script plus any parameter change applied.
    const gossip::Scenario &script() const;
    // The scenario actually running: the script plus the interventions made by hand.
    const gossip::Scenario &scenario() const;
    QStringList keyNames() const { return m_keyNames; }
    QString keyName(gossip::KeyId key) const;
    // Which of its key's versions `version` is: 1 for the first written, 0 for none.
    int versionNumber(gossip::VersionId version) const;
    // A version as people read it: the key's name and its number, "Xiao B v2".
    QString versionName(gossip::VersionId version) const;

    const gossip::Simulation &simulation() const;
    const gossip::World &world() const { return simulation().world(); }
    gossip::Round round() const;
    // The furthest round computed; rounds up to it replay unchanged.
    gossip::Round furthestRound() const;
    bool canStepForward() const;
    // The round as the toolbar and presentation mode say it: "Round 5", "Round 12 (end)",
    // "Round 1 (round limit)"; a run that has not started (nothing written) has no end yet.
    QString roundLabel() const;
    // Measures of rounds 0 .. furthestRound(); views show those up to round().
    const std::vector<gossip::RoundMeasures> &measures() const;
    // Every message of the current round.
    const gossip::RoundLog &log() const;
    // On a network under a partition, per link: 1 where the partition cuts it (see
    // gossip::Network::cutLinks()); empty otherwise. Worked out once per partition.
    const std::vector<std::uint8_t> &cutLinks() const;

    // Interventions made by hand in this run, the last one last.
    qsizetype handInterventionCount() const { return m_handInterventions.size(); }
    // Whether hand-made interventions were made since the run was loaded or last saved.
    bool hasUnsavedInterventions() const { return m_unsaved; }
    void markSaved() { m_unsaved = false; }

    // Parameters edited in the GUI; they take effect on reset().
    const gossip::Config &pendingConfig() const { return m_pendingConfig; }
    void setPendingConfig(const gossip::Config &config);
    bool hasPendingChanges() const;

    bool isPlaying() const { return m_timer.isActive(); }
    double speed() const { return m_speed; }
    // How long one round lasts on screen at the current speed, in milliseconds.
    int roundDuration() const;

    // The message of log() to highlight, or -1.
    int highlightedMessage() const { return m_highlightedMessage; }
    // The selected node, or -1.
    int selectedNode() const { return m_selectedNode; }

public slots:
    void play();
    void pause();
    void togglePlaying();
    void stepForward();
    void stepBack();
    void seek(int round);
    // Goes to a round that takes long to compute on a worker thread, showing the round it
    // is at until done; computingProgress() tells how far it has come and
    // computingFinished() when it is there (or cancelled there). Returns false, having
    // simply seeked, when the round is near enough to compute at once.
    bool seekInBackground(int target);
    // Stops a computation started by seekInBackground(); the run stays at the round reached.
    void cancelComputing();
    bool isComputing() const { return m_background != nullptr; }
    // Returns to round 0 of the script. With pending parameter changes it starts the
    // user's own run instead: gossip::Scenario::ownRun() of the script.
    void reset();
    void setSpeed(double speed);
    void setHighlightedMessage(int message);
    void setSelectedNode(int node);

    // Interventions at the current round; each is recorded, so step back and replay keep it.
    void intervene(const gossip::Intervention &intervention);
    // Takes back the last intervention made by hand (Ctrl+Z): the run is as if it had never
    // been made, at the same round. Does nothing when there is none.
    void undoIntervention();
    void crash(gossip::NodeId node);
    void recover(gossip::NodeId node);
    void makeByzantine(gossip::NodeId node);
    void writeUpdate(gossip::NodeId node, gossip::KeyId key = 0);
    void partition(const std::vector<gossip::NodeId> &group);
    void heal();

signals:
    void scenarioChanged();
    void roundChanged(int round);
    void stateChanged();
    void playingChanged(bool playing);
    void speedChanged(double speed);
    void pendingConfigChanged();
    void highlightChanged(int message);
    void selectionChanged(int node);
    // An intervention or parameter could not be applied; `message` says why.
    void problem(const QString &message);
    void computingProgress(int round, int target);
    void computingFinished(bool completed);

private:
    void advance();
    void moved();
    // Computes `scenario` up to `target` on a worker thread, then shows it.
    void computeInBackground(const gossip::Scenario &scenario, int target);
    void backgroundFinished();
    // Drops a computation without showing its result (a new scenario replaces it).
    void abandonComputing();

    std::unique_ptr<gossip::History> m_history;
    // cutLinks() for the partition groups it was worked out for.
    mutable std::vector<std::uint8_t> m_cutGroups;
    mutable std::vector<std::uint8_t> m_cutLinks;
    std::unique_ptr<BackgroundRun> m_background;
    QTimer m_progressTimer;
    QList<gossip::Intervention> m_handInterventions; // as recorded, with their rounds
    bool m_unsaved = false;
    gossip::Scenario m_script;
    gossip::Config m_pendingConfig;
    QStringList m_keyNames;
    QTimer m_timer;
    double m_speed = 1.0;
    int m_highlightedMessage = -1;
    int m_selectedNode = -1;
};
