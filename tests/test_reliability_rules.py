"""No silent failure: a crashing rule is an error that names the rule and the target, the
report says the analysis is incomplete, and the CLI exits non-zero; the catalogue never
skips an element kind it was meant to cover.

The engine tests (test_analysis.py) show one crashing element rule. Here: a crash in
every kind of rule and on every element kind, a crash half-way through a rule's
matches, a crashing scorer, the real ``threatgraph analyze`` (in process and as a
console script) with a catalogue that crashes, and the catalogue's indexes against a
brute-force scan over every kind and every pair of kinds.
"""

from __future__ import annotations

import itertools
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg
from threatgraph.analysis import analyze
from threatgraph.elements import KINDS, Element
from threatgraph.findings import Target
from threatgraph.rules import (
    Catalogue,
    ElementView,
    FlowView,
    GraphView,
    Match,
    on_element,
    on_flow,
    on_model,
    on_paths,
    rule,
)
from threatgraph.rules._core import ElementScope, FlowScope
from threatgraph.scoring import DefaultScorer, Score, ScoreInput

ROOT = Path(__file__).resolve().parents[1]


def every_kind_model() -> tg.System:
    """One element of every kind, with flows between them, across two boundaries."""
    tm = tg.ThreatModel("every kind")
    elements: list[Element] = []
    with tm.boundary("Internet", trust="untrusted"):
        elements.append(tm.add(tg.Actor("User")))
    with tm.boundary("VPC", trust="internal"):
        for kind, cls in sorted(KINDS.items()):
            if kind != "actor":
                elements.append(tm.add(cls(f"The {kind}")))
    for a, b in itertools.pairwise(elements):
        tm.flow(a, b, tg.Data("Records"))
    return tm.freeze()


def _crash(*args: Any) -> Any:
    raise ZeroDivisionError("rule bug")


def crashing(scope: Any, rule_id: str = "test/crash") -> Any:
    return rule(
        rule_id, title="Crashes", stride="T", phases="inference", applies_to=scope, cwe=["CWE-20"]
    )(_doc(_crash))


def _doc(fn: Any) -> Any:
    fn.__doc__ = "A rule that raises, to prove the engine reports it."
    return fn


# --------------------------------------------------------------------------- crashes


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_a_crash_on_any_element_kind_names_the_rule_and_the_element(kind: str) -> None:
    system = every_kind_model()
    cat = Catalogue.default().extend(crashing(on_element(KINDS[kind])))
    report = analyze(system, catalogue=cat)
    assert not report.complete
    crashed = [e for e in report.errors if e.rule == "test/crash"]
    expected = {Target.element(e.id).key for e in system.all_elements if isinstance(e, KINDS[kind])}
    assert {e.target for e in crashed} == expected
    assert all("ZeroDivisionError: rule bug" in e.error for e in crashed)
    # the other rules still ran: the same findings as without the crashing rule
    assert report.findings == analyze(system).findings


def test_a_crash_on_every_flow_names_each_flow() -> None:
    system = every_kind_model()
    report = analyze(system, catalogue=Catalogue([crashing(on_flow())]))
    assert sorted(e.target for e in report.errors) == sorted(
        Target.flow(f.id).key for f in system.all_flows
    )


@pytest.mark.parametrize("scope", [on_paths(), on_model()], ids=["path", "model"])
def test_a_crash_in_a_path_or_model_rule_is_reported(scope: Any) -> None:
    report = every_kind_model().analyze(catalogue=Catalogue([crashing(scope)]))
    (error,) = report.errors
    assert error.rule == "test/crash"
    assert error.target in ("path", "model")
    assert not report.complete


def test_a_rule_that_crashes_half_way_through_its_matches_is_an_error() -> None:
    """Matches yielded before the crash are not reported as if the rule had finished."""

    @rule(
        "test/half",
        title="Half",
        stride="T",
        phases="inference",
        applies_to=on_paths(),
        cwe=["CWE-20"],
    )
    def half(g: GraphView) -> Iterator[Match]:
        """Yields one match, then raises."""
        first = g.system.all_elements[0]
        yield Match("first", target=Target.element(first.id))
        raise KeyError("lost")

    report = every_kind_model().analyze(catalogue=Catalogue([half]))
    assert not report.complete
    assert [e.rule for e in report.errors] == ["test/half"]
    assert "KeyError" in report.errors[0].error
    assert not [f for f in report.findings if f.rule == "test/half"]


def test_a_rule_matching_a_target_that_does_not_exist_is_an_error() -> None:
    @rule(
        "test/ghost",
        title="Ghost",
        stride="T",
        phases="inference",
        applies_to=on_model(),
        cwe=["CWE-20"],
    )
    def ghost(g: GraphView) -> Match:
        """Points at an element that is not in the model."""
        return Match("boo", target=Target.element("no-such-element"))

    report = every_kind_model().analyze(catalogue=Catalogue([ghost]))
    assert not report.complete
    assert report.errors[0].target == "element:no-such-element"
    assert not report.findings


