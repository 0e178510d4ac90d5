// Tests networks: routes and link counts on small hand-checked networks, Demers' spatial
// distribution against its formula, the connection limit, and the shape of Tables 4 and 5.
#include "engine/batch.h"
#include "engine/network.h"
#include "engine/networkpartners.h"
#include "engine/simulation.h"

#include <QObject>
#include <QTest>

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <stdexcept>

using namespace gossip;

namespace {

// A square of routers A, B, C, D (links ab, bc, cd, ad in that order); sites 0 and 1 on A,
// 2 on B, 3 on C, 4 on D.
NetworkDescription square()
{
    NetworkDescription network;
    network.routers = {"A", "B", "C", "D"};
    network.links = {{0, 1, "ab"}, {1, 2, "bc"}, {2, 3, "cd"}, {0, 3, "ad"}};
    network.siteRouter = {0, 0, 1, 2, 3};
    return network;
}

std::vector<std::string> route(const Network &network, NodeId from, NodeId to)
{
    std::vector<std::string> links;
    network.forEachLink(from, to, [&](std::size_t link) { links.push_back(network.linkName(link)); });
    std::sort(links.begin(), links.end());
    return links;
}

Config onSquare()
{
    Config config;
    config.protocol = Protocol::AntiEntropy;
    config.mode = Mode::PushPull;
    config.nodes = 5;
    config.network = NetworkKind::File;
    config.networkFile = std::make_shared<const NetworkDescription>(square());
    return config;
}

// Demers' push-pull anti-entropy on `nodes` people in two towns.
Config twoTowns(PartnerChoice partners, double exponent, int limit)
{
    Config config;
    config.protocol = Protocol::AntiEntropy;
    config.mode = Mode::PushPull;
    config.nodes = 300;
    config.network = NetworkKind::TwoTowns;
    config.partnerChoice = partners;
    config.spatialExponent = exponent;
    config.connectionLimit = limit;
    return config;
}

BatchResult batch(const Config &config, int runs)
{
    BatchOptions options;
    options.runs = runs;
    options.threads = 2;
    return runBatch(Scenario::singleUpdate(config), options);
}

// The standard error of a mean over the batch's runs.
double standardError(const BatchResult &result, double RunSummary::*field)
{
    return result.standardDeviation(field) / std::sqrt(double(result.runs.size()));
}

} // namespace

class TestNetwork : public QObject
{
    Q_OBJECT

private slots:
    void routesAreShortestAndTheSameBothWays();
    void builtInNetworksHoldEveryone();
    void brokenNetworksAreRefused();
    void linksCountConversationsAndTransfers();
    void callsAcrossACutEndAtIt();
    void aCutBridgeCarriesNothing();
    void spatialChoiceIsTheFormula();
    void spatialChoiceMatchesThePapersExample();
    void spatialDrawsFollowTheProbabilities();
    void connectionLimitRefusesTheRest();
    void huntingFindsAnotherPartner();
    void completeNetworkIsUnchanged();
    void tablesFourAndFiveHaveTheirShape();
};

void TestNetwork::routesAreShortestAndTheSameBothWays()
{
    const Network network(square());
    QCOMPARE(network.distance(0, 2), 2u);
    QCOMPARE(network.distance(1, 3), 2u);
    QCOMPARE(network.distance(0, 1), 1u);
    // A to C: two ways of two links; breadth first from A in link order reaches B first.
    // B to D: breadth first from B reaches A first (ab before bc), then D by ad.
    QCOMPARE(route(network, 0, 3), (std::vector<std::string>{"ab", "bc"}));
    QCOMPARE(route(network, 3, 0), (std::vector<std::string>{"ab", "bc"}));
    QCOMPARE(route(network, 2, 4), (std::vector<std::string>{"ab", "ad"}));
    QCOMPARE(route(network, 4, 2), (std::vector<std::string>{"ab", "ad"}));
    // Two people on one router talk without crossing a link.
    QVERIFY(route(network, 0, 1).empty());
    QCOMPARE(network.sitesAt(0).size(), std::size_t(2));
    QCOMPARE(network.sitesAt(2)[0], NodeId(3));
}

