// The city's legend: its rows, their measured width and their drawing.
#include "views/city/citylegend.h"

#include "views/city/citylayout.h"
#include "views/city/citypainter.h"
#include "views/content/configtext.h"
#include "views/simulation/nodestate.h"
#include "views/simulation/shownstates.h"
#include "views/simulation/simulationcontroller.h"
#include "views/style/citystyle.h"

#include <QFontMetricsF>
#include <QLocale>
#include <QPainter>

#include <algorithm>
#include <optional>
#include <cmath>

namespace {

// The legend's rows, shared by draw() and entries().
struct LegendRow
{
    enum class Kind { Title, Heading, State, Outcome, NewItem, QuietLink, BusiestLink, CutLink, Busy };
    Kind kind = Kind::Heading;
    QString text;
    int value = 0;
};

// A network's links: how busy the busiest is, conversations a round so far, and which
// links a partition cuts.
struct LinkSummary
{
    double busiest = 0.0;
    QString name;
    QStringList cut;
};

std::vector<LegendRow> legendRows(int round, const std::vector<NodeState> &states,
                                  const std::vector<gossip::Outcome> &outcomes, bool badges,
                                  const std::optional<LinkSummary> &links = std::nullopt,
                                  std::optional<std::uint64_t> busy = std::nullopt)
{
    std::vector<LegendRow> rows;
    rows.push_back({LegendRow::Kind::Title, CityLegend::tr("Round %1").arg(QLocale().toString(round)), 0});
    rows.push_back({LegendRow::Kind::Heading, CityLegend::tr("People"), 0});
    for (NodeState state : states)
        rows.push_back({LegendRow::Kind::State, nodeStateName(state), int(state)});
    if (badges)
        rows.push_back({LegendRow::Kind::NewItem, CityLegend::tr("Item new this round"), 0});
    rows.push_back({LegendRow::Kind::Heading, CityLegend::tr("Messages"), 0});
    for (gossip::Outcome outcome : outcomes)
        rows.push_back({LegendRow::Kind::Outcome, outcomeName(outcome), int(outcome)});
    // Under a connection limit, the calls refused this round: they carry nothing, so no dot shows them.
    if (busy)
        rows.push_back({LegendRow::Kind::Busy, CityLegend::tr("Refused, busy: %1").arg(QLocale().toString(*busy)), 0});
    if (links) {
        rows.push_back({LegendRow::Kind::Heading, CityLegend::tr("Talks a round, mean"), 0});
        rows.push_back({LegendRow::Kind::QuietLink, CityLegend::tr("quiet"), 0});
        rows.push_back({LegendRow::Kind::BusiestLink,
                        links->name.isEmpty() ? CityLegend::tr("busiest")
                                              : CityLegend::tr("%1: %2").arg(QLocale().toString(links->busiest, 'f', 1), links->name),
                        0});
        // Calls that would cross a cut link end at the cut: it carries nothing.
        if (!links->cut.isEmpty())
            rows.push_back({LegendRow::Kind::CutLink,
                            links->cut.size() == 1 ? CityLegend::tr("cut: %1").arg(links->cut.constFirst())
                                                   : CityLegend::tr("cut: %n links", nullptr, int(links->cut.size())),
                            0});
    }
    return rows;
}

// The calls the connection limit refused this round, or nothing without a limit.
std::optional<std::uint64_t> busyThisRound(const SimulationController &controller)
{
    if (controller.simulation().config().connectionLimit == 0)
        return std::nullopt;
    const auto &measures = controller.measures();
    const auto round = std::size_t(controller.round());
    return round < measures.size() ? measures[round].busy : 0;
}

// The network's busiest link so far, or nothing on the complete network.
std::optional<LinkSummary> linkSummary(const SimulationController &controller)
{
    const gossip::Config &config = controller.simulation().config();
    if (config.network == gossip::NetworkKind::Complete)
        return std::nullopt;
    const auto network = gossip::networkFor(config);
    const gossip::World &world = controller.world();
    LinkSummary summary;
    const double rounds = std::max(1.0, double(world.round));
    for (std::size_t link = 0; link < world.linkConversations.size(); ++link) {
        const double load = double(world.linkConversations[link]) / rounds;
        if (load > summary.busiest) {
            summary.busiest = load;
            summary.name = ConfigText::linkName(QString::fromStdString(network->linkName(link)));
        }
    }
    const std::vector<std::uint8_t> &cut = controller.cutLinks();
    for (std::size_t link = 0; link < cut.size(); ++link) {
        if (cut[link])
            summary.cut << ConfigText::linkName(QString::fromStdString(network->linkName(link)));
    }
    return summary;
}

bool isHeading(const LegendRow &row)
{
    return row.kind == LegendRow::Kind::Heading || row.kind == LegendRow::Kind::Title;
}

} // namespace

