// Every configuration field is accepted and refused alike by the command line and by scenario files.
#include "app/cli/simulatecommand.h"
#include "app/cli/usageerror.h"
#include "engine/configschema.h"
#include "views/content/configtext.h"
#include "views/content/scenariofile.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <set>

namespace {

// A protocol the field changes, preferring the default one.
gossip::Protocol protocolFor(const gossip::ConfigField &field)
{
    for (auto protocol : {gossip::Protocol::AntiEntropy, gossip::Protocol::Rumor, gossip::Protocol::DirectMail}) {
        if (field.appliesTo(protocol))
            return protocol;
    }
    return gossip::Protocol::AntiEntropy;
}

QString latin1(std::string_view text)
{
    return QString::fromLatin1(text.data(), qsizetype(text.size()));
}

} // namespace

class TestConfigFields : public QObject
{
    Q_OBJECT

private slots:
    void namesAreUnique();
    void defaultsAreAccepted();
    void boundariesAgree_data();
    void boundariesAgree();
    void savedFileReadsBackEqual();
};

void TestConfigFields::namesAreUnique()
{
    std::set<std::string_view> keys;
    std::set<std::string_view> options;
    for (const gossip::ConfigField &field : gossip::configFields()) {
        QVERIFY2(keys.insert(field.key).second, field.key.data());
        QVERIFY2(!field.label.empty() && !field.help.empty(), field.key.data());
        if (field.choicesAreFlags) {
            for (std::string_view choice : field.choices)
                QVERIFY2(options.insert(choice).second, choice.data());
        } else {
            QVERIFY2(!field.option.empty(), field.key.data());
            QVERIFY2(options.insert(field.option).second, field.option.data());
        }
        QCOMPARE(gossip::configFieldByKey(field.key), &field);
    }
}

void TestConfigFields::defaultsAreAccepted()
{
    const gossip::Config defaults;
    for (const gossip::ConfigField &field : gossip::configFields())
        QVERIFY2(field.accepts(field.get(defaults)), field.key.data());
    QVERIFY(!gossip::validate(defaults));
}

void TestConfigFields::boundariesAgree_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<double>("value");
    QTest::addColumn<bool>("valid");
    for (const gossip::ConfigField &field : gossip::configFields()) {
        const QByteArray name(field.key.data(), qsizetype(field.key.size()));
        const auto row = [&](const char *what, double value, bool valid) {
            QTest::newRow(name + ' ' + what) << latin1(field.key) << value << valid;
        };
        switch (field.type) {
        case gossip::ConfigField::Type::Integer:
            row("minimum", field.minimum, true);
            row("maximum", field.maximum, true);
            row("below minimum", field.minimum - 1, false);
            // Beyond 2^53 a double has no room for maximum + 1.
            row("above maximum", field.maximum + 1 > field.maximum ? field.maximum + 1 : field.maximum * 2, false);
            row("not whole", field.minimum + 0.5, false);
            break;
        case gossip::ConfigField::Type::Real: {
            const double top = field.belowMaximum ? std::nextafter(field.maximum, field.minimum) : field.maximum;
            row("minimum", field.minimum, true);
            row("middle", (field.minimum + field.maximum) / 2, true);
            row("top", top, true);
            row("below minimum", std::nextafter(field.minimum, field.minimum - 1), false);
            row("above top", std::nextafter(top, field.maximum + 1), false);
            break;
        }
        case gossip::ConfigField::Type::Choice:
            // "network": "file" alone names no network: the file itself must come with it.
            for (std::size_t i = 0; i < field.choices.size(); ++i)
                QTest::newRow(name + ' ' + field.choices[i].data())
                        << latin1(field.key) << double(i) << !(field.key == "network" && field.choices[i] == "file");
            row("unknown choice", -1, false);
            break;
        }
    }
}

