"""Fixes taken from the verdicts recorded on fresh sets up to 48
(``benchmarks/quality/reviews``): each test pins what reviewers struck, and the variant
of the same design on which the verdict goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

EXPOSED = "stride/exposed-interface"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _public_chat(*, caller: str) -> tg.ThreatModel:
    """A dealer's website chat: an internet-facing chat API, rate limited, passes
    whoever types into it to an LLM and reads the customer records behind it. The caller
    is a visitor in a browser, or (the variant) a partner's system calling the same API."""
    tm = tg.ThreatModel("public chat")
    question = tg.Data("Chat message", kind="prompt", sensitivity="personal")
    answer = tg.Data("Chat reply", kind="model-output", sensitivity="personal")
    record = tg.Data("Customer record", kind="records", sensitivity="personal")
    with tm.boundary("Internet", trust="untrusted"):
        if caller == "person":
            who = tm.add(tg.Actor("Website visitor"))
        else:
            who = tm.add(tg.ExternalService("Lead aggregator"))
    with tm.boundary("Dealer cloud", trust="internal"):
        api = tm.add(
            tg.Service("Chat API", internet_facing=True, controls=[tg.controls.RateLimiting()])
        )
        crm = tm.add(tg.DataStore("Customer records"))
        llm = tm.add(tg.LLM("Sales LLM"))
    tm.flow(who, api, question, protocol="https")
    tm.flow(api, who, answer, protocol="https")
    tm.flow(api, crm, tg.Data("Lookup", kind="prompt"))
    tm.flow(crm, api, record)
    tm.flow(api, llm, tg.Data("Prompt", kind="prompt", sensitivity="personal"))
    tm.flow(llm, api, answer)
    return tm


def test_a_public_chat_built_for_the_people_it_answers_is_not_an_exposure() -> None:
    """Struck as wrong on a car dealer's sales chat, a city's citizen chatbot and a
    student wellbeing chat: each is anonymous by design, and asking it to authenticate
    the public contradicts what it is for. Whether each visitor may see what they get
    is the subject-authorization finding's part. (An application form that hands back
    stored records, with no conversation behind it, still counts:
    ``test_fresh_review_fixes_19``.)"""
    assert _open(_public_chat(caller="person"), EXPOSED) == []


def test_an_internet_facing_api_a_machine_calls_still_counts() -> None:
    """The same API called by another company's system: nobody declared it is meant to
    be open, so reaching it without authentication is the exposure."""
    (f,) = _open(_public_chat(caller="machine"), EXPOSED)
    assert f.target.ids == ("chat-api",)
