// Counting that stops at the largest value instead of wrapping round.
#pragma once

#include <cstdint>
#include <limits>

namespace gossip {

// The largest count: a count that reaches it has saturated and means "at least this".
inline constexpr std::uint64_t saturatedCount = std::numeric_limits<std::uint64_t>::max();

// a + b, or saturatedCount when the sum does not fit.
constexpr std::uint64_t saturatingAdd(std::uint64_t a, std::uint64_t b)
{
    return a > saturatedCount - b ? saturatedCount : a + b;
}

// a * b, or saturatedCount when the product does not fit.
constexpr std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b)
{
    return b != 0 && a > saturatedCount / b ? saturatedCount : a * b;
}

} // namespace gossip
