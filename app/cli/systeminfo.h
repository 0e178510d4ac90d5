// What the command line asks of the operating system, in the one place that asks it.
#pragma once

#include <cstdint>
#include <optional>

// The machine's physical memory in bytes, or nothing where the system does not say.
std::optional<std::uint64_t> physicalMemoryBytes();
// Whether standard error is a terminal (a person watching), not a file or a pipe.
bool standardErrorIsTerminal();
