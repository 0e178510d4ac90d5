// The simulate command: options, batch run, JSON or table output, trace.
#include "simulatecommand.h"

#include "names.h"
#include "progressbar.h"
#include "scenariofile.h"
#include "trace.h"
#include "usageerror.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
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

double fractionOption(const QCommandLineParser &parser, const QString &option, bool belowOne)
{
    const QString text = parser.value(option);
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < 0.0 || value > 1.0 || (belowOne && value >= 1.0))
        refuse(badValue(option, text,
                        belowOne ? SimulateCommand::tr("must be a number from 0 up to, not including, 1")
                                 : SimulateCommand::tr("must be a number from 0 to 1")));
    return value;
}

template<typename Enum>
Enum enumOption(const QCommandLineParser &parser, const QString &option, std::optional<Enum> (*from)(const QString &),
                const QStringList &allowed)
{
    const QString text = parser.value(option);
    const auto value = from(text);
    if (!value)
        refuse(badValue(option, text, SimulateCommand::tr("must be one of %1").arg(allowed.join(QStringLiteral(", ")))));
    return *value;
}

void requireProtocol(const QCommandLineParser &parser, const QStringList &options, gossip::Protocol protocol,
                     gossip::Protocol needed)
{
    if (protocol == needed)
        return;
    for (const QString &option : options) {
        if (parser.isSet(option))
            refuse(SimulateCommand::tr("--%1 applies to --protocol %2 only").arg(option, Names::protocol(needed)));
    }
}

} // namespace

