"""The threat-model report as one self-contained HTML page.

The page has inline CSS, no scripts and no external resources (a
Content-Security-Policy in the page forbids them); the diagram is inline SVG
when Graphviz's ``dot`` is installed, and a note otherwise. Every string that
comes from the model, the catalogue or a register is escaped with
``html.escape(..., quote=True)``.
"""

from __future__ import annotations

import base64
import html
import re
import types
from collections.abc import Iterable, Sequence
from html.parser import HTMLParser
from typing import TYPE_CHECKING

import threatgraph.report._common as c
from threatgraph._gc import collector_paused
from threatgraph.errors import RenderError
from threatgraph.findings import Finding, Report, require_report
from threatgraph.render.palette import SEVERITY
from threatgraph.report._matrix import matrix_html
from threatgraph.taxonomy import reference_name, reference_url

if TYPE_CHECKING:
    from threatgraph.register import Register
    from threatgraph.system import System

__all__ = ["to_html"]

_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"

_CSS = """
:root { --fg: #1f2328; --muted: #59636e; --line: #d1d9e0; --bg-alt: #f6f8fa; }
* { box-sizing: border-box; }
body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
  color: var(--fg); margin: 0 auto; max-width: 72rem; padding: 1.5rem; }
h1 { font-size: 1.8rem; margin-top: 0; }
h2 { border-bottom: 1px solid var(--line); padding-bottom: .3rem; margin-top: 2.2rem; }
h3 { margin-top: 1.6rem; }
table { border-collapse: collapse; margin: .8rem 0; width: 100%; }
th, td { border: 1px solid var(--line); padding: .35rem .6rem; text-align: left;
  vertical-align: top; overflow-wrap: break-word; }
th { background: var(--bg-alt); }
nav ol { columns: 2; }
.muted { color: var(--muted); }
.sev { display: inline-block; border-radius: .3rem; padding: 0 .45rem; font-size: .8rem;
  font-weight: 600; text-transform: uppercase; color: #fff; background: #59636e; }
{severities}
.finding { border: 1px solid var(--line); border-radius: .4rem; padding: .2rem 1rem 1rem;
  margin: 1rem 0; }
.finding h3, .finding h4 { margin-top: .8rem; }
.diagram { overflow: auto; border: 1px solid var(--line); padding: .5rem; }
.diagram svg, .diagram img { max-width: 100%; height: auto; }
.warning { border-left: 4px solid #cf222e; padding: .4rem .8rem; background: #fff1f0; }
.matrix { margin: .8rem 0; } .matrix svg { max-width: 100%; height: auto; }
.matrix figcaption { color: var(--muted); font-size: .85rem; }
.matrix-cells { columns: 2; font-size: .9rem; }
@media print { nav { display: none; } .finding { break-inside: avoid; } }
""".strip().replace(
    "{severities}",
    # the diagram's badge colours: a severity looks the same in the picture and the text
    "\n".join(
        f".sev-{sev.value} {{ background: {c.fill}; color: {c.text}; }}"
        for sev, c in SEVERITY.items()
    ),
)

_SECTIONS = (
    ("summary", "Summary"),
    ("scope", "Scope"),
    ("actors", "Threat actors in scope"),
    ("diagram", "Diagram"),
    ("threats", "Threats"),
    ("phases", "By lifecycle phase"),
    ("layers", "Design decisions by layer"),
    ("requirements", "Profile requirements"),
    ("register", "Risk register"),
    ("appendix", "Appendix"),
)


# Characters that HTML forbids in a document (NUL and the other controls except
# whitespace, non-characters) and lone surrogates, which cannot be written as UTF-8.
_FORBIDDEN = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff]")


