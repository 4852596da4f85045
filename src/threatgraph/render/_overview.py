"""Which boundaries an overview collapses when a view has too many nodes to lay out. Private.

Graphviz's layout time grows much faster than the diagram: on the synthetic
estates of ``benchmarks/``, ``dot`` takes about 1 s for 100 elements, 5 s for
200 and 40 s for 300 (see "Diagrams" in ``benchmarks/README.md``), and a
drawing of hundreds of elements is unreadable anyway. So when a view would
draw more nodes than ``DiagramOptions.overview_above``, the diagram becomes an
overview: boundaries are drawn as single nodes (with their element count and a
badge of their findings), opened again breadth-first, outermost level first
and the smallest first within a level, for as long as the drawing stays within
the limit. Boundaries the user collapsed stay collapsed; elements in no
boundary, or directly in the viewed one, are always drawn.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from threatgraph.elements import Boundary
from threatgraph.system import System

__all__ = ["Overview", "plan"]


@attrs.frozen
class Overview:
    """Why a diagram is an overview, and how to draw what it collapsed in full.

    ``threatgraph.render.overview_of(report)`` says whether a view will be one.
    """

    nodes: int
    """Nodes the view has when every element is drawn (faded outside ends included)."""
    limit: int
    """``DiagramOptions.overview_above``: the most nodes drawn in full."""
    collapsed: tuple[Boundary, ...]
    """The boundaries the overview draws as one node each, by id."""

    def lines(self) -> list[str]:
        """Two sentences for the diagram's title and the command line."""
        n = len(self.collapsed)
        names = ", ".join(b.name for b in self.collapsed[:4]) + (", ..." if n > 4 else "")
        return [
            f"Overview: the view has {self.nodes:,} nodes (more than {self.limit}), so "
            f"{n} boundar{'y is' if n == 1 else 'ies are'} drawn collapsed: {names}.",
            "Draw a boundary in full with --boundary ID (boundary= in Python), the "
            "elements near one with --focus ELEMENT, or everything with --full "
            "(overview_above=None).",
        ]


@attrs.frozen
class _Tree:
    """The boundaries of one view that hold elements in it."""

    top: tuple[str, ...]
    """The outermost boundaries in view (children of the viewed boundary, if any)."""
    direct: dict[str, int]
    """Boundary id -> elements in view directly inside it."""
    kids: dict[str, set[str]]
    """Boundary id -> child boundaries that hold elements in view."""
    loose: int
    """Elements in view outside every candidate boundary (drawn as they are)."""


def plan(
    system: System,
    selected: Iterable[str],
    *,
    viewed: str | None,
    stubs: int,
    collapse: frozenset[str],
    limit: int | None,
) -> Overview | None:
    """The overview of the elements ``selected`` for a view of boundary ``viewed`` (or all).

    ``collapse`` is what the user collapsed; None when the view is drawn in full
    (it has at most ``limit`` nodes, or ``limit`` is None).
    """
    tree = _tree(system, selected, viewed)
    full = tree.loose + stubs + sum(_size(tree, b, collapse) for b in tree.top)
    if limit is None or full <= limit:
        return None
    nodes = tree.loose + stubs + len(tree.top)
    level = sorted(tree.top)
    frontier: set[str] = set()
    while level:
        following: list[str] = []
        for bid in sorted(level, key=lambda b: (_open_cost(tree, b), b)):
            cost = _open_cost(tree, bid)
            if bid not in collapse and nodes + cost <= limit:
                nodes += cost
                following.extend(tree.kids.get(bid, ()))
            elif bid not in collapse:
                frontier.add(bid)
        level = following
    if not frontier:  # nothing left to collapse: the view is as small as it gets
        return None
    collapsed = tuple(system.boundary(b) for b in sorted(frontier))
    return Overview(nodes=full, limit=limit, collapsed=collapsed)


def _open_cost(tree: _Tree, bid: str) -> int:
    """Nodes added by drawing ``bid`` as a cluster instead of one node."""
    return tree.direct.get(bid, 0) + len(tree.kids.get(bid, ())) - 1


def _size(tree: _Tree, bid: str, collapse: frozenset[str]) -> int:
    """Nodes that boundary ``bid`` draws in full (a user-collapsed one is one node)."""
    if bid in collapse:
        return 1
    return tree.direct.get(bid, 0) + sum(_size(tree, k, collapse) for k in tree.kids.get(bid, ()))


def _tree(system: System, selected: Iterable[str], viewed: str | None) -> _Tree:
    direct: dict[str, int] = {}
    kids: dict[str, set[str]] = {}
    top: set[str] = set()
    loose = 0
    holders: dict[str, Boundary] = {}  # the boundaries holding elements in view
    for eid in selected:
        b = system.boundary_of(eid)
        if b is None or b.id == viewed:
            loose += 1
            continue
        direct[b.id] = direct.get(b.id, 0) + 1
        holders[b.id] = b
    for b in holders.values():  # each boundary's ancestors walked once, not per element
        child = b.id
        for parent in system.ancestors_of(b):
            if parent.id == viewed:
                break
            kids.setdefault(parent.id, set()).add(child)
            child = parent.id
        top.add(child)
    return _Tree(top=tuple(sorted(top)), direct=direct, kids=kids, loose=loose)
