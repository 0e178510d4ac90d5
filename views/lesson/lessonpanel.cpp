// The lesson panel.
#include "views/lesson/lessonpanel.h"

#include "views/lesson/lessoncontroller.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScrollArea>
#include <QSignalBlocker>
#include <QVBoxLayout>

LessonPanel::LessonPanel(LessonController *lesson, QWidget *parent)
    : QWidget(parent)
    , m_lesson(lesson)
    , m_list(new QListWidget(this))
    , m_title(new QLabel(this))
    , m_progress(new QLabel(this))
    , m_narration(new QLabel(this))
    , m_handNote(new QLabel(this))
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
    m_handNote->setObjectName(QStringLiteral("handChangesNote"));
    m_handNote->setWordWrap(true);
    m_handNote->setForegroundRole(QPalette::Highlight);
    m_handNote->hide();

    auto *text = new QWidget;
    auto *textLayout = new QVBoxLayout(text);
    textLayout->setContentsMargins(0, 0, 0, 0);
    textLayout->addWidget(m_title);
    textLayout->addWidget(m_progress);
    textLayout->addWidget(m_narration);
    textLayout->addWidget(m_handNote);
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

    connect(m_list, &QListWidget::currentRowChanged, m_lesson,
            [this](int row) { m_lesson->setChapter(row); });
    connect(m_previous, &QPushButton::clicked, m_lesson, &LessonController::previousBeat);
    connect(m_next, &QPushButton::clicked, m_lesson, &LessonController::nextBeat);
    connect(m_reset, &QPushButton::clicked, m_lesson, &LessonController::resetChapter);
    connect(m_lesson, &LessonController::lessonChanged, this, &LessonPanel::listChapters);
    connect(m_lesson, &LessonController::beatShown, this, &LessonPanel::showBeat);

    retranslate();
}

QString LessonPanel::narration() const
{
    return m_narration->text();
}

void LessonPanel::listChapters()
{
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        const Lesson &lesson = m_lesson->lesson();
        for (qsizetype i = 0; i < lesson.chapters.size(); ++i)
            m_list->addItem(tr("%1. %2").arg(i + 1).arg(lesson.chapters.at(i).title.text()));
        m_list->setCurrentRow(m_lesson->chapterIndex());
    }
    if (m_list->count() == 0)
        return;
    // Whole rows only: a row cut in half at the bottom looks like a mistake.
    constexpr int shownChapters = 7;
    m_list->setFixedHeight(m_list->sizeHintForRow(0) * shownChapters + 2 * m_list->frameWidth());
    m_list->scrollToItem(m_list->currentItem());
}

void LessonPanel::showBeat()
{
    if (m_lesson->lesson().chapters.isEmpty())
        return;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_lesson->chapterIndex());
    }
    const Chapter &chapter = m_lesson->chapter();
    const bool freePlay = m_lesson->isFreePlay();
    m_title->setText(m_lesson->title());
    m_progress->setText(freePlay ? tr("Free play") : tr("Step %1 of %2").arg(m_lesson->beatIndex() + 1).arg(chapter.beats.size()));
    m_narration->setText(m_lesson->narration());
    m_handNote->setText(m_lesson->handChangesNote());
    m_handNote->setVisible(!m_handNote->text().isEmpty());
    m_watchHeading->setText(freePlay ? tr("Back to the lesson") : tr("What to watch"));
    m_watch->setText(m_lesson->watch());
    const int chapterIndex = m_lesson->chapterIndex();
    m_previous->setEnabled(!freePlay && (m_lesson->beatIndex() > 0 || chapterIndex > 0));
    m_next->setEnabled(!freePlay
                       && (m_lesson->beatIndex() + 1 < chapter.beats.size() || chapterIndex + 1 < m_lesson->chapterCount()));
    m_reset->setText(freePlay ? tr("Back to the chapter") : tr("Reset chapter"));
}

void LessonPanel::retranslate()
{
    listChapters();
    m_previous->setText(tr("Previous"));
    m_previous->setToolTip(tr("The previous step of the story (Page Up)"));
    m_next->setText(tr("Next"));
    m_next->setToolTip(tr("The next step of the story (Page Down)"));
    m_reset->setToolTip(tr("Go back to the chapter's script, undoing changes and interventions"));
    showBeat();
}

void LessonPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