void TestNetwork::builtInNetworksHoldEveryone()
{
    for (const NetworkDescription &description :
         {Network::ring(300, 6), Network::grid(300, 6), Network::twoTowns(300, 0, 6), Network::ring(2, 6),
          Network::grid(20'000, 1), Network::twoTowns(100'000, 0, 6)}) {
        const Network network(description);
        QVERIFY(network.routerCount() <= Network::maxRouters);
        std::size_t placed = 0;
        for (std::uint32_t router = 0; router < network.routerCount(); ++router)
            placed += network.sitesAt(router).size();
        QCOMPARE(placed, std::size_t(network.siteCount()));
    }
    // Two towns: five to one, and the bridge is the only way across.
    const Network towns(Network::twoTowns(300, 0, 6));
    QCOMPARE(towns.linkName(0), std::string("bridge"));
    std::size_t small = 0;
    for (NodeId site = 0; site < 300; ++site) {
        const auto links = route(towns, 0, site);
        const bool across = std::find(links.begin(), links.end(), "bridge") != links.end();
        small += across;
        QCOMPARE(across, site >= 250);
    }
    QCOMPARE(small, std::size_t(50));
    QCOMPARE(route(towns, 0, 299).size(), std::size_t(3)); // area, bridge, area
}

void TestNetwork::brokenNetworksAreRefused()
{
    NetworkDescription apart = square();
    apart.links = {{0, 1, "ab"}, {2, 3, "cd"}};
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network{apart});
    NetworkDescription loop = square();
    loop.links.push_back({2, 2, "cc"});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network{loop});
    NetworkDescription nowhere = square();
    nowhere.siteRouter.push_back(9);
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network{nowhere});
    QVERIFY_THROWS_EXCEPTION(std::invalid_argument, Network::twoTowns(10, 10, 2));
    // A run whose people are not the network's sites cannot start.
    Config config = onSquare();
    config.nodes = 6;
    QVERIFY(validate(config));
}

void TestNetwork::linksCountConversationsAndTransfers()
{
    // Scripted: 0 (on A) calls 3 (on C), 2 (on B) calls 4 (on D), 1 calls 0 on their router.
    Config config = onSquare();
    config.partnerChoice = PartnerChoice::Scripted;
    Scenario scenario = Scenario::singleUpdate(config);
    scenario.interventions.push_back({0, Intervention::Kind::Contact, {0, 3}, 0});
    scenario.interventions.push_back({0, Intervention::Kind::Contact, {2, 4}, 0});
    scenario.interventions.push_back({0, Intervention::Kind::Contact, {1, 0}, 0});
    Simulation simulation(scenario);
    simulation.step();
    const World &world = simulation.world();
    // ab, bc, cd, ad: 0-3 crosses ab and bc, 2-4 crosses ab and ad.
    QCOMPARE(world.linkConversations, (std::vector<std::uint64_t>{2, 1, 0, 1}));
    // Only 0-3 passes the update over links (1 learns it from 0 on their router).
    QCOMPARE(world.linkTransfers, (std::vector<std::uint64_t>{1, 1, 0, 0}));
    QCOMPARE(simulation.version(3, 0), simulation.version(0, 0));
    QCOMPARE(simulation.version(1, 0), simulation.version(0, 0));
    const RunSummary summary = simulation.summary();
    QCOMPARE(summary.linkCompareTraffic, (std::vector<double>{2, 1, 0, 1}));
    QCOMPARE(summary.linkUpdateTraffic, (std::vector<double>{1, 1, 0, 0}));
}

