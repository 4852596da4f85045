"""Fixes taken from the review of fresh set 30 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round37-fresh30``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

PHISHING = "stride/phishing"


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _paged_counsellor(*, outsiders_text_too: bool) -> tg.ThreatModel:
    """Our triage console pages the on-call counsellor through an SMS provider; the
    counsellor opens the case on the console. In the variant, patients text the same
    number and the provider passes their messages on too."""
    tm = tg.ThreatModel("paging")
    page = tg.Data("Crisis page", kind="documents", sensitivity="confidential")
    with tm.boundary("SMS provider", trust="partner"):
        sms = tm.add(tg.ExternalService("SMS paging service"))
    with tm.boundary("University", trust="internal"):
        console = tm.add(tg.Service("Triage console"))
        counsellor = tm.add(tg.Actor("On-call counsellor"))
    tm.flow(console, sms, page, protocol="https")
    tm.flow(sms, counsellor, page, protocol="https")
    tm.flow(counsellor, console, tg.Data("Case note", kind="records"), protocol="https")
    if outsiders_text_too:
        with tm.boundary("Internet", trust="untrusted"):
            patient = tm.add(tg.Actor("Patient"))
        text = tg.Data("Patient text", kind="documents")
        tm.flow(patient, sms, text, protocol="https")
        tm.flow(sms, counsellor, text, protocol="https", id="sms->counsellor:patients")
    return tm


def test_our_own_alert_relayed_by_a_provider_is_not_a_message_from_outside() -> None:
    """Set 30's wellbeing chat (struck as weak): the SMS pages are the system's own
    alerts, relayed by a paging provider."""
    assert _open(_paged_counsellor(outsiders_text_too=False), PHISHING) == []


def test_what_outsiders_write_through_the_provider_still_reaches_the_person() -> None:
    (f,) = _open(_paged_counsellor(outsiders_text_too=True), PHISHING)
    assert f.target.ids == ("on-call-counsellor",)
