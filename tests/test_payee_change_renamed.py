"""``stride/payee-change`` where the bank details travel under other names.

Reviewers of two held-out designs (sets 114 and 117) named the threat missing: a
supplier-onboarding agent that copies the settlement account from the portal, and
later from suppliers' e-mails, into the vendor master the payment run pays from; and a
marketplace agent that changes a seller's withdrawal account when asked in a chat. The
details went through an agent's tool calls, were named as a settlement or withdrawal
account, or came in as the conversation itself."""

from __future__ import annotations

import threatgraph as tg

RULE = "stride/payee-change"


def _found(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().findings if f.rule == RULE]


def _onboarding(*, mailbox: bool) -> tg.ThreatModel:
    """Suppliers give their bank details on a portal; an agent reads them from the
    document store and creates the vendor through a tool, into the ERP's vendor master,
    which the payment run pays from. With ``mailbox`` suppliers also e-mail changes,
    which the agent applies through a second tool."""
    tm = tg.ThreatModel("onboarding", profile="high")
    bank = tg.Data("Supplier bank details", kind="records", sensitivity="confidential")
    call = tg.Data("Vendor record request", kind="tool-call")
    with tm.boundary("Internet", trust="untrusted"):
        supplier = tm.add(tg.Actor("Supplier"))
    with tm.boundary("Procurement", trust="internal"):
        portal = tm.add(tg.Endpoint("Onboarding portal", purpose="api"))
        docs = tm.add(tg.DataStore("Onboarding documents", stores={bank}))
        agent = tm.add(tg.Agent("Onboarding agent"))
        create = tm.add(tg.Tool("Vendor create tool", capabilities={"write"}))
        erp = tm.add(tg.Service("ERP vendor management"))
        master = tm.add(tg.DataStore("Vendor master", stores={bank}))
        run = tm.add(tg.Service("Accounts payable payment run"))
    tm.flow(supplier, portal, bank, protocol="https")
    tm.flow(portal, docs, bank)
    tm.flow(docs, agent, bank)
    tm.flow(agent, create, call)
    tm.flow(create, erp, bank, protocol="https")
    tm.flow(erp, master, bank)
    tm.flow(master, run, bank)
    if mailbox:
        mail = tg.Data("Bank details change e-mail", kind="documents", sensitivity="confidential")
        box = tm.add(tg.DataStore("Supplier mailbox", stores={mail}), boundary="procurement")
        update = tm.add(tg.Tool("Bank update tool", capabilities={"write"}), boundary="procurement")
        tm.flow(supplier, box, mail, protocol="smtp")
        tm.flow(box, agent, mail)
        tm.flow(agent, update, call)
        tm.flow(update, erp, bank, protocol="https")
    return tm


def test_details_an_agent_passes_through_its_tools_reach_the_payment_run() -> None:
    (f,) = _found(_onboarding(mailbox=False))
    assert f.target.ids == ("onboarding-portal",)
    assert "Accounts payable payment run" in f.explanation


def test_two_ways_in_to_the_same_payments_are_one_finding() -> None:
    (f,) = _found(_onboarding(mailbox=True))
    assert f.target.ids == ("onboarding-portal",)
    assert "(and Supplier mailbox)" in f.explanation
    assert "Bank details change e-mail" in f.explanation


def _withdrawals(*, payout_service: bool) -> tg.ThreatModel:
    """A seller asks a support agent in a chat to change where their earnings go; the
    agent writes the withdrawal account through a settings tool; with
    ``payout_service`` the settings go to the service that runs the weekly payouts."""
    tm = tg.ThreatModel("marketplace", profile="high")
    account = tg.Data("Withdrawal account details", kind="records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        seller = tm.add(tg.Actor("Seller"))
    with tm.boundary("Cloud", trust="internal"):
        chat = tm.add(tg.Endpoint("Seller chat API", purpose="api"))
        agent = tm.add(tg.Agent("Support agent"))
        tool = tm.add(tg.Tool("Payout settings tool", capabilities={"write"}))
        store = tm.add(tg.DataStore("Settings store", stores={account}))
    message = tg.Data("Seller chat message", kind="prompt")
    tm.flow(seller, chat, message, protocol="https")
    tm.flow(chat, agent, message)
    tm.flow(agent, tool, tg.Data("Settings call", kind="tool-call"), account)
    if payout_service:
        payouts = tm.add(tg.Service("Payout service"), boundary="cloud")
        tm.flow(tool, payouts, account, protocol="https")
    else:
        tm.flow(tool, store, account)
    return tm


def test_details_stated_in_a_conversation_are_taken_by_the_agent() -> None:
    (f,) = _found(_withdrawals(payout_service=True))
    assert f.target.ids == ("support-agent",)
    assert "Withdrawal account details from Seller" in f.explanation
    assert "Payout service pays" in f.explanation


def test_a_settings_tool_that_keeps_them_pays_nothing() -> None:
    assert _found(_withdrawals(payout_service=False)) == []
