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
    assert [t.ids for t in f.affected] == [("crowd-model",)]


def _case_tool(*, returns_the_case: bool) -> tg.ThreatModel:
    """Employees chat with an HR agent; its case tool opens an escalation in the HR case
    system and gets back a case reference (in the variant, the whole case record)."""
    tm = tg.ThreatModel("hr cases")
    question = tg.Data("Question", kind="prompt", sensitivity="pii")
    answer = tg.Data("Answer", kind="model-output", sensitivity="pii")
    case = tg.Data("Escalation", kind="records", sensitivity="pii")
    back = (
        tg.Data("Case record", kind="records", sensitivity="pii")
        if returns_the_case
        else tg.Data("Case reference", kind="tool-result", sensitivity="internal")
    )
    with tm.boundary("Intranet", trust="internal"):
        employees = tm.add(tg.Actor("Employee", role="employee"))
        agent = tm.add(tg.Agent("HR agent"))
        tool = tm.add(tg.Tool("HR case tool", capabilities={"write"}))
        store = tm.add(tg.DataStore("HR case system", stores={case, back}))
    tm.flow(employees, agent, question, protocol="https")
    tm.flow(agent, employees, answer, protocol="https")
    tm.flow(agent, tool, case)
    tm.flow(tool, agent, back)
    tm.flow(tool, store, case, protocol="https")
    tm.flow(store, tool, back, protocol="https")
    return tm


def test_a_tool_that_reads_back_only_a_case_reference_fetches_no_records() -> None:
    """Set 27's payslip bot (struck as wrong): the case tool only writes escalations and
    gets a reference back."""
    rule = "stride/missing-subject-authorization"
    assert _open(_case_tool(returns_the_case=False), rule) == []
    (f,) = _open(_case_tool(returns_the_case=True), rule)
    assert f.target.ids == ("hr-case-system",)
