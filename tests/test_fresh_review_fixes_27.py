"""Fixes taken from the review of fresh set 27 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round34-fresh27``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _crowd_camera(*, says_who: bool) -> tg.ThreatModel:
    """A high-stakes vision model watches CCTV of fans and sends the control room a
    count per zone (in the variant, it flags the people it picks out, by face crop)."""
    tm = tg.ThreatModel("crowd camera", profile="high")
    video = tg.Data("CCTV video", kind="media", sensitivity="pii")
    out = (
        tg.Data("Flagged fans", kind="model-output", sensitivity="pii")
        if says_who
        else tg.Data("Zone counts", kind="model-output", sensitivity="internal")
    )
    with tm.boundary("Stadium", trust="restricted"):
        camera = tm.add(tg.Device("CCTV camera"))
        model = tm.add(tg.Model("Crowd model", task="regressor", high_stakes=True))
        room = tm.add(tg.Service("Control room dashboard"))
    tm.flow(camera, model, video, protocol="rtsps")
    tm.flow(model, room, out)
    return tm


def test_a_model_that_counts_people_in_images_decides_nothing_about_anyone() -> None:
    """Set 27's stadium (struck as wrong): a density regressor sends zone counts; set
    17's construction site (struck as weak) sent site alerts the same way."""
    assert _open(_crowd_camera(says_who=False), "profile/high/fairness") == []
    (f,) = _open(_crowd_camera(says_who=True), "profile/high/fairness")
    assert f.target.ids == ("crowd-model",)
