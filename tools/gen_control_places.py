"""Measure where each built-in control counts, and write src/threatgraph/data/control_places.json.

A control counts on a kind of place (an element kind, or a flow) when declaring it there
changes some analysis: a finding's score, status or controls present, or a requirement's
status or evidence. For each control and each kind this script takes up to ``--sample``
held-out models of ``benchmarks/quality/fresh`` that have such a place, declares the
control on every place of that kind (``ThreatModel.add_controls``), analyses, and
compares with the model as written. The first change found is the evidence that the
control counts there; a kind where no sampled model changes is left out of the control's
list. Each run adds the kinds it sees to those the shipped file keeps (``--fresh``
starts over), where the built-in element and flow rules' own placements put each
control (the kinds a rule applies to, flows for its inbound and outbound placements),
and every kind of place the engine was seen gathering a rule's controls from, on every
held-out model (the sites a rule names for itself, which no placement says):
a sample can miss the rare design where a control counts, and saying a counted control
counts nowhere is the worse mistake. The file records the sample size
and, per control, the kinds it counts on.

``threatgraph`` reads the file to say, in ``threatgraph check`` and in a report's notes,
that a control is declared where no built-in rule counts it (``EncryptionAtRest`` on a
flow, ``Sandboxing`` on a person), which otherwise looks like a control in place.

    python tools/gen_control_places.py             # the shipped file (200 models per kind)
    python tools/gen_control_places.py --sample 20 --check   # compare with the shipped file
    python tools/gen_control_places.py --only circuit_breaker  # re-measure one control

Run it after changing where a rule looks for controls; tests/test_control_places.py
checks a small sample against the shipped file on every test run.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import runpy
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.control_places import FLOW, kind_of
from threatgraph.findings import Report
from threatgraph.load.target import load_target

ROOT = Path(__file__).resolve().parent.parent
FRESH = ROOT / "benchmarks" / "quality" / "fresh"
OUT = ROOT / "src" / "threatgraph" / "data" / "control_places.json"
SEED = 7


def controls() -> list[type[c.Control]]:
    """Every built-in control class, by name."""
    found = [
        k
        for k in vars(c).values()
        if isinstance(k, type) and issubclass(k, c.Control) and k is not c.Control
    ]
    return sorted(found, key=lambda k: k.__name__)


def load(path: Path) -> tg.ThreatModel:
    """The model a held-out file defines (what it prints is dropped)."""
    with contextlib.redirect_stdout(io.StringIO()):
        tm = runpy.run_path(str(path))["tm"]
    assert isinstance(tm, tg.ThreatModel), path
    return tm


def projection(report: Report) -> tuple[Any, ...]:
    """What declaring a control can change in a report."""
    found = sorted(
        (f.id, f.severity.value, f.status.value, tuple(f.controls_present)) for f in report.findings
    )
    required = sorted(
        (r.id, r.status, tuple(r.evidence), tuple(r.missing)) for r in report.requirements
    )
    return tuple(found), tuple(required)


def with_control(path: Path, kind: str, cls: type[c.Control]) -> tg.ThreatModel:
    """The model with ``cls`` declared on every place of ``kind``."""
    tm = load(path)
    places: Iterable[Any] = (
        list(tm._flows) if kind == FLOW else [e for e in tm._elements if kind_of(e) == kind]
    )
    for place in places:
        with contextlib.suppress(tg.ThreatGraphError):  # a flow id two flows share
            tm.add_controls(place if kind == FLOW else place.id, cls())
    return tm


def _kinds_of(classes: Iterable[type]) -> set[str]:
    """The element kinds (class names) these classes and their subclasses cover."""
    from threatgraph import elements

    kinds = [
        k
        for k in vars(elements).values()
        if isinstance(k, type) and issubclass(k, elements.Element) and k is not elements.Element
    ]
    return {k.__name__ for k in kinds if any(issubclass(k, c) for c in classes)}


def static_places() -> dict[str, set[str]]:
    """Where the built-in element and flow rules' own placements put their controls: an
    element rule on the kinds it applies to (``element``) and on flows (``inbound``,
    ``outbound``), anywhere upstream (``upstream``); a flow rule on flows and on their
    ends. Rules that name their own control sites may count controls elsewhere too,
    which only the measurement sees."""
    from threatgraph.rules import Catalogue
    from threatgraph.rules._core import ElementScope, FlowScope

    everything = _kinds_of([object]) | {FLOW}
    out: dict[str, set[str]] = {}
    for rule in Catalogue.default():
        where: set[str] = set()
        placement = set(rule.placement)
        if isinstance(rule.scope, ElementScope):
            if "element" in placement:
                where |= _kinds_of(rule.scope.kinds)
            if placement & {"inbound", "outbound"}:
                where.add(FLOW)
            if "upstream" in placement:
                where |= everything
        elif isinstance(rule.scope, FlowScope):
            if "flow" in placement:
                where.add(FLOW)
            if placement & {"source", "target"}:
                where |= everything
        for cls in (*rule.mitigations, *rule.supporting):
            out.setdefault(cls.key, set()).update(where)
    return out


def observed_sites(paths: list[Path]) -> dict[str, set[str]]:
    """Where the rules look for their controls on the held-out models: every place the
    engine gathers controls from for a finding (the sites a rule names, or its
    placement's) and for a requirement (its places and the sites they name), by the
    kind of place, for each control the rule declares. One analysis per model; a rule
    that names its own sites (the aggregation server of a federated finding on phones)
    is seen wherever it does on any model."""
    import threatgraph.analysis as engine

    run = engine._Run
    out: dict[str, set[str]] = {}
    current: list[Any] = []
    originals = (run._controls_found, run._classes_for, run._site_classes, run._requirement)

    def note(rule: Any, place: Any) -> None:
        for cls in (*rule.mitigations, *rule.supporting):
            out.setdefault(cls.key, set()).add(kind_of(place))

    def by_placement(self: Any, rule: Any, placements: Any, elements: Any, flows: Any) -> None:
        s = self.system
        for x in (*elements, *flows):
            note(rule, x)
        if set(placements) & {"inbound", "outbound"}:
            for e in elements:
                for f in (*s._in[e.id], *s._out[e.id]):
                    note(rule, f)
        if set(placements) & {"upstream", "model"}:
            for x in (*s.all_elements, *s.all_flows):
                note(rule, x)

    def site_classes(self: Any, sites: Any) -> Any:
        if current:
            for site in sites:
                for x in site if isinstance(site, tuple) else (site,):
                    note(current[-1], self._site(x))
        return originals[2](self, sites)

    def controls_found(
        self: Any, rule: Any, m: Any, plan: Any, target: Any, elements: Any, flows: Any
    ) -> Any:
        if m.control_sites is None:  # its placement's places (the engine may cache them)
            by_placement(self, rule, plan.placements, elements, flows)
        current.append(rule)
        try:
            return originals[0](self, rule, m, plan, target, elements, flows)
        finally:
            current.pop()

    def classes_for(self: Any, plan: Any, target: Any, elements: Any, flows: Any) -> Any:
        if current:  # a requirement's place
            by_placement(self, current[-1], plan.placements, elements, flows)
        return originals[1](self, plan, target, elements, flows)

    def requirement(self: Any, rule: Any, view: Any) -> Any:
        current.append(rule)
        try:
            return originals[3](self, rule, view)
        finally:
            current.pop()

    run._controls_found = controls_found  # type: ignore[method-assign]
    run._classes_for = classes_for  # type: ignore[method-assign]
    run._site_classes = site_classes  # type: ignore[method-assign]
    run._requirement = requirement  # type: ignore[method-assign]
    try:
        for path in paths:
            with contextlib.redirect_stdout(io.StringIO()):
                system = load_target(str(path))
            engine.analyze(system, workers=1)
    finally:
        (run._controls_found, run._classes_for, run._site_classes, run._requirement) = originals
    return out


def _reference_models() -> list[Path]:
    """The held-out models and the examples' models (``before.py``, ``after.py`` and the
    like): every model file the project keeps."""
    examples = [
        p
        for p in sorted((ROOT / "examples").glob("*/*.py"))
        if "tg.ThreatModel(" in p.read_text(encoding="utf-8") and p.name != "make_notebook.py"
    ]
    return [*sorted(FRESH.glob("*.py")), *examples]


def samples(paths: list[Path], size: int) -> dict[str, list[Path]]:
    """Up to ``size`` models per kind of place, in a fixed shuffled order."""
    out: dict[str, list[Path]] = {}
    for path in paths:
        tm = load(path)
        kinds = {kind_of(e) for e in tm._elements} | ({FLOW} if tm._flows else set())
        for k in kinds:
            got = out.setdefault(k, [])
            if len(got) < size:
                got.append(path)
    return out


def measure(size: int, only: Iterable[str] | None = None) -> dict[str, list[str]]:
    """For each control key, the kinds of place where declaring it changed an analysis."""
    paths = sorted(FRESH.glob("*.py"))
    random.Random(SEED).shuffle(paths)
    by_kind = samples(paths, size)
    wanted = set(only) if only else None
    base: dict[Path, tuple[Any, ...]] = {}
    out: dict[str, list[str]] = {}
    for cls in controls():
        if wanted is not None and cls.key not in wanted:
            continue
        counted = []
        for kind, models in sorted(by_kind.items()):
            for path in models:
                if path not in base:
                    base[path] = projection(load(path).analyze())
                if projection(with_control(path, kind, cls).analyze()) != base[path]:
                    counted.append(kind)
                    break
        out[cls.key] = counted
        print(f"{cls.key}: {', '.join(counted) or 'nowhere'}", file=sys.stderr)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sample", type=int, default=200, help="models per kind of place")
    parser.add_argument("--check", action="store_true", help="compare with the shipped file")
    parser.add_argument(
        "--only",
        metavar="KEY",
        action="append",
        help="measure only these control keys and update their entries in the shipped file",
    )
    parser.add_argument(
        "--fresh",
        action="store_true",
        help="start from nothing instead of adding to the shipped file's kinds",
    )
    parser.add_argument(
        "--no-observe",
        action="store_true",
        help="skip the pass that records where the engine gathers each rule's controls",
    )
    parser.add_argument(
        "--no-measure",
        action="store_true",
        help="only add where the rules' own placements put each control",
    )
    args = parser.parse_args(argv)
    places = {} if args.no_measure else measure(args.sample, only=args.only)
    if args.check:
        shipped = json.loads(OUT.read_text(encoding="utf-8"))["counts_on"]
        missing = {k: sorted(set(v) - set(shipped.get(k, []))) for k, v in places.items()}
        missing = {k: v for k, v in missing.items() if v}
        print(json.dumps(missing, indent=1))
        return 1 if missing else 0
    # a kind once seen counting stays (another sample may miss a rare design): a note
    # that a counted control counts nowhere is the worse mistake
    shipped = {} if args.fresh else json.loads(OUT.read_text(encoding="utf-8"))["counts_on"]
    merged = {k: sorted(set(shipped.get(k, [])) | set(v)) for k, v in places.items()}
    merged = {**{k: v for k, v in shipped.items() if k not in merged}, **merged}
    # and where the rules' own placements put each control, and where the engine was
    # seen gathering a rule's controls on every held-out model, measured or not
    looked = observed_sites(_reference_models()) if not args.no_observe else {}
    for source in (static_places(), looked):
        for key, kinds in source.items():
            merged[key] = sorted(set(merged.get(key, [])) | kinds)
    doc = {
        "about": "Where declaring each built-in control changed an analysis, measured by "
        "tools/gen_control_places.py (each run adds the kinds it sees to those kept)",
        "sample": args.sample,
        "counts_on": merged,
    }
    OUT.write_text(json.dumps(doc, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    print(f"wrote {OUT}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
