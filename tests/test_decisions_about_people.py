"""Bias testing and appeals for decisions about people belong to whoever makes the
decision: a component we run that passes a model's verdict on, whoever hosts the model."""

from __future__ import annotations

import pytest

import threatgraph as tg


def _screening(*, relay_zone: tg.Trust) -> tg.Report:
    tm = tg.ThreatModel("Screening", profile=tg.RiskProfile.HIGH)
    cv = tg.Data("CV", sensitivity="pii")
    ranking = tg.Data("Ranking", sensitivity="pii")
    with tm.boundary("Company", trust=tg.Trust.INTERNAL):
        recruiter = tm.add(tg.Actor("Recruiter"))
    with tm.boundary("Vendor", trust=tg.Trust.PARTNER):
        llm = tm.add(tg.LLM("Ranking LLM", origin="third-party-api", high_stakes=True))
    with tm.boundary("Relay", trust=relay_zone):
        screening = tm.add(tg.Service("Screening service"))
    tm.flow(screening, llm, cv, protocol="https")
    tm.flow(llm, screening, ranking, protocol="https")
    tm.flow(screening, recruiter, ranking, protocol="https")
    return tm.analyze()


@pytest.mark.parametrize("rule", ["profile/high/fairness", "profile/high/contestability"])
def test_a_vendor_models_decisions_relayed_by_our_service_are_ours(rule: str) -> None:
    status = {r.id: r for r in _screening(relay_zone=tg.Trust.INTERNAL).requirements}
    assert status[rule].status == "unmet"
    assert status[rule].missing == ("ranking-llm",)


@pytest.mark.parametrize("rule", ["profile/high/fairness", "profile/high/contestability"])
def test_a_decision_only_partners_relay_is_the_partners(rule: str) -> None:
    status = {r.id: r for r in _screening(relay_zone=tg.Trust.PARTNER).requirements}
    assert status[rule].status == "not-applicable"
