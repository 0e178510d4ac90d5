// The parameter panel.
#include "parameterpanel.h"

#include "simulationcontroller.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSpinBox>
#include <QVBoxLayout>

ParameterPanel::ParameterPanel(SimulationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_protocolLabel(new QLabel(this))
    , m_protocol(new QComboBox(this))
    , m_modeLabel(new QLabel(this))
    , m_mode(new QComboBox(this))
    , m_interestLabel(new QLabel(this))
    , m_interest(new QComboBox(this))
    , m_stoppingLabel(new QLabel(this))
    , m_stopping(new QComboBox(this))
    , m_kLabel(new QLabel(this))
    , m_k(new QSpinBox(this))
    , m_nodesLabel(new QLabel(this))
    , m_nodes(new QSpinBox(this))
    , m_lossLabel(new QLabel(this))
    , m_loss(new QDoubleSpinBox(this))
    , m_cacheLabel(new QLabel(this))
    , m_cache(new QSpinBox(this))
    , m_backupLabel(new QLabel(this))
    , m_backup(new QSpinBox(this))
    , m_seedLabel(new QLabel(this))
    , m_seed(new QSpinBox(this))
    , m_newSeed(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    m_k->setRange(1, 10);
    m_nodes->setRange(2, SimulationController::maximumGuiNodes);
    m_nodes->setGroupSeparatorShown(true);
    m_loss->setRange(0.0, 1.0);
    m_loss->setSingleStep(0.05);
    m_loss->setDecimals(2);
    m_cache->setRange(0, 10'000);
    m_backup->setRange(0, 100);
    m_seed->setRange(0, std::numeric_limits<int>::max());
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::Highlight);
    for (QLabel *label : {m_protocolLabel, m_modeLabel, m_interestLabel, m_stoppingLabel, m_kLabel, m_nodesLabel,
                          m_lossLabel, m_cacheLabel, m_backupLabel, m_seedLabel})
        label->setWordWrap(true);

    auto *seedRow = new QHBoxLayout;
    seedRow->addWidget(m_seed, 1);
    seedRow->addWidget(m_newSeed);
    auto *form = new QFormLayout;
    form->addRow(m_protocolLabel, m_protocol);
    form->addRow(m_modeLabel, m_mode);
    form->addRow(m_interestLabel, m_interest);
    form->addRow(m_stoppingLabel, m_stopping);
    form->addRow(m_kLabel, m_k);
    form->addRow(m_nodesLabel, m_nodes);
    form->addRow(m_lossLabel, m_loss);
    form->addRow(m_cacheLabel, m_cache);
    form->addRow(m_backupLabel, m_backup);
    form->addRow(m_seedLabel, seedRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_notice);
    layout->addWidget(m_apply);
    layout->addStretch();

    retranslate();
    showPending();

    for (QComboBox *box : {m_protocol, m_mode, m_interest, m_stopping})
        connect(box, &QComboBox::currentIndexChanged, this, &ParameterPanel::edited);
    for (QSpinBox *box : {m_k, m_nodes, m_cache, m_backup, m_seed})
        connect(box, &QSpinBox::valueChanged, this, &ParameterPanel::edited);
    connect(m_loss, &QDoubleSpinBox::valueChanged, this, &ParameterPanel::edited);
    connect(m_newSeed, &QPushButton::clicked, this, &ParameterPanel::newSeed);
    connect(m_apply, &QPushButton::clicked, m_controller, &SimulationController::reset);
    connect(m_controller, &SimulationController::pendingConfigChanged, this, &ParameterPanel::showPending);
}

void ParameterPanel::retranslate()
{
    const bool wasShowing = m_showing;
    m_showing = true;
    const auto fill = [](QComboBox *box, const QList<std::pair<QString, int>> &items) {
        const int current = box->currentIndex();
        box->clear();
        for (const auto &[text, value] : items)
            box->addItem(text, value);
        box->setCurrentIndex(std::max(0, current));
    };
    fill(m_protocol, {{tr("Direct mail"), int(gossip::Protocol::DirectMail)},
                      {tr("Anti-entropy"), int(gossip::Protocol::AntiEntropy)},
                      {tr("Rumor mongering"), int(gossip::Protocol::Rumor)}});
    fill(m_mode, {{tr("Push"), int(gossip::Mode::Push)},
                  {tr("Pull"), int(gossip::Mode::Pull)},
                  {tr("Push-pull"), int(gossip::Mode::PushPull)}});
    fill(m_interest, {{tr("Feedback"), int(gossip::Interest::Feedback)}, {tr("Blind"), int(gossip::Interest::Blind)}});
    fill(m_stopping, {{tr("Counter"), int(gossip::Stopping::Counter)}, {tr("Coin"), int(gossip::Stopping::Coin)}});
    m_protocolLabel->setText(tr("Mechanism"));
    m_modeLabel->setText(tr("Mode"));
    m_interestLabel->setText(tr("Lose interest"));
    m_interest->setToolTip(tr("Feedback: only after calling someone who knew already. Blind: after any call."));
    m_stoppingLabel->setText(tr("Stop by"));
    m_stopping->setToolTip(tr("Counter: after k such calls in a row. Coin: with probability 1/k each time."));
    m_kLabel->setText(tr("k"));
    m_nodesLabel->setText(tr("People (nodes)"));
    m_lossLabel->setText(tr("Message loss"));
    m_loss->setToolTip(tr("Probability that a message is lost on the way"));
    m_cacheLabel->setText(tr("Retransmit cache"));
    m_cache->setToolTip(tr("Direct mail: how many failed mails the writer keeps to retry"));
    m_backupLabel->setText(tr("Anti-entropy every"));
    m_backup->setSpecialValueText(tr("Never"));
    m_backup->setSuffix(tr(" rounds"));
    m_backup->setToolTip(tr("Rumor mongering: a push-pull anti-entropy round every N rounds cleans up the residue"));
    m_seedLabel->setText(tr("Seed"));
    m_newSeed->setText(tr("New seed"));
    m_apply->setText(tr("Apply and reset"));
    m_showing = wasShowing;
    showPending();
}

void ParameterPanel::showPending()
{
    m_showing = true;
    const gossip::Config &config = m_controller->pendingConfig();
    m_protocol->setCurrentIndex(m_protocol->findData(int(config.protocol)));
    m_mode->setCurrentIndex(m_mode->findData(int(config.mode)));
    m_interest->setCurrentIndex(m_interest->findData(int(config.interest)));
    m_stopping->setCurrentIndex(m_stopping->findData(int(config.stopping)));
    m_k->setValue(std::min(config.k, m_k->maximum()));
    m_nodes->setValue(int(std::min<std::uint32_t>(config.nodes, SimulationController::maximumGuiNodes)));
    m_loss->setValue(config.loss);
    m_cache->setValue(config.cacheCapacity);
    m_backup->setValue(config.backupEvery);
    m_seed->setValue(int(config.seed % std::uint64_t(std::numeric_limits<int>::max())));

    const bool directMail = config.protocol == gossip::Protocol::DirectMail;
    const bool rumor = config.protocol == gossip::Protocol::Rumor;
    // Story chapters script exact contacts; their population is part of the story.
    const bool scripted = config.partnerChoice == gossip::PartnerChoice::Scripted;
    m_mode->setEnabled(!directMail && !scripted);
    m_protocol->setEnabled(!scripted);
    m_nodes->setEnabled(!scripted);
    for (QWidget *widget : {static_cast<QWidget *>(m_interest), static_cast<QWidget *>(m_stopping),
                            static_cast<QWidget *>(m_k), static_cast<QWidget *>(m_backup)})
        widget->setEnabled(rumor);
    m_cache->setEnabled(directMail);

    const bool pending = m_controller->hasPendingChanges();
    m_notice->setText(pending ? tr("Changed parameters take effect when you reset.") : QString());
    m_notice->setVisible(pending);
    m_apply->setEnabled(pending);
    m_showing = false;
}

void ParameterPanel::edited()
{
    if (m_showing)
        return;
    gossip::Config config = m_controller->pendingConfig();
    config.protocol = gossip::Protocol(m_protocol->currentData().toInt());
    config.mode = config.protocol == gossip::Protocol::DirectMail ? gossip::Mode::Push
                                                                   : gossip::Mode(m_mode->currentData().toInt());
    config.interest = gossip::Interest(m_interest->currentData().toInt());
    config.stopping = gossip::Stopping(m_stopping->currentData().toInt());
    config.k = m_k->value();
    config.nodes = std::uint32_t(m_nodes->value());
    config.loss = m_loss->value();
    config.cacheCapacity = m_cache->value();
    config.backupEvery = config.protocol == gossip::Protocol::Rumor ? m_backup->value() : 0;
    config.seed = std::uint64_t(m_seed->value());
    m_controller->setPendingConfig(config);
}

void ParameterPanel::newSeed()
{
    m_seed->setValue(int(QRandomGenerator::global()->bounded(std::numeric_limits<int>::max())));
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
