// A portable hint to fetch memory ahead of its use.
#pragma once

#if defined(_MSC_VER) && !defined(__clang__)
#include <xmmintrin.h>
#endif

namespace gossip {

// Asks the processor to start loading `address` into the cache for a later read (or, with
// `forWrite`, a write). Only a hint: where the compiler has no way to say it, it does nothing.
template<bool forWrite = false>
inline void prefetch(const void *address)
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(address, forWrite ? 1 : 0);
#elif defined(_MSC_VER) && (defined(_M_X64) || defined(_M_IX86))
    _mm_prefetch(static_cast<const char *>(address), _MM_HINT_T0);
#else
    (void)address;
#endif
}

} // namespace gossip
