"""The conveniences the package attaches to its nouns: ``analyze()`` and notebook display.

The nouns (:class:`~threatgraph.model.ThreatModel`, :class:`~threatgraph.system.System`,
:class:`~threatgraph.findings.Report`) import nothing from analysis or rendering,
so that the layers stay one-way. The two shorthands users expect on them,
``tm.analyze()`` / ``system.analyze()`` and the Jupyter ``_repr_mimebundle_``,
are set on the classes once, when ``threatgraph`` is imported (any import of a
submodule imports the package first, so they are always there).

This is the one place that changes a class after it is defined. It is
process-wide by nature (a method lives on the class), idempotent, and holds
no state: both methods import the engine or the renderer when first called,
which also keeps ``import threatgraph`` fast.
"""

from __future__ import annotations

from typing import Any

from threatgraph.findings import Report
from threatgraph.model import ThreatModel
from threatgraph.system import System

__all__ = ["analyze", "attach"]


def analyze(system: System | ThreatModel, **kwargs: Any) -> Report:
    """Analyse a System (or a ThreatModel, frozen first): :func:`threatgraph.analysis.analyze`."""
    from threatgraph.analysis import analyze as run

    return run(system, **kwargs)


def _repr_mimebundle_(self: Any, include: Any = None, exclude: Any = None) -> dict[str, str]:
    from threatgraph.notebook import mimebundle

    return mimebundle(self, include, exclude)


def attach() -> None:
    """Set ``analyze`` on ThreatModel and System and ``_repr_mimebundle_`` on all three."""
    # setattr: mypy must not see an assignment to a method it knows from the class stubs
    for shorthand in (ThreatModel, System):
        setattr(shorthand, "analyze", analyze)  # noqa: B010
    for shown in (ThreatModel, System, Report):
        setattr(shown, "_repr_mimebundle_", _repr_mimebundle_)  # noqa: B010