void TestNetwork::callsAcrossACutEndAtIt()
{
    // Site 3 (on C) is cut off. 0 -> 3 would cross ab and bc; 2 -> 4 crosses ab and ad.
    // The cut call carries nothing: it counts as cut off on its route, not as traffic.
    // Cut are the links only calls between the groups would cross: bc and cd (every route
    // over them ends at C); ab and ad carry calls among the others.
    Config config = onSquare();
    config.partnerChoice = PartnerChoice::Scripted;
    Scenario scenario = Scenario::singleUpdate(config);
    scenario.interventions.push_back({0, Intervention::Kind::Partition, {3}, 0});
    scenario.interventions.push_back({0, Intervention::Kind::Contact, {0, 3}, 0});
    scenario.interventions.push_back({0, Intervention::Kind::Contact, {2, 4}, 0});
    Simulation simulation(scenario);
    simulation.step();
    const World &world = simulation.world();
    QCOMPARE(world.linkConversations, (std::vector<std::uint64_t>{1, 0, 0, 1}));
    QCOMPARE(world.linkCutOff, (std::vector<std::uint64_t>{1, 1, 0, 0}));
    QCOMPARE(simulation.version(3, 0), noVersion);
    const auto network = networkFor(config);
    QCOMPARE(network->cutLinks(world.group), (std::vector<std::uint8_t>{0, 1, 1, 0}));
    // Healed, nothing is cut.
    QCOMPARE(network->cutLinks(std::vector<std::uint8_t>(5, 0)), (std::vector<std::uint8_t>{0, 0, 0, 0}));
}

void TestNetwork::aCutBridgeCarriesNothing()
{
    // The shipped scenario's cut: the small town (people 250 to 299) cut off from round 0.
    // While it holds, the bridge carries no conversation and is the one link cut (the
    // towns' streets carry their own people's talk); once healed (round 12) it carries the
    // towns' talk again.
    Config config = twoTowns(PartnerChoice::Uniform, 0.0, 0);
    const auto network = networkFor(config);
    std::size_t bridge = 0;
    while (network->linkName(bridge) != "bridge")
        ++bridge;
    Scenario scenario = Scenario::singleUpdate(config);
    std::vector<NodeId> small;
    for (NodeId node = 250; node < 300; ++node)
        small.push_back(node);
    scenario.interventions.push_back({0, Intervention::Kind::Partition, small, 0});
    scenario.interventions.push_back({12, Intervention::Kind::Heal, {}, 0});
    Simulation simulation(scenario);
    std::vector<std::uint8_t> onlyTheBridge(network->linkCount(), 0);
    onlyTheBridge[bridge] = 1;
    QCOMPARE(network->cutLinks(simulation.world().group), onlyTheBridge);
    while (simulation.round() < 12) {
        simulation.step();
        QCOMPARE(simulation.world().linkConversations[bridge], std::uint64_t(0));
        QVERIFY(simulation.world().linkCutOff[bridge] > 0);
    }
    simulation.step();
    QVERIFY(simulation.world().linkConversations[bridge] > 0);
}

void TestNetwork::spatialChoiceIsTheFormula()
{
    // From site 0 on A with a = 2: Q(0) = 2 (0 and 1), Q(1) = 4 (with B and D), Q(2) = 5.
    const auto network = std::make_shared<const Network>(square());
    const NetworkPartners partners(network, 2.0);
    const double weights[] = {0.0, 1.0 / 4, 1.0 / 16, 1.0 / 25, 1.0 / 16};
    const double total = weights[1] + weights[2] + weights[3] + weights[4];
    for (NodeId partner = 0; partner < 5; ++partner)
        QVERIFY(std::abs(partners.probability(0, partner) - weights[partner] / total) < 1e-12);
    // From site 3 on C: Q(0) = 1, Q(1) = 3 (B, D), Q(2) = 5 (both on A).
    const double fromC[] = {1.0 / 25, 1.0 / 25, 1.0 / 9, 0.0, 1.0 / 9};
    const double totalC = 2.0 / 25 + 2.0 / 9;
    for (NodeId partner = 0; partner < 5; ++partner)
        QVERIFY(std::abs(partners.probability(3, partner) - fromC[partner] / totalC) < 1e-12);
    // a = 0 is uniform.
    const NetworkPartners uniform(network, 0.0);
    for (NodeId partner = 1; partner < 5; ++partner)
        QVERIFY(std::abs(uniform.probability(0, partner) - 0.25) < 1e-12);
}