def test_a_crashing_scorer_makes_every_finding_an_error() -> None:
    class Broken(DefaultScorer):
        def score(self, data: ScoreInput) -> Score:
            raise RuntimeError("scorer bug")

    system = every_kind_model()
    expected = analyze(system)
    report = analyze(system, scorer=Broken())
    assert not report.findings
    assert not report.complete
    assert {(e.rule, e.target) for e in report.errors} == {
        (f.rule, f.target.key) for f in expected.findings
    }


def test_raise_for_errors_and_repr_say_incomplete() -> None:
    report = every_kind_model().analyze(catalogue=Catalogue([crashing(on_flow())]))
    assert "INCOMPLETE" in repr(report)
    with pytest.raises(tg.ThreatGraphError, match="test/crash"):
        report.raise_for_errors()


# --------------------------------------------------------------------------- the CLI


@pytest.fixture
def crashing_default(monkeypatch: pytest.MonkeyPatch) -> None:
    """Catalogue.default() with one extra rule that crashes on every service."""
    real = Catalogue.default.__func__  # type: ignore[attr-defined]

    def default(cls: type[Catalogue]) -> Catalogue:
        return real(cls).extend(crashing(on_element(tg.Service), "custom/crash"))

    monkeypatch.setattr(Catalogue, "default", classmethod(default))


def _model_file(tmp_path: Path) -> Path:
    path = tmp_path / "model.json"
    from threatgraph.export.json import system_to_json

    path.write_text(system_to_json(every_kind_model(), locations=False), encoding="utf-8")
    return path


@pytest.mark.parametrize("fmt", [None, "json", "sarif", "md", "html"])
def test_cli_exits_1_when_a_rule_crashes(
    crashing_default: None, tmp_path: Path, capsys: pytest.CaptureFixture[str], fmt: str | None
) -> None:
    from threatgraph.cli import main

    args = ["analyze", str(_model_file(tmp_path))]
    if fmt:
        args += ["--format", fmt, "-o", str(tmp_path / f"out.{fmt}")]
    assert main(args) == 1  # no --fail-on: the crash alone fails the run
    err = capsys.readouterr().err
    assert "the analysis is incomplete: 1 rule error(s)" in err
    assert "custom/crash" in err
    assert "element:the-service" in err
    if fmt == "json":
        summary = json.loads((tmp_path / "out.json").read_text("utf-8"))["summary"]
        assert summary["complete"] is False
        assert summary["rule_errors"] == 1
    if fmt == "sarif":
        log = json.loads((tmp_path / "out.sarif").read_text("utf-8"))
        assert log["runs"][0]["invocations"][0]["executionSuccessful"] is False
    if fmt == "md":
        assert "custom/crash" in (tmp_path / "out.md").read_text("utf-8")


def test_cli_exits_1_with_a_baseline_that_has_every_finding(
    crashing_default: None, tmp_path: Path
) -> None:
    """A baseline silences old findings, never a crash."""
    from threatgraph.cli import main

    model = _model_file(tmp_path)
    base = tmp_path / "base.json"
    assert main(["analyze", str(model), "--format", "json", "-o", str(base)]) == 1
    assert main(["analyze", str(model), "--baseline", str(base), "--fail-on", "critical"]) == 1


def test_console_script_exits_1_when_a_model_files_rule_crashes(tmp_path: Path) -> None:
    """End to end in a fresh process: a .py model (it is code) adds a custom rule that
    crashes to the catalogue the CLI uses."""
    model = tmp_path / "model.py"
    model.write_text(
        textwrap.dedent(
            """
            import threatgraph as tg
            from threatgraph.rules import Catalogue, on_element, rule

            @rule("custom/crash", title="Crashes", stride="T", phases="inference",
                  applies_to=on_element(tg.Service), cwe=["CWE-20"])
            def crash(view):
                '''A custom rule with a bug.'''
                return view.element.no_such_attribute

            _default = Catalogue.default.__func__
            Catalogue.default = classmethod(lambda cls: _default(cls).extend(crash))

            tm = tg.ThreatModel("crashing")
            tm.add(tg.Service("App"))
            """
        ),
        encoding="utf-8",
    )
    proc = subprocess.run(
        [sys.executable, "-m", "threatgraph.cli", "analyze", str(model)],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(ROOT / "src")},
    )
    assert proc.returncode == 1, proc.stderr
    assert "INCOMPLETE" in proc.stdout
    assert "custom/crash" in proc.stderr
    assert "element:app" in proc.stderr
    assert "AttributeError" in proc.stderr


# --------------------------------------------------------------------------- coverage


def _element_rules_brute(cat: Catalogue, cls: type[Element]) -> tuple[Any, ...]:
    return tuple(
        r for r in cat if isinstance(r.scope, ElementScope) and issubclass(cls, r.scope.kinds)
    )


