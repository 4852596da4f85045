"""The package's layers, checked on the source: who may import whom, and no import circle.

threatgraph is built as a path: words and nouns are declared, a model is frozen
into a System, models enter through loaders, the engine analyses a System, and
the results are presented. A module may import from its own layer and the
layers below it, never from a layer above; and no set of modules imports
itself in a circle, counting imports inside functions too (a lazy import is
still a dependency). Imports under ``if TYPE_CHECKING:`` only name types: they
count for the layers but not for circles.

See docs/architecture.md for the picture.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path

import networkx as nx
import pytest

SRC = Path(__file__).resolve().parent.parent / "src"

LAYERS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "foundation",
        (
            "threatgraph._util",
            "threatgraph._version",
            "threatgraph._gc",
            "threatgraph._fork",
            "threatgraph._jsontext",
            "threatgraph._data",
            "threatgraph.errors",
            "threatgraph.vocab",
            "threatgraph.protocols",
            "threatgraph.taxonomy",
        ),
    ),
    (
        "declare",
        (
            "threatgraph.controls",
            "threatgraph.elements",
            "threatgraph.actors",
        ),
    ),
    (
        "freeze",
        (
            "threatgraph.system",
            "threatgraph.checks",
            "threatgraph.control_places",
            "threatgraph.filters",
            "threatgraph.findings",
        ),
    ),
    ("builder", ("threatgraph.model",)),
    ("load", ("threatgraph.load",)),
    (
        "analyze",
        (
            "threatgraph.graph",
            "threatgraph.queries",
            "threatgraph.scoring",
            "threatgraph.rules",
            "threatgraph.analysis",
            "threatgraph.register",
        ),
    ),
    (
        "present",
        (
            "threatgraph.render",
            "threatgraph.report",
            "threatgraph.export",
            "threatgraph.notebook",
        ),
    ),
    (
        "surface",
        (
            "threatgraph.cli",
            "threatgraph.testing",
            "threatgraph.config",
            "threatgraph._attach",
            "threatgraph.__main__",
            "threatgraph",
            "threatgraph_pytest",
        ),
    ),
)
"""Lowest first. A name covers the module and, for a package, everything in it."""


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


MODULES = {module_name(p): p for p in sorted(SRC.rglob("*.py"))}


def layer_of(module: str) -> int:
    best: tuple[int, int] | None = None  # (length of the matching prefix, layer)
    for number, (_, prefixes) in enumerate(LAYERS):
        for prefix in prefixes:
            covers = module == prefix or module.startswith(prefix + ".")
            if covers and (best is None or len(prefix) > best[0]):
                best = (len(prefix), number)
    if best is None:
        raise AssertionError(f"{module} is in no layer: add it to LAYERS in {__file__}")
    return best[1]


def _type_checking_nodes(tree: ast.AST) -> set[int]:
    """ids of import nodes under ``if TYPE_CHECKING:``."""
    out: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.unparse(node.test):
            out.update(id(n) for stmt in node.body for n in ast.walk(stmt))
    return out


def imports(module: str) -> Iterator[tuple[str, bool]]:
    """(imported threatgraph module, only for type checking) for each import in ``module``."""
    path = MODULES[module]
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typing_only = _type_checking_nodes(tree)
    package = module.split(".") if path.name == "__init__.py" else module.split(".")[:-1]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            targets = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                source = ".".join(base + ([node.module] if node.module else []))
            else:
                source = node.module or ""
            # ``from pkg import sub`` imports the submodule; ``from pkg import name`` the package
            targets = [
                f"{source}.{alias.name}" if f"{source}.{alias.name}" in MODULES else source
                for alias in node.names
            ]
        else:
            continue
        for target in targets:
            if target in MODULES and target != module:
                yield target, id(node) in typing_only


def import_graph(*, typing_only: bool) -> nx.DiGraph:
    g = nx.DiGraph()
    g.add_nodes_from(MODULES)
    for module in MODULES:
        for target, for_types in imports(module):
            if typing_only or not for_types:
                g.add_edge(module, target)
    return g


def test_every_module_has_a_layer() -> None:
    for module in MODULES:
        layer_of(module)


@pytest.mark.parametrize("module", sorted(MODULES))
def test_imports_go_down_the_layers(module: str) -> None:
    mine = layer_of(module)
    upward = sorted(
        f"{target} ({LAYERS[layer_of(target)][0]})"
        for target, _ in imports(module)
        if layer_of(target) > mine
    )
    assert not upward, (
        f"{module} ({LAYERS[mine][0]}) imports from a higher layer: {', '.join(upward)}"
    )


def test_no_import_circle() -> None:
    circles = [sorted(c) for c in nx.strongly_connected_components(import_graph(typing_only=False))]
    circles = [c for c in circles if len(c) > 1]
    assert not circles, f"import circles: {circles}"


def test_the_nouns_know_neither_the_engine_nor_the_screen() -> None:
    """The promise in words, on top of the layer numbers: elements, model, System and
    findings import nothing from analysis, rendering, reports or export."""
    nouns = (
        "threatgraph.elements",
        "threatgraph.model",
        "threatgraph.system",
        "threatgraph.findings",
    )
    engine_and_screen = ("analyze", "present")
    for noun in nouns:
        for target, _ in imports(noun):
            assert LAYERS[layer_of(target)][0] not in engine_and_screen, (noun, target)


def _private_owner(module: str) -> str | None:
    """The package a private module belongs to (``threatgraph.rules`` for ``rules._core``)."""
    parts = module.split(".")
    for i, part in enumerate(parts[1:], start=1):
        if part.startswith("_") and not part.startswith("__"):
            return ".".join(parts[:i])
    return None


@pytest.mark.parametrize("module", sorted(MODULES))
def test_no_private_import_across_packages(module: str) -> None:
    """A private module (``render._view``) or private name serves its own package only.

    The top-level private helpers (``threatgraph._util``, ``_gc``, …) belong to the
    whole package, so every module may use them.
    """
    tree = ast.parse(MODULES[module].read_text(encoding="utf-8"))
    offences = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.ImportFrom) or node.level or not node.module:
            continue
        if not node.module.startswith("threatgraph"):
            continue
        owner = _private_owner(node.module)
        names = [a.name for a in node.names if a.name.startswith("_") and a.name != "__version__"]
        if owner is None and names:
            owner = (
                node.module
                if MODULES[node.module].name == "__init__.py"
                else (node.module.rsplit(".", 1)[0])
            )
        if owner is None:
            continue
        if not (module == owner or module.startswith(owner + ".")):
            offences.append(f"from {node.module} import {', '.join(a.name for a in node.names)}")
    assert not offences, f"{module} reaches into another package's private parts: {offences}"


MAX_FUNCTION_LINES = 100


def test_no_function_over_the_limit() -> None:
    """No function (nested ones included) is longer than MAX_FUNCTION_LINES lines."""
    long = []
    for module, path in MODULES.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
                length = (node.end_lineno or node.lineno) - node.lineno + 1
                if length > MAX_FUNCTION_LINES:
                    long.append(f"{module}.{node.name}: {length} lines")
    assert not long, f"split these functions (limit {MAX_FUNCTION_LINES} lines): {sorted(long)}"
