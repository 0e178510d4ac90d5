// The simulation controller: history, playback, interventions and parameters.
#include "views/simulation/simulationcontroller.h"

#include "views/simulation/backgroundrun.h"

#include "engine/network.h"

#include <QLocale>

#include <algorithm>
#include <stdexcept>

SimulationController::SimulationController(QObject *parent)
    : QObject(parent)
{
    connect(&m_timer, &QTimer::timeout, this, &SimulationController::advance);
    m_progressTimer.setInterval(100);
    connect(&m_progressTimer, &QTimer::timeout, this, [this] {
        if (m_background)
            emit computingProgress(m_background->reached(), m_background->target());
    });
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Push;
    config.nodes = 400;
    config.recordMessages = true;
    load(gossip::Scenario::singleUpdate(config));
}

SimulationController::~SimulationController() = default;

// Rounds computed at once before a seek goes to a worker thread: a few frames' worth
// even for the largest town the window shows.
constexpr int roundsComputedAtOnce = 25;

bool SimulationController::seekInBackground(int target)
{
    if (isComputing())
        return true;
    target = std::max(0, target);
    if (target <= m_history->furthestRound() || target - round() <= roundsComputedAtOnce) {
        seek(target);
        return false;
    }
    computeInBackground(m_history->simulation().scenario(), target);
    return true;
}

void SimulationController::computeInBackground(const gossip::Scenario &scenario, int target)
{
    pause();
    m_background = std::make_unique<BackgroundRun>(scenario, target);
    connect(m_background.get(), &BackgroundRun::finished, this, &SimulationController::backgroundFinished);
    m_background->start();
    m_progressTimer.start();
    emit computingProgress(0, target);
}

void SimulationController::cancelComputing()
{
    if (m_background)
        m_background->cancel();
}

void SimulationController::abandonComputing()
{
    m_progressTimer.stop();
    m_background.reset(); // cancels and waits
}

void SimulationController::backgroundFinished()
{
    m_progressTimer.stop();
    const bool completed = !m_background->cancelled();
    m_history = m_background->takeHistory();
    // Deleted once this signal's emission is over.
    m_background.release()->deleteLater();
    m_highlightedMessage = -1;
    emit highlightChanged(-1);
    emit stateChanged();
    emit roundChanged(round());
    emit computingFinished(completed);
}

void SimulationController::load(const gossip::Scenario &scenario, const QStringList &keyNames)
{
    abandonComputing();
    gossip::Scenario script = scenario;
    script.config.recordMessages = true; // the city animates every message
    auto history = std::make_unique<gossip::History>(script);
    pause();
    m_script = std::move(script);
    m_history = std::move(history);
    m_handInterventions.clear();
    m_unsaved = false;
    m_pendingConfig = m_script.config;
    m_keyNames = keyNames;
    m_highlightedMessage = -1;
    m_selectedNode = -1;
    emit pendingConfigChanged();
    emit scenarioChanged();
    emit roundChanged(round());
}

const gossip::Scenario &SimulationController::script() const
{
    return m_script;
}

const gossip::Scenario &SimulationController::scenario() const
{
    return m_history->simulation().scenario();
}

QString SimulationController::keyName(gossip::KeyId key) const
{
    if (qsizetype(key) < m_keyNames.size())
        return m_keyNames.at(qsizetype(key));
    return m_script.config.keys == 1 ? tr("update") : tr("update %1").arg(key + 1);
}

int SimulationController::versionNumber(gossip::VersionId version) const
{
    // Versions are numbered in the order written across all keys; a class counts the
    // versions of one key: the first written is 1.
    const auto &versions = world().versions;
    if (version == gossip::noVersion || version >= versions.size())
        return 0;
    const gossip::KeyId key = versions[version].key;
    int number = 0;
    for (gossip::VersionId id = 1; id <= version; ++id)
        number += versions[id].key == key;
    return number;
}

QString SimulationController::versionName(gossip::VersionId version) const
{
    if (version == gossip::noVersion || version >= world().versions.size())
        return {};
    return tr("%1 v%2").arg(keyName(world().versions[version].key)).arg(versionNumber(version));
}

const gossip::Simulation &SimulationController::simulation() const
{
    return m_history->simulation();
}

gossip::Round SimulationController::round() const
{
    return m_history->round();
}

gossip::Round SimulationController::furthestRound() const
{
    return m_history->furthestRound();
}

QString SimulationController::roundLabel() const
{
    const int shown = round();
    const bool over = !canStepForward() && shown >= furthestRound();
    const auto &newest = world().newest;
    const bool written = std::any_of(newest.begin(), newest.end(), [](gossip::VersionId version) { return version != gossip::noVersion; });
    const QString number = QLocale().toString(shown);
    if (!over || (shown == 0 && !written))
        return tr("Round %1").arg(number);
    if (shown >= scenario().config.maxRounds)
        return tr("Round %1 (round limit)").arg(number);
    return tr("Round %1 (end)").arg(number);
}

bool SimulationController::canStepForward() const
{
    return m_history->canStepForward();
}

const std::vector<gossip::RoundMeasures> &SimulationController::measures() const
{
    return m_history->measures();
}

const gossip::RoundLog &SimulationController::log() const
{
    return m_history->simulation().log();
}

const std::vector<std::uint8_t> &SimulationController::cutLinks() const
{
    static const std::vector<std::uint8_t> none;
    const gossip::World &world = this->world();
    if (!world.partitioned || world.linkConversations.empty())
        return none;
    if (m_cutGroups != world.group || m_cutLinks.size() != world.linkConversations.size()) {
        m_cutGroups = world.group;
        m_cutLinks = gossip::networkFor(simulation().config())->cutLinks(world.group);
    }
    return m_cutLinks;
}

