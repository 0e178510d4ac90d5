// The first launch on a 1024 x 768 projector: the whole window, its charts and round counter on screen.
#include "app/gui/mainwindow.h"
#include "views/chart/chartwidget.h"
#include "views/controls/transportbar.h"

#include <QScreen>
#include <QSettings>
#include <QStandardPaths>
#include <QTest>

class TestFirstLaunch : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void windowFitsTheScreen();
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

QTEST_MAIN(TestFirstLaunch)
#include "tst_firstlaunch.moc"
