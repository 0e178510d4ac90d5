// The lab's window.
#include "app/gui/labwindow.h"

#include "app/gui/experimentexporter.h"
#include "app/gui/filedialogs.h"
#include "app/gui/session.h"
#include "views/lab/labcharts.h"
#include "views/lab/labcontroller.h"
#include "views/lab/labpanel.h"
#include "views/lab/labsummary.h"

#include <QCheckBox>
#include <QDir>
#include <QEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSaveFile>
#include <QSplitter>
#include <QVBoxLayout>

LabWindow::LabWindow(LabController *lab, Session *session, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_lab(lab)
    , m_session(session)
{
    setObjectName(QStringLiteral("labWindow"));
    m_panel = new LabPanel(lab);
    m_charts = new LabCharts;
    m_state = new QLabel;
    m_state->setObjectName(QStringLiteral("labState"));
    m_state->setWordWrap(true);
    QFont big = m_state->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    big.setBold(true);
    m_state->setFont(big);
    m_open = new QPushButton;
    m_open->setObjectName(QStringLiteral("labOpen"));
    m_save = new QPushButton;
    m_save->setObjectName(QStringLiteral("labSave"));
    m_exportCharts = new QPushButton;
    m_exportTable = new QPushButton;
    m_theory = new QCheckBox;
    m_theory->setObjectName(QStringLiteral("labTheory"));
    connect(m_theory, &QCheckBox::toggled, m_charts, &LabCharts::setTheoryVisible);
    connect(m_charts, &LabCharts::guessClicked, m_lab, &LabController::setGuess);
    connect(m_charts, &LabCharts::guessCleared, m_lab, &LabController::clearGuess);

    auto *right = new QWidget;
    auto *column = new QVBoxLayout(right);
    column->setContentsMargins(0, 0, 0, 0);
    column->addWidget(m_state);
    column->addWidget(m_charts, 1);
    auto *files = new QHBoxLayout;
    for (QPushButton *button : {m_open, m_save, m_exportCharts, m_exportTable})
        files->addWidget(button);
    files->addStretch(1);
    files->addWidget(m_theory);
    column->addLayout(files);
    auto *split = new QSplitter;
    split->addWidget(m_panel);
    split->addWidget(right);
    split->setStretchFactor(1, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(split);

    connect(m_lab, &LabController::resultChanged, this, &LabWindow::showResult);
    connect(m_lab, &LabController::experimentChanged, this, [this] {
        if (m_lab->isModified())
            m_opened.clear();
        showResult();
    });
    connect(m_lab, &LabController::guessChanged, this, &LabWindow::showGuess);
    // While the lab computes, nothing else changes it or writes what it has not finished.
    connect(m_lab, &LabController::runningChanged, this, [this](bool running) {
        for (QPushButton *button : {m_open, m_save, m_exportCharts})
            button->setEnabled(!running);
        m_exportTable->setEnabled(!running && m_lab->result().has_value());
    });
    connect(m_open, &QPushButton::clicked, this, &LabWindow::askOpen);
    connect(m_save, &QPushButton::clicked, this, &LabWindow::askSave);
    connect(m_exportCharts, &QPushButton::clicked, this, &LabWindow::askExportCharts);
    connect(m_exportTable, &QPushButton::clicked, this, &LabWindow::askExportTable);
    retranslate();
    showResult();
    // 1280 x 760 where the screen has room, else its free area less the frame (a 1024 x
    // 768 projector), so the histograms and the buttons are on screen.
    const QRect available = screen()->availableGeometry();
    resize(QSize(1280, 760).boundedTo(available.size() - QSize(24, 48)));
    // Centred on the screen, not in its corner over the main window's menus.
    move(available.topLeft() + QPoint((available.width() - width()) / 2, (available.height() - height()) / 2));
}

void LabWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QWidget::changeEvent(event);
}

void LabWindow::retranslate()
{
    setWindowTitle(tr("GossipLab: the lab"));
    m_open->setText(tr("Open experiment…"));
    m_open->setToolTip(tr("Open an experiment file: its entries, runs, seed and sweep"));
    m_save->setText(tr("Save experiment…"));
    m_save->setToolTip(tr("Save the entries, runs, seed and sweep as an experiment file"));
    m_exportCharts->setText(tr("Export charts…"));
    m_exportCharts->setToolTip(tr("Save the charts and the table as a PNG image or an SVG drawing"));
    m_exportTable->setText(tr("Export table…"));
    m_exportTable->setToolTip(tr("Save the table as CSV (summary.csv)"));
    m_theory->setText(tr("Theory"));
    m_theory->setToolTip(tr("Draw Demers' prediction beside each entry, dashed, where there is one"));
    showGuess();
}

void LabWindow::showResult()
{
    // Before a run the charts show the experiment empty, with the guess if there is one.
    LabResult shown;
    if (m_lab->result()) {
        shown = *m_lab->result();
    } else {
        shown.experiment = m_lab->experiment();
        for (int i = 0; i < shown.experiment.entries.size() * shown.experiment.valueCount(); ++i)
            shown.batches.append(gossip::BatchResult{});
    }
    m_charts->setResult(shown);
    m_exportTable->setEnabled(m_lab->result().has_value());
    showGuess();
}

void LabWindow::showGuess()
{
    // The guess and its reveal are the charts' caption; above it, what to do next.
    const auto guess = m_lab->guess();
    // A sweep's charts take no guess.
    if (m_lab->experiment().sweep)
        m_charts->setGuessByClick(std::nullopt);
    else
        m_charts->setGuessByClick(m_lab->guessKind());
    if (guess)
        m_charts->setGuess(guess->first, guess->second);
    else
        m_charts->clearGuess();
    QString state;
    if (!m_lab->result() && !m_opened.isEmpty())
        state = tr("Opened %1. The file holds the experiment, not its results: press Run to compute them "
                   "(the same seeds give the same numbers).")
                        .arg(m_opened);
    else if (!m_lab->result())
        state = guess ? tr("Your guess is on the chart: now press Run to see the runs' answer.")
                : m_lab->experiment().sweep ? tr("Press Run to sweep.")
                                            : tr("Make a guess (click the chart, or type it), then press Run.");
    else if (m_lab->wasCancelled())
        state = tr("Stopped: the runs done are shown, %1 of %2.")
                        .arg(QLocale().toString(doneRuns()),
                             QLocale().toString(qint64(m_lab->experiment().runs) * m_lab->experiment().entries.size()
                                                * m_lab->experiment().valueCount()));
    else if (!m_lab->result()->complete)
        state = tr("A new entry has not run yet: press Run to race them all.");
    else if (guess)
        state = m_lab->revealText(); // the chart's caption says it short; here in full
    else if (m_lab->guess() == std::nullopt && !m_lab->experiment().sweep)
        state = tr("Click the chart (or type a value) to mark a guess beside the runs' answer.");
    m_state->setText(state);
    m_state->setVisible(!state.isEmpty());
}

qint64 LabWindow::doneRuns() const
{
    qint64 done = 0;
    for (const gossip::BatchResult &batch : m_lab->result()->batches)
        done += qint64(batch.runs.size());
    return done;
}

void LabWindow::showProblem(const QString &message)
{
    QMessageBox::warning(this, windowTitle(), message);
}

void LabWindow::askOpen()
{
    if (!mayReplaceTheLab())
        return;
    const QString path = FileDialogs::openPath(this, *m_session, tr("Open experiment"),
                                               tr("GossipLab experiment (*.json);;All files (*)"));
    if (!path.isEmpty())
        open(path);
}

void LabWindow::open(const QString &path)
{
    QString error;
    const auto experiment = ExperimentFile::read(path, &error);
    if (!experiment) {
        showProblem(tr("The experiment was not opened; the lab is unchanged.\n\n%1").arg(error));
        return;
    }
    m_lab->setExperiment(*experiment);
    m_lab->markSaved();
    m_opened = QFileInfo(path).fileName();
    showGuess();
}

bool LabWindow::mayReplaceTheLab()
{
    // Results may have taken minutes: replacing them asks first.
    if (!m_lab->result())
        return true;
    return QMessageBox::question(this, windowTitle(),
                                 tr("Replace the lab's experiment and forget what its runs found?"),
                                 QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
}

void LabWindow::askSave()
{
    const QString path = FileDialogs::savePath(this, *m_session, tr("Save experiment"), QStringLiteral("experiment.json"),
                                               tr("GossipLab experiment (*.json)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!ExperimentFile::write(path, m_lab->experiment(), &error)) {
        showProblem(error);
        return;
    }
    m_lab->markSaved();
    // The file holds the experiment, not what its runs found: say so where the eye is.
    m_state->setText(tr("Saved %1: its entries, runs, seed and sweep. The results are not in the file; "
                        "opened again, Run computes them anew, the same numbers on the same seeds.")
                             .arg(QDir::toNativeSeparators(path)));
    m_state->show();
}

void LabWindow::askExportCharts()
{
    double scale = 1.0;
    const QString path = FileDialogs::imagePath(this, *m_session, QStringLiteral("lab"), &scale);
    if (path.isEmpty())
        return;
    QString error;
    if (!ExperimentExporter::writeCharts(m_charts->result(), m_charts->size(), {{path, scale}}, &error)) {
        showProblem(error);
        return;
    }
    m_state->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_state->show();
}

void LabWindow::askExportTable()
{
    if (!m_lab->result())
        return;
    const QString path = FileDialogs::savePath(this, *m_session, tr("Export table"), QStringLiteral("summary.csv"),
                                               tr("CSV table (*.csv)"));
    if (path.isEmpty())
        return;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(labSummaryCsv(*m_lab->result())) < 0 || !file.commit()) {
        showProblem(tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    m_state->setText(tr("Saved %1.").arg(QDir::toNativeSeparators(path)));
    m_state->show();
}
