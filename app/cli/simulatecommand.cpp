// The simulate command: options, batch run, JSON or table output, trace.
#include "app/cli/simulatecommand.h"

#include "app/cli/progressbar.h"
#include "app/cli/systeminfo.h"
#include "app/cli/usageerror.h"
#include "engine/configschema.h"
#include "engine/memory.h"
#include "engine/network.h"
#include "engine/trace.h"
#include "views/content/configtext.h"
#include "views/content/names.h"
#include "views/content/networkfile.h"
#include "views/content/scenariofile.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <fstream>
#include <limits>
#include <thread>

namespace {

constexpr int maxRuns = 1'000'000;
constexpr int maxThreads = 64;

[[noreturn]] void refuse(const QString &message)
{
    throw UsageError{message};
}

QString badValue(const QString &option, const QString &value, const QString &expected)
{
    return SimulateCommand::tr("--%1: %2 (got \"%3\")").arg(option, expected, value);
}

qint64 integerOption(const QCommandLineParser &parser, const QString &option, qint64 minimum, qint64 maximum)
{
    const QString text = parser.value(option);
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < minimum || value > maximum)
        refuse(badValue(option, text, SimulateCommand::tr("must be a whole number from %1 to %2").arg(minimum).arg(maximum)));
    return value;
}

QString optionName(std::string_view name)
{
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

// The options that set a field: its own, or one per choice where each choice is a flag.
QStringList optionsOf(const gossip::ConfigField &field)
{
    QStringList options;
    if (field.choicesAreFlags) {
        for (std::string_view choice : field.choices)
            options << optionName(choice);
    } else {
        options << optionName(field.option);
    }
    return options;
}

// Sets every field whose option is given, reading each value as scenario files do.
void readFields(const QCommandLineParser &parser, gossip::Config &config)
{
    for (const gossip::ConfigField &field : gossip::configFields()) {
        QStringList given;
        for (const QString &option : optionsOf(field)) {
            if (parser.isSet(option))
                given << option;
        }
        if (given.size() > 1)
            refuse(SimulateCommand::tr("--%1 and --%2 exclude each other").arg(given.at(0), given.at(1)));
        if (given.isEmpty())
            continue;
        if (field.choicesAreFlags) {
            field.set(config, *field.choiceIndex(given.constFirst().toStdString()));
            continue;
        }
        const QString text = parser.value(given.constFirst());
        // --network names a built-in network or a network file.
        if (field.key == "network" && !field.choiceIndex(text.toStdString())) {
            QString error;
            const auto network = NetworkFile::read(text, &error);
            if (!network)
                refuse(SimulateCommand::tr("--network: %1").arg(error));
            config.network = gossip::NetworkKind::File;
            config.networkFile = std::make_shared<const gossip::NetworkDescription>(*network);
            // Without --nodes, everyone the file places.
            if (!parser.isSet(QStringLiteral("nodes")))
                config.nodes = std::uint32_t(network->siteRouter.size());
            continue;
        }
        const auto value = ConfigText::fromText(field, text);
        if (!value)
            refuse(badValue(given.constFirst(), text, SimulateCommand::tr("must be %1").arg(ConfigText::range(field))));
        field.set(config, *value);
    }
}

// Refuses an option of a field that the chosen protocol does not use: it would do nothing.
void refuseInapplicable(const QCommandLineParser &parser, gossip::Protocol protocol)
{
    for (const QString &option : parser.optionNames()) {
        const gossip::ConfigField *field = gossip::configFieldByOption(option.toStdString());
        if (field && !field->appliesTo(protocol))
            refuse(SimulateCommand::tr("--%1 does not apply to --protocol %2").arg(option, Names::protocol(protocol)));
    }
}

} // namespace

