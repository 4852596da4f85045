"""hygiene/undeclared-protocol and what outsiders send us.

An outsider's own traffic is theirs to protect, but personal data or credentials that
they send to a component we run arrive through an interface we build: how it takes
them (https or not) is ours to declare, as stride/unencrypted-boundary-crossing
already says of a declared cleartext protocol."""

from __future__ import annotations

import pytest

import threatgraph as tg

RULE = "hygiene/undeclared-protocol"


def _upload(data: tg.Data, *, protocol: str | None = None, ours: bool = True) -> tg.Report:
    tm = tg.ThreatModel("Uploads")
    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        candidate = tm.add(tg.Actor("Candidate"))
    zone = ("Company cloud", tg.Trust.INTERNAL) if ours else ("Vendor", tg.Trust.PARTNER)
    with tm.boundary(zone[0], trust=zone[1]):
        portal = tm.add(tg.Endpoint("Careers portal", purpose="api"))
    tm.flow(candidate, portal, data, protocol=protocol)
    return tm.analyze()


def _listed(report: tg.Report) -> tuple[str, ...]:
    found = report.for_rule(RULE)
    return tuple(t.key for f in found for t in f.affected)


@pytest.mark.parametrize(
    "data",
    [
        tg.Data("CV", sensitivity=tg.Sensitivity.PII),
        tg.Data("Password", kind="credentials"),
    ],
)
def test_personal_data_or_credentials_sent_to_our_interface_are_listed(data: tg.Data) -> None:
    assert _listed(_upload(data)) == ("flow:candidate->careers-portal",)


def test_a_declared_protocol_says_how_they_travel() -> None:
    assert _listed(_upload(tg.Data("CV", sensitivity="pii"), protocol="https")) == ()


def test_what_is_not_about_people_stays_the_outsiders_to_protect() -> None:
    assert _listed(_upload(tg.Data("Question", sensitivity="internal"))) == ()


def test_a_partners_interface_is_the_partners_to_declare() -> None:
    assert _listed(_upload(tg.Data("CV", sensitivity="pii"), ours=False)) == ()


def test_personal_data_we_send_to_outsiders_is_listed_too() -> None:
    tm = tg.ThreatModel("Payouts")
    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        claimant = tm.add(tg.Actor("Claimant"))
    with tm.boundary("Agency", trust=tg.Trust.INTERNAL):
        payments = tm.add(tg.Service("Benefit payments"))
    tm.flow(payments, claimant, tg.Data("Payment notice", sensitivity="pii"))
    assert _listed(tm.analyze()) == ("flow:benefit-payments->claimant",)
