"""Fixes taken from the verdicts recorded on fresh sets 51 and 52
(``benchmarks/quality/reviews/v2-round59-fresh51`` and ``v2-round60-fresh52``): each
test pins what reviewers struck, with the variant of the same design on which the
answer goes the other way."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding

EXPOSED = "stride/exposed-interface"


def _exposed(tm: tg.ThreatModel) -> dict[str, Finding]:
    return {f.target.ids[0]: f for f in tm.analyze().findings if f.rule == EXPOSED}


def _question_bank(*, portal_signs_in: bool) -> tg.ThreatModel:
    """Subject experts outside the board's network write through an authoring portal to
    a generation service that sets an item-writing agent's instructions. The portal
    authenticates them (or, in the variant, takes anyone's request)."""
    tm = tg.ThreatModel("question bank")
    request = tg.Data("Generation request", kind="records", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        expert = tm.add(tg.Actor("Subject expert"))
    with tm.boundary("Exam board cloud", trust="internal"):
        controls = [tg.controls.Authentication(), tg.controls.RBAC()] if portal_signs_in else []
        portal = tm.add(tg.Endpoint("Authoring portal", controls=controls))
        service = tm.add(tg.Service("Question generation service"))
        config = tm.add(tg.DataStore("Agent configuration"))
        agent = tm.add(tg.Agent("Item-writing agent", autonomy="supervised"))
    tm.flow(expert, portal, request, protocol="https")
    tm.flow(portal, expert, tg.Data("Draft items", kind="model-output"), protocol="https")
    tm.flow(portal, service, request)
    tm.flow(service, portal, tg.Data("Draft items", kind="model-output"))
    tm.flow(service, config, tg.Data("Agent instructions", kind="instructions"))
    tm.flow(config, agent, tg.Data("Agent instructions", kind="instructions"))
    return tm


def test_a_service_reached_only_through_a_signing_in_portal_is_not_open_to_anyone() -> None:
    """Struck as wrong on sets 51 and 52: a service that changes an agent's
    configuration, reached only through a portal that authenticates, was called open
    to "anyone who reaches it". The portal's sign-in is what guards it."""
    found = _exposed(_question_bank(portal_signs_in=True))
    assert "question-generation-service" not in found


def test_the_same_service_behind_an_open_portal_is_exposed() -> None:
    """Variant: the portal signs nobody in, so whoever reaches it drives the service
    that rewrites the agent's instructions."""
    found = _exposed(_question_bank(portal_signs_in=False))
    f = found["question-generation-service"]
    assert "changes an agent's configuration" in f.explanation
    assert "without authentication" in f.explanation