QList<QCommandLineOption> SimulateCommand::options()
{
    const auto valueOption = [](const QString &name, const QString &help, const QString &valueName) {
        return QCommandLineOption(name, help, valueName);
    };
    QList<QCommandLineOption> options;
    for (const gossip::ConfigField &field : gossip::configFields()) {
        if (field.choicesAreFlags) {
            for (const QString &choice : optionsOf(field))
                options << QCommandLineOption(choice, tr("%1: %2").arg(ConfigText::fieldText(field.label), choice));
        } else if (field.type == gossip::ConfigField::Type::Choice) {
            options << valueOption(optionName(field.option), ConfigText::fieldText(field.help),
                                   Names::choices(field));
        } else {
            options << valueOption(optionName(field.option), ConfigText::fieldText(field.help), optionName(field.valueName));
        }
    }
    options << valueOption(QStringLiteral("runs"), tr("Number of runs, each with its own seed"), QStringLiteral("R"))
            << valueOption(QStringLiteral("threads"), tr("Threads to run the runs on"), QStringLiteral("N"))
            << QCommandLineOption(QStringLiteral("json"), tr("Print one JSON object instead of a table"))
            << valueOption(QStringLiteral("trace"), tr("Write every run's rounds as CSV"), QStringLiteral("FILE"))
            << valueOption(QStringLiteral("scenario"), tr("Start from a saved scenario"), QStringLiteral("FILE"));
    return options;
}

QString SimulateCommand::help()
{
    QString text = tr("options of simulate:") + QLatin1Char('\n');
    for (const QCommandLineOption &option : options()) {
        const QString name = QStringLiteral("--") + option.names().constFirst()
                + (option.valueName().isEmpty() ? QString() : QLatin1Char(' ') + option.valueName());
        text += QStringLiteral("  %1  %2\n").arg(name.leftJustified(44), option.description());
    }
    return text;
}

SimulateCommand::Request SimulateCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.addOptions(options());
    if (!parser.parse(QStringList{QStringLiteral("simulate")} + arguments))
        refuse(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        refuse(tr("unexpected argument \"%1\"").arg(parser.positionalArguments().constFirst()));
    const QStringList given = parser.optionNames();
    for (const QString &name : given) {
        if (given.count(name) > 1)
            refuse(tr("--%1 is given more than once").arg(name));
    }

    Request request;
    gossip::Scenario &scenario = request.scenario;
    if (parser.isSet(QStringLiteral("scenario"))) {
        if (parser.value(QStringLiteral("scenario")).isEmpty())
            refuse(tr("--scenario: needs a file name"));
        QString error;
        const auto document = ScenarioFile::read(parser.value(QStringLiteral("scenario")), &error);
        if (!document)
            refuse(tr("--scenario: %1").arg(error));
        scenario = document->scenario;
    } else {
        scenario = gossip::Scenario::singleUpdate(gossip::Config{});
    }
    gossip::Config &config = scenario.config;

    readFields(parser, config);
    if (!parser.isSet(QStringLiteral("mode"))
        && (config.protocol == gossip::Protocol::DirectMail
            || (!parser.isSet(QStringLiteral("scenario")) && config.protocol == gossip::Protocol::Rumor)))
        config.mode = gossip::Mode::Push;
    if (config.protocol == gossip::Protocol::DirectMail && config.mode != gossip::Mode::Push)
        refuse(tr("--mode: direct mail only pushes (got \"%1\")").arg(Names::mode(config.mode)));
    refuseInapplicable(parser, config.protocol);

    if (parser.isSet(QStringLiteral("runs")))
        request.runs = int(integerOption(parser, QStringLiteral("runs"), 1, maxRuns));
    request.threads = int(std::max(1u, std::thread::hardware_concurrency()));
    if (parser.isSet(QStringLiteral("threads")))
        request.threads = int(integerOption(parser, QStringLiteral("threads"), 1, maxThreads));
    request.json = parser.isSet(QStringLiteral("json"));
    if (parser.isSet(QStringLiteral("trace"))) {
        request.tracePath = parser.value(QStringLiteral("trace"));
        if (request.tracePath.isEmpty())
            refuse(tr("--trace: needs a file name"));
    }

    // Each thread holds a whole city: a run that cannot fit in this machine's memory is
    // refused with the estimate, and no more threads run than fit in a quarter of it (or
    // 8 GiB where the system does not say). The results do not depend on the threads.
    const double gib = 1024.0 * 1024.0 * 1024.0;
    const auto memory = physicalMemoryBytes();
    const double bytesPerRun = double(gossip::estimateRunBytes(config));
    if (memory && bytesPerRun > 0.8 * double(*memory))
        refuse(tr("a run of %1 nodes with %2 keys needs about %3 GiB of memory; this machine has %4 GiB")
                       .arg(config.nodes)
                       .arg(config.keys)
                       .arg(bytesPerRun / gib, 0, 'f', 1)
                       .arg(double(*memory) / gib, 0, 'f', 1));
    const double budget = memory ? std::max(8.0 * gib, 0.25 * double(*memory)) : 8.0 * gib;
    request.threads = std::clamp(int(budget / std::max(1.0, bytesPerRun)), 1, request.threads);

    if (auto problem = gossip::validate(scenario)) {
        QString message = tr("%1 %2").arg(QString::fromStdString(problem->field), QString::fromStdString(problem->message));
        // A saved scenario that was valid may be made invalid by an option: say which.
        QStringList changed;
        for (const QString &name : given) {
            static const QStringList harmless{QStringLiteral("scenario"), QStringLiteral("json"), QStringLiteral("trace"),
                                              QStringLiteral("runs"), QStringLiteral("threads")};
            if (!harmless.contains(name))
                changed << QStringLiteral("--%1 %2").arg(name, parser.value(name)).trimmed();
        }
        if (parser.isSet(QStringLiteral("scenario")) && !changed.isEmpty())
            message = tr("%1 (in %2 as changed by %3)")
                              .arg(message, parser.value(QStringLiteral("scenario")), changed.join(QStringLiteral(", ")));
        refuse(message);
    }
    return request;
}

