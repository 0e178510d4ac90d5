// Names of the palette's colour roles.
#include "views/content/colourrole.h"

#include <array>

namespace {

constexpr std::array<const char *, 10> names{"black",     "orange",     "sky-blue",       "bluish-green", "yellow",
                                             "blue",      "vermillion", "reddish-purple", "grey",         "dark-grey"};

} // namespace

QString colourRoleName(ColourRole role)
{
    return QString::fromLatin1(names.at(std::size_t(role)));
}

std::optional<ColourRole> colourRoleFrom(const QString &name)
{
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (name == QLatin1String(names[i]))
            return ColourRole(i);
    }
    return std::nullopt;
}

QStringList colourRoleNames()
{
    QStringList list;
    for (const char *name : names)
        list << QString::fromLatin1(name);
    return list;
}
