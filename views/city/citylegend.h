// The city's legend: the round, each state's colour and each message outcome shown.
#pragma once

#include "engine/directmail.h"
#include "engine/simulation.h"
#include "views/simulation/nodestate.h"

#include <QCoreApplication>
#include <QStringList>

#include <vector>

class QFont;
class QPainter;
class SimulationController;
struct CityFrameOptions;
struct CityLayout;

// Reads the controller for the round and for which outcomes the run can show, and draws
// the legend into the layout's legend area.
class CityLegend
{
    Q_DECLARE_TR_FUNCTIONS(CityLegend)

public:
    // The first column's lines: round, heading, every state and the new-item badge; then
    // the second's: heading and every outcome (one column beside the city holds both).
    static constexpr int peopleLines = 3 + nodeStateCount;
    static constexpr int messageLines = 1 + gossip::outcomeCount;
    static constexpr int lineCount = peopleLines + messageLines;
    // On a network: a heading, the quiet link, the busiest one and the links a partition cuts.
    static constexpr int linkLines = 4;
    // Direct mail's retransmit caches: the first this many are drawn, a row each.
    static constexpr int maximumCachesShown = 2;
    // The lines the legend needs under `config`: lineCount, for direct mail with a cache a
    // heading and a row per cache shown, and on a network the links' lines.
    static int linesFor(const gossip::Config &config);
    // The lines of the taller column when the legend stands in two (CityLayout::legendColumns).
    static int columnLinesFor(const gossip::Config &config);

    explicit CityLegend(const SimulationController &controller);

    // The legend's lines: the round, then each state and each message outcome this run can
    // show (faults only where it has them or its script brings them); `badges` adds the line for items new this round. Under direct mail, the caches
    // follow: a heading, then per cache its owner, how full it is and for whom it waits.
    QStringList entries(bool badges) const;
    // The width, in font sizes of `font`, of the widest legend any run can have, swatches
    // included, so the layout can keep room for it at any size.
    static double widthInEms(const QFont &font);
    // Where the legend's title ("Round 5") is drawn.
    static QRectF titleRect(const CityLayout &layout);

    void draw(QPainter &painter, const CityLayout &layout, const CityFrameOptions &options) const;

private:
    std::vector<NodeState> states() const;
    std::vector<gossip::Outcome> outcomes() const;
    bool showsCaches() const;
    // A cache as text: "A: 2 of 2, for D and H".
    QString cacheText(const gossip::MailCache &cache) const;
    // The caches' rows from `topLeft`, in a column `width` wide.
    void drawCaches(QPainter &painter, const CityLayout &layout, const CityFrameOptions &options, QPointF topLeft,
                    double width) const;

    const SimulationController &m_controller;
};
