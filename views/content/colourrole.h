// The named colours a lesson may use: roles of the app's palette, never literal values.
#pragma once

#include <QString>
#include <QStringList>

#include <optional>

// A colour of the palette (the colour-blind safe Okabe-Ito set plus two greys). Files name
// roles; views/style/citystyle turns a role into the colour on screen.
enum class ColourRole {
    Black,
    Orange,
    SkyBlue,
    BluishGreen,
    Yellow,
    Blue,
    Vermillion,
    ReddishPurple,
    Grey,
    DarkGrey
};

// The name files use for a role, e.g. "sky-blue".
QString colourRoleName(ColourRole role);
// The role a file names, or nothing.
std::optional<ColourRole> colourRoleFrom(const QString &name);
// Every role's name, in order.
QStringList colourRoleNames();
