// The parameter panel.
#include "parameterpanel.h"

#include "simulationcontroller.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRandomGenerator>
#include <QRegularExpressionValidator>
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
    , m_seed(new QLineEdit(this))
    , m_newSeed(new QPushButton(this))
    , m_notice(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    // Names for tests and accessibility tools to find each field by.
    const std::pair<QWidget *, const char *> names[] = {
            {m_protocol, "mechanism"}, {m_mode, "mode"},   {m_interest, "interest"}, {m_stopping, "stopping"},
            {m_k, "k"},                {m_nodes, "nodes"}, {m_loss, "loss"},         {m_cache, "cache"},
            {m_backup, "backup"},      {m_seed, "seed"},   {m_newSeed, "newSeed"},   {m_notice, "notice"},
            {m_apply, "apply"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    // The ranges the engine accepts, so a scenario opened from a file shows as it is.
    m_k->setRange(1, gossip::maxK);
    m_nodes->setRange(2, SimulationController::maximumGuiNodes);
    m_nodes->setGroupSeparatorShown(true);
    m_loss->setRange(0.0, 1.0);
    m_loss->setSingleStep(0.05);
    m_loss->setDecimals(2);
    m_cache->setRange(0, 1'000'000);
    m_backup->setRange(0, int(gossip::maxRoundsLimit));
    // Any seed a scenario file can hold (an exact integer in JSON, below 2^53).
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,15}")), m_seed));
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

    // Each widget changes only its own field, so a value it cannot show (from a file or
    // the command line) is kept until the user edits that very field.
    connect(m_protocol, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](gossip::Config &config) {
            config.protocol = gossip::Protocol(m_protocol->currentData().toInt());
            const bool directMail = config.protocol == gossip::Protocol::DirectMail;
            config.mode = directMail ? gossip::Mode::Push : gossip::Mode(m_mode->currentData().toInt());
            config.backupEvery = config.protocol == gossip::Protocol::Rumor ? m_backup->value() : 0;
        });
    });
    connect(m_mode, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](gossip::Config &config) { config.mode = gossip::Mode(m_mode->currentData().toInt()); });
    });
    connect(m_interest, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](gossip::Config &config) { config.interest = gossip::Interest(m_interest->currentData().toInt()); });
    });
    connect(m_stopping, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](gossip::Config &config) { config.stopping = gossip::Stopping(m_stopping->currentData().toInt()); });
    });
    connect(m_k, &QSpinBox::valueChanged, this, [this](int k) {
        edit([k](gossip::Config &config) { config.k = k; });
    });
    connect(m_nodes, &QSpinBox::valueChanged, this, [this](int nodes) {
        edit([nodes](gossip::Config &config) { config.nodes = std::uint32_t(nodes); });
    });
    connect(m_loss, &QDoubleSpinBox::valueChanged, this, [this](double loss) {
        edit([loss](gossip::Config &config) { config.loss = loss; });
    });
    connect(m_cache, &QSpinBox::valueChanged, this, [this](int capacity) {
        edit([capacity](gossip::Config &config) { config.cacheCapacity = capacity; });
    });
    connect(m_backup, &QSpinBox::valueChanged, this, [this](int every) {
        edit([every](gossip::Config &config) {
            config.backupEvery = config.protocol == gossip::Protocol::Rumor ? every : 0;
        });
    });
    connect(m_seed, &QLineEdit::textEdited, this, [this](const QString &text) {
        bool ok = false;
        const std::uint64_t seed = text.toULongLong(&ok);
        if (ok)
            edit([seed](gossip::Config &config) { config.seed = seed; });
    });
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
    m_k->setValue(config.k);
    m_nodes->setValue(int(std::min<std::uint32_t>(config.nodes, SimulationController::maximumGuiNodes)));
    m_loss->setValue(config.loss);
    m_cache->setValue(config.cacheCapacity);
    m_backup->setValue(config.backupEvery);
    if (m_seed->text() != QString::number(config.seed))
        m_seed->setText(QString::number(config.seed));

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

void ParameterPanel::edit(const std::function<void(gossip::Config &)> &change)
{
    if (m_showing)
        return;
    gossip::Config config = m_controller->pendingConfig();
    change(config);
    m_controller->setPendingConfig(config);
}

void ParameterPanel::newSeed()
{
    const std::uint64_t seed = QRandomGenerator::global()->bounded(std::numeric_limits<int>::max());
    m_seed->setText(QString::number(seed));
    edit([seed](gossip::Config &config) { config.seed = seed; });
}

void ParameterPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}
