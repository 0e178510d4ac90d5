// Translated ranges and the two ways a field's value arrives: as text and as JSON.
#include "views/content/configtext.h"

#include <QLocale>
#include <QRegularExpression>

#include "views/content/names.h"

QString ConfigText::range(const gossip::ConfigField &field)
{
    using Type = gossip::ConfigField::Type;
    switch (field.type) {
    case Type::Integer:
        return tr("a whole number from %1 to %2").arg(number(field.minimum), number(field.maximum));
    case Type::Real:
        return field.belowMaximum
                ? tr("a number from %1 up to, not including, %2").arg(number(field.minimum), number(field.maximum))
                : tr("a number from %1 to %2").arg(number(field.minimum), number(field.maximum));
    case Type::Choice:
        return tr("one of %1").arg(Names::choices(field).replace(QLatin1Char('|'), QStringLiteral(", ")));
    }
    return {};
}

std::optional<double> ConfigText::fromText(const gossip::ConfigField &field, const QString &text)
{
    if (field.type == gossip::ConfigField::Type::Choice) {
        const auto index = field.choiceIndex(text.toStdString());
        return index ? std::optional<double>(*index) : std::nullopt;
    }
    bool ok = false;
    const double value = text.toDouble(&ok);
    if (!ok || !field.accepts(value))
        return std::nullopt;
    // A whole number beyond a double's 53 bits would be read as a neighbour: refuse it.
    bool whole = false;
    const qint64 exact = text.toLongLong(&whole);
    if (whole && qint64(value) != exact)
        return std::nullopt;
    return value;
}

std::optional<double> ConfigText::fromJson(const gossip::ConfigField &field, const QJsonValue &value)
{
    if (field.type == gossip::ConfigField::Type::Choice)
        return value.isString() ? fromText(field, value.toString()) : std::nullopt;
    if (!value.isDouble() || !field.accepts(value.toDouble()))
        return std::nullopt;
    return value.toDouble();
}

QJsonValue ConfigText::toJson(const gossip::ConfigField &field, const gossip::Config &config)
{
    using Type = gossip::ConfigField::Type;
    const double value = field.get(config);
    switch (field.type) {
    case Type::Choice: {
        const std::string_view name = field.choiceName(config);
        return QString::fromLatin1(name.data(), qsizetype(name.size()));
    }
    case Type::Integer:
        return qint64(value);
    case Type::Real:
        return value;
    }
    return {};
}

QString ConfigText::number(double value)
{
    return QString::number(value, 'g', 16);
}

QString ConfigText::jsonText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return number(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("\"%1\"").arg(value.toString());
    case QJsonValue::Array:
        return tr("an array");
    case QJsonValue::Object:
        return tr("an object");
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("null");
}

QString ConfigText::protocolName(gossip::Protocol protocol)
{
    switch (protocol) {
    case gossip::Protocol::DirectMail:
        return tr("Direct mail");
    case gossip::Protocol::AntiEntropy:
        return tr("Anti-entropy");
    case gossip::Protocol::Rumor:
        return tr("Rumor mongering");
    }
    return {};
}

QString ConfigText::modeName(gossip::Mode mode)
{
    switch (mode) {
    case gossip::Mode::Push:
        return tr("Push");
    case gossip::Mode::Pull:
        return tr("Pull");
    case gossip::Mode::PushPull:
        return tr("Push-pull");
    }
    return {};
}

QString ConfigText::interestName(gossip::Interest interest)
{
    return interest == gossip::Interest::Feedback ? tr("Feedback") : tr("Blind");
}

QString ConfigText::stoppingName(gossip::Stopping stopping)
{
    return stopping == gossip::Stopping::Counter ? tr("Counter") : tr("Coin");
}

