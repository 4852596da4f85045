"""Annotated Graphviz diagrams of a System or a Report.

The diagram is built as a :class:`graphviz.Digraph` object; the graphviz package
quotes identifiers and every piece of user text is escaped here before it is
placed in a label (HTML-like labels through :func:`html.escape`). DOT text needs
nothing but this package; SVG, PNG and PDF are piped through Graphviz's ``dot``
program and never written to a temporary file::

    >>> import threatgraph as tg
    >>> from threatgraph.render import to_dot
    >>> tm = tg.ThreatModel("demo")
    >>> with tm.boundary("Internet", trust="untrusted"):
    ...     user = tm.add(tg.Actor("Customer"))
    >>> with tm.boundary("VPC", trust="internal"):
    ...     api = tm.add(tg.Endpoint("Chat API"))
    >>> _ = tm.flow(user, api, tg.Data("Prompt"), protocol="https")
    >>> dot = to_dot(tm.freeze(), direction="TB", legend=False)
    >>> dot.splitlines()[0]
    'digraph threatgraph {'

What is drawn:

- trust boundaries as nested clusters, dashed and warm for untrusted and partner
  zones, solid and cool for internal and restricted ones, labelled with the
  trust level;
- elements with one shape per kind and their key facts;
- flows numbered as in the report (:meth:`System.number_of`), labelled with the
  data and protocol; flows that cross a boundary are thick and dark blue;
- on every element and flow with findings, a badge with the count, the highest
  severity (colour and word) and the finding numbers of the report.

:class:`DiagramOptions` selects a view: a minimum severity, one boundary, the
neighbourhood of one element, collapsed boundaries, one lifecycle phase, the
direction, and whether threats (and mitigated ones) are shown.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from typing import Any

import graphviz

import threatgraph.render._style as st
from threatgraph._gc import collector_paused
from threatgraph.errors import GraphvizNotFoundError, RenderError
from threatgraph.findings import Finding
from threatgraph.render._legend import key_table
from threatgraph.render._text import dot_attr, html_text, shorten, wrap
from threatgraph.render._view import Cluster, Edge, Node, NodeRef, View, build_view, coerce
from threatgraph.render.options import DiagramOptions, resolve_options
from threatgraph.vocab import Severity, Status

__all__ = [
    "node_name",
    "pipe",
    "to_digraph",
    "to_dot",
]

# --------------------------------------------------------------------------- public API


@collector_paused
def to_digraph(obj: Any, options: DiagramOptions | None = None, **kw: Any) -> graphviz.Digraph:
    """The annotated diagram of a System, Report or ThreatModel as a ``graphviz.Digraph``.

    Only a Report has findings, so pass ``tm.analyze()`` (or ``system.analyze()``)
    to see threat badges. Keyword arguments override fields of ``options``::

        to_digraph(report, min_severity="high", collapse={"production-vpc"})
    """
    system, report = coerce(obj)
    view = build_view(system, report, resolve_options(options, kw))
    return _draw(view)


@collector_paused
def to_dot(obj: Any, options: DiagramOptions | None = None, **kw: Any) -> str:
    """The diagram as DOT text; deterministic, and needs no Graphviz installation."""
    source: str = to_digraph(obj, options, **kw).source
    return source


def pipe(digraph: graphviz.Digraph, fmt: str) -> bytes:
    """Run ``dot -T<fmt>`` on a Digraph through a pipe; clear errors when it fails.

    The source goes in as one block (``subprocess.run(input=...)``), not line by line:
    when ``dot`` dies part-way, the write's broken pipe is then ignored, the process is
    waited for, and its exit status and message say what happened."""
    source = digraph.source.encode(digraph.encoding or "utf-8")
    try:
        data: bytes = graphviz.pipe(digraph.engine, fmt, source, quiet=True)
    except graphviz.ExecutableNotFound as exc:
        raise GraphvizNotFoundError(fmt) from exc
    except graphviz.CalledProcessError as exc:
        stderr = exc.stderr.decode("utf-8", "replace") if isinstance(exc.stderr, bytes) else ""
        said = f": {stderr.strip()}" if stderr.strip() else ""
        raise RenderError(f"Graphviz `dot -T{fmt}` failed (exit {exc.returncode}){said}") from exc
    except OSError as exc:  # dot died while it was being fed (BrokenPipeError), or could not start
        raise RenderError(
            f"Graphviz `dot -T{fmt}` failed: {exc.strerror or exc}; "
            "`threatgraph render --format dot` writes the DOT text without it"
        ) from exc
    return data


# --------------------------------------------------------------------------- naming

_SAFE_ID = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_.\-]*\Z")


def _safe(text: str) -> str:
    """``text`` when it is a plain id, else ``x~`` and a digest: ids are user text too.

    A plain id never contains ``~``, so no id kept as it is can equal another's digest
    (a boundary with the id ``xc7a3fa49418d1e67`` and one whose digest that is used to
    share one cluster)."""
    if _SAFE_ID.match(text) and len(text) <= 100:
        return text
    return "x~" + hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def node_name(ref: NodeRef) -> str:
    """The DOT node name: the element id, or ``b~<id>`` for a collapsed boundary.

    Ids that are not plain (colons would read as ports, quotes, backslashes,
    markup) are replaced by a digest prefixed with ``e~``; no element id that is
    kept as is contains ``~``, so names never collide.
    """
    kind, ident = ref
    safe = _safe(ident)
    if kind == "b":
        return f"b~{safe}"
    return ident if safe == ident else f"e~{safe}"


def _cluster_name(boundary_id: str) -> str:
    return f"cluster_{_safe(boundary_id)}"


# --------------------------------------------------------------------------- labels


def _lines(lines: Sequence[str], align: str = "CENTER") -> str:
    """Escaped lines joined by line breaks; never empty (Graphviz rejects ``<B></B>``)."""
    return f'<BR ALIGN="{align}"/>'.join(html_text(x) for x in lines) or " "


def _name_lines(name: str, ident: str, width: int, max_lines: int) -> list[str]:
    """The wrapped name; the id when the name has nothing printable."""
    return wrap(name, width, max_lines) or wrap(ident, width, max_lines) or ["?"]


def _numbers(findings: Sequence[Finding], per_line: int = 6, max_lines: int = 3) -> str:
    nums = [f"#{f.number}" for f in findings]
    limit = per_line * max_lines
    more = len(nums) - limit if len(nums) > limit else 0
    if more:
        nums = [*nums[: limit - 1], f"+{more + 1}"]
    rows = [" ".join(nums[i : i + per_line]) for i in range(0, len(nums), per_line)]
    return _lines(rows)


def _linked_numbers(findings: Sequence[Finding], per_line: int = 6, max_lines: int = 3) -> str:
    """The numbers as table cells, each a link to ``#finding-<n>`` with the title as tooltip."""
    limit = per_line * max_lines
    shown = list(findings) if len(findings) <= limit else list(findings[: limit - 1])
    cells = [
        f'<TD HREF="#finding-{f.number}" TITLE="{html_text(shorten(f.title, 90))}">#{f.number}</TD>'
        for f in shown
    ]
    if len(shown) < len(findings):
        cells.append(f"<TD>+{len(findings) - len(shown)}</TD>")
    rows = ["".join(cells[i : i + per_line]) for i in range(0, len(cells), per_line)]
    return (
        '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
        + "".join(f"<TR>{row}</TR>" for row in rows)
        + "</TABLE>"
    )