CityLegend::CityLegend(const SimulationController &controller)
    : m_controller(controller)
{
}

std::vector<NodeState> CityLegend::states() const
{
    return statesShown(m_controller);
}

std::vector<gossip::Outcome> CityLegend::outcomes() const
{
    return outcomesShown(m_controller);
}

namespace {

// The lines of the second column: messages, and what follows them.
int messageLinesFor(const gossip::Config &config)
{
    const bool caches = config.protocol == gossip::Protocol::DirectMail && config.cacheCapacity > 0;
    const bool links = config.network != gossip::NetworkKind::Complete;
    const bool limit = config.connectionLimit > 0;
    return CityLegend::messageLines + (caches ? 1 + CityLegend::maximumCachesShown : 0)
            + (links ? CityLegend::linkLines : 0) + (limit ? 1 : 0);
}

} // namespace

int CityLegend::linesFor(const gossip::Config &config)
{
    return peopleLines + messageLinesFor(config);
}

int CityLegend::columnLinesFor(const gossip::Config &config)
{
    return std::max(peopleLines, messageLinesFor(config));
}

bool CityLegend::showsCaches() const
{
    const gossip::Config &config = m_controller.simulation().config();
    return config.protocol == gossip::Protocol::DirectMail && config.cacheCapacity > 0;
}

QString CityLegend::cacheText(const gossip::MailCache &cache) const
{
    const std::uint32_t nodes = m_controller.world().nodes;
    QStringList waiting;
    for (const gossip::PendingMail &mail : cache.entries)
        waiting << CityStyle::nodeName(nodes, mail.to);
    const QString owner = CityStyle::nodeName(nodes, cache.owner);
    const int capacity = m_controller.simulation().config().cacheCapacity;
    if (waiting.isEmpty())
        return tr("%1: empty (room for %2)").arg(owner).arg(capacity);
    return tr("%1: %2 of %3, for %4")
            .arg(owner)
            .arg(waiting.size())
            .arg(capacity)
            .arg(QLocale().createSeparatedList(waiting));
}

QStringList CityLegend::entries(bool badges) const
{
    QStringList entries;
    for (const LegendRow &row :
         legendRows(m_controller.round(), states(), outcomes(), badges, linkSummary(m_controller), busyThisRound(m_controller)))
        entries << row.text;
    if (showsCaches()) {
        entries << tr("Retransmit cache");
        const auto &caches = gossip::DirectMail::caches(m_controller.world());
        for (std::size_t i = 0; i < caches.size() && i < std::size_t(maximumCachesShown); ++i)
            entries << cacheText(caches[i]);
    }
    return entries;
}

double CityLegend::widthInEms(const QFont &font)
{
    // Measured at 100 px so the legend's width in font sizes does not depend on the size.
    QFont plain = font;
    plain.setPixelSize(100);
    QFont bold = plain;
    bold.setBold(true);
    const QFontMetricsF plainMetrics(plain);
    const QFontMetricsF boldMetrics(bold);
    double widest = boldMetrics.horizontalAdvance(CityLegend::tr("Round %1").arg(88888));
    std::vector<NodeState> states;
    for (int state = 0; state < nodeStateCount; ++state)
        states.push_back(NodeState(state));
    std::vector<gossip::Outcome> outcomes;
    for (int outcome = 0; outcome < gossip::outcomeCount; ++outcome)
        outcomes.push_back(gossip::Outcome(outcome));
    for (const LegendRow &row : legendRows(0, states, outcomes, true))
        widest = std::max(widest, (isHeading(row) ? boldMetrics : plainMetrics).horizontalAdvance(row.text));
    // Room for the swatch in front of each entry and a little air after it.
    return widest / 100.0 + 2.2;
}

