// The transport bar.
#include "views/controls/transportbar.h"

#include "views/simulation/simulationcontroller.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QLabel>
#include <QLocale>
#include <QSignalBlocker>
#include <QSlider>
#include <QStyle>
#include <QToolTip>

#include <algorithm>

namespace {

constexpr double speeds[] = {0.25, 0.5, 1.0, 2.0, 4.0, 8.0, 16.0};

} // namespace

TransportBar::TransportBar(SimulationController *controller, QWidget *parent)
    : QToolBar(parent)
    , m_controller(controller)
    , m_stepBack(new QAction(this))
    , m_play(new QAction(this))
    , m_step(new QAction(this))
    , m_reset(new QAction(this))
    , m_speedLabel(new QLabel(this))
    , m_speed(new QComboBox(this))
    , m_timeline(new QSlider(Qt::Horizontal, this))
    , m_round(new QLabel(this))
{
    setObjectName(QStringLiteral("transport"));
    m_round->setObjectName(QStringLiteral("round"));
    setMovable(false);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_stepBack->setIcon(style()->standardIcon(QStyle::SP_MediaSeekBackward));
    m_stepBack->setShortcut(Qt::Key_Left);
    m_play->setShortcut(Qt::Key_Space);
    m_step->setIcon(style()->standardIcon(QStyle::SP_MediaSeekForward));
    m_step->setShortcut(Qt::Key_Right);
    m_reset->setIcon(style()->standardIcon(QStyle::SP_MediaSkipBackward));
    m_reset->setShortcut(Qt::Key_R);
    for (double speed : speeds)
        m_speed->addItem(QString(), speed);
    m_speed->setObjectName(QStringLiteral("speed"));
    // A click on the speed box leaves the keyboard with the window: Home, the arrows and
    // Space keep stepping the story instead of changing the speed. Tab still reaches it.
    m_speed->setFocusPolicy(Qt::TabFocus);
    m_timeline->setMinimumWidth(160);
    QFont roundFont = m_round->font();
    roundFont.setBold(true);
    roundFont.setPointSizeF(roundFont.pointSizeF() * 1.25);
    m_round->setFont(roundFont);
    m_round->setMinimumWidth(m_round->fontMetrics().horizontalAdvance(QStringLiteral("Round 0000 of 0000")));

    addAction(m_stepBack);
    addAction(m_play);
    addAction(m_step);
    addAction(m_reset);
    addSeparator();
    addWidget(m_speedLabel);
    addWidget(m_speed);
    addSeparator();
    addWidget(m_timeline);
    addWidget(m_round);

    connect(m_stepBack, &QAction::triggered, m_controller, &SimulationController::stepBack);
    connect(m_play, &QAction::triggered, this, &TransportBar::play);
    connect(m_step, &QAction::triggered, m_controller, [this] {
        m_controller->pause();
        m_controller->stepForward();
    });
    connect(m_reset, &QAction::triggered, m_controller, &SimulationController::reset);
    connect(m_speed, &QComboBox::currentIndexChanged, this,
            [this](int index) { m_controller->setSpeed(m_speed->itemData(index).toDouble()); });
    // Once a speed is chosen the keys go back to the story (the window's shortcuts).
    connect(m_speed, &QComboBox::activated, this, [this] {
        if (m_speed->hasFocus() && parentWidget())
            parentWidget()->setFocus(Qt::OtherFocusReason);
    });
    connect(m_timeline, &QSlider::valueChanged, m_controller, &SimulationController::seek);
    connect(m_controller, &SimulationController::roundChanged, this, &TransportBar::showRound);
    connect(m_controller, &SimulationController::scenarioChanged, this, &TransportBar::showRound);
    connect(m_controller, &SimulationController::stateChanged, this, &TransportBar::showRound);
    connect(m_controller, &SimulationController::playingChanged, this, &TransportBar::showPlaying);
    connect(m_controller, &SimulationController::speedChanged, this, &TransportBar::showSpeed);

    retranslate();
    showRound();
    showPlaying(m_controller->isPlaying());
    showSpeed(m_controller->speed());
}