int SimulateCommand::run(const Request &request)
{
    std::ofstream trace;
    if (!request.tracePath.isEmpty()) {
        trace.open(request.tracePath.toStdString(), std::ios::binary | std::ios::trunc);
        if (!trace)
            throw UsageError{tr("--trace: cannot write %1").arg(request.tracePath)};
    }

    const gossip::Config &config = request.scenario.config;
    // About 10 ns per node and round (gossiplab-cli bench), log2 n + ln n rounds to spread.
    const double nodes = double(config.nodes);
    const double rounds = std::log2(nodes) + std::log(nodes) + 2.0;
    const double seconds = 1e-8 * nodes * config.keys * rounds * request.runs / std::max(1, request.threads);
    if (seconds > 60.0 && standardErrorIsTerminal())
        std::fprintf(stderr, "%s\n",
                     qPrintable(tr("gossiplab-cli: this will take about %n minute(s)", nullptr,
                                   int(std::ceil(seconds / 60.0)))));
    ProgressBar progress(tr("simulating"), seconds > 2.0);
    gossip::BatchOptions options;
    options.runs = request.runs;
    options.threads = request.threads;
    if (trace.is_open()) {
        gossip::writeTraceHeader(trace);
        options.runRounds = [&trace](int run, const std::vector<gossip::RoundMeasures> &rounds) {
            gossip::writeTraceRows(trace, run, rounds);
        };
    }
    options.progress = [&progress](int done, int total) { progress.update(done, total); };
    // One long run: the bar fills with the share of the city covered.
    options.roundProgress = [&progress](double coverage, gossip::Round round) {
        progress.update(int(std::lround(1000.0 * coverage)), 1000,
                        tr("round %1, %2% covered").arg(round).arg(100.0 * coverage, 0, 'f', 1));
    };
    const gossip::BatchResult result = gossip::runBatch(request.scenario, options);

    if (trace.is_open()) {
        trace.close();
        if (!trace)
            throw UsageError{tr("--trace: cannot write %1").arg(request.tracePath)};
    }

    QTextStream out(stdout);
    if (request.json)
        out << toJson(request, result) << '\n';
    else
        out << toTable(request, result);
    return 0;
}

