"""Changes taken from held-out sets 90 and 91's verdicts (``v2-round106-fresh90``,
``v2-round107-fresh91``).

Their reviewers struck model extraction on a crash detector whose drivers get at most
a wellbeing prompt, and on a cheating detector whose flags never reach the learner:
a party shown what was done about the model's answer, not the answer, copies nothing.
(A tracked refund-fraud model whose filers hear weeks later whether their refund is
held had been struck the same way.)"""

from __future__ import annotations

import threatgraph as tg

RULE = "ai/model-extraction"


def _crash(*, shown: bool) -> tg.ThreatModel:
    """A driver's phone app uploads trips through an ingestion gateway to a crash
    detector, whose scores go to a crash service; the service either prompts the
    driver's app (``shown`` False) or sends it the crash score."""
    tm = tg.ThreatModel("telematics", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        driver = tm.add(tg.Actor("Driver"))
        app = tm.add(tg.Device("Telematics phone app"))
    with tm.boundary("Cloud", trust="internal"):
        gateway = tm.add(tg.Endpoint("Telemetry ingestion gateway"))
        svc = tm.add(tg.Service("Crash response service"))
        model = tm.add(
            tg.Model("Crash detector", task="detector", high_stakes=True, returns_scores=True)
        )
    trips = tg.Data("Trip telemetry", kind="records")
    score = tg.Data("Crash probability", kind="model-output")
    tm.flow(driver, app, trips)
    tm.flow(app, gateway, trips, protocol="https")
    tm.flow(gateway, model, trips)
    tm.flow(model, svc, score)
    back = score if shown else tg.Data("Wellbeing check", kind="records")
    tm.flow(svc, app, back, protocol="https")
    tm.flow(app, driver, back)
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_a_party_shown_only_what_was_done_about_the_answer_copies_nothing() -> None:
    assert not _found(_crash(shown=False))


def test_a_party_shown_the_score_still_can() -> None:
    assert _found(_crash(shown=True))
