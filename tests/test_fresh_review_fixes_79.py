"""Fixes taken from the review of fresh set 79 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round94-fresh79``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import threatgraph as tg


def _theatre(*, drives_plant: bool) -> tg.ThreatModel:
    """A high-stakes model reads the surgery list (patients' data) and predicts what
    each theatre needs; a service writes its output to the air-handling controllers
    (``drives_plant``) or to the theatre coordinators' screens."""
    tm = tg.ThreatModel("theatres", profile="high")
    schedule = tg.Data("Surgery list", kind="records", sensitivity="regulated")
    with tm.boundary("Hospital", trust="internal"):
        service = tm.add(tg.Service("Ventilation service"))
        model = tm.add(tg.Model("Theatre model", task="regressor", high_stakes=True))
        coordinator = tm.add(tg.Actor("Theatre coordinator"))
        ahu = tm.add(tg.Device("Air-handling unit controllers", fleet=False))
    tm.flow(service, model, schedule)
    tm.flow(model, service, tg.Data("Air changes", kind="model-output"))
    if drives_plant:
        tm.flow(service, ahu, tg.Data("Setpoints", kind="records"), protocol="bacnet")
    else:
        tm.flow(service, coordinator, tg.Data("Theatre plan", kind="records"))
    return tm


def _fairness(tm: tg.ThreatModel) -> str:
    return {r.id: r for r in tm.analyze().requirements}["profile/high/fairness"].status


def test_a_model_whose_output_drives_plant_equipment_decides_about_no_one() -> None:
    """Set 79's reviewer struck bias testing on a theatre ventilation model (it sets air
    changes for rooms), as earlier reviewers had on a wheelchair robot's navigation,
    a tube sorter, a pharmacy dispensing check and a canal gate forecast: all five were
    struck, none kept."""
    assert _fairness(_theatre(drives_plant=True)) == "not-applicable"


def test_the_same_model_advising_people_still_needs_it() -> None:
    assert _fairness(_theatre(drives_plant=False)) == "unmet"