def _flow_rules_brute(cat: Catalogue, src: type[Element], tgt: type[Element]) -> tuple[Any, ...]:
    out = []
    for r in cat:
        s = r.scope
        if not isinstance(s, FlowScope):
            continue
        if s.source is not None and not issubclass(src, s.source):
            continue
        if s.target is not None and not issubclass(tgt, s.target):
            continue
        out.append(r)
    return tuple(out)


class CustomLLM(tg.LLM):
    """A user's own element class: rules for LLM must cover it."""

    kind = "custom_llm"


ALL_CLASSES = [*sorted(KINDS.values(), key=lambda c: c.kind), CustomLLM]


def _names(ends: tuple[type[Element], ...] | None, cls: type[Element]) -> bool:
    return ends is not None and issubclass(cls, ends)


def test_every_element_kind_is_covered_by_a_rule_written_for_it() -> None:
    """Each kind has an element rule, or a flow rule that names it (or a base class) as
    source or target. Generic any-to-any flow rules do not count: they would make the
    check pass for a kind the catalogue forgot."""
    cat = Catalogue.default()
    for cls in KINDS.values():
        specific_flow_rules = [
            r
            for r in cat.flow_rules
            if isinstance(r.scope, FlowScope)
            and (_names(r.scope.source, cls) or _names(r.scope.target, cls))
        ]
        assert cat.element_rules(cls) or specific_flow_rules, f"no rule covers {cls.kind}"
        # and those flow rules really are reachable through the engine's index
        for r in specific_flow_rules:
            assert any(
                r in cat.flow_rules_for(cls, other) or r in cat.flow_rules_for(other, cls)
                for other in KINDS.values()
            ), (cls.kind, r.id)


def test_element_index_equals_a_brute_force_scan() -> None:
    cat = Catalogue.default()
    for cls in ALL_CLASSES:
        assert cat.element_rules(cls) == _element_rules_brute(cat, cls), cls.kind
        assert cat.element_rules(cls) == _element_rules_brute(cat, cls)  # cached: still equal


def test_flow_index_equals_a_brute_force_scan_for_every_pair() -> None:
    cat = Catalogue.default()
    pairs = 0
    for src in ALL_CLASSES:
        for tgt in ALL_CLASSES:
            assert cat.flow_rules_for(src, tgt) == _flow_rules_brute(cat, src, tgt), (
                src.kind,
                tgt.kind,
            )
            pairs += 1
    assert pairs == len(ALL_CLASSES) ** 2


def test_a_subclass_gets_the_rules_of_its_base() -> None:
    cat = Catalogue.default()
    assert set(cat.element_rules(tg.LLM)) <= set(cat.element_rules(CustomLLM))
    assert set(cat.element_rules(tg.Model)) <= set(cat.element_rules(tg.LLM))


def test_the_engine_visits_every_element_and_flow_once_per_rule() -> None:
    """With a rule on every kind and one on every flow, each element and flow is seen
    exactly once; crossing and inbound filters pass exactly the right flows."""
    seen: list[str] = []

    def record(prefix: str) -> Any:
        def check(view: Any) -> None:
            seen.append(f"{prefix}:{view.id}")

        return _doc(check)

    def make(rule_id: str, scope: Any, prefix: str) -> Any:
        return rule(
            rule_id, title=rule_id, stride="T", phases="inference", applies_to=scope, cwe=["CWE-20"]
        )(record(prefix))

    system = every_kind_model()
    cat = Catalogue(
        [
            make("test/element", on_element(*KINDS.values()), "element"),
            make("test/flow", on_flow(), "flow"),
            make("test/crossing", on_flow(crossing=True), "crossing"),
            make("test/inbound", on_flow(inbound=True), "inbound"),
        ]
    )
    report = system.analyze(catalogue=cat)
    assert report.complete
    assert sorted(s for s in seen if s.startswith("element:")) == sorted(
        f"element:{e.id}" for e in system.all_elements
    )
    assert sorted(s for s in seen if s.startswith("flow:")) == sorted(
        f"flow:{f.id}" for f in system.all_flows
    )
    crossings = system.crossings()
    assert sorted(s for s in seen if s.startswith("crossing:")) == sorted(
        f"crossing:{c.flow.id}" for c in crossings
    )
    inbound = [c for c in crossings if c.direction is tg.Direction.INBOUND]
    assert inbound
    assert sorted(s for s in seen if s.startswith("inbound:")) == sorted(
        f"inbound:{c.flow.id}" for c in inbound
    )


def test_views_expose_the_id_the_recorder_uses() -> None:
    """(The recorder above relies on views having ``id``; fail loudly if that changes.)"""
    system = every_kind_model()
    e = system.all_elements[0]
    f = system.all_flows[0]
    assert ElementView(system, e).id == e.id
    assert FlowView(system, f).id == f.id
