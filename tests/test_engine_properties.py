"""Properties of the threat engine over generated models."""

from __future__ import annotations

import random

import attrs
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from threatgraph import controls as c
from threatgraph.analysis import analyze
from threatgraph.elements import Element, Flow
from threatgraph.findings import Report
from threatgraph.system import System
from threatgraph.testing import strategies as tgst
from threatgraph.vocab import Status

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _rebuild(system: System, *, element: Element | None = None, flow: Flow | None = None) -> System:
    elements = [
        element if element is not None and e.id == element.id else e for e in system.all_elements
    ]
    flows = [flow if flow is not None and f.id == flow.id else f for f in system.all_flows]
    placement = {}
    for e in system.all_elements:
        b = system.boundary_of(e)
        placement[e.id] = None if b is None else b.id
    return System.create(
        name=system.name,
        profile=system.profile,
        description=system.description,
        elements=elements,
        flows=flows,
        boundaries=system.boundaries,
        placement=placement,
        actors=system.actors,
        frameworks=system.frameworks,
        data=system.data,
    )


def _requirement_findings(report: Report) -> set[str]:
    """Ids of the findings a requirement's own rule raised because it is not met (not
    the threats a requirement such as defence in depth points at), and of the hygiene
    findings that list what the design does not declare (flows with no protocol known
    to protect them): declaring the missing control answers those the same way."""
    rules = {r.id for r in report.requirements}
    return {f.id for f in report.findings if f.rule in rules or f.rule.startswith("hygiene/")}


def _summary(report: Report) -> list[tuple[str, str, str, str, int]]:
    return [(f.id, f.rule, f.severity.value, f.status.value, f.number) for f in report.findings]


@SETTINGS
@given(tgst.systems(max_elements=8, max_flows=12), st.data())
def test_adding_a_control_never_makes_things_worse(system: System, data: st.DataObject) -> None:
    before = analyze(system)
    assert before.complete, before.errors
    control_cls = data.draw(st.sampled_from(c.ALL), label="control")
    targets: list[Element | Flow] = [*system.all_elements, *system.all_flows]
    target = data.draw(st.sampled_from(targets), label="target")
    changed = attrs.evolve(target, controls=target.controls | {control_cls()})
    after_system = (
        _rebuild(system, element=changed)
        if isinstance(changed, Element)
        else _rebuild(system, flow=changed)
    )
    after = analyze(after_system)
    assert after.complete, after.errors
    # threats keep their ids (a control changes their status, never whether they are
    # raised); an unmet requirement's finding goes once the control meets it (a met
    # requirement is listed as met, not as a finding), and none appears
    unmet_before, unmet_after = _requirement_findings(before), _requirement_findings(after)
    threats_after = {f.id for f in after.findings} - unmet_after
    assert threats_after == {f.id for f in before.findings} - unmet_before
    assert unmet_after <= unmet_before
    missing = {r.id: set(r.missing) for r in before.requirements}
    for r in after.requirements:
        assert set(r.missing) <= missing.get(r.id, set()), r.id
    assert len(after.open()) <= len(before.open())
    old = {f.id: f for f in before.findings}
    for f in after.findings:
        prev = old[f.id]
        assert f.severity <= prev.severity, (f.rule, f.target.key)
        assert f.likelihood <= prev.likelihood
        if prev.status is not Status.OPEN:
            assert f.status is not Status.OPEN


@SETTINGS
@given(tgst.model_recipes(max_elements=8, max_flows=12), st.randoms(use_true_random=False))
def test_results_do_not_depend_on_insertion_order(
    recipe: tgst.ModelRecipe, rnd: random.Random
) -> None:
    first = analyze(recipe.freeze())
    second = analyze(recipe.shuffled(rnd).freeze())
    assert _summary(first) == _summary(second)
    assert [f.explanation for f in first.findings] == [f.explanation for f in second.findings]


