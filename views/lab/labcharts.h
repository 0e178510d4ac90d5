// The lab's pictures: the runs' spread, when they finished, and a sweep's measures.
#pragma once

#include "views/chart/chartstyle.h"
#include "views/lab/labresult.h"

#include <QWidget>

#include <optional>

QT_BEGIN_NAMESPACE
class QAbstractAxis;
class QBoxLayout;
class QChart;
class QChartView;
class QGridLayout;
class QLabel;
class QTableWidget;
QT_END_NAMESPACE

class ChartLegend;

// Draws a LabResult. Without a sweep: every entry's mean coverage per round with a band
// from its 10th to its 90th percentile run, and a histogram of the round each run finished
// in. With a sweep: the residue and the finish round (t_last) of each entry against the
// swept value, mean with a bar of one standard deviation either way (a log axis for the
// number of people). Under them a table of every measure as mean ± standard deviation.
// Entries keep their colours across the pictures.
class LabCharts : public QWidget
{
    Q_OBJECT

public:
    explicit LabCharts(QWidget *parent = nullptr);

    void setResult(const LabResult &result);
    // Marks a guess on the spread chart (a dashed line, "Your guess") and, once the result
    // has runs, the runs' answer beside it (a solid one): the round by which half the city
    // has the update, or the residue. Above the chart a caption in large type says the
    // guess and, after the reveal, how far off it was: a class reads it from the back of
    // the room. Nothing is marked on a sweep's charts.
    using GuessKind = LabGuessKind;
    void setGuess(GuessKind kind, double guess);
    void clearGuess();
    // Lets a click on the spread chart make a guess of `kind` (where the click is: its
    // round, or the share it leaves out); none: clicks do nothing.
    void setGuessByClick(std::optional<GuessKind> kind);
    QLabel *guessCaption() const { return m_caption; }
    const LabResult &result() const { return m_result; }
    // The colour of entry `entry`: the one chosen for it, or the palette's colours in turn.
    static QColor entryColor(const ExperimentDocument &experiment, int entry);
    // The role an entry without a chosen colour gets.
    static ColourRole defaultRole(int entry);
    // A mean and its standard deviation as the table writes them: the deviation to two
    // significant digits and the mean to the same decimal place ("3.000 ± 0.062").
    static QString meanAndDeviation(double mean, double deviation);
    // What a cell's ± means, said under the table.
    static QString tableNote();

    QChart *firstChart() const;
    QChart *secondChart() const;
    // The residue of each run, for an ensemble with rumor mongering in it; hidden otherwise.
    QChart *residueChart() const;
    QTableWidget *table() const { return m_table; }
    void setTableVisible(bool visible);
    // Draws Demers' prediction beside each entry's mean, dashed in its colour, where there
    // is one: anti-entropy's curve, or the residue rumor mongering should leave; in a sweep,
    // the residue and anti-entropy's rounds to reach everyone at each value.
    void setTheoryVisible(bool visible);
    bool theoryVisible() const { return m_theoryVisible; }
    // On a projector: larger text and lines, and high contrast (presentation mode).
    void setPresentationScale(double scale);
    void setHighContrast(bool on);

signals:
    // A click on the spread chart made a guess (setGuessByClick()).
    void guessClicked(LabGuessKind kind, double value);
    // A right-click on the spread chart takes the guess back.
    void guessCleared();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
public:
    QSize minimumSizeHint() const override;

protected:

private:
    // Narrower than this, the charts stand one above the other.
    static constexpr int stackedBelow = 600;
    static constexpr int stackedMinimumWidth = 260;

    void arrange(bool stacked);
    void redraw();
    void drawSpread();
    void drawSweep();
    void drawResidues();
    void drawHistogram(QChart *chart, const QStringList &categories, const QList<QList<qreal>> &counts,
                       const QString &title, int firstLabelled);
    void drawSweepTheory(QChart *chart, int entry, bool residue);
    void drawTheory(QAbstractAxis *rounds, QAbstractAxis *share, int longest);
    void fillTable();

    void drawGuess();
    void showCaption();
    // The caption's type and lines, so the spread below keeps minimumSpreadHeight().
    void fitCaption();
    int minimumSpreadHeight() const;

    ChartStyle m_style;
    LabResult m_result;
    std::optional<LabGuess> m_guess;
    std::optional<GuessKind> m_guessByClick;
    QLabel *m_caption = nullptr;
    QWidget *m_spread = nullptr; // the caption over the first chart
    QChartView *m_first = nullptr;
    QChartView *m_second = nullptr;
    QChartView *m_residues = nullptr;
    ChartLegend *m_firstLegend = nullptr;
    ChartLegend *m_secondLegend = nullptr;
    QTableWidget *m_table = nullptr;
    QLabel *m_tableNote = nullptr; // what a cell's ± means, under the table
    QWidget *m_tablePane = nullptr; // the table over its note
    QGridLayout *m_layout = nullptr;
    QWidget *m_right = nullptr; // the histograms, one above the other or side by side
    QBoxLayout *m_histograms = nullptr;
    bool m_stacked = false;
    bool m_theoryVisible = false;
};