QRectF CityLegend::titleRect(const CityLayout &layout)
{
    // The first row, as draw() lays it out.
    return {layout.legendArea.left(), layout.legendArea.top(), layout.legendArea.width() / layout.legendColumns,
            CityLayout::lineHeight * layout.fontPixels};
}

void CityLegend::draw(QPainter &painter, const CityLayout &layout, const CityFrameOptions &options) const
{
    const QRectF area = layout.legendArea;
    const double font = layout.fontPixels;
    const double line = CityLayout::lineHeight * font;
    const QColor text = options.palette.color(QPalette::Text);
    const double lineScale = CityPainter::lineScale(options);
    const bool badges = layout.badgeRows > 0;
    double y = area.top();
    double left = area.left();
    // In two columns, the messages' heading starts the second.
    const double columnWidth = area.width() / layout.legendColumns;
    const auto links = linkSummary(m_controller);
    const QString messagesHeading = tr("Messages");
    for (const LegendRow &row :
         legendRows(m_controller.round(), states(), outcomes(), badges, links, busyThisRound(m_controller))) {
        if (layout.legendColumns == 2 && row.kind == LegendRow::Kind::Heading && row.text == messagesHeading) {
            left = area.left() + columnWidth;
            y = area.top();
        }
        const bool heading = isHeading(row);
        const double indent = heading ? 0.0 : 1.8 * font;
        const QPointF swatch(left + 0.7 * font, y + line / 2.0);
        switch (row.kind) {
        case LegendRow::Kind::Title:
        case LegendRow::Kind::Heading:
            break;
        case LegendRow::Kind::State: {
            const auto state = NodeState(row.value);
            const double radius = 0.45 * font;
            if (state == NodeState::Outdated && layout.shape != CityLayout::Shape::Cells) {
                // As the city's dots show it: too small to hatch, a thick dark rim.
                const QColor fill = nodeStateColor(state);
                painter.setPen(QPen(CityPainter::outlineColor(options, fill, 250),
                                    CityPainter::dotRim(options, state, radius)));
                painter.setBrush(fill);
                painter.drawEllipse(swatch, radius, radius);
            } else {
                CityPainter::drawPerson(painter, options, swatch, radius, 1.5 * lineScale, state,
                                        state == NodeState::Byzantine);
            }
            break;
        }
        case LegendRow::Kind::NewItem: {
            const double half = 0.4 * font;
            painter.setPen(QPen(outcomeColor(gossip::Outcome::New), 2.5));
            painter.setBrush(options.palette.color(QPalette::Base));
            painter.drawRoundedRect(QRectF(swatch - QPointF(half, half), QSizeF(2 * half, 2 * half)), 3, 3);
            break;
        }
        case LegendRow::Kind::Busy: {
            // A call that met a closed door: a short line ending at a bar.
            const QColor ink = text;
            painter.setPen(QPen(ink, 1.5 * lineScale));
            painter.drawLine(swatch - QPointF(0.5 * font, 0), swatch + QPointF(0.2 * font, 0));
            painter.drawLine(swatch + QPointF(0.3 * font, -0.35 * font), swatch + QPointF(0.3 * font, 0.35 * font));
            break;
        }
        case LegendRow::Kind::QuietLink:
        case LegendRow::Kind::BusiestLink: {
            const double busiest = links ? links->busiest : 0.0;
            const bool quiet = row.kind == LegendRow::Kind::QuietLink;
            painter.setPen(CityPainter::linkPen(options, layout, quiet ? 0.0 : std::max(busiest, 1.0),
                                                std::max(busiest, 1.0)));
            painter.drawLine(swatch - QPointF(0.5 * font, 0), swatch + QPointF(0.4 * font, 0));
            break;
        }
        case LegendRow::Kind::CutLink:
            CityPainter::drawCutLink(painter, options, layout,
                                     QLineF(swatch - QPointF(0.6 * font, 0), swatch + QPointF(0.6 * font, 0)));
            break;
        case LegendRow::Kind::Outcome: {
            const QColor color = outcomeColor(gossip::Outcome(row.value));
            QColor trail = color;
            trail.setAlphaF(0.5f);
            painter.setPen(QPen(trail, 2.0));
            painter.drawLine(swatch - QPointF(0.6 * font, 0), swatch);
            painter.setPen(QPen(CityPainter::outlineColor(options, color, 150), lineScale));
            painter.setBrush(color);
            painter.drawEllipse(swatch, 0.28 * font, 0.28 * font);
            break;
        }
        }
        QFont legendFont = options.font;
        const double scale = row.kind == LegendRow::Kind::Title ? 1.15 : 1.0;
        legendFont.setPixelSize(std::max(1, int(std::lround(layout.fontPixels * scale))));
        legendFont.setBold(heading);
        painter.setFont(legendFont);
        painter.setPen(text);
        // A long link name ends in "…" rather than run out of the legend.
        painter.drawText(QRectF(left + indent, y, columnWidth - indent, line),
                         Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                         QFontMetricsF(legendFont).elidedText(row.text, Qt::ElideRight, columnWidth - indent));
        y += line;
    }
    if (showsCaches())
        drawCaches(painter, layout, options, QPointF(left, y), columnWidth);
}

