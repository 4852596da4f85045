"""Diagrams: Graphviz and Mermaid renderings of a System or Report.

>>> from threatgraph.render import DiagramOptions, render, to_dot, to_mermaid, write

See :mod:`threatgraph.render.graphviz` for what is drawn and
:class:`DiagramOptions` for the views.
"""

from __future__ import annotations

from threatgraph.render._overview import Overview
from threatgraph.render._view import findings_in_view, overview_of
from threatgraph.render.graphviz import to_digraph, to_dot
from threatgraph.render.mermaid import to_mermaid
from threatgraph.render.options import DiagramOptions
from threatgraph.render.output import FORMATS, render, write

__all__ = [
    "FORMATS",
    "DiagramOptions",
    "Overview",
    "findings_in_view",
    "overview_of",
    "render",
    "to_digraph",
    "to_dot",
    "to_mermaid",
    "write",
]
