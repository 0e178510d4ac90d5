// Claims as lesson files write them.
#include "views/content/claim.h"

#include "engine/network.h"
#include "views/content/configtext.h"
#include "views/content/jsonreader.h"


#include <array>

namespace {

using Measure = ClaimTerm::Measure;
using Statistic = ClaimTerm::Statistic;

// Every measure's name in files, in the enum's order.
constexpr std::array<const char *, 26> measureNames{
        "healthy",  "outdated",          "contagious",       "immune",       "down",
        "repairing", "coverage",         "messages",         "new-messages", "redundant-messages",
        "lost-messages", "refused-messages", "dropped-messages", "traffic-so-far", "megabytes-so-far",
        "link-traffic", "link-traffic-mean", "holds",          "state",        "residue",
        "traffic",  "t-ave",             "t-last",           "rounds",       "residue-for-traffic",
        "finish-share"};
constexpr std::array<const char *, 9> statisticNames{"", "mean", "sd", "min", "max", "count", "p10", "p50", "p90"};

QStringList names(const auto &array, std::size_t first = 0)
{
    QStringList list;
    for (std::size_t i = first; i < array.size(); ++i)
        list << QString::fromLatin1(array[i]);
    return list;
}

bool isState(Measure measure)
{
    return measure <= Measure::Repairing;
}

// The network of the run a term reads, to check the link it names.
const gossip::Config &configOf(const ClaimContext &context, int run)
{
    return run >= 0 ? context.comparisons.at(run) : context.chapter;
}

ClaimTerm readTerm(const QJsonObject &object, const QString &where, const ClaimContext &context, bool withBounds)
{
    QStringList known{QStringLiteral("measure"), QStringLiteral("run"), QStringLiteral("round"), QStringLiteral("count"),
                      QStringLiteral("node"),    QStringLiteral("keys"), QStringLiteral("state"), QStringLiteral("link"),
                      QStringLiteral("statistic"), QStringLiteral("from"), QStringLiteral("to")};
    if (withBounds)
        known << QStringLiteral("min") << QStringLiteral("max") << QStringLiteral("equals") << QStringLiteral("above")
              << QStringLiteral("below") << QStringLiteral("times");
    JsonReader::refuseUnknownKeys(object, known, where);
    ClaimTerm term;
    const QString measure = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("measure"), where),
                                                 where + QStringLiteral(".measure"), 40);
    const qsizetype index = names(measureNames).indexOf(measure);
    if (index < 0)
        JsonReader::fail(ClaimFile::tr("%1.measure must be one of %2").arg(where, names(measureNames).join(QStringLiteral(", "))));
    term.measure = Measure(index);

    const QJsonValue run = object.value(QStringLiteral("run"));
    if (run == QJsonValue(QStringLiteral("lab"))) {
        if (context.labRuns <= 0)
            JsonReader::fail(ClaimFile::tr("%1.run is \"lab\", but the chapter has no labRuns").arg(where));
        term.run = ClaimTerm::labRuns;
    } else if (run == QJsonValue(QStringLiteral("chapter"))) {
        term.run = ClaimTerm::chapterRun;
    } else if (!run.isUndefined()) {
        if (context.comparisons.isEmpty())
            JsonReader::fail(ClaimFile::tr("%1.run must be \"chapter\" or \"lab\": the chapter compares no runs").arg(where));
        term.run = int(JsonReader::integerIn(run, where + QStringLiteral(".run"), 0, double(context.comparisons.size() - 1)));
    }
    const bool lab = term.run == ClaimTerm::labRuns;
    const gossip::Config &config = lab ? context.chapter : configOf(context, term.run);

    const QJsonValue round = object.value(QStringLiteral("round"));
    if (!round.isUndefined()) {
        if (!term.perRound())
            JsonReader::fail(ClaimFile::tr("%1.round: %2 is a measure of the whole run").arg(where, measure));
        term.round = gossip::Round(JsonReader::integerIn(round, where + QStringLiteral(".round"), 0, config.maxRounds));
    }
    const QJsonValue count = object.value(QStringLiteral("count"));
    if (!count.isUndefined()) {
        if (!isState(term.measure) || lab)
            JsonReader::fail(ClaimFile::tr("%1.count applies to the states of one run only").arg(where));
        term.count = JsonReader::booleanAt(count, where + QStringLiteral(".count"));
    }
    const bool aboutAPerson = term.measure == Measure::Holds || term.measure == Measure::State;
    if (aboutAPerson) {
        if (lab)
            JsonReader::fail(ClaimFile::tr("%1: %2 is about one run, not the lab's").arg(where, measure));
        term.node = gossip::NodeId(JsonReader::integerIn(JsonReader::required(object, QStringLiteral("node"), where),
                                                         where + QStringLiteral(".node"), 0, double(config.nodes) - 1));
    } else if (object.contains(QStringLiteral("node"))) {
        JsonReader::fail(ClaimFile::tr("%1.node applies to holds and state only").arg(where));
    }
    if (term.measure == Measure::Holds) {
        const QJsonArray keys = JsonReader::arrayAt(JsonReader::required(object, QStringLiteral("keys"), where),
                                                    where + QStringLiteral(".keys"));
        const QStringList known = ClaimFile::keyNames(context);
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const QString name = JsonReader::stringAt(keys.at(i), where + QStringLiteral(".keys[%1]").arg(i), 32);
            if (!known.contains(name))
                JsonReader::fail(ClaimFile::tr("%1.keys[%2] names \"%3\", which is none of the chapter's strains (%4)")
                                         .arg(where).arg(i).arg(name, known.join(QStringLiteral(", "))));
            term.keys << name;
        }
    } else if (object.contains(QStringLiteral("keys"))) {
        JsonReader::fail(ClaimFile::tr("%1.keys applies to holds only").arg(where));
    }
    if (term.measure == Measure::State) {
        term.state = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("state"), where),
                                          where + QStringLiteral(".state"), 40);
        if (!ClaimFile::stateNames().contains(term.state))
            JsonReader::fail(ClaimFile::tr("%1.state must be one of %2").arg(where, ClaimFile::stateNames().join(QStringLiteral(", "))));
    } else if (object.contains(QStringLiteral("state"))) {
        JsonReader::fail(ClaimFile::tr("%1.state applies to the measure state only").arg(where));
    }
    const bool linked = term.measure == Measure::LinkTraffic || term.measure == Measure::LinkTrafficMean;
    if (linked) {
        if (lab)
            JsonReader::fail(ClaimFile::tr("%1: %2 is about one run, not the lab's").arg(where, measure));
        term.link = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("link"), where),
                                         where + QStringLiteral(".link"), 60);
        const auto network = gossip::networkFor(config);
        bool found = false;
        for (std::size_t i = 0; network && i < network->linkCount(); ++i)
            found = found || QString::fromStdString(network->linkName(i)) == term.link;
        if (!found)
            JsonReader::fail(ClaimFile::tr("%1.link names \"%2\", which is no link of the run's network").arg(where, term.link));
    } else if (object.contains(QStringLiteral("link"))) {
        JsonReader::fail(ClaimFile::tr("%1.link applies to link-traffic and link-traffic-mean only").arg(where));
    }

    const QJsonValue statistic = object.value(QStringLiteral("statistic"));
    if (lab) {
        const QStringList allowed = term.measure == Measure::Coverage ? QStringList{QStringLiteral("mean"), QStringLiteral("p10"), QStringLiteral("p50"), QStringLiteral("p90")}
                : term.measure == Measure::FinishShare                 ? QStringList{}
                : !term.perRound()                                     ? QStringList{QStringLiteral("mean"), QStringLiteral("sd"), QStringLiteral("min"), QStringLiteral("max"), QStringLiteral("count")}
                                                                       : QStringList{};
        if (allowed.isEmpty() && term.measure != Measure::FinishShare)
            JsonReader::fail(ClaimFile::tr("%1: the lab's runs give coverage, the whole-run measures and finish-share, not %2")
                                     .arg(where, measure));
        if (!allowed.isEmpty()) {
            const QString name = JsonReader::stringAt(JsonReader::required(object, QStringLiteral("statistic"), where),
                                                      where + QStringLiteral(".statistic"), 8);
            if (!allowed.contains(name))
                JsonReader::fail(ClaimFile::tr("%1.statistic must be one of %2").arg(where, allowed.join(QStringLiteral(", "))));
            term.statistic = Statistic(names(statisticNames).indexOf(name));
        } else if (!statistic.isUndefined()) {
            JsonReader::fail(ClaimFile::tr("%1.statistic does not apply to finish-share").arg(where));
        }
    } else if (!statistic.isUndefined()) {
        JsonReader::fail(ClaimFile::tr("%1.statistic applies to the lab's runs only").arg(where));
    }
    if (term.measure == Measure::FinishShare) {
        if (!lab)
            JsonReader::fail(ClaimFile::tr("%1: finish-share is a measure of the lab's runs").arg(where));
        term.from = gossip::Round(JsonReader::integerIn(JsonReader::required(object, QStringLiteral("from"), where),
                                                        where + QStringLiteral(".from"), 0, config.maxRounds));
        term.to = gossip::Round(JsonReader::integerIn(JsonReader::required(object, QStringLiteral("to"), where),
                                                      where + QStringLiteral(".to"), term.from, config.maxRounds));
    } else if (object.contains(QStringLiteral("from")) || object.contains(QStringLiteral("to"))) {
        JsonReader::fail(ClaimFile::tr("%1: from and to apply to finish-share only").arg(where));
    }
    return term;
}

