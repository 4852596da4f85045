"""Mermaid flowchart export: renders in GitHub Markdown, no Graphviz needed.

Boundaries are (nested) subgraphs styled by trust, elements get a bracket shape
per kind, flows are numbered as in the report and thick (``==>``) when they
cross a boundary, and elements and flows with findings are coloured through one
``classDef`` per severity. Every piece of user text is written inside a quoted
label with Mermaid entity codes (``#quot;``, ``#lt;``…) for the characters that
could end the label or start markup::

    >>> import threatgraph as tg
    >>> from threatgraph.render import to_mermaid
    >>> tm = tg.ThreatModel("demo")
    >>> a = tm.add(tg.Actor('Eve "the <b>admin</b>"'))
    >>> api = tm.add(tg.Endpoint("API"))
    >>> _ = tm.flow(a, api)
    >>> print(to_mermaid(tm.freeze(), legend=False).splitlines()[2])
      e_api[\\"<b>API</b><br/>inference endpoint"/]
"""

from __future__ import annotations

import hashlib
import re
from typing import Any

import threatgraph.render._style as st
from threatgraph._gc import collector_paused
from threatgraph.findings import Finding
from threatgraph.render._text import mermaid_text, shorten, wrap
from threatgraph.render._view import Cluster, Edge, Node, NodeRef, View, build_view, coerce
from threatgraph.render.options import DiagramOptions, resolve_options
from threatgraph.vocab import Severity, Status

__all__ = ["to_mermaid"]

_PLAIN = re.compile(r"[A-Za-z0-9_]+\Z")
_COLLAPSED = ('((("', '")))')
"""A collapsed boundary is a double circle, a shape no element kind uses."""


@collector_paused
def to_mermaid(obj: Any, options: DiagramOptions | None = None, **kw: Any) -> str:
    """The diagram as a Mermaid flowchart (text ending in a newline).

    Takes the same System, Report or ThreatModel and the same
    :class:`~threatgraph.render.options.DiagramOptions` as the Graphviz renderer.
    Put it in a Markdown file inside a ```` ```mermaid ```` block to render it on GitHub.
    """
    system, report = coerce(obj)
    view = build_view(system, report, resolve_options(options, kw))
    return _Writer(view).write()


def _severity_class(sev: Severity) -> str:
    return f"sev_{sev.value}"


def _numbers(findings: list[Finding], limit: int = 12) -> str:
    nums = " ".join(f"#{f.number}" for f in findings[:limit])
    if len(findings) > limit:
        nums += f" +{len(findings) - limit}"
    return nums


def _badge_text(findings: tuple[Finding, ...]) -> list[str]:
    """One line per severity, most severe first, then the mitigated ones."""
    lines = []
    opened = [f for f in findings if f.status is Status.OPEN]
    for sev in st.SEVERITIES_DESC:
        group = [f for f in opened if f.severity is sev]
        if group:
            lines.append(f"{len(group)} {sev.value.upper()}: {_numbers(group)}")
    mitigated = [f for f in findings if f.status is Status.MITIGATED]
    if mitigated:
        lines.append(f"{len(mitigated)} mitigated: {_numbers(mitigated)}")
    return lines


def _class_of(findings: tuple[Finding, ...]) -> str | None:
    opened = [f for f in findings if f.status is Status.OPEN]
    if opened:
        return _severity_class(max(f.severity for f in opened))
    if any(f.status is Status.MITIGATED for f in findings):
        return "mitigated"
    return None


