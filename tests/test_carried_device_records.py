"""``stride/carried-device-records``: phones and tablets our people carry, sent records
about other people.

Reviewers of held-out designs named a lost or stolen staff phone or tablet among the
threats missing from about half of the designs that have one (a technician's job
list, a driver's run sheet, a steward's register of children). The finding is raised
once per design, on the first such device that declares no encryption of what it
keeps; a customer's own app, alerts that pass, and kiosks and wall screens are left
out.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "stride/carried-device-records"
JOBS = tg.Data("Day job list", kind="records", sensitivity="pii")


def _round(
    *,
    carrier: str = "Cleaning technician",
    device: str = "Technician phone app",
    sent: tg.Data = JOBS,
    controls: frozenset[c.Control] = frozenset(),
    second: str = "",
) -> tg.ThreatModel:
    """Customers book a clean; the booking service sends ``sent`` to ``device``, which
    ``carrier`` uses in the field (and to a ``second`` device, if named)."""
    tm = tg.ThreatModel("Carpet cleaning")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Field", trust="untrusted"):
        person = tm.add(tg.Actor(carrier))
        phone = tm.add(tg.Device(device, controls=set(controls)))
        extra = tm.add(tg.Device(second)) if second else None
    with tm.boundary("Cloud", trust="internal"):
        service = tm.add(tg.Service("Booking service"))
    tm.flow(customer, service, tg.Data("Booking", kind="records", sensitivity="pii"))
    tm.flow(service, phone, sent)
    tm.flow(phone, person, sent)
    if extra is not None:
        tm.flow(service, extra, sent)
        tm.flow(extra, person, sent)
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return tm.analyze().for_rule(RULE)


def test_a_staff_phone_sent_customers_records_is_raised() -> None:
    (f,) = _found(_round())
    assert f.is_open
    assert f.target.key == "element:technician-phone-app"
    assert "carried by Cleaning technician" in f.explanation
    assert "Day job list, built from what Customer sends" in f.explanation
    assert "nothing declared encrypts what it keeps" in f.explanation
    assert tg.Stride.INFORMATION_DISCLOSURE in f.stride


def test_losing_it_is_an_accident_not_rated_by_attackers_nearby() -> None:
    # the same device in the field and in the office is equally likely to be lost
    (f,) = _found(_round())
    assert f.likelihood.value == "possible"


def test_device_encryption_answers_it() -> None:
    (f,) = _found(_round(controls=frozenset({c.EncryptionAtRest()})))
    assert not f.is_open


def test_two_devices_are_one_finding_that_moves_to_the_one_left_unencrypted() -> None:
    (f,) = _found(_round(second="Van tablet"))
    assert f.target.key == "element:technician-phone-app"
    assert "(and Van tablet)" in f.explanation
    (g,) = _found(_round(second="Van tablet", controls=frozenset({c.EncryptionAtRest()})))
    assert g.is_open
    assert g.target.key == "element:van-tablet"
    assert "Technician phone app" not in g.explanation


@pytest.mark.parametrize("carrier", ["Client", "Homeowner", "Member"])
def test_a_customers_own_app_is_left_out(carrier: str) -> None:
    assert _found(_round(carrier=carrier, device="Booking phone app")) == []


@pytest.mark.parametrize("device", ["Self-service kiosk", "Lobby display", "Shed sensor"])
def test_fixed_devices_are_left_out(device: str) -> None:
    assert _found(_round(device=device)) == []


def test_an_alert_about_no_one_outside_is_left_out() -> None:
    # the supervisor is sent a passing alert that no outsider's content reaches
    tm = tg.ThreatModel("Site safety")
    with tm.boundary("Site", trust="internal"):
        camera = tm.add(tg.Device("Gate camera"))
        detector = tm.add(tg.Model("PPE detector", task="detector"))
        supervisor = tm.add(tg.Actor("Site supervisor"))
        phone = tm.add(tg.Device("Supervisor phone app"))
    alert = tg.Data("Safety alert", kind="model-output", sensitivity="pii")
    tm.flow(camera, detector, tg.Data("Frames", kind="media", sensitivity="pii"))
    tm.flow(detector, phone, alert)
    tm.flow(phone, supervisor, alert)
    assert _found(tm) == []
    # a register of the workers on site is a record the phone keeps
    tm2 = tg.ThreatModel("Site register")
    with tm2.boundary("Site", trust="internal"):
        service = tm2.add(tg.Service("Site service"))
        supervisor2 = tm2.add(tg.Actor("Site supervisor"))
        phone2 = tm2.add(tg.Device("Supervisor phone app"))
    register = tg.Data("Worker register", kind="records", sensitivity="pii")
    tm2.flow(service, phone2, register)
    tm2.flow(phone2, supervisor2, register)
    (f,) = _found(tm2)
    assert "Worker register" in f.explanation


def test_credentials_alone_are_not_records_about_people() -> None:
    token = tg.Data("Session token", kind="credentials", sensitivity="secret")
    assert _found(_round(sent=token)) == []


@pytest.mark.parametrize("device", ["Counter tablet", "Door tablet", "Shared ward tablet"])
def test_a_tablet_named_for_where_it_stays_is_left_out(device: str) -> None:
    # re-reviewers struck it on a yard tablet, a salon tablet, a ward tablet, a nursery's
    # door tablet and a clinic's consultation tablet: they do not go out with anyone
    assert _found(_round(device=device)) == []


def test_a_phone_goes_where_its_person_goes_whatever_it_is_called() -> None:
    (f,) = _found(_round(device="Yard phone"))
    assert f.target.key == "element:yard-phone"


def test_a_contractors_own_phone_is_not_ours_to_encrypt() -> None:
    assert _found(_round(carrier="Plumbing contractor", device="Contractor phone app")) == []


def test_a_chat_reply_or_an_alert_is_no_record_even_when_outsiders_shape_it() -> None:
    reply = tg.Data("Chatbot reply", kind="model-output", sensitivity="pii")
    assert _found(_round(sent=reply)) == []


def test_a_device_said_to_be_managed_is_left_out() -> None:
    tm = _round(device="Surveyor tablet")
    assert len(_found(tm)) == 1
    managed = tg.ThreatModel("Damp surveys")
    with managed.boundary("Internet", trust="untrusted"):
        tenant = managed.add(tg.Actor("Tenant"))
    with managed.boundary("Field", trust="untrusted"):
        surveyor = managed.add(tg.Actor("Surveyor"))
        tablet = managed.add(
            tg.Device("Surveyor tablet", description="MDM-managed tablet running the app.")
        )
    with managed.boundary("Cloud", trust="internal"):
        repairs = managed.add(tg.Service("Repairs system"))
    jobs = tg.Data("Inspection jobs", kind="records", sensitivity="pii")
    managed.flow(tenant, repairs, tg.Data("Repair request", kind="records", sensitivity="pii"))
    managed.flow(repairs, tablet, jobs)
    managed.flow(tablet, surveyor, jobs)
    assert _found(managed) == []
