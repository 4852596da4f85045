"""Notebook display: how a ThreatModel, a System and a Report show themselves in Jupyter.

The nouns do not know about diagrams. The package attaches
``_repr_mimebundle_`` to them when it is imported (see
:func:`threatgraph._attach`), and the methods call :func:`mimebundle` here::

    >>> import threatgraph as tg
    >>> tm = tg.ThreatModel("demo", actors=())
    >>> sorted(mimebundle(tm)) in (["image/svg+xml", "text/plain"], ["text/plain"])
    True

A Report is drawn with its findings. A ThreatModel or System is drawn as
declared, without running the analysis: showing an object never costs an
analysis, and the diagram says nothing about findings it did not look for.
Evaluate ``tg.analyze(system)`` (or ``tm.analyze()``) to see the badges.
Nothing is written to disk and no viewer is opened.
"""

from __future__ import annotations

from typing import Any

__all__ = ["mimebundle"]

_NO_DOT = (
    "\n(install Graphviz to see the diagram: apt-get install graphviz, "
    "brew install graphviz, or conda install -c conda-forge graphviz)"
)


def mimebundle(obj: Any) -> dict[str, str]:
    """SVG and a text fallback for a ThreatModel, System or Report; text only without ``dot``.

    A ThreatModel that does not freeze shows its problems as text instead of a
    blank cell.
    """
    from threatgraph.errors import GraphvizNotFoundError, ThreatGraphError
    from threatgraph.model import ThreatModel
    from threatgraph.render.graphviz import pipe, to_digraph

    if isinstance(obj, ThreatModel):
        try:
            obj = obj.freeze()
        except ThreatGraphError as exc:
            return {"text/plain": f"{obj!r}\n{exc}"}
    text = repr(obj)
    try:
        svg = pipe(to_digraph(obj), "svg").decode("utf-8")
    except GraphvizNotFoundError:
        return {"text/plain": text + _NO_DOT}
    return {"image/svg+xml": svg, "text/plain": text}
