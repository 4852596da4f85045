"""Pause the cyclic garbage collector while one big document is written. Private.

Writing a report of 10,000 elements allocates millions of short-lived dicts,
lists and tuples next to a report that holds hundreds of thousands more. Each
time the allocations cross a threshold the collector walks the live objects
and finds nothing to free (the writers build no cycles worth collecting): at
that size about half the time of the JSON writer. The writers pause it for
their own duration, as :func:`threatgraph.analysis.analyze` does, and leave it
as the caller had it.
"""

from __future__ import annotations

import functools
import gc
from collections.abc import Callable
from typing import ParamSpec, TypeVar

__all__ = ["collector_paused"]

P = ParamSpec("P")
R = TypeVar("R")


def collector_paused(fn: Callable[P, R]) -> Callable[P, R]:
    """Run ``fn`` with the cyclic collector paused; re-enable it only if it was enabled."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> R:
        collecting = gc.isenabled()
        gc.disable()
        try:
            return fn(*args, **kwargs)
        finally:
            if collecting:
                gc.enable()

    return wrapper
