// Tests the event log: the model against Qt's checker and the story, and the view's highlight.
#include "tests/common/story.h"
#include "views/log/eventlogmodel.h"
#include "views/log/eventlogview.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/simulationcontroller.h"
#include "views/style/citystyle.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSignalSpy>
#include <QTest>

#include <memory>

namespace {

using namespace storytest;

gossip::Scenario rumorScenario(std::uint32_t nodes)
{
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::PushPull;
    config.nodes = nodes;
    config.seed = 11;
    config.loss = 0.1;
    return gossip::Scenario::singleUpdate(config);
}

QString cell(const QAbstractItemModel &model, int row, int column, int role = Qt::DisplayRole)
{
    return model.data(model.index(row, column), role).toString();
}

} // namespace

class TestEventLogModel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void passesModelTester();
    void storyRow();
    void nodeNames();
    void carriedNothing();
    void versionsAndRounds();
    void oneResetPerChange();
    void selectingHighlights();
    void highlightSelects();
    void largeRound();
    void everyColumnButTheItemsIsWhole();

private:
    std::unique_ptr<SimulationController> m_controller;
};

void TestEventLogModel::init()
{
    m_controller = std::make_unique<SimulationController>();
}

void TestEventLogModel::cleanup()
{
    m_controller.reset();
}

void TestEventLogModel::passesModelTester()
{
    m_controller->load(rumorScenario(60));
    EventLogModel model(m_controller.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.columnCount(), 6);
    int busiest = 0;
    while (m_controller->canStepForward()) {
        m_controller->stepForward();
        QCOMPARE(model.rowCount(), int(m_controller->log().messages.size()));
        busiest = std::max(busiest, model.rowCount());
        for (int row = 0; row < model.rowCount(); ++row) {
            const gossip::Message &message = m_controller->log().messages[std::size_t(row)];
            QCOMPARE(cell(model, row, EventLogModel::Kind), channelName(message.channel));
            QCOMPARE(cell(model, row, EventLogModel::Outcome), outcomeName(message.outcome));
            QCOMPARE(model.data(model.index(row, EventLogModel::Outcome), Qt::DecorationRole).value<QColor>(),
                     outcomeColor(message.outcome));
        }
    }
    QVERIFY(busiest > 10);
    m_controller->stepBack();
    m_controller->seek(2);
    m_controller->writeUpdate(3);
    m_controller->reset();
    QCOMPARE(model.rowCount(), 0);
}

void TestEventLogModel::storyRow()
{
    m_controller->load(storyScenario(), strainNames());
    EventLogModel model(m_controller.get());
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_controller->stepForward();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(cell(model, 0, EventLogModel::From), QStringLiteral("A"));
    QCOMPARE(cell(model, 0, EventLogModel::To), QStringLiteral("E"));
    QCOMPARE(cell(model, 0, EventLogModel::Kind), channelName(gossip::Channel::AntiEntropy));
    QCOMPARE(cell(model, 0, EventLogModel::Round), QStringLiteral("1"));
    QCOMPARE(cell(model, 0, EventLogModel::Carried), QStringLiteral("T v1, R v1"));
    QCOMPARE(cell(model, 0, EventLogModel::Outcome), outcomeName(gossip::Outcome::New));
    QCOMPARE(model.headerData(EventLogModel::From, Qt::Horizontal).toString(), QStringLiteral("From"));
    QCOMPARE(model.headerData(EventLogModel::Carried, Qt::Horizontal).toString(), QStringLiteral("Carried"));
}

void TestEventLogModel::nodeNames()
{
    QCOMPARE(CityStyle::nodeName(5, 0), QStringLiteral("A"));
    QCOMPARE(CityStyle::nodeName(5, 4), QStringLiteral("E"));
    QCOMPARE(CityStyle::nodeName(26, 25), QStringLiteral("Z"));
    QCOMPARE(CityStyle::nodeName(27, 0), QStringLiteral("#0"));
    QCOMPARE(CityStyle::nodeName(1000, 123), QStringLiteral("#123"));
}

void TestEventLogModel::carriedNothing()
{
    // A contact lost on the way carries nothing.
    gossip::Scenario scenario = rumorScenario(200);
    scenario.config.protocol = gossip::Protocol::AntiEntropy;
    scenario.config.loss = 0.5;
    m_controller->load(scenario);
    EventLogModel model(m_controller.get());
    m_controller->stepForward();
    int empty = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const gossip::Message &message = m_controller->log().messages[std::size_t(row)];
        if (message.itemCount == 0) {
            QCOMPARE(cell(model, row, EventLogModel::Carried), QStringLiteral("—"));
            ++empty;
        } else {
            QCOMPARE(cell(model, row, EventLogModel::Carried), QStringLiteral("update v1"));
        }
    }
    QVERIFY(empty > 0);
}

void TestEventLogModel::versionsAndRounds()
{
    // After a forgery the log says which version each message carried: the forged one,
    // or the first, now outdated; and in which round.
    gossip::Scenario scenario = rumorScenario(60);
    scenario.config.protocol = gossip::Protocol::AntiEntropy;
    m_controller->load(scenario);
    EventLogModel model(m_controller.get());
    for (int round = 0; round < 3; ++round)
        m_controller->stepForward();
    m_controller->makeByzantine(0);
    m_controller->stepForward();
    QStringList carried;
    for (int row = 0; row < model.rowCount(); ++row) {
        QCOMPARE(cell(model, row, EventLogModel::Round), QStringLiteral("4"));
        carried << cell(model, row, EventLogModel::Carried);
    }
    QVERIFY2(carried.contains(QStringLiteral("update v2 (forged)")), qPrintable(carried.join(QLatin1Char('|'))));
    QVERIFY2(carried.contains(QStringLiteral("update v1 (outdated)")), qPrintable(carried.join(QLatin1Char('|'))));
    QCOMPARE(model.headerData(EventLogModel::Round, Qt::Horizontal).toString(), QStringLiteral("Round"));
}