void CityLegend::drawCaches(QPainter &painter, const CityLayout &layout, const CityFrameOptions &options,
                            QPointF topLeft, double width) const
{
    // Each cache as a row of boxes, one per place, filled with the name of the person the
    // mail waits for; people with mail waiting wear a dashed ring in the city.
    const QRectF area(topLeft, QSizeF(width, layout.legendArea.bottom() - topLeft.y()));
    const double font = layout.fontPixels;
    const double line = CityLayout::lineHeight * font;
    const QColor text = options.palette.color(QPalette::Text);
    const std::uint32_t nodes = m_controller.world().nodes;
    const int capacity = m_controller.simulation().config().cacheCapacity;
    QFont plain = options.font;
    plain.setPixelSize(std::max(1, int(std::lround(font))));
    QFont bold = plain;
    bold.setBold(true);

    double y = topLeft.y();
    const QPointF swatch(area.left() + 0.7 * font, y + line / 2.0);
    painter.setPen(CityPainter::cacheRingPen(options, 2.0 * CityPainter::lineScale(options)));
    painter.setBrush(Qt::NoBrush);
    painter.drawEllipse(swatch, 0.45 * font, 0.45 * font);
    painter.setFont(bold);
    painter.setPen(text);
    const double indent = 1.8 * font;
    painter.drawText(QRectF(area.left() + indent, y, area.width() - indent, line),
                     Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine, tr("Retransmit cache"));
    y += line;

    const auto &caches = gossip::DirectMail::caches(m_controller.world());
    // Boxes while they fit the legend's width; a long cache or a city's numbers as text.
    const double box = 1.3 * font;
    const double step = box + 0.4 * font;
    const double ownerWidth = QFontMetricsF(bold).horizontalAdvance(QStringLiteral("W:")) + 0.4 * font;
    const bool boxes = nodes <= maximumCells && indent + ownerWidth + capacity * step <= area.width();
    for (std::size_t i = 0; i < caches.size() && i < std::size_t(maximumCachesShown); ++i) {
        const gossip::MailCache &cache = caches[i];
        const QRectF row(area.left() + indent, y, area.width() - indent, line);
        if (!boxes) {
            painter.setFont(plain);
            painter.setPen(text);
            painter.drawText(row, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                             QFontMetricsF(plain).elidedText(cacheText(cache), Qt::ElideRight, row.width()));
            y += line;
            continue;
        }
        painter.setFont(bold);
        painter.setPen(text);
        painter.drawText(row, Qt::AlignVCenter | Qt::AlignLeft | Qt::TextSingleLine,
                         tr("%1:").arg(CityStyle::nodeName(nodes, cache.owner)));
        for (int place = 0; place < capacity; ++place) {
            const QRectF slot(row.left() + ownerWidth + place * step, y + (line - box) / 2.0, box, box);
            const bool used = place < int(cache.entries.size());
            painter.setPen(QPen(text, 1.5 * CityPainter::lineScale(options), used ? Qt::SolidLine : Qt::DotLine));
            painter.setBrush(options.palette.color(QPalette::Base));
            painter.drawRoundedRect(slot, 0.2 * box, 0.2 * box);
            if (used)
                painter.drawText(slot, Qt::AlignCenter,
                                 CityStyle::nodeName(nodes, cache.entries[std::size_t(place)].to));
        }
        y += line;
    }
}