# any character that esc() would change: the forbidden ones and what html.escape replaces
_NEEDS_ESCAPE = re.compile(
    "[&<>\"'\x00-\x08\x0b\x0e-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff\ud800-\udfff"
    "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
# Unicode bidirectional controls, shown as visible text (\u202e): raw or as character
# references, a browser would apply them and reorder the text after them
_BIDI = types.MappingProxyType(
    {
        cp: f"\\u{cp:04x}"
        for cp in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }
)


def esc(text: object) -> str:
    """HTML-escape any value (quotes included), so it is safe in text and attributes.

    Characters that may not appear in an HTML document (NUL and other control
    characters, non-characters, lone surrogates) become U+FFFD, the replacement
    character, as browsers would show them. Unicode bidirectional controls
    (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) are shown as visible text
    such as ``\\u202e``: a character reference would be turned back into the control
    when the page is displayed.
    """
    s = str(text)
    if _NEEDS_ESCAPE.search(s) is None:
        return s
    s = html.escape(_FORBIDDEN.sub("\ufffd", s), quote=True)
    return s if s.isascii() else s.translate(_BIDI)


@collector_paused
def to_html(
    report: Report,
    *,
    group_by: str = "priority",
    register: Register | None = None,
    diagram: bool = True,
) -> str:
    """Render the report as a self-contained HTML page.

    Args:
        report: the analysis result.
        group_by: ``priority`` (default), ``element``, ``stride`` or ``actor``.
        register: the risk register that was applied (adds owner, expiry and
            ticket to the register section).
        diagram: include the annotated diagram as inline SVG (needs Graphviz's
            ``dot``; without it the page says how to get it).
    """
    report = require_report(report, "to_html()")
    grouping = c.check_group_by(group_by)
    system = report.system
    parts: list[str] = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f'<meta http-equiv="Content-Security-Policy" content="{esc(_CSP)}">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>Threat model: {esc(system.name)}</title>",
        f"<style>\n{_CSS}\n</style>",
        "</head>",
        "<body>",
        "<header>",
        f"<h1>Threat model: {esc(system.name)}</h1>",
    ]
    if system.description:
        parts.append(f'<p class="muted">{esc(system.description)}</p>')
    parts.append("</header>")
    parts.append(_nav())
    parts.append("<main>")
    parts.extend(_summary(report))
    parts.extend(_scope(report))
    parts.extend(_actors(report))
    parts.extend(_diagram(report, diagram))
    parts.extend(_threats(report, grouping))
    parts.extend(_phases(report))
    parts.extend(_layers(report))
    parts.extend(_requirements(report))
    parts.extend(_register(report, register))
    parts.extend(_appendix(report))
    parts.extend(["</main>", "</body>", "</html>"])
    return "\n".join(parts) + "\n"


# --------------------------------------------------------------------------- helpers


def _nav() -> str:
    items = "".join(f'<li><a href="#{sid}">{esc(title)}</a></li>' for sid, title in _SECTIONS)
    return f'<nav aria-label="Contents"><ol>{items}</ol></nav>'


def _section(sid: str, number: int, title: str) -> str:
    return f'<section id="{sid}">\n<h2>{number}. {esc(title)}</h2>'


def _table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> str:
    """Header cells are escaped here; row cells must already be HTML."""
    head = "".join(f"<th>{esc(h)}</th>" for h in header)
    body = "\n".join(
        "<tr>" + "".join(f"<td>{cell or '—'}</td>" for cell in row) + "</tr>" for row in rows
    )
    return f"<table>\n<thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody>\n</table>"


def _join(items: Iterable[str]) -> str:
    return ", ".join(esc(i) for i in items)


def _sev(severity: str) -> str:
    # severity values come from the Severity enum, never from user text
    return f'<span class="sev sev-{esc(severity)}">{esc(severity)}</span>'


def _ref(ref: str) -> str:
    url = reference_url(ref)
    name = reference_name(ref)
    text = f'<a href="{esc(url)}">{esc(ref)}</a>' if url else esc(ref)
    return f"{text} {esc(name)}" if name else text


def _refs(refs: Sequence[str]) -> str:
    return "<br>".join(_ref(r) for r in refs)


def _finding_link(f: Finding) -> str:
    return f'<a href="#finding-{f.number}">#{f.number}</a>'


def _numbers(numbers: Iterable[int]) -> str:
    return ", ".join(f'<a href="#finding-{n}">#{n}</a>' for n in numbers)


def _list(items: Iterable[str]) -> str:
    """Items must already be HTML."""
    body = "".join(f"<li>{i}</li>" for i in items)
    return f"<ul>{body}</ul>" if body else ""


# --------------------------------------------------------------------------- sections


