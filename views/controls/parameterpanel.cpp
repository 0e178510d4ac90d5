// The parameter panel.
#include "views/controls/parameterpanel.h"

#include "engine/configschema.h"
#include "views/content/configtext.h"
#include "views/simulation/simulationcontroller.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
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
    , m_networkLabel(new QLabel(this))
    , m_network(new QComboBox(this))
    , m_partnersLabel(new QLabel(this))
    , m_partners(new QComboBox(this))
    , m_exponentLabel(new QLabel(this))
    , m_exponent(new QDoubleSpinBox(this))
    , m_limitLabel(new QLabel(this))
    , m_limit(new QSpinBox(this))
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
            {m_apply, "apply"},        {m_network, "network"}, {m_partners, "partners"},
            {m_exponent, "spatialExponent"}, {m_limit, "connectionLimit"}};
    for (const auto &[widget, name] : names)
        widget->setObjectName(QLatin1String(name));
    // The ranges the engine accepts, so a scenario opened from a file shows as it is.
    const auto rangeOf = [](std::string_view key) {
        const gossip::ConfigField &field = gossip::configField(key);
        return std::pair{field.minimum, field.maximum};
    };
    m_k->setRange(int(rangeOf("k").first), int(rangeOf("k").second));
    // The engine's whole range: a number above what the window draws is kept and explained
    // (see showPending()), not cut down without a word.
    m_nodes->setRange(int(rangeOf("nodes").first), int(rangeOf("nodes").second));
    m_nodes->setGroupSeparatorShown(true);
    m_loss->setRange(rangeOf("loss").first, rangeOf("loss").second);
    m_loss->setSingleStep(0.05);
    m_loss->setDecimals(2);
    m_cache->setRange(int(rangeOf("cacheCapacity").first), int(rangeOf("cacheCapacity").second));
    m_backup->setRange(int(rangeOf("backupEvery").first), int(rangeOf("backupEvery").second));
    // Whole names: "Two towns and a bridge" is not cut to "…bridg".
    m_network->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_partners->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_exponent->setRange(rangeOf("spatialExponent").first, rangeOf("spatialExponent").second);
    m_exponent->setSingleStep(0.2);
    m_exponent->setDecimals(1);
    m_limit->setRange(int(rangeOf("connectionLimit").first), int(rangeOf("connectionLimit").second));
    // Any seed a scenario file can hold (an exact integer in JSON, below 2^53).
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,15}")), m_seed));
    m_notice->setWordWrap(true);
    m_notice->setForegroundRole(QPalette::Highlight);
    for (QLabel *label : {m_protocolLabel, m_modeLabel, m_interestLabel, m_stoppingLabel, m_kLabel, m_nodesLabel,
                          m_lossLabel, m_cacheLabel, m_backupLabel, m_seedLabel, m_networkLabel, m_partnersLabel,
                          m_exponentLabel, m_limitLabel})
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
    form->addRow(m_networkLabel, m_network);
    form->addRow(m_partnersLabel, m_partners);
    form->addRow(m_exponentLabel, m_exponent);
    form->addRow(m_limitLabel, m_limit);
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
    connect(m_network, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](gossip::Config &config) {
            config.network = gossip::NetworkKind(m_network->currentData().toInt());
        });
    });
    connect(m_partners, &QComboBox::currentIndexChanged, this, [this] {
        edit([this](gossip::Config &config) {
            config.partnerChoice = gossip::PartnerChoice(m_partners->currentData().toInt());
        });
    });
    connect(m_exponent, &QDoubleSpinBox::valueChanged, this, [this](double exponent) {
        edit([exponent](gossip::Config &config) { config.spatialExponent = exponent; });
    });
    connect(m_limit, &QSpinBox::valueChanged, this, [this](int limit) {
        edit([limit](gossip::Config &config) { config.connectionLimit = limit; });
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
    fill(m_protocol, {{ConfigText::protocolName(gossip::Protocol::DirectMail), int(gossip::Protocol::DirectMail)},
                      {ConfigText::protocolName(gossip::Protocol::AntiEntropy), int(gossip::Protocol::AntiEntropy)},
                      {ConfigText::protocolName(gossip::Protocol::Rumor), int(gossip::Protocol::Rumor)}});
    fill(m_mode, {{ConfigText::modeName(gossip::Mode::Push), int(gossip::Mode::Push)},
                  {ConfigText::modeName(gossip::Mode::Pull), int(gossip::Mode::Pull)},
                  {ConfigText::modeName(gossip::Mode::PushPull), int(gossip::Mode::PushPull)}});
    fill(m_interest, {{ConfigText::interestName(gossip::Interest::Feedback), int(gossip::Interest::Feedback)},
                      {ConfigText::interestName(gossip::Interest::Blind), int(gossip::Interest::Blind)}});
    fill(m_stopping, {{ConfigText::stoppingName(gossip::Stopping::Counter), int(gossip::Stopping::Counter)},
                      {ConfigText::stoppingName(gossip::Stopping::Coin), int(gossip::Stopping::Coin)}});
    for (const FieldRow &row : rows()) {
        const gossip::ConfigField &field = gossip::configField(row.key);
        row.label->setText(ConfigText::fieldText(field.label));
        row.editor->setToolTip(ConfigText::fieldText(field.help));
    }
    m_backup->setSpecialValueText(tr("Never"));
    m_backup->setSuffix(tr(" rounds"));
    m_newSeed->setText(tr("New seed"));
    m_newSeed->setToolTip(tr("Pick another random seed: the same parameters, another run"));
    m_apply->setText(tr("Apply and reset"));
    m_apply->setToolTip(tr("Start again from round 0 with these parameters: your own run"));
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
    // A network read from a file, and scripted partners, are offered only where the run has them.
    fillNetworks(config.network == gossip::NetworkKind::File);
    fillPartners(config.partnerChoice == gossip::PartnerChoice::Scripted);
    m_network->setCurrentIndex(m_network->findData(int(config.network)));
    m_partners->setCurrentIndex(m_partners->findData(int(config.partnerChoice)));
    m_exponent->setValue(config.spatialExponent);
    m_limit->setValue(config.connectionLimit);
    m_nodes->setValue(int(config.nodes));
    m_loss->setValue(config.loss);
    m_cache->setValue(config.cacheCapacity);
    m_backup->setValue(config.backupEvery);
    if (m_seed->text() != QString::number(config.seed))
        m_seed->setText(QString::number(config.seed));

    // A field is editable where the chosen protocol uses it. Direct mail only pushes, and
    // story chapters script exact contacts: their mechanism and population are the story.
    const bool scripted = config.partnerChoice == gossip::PartnerChoice::Scripted;
    for (const FieldRow &row : rows())
        row.editor->setEnabled(gossip::configField(row.key).appliesTo(config.protocol));
    m_mode->setEnabled(m_mode->isEnabled() && config.protocol != gossip::Protocol::DirectMail && !scripted);
    m_protocol->setEnabled(!scripted);
    m_nodes->setEnabled(!scripted && config.network != gossip::NetworkKind::File);
    m_network->setEnabled(!scripted);
    m_partners->setEnabled(!scripted);
    m_exponent->setEnabled(!scripted && config.partnerChoice == gossip::PartnerChoice::Spatial);

    const bool pending = m_controller->hasPendingChanges();
    const bool tooMany = config.nodes > std::uint32_t(SimulationController::maximumGuiNodes);
    if (tooMany)
        m_notice->setText(tr("The window shows at most %1 people: more could not be drawn in time. "
                             "Use gossiplab-cli for larger runs.")
                                  .arg(QLocale().toString(SimulationController::maximumGuiNodes)));
    else
        m_notice->setText(pending ? tr("Changed parameters take effect when you reset.") : QString());
    m_notice->setVisible(pending || tooMany);
    m_apply->setEnabled(pending && !tooMany);
    m_showing = false;
}

QList<ParameterPanel::FieldRow> ParameterPanel::rows() const
{
    return {{"protocol", m_protocolLabel, m_protocol}, {"mode", m_modeLabel, m_mode},
            {"interest", m_interestLabel, m_interest}, {"stopping", m_stoppingLabel, m_stopping},
            {"k", m_kLabel, m_k},                      {"nodes", m_nodesLabel, m_nodes},
            {"loss", m_lossLabel, m_loss},             {"cacheCapacity", m_cacheLabel, m_cache},
            {"backupEvery", m_backupLabel, m_backup},  {"seed", m_seedLabel, m_seed},
            {"network", m_networkLabel, m_network},    {"partnerChoice", m_partnersLabel, m_partners},
            {"spatialExponent", m_exponentLabel, m_exponent}, {"connectionLimit", m_limitLabel, m_limit}};
}

void ParameterPanel::fillNetworks(bool withFile)
{
    const bool wasShowing = m_showing;
    m_showing = true;
    const QVariant current = m_network->currentData();
    m_network->clear();
    for (const gossip::NetworkKind kind : {gossip::NetworkKind::Complete, gossip::NetworkKind::Ring,
                                           gossip::NetworkKind::Grid, gossip::NetworkKind::TwoTowns})
        m_network->addItem(ConfigText::networkName(kind), int(kind));
    if (withFile)
        m_network->addItem(ConfigText::networkName(gossip::NetworkKind::File), int(gossip::NetworkKind::File));
    m_network->setCurrentIndex(std::max(0, m_network->findData(current)));
    m_showing = wasShowing;
}

void ParameterPanel::fillPartners(bool withScripted)
{
    const bool wasShowing = m_showing;
    m_showing = true;
    const QVariant current = m_partners->currentData();
    m_partners->clear();
    m_partners->addItem(ConfigText::partnerChoiceName(gossip::PartnerChoice::Uniform), int(gossip::PartnerChoice::Uniform));
    m_partners->addItem(ConfigText::partnerChoiceName(gossip::PartnerChoice::Spatial), int(gossip::PartnerChoice::Spatial));
    if (withScripted)
        m_partners->addItem(ConfigText::partnerChoiceName(gossip::PartnerChoice::Scripted),
                            int(gossip::PartnerChoice::Scripted));
    m_partners->setCurrentIndex(std::max(0, m_partners->findData(current)));
    m_showing = wasShowing;
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
