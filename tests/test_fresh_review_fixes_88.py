"""Changes taken from held-out set 88's verdicts (``v2-round103-fresh88``).

The bottling line's reviewer struck the silent-detection finding on a cap detector
whose reject PLC declares that a missing verdict rejects the bottle: failing closed
where the verdicts are awaited makes the silence safe, as safety limits with a safe
state already did."""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/silent-detection-failure"


def _line(*, plc_controls: frozenset[c.Control] = frozenset()) -> tg.ThreatModel:
    """Cameras feed a cap-defect detector on an edge server, whose verdicts the reject
    PLC acts on and whose counts reach the line operator."""
    tm = tg.ThreatModel("bottling", profile="high")
    frames = tg.Data("Cap images", kind="media")
    verdict = tg.Data("Defect verdict", kind="model-output")
    with tm.boundary("OT", trust="restricted"):
        cam = tm.add(tg.Device("Line camera"))
        edge = tm.add(tg.Service("Inspection edge server"))
        model = tm.add(tg.Model("Cap defect detector", task="detector", high_stakes=True))
        plc = tm.add(tg.Service("Reject PLC", controls=set(plc_controls)))
        hmi = tm.add(tg.Service("Operator HMI"))
        operator = tm.add(tg.Actor("Line operator"))
    tm.flow(cam, edge, frames, protocol="gige-vision")
    tm.flow(edge, model, frames)
    tm.flow(model, edge, verdict)
    tm.flow(edge, plc, verdict, protocol="profinet")
    tm.flow(plc, hmi, tg.Data("Reject counts", kind="records"), protocol="profinet")
    tm.flow(hmi, operator, tg.Data("Reject alarm", kind="records"))
    return tm


def _silent(tm: tg.ThreatModel) -> list[tg.Finding]:
    return list(tm.analyze().for_rule(RULE))


def test_failing_closed_where_the_verdicts_are_awaited_answers_the_silence() -> None:
    (plain,) = _silent(_line())
    assert plain.is_open
    held = c.FailClosed(fallback="no verdict within 200 ms rejects the bottle")
    (closed,) = _silent(_line(plc_controls=frozenset({held})))
    assert not closed.is_open
    assert closed.controls_present == ("fail_closed",)
