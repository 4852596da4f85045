"""Forged readings reach a model only along hops that carry them on.

Held-out set 277 struck, as wrong, a forged-readings finding on a sewer blockage model:
a jetting crew's tablet sends its job findings to the work management system (a
store that also keeps crew availability, which no flow writes), which sends the
scheduler only crew availability; the scheduler hands the model the feature
store's features. Past the first receiver, the walk from a device took every flow, "since
services turn readings into features". It now takes a hop only when it carries on what
came in along the walk, or data the node makes itself.
"""

from __future__ import annotations

import threatgraph as tg


def _sewers(*, findings_to_model: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Sewer blockages", profile="high")
    levels = tg.Data("Level readings", kind="records")
    features = tg.Data("Features", kind="features")
    findings = tg.Data("Job findings", kind="records")
    crews = tg.Data("Crew availability", kind="records")
    jobs = tg.Data("Job sheets", kind="records")
    scores = tg.Data("Risk scores", kind="model-output")
    with tm.boundary("Field", trust="internal"):
        tablet = tm.add(tg.Device("Jetting crew tablet"))
        monitor = tm.add(tg.Device("Manhole level monitor"))
    with tm.boundary("Analytics", trust="internal"):
        work = tm.add(tg.DataStore("Work management system", stores={findings, crews, jobs}))
        store = tm.add(tg.FeatureStore("Feature store", stores={features}))
        scheduler = tm.add(tg.Service("Job scheduler"))
        model = tm.add(tg.Model("Blockage risk model", task="classifier", high_stakes=True))
    tm.flow(monitor, store, levels, protocol="mqtt")
    tm.flow(store, scheduler, features)
    tm.flow(scheduler, model, features, *((findings,) if findings_to_model else ()))
    tm.flow(model, scheduler, scores)
    tm.flow(tablet, work, findings, protocol="https")
    tm.flow(work, tablet, jobs, protocol="https")
    tm.flow(work, scheduler, crews, *((findings,) if findings_to_model else ()), protocol="https")
    tm.flow(scheduler, work, jobs, protocol="https")
    return tm


def _forged_from(tm: tg.ThreatModel) -> str:
    report = tg.analyze(tm.freeze())
    (f,) = [x for x in report.open() if x.rule == "ai/forged-device-readings"]
    return f.explanation


def test_a_tablet_whose_notes_stop_at_the_work_system_forges_nothing_the_model_reads() -> None:
    said = _forged_from(_sewers(findings_to_model=False))
    assert "Manhole level monitor" in said
    assert "Jetting crew tablet" not in said


def test_a_tablet_whose_notes_go_on_to_the_model_is_named() -> None:
    assert "Jetting crew tablet" in _forged_from(_sewers(findings_to_model=True))
