// Presentation mode as a teacher uses it: F5 and Esc, a presenter remote's keys, large type, the window restored.
#include "app/gui/mainwindow.h"
#include "app/gui/presentationmode.h"
#include "app/gui/presentationview.h"
#include "views/chart/chartwidget.h"
#include "views/city/citylayout.h"
#include "views/city/cityview.h"
#include "views/controls/transportbar.h"
#include "views/lab/labcharts.h"
#include "views/lesson/lessoncontroller.h"
#include "views/lesson/lessonpanel.h"
#include "views/simulation/simulationcontroller.h"
#include "views/stage/stage.h"

#include <QChart>
#include <QDockWidget>
#include <QLabel>
#include <QFontMetricsF>
#include <QMenuBar>
#include <QScreen>
#include <QSplitter>
#include <QGraphicsView>
#include <QLineSeries>
#include <QTest>
#include <QValueAxis>
#include <QToolBar>

namespace {

int pixelSize(const QWidget *widget)
{
    return QFontInfo(widget->font()).pixelSize();
}

} // namespace

class TestPresentation : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void f5ShowsOnlyTheStoryFullScreen();
    void escapeRestoresTheWindow();
    void escapeKeepsAClosedDockClosed();
    void pageDownAndUpWalkTheLesson();
    void bBlanksTheScreen();
    void spacePlaysAndPauses();
    void headerShowsTheChapterAndRound();
    void textIsSizedForAProjector_data();
    void textIsSizedForAProjector();
    void f5AgainOrClosingThePageLeaves();
    void theLabIsLargeOnAProjector();
    void everyTextAChapterReliesOnIsReadable_data();
    void everyTextAChapterReliesOnIsReadable();
    void theSpreadStaysReadableUnderTheCaption_data();
    void theSpreadStaysReadableUnderTheCaption();

private:
    // Presses F5 in the window and waits for the page to take the keyboard.
    void enter();
    PresentationView *view() const { return m_window->presentation()->view(); }
    SimulationController *controller() const { return m_window->controller(); }
    QSplitter *stage() const { return qobject_cast<QSplitter *>(m_window->centralWidget()); }

    MainWindow *m_window = nullptr;
};

void TestPresentation::init()
{
    m_window = new MainWindow;
    m_window->resize(1280, 720);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    // Chapter 3: a city of sixty with patient zero spreading, four beats over many rounds.
    m_window->lesson()->setChapterById(QStringLiteral("the-seed-node"));
}

void TestPresentation::cleanup()
{
    delete m_window;
    m_window = nullptr;
}

void TestPresentation::enter()
{
    QTest::keyClick(m_window, Qt::Key_F5);
    QVERIFY(m_window->presentation()->isActive());
    QVERIFY(QTest::qWaitForWindowActive(view()));
}

void TestPresentation::f5ShowsOnlyTheStoryFullScreen()
{
    enter();
    QVERIFY(view()->isVisible());
    QVERIFY(view()->windowState() & Qt::WindowFullScreen);
    QCOMPARE(view()->geometry(), view()->screen()->geometry());
    // No menus, toolbars or docks: the window that holds them is hidden.
    QVERIFY(!m_window->isVisible());
    QVERIFY(!m_window->menuBar()->isVisible());
    QVERIFY(!m_window->transport()->isVisible());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QVERIFY2(!dock->isVisible(), qPrintable(dock->objectName()));
    QVERIFY(view()->findChildren<QMenuBar *>().isEmpty());
    QVERIFY(view()->findChildren<QToolBar *>().isEmpty());
    QVERIFY(view()->findChildren<QDockWidget *>().isEmpty());
    // The city, the chart and the narration, on the page, in high contrast.
    QCOMPARE(m_window->city()->window(), view());
    QCOMPARE(m_window->chart()->window(), view());
    QVERIFY(m_window->city()->isVisible());
    QVERIFY(m_window->chart()->isVisible());
    QVERIFY(m_window->city()->isHighContrast());
    QVERIFY(m_window->chart()->isHighContrast());
    QVERIFY(view()->narrationLabel()->isVisible());
    QCOMPARE(view()->narrationLabel()->text(), m_window->lesson()->narration());
    // Side by side, none covering another, all inside the screen.
    const QRect city(m_window->city()->mapTo(view(), QPoint(0, 0)), m_window->city()->size());
    const QRect chart(m_window->chart()->mapTo(view(), QPoint(0, 0)), m_window->chart()->size());
    const QRect narration(view()->narrationLabel()->geometry());
    QVERIFY(!city.intersects(chart));
    QVERIFY(!city.intersects(narration));
    QVERIFY(!chart.intersects(narration));
    for (const QRect &part : {city, chart, narration})
        QVERIFY(view()->rect().contains(part));
}

