// A mechanism's state held by value, and per-slot "heat" that two mechanisms share.
#pragma once

#include "engine/mechanism.h"

#include <memory>
#include <vector>

namespace gossip {

// Holds a MechanismState by value: copying the holder copies the state, comparing
// compares it. Empty only in a default-constructed World.
class MechanismStateHolder
{
public:
    MechanismStateHolder() = default;
    explicit MechanismStateHolder(std::unique_ptr<MechanismState> state) : m_state(std::move(state)) {}
    MechanismStateHolder(const MechanismStateHolder &other) : m_state(other.m_state ? other.m_state->clone() : nullptr) {}
    MechanismStateHolder(MechanismStateHolder &&other) noexcept = default;
    MechanismStateHolder &operator=(const MechanismStateHolder &other)
    {
        if (this != &other)
            m_state = other.m_state ? other.m_state->clone() : nullptr;
        return *this;
    }
    MechanismStateHolder &operator=(MechanismStateHolder &&other) noexcept = default;

    // The state as the mechanism that made it knows it.
    template<typename State>
    State &as() { return static_cast<State &>(*m_state); }
    template<typename State>
    const State &as() const { return static_cast<const State &>(*m_state); }
    // The state if it is a `State`, else nullptr (for views that ask one mechanism's state).
    template<typename State>
    const State *find() const { return dynamic_cast<const State *>(m_state.get()); }

    bool operator==(const MechanismStateHolder &other) const
    {
        if (!m_state || !other.m_state)
            return m_state == other.m_state;
        return m_state->equals(*other.m_state);
    }

private:
    std::unique_ptr<MechanismState> m_state;
};

// Per-slot heat: 0 = not spreading, else 1 + a counter the mechanism keeps. Rumor
// mongering and direct mail both mark who spreads this way.
struct SlotHeat
{
    std::vector<std::uint8_t> heat; // per slot
    std::uint64_t hot = 0;          // slots with heat != 0

    void set(std::size_t slot, std::uint8_t value)
    {
        std::uint8_t &current = heat[slot];
        hot += (value != 0) - (current != 0);
        current = value;
    }
    // Of the holders of the newest version of `key`, those that are hot.
    std::uint64_t hotHolders(const World &world, KeyId key) const;

    bool operator==(const SlotHeat &other) const = default;
};

// The state of a mechanism that keeps none between rounds.
class NoState final : public MechanismState
{
public:
    std::unique_ptr<MechanismState> clone() const override { return std::make_unique<NoState>(); }
    bool equals(const MechanismState &other) const override { return dynamic_cast<const NoState *>(&other) != nullptr; }
};

} // namespace gossip
