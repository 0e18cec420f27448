"""Tables of the catalog's search index in the forms that load and look up fastest.

Numbers travel as the bytes of an int array (one object instead of thousands when the cache
is read); lists sorted by length carry a table of where each length starts.
"""

from __future__ import annotations

import bisect
from array import array
from collections.abc import Sequence


def pack_ints(values: Sequence[int]) -> bytes:
    """The bytes of an int array holding `values` (see `unpack_ints`)."""
    return array("i", values).tobytes()


def unpack_ints(data: bytes) -> array[int]:
    """An int array from `pack_ints`; it indexes, slices and bisects like a list."""
    if not isinstance(data, bytes):
        raise TypeError("a table of numbers is kept as bytes")
    values = array("i")
    values.frombytes(data)  # ValueError when the length is no whole number of ints
    return values


def starts(lengths: list[int]) -> list[int]:
    """For sorted `lengths`: starts[n] is the first position whose length is >= n."""
    top = (lengths[-1] if lengths else 0) + 2
    return [bisect.bisect_left(lengths, n) for n in range(top)]


def length_slice(items: list[str], starts: list[int], low: int, high: int) -> list[str]:
    """Items (sorted by length) whose length lies in [low, high]."""
    first = starts[min(low, len(starts) - 1)]
    last = starts[min(high + 1, len(starts) - 1)]
    return items[first:last]
