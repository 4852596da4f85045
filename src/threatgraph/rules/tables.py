"""The whole-model tables of the built-in rules. Private to the engine.

Some built-in rules answer their question for every element at once, the first time
any element asks, and remember the table (:meth:`threatgraph.graph.Facts.memo`). A
shared analysis builds these tables once, in the parent, before the processes fork
(see ``_build_tables`` in :mod:`threatgraph.analysis`), instead of letting every
process build its own. ``tests/test_shared_analysis.py`` checks that each function
listed here builds such a table.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from threatgraph.graph import Facts

__all__ = ["whole_model_tables"]


def whole_model_tables() -> tuple[Callable[[Facts], object], ...]:
    """Functions that each build one whole-model table of the built-in rules, the
    costliest first (measured on the synthetic estate)."""
    from threatgraph.rules import _plant, access, codes, devices
    from threatgraph.rules.ai import actuation, lifecycle, models, prompts, supply_chain

    return (
        supply_chain._pull_groups,
        access._cleartext_links,
        prompts._hallucination_groups,
        prompts._flows_by_datum,
        lifecycle._swap_groups,
        prompts._providers,
        access._shared_secrets,
        supply_chain._supply_groups,
        access.remote_access_flows,
        codes._handed_out,
        actuation._has_plant,
        access._file_openers,
        devices._carried,
        access._kept,
        models.device_feeds,
        _plant._control_zones,
        access._remote_ways,
        access._outside_files,
        _plant.open_plant_links,
        _plant._open_commands,
        access._control_writes,
        lifecycle._data_ids,
        lifecycle._swapped_code_files,
    )
