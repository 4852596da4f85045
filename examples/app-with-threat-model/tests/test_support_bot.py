"""Unit tests of the application code; the controls the threat model claims exist here."""

from __future__ import annotations

import json

import pytest
from support_bot.agent import SupportAgent
from support_bot.analytics import export_transcripts
from support_bot.api import ChatRequest, RateLimiter, handle_chat, validate
from support_bot.llm_client import VendorLLM, redact
from support_bot.retrieval import Ticket, TicketIndex
from support_bot.tools import ApprovalRequired, calculate, issue_refund, lookup_order


@pytest.fixture
def index() -> TicketIndex:
    idx = TicketIndex()
    idx.add(Ticket("T1", "alice", "My parcel arrived damaged, the box was crushed"))
    idx.add(Ticket("T2", "bob", "Parcel damaged in transit, please refund"))
    idx.add(Ticket("T3", "alice", "How do I change my delivery address?"))
    return idx


def test_retrieval_returns_only_the_callers_tickets(index: TicketIndex) -> None:
    found = index.search("damaged parcel", customer_id="alice")
    assert [t.ticket_id for t in found] == ["T1"]
    assert [t.ticket_id for t in index.search("damaged parcel", customer_id="bob")] == ["T2"]
    with pytest.raises(PermissionError):
        index.search("damaged parcel", customer_id="")


def test_llm_client_redacts_and_quotes_context() -> None:
    sent: list[dict[str, object]] = []

    def transport(url: str, body: bytes, headers: dict[str, str]) -> bytes:
        sent.append(json.loads(body))
        return json.dumps({"choices": [{"message": {"content": "ok"}}]}).encode()

    llm = VendorLLM(transport=transport, api_key="k")
    assert llm.complete("sys", "I am bob@example.com", ["card 4111 1111 1111 1111"]) == "ok"
    user = sent[0]["messages"][1]["content"]  # type: ignore[index]
    assert "bob@example.com" not in user
    assert "[email]" in user
    assert "[card]" in user
    assert "<retrieved_tickets>" in user
    with pytest.raises(ValueError, match="HTTPS"):
        VendorLLM(transport=transport, api_key="k", url="http://llm.vendor.example")
    assert redact("no secrets here") == "no secrets here"


def test_api_validates_authenticates_and_limits(index: TicketIndex) -> None:
    agent = SupportAgent(index=index, complete=lambda s, q, ctx: f"{len(ctx)} tickets")
    now = [0.0]
    limiter = RateLimiter(limit=2, clock=lambda: now[0])
    assert handle_chat(ChatRequest("", "hi"), agent, limiter).status == 401
    assert handle_chat(ChatRequest("alice", "damaged parcel"), agent, limiter).body == "1 tickets"
    assert handle_chat(ChatRequest("alice", "x" * 5000), agent, limiter).status == 400
    assert handle_chat(ChatRequest("alice", "again"), agent, limiter).status == 429
    now[0] = 61.0
    assert handle_chat(ChatRequest("alice", "refund please"), agent, limiter).status == 200
    assert validate("bell\x07") == "control characters in question"


def test_refunds_wait_for_a_human() -> None:
    with pytest.raises(ApprovalRequired):
        issue_refund("o-1", 1999)
    assert issue_refund("o-1", 1999, approved_by="lead") == "refund:o-1:1999:lead"


def test_calculator_accepts_only_arithmetic() -> None:
    assert calculate("3 * 19.99") == pytest.approx(59.97)
    with pytest.raises(ValueError, match="not allowed"):
        calculate("__import__('os').system('id')")


def test_order_lookup_is_scoped_to_the_customer() -> None:
    orders = {"o-1": {"customer_id": "alice", "total": 1999}}
    assert lookup_order(orders, "o-1", "alice")["total"] == 1999
    with pytest.raises(LookupError):
        lookup_order(orders, "o-1", "bob")


def test_transcript_export_goes_to_the_legacy_ftp_drop(index: TicketIndex) -> None:
    agent = SupportAgent(index=index, complete=lambda s, q, ctx: "answer")
    agent.answer("alice", "damaged parcel")
    uploads: list[tuple[str, bytes]] = []
    size = export_transcripts(agent.transcript, lambda dest, data: uploads.append((dest, data)))
    assert uploads[0][0].startswith("ftp://")  # SEC-142, see tests/test_architecture.py
    assert size == len(uploads[0][1])
    assert b"alice,damaged parcel,answer" in uploads[0][1]
