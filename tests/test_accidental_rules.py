"""``@rule(accidental=True)``: a threat that needs no attacker (a model that is simply
wrong at times) is scored without the exposure and threat-actor adjustments, which
measure how close attackers are. Its own deltas and the controls still apply."""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.rules import Catalogue, ElementView, Match, on_element, rule
from threatgraph.vocab import Likelihood


def _rules(delta: int = 0) -> Catalogue:
    def check(view: ElementView) -> Match:
        return Match(f"{view.described} is wrong at times.", likelihood_delta=delta)

    made = [
        rule(
            f"acme/{name}",
            title=f"Model wrong ({name})",
            stride="T",
            phases="inference",
            applies_to=on_element(tg.Model),
            mitigations=[c.ModelValidation],
            supporting=[c.HumanInTheLoop],
            likelihood="possible",
            impact="moderate",
            accidental=accidental,
            description="A model is wrong at times.",
        )(check)
        for name, accidental in (("accidental", True), ("attacked", False))
    ]
    return Catalogue(made, name="acme")


def _model(*, exposed: bool, controls: frozenset[c.Control] = frozenset()) -> tg.ThreatModel:
    """A model that people on the internet query (``exposed``), or that nothing
    untrusted reaches."""
    tm = tg.ThreatModel("m")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("Plant", trust="restricted"):
        model = tm.add(tg.Model("Setpoint model", task="regressor", controls=set(controls)))
        service = tm.add(tg.Service("Setpoint service"))
    tm.flow(service, model, tg.Data("Features", kind="features"))
    if exposed:
        tm.flow(user, model, tg.Data("Query", kind="prompt"))
    return tm


def _likelihood(tm: tg.ThreatModel, name: str, delta: int = 0) -> Likelihood:
    (f,) = tm.analyze(catalogue=_rules(delta)).for_rule(f"acme/{name}")
    return f.likelihood


@pytest.mark.parametrize("exposed", [True, False])
def test_an_accidental_rule_keeps_its_prior_wherever_attackers_are(exposed: bool) -> None:
    assert _likelihood(_model(exposed=exposed), "accidental") is Likelihood.POSSIBLE


def test_the_same_rule_not_accidental_moves_with_exposure() -> None:
    near = _likelihood(_model(exposed=True), "attacked")
    far = _likelihood(_model(exposed=False), "attacked")
    assert near is Likelihood.LIKELY
    assert far < Likelihood.POSSIBLE


def test_its_own_delta_and_supporting_controls_still_count() -> None:
    assert _likelihood(_model(exposed=True), "accidental", delta=-1) is Likelihood.UNLIKELY
    approved = _model(exposed=True, controls=frozenset({c.HumanInTheLoop()}))
    assert _likelihood(approved, "accidental") is Likelihood.UNLIKELY


def test_the_flag_is_on_the_rule() -> None:
    assert {r.id: r.accidental for r in _rules()} == {
        "acme/accidental": True,
        "acme/attacked": False,
    }
    default = Catalogue.default()
    assert [r.id for r in default if r.accidental] == [
        "ai/alert-waits-on-model",
        "ai/unbounded-actuation",
        "stride/carried-device-records",
    ]