def _summary(report: Report) -> list[str]:
    system = report.system
    out = [_section("summary", 1, "Summary")]
    items = [f"<strong>Risk profile:</strong> {esc(system.profile.value)}"]
    frameworks = sorted(f.title for f in system.frameworks)
    if frameworks:
        items.append(f"<strong>Compliance frameworks:</strong> {_join(frameworks)}")
    opened = report.open()
    items.append(f"<strong>Findings:</strong> {len(report.findings)} in total, {len(opened)} open")
    out.append(_list(items))
    if report.errors:
        out.append(
            f'<p class="warning"><strong>Analysis incomplete:</strong> {len(report.errors)} '
            "rule error(s); the findings below are not the whole story (see the appendix).</p>"
        )
    out.append(
        _table(
            ["Severity", "Open findings"],
            ([_sev(s.value), str(n)] for s, n in c.severity_counts(report)),
        )
    )
    out.append(
        _table(["Status", "Findings"], ([esc(s.value), str(n)] for s, n in c.status_counts(report)))
    )
    out.append("<h3>Risk matrix</h3>")
    out.extend(matrix_html(report, esc))
    out.append("<h3>Top risks</h3>")
    top = c.top_risks(report)
    if top:
        out.append(
            _table(
                ["#", "Severity", "Threat", "Target"],
                (
                    [
                        _finding_link(f),
                        _sev(f.severity.value),
                        esc(f.title),
                        esc(c.target_label(system, f.target)),
                    ]
                    for f in top
                ),
            )
        )
    else:
        out.append("<p>No open findings.</p>")
    if report.notes:
        out.append("<h3>Notes</h3>")
        out.append(_list(esc(n) for n in report.notes))
    out.append("</section>")
    return out


def _scope(report: Report) -> list[str]:
    system = report.system
    out = [_section("scope", 2, "Scope"), "<h3>Elements</h3>"]
    out.append(
        _table(
            ["Element", "Kind", "Boundary", "Trust", "Controls"],
            (
                [
                    esc(r.element.name),
                    esc(r.element.kind),
                    esc(r.boundary),
                    esc(r.trust.value),
                    _join(r.controls),
                ]
                for r in c.element_rows(system)
            ),
        )
    )
    out.append("<h3>Data assets</h3>")
    rows = c.data_rows(system)
    out.append(
        _table(
            ["Data", "Sensitivity", "Stored or exchanged by"],
            ([esc(r.name), esc(r.sensitivity), _join(r.where)] for r in rows),
        )
        if rows
        else "<p>No data assets are declared.</p>"
    )
    out.append("<h3>Trust boundaries</h3>")
    brows = c.boundary_rows(system)
    out.append(
        _table(
            ["Boundary", "Trust", "Inside", "Elements"],
            ([esc(r.name), esc(r.trust.value), esc(r.parent), _join(r.elements)] for r in brows),
        )
        if brows
        else "<p>No trust boundaries are declared.</p>"
    )
    out.append("<h3>Flows</h3>")
    frows = c.flow_rows(system)
    out.append(
        _table(
            ["#", "Flow", "Data", "Protocol", "Controls", "Crosses"],
            (
                [
                    str(r.number),
                    esc(r.label),
                    _join(r.data),
                    esc(r.flow.protocol or ""),
                    _join(r.controls),
                    esc(r.crossing),
                ]
                for r in frows
            ),
        )
        if frows
        else "<p>No flows are declared.</p>"
    )
    out.append("</section>")
    return out


def _actors(report: Report) -> list[str]:
    out = [_section("actors", 3, "Threat actors in scope")]
    rows = c.actor_rows(report)
    if rows:
        out.append(
            _table(
                ["Actor", "Capability", "Goals", "Enters through", "Can reach", "Open findings"],
                (
                    [
                        esc(r.actor.name),
                        esc(r.actor.capability.value),
                        _join(r.goals),
                        esc(r.entry),
                        _join(r.reach) or "nothing",
                        _numbers(r.findings),
                    ]
                    for r in rows
                ),
            )
        )
    else:
        out.append("<p>No threat actors are in scope.</p>")
    out.append("</section>")
    return out


def _diagram(report: Report, enabled: bool) -> list[str]:
    out = [_section("diagram", 4, "Diagram")]
    if not enabled:
        out.append(
            '<p class="muted">The diagram is not included; draw it with '
            "<code>threatgraph render TARGET --format svg</code>.</p>"
        )
    else:
        svg, problem = _svg(report)
        if svg is None:
            out.append(f'<p class="muted">The diagram is not included: {esc(problem)}</p>')
        elif _svg_is_safe(svg):
            out.append(f'<div class="diagram">\n{svg}\n</div>')
        else:  # an image cannot run anything; show it that way rather than inline
            data = base64.b64encode(svg.encode("utf-8")).decode("ascii")
            out.append(
                f'<div class="diagram"><img alt="Diagram of {esc(report.system.name)}" '
                f'src="data:image/svg+xml;base64,{data}"></div>'
            )
    out.append("</section>")
    return out