def _badge_row(
    name: str, colour: st.Colour, findings: Sequence[Finding], links: bool = False
) -> str:
    numbers = _linked_numbers(findings) if links else _numbers(findings)
    return (
        f'<TR><TD BGCOLOR="{colour.fill}" BORDER="1" COLOR="{colour.fill}" ALIGN="LEFT">'
        f'<FONT COLOR="{colour.text}"><B>{len(findings)} {name}</B></FONT></TD>'
        f'<TD BGCOLOR="#ffffff" BORDER="1" COLOR="{colour.fill}" ALIGN="LEFT">'
        f'<FONT COLOR="#212121">{numbers}</FONT></TD></TR>'
    )


def _badge(findings: Sequence[Finding], links: bool = False) -> str | None:
    """The badge table, or None when there is nothing to show.

    One row per severity, most severe on top (so the top colour is the highest
    severity), each with its count and finding numbers; mitigated findings, when
    shown, in a green row below.
    """
    opened = [f for f in findings if f.status is Status.OPEN]
    mitigated = [f for f in findings if f.status is Status.MITIGATED]
    rows = []
    for sev in st.SEVERITIES_DESC:
        group = [f for f in opened if f.severity is sev]
        if group:
            rows.append(_badge_row(sev.value.upper(), st.SEVERITY[sev], group, links))
    if mitigated:
        rows.append(_badge_row("MITIGATED", st.MITIGATED, mitigated, links))
    if not rows:
        return None
    return (
        '<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="2">'
        + "".join(rows)
        + "</TABLE>"
    )


