"""A device shows what it shows to the people it shows it to.

Held-out set 279 struck, as wrong, a per-caller finding on a nightclub's ban list: a
patron's ID is placed on the door scanner, the admission service searches the ban list,
and the scanner shows the verdict to the door supervisor. The finding said the records
were fetched on behalf of the patron too, though the scanner shows the patron nothing.
Of the people at a device, only those it sends something to see what comes back to it.
"""

from __future__ import annotations

import threatgraph as tg


def _door(*, patron_sees: bool) -> tg.ThreatModel:
    tm = tg.ThreatModel("Door scanning", profile="high")
    doc = tg.Data("ID document", kind="documents", sensitivity="pii")
    scan = tg.Data("Document scan", kind="media", sensitivity="pii")
    bans = tg.Data("Ban records", kind="records", sensitivity="pii")
    verdict = tg.Data("Admission result", kind="records", sensitivity="pii")
    decision = tg.Data("Door decision", kind="records", sensitivity="pii")
    with tm.boundary("Street queue", trust="untrusted"):
        patron = tm.add(tg.Actor("Patron"))
    with tm.boundary("Venue", trust="internal"):
        supervisor = tm.add(tg.Actor("Door supervisor"))
        scanner = tm.add(tg.Device("Door scanner"))
    with tm.boundary("Group cloud", trust="internal"):
        admission = tm.add(tg.Service("Admission service"))
        ban_list = tm.add(tg.DataStore("Ban list", stores={bans}))
    tm.flow(patron, scanner, doc, label="placed on the reader")
    tm.flow(scanner, admission, scan, protocol="https")
    tm.flow(ban_list, admission, bans)
    tm.flow(admission, scanner, verdict, protocol="https")
    tm.flow(scanner, supervisor, verdict, label="on the touchscreen")
    tm.flow(supervisor, scanner, decision, label="tapped on the touchscreen")
    tm.flow(scanner, admission, decision, protocol="https")
    if patron_sees:
        tm.flow(scanner, patron, verdict, label="on the customer display")
    return tm


def _fetched_for(tm: tg.ThreatModel) -> str | None:
    report = tg.analyze(tm.freeze())
    found = [f for f in report.open() if f.rule == "stride/missing-subject-authorization"]
    return found[0].explanation if found else None


def test_a_patron_the_scanner_shows_nothing_is_no_caller_shown_the_records() -> None:
    said = _fetched_for(_door(patron_sees=False))
    assert said is None or "Patron" not in said


def test_a_patron_shown_the_verdict_is() -> None:
    said = _fetched_for(_door(patron_sees=True))
    assert said is not None
    assert "Patron" in said