void TestPresentation::escapeRestoresTheWindow()
{
    const QRect geometry = m_window->geometry();
    const QByteArray state = m_window->saveState();
    const QList<int> sizes = stage()->sizes();
    QHash<QString, bool> docks;
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        docks.insert(dock->objectName(), dock->isVisible());
    QVERIFY(!docks.isEmpty());

    enter();
    QTest::keyClick(view(), Qt::Key_PageDown);
    QTest::keyClick(view(), Qt::Key_Escape);

    QVERIFY(!m_window->presentation()->isActive());
    QVERIFY(!view()->isVisible());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(m_window->geometry(), geometry);
    QCOMPARE(m_window->saveState(), state);
    QVERIFY(m_window->menuBar()->isVisible());
    QVERIFY(m_window->transport()->isVisible());
    for (QDockWidget *dock : m_window->findChildren<QDockWidget *>())
        QCOMPARE(dock->isVisible(), docks.value(dock->objectName()));
    // The city and the chart are back in their splitter, at their places and sizes.
    QCOMPARE(stage()->count(), 2);
    QCOMPARE(stage()->indexOf(m_window->city()), 0);
    QVERIFY(stage()->widget(1)->isAncestorOf(m_window->chart())); // the chart column holds it
    QCOMPARE(stage()->sizes(), sizes);
    QVERIFY(m_window->city()->isVisible());
    QVERIFY(m_window->chart()->isVisible());
    QVERIFY(!m_window->city()->isHighContrast());
    QCOMPARE(m_window->city()->presentationScale(), 1.0);
    QVERIFY(!m_window->chart()->isHighContrast());
    QCOMPARE(m_window->chart()->presentationScale(), 1.0);
    // What happened on the page stays: the lesson moved on.
    QCOMPARE(m_window->lesson()->beatIndex(), 1);

    // And a second time.
    enter();
    QCOMPARE(m_window->city()->window(), view());
    QTest::keyClick(view(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(stage()->indexOf(m_window->city()), 0);
    QCOMPARE(m_window->geometry(), geometry);
}

void TestPresentation::escapeKeepsAClosedDockClosed()
{
    auto *parameters = m_window->findChild<QDockWidget *>(QStringLiteral("parameters"));
    QVERIFY(parameters);
    parameters->close();
    enter();
    QTest::keyClick(view(), Qt::Key_Escape);
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QVERIFY(parameters->isHidden());
    QVERIFY(!parameters->toggleViewAction()->isChecked());
}

void TestPresentation::pageDownAndUpWalkTheLesson()
{
    LessonController *lesson = m_window->lesson();
    enter();
    const QString first = view()->narrationLabel()->text();
    QTest::keyClick(view(), Qt::Key_PageDown);
    QCOMPARE(lesson->beatIndex(), 1);
    QCOMPARE(controller()->round(), lesson->chapter().beats.at(1).round);
    QCOMPARE(view()->narrationLabel()->text(), lesson->narration());
    QVERIFY(view()->narrationLabel()->text() != first);
    QTest::keyClick(view(), Qt::Key_PageDown);
    QCOMPARE(lesson->beatIndex(), 2);
    QTest::keyClick(view(), Qt::Key_PageUp);
    QTest::keyClick(view(), Qt::Key_PageUp);
    QCOMPARE(lesson->beatIndex(), 0);
    QCOMPARE(view()->narrationLabel()->text(), first);
}

void TestPresentation::bBlanksTheScreen()
{
    LessonController *lesson = m_window->lesson();
    enter();
    QTest::keyClick(view(), Qt::Key_B);
    QVERIFY(view()->isBlank());
    const QImage blank = view()->grab().toImage();
    for (int y = 0; y < blank.height(); y += 37) {
        for (int x = 0; x < blank.width(); x += 37)
            QCOMPARE(QColor(blank.pixel(x, y)), QColor(Qt::black));
    }
    QTest::keyClick(view(), Qt::Key_B);
    QVERIFY(!view()->isBlank());
    QVERIFY(view()->grab().toImage().pixelColor(view()->width() / 2, view()->height() - 5) != QColor(Qt::black));

    // Any key brings the picture back, and does nothing else: the class sees where it was.
    QTest::keyClick(view(), Qt::Key_B);
    QVERIFY(view()->isBlank());
    QTest::keyClick(view(), Qt::Key_PageDown);
    QVERIFY(!view()->isBlank());
    QCOMPARE(lesson->beatIndex(), 0);
    QTest::keyClick(view(), Qt::Key_Period);
    QVERIFY(view()->isBlank());
    QTest::keyClick(view(), Qt::Key_A);
    QVERIFY(!view()->isBlank());
    // So does a click.
    QTest::keyClick(view(), Qt::Key_B);
    QTest::mouseClick(view(), Qt::LeftButton, {}, view()->rect().center());
    QVERIFY(!view()->isBlank());
    // The keys work again.
    QTest::keyClick(view(), Qt::Key_PageDown);
    QCOMPARE(lesson->beatIndex(), 1);
}

void TestPresentation::spacePlaysAndPauses()
{
    enter();
    QVERIFY(!controller()->isPlaying());
    QTest::keyClick(view(), Qt::Key_Space);
    QVERIFY(controller()->isPlaying());
    QTest::keyClick(view(), Qt::Key_Space);
    QVERIFY(!controller()->isPlaying());
}

void TestPresentation::headerShowsTheChapterAndRound()
{
    LessonController *lesson = m_window->lesson();
    enter();
    QVERIFY(view()->titleLabel()->isVisible());
    QVERIFY(view()->roundLabel()->isVisible());
    QVERIFY2(view()->titleLabel()->text().contains(lesson->chapter().title.text()), qPrintable(view()->titleLabel()->text()));
    QVERIFY(view()->titleLabel()->text().startsWith(QLatin1String("3")));
    QVERIFY2(view()->roundLabel()->text().contains(QLatin1String("0")), qPrintable(view()->roundLabel()->text()));
    QVERIFY(view()->stepLabel()->text().contains(QLatin1String("1")));

    // Stepping by hand (Right) and by the lesson (Page Down) both show the round reached.
    QTest::keyClick(view(), Qt::Key_Right);
    QCOMPARE(controller()->round(), 1);
    QVERIFY2(view()->roundLabel()->text().contains(QLatin1String("1")), qPrintable(view()->roundLabel()->text()));
    QTest::keyClick(view(), Qt::Key_Left);
    QCOMPARE(controller()->round(), 0);
    QTest::keyClick(view(), Qt::Key_PageDown);
    QTest::keyClick(view(), Qt::Key_PageDown);
    QCOMPARE(controller()->round(), lesson->chapter().beats.at(2).round);
    QVERIFY(controller()->round() > 1);
    const QString round = QString::number(controller()->round());
    QVERIFY2(view()->roundLabel()->text().contains(round), qPrintable(view()->roundLabel()->text()));
    QVERIFY(view()->stepLabel()->text().contains(QLatin1String("3")));

    // Past the last beat, the next chapter's title.
    while (lesson->chapter().id == QLatin1String("the-seed-node"))
        QTest::keyClick(view(), Qt::Key_PageDown);
    QVERIFY(view()->titleLabel()->text().startsWith(QLatin1String("4")));
    QVERIFY(view()->titleLabel()->text().contains(lesson->chapter().title.text()));
}

void TestPresentation::textIsSizedForAProjector_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("720p") << QSize(1280, 720);
    QTest::newRow("1080p") << QSize(1920, 1080);
}

void TestPresentation::textIsSizedForAProjector()
{
    QFETCH(QSize, screen);
    QLabel *windowNarration = nullptr;
    for (QLabel *label : m_window->lessonPanel()->findChildren<QLabel *>()) {
        if (label->text() == m_window->lesson()->narration())
            windowNarration = label;
    }
    QVERIFY(windowNarration);
    const int windowText = pixelSize(windowNarration);
    const qreal windowChart = m_window->chart()->coverageChart()->titleFont().pointSizeF();

    enter();
    // The test screen is smaller than a projector's: show the page at the projector's size.
    view()->setWindowState(Qt::WindowNoState);
    view()->setGeometry(QRect(QPoint(0, 0), screen));
    QTRY_COMPARE(view()->size(), screen);
    const int height = screen.height();
    // The back of the room: the title at least 3% of the screen's height, the narration 2%.
    QVERIFY(pixelSize(view()->titleLabel()) >= 0.03 * height);
    QVERIFY(pixelSize(view()->roundLabel()) >= 0.03 * height);
    // Every beat of every chapter, the longest narration too, in large type and never cut off.
    LessonController *lesson = m_window->lesson();
    for (int chapter = 0; chapter < lesson->chapterCount(); ++chapter) {
        lesson->setChapter(chapter);
        for (int beat = 0; beat < lesson->chapter().beats.size(); ++beat) {
            if (beat > 0)
                lesson->nextBeat();
            QCoreApplication::processEvents();
            QLabel *narration = view()->narrationLabel();
            const QString where = QStringLiteral("chapter %1, beat %2: %3 px, %4 px in the window")
                                          .arg(chapter + 1)
                                          .arg(beat + 1)
                                          .arg(pixelSize(narration))
                                          .arg(windowText);
            QCOMPARE(narration->text(), lesson->narration());
            QVERIFY2(pixelSize(narration) >= 0.02 * height, qPrintable(where));
            QVERIFY2(pixelSize(narration) >= 1.4 * windowText, qPrintable(where));
            const QRect needed = narration->fontMetrics().boundingRect(narration->contentsRect(), Qt::TextWordWrap,
                                                                       narration->text());
            QVERIFY2(needed.height() <= narration->contentsRect().height(), qPrintable(where));
            QVERIFY2(view()->rect().contains(narration->geometry()), qPrintable(where));
        }
    }
    // The city's legend and the charts grow too.
    QVERIFY(m_window->city()->cityLayout().fontPixels >= 0.019 * screen.height());
    QVERIFY(m_window->chart()->coverageChart()->titleFont().pointSizeF() >= windowChart);
}

void TestPresentation::f5AgainOrClosingThePageLeaves()
{
    // Some presenter remotes send F5 for both start and stop.
    enter();
    QTest::keyClick(view(), Qt::Key_F5);
    QVERIFY(!m_window->presentation()->isActive());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(stage()->indexOf(m_window->city()), 0);
    // Closing the page (Alt+F4) ends the presentation, not the app.
    QVERIFY(QTest::qWaitForWindowActive(m_window));
    enter();
    view()->close();
    QVERIFY(!m_window->presentation()->isActive());
    QVERIFY(QTest::qWaitForWindowExposed(m_window));
    QCOMPARE(stage()->indexOf(m_window->city()), 0);
}

void TestPresentation::theLabIsLargeOnAProjector()
{
    // The chapter of luck shows the lab beside the city. On a projector its text grows
    // with the rest; a click on its chart marks the class's guess, in type large enough to
    // read from the back, and the next step reveals the runs' answer beside it.
    m_window->lesson()->setChapterById(QStringLiteral("the-luck-of-the-draw"));
    QVERIFY(m_window->stage()->showsLab());
    LabCharts *lab = m_window->stage()->labCharts();
    QChart *spread = lab->firstChart();
    QVERIFY(spread->series().isEmpty()); // the runs wait for the guess
    const qreal windowTitle = spread->titleFont().pointSizeF();
    enter();
    view()->setWindowState(Qt::WindowNoState);
    view()->setGeometry(QRect(0, 0, 1920, 1080));
    QTRY_COMPARE(view()->size(), QSize(1920, 1080));
    QTRY_VERIFY(spread->titleFont().pointSizeF() > 1.2 * windowTitle);
    QCoreApplication::processEvents();

    QGraphicsView *chartView = spread->scene()->views().constFirst();
    const auto *rounds = qobject_cast<QValueAxis *>(spread->axes(Qt::Horizontal).constFirst());
    const QRectF plot = spread->plotArea();
    const QPointF inChart(plot.left() + (9.0 - rounds->min()) / (rounds->max() - rounds->min()) * plot.width(),
                          plot.center().y());
    const QPoint at = chartView->mapFromScene(spread->mapToScene(inChart));
    QTest::mouseClick(chartView->viewport(), Qt::LeftButton, {}, at);
    QLineSeries *guess = nullptr;
    for (QAbstractSeries *series : spread->series()) {
        if (series->name() == QLatin1String("Your guess"))
            guess = qobject_cast<QLineSeries *>(series);
    }
    QVERIFY(guess);
    QCOMPARE(guess->at(0).x(), 9.0);
    QVERIFY(guess->pen().widthF() > 2.5 * 1.2);
    QLabel *caption = lab->guessCaption();
    QVERIFY(caption->isVisible());
    QVERIFY(caption->text().endsWith(QLatin1String("round 9")));
    // At least 24 points on a 1080-line projector: about the size of the narration.
    QVERIFY2(caption->font().pointSizeF() >= 24.0, qPrintable(QString::number(caption->font().pointSizeF())));
    QVERIFY(QFontMetrics(caption->font()).horizontalAdvance(caption->text()) > 0);

    m_window->lesson()->nextBeat();
    QVERIFY(!spread->series().isEmpty());
    QVERIFY2(caption->text().contains(QLatin1String("the runs:")) && caption->text().endsWith(QLatin1String(" off")),
             qPrintable(caption->text()));
    // The spread keeps most of the column: at least as tall as either histogram.
    QVERIFY(lab->firstChart()->size().height() >= lab->secondChart()->size().height());
    QTest::keyClick(view(), Qt::Key_Escape);
    QTRY_VERIFY(!m_window->presentation()->isActive());
    QCOMPARE(spread->titleFont().pointSizeF(), windowTitle);
    // Another chapter forgets the guess.
    m_window->lesson()->setChapterById(QStringLiteral("when-nodes-fail"));
    m_window->lesson()->setChapterById(QStringLiteral("the-luck-of-the-draw"));
    QVERIFY(!lab->guessCaption()->isVisibleTo(lab));
}

void TestPresentation::everyTextAChapterReliesOnIsReadable_data()
{
    QTest::addColumn<QSize>("screen");
    QTest::newRow("1024x768") << QSize(1024, 768);
    QTest::newRow("1920x1080") << QSize(1920, 1080);
}

void TestPresentation::everyTextAChapterReliesOnIsReadable()
{
    // From the back of the room every text a chapter relies on is at least about 2 % of
    // the screen's height: the strain badges T, R, S, Y of chapters 5 to 7 were 9 px
    // letters at 1024 x 768, the chart labels 13 px.
    QFETCH(QSize, screen);
    enter();
    view()->setWindowState(Qt::WindowNoState);
    view()->setGeometry(QRect(QPoint(0, 0), screen));
    QTRY_COMPARE(view()->size(), screen);
    const double least = 0.02 * screen.height();
    // Points to pixels on the test screen's logical dots per inch, as the charts draw them.
    const double pixelsPerPoint = view()->logicalDpiY() / 72.0;
    const auto points = [&](const QFont &font) {
        return font.pixelSize() > 0 ? double(font.pixelSize()) : font.pointSizeF() * pixelsPerPoint;
    };
    LessonController *lesson = m_window->lesson();
    for (int chapter = 0; chapter < lesson->chapterCount(); ++chapter) {
        lesson->setChapter(chapter);
        controller()->seek(lesson->chapter().keyFrame);
        for (int pass = 0; pass < 3; ++pass)
            QCoreApplication::processEvents();
        const QString name = lesson->chapter().id;
        const auto check = [&](double pixels, const QString &what) {
            QVERIFY2(pixels >= least - 0.5,
                     qPrintable(QStringLiteral("%1: %2 is %3 px, under %4").arg(name, what).arg(pixels, 0, 'f', 1).arg(least, 0, 'f', 1)));
        };
        const CityLayout &city = m_window->city()->cityLayout();
        check(city.fontPixels, QStringLiteral("the city's legend"));
        if (city.shape == CityLayout::Shape::Cells)
            check(0.95 * city.nodeRadius, QStringLiteral("a person's letter"));
        if (city.badgeRows > 0)
            check(city.badgeLetterPixels(), QStringLiteral("a strain badge (and the label of a particle carrying strains)"));
        QList<QChart *> charts;
        if (m_window->stage()->showsLab()) {
            charts = {m_window->stage()->labCharts()->firstChart(), m_window->stage()->labCharts()->secondChart()};
        } else {
            ChartWidget *widget = m_window->chart();
            charts = {widget->isComparing() ? widget->comparisonChart() : widget->coverageChart(), widget->messageChart()};
        }
        for (QChart *chart : std::as_const(charts)) {
            check(points(chart->titleFont()), QStringLiteral("a chart's title"));
            for (QAbstractAxis *axis : chart->axes()) {
                check(points(axis->labelsFont()), QStringLiteral("an axis's labels"));
                check(points(axis->titleFont()), QStringLiteral("an axis's title"));
            }
        }
        for (const QLabel *legend : m_window->stage()->findChildren<QLabel *>()) {
            if (legend->objectName().endsWith(QLatin1String("Legend")) && legend->isVisible())
                check(points(legend->font()), legend->objectName());
        }
        if (QTest::currentTestFailed())
            return;
    }
}

void TestPresentation::theSpreadStaysReadableUnderTheCaption_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("presenting");
    QTest::newRow("window 1280x720") << QSize(1280, 720) << false;
    QTest::newRow("window 1024x768") << QSize(1024, 768) << false;
    QTest::newRow("presentation 1024x768") << QSize(1024, 768) << true;
    QTest::newRow("presentation 1920x1080") << QSize(1920, 1080) << true;
}

