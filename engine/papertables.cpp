// Demers et al.'s Tables 1 to 3.
#include "engine/papertables.h"

#include <array>

namespace gossip {

namespace {

constexpr std::array<PaperRow, 5> table1{{{1, 0.18, 1.7, 11.0, 16.8},
                                          {1, 0.037, 3.3, 12.1, 16.9},
                                          {1, 0.011, 4.5, 12.5, 17.4},
                                          {1, 0.0036, 5.6, 12.7, 17.5},
                                          {1, 0.0012, 6.7, 12.8, 17.7}}};
constexpr std::array<PaperRow, 5> table2{{{2, 0.96, 0.04, 19.0, 38.0},
                                          {2, 0.20, 1.6, 17.0, 33.0},
                                          {2, 0.060, 2.8, 15.0, 32.0},
                                          {2, 0.021, 3.9, 14.1, 32.0},
                                          {2, 0.008, 4.9, 13.8, 32.0}}};
constexpr std::array<PaperRow, 3> table3{{{3, 3.1e-2, 2.7, 9.97, 17.63},
                                          {3, 5.8e-4, 4.5, 10.07, 15.39},
                                          {3, 4.0e-6, 6.1, 10.08, 14.00}}};

} // namespace

std::optional<PaperRow> paperRow(const Config &config)
{
    const bool plain = config.protocol == Protocol::Rumor && config.nodes == 1000 && config.keys == 1
            && config.loss == 0.0 && config.crashedFraction == 0.0 && config.backupEvery == 0
            && config.unknownFraction == 0.0 && config.partnerChoice == PartnerChoice::Uniform;
    if (!plain || config.k < 1)
        return std::nullopt;
    const auto k = std::size_t(config.k - 1);
    const bool feedbackCounter = config.interest == Interest::Feedback && config.stopping == Stopping::Counter;
    const bool blindCoin = config.interest == Interest::Blind && config.stopping == Stopping::Coin;
    if (config.mode == Mode::Push && feedbackCounter && k < table1.size())
        return table1[k];
    if (config.mode == Mode::Push && blindCoin && k < table2.size())
        return table2[k];
    if (config.mode == Mode::Pull && feedbackCounter && k < table3.size())
        return table3[k];
    return std::nullopt;
}

} // namespace gossip