def _finding_lines(findings: Sequence[Finding]) -> list[str]:
    out = []
    for f in findings:
        state = "" if f.status is Status.OPEN else f" ({f.status.value})"
        out.append(f"#{f.number} [{f.severity.value}] {shorten(f.title, 90)}{state}")
    return out


def _element_label(node: Node, links: bool = False) -> str:
    e = node.element
    assert e is not None
    name = _name_lines(e.name, e.id, 24, 3)
    rows = [f"<TR><TD><B>{_lines(name)}</B></TD></TR>"]
    facts = " · ".join(st.facts(e))
    if node.kind == "stub":
        where = node.boundary.label if node.boundary is not None else "no boundary"
        facts = f"{facts} · outside: {where}"
    fact_lines = wrap(facts, 30, 3)
    rows.append(
        f'<TR><TD><FONT POINT-SIZE="9" COLOR="#455a64">{_lines(fact_lines)}</FONT></TD></TR>'
    )
    badge = _badge(node.findings, links)
    if badge:
        rows.append(f"<TR><TD>{badge}</TD></TR>")
    if st.kind_style(e.kind).shape == "cylinder":
        # the cylinder's top cap grows with the node's height: keep the name below it
        height = 14 * len(name) + 12 * len(fact_lines) + 18 * _badge_rows(node.findings)
        rows.insert(0, f'<TR><TD HEIGHT="{round(height * 0.2)}"></TD></TR>')
    return _table(rows)


def _badge_rows(findings: Sequence[Finding]) -> int:
    severities = {f.severity for f in findings if f.status is Status.OPEN}
    mitigated = any(f.status is Status.MITIGATED for f in findings)
    return len(severities) + int(mitigated)


def _collapsed_label(node: Node, links: bool = False) -> str:
    b = node.boundary
    assert b is not None
    count = "1 element" if node.members == 1 else f"{node.members} elements"
    rows = [
        f"<TR><TD><B>{_lines(_name_lines(b.name, b.id, 24, 3))}</B></TD></TR>",
        f'<TR><TD><FONT POINT-SIZE="9" COLOR="#455a64">boundary · {html_text(b.trust.value)}'
        f" · {count}</FONT></TD></TR>",
    ]
    badge = _badge(node.findings, links)
    if badge:
        rows.append(f"<TR><TD>{badge}</TD></TR>")
    return _table(rows)


def _table(rows: Sequence[str], **attrs_: str) -> str:
    extra = "".join(f' {k.upper()}="{v}"' for k, v in sorted(attrs_.items()))
    return (
        f'<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1"{extra}>'
        + "".join(rows)
        + "</TABLE>>"
    )


def _flow_text(edge: Edge) -> list[str]:
    """Plain lines describing the flows' labels and data, wrapped, before escaping."""
    out: list[str] = []
    for line in st.flow_lines(edge.flows):
        out.extend(wrap(line, 30, 3))
    return out


def _edge_label(edge: Edge, colour: str, links: bool = False) -> str:
    numbers = ", ".join(str(n) for n in edge.numbers)
    text = _flow_text(edge)
    protocols = sorted({f.protocol for f in edge.flows if f.protocol})
    head = f'<TD BGCOLOR="{colour}"><FONT COLOR="#ffffff"><B> {html_text(numbers)} </B></FONT></TD>'
    first = html_text(text[0]) if text else ""
    rows = [f'<TR>{head}<TD ALIGN="LEFT">{first}</TD></TR>']
    rest = text[1:]
    if protocols:
        rest.append(shorten(", ".join(protocols), 30))
    for line in rest:
        italic = protocols and line is rest[-1]
        body = html_text(line) or " "
        if italic:
            body = f"<I>{body}</I>"
        rows.append(f'<TR><TD></TD><TD ALIGN="LEFT">{body}</TD></TR>')
    badge = _badge(edge.findings, links)
    if badge:
        rows.append(f'<TR><TD></TD><TD ALIGN="LEFT">{badge}</TD></TR>')
    return (
        '<<TABLE BORDER="0" CELLBORDER="0" CELLSPACING="0" CELLPADDING="1">'
        + "".join(rows)
        + "</TABLE>>"
    )


