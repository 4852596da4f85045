"""A text message crossing to another organisation is no likelier to be read than a link
inside one.

A cleartext link to another organisation runs over networks neither side controls, so
``stride/unencrypted-boundary-crossing`` rates reading it one step likelier. A text
message runs over the phone networks: reading or changing it takes an attack on the
network itself (signalling access, a fake base station), and reviewers rated an SMS
gateway's alerts to a rescue controller and to on-call staff a band or two lower than
the tool did. The finding stays, one step less likely; the same alert over plain HTTP
keeps the step.
"""

from __future__ import annotations

import pytest

import threatgraph as tg

CLEARTEXT = "stride/unencrypted-boundary-crossing"


def _alert(protocol: str) -> tg.ThreatModel:
    """A partner's gateway sends an alert naming a runner to the rescue controller."""
    tm = tg.ThreatModel("Race alerts")
    alert = tg.Data("Runner alert", kind="records", sensitivity="pii")
    with tm.boundary("SMS provider", trust="partner"):
        gateway = tm.add(tg.ExternalService("Message gateway"))
    with tm.boundary("Rescue team", trust="internal"):
        controller = tm.add(tg.Actor("Callout controller"))
    with tm.boundary("Race cloud", trust="internal"):
        agent = tm.add(tg.Service("Race service"))
    tm.flow(agent, gateway, alert, protocol="https")
    tm.flow(gateway, controller, alert, protocol=protocol)
    return tm


def _finding(protocol: str) -> tg.Finding:
    (f,) = _alert(protocol).analyze().for_rule(CLEARTEXT)
    assert f.target.key == "flow:message-gateway->callout-controller"
    return f


@pytest.mark.parametrize("protocol", ["sms", "text message"])
def test_a_text_message_to_another_organisation_is_not_rated_likelier(protocol: str) -> None:
    sms = _finding(protocol)
    web = _finding("http")
    assert sms.likelihood < web.likelihood
    assert sms.impact == web.impact
    assert "SMS text messages" in sms.explanation


def _staff_alert(sensitivity: str) -> tg.ThreatModel:
    """An alert service texts the duty officer through a partner's SMS gateway."""
    tm = tg.ThreatModel("Buoy alerts")
    alert = tg.Data("Duty officer page", kind="records", sensitivity=sensitivity)
    with tm.boundary("SMS provider", trust="partner"):
        gateway = tm.add(tg.ExternalService("SMS paging service"))
    with tm.boundary("Operations", trust="internal"):
        officer = tm.add(tg.Actor("Duty officer"))
    with tm.boundary("Cloud", trust="internal"):
        service = tm.add(tg.Service("Alert service"))
    tm.flow(service, gateway, alert, protocol="https")
    tm.flow(gateway, officer, alert, protocol="sms")
    return tm


def test_a_text_message_with_nothing_above_internal_is_not_raised() -> None:
    # reviewers struck four of five such findings: the phone network cannot be asked to
    # encrypt an alert, and reading one gains little
    assert _staff_alert("internal").analyze().for_rule(CLEARTEXT) == []


def test_a_text_message_about_a_person_is_still_raised() -> None:
    (f,) = _staff_alert("pii").analyze().for_rule(CLEARTEXT)
    assert f.target.key == "flow:sms-paging-service->duty-officer"
