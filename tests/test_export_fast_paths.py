"""The hand-written fast paths of the exporters give what the generic code gives."""

from __future__ import annotations

from typing import Any

import attrs
from cattrs.gen import make_dict_unstructure_fn
from hypothesis import given, settings
from hypothesis import strategies as st

from _report_example import build_findings, build_report
from threatgraph.export.converter import make_converter
from threatgraph.findings import Finding, Target
from threatgraph.report import _common as common
from threatgraph.vocab import Impact, Likelihood, Phase, Severity, Status, Stride


def _generic(finding: Finding) -> dict[str, Any]:
    """What cattrs' generated function gives, plus the score (the converter's hook)."""
    conv = make_converter()
    out: dict[str, Any] = make_dict_unstructure_fn(Finding, conv)(finding)
    out["score"] = finding.score
    return out


def test_finding_hook_matches_the_generated_one_on_the_example() -> None:
    conv = make_converter()
    for f in build_findings():
        fast = conv.unstructure(f)
        assert fast == _generic(f)
        assert list(fast) == list(_generic(f))  # same key order too


_texts = st.text(max_size=8)
_findings = st.builds(
    Finding,
    id=_texts,
    rule=_texts,
    title=_texts,
    target=st.builds(
        Target,
        kind=st.sampled_from(["element", "flow", "path", "model"]),
        ids=st.lists(_texts, max_size=3).map(tuple),
    ),
    explanation=_texts,
    stride=st.lists(st.sampled_from(list(Stride)), max_size=3).map(tuple),
    phases=st.lists(st.sampled_from(list(Phase)), max_size=3).map(tuple),
    likelihood=st.sampled_from(list(Likelihood)),
    impact=st.sampled_from(list(Impact)),
    severity=st.sampled_from(list(Severity)),
    inherent_severity=st.sampled_from(list(Severity)),
    status=st.sampled_from(list(Status)),
    atlas=st.lists(_texts, max_size=2).map(tuple),
    owasp=st.lists(_texts, max_size=2).map(tuple),
    cwe=st.lists(_texts, max_size=2).map(tuple),
    controls_present=st.lists(_texts, max_size=2).map(tuple),
    controls_missing=st.lists(_texts, max_size=2).map(tuple),
    actors=st.lists(_texts, max_size=2).map(tuple),
    status_reason=st.none() | _texts,
    location=st.none() | _texts,
    number=st.integers(min_value=0, max_value=10_000),
    description=_texts,
)


@settings(max_examples=100)
@given(_findings)
def test_finding_hook_matches_the_generated_one(finding: Finding) -> None:
    assert make_converter().unstructure(finding) == _generic(finding)


def _group_by_scan(report: Any, group_by: common.GroupBy) -> list[tuple[str, list[Finding]]]:
    """The grouping as first written: a scan of the bucket for each finding."""
    system = report.system
    groups: dict[tuple[int, str], list[Finding]] = {}

    def add(key: tuple[int, str], f: Finding) -> None:
        bucket = groups.setdefault(key, [])
        if f not in bucket:
            bucket.append(f)

    for f in report.findings:
        if group_by == "element":
            ids: Any = f.target.ids
            if f.target.kind == "flow":
                flow = system.flow(f.target.ids[0])
                ids = (flow.source, flow.target)
            if f.target.kind == "model" or not ids:
                add((1, "The whole model"), f)
            for i in ids:
                add((0, f"{common.element_name(system, i)} ({system.element(i).kind})"), f)
        elif group_by == "stride":
            if not f.stride:
                add((99, "No STRIDE category"), f)
            for s in f.stride:
                add(("STRIDE".index(s.letter), common.stride_title(s)), f)
        else:
            if not f.actors:
                add((1, "No in-scope actor reaches it"), f)
            for name in common.actor_names(system, f.actors):
                add((0, name), f)
    return [(label, groups[(rank, label)]) for rank, label in sorted(groups)]


def test_grouping_keeps_one_of_equal_findings_like_a_scan_would() -> None:
    report = build_report()
    first = report.findings[0]
    twin = attrs.evolve(first)  # equal, not identical
    doubled = attrs.evolve(report, findings=(*report.findings, twin, first))
    for group_by in ("element", "stride", "actor"):
        got = common.group_findings(doubled, group_by)  # type: ignore[arg-type]
        expected = _group_by_scan(doubled, group_by)  # type: ignore[arg-type]
        assert [(label, [id(f) for f in fs]) for label, fs in got] == [
            (label, [id(f) for f in fs]) for label, fs in expected
        ]
