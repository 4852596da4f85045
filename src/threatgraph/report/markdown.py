"""The threat-model report as Markdown (GitHub-flavoured: tables, fenced code).

>>> from threatgraph.report.markdown import md_escape
>>> md_escape("a|b *c* <script>")
'a\\\\|b \\\\*c\\\\* &lt;script&gt;'

Every string that comes from the model, the catalogue or a register goes
through :func:`md_escape`, so a name with ``|``, backticks, brackets or HTML
cannot break a table, start a link or inject markup.
"""

from __future__ import annotations

import io
import re
import types
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, TextIO

import threatgraph.report._common as c
from threatgraph._gc import collector_paused
from threatgraph.errors import RenderError
from threatgraph.findings import Finding, Report, require_report
from threatgraph.report._matrix import matrix_markdown
from threatgraph.taxonomy import reference_name, reference_url

if TYPE_CHECKING:
    from threatgraph.register import Register
    from threatgraph.system import System

__all__ = ["md_escape", "to_markdown", "write_markdown"]

_LINE_BREAKS = re.compile(r"\r\n|[\r\n\v\f\x85\u2028\u2029]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_SPECIAL = re.compile(r"([\\`*_\[\]#|~!{}])")
# any character that one of the substitutions in md_escape would change (a colon only
# before ``//``: the word joiner goes there, and nothing else touches a colon)
_NEEDS_ESCAPE = re.compile(
    r"[\x00-\x08\x0a-\x1f\x7f\x85\u2028\u2029&<>\\`*_\[\]#|~!{}@"
    r"\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]|:(?=//)|(?i:www\.)"
)
# Unicode bidirectional controls, shown as visible text (\u202e): raw or as character
# references, they would reorder the text after them once displayed (a name ending in
# U+202E shows the finding id that follows reversed)
_BIDI = types.MappingProxyType(
    {
        cp: f"\\u{cp:04x}"
        for cp in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }
)
# what GitHub makes live in text: an @mention (or an e-mail address), a URL, a www.
# address, an issue reference (the # is escaped by then); a word joiner inside each
# stops it, and shows nothing
_LIVE = re.compile(r"@|:(?=//)|(?i:www)(?=\.)|\\#(?=\w)")
_JOINER = "\u2060"
# what opens a block when it starts a line: a list item (``-``, ``+``, ``1.``, ``1)``),
# a setext underline (``=``, ``-``) or an indented code block (leading blanks)
_LEADING = re.compile(r"[-+](?=[ \t]|$)|[-=]+[ \t]*$|\d{1,9}[.)](?=[ \t]|$)|[ \t]")


def md_escape(text: object) -> str:
    """Make ``text`` inert inline Markdown that is safe inside a table cell.

    Line breaks become spaces; ``&``, ``<`` and ``>`` become entities; every
    other character with a meaning in Markdown (``\\ ` * _ [ ] # | ~ ! { }``)
    is backslash-escaped, and so is a leading list or underline marker (``-``,
    ``+``, ``=``, ``1.``); a leading blank becomes an entity. What GitHub would
    make live (``@everyone`` and other mentions, e-mail addresses, ``https://`` and
    ``www.`` links, ``#123`` references) gets an invisible word joiner (U+2060) where
    GitHub would recognise it (after ``@``, ``:``, ``www`` and ``#``), so a name in a
    pull-request comment pings no one and links nowhere. Unicode bidirectional
    controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) are shown as
    visible text such as ``\\u202e``: a character reference would be turned back into
    the control when the page is displayed.
    """
    s = str(text)
    if s.replace(" ", "").isalnum() and s[0] != " ":
        return s  # letters, digits and inner spaces: nothing to escape (the common case)
    return _escape(s)


def _escape(s: str) -> str:
    """:func:`md_escape` without the shortcut for plain words."""
    if _NEEDS_ESCAPE.search(s) is None and _LEADING.match(s) is None:
        return s
    return _substituted(s)


def _substituted(s: str) -> str:
    """Every substitution of :func:`md_escape`, whether or not one applies."""
    s = _LINE_BREAKS.sub(" ", s)
    s = _CONTROL.sub("", s)
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    s = _SPECIAL.sub(r"\\\1", s)
    s = _inert_start(_LIVE.sub(lambda m: m.group(0) + _JOINER, s))
    return s if s.isascii() else s.translate(_BIDI)  # after _SPECIAL: its ``#`` stays


def _inert_start(s: str) -> str:
    """Escape what would open a block if ``s`` began a line (a name that starts a
    sentence does): ``- x`` would be a list item, ``1. x`` a numbered one."""
    m = _LEADING.match(s)
    if m is None:
        return s
    lead = m.group(0)
    if lead in " \t":
        return ("&#32;" if lead == " " else "&#9;") + s[1:]
    if lead[0] in "-+=":
        return "\\" + s
    return s[: len(lead) - 1] + "\\" + s[len(lead) - 1 :]  # 1. -> 1\.


def to_markdown(
    report: Report,
    *,
    group_by: str = "priority",
    register: Register | None = None,
    diagram: bool = True,
) -> str:
    """Render the report as Markdown.

    Args:
        report: the analysis result.
        group_by: ``priority`` (default), ``element``, ``stride`` or ``actor``:
            how section 5 groups the threats.
        register: the risk register that was applied, to show owner, expiry
            and ticket columns in section 9 (otherwise the status reason is shown).
        diagram: include a Mermaid diagram (when the Mermaid renderer is available).
    """
    require_report(report, "to_markdown()")
    buffer = io.StringIO()
    write_markdown(report, buffer, group_by=group_by, register=register, diagram=diagram)
    return buffer.getvalue()


@collector_paused
def write_markdown(
    report: Report,
    out: TextIO,
    *,
    group_by: str = "priority",
    register: Register | None = None,
    diagram: bool = True,
) -> None:
    """Write the Markdown report to ``out`` as it goes (the text of :func:`to_markdown`)."""
    report = require_report(report, "write_markdown()")
    grouping = c.check_group_by(group_by)
    w = _Writer(out)
    system = report.system
    w.line(f"# Threat model: {md_escape(system.name)}")
    if system.description:
        w.blank()
        w.line(md_escape(system.description))
    w.blank()
    _summary(w, report)
    _scope(w, report)
    _actors(w, report)
    _diagram(w, report, diagram)
    _threats(w, report, grouping)
    _phases(w, report)
    _layers(w, report)
    _requirements(w, report)
    _register(w, report, register)
    _appendix(w, report)
    w.close()


# --------------------------------------------------------------------------- writer


_FLUSH_LINES = 512
"""Lines gathered before one write to the stream: few calls, little held."""


class _Writer:
    """Lines written to ``out`` as they come. Blank lines are held back until the next
    line of text, so that runs of them collapse (:meth:`blank`) and the document ends
    with exactly one newline; the text is ``"\\n".join(lines) + "\\n"`` without the
    trailing blank lines."""

    def __init__(self, out: TextIO) -> None:
        self._out = out
        self._pending: list[str] = []  # lines not yet written (up to _FLUSH_LINES)
        self._started = False  # a line of text has been written
        self._blanks = 0  # blank lines held back
        self._last_blank = False

    def _emit(self, text: str) -> None:
        if text == "":
            self._blanks += 1
            self._last_blank = True
            return
        pending = self._pending
        if self._started:
            pending.append("\n" * (self._blanks + 1) + text)
        else:
            pending.append("\n" * self._blanks + text)
        if len(pending) >= _FLUSH_LINES:
            self._flush()
        self._started = True
        self._blanks = 0
        self._last_blank = False

    def _flush(self) -> None:
        """Hand the lines gathered so far to ``out`` in one write."""
        self._out.write("".join(self._pending))
        self._pending.clear()

    def line(self, text: str = "") -> None:
        self._emit(text)

    def blank(self) -> None:
        if (self._started or self._blanks) and not self._last_blank:
            self._emit("")

    def heading(self, level: int, text: str) -> None:
        self.blank()
        self._emit("#" * level + " " + text)
        self._emit("")

    def table(self, header: Sequence[str], rows: Iterable[Sequence[str]]) -> None:
        """Cells must already be escaped."""
        self.blank()
        self._emit("| " + " | ".join(header) + " |")
        self._emit("|" + "|".join("---" for _ in header) + "|")
        self._follow(map(_table_row, rows))
        self._emit("")

    def _follow(self, lines: Iterable[str]) -> None:
        """Lines that follow a line of text at once (no blank line held back), none of
        them empty: table rows. Appended without :meth:`_emit`'s bookkeeping."""
        pending = self._pending
        append = pending.append
        for line in lines:
            append("\n" + line)
            if len(pending) >= _FLUSH_LINES:
                self._flush()

    def field_table(self, rows: Iterable[tuple[str, str]]) -> None:
        """``table(["Field", "Value"], rows)`` for rows whose field names are not empty."""
        self.blank()
        self._emit("| Field | Value |")
        self._emit("|---|---|")
        self._follow(f"| {k} | {v or '—'} |" for k, v in rows)
        self._emit("")

    def bullets(self, items: Iterable[str]) -> None:
        for item in items:
            self._emit(f"- {item}")

    def close(self) -> None:
        """End the document: trailing blank lines are dropped, one newline ends it."""
        self._pending.append("\n")
        self._flush()


def _join(items: Iterable[str], escape: Callable[[str], str] = md_escape) -> str:
    """Escaped items, comma-separated; ``escape`` may be a memo's lookup for lists of
    names that repeat across rows."""
    return ", ".join(map(escape, items))


def _ref(ref: str) -> str:
    url = reference_url(ref)
    name = reference_name(ref)
    text = f"[{md_escape(ref)}]({url})" if url else md_escape(ref)
    return f"{text} {md_escape(name)}" if name else text


def _refs(refs: Sequence[str]) -> str:
    return "; ".join(_ref(r) for r in refs)


def _finding_link(f: Finding) -> str:
    return f"[#{f.number}](#{_anchor(f)})"


def _anchor(f: Finding) -> str:
    # GitHub derives heading anchors from the text; give each finding an explicit one
    return f"finding-{f.number}"


def _numbers(numbers: Iterable[int]) -> str:
    return ", ".join(f"[#{n}](#finding-{n})" for n in numbers)


# --------------------------------------------------------------------------- sections


def _summary(out: _Writer, report: Report) -> None:
    system = report.system
    out.heading(2, "1. Summary")
    frameworks = sorted(f.title for f in system.frameworks)
    items = [f"**Risk profile:** {md_escape(system.profile.value)}"]
    if frameworks:
        items.append(f"**Compliance frameworks:** {_join(frameworks)}")
    opened = report.open()
    items.append(f"**Findings:** {len(report.findings)} in total, {len(opened)} open")
    if report.errors:
        items.append(
            f"**Analysis incomplete:** {len(report.errors)} rule error(s); "
            "the findings below are not the whole story (see the appendix)"
        )
    out.bullets(items)
    out.table(
        ["Severity", "Open findings"],
        ([s.value, str(n)] for s, n in c.severity_counts(report)),
    )
    out.table(
        ["Status", "Findings"],
        ([s.value, str(n)] for s, n in c.status_counts(report)),
    )
    out.line("**Risk matrix** (open findings by likelihood and impact)")
    out.table(*matrix_markdown(report, md_escape))
    top = c.top_risks(report)
    out.line("**Top risks**")
    if top:
        out.table(
            ["#", "Severity", "Threat", "Target"],
            (
                [
                    _finding_link(f),
                    f.severity.value,
                    md_escape(f.title),
                    md_escape(c.target_label(report.system, f.target)),
                ]
                for f in top
            ),
        )
    else:
        out.blank()
        out.line("No open findings.")
    if report.notes:
        out.blank()
        out.line("**Notes**")
        out.blank()
        out.bullets(md_escape(n) for n in report.notes)


def _scope(out: _Writer, report: Report) -> None:
    system = report.system
    esc: c.Memo[str, str] = c.Memo(md_escape)  # kinds, boundaries, crossings repeat
    names = esc.__getitem__  # and so do element and control names across rows
    # and whole lists: the data a flow carries, the controls an element or flow holds
    lists: c.Memo[tuple[str, ...], str] = c.Memo(lambda items: _join(items, names))
    out.heading(2, "2. Scope")
    out.heading(3, "Elements")
    out.table(
        ["Element", "Kind", "Boundary", "Trust", "Controls"],
        (
            [
                md_escape(r.element.name),
                esc[r.element.kind],
                esc[r.boundary],
                r.trust.value,
                lists[r.controls],
            ]
            for r in c.element_rows(system)
        ),
    )
    out.heading(3, "Data assets")
    rows = c.data_rows(system)
    if rows:
        out.table(
            ["Data", "Sensitivity", "Stored or exchanged by"],
            ([md_escape(r.name), md_escape(r.sensitivity), _join(r.where, names)] for r in rows),
        )
    else:
        out.line("No data assets are declared.")
    out.heading(3, "Trust boundaries")
    brows = c.boundary_rows(system)
    if brows:
        out.table(
            ["Boundary", "Trust", "Inside", "Elements"],
            (
                [md_escape(r.name), r.trust.value, md_escape(r.parent), _join(r.elements, names)]
                for r in brows
            ),
        )
    else:
        out.line("No trust boundaries are declared.")
    out.heading(3, "Flows")
    frows = c.flow_rows(system)
    if frows:
        out.table(
            ["#", "Flow", "Data", "Protocol", "Controls", "Crosses"],
            (
                [
                    str(r.number),
                    md_escape(r.label),
                    lists[r.data],  # a datum moves along many flows
                    esc[r.flow.protocol or ""],
                    lists[r.controls],
                    esc[r.crossing],
                ]
                for r in frows
            ),
        )
    else:
        out.line("No flows are declared.")


def _actors(out: _Writer, report: Report) -> None:
    out.heading(2, "3. Threat actors in scope")
    rows = c.actor_rows(report)
    if not rows:
        out.line("No threat actors are in scope.")
        return
    names = c.Memo(md_escape).__getitem__  # each actor reaches many of the same elements
    # actors that enter in the same place reach the same elements: one text for them
    reached: c.Memo[tuple[str, ...], str] = c.Memo(lambda ns: _join(ns, names) or "nothing")
    out.table(
        ["Actor", "Capability", "Goals", "Enters through", "Can reach", "Open findings"],
        (
            [
                md_escape(r.actor.name),
                r.actor.capability.value,
                _join(r.goals),
                md_escape(r.entry),
                reached[r.reach],
                _numbers(r.findings),
            ]
            for r in rows
        ),
    )


def _diagram(out: _Writer, report: Report, enabled: bool) -> None:
    out.heading(2, "4. Diagram")
    try:
        text = _mermaid(report) if enabled else None
    except RenderError as exc:  # a model the diagram cannot show: the report still stands
        out.line(f"The diagram is not included: {md_escape(str(exc))}")
        return
    if text is None:
        out.line(
            "The diagram is not included here; draw it with threatgraph render TARGET --format svg."
        )
        return
    out.line("Flow numbers match the flows table; badges count the open findings.")
    out.blank()
    longest = max((len(m) for m in re.findall(r"`+", text)), default=0)
    fence = "`" * max(3, longest + 1)
    out.line(f"{fence}mermaid")
    for line in text.rstrip("\n").split("\n"):  # not splitlines(): only \n ends a line
        out.line(line)
    out.line(fence)


def _mermaid(report: Report) -> str | None:
    try:
        from threatgraph.render import mermaid
    except ImportError:
        return None
    fn = getattr(mermaid, "to_mermaid", None)
    if fn is None:
        return None
    text = fn(report)
    return text if isinstance(text, str) else None


def _threats(out: _Writer, report: Report, group_by: c.GroupBy) -> None:
    heading = {
        "priority": "5. Threats by priority",
        "element": "5. Threats by element",
        "stride": "5. Threats by STRIDE category",
        "actor": "5. Threats by threat actor",
    }[group_by]
    out.heading(2, heading)
    if not report.findings:
        out.line("No threats were found.")
        return
    text = _text(report.system)
    blocks: dict[tuple[object, ...], str] = {}  # the shared rows' text, per shared key
    seen: set[str] = set()
    for label, findings in c.group_findings(report, group_by):
        if label:
            out.heading(3, md_escape(label))
        for f in findings:
            if f.id in seen:
                out.bullets([f"{_finding_link(f)} {text.esc[f.title]} (see above)"])
                continue
            seen.add(f.id)
            _finding(out, text, blocks, f, level=4 if label else 3)


def _text(system: System) -> c.SharedText:
    """Escaped Markdown for what many findings share, built once per report."""
    return c.SharedText(system, md_escape, _join, _refs)


def _finding(
    out: _Writer,
    text: c.SharedText,
    blocks: dict[tuple[object, ...], str],
    f: Finding,
    *,
    level: int,
) -> None:
    esc = text.esc
    severity = f.severity.value
    status = esc[f.status.value]
    heading = f"{f.number}. {esc[f.title]} — {severity.upper()}"
    target = (
        f"**Target:** {text.target[f.target]}"
        f" · **Status:** {status}"
        f" · **ID:** {md_escape(f.id)} · **Rule:** {esc[f.rule]}"
    )
    explanation = md_escape(f.explanation)
    risk = (
        f"{severity} (before controls: {f.inherent_severity.value}); "
        f"likelihood {f.likelihood.label} × impact {f.impact.label} = {f.score}"
    )
    rows = text.own_rows(f)
    if f.status_reason:
        rows.append(("Why", esc[f.status_reason]))
    if f.location:
        rows.append(("Declared at", esc[f.location]))
    out.blank()
    if not explanation:  # an empty line counts as a blank one: line by line, as always
        out.line(f'<a id="{_anchor(f)}"></a>')
        out.heading(level, heading)
        out.line(target)
        out.blank()
        out.line(explanation)
        out.field_table([*text.shared_rows(f, risk, status), *rows])
        return
    # the same lines, in one piece: anchor, heading, target line, explanation and the
    # field table, each block after one blank line, and a blank line held after it;
    # the first rows' text is made once per distinct set of their values
    key = text.shared_key(f, risk, status)
    shared = blocks.get(key)
    if shared is None:
        shared = blocks[key] = _table_rows(text.shared_rows(f, risk, status))
    table = shared + _table_rows(rows)
    out.line(
        f'<a id="{_anchor(f)}"></a>\n\n{"#" * level} {heading}\n\n{target}\n\n'
        f"{explanation}\n\n| Field | Value |\n|---|---|{table}"
    )
    out.blank()


def _table_row(cells: Sequence[str]) -> str:
    """One table row; an empty cell shows as a dash."""
    if all(cells):  # the common case: no cell to replace
        return "| " + " | ".join(cells) + " |"
    return "| " + " | ".join([cell or "—" for cell in cells]) + " |"


def _table_rows(rows: list[tuple[str, str]]) -> str:
    """Field-table rows as :meth:`_Writer.field_table` writes them, each after a newline."""
    return "".join(f"\n| {k} | {v or '—'} |" for k, v in rows)


def _phases(out: _Writer, report: Report) -> None:
    out.heading(2, "6. By lifecycle phase")
    titles: c.Memo[str, str] = c.Memo(md_escape)
    for sec in c.phase_sections(report):
        out.heading(3, md_escape(sec.phase.title))
        risks = [
            f"{_finding_link(f)} {titles[f.title]} ({f.severity.value}, {f.status.value})"
            for f in sec.findings
        ]
        out.line(f"**Risks:** {'; '.join(risks) if risks else 'none found'}")
        out.blank()
        out.line(f"**Mitigations in place:** {_join(sec.present) or 'none counted'}")
        out.blank()
        out.line(f"**Mitigations missing:** {_join(sec.missing) or 'none'}")


def _layers(out: _Writer, report: Report) -> None:
    out.heading(2, "7. Design decisions by layer")
    names = c.Memo(md_escape).__getitem__  # where controls sit: the same names recur
    for sec in c.layer_sections(report):
        out.heading(3, md_escape(sec.title))
        if sec.in_place:
            out.line("**In place:**")
            out.blank()
            out.bullets(f"{md_escape(t)}: {_join(where, names)}" for t, where in sec.in_place)
        else:
            out.line("**In place:** nothing declared")
        out.blank()
        if sec.missing:
            out.line("**Recommended, missing:**")
            out.blank()
            out.bullets(f"{md_escape(t)}: would address {_numbers(n)}" for t, n in sec.missing)
        else:
            out.line("**Recommended, missing:** nothing for the open findings")


def _requirements(out: _Writer, report: Report) -> None:
    out.heading(2, "8. Profile requirements")
    if not report.requirements:
        out.line("The risk profile and frameworks add no requirements.")
        return
    out.table(
        ["Requirement", "Source", "Status", "Detail", "Lacking at", "Findings"],
        (
            [
                md_escape(r.title),
                md_escape(r.source),
                c.requirement_status(r, "**unmet**"),
                md_escape(r.detail),
                md_escape(", ".join(c.place_names(report.system, r.missing))),
                _join(r.findings),
            ]
            for r in report.requirements
        ),
    )


def _register(out: _Writer, report: Report, register: Register | None) -> None:
    out.heading(2, "9. Risk register")
    rows = c.register_rows(report, register)
    if rows:
        out.table(
            ["Finding", "Decision", "Owner", "Expires", "Ticket", "Reason"],
            (
                [
                    f"{_finding_link(r.finding)} {md_escape(r.finding.title)}",
                    md_escape(r.decision),
                    md_escape(r.owner),
                    md_escape(r.expires),
                    md_escape(r.ticket),
                    md_escape(r.reason),
                ]
                for r in rows
            ),
        )
    else:
        out.line("No accepted or false-positive findings.")
    if report.register_expired:
        out.blank()
        out.line("**Expired entries** (their findings are open again):")
        out.blank()
        items = []
        by_id = c.findings_by_id(report)
        for fid in report.register_expired:
            f = by_id.get(fid)
            label = f"{_finding_link(f)} {md_escape(f.title)}" if f else md_escape(fid)
            items.append(f"{md_escape(fid)}: {label}")
        out.bullets(items)
    if report.register_orphans:
        out.blank()
        out.line("**Orphaned entries** (no finding has their id; remove or update them):")
        out.blank()
        out.bullets(md_escape(fid) for fid in report.register_orphans)


def _appendix(out: _Writer, report: Report) -> None:
    from threatgraph._version import __version__

    out.heading(2, "10. Appendix")
    version = f" {md_escape(report.catalogue_version)}" if report.catalogue_version else ""
    out.bullets(
        [
            f"**Rule catalogue:** {md_escape(report.catalogue)}{version}",
            f"**Generated by:** threatgraph {md_escape(__version__)}",
        ]
    )
    if report.taxonomies:
        out.table(
            ["Taxonomy", "Version"],
            ([md_escape(k), md_escape(v)] for k, v in sorted(report.taxonomies.items())),
        )
    if report.errors:
        out.line("**Rule errors** (the analysis is incomplete):")
        out.blank()
        out.bullets(
            f"{md_escape(e.rule)} on {md_escape(e.target)}: {md_escape(e.error)}"
            for e in report.errors
        )
