// CSV trace writing.
#include "engine/trace.h"

namespace gossip {

void writeTraceHeader(std::ostream &out)
{
    out << "run,round,susceptible,infective,removed,down,messages,direct_mail,anti_entropy,rumor,repair,"
           "new,redundant,lost,refused,cut_off,dropped,items,bytes\n";
}

void writeTraceRows(std::ostream &out, int run, const std::vector<RoundMeasures> &rounds)
{
    for (const RoundMeasures &m : rounds) {
        out << run << ',' << m.round << ',' << m.susceptible << ',' << m.infective << ',' << m.removed << ','
            << m.down << ',' << m.messages();
        for (auto count : m.messagesByChannel)
            out << ',' << count;
        for (auto count : m.messagesByOutcome)
            out << ',' << count;
        out << ',' << m.items << ',' << m.bytes << '\n';
    }
}

} // namespace gossip