void TestNetwork::spatialChoiceMatchesThePapersExample()
{
    // Demers et al., section 3.2: s and t on one local net at a hub, Q(0) = 2, Q(1) = 30;
    // with 1/Q(d)^2 they are "about 8 times more likely to choose each other than to
    // choose outside their local net".
    NetworkDescription hub;
    hub.routers = {"hub"};
    hub.siteRouter = {0, 0};
    for (std::uint32_t net = 1; net <= 28; ++net) {
        hub.routers.push_back("net " + std::to_string(net));
        hub.links.push_back({0, net, "link " + std::to_string(net)});
        hub.siteRouter.push_back(net);
    }
    const NetworkPartners partners(std::make_shared<const Network>(hub), 2.0);
    double outside = 0.0;
    for (NodeId site = 2; site < 30; ++site)
        outside += partners.probability(0, site);
    const double ratio = partners.probability(0, 1) / outside;
    QVERIFY2(std::abs(ratio - (1.0 / 4) / (28.0 / 900)) < 1e-9, qPrintable(QString::number(ratio)));
    QVERIFY(ratio > 7.5 && ratio < 8.5);
}

void TestNetwork::spatialDrawsFollowTheProbabilities()
{
    // 400,000 draws from site 0: each partner's share within 4.5 standard errors.
    const auto network = std::make_shared<const Network>(square());
    const NetworkPartners partners(network, 1.5);
    Random random(7);
    constexpr int draws = 400'000;
    std::map<NodeId, int> counts;
    for (int i = 0; i < draws; ++i)
        ++counts[partners.pick(0, random)];
    QCOMPARE(counts.count(0), std::size_t(0));
    for (NodeId partner = 1; partner < 5; ++partner) {
        const double p = partners.probability(0, partner);
        const double error = std::sqrt(p * (1 - p) / draws);
        QVERIFY2(std::abs(counts[partner] / double(draws) - p) < 4.5 * error, qPrintable(QString::number(partner)));
    }
}

void TestNetwork::connectionLimitRefusesTheRest()
{
    // Push: each conversation is one message from caller to callee; no one takes more
    // than L calls a round, and the refusals are counted.
    for (int limit : {1, 2}) {
        Config config;
        config.protocol = Protocol::AntiEntropy;
        config.mode = Mode::Push;
        config.nodes = 500;
        config.connectionLimit = limit;
        config.recordMessages = true;
        Simulation simulation(Scenario::singleUpdate(config));
        std::uint64_t busy = 0;
        for (int round = 0; round < 3; ++round) {
            const RoundMeasures &measures = simulation.step();
            std::map<NodeId, int> calls;
            for (const Message &message : simulation.log().messages)
                ++calls[message.to];
            for (const auto &[node, count] : calls)
                QVERIFY(count <= limit);
            // Everyone calls once: a call is taken or refused.
            QCOMPARE(simulation.log().messages.size() + measures.busy, std::size_t(500));
            busy += measures.busy;
        }
        QVERIFY(busy > 0);
        QCOMPARE(simulation.summary().busy, busy);
    }
}

void TestNetwork::huntingFindsAnotherPartner()
{
    Config config;
    config.protocol = Protocol::AntiEntropy;
    config.mode = Mode::Push;
    config.nodes = 500;
    config.connectionLimit = 1;
    config.recordMessages = true;
    Simulation once(Scenario::singleUpdate(config));
    once.step();
    config.huntLimit = 3;
    Simulation hunting(Scenario::singleUpdate(config));
    hunting.step();
    // With L = 1 about 1/e of the calls are refused; hunting three times rescues most.
    QVERIFY(once.log().messages.size() < 400);
    QVERIFY(hunting.log().messages.size() > once.log().messages.size() + 50);
    std::map<NodeId, int> calls;
    for (const Message &message : hunting.log().messages)
        QVERIFY(++calls[message.to] <= 1);
}

void TestNetwork::completeNetworkIsUnchanged()
{
    // The complete network without a limit takes the fast loops: no link, no refusal, and
    // Demers' uniform row (t_last 7.8, t_ave 5.3 on 300 sites).
    Config config = twoTowns(PartnerChoice::Uniform, 0.0, 0);
    config.network = NetworkKind::Complete;
    const BatchResult result = batch(config, 400);
    QVERIFY(!result.linkTraffic());
    QCOMPARE(result.mean(&RunSummary::busy), 0.0);
    const double tLast = result.mean(&RunSummary::tLast);
    const double tAverage = result.mean(&RunSummary::tAverage);
    // The paper gives one decimal: within 4.5 standard errors of its rounding interval.
    QVERIFY2(std::abs(tLast - 7.8) < 0.05 + 4.5 * standardError(result, &RunSummary::tLast), qPrintable(QString::number(tLast)));
    QVERIFY2(std::abs(tAverage - 5.3) < 0.05 + 4.5 * standardError(result, &RunSummary::tAverage),
             qPrintable(QString::number(tAverage)));
}

