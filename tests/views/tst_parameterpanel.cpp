// Tests the parameter panel as a student uses it: only valid values, changes wait for a reset and say so, and nothing it cannot show is lost.
#include "engine/configschema.h"
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
    void everyFieldIsShownAndEditable();
    void typingKeepsWhatWasTyped();

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
    QVERIFY(notice->text().isEmpty());
    QVERIFY(!apply->isEnabled());
    const QRect applyWas = apply->geometry();
    field<QSpinBox>("k")->setValue(4);
    QCoreApplication::processEvents();
    // The run goes on unchanged; the panel says when the change takes effect, below the
    // button, which stays where the pointer expects it.
    QCOMPARE(m_controller->simulation().config().k, 2);
    QVERIFY(notice->isVisible());
    QVERIFY(!notice->text().isEmpty());
    QVERIFY(apply->isEnabled());
    QCOMPARE(apply->geometry(), applyWas);
    QTest::mouseClick(apply, Qt::LeftButton);
    QCOMPARE(m_controller->simulation().config().k, 4);
    QCOMPARE(m_controller->round(), gossip::Round(0));
    QVERIFY(notice->text().isEmpty());
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
    auto *mechanism = field<QComboBox>("protocol");
    QVERIFY(field<QSpinBox>("k")->isEnabled());
    QVERIFY(!field<QSpinBox>("cacheCapacity")->isVisible());
    mechanism->setCurrentIndex(mechanism->findData(int(gossip::Protocol::DirectMail)));
    QCOMPARE(m_controller->pendingConfig().protocol, gossip::Protocol::DirectMail);
    // Direct mail has one mode and no rumor settings; its cache applies.
    QCOMPARE(m_controller->pendingConfig().mode, gossip::Mode::Push);
    QCOMPARE(m_controller->pendingConfig().backupEvery, 0);
    QVERIFY(!field<QComboBox>("mode")->isVisible());
    QVERIFY(!field<QSpinBox>("k")->isVisible());
    QVERIFY(field<QSpinBox>("cacheCapacity")->isVisible());
    QVERIFY(field<QSpinBox>("cacheCapacity")->isEnabled());
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

void TestParameterPanel::everyFieldIsShownAndEditable()
{
    // Chapter 8's settings: every field that shapes a run has a row (the round limit and
    // the way of finding differences had none), showing the run's value, and editing it
    // changes the pending run.
    gossip::Scenario scenario = rumorScenario();
    scenario.config.protocol = gossip::Protocol::AntiEntropy;
    scenario.config.mode = gossip::Mode::PushPull;
    scenario.config.maxRounds = 1;
    scenario.config.reconciliation = gossip::Reconciliation::Checksum;
    scenario.config.sharedItems = 1000;
    m_controller->load(scenario);
    for (const gossip::ConfigField &field : gossip::configFields()) {
        const QString key = QString::fromLatin1(field.key.data(), qsizetype(field.key.size()));
        QWidget *editor = m_panel->editor(field.key);
        QVERIFY2(editor, qPrintable(key));
        QCOMPARE(editor->objectName(), key);
        QVERIFY2(!editor->toolTip().isEmpty(), qPrintable(key));
        // Those of anti-entropy are shown; rumor mongering's and direct mail's are not.
        QCOMPARE(editor->isVisibleTo(m_panel.get()), field.appliesTo(gossip::Protocol::AntiEntropy));
    }
    auto *rounds = field<QSpinBox>("maxRounds");
    QCOMPARE(rounds->value(), 1);
    QVERIFY(rounds->isEnabled());
    auto *differences = field<QComboBox>("reconciliation");
    QCOMPARE(differences->currentData().toInt(), int(gossip::Reconciliation::Checksum));
    QCOMPARE(field<QSpinBox>("sharedItems")->value(), 1000);
    rounds->setValue(1000);
    differences->setCurrentIndex(differences->findData(int(gossip::Reconciliation::WholeDatabase)));
    QCOMPARE(m_controller->pendingConfig().maxRounds, 1000);
    QCOMPARE(m_controller->pendingConfig().reconciliation, gossip::Reconciliation::WholeDatabase);
    // A field the other settings leave idle is shown disabled: the recent-update window
    // does nothing without recent updates.
    QVERIFY(!field<QSpinBox>("recentWindow")->isEnabled());
    // The network box offers a file.
    auto *network = field<QComboBox>("network");
    QVERIFY(network->itemText(network->count() - 1).startsWith(QLatin1String("From a file")));
    QSignalSpy asked(m_panel.get(), &ParameterPanel::networkFileRequested);
    network->setCurrentIndex(network->count() - 1);
    QCOMPARE(asked.count(), 1);
    QCOMPARE(m_controller->pendingConfig().network, gossip::NetworkKind::Complete);
    QCOMPARE(network->currentData().toInt(), int(gossip::NetworkKind::Complete));
}

void TestParameterPanel::typingKeepsWhatWasTyped()
{
    // Typing 12345 gave "12,354": the group separator was put in as one typed and moved
    // the caret. What is typed is what the box holds; the separator comes back after.
    auto *nodes = field<QSpinBox>("nodes");
    nodes->setFocus();
    QVERIFY(QTest::qWaitForWindowActive(m_panel.get()) || nodes->hasFocus());
    nodes->selectAll();
    QTest::keyClicks(nodes, "12345");
    QCOMPARE(nodes->text(), QStringLiteral("12345"));
    QCOMPARE(nodes->value(), 12345);
    QCOMPARE(m_controller->pendingConfig().nodes, 12345u);
    field<QSpinBox>("k")->setFocus();
    QCOMPARE(nodes->value(), 12345);
    QCOMPARE(nodes->text(), QLocale().toString(12345));
    // A share is kept to the digit typed.
    auto *loss = field<QDoubleSpinBox>("loss");
    loss->setFocus();
    loss->selectAll();
    QTest::keyClicks(loss, QLocale().toString(0.125));
    QCOMPARE(m_controller->pendingConfig().loss, 0.125);
}

QTEST_MAIN(TestParameterPanel)
#include "tst_parameterpanel.moc"
