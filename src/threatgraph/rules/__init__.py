"""Rules and catalogues.

Write a rule as a plain function and describe it with :func:`rule`; collect
rules in a :class:`Catalogue`; pass the catalogue to ``analyze``. See
``docs/how-to/custom-rules.md``.
"""

from __future__ import annotations

from threatgraph.rules._core import (
    ElementScope,
    FlowScope,
    Match,
    ModelScope,
    Need,
    PathScope,
    Placement,
    RequirementScope,
    Rule,
    on_element,
    on_flow,
    on_model,
    on_paths,
    requirement,
    rule,
)
from threatgraph.rules.catalogue import CATALOGUE_VERSION, Catalogue
from threatgraph.rules.threats import THREATS, Threat
from threatgraph.rules.views import ElementView, FlowView, GraphView

__all__ = [
    "CATALOGUE_VERSION",
    "THREATS",
    "Catalogue",
    "ElementScope",
    "ElementView",
    "FlowScope",
    "FlowView",
    "GraphView",
    "Match",
    "ModelScope",
    "Need",
    "PathScope",
    "Placement",
    "RequirementScope",
    "Rule",
    "Threat",
    "on_element",
    "on_flow",
    "on_model",
    "on_paths",
    "requirement",
    "rule",
]
