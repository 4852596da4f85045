"""A public front is built for the people it answers.

Reviewers struck ``stride/exposed-interface`` on ticket shops, booking and quote
websites, a public catalogue and a photo storefront: asking a site that anonymous
buyers must use to authenticate them misreads its role, and whether each buyer may
see what the site hands back is the subject-authorization finding's part. A device or
another machine calling the same site without credentials is still an exposure.
"""

from __future__ import annotations

import threatgraph as tg

EXPOSED = "stride/exposed-interface"


def _ticket_shop(*, kiosk: bool) -> tg.ThreatModel:
    """Buyers book seats on an internet-facing ticket shop that reads bookings back from
    the booking database; in the variant a gate kiosk on the public forecourt also
    calls it, with no credentials, to look tickets up."""
    tm = tg.ThreatModel("Tickets")
    booking = tg.Data("Booking", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        buyer = tm.add(tg.Actor("Ticket buyer"))
        gate = tm.add(tg.Device("Gate kiosk")) if kiosk else None
    with tm.boundary("Cloud", trust="internal"):
        shop = tm.add(tg.Service("Ticket shop", internet_facing=True))
        db = tm.add(tg.DataStore("Booking database", stores={booking}))
    tm.flow(buyer, shop, tg.Data("Order", kind="records", sensitivity="pii"), protocol="https")
    tm.flow(shop, db, booking)
    tm.flow(db, shop, booking)
    tm.flow(shop, buyer, booking, protocol="https")
    if gate is not None:
        tm.flow(gate, shop, tg.Data("Ticket code", kind="records"), protocol="https")
        tm.flow(shop, gate, booking, protocol="https")
    return tm


def test_a_ticket_shop_is_not_asked_to_sign_its_buyers_in() -> None:
    report = _ticket_shop(kiosk=False).analyze()
    assert report.for_rule(EXPOSED) == []
    # one finding says whether each buyer gets only their own bookings
    (f,) = report.for_rule("stride/missing-subject-authorization")
    assert f.target.key == "element:booking-database"


def test_a_machine_calling_it_without_credentials_is_still_an_exposure() -> None:
    (f,) = _ticket_shop(kiosk=True).analyze().for_rule(EXPOSED)
    assert f.target.key == "element:ticket-shop"
    assert "Gate kiosk" in f.explanation
    assert "Ticket buyer" not in f.explanation
