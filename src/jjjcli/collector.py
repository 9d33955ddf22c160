"""Python's cyclic garbage collector, paused where jjj makes many objects that live long.

Reference counting frees almost everything jjj makes; the cyclic collector only finds
garbage that refers to itself. Each collection of its oldest generation goes over every
object alive, so a process that builds up hundreds of thousands of them (the claims of a
large base, the documents and readings a run of statements keeps) pays for that again and
again to find next to nothing: 16 objects for 1,000 statements at 100k claims, where such a
collection took 0.5 s, a quarter of the run. The commands that do so pause it.
"""

from __future__ import annotations

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from typing import TypeVar

T = TypeVar("T")

#: a stream under collecting_seldom is collected in full once every this many items
COLLECT_EVERY = 1000


@contextmanager
def paused() -> Iterator[bool]:
    """The collector paused for the block, and as it was found after (one the caller paused
    stays paused); gives whether it was running."""
    collecting = gc.isenabled()
    gc.disable()
    try:
        yield collecting
    finally:
        if collecting:
            gc.enable()


def collecting_seldom(items: Iterable[T]) -> Iterator[T]:
    """``items`` made with the collector paused, and run in full once every COLLECT_EVERY
    of them (a stream may be endless: what little garbage it leaves in cycles is freed);
    the collector is as it was found once the stream ends or is closed. A collection is
    made once the next item is, not after the last of a stream: at exit it would find
    nothing worth freeing (0.3 s of a run of 1,000 statements at 100k claims)."""
    with paused() as collecting:
        for made, item in enumerate(items):
            if collecting and made and made % COLLECT_EVERY == 0:
                gc.collect()
            yield item
