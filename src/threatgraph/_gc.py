"""Pause the cyclic garbage collector during one big piece of work. Private.

This is the only place threatgraph touches process-wide interpreter state, and
why: analysing or writing a report of 10,000 elements allocates millions of
small dicts, lists and tuples, most of which live on in the result. Each time
the allocations cross a threshold the collector walks every live object and
finds nothing to free (neither the engine nor the writers build cycles worth
collecting): a quarter of the analysis time and about half of the JSON
writer's at that size, and a third of freezing the model. :func:`collector_paused`
switches it off for the duration of one call (freezing, analysis, each report and
diagram writer) and leaves it as the caller had it, also when the call raises.
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
