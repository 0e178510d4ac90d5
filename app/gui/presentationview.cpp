// The presentation screen: header, borrowed city and chart, narration, blanking and presenter-remote keys.
#include "app/gui/presentationview.h"

#include "views/chart/chartwidget.h"
#include "views/city/cityview.h"
#include "views/lesson/lessoncontroller.h"
#include "views/simulation/simulationcontroller.h"
#include "views/stage/stage.h"

#include <QAction>
#include <QCloseEvent>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace {

// Sizes as shares of the screen's height, so the back row of a classroom can read them
// whatever the projector's resolution.
constexpr double titleShare = 0.045;
// A long title (or translation) on a narrow screen may shrink to this before it is shortened.
constexpr double smallestTitleShare = 0.032;
constexpr double stepShare = 0.028;
constexpr double narrationShare = 0.03;
// A long narration (or a long translation) may shrink to this, never below.
constexpr double smallestNarrationShare = 0.021;
constexpr int narrationLines = 3; // the room kept for the narration, so the stage never jumps
constexpr double cityLegendShare = 0.021;
constexpr double marginShare = 0.012;
// The window is designed to be read at 1280 x 720; the charts grow from there, as far as
// their column's width lets their legends fit.
constexpr double referenceHeight = 720.0;
// Below this width to height (a 4:3 projector) the chart needs as much width as the city,
// or its legends are cut short.
constexpr double wideScreen = 1.5;

constexpr QColor pageColor(0xFF, 0xFF, 0xFF);
constexpr QColor inkColor(0x11, 0x11, 0x11);
constexpr QColor headerColor(0x1A, 0x1A, 0x1A);
constexpr QColor headerInk(0xFF, 0xFF, 0xFF);
constexpr QColor headerQuietInk(0xD0, 0xD0, 0xD0);

QFont pixelFont(QFont font, int pixels, bool bold)
{
    font.setPixelSize(std::max(1, pixels));
    font.setBold(bold);
    return font;
}

bool isModifier(int key)
{
    switch (key) {
    case Qt::Key_Shift:
    case Qt::Key_Control:
    case Qt::Key_Meta:
    case Qt::Key_Alt:
    case Qt::Key_AltGr:
    case Qt::Key_CapsLock:
    case Qt::Key_NumLock:
    case Qt::Key_ScrollLock:
        return true;
    default:
        return false;
    }
}

} // namespace

PresentationView::PresentationView(SimulationController *controller, LessonController *lesson, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_lesson(lesson)
    , m_header(new QWidget(this))
    , m_title(new QLabel(m_header))
    , m_step(new QLabel(m_header))
    , m_round(new QLabel(m_header))
    , m_narration(new QLabel(this))
    , m_blank(new QWidget(this))
{
    setObjectName(QStringLiteral("presentation"));
    setFocusPolicy(Qt::StrongFocus);

    // Dark ink on white reads best in a lit classroom, and the Okabe-Ito colours were chosen on white.
    QPalette page = palette();
    for (QPalette::ColorRole role : {QPalette::Window, QPalette::Base})
        page.setColor(role, pageColor);
    for (QPalette::ColorRole role : {QPalette::WindowText, QPalette::Text})
        page.setColor(role, inkColor);
    setPalette(page);
    setAutoFillBackground(true);

    // A dark bar frames the page and keeps the title apart from the city's legend.
    QPalette bar = page;
    bar.setColor(QPalette::Window, headerColor);
    bar.setColor(QPalette::WindowText, headerInk);
    m_header->setPalette(bar);
    m_header->setAutoFillBackground(true);
    QPalette quiet = bar;
    quiet.setColor(QPalette::WindowText, headerQuietInk);
    m_step->setPalette(quiet);
    m_title->setObjectName(QStringLiteral("presentationTitle"));
    m_title->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_title->installEventFilter(this);
    m_round->setObjectName(QStringLiteral("presentationRound"));
    m_round->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_step->setObjectName(QStringLiteral("presentationStep"));

    auto *headerLayout = new QHBoxLayout(m_header);
    headerLayout->addWidget(m_title, 1);
    headerLayout->addWidget(m_step);
    headerLayout->addWidget(m_round);

    m_narration->setObjectName(QStringLiteral("presentationNarration"));
    m_narration->setWordWrap(true);
    m_narration->setTextFormat(Qt::PlainText);
    m_narration->setAlignment(Qt::AlignTop | Qt::AlignLeft);

    m_stage = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_header);
    layout->addLayout(m_stage, 1);
    layout->addWidget(m_narration);

    QPalette black = page;
    black.setColor(QPalette::Window, Qt::black);
    m_blank->setPalette(black);
    m_blank->setAutoFillBackground(true);
    m_blank->hide();

    connect(addKeyAction({Qt::Key_Escape, Qt::Key_F5}), &QAction::triggered, this, &PresentationView::leaveRequested);
    connect(addKeyAction({Qt::Key_PageDown}), &QAction::triggered, m_lesson, &LessonController::nextBeat);
    connect(addKeyAction({Qt::Key_PageUp}), &QAction::triggered, m_lesson, &LessonController::previousBeat);
    connect(addKeyAction({Qt::Key_Space}), &QAction::triggered, m_controller, &SimulationController::togglePlaying);
    connect(addKeyAction({Qt::Key_Right}), &QAction::triggered, m_controller, [this] {
        m_controller->pause();
        m_controller->stepForward();
    });
    connect(addKeyAction({Qt::Key_Left}), &QAction::triggered, m_controller, &SimulationController::stepBack);
    // B is PowerPoint's black screen; many presenter remotes send it, or a full stop.
    connect(addKeyAction({Qt::Key_B, Qt::Key_Period}), &QAction::triggered, this, [this] { setBlank(true); });

    connect(m_lesson, &LessonController::beatShown, this, &PresentationView::showBeat);
    connect(m_controller, &SimulationController::roundChanged, this, &PresentationView::showRound);
    connect(m_controller, &SimulationController::scenarioChanged, this, &PresentationView::showRound);
    connect(m_controller, &SimulationController::stateChanged, this, &PresentationView::showRound);

    retranslate();
}

