"""Fixes taken from the verdicts recorded on fresh set 50
(``benchmarks/quality/reviews/v2-round58-fresh50``): each test pins what reviewers
missed or struck, and the variant of the same design on which the answer goes the
other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

INJECTION = "ai/indirect-prompt-injection"


def _findings(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == rule]


def _defender(*, uploader_trust: str) -> tg.ThreatModel:
    """A public defender's research agent reads case law from a vendor's database and
    the discovery the prosecution uploads through a portal (stored, chunked by a job,
    searched through a tool). The prosecution sits in a partner boundary, or (the
    variant) the uploads come from the office's own paralegal."""
    tm = tg.ThreatModel("defender research", profile="high")
    docs = tg.Data("Discovery documents", kind="documents", sensitivity="personal")
    chunks = tg.Data("Discovery chunks", kind="retrieved-context", sensitivity="personal")
    with tm.boundary("Legal research vendor", trust="partner"):
        caselaw = tm.add(tg.DataSource("Case law database", origin="vendor"))
    with tm.boundary("Uploaders", trust=uploader_trust):
        uploader = tm.add(tg.Actor("Prosecutor" if uploader_trust == "partner" else "Paralegal"))
    with tm.boundary("Office cloud", trust="internal"):
        portal = tm.add(tg.Endpoint("Discovery portal", controls=[tg.controls.Authentication()]))
        store = tm.add(tg.DataStore("Discovery store"))
        job = tm.add(tg.Pipeline("Discovery ingestion job"))
        index = tm.add(tg.VectorStore("Discovery index"))
        search = tm.add(tg.Tool("Discovery search tool"))
        lookup = tm.add(tg.Tool("Case law search tool"))
        agent = tm.add(tg.Agent("Research agent", autonomy="supervised"))
    tm.flow(uploader, portal, docs, protocol="https")
    tm.flow(portal, store, docs)
    tm.flow(store, job, docs)
    tm.flow(job, index, chunks)
    tm.flow(agent, search, tg.Data("Search", kind="tool-call"))
    tm.flow(search, index, tg.Data("Query", kind="tool-call"))
    tm.flow(index, search, chunks)
    tm.flow(search, agent, chunks)
    tm.flow(agent, lookup, tg.Data("Case law query", kind="tool-call"))
    tm.flow(lookup, caselaw, tg.Data("Vendor query", kind="tool-call"), protocol="https")
    tm.flow(caselaw, lookup, tg.Data("Opinions", kind="documents"), protocol="https")
    tm.flow(lookup, agent, tg.Data("Opinions", kind="documents"))
    return tm


def test_documents_people_at_another_company_send_are_a_way_in() -> None:
    """Missed on set 50: the finding named only the case-law vendor, while the
    opposing side's uploaded discovery reaches the same agent. A person at another
    company is named beside that company's data, not left out."""
    (f,) = _findings(_defender(uploader_trust="partner"), INJECTION)
    assert "Prosecutor" in f.explanation
    assert "Case law database" in f.explanation
    assert "inside the organisation" not in f.explanation


def test_a_colleague_uploading_is_not_another_company() -> None:
    """The same uploads from the office's own paralegal: another company's data is the
    way in named, and the paralegal is not called another company."""
    (f,) = _findings(_defender(uploader_trust="internal"), INJECTION)
    assert "Paralegal" not in f.explanation
    assert "another company puts in Case law database" in f.explanation
