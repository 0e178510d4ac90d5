// The palette and people's names.
#include "views/style/citystyle.h"

QColor CityStyle::color(ColourRole role)
{
    switch (role) {
    case ColourRole::Black:
        return QColor(0x00, 0x00, 0x00);
    case ColourRole::Orange:
        return QColor(0xE6, 0x9F, 0x00);
    case ColourRole::SkyBlue:
        return QColor(0x56, 0xB4, 0xE9);
    case ColourRole::BluishGreen:
        return QColor(0x00, 0x9E, 0x73);
    case ColourRole::Yellow:
        return QColor(0xF0, 0xE4, 0x42);
    case ColourRole::Blue:
        return QColor(0x00, 0x72, 0xB2);
    case ColourRole::Vermillion:
        return QColor(0xD5, 0x5E, 0x00);
    case ColourRole::ReddishPurple:
        return QColor(0xCC, 0x79, 0xA7);
    case ColourRole::Grey:
        return QColor(0x99, 0x99, 0x99);
    case ColourRole::DarkGrey:
        return QColor(0x33, 0x33, 0x33);
    }
    return Qt::black;
}

QString CityStyle::nodeName(std::uint32_t nodes, gossip::NodeId node)
{
    if (nodes <= letteredTown)
        return QString(QLatin1Char(char('A' + node)));
    return QStringLiteral("#%1").arg(node);
}
