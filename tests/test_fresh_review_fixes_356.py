"""Changes taken from reviewers' verdicts on held-out sets 356 and later, made in the
session of 2026-12-07 (fortieth)."""

from __future__ import annotations

import pytest

import threatgraph as tg

INDIRECT = "ai/indirect-prompt-injection"
FLOOD = "stride/denial-of-service"


def _on(tm: tg.ThreatModel, rule: str) -> list[str]:
    return sorted(f.target.key for f in tm.analyze().open() if f.rule == rule)


def _triage(*, written: str, capability: str) -> tg.ThreatModel:
    """Set 356's vet triage chatbot: the clinical lead vet publishes the triage guidance
    the agent retrieves; pet owners only chat with it."""
    tm = tg.ThreatModel("triage", profile="high")
    doc = tg.Data(written, kind="documents", sensitivity="internal")
    chunks = tg.Data("Chunks", kind="retrieved-context", sensitivity="internal")
    msg = tg.Data("Owner message", kind="prompt", sensitivity="pii")
    reply = tg.Data("Triage reply", kind="model-output", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        owner = tm.add(tg.Actor("Pet owner"))
    with tm.boundary("Clinic", trust="internal"):
        vet = tm.add(tg.Actor("Clinical lead vet"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", purpose="api", internet_facing=True))
        agent = tm.add(tg.Agent("Triage agent", autonomy="autonomous"))
        pipe = tm.add(tg.Pipeline("Indexing pipeline"))
        index = tm.add(tg.VectorStore("Guidance index"))
        tool = tm.add(tg.Tool("Clinic tool", capabilities={capability}))
        pms = tm.add(tg.DataStore("Practice records"))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(vet, pipe, doc, protocol="https")
    tm.flow(pipe, index, chunks)
    tm.flow(index, agent, chunks)
    tm.flow(owner, api, msg, protocol="https")
    tm.flow(api, agent, msg)
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt", sensitivity="pii"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    tm.flow(agent, tool, tg.Data("Tool call", kind="tool-call", sensitivity="pii"))
    tm.flow(tool, pms, tg.Data("Appointment", kind="records", sensitivity="pii"))
    tm.flow(agent, api, reply)
    tm.flow(api, owner, reply, protocol="https")
    return tm


def test_a_colleague_writing_the_guidance_the_agent_follows_injects_nothing() -> None:
    """Set 356 (struck as wrong: "the clinical lead vet is the trusted author of the
    triage guidance; that content is meant to steer the agent"), and sets 129, 200,
    281, 283 and 335 before it: what a colleague writes as the reference the agent
    is built to follow is what it is told, not text injected into what it reads."""
    tm = _triage(written="Clinical triage guidance", capability="write")
    assert _on(tm, INDIRECT) == []
    # the owner's own chat is still the direct finding's
    assert _on(tm, "ai/prompt-injection-direct") == ["element:triage-agent"]


def test_a_colleagues_notes_are_still_a_way_in() -> None:
    """What a colleague writes that is not reference everyone follows (case notes) is
    still the way in the indirect finding names."""
    tm = _triage(written="Case notes", capability="write")
    assert _on(tm, INDIRECT) == ["element:triage-agent"]


@pytest.mark.parametrize("capability", ["delete", "money-movement", "execute-code"])
def test_guidance_steering_an_agent_that_deletes_or_pays_keeps_the_finding(
    capability: str,
) -> None:
    """A runbook agent acting in production (set 13, kept): a colleague has reasons to
    steer an agent that deletes, pays or runs code, so the finding stays even when what
    they write is its runbook."""
    tm = _triage(written="Operations runbook", capability=capability)
    assert _on(tm, INDIRECT) == ["element:triage-agent"]


def _gate(protocol: str | None) -> tg.ThreatModel:
    """Set 356's lift gate: a skier taps a season pass on the turnstile's reader, the
    turnstile camera takes a photo, and the gate controller asks the face match service."""
    tm = tg.ThreatModel("gate", profile="high")
    number = tg.Data("Pass number", kind="records", sensitivity="pii")
    photo = tg.Data("Gate photo", kind="media", sensitivity="pii")
    with tm.boundary("Public", trust="untrusted"):
        skier = tm.add(tg.Actor("Skier"))
    with tm.boundary("Lift station", trust="internal"):
        gate = tm.add(tg.Service("Gate controller"))
        camera = tm.add(tg.Device("Turnstile camera"))
    with tm.boundary("Data room", trust="internal"):
        match = tm.add(tg.Service("Face match service"))
        model = tm.add(tg.Model("Face verification model", task="verification"))
    tm.flow(skier, gate, number, protocol=protocol)
    tm.flow(skier, camera, photo)
    tm.flow(camera, gate, photo, protocol="https")
    tm.flow(gate, match, photo, protocol="https")
    tm.flow(match, model, photo)
    tm.flow(model, match, tg.Data("Score", kind="model-output", sensitivity="pii"))
    tm.flow(match, gate, tg.Data("Match result", kind="model-output", sensitivity="pii"))
    return tm


@pytest.mark.parametrize("protocol", ["rfid", "NFC", None])
def test_a_card_tapped_on_the_turnstile_floods_nothing(protocol: str | None) -> None:
    """Set 356 (struck as wrong: "the requests are RFID card taps by a person standing
    at a physical turnstile"): a person who taps a card on the reader stands at the
    machine, as one who names no protocol does."""
    assert _on(_gate(protocol), FLOOD) == []


def test_a_pass_sent_over_the_network_can_flood() -> None:
    """The same gate reached over HTTPS is a request API anyone may call."""
    assert _on(_gate("https"), FLOOD) == ["element:gate-controller"]


PASSWORD = "stride/password-only-sign-in"


def _weighbridge(*, operator: bool) -> tg.ThreatModel:
    """Set 359's grain intake: a farmer hands a delivery note in at the weighbridge
    office, where the intake operator signs in to the ticketing system (its own
    weighbridge indicator beside it) with a username and password."""
    import threatgraph.controls as c

    tm = tg.ThreatModel("intake", profile="high")
    note = tg.Data("Delivery declaration", kind="records", sensitivity="pii")
    with tm.boundary("Outside", trust="untrusted"):
        farmer = tm.add(tg.Actor("Farmer member"))
    with tm.boundary("Intake site", trust="internal"):
        ticketing = tm.add(
            tg.Service(
                "Weighbridge ticketing system",
                controls=[c.Authentication(method="individual operator username and password")],
            )
        )
        scale = tm.add(tg.Device("Weighbridge indicator"))
        staff = tm.add(tg.Actor("Intake operator"))
        store = tm.add(tg.DataStore("Delivery records"))
    tm.flow(farmer, ticketing, note)
    tm.flow(scale, ticketing, tg.Data("Weights", kind="records"), protocol="serial")
    if operator:
        tm.flow(staff, ticketing, tg.Data("Grade confirmation", kind="records"))
    tm.flow(ticketing, store, tg.Data("Ticket", kind="records", sensitivity="pii"))
    tm.flow(ticketing, farmer, tg.Data("Printed ticket", kind="records", sensitivity="pii"))
    return tm


def test_a_note_handed_in_at_the_office_is_no_outsider_sign_in() -> None:
    """Set 359 (struck as wrong: "the farmer hands in a paper declaration and never
    signs in; the password belongs to intake operators on the site LAN"): a person at
    the machine itself, which our own people work, does not sign in to it."""
    assert _on(_weighbridge(operator=True), PASSWORD) == []


def test_a_kiosk_nobody_of_ours_works_is_signed_in_to_by_whoever_stands_at_it() -> None:
    """With no staff at the machine, the person standing at it is the one who signs
    in (a ski hire fitting kiosk taking a booking reference and a surname)."""
    assert _on(_weighbridge(operator=False), PASSWORD) == ["element:weighbridge-ticketing-system"]
