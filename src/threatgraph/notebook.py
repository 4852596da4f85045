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

A Report also carries ``text/html``: the diagram and a table of its open
findings (number, severity, title, where), so the badges on the picture can be
read in the cell. Front ends prefer HTML; where HTML is sanitised the table
stays. Without Graphviz the HTML is the table alone. Every name is escaped.

``include`` and ``exclude`` (the arguments Jupyter passes to
``_repr_mimebundle_``) are honoured: a type left out is not produced at all, so
asking for the SVG alone never runs Graphviz for the PNG.
"""

from __future__ import annotations

import base64
import html
from collections.abc import Container
from typing import Any

__all__ = ["mimebundle"]

_NO_DOT = (
    "\n(install Graphviz to see the diagram: apt-get install graphviz, "
    "brew install graphviz, or conda install -c conda-forge graphviz)"
)

_TABLE_ROWS = 200
"""Open findings listed in the HTML table; the rest are counted below it."""


def mimebundle(
    obj: Any, include: Container[str] | None = None, exclude: Container[str] | None = None
) -> dict[str, str]:
    """SVG, PNG and text for a ThreatModel, System or Report, and HTML for a Report
    (its diagram and open findings); text (and a Report's table) only without ``dot``.

    A ThreatModel that does not freeze shows its problems as text instead of a
    blank cell. ``include`` and ``exclude`` limit the types produced.
    """
    from threatgraph.errors import GraphvizNotFoundError, ThreatGraphError
    from threatgraph.findings import Report
    from threatgraph.model import ThreatModel
    from threatgraph.render.graphviz import pipe, to_digraph
    from threatgraph.render.output import fit_png

    def want(kind: str) -> bool:
        return (include is None or kind in include) and (exclude is None or kind not in exclude)

    if isinstance(obj, ThreatModel):
        try:
            obj = obj.freeze()
        except ThreatGraphError as exc:
            return {"text/plain": f"{obj!r}\n{exc}"}
    text = repr(obj)
    table = _findings_html(obj) if isinstance(obj, Report) and want("text/html") else None
    out: dict[str, str] = {}
    if want("image/svg+xml") or want("image/png") or table is not None:
        digraph = to_digraph(obj)
        try:
            svg = pipe(digraph, "svg").decode("utf-8")
        except GraphvizNotFoundError:
            text += _NO_DOT
        else:
            if want("image/svg+xml"):
                out["image/svg+xml"] = svg
            if table is not None:
                table = f"<div>{svg[svg.find('<svg') :]}</div>\n{table}"
            if want("image/png"):
                fit_png(digraph)
                out["image/png"] = base64.b64encode(pipe(digraph, "png")).decode("ascii")
    if table is not None:
        out["text/html"] = table
    out["text/plain"] = text
    return out


def _findings_html(report: Any) -> str:
    """The open findings as an HTML table, most severe first, every name escaped."""
    from threatgraph.report import target_label

    found = sorted(report.open(), key=lambda f: (-f.severity.rank, f.number))
    rows = [
        "<tr>"
        f"<td>#{f.number}</td><td>{html.escape(f.severity.value)}</td>"
        f"<td>{html.escape(f.title)}</td>"
        f"<td>{html.escape(target_label(report.system, f.target))}</td>"
        "</tr>"
        for f in found[:_TABLE_ROWS]
    ]
    more = (
        f"<p>… and {len(found) - _TABLE_ROWS} more open findings.</p>"
        if len(found) > _TABLE_ROWS
        else ""
    )
    head = (
        f"<p><strong>{len(found)} open finding{'' if len(found) == 1 else 's'}</strong> "
        f"in {html.escape(report.system.name)}</p>"
    )
    if not found:
        return head
    return (
        f"{head}\n<table>\n<thead><tr><th>#</th><th>severity</th><th>finding</th>"
        "<th>on</th></tr></thead>\n<tbody>\n" + "\n".join(rows) + f"\n</tbody>\n</table>{more}"
    )
