"""Fixes from held-out sets 250 and 251's verdicts (v2-round303-fresh250,
v2-round304-fresh251)."""

from __future__ import annotations

import pytest

import threatgraph as tg

FAIRNESS = "profile/high/fairness"


@pytest.mark.parametrize(
    ("name", "raised"), [("Seal tamper detection model", False), ("Driver risk model", True)]
)
def test_a_model_named_for_the_seal_it_judges_decides_about_no_one(name: str, raised: bool) -> None:
    """Set 251's container port: gate cameras photograph each container's seal, and a
    high-stakes detector flags tampered seals for customs. Struck as wrong: it judges
    seal photos and decides nothing about people, though the photos may show drivers."""
    tm = tg.ThreatModel("port", profile="high")
    photo = tg.Data("Seal photo", kind="media", sensitivity="pii")
    flag = tg.Data("Seal tamper flag", kind="model-output", sensitivity="confidential")
    with tm.boundary("Gate", trust="internal"):
        camera = tm.add(tg.Device("Gate camera"))
    with tm.boundary("Cloud", trust="internal"):
        model = tm.add(tg.Model(name, task="detector", high_stakes=True))
        console = tm.add(tg.Service("Customs console"))
    tm.flow(camera, model, photo, protocol="https")
    tm.flow(model, console, flag)
    req = {r.id: r for r in tm.analyze().requirements}.get(FAIRNESS)
    assert (req is not None and req.status != "not-applicable") == raised