void TestPresentation::theSpreadStaysReadableUnderTheCaption()
{
    // "The luck of the draw" once a guess is marked: the caption squashed the spread until
    // its x ticks read "…", its y title "Cov…" and the band vanished, just as the answer
    // came. The chart keeps its room; the caption gives way.
    QFETCH(QSize, size);
    QFETCH(bool, presenting);
    m_window->resize(size);
    m_window->lesson()->setChapterById(QStringLiteral("the-luck-of-the-draw"));
    if (presenting) {
        enter();
        view()->setWindowState(Qt::WindowNoState);
        view()->setGeometry(QRect(QPoint(0, 0), size));
        QTRY_COMPARE(view()->size(), size);
    }
    LabCharts *lab = m_window->stage()->labCharts();
    m_window->stage()->setLabGuess(9.0);
    m_window->lesson()->nextBeat();
    for (int pass = 0; pass < 3; ++pass)
        QCoreApplication::processEvents();
    QChart *spread = lab->firstChart();
    QVERIFY(lab->guessCaption()->isVisible());
    const QRectF plot = spread->plotArea();
    // The y title stands whole along the plot's height.
    const auto *coverage = qobject_cast<QValueAxis *>(spread->axes(Qt::Vertical).constFirst());
    const auto *rounds = qobject_cast<QValueAxis *>(spread->axes(Qt::Horizontal).constFirst());
    const qreal title = QFontMetricsF(coverage->titleFont()).horizontalAdvance(coverage->titleText());
    QVERIFY2(plot.height() >= title + 10, qPrintable(QStringLiteral("plot %1 px high, y title %2 px").arg(plot.height()).arg(title)));
    // Every round label fits its share of the width.
    const int labels = int(std::floor((rounds->max() - rounds->min()) / rounds->tickInterval())) + 1;
    const qreal widest = QFontMetricsF(rounds->labelsFont()).horizontalAdvance(QStringLiteral("88"));
    QVERIFY2(plot.width() / labels >= widest, qPrintable(QStringLiteral("%1 labels in %2 px").arg(labels).arg(plot.width())));
    // The band is there, and tall enough to see: the runs' middle eight in ten.
    bool band = false;
    for (QAbstractSeries *series : spread->series())
        band = band || (series->type() == QAbstractSeries::SeriesTypeArea && series->isVisible());
    QVERIFY(band);
    QVERIFY2(plot.height() >= 120, qPrintable(QStringLiteral("plot %1, chart view %2, lab %3x%4, caption %5").arg(plot.height()).arg(spread->scene()->views().constFirst()->height()).arg(lab->width()).arg(lab->height()).arg(lab->guessCaption()->height())));
    // The caption still says the guess and the answer, in one piece or cut with its whole on hover.
    QLabel *caption = lab->guessCaption();
    QVERIFY(caption->text().contains(QLatin1String("9")));
    QVERIFY(caption->geometry().bottom() <= lab->mapFromGlobal(spread->scene()->views().constFirst()->mapToGlobal(QPoint(0, 0))).y() + 1);
}

QTEST_MAIN(TestPresentation)
#include "tst_presentation.moc"