QByteArray SimulateCommand::toJson(const Request &request, const gossip::BatchResult &result)
{
    using gossip::RunSummary;
    const gossip::Config &config = request.scenario.config;
    const auto array = [](const std::vector<double> &values) {
        QJsonArray numbers;
        for (double value : values)
            numbers.append(value);
        return numbers;
    };
    QJsonObject finishes;
    for (const auto &[round, count] : result.finishHistogram)
        finishes.insert(QString::number(round), count);
    QJsonObject object{
            {QStringLiteral("protocol"), Names::protocol(config.protocol)},
            {QStringLiteral("mode"), Names::mode(config.mode)},
            {QStringLiteral("nodes"), qint64(config.nodes)},
            {QStringLiteral("runs"), request.runs},
            {QStringLiteral("seed"), qint64(config.seed)},
            {QStringLiteral("residue"), result.mean(&RunSummary::residue)},
            {QStringLiteral("residue_sd"), result.standardDeviation(&RunSummary::residue)},
            {QStringLiteral("traffic"), result.mean(&RunSummary::traffic)},
            {QStringLiteral("traffic_sd"), result.standardDeviation(&RunSummary::traffic)},
            {QStringLiteral("t_ave"), result.mean(&RunSummary::tAverage)},
            {QStringLiteral("t_last"), result.mean(&RunSummary::tLast)},
            {QStringLiteral("rounds"), result.meanRounds()},
            {QStringLiteral("converged"), result.convergedFraction()},
            {QStringLiteral("messages"), result.mean(&RunSummary::messages)},
            {QStringLiteral("lost"), result.mean(&RunSummary::lost)},
            {QStringLiteral("dropped"), result.mean(&RunSummary::dropped)},
            {QStringLiteral("unknown"), result.mean(&RunSummary::unknown)},
            {QStringLiteral("cached"), result.mean(&RunSummary::cached)},
            {QStringLiteral("items"), result.mean(&RunSummary::items)},
            {QStringLiteral("bytes"), result.mean(&RunSummary::bytes)},
            // A count too large for 64 bits stops at its largest value: then items and
            // bytes are lower bounds.
            {QStringLiteral("counts_saturated"), result.countsSaturated()},
            {QStringLiteral("susceptible_fraction"), array(result.susceptibleFraction)},
            {QStringLiteral("susceptible_p10"), array(result.susceptibleP10)},
            {QStringLiteral("susceptible_p50"), array(result.susceptibleP50)},
            {QStringLiteral("susceptible_p90"), array(result.susceptibleP90)},
            // Runs by the round of their last receipt (t_last); the counts sum to "runs".
            {QStringLiteral("finish_histogram"), finishes},
    };
    // On a network: the traffic on its links, mean and on the busiest (Demers' Tables 4, 5).
    if (const auto links = result.linkTraffic()) {
        const auto network = gossip::networkFor(config);
        object.insert(QStringLiteral("network"), ConfigText::toJson(gossip::configField("network"), config));
        object.insert(QStringLiteral("compare_traffic_mean"), links->compareMean);
        object.insert(QStringLiteral("compare_traffic_critical"), links->compareCritical);
        object.insert(QStringLiteral("update_traffic_mean"), links->updateMean);
        object.insert(QStringLiteral("update_traffic_critical"), links->updateCritical);
        object.insert(QStringLiteral("critical_link"), QString::fromStdString(network->linkName(links->critical)));
    }
    if (config.connectionLimit > 0)
        object.insert(QStringLiteral("busy"), result.mean(&RunSummary::busy));
    if (config.protocol == gossip::Protocol::Rumor) {
        object.insert(QStringLiteral("interest"), Names::interest(config.interest));
        object.insert(QStringLiteral("stopping"), Names::stopping(config.stopping));
        object.insert(QStringLiteral("k"), config.k);
    }
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString SimulateCommand::toTable(const Request &request, const gossip::BatchResult &result)
{
    using gossip::RunSummary;
    const gossip::Config &config = request.scenario.config;
    QString text;
    QTextStream out(&text);
    QString title = Names::protocol(config.protocol) + QStringLiteral(", ") + Names::mode(config.mode);
    if (config.protocol == gossip::Protocol::Rumor)
        title += QStringLiteral(", %1, %2, k = %3")
                         .arg(Names::interest(config.interest), Names::stopping(config.stopping))
                         .arg(config.k);
    out << title << '\n' << tr("%1 nodes, %2 runs, seed %3").arg(config.nodes).arg(request.runs).arg(config.seed) << "\n\n";
    // Wide enough for the longest name in any language, with two spaces after it.
    const QStringList names{tr("residue s"), tr("traffic m (messages/node)"), tr("t_ave (rounds)"), tr("t_last (rounds)"),
                            tr("rounds run"), tr("runs that went quiet"), tr("messages per run"),
                            tr("lost per run"), tr("dropped (cache full) per run"), tr("never sent (unknown) per run"),
                            tr("still waiting in a cache per run"), tr("items carried per run"),
                            tr("bytes carried per run")};
    qsizetype width = 0;
    for (const QString &name : names)
        width = std::max(width, name.size());
    const auto row = [&out, width](const QString &name, const QString &value) {
        out << "  " << name.leftJustified(width + 2) << value << '\n';
    };
    // A spread below rounding noise is none; counts are whole or one decimal, never 1e+06.
    const auto number = [](double value, int precision = 4) {
        return QString::number(std::abs(value) < 1e-12 ? 0.0 : value, 'g', precision);
    };
    const auto count = [](double value) {
        return QString::number(value, 'f', value == std::floor(value) ? 0 : 1);
    };
    row(tr("residue s"), tr("%1 (sd %2)").arg(number(result.mean(&RunSummary::residue)),
                                              number(result.standardDeviation(&RunSummary::residue), 3)));
    row(tr("traffic m (messages/node)"), tr("%1 (sd %2)").arg(number(result.mean(&RunSummary::traffic)),
                                                             number(result.standardDeviation(&RunSummary::traffic), 3)));
    row(tr("t_ave (rounds)"), number(result.mean(&RunSummary::tAverage)));
    row(tr("t_last (rounds)"), number(result.mean(&RunSummary::tLast)));
    row(tr("rounds run"), number(result.meanRounds()));
    row(tr("runs that went quiet"), tr("%1%").arg(number(100.0 * result.convergedFraction(), 3)));
    row(tr("messages per run"), count(result.mean(&RunSummary::messages)));
    row(tr("lost per run"), count(result.mean(&RunSummary::lost)));
    if (config.protocol == gossip::Protocol::DirectMail) {
        row(tr("dropped (cache full) per run"), count(result.mean(&RunSummary::dropped)));
        row(tr("never sent (unknown) per run"), count(result.mean(&RunSummary::unknown)));
        row(tr("still waiting in a cache per run"), count(result.mean(&RunSummary::cached)));
    }
    row(tr("items carried per run"), count(result.mean(&RunSummary::items)));
    row(tr("bytes carried per run"), count(result.mean(&RunSummary::bytes)));
    if (result.countsSaturated())
        out << "  " << tr("(items or bytes exceeded 2^64 - 1 in some run and stopped there: these are lower bounds)") << '\n';
    out << '\n' << tr("susceptible fraction by round (mean over runs):") << '\n';
    for (std::size_t round = 0; round < result.susceptibleFraction.size(); ++round)
        out << "  " << QString::number(round).rightJustified(5) << "  " << number(result.susceptibleFraction[round], 6) << '\n';
    return text;
}
