"""Testing helpers: architecture assertions, a pytest plugin and hypothesis strategies.

- :mod:`threatgraph.testing.assertions`: ``assert_*`` invariants that raise
  :class:`~threatgraph.errors.ArchitectureViolation` listing every violation;
- the pytest plugin (the ``threat_model`` fixture and the
  ``--threatgraph-report`` option) is the top-level module ``threatgraph_pytest``,
  which pytest loads automatically without importing this package;
- :mod:`threatgraph.testing.strategies`: hypothesis strategies for models.

Names are loaded on first use, so importing this package stays cheap and
imports neither hypothesis nor pytest.
"""

from __future__ import annotations

import importlib
import types
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from threatgraph.testing.assertions import (
        ArchitectureViolation,
        Violation,
        assert_elements_have,
        assert_flows_encrypted,
        assert_flows_have,
        assert_lineage_has,
        assert_models_served_via_signed_registry,
        assert_no_flows,
        assert_no_open_findings,
        assert_no_path,
    )

__all__ = [
    "ArchitectureViolation",
    "Violation",
    "assert_elements_have",
    "assert_flows_encrypted",
    "assert_flows_have",
    "assert_lineage_has",
    "assert_models_served_via_signed_registry",
    "assert_no_flows",
    "assert_no_open_findings",
    "assert_no_path",
]

_LAZY: Mapping[str, str] = types.MappingProxyType(
    dict.fromkeys(__all__, "threatgraph.testing.assertions")
)


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'threatgraph.testing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