def _tooltip(lines: Iterable[str]) -> str:
    return dot_attr("\n".join(x for x in lines if x))


# --------------------------------------------------------------------------- drawing


def _draw(view: View) -> graphviz.Digraph:
    o = view.options
    g = graphviz.Digraph(
        name="threatgraph",
        graph_attr={
            "rankdir": o.direction,
            "fontname": st.FONT,
            "fontsize": "11",
            "labelloc": "t",
            "nodesep": "0.35",
            "ranksep": "0.6",
            # Graphviz's default ranking fails ("trouble in init_rank") on clustered
            # graphs of a few dozen elements with flows across nested boundaries
            # (measured with dot 2.43, Debian's: synthetic estates of 60 to 400
            # elements); the newer ranking lays the same graphs out.
            "newrank": "true",
            "pad": "0.3",
            "bgcolor": "white",
            "label": _title(view),
            "tooltip": dot_attr(view.system.name),
        },
        node_attr={
            "fontname": st.FONT,
            "fontsize": "11",
            "style": "filled",
            "fillcolor": "#ffffff",
            "color": "#263238",
            "penwidth": "1.2",
        },
        edge_attr={
            "fontname": st.FONT,
            "fontsize": "9",
            "arrowsize": "0.8",
        },
    )
    # Top to bottom, dot gives the labels of flows between clustered nodes the
    # same place (measured with dot 2.43 on the examples and the synthetic
    # estates): there each label is a node of its own, on its flow, in the
    # innermost boundary holding both ends, and nodes never overlap.
    labels = _label_clusters(view) if o.direction == "TB" else None
    for node in view.nodes_in(None):
        _add_node(g, view, node)
    for cluster in view.children(None):
        _add_cluster(g, view, cluster, labels)
    for edge in labels.get(None, ()) if labels else ():
        _add_flow_label(g, view, edge)
    stub_refs = {n.ref for n in view.nodes if n.kind == "stub"}
    for edge in view.edges:
        _add_edge(g, view, edge, stub_refs, labels is not None)
    return g


def _label_clusters(view: View) -> dict[str | None, list[Edge]]:
    """Edges by the innermost drawn cluster that holds both their ends (None: the top)."""
    where = {n.ref: n.cluster for n in view.nodes}
    parent = {c.boundary.id: c.parent for c in view.clusters}
    out: dict[str | None, list[Edge]] = {}
    for edge in view.edges:
        around: set[str] = set()
        cluster = where[edge.tail]
        while cluster is not None:
            around.add(cluster)
            cluster = parent[cluster]
        common = where[edge.head]
        while common is not None and common not in around:
            common = parent[common]
        out.setdefault(common, []).append(edge)
    return out


def _label_name(edge: Edge) -> str:
    """``flow~3``, or ``flow~3-7`` for merged flows: numbers are unique, and no kept id has ``~``."""
    return "flow~" + "-".join(str(n) for n in edge.numbers)


def _add_flow_label(g: graphviz.Digraph, view: View, edge: Edge) -> None:
    colour = st.CROSSING_COLOUR if edge.crossing else st.FLOW_COLOUR
    g.node(
        _label_name(edge),
        label=_edge_label(edge, colour, view.options.finding_links),
        shape="plain",
        style="solid",
        fontsize="9",
        fontcolor="#263238",
        tooltip=_edge_tooltip(view, edge),
    )


