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


def _lock_camera(model_name: str) -> tg.Report:
    """Lock cameras photograph passing boats and their crews; a high-stakes model reads
    each photo and flags the boat for enforcement."""
    tm = tg.ThreatModel("Canal", profile=tg.RiskProfile.HIGH)
    photo = tg.Data("Lock camera photo", kind="media", sensitivity="pii")
    flag = tg.Data("Enforcement flag", sensitivity="pii")
    with tm.boundary("Trust cloud", trust=tg.Trust.INTERNAL):
        camera = tm.add(tg.Device("Lock camera"))
        model = tm.add(tg.Model(model_name, task="detector", high_stakes=True))
        officer = tm.add(tg.Actor("Enforcement officer"))
    tm.flow(camera, model, photo, protocol="https")
    tm.flow(model, officer, flag, protocol="https")
    return tm.analyze()


def test_a_reader_of_boat_names_decides_about_boats() -> None:
    """Struck on a canal charity's lock cameras (set 233): a scene-text reader of boat
    names and licence numbers judges boats, as a plate reader judges cars."""
    status = {r.id: r for r in _lock_camera("Boat name and index recognition model").requirements}
    assert status["profile/high/fairness"].status == "not-applicable"
    people = {r.id: r for r in _lock_camera("Crew behaviour model").requirements}
    assert people["profile/high/fairness"].status == "unmet"
