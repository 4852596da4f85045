"""Fixes from held-out set 248's verdicts (v2-round300-fresh248) that are not in a file
of their own: a form handed over at the counter is no file an outsider made."""

from __future__ import annotations

import pytest

import threatgraph as tg

PARSING = "stride/untrusted-file-parsing"


@pytest.mark.parametrize(("protocol", "raised"), [(None, False), ("usb", True)])
def test_a_form_handed_to_our_staff_is_photographed_by_us(
    protocol: str | None, raised: bool
) -> None:
    """The tattoo studio: clients hand the signed form to front-desk staff, who
    photograph it with the studio's tablet; the back end opens the photo. Struck as
    wrong: no outsider made that file. A file brought on a USB stick still counts."""
    tm = tg.ThreatModel("studio", profile="high")
    form = tg.Data("Signed consent form photo", kind="documents", sensitivity="regulated")
    text = tg.Data("Form text", kind="records", sensitivity="regulated")
    with tm.boundary("Internet", trust="untrusted"):
        client = tm.add(tg.Actor("Client", role="customer"))
    with tm.boundary("Studio", trust="internal"):
        staff = tm.add(tg.Actor("Front-desk staff"))
        tablet = tm.add(tg.Device("Front-desk tablet", fleet=True))
    with tm.boundary("Cloud", trust="internal"):
        back_end = tm.add(tg.Service("Studio back end"))
        store = tm.add(tg.DataStore("Records", stores={text}))
    tm.flow(client, staff, form, protocol=protocol, label="handed over at the counter")
    tm.flow(staff, tablet, form, label="photographed on the tablet")
    tm.flow(tablet, back_end, form, protocol="https")
    tm.flow(back_end, store, text)
    found = [f for f in tm.analyze().open() if f.rule == PARSING]
    assert bool(found) == raised