def _add_cluster(
    parent: graphviz.Digraph,
    view: View,
    cluster: Cluster,
    labels: dict[str | None, list[Edge]] | None = None,
) -> None:
    b = cluster.boundary
    s = st.TRUST[b.trust]
    label = _table(
        [
            f'<TR><TD ALIGN="LEFT"><B>{_lines(_name_lines(b.name, b.id, 32, 2), "LEFT")}</B>'
            "</TD></TR>",
            f'<TR><TD ALIGN="LEFT"><FONT POINT-SIZE="9" COLOR="{s.line}">'
            f"trust: {html_text(b.trust.value)}</FONT></TD></TR>",
        ]
    )
    with parent.subgraph(name=_cluster_name(b.id)) as sg:
        sg.attr(
            label=label,
            labeljust="l",
            style="dashed,rounded,filled" if s.dashed else "rounded,filled",
            color=s.line,
            fillcolor=s.fill,
            penwidth=s.penwidth,
            fontcolor="#212121",
            margin="14",
            tooltip=_tooltip([b.label, b.description]),
        )
        for node in view.nodes_in(b.id):
            _add_node(sg, view, node)
        for child in view.children(b.id):
            _add_cluster(sg, view, child, labels)
        for edge in labels.get(b.id, ()) if labels else ():
            _add_flow_label(sg, view, edge)


def _add_node(g: graphviz.Digraph, view: View, node: Node) -> None:
    name = node_name(node.ref)
    if node.kind == "collapsed":
        b = node.boundary
        assert b is not None
        s = st.TRUST[b.trust]
        g.node(
            name,
            label=_collapsed_label(node, view.options.finding_links),
            shape="box",
            style="dashed,rounded,filled" if s.dashed else "rounded,filled",
            color=s.line,
            fillcolor=s.fill,
            peripheries="2",
            penwidth="3" if node.focus else s.penwidth,
            tooltip=_tooltip(
                [
                    f"{b.label}: collapsed, {node.members} element(s)",
                    b.description,
                    *_finding_lines(node.findings),
                ]
            ),
        )
        return
    e = node.element
    assert e is not None
    ks = st.kind_style(e.kind)
    attrs_: dict[str, str] = {
        "shape": ks.shape,
        "margin": ks.margin,
    }
    if ks.peripheries != 1:
        attrs_["peripheries"] = str(ks.peripheries)
    if ks.style:
        attrs_["style"] = f"{ks.style},filled"
    if node.kind == "stub":
        attrs_.update(
            style=f"dashed,{ks.style + ',' if ks.style else ''}filled",
            color="#90a4ae",
            fillcolor="#f5f5f5",
            fontcolor="#607d8b",
        )
    if node.focus:
        attrs_.update(penwidth="3", fillcolor="#fffde7")
    controls = sorted(c.title for c in e.controls)
    boundary = view.system.boundary_of(e)
    g.node(
        name,
        label=_element_label(node, view.options.finding_links),
        tooltip=_tooltip(
            [
                f"{e.name} ({st.kind_label(e.kind)})",
                shorten(e.description, 300),
                f"boundary: {boundary.label}" if boundary else "boundary: none (untrusted)",
                ("controls: " + ", ".join(controls)) if controls else "controls: none",
                *_finding_lines(node.findings),
            ]
        ),
        **attrs_,
    )


def _add_edge(
    g: graphviz.Digraph, view: View, edge: Edge, stub_refs: set[NodeRef], label_node: bool
) -> None:
    to_stub = edge.tail in stub_refs or edge.head in stub_refs
    colour = st.CROSSING_COLOUR if edge.crossing else st.FLOW_COLOUR
    attrs_: dict[str, str] = {
        "color": colour,
        "fontcolor": "#263238",
        "penwidth": "2.6" if edge.crossing else "1.2",
    }
    if to_stub:
        attrs_["style"] = "dashed"
    tooltip = _edge_tooltip(view, edge)
    tail, head = node_name(edge.tail), node_name(edge.head)
    if label_node:  # the flow runs through its label: no arrowhead at the label
        g.edge(tail, _label_name(edge), arrowhead="none", tooltip=tooltip, **attrs_)
        g.edge(_label_name(edge), head, tooltip=tooltip, **attrs_)
        return
    label = _edge_label(edge, colour, view.options.finding_links)
    g.edge(tail, head, label=label, tooltip=tooltip, **attrs_)


