"""A change taken from the held-out verdicts of set 138 (session of 2026-12-05,
fourteenth), after the set was reviewed at the rules before it."""

from __future__ import annotations

import threatgraph as tg

FAIRNESS = "profile/high/fairness"


def _ladders(*, model_name: str, photos: str = "Ladder images") -> tg.ThreatModel:
    """Set 138's pilot boats: a camera films the pilot ladder a ship's crew has rigged,
    and a high-stakes model judges the rigging; the images show the crew too, so the
    photos are declared personal."""
    tm = tg.ThreatModel("ladders", profile="high")
    photo = tg.Data(photos, kind="media", sensitivity="pii")
    verdict = tg.Data("Rigging verdict", kind="model-output", sensitivity="pii")
    with tm.boundary("Pilot boat", trust="internal"):
        camera = tm.add(tg.Device("Ladder camera"))
        edge = tm.add(tg.Service("Wheelhouse edge unit"))
        model = tm.add(tg.Model(model_name, task="classifier", high_stakes=True))
        crew = tm.add(tg.Actor("Boat crew"))
    tm.flow(camera, edge, photo)
    tm.flow(edge, model, photo)
    tm.flow(model, edge, verdict)
    tm.flow(edge, crew, verdict)
    return tm


def test_a_model_named_for_a_ladders_rigging_decides_about_no_one() -> None:
    """'The detector judges ladder rigging faults, not people' (set 138)."""
    assert _open(_ladders(model_name="Ladder rigging model")) == []


def test_a_model_named_for_nothing_still_asks_for_bias_testing() -> None:
    assert _open(_ladders(model_name="Boarding safety model", photos="Boarding images"))


def _open(tm: tg.ThreatModel) -> list[tg.findings.Finding]:
    return [f for f in tg.analyze(tm.freeze()).open() if f.rule == FAIRNESS]
