"""ai/tool-ssrf: a fetch tool an agent points reaches inside the network.

Reviewers of fresh designs listed server-side request forgery through an agent's
fetch tool as missing on seven designs (a research pipeline's web fetcher, a shopping
agent's headless browser, a fact-check agent's page fetcher, a travel agent's review
reader, a sales agent's web research tool, OpenClaw's web_fetch skill), where CWE-918
was at most a tag on the tool-misuse finding. Each test builds the smallest design
that shows one part of the rule's contract.
"""

from __future__ import annotations

import threatgraph as tg
import threatgraph.controls as c
from threatgraph.findings import Finding

RULE = "ai/tool-ssrf"


def _agent_with_fetcher(
    *,
    capabilities: frozenset[str] = frozenset({"read", "network-egress"}),
    tool_boundary: str = "cloud",
    source_origin: str = "public-web",
    tool_controls: frozenset[c.Control] = frozenset(),
) -> tg.ThreatModel:
    tm = tg.ThreatModel("Fetcher")
    with tm.boundary("Internet", trust="untrusted"):
        web = tm.add(tg.DataSource("Web pages", origin=source_origin))
    with tm.boundary("Users", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("Cloud", trust="internal"):
        agent = tm.add(tg.Agent("Research agent"))
    with tm.boundary("Sandbox", trust="partner"):
        pass
    tool = tm.add(
        tg.Tool("Page fetcher", capabilities=capabilities, controls=tool_controls),
        boundary=tool_boundary,
    )
    tm.flow(user, agent, tg.Data("Question", kind="prompt"))
    tm.flow(agent, tool, tg.Data("URL", kind="tool-call"))
    tm.flow(web, tool, tg.Data("Pages", kind="documents"))
    tm.flow(tool, agent, tg.Data("Page text", kind="tool-result"))
    return tm


def _found(tm: tg.ThreatModel) -> list[Finding]:
    report = tm.analyze()
    assert not report.errors
    return list(report.for_rule(RULE))


def test_raised_on_the_fetch_tool_with_who_can_point_it() -> None:
    (f,) = _found(_agent_with_fetcher())
    assert f.target.key == "element:page-fetcher"
    assert "at addresses Research agent chooses from inside Cloud" in f.explanation
    assert "User (Users, untrusted)" in f.explanation
    assert "cloud metadata endpoint" in f.explanation
    assert f.cwe == ("CWE-918",)
    assert f.status is tg.Status.OPEN


def test_a_tool_outside_our_network_reaches_nothing_of_ours() -> None:
    assert _found(_agent_with_fetcher(tool_boundary="sandbox")) == []


def test_a_tool_that_runs_code_is_the_code_execution_finding() -> None:
    caps = frozenset({"read", "network-egress", "execute-code"})
    assert _found(_agent_with_fetcher(capabilities=caps)) == []


def test_a_tool_without_egress_or_without_web_pages_fetches_nothing_chosen() -> None:
    assert _found(_agent_with_fetcher(capabilities=frozenset({"read"}))) == []
    # a partner's feed it is handed is not the open web at any address
    assert _found(_agent_with_fetcher(source_origin="partner")) == []


def test_egress_filtering_on_the_tool_mitigates_and_url_checks_only_lower() -> None:
    (f,) = _found(_agent_with_fetcher(tool_controls=frozenset({c.EgressFiltering()})))
    assert f.status is tg.Status.MITIGATED
    (g,) = _found(_agent_with_fetcher(tool_controls=frozenset({c.InputValidation()})))
    assert g.status is tg.Status.OPEN
    assert g.controls_present == ("input_validation",)
