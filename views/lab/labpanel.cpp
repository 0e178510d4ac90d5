// The lab's controls.
#include "views/lab/labpanel.h"

#include "engine/configschema.h"
#include "views/content/configtext.h"
#include "views/lab/labcharts.h"
#include "views/lab/labcontroller.h"
#include "views/style/citystyle.h"

#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPixmap>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QRegularExpression>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QVBoxLayout>

LabPanel::LabPanel(LabController *lab, QWidget *parent)
    : QWidget(parent)
    , m_lab(lab)
{
    m_entries = new QListWidget;
    m_entries->setObjectName(QStringLiteral("labEntries"));
    m_remove = new QPushButton;
    m_remove->setObjectName(QStringLiteral("labRemove"));
    m_colour = new QComboBox;
    m_colour->setObjectName(QStringLiteral("labColour"));
    m_runs = new QSpinBox;
    m_runs->setObjectName(QStringLiteral("labRuns"));
    m_runs->setRange(1, ExperimentDocument::maximumRuns);
    m_seed = new QLineEdit;
    m_seed->setObjectName(QStringLiteral("labSeed"));
    m_seed->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{1,16}")), m_seed));
    m_sweepParameter = new QComboBox;
    m_sweepParameter->setObjectName(QStringLiteral("labSweepParameter"));
    m_sweepValues = new QLineEdit;
    m_sweepValues->setObjectName(QStringLiteral("labSweepValues"));
    m_guessKind = new QComboBox;
    m_guessKind->setObjectName(QStringLiteral("labGuessKind"));
    m_guessValue = new QDoubleSpinBox;
    m_guessValue->setObjectName(QStringLiteral("labGuessValue"));
    m_guessValue->setDecimals(2);
    m_guessValue->setRange(0.0, 1000.0);
    m_run = new QPushButton;
    m_run->setObjectName(QStringLiteral("labRun"));
    m_run->setDefault(true);
    m_cancel = new QPushButton;
    m_cancel->setObjectName(QStringLiteral("labCancel"));
    m_progress = new QProgressBar;
    m_progress->setObjectName(QStringLiteral("labProgress"));
    m_notice = new QLabel;
    m_notice->setObjectName(QStringLiteral("labNotice"));
    m_notice->setWordWrap(true);
    m_notice->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    // The progress bar and the notice keep their room while hidden or empty, so Run and
    // Cancel above them never move under the pointer when they appear.
    QSizePolicy keep = m_progress->sizePolicy();
    keep.setRetainSizeWhenHidden(true);
    m_progress->setSizePolicy(keep);
    m_notice->setMinimumHeight(3 * m_notice->fontMetrics().lineSpacing());

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_entries, 1);
    auto *entryButtons = new QHBoxLayout;
    entryButtons->addWidget(m_colour, 1);
    entryButtons->addWidget(m_remove);
    layout->addLayout(entryButtons);
    auto *form = new QFormLayout;
    m_runsLabel = new QLabel;
    m_seedLabel = new QLabel;
    m_sweepLabel = new QLabel;
    m_guessLabel = new QLabel;
    form->addRow(m_runsLabel, m_runs);
    form->addRow(m_seedLabel, m_seed);
    form->addRow(m_sweepLabel, m_sweepParameter);
    form->addRow(QString(), m_sweepValues);
    form->addRow(m_guessLabel, m_guessKind);
    form->addRow(QString(), m_guessValue);
    layout->addLayout(form);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_run);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);
    layout->addWidget(m_progress);
    layout->addWidget(m_notice);

    connect(m_entries, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (!m_showing)
            m_lab->renameEntry(m_entries->row(item), item->text());
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_lab->removeEntry(m_entries->currentRow()); });
    connect(m_entries, &QListWidget::currentRowChanged, this, &LabPanel::showColour);
    connect(m_colour, &QComboBox::activated, this, [this](int index) {
        const int entry = m_entries->currentRow();
        m_lab->recolourEntry(entry, ColourRole(m_colour->itemData(index).toInt()));
    });
    connect(m_runs, &QSpinBox::editingFinished, this, [this] { m_lab->setRuns(m_runs->value()); });
    connect(m_seed, &QLineEdit::editingFinished, this, [this] { m_lab->setSeed(m_seed->text().toULongLong()); });
    connect(m_sweepParameter, &QComboBox::activated, this, &LabPanel::applySweep);
    connect(m_sweepValues, &QLineEdit::editingFinished, this, &LabPanel::applySweep);
    connect(m_guessKind, &QComboBox::activated, this, &LabPanel::chooseGuessKind);
    // Only a value the user typed or stepped to is a guess (editingFinished also comes on
    // leaving the box untouched).
    connect(m_guessValue->findChild<QLineEdit *>(), &QLineEdit::textEdited, this, [this] { m_guessTyped = true; });
    connect(m_guessValue, &QDoubleSpinBox::valueChanged, this, [this] { m_guessTyped = m_guessTyped || !m_showing; });
    // A click in the box selects its number, so what is typed replaces it.
    m_guessValue->installEventFilter(this);
    m_guessValue->findChild<QLineEdit *>()->installEventFilter(this);
    connect(m_guessValue, &QDoubleSpinBox::editingFinished, this, &LabPanel::applyGuess);
    connect(m_run, &QPushButton::clicked, this, [this] {
        // What is typed but not yet confirmed counts.
        m_lab->setRuns(m_runs->value());
        m_lab->setSeed(m_seed->text().toULongLong());
        m_lab->run();
    });
    connect(m_cancel, &QPushButton::clicked, m_lab, &LabController::cancel);
    connect(m_lab, &LabController::experimentChanged, this, &LabPanel::showExperiment);
    connect(m_lab, &LabController::guessChanged, this, &LabPanel::showGuess);
    connect(m_lab, &LabController::runningChanged, this, &LabPanel::runningChanged);
    connect(m_lab, &LabController::progress, this, [this](qint64 done, qint64 total) {
        // A progress bar holds ints: count in thousandths.
        m_progress->setRange(0, 1000);
        m_progress->setValue(total > 0 ? int(1000 * done / total) : 0);
    });
    retranslate();
    showExperiment();
    runningChanged(false);
}

