"""What changed between two reports: findings and the model changes behind them.

>>> # d = diff_reports(old_report, new_report)
>>> # print(diff_text(d))

Findings are matched by their stable id. A finding is **new** when only the
new report has it, **resolved** when only the old one has it, and **changed**
when both have it with a different severity or status. Elements and flows are
matched by id: added, removed, or changed (with what changed: controls added
or removed, attributes, placement).
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from typing import Any

import attrs

import threatgraph.report._common as c
from threatgraph._jsontext import dumps_indented
from threatgraph.elements import Boundary, Element, Flow
from threatgraph.errors import InvalidTypeError, InvalidValueError
from threatgraph.findings import Finding, Report, require_report
from threatgraph.report.markdown import md_escape
from threatgraph.system import System
from threatgraph.vocab import Severity

__all__ = [
    "FindingChange",
    "ItemChange",
    "ReportDiff",
    "diff_json",
    "diff_markdown",
    "diff_reports",
    "diff_text",
    "diff_to_dict",
]


@attrs.frozen
class FindingChange:
    """A finding in both reports whose severity or status differs."""

    old: Finding
    new: Finding

    @property
    def changes(self) -> tuple[str, ...]:
        """``("severity high → medium", "status open → accepted")``."""
        out = []
        if self.old.severity is not self.new.severity:
            out.append(f"severity {self.old.severity.value} → {self.new.severity.value}")
        if self.old.status is not self.new.status:
            out.append(f"status {self.old.status.value} → {self.new.status.value}")
        return tuple(out)

    @property
    def worse(self) -> bool:
        """True when it is open now and was not, or is open and more severe than before."""
        if not self.new.is_open:
            return False
        return not self.old.is_open or self.new.severity > self.old.severity


@attrs.frozen
class ItemChange:
    """An element or flow in both models that differs."""

    id: str
    changes: tuple[str, ...]


@attrs.frozen
class ReportDiff:
    """The differences between an old and a new report."""

    old_label: str
    new_label: str
    new: tuple[Finding, ...]
    resolved: tuple[Finding, ...]
    changed: tuple[FindingChange, ...]
    elements_added: tuple[Element, ...]
    elements_removed: tuple[Element, ...]
    elements_changed: tuple[ItemChange, ...]
    flows_added: tuple[Flow, ...]
    flows_removed: tuple[Flow, ...]
    flows_changed: tuple[ItemChange, ...]
    old_system: System
    new_system: System

    @property
    def empty(self) -> bool:
        """True when nothing changed."""
        return not (
            self.new
            or self.resolved
            or self.changed
            or self.elements_added
            or self.elements_removed
            or self.elements_changed
            or self.flows_added
            or self.flows_removed
            or self.flows_changed
        )

    def worsened(self, threshold: Severity = Severity.INFO) -> list[Finding]:
        """Findings open in the new report at or above ``threshold`` that are new or got worse."""
        out = [f for f in self.new if f.is_open and f.severity >= threshold]
        out += [ch.new for ch in self.changed if ch.worse and ch.new.severity >= threshold]
        return sorted(out, key=Report.sort_key)


def diff_reports(
    old: Report, new: Report, *, old_label: str = "old", new_label: str = "new"
) -> ReportDiff:
    """Compare two reports (of two versions of a model).

    Findings are matched by id, so a report that lists one id twice is an
    InvalidValueError: one of the two would silently go unseen. Each side must be
    a Report (analyse a System or ThreatModel first); anything else is an
    InvalidTypeError naming it.
    """
    old = require_report(old, "diff_reports()", "old")
    new = require_report(new, "diff_reports()", "new")
    old_by_id = _by_id(old, old_label)
    new_by_id = _by_id(new, new_label)
    changed = tuple(
        FindingChange(old_by_id[f.id], f)
        for f in new.findings
        if f.id in old_by_id
        and (old_by_id[f.id].severity is not f.severity or old_by_id[f.id].status is not f.status)
    )
    os_, ns = old.system, new.system
    e_old = {e.id: e for e in os_.all_elements}
    e_new = {e.id: e for e in ns.all_elements}
    f_old = {f.id: f for f in os_.all_flows}
    f_new = {f.id: f for f in ns.all_flows}
    return ReportDiff(
        old_label=old_label,
        new_label=new_label,
        new=tuple(f for f in new.findings if f.id not in old_by_id),
        resolved=tuple(f for f in old.findings if f.id not in new_by_id),
        changed=changed,
        elements_added=tuple(e for i, e in e_new.items() if i not in e_old),
        elements_removed=tuple(e for i, e in e_old.items() if i not in e_new),
        elements_changed=tuple(
            ItemChange(i, _element_changes(os_, ns, e_old[i], e))
            for i, e in e_new.items()
            if i in e_old and _element_changes(os_, ns, e_old[i], e)
        ),
        flows_added=tuple(f for i, f in f_new.items() if i not in f_old),
        flows_removed=tuple(f for i, f in f_old.items() if i not in f_new),
        flows_changed=tuple(
            ItemChange(i, _flow_changes(f_old[i], f))
            for i, f in f_new.items()
            if i in f_old and _flow_changes(f_old[i], f)
        ),
        old_system=os_,
        new_system=ns,
    )


def _by_id(report: Report, label: str) -> dict[str, Finding]:
    out: dict[str, Finding] = {}
    for f in report.findings:
        if f.id in out:
            raise InvalidValueError(
                f"report {label} lists finding {f.id} twice; a report lists each finding "
                "once (write it again with threatgraph analyze --format json)"
            )
        out[f.id] = f
    return out


# --------------------------------------------------------------------------- item changes


def _control_changes(old: Iterable[Any], new: Iterable[Any]) -> list[str]:
    old_keys = {c.key for c in old}
    new_keys = {c.key for c in new}
    out = [f"control added: {k}" for k in sorted(new_keys - old_keys)]
    out += [f"control removed: {k}" for k in sorted(old_keys - new_keys)]
    if not out and set(old) != set(new):
        out.append("control parameters changed")
    return out


def _boundary_name(b: Boundary | None) -> str:
    return b.name if b is not None else "(no boundary)"


def _same_kind(old: Element, new: Element) -> bool:
    """One kind by name: a custom kind defined in a model file is a new class each time the
    file is run, and diffing a file against itself must find nothing."""
    a, b = type(old), type(new)
    return a is b or (old.kind == new.kind and a.__qualname__ == b.__qualname__)


_SHOWN = 60
"""Longest value text a change line shows (longer values are cut with an ellipsis)."""


def _shown(value: object) -> str:
    """A field value as a change line shows it: an enum by its value, None as "none",
    text in quotes, cut to :data:`_SHOWN` characters."""
    if value is None:
        text = "none"
    elif isinstance(value, enum.Enum):
        text = str(value.value)
    elif isinstance(value, bool):
        text = "true" if value else "false"
    elif isinstance(value, (int, float, str)):
        text = repr(value)
    elif isinstance(getattr(value, "name", None), str):  # a datum, a control: its name
        text = repr(value.name)  # type: ignore[attr-defined]
    else:
        return ""
    return text if len(text) <= _SHOWN else text[: _SHOWN - 1] + "…"


def _field_change(name: str, old: object, new: object) -> str:
    """``autonomy autonomous → supervised``, ``tags: added pii; removed beta``, or
    ``NAME changed`` for values with no short form."""
    if isinstance(old, (set, frozenset)) and isinstance(new, (set, frozenset)):
        added = sorted(_shown(x) or "…" for x in new - old)
        removed = sorted(_shown(x) or "…" for x in old - new)
        parts = ([f"added {', '.join(added)}"] if added else []) + (
            [f"removed {', '.join(removed)}"] if removed else []
        )
        if parts and len(added) + len(removed) <= 6:
            return f"{name}: {'; '.join(parts)}"
        return f"{name} changed"
    before, after = _shown(old), _shown(new)
    if before and after:
        return f"{name} {before} → {after}"
    return f"{name} changed"


def _element_changes(os_: System, ns: System, old: Element, new: Element) -> tuple[str, ...]:
    out: list[str] = []
    same_kind = _same_kind(old, new)
    if not same_kind:
        out.append(f"kind {old.kind} → {new.kind}")
    ob, nb = os_.boundary_of(old), ns.boundary_of(new)
    if (ob.id if ob else None) != (nb.id if nb else None):
        out.append(f"moved from {_boundary_name(ob)} to {_boundary_name(nb)}")
    out += _control_changes(old.controls, new.controls)
    if same_kind:
        for field in attrs.fields(type(old)):
            if field.name in ("controls", "declared_at") or not field.eq:
                continue
            if getattr(old, field.name) != getattr(new, field.name):
                out.append(
                    _field_change(field.name, getattr(old, field.name), getattr(new, field.name))
                )
    return tuple(out)


def _flow_changes(old: Flow, new: Flow) -> tuple[str, ...]:
    out = _control_changes(old.controls, new.controls)
    for field in attrs.fields(Flow):
        if field.name in ("controls", "declared_at") or not field.eq:
            continue
        if getattr(old, field.name) != getattr(new, field.name):
            out.append(
                _field_change(field.name, getattr(old, field.name), getattr(new, field.name))
            )
    return tuple(out)


# --------------------------------------------------------------------------- output


def _finding_record(system: System, f: Finding) -> dict[str, Any]:
    return {
        "id": f.id,
        "rule": f.rule,
        "title": f.title,
        "severity": f.severity.value,
        "status": f.status.value,
        "target": f.target.key,
        "target_label": c.target_label(system, f.target),
    }


def diff_to_dict(d: ReportDiff) -> dict[str, Any]:
    """The diff as plain JSON-ready data."""
    _require_diff(d, "diff_to_dict()")
    return {
        "old": d.old_label,
        "new": d.new_label,
        "summary": {
            "new": len(d.new),
            "resolved": len(d.resolved),
            "changed": len(d.changed),
            "elements_added": len(d.elements_added),
            "elements_removed": len(d.elements_removed),
            "elements_changed": len(d.elements_changed),
            "flows_added": len(d.flows_added),
            "flows_removed": len(d.flows_removed),
            "flows_changed": len(d.flows_changed),
        },
        "findings": {
            "new": [_finding_record(d.new_system, f) for f in d.new],
            "resolved": [_finding_record(d.old_system, f) for f in d.resolved],
            "changed": [
                {
                    **_finding_record(d.new_system, ch.new),
                    "old_severity": ch.old.severity.value,
                    "old_status": ch.old.status.value,
                    "changes": list(ch.changes),
                }
                for ch in d.changed
            ],
        },
        "model": {
            "elements": {
                "added": [{"id": e.id, "name": e.name, "kind": e.kind} for e in d.elements_added],
                "removed": [
                    {"id": e.id, "name": e.name, "kind": e.kind} for e in d.elements_removed
                ],
                "changed": [{"id": x.id, "changes": list(x.changes)} for x in d.elements_changed],
            },
            "flows": {
                "added": [
                    {"id": f.id, "source": f.source, "target": f.target} for f in d.flows_added
                ],
                "removed": [
                    {"id": f.id, "source": f.source, "target": f.target} for f in d.flows_removed
                ],
                "changed": [{"id": x.id, "changes": list(x.changes)} for x in d.flows_changed],
            },
        },
    }


def _require_diff(d: object, owner: str) -> None:
    if not isinstance(d, ReportDiff):
        raise InvalidTypeError.for_field(
            "d",
            d,
            expected="a ReportDiff",
            owner=owner,
            hint="compare two reports first: diff_reports(old_report, new_report)",
        )


def diff_json(d: ReportDiff) -> str:
    """:func:`diff_to_dict` as JSON text (sorted keys, trailing newline)."""
    return dumps_indented(diff_to_dict(d), sort_keys=True, allow_nan=True) + "\n"


def clean(text: object) -> str:
    """One terminal line: control characters and line breaks become spaces; Unicode
    bidirectional controls become visible ``\\u202e`` text (raw, they would reorder the
    rest of the line)."""
    return "".join(
        " "
        if (ord(ch) < 32 or 127 <= ord(ch) < 160)
        else f"\\u{ord(ch):04x}"
        if ch in _BIDI
        else ch
        for ch in str(text)
    )


_BIDI = frozenset("\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")


def _line(mark: str, system: System, f: Finding, extra: str = "") -> str:
    target = c.target_label(system, f.target)
    tail = f" ({extra})" if extra else ""
    return (
        f"  {mark} {f.severity.value.upper():<8} {clean(f.title)} — {clean(target)}"
        f" [{f.id}, {f.status.value}]{tail}"
    )


def diff_text(d: ReportDiff) -> str:
    """A plain-text summary, one line per change."""
    _require_diff(d, "diff_text()")
    lines = [f"threatgraph diff: {clean(d.old_label)} → {clean(d.new_label)}"]
    if d.empty:
        lines.append("No changes.")
        return "\n".join(lines) + "\n"
    lines.append(
        f"Findings: {len(d.new)} new, {len(d.resolved)} resolved, {len(d.changed)} changed"
    )
    if d.new:
        lines.append("New:")
        lines += [_line("+", d.new_system, f) for f in d.new]
    if d.resolved:
        lines.append("Resolved:")
        lines += [_line("-", d.old_system, f) for f in d.resolved]
    if d.changed:
        lines.append("Changed:")
        lines += [_line("~", d.new_system, ch.new, "; ".join(ch.changes)) for ch in d.changed]
    lines.append(
        "Model: "
        f"elements {len(d.elements_added)} added, {len(d.elements_removed)} removed, "
        f"{len(d.elements_changed)} changed; "
        f"flows {len(d.flows_added)} added, {len(d.flows_removed)} removed, "
        f"{len(d.flows_changed)} changed"
    )
    lines += [f"  + element {clean(e.id)} ({e.kind}): {clean(e.name)}" for e in d.elements_added]
    lines += [f"  - element {clean(e.id)} ({e.kind}): {clean(e.name)}" for e in d.elements_removed]
    lines += [
        f"  ~ element {clean(x.id)}: {clean('; '.join(x.changes))}" for x in d.elements_changed
    ]
    lines += [f"  + flow {clean(f.id)}" for f in d.flows_added]
    lines += [f"  - flow {clean(f.id)}" for f in d.flows_removed]
    lines += [f"  ~ flow {clean(x.id)}: {clean('; '.join(x.changes))}" for x in d.flows_changed]
    return "\n".join(lines) + "\n"


def _md_table(header: Sequence[str], rows: Iterable[Sequence[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(cell or "—" for cell in row) + " |" for row in rows]
    return [*out, ""]


def _md_findings(system: System, findings: Iterable[Finding]) -> list[str]:
    return _md_table(
        ["Severity", "Threat", "Target", "Status", "ID"],
        (
            [
                f.severity.value,
                md_escape(f.title),
                md_escape(c.target_label(system, f.target)),
                f.status.value,
                md_escape(f.id),
            ]
            for f in findings
        ),
    )


def diff_markdown(d: ReportDiff) -> str:
    """The diff as Markdown, for a pull-request comment."""
    _require_diff(d, "diff_markdown()")
    out = [f"## Threat model changes: {md_escape(d.old_label)} → {md_escape(d.new_label)}", ""]
    if d.empty:
        out.append("No changes.")
        return "\n".join(out) + "\n"
    out += [
        f"**Findings:** {len(d.new)} new, {len(d.resolved)} resolved, {len(d.changed)} changed",
        "",
    ]
    if d.new:
        out += ["### New findings", "", *_md_findings(d.new_system, d.new)]
    if d.resolved:
        out += ["### Resolved findings", "", *_md_findings(d.old_system, d.resolved)]
    if d.changed:
        out += [
            "### Changed findings",
            "",
            *_md_table(
                ["Threat", "Target", "Change", "ID"],
                (
                    [
                        md_escape(ch.new.title),
                        md_escape(c.target_label(d.new_system, ch.new.target)),
                        md_escape("; ".join(ch.changes)),
                        md_escape(ch.new.id),
                    ]
                    for ch in d.changed
                ),
            ),
        ]
    rows: list[list[str]] = []
    rows += [["element added", md_escape(e.id), md_escape(e.name)] for e in d.elements_added]
    rows += [["element removed", md_escape(e.id), md_escape(e.name)] for e in d.elements_removed]
    rows += [
        ["element changed", md_escape(x.id), md_escape("; ".join(x.changes))]
        for x in d.elements_changed
    ]
    rows += [["flow added", md_escape(f.id), ""] for f in d.flows_added]
    rows += [["flow removed", md_escape(f.id), ""] for f in d.flows_removed]
    rows += [
        ["flow changed", md_escape(x.id), md_escape("; ".join(x.changes))] for x in d.flows_changed
    ]
    if rows:
        out += ["### Model changes", "", *_md_table(["Change", "ID", "Detail"], rows)]
    while out and out[-1] == "":
        out.pop()
    return "\n".join(out) + "\n"
