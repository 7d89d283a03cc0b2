"""An order-keeping parallel map that reads its input only as fast as the workers consume it.

``Pool.imap`` would drain the input generator in a background thread, loading a whole mailbox into
memory; here at most ``jobs * WINDOW_PER_JOB`` batches are in flight.
"""

from __future__ import annotations

import multiprocessing
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

BATCH_SIZE = 16
WINDOW_PER_JOB = 4


def _batches(items: Iterable[T], size: int) -> Iterator[list[T]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def _map_batch(func: Callable[[T], R], batch: list[T]) -> list[R]:
    return [func(item) for item in batch]


def _ignore_interrupts() -> None:
    # Ctrl-C is for the parent, which stops the pool; workers would only print a traceback each.
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def ordered_map(func: Callable[[T], R], items: Iterable[T], jobs: int) -> Iterator[R]:
    """``map(func, items)`` over ``jobs`` processes; ``func`` must be a module-level function."""
    if jobs <= 1:
        yield from map(func, items)
        return
    with multiprocessing.Pool(jobs, initializer=_ignore_interrupts) as pool:
        pending: deque = deque()
        for batch in _batches(items, BATCH_SIZE):
            pending.append(pool.apply_async(_map_batch, (func, batch)))
            if len(pending) >= jobs * WINDOW_PER_JOB:
                yield from pending.popleft().get()
        while pending:
            yield from pending.popleft().get()