bool LabPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonRelease) {
        if (auto *line = m_guessValue->findChild<QLineEdit *>(); line && (watched == line || watched == m_guessValue))
            QMetaObject::invokeMethod(line, &QLineEdit::selectAll, Qt::QueuedConnection);
    }
    return QWidget::eventFilter(watched, event);
}

void LabPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LabPanel::retranslate()
{
    m_remove->setText(tr("Remove"));
    m_remove->setToolTip(tr("Take the selected entry out of the lab"));
    m_entries->setToolTip(tr("The configurations the lab races; double-click a name to rename it. "
                             "Add one with Lab > Add to lab in the main window."));
    m_colour->setToolTip(tr("The selected entry's colour on every chart"));
    {
        const QSignalBlocker blocker(m_colour);
        m_colour->clear();
        const QString names[] = {tr("Black"),  tr("Orange"), tr("Sky blue"),       tr("Bluish green"), tr("Yellow"),
                                 tr("Blue"),   tr("Vermillion"), tr("Reddish purple"), tr("Grey"),     tr("Dark grey")};
        for (int role = 0; role < int(std::size(names)); ++role) {
            QPixmap swatch(16, 16);
            swatch.fill(CityStyle::color(ColourRole(role)));
            m_colour->addItem(QIcon(swatch), names[role], role);
        }
    }
    m_runsLabel->setText(tr("Runs"));
    m_runs->setToolTip(tr("How many seeded runs of each entry (up to 10,000)"));
    m_seedLabel->setText(tr("Seed"));
    m_seed->setToolTip(tr("The first run's seed; every entry races on the same seeds"));
    m_sweepLabel->setText(tr("Sweep"));
    m_sweepParameter->setToolTip(tr("Run every entry at each of several values of one parameter"));
    m_sweepValues->setPlaceholderText(tr("values, e.g. 1, 2, 3"));
    m_sweepValues->setToolTip(tr("The values of the swept parameter, separated by commas or spaces"));
    m_guessLabel->setText(tr("Your guess"));
    m_guessKind->setToolTip(tr("Guess before you run; the reveal sets the runs' answer beside it"));
    m_guessValue->setToolTip(tr("The guess for the first entry"));
    m_run->setText(tr("Run"));
    m_run->setToolTip(tr("Run every entry on every core, off the window's thread"));
    m_cancel->setText(tr("Cancel"));
    m_cancel->setToolTip(tr("Stop; the runs done so far are kept"));
    const bool wasShowing = m_showing;
    m_showing = true;
    m_sweepParameter->clear();
    m_sweepParameter->addItem(tr("No sweep"), QString());
    for (const gossip::ConfigField &field : gossip::configFields()) {
        if (field.type == gossip::ConfigField::Type::Choice || field.key == "seed" || field.key == "maxRounds")
            continue;
        m_sweepParameter->addItem(ConfigText::fieldText(field.label),
                                  QString::fromLatin1(field.key.data(), qsizetype(field.key.size())));
    }
    m_guessKind->clear();
    m_guessKind->addItem(tr("No guess"));
    m_guessKind->addItem(tr("Round by which half the city has it"));
    m_guessKind->addItem(tr("Residue: % never reached"));
    m_showing = wasShowing;
    showExperiment();
}