@SETTINGS
@given(tgst.systems(max_elements=8, max_flows=12))
def test_finding_ids_are_stable_and_targets_exist(system: System) -> None:
    report = analyze(system)
    again = analyze(system)
    assert _summary(report) == _summary(again)
    ids = [f.id for f in report.findings]
    assert len(ids) == len(set(ids))
    for f in report.findings:
        assert f.number == report.findings.index(f) + 1
        if f.target.kind == "element":
            system.element(f.target.ids[0])
        elif f.target.kind == "flow":
            system.flow(f.target.ids[0])
        elif f.target.kind == "path":
            assert len(f.target.ids) >= 2
            for a, b in zip(f.target.ids, f.target.ids[1:], strict=False):
                assert any(fl.target == b for fl in system.outflows(a)), f.target.key
        else:
            assert f.target.kind == "model"


@SETTINGS
@given(tgst.systems(max_elements=8, max_flows=12), st.data())
def test_renaming_keeps_finding_ids_when_the_id_is_kept(
    system: System, data: st.DataObject
) -> None:
    element = data.draw(st.sampled_from(system.all_elements))
    renamed = attrs.evolve(element, name=element.name + " (renamed)", id=element.id)
    before = analyze(system)
    after = analyze(_rebuild(system, element=renamed))
    assert [f.id for f in before.findings] == [f.id for f in after.findings]


@SETTINGS
@given(tgst.systems(max_elements=10, max_flows=16))
def test_no_rule_crashes_on_generated_models(system: System) -> None:
    report = analyze(system)
    assert report.complete, report.errors


def test_a_control_that_meets_a_requirement_takes_its_finding_away() -> None:
    # the example hypothesis found for the property above: a personal-data store in a
    # high-risk model, then encryption at rest declared on it
    import threatgraph as tg

    def build(*controls: c.Control) -> Report:
        tm = tg.ThreatModel("Support", profile="high")
        with tm.boundary("Office", trust="internal"):
            tm.add(
                tg.DataStore(
                    "Support",
                    stores={tg.Data("Tickets", sensitivity="pii")},
                    controls=set(controls),
                )
            )
        return tm.analyze()

    rid = "profile/baseline/data-at-rest"
    before, after = build(), build(c.EncryptionAtRest())
    (unmet,) = [r for r in before.requirements if r.id == rid]
    assert not unmet.met
    assert [f.rule for f in before.findings] == [rid]
    (met,) = [r for r in after.requirements if r.id == rid]
    assert met.met
    assert after.findings == ()
    assert _requirement_findings(before) == {f.id for f in before.findings}


def test_declaring_encryption_answers_the_undeclared_protocol_listing_and_nothing_else() -> None:
    """The case hypothesis found in a clean-clone CI run: a flow across a boundary with
    no protocol is listed by ``hygiene/undeclared-protocol``; declaring encryption in
    transit on it answers the listing (the finding goes, as a met requirement's would)
    and leaves every other finding's id as it was."""
    import threatgraph as tg

    def model(encrypted: bool) -> System:
        tm = tg.ThreatModel("crossing")
        with tm.boundary("Outside", trust="untrusted"):
            vendor = tm.add(tg.ExternalService("Vendor"))
        with tm.boundary("Inside", trust="internal"):
            svc = tm.add(tg.ExternalService("Relay"))
        controls = {c.EncryptionInTransit()} if encrypted else set()
        tm.flow(vendor, svc, tg.Data("Profile", sensitivity="pii"), controls=controls)
        return tm.freeze()

    before, after = analyze(model(False)), analyze(model(True))
    assert [f.rule for f in before.for_rule("hygiene/undeclared-protocol")]
    assert after.for_rule("hygiene/undeclared-protocol") == []
    hygiene = _requirement_findings(before)
    assert {f.id for f in after.findings} - _requirement_findings(after) == {
        f.id for f in before.findings
    } - hygiene