void TestConfigFields::boundariesAgree()
{
    QFETCH(QString, key);
    QFETCH(double, value);
    QFETCH(bool, valid);
    const gossip::ConfigField &field = gossip::configField(key.toStdString());
    const bool choice = field.type == gossip::ConfigField::Type::Choice;
    const bool isProtocol = key == QLatin1String("protocol");
    const gossip::Protocol protocol = isProtocol && value >= 0 ? gossip::Protocol(int(value)) : protocolFor(field);
    const QString protocolName = latin1(gossip::configField("protocol").choices[std::size_t(protocol)]);
    const QString text = choice ? (value < 0 ? QStringLiteral("nonsense") : latin1(field.choices[std::size_t(value)]))
                                : QString::number(value, 'g', 17);

    // The command line: the option with its value, or a choice's own flag.
    QStringList arguments;
    if (!isProtocol)
        arguments << QStringLiteral("--protocol") << protocolName;
    if (field.choicesAreFlags)
        arguments << QStringLiteral("--") + text;
    else
        arguments << QStringLiteral("--") + latin1(field.option) << text;
    std::optional<gossip::Config> fromCli;
    QString cliError;
    try {
        fromCli = SimulateCommand::parse(arguments).scenario.config;
    } catch (const UsageError &error) {
        cliError = error.message;
    }

    // A scenario file with the same value.
    QJsonObject config{{QStringLiteral("protocol"), protocolName}};
    if (protocol == gossip::Protocol::DirectMail)
        config.insert(QStringLiteral("mode"), QStringLiteral("push"));
    config.insert(key, choice ? QJsonValue(text) : QJsonValue(value));
    const QJsonObject root{{QStringLiteral("format"), QStringLiteral("gossiplab-scenario")},
                           {QStringLiteral("version"), 1},
                           {QStringLiteral("config"), config}};
    QString fileError;
    const auto fromFile = ScenarioFile::parse(QJsonDocument(root).toJson(), &fileError);

    QCOMPARE(bool(fromCli), valid);
    QCOMPARE(bool(fromFile), valid);
    if (valid) {
        QCOMPARE(field.get(*fromCli), value);
        QCOMPARE(field.get(fromFile->scenario.config), value);
    } else {
        // Each refusal is one line that names the field as its reader knows it.
        const QString option = field.choicesAreFlags ? QStringLiteral("nonsense") : latin1(field.option);
        QVERIFY2(cliError.contains(option), qPrintable(cliError));
        QVERIFY2(fileError.contains(QStringLiteral("config.") + key), qPrintable(fileError));
        QVERIFY(!cliError.contains(QLatin1Char('\n')) && !fileError.contains(QLatin1Char('\n')));
    }
}

void TestConfigFields::savedFileReadsBackEqual()
{
    ScenarioDocument document;
    gossip::Config &config = document.scenario.config;
    config.protocol = gossip::Protocol::Rumor;
    config.mode = gossip::Mode::Pull;
    config.interest = gossip::Interest::Blind;
    config.stopping = gossip::Stopping::Coin;
    config.k = 7;
    config.nodes = 12345;
    config.keys = 3;
    config.seed = gossip::maxSeed;
    config.maxRounds = 77;
    config.loss = 0.1;
    config.crashedFraction = 0.995;
    config.cacheCapacity = 3;
    config.unknownFraction = 0.2;
    config.backupEvery = 4;
    config.reconciliation = gossip::Reconciliation::RecentUpdates;
    config.sharedItems = 1000;
    config.itemBytes = 12;
    config.checksumBytes = 4;
    config.recentWindow = 9;
    config.partnerChoice = gossip::PartnerChoice::Spatial;
    config.spatialExponent = 1.25;
    QString error;
    const auto read = ScenarioFile::parse(ScenarioFile::serialize(document), &error);
    QVERIFY2(read, qPrintable(error));
    QVERIFY(read->scenario.config == config);
    config.k = 8;
    QVERIFY(!(read->scenario.config == config));
}

QTEST_GUILESS_MAIN(TestConfigFields)
#include "tst_configfields.moc"
