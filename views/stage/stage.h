// The stage: the city and its charts, one piece that every view of a run draws.
#pragma once

#include "views/content/chapter.h"
#include "views/lab/labresult.h"

#include <QList>
#include <QSplitter>

#include <optional>

class ChartWidget;
class LabCharts;
class QPainter;
class CityView;
class SimulationController;

// The city with its charts beside it, showing one simulation controller. The window shows
// it in its centre, presentation mode borrows it whole, and the handout draws one of its
// own; the split between city and chart is the user's to drag and is remembered.
class Stage : public QSplitter
{
    Q_OBJECT

public:
    explicit Stage(SimulationController *controller, QWidget *parent = nullptr);

    // A widget with this property set is a control for the screen (the theory switch):
    // exported pictures and the handout leave it out. See renderForExport().
    static constexpr char onScreenOnly[] = "gossiplabOnScreenOnly";
    // Renders `widget` into `painter` as an exported picture: without its on-screen controls.
    static void renderForExport(QWidget *widget, QPainter *painter);

    CityView *city() const { return m_city; }
    ChartWidget *chart() const { return m_chart; }
    LabCharts *labCharts() const { return m_lab; }
    // On a projector: the charts' and the lab's text and lines larger, and high contrast.
    void setChartsPresentationScale(double scale);
    void setChartsHighContrast(bool on);
    // Whether the chart column shows the lab (a chapter with labRuns) instead of the run's charts.
    bool showsLab() const;
    // In a chapter of the lab: the class's guess of the round by which half the city has
    // it, marked by a click on the lab's chart (or here); revealed beside the runs' answer
    // from the chapter's second beat. Forgotten with the chapter.
    void setLabGuess(double round);

    // Sets the charts up for `chapter`: its compared runs (none in free play, where the
    // run is the user's own), whether the theory is drawn, and for a chapter of the lab
    // its ensemble, computed here on every core (a thousand runs of a thousand people take
    // a fraction of a second).
    void showChapter(const Chapter &chapter, bool freePlay);

protected:
    void changeEvent(QEvent *event) override;

private:
    CityView *m_city = nullptr;
    ChartWidget *m_chart = nullptr;
    LabCharts *m_lab = nullptr;
    QWidget *m_charts = nullptr; // the run's charts, or the lab's
    LocalizedText m_labName;            // the lab's entry, named in the lesson's language
    SimulationController *m_controller = nullptr;
    bool m_labChapter = false;          // the chapter shows the lab, its runs...
    gossip::Round m_labFrom = 0;        // ...from its second beat's round: the class guesses first
    LabResult m_labResult;              // the chapter's runs, all of them
    std::optional<bool> m_labRevealed;  // whether m_lab shows them yet (none: it shows another chapter)
    void showLabOrCharts();
    QList<ComparisonRun> m_comparisons; // shown, to rename in another language
    gossip::Scenario m_shown;           // the chapter's own run, the one in the city
};
