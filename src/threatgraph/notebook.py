"""Notebook display: how a ThreatModel, a System and a Report show themselves in Jupyter.

The nouns do not know about diagrams. The package attaches
``_repr_mimebundle_`` to them when it is imported (see
:func:`threatgraph._attach`), and the methods call :func:`mimebundle` here::

    >>> import threatgraph as tg
    >>> tm = tg.ThreatModel("demo", actors=())
    >>> sorted(mimebundle(tm)) in (["image/png", "image/svg+xml", "text/plain"], ["text/plain"])
    True

A Report is drawn with its findings. A ThreatModel or System is drawn as
declared, without running the analysis: showing an object never costs an
analysis, and the diagram says nothing about findings it did not look for.
Evaluate ``tg.analyze(system)`` (or ``tm.analyze()``) to see the badges.
Nothing is written to disk and no viewer is opened.

The bundle holds the diagram twice, as SVG and as PNG (at most 1,920 pixels a
side): the front end shows the richest type it accepts, in its own order of
preference. JupyterLab and VS Code show the SVG; where SVG is refused (the
classic notebook does not show SVG from an untrusted notebook, and some
viewers drop it) the PNG is shown instead, and plain text where neither is.
"""

from __future__ import annotations

import base64
from typing import Any

__all__ = ["mimebundle"]

_NO_DOT = (
    "\n(install Graphviz to see the diagram: apt-get install graphviz, "
    "brew install graphviz, or conda install -c conda-forge graphviz)"
)


def mimebundle(obj: Any) -> dict[str, str]:
    """SVG, PNG and text for a ThreatModel, System or Report; text only without ``dot``.

    A ThreatModel that does not freeze shows its problems as text instead of a
    blank cell.
    """
    from threatgraph.errors import GraphvizNotFoundError, ThreatGraphError
    from threatgraph.model import ThreatModel
    from threatgraph.render.graphviz import pipe, to_digraph
    from threatgraph.render.output import fit_png

    if isinstance(obj, ThreatModel):
        try:
            obj = obj.freeze()
        except ThreatGraphError as exc:
            return {"text/plain": f"{obj!r}\n{exc}"}
    text = repr(obj)
    digraph = to_digraph(obj)
    try:
        svg = pipe(digraph, "svg").decode("utf-8")
    except GraphvizNotFoundError:
        return {"text/plain": text + _NO_DOT}
    fit_png(digraph)
    png = base64.b64encode(pipe(digraph, "png")).decode("ascii")  # as Jupyter stores it
    return {"image/svg+xml": svg, "image/png": png, "text/plain": text}
