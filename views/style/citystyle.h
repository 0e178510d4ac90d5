// The city's look in one place: the palette's colours and the names people go by.
#pragma once

#include "engine/types.h"
#include "views/content/colourrole.h"

#include <QColor>
#include <QString>

// What the city view, its legend, the sprites, the charts, the event log and lessons share:
// one colour per role (colour-blind safe, Okabe-Ito) and one way to name a person.
class CityStyle
{
public:
    // The colour of a palette role.
    static QColor color(ColourRole role);
    // A person's name: a letter in a town of up to 26 (A is node 0), "#n" in a city.
    static QString nodeName(std::uint32_t nodes, gossip::NodeId node);
    // Towns this small name people by letter.
    static constexpr std::uint32_t letteredTown = 26;
};
