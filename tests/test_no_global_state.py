"""Nothing is global: no registries, no current model, no mutable module-level containers.

Every module of the package is imported and its globals (and the attributes of
the classes it defines) are inspected. A ``dict``, ``list``, ``set``,
``bytearray`` or ``deque`` there is state that two models in one process could
share. Read-only values are fine: ``MappingProxyType``, ``tuple``, ``frozenset``.
Memoised functions (``functools.lru_cache``) are state too and must be allowed
here with a reason.
"""

from __future__ import annotations

import collections
import enum
import functools
import importlib
import inspect
import pkgutil
import types
from collections.abc import Iterator
from typing import Any

import pytest

import threatgraph

MUTABLE = (dict, list, set, bytearray, collections.deque)

ALLOWED: dict[str, str] = {
    # --- memoised pure functions: same answer for the same arguments, nothing to share
    "threatgraph._util.display_path": "memoised relpath of a source file; a pure function",
    "threatgraph.load.otm._aliases": "built once from constants, returns a read-only mapping",
    "threatgraph.taxonomy._table": "reads the shipped taxonomy file once, read-only result",
    # --- constant lookup tables that are plain dicts. Nothing mutates them, but they
    # should be MappingProxyType; listed here until their owners convert them.
    "threatgraph.load.schema._LOCATION": "constant table (owner: load)",
    "threatgraph.load.schema._NAME": "constant table (owner: load)",
    "threatgraph.load.schema._ID": "constant table (owner: load)",
    "threatgraph.load.schema._DATA_REFS": "constant table (owner: load)",
    "threatgraph.render._style._ORIGIN": "constant table (owner: render)",
    "threatgraph.render._style._PROVIDES": "constant table (owner: render)",
    "threatgraph.render._text._MERMAID_ENTITIES": "constant table (owner: render)",
    "threatgraph.render.output.SUFFIXES": "constant table (owner: render)",
}
"""Qualified name -> why it may stay. Keep it short."""


def _modules() -> list[types.ModuleType]:
    out = [threatgraph, importlib.import_module("threatgraph_pytest")]  # and the pytest plugin
    for info in pkgutil.walk_packages(threatgraph.__path__, "threatgraph."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # running it is the point of a __main__ module
        out.append(importlib.import_module(info.name))
    return out


MODULES = _modules()


def _is_dunder(name: str) -> bool:
    # Python's own module attributes: __all__, __path__, __builtins__, __annotations__...
    return name.startswith("__") and name.endswith("__")


def _is_memoised(value: Any) -> bool:
    return callable(value) and hasattr(value, "cache_info") and hasattr(value, "cache_clear")


def _class_state(cls: type) -> Iterator[tuple[str, Any]]:
    for name, value in vars(cls).items():
        if _is_dunder(name):
            continue
        if issubclass(cls, enum.Enum) and name.startswith("_") and name.endswith("_"):
            continue  # the enum machinery's own tables (_member_map_ ...)
        if isinstance(value, (staticmethod, classmethod)):
            value = value.__func__
        yield name, value


def mutable_globals(module: types.ModuleType) -> list[str]:
    """Qualified names of mutable module-level (and class-level) state in ``module``."""
    found: list[str] = []
    for name, value in vars(module).items():
        if _is_dunder(name):
            continue
        own_memo = _is_memoised(value) and value.__module__ == module.__name__
        if isinstance(value, MUTABLE) or own_memo:
            found.append(f"{module.__name__}.{name}")
            continue
        if inspect.isclass(value) and value.__module__ == module.__name__:
            for attr, member in _class_state(value):
                if isinstance(member, MUTABLE) or _is_memoised(member):
                    found.append(f"{module.__name__}.{name}.{attr}")
    return found


def test_every_module_was_inspected() -> None:
    names = {m.__name__ for m in MODULES}
    for expected in (
        "threatgraph",
        "threatgraph.vocab",
        "threatgraph.errors",
        "threatgraph.controls",
        "threatgraph.elements",
        "threatgraph.actors",
        "threatgraph.model",
        "threatgraph.system",
        "threatgraph._util",
        "threatgraph.testing.strategies",
    ):
        assert expected in names


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_no_mutable_module_level_state(module: types.ModuleType) -> None:
    offenders = [name for name in mutable_globals(module) if name not in ALLOWED]
    assert not offenders, (
        f"mutable module-level state in {module.__name__}: {offenders}; make it read-only "
        "(types.MappingProxyType, tuple, frozenset) or keep it on an instance; if it must "
        "stay, add it to ALLOWED in tests/test_no_global_state.py with the reason"
    )


def test_the_allow_list_has_no_stale_entries() -> None:
    everything = {name for module in MODULES for name in mutable_globals(module)}
    stale = sorted(set(ALLOWED) - everything)
    assert not stale, f"remove these from ALLOWED, they are read-only now (or gone): {stale}"


def test_the_checker_finds_what_it_should() -> None:
    fake = types.ModuleType("threatgraph.fake")

    @functools.cache
    def memo(x: int) -> int:
        return x

    memo.__module__ = fake.__name__

    class Registry:
        plugins: list[str] = []  # noqa: RUF012 - the point of the test
        frozen: tuple[str, ...] = ()

    Registry.__module__ = fake.__name__

    class Colour(enum.Enum):
        RED = "red"

    Colour.__module__ = fake.__name__
    fake.__dict__.update(
        {
            "REGISTRY": {},
            "CURRENT": [],
            "SEEN": set(),
            "BUFFER": bytearray(),
            "QUEUE": collections.deque(),
            "BY_KIND": collections.defaultdict(list),
            "READ_ONLY": types.MappingProxyType({}),
            "NAMES": ("a",),
            "KINDS": frozenset({"a"}),
            "memo": memo,
            "Registry": Registry,
            "Colour": Colour,
            "__all__": ["memo"],
        }
    )
    assert sorted(mutable_globals(fake)) == [
        "threatgraph.fake.BUFFER",
        "threatgraph.fake.BY_KIND",
        "threatgraph.fake.CURRENT",
        "threatgraph.fake.QUEUE",
        "threatgraph.fake.REGISTRY",
        "threatgraph.fake.Registry.plugins",
        "threatgraph.fake.SEEN",
        "threatgraph.fake.memo",
    ]


def test_builder_scope_lives_on_the_instance() -> None:
    """Entering a boundary in one model is invisible to another (no current-model variable)."""
    one, two = threatgraph.ThreatModel("one"), threatgraph.ThreatModel("two")
    with one.boundary("Inside", trust="internal"):
        e = two.add(threatgraph.Service("Elsewhere"))
    assert two.freeze().boundary_of(e) is None
    assert len(one.freeze()) == 0
