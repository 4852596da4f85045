"""``ai/queries-reveal-work``: an agent's lookups that carry confidential work out of the
organisation in normal operation.

Taken from the "important threats missing" lists recorded on the fresh sets
(``benchmarks/quality/reviews``): reviewers of a patent prior-art agent, a public
defender's research agent, an equity research agent, an art-provenance agent, a
newsroom fact checker, a genomics assistant, a discharge planner and a SOC triage agent
each named confidential queries sent to outside search services as missing (an
unpublished invention, a theory of the case, a research target). Each test pins the
design and a variant on which the answer goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding, Status

RULE = "ai/queries-reveal-work"


def _found(tm: tg.ThreatModel) -> list[Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _prior_art(
    *,
    query_sensitivity: str = "confidential",
    query_kind: str = "tool-call",
    capabilities: frozenset[str] = frozenset({"read", "network-egress"}),
    destination: str = "search",
    minimised: bool = False,
) -> tg.ThreatModel:
    """A prior-art agent reads a client's invention disclosure and searches a public
    patent office and a literature index through one search tool. ``destination``:
    where the tool sends its queries (``search``: a public search API and a literature
    index; ``model``: a hosted model API; ``inside``: the firm's own index;
    ``partner``: a filing agent's service that acts on what it is sent; ``contracted``:
    a patent data vendor in a partner boundary, answering under contract)."""
    tm = tg.ThreatModel("prior art")
    disclosure = tg.Data("Invention disclosure", kind="documents", sensitivity="confidential")
    query = tg.Data("Search query", kind=query_kind, sensitivity=query_sensitivity)
    results = tg.Data("Search results", kind="documents")
    with tm.boundary("Internet", trust="untrusted"):
        patents = tm.add(tg.ExternalService("Patent office search API", provides="data-provider"))
        papers = tm.add(tg.DataSource("Literature index", origin="public-web"))
        hosted = tm.add(tg.ExternalService("Hosted model API", provides="model-api"))
        agent_service = tm.add(tg.ExternalService("Filing agent service"))
    with tm.boundary("Contracted vendors", trust="partner"):
        vendor = tm.add(tg.ExternalService("Patent data vendor", provides="data-provider"))
    with tm.boundary("Firm", trust="internal"):
        attorney = tm.add(tg.Actor("Patent attorney"))
        store = tm.add(tg.DataStore("Matter store"))
        own_index = tm.add(tg.DataStore("Firm index"))
        agent = tm.add(tg.Agent("Prior-art agent"))
        controls = [tg.controls.DataMinimization()] if minimised else []
        tool = tm.add(tg.Tool("Search tool", capabilities=set(capabilities), controls=controls))
    tm.flow(attorney, agent, tg.Data("Search brief", kind="prompt", sensitivity="confidential"))
    tm.flow(store, agent, disclosure)
    tm.flow(agent, tool, query)
    targets = {
        "search": [patents, papers],
        "model": [hosted],
        "inside": [own_index],
        "partner": [agent_service],
        "contracted": [vendor],
    }
    for target in targets[destination]:
        tm.flow(tool, target, query, protocol="https")
        tm.flow(target, tool, results, protocol="https")
    tm.flow(tool, agent, tg.Data("Hits", kind="tool-result"))
    tm.flow(agent, attorney, tg.Data("Prior-art report", kind="model-output"))
    return tm


def test_confidential_queries_to_outside_search_services() -> None:
    """The patent agent's searches carry the invention to two outside services: one
    finding on the agent, naming the tool, the query data and both destinations."""
    (f,) = _found(_prior_art())
    assert f.status is Status.OPEN
    assert f.target.ids == ("prior-art-agent",)
    assert "Search tool" in f.explanation
    assert "Search query (confidential)" in f.explanation
    assert "Patent office search API" in f.explanation
    assert "Literature index" in f.explanation
    assert "data_minimization" in f.controls_missing


def test_stripped_queries_mitigate_it() -> None:
    """Queries generalised before they leave (data minimisation on the tool) answer it."""
    (f,) = _found(_prior_art(minimised=True))
    assert f.status is Status.MITIGATED


def test_public_keywords_are_no_disclosure() -> None:
    assert _found(_prior_art(query_sensitivity="internal")) == []


def test_personal_data_to_an_outside_service_is_another_question() -> None:
    """Personal data sent to a service (a booking, a bureau check) is that processor's
    question, not the organisation's work leaking."""
    assert _found(_prior_art(query_sensitivity="pii")) == []


def test_a_tool_that_acts_is_not_a_lookup() -> None:
    """A tool that writes or pays sends orders, not searches."""
    caps = frozenset({"read", "write", "network-egress"})
    assert _found(_prior_art(capabilities=caps)) == []


def test_queries_to_a_model_api_are_the_provider_findings() -> None:
    assert _found(_prior_art(destination="model")) == []


def test_queries_to_the_firms_own_index_stay_inside() -> None:
    assert _found(_prior_art(destination="inside")) == []


def test_a_document_sent_out_is_not_a_query() -> None:
    """A tool handing a whole document to an outside party is a transfer the design
    makes on purpose; only queries (tool calls, prompts) are this rule's."""
    assert _found(_prior_art(query_kind="documents")) == []


def test_a_service_that_acts_on_what_it_is_sent_is_its_job() -> None:
    """A partner's service that acts on the request (a booking partner's search, a
    filing agent) is sent it to do its job: struck as weak on a tuned travel agent."""
    assert _found(_prior_art(destination="partner")) == []


def test_a_contracted_data_provider_is_asked_what_it_exists_to_answer() -> None:
    """Sets 393, 382, 379, 356, 326, 324, 269, 145, 131, 126, 115 and 96 (struck
    twelve times: "the meter data provider's job is to answer meter point queries";
    "the contracted chain-analytics vendor"): a data provider placed in a partner
    boundary answers under its terms, and the queries leak nothing it is not there to
    see."""
    assert _found(_prior_art(destination="contracted")) == []
