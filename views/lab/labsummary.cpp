// summary.csv of an experiment.
#include "views/lab/labsummary.h"

#include <QLocale>
#include <QStringList>

namespace {

QString number(double value)
{
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

// A field as CSV: quoted when it holds a comma, a quote or a line break.
QString field(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) && !text.contains(QLatin1Char('\n')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

} // namespace

QByteArray labSummaryCsv(const LabResult &result)
{
    using gossip::RunSummary;
    QStringList lines{QStringLiteral("name,value,runs,residue,traffic,t_ave,t_last,rounds,residue_sd,traffic_sd,"
                                     "t_ave_sd,t_last_sd,messages,bytes")};
    const ExperimentDocument &experiment = result.experiment;
    for (int entry = 0; entry < experiment.entries.size(); ++entry) {
        for (int value = 0; value < experiment.valueCount(); ++value) {
            const gossip::BatchResult &batch = result.at(entry, value);
            QStringList row{field(experiment.entries.at(entry).name),
                            experiment.sweep ? number(experiment.sweep->values.at(value)) : QString(),
                            QString::number(batch.runs.size())};
            if (!batch.runs.empty()) {
                row << number(batch.mean(&RunSummary::residue)) << number(batch.mean(&RunSummary::traffic))
                    << number(batch.mean(&RunSummary::tAverage)) << number(batch.mean(&RunSummary::tLast))
                    << number(batch.meanRounds()) << number(batch.standardDeviation(&RunSummary::residue))
                    << number(batch.standardDeviation(&RunSummary::traffic))
                    << number(batch.standardDeviation(&RunSummary::tAverage))
                    << number(batch.standardDeviation(&RunSummary::tLast)) << number(batch.mean(&RunSummary::messages))
                    << number(batch.mean(&RunSummary::bytes));
            } else {
                for (int column = 0; column < 11; ++column)
                    row << QString(); // not run: cancelled before it
            }
            lines << row.join(QLatin1Char(','));
        }
    }
    return (lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8();
}
