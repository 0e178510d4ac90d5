// A chart's legend below it, every name whole.
#pragma once

#include <QColor>
#include <QLabel>
#include <QList>

QT_BEGIN_NAMESPACE
class QChart;
QT_END_NAMESPACE

// The names of a chart's series, each after a swatch of its colour, in rows that wrap
// between entries and never inside one: on a narrow chart (a 1024 x 768 projector) it
// takes another row where QtCharts' own legend would cut names short ("Contagi…").
class ChartLegend : public QLabel
{
    Q_OBJECT

public:
    enum class Swatch { Line, DashedLine, DottedLine, Square, None }; // None: a note, no series
    struct Entry
    {
        QColor color;
        QString name;
        Swatch swatch = Swatch::Square;
    };

    explicit ChartLegend(QWidget *parent = nullptr);

    // The entries of the visible series of `chart`: lines by their pen, bar sets as squares.
    static QList<Entry> entriesOf(const QChart *chart);
    void setEntries(const QList<Entry> &entries);
    const QList<Entry> &entries() const { return m_entries; }
    // The font and colour of the names.
    void setLook(const QFont &font, const QColor &ink);

private:
    void render();

    QList<Entry> m_entries;
};
