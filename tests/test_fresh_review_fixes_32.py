"""Fixes taken from the review of fresh set 32 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round39-fresh32``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph.findings import Finding

PER_CALLER = "stride/missing-subject-authorization"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _interaction_checker(*, origin: str, sensitivity: str, staff_edit: bool) -> tg.ThreatModel:
    """A public chatbot's tool looks medicines up in a local copy of tables a clinical
    content vendor publishes monthly; the variants have our own staff fill the store,
    or keep personal records in it."""
    tm = tg.ThreatModel("otc")
    tables = tg.Data("Interaction tables", kind="records", sensitivity=sensitivity)
    query = tg.Data("Interaction query", kind="tool-call", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        shopper = tm.add(tg.Actor("Shopper"))
    with tm.boundary("Vendor", trust="partner"):
        feed = tm.add(tg.DataSource("Interaction feed", origin=origin, provides={tables}))
    with tm.boundary("Platform", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", purpose="api"))
        agent = tm.add(tg.Agent("Advice agent"))
        llm = tm.add(tg.LLM("Hosted LLM"))
        tool = tm.add(tg.Tool("Interaction tool", capabilities={"read"}))
        db = tm.add(tg.DataStore("Interaction database", stores={tables}))
        pharmacist = tm.add(tg.Actor("Pharmacist"))
    prompt = tg.Data("Question", kind="prompt", sensitivity="regulated")
    answer = tg.Data("Answer", kind="model-output", sensitivity="regulated")
    tm.flow(shopper, api, prompt, protocol="https")
    tm.flow(api, shopper, answer, protocol="https")
    tm.flow(pharmacist, api, prompt, protocol="https")
    tm.flow(api, pharmacist, answer, protocol="https")
    tm.flow(api, agent, prompt)
    tm.flow(agent, api, answer)
    tm.flow(agent, llm, prompt)
    tm.flow(llm, agent, answer)
    tm.flow(agent, tool, query)
    tm.flow(tool, agent, tg.Data("Interaction result", kind="tool-result", sensitivity="regulated"))
    tm.flow(tool, db, query)
    tm.flow(db, tool, tables)
    tm.flow(feed, db, tables, protocol="sftp")
    if staff_edit:
        tm.flow(pharmacist, db, tables, protocol="https")
    return tm


def test_a_bought_reference_table_is_not_fetched_per_caller() -> None:
    """Set 32's pharmacy chatbot (struck as wrong): a licensed drug-interaction
    database holds no one's records; every caller is meant to get its answers."""
    tm = _interaction_checker(origin="vendor", sensitivity="confidential", staff_edit=False)
    assert _open(tm, PER_CALLER) == []


@pytest.mark.parametrize(
    ("origin", "sensitivity", "staff_edit"),
    [
        ("internal", "confidential", False),  # our own system fills it
        ("vendor", "pii", False),  # records about people
        ("vendor", "confidential", True),  # our staff write into it as well
    ],
)
def test_records_that_are_not_a_bought_copy_are_still_raised(
    origin: str, sensitivity: str, staff_edit: bool
) -> None:
    tm = _interaction_checker(origin=origin, sensitivity=sensitivity, staff_edit=staff_edit)
    (f,) = _open(tm, PER_CALLER)
    assert f.target.ids == ("interaction-database",)
