"""Fixes taken from the review of fresh set 70 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round85-fresh70``): each test pins
what reviewers struck or named as missing, and the variants of the same design on which
the finding stays."""

from __future__ import annotations

import threatgraph as tg

UNDECLARED = "hygiene/undeclared-protocol"


def _counter(*, protocol: str | None = None) -> tg.ThreatModel:
    """A seller shows an ID card to yard staff at the counter, who key it into the
    yard's ticketing terminal; the ID details are personal data."""
    tm = tg.ThreatModel("scrap yard")
    card = tg.Data("Seller ID details", kind="records", sensitivity="pii")
    with tm.boundary("Public", trust="untrusted"):
        seller = tm.add(tg.Actor("Seller"))
    with tm.boundary("Yard", trust="internal"):
        staff = tm.add(tg.Actor("Yard staff"))
        terminal = tm.add(tg.Service("Ticketing terminal"))
    tm.flow(seller, staff, card, protocol=protocol)
    tm.flow(staff, terminal, card, protocol="https")
    return tm


def test_two_people_talking_at_a_counter_are_no_network_link() -> None:
    """Set 70's scrap-metal reviewer struck the request to declare how the seller's
    conversation with yard staff is protected: it is face to face."""
    assert list(_counter().analyze().for_rule(UNDECLARED)) == []


def test_a_link_between_two_people_that_names_a_protocol_is_still_judged() -> None:
    # a protocol named between two people says they use a network: one threatgraph does
    # not know is still listed
    (f,) = _counter(protocol="walkie-talkie").analyze().for_rule(UNDECLARED)
    assert f.is_open
    assert "walkie-talkie" in f.explanation
