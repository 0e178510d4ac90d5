// Tests the parameter panel as a student uses it: only valid values, changes wait for a reset and say so, and nothing it cannot show is lost.
#include "views/controls/parameterpanel.h"
#include "views/simulation/simulationcontroller.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>

#include <memory>

namespace {

gossip::Scenario rumorScenario()
{
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Push;
    config.nodes = 200;
    config.k = 2;
    config.seed = 7;
    return gossip::Scenario::singleUpdate(config);
}

} // namespace

class TestParameterPanel : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void widgetsAllowOnlyValidValues();
    void changeWaitsForResetAndSaysSo();
    void editingOneFieldKeepsTheOthers();
    void seedTakesAnyValidSeed();
    void fieldsFollowTheMechanism();
    void peopleAboveTheWindowsLimitAreExplained();

private:
    template<typename T>
    T *field(const char *name) const
    {
        auto *widget = m_panel->findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no field %s", name);
        return widget;
    }

    std::unique_ptr<SimulationController> m_controller;
    std::unique_ptr<ParameterPanel> m_panel;
};

void TestParameterPanel::init()
{
    m_controller = std::make_unique<SimulationController>();
    m_controller->load(rumorScenario());
    m_panel = std::make_unique<ParameterPanel>(m_controller.get());
    m_panel->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_panel.get()));
}

void TestParameterPanel::cleanup()
{
    m_panel.reset();
    m_controller.reset();
}

void TestParameterPanel::widgetsAllowOnlyValidValues()
{
    auto *nodes = field<QSpinBox>("nodes");
    QCOMPARE(nodes->minimum(), 2);
    QCOMPARE(nodes->maximum(), int(gossip::maxNodes));
    QCOMPARE(field<QSpinBox>("k")->minimum(), 1);
    QCOMPARE(field<QDoubleSpinBox>("loss")->minimum(), 0.0);
    QCOMPARE(field<QDoubleSpinBox>("loss")->maximum(), 1.0);
    // Typing past the range stops at its end; every value reaching the engine is valid.
    nodes->selectAll();
    QTest::keyClicks(nodes, "9999999999");
    QVERIFY(nodes->value() <= int(gossip::maxNodes));
    auto *seed = field<QLineEdit>("seed");
    seed->clear();
    QTest::keyClicks(seed, "12x-3");
    QCOMPARE(seed->text(), QStringLiteral("123"));
    QVERIFY(!gossip::validate(m_controller->pendingConfig()));
}

void TestParameterPanel::changeWaitsForResetAndSaysSo()
{
    auto *notice = field<QLabel>("notice");
    auto *apply = field<QPushButton>("apply");
    QVERIFY(!notice->isVisible());
    QVERIFY(!apply->isEnabled());
    field<QSpinBox>("k")->setValue(4);
    // The run goes on unchanged; the panel says when the change takes effect.
    QCOMPARE(m_controller->simulation().config().k, 2);
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
    QVERIFY(apply->isEnabled());
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_controller->simulation().config().k, 4);
    QCOMPARE(m_controller->round(), gossip::Round(0));
    QVERIFY(!notice->isVisible());
}

void TestParameterPanel::editingOneFieldKeepsTheOthers()
{
    // A scenario from a file or the command line may hold values the story never uses.
    gossip::Scenario scenario = rumorScenario();
    scenario.config.k = 37;
    scenario.config.backupEvery = 500;
    scenario.config.seed = 1'234'567'890'123ULL;
    m_controller->load(scenario);
    field<QSpinBox>("nodes")->setValue(300);
    const gossip::Config &pending = m_controller->pendingConfig();
    QCOMPARE(pending.nodes, 300u);
    QCOMPARE(pending.k, 37);
    QCOMPARE(pending.backupEvery, 500);
    QCOMPARE(pending.seed, 1'234'567'890'123ULL);
}

void TestParameterPanel::seedTakesAnyValidSeed()
{
    gossip::Scenario scenario = rumorScenario();
    scenario.config.seed = 4'000'000'000ULL; // above a 32-bit int
    m_controller->load(scenario);
    auto *seed = field<QLineEdit>("seed");
    QCOMPARE(seed->text(), QStringLiteral("4000000000"));
    seed->selectAll();
    QTest::keyClicks(seed, "5000000000");
    QCOMPARE(m_controller->pendingConfig().seed, 5'000'000'000ULL);
    // "New seed" draws another and says it waits for a reset like any change.
    m_controller->reset();
    QTest::mouseClick(field<QPushButton>("newSeed"), Qt::LeftButton);
    QCOMPARE(seed->text(), QString::number(m_controller->pendingConfig().seed));
    QVERIFY(m_controller->hasPendingChanges());
}

void TestParameterPanel::fieldsFollowTheMechanism()
{
    auto *mechanism = field<QComboBox>("mechanism");
    QVERIFY(field<QSpinBox>("k")->isEnabled());
    QVERIFY(!field<QSpinBox>("cache")->isEnabled());
    mechanism->setCurrentIndex(mechanism->findData(int(gossip::Protocol::DirectMail)));
    QCOMPARE(m_controller->pendingConfig().protocol, gossip::Protocol::DirectMail);
    // Direct mail has one mode and no rumor settings; its cache applies.
    QCOMPARE(m_controller->pendingConfig().mode, gossip::Mode::Push);
    QCOMPARE(m_controller->pendingConfig().backupEvery, 0);
    QVERIFY(!field<QComboBox>("mode")->isEnabled());
    QVERIFY(!field<QSpinBox>("k")->isEnabled());
    QVERIFY(field<QSpinBox>("cache")->isEnabled());
    QVERIFY(!gossip::validate(m_controller->pendingConfig()));
}

void TestParameterPanel::peopleAboveTheWindowsLimitAreExplained()
{
    // More people than the window draws: the number stays as typed and the panel says why,
    // and neither Apply nor Reset (R) starts a run the window cannot show.
    auto *nodes = field<QSpinBox>("nodes");
    nodes->setValue(20000);
    QCOMPARE(nodes->value(), 20000);
    QCOMPARE(m_controller->pendingConfig().nodes, 20000u);
    auto *notice = field<QLabel>("notice");
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QLocale().toString(SimulationController::maximumGuiNodes)), qPrintable(notice->text()));
    QVERIFY(notice->text().contains(QStringLiteral("gossiplab-cli")));
    QVERIFY(!field<QPushButton>("apply")->isEnabled());
    QSignalSpy problem(m_controller.get(), &SimulationController::problem);
    m_controller->reset();
    QCOMPARE(problem.count(), 1);
    QVERIFY(m_controller->world().nodes <= std::uint32_t(SimulationController::maximumGuiNodes));
    // Back under the limit, Apply works again.
    nodes->setValue(5000);
    QVERIFY(field<QPushButton>("apply")->isEnabled());
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
