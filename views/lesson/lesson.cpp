// The chapters of the lesson, retold in the app's own words.
#include "views/lesson/lesson.h"

namespace {

using gossip::Intervention;
using Kind = gossip::Intervention::Kind;

// Story nodes are named by letter: A, node 0, is patient zero.
constexpr gossip::NodeId nodeA = 0;

gossip::Config rumorConfig(std::uint32_t nodes, int k, std::uint64_t seed)
{
    gossip::Config config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Push;
    config.interest = gossip::Interest::Feedback;
    config.stopping = gossip::Stopping::Counter;
    config.k = k;
    config.nodes = nodes;
    config.seed = seed;
    return config;
}

gossip::Config antiEntropyConfig(std::uint32_t nodes, gossip::Mode mode, std::uint64_t seed)
{
    gossip::Config config;
    config.protocol = gossip::Protocol::AntiEntropy;
    config.mode = mode;
    config.nodes = nodes;
    config.seed = seed;
    return config;
}


} // namespace

QStringList Lesson::strainNames()
{
    return {QStringLiteral("T"), QStringLiteral("R"), QStringLiteral("S"), QStringLiteral("Y")};
}

QList<Chapter> Lesson::chapters()
{
    QList<Chapter> chapters;

    {
        Chapter chapter;
        chapter.id = QStringLiteral("01-meet-xiao-b");
        chapter.title = tr("Meet Xiao B");
        chapter.scenario.config = rumorConfig(12, 1, 1);
        chapter.scenario.config.maxRounds = 1;
        chapter.beats = {
                {0, tr("This is Xiao B, a virus about a hundred nanometres across with a crown of spikes; "
                       "the crown is what gave the coronaviruses their name. Xiao B lives in a bat that flies "
                       "over the city at night, a bat that carries a hundred other viruses besides.")},
        };
        chapter.watch = tr("Twelve people of the city, all healthy. In this lesson each person is a node of a "
                           "distributed database, each strain of the virus is an update, and catching the virus "
                           "means learning the update.");
        chapters << chapter;
    }

    {
        Chapter chapter;
        chapter.id = QStringLiteral("02-the-accident");
        chapter.title = tr("The accident");
        chapter.scenario.config = rumorConfig(12, 1, 1);
        chapter.scenario.config.maxRounds = 1;
        chapter.scenario.interventions = {{1, Kind::Write, {nodeA}, 0}};
        chapter.keyFrame = 1;
        chapter.beats = {
                {0, tr("One night the bat is caught and taken to a wildlife market, where it changes hands for a "
                       "lot of money.")},
                {1, tr("From the bat Xiao B moves to the buyer's hands, then his food, then into him. One node now "
                       "holds an update that nobody else has: in database terms, a write has happened at A.")},
        };
        chapter.watch = tr("Step once (Right arrow): person A turns contagious. Nobody else knows yet.");
        chapters << chapter;
    }

    {
        Chapter chapter;
        chapter.id = QStringLiteral("03-the-seed-node");
        chapter.title = tr("The seed node");
        chapter.scenario = gossip::Scenario::singleUpdate(rumorConfig(60, 2, 3));
        chapter.keyFrame = 5;
        chapter.beats = {
                {0, tr("Inside his body Xiao B hides from the immune system and copies itself. A is patient zero; "
                       "in gossip terms, the seed node: the one place the update was first written.")},
                {1, tr("A fever, a cough, a sneeze: each day A passes the virus to one person picked at random. "
                       "A day is a round; in each round every contagious node contacts one partner.")},
                {3, tr("Everyone who caught it sneezes too, so the number of contagious people roughly doubles "
                       "every round. That is why gossip spreads so fast.")},
                {5, tr("After five rounds about a third of the city has caught it, and the count keeps climbing. "
                       "Next we look at the three ways an update can travel: direct mail, anti-entropy and rumor "
                       "mongering.")},
        };
        chapter.watch = tr("Count the orange nodes round by round: 1, 2, about 4, about 8. The chart's contagious "
                           "curve climbs steeply.");
        chapters << chapter;
    }

    {
        Chapter chapter;
        chapter.id = QStringLiteral("04-direct-mail");
        chapter.title = tr("Direct mail");
        gossip::Config config;
        config.protocol = gossip::Protocol::DirectMail;
        config.mode = gossip::Mode::Push;
        // Twelve lettered people, and a seed under which each fault shows once: one mail
        // lost, one person unknown to A, one mail dropped from the full cache.
        config.nodes = 12;
        config.seed = 26;
        config.cacheCapacity = 2;
        config.loss = 0.1;
        config.unknownFraction = 0.1;
        chapter.scenario = gossip::Scenario::singleUpdate(config);
        chapter.scenario.interventions.push_back({0, Kind::Crash, {3, 7, 10}, 0});
        chapter.scenario.interventions.push_back({3, Kind::Recover, {3, 7, 10}, 0});
        chapter.keyFrame = 1;
        chapter.beats = {
                {0, tr("Direct mail: A sneezes straight at every person it knows, all in one go. Three people are "
                       "away (down), and A does not know everybody in the city.")},
                {1, tr("Most mail arrives at once: direct mail is timely and cheap. Mail to the people who are "
                       "down fails visibly, so A keeps it in a retransmit cache; the cache holds only two, and "
                       "the rest is dropped. Some mail was lost on the way without anyone noticing, and the "
                       "people A does not know were never mailed at all.")},
                {4, tr("The people who were down come back. A retries its cache every round, so those whose mail "
                       "waited there get it; the dropped, the lost and the unknown never do. Direct mail cannot "
                       "promise that everyone ends up with the update: no eventual consistency.")},
        };
        chapter.watch = tr("Grey particles are refused by nodes that are down, amber ones are dropped because the "
                           "cache is full, dark ones are lost. The legend shows A's cache filling up; whoever's mail "
                           "waits there wears a dashed ring. Green nodes left at the end never got the mail.");
        chapters << chapter;
    }

    const struct
    {
        const char *id;
        gossip::Mode mode;
    } exchanges[] = {
            {"05-anti-entropy-push", gossip::Mode::Push},
            {"06-anti-entropy-pull", gossip::Mode::Pull},
            {"07-anti-entropy-push-pull", gossip::Mode::PushPull},
    };
    for (const auto &exchange : exchanges) {
        Chapter chapter;
        chapter.id = QString::fromLatin1(exchange.id);
        chapter.scenario = gossip::Scenario::storyExchange(exchange.mode);
        chapter.keyNames = strainNames();
        chapter.keyFrame = 1;
        const QString before = tr("Anti-entropy compares two whole databases and removes their differences. "
                                  "Person A carries the strains {T, R}; person E carries {T, S, Y}. A picks E "
                                  "as its partner.");
        switch (exchange.mode) {
        case gossip::Mode::Push:
            chapter.title = tr("Anti-entropy: push");
            chapter.beats = {{0, before},
                             {1, tr("Push: A sends its whole database, {T, R}, and E keeps whatever is newer "
                                    "than its own. E gains R and now holds {T, R, S, Y}; A still holds {T, R}.")}};
            chapter.watch = tr("The particle goes from A to E and R lights up at E.");
            break;
        case gossip::Mode::Pull:
            chapter.title = tr("Anti-entropy: pull");
            chapter.beats = {{0, before},
                             {1, tr("Pull: A asks, and E sends its whole database, {T, S, Y}; A keeps whatever "
                                    "is newer than its own. A gains S and Y and now holds {T, R, S, Y}; E is "
                                    "unchanged.")}};
            chapter.watch = tr("The particle goes from E to A and S and Y light up at A.");
            break;
        case gossip::Mode::PushPull:
            chapter.title = tr("Anti-entropy: push-pull");
            chapter.beats = {{0, before},
                             {1, tr("Push-pull: both directions in one contact. A and E both end with "
                                    "{T, R, S, Y}: their replicas are now identical.")}};
            chapter.watch = tr("Two particles cross, one each way; afterwards A and E show the same four strains.");
            break;
        }
        chapters << chapter;
    }

    {
        Chapter chapter;
        chapter.id = QStringLiteral("08-the-price-of-anti-entropy");
        chapter.title = tr("The price of anti-entropy");
        gossip::Config config = antiEntropyConfig(200, gossip::Mode::PushPull, 8);
        config.sharedItems = 1000;
        config.reconciliation = gossip::Reconciliation::Checksum;
        // An update stays on the recent list long enough to reach everyone.
        config.recentWindow = 20;
        chapter.scenario = gossip::Scenario::singleUpdate(config);
        chapter.keyFrame = 8;
        const struct
        {
            gossip::Reconciliation method;
            QString label;
            QColor color;
        } methods[] = {
                {gossip::Reconciliation::WholeDatabase, tr("Whole database"), QColor(0xD5, 0x5E, 0x00)},
                {gossip::Reconciliation::Checksum, tr("Checksum"), QColor(0x00, 0x72, 0xB2)},
                {gossip::Reconciliation::RecentUpdates, tr("Recent updates"), QColor(0x00, 0x9E, 0x73)},
        };
        for (const auto &method : methods) {
            gossip::Scenario scenario = chapter.scenario;
            scenario.config.reconciliation = method.method;
            chapter.comparisons << ComparisonRun{method.label, method.color, scenario,
                                                 ComparisonRun::Measure::CumulativeMegabytes};
        }
        chapter.beats = {
                {0, tr("Every node holds a thousand items that everybody already agrees on, plus the new update. "
                       "Comparing whole databases on every contact means sending all thousand items each time.")},
                {3, tr("A checksum first: two nodes swap a short fingerprint of their databases and send the items "
                       "only when the fingerprints differ. Most contacts now cost a few bytes.")},
                {8, tr("Better still, send the list of recent updates with the checksum: the new update travels on "
                       "its own and the full comparison is almost never needed. The chart counts the bytes.")},
        };
        chapter.watch = tr("The chart shows the megabytes sent so far by each way of finding the difference, for "
                           "the same spread.");
        chapters << chapter;
    }

    {
        Chapter chapter;
        chapter.id = QStringLiteral("09-rumor-spreading");
        chapter.title = tr("Rumor spreading");
        chapter.scenario = gossip::Scenario::singleUpdate(rumorConfig(1000, 1, 9));
        chapter.showTheory = true;
        // The end of the run: the residue levels off where the theory says.
        chapter.keyFrame = 18;
        chapter.beats = {
                {0, tr("Rumor mongering: a node with a hot rumor calls random partners and pushes it. It needs no "
                       "list of members and no central place, so it suits large, changing clusters.")},
                {4, tr("Growth is exponential: every round the number of contagious nodes roughly doubles.")},
                {8, tr("More and more calls reach people who already know: the redundant messages (blue) grow. "
                       "With feedback, a caller who hears \"I know already\" k times in a row loses interest and "
                       "becomes immune.")},
                {12, tr("The rumor dies out before reaching everyone: the healthy nodes left are the residue. "
                        "Demers found the residue s and the traffic m related by s = e⁻ᵐ for push.")},
                {18, tr("The finish time is random, messages are redundant, and a Byzantine node could forge a "
                        "newer update that wins everywhere: the price of speed. Right-click a node to try it.")},
        };
        chapter.watch = tr("Watch the redundant bars grow and the healthy curve level off above zero: that level "
                           "is the residue. The dashed line is the theory.");
        chapters << chapter;
    }

    {
        Chapter chapter;
        chapter.id = QStringLiteral("10-when-nodes-fail");
        chapter.title = tr("When nodes fail");
        constexpr gossip::NodeId nodeH = 7;
        // Push rather than push-pull: half the arrows, so the one repair stands out.
        chapter.scenario = gossip::Scenario::singleUpdate(antiEntropyConfig(12, gossip::Mode::Push, 10));
        chapter.scenario.interventions.push_back({0, Kind::Crash, {nodeH}, 0});
        chapter.scenario.interventions.push_back({4, Kind::Recover, {nodeH}, 0});
        chapter.keyFrame = 4; // H back but waiting for its repair, in amber
        chapter.beats = {
                {0, tr("Person H is in hospital: node H is down. It neither sends nor receives, so the update "
                       "passes it by while anti-entropy spreads it through everyone else.")},
                {4, tr("H comes back, but its database is out of date. Before it may spread anything it must be "
                       "repaired: a full push-pull anti-entropy with a live node.")},
                {5, tr("The repair contact brings H up to date; only then does H take part in the protocol "
                       "again.")},
        };
        chapter.watch = tr("H is grey while down and amber while waiting for repair; the repair message is listed "
                           "in the event log.");
        chapters << chapter;
    }

    {
        Chapter chapter;
        chapter.id = QStringLiteral("11-all-together");
        chapter.title = tr("All together");
        chapter.scenario = gossip::Scenario::singleUpdate(antiEntropyConfig(1000, gossip::Mode::PushPull, 11));
        chapter.keyFrame = 9;
        gossip::Config directMail;
        directMail.protocol = gossip::Protocol::DirectMail;
        directMail.mode = gossip::Mode::Push;
        directMail.nodes = 1000;
        directMail.seed = 11;
        directMail.loss = 0.05;
        directMail.unknownFraction = 0.05;
        gossip::Config rumorBackup = rumorConfig(1000, 1, 11);
        rumorBackup.backupEvery = 6;
        chapter.comparisons = {
                {tr("Direct mail"), QColor(0xE6, 0x9F, 0x00), gossip::Scenario::singleUpdate(directMail),
                 ComparisonRun::Measure::Coverage},
                {tr("AE push"), QColor(0x56, 0xB4, 0xE9),
                 gossip::Scenario::singleUpdate(antiEntropyConfig(1000, gossip::Mode::Push, 11)),
                 ComparisonRun::Measure::Coverage},
                {tr("AE pull"), QColor(0x00, 0x72, 0xB2),
                 gossip::Scenario::singleUpdate(antiEntropyConfig(1000, gossip::Mode::Pull, 11)),
                 ComparisonRun::Measure::Coverage},
                {tr("AE push-pull"), QColor(0x00, 0x9E, 0x73), chapter.scenario,
                 ComparisonRun::Measure::Coverage},
                {tr("Rumor"), QColor(0xD5, 0x5E, 0x00),
                 gossip::Scenario::singleUpdate(rumorConfig(1000, 1, 11)), ComparisonRun::Measure::Coverage},
                {tr("Rumor + AE"), QColor(0xCC, 0x79, 0xA7),
                 gossip::Scenario::singleUpdate(rumorBackup), ComparisonRun::Measure::Coverage},
        };
        chapter.beats = {
                {0, tr("Every mechanism, one city of a thousand, one chart.")},
                {4, tr("Direct mail is fastest but stops short: lost mail and unknown nodes stay healthy. Rumor "
                       "mongering is fast and cheap but leaves a residue. Anti-entropy is slower and costlier, "
                       "but it always reaches everyone.")},
                {9, tr("So real systems combine them: rumors or mail for speed, anti-entropy in the background "
                        "to repair what they miss. Anti-entropy is the backbone of eventual consistency in "
                        "stores such as Cassandra and InfluxDB.")},
        };
        chapter.watch = tr("Compare where each curve ends: only the anti-entropy (AE) curves reach full coverage "
                           "on their own; rumor mongering gets there only with anti-entropy behind it.");
        chapters << chapter;
    }
    return chapters;
}