QString ConfigText::summary(const gossip::Config &config, Seed seed, const QString &leftOut)
{
    QStringList parts;
    QString mechanism = protocolName(config.protocol);
    if (config.protocol != gossip::Protocol::DirectMail)
        mechanism = tr("%1, %2").arg(mechanism, modeName(config.mode).toLower());
    if (config.protocol == gossip::Protocol::Rumor) {
        mechanism = tr("%1, %2, %3").arg(mechanism, interestName(config.interest).toLower(),
                                         stoppingName(config.stopping).toLower());
        if (leftOut != QLatin1String("k"))
            mechanism = tr("%1, k = %2").arg(mechanism).arg(config.k);
    }
    parts << mechanism;
    if (leftOut != QLatin1String("nodes"))
        parts << tr("%1 people").arg(QLocale().toString(config.nodes));
    if (seed == Seed::Told)
        parts << tr("seed %1").arg(config.seed);
    static const QStringList told{QStringLiteral("protocol"), QStringLiteral("mode"), QStringLiteral("interest"),
                                  QStringLiteral("stopping"), QStringLiteral("k"), QStringLiteral("nodes"),
                                  QStringLiteral("seed")};
    const gossip::Config defaults;
    for (const gossip::ConfigField &field : gossip::configFields()) {
        const QString key = QString::fromLatin1(field.key.data(), qsizetype(field.key.size()));
        if (told.contains(key) || key == leftOut || !field.appliesTo(config.protocol)
            || field.get(config) == field.get(defaults))
            continue;
        parts << tr("%1 %2").arg(fieldText(field.label), valueText(field, config));
    }
    return parts.join(tr(" · "));
}

QString ConfigText::networkName(gossip::NetworkKind network)
{
    switch (network) {
    case gossip::NetworkKind::Complete:
        return tr("Complete (no links)");
    case gossip::NetworkKind::Ring:
        return tr("Ring");
    case gossip::NetworkKind::Grid:
        return tr("Grid");
    case gossip::NetworkKind::TwoTowns:
        return tr("Two towns and a bridge");
    case gossip::NetworkKind::File:
        return tr("From a file");
    }
    return {};
}

QString ConfigText::reconciliationName(gossip::Reconciliation reconciliation)
{
    switch (reconciliation) {
    case gossip::Reconciliation::WholeDatabase:
        return tr("Whole database");
    case gossip::Reconciliation::Checksum:
        return tr("Checksum first");
    case gossip::Reconciliation::RecentUpdates:
        return tr("Recent updates and checksum");
    }
    return {};
}

QString ConfigText::choiceText(const gossip::ConfigField &field, int index)
{
    const std::string_view key = field.key;
    if (key == "protocol")
        return protocolName(gossip::Protocol(index));
    if (key == "mode")
        return modeName(gossip::Mode(index));
    if (key == "interest")
        return interestName(gossip::Interest(index));
    if (key == "stopping")
        return stoppingName(gossip::Stopping(index));
    if (key == "reconciliation")
        return reconciliationName(gossip::Reconciliation(index));
    if (key == "partnerChoice")
        return partnerChoiceName(gossip::PartnerChoice(index));
    if (key == "network")
        return networkName(gossip::NetworkKind(index));
    const std::string_view name = field.choices[std::size_t(index)];
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}

QString ConfigText::valueText(const gossip::ConfigField &field, const gossip::Config &config)
{
    const double value = field.get(config);
    switch (field.type) {
    case gossip::ConfigField::Type::Choice:
        return choiceText(field, int(value));
    case gossip::ConfigField::Type::Integer:
        return QLocale().toString(qint64(value));
    case gossip::ConfigField::Type::Real:
        break;
    }
    return QLocale().toString(value, 'g', 6);
}

QString ConfigText::partnerChoiceName(gossip::PartnerChoice choice)
{
    switch (choice) {
    case gossip::PartnerChoice::Uniform:
        return tr("Uniform");
    case gossip::PartnerChoice::Spatial:
        return tr("Nearby (spatial)");
    case gossip::PartnerChoice::Scripted:
        return tr("As scripted");
    }
    return {};
}

QString ConfigText::linkName(const QString &name)
{
    // The names gossip::Network gives the links of its built-in networks.
    if (name == QLatin1String("bridge"))
        return tr("bridge");
    static const QRegularExpression area(QStringLiteral("^(big|small) town, area (\\d+)$"));
    static const QRegularExpression between(QStringLiteral("^(ring|grid) (\\d+)–(\\d+)$"));
    if (const auto match = area.match(name); match.hasMatch())
        return match.captured(1) == QLatin1String("big") ? tr("big town, area %1").arg(match.captured(2))
                                                         : tr("small town, area %1").arg(match.captured(2));
    if (const auto match = between.match(name); match.hasMatch())
        return (match.captured(1) == QLatin1String("ring") ? tr("ring %1–%2") : tr("grid %1–%2"))
                .arg(match.captured(2), match.captured(3));
    return name;
}

QString ConfigText::fieldText(std::string_view text)
{
    return QCoreApplication::translate("gossip::ConfigField", std::string(text).c_str());
}
