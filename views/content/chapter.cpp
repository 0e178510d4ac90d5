// Chapter helpers.
#include "views/content/chapter.h"

int Chapter::beatAt(gossip::Round round) const
{
    int index = 0;
    for (int i = 0; i < beats.size(); ++i) {
        if (beats.at(i).round <= round)
            index = i;
    }
    return index;
}
