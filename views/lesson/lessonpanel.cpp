// The lesson panel.
#include "views/lesson/lessonpanel.h"

#include "views/lesson/lesson.h"
#include "views/simulation/simulationcontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

LessonPanel::LessonPanel(SimulationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_chapters(Lesson::chapters())
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_narration(new QLabel(this))
    , m_watchHeading(new QLabel(this))
    , m_watch(new QLabel(this))
    , m_previous(new QPushButton(this))
    , m_next(new QPushButton(this))
    , m_reset(new QPushButton(this))
{
    QFont titleFont = font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    QFont narrationFont = font();
    narrationFont.setPointSizeF(narrationFont.pointSizeF() * 1.2);
    m_narration->setFont(narrationFont);
    m_narration->setWordWrap(true);
    m_narration->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_narration->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headingFont = font();
    headingFont.setBold(true);
    m_watchHeading->setFont(headingFont);
    m_watch->setWordWrap(true);
    m_watch->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_progress->setForegroundRole(QPalette::PlaceholderText);

    auto *text = new QWidget;
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_title);
    textLayout->addWidget(m_progress);
    textLayout->addWidget(m_narration);
    textLayout->addSpacing(8);
    textLayout->addWidget(m_watchHeading);
    textLayout->addWidget(m_watch);
    textLayout->addStretch();
    auto *scroll = new QScrollArea;
    scroll->setWidget(text);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_previous);
    buttons->addWidget(m_next);
    buttons->addStretch();
    buttons->addWidget(m_reset);

    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(scroll, 1);
    layout->addLayout(buttons);

    connect(m_list, &QListWidget::currentRowChanged, this, &LessonPanel::setChapter);
    connect(m_previous, &QPushButton::clicked, this, &LessonPanel::previousBeat);
    connect(m_next, &QPushButton::clicked, this, &LessonPanel::nextBeat);
    connect(m_reset, &QPushButton::clicked, this, &LessonPanel::resetChapter);
    connect(m_controller, &SimulationController::roundChanged, this, &LessonPanel::showBeat);

    retranslate();
    setChapter(0);
}

QString LessonPanel::narration() const
{
    return m_narration->text();
}

void LessonPanel::setChapter(int index)
{
    if (index < 0 || index >= chapterCount())
        return;
    m_chapter = index;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(index);
    }
    m_beat = 0;
    resetChapter();
    emit chapterChanged(index);
}

void LessonPanel::resetChapter()
{
    m_beat = 0;
    m_beatRound = -1;
    m_controller->load(chapter().scenario, chapter().keyNames);
    goToBeat(0);
}

void LessonPanel::nextBeat()
{
    if (m_beat + 1 < chapter().beats.size())
        goToBeat(m_beat + 1);
    else if (m_chapter + 1 < chapterCount())
        setChapter(m_chapter + 1);
}

void LessonPanel::previousBeat()
{
    if (m_beat > 0) {
        goToBeat(m_beat - 1);
    } else if (m_chapter > 0) {
        setChapter(m_chapter - 1);
        goToBeat(int(chapter().beats.size()) - 1);
    }
}

void LessonPanel::goToBeat(int beat)
{
    m_controller->pause();
    const gossip::Round target = chapter().beats.at(beat).round;
    // One step forward animates; a jump shows the new state at once.
    if (target == m_controller->round() + 1)
        m_controller->stepForward();
    else
        m_controller->seek(target);
    // The beat stays chosen even if the run ended before the beat's round.
    m_beat = beat;
    m_beatRound = m_controller->round();
    showBeat();
}

void LessonPanel::showBeat()
{
    const Chapter &current = chapter();
    if (m_controller->round() != m_beatRound) {
        m_beat = current.beatAt(m_controller->round());
        m_beatRound = m_controller->round();
    }
    m_title->setText(tr("%1. %2").arg(m_chapter + 1).arg(current.title));
    m_progress->setText(tr("Step %1 of %2").arg(m_beat + 1).arg(current.beats.size()));
    m_narration->setText(current.beats.at(m_beat).narration);
    m_watch->setText(current.watch);
    m_previous->setEnabled(m_beat > 0 || m_chapter > 0);
    m_next->setEnabled(m_beat + 1 < current.beats.size() || m_chapter + 1 < chapterCount());
    emit beatShown();
}

void LessonPanel::retranslate()
{
    m_chapters = Lesson::chapters();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < chapterCount(); ++i)
            m_list->addItem(tr("%1. %2").arg(i + 1).arg(m_chapters.at(i).title));
        m_list->setCurrentRow(m_chapter);
    }
    // Whole rows only: a row cut in half at the bottom looks like a mistake.
    constexpr int shownChapters = 7;
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * shownChapters + 2 * m_list->frameWidth());
    m_list->scrollToItem(m_list->currentItem());
    m_watchHeading->setText(tr("What to watch"));
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("The previous step of the story (Page Up)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("The next step of the story (Page Down)"));
    m_reset->setText(tr("Reset chapter"));
    m_reset->setToolTip(tr("Go back to the chapter's script, undoing changes and interventions"));
    showBeat();
    emit retranslated();
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
