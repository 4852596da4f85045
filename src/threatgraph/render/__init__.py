"""Diagrams: Graphviz and Mermaid renderings of a System or Report.

>>> from threatgraph.render import DiagramOptions, render, to_dot, to_mermaid, write

See :mod:`threatgraph.render.graphviz` for what is drawn and
:class:`DiagramOptions` for the views.
"""

from __future__ import annotations

from typing import Any

from threatgraph.render.graphviz import (
    FORMATS,
    DiagramOptions,
    render,
    to_digraph,
    to_dot,
    write,
)
from threatgraph.render.mermaid import to_mermaid

__all__ = [
    "FORMATS",
    "DiagramOptions",
    "mimebundle",
    "render",
    "to_digraph",
    "to_dot",
    "to_mermaid",
    "write",
]


def mimebundle(obj: Any) -> dict[str, str]:
    """Notebook display: SVG when Graphviz's ``dot`` is installed, text otherwise.

    A Report is drawn with its findings. A System is analysed first when the
    analysis engine is available, so that ``tm`` in a notebook shows the
    annotated diagram. Nothing is written to disk and no viewer is opened.
    """
    from threatgraph.errors import GraphvizNotFoundError
    from threatgraph.model import ThreatModel
    from threatgraph.render.graphviz import pipe
    from threatgraph.system import System

    if isinstance(obj, ThreatModel):
        obj = obj.freeze()
    text = repr(obj)
    target: Any = obj
    if isinstance(obj, System):
        target = _analysed(obj)
    try:
        svg = pipe(to_digraph(target), "svg").decode("utf-8")
    except GraphvizNotFoundError:
        return {
            "text/plain": text
            + "\n(install Graphviz to see the diagram: apt-get install graphviz, "
            "brew install graphviz, or conda install -c conda-forge graphviz)"
        }
    return {"image/svg+xml": svg, "text/plain": text}


def _analysed(system: Any) -> Any:
    """``system``'s Report when the analysis engine is installed, else the System itself."""
    try:
        from threatgraph.analysis import analyze
    except ModuleNotFoundError as exc:
        if exc.name not in ("threatgraph.analysis", "threatgraph.rules"):
            raise
        return system
    return analyze(system)
