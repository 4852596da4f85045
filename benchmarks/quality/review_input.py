"""Write the input of an independent noise review for one model.

    .venv/bin/python -m benchmarks.quality.review_input MODEL [-o FILE]

``MODEL`` is a case id or case module name (``CS0020``,
``cs0020_bing_chat_data_pirate``) or anything ``threatgraph analyze`` accepts
(``examples/rag_assistant/before.py``). The output is Markdown holding only what
the reviewer may see: the architecture (elements with kind, boundary, trust and
declared attributes; boundaries; flows with data, sensitivity and protocol) and
the open findings. It names no rule and shows no rule logic, so that a reviewer
who has never seen the rules judges the findings on their merits. Rerun it after
every engine change and give the new file to a fresh reviewer.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

import attrs

import threatgraph as tg
from benchmarks.quality._cases import load_cases
from threatgraph.analysis import analyze
from threatgraph.controls import Control
from threatgraph.findings import Target
from threatgraph.load.target import load_target

_SKIP = {"name", "id", "description", "declared_at", "controls", "exclude", "tags"}


def load_system(spec: str) -> tg.System:
    """A case model (by id or module name) or a model file."""
    if not Path(spec.split(":")[0]).exists():
        cases = load_cases([spec])
        if len(cases) == 1:
            return cases[0].build().freeze()
        if cases:
            raise SystemExit(f"{spec!r} matches {len(cases)} cases; be more specific")
    return load_target(spec)


def _value(v: Any) -> str:
    if isinstance(v, (frozenset, set, tuple, list)):
        items = sorted(_value(x) for x in v)
        return "{" + ", ".join(items) + "}"
    if isinstance(v, tg.Data):
        return _data(v)
    return str(getattr(v, "value", v))


def _attributes(element: tg.Element) -> list[str]:
    out = []
    for a in attrs.fields(type(element)):
        if a.name in _SKIP:
            continue
        value = getattr(element, a.name)
        default = a.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()  # type: ignore[call-arg]
        if value == default:
            continue
        out.append(f"{a.name}={_value(value)}")
    if element.controls:
        out.append("controls=" + _value({_control(c) for c in element.controls}))
    return out


def _control(control: Control) -> str:
    """A control as declared: its key, and its parameters when the design gives any
    (``authentication (method: e-mail and password)``), since they are part of what the
    designers said."""
    params = control.params
    if not params:
        return control.key
    said = ", ".join(f"{k}: {_value(v)}" for k, v in sorted(params.items()))
    return f"{control.key} ({said})"


def _data(d: tg.Data) -> str:
    """A datum as the reviewer sees it: name, sensitivity, and what it is when declared."""
    facts = [d.sensitivity.value]
    if d.kind is not None:
        facts.append(f"kind={d.kind.value}")
    if d.format is not None:
        facts.append(f"format={d.format.value}")
    return f"{d.name} ({', '.join(facts)})"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _target(f: tg.Finding, system: tg.System) -> str:
    return _place(f.target, system)


def _place(t: Target, system: tg.System) -> str:
    if t.kind == "model":
        return "the system as a whole"
    if t.kind == "flow":
        flow = system.flow(t.ids[0])
        label = f" ({flow.label})" if flow.label else ""
        return (
            f"flow {system.element(flow.source).name} → {system.element(flow.target).name}{label}"
        )
    if t.kind == "path":
        return "path " + " → ".join(system.element(i).name for i in t.ids)
    return f"{system.element(t.ids[0]).name}"


def render(system: tg.System, report: tg.Report) -> str:
    lines: list[str] = [f"# Review input: {system.name}", ""]
    lines += [f"Risk profile: {system.profile.value}."]
    if system.frameworks:
        lines += ["Compliance frameworks: " + ", ".join(sorted(f.title for f in system.frameworks))]
    if system.description:
        lines += ["", system.description]
    lines += ["", "## Trust boundaries", "", "| boundary | trust | inside |", "| --- | --- | --- |"]
    for b in system.boundaries:
        parent = system.parent_of(b)
        inside = parent.name if parent else "-"
        lines.append(f"| {_cell(b.name)} | {b.trust.value} | {_cell(inside)} |")
    lines += ["", "## Elements", ""]
    lines += ["| element | kind | boundary (trust) | declared attributes | description |"]
    lines += ["| --- | --- | --- | --- | --- |"]
    for e in system.elements():
        b = system.boundary_of(e)
        where = f"{b.name} ({b.trust.value})" if b else "none (untrusted)"
        lines.append(
            f"| {_cell(e.name)} | {e.kind} | {_cell(where)} | "
            f"{_cell('; '.join(_attributes(e)))} | {_cell(e.description)} |"
        )
    lines += ["", "## Data flows", ""]
    lines += ["| # | from | to | data (sensitivity) | protocol | label | controls |"]
    lines += ["| --- | --- | --- | --- | --- | --- | --- |"]
    for n, f in enumerate(system.flows(), 1):
        data = ", ".join(_data(d) for d in f.data) or "-"
        ctl = ", ".join(sorted(_control(c) for c in f.controls)) or "-"
        lines.append(
            f"| {n} | {_cell(system.element(f.source).name)} | "
            f"{_cell(system.element(f.target).name)} | {_cell(data)} | "
            f"{f.protocol or 'not declared'} | {_cell(f.label or '')} | {ctl} |"
        )
    opened = report.open()
    lines += ["", f"## Open findings ({len(opened)})", ""]
    for i, f in enumerate(opened, 1):
        lines += [
            f"### F{i}. [{f.severity.value.upper()}] {f.title}",
            "",
            f"- on: {_target(f, system)}",
        ]
        if f.affected:
            lines.append("- also affects: " + "; ".join(_place(a, system) for a in f.affected))
        lines += [
            f"- says: {f.explanation}",
            f"- STRIDE: {f.stride_letters}; likelihood {f.likelihood.value}, impact {f.impact.value}",
        ]
        if f.basis:
            lines.append(f"- basis: {f.basis}")
        if f.references:
            lines.append(f"- tags: {', '.join(f.references)}")
        if f.controls_present:
            lines.append(f"- controls present: {', '.join(f.controls_present)}")
        if f.controls_missing:
            lines.append(f"- asks for: {', '.join(f.controls_missing)}")
        if f.controls_present and f.status_reason:
            # what the reports print as "Why": a finding with a control in place says
            # why it is still open
            lines.append(f"- still open because: {f.status_reason}")
        lines.append("")
    met = [r for r in report.requirements if r.met]
    if met:
        lines += ["## Requirements the tool reports as met", ""]
        for r in met:
            # the detail says what was checked ("all 3 high or critical threat(s) have
            # two"), the evidence where: both, as the reports give them
            why = "; ".join(x for x in (r.detail, "; ".join(r.evidence)) if x)
            lines.append(f"- {r.title}" + (f": {why}" if why else ""))
        lines.append("")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.quality.review_input")
    parser.add_argument("model", help="case id, case module, or model file")
    parser.add_argument("-o", "--output", help="write here instead of stdout")
    args = parser.parse_args(argv)
    system = load_system(args.model)
    text = render(system, analyze(system))
    if args.output:
        Path(args.output).parent.mkdir(parents=True, exist_ok=True)
        Path(args.output).write_text(text + "\n", encoding="utf-8")
    else:
        sys.stdout.write(text + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
