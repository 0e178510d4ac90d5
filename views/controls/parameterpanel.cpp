// The parameter panel: a row per field of the configuration schema.
#include "views/controls/parameterpanel.h"

#include "engine/configschema.h"
#include "views/content/configtext.h"
#include "views/controls/numberbox.h"
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
#include <QScrollArea>
#include <QVBoxLayout>

#include <cmath>

namespace {

// The sections of the panel, each starting at the schema field named here (the schema
// lists the fields in this order).
struct Section
{
    std::string_view firstKey;
    const char *title;
};
constexpr Section sections[] = {
        {"protocol", QT_TRANSLATE_NOOP("ParameterPanel", "Mechanism")},
        {"nodes", QT_TRANSLATE_NOOP("ParameterPanel", "People and rounds")},
        {"loss", QT_TRANSLATE_NOOP("ParameterPanel", "Faults and repair")},
        {"reconciliation", QT_TRANSLATE_NOOP("ParameterPanel", "Finding differences")},
        {"partnerChoice", QT_TRANSLATE_NOOP("ParameterPanel", "Partners and network")},
};

QString keyName(std::string_view key)
{
    return QString::fromLatin1(key.data(), qsizetype(key.size()));
}

// The box's value that stands for "From a file…" in the Network box (no NetworkKind).
constexpr int askForAFile = -1;

// A real field's step and decimals: enough digits for what a person types (0.125).
double stepOf(std::string_view key)
{
    return key == "spatialExponent" ? 0.1 : 0.05;
}

} // namespace

ParameterPanel::ParameterPanel(SimulationController *controller, QWidget *parent)
    : QWidget(parent)
    , m_controller(controller)
    , m_notice(new QLabel(this))
    , m_apply(new QPushButton(this))
{
    auto *fields = new QWidget;
    auto *form = new QFormLayout(fields);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    // In a narrow dock a field goes below its label rather than cut its choices short.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    for (const gossip::ConfigField &field : gossip::configFields()) {
        for (const Section &section : sections) {
            if (section.firstKey == field.key) {
                auto *heading = new QLabel;
                QFont bold = heading->font();
                bold.setBold(true);
                heading->setFont(bold);
                form->addRow(heading);
                m_headings.append({field.key, heading});
            }
        }
        FieldRow row;
        row.field = &field;
        row.label = new QLabel;
        row.label->setWordWrap(true);
        row.editor = makeEditor(field, row);
        row.control->setObjectName(keyName(field.key));
        form->addRow(row.label, row.editor);
        m_rows << row;
    }
    auto *scroll = new QScrollArea;
    scroll->setWidget(fields);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    m_notice->setObjectName(QStringLiteral("notice"));
    m_apply->setObjectName(QStringLiteral("apply"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_notice->setForegroundRole(QPalette::Highlight);
    // The notice's room is kept while it is empty, so the button above it never moves
    // under the pointer when a change makes it speak.
    m_notice->setMinimumHeight(4 * m_notice->fontMetrics().lineSpacing());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(m_apply);
    layout->addWidget(m_notice);

    retranslate();
    showPending();

    connect(m_apply, &QPushButton::clicked, m_controller, &SimulationController::reset);
    connect(m_controller, &SimulationController::pendingConfigChanged, this, &ParameterPanel::showPending);
}

QWidget *ParameterPanel::makeEditor(const gossip::ConfigField &field, FieldRow &row)
{
    using Type = gossip::ConfigField::Type;
    const gossip::ConfigField *described = &field;
    if (field.key == "seed") {
        // Any seed a scenario file can hold (an exact integer in JSON, below 2^53): more
        // than a spin box's int.
        m_seed = new QLineEdit;
        m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,15}")), m_seed));
        m_newSeed = new QPushButton;
        m_newSeed->setObjectName(QStringLiteral("newSeed"));
        connect(m_seed, &QLineEdit::textEdited, this, [this](const QString &text) {
            bool ok = false;
            const std::uint64_t seed = text.toULongLong(&ok);
            if (ok)
                edit([seed](gossip::Config &config) { config.seed = seed; });
        });
        connect(m_newSeed, &QPushButton::clicked, this, &ParameterPanel::newSeed);
        auto *both = new QWidget;
        auto *line = new QHBoxLayout(both);
        line->setContentsMargins(0, 0, 0, 0);
        line->addWidget(m_seed, 1);
        line->addWidget(m_newSeed);
        row.control = m_seed;
        return both;
    }
    switch (field.type) {
    case Type::Choice: {
        auto *box = new QComboBox;
        // Whole names: "Two towns and a bridge" is not cut to "…bridg".
        box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        connect(box, &QComboBox::currentIndexChanged, this, [this, box, described](int index) {
            if (m_showing || index < 0)
                return;
            const int value = box->itemData(index).toInt();
            if (value == askForAFile) {
                showPending(); // the box shows the run's network until a file is opened
                emit networkFileRequested();
                return;
            }
            edit([described, value](gossip::Config &config) {
                described->set(config, value);
                // Direct mail only pushes, and only rumor mongering has anti-entropy behind it.
                if (described->key == "protocol") {
                    if (config.protocol == gossip::Protocol::DirectMail)
                        config.mode = gossip::Mode::Push;
                    if (config.protocol != gossip::Protocol::Rumor)
                        config.backupEvery = 0;
                }
            });
        });
        row.control = box;
        return box;
    }
    case Type::Integer: {
        auto *box = new NumberBox;
        box->setRange(int(field.minimum), int(field.maximum));
        connect(box, &QSpinBox::valueChanged, this,
                [this, described](int value) { edit([described, value](gossip::Config &config) { described->set(config, value); }); });
        row.control = box;
        return box;
    }
    case Type::Real: {
        auto *box = new QDoubleSpinBox;
        box->setDecimals(3);
        // Below the maximum, as the field allows: a crashed share of 1 would leave nobody.
        box->setRange(field.minimum, field.belowMaximum ? field.maximum - std::pow(10.0, -box->decimals()) : field.maximum);
        box->setSingleStep(stepOf(field.key));
        connect(box, &QDoubleSpinBox::valueChanged, this,
                [this, described](double value) { edit([described, value](gossip::Config &config) { described->set(config, value); }); });
        row.control = box;
        return box;
    }
    }
    return nullptr;
}