double numberAt(const QJsonValue &value, const QString &where)
{
    if (!value.isDouble())
        JsonReader::fail(ClaimFile::tr("%1 must be a number").arg(where));
    return value.toDouble();
}

QJsonObject writeTerm(const ClaimTerm &term)
{
    QJsonObject object{{QStringLiteral("measure"), ClaimFile::measureName(term.measure)}};
    if (term.run == ClaimTerm::labRuns)
        object.insert(QStringLiteral("run"), QStringLiteral("lab"));
    else if (term.run >= 0)
        object.insert(QStringLiteral("run"), term.run);
    if (term.round)
        object.insert(QStringLiteral("round"), *term.round);
    if (term.count)
        object.insert(QStringLiteral("count"), true);
    if (term.measure == Measure::Holds || term.measure == Measure::State)
        object.insert(QStringLiteral("node"), qint64(term.node));
    if (term.measure == Measure::Holds)
        object.insert(QStringLiteral("keys"), QJsonArray::fromStringList(term.keys));
    if (term.measure == Measure::State)
        object.insert(QStringLiteral("state"), term.state);
    if (!term.link.isEmpty())
        object.insert(QStringLiteral("link"), term.link);
    if (term.statistic != Statistic::None)
        object.insert(QStringLiteral("statistic"), ClaimFile::statisticName(term.statistic));
    if (term.measure == Measure::FinishShare) {
        object.insert(QStringLiteral("from"), term.from);
        object.insert(QStringLiteral("to"), term.to);
    }
    return object;
}

} // namespace

