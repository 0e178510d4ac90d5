// The wrapping legend under a chart.
#include "views/chart/chartlegend.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QLineSeries>

namespace {

// A name's spaces are non-breaking and word joiners hold Chinese characters together, so
// a line may break only between entries.
QString unbreakable(const QString &text)
{
    QString joined;
    for (const QChar c : text) {
        if (!joined.isEmpty())
            joined += QChar(0x2060); // word joiner
        joined += c == u' ' ? QChar(QChar::Nbsp) : c;
    }
    return joined;
}

QString swatchText(ChartLegend::Swatch swatch)
{
    switch (swatch) {
    case ChartLegend::Swatch::Line:
        return QStringLiteral("&#9473;&#9473;"); // a heavy line
    case ChartLegend::Swatch::DashedLine:
        return QStringLiteral("&#9549;&#9549;"); // a heavy dashed line
    case ChartLegend::Swatch::DottedLine:
        return QStringLiteral("&#9477;&#9477;"); // a heavy dotted line
    case ChartLegend::Swatch::None:
        return QString();
    case ChartLegend::Swatch::Square:
        break;
    }
    return QStringLiteral("&#9632;");
}

} // namespace

ChartLegend::ChartLegend(QWidget *parent)
    : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::RichText);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setContentsMargins(8, 0, 8, 6);
}

QList<ChartLegend::Entry> ChartLegend::entriesOf(const QChart *chart)
{
    QList<Entry> entries;
    for (const QAbstractSeries *series : chart->series()) {
        if (!series->isVisible())
            continue;
        // A line without a name (an error bar) is not in the legend.
        if (const auto *line = qobject_cast<const QLineSeries *>(series)) {
            if (line->name().isEmpty())
                continue;
            const QPen pen = line->pen();
            const Swatch swatch = pen.style() == Qt::SolidLine ? Swatch::Line
                    : pen.style() == Qt::DotLine               ? Swatch::DottedLine
                                                               : Swatch::DashedLine;
            entries.append({pen.color(), line->name(), swatch});
        } else if (const auto *bars = qobject_cast<const QAbstractBarSeries *>(series)) {
            for (QBarSet *set : bars->barSets())
                entries.append({set->color(), set->label(), Swatch::Square});
        }
    }
    return entries;
}

void ChartLegend::setEntries(const QList<Entry> &entries)
{
    const auto same = [](const Entry &a, const Entry &b) {
        return a.color == b.color && a.name == b.name && a.swatch == b.swatch;
    };
    if (entries.size() == m_entries.size() && std::equal(entries.begin(), entries.end(), m_entries.begin(), same))
        return;
    m_entries = entries;
    render();
}

void ChartLegend::setLook(const QFont &font, const QColor &ink)
{
    setFont(font);
    QPalette look = palette();
    look.setColor(QPalette::WindowText, ink);
    setPalette(look);
}

void ChartLegend::render()
{
    QStringList shown;
    for (const Entry &entry : std::as_const(m_entries)) {
        // A note (no series) may wrap inside itself: it is a sentence, not a name.
        if (entry.swatch == Swatch::None)
            shown << QStringLiteral("<i>%1</i>").arg(entry.name.toHtmlEscaped());
        else
            shown << QStringLiteral("<span style=\"color:%1\">%2</span>&nbsp;%3")
                             .arg(entry.color.name(), swatchText(entry.swatch), unbreakable(entry.name).toHtmlEscaped());
    }
    setText(shown.join(QStringLiteral(" &nbsp; ")));
}
