"""Two checks ``ai/check-left-to-agent`` did not see, which held-out reviewers named as
the biggest missing threat of their designs (fresh sets 227 and 228).

- A soap supplies shop's chat agent asks an age check tool before it orders sodium
  hydroxide. The tool also sets the age-verified flag on the account, so it writes,
  and a tool that writes was taken to act rather than to check. A check that writes
  nothing but the verdict it gives the agent is still a check: a flag kept where no
  acting tool is declared to read it refuses no step.
- A salon's agent looks up a client's patch test before it books a colour appointment.
  A patch or allergy test that must come before a treatment is a check its tool is
  named for, like an eligibility or identity check.
"""

from __future__ import annotations

import pytest

import threatgraph as tg
import threatgraph.controls as c

RULE = "ai/check-left-to-agent"
RESULT = tg.Data("Age verification result", kind="tool-result")


def _shop(
    *,
    recorded: tg.Data | None = RESULT,
    checker_caps: frozenset[str] = frozenset({"read", "write"}),
    order_controls: frozenset[c.Control] = frozenset(),
) -> tg.ThreatModel:
    """A customer chats with an agent that asks an age check tool (which keeps
    ``recorded`` on the account) and orders through an order tool."""
    tm = tg.ThreatModel("Soap supplies")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Shop cloud", trust="internal"):
        agent = tm.add(tg.Agent("Shop chat agent", autonomy="autonomous"))
        check = tm.add(tg.Tool("Age check tool", capabilities=set(checker_caps)))
        orders = tm.add(tg.DataStore("Order database"))
        order = tm.add(
            tg.Tool("Order placement tool", capabilities={"write"}, controls=set(order_controls))
        )
        backend = tm.add(tg.Service("Shop backend"))
    tm.flow(customer, agent, tg.Data("Chat message", kind="prompt"))
    tm.flow(agent, check, tg.Data("Age check request", kind="tool-call"))
    tm.flow(check, agent, RESULT)
    if recorded is not None:
        tm.flow(check, orders, recorded, label="age-verified flag on the account")
    tm.flow(agent, order, tg.Data("Order request", kind="tool-call"))
    tm.flow(order, backend, tg.Data("Order", kind="records", sensitivity="pii"))
    return tm


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def test_a_check_that_records_its_verdict_is_still_a_check() -> None:
    (f,) = _found(_shop())
    assert f.is_open
    assert "through Age check tool" in f.explanation
    assert "Order placement tool" in f.explanation
    assert "is kept in Order database" in f.explanation


def test_enforcing_the_rule_at_the_order_tool_answers_it() -> None:
    (f,) = _found(_shop(order_controls=frozenset({c.PolicyEnforcement(rules="adults only")})))
    assert not f.is_open


def test_a_check_that_writes_something_else_is_not_only_consulted() -> None:
    # what it writes is not what it tells the agent: it changes records of its own
    other = tg.Data("Customer profile update", kind="records", sensitivity="pii")
    assert _found(_shop(recorded=other)) == []


def test_a_check_that_may_also_delete_is_not_only_consulted() -> None:
    assert _found(_shop(checker_caps=frozenset({"read", "write", "delete"}))) == []


def _salon(checker: str) -> tg.ThreatModel:
    """A client asks an agent that looks a record up through ``checker`` and books."""
    tm = tg.ThreatModel("Salon")
    with tm.boundary("Internet", trust="untrusted"):
        client = tm.add(tg.Actor("Client"))
    with tm.boundary("Salon cloud", trust="internal"):
        agent = tm.add(tg.Agent("Colour consultation agent", autonomy="autonomous"))
        lookup = tm.add(tg.Tool(checker, capabilities={"read"}))
        book = tm.add(tg.Tool("Appointment booking tool", capabilities={"write"}))
    tm.flow(client, agent, tg.Data("Chat message", kind="prompt"))
    tm.flow(agent, lookup, tg.Data("Lookup call", kind="tool-call"))
    tm.flow(lookup, agent, tg.Data("Lookup result", kind="tool-result"))
    tm.flow(agent, book, tg.Data("Booking request", kind="tool-call"))
    return tm


@pytest.mark.parametrize("checker", ["Patch test lookup tool", "Allergy test tool"])
def test_a_test_before_a_treatment_is_a_check(checker: str) -> None:
    (f,) = _found(_salon(checker))
    assert f"through {checker}" in f.explanation


def test_a_lookup_of_other_tests_is_not_a_check() -> None:
    assert _found(_salon("Colour history lookup tool")) == []