void SimulationController::setPendingConfig(const gossip::Config &config)
{
    m_pendingConfig = config;
    m_pendingConfig.recordMessages = true;
    emit pendingConfigChanged();
}

bool SimulationController::hasPendingChanges() const
{
    return !(m_pendingConfig == m_script.config);
}

int SimulationController::roundDuration() const
{
    return int(1000.0 / m_speed);
}

void SimulationController::play()
{
    if (isPlaying() || isComputing())
        return;
    if (!canStepForward())
        return;
    m_timer.start(roundDuration());
    emit playingChanged(true);
}

void SimulationController::pause()
{
    if (!isPlaying())
        return;
    m_timer.stop();
    emit playingChanged(false);
}

void SimulationController::togglePlaying()
{
    if (isPlaying())
        pause();
    else
        play();
}

void SimulationController::advance()
{
    stepForward();
    if (!canStepForward())
        pause();
}

void SimulationController::stepForward()
{
    if (isComputing())
        return;
    if (!canStepForward())
        return;
    m_history->stepForward();
    moved();
}

void SimulationController::stepBack()
{
    if (isComputing())
        return;
    if (round() == 0)
        return;
    pause();
    m_history->stepBack();
    moved();
}

void SimulationController::seek(int target)
{
    if (isComputing())
        return;
    target = std::max(0, target);
    if (target == round())
        return;
    m_history->seek(target);
    moved();
}

void SimulationController::moved()
{
    m_highlightedMessage = -1;
    emit highlightChanged(-1);
    emit roundChanged(round());
}

void SimulationController::reset()
{
    if (m_pendingConfig.nodes > std::uint32_t(maximumGuiNodes)) {
        emit problem(tr("The window shows at most %1 people; use gossiplab-cli for larger runs.")
                             .arg(QLocale().toString(maximumGuiNodes)));
        return;
    }
    // Changed parameters start the user's own run: the script's set-up on the new
    // parameters, without the script's later interventions (its crashes, its partitions).
    const gossip::Scenario script = hasPendingChanges() ? m_script.ownRun(m_pendingConfig) : m_script;
    try {
        load(script, m_keyNames);
    } catch (const std::invalid_argument &error) {
        emit problem(tr("These parameters cannot be simulated: %1").arg(QString::fromStdString(error.what())));
    }
}

void SimulationController::setSpeed(double speed)
{
    speed = std::clamp(speed, minimumSpeed, maximumSpeed);
    if (speed == m_speed)
        return;
    m_speed = speed;
    if (isPlaying())
        m_timer.setInterval(roundDuration());
    emit speedChanged(m_speed);
}

void SimulationController::setHighlightedMessage(int message)
{
    if (message < -1 || message >= int(log().messages.size()))
        message = -1;
    if (message == m_highlightedMessage)
        return;
    m_highlightedMessage = message;
    emit highlightChanged(message);
}

void SimulationController::setSelectedNode(int node)
{
    if (node < -1 || node >= int(world().nodes))
        node = -1;
    if (node == m_selectedNode)
        return;
    m_selectedNode = node;
    emit selectionChanged(node);
}

void SimulationController::intervene(const gossip::Intervention &intervention)
{
    if (isComputing())
        return;
    try {
        m_history->intervene(intervention);
    } catch (const std::invalid_argument &error) {
        emit problem(tr("That change cannot be made: %1").arg(QString::fromStdString(error.what())));
        return;
    }
    gossip::Intervention recorded = intervention;
    recorded.round = round();
    m_handInterventions << recorded;
    m_unsaved = true;
    emit stateChanged();
}

void SimulationController::undoIntervention()
{
    if (m_handInterventions.isEmpty() || isComputing())
        return;
    pause();
    const gossip::Intervention last = m_handInterventions.takeLast();
    // The run without it: the same scenario less its last record of that intervention,
    // computed again up to the round on screen.
    gossip::Scenario scenario = m_history->simulation().scenario();
    const auto found = std::find(scenario.interventions.rbegin(), scenario.interventions.rend(), last);
    if (found != scenario.interventions.rend())
        scenario.interventions.erase(std::next(found).base());
    const int shown = round();
    m_unsaved = !m_handInterventions.isEmpty();
    if (shown > roundsComputedAtOnce) {
        computeInBackground(scenario, shown);
        return;
    }
    m_history = std::make_unique<gossip::History>(scenario);
    m_history->seek(shown);
    m_highlightedMessage = -1;
    emit stateChanged();
    emit roundChanged(round());
}

void SimulationController::crash(gossip::NodeId node)
{
    intervene({0, gossip::Intervention::Kind::Crash, {node}, 0});
}

void SimulationController::recover(gossip::NodeId node)
{
    intervene({0, gossip::Intervention::Kind::Recover, {node}, 0});
}

void SimulationController::makeByzantine(gossip::NodeId node)
{
    intervene({0, gossip::Intervention::Kind::Byzantine, {node}, 0});
}

void SimulationController::writeUpdate(gossip::NodeId node, gossip::KeyId key)
{
    intervene({0, gossip::Intervention::Kind::Write, {node}, key});
}

void SimulationController::partition(const std::vector<gossip::NodeId> &group)
{
    intervene({0, gossip::Intervention::Kind::Partition, group, 0});
}

void SimulationController::heal()
{
    intervene({0, gossip::Intervention::Kind::Heal, {}, 0});
}