PresentationView::~PresentationView() = default;

QAction *PresentationView::addKeyAction(const QList<QKeySequence> &keys)
{
    auto *action = new QAction(this);
    action->setShortcuts(keys);
    addAction(action);
    m_keys << action;
    return action;
}

void PresentationView::retranslate()
{
    setWindowTitle(tr("GossipLab presentation"));
    showBeat();
    showRound();
}

void PresentationView::setStage(Stage *stage)
{
    m_stageWidget = stage;
    m_city = stage->city();
    m_chart = stage->chart();
    m_stage->addWidget(stage);
    stage->show();
    m_city->installEventFilter(this);
    m_city->setHighContrast(true);
    stage->setChartsHighContrast(true);
    applySizes();
}

void PresentationView::clearStage()
{
    if (m_city) {
        m_city->removeEventFilter(this);
        m_city->setHighContrast(false);
        m_city->setPresentationScale(1.0);
    }
    if (m_stageWidget) {
        m_stageWidget->setChartsHighContrast(false);
        m_stageWidget->setChartsPresentationScale(1.0);
    }
    if (m_stageWidget)
        m_stage->removeWidget(m_stageWidget);
    m_stageWidget = nullptr;
    m_city = nullptr;
    m_chart = nullptr;
}

bool PresentationView::isBlank() const
{
    return m_blank->isVisibleTo(this);
}

void PresentationView::setBlank(bool blank)
{
    if (blank == isBlank())
        return;
    // With the keys' actions off, every key reaches keyPressEvent(), which un-blanks.
    for (QAction *action : std::as_const(m_keys))
        action->setEnabled(!blank);
    m_blank->setGeometry(rect());
    m_blank->setVisible(blank);
    if (blank) {
        m_blank->raise();
        // Not a chart's view, which would take Page Down for itself.
        setFocus();
    }
}

void PresentationView::showBeat()
{
    // The lesson shows a beat every round; fitting the text is only worth it on screen.
    if (!isVisible())
        return;
    const Chapter &chapter = m_lesson->chapter();
    m_fullTitle = m_lesson->title();
    m_step->setText(m_lesson->isFreePlay() ? tr("Free play")
                                           : tr("Step %1 of %2").arg(m_lesson->beatIndex() + 1).arg(chapter.beats.size()));
    m_narration->setText(m_lesson->narration());
    fitTitle();
    fitNarration();
}

void PresentationView::showRound()
{
    m_round->setText(m_controller->roundLabel());
}

