// The lesson's chapter, beat and free play.
#include "views/lesson/lessoncontroller.h"

#include "views/content/configtext.h"
#include "views/simulation/simulationcontroller.h"

#include <QLocale>

LessonController::LessonController(SimulationController *simulation, QObject *parent)
    : QObject(parent)
    , m_simulation(simulation)
{
    connect(m_simulation, &SimulationController::roundChanged, this, &LessonController::followRound);
    connect(m_simulation, &SimulationController::scenarioChanged, this, &LessonController::followScenario);
    // A change made by hand is told beside the narration.
    connect(m_simulation, &SimulationController::stateChanged, this, [this] {
        if (!m_lesson.chapters.isEmpty() && !m_loading)
            emit beatShown();
    });
}

void LessonController::setLesson(const Lesson &lesson)
{
    m_lesson = lesson;
    m_chapter = 0;
    emit lessonChanged();
    setChapter(0);
}

QString LessonController::title() const
{
    if (m_freePlay)
        return tr("Your own run");
    return tr("%1. %2").arg(m_chapter + 1).arg(chapter().title.text());
}

QString LessonController::narration() const
{
    if (m_freePlay)
        return ConfigText::summary(m_simulation->script().config);
    return chapter().beats.at(m_beat).narration.text();
}

QString LessonController::watch() const
{
    if (m_freePlay) {
        QString text = tr("The chapter's script is set aside: its crashes, partitions and other interventions do "
                          "not apply to this run. \"Back to the chapter\" returns to %1.")
                               .arg(chapter().title.text());
        const QStringList kept = keptSettings();
        if (!kept.isEmpty())
            text += QLatin1Char(' ') + tr("Kept from the chapter (see Parameters): %1.").arg(kept.join(tr(" · ")));
        return text;
    }
    return chapter().watch.text();
}

QStringList LessonController::keptSettings() const
{
    // The chapter's own settings, those it changed from the defaults, that the user's run
    // still has: a round limit of 1, checksums, a thousand shared items...
    QStringList kept;
    const gossip::Config &chapterConfig = chapter().scenario.config;
    const gossip::Config &run = m_simulation->script().config;
    const gossip::Config defaults;
    for (const gossip::ConfigField &field : gossip::configFields()) {
        if (field.key == "seed" || !field.appliesTo(run.protocol) || field.get(chapterConfig) == field.get(defaults)
            || field.get(run) != field.get(chapterConfig))
            continue;
        kept << tr("%1 %2").arg(ConfigText::fieldText(field.label), ConfigText::valueText(field, run));
    }
    return kept;
}

QString LessonController::handChangesNote() const
{
    const auto changes = m_simulation->handInterventionCount();
    if (m_freePlay || changes == 0)
        return {};
    return tr("Changes of your own in this run: %1. The narration tells the chapter's run without them; "
              "Reset chapter (or Ctrl+Z) takes them back.").arg(QLocale().toString(qint64(changes)));
}

void LessonController::setChapter(int index)
{
    if (index < 0 || index >= chapterCount())
        return;
    m_chapter = index;
    m_beat = 0;
    resetChapter();
    emit chapterChanged(index);
}

bool LessonController::setChapterById(const QString &id)
{
    const int index = m_lesson.indexOf(id);
    if (index < 0)
        return false;
    setChapter(index);
    return true;
}

void LessonController::resetChapter()
{
    m_beat = 0;
    m_beatRound = -1;
    m_loading = true;
    m_simulation->load(chapter().scenario, chapter().keyNames);
    m_loading = false;
    const bool wasFree = m_freePlay;
    m_freePlay = false;
    if (wasFree)
        emit freePlayChanged(false);
    goToBeat(0);
}

void LessonController::nextBeat()
{
    if (m_freePlay)
        return;
    if (m_beat + 1 < chapter().beats.size())
        goToBeat(m_beat + 1);
    else if (m_chapter + 1 < chapterCount())
        setChapter(m_chapter + 1);
}

void LessonController::previousBeat()
{
    if (m_freePlay)
        return;
    if (m_beat > 0) {
        goToBeat(m_beat - 1);
    } else if (m_chapter > 0) {
        setChapter(m_chapter - 1);
        goToBeat(int(chapter().beats.size()) - 1);
    }
}

void LessonController::goToBeat(int beat)
{
    m_simulation->pause();
    const gossip::Round target = chapter().beats.at(beat).round;
    // One step forward animates; a jump shows the new state at once.
    if (target == m_simulation->round() + 1)
        m_simulation->stepForward();
    else
        m_simulation->seek(target);
    // The beat stays chosen even if the run ended before the beat's round.
    m_beat = beat;
    m_beatRound = m_simulation->round();
    emit beatShown();
}

void LessonController::followRound()
{
    if (m_freePlay || m_loading || m_lesson.chapters.isEmpty())
        return;
    if (m_simulation->round() != m_beatRound) {
        m_beat = chapter().beatAt(m_simulation->round());
        m_beatRound = m_simulation->round();
    }
    emit beatShown();
}

void LessonController::followScenario()
{
    if (m_loading || m_lesson.chapters.isEmpty())
        return;
    // Anything but the chapter's script (recorded messages aside) is the user's own run.
    gossip::Scenario script = chapter().scenario;
    script.config.recordMessages = m_simulation->script().config.recordMessages;
    const bool freePlay = !(m_simulation->script() == script);
    if (freePlay == m_freePlay)
        return;
    m_freePlay = freePlay;
    emit freePlayChanged(m_freePlay);
    emit beatShown();
}