def _threats(report: Report, group_by: c.GroupBy) -> list[str]:
    title = {
        "priority": "Threats by priority",
        "element": "Threats by element",
        "stride": "Threats by STRIDE category",
        "actor": "Threats by threat actor",
    }[group_by]
    out = [_section("threats", 5, title)]
    if not report.findings:
        out.append("<p>No threats were found.</p>")
    text = _Text(report.system)
    seen: set[str] = set()
    for label, findings in c.group_findings(report, group_by):
        if label:
            out.append(f"<h3>{esc(label)}</h3>")
        for f in findings:
            if f.id in seen:
                out.append(f"<p>{_finding_link(f)} {text.esc[f.title]} (see above)</p>")
                continue
            seen.add(f.id)
            out.append(_finding(text, f, level=4 if label else 3))
    out.append("</section>")
    return out


class _Text(c.SharedText):
    """Escaped HTML for what many findings share, built once per report; plus the
    severity badges."""

    def __init__(self, system: System) -> None:
        super().__init__(system, esc, _join, _refs)
        self.sev: c.Memo[str, str] = c.Memo(_sev)


# the row headers of a finding's table, escaped once
_ROW_HEAD = types.MappingProxyType(
    {
        k: f"<tr><th>{esc(k)}</th><td>"
        for k in (
            "STRIDE",
            "Lifecycle phase",
            "Risk",
            "MITRE ATLAS",
            "OWASP",
            "CWE",
            "Threat actors who reach it",
            "Controls present",
            "Controls missing",
            "Status",
            "Also affects",
            "Inferred",
            "Why",
            "Declared at",
        )
    }
)


def _finding(text: _Text, f: Finding, *, level: int) -> str:
    e = text.esc
    severity = f.severity.value
    status = e[f.status.value]
    risk = (
        f"{text.sev[severity]} (before controls: {e[f.inherent_severity.value]}); "
        f"likelihood {e[f.likelihood.label]} × impact {e[f.impact.label]} = {f.score}"
    )
    rows = text.rows(f, risk, status)
    if f.status_reason:
        rows.append(("Why", esc(f.status_reason)))
    if f.location:
        rows.append(("Declared at", esc(f.location)))
    body = "\n".join(f"{_ROW_HEAD[k]}{v or '—'}</td></tr>" for k, v in rows)
    return (
        f'<article class="finding" id="finding-{f.number}">\n'
        f"<h{level}>{f.number}. {e[f.title]} {text.sev[severity]}</h{level}>\n"
        f'<p class="muted">{text.target[f.target]}'
        f" · {status} · {esc(f.id)} · rule {e[f.rule]}</p>\n"
        f"<p>{esc(f.explanation)}</p>\n"
        f"<table>\n<tbody>\n{body}\n</tbody>\n</table>\n"
        "</article>"
    )


def _phases(report: Report) -> list[str]:
    out = [_section("phases", 6, "By lifecycle phase")]
    for sec in c.phase_sections(report):
        out.append(f"<h3>{esc(sec.phase.title)}</h3>")
        risks = [
            f"{_finding_link(f)} {esc(f.title)} ({esc(f.severity.value)}, {esc(f.status.value)})"
            for f in sec.findings
        ]
        out.append(
            _list(
                [
                    "<strong>Risks:</strong> " + ("; ".join(risks) if risks else "none found"),
                    "<strong>Mitigations in place:</strong> "
                    + (_join(sec.present) or "none counted"),
                    "<strong>Mitigations missing:</strong> " + (_join(sec.missing) or "none"),
                ]
            )
        )
    out.append("</section>")
    return out


def _layers(report: Report) -> list[str]:
    out = [_section("layers", 7, "Design decisions by layer")]
    for sec in c.layer_sections(report):
        out.append(f"<h3>{esc(sec.title)}</h3>")
        placed = [f"{esc(t)}: {_join(where)}" for t, where in sec.in_place]
        missing = [f"{esc(t)}: would address {_numbers(n)}" for t, n in sec.missing]
        out.append(
            "<p><strong>In place:</strong>" + ("" if placed else " nothing declared") + "</p>"
        )
        out.append(_list(placed))
        out.append(
            "<p><strong>Recommended, missing:</strong>"
            + ("" if missing else " nothing for the open findings")
            + "</p>"
        )
        out.append(_list(missing))
    out.append("</section>")
    return out


def _requirements(report: Report) -> list[str]:
    out = [_section("requirements", 8, "Profile requirements")]
    if report.requirements:
        out.append(
            _table(
                ["Requirement", "Source", "Status", "Detail", "Lacking at", "Findings"],
                (
                    [
                        esc(r.title),
                        esc(r.source),
                        c.requirement_status(r, "<strong>unmet</strong>"),
                        esc(r.detail),
                        esc(", ".join(c.place_names(report.system, r.missing))),
                        _join(r.findings),
                    ]
                    for r in report.requirements
                ),
            )
        )
    else:
        out.append("<p>The risk profile and frameworks add no requirements.</p>")
    out.append("</section>")
    return out


