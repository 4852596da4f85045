"""The team's security decisions, as tests over the threat model.

``threat_model`` is a fixture of threatgraph's pytest plugin: the frozen model
named by ``[tool.threatgraph] model`` in pyproject.toml. Each test states one
rule the architecture must keep; when someone changes the design (a new flow,
a new tool, a removed control), the failure says what broke and where.
"""

from __future__ import annotations

import re

import pytest
from support_bot.tools import TOOLS

import threatgraph as tg
from threatgraph import controls as c
from threatgraph import queries as q
from threatgraph.testing import (
    ArchitectureViolation,
    assert_elements_have,
    assert_flows_encrypted,
    assert_lineage_has,
    assert_models_served_via_signed_registry,
    assert_no_flows,
    assert_no_open_findings,
    assert_no_path,
)

# ---------------------------------------------------------------- invariants that hold


def test_prompts_reach_the_vendor_llm_encrypted(threat_model: tg.System) -> None:
    assert_flows_encrypted(threat_model, crossing="llm-vendor")


def test_no_tool_runs_code_without_a_sandbox_or_a_human(threat_model: tg.System) -> None:
    assert_elements_have(
        threat_model, tg.Tool, (c.Sandboxing, c.HumanInTheLoop), capability="execute-code"
    )


def test_money_moves_only_with_a_human_in_the_loop(threat_model: tg.System) -> None:
    assert_elements_have(threat_model, tg.Tool, c.HumanInTheLoop, capability="money-movement")


def test_every_served_model_comes_from_a_signed_registry(threat_model: tg.System) -> None:
    assert_models_served_via_signed_registry(threat_model)


def test_nothing_from_the_internet_reaches_the_training_set_untracked(
    threat_model: tg.System,
) -> None:
    assert_lineage_has(threat_model, "intent-training-set", c.ProvenanceTracking)


def test_customers_reach_tickets_only_through_permission_aware_retrieval(
    threat_model: tg.System,
) -> None:
    assert_no_path(
        threat_model,
        from_="customer",
        to="ticket-index",
        unless=c.PermissionAwareRetrieval,
    )


def test_ticket_database_never_talks_to_vendors(threat_model: tg.System) -> None:
    assert_no_flows(threat_model, source="ticket-database", leaving=tg.Trust.INTERNAL)


def test_no_open_high_severity_ai_threats(threat_model: tg.System) -> None:
    # ai/ is the family of AI-specific rules (prompt injection, poisoning, tool misuse...)
    assert_no_open_findings(threat_model, min_severity="high", rules=["ai/"])


def test_every_tool_in_the_code_is_in_the_threat_model(threat_model: tg.System) -> None:
    """A tool added in tools.py without updating the model (and its controls) fails here."""
    modelled = {
        t.name: {cap.value for cap in t.capabilities} for t in threat_model.elements(tg.Tool)
    }
    in_code = {name: set(spec.capabilities) for name, spec in TOOLS.items()}
    assert in_code == modelled


def test_the_queries_answer_questions_too(threat_model: tg.System) -> None:
    """The same queries the assertions use are plain functions returning lists."""
    leaving = q.flows_leaving(threat_model, "production-vpc")
    assert {f.target for f in leaving} == {"vendor-llm", "analytics-warehouse", "customer"}
    assert [m.id for m in q.models_served(threat_model)] == ["intent-classifier", "vendor-llm"]


# ---------------------------------------------------------------- a known gap, pinned


def test_known_gap_sec_142_pii_leaves_the_vpc_unencrypted(threat_model: tg.System) -> None:
    """SEC-142: the analytics vendor's intake is plain FTP and an HTTP webhook.

    The rule "no PII leaves the VPC unencrypted" does not hold yet. This test
    pins the exact failure, so the message stays useful and nobody adds a
    third unencrypted flow unnoticed. When SEC-142 is fixed it fails: then
    replace it with a plain ``assert_flows_encrypted(...)`` test.
    """
    with pytest.raises(ArchitectureViolation) as failure:
        assert_flows_encrypted(threat_model, at_least=tg.Sensitivity.PII, leaving="production-vpc")

    assert [v.ids for v in failure.value.violations] == [
        ("chat-api->analytics-warehouse",),
        ("nightly-analytics-export->analytics-warehouse",),
    ]
    webhook, export = (threat_model.flow(v.ids[0]) for v in failure.value.violations)
    assert str(failure.value) == (
        "2 flows with PII data or more sensitive leaving Production VPC "
        "without EncryptionInTransit:\n"
        f"  - Flow #{threat_model.number_of(webhook)} Chat API → Analytics warehouse carries "
        "Satisfaction ratings (PII) across Production VPC → Analytics vendor without "
        f"EncryptionInTransit (declared at {threat_model.location_of(webhook)})\n"
        f"  - Flow #{threat_model.number_of(export)} Nightly analytics export → Analytics "
        "warehouse carries Chat transcripts (PII) across Production VPC → Analytics vendor "
        f"without EncryptionInTransit (declared at {threat_model.location_of(export)})"
    )
    assert re.fullmatch(
        r"(.*/)?support_bot/threat_model\.py:\d+", str(threat_model.location_of(webhook))
    )