class _Writer:
    """Writes one view; holds the id mapping for that view only."""

    def __init__(self, view: View) -> None:
        self.view = view
        self.lines: list[str] = []
        self.ids = self._make_ids()

    # ---------------------------------------------------------------- ids

    def _make_ids(self) -> dict[tuple[str, str], str]:
        """Mermaid ids: a prefix (``e_`` element, ``c_`` collapsed, ``b_`` boundary)
        and the id with ``-`` and ``.`` as ``_``; other ids, long ones and clashes
        get a digest, so ids are stable and never a Mermaid keyword."""
        keys: list[tuple[str, str]] = [
            ("e" if n.ref[0] == "e" else "c", n.ref[1]) for n in self.view.nodes
        ]
        keys += [("b", c.boundary.id) for c in self.view.clusters]
        base: dict[tuple[str, str], str] = {}
        for kind, ident in keys:
            candidate = ident.replace("-", "_").replace(".", "_")
            if not _PLAIN.match(candidate) or len(candidate) > 40:
                candidate = re.sub(r"[^A-Za-z0-9_]", "_", candidate)[:30] + "_" + _digest(ident)
            base[(kind, ident)] = f"{kind}_{candidate}"
        counts: dict[str, int] = {}
        for v in base.values():
            counts[v] = counts.get(v, 0) + 1
        # ids no other key shares are kept; each clash (in sorted order) gets a digest,
        # and another one while the result is taken: ``a-b``, ``a_b`` and ``a_b_d58c60``
        # stay three nodes
        out = {k: v for k, v in base.items() if counts[v] == 1}
        taken = set(out.values())
        for k in sorted(k for k in base if k not in out):
            candidate = f"{base[k]}_{_digest(k[0] + ':' + k[1])}"
            while candidate in taken:
                candidate = f"{candidate}_{_digest(candidate)}"
            out[k] = candidate
            taken.add(candidate)
        return {k: out[k] for k in base}

    def node_id(self, ref: NodeRef) -> str:
        kind = "e" if ref[0] == "e" else "c"
        return self.ids[(kind, ref[1])]

    # ---------------------------------------------------------------- output

    def write(self) -> str:
        v = self.view
        o = v.options
        self.lines.append(f"%% threatgraph: {mermaid_text(shorten(v.system.name, 100))}")
        self.lines.append(f"flowchart {o.direction}")
        for node in v.nodes_in(None):
            self._node(node, 1)
        for cluster in v.children(None):
            self._cluster(cluster, 1)
        links = self._edges()
        if o.legend:
            self._legend()
        self._styles(links)
        return "\n".join(self.lines) + "\n"

    def _cluster(self, cluster: Cluster, depth: int) -> None:
        b = cluster.boundary
        pad = "  " * depth
        sid = self.ids[("b", b.id)]
        label = _join(_name_lines(b.name, b.id, 32, 2))
        label += "<br/>trust: " + mermaid_text(b.trust.value)
        self.lines.append(f'{pad}subgraph {sid}["{label}"]')
        self.lines.append(f"{pad}  direction {self.view.options.direction}")
        for node in self.view.nodes_in(b.id):
            self._node(node, depth + 1)
        for child in self.view.children(b.id):
            self._cluster(child, depth + 1)
        self.lines.append(f"{pad}end")

    def _node(self, node: Node, depth: int) -> None:
        pad = "  " * depth
        nid = self.node_id(node.ref)
        if node.kind == "collapsed":
            b = node.boundary
            assert b is not None
            parts = ["<b>" + _join(_name_lines(b.name, b.id)) + "</b>"]
            count = "1 element" if node.members == 1 else f"{node.members} elements"
            parts.append(mermaid_text(f"collapsed boundary · {b.trust.value} · {count}"))
            open_, close = _COLLAPSED
        else:
            e = node.element
            assert e is not None
            parts = ["<b>" + _join(_name_lines(e.name, e.id)) + "</b>"]
            facts = " · ".join(st.facts(e))
            if node.kind == "stub":
                where = node.boundary.label if node.boundary is not None else "no boundary"
                facts += f" · outside: {where}"
            parts.append(_join(wrap(facts, 30, 3)))
            open_, close = st.kind_style(e.kind).mermaid
        parts.extend(mermaid_text(x) for x in _badge_text(node.findings))
        self.lines.append(f"{pad}{nid}{open_}{'<br/>'.join(parts)}{close}")

    def _edges(self) -> list[tuple[int, Edge]]:
        out = []
        for index, edge in enumerate(self.view.edges):
            text = [", ".join(str(n) for n in edge.numbers)]
            protocols = sorted({f.protocol for f in edge.flows if f.protocol})
            detail = " · ".join(
                x
                for x in (
                    *(shorten(line, 60) for line in st.flow_lines(edge.flows)),
                    shorten(", ".join(protocols), 30),
                )
                if x
            )
            if detail:
                text[0] += ". " + detail
            text.extend(_badge_text(edge.findings))
            label = "<br/>".join(mermaid_text(x) for x in text)
            arrow = "==>" if edge.crossing else "-->"
            self.lines.append(
                f'  {self.node_id(edge.tail)} {arrow}|"{label}"| {self.node_id(edge.head)}'
            )
            out.append((index, edge))
        return out

    def _legend(self) -> None:
        v = self.view
        items: list[tuple[str, str, tuple[str, str], str | None]] = []
        rect = ('["', '"]')
        kinds = [k for k in st.KIND_ORDER if k in v.kinds]
        kinds += [k for k in v.kinds if k not in st.KIND_ORDER]
        for kind in kinds:
            shape = st.kind_style(kind).mermaid
            items.append((f"legend_kind_{_digest(kind)}", st.kind_label(kind), shape, None))
        if any(n.kind == "collapsed" for n in v.nodes):
            items.append(("legend_collapsed", "collapsed boundary", _COLLAPSED, None))
        if v.options.threats and v.analysed:
            for sev in sorted(Severity, reverse=True):
                items.append((f"legend_{sev.value}", sev.value.upper(), rect, _severity_class(sev)))
            if v.options.show_mitigated:
                items.append(("legend_mitigated", "MITIGATED", rect, "mitigated"))
        items.append(("legend_crossing", "thick arrow: crosses a trust boundary", rect, None))
        items.append(("legend_numbers", "n: flow number, #n: finding number", rect, None))
        self.lines.append('  subgraph legend["Legend"]')
        self.lines.append(f"    direction {v.options.direction}")
        for nid, text, (open_, close), cls in items:
            suffix = f":::{cls}" if cls else ""
            self.lines.append(f"    {nid}{open_}{mermaid_text(text)}{close}{suffix}")
        self.lines.append("  end")
        self.lines.append("  style legend fill:#ffffff,stroke:#9e9e9e")

    def _styles(self, links: list[tuple[int, Edge]]) -> None:
        v = self.view
        for sev in sorted(Severity, reverse=True):
            c = st.SEVERITY[sev]
            self.lines.append(
                f"  classDef {_severity_class(sev)} fill:{c.fill},color:{c.text},"
                f"stroke:#212121,stroke-width:2px"
            )
        c = st.MITIGATED
        self.lines.append(
            f"  classDef mitigated fill:{c.fill},color:{c.text},stroke:#212121,stroke-width:2px"
        )
        self.lines.append(
            "  classDef stub fill:#f5f5f5,color:#607d8b,stroke:#90a4ae,stroke-dasharray:4 3"
        )
        by_class: dict[str, list[str]] = {}
        for node in v.nodes:
            cls = "stub" if node.kind == "stub" else _class_of(node.findings)
            if cls:
                by_class.setdefault(cls, []).append(self.node_id(node.ref))
        for cls in sorted(by_class):
            self.lines.append(f"  class {','.join(by_class[cls])} {cls}")
        for cluster in v.clusters:
            self.lines.append(
                f"  style {self.ids[('b', cluster.boundary.id)]} {_trust_css(cluster.boundary.trust)}"
            )
        for node in v.nodes:
            if node.kind == "collapsed" and node.boundary is not None and not node.findings:
                self.lines.append(
                    f"  style {self.node_id(node.ref)} {_trust_css(node.boundary.trust)}"
                )
        # link styles: crossing flows blue, flows with findings in their severity colour
        by_style: dict[str, list[str]] = {}
        for index, edge in links:
            opened = [f for f in edge.findings if f.status is Status.OPEN]
            width = "3px" if edge.crossing else "1.5px"
            if opened:
                colour = st.SEVERITY[max(f.severity for f in opened)].fill
            elif edge.crossing:
                colour = st.CROSSING_COLOUR
            else:
                colour = st.FLOW_COLOUR
            by_style.setdefault(f"stroke:{colour},stroke-width:{width}", []).append(str(index))
        for css in sorted(by_style):
            self.lines.append(f"  linkStyle {','.join(by_style[css])} {css}")


def _trust_css(trust: Any) -> str:
    s = st.TRUST[trust]
    css = f"fill:{s.fill},stroke:{s.line},stroke-width:{s.penwidth}px"
    if s.dashed:
        css += ",stroke-dasharray:6 4"
    return css


def _name_lines(name: str, ident: str, width: int = 24, max_lines: int = 3) -> list[str]:
    return wrap(name, width, max_lines) or wrap(ident, width, max_lines) or ["?"]


def _join(lines: list[str]) -> str:
    return "<br/>".join(mermaid_text(x) for x in lines)


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:6]