QWidget *ParameterPanel::editor(std::string_view key) const
{
    for (const FieldRow &row : m_rows) {
        if (row.field->key == key)
            return row.control;
    }
    return nullptr;
}

void ParameterPanel::retranslate()
{
    const bool wasShowing = m_showing;
    m_showing = true;
    for (const auto &[key, heading] : std::as_const(m_headings)) {
        for (const Section &section : sections) {
            if (section.firstKey == key)
                heading->setText(tr(section.title));
        }
    }
    for (const FieldRow &row : std::as_const(m_rows)) {
        row.label->setText(ConfigText::fieldText(row.field->label));
        row.control->setToolTip(ConfigText::fieldText(row.field->help));
        if (auto *box = qobject_cast<QSpinBox *>(row.control)) {
            const std::string_view key = row.field->key;
            if (key == "backupEvery")
                box->setSpecialValueText(tr("Never"));
            else if (key == "connectionLimit")
                box->setSpecialValueText(tr("No limit"));
            else if (key == "smallTown")
                box->setSpecialValueText(tr("A sixth of everyone"));
            if (key == "backupEvery" || key == "maxRounds" || key == "recentWindow")
                box->setSuffix(tr(" rounds"));
        }
    }
    m_newSeed->setText(tr("New seed"));
    m_newSeed->setToolTip(tr("Pick another random seed: the same parameters, another run"));
    m_apply->setText(tr("Apply and reset"));
    m_apply->setToolTip(tr("Start again from round 0 with these parameters: your own run"));
    m_showing = wasShowing;
    showPending();
}