def _edge_tooltip(view: View, edge: Edge) -> str:
    flows_desc = []
    for f in edge.flows:
        data = ", ".join(d.label for d in f.data) or "no data declared"
        proto = f" over {f.protocol}" if f.protocol else ""
        flows_desc.append(
            f"flow {view.system.number_of(f)}: "
            f"{view.system.element(f.source).name} → {view.system.element(f.target).name}: "
            f"{data}{proto}"
        )
        crossing = view.system.crossing(f)
        if crossing is not None:
            flows_desc.append(f"  crosses {crossing.label} ({crossing.direction.value})")
    return _tooltip([*flows_desc, *_finding_lines(edge.findings)])


def _title(view: View) -> str:
    o = view.options
    rows = [
        f'<TR><TD><FONT POINT-SIZE="16"><B>{_lines(wrap(view.system.name, 60, 2))}</B>'
        "</FONT></TD></TR>"
    ]
    rows.append(f'<TR><TD><FONT POINT-SIZE="10">{html_text(_summary(view))}</FONT></TD></TR>')
    parts = _describe(view)
    if parts:
        text = "view: " + " · ".join(shorten(p, 60) for p in parts)
        rows.append(
            f'<TR><TD><FONT POINT-SIZE="10" COLOR="#455a64">{_lines(wrap(text, 90, 3))}'
            "</FONT></TD></TR>"
        )
    if view.overview is not None:
        note = [line for part in view.overview.lines() for line in wrap(part, 100, 3)]
        rows.append(
            f'<TR><TD BGCOLOR="#fff8e1"><FONT POINT-SIZE="10">{_lines(note)}</FONT></TD></TR>'
        )
    badge = _badge(view.model_findings, o.finding_links)
    if badge:
        rows.append(
            '<TR><TD><TABLE BORDER="0" CELLSPACING="0" CELLPADDING="2"><TR>'
            '<TD><FONT POINT-SIZE="10">model-wide findings:</FONT></TD>'
            f"<TD>{badge}</TD></TR></TABLE></TD></TR>"
        )
    report = view.report
    if report is not None and report.errors and o.threats:
        n = len(report.errors)
        rows.append(
            '<TR><TD BGCOLOR="#b71c1c"><FONT COLOR="#ffffff" POINT-SIZE="10"><B>'
            f"analysis incomplete: {n} rule error{'s' if n != 1 else ''}; "
            "findings may be missing</B></FONT></TD></TR>"
        )
    if o.legend:
        rows.append(f'<TR><TD><FONT POINT-SIZE="9">{key_table(view)}</FONT></TD></TR>')
    return _table(rows)


def _describe(view: View) -> list[str]:
    """The parts of the view that differ from the whole model, for the title."""
    o = view.options
    system = view.system
    parts = []
    if o.boundary is not None:
        parts.append(f"boundary {system.boundary(o.boundary).name}")
    if o.focus is not None:
        hops = "1 hop" if o.hops == 1 else f"{o.hops} hops"
        parts.append(f"around {system.element(o.focus).name} ({hops})")
    if o.phase is not None:
        parts.append(f"phase: {o.phase.title}")
    if o.min_severity is not None:
        parts.append(f"severity {o.min_severity.value} and above")
    if o.collapse_all:
        parts.append("boundaries collapsed")
    elif o.collapse:
        names = ", ".join(system.boundary(b).name for b in sorted(o.collapse))
        parts.append(f"collapsed: {names}")
    return parts


def _summary(view: View) -> str:
    o = view.options
    if not o.threats:
        return "threats hidden"
    if view.report is None:
        return "threats not analysed: draw a Report (tm.analyze()) to see them"
    shown = view.findings()
    opened = [f for f in shown if f.status is Status.OPEN]
    mitigated = [f for f in shown if f.status is Status.MITIGATED]
    if not opened:
        text = "no open findings"
    else:
        counts = [
            f"{sum(1 for f in opened if f.severity is s)} {s.value}"
            for s in sorted(Severity, reverse=True)
            if any(f.severity is s for f in opened)
        ]
        plural = "s" if len(opened) != 1 else ""
        text = f"{len(opened)} open finding{plural}: " + ", ".join(counts)
    if o.min_severity is not None:
        text += f" (at or above {o.min_severity.value})"
    if o.show_mitigated:
        text += f"; {len(mitigated)} mitigated"
    if view.outside:
        text += f"; {view.outside} more outside this view"
    return text
