"""Codes that open a place, handed to the people who book it.

Reviewers of booking designs (a bunkhouse, a marina, a church hall, a beach hut, a
horsebox yard, holiday lets) named most often as missing that the door, gate or key
safe code sent to customers is shared or never expires: every past guest keeps a way
in. ``stride/lasting-access-code`` raises it once per design, on what hands the code
out, and a rule enforced where codes are made (one per booking, expiring, revoked on
cancellation) answers it.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c

CODES = "stride/lasting-access-code"


def _bunkhouse(
    *, policy: bool = False, via: str = "sms", sent: str = "Door code"
) -> tg.ThreatModel:
    """A door-code tool makes a code that a messaging provider texts to the guest; in
    the ``agent`` variant the guest asks the agent in chat, and it tells them."""
    tm = tg.ThreatModel("Bunkhouse")
    code = tg.Data("Door code", kind="credentials", sensitivity="secret")
    with tm.boundary("Internet", trust="untrusted"):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("Messaging provider", trust="partner"):
        sms = tm.add(tg.ExternalService("SMS provider"))
    with tm.boundary("Cloud", trust="internal"):
        rules = {c.PolicyEnforcement(rules="one code per booking, valid for its dates")}
        tool = tm.add(tg.Tool("Door code tool", controls=rules if policy else set()))
        agent = tm.add(tg.Agent("Guest agent"))
        chat = tm.add(tg.Endpoint("Chat endpoint", internet_facing=True))
    tm.flow(guest, chat, tg.Data("Guest message", kind="prompt"), protocol="https")
    tm.flow(chat, agent, tg.Data("Guest message", kind="prompt"))
    tm.flow(agent, tool, tg.Data("Code call", kind="tool-call"))
    tm.flow(tool, agent, code)
    if via == "agent":
        tm.flow(agent, chat, tg.Data("Agent reply", kind="model-output"))
        tm.flow(chat, guest, tg.Data("Agent reply", kind="model-output"), protocol="https")
    else:
        tm.flow(tool, sms, code, protocol="https")
        told = code if sent == code.name else tg.Data(sent, kind="records", sensitivity="secret")
        tm.flow(sms, guest, told, protocol="sms")
    return tm


@pytest.mark.parametrize("sent", ["Door code", "Code text message"])
def test_a_code_texted_to_guests_is_raised_on_what_makes_it(sent: str) -> None:
    (f,) = _bunkhouse(sent=sent).analyze().for_rule(CODES)
    assert f.target.key == "element:door-code-tool"
    assert "Door code to Guest" in f.explanation
    assert f.status.value == "open"


def test_an_agent_that_tells_guests_the_code_it_is_given_hands_it_out() -> None:
    (f,) = _bunkhouse(via="agent").analyze().for_rule(CODES)
    assert f.target.key == "element:guest-agent"


def test_a_rule_enforced_where_codes_are_made_answers_it() -> None:
    (f,) = _bunkhouse(policy=True).analyze().for_rule(CODES)
    assert f.status.value == "mitigated"


@pytest.mark.parametrize(
    "name",
    ["Booking reference", "Discount code", "QR ticket code", "Postcode", "Gate code request"],
)
def test_what_opens_no_place_is_left_out(name: str) -> None:
    assert _bunkhouse(sent=name).analyze().for_rule(CODES) == []


def test_a_rule_where_the_codes_are_made_counts_for_the_agent_that_tells_them() -> None:
    # re-review of the rule (v2-round267-session-additions): two designs declared the
    # rule on the door-code tool whose code an agent passes on; it answers the finding
    (f,) = _bunkhouse(via="agent", policy=True).analyze().for_rule(CODES)
    assert f.target.key == "element:guest-agent"
    assert f.status.value == "mitigated"


def test_a_rule_that_only_picks_who_gets_a_shared_code_leaves_it_lasting() -> None:
    # a set-226 reviewer's biggest gap: a goat yoga studio's job texts the fixed farm
    # gate code to today's confirmed bookings; its declared rule says who gets the code,
    # not how long the code works, so it does not answer the finding
    tm = tg.ThreatModel("Goat yoga")
    code = tg.Data("Farm gate code", kind="credentials", sensitivity="secret")
    with tm.boundary("Internet", trust="untrusted"):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("Cloud", trust="internal"):
        who = {c.PolicyEnforcement(rules="sends only to today's confirmed bookings")}
        job = tm.add(tg.Service("Gate code job", controls=who))
    tm.flow(job, guest, code, protocol="sms")
    (f,) = tm.analyze().for_rule(CODES)
    assert f.status.value == "open"


def test_a_job_given_the_code_that_mails_guests_hands_it_out_whatever_the_mail_is_called() -> None:
    # a holiday cottage's arrival e-mail tool reads the key safe codes and sends guests
    # an "arrival e-mail": a tool or job given the code that messages people passes it on
    tm = tg.ThreatModel("Cottage")
    code = tg.Data("Key safe codes", kind="credentials", sensitivity="secret")
    mail = tg.Data("Arrival e-mail", kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        guest = tm.add(tg.Actor("Guest"))
    with tm.boundary("Mail provider", trust="partner"):
        mailer = tm.add(tg.ExternalService("Transactional e-mail service"))
    with tm.boundary("Cloud", trust="internal"):
        bookings = tm.add(tg.DataStore("Booking system", stores={code}))
        tool = tm.add(tg.Tool("Arrival e-mail tool", capabilities={"send-messages"}))
    tm.flow(bookings, tool, code)
    tm.flow(tool, mailer, mail, protocol="https")
    tm.flow(mailer, guest, mail, protocol="smtp")
    (f,) = tm.analyze().for_rule(CODES)
    assert f.target.key == "element:arrival-e-mail-tool"
    assert "Key safe codes to Guest" in f.explanation


def test_a_lifetime_rule_on_the_vendor_system_that_makes_the_codes_counts() -> None:
    # a set-253 reviewer struck the finding on an apartment concierge: the door-entry
    # vendor's system that programs each visitor code declares that it caps codes at 24
    # hours, which is the limit the finding asks for; a partner's component that makes
    # the codes is where their life is enforced, whoever runs it
    tm = tg.ThreatModel("Concierge")
    code = tg.Data("Visitor entry code", kind="credentials", sensitivity="secret")
    ask = tg.Data("Visitor code request", kind="records")
    with tm.boundary("Internet", trust="untrusted"):
        resident = tm.add(tg.Actor("Resident"))
    with tm.boundary("Door entry vendor", trust="partner"):
        cap = {c.PolicyEnforcement(rules="caps visitor codes at 24 hours")}
        door = tm.add(tg.ExternalService("Door entry system", controls=cap))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Front-desk agent"))
        tool = tm.add(tg.Tool("Visitor code tool", capabilities={"write"}))
        api = tm.add(tg.Endpoint("Concierge API", internet_facing=True))
    tm.flow(resident, api, tg.Data("Resident message", kind="prompt"), protocol="https")
    tm.flow(api, agent, tg.Data("Resident message", kind="prompt"))
    tm.flow(agent, tool, ask)
    tm.flow(tool, door, ask, protocol="https")
    tm.flow(door, tool, code, protocol="https")
    tm.flow(tool, agent, code)
    tm.flow(agent, api, code)
    tm.flow(api, resident, code, protocol="https")
    (f,) = tm.analyze().for_rule(CODES)
    assert "policy_enforcement" in f.controls_present
    assert f.status.value == "mitigated"