SimulateCommand::Request SimulateCommand::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const auto valueOption = [](const QString &name, const QString &help, const QString &valueName) {
        return QCommandLineOption(name, help, valueName);
    };
    parser.addOptions({
            valueOption(QStringLiteral("protocol"), tr("direct-mail, anti-entropy or rumor"), QStringLiteral("name")),
            valueOption(QStringLiteral("mode"), tr("push, pull or push-pull"), QStringLiteral("mode")),
            {QStringLiteral("feedback"), tr("rumor: lose interest only when the partner knew already")},
            {QStringLiteral("blind"), tr("rumor: lose interest regardless of the partner")},
            {QStringLiteral("counter"), tr("rumor: lose interest after k contacts")},
            {QStringLiteral("coin"), tr("rumor: lose interest with probability 1/k")},
            valueOption(QStringLiteral("k"), tr("rumor: the k of counter or coin"), QStringLiteral("N")),
            valueOption(QStringLiteral("nodes"), tr("number of nodes"), QStringLiteral("N")),
            valueOption(QStringLiteral("runs"), tr("number of runs, each with its own seed"), QStringLiteral("R")),
            valueOption(QStringLiteral("seed"), tr("seed of the first run"), QStringLiteral("S")),
            valueOption(QStringLiteral("max-rounds"), tr("stop a run after this many rounds"), QStringLiteral("N")),
            valueOption(QStringLiteral("loss"), tr("probability that a message is lost"), QStringLiteral("P")),
            valueOption(QStringLiteral("crashed"), tr("fraction of nodes down for the whole run"), QStringLiteral("F")),
            valueOption(QStringLiteral("cache"), tr("direct mail: retransmit cache capacity"), QStringLiteral("C")),
            valueOption(QStringLiteral("unknown"), tr("direct mail: fraction of nodes the writer does not know"),
                        QStringLiteral("F")),
            valueOption(QStringLiteral("backup-every"), tr("rumor: push-pull anti-entropy every N rounds"),
                        QStringLiteral("N")),
            valueOption(QStringLiteral("reconciliation"),
                        tr("anti-entropy: whole-database, checksum or recent-updates"), QStringLiteral("how")),
            valueOption(QStringLiteral("shared-items"), tr("items every database holds already"), QStringLiteral("N")),
            valueOption(QStringLiteral("partners"), tr("uniform or spatial partner choice"), QStringLiteral("how")),
            valueOption(QStringLiteral("spatial-exponent"), tr("a in d^-a for spatial partner choice"),
                        QStringLiteral("a")),
            valueOption(QStringLiteral("threads"), tr("threads to run the runs on"), QStringLiteral("N")),
            {QStringLiteral("json"), tr("print one JSON object instead of a table")},
            valueOption(QStringLiteral("trace"), tr("write every run's rounds as CSV"), QStringLiteral("file")),
            valueOption(QStringLiteral("scenario"), tr("start from a saved scenario"), QStringLiteral("file")),
    });
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
        QString error;
        const auto document = ScenarioFile::read(parser.value(QStringLiteral("scenario")), &error);
        if (!document)
            refuse(tr("--scenario: %1").arg(error));
        scenario = document->scenario;
    } else {
        scenario = gossip::Scenario::singleUpdate(gossip::Config{});
    }
    gossip::Config &config = scenario.config;

    if (parser.isSet(QStringLiteral("protocol")))
        config.protocol = enumOption(parser, QStringLiteral("protocol"), Names::protocolFrom, Names::protocols());
    if (parser.isSet(QStringLiteral("mode"))) {
        config.mode = enumOption(parser, QStringLiteral("mode"), Names::modeFrom, Names::modes());
    } else if (config.protocol == gossip::Protocol::DirectMail) {
        config.mode = gossip::Mode::Push;
    } else if (!parser.isSet(QStringLiteral("scenario")) && config.protocol == gossip::Protocol::Rumor) {
        config.mode = gossip::Mode::Push;
    }
    if (config.protocol == gossip::Protocol::DirectMail && config.mode != gossip::Mode::Push)
        refuse(tr("--mode: direct mail only pushes (got \"%1\")").arg(Names::mode(config.mode)));

    requireProtocol(parser,
                    {QStringLiteral("feedback"), QStringLiteral("blind"), QStringLiteral("counter"), QStringLiteral("coin"),
                     QStringLiteral("k"), QStringLiteral("backup-every")},
                    config.protocol, gossip::Protocol::Rumor);
    requireProtocol(parser, {QStringLiteral("cache"), QStringLiteral("unknown")}, config.protocol,
                    gossip::Protocol::DirectMail);
    requireProtocol(parser, {QStringLiteral("reconciliation"), QStringLiteral("shared-items")}, config.protocol,
                    gossip::Protocol::AntiEntropy);

    if (parser.isSet(QStringLiteral("feedback")) && parser.isSet(QStringLiteral("blind")))
        refuse(tr("--feedback and --blind exclude each other"));
    if (parser.isSet(QStringLiteral("counter")) && parser.isSet(QStringLiteral("coin")))
        refuse(tr("--counter and --coin exclude each other"));
    if (parser.isSet(QStringLiteral("feedback")))
        config.interest = gossip::Interest::Feedback;
    if (parser.isSet(QStringLiteral("blind")))
        config.interest = gossip::Interest::Blind;
    if (parser.isSet(QStringLiteral("counter")))
        config.stopping = gossip::Stopping::Counter;
    if (parser.isSet(QStringLiteral("coin")))
        config.stopping = gossip::Stopping::Coin;
    if (parser.isSet(QStringLiteral("k")))
        config.k = int(integerOption(parser, QStringLiteral("k"), 1, gossip::maxK));
    if (parser.isSet(QStringLiteral("nodes")))
        config.nodes = std::uint32_t(integerOption(parser, QStringLiteral("nodes"), 2, gossip::maxNodes));
    if (parser.isSet(QStringLiteral("seed")))
        config.seed = std::uint64_t(integerOption(parser, QStringLiteral("seed"), 0, qint64(gossip::maxSeed)));
    if (parser.isSet(QStringLiteral("max-rounds")))
        config.maxRounds = int(integerOption(parser, QStringLiteral("max-rounds"), 1, gossip::maxRoundsLimit));
    if (parser.isSet(QStringLiteral("loss")))
        config.loss = fractionOption(parser, QStringLiteral("loss"), false);
    if (parser.isSet(QStringLiteral("crashed")))
        config.crashedFraction = fractionOption(parser, QStringLiteral("crashed"), true);
    if (parser.isSet(QStringLiteral("cache")))
        config.cacheCapacity = int(integerOption(parser, QStringLiteral("cache"), 0, 1'000'000));
    if (parser.isSet(QStringLiteral("unknown")))
        config.unknownFraction = fractionOption(parser, QStringLiteral("unknown"), false);
    if (parser.isSet(QStringLiteral("backup-every")))
        config.backupEvery = int(integerOption(parser, QStringLiteral("backup-every"), 0, gossip::maxRoundsLimit));
    if (parser.isSet(QStringLiteral("reconciliation")))
        config.reconciliation = enumOption(parser, QStringLiteral("reconciliation"), Names::reconciliationFrom,
                                           Names::reconciliations());
    if (parser.isSet(QStringLiteral("shared-items")))
        config.sharedItems = int(integerOption(parser, QStringLiteral("shared-items"), 0, 1'000'000'000));
    if (parser.isSet(QStringLiteral("partners"))) {
        config.partnerChoice = enumOption(parser, QStringLiteral("partners"), Names::partnerChoiceFrom,
                                          QStringList{QStringLiteral("uniform"), QStringLiteral("spatial")});
        if (config.partnerChoice == gossip::PartnerChoice::Scripted)
            refuse(badValue(QStringLiteral("partners"), parser.value(QStringLiteral("partners")),
                            tr("must be uniform or spatial")));
    }
    if (parser.isSet(QStringLiteral("spatial-exponent"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("spatial-exponent"));
        config.spatialExponent = text.toDouble(&ok);
        if (!ok || !(config.spatialExponent >= 0.0 && config.spatialExponent <= 10.0))
            refuse(badValue(QStringLiteral("spatial-exponent"), text, tr("must be a number from 0 to 10")));
    }
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

    // Each thread holds a whole city; with a hundred million nodes a few threads fill the
    // memory, so use no more than fit in memoryBudget. The results do not depend on it.
    constexpr double memoryBudget = 8.0 * 1024 * 1024 * 1024;
    const double bytesPerRun = double(config.nodes) * (12.0 * config.keys + 6.0);
    request.threads = std::clamp(int(memoryBudget / bytesPerRun), 1, request.threads);

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
    const bool long_ = double(config.nodes) * request.runs >= 5e6;
    ProgressBar progress(tr("simulating"), long_);
    gossip::BatchOptions options;
    options.runs = request.runs;
    options.threads = request.threads;
    options.keepRounds = trace.is_open();
    options.progress = [&progress](int done, int total) { progress.update(done, total); };
    // One long run: the bar fills with the share of the city covered.
    options.roundProgress = [&progress](double coverage, gossip::Round round) {
        progress.update(int(std::lround(1000.0 * coverage)), 1000,
                        tr("round %1, %2% covered").arg(round).arg(100.0 * coverage, 0, 'f', 1));
    };
    const gossip::BatchResult result = gossip::runBatch(request.scenario, options);

    if (trace.is_open()) {
        gossip::writeTraceHeader(trace);
        for (std::size_t run = 0; run < result.rounds.size(); ++run)
            gossip::writeTraceRows(trace, int(run), result.rounds[run]);
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
    QJsonArray fractions;
    for (double fraction : result.susceptibleFraction)
        fractions.append(fraction);
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
            {QStringLiteral("susceptible_fraction"), fractions},
    };
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
    out << '\n' << tr("susceptible fraction by round (mean over runs):") << '\n';
    for (std::size_t round = 0; round < result.susceptibleFraction.size(); ++round)
        out << "  " << QString::number(round).rightJustified(5) << "  " << number(result.susceptibleFraction[round], 6) << '\n';
    return text;
}