void TestNetwork::tablesFourAndFiveHaveTheirShape()
{
    // Demers' Tables 4 and 5, in shape: choosing partners nearby cuts the traffic on the
    // critical link by far more than it slows convergence's start, more so as a grows; a
    // connection limit slows convergence and cuts compare traffic.
    constexpr int runs = 200;
    const BatchResult uniform = batch(twoTowns(PartnerChoice::Uniform, 0.0, 0), runs);
    const BatchResult near = batch(twoTowns(PartnerChoice::Spatial, 1.2, 0), runs);
    const BatchResult nearer = batch(twoTowns(PartnerChoice::Spatial, 2.0, 0), runs);
    const LinkTraffic u = *uniform.linkTraffic();
    const LinkTraffic n = *near.linkTraffic();
    const LinkTraffic m = *nearer.linkTraffic();
    // With uniform choice the bridge is critical and carries 2 n1 n2 / (n1 + n2) = 83.3
    // conversations a round (section 3.1): within 3 % of it.
    const auto towns = networkFor(twoTowns(PartnerChoice::Uniform, 0.0, 0));
    QCOMPARE(towns->linkName(u.critical), std::string("bridge"));
    QVERIFY2(std::abs(u.compareCritical - 2.0 * 250 * 50 / 300) < 0.03 * 83.3, qPrintable(QString::number(u.compareCritical)));
    // Nearby partners: the critical link's traffic falls several-fold (the paper: 75.7 to 11.2
    // at a = 1.2, to 2.4 at a = 2.0), the mean traffic too.
    QVERIFY(n.compareCritical < u.compareCritical / 2.5);
    QVERIFY(m.compareCritical < u.compareCritical / 20.0);
    QVERIFY(m.compareMean < n.compareMean && n.compareMean < u.compareMean);
    QVERIFY(m.updateCritical < n.updateCritical && n.updateCritical < u.updateCritical);
    // ...and convergence slows, more with a: by more than the noise of the means.
    const double noise = 4.5 * (standardError(uniform, &RunSummary::tLast) + standardError(near, &RunSummary::tLast));
    QVERIFY(near.mean(&RunSummary::tLast) > uniform.mean(&RunSummary::tLast) + noise);
    QVERIFY(nearer.mean(&RunSummary::tLast) > near.mean(&RunSummary::tLast));
    QVERIFY(nearer.mean(&RunSummary::tAverage) > near.mean(&RunSummary::tAverage));

    // Table 5: a connection limit of 1 slows uniform anti-entropy (the paper: t_last 7.8 to
    // 11.0, t_ave 5.3 to 7.0) and cuts the compare traffic (5.9 to 3.7 on average).
    const BatchResult limited = batch(twoTowns(PartnerChoice::Uniform, 0.0, 1), runs);
    const LinkTraffic l = *limited.linkTraffic();
    QVERIFY2(std::abs(limited.mean(&RunSummary::tLast) - 11.0) < 0.05 + 4.5 * standardError(limited, &RunSummary::tLast),
             qPrintable(QString::number(limited.mean(&RunSummary::tLast))));
    QVERIFY2(std::abs(limited.mean(&RunSummary::tAverage) - 7.0) < 0.05 + 4.5 * standardError(limited, &RunSummary::tAverage),
             qPrintable(QString::number(limited.mean(&RunSummary::tAverage))));
    QVERIFY(l.compareMean < 0.8 * u.compareMean);
    QVERIFY(l.compareCritical < 0.8 * u.compareCritical);
    QVERIFY(limited.mean(&RunSummary::busy) > 0.0);
}

QTEST_APPLESS_MAIN(TestNetwork)
#include "tst_network.moc"