bool ClaimTerm::perRound() const
{
    return measure < Measure::Residue;
}

bool ClaimTerm::isStatement() const
{
    return measure == Measure::Holds || measure == Measure::State;
}

QString ClaimFile::measureName(ClaimTerm::Measure measure)
{
    return QString::fromLatin1(measureNames[std::size_t(measure)]);
}

QString ClaimFile::statisticName(ClaimTerm::Statistic statistic)
{
    return QString::fromLatin1(statisticNames[std::size_t(statistic)]);
}

const QStringList &ClaimFile::stateNames()
{
    static const QStringList names{QStringLiteral("healthy"), QStringLiteral("outdated"), QStringLiteral("contagious"),
                                   QStringLiteral("immune"),  QStringLiteral("down"),     QStringLiteral("repairing")};
    return names;
}

QStringList ClaimFile::keyNames(const ClaimContext &context)
{
    if (!context.keyNames.isEmpty())
        return context.keyNames;
    if (context.chapter.keys == 1)
        return {QStringLiteral("update")};
    QStringList names;
    for (std::uint32_t key = 0; key < context.chapter.keys; ++key)
        names << QStringLiteral("update %1").arg(key + 1);
    return names;
}

QList<Claim> ClaimFile::read(const QJsonValue &value, const QString &where, const ClaimContext &context)
{
    const QJsonArray array = JsonReader::arrayAt(value, where);
    QList<Claim> claims;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString at = QStringLiteral("%1[%2]").arg(where).arg(i);
        const QJsonObject object = JsonReader::objectAt(array.at(i), at);
        Claim claim;
        claim.term = readTerm(object, at, context, true);
        const auto bound = [&](const QString &key) -> std::optional<double> {
            const QJsonValue bound = object.value(key);
            if (bound.isUndefined())
                return std::nullopt;
            return numberAt(bound, at + QLatin1Char('.') + key);
        };
        claim.minimum = bound(QStringLiteral("min"));
        claim.maximum = bound(QStringLiteral("max"));
        claim.equals = bound(QStringLiteral("equals"));
        for (const auto &[key, list] : {std::pair{QStringLiteral("above"), &claim.above}, std::pair{QStringLiteral("below"), &claim.below}}) {
            const QJsonValue other = object.value(key);
            if (!other.isUndefined()) {
                const QString there = at + QLatin1Char('.') + key;
                *list << readTerm(JsonReader::objectAt(other, there), there, context, false);
                if (list->constFirst().isStatement())
                    JsonReader::fail(tr("%1 must be a number, not a statement").arg(there));
            }
        }
        const int kinds = int(claim.minimum || claim.maximum) + int(claim.equals.has_value()) + int(!claim.above.isEmpty())
                + int(!claim.below.isEmpty());
        if (claim.term.isStatement() && kinds > 0)
            JsonReader::fail(tr("%1: a %2 claim is true or false and takes no bound").arg(at, measureName(claim.term.measure)));
        if (!claim.term.isStatement() && kinds != 1)
            JsonReader::fail(tr("%1 must give min and max, equals, above or below: one of them").arg(at));
        if (object.contains(QStringLiteral("times"))) {
            if (claim.above.isEmpty() && claim.below.isEmpty())
                JsonReader::fail(tr("%1.times applies to above and below only").arg(at));
            claim.times = numberAt(object.value(QStringLiteral("times")), at + QStringLiteral(".times"));
            if (!(claim.times > 0.0))
                JsonReader::fail(tr("%1.times must be above 0").arg(at));
        }
        if (claim.minimum && claim.maximum && *claim.minimum > *claim.maximum)
            JsonReader::fail(tr("%1.min must not be above max").arg(at));
        claims << claim;
    }
    return claims;
}

QJsonArray ClaimFile::write(const QList<Claim> &claims)
{
    QJsonArray array;
    for (const Claim &claim : claims) {
        QJsonObject object = writeTerm(claim.term);
        if (claim.minimum)
            object.insert(QStringLiteral("min"), *claim.minimum);
        if (claim.maximum)
            object.insert(QStringLiteral("max"), *claim.maximum);
        if (claim.equals)
            object.insert(QStringLiteral("equals"), *claim.equals);
        if (!claim.above.isEmpty())
            object.insert(QStringLiteral("above"), writeTerm(claim.above.constFirst()));
        if (!claim.below.isEmpty())
            object.insert(QStringLiteral("below"), writeTerm(claim.below.constFirst()));
        if (claim.times != 1.0)
            object.insert(QStringLiteral("times"), claim.times);
        array.append(object);
    }
    return array;
}