void TransportBar::retranslate()
{
    m_stepBack->setText(tr("Back"));
    m_stepBack->setToolTip(tr("Step back one round (Left)"));
    m_step->setText(tr("Step"));
    m_step->setToolTip(tr("Step forward one round (Right)"));
    m_reset->setText(tr("Reset"));
    m_reset->setToolTip(tr("Back to round 0, applying changed parameters (R)"));
    m_speedLabel->setText(tr("Speed "));
    m_speed->setToolTip(tr("How fast Play goes: at 1× a round takes a second"));
    for (int i = 0; i < m_speed->count(); ++i)
        m_speed->setItemText(i, tr("%1×").arg(m_speed->itemData(i).toDouble()));
    m_timeline->setToolTip(tr("Drag to go to any round computed so far"));
    if (isVisible())
        fixPlayWidth();
    showPlaying(m_controller->isPlaying());
    showRound();
}

void TransportBar::showRound()
{
    const int furthest = m_controller->furthestRound();
    {
        const QSignalBlocker blocker(m_timeline);
        m_timeline->setRange(0, furthest);
        m_timeline->setValue(m_controller->round());
    }
    m_round->setText(m_controller->roundLabel());
    m_stepBack->setEnabled(m_controller->round() > 0);
    m_step->setEnabled(m_controller->canStepForward());
}

void TransportBar::play()
{
    if (m_controller->isPlaying() || m_controller->canStepForward()) {
        m_notice.clear();
        m_controller->togglePlaying();
        return;
    }
    // Play that does nothing says why, where the eye is: beside the button.
    const gossip::World &world = m_controller->world();
    const bool written = std::any_of(world.newest.begin(), world.newest.end(),
                                     [](gossip::VersionId version) { return version != gossip::noVersion; });
    const int limit = m_controller->scenario().config.maxRounds;
    if (m_controller->round() >= limit)
        m_notice = tr("The run stops at its round limit (round %1). Raise Round limit in Parameters and Apply "
                      "to go further.").arg(QLocale().toString(limit));
    else if (written)
        m_notice = tr("The run is over: nothing is left to spread. Step back, or Reset (R) to watch it again.");
    else
        m_notice = tr("Nothing to play yet: nobody holds an update, so no round would change anything. "
                      "The next step of the story (Page Down) brings one.");
    QWidget *button = widgetForAction(m_play);
    QToolTip::showText(button ? button->mapToGlobal(QPoint(0, button->height())) : mapToGlobal(QPoint()), m_notice,
                       button ? button : this);
}

void TransportBar::showPlaying(bool playing)
{
    m_play->setIcon(style()->standardIcon(playing ? QStyle::SP_MediaPause : QStyle::SP_MediaPlay));
    m_play->setText(playing ? tr("Pause") : tr("Play"));
    m_play->setToolTip(playing ? tr("Pause (Space)") : tr("Play (Space)"));
}

void TransportBar::showEvent(QShowEvent *event)
{
    // Measured once the button is polished: before, its size hint leaves the text no room.
    QToolBar::showEvent(event);
    fixPlayWidth();
    showPlaying(m_controller->isPlaying());
}

void TransportBar::fixPlayWidth()
{
    // The button keeps the width of its wider name, so the toolbar does not shift on play.
    QWidget *button = widgetForAction(m_play);
    if (!button)
        return;
    button->setMinimumWidth(0);
    button->setMaximumWidth(QWIDGETSIZE_MAX);
    int widest = 0;
    for (const QString &text : {tr("Pause"), tr("Play")}) {
        m_play->setText(text);
        button->ensurePolished();
        widest = std::max(widest, button->sizeHint().width());
    }
    button->setFixedWidth(widest);
}

void TransportBar::showSpeed(double speed)
{
    const QSignalBlocker blocker(m_speed);
    m_speed->setCurrentIndex(std::max(0, m_speed->findData(speed)));
}

void TransportBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QToolBar::changeEvent(event);
}
