"""Fixes taken from the review of fresh set 30 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round37-fresh30``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c
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


PROVIDER = "ai/third-party-model-provider"


def _lease_vendor(*, assessed_llm: bool) -> tg.ThreatModel:
    """An indexing job sends lease text to the vendor's embedding API and its hosted
    LLM, both in the vendor's boundary; the LLM declares a supplier assessment (in the
    variant, nothing is assessed)."""
    tm = tg.ThreatModel("leases")
    text = tg.Data("Lease text", kind="documents", sensitivity="confidential")
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(
            tg.LLM(
                "Hosted LLM",
                origin="third-party-api",
                controls={c.SupplierAssessment()} if assessed_llm else set(),
            )
        )
        embed = tm.add(tg.Model("Embedding API", task="embedding", origin="third-party-api"))
    with tm.boundary("Platform", trust="internal"):
        job = tm.add(tg.Pipeline("Indexing job", stage="ingestion"))
    tm.flow(job, embed, text, protocol="https")
    tm.flow(job, llm, text, protocol="https")
    return tm


def test_a_vendor_assessed_for_one_model_is_assessed_for_its_other_models() -> None:
    """Set 30's lease service (struck as weak): the embedding API belongs to the LLM
    vendor, whose assessment the design declares on the LLM. (Set 31's telecom agent:
    one vendor's models are one finding.)"""
    assert _open(_lease_vendor(assessed_llm=True), PROVIDER) == []
    # nothing assessed: one finding for the vendor, listing both of its models
    (f,) = _open(_lease_vendor(assessed_llm=False), PROVIDER)
    assert f.target.ids == ("embedding-api",)
    assert "Embedding API (LLM vendor, partner) (and Hosted LLM), models another" in (f.explanation)