void ParameterPanel::fillChoices(QComboBox *box, const gossip::ConfigField &field, const gossip::Config &config)
{
    QList<std::pair<QString, int>> items;
    for (int index = 0; index < int(field.choices.size()); ++index) {
        // A file's network is offered as "From a file…" (below); scripted partners only
        // where the story scripts them: neither can be chosen as a plain value.
        const bool file = field.key == "network" && gossip::NetworkKind(index) == gossip::NetworkKind::File;
        const bool scripted = field.key == "partnerChoice" && gossip::PartnerChoice(index) == gossip::PartnerChoice::Scripted;
        if ((file || scripted) && int(field.get(config)) != index)
            continue;
        items.append({ConfigText::choiceText(field, index), index});
    }
    if (field.key == "network")
        items.append({tr("From a file…"), askForAFile});
    bool same = box->count() == items.size();
    for (int i = 0; same && i < box->count(); ++i)
        same = box->itemText(i) == items.at(i).first && box->itemData(i).toInt() == items.at(i).second;
    if (!same) {
        box->clear();
        for (const auto &[text, value] : std::as_const(items))
            box->addItem(text, value);
    }
    box->setCurrentIndex(box->findData(int(field.get(config))));
}

bool ParameterPanel::shapesTheRun(const gossip::ConfigField &field, const gossip::Config &config)
{
    const std::string_view key = field.key;
    const bool scripted = config.partnerChoice == gossip::PartnerChoice::Scripted;
    // Story chapters script exact contacts: their mechanism, mode, population and partners are the story.
    if (scripted && (key == "protocol" || key == "mode" || key == "nodes" || key == "network" || key == "partnerChoice"))
        return false;
    if (key == "nodes")
        return config.network != gossip::NetworkKind::File; // the file places everyone
    if (key == "spatialExponent")
        return config.partnerChoice == gossip::PartnerChoice::Spatial;
    if (key == "smallTown")
        return config.network == gossip::NetworkKind::TwoTowns;
    if (key == "areaSize")
        return config.network == gossip::NetworkKind::Ring || config.network == gossip::NetworkKind::Grid
                || config.network == gossip::NetworkKind::TwoTowns;
    if (key == "huntLimit")
        return config.connectionLimit > 0;
    if (key == "recentWindow")
        return config.reconciliation == gossip::Reconciliation::RecentUpdates;
    if (key == "checksumBytes")
        return config.reconciliation != gossip::Reconciliation::WholeDatabase;
    if (key == "interest" || key == "stopping" || key == "k" || key == "backupEvery")
        return config.protocol == gossip::Protocol::Rumor;
    return true;
}

void ParameterPanel::showPending()
{
    m_showing = true;
    const gossip::Config &config = m_controller->pendingConfig();
    for (const FieldRow &row : std::as_const(m_rows)) {
        const gossip::ConfigField &field = *row.field;
        if (row.control == m_seed) {
            if (m_seed->text() != QString::number(config.seed))
                m_seed->setText(QString::number(config.seed));
        } else if (auto *box = qobject_cast<QComboBox *>(row.control)) {
            fillChoices(box, field, config);
        } else if (auto *box = qobject_cast<QSpinBox *>(row.control)) {
            // Only a value that differs: setting it again would reformat what is being typed.
            if (box->value() != int(field.get(config)))
                box->setValue(int(field.get(config)));
        } else if (auto *box = qobject_cast<QDoubleSpinBox *>(row.control)) {
            if (box->value() != field.get(config))
                box->setValue(field.get(config));
        }
        // A field the mechanism does not use is not shown; one the other settings make
        // idle is shown, disabled, so it can be seen what the run keeps.
        const bool applies = field.appliesTo(config.protocol);
        row.label->setVisible(applies);
        row.editor->setVisible(applies);
        row.editor->setEnabled(shapesTheRun(field, config));
    }

    const bool pending = m_controller->hasPendingChanges();
    const bool tooMany = config.nodes > std::uint32_t(SimulationController::maximumGuiNodes);
    if (tooMany)
        m_notice->setText(tr("The window shows at most %1 people: more could not be drawn in time. "
                             "Use gossiplab-cli for larger runs.")
                                  .arg(QLocale().toString(SimulationController::maximumGuiNodes)));
    else
        m_notice->setText(pending ? tr("Changed parameters take effect when you reset.") : QString());
    m_apply->setEnabled(pending && !tooMany);
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
