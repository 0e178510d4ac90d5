// The first launch on a 1024 x 768 projector: the whole window, its charts and round counter on screen.
#include "app/gui/mainwindow.h"
#include "views/chart/chartlegend.h"
#include "views/chart/chartstyle.h"
#include "views/chart/chartwidget.h"
#include "views/lab/labcharts.h"
#include "views/stage/stage.h"
#include "views/lesson/lessoncontroller.h"
#include "views/simulation/simulationcontroller.h"
#include "views/controls/transportbar.h"

#include <QAbstractAxis>
#include <QChart>
#include <QGraphicsScene>
#include <QGraphicsView>
#include <QLegend>
#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>
#include <QTextDocumentFragment>

class TestFirstLaunch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowFitsTheScreen();
    void everyLegendNameIsWhole_data();
    void everyLegendNameIsWhole();
};

void TestFirstLaunch::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QSettings().clear();
}

void TestFirstLaunch::windowFitsTheScreen()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QRect available = window.screen()->availableGeometry();
    // The test runs on a screen of its own size (screen-1024x768.json).
    QCOMPARE(available.size(), QSize(1024, 768));
    QVERIFY2(available.contains(window.frameGeometry()),
             qPrintable(QStringLiteral("window %1x%2 at %3,%4")
                                .arg(window.frameGeometry().width())
                                .arg(window.frameGeometry().height())
                                .arg(window.frameGeometry().x())
                                .arg(window.frameGeometry().y())));
    // What the class must see: the charts and the transport bar with its round counter.
    for (QWidget *widget : {static_cast<QWidget *>(window.chart()), static_cast<QWidget *>(window.transport())}) {
        const QRect onScreen(widget->mapToGlobal(QPoint(0, 0)), widget->size());
        QVERIFY2(available.contains(onScreen), widget->metaObject()->className());
        QVERIFY(widget->isVisible());
    }
}

void TestFirstLaunch::everyLegendNameIsWhole_data()
{
    QTest::addColumn<QString>("chapter");
    QTest::newRow("rumor, with theory") << QStringLiteral("rumor-spreading");
    QTest::newRow("direct mail") << QStringLiteral("direct-mail");
    QTest::newRow("all together") << QStringLiteral("all-together");
    QTest::newRow("the luck of the draw (the lab)") << QStringLiteral("the-luck-of-the-draw");
    QTest::newRow("strains on their own chart") << QStringLiteral("anti-entropy-push");
    QTest::newRow("the price of anti-entropy") << QStringLiteral("the-price-of-anti-entropy");
    QTest::newRow("two towns and a bridge") << QStringLiteral("two-towns-and-a-bridge");
}

void TestFirstLaunch::everyLegendNameIsWhole()
{
    // On the 1024 x 768 screen the chart column is about 300 px wide. QtCharts' legends cut
    // names there ("Contagi…", "Theory …"); the charts' own legends wrap between names.
    QFETCH(QString, chapter);
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.lesson()->setChapterById(chapter);
    window.controller()->seek(window.lesson()->chapter().keyFrame); // as the export shows it
    QCoreApplication::processEvents();
    // No chapter makes the window wider than the screen.
    const QRect available = window.screen()->availableGeometry();
    QVERIFY2(window.minimumSizeHint().width() <= available.width(),
             qPrintable(QStringLiteral("needs %1 px").arg(window.minimumSizeHint().width())));
    QVERIFY2(available.contains(window.frameGeometry()), qPrintable(QStringLiteral("%1 px wide").arg(window.width())));
    const LabCharts *lab = window.stage()->labCharts();
    for (QChart *chart : {window.chart()->coverageChart(), window.chart()->messageChart(),
                          window.chart()->comparisonChart(), lab->firstChart(), lab->secondChart(), lab->residueChart()}) {
        QVERIFY(!chart->legend()->isVisible());
        // Titles too: a long one takes two lines, each of which fits ("Every mechanism on one ch...").
        if (!chart->isVisible())
            continue;
        const QString shown = QTextDocumentFragment::fromHtml(chart->title()).toPlainText();
        const QFontMetricsF metrics(chart->titleFont());
        for (const QString &line : shown.split(QLatin1Char('\n')))
            QVERIFY2(metrics.horizontalAdvance(line) < chart->size().width(), qPrintable(line));
        QVERIFY(ChartStyle::fullTitle(chart).startsWith(shown.section(QLatin1Char('\n'), 0, 0)));
        // An axis's title fits along its plot ("Fraction of person-stra…" did not).
        const bool onScreen = !chart->scene()->views().isEmpty() && chart->scene()->views().constFirst()->isVisible();
        for (QAbstractAxis *axis : onScreen ? chart->axes() : QList<QAbstractAxis *>()) {
            const qreal along = axis->orientation() == Qt::Vertical ? chart->plotArea().height() : chart->plotArea().width();
            QVERIFY2(QFontMetricsF(axis->titleFont()).horizontalAdvance(axis->titleText()) <= along,
                     qPrintable(QStringLiteral("%1 in %2 px").arg(axis->titleText()).arg(along)));
        }
    }
    int shown = 0;
    for (ChartLegend *legend : window.findChildren<ChartLegend *>()) {
        if (!legend->isVisible())
            continue;
        ++shown;
        QVERIFY(!legend->entries().isEmpty());
        const QFontMetrics metrics(legend->font());
        const int room = legend->contentsRect().width();
        for (const ChartLegend::Entry &entry : legend->entries())
            QVERIFY2(metrics.horizontalAdvance(entry.name) < room, qPrintable(entry.name));
        // Each name is in the text whole (a wrapped line breaks between names only).
        QVERIFY(legend->heightForWidth(legend->width()) <= legend->height());
    }
    QCOMPARE(shown, 2); // the first chart's and the second's (messages, or the lab's histograms)
}

QTEST_MAIN(TestFirstLaunch)
#include "tst_firstlaunch.moc"