void LabPanel::showExperiment()
{
    m_showing = true;
    const ExperimentDocument &experiment = m_lab->experiment();
    // The same entries are updated in place: an open editor and the selection survive a
    // rename or a recolour (a rebuilt list closed the editor and selected the first entry).
    const int selected = m_entries->currentRow();
    if (m_entries->count() != experiment.entries.size()) {
        m_entries->clear();
        for (int entry = 0; entry < experiment.entries.size(); ++entry) {
            auto *item = new QListWidgetItem(m_entries);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
        }
    }
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        QListWidgetItem *item = m_entries->item(entry);
        if (item->text() != experiment.entries.at(entry).name)
            item->setText(experiment.entries.at(entry).name);
        item->setForeground(LabCharts::entryColor(experiment, entry));
    }
    if (selected >= 0 && selected < m_entries->count())
        m_entries->setCurrentRow(selected);
    m_runs->setValue(experiment.runs);
    m_seed->setText(QString::number(experiment.seed));
    m_sweepParameter->setCurrentIndex(
            std::max(0, m_sweepParameter->findData(experiment.sweep ? experiment.sweep->parameter : QString())));
    if (experiment.sweep) {
        QStringList values;
        for (double value : experiment.sweep->values)
            values << ConfigText::number(value);
        m_sweepValues->setText(values.join(QStringLiteral(", ")));
    }
    m_sweepValues->setEnabled(experiment.sweep.has_value() || m_sweepParameter->currentIndex() > 0);
    showGuess();
    m_remove->setEnabled(!experiment.entries.isEmpty());
    if (m_entries->currentRow() < 0 && m_entries->count() > 0)
        m_entries->setCurrentRow(0);
    showColour();
    m_run->setEnabled(!experiment.entries.isEmpty() && !m_lab->isRunning());
    const QString empty = tr("The lab is empty: set the parameters of a run in the main window and choose "
                             "Lab > Add to lab.");
    if (experiment.entries.isEmpty())
        m_notice->setText(empty);
    else if (m_notice->text() == empty)
        m_notice->clear();
    m_showing = false;
}

void LabPanel::showGuess()
{
    // A guess made by a click on the chart shows here as if typed.
    const QSignalBlocker kindBlocker(m_guessKind);
    const QSignalBlocker valueBlocker(m_guessValue);
    const auto guess = m_lab->guess();
    // The kind chosen stays chosen while no value is given yet.
    if (guess)
        m_guessKind->setCurrentIndex(guess->first == LabController::Guess::HalfRound ? 1 : 2);
    else if (m_guessKind->currentIndex() > 0)
        m_guessKind->setCurrentIndex(m_lab->guessKind() == LabController::Guess::HalfRound ? 1 : 2);
    m_guessValue->setEnabled(m_guessKind->currentIndex() > 0 && !m_lab->isRunning());
    m_guessValue->setValue(!guess ? 0.0 : guess->first == LabController::Guess::Residue ? 100.0 * guess->second : guess->second);
    m_guessValue->setToolTip(guess ? tr("The guess for the first entry")
                                   : tr("Type the guess here, or click the chart at it"));
    m_guessValue->setSuffix(m_guessKind->currentIndex() == 2 ? tr(" %") : QString());
}

