"""Fixes taken from the reviews of fresh sets 20 and 21 (``benchmarks/quality/fresh``,
reviewed while held out in ``benchmarks/quality/reviews/v2-round26-fresh20`` and
``v2-round27-fresh21``): each test pins what a reviewer struck and the variant of the
same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


# --------------------------------------------------------------------------- per-caller reads


def _returns_desk(*, records_to_customer: bool) -> tg.ThreatModel:
    """A scoring API looks up a customer's purchase history to score a return. The
    customer's portal gets a decision; a held case goes to a console a store manager
    uses (in the variant, the portal is sent the history itself)."""
    tm = tg.ThreatModel("returns")
    history = tg.Data("Purchase history", kind="records", sensitivity="pii")
    ask = tg.Data("Return request", kind="records", sensitivity="pii")
    decision = tg.Data("Return decision", kind="model-output")
    held = tg.Data("Held return case", kind="records", sensitivity="pii")
    verdict = tg.Data("Manager decision", kind="labels")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Online customer"))
    with tm.boundary("Stores", trust="internal"):
        manager = tm.add(tg.Actor("Store manager"))
        console = tm.add(tg.Service("Review console"))
    with tm.boundary("Cloud", trust="internal"):
        portal = tm.add(tg.Service("Returns portal"))
        api = tm.add(tg.Endpoint("Scoring API"))
        db = tm.add(tg.DataStore("Order database", stores={history}))
    tm.flow(customer, portal, ask, protocol="https")
    tm.flow(portal, api, ask, protocol="https")
    tm.flow(db, api, history)
    tm.flow(api, portal, history if records_to_customer else decision, protocol="https")
    tm.flow(portal, customer, decision, protocol="https")
    tm.flow(api, console, held, protocol="https")
    tm.flow(manager, console, verdict, protocol="https")
    tm.flow(console, portal, verdict, protocol="https")
    return tm


def test_a_case_queued_for_a_reviewer_is_not_fetched_for_the_customer() -> None:
    """Set 19's returns model (struck twice): the history goes back only as a held case
    to the manager's console; the customer is sent a decision."""
    rule = "stride/missing-subject-authorization"
    assert _open(_returns_desk(records_to_customer=False), rule) == []
    (f,) = _open(_returns_desk(records_to_customer=True), rule)
    assert "Online customer" in f.explanation


def _moderation(*, creative_back: bool) -> tg.ThreatModel:
    """An advertiser submits an ad; the moderation service reads the creative from the
    store to score it, returns a verdict and sends approved ads to ad serving (in the
    variant, it also sends the stored creative back to the console)."""
    tm = tg.ThreatModel("moderation")
    creative = tg.Data("Ad creative", kind="media", sensitivity="confidential")
    submission = tg.Data("Ad submission", kind="records", sensitivity="confidential")
    verdict = tg.Data("Policy verdict", kind="model-output")
    approved = tg.Data("Approved ad", kind="records")
    with tm.boundary("Internet", trust="untrusted"):
        advertiser = tm.add(tg.Actor("Advertiser"))
    with tm.boundary("Ads platform", trust="internal"):
        console = tm.add(tg.Service("Ads console"))
        moderation = tm.add(tg.Service("Moderation service"))
        classifier = tm.add(tg.Model("Policy classifier"))
        store = tm.add(tg.DataStore("Creative store", stores={creative}))
        serving = tm.add(tg.Service("Ad serving"))
    tm.flow(advertiser, console, submission, protocol="https")
    tm.flow(console, moderation, submission)
    tm.flow(store, moderation, creative)
    tm.flow(moderation, classifier, creative)
    tm.flow(classifier, moderation, verdict)
    tm.flow(moderation, console, creative if creative_back else verdict)
    tm.flow(moderation, serving, approved)
    return tm


def test_records_sent_on_to_a_service_no_caller_uses_are_not_shown_to_the_callers() -> None:
    """Set 20's ad moderation (struck as WRONG): approved ads go to ad serving, which
    the advertiser does not call through; the advertiser gets a verdict."""
    rule = "stride/missing-subject-authorization"
    assert _open(_moderation(creative_back=False), rule) == []
    (f,) = _open(_moderation(creative_back=True), rule)
    assert "Advertiser" in f.explanation


# --------------------------------------------------------------------------- tool servers


def _desktop(*, origin: str) -> tg.ThreatModel:
    """A desktop agent loads a mail tool's descriptions; it sends drafts through the
    tool, and the tool reads a mailbox that outside senders write to."""
    tm = tg.ThreatModel("desktop")
    mail = tg.Data("Inbound mail", kind="documents", sensitivity="confidential")
    box = tg.Data("Mailbox contents", kind="documents", sensitivity="confidential")
    draft = tg.Data("Drafts", kind="documents", sensitivity="confidential")
    call = tg.Data("Tool calls", kind="tool-call")
    defs = tg.Data("Tool descriptions", kind="instructions")
    with tm.boundary("Internet", trust="untrusted"):
        sender = tm.add(tg.Actor("Outside sender", human=True))
    with tm.boundary("Corporate", trust="internal"):
        server = tm.add(tg.DataStore("Mail server", stores={box}))
        tool = tm.add(
            tg.Tool("Mail MCP server", capabilities={"read", "send-messages"}, origin=origin)
        )
        agent = tm.add(tg.Agent("Desktop assistant"))
    tm.flow(sender, server, mail, protocol="smtp")
    tm.flow(server, tool, box)
    tm.flow(agent, tool, call, draft)
    tm.flow(tool, agent, defs, box)
    tm.flow(tool, server, draft)
    return tm


def test_what_an_agent_sends_through_its_own_tool_does_not_rewrite_the_tools_descriptions() -> None:
    """Set 21's desktop assistant (three struck as WRONG): a first-party tool's
    descriptions come from its code; mail it reads and drafts it is sent are data (the
    injection findings' concern). A third-party tool's stay someone else's."""
    rule = "ai/agent-instructions-tampering"
    assert _open(_desktop(origin="first-party"), rule) == []
    (f,) = _open(_desktop(origin="third-party"), rule)
    assert "someone else's" in f.explanation
