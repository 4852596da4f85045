"""What another company fills reaches a reader only along hops that carry it on.

A set-259 reviewer struck ``ai/indirect-prompt-injection`` on a school reading app: the
roster partner's class list reaches the reading API, which sends the assessment service
only the child's recording, so no roster text is in the LLM's prompt. Routes from a
partner's data follow what each hop carries (``carried_along``), as the request and
flood walks do; a hop that passes the partner's data on keeps the finding.
"""

from __future__ import annotations

import pytest

import threatgraph as tg

INJECTION = "ai/indirect-prompt-injection"


def _reading_app(*, roster_reaches_prompt: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Reading app")
    roster = tg.Data("Class roster", kind="records", sensitivity="pii")
    audio = tg.Data("Reading audio", kind="media", sensitivity="pii")
    with tm.boundary("School", trust="internal"):
        tablet = tm.add(tg.Device("Class tablet"))
    with tm.boundary("Roster partner", trust="partner"):
        feed = tm.add(tg.DataSource("Roster feed", origin="partner"))
    with tm.boundary("Cloud", trust="internal"):
        db = tm.add(tg.DataStore("Pupil database", stores={roster}))
        api = tm.add(tg.Service("Reading API"))
        assessor = tm.add(tg.Service("Assessment service"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Assessment LLM", origin="third-party-api"))
    tm.flow(feed, db, roster, protocol="https")
    tm.flow(db, api, roster)
    tm.flow(api, tablet, roster, protocol="https")
    tm.flow(tablet, api, audio, protocol="https")
    tm.flow(api, assessor, audio, *([roster] if roster_reaches_prompt else []))
    tm.flow(assessor, llm, tg.Data("Assessment prompt", kind="prompt"), protocol="https")
    tm.flow(llm, assessor, tg.Data("Estimate", kind="model-output"), protocol="https")
    return tm


@pytest.mark.parametrize("roster_reaches_prompt", [False, True])
def test_a_partners_data_counts_only_where_it_is_carried_on(roster_reaches_prompt: bool) -> None:
    found = _reading_app(roster_reaches_prompt=roster_reaches_prompt).analyze().for_rule(INJECTION)
    assert bool(found) is roster_reaches_prompt
    if found:
        assert "Roster feed" in found[0].explanation