def _register(report: Report, register: Register | None) -> list[str]:
    out = [_section("register", 9, "Risk register")]
    rows = c.register_rows(report, register)
    if rows:
        out.append(
            _table(
                ["Finding", "Decision", "Owner", "Expires", "Ticket", "Reason"],
                (
                    [
                        f"{_finding_link(r.finding)} {esc(r.finding.title)}",
                        esc(r.decision),
                        esc(r.owner),
                        esc(r.expires),
                        esc(r.ticket),
                        esc(r.reason),
                    ]
                    for r in rows
                ),
            )
        )
    else:
        out.append("<p>No accepted or false-positive findings.</p>")
    if report.register_expired:
        out.append("<h3>Expired entries</h3><p>Their findings are open again.</p>")
        items = []
        by_id = c.findings_by_id(report)
        for fid in report.register_expired:
            f = by_id.get(fid)
            label = f"{_finding_link(f)} {esc(f.title)}" if f else ""
            items.append(f"{esc(fid)} {label}".strip())
        out.append(_list(items))
    if report.register_orphans:
        out.append(
            "<h3>Orphaned entries</h3><p>No finding has their id; remove or update them.</p>"
        )
        out.append(_list(esc(fid) for fid in report.register_orphans))
    out.append("</section>")
    return out


def _appendix(report: Report) -> list[str]:
    from threatgraph._version import __version__

    out = [_section("appendix", 10, "Appendix")]
    version = f" {esc(report.catalogue_version)}" if report.catalogue_version else ""
    out.append(
        _list(
            [
                f"<strong>Rule catalogue:</strong> {esc(report.catalogue)}{version}",
                f"<strong>Generated by:</strong> threatgraph {esc(__version__)}",
            ]
        )
    )
    if report.taxonomies:
        out.append(
            _table(
                ["Taxonomy", "Version"],
                ([esc(k), esc(v)] for k, v in sorted(report.taxonomies.items())),
            )
        )
    if report.errors:
        out.append("<h3>Rule errors</h3><p>The analysis is incomplete.</p>")
        out.append(
            _list(f"{esc(e.rule)} on {esc(e.target)}: {esc(e.error)}" for e in report.errors)
        )
    out.append("</section>")
    return out


# --------------------------------------------------------------------------- diagram


def _svg(report: Report) -> tuple[str | None, str]:
    """The diagram as SVG markup ready to inline, or (None, why not)."""
    try:
        import threatgraph.render as _render
    except ImportError:  # pragma: no cover - the package always has render/
        return None, "the diagram renderer is not available."
    fn = getattr(_render, "render", None)
    if fn is None:
        return None, "the diagram renderer is not available in this version."
    try:
        data = fn(report, format="svg", finding_links=True)  # badges link to the findings
    except RenderError as exc:  # GraphvizNotFoundError included
        return None, str(exc)
    text = data.decode("utf-8") if isinstance(data, bytes) else str(data)
    start = text.find("<svg")
    if start < 0:
        return None, "the renderer returned no SVG."
    body = _COMMENT.sub("", text[start:]).strip()
    return body, ""


_COMMENT = re.compile(r"<!--.*?-->", re.S)

_SVG_TAGS = frozenset(
    {
        "svg",
        "g",
        "title",
        "desc",
        "path",
        "polygon",
        "polyline",
        "line",
        "rect",
        "circle",
        "ellipse",
        "text",
        "tspan",
        "a",
        "defs",
        "lineargradient",
        "radialgradient",
        "stop",
    }
)


class _SvgCheck(HTMLParser):
    """Walks SVG markup and notes anything that could run or load something."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ok = True

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _SVG_TAGS:
            self.ok = False
        for name, value in attrs:
            v = re.sub(r"\s+", "", (value or "")).lower()
            if name.startswith("on") or name in ("src", "action", "formaction"):
                self.ok = False
            if name in ("href", "xlink:href") and not v.startswith(("#", "https://", "http://")):
                self.ok = False
            if name == "style" and ("url(" in v or "expression(" in v or "javascript:" in v):
                self.ok = False

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_decl(self, decl: str) -> None:
        self.ok = False

    def handle_pi(self, data: str) -> None:
        self.ok = False

    def unknown_decl(self, data: str) -> None:
        self.ok = False


def _svg_is_safe(svg: str) -> bool:
    """True when the SVG has only drawing elements and no scripts, handlers or foreign links."""
    check = _SvgCheck()
    check.feed(svg)
    check.close()
    return check.ok
