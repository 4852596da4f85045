"""Analyse the case models and score the findings against the case studies' steps.

A design-relevant step is **found** when a finding carries the step's technique
(the same id, its parent technique, or one of its sub-techniques) on one of the
step's expected targets. What a finding covers: its target element; a flow
target's id and both its ends; a path target's elements; and every place the
finding lists as affected. An expected flow id also counts through its two ends.
A technique raised somewhere else in the model is a miss.

Findings count whatever their status, except ``false-positive`` and
``not-applicable``: a threat the model mitigates was still identified.
"""

from __future__ import annotations

import statistics
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field

import threatgraph as tg
from benchmarks.quality._cases import Case, Step
from threatgraph.analysis import analyze

_NOT_FLAGGED = (tg.Status.FALSE_POSITIVE, tg.Status.NOT_APPLICABLE)


def technique_matches(carried: str, wanted: str) -> bool:
    """The same technique, its parent, or one of its sub-techniques."""
    return carried == wanted or wanted.startswith(carried + ".") or carried.startswith(wanted + ".")


def covered_ids(finding: tg.Finding, system: tg.System) -> frozenset[str]:
    """Every element or flow id a finding is about."""
    ids: set[str] = set()
    target = finding.target
    if target.kind == "flow":
        flow = system.flow(target.ids[0])
        ids.update((flow.id, flow.source, flow.target))
    elif target.kind in ("element", "path"):
        ids.update(target.ids)
    for extra in getattr(finding, "affected", ()):
        ids.update(_ids_of(extra, system))
    return frozenset(ids)


def _ids_of(item: object, system: tg.System) -> Iterable[str]:
    ids = getattr(item, "ids", None)
    if ids is None:
        return (str(item),)
    out = list(ids)
    if getattr(item, "kind", "") == "flow":
        flow = system.flow(ids[0])
        out += [flow.source, flow.target]
    return out


def expected_ids(targets: Iterable[str], system: tg.System) -> frozenset[str]:
    """Expected ids, with each flow's two ends added."""
    flows = {f.id: f for f in system.flows()}
    out: set[str] = set()
    for t in targets:
        out.add(t)
        if t in flows:
            out.update((flows[t].source, flows[t].target))
    return frozenset(out)


@dataclass
class StepResult:
    number: int
    technique: str
    technique_name: str
    expected: tuple[str, ...]
    found: bool
    found_by: list[str] = field(default_factory=list)
    """Finding ids that carry the technique on an expected target."""
    elsewhere: list[str] = field(default_factory=list)
    """Where the technique was raised instead, when it was not found (target keys)."""


@dataclass
class CaseResult:
    case_id: str
    name: str
    module: str
    llm: bool
    agent: bool
    elements: int
    flows: int
    findings: int
    open: int
    open_high: int
    """Open findings that are high or critical."""
    open_critical: int
    rule_errors: list[str]
    steps: list[StepResult]

    @property
    def found(self) -> int:
        return sum(s.found for s in self.steps)

    @property
    def expected(self) -> int:
        return len(self.steps)

    @property
    def open_per_element(self) -> float:
        return self.open / self.elements if self.elements else 0.0


def measure(case: Case, catalogue: tg.Catalogue | None = None) -> CaseResult:
    """Freeze and analyse one case model and score its findings."""
    system = case.build().freeze()
    report = analyze(system, catalogue=catalogue) if catalogue else analyze(system)
    flagged = [f for f in report.findings if f.status not in _NOT_FLAGGED]
    covers = {f.id: covered_ids(f, system) for f in flagged}
    steps = []
    for step in case.study.relevant:
        targets = case.expected[step.number]
        want = expected_ids(targets, system)
        carrying = [
            f for f in flagged if any(technique_matches(a, step.technique) for a in f.atlas)
        ]
        hits = [f.id for f in carrying if covers[f.id] & want]
        steps.append(
            StepResult(
                number=step.number,
                technique=step.technique,
                technique_name=step.technique_name,
                expected=targets,
                found=bool(hits),
                found_by=hits,
                elsewhere=[] if hits else sorted({f.target.key for f in carrying}),
            )
        )
    opened = report.open()
    return CaseResult(
        case_id=case.study.case_id,
        name=case.study.name,
        module=case.slug,
        llm=bool(system.elements(tg.LLM)),
        agent=bool(system.elements(tg.Agent)),
        elements=len(system.elements()),
        flows=len(system.flows()),
        findings=len(report.findings),
        open=len(opened),
        open_high=sum(1 for f in opened if f.severity >= tg.Severity.HIGH),
        open_critical=sum(1 for f in opened if f.severity is tg.Severity.CRITICAL),
        rule_errors=[str(e) for e in report.errors],
        steps=steps,
    )


@dataclass
class Summary:
    found: int
    expected: int
    recall_pct: float
    open: int
    open_high: int
    elements: int
    open_per_element_median: float
    open_per_element_pooled: float
    high_share_pct: float
    rule_errors: int

    def line(self) -> str:
        return (
            f"quality: recall {self.found}/{self.expected} ({self.recall_pct:.1f}%), "
            f"open findings per element {self.open_per_element_median:.2f}, "
            f"high+critical share {self.high_share_pct:.1f}%"
        )


def summarise(results: list[CaseResult]) -> Summary:
    found = sum(r.found for r in results)
    expected = sum(r.expected for r in results)
    opened = sum(r.open for r in results)
    high = sum(r.open_high for r in results)
    elements = sum(r.elements for r in results)
    return Summary(
        found=found,
        expected=expected,
        recall_pct=100.0 * found / expected if expected else 0.0,
        open=opened,
        open_high=high,
        elements=elements,
        open_per_element_median=(
            statistics.median(r.open_per_element for r in results) if results else 0.0
        ),
        open_per_element_pooled=opened / elements if elements else 0.0,
        high_share_pct=100.0 * high / opened if opened else 0.0,
        rule_errors=sum(len(r.rule_errors) for r in results),
    )


def as_json(results: list[CaseResult], summary: Summary, commit: str) -> dict[str, object]:
    cases = []
    for r in results:
        d = asdict(r)
        d.update(found=r.found, expected=r.expected, open_per_element=r.open_per_element)
        cases.append(d)
    return {"commit": commit, "summary": asdict(summary) | {"line": summary.line()}, "cases": cases}


def step_of(case: Case, number: int) -> Step:
    return next(s for s in case.study.steps if s.number == number)
