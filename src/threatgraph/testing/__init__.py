"""Testing helpers: architecture assertions, a pytest plugin and hypothesis strategies.

Names are loaded on first use, so that importing this package (which pytest
does for the plugin) stays cheap and does not import hypothesis or pytest.
"""

from __future__ import annotations

import importlib
from typing import Any

__all__: list[str] = []

_LAZY: dict[str, str] = {}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'threatgraph.testing' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
