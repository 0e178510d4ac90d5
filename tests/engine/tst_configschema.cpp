// The field table: validate() refuses exactly what each field's limits refuse, and names the field.
#include "engine/configschema.h"

#include <QTest>

#include <cmath>

class TestConfigSchema : public QObject
{
    Q_OBJECT

private slots:
    void validateNamesTheFieldOutOfRange();
    void choicesRoundTrip();
    void configsCompareByValue();
};

void TestConfigSchema::validateNamesTheFieldOutOfRange()
{
    for (const gossip::ConfigField &field : gossip::configFields()) {
        const QByteArray key(field.key.data(), qsizetype(field.key.size()));
        const double tooLarge = field.type == gossip::ConfigField::Type::Choice ? double(field.choices.size())
                : field.belowMaximum                                             ? field.maximum
                : field.type == gossip::ConfigField::Type::Integer               ? field.maximum * 2 + 1
                                                                                  : std::nextafter(field.maximum, 1e300);
        QVERIFY2(!field.accepts(tooLarge), key);
        QVERIFY2(!field.accepts(std::nan("")), key);
        gossip::Config config;
        if (field.type != gossip::ConfigField::Type::Choice && !field.inputOnly) {
            // The setter stores what it is given (every field's type holds its maximum + 1);
            // validate() must catch it.
            field.set(config, tooLarge);
            const auto problem = gossip::validate(config);
            QVERIFY2(problem, key);
            QCOMPARE(QByteArray::fromStdString(problem->field), key);
            QVERIFY2(QByteArray::fromStdString(problem->message).startsWith("must be a"), key);
        }
        gossip::Config atMinimum;
        if (field.type != gossip::ConfigField::Type::Choice && field.key != "protocol") {
            field.set(atMinimum, field.minimum);
            QVERIFY2(field.accepts(field.get(atMinimum)), key);
        }
    }
}

void TestConfigSchema::choicesRoundTrip()
{
    for (const gossip::ConfigField &field : gossip::configFields()) {
        for (std::size_t i = 0; i < field.choices.size(); ++i) {
            gossip::Config config;
            field.set(config, double(i));
            QCOMPARE(field.choiceName(config), field.choices[i]);
            QCOMPARE(field.choiceIndex(field.choices[i]), std::optional<int>(int(i)));
        }
    }
    QVERIFY(!gossip::configField("mode").choiceIndex("sideways"));
    QCOMPARE(gossip::configFieldByOption("blind"), gossip::configFieldByKey("interest"));
    QCOMPARE(gossip::configFieldByOption("crashed"), gossip::configFieldByKey("crashedFraction"));
    QVERIFY(!gossip::configFieldByOption("nonsense"));
}

void TestConfigSchema::configsCompareByValue()
{
    gossip::Config a;
    gossip::Config b;
    QVERIFY(a == b);
    b.loss = 0.25;
    QVERIFY(!(a == b));
    a.loss = 0.25;
    QVERIFY(a == b);
}

QTEST_GUILESS_MAIN(TestConfigSchema)
#include "tst_configschema.moc"
