"""A request floods a model only if sending it runs the model.

On a tattoo studio's design, bookings from the web go to the back end and are saved in
the records database; the agent runs when staff scan a consent form, and looks bookings
up with a tool. The flood finding said each booking request runs the agent; a reviewer
struck it, as reviewers had on seven earlier designs where the request was stored, or
where the component in between sent the model something else.
"""

from __future__ import annotations

import pytest

import threatgraph as tg

FLOOD = "stride/denial-of-service"


def _studio(hand_on: str) -> tg.ThreatModel:
    """``hand_on``: what the back end sends the agent: "form" (text an OCR service read),
    "booking" (the booking itself), or "stored" (the form, with bookings kept in a
    database the agent's tool reads)."""
    tm = tg.ThreatModel("studio", profile="high")
    booking = tg.Data("Booking request", sensitivity="pii", kind="records")
    photo = tg.Data("Form photo", sensitivity="regulated", kind="documents")
    text = tg.Data("Form text", sensitivity="regulated", kind="documents")
    with tm.boundary("Internet", trust="untrusted"):
        client = tm.add(tg.Actor("Client", role="customer"))
    with tm.boundary("Vendors", trust="partner"):
        ocr = tm.add(tg.ExternalService("OCR service"))
    with tm.boundary("Studio", trust="internal"):
        staff = tm.add(tg.Actor("Front-desk staff"))
    with tm.boundary("Cloud", trust="internal"):
        site = tm.add(tg.Endpoint("Booking site", internet_facing=True))
        back_end = tm.add(tg.Service("Back end"))
        agent = tm.add(tg.Agent("Flag agent", autonomy="assistive"))
        llm = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
    tm.flow(client, site, booking, protocol="https")
    tm.flow(site, back_end, booking, protocol="https")
    tm.flow(staff, back_end, photo, protocol="https")
    tm.flow(back_end, ocr, photo, protocol="https")
    tm.flow(ocr, back_end, text, protocol="https")
    tm.flow(back_end, agent, booking if hand_on == "booking" else text)
    tm.flow(agent, llm, tg.Data("Prompt", kind="prompt"), protocol="https")
    tm.flow(llm, agent, tg.Data("Completion", kind="model-output"), protocol="https")
    if hand_on == "stored":
        with tm.boundary("Cloud"):
            db = tm.add(tg.DataStore("Records database", stores={booking}))
            lookup = tm.add(tg.Tool("Booking lookup tool", capabilities={"read"}))
        tm.flow(back_end, db, booking)
        tm.flow(db, lookup, booking)
        tm.flow(lookup, agent, booking)
    return tm


def _floods(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == FLOOD]


@pytest.mark.parametrize("hand_on", ["form", "stored"])
def test_a_request_that_does_not_run_the_agent_is_no_flood_of_it(hand_on: str) -> None:
    assert _floods(_studio(hand_on)) == []


def test_a_request_handed_on_to_the_agent_is() -> None:
    (f,) = _floods(_studio("booking"))
    assert "each request runs Flag agent" in f.explanation