void PresentationView::applySizes()
{
    const double screen = height();
    const int margin = int(std::lround(marginShare * screen));
    const QFont title = pixelFont(font(), int(std::lround(titleShare * screen)), true);
    m_round->setFont(title);
    m_step->setFont(pixelFont(font(), int(std::lround(stepShare * screen)), false));
    // The round's label keeps its width as the digits change, so the step beside it stays put.
    m_round->setMinimumWidth(m_round->fontMetrics().horizontalAdvance(tr("Round %1").arg(888)));
    // The header keeps its height when a long title shrinks, so the stage does not move.
    m_header->setFixedHeight(QFontMetrics(title).height() + 2 * margin);
    m_header->layout()->setContentsMargins(2 * margin, margin, 2 * margin, margin);
    m_header->layout()->setSpacing(3 * margin);
    m_stage->setContentsMargins(margin, margin, margin, 0);
    m_narration->setContentsMargins(2 * margin, margin, 2 * margin, margin);
    m_blank->setGeometry(rect());
    fitTitle();
    fitNarration();
    if (m_stageWidget && m_city && m_chart) {
        // The city is the story and the chart its measure: three to two, as in the window.
        const bool wide = width() >= wideScreen * screen;
        const int room = std::max(0, width() - 2 * margin - margin);
        m_stageWidget->setHandleWidth(margin);
        m_stageWidget->setSizes({room * (wide ? 3 : 1) / (wide ? 5 : 2), room * (wide ? 2 : 1) / (wide ? 5 : 2)});
        // By the screen's height: the charts' smallest text is then over 2 % of it (at 1024 x
        // 768 too, where scaling by the width kept it at the window's 14.7 px).
        m_stageWidget->setChartsPresentationScale(std::max(1.0, screen / referenceHeight));
    }
    scaleCity();
}

void PresentationView::fitTitle()
{
    // A long title (or translation) gets smaller, then shortened, rather than pushing the
    // round off screen.
    const double screen = height();
    const int available = m_title->width();
    int pixels = int(std::lround(titleShare * screen));
    const int smallest = int(std::ceil(smallestTitleShare * screen));
    while (pixels > smallest && QFontMetrics(pixelFont(font(), pixels, true)).horizontalAdvance(m_fullTitle) > available)
        --pixels;
    const QFont title = pixelFont(font(), pixels, true);
    m_title->setFont(title);
    m_title->setText(QFontMetrics(title).elidedText(m_fullTitle, Qt::ElideRight, available));
    m_title->setToolTip(m_fullTitle);
}

void PresentationView::fitNarration()
{
    const double screen = height();
    const QMargins margins = m_narration->contentsMargins();
    const int width = std::max(1, this->width() - margins.left() - margins.right());
    const QString text = m_narration->text();
    const auto textHeight = [&](int pixels) {
        const QFontMetrics metrics(pixelFont(font(), pixels, false));
        return metrics.boundingRect(QRect(0, 0, width, 1 << 20), Qt::TextWordWrap, text).height();
    };
    const int preferred = int(std::lround(narrationShare * screen));
    const int smallest = int(std::ceil(smallestNarrationShare * screen));
    const int room = narrationLines * QFontMetrics(pixelFont(font(), preferred, false)).lineSpacing();
    int pixels = preferred;
    while (pixels > smallest && textHeight(pixels) > room)
        --pixels;
    m_narration->setFont(pixelFont(font(), pixels, false));
    // Even the smallest size may need more lines: then the stage gives way, the text is never cut.
    m_narration->setFixedHeight(std::max(room, textHeight(pixels)) + margins.top() + margins.bottom());
}

void PresentationView::scaleCity()
{
    if (!m_city || m_city->width() <= 0 || m_city->height() <= 0)
        return;
    const double target = cityLegendShare * height();
    m_city->setPresentationScale(std::max(1.0, target / cityFontPixels(m_city->size())));
}

bool PresentationView::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Resize) {
        if (watched == m_title)
            fitTitle();
        else if (watched == m_city)
            scaleCity();
    }
    return QWidget::eventFilter(watched, event);
}

void PresentationView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void PresentationView::closeEvent(QCloseEvent *event)
{
    // Closing the full-screen page (Alt+F4) ends the presentation, not the app, whose window is hidden.
    event->ignore();
    emit leaveRequested();
}

void PresentationView::keyPressEvent(QKeyEvent *event)
{
    if (isBlank() && !isModifier(event->key())) {
        setBlank(false);
        event->accept();
        return;
    }
    QWidget::keyPressEvent(event);
}

void PresentationView::mousePressEvent(QMouseEvent *event)
{
    if (isBlank()) {
        setBlank(false);
        event->accept();
        return;
    }
    QWidget::mousePressEvent(event);
}

void PresentationView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    applySizes();
}

void PresentationView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    showBeat();
}
