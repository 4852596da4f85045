"""Notes, entries and messages people type are not files a parser opens.

Reviewers struck ``stride/untrusted-file-parsing`` on home-visit notes, journal
entries, a fact library's facts, guest reviews and forum posts declared as documents:
people type them into a form or a chat, nothing is uploaded, and there is no file
parser to exploit. Data named as a file (an upload, a PDF, a scan, a photo) still
counts, whatever else its name says.
"""

from __future__ import annotations

import threatgraph as tg

RULE = "stride/untrusted-file-parsing"


def _rescue(name: str) -> tg.ThreatModel:
    """Volunteers outside send what they wrote after a home visit to a summarisation
    service that turns it into a summary for the adoption panel."""
    tm = tg.ThreatModel("Rescue")
    sent = tg.Data(name, kind="documents", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        volunteer = tm.add(tg.Actor("Volunteer"))
    with tm.boundary("Cloud", trust="internal"):
        service = tm.add(tg.Service("Summarisation service"))
        store = tm.add(tg.DataStore("Case store"))
    tm.flow(volunteer, service, sent, protocol="https")
    tm.flow(service, store, tg.Data("Visit summary", kind="records", sensitivity="pii"))
    return tm


def _parsing(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().open() if f.rule == RULE]


def test_typed_notes_are_no_file() -> None:
    assert _parsing(_rescue("Home-visit notes")) == []
    assert _parsing(_rescue("Forum posts")) == []


def test_files_still_count() -> None:
    for name in ("Home-visit notes upload", "Scanned visit notes", "Visit report"):
        (f,) = _parsing(_rescue(name))
        assert f.target.key == "element:summarisation-service", name