void TestEventLogModel::oneResetPerChange()
{
    m_controller->load(rumorScenario(200));
    EventLogModel model(m_controller.get());
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserts(&model, &QAbstractItemModel::rowsInserted);
    m_controller->stepForward();
    m_controller->stepForward();
    QCOMPARE(resets.count(), 2);
    m_controller->writeUpdate(5);
    QCOMPARE(resets.count(), 3);
    QCOMPARE(inserts.count(), 0);
}

void TestEventLogModel::selectingHighlights()
{
    m_controller->load(rumorScenario(200));
    EventLogView view(m_controller.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 4; ++i)
        m_controller->stepForward();
    QVERIFY(view.model()->rowCount() > 5);

    QSignalSpy highlights(m_controller.get(), &SimulationController::highlightChanged);
    view.selectRow(3);
    QCOMPARE(m_controller->highlightedMessage(), 3);
    QCOMPARE(highlights.count(), 1);

    const QRect second = view.visualRect(view.model()->index(1, EventLogModel::Kind));
    QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, second.center());
    QCOMPARE(m_controller->highlightedMessage(), 1);
    QCOMPARE(highlights.count(), 2);

    // A new round drops the highlight and the selection with it.
    m_controller->stepForward();
    QCOMPARE(m_controller->highlightedMessage(), -1);
    QVERIFY(view.selectionModel()->selectedRows().isEmpty());
}

void TestEventLogModel::highlightSelects()
{
    m_controller->load(rumorScenario(1000));
    EventLogView view(m_controller.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 9; ++i)
        m_controller->stepForward();
    const int rows = view.model()->rowCount();
    QVERIFY(rows > 100);

    QSignalSpy highlights(m_controller.get(), &SimulationController::highlightChanged);
    m_controller->setHighlightedMessage(rows - 1);
    // Selected and scrolled into view, with no echo back to the controller.
    QCOMPARE(highlights.count(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().size(), 1);
    QCOMPARE(view.selectionModel()->selectedRows().constFirst().row(), rows - 1);
    QVERIFY(view.viewport()->rect().intersects(view.visualRect(view.model()->index(rows - 1, 0))));
    QCOMPARE(m_controller->highlightedMessage(), rows - 1);

    // An intervention resets the model but keeps the highlight, and the selection follows.
    m_controller->writeUpdate(3);
    QCOMPARE(view.selectionModel()->selectedRows().constFirst().row(), rows - 1);

    m_controller->setHighlightedMessage(-1);
    QVERIFY(view.selectionModel()->selectedRows().isEmpty());
    QCOMPARE(highlights.count(), 2);
}

void TestEventLogModel::largeRound()
{
    gossip::Config config;
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = gossip::Mode::PushPull;
    config.nodes = SimulationController::maximumGuiNodes;
    m_controller->load(gossip::Scenario::singleUpdate(config));
    EventLogView view(m_controller.get());
    view.resize(600, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));

    m_controller->stepForward();
    QElapsedTimer timer;
    timer.start();
    m_controller->stepForward();
    view.repaint();
    m_controller->setHighlightedMessage(int(m_controller->log().messages.size()) - 1);
    view.repaint();
    const qint64 elapsed = timer.elapsed();
    const int rows = view.model()->rowCount();
    QCOMPARE(rows, int(m_controller->log().messages.size()));
    QVERIFY(rows >= 10'000);
    qInfo("%d messages: step, reset, paint, highlight and paint again in %lld ms", rows, elapsed);
    // Generous on a loaded machine; per-row work would take seconds.
    QVERIFY(elapsed < 1000);
    QCOMPARE(view.verticalHeader()->sectionResizeMode(0), QHeaderView::Fixed);
}

void TestEventLogModel::everyColumnButTheItemsIsWhole()
{
    // In a dock as narrow as a 1024 x 768 window gives it, the last column was cut off:
    // every column is within the view and whole, but the carried items, last, which take
    // the rest.
    m_controller->load(rumorScenario(1000));
    EventLogView view(m_controller.get());
    view.resize(300, 300); // the dock's width in a 1024 x 768 window
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    for (int i = 0; i < 5; ++i)
        m_controller->stepForward();
    QVERIFY(view.model()->rowCount() > 0);
    QCOMPARE(int(EventLogModel::Carried), EventLogModel::ColumnCount - 1);
    const int width = view.viewport()->width();
    for (int column = 0; column < EventLogModel::ColumnCount; ++column) {
        const QRect cell = view.visualRect(view.model()->index(0, column));
        QVERIFY2(cell.right() < width, qPrintable(QStringLiteral("column %1 ends at %2 of %3").arg(column).arg(cell.right()).arg(width)));
        if (column == EventLogModel::Carried)
            continue;
        const QString text = view.model()->data(view.model()->index(0, column)).toString();
        QVERIFY2(view.fontMetrics().horizontalAdvance(text) <= cell.width(), qPrintable(text));
    }
}

QTEST_MAIN(TestEventLogModel)
#include "tst_eventlogmodel.moc"
