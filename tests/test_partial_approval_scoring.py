"""A safeguard never makes a threat score worse: an approval that waits only on the
payments above a threshold, where a tool pays out below it, is not counted for
indirect prompt injection, and the finding scores exactly as with no approval (a
user trial found it rated critical, above the design with no approval at all)."""

from __future__ import annotations

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.rules import Catalogue, Match, on_element, rule

RULE = "ai/indirect-prompt-injection"


def _refund_bot(
    *, agent: frozenset[c.Control] = frozenset(), tool: frozenset[c.Control] = frozenset()
) -> tg.ThreatModel:
    tm = tg.ThreatModel("Refund bot", profile="high")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
        web = tm.add(tg.DataSource("Public web pages", origin="public-web"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API", controls={c.RateLimiting(), c.Authentication()}))
        bot = tm.add(tg.Agent("Support agent", autonomy="autonomous", controls=set(agent)))
        chunks = tg.Data("Chunks", sensitivity="pii")
        index = tm.add(tg.VectorStore("Support index", stores={chunks}))
        indexer = tm.add(tg.Pipeline("Indexer"))
        refund = tm.add(tg.Tool("Refund tool", capabilities={"money-movement"}, controls=set(tool)))
    tm.flow(customer, api, tg.Data("Question", kind="prompt"), protocol="https")
    tm.flow(api, bot, tg.Data("Question", kind="prompt"))
    tm.flow(web, indexer, tg.Data("Pages", kind="documents"), protocol="https")
    tm.flow(indexer, index, chunks)
    tm.flow(index, bot, tg.Data("Passages", sensitivity="pii", kind="retrieved-context"))
    tm.flow(bot, refund, tg.Data("Refund call", kind="tool-call"))
    return tm


def _scores(tm: tg.ThreatModel) -> tuple[str, str, str]:
    (f,) = tm.analyze().for_rule(RULE)
    return f.severity.value, f.inherent_severity.value, f.likelihood.name


ABOVE = c.HumanInTheLoop(approver="support lead", above="EUR 50 per refund")
EVERY = c.HumanInTheLoop(approver="support lead")


@pytest.mark.parametrize(
    "where",
    [{"tool": frozenset({ABOVE})}, {"agent": frozenset({ABOVE})}],
    ids=["on the tool", "on the agent"],
)
def test_an_approval_above_a_threshold_scores_as_no_approval(
    where: dict[str, frozenset[c.Control]],
) -> None:
    assert _scores(_refund_bot(**where)) == _scores(_refund_bot())


def test_an_approval_of_every_refund_still_lowers_it() -> None:
    every = _scores(_refund_bot(agent=frozenset({EVERY})))
    none = _scores(_refund_bot())
    assert every[1] == none[1]  # the same threat before controls
    assert tg.Severity(every[0]) < tg.Severity(none[0])


def test_uncounted_must_name_a_control_of_the_rule() -> None:
    @rule(
        "custom/uncounted-stray",
        title="A rule that discounts a control it does not declare",
        stride="T",
        phases="inference",
        applies_to=on_element(tg.Agent),
        mitigations=[c.Guardrails],
        likelihood="possible",
        impact="moderate",
    )
    def stray(view: object) -> Match:
        """Discounts rate limiting, which it does not declare."""
        return Match("always", uncounted=(c.RateLimiting,))

    report = _refund_bot().analyze(catalogue=Catalogue([stray]))
    assert report.errors
    assert all("uncounted names ['RateLimiting']" in e.error for e in report.errors)
