"""The key of a Graphviz diagram: a compact table under the title. Private.

The key is part of the graph's label, not a cluster of sample nodes: a label
takes no place in the layout, so it cannot stretch the ranks of the diagram
(a legend cluster of samples spread over a third of a small diagram), and it
sits where a reader looks first. Every element's label already names its kind
(*data store*, *LLM · third-party API*), so the key explains only what the
shapes cannot say: the boundary styles, the two kinds of flow, the badges, and
the collapsed, focus and faded nodes when the view has them.
"""

from __future__ import annotations

import threatgraph.render._style as st
from threatgraph.render._text import html_text
from threatgraph.render._view import View
from threatgraph.vocab import Severity

__all__ = ["key_table"]

_SWATCH = 'WIDTH="22" HEIGHT="12" FIXEDSIZE="TRUE"'


def _item(swatch: str, text: str) -> str:
    """One entry: a sample cell and its words."""
    return f'<TR>{swatch}<TD ALIGN="LEFT">{html_text(text)}</TD></TR>'


def _section(title: str, items: list[str]) -> str:
    """A column of the key: its title, then one entry a line."""
    return (
        '<TD VALIGN="TOP"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="2" CELLPADDING="1">'
        f'<TR><TD COLSPAN="2" ALIGN="LEFT"><B>{html_text(title)}</B></TD></TR>'
        + "".join(items)
        + "</TABLE></TD>"
    )


def _boundaries(view: View) -> list[str]:
    items = []
    for trust in sorted(st.TRUST):
        s = st.TRUST[trust]
        dashed = ' STYLE="dashed"' if s.dashed else ""
        swatch = f'<TD BGCOLOR="{s.fill}" COLOR="{s.line}" BORDER="2"{dashed} {_SWATCH}></TD>'
        items.append(_item(swatch, f"{trust.value}: {s.meaning}"))
    if any(n.kind == "collapsed" for n in view.nodes):
        swatch = f'<TD BORDER="1" STYLE="rounded" {_SWATCH}><FONT POINT-SIZE="7">2x</FONT></TD>'
        items.append(_item(swatch, "double border: collapsed boundary"))
    if any(n.focus for n in view.nodes):
        swatch = f'<TD BORDER="3" BGCOLOR="#fffde7" {_SWATCH}></TD>'
        items.append(_item(swatch, "thick border: the focus"))
    if any(n.kind == "stub" for n in view.nodes):
        swatch = f'<TD BORDER="1" STYLE="dashed" COLOR="#90a4ae" BGCOLOR="#f5f5f5" {_SWATCH}></TD>'
        items.append(_item(swatch, "faded: outside the view"))
    return items


def _line(colour: str, height: int) -> str:
    return (
        '<TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="0"><TR>'
        f'<TD BGCOLOR="{colour}" WIDTH="22" HEIGHT="{height}" FIXEDSIZE="TRUE"></TD>'
        "</TR></TABLE></TD>"
    )


def _flows() -> list[str]:
    number = f'<TD BGCOLOR="{st.FLOW_COLOUR}"><FONT COLOR="#ffffff"><B> n </B></FONT></TD>'
    return [
        _item(_line(st.CROSSING_COLOUR, 4), "crosses a trust boundary"),
        _item(_line(st.FLOW_COLOUR, 1), "stays inside one"),
        _item(number, "flow number"),
    ]


def _badges(view: View) -> list[str]:
    swatches = [(sev.value.upper(), st.SEVERITY[sev]) for sev in sorted(Severity, reverse=True)]
    if view.options.show_mitigated:
        swatches.append(("MITIGATED", st.MITIGATED))
    cells = "".join(
        f'<TD BGCOLOR="{c.fill}"><FONT COLOR="{c.text}"><B> {name} </B></FONT></TD>'
        for name, c in swatches
    )
    strip = (
        '<TR><TD COLSPAN="2" ALIGN="LEFT"><TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" '
        f'CELLPADDING="1"><TR>{cells}</TR></TABLE></TD></TR>'
    )
    return [
        strip,
        '<TR><TD COLSPAN="2" ALIGN="LEFT">open findings, most severe on top</TD></TR>',
        '<TR><TD COLSPAN="2" ALIGN="LEFT">#n: the finding\'s number in the report</TD></TR>',
    ]


def key_table(view: View) -> str:
    """The key as an HTML-like table, ready to be a cell of the title."""
    cells = [_section("Trust boundaries", _boundaries(view)), _section("Flows", _flows())]
    if view.options.threats and view.analysed:
        cells.append(_section("Finding badges", _badges(view)))
    return (
        '<TABLE BORDER="1" COLOR="#bdbdbd" STYLE="rounded" CELLBORDER="0" CELLSPACING="6" '
        f'CELLPADDING="0"><TR>{"".join(cells)}</TR></TABLE>'
    )