void LabPanel::showColour()
{
    const int entry = m_entries->currentRow();
    const ExperimentDocument &experiment = m_lab->experiment();
    m_colour->setEnabled(entry >= 0 && entry < experiment.entries.size() && !m_lab->isRunning());
    if (entry < 0 || entry >= experiment.entries.size())
        return;
    const ColourRole role = experiment.entries.at(entry).colour.value_or(LabCharts::defaultRole(entry));
    const QSignalBlocker blocker(m_colour);
    m_colour->setCurrentIndex(m_colour->findData(int(role)));
}

void LabPanel::applySweep()
{
    if (m_showing)
        return;
    const QString key = m_sweepParameter->currentData().toString();
    m_sweepValues->setEnabled(!key.isEmpty());
    QString error;
    if (key.isEmpty()) {
        m_lab->setSweep(std::nullopt, &error);
        m_notice->clear();
        return;
    }
    const gossip::ConfigField &field = *gossip::configFieldByKey(key.toStdString());
    ExperimentSweep sweep{key, {}};
    // Separated by commas, spaces or both: "1, 2, 3" or "1 2 3".
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    for (const QString &text : m_sweepValues->text().split(separators, Qt::SkipEmptyParts)) {
        const auto value = ConfigText::fromText(field, text.trimmed());
        if (!value) {
            m_notice->setText(tr("\"%1\" is not a value of %2: it must be %3")
                                      .arg(text.trimmed(), ConfigText::fieldText(field.label), ConfigText::range(field)));
            return;
        }
        if (!sweep.values.contains(*value))
            sweep.values << *value;
    }
    if (sweep.values.isEmpty()) {
        m_notice->setText(tr("Type the values of %1 to sweep, separated by commas.").arg(ConfigText::fieldText(field.label)));
        return;
    }
    if (sweep.values.size() > ExperimentDocument::maximumSweepValues) {
        m_notice->setText(tr("At most %1 values.").arg(ExperimentDocument::maximumSweepValues));
        return;
    }
    if (!m_lab->setSweep(sweep, &error)) {
        m_notice->setText(error);
        return;
    }
    m_notice->clear();
}

void LabPanel::chooseGuessKind()
{
    if (m_showing)
        return;
    // A kind alone is no guess: the value comes when typed, or clicked on the chart.
    m_guessTyped = false;
    switch (m_guessKind->currentIndex()) {
    case 1:
        m_lab->setGuessKind(LabController::Guess::HalfRound);
        break;
    case 2:
        m_lab->setGuessKind(LabController::Guess::Residue);
        break;
    default:
        m_lab->clearGuess();
        break;
    }
    showGuess();
}

void LabPanel::applyGuess()
{
    if (m_showing || !m_guessTyped)
        return;
    m_guessTyped = false;
    switch (m_guessKind->currentIndex()) {
    case 1:
        m_lab->setGuess(LabController::Guess::HalfRound, m_guessValue->value());
        break;
    case 2:
        // Typed in percent, as the residue histogram shows it.
        m_lab->setGuess(LabController::Guess::Residue, std::min(100.0, m_guessValue->value()) / 100.0);
        break;
    default:
        m_lab->clearGuess();
        break;
    }
    m_guessValue->setEnabled(m_guessKind->currentIndex() > 0);
    m_guessValue->setSuffix(m_guessKind->currentIndex() == 2 ? tr(" %") : QString());
}

void LabPanel::runningChanged(bool running)
{
    for (QWidget *widget : std::initializer_list<QWidget *>{m_entries, m_remove, m_colour, m_runs, m_seed, m_sweepParameter,
                                                            m_sweepValues, m_guessKind, m_guessValue})
        widget->setEnabled(!running);
    m_run->setEnabled(!running && !m_lab->experiment().entries.isEmpty());
    m_cancel->setEnabled(running);
    m_progress->setVisible(running);
    if (!running)
        showExperiment();
}
