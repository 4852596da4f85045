"""The architecture assertions in threatgraph.testing."""

from __future__ import annotations

import pickle
import re

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import (
    ArchitectureViolation,
    InvalidTypeError,
    InvalidValueError,
    ThreatGraphError,
)
from threatgraph.findings import Finding, Report, RuleError, Target
from threatgraph.testing import (
    Violation,
    assert_elements_have,
    assert_flows_encrypted,
    assert_flows_have,
    assert_lineage_has,
    assert_models_served_via_signed_registry,
    assert_no_flows,
    assert_no_open_findings,
    assert_no_path,
)
from threatgraph.testing.assertions import as_system

TICKETS = tg.Data("Support tickets", sensitivity="pii")
PROMPT = tg.Data("Prompt")
KEYS = tg.Data("API keys", sensitivity="secret")


def loc(item: tg.Flow | tg.Element) -> str:
    assert item.declared_at is not None
    return str(item.declared_at)


def vpc_model() -> tuple[tg.ThreatModel, dict[str, tg.Flow]]:
    tm = tg.ThreatModel("support")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Production VPC", trust="internal"):
        api = tm.add(tg.Endpoint("Chat API"))
        index = tm.add(tg.VectorStore("Ticket index", stores={TICKETS}))
        with tm.boundary("Enclave", trust="restricted"):
            vault = tm.add(tg.DataStore("Vault", stores={KEYS}))
    with tm.boundary("Vendor cloud", trust="partner"):
        llm = tm.add(tg.LLM("Vendor LLM", origin="third-party-api"))
        logs = tm.add(tg.DataStore("Vendor logs"))
    flows = {
        "in": tm.flow(customer, api, PROMPT, controls={c.EncryptionInTransit()}),
        "llm": tm.flow(api, llm, TICKETS, PROMPT),
        "index": tm.flow(index, api, TICKETS),
        "logs": tm.flow(api, logs, TICKETS, controls={c.EncryptionInTransit()}),
        "keys": tm.flow(vault, llm, KEYS),
    }
    with tm.boundary("Production VPC"):
        # the model's tool calls run as shell commands: a high finding
        shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
    tm.flow(llm, shell, tg.Data("Command", kind="tool-call"), controls={c.EncryptionInTransit()})
    return tm, flows


# --------------------------------------------------------------------------- basics


def test_architecture_violation_is_an_assertion_and_a_threatgraph_error() -> None:
    err = ArchitectureViolation("2 things:", [Violation("flow", ("a->b",), "one"), "two"])
    assert isinstance(err, AssertionError)
    assert isinstance(err, ThreatGraphError)
    assert str(err) == "2 things:\n  - one\n  - two"
    again = pickle.loads(pickle.dumps(err))
    assert str(again) == str(err)
    assert again.violations == err.violations


def test_violation_str_includes_the_location() -> None:
    assert str(Violation("flow", ("x",), "msg", "a.py:3")) == "msg (declared at a.py:3)"
    assert str(Violation("flow", ("x",), "msg")) == "msg"


def test_as_system_accepts_models_systems_and_reports() -> None:
    tm, _ = vpc_model()
    system = tm.freeze()
    assert as_system(tm) == system
    assert as_system(system) is system
    assert as_system(Report(system=system, findings=())) is system
    with pytest.raises(
        InvalidTypeError, match="'model' must be a ThreatModel, a System or a Report"
    ):
        as_system("model.py")  # type: ignore[arg-type]


# --------------------------------------------------------------------------- flows


def test_flows_encrypted_failure_names_every_flow_with_its_location() -> None:
    tm, flows = vpc_model()
    with pytest.raises(ArchitectureViolation) as info:
        assert_flows_encrypted(tm, carrying=tg.Sensitivity.PII, leaving="production-vpc")
    system = tm.freeze()
    n = system.number_of(flows["llm"])
    assert str(info.value) == (
        "1 flow carrying PII data leaving Production VPC without EncryptionInTransit:\n"
        f"  - Flow #{n} Chat API → Vendor LLM carries Support tickets (PII) "
        "across Production VPC → Vendor cloud without EncryptionInTransit "
        f"(declared at {loc(flows['llm'])})"
    )
    assert re.search(r"tests/test_assertions\.py:\d+$", loc(flows["llm"]))
    (v,) = info.value.violations
    assert v == Violation("flow", (flows["llm"].id,), v.message, loc(flows["llm"]))


def test_flows_have_lists_every_violation() -> None:
    tm, _ = vpc_model()
    with pytest.raises(ArchitectureViolation) as info:
        assert_flows_have(tm, (c.EncryptionInTransit, c.MutualAuthentication), at_least="pii")
    text = str(info.value)
    assert text.splitlines()[0] == (
        "3 flows with PII data or more sensitive without "
        "EncryptionInTransit or MutualAuthentication:"
    )
    assert [v.ids for v in info.value.violations] == [
        ("chat-api->vendor-llm",),
        ("ticket-index->chat-api",),
        ("vault->vendor-llm",),
    ]
    assert "carries API keys (SECRET) across Enclave → Vendor cloud" in text
    # a flow inside one boundary has no crossing part; only the data that matched is shown
    assert "Ticket index → Chat API carries Support tickets (PII) without" in text
    assert "Prompt" not in text


def test_flows_have_passes_when_the_invariant_holds() -> None:
    tm, _ = vpc_model()
    assert_flows_have(tm, "tls", source="customer")
    assert_flows_have(tm, c.EncryptionInTransit, inbound=True)
    assert_flows_encrypted(tm, entering="vendor-cloud", carrying="pii", target="vendor-logs")
    # a filter that matches nothing holds trivially
    assert_flows_encrypted(tm, carrying=tg.Sensitivity.REGULATED)


def test_flows_have_describes_each_filter_in_the_headline() -> None:
    tm, _ = vpc_model()
    with pytest.raises(
        ArchitectureViolation, match=r"^1 flow from Vault to Vendor LLM crossing a boundary"
    ):
        assert_flows_have(tm, "rbac", source="vault", target="vendor-llm", crossing=True)
    with pytest.raises(
        ArchitectureViolation,
        match=r"^2 flows carrying Support tickets crossing Vendor cloud leaving internal trust without RBAC:",
    ):
        assert_flows_have(
            tm, "rbac", carrying=TICKETS, crossing="vendor-cloud", leaving=tg.Trust.INTERNAL
        )
    with pytest.raises(ArchitectureViolation, match=r"leaving internal trust without RBAC:"):
        assert_flows_have(tm, "rbac", carrying="api-keys", leaving=tg.Trust.INTERNAL)
    with pytest.raises(
        ArchitectureViolation,
        match=r"^2 flows carrying Support tickets with PII data or more sensitive entering Vendor cloud without RBAC:",
    ):
        assert_flows_have(
            tm, "rbac", entering="vendor-cloud", carrying="support-tickets", at_least="pii"
        )


def test_flows_have_rejects_bad_arguments() -> None:
    tm, _ = vpc_model()
    with pytest.raises(InvalidValueError, match="unknown control 'encription'"):
        assert_flows_have(tm, "encription")
    with pytest.raises(
        InvalidValueError, match="neither a data asset of the model nor a sensitivity"
    ):
        assert_flows_encrypted(tm, carrying="tikets")


def test_no_flows() -> None:
    tm, flows = vpc_model()
    assert_no_flows(tm, carrying="secret", leaving="production-vpc", inbound=True)
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_flows(tm, carrying=tg.Sensitivity.SECRET, leaving="enclave")
    n = tm.freeze().number_of(flows["keys"])
    assert str(info.value) == (
        "expected no flow carrying SECRET data leaving Enclave, found 1:\n"
        f"  - Flow #{n} Vault → Vendor LLM carries API keys (SECRET) across "
        f"Enclave → Vendor cloud (declared at {loc(flows['keys'])})"
    )
    with pytest.raises(InvalidValueError, match="needs at least one filter"):
        assert_no_flows(tm)


def test_flows_without_data_say_so() -> None:
    tm = tg.ThreatModel("t")
    a = tm.add(tg.Service("A"))
    b = tm.add(tg.Service("B"))
    tm.flow(a, b)
    with pytest.raises(ArchitectureViolation, match=r"Flow #1 A → B carries no data without RBAC"):
        assert_flows_have(tm, c.RBAC)


def test_user_text_cannot_break_the_one_line_per_violation_layout() -> None:
    tm = tg.ThreatModel("t")
    a = tm.add(tg.Service("A\nB", id="a"))
    b = tm.add(tg.Service("C\x1b[31m", id="c"))
    tm.flow(a, b, tg.Data("D\r\nE", id="d"))
    with pytest.raises(ArchitectureViolation) as info:
        assert_flows_have(tm, c.RBAC)
    lines = str(info.value).splitlines()
    assert len(lines) == 2
    assert "A\\nB → C\\x1b[31m carries D\\r\\nE (INTERNAL)" in lines[1]


# --------------------------------------------------------------------------- elements


def agent_model() -> tuple[tg.ThreatModel, dict[str, tg.Element]]:
    tm = tg.ThreatModel("agent")
    with tm.boundary("Production VPC", trust="internal"):
        shell = tm.add(tg.Tool("Shell", capabilities={"execute-code", "network-egress"}))
        py = tm.add(tg.Tool("Python", capabilities={"execute-code"}, controls={c.Sandboxing()}))
        pay = tm.add(tg.Tool("Refund", capabilities={"money-movement"}))
        search = tm.add(tg.Tool("Search"))
    notebook = tm.add(
        tg.Tool("Notebook", capabilities={"execute-code"}, controls={c.HumanInTheLoop()})
    )
    runner = tm.add(tg.Tool("Runner", capabilities={"exec"}))
    return tm, {e.id: e for e in (shell, py, pay, search, notebook, runner)}


def test_elements_have_any_of_several_controls() -> None:
    tm, els = agent_model()
    with pytest.raises(ArchitectureViolation) as info:
        assert_elements_have(
            tm, tg.Tool, (c.Sandboxing, c.HumanInTheLoop), capability="execute-code"
        )
    assert str(info.value) == (
        "2 Tools that can execute-code without Sandboxing or HumanInTheLoop:\n"
        "  - Tool Runner in no boundary that can execute-code has neither Sandboxing nor "
        f"HumanInTheLoop (declared at {loc(els['runner'])})\n"
        "  - Tool Shell in Production VPC that can execute-code has neither Sandboxing nor "
        f"HumanInTheLoop (declared at {loc(els['shell'])})"
    )
    assert [v.ids for v in info.value.violations] == [("runner",), ("shell",)]
    assert {v.kind for v in info.value.violations} == {"element"}


def test_elements_have_filters() -> None:
    tm, _ = agent_model()
    with pytest.raises(
        ArchitectureViolation, match=r"^1 Tool in Production VPC that can money-movement"
    ):
        assert_elements_have(
            tm, "tool", "hitl", capability="money-movement", boundary="production-vpc"
        )
    with pytest.raises(
        ArchitectureViolation,
        match=r"^1 Tool at internal trust matching the filter without AuditLogging",
    ):
        assert_elements_have(
            tm, tg.Tool, c.AuditLogging, trust="internal", where=lambda e: e.name == "Search"
        )
    with pytest.raises(ArchitectureViolation, match=r"has none of AuditLogging, RBAC or ABAC"):
        assert_elements_have(
            tm, None, (c.AuditLogging, c.RBAC, c.ABAC), where=lambda e: e.name == "Search"
        )
    with pytest.raises(ArchitectureViolation, match=r"^6 elements without AuditLogging"):
        assert_elements_have(tm, None, c.AuditLogging)
    assert_elements_have(tm, tg.Tool, c.Sandboxing, where=lambda e: e.name == "Python")


def test_elements_have_several_kinds() -> None:
    tm = tg.ThreatModel("t")
    tm.add(tg.Dataset("Train"))
    tm.add(tg.VectorStore("Index", controls={c.EncryptionAtRest()}))
    tm.add(tg.LLM("LLM"))
    with pytest.raises(
        ArchitectureViolation, match=r"^1 Dataset/VectorStore without EncryptionAtRest:"
    ):
        assert_elements_have(tm, (tg.Dataset, "vector_store"), c.EncryptionAtRest)


# --------------------------------------------------------------------------- paths


def path_model() -> tuple[tg.ThreatModel, dict[str, tg.Flow]]:
    tm = tg.ThreatModel("paths")
    with tm.boundary("Internet", trust="untrusted"):
        web = tm.add(tg.DataSource("Web crawl", origin="public-web"))
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        ingest = tm.add(tg.Pipeline("Ingest"))
        curate = tm.add(tg.Pipeline("Curate", controls={c.ProvenanceTracking()}))
        train = tm.add(tg.Dataset("Training set"))
        agent = tm.add(tg.Agent("Agent"))
        shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
    flows = {
        "web-ingest": tm.flow(web, ingest),
        "ingest-train": tm.flow(ingest, train),
        "web-curate": tm.flow(web, curate),
        "curate-train": tm.flow(curate, train),
        "user-agent": tm.flow(user, agent),
        "agent-shell": tm.flow(agent, shell),
    }
    return tm, flows


def test_no_path_unless_a_control() -> None:
    tm, flows = path_model()
    system = tm.freeze()
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_path(tm, from_="internet", to="training-set", unless=c.ProvenanceTracking)
    a, b = (system.number_of(flows[k]) for k in ("web-ingest", "ingest-train"))
    assert str(info.value) == (
        "1 path from Internet to Training set without ProvenanceTracking:\n"
        f"  - Path Web crawl → Ingest → Training set (flows #{a}, #{b}) connects them with "
        f"no ProvenanceTracking on any element or flow (declared at {loc(flows['web-ingest'])})"
    )
    (v,) = info.value.violations
    assert v.kind == "path"
    assert v.ids == ("web-crawl", "ingest", "training-set")


def test_no_path_at_all() -> None:
    tm, flows = path_model()
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_path(tm, from_=tg.Trust.UNTRUSTED, to=tg.Tool)
    a, b = (tm.freeze().number_of(flows[k]) for k in ("user-agent", "agent-shell"))
    assert str(info.value).splitlines() == [
        "1 path from untrusted trust to Tool:",
        f"  - Path User → Agent → Shell (flows #{a}, #{b}) connects them "
        f"(declared at {loc(flows['user-agent'])})",
    ]
    assert_no_path(tm, from_="training-set", to="internet")
    with pytest.raises(
        ArchitectureViolation, match=r"from User to Shell without Sandboxing or HumanInTheLoop"
    ):
        assert_no_path(tm, from_="user", to="shell", unless=("sandboxing", "hitl"))
    with pytest.raises(ArchitectureViolation, match=r"^5 paths from User, Web crawl to anywhere:"):
        assert_no_path(tm, from_=["web-crawl", "user"], to=None)


def test_no_path_names_unknown_ends() -> None:
    tm, _ = path_model()
    with pytest.raises(tg.errors.NotFoundError, match="did you mean 'internet'"):
        assert_no_path(tm, from_="internett", to="shell")


def test_lineage_has() -> None:
    tm, flows = path_model()
    system = tm.freeze()
    with pytest.raises(ArchitectureViolation) as info:
        assert_lineage_has(tm, "training-set", c.ProvenanceTracking)
    a, b = (system.number_of(flows[k]) for k in ("web-ingest", "ingest-train"))
    assert str(info.value) == (
        "1 path from untrusted sources into Training set without ProvenanceTracking:\n"
        f"  - Path Web crawl → Ingest → Training set (flows #{a}, #{b}) brings untrusted data "
        f"into Training set with no ProvenanceTracking (declared at {loc(flows['web-ingest'])})"
    )
    # the default control is provenance tracking
    with pytest.raises(ArchitectureViolation, match="ProvenanceTracking"):
        assert_lineage_has(tm, "training-set", from_="internet")
    assert_lineage_has(tm, "training-set", c.ProvenanceTracking, from_="user")


def test_lineage_holds_when_every_route_is_tracked() -> None:
    tm = tg.ThreatModel("t")
    with tm.boundary("Internet", trust="untrusted"):
        web = tm.add(tg.DataSource("Web", origin="public-web"))
    with tm.boundary("VPC", trust="internal"):
        ingest = tm.add(tg.Pipeline("Ingest", controls={c.ProvenanceTracking()}))
        ds = tm.add(tg.Dataset("DS"))
    tm.flow(web, ingest)
    tm.flow(ingest, ds)
    assert_lineage_has(tm, ds, c.ProvenanceTracking)


# --------------------------------------------------------------------------- registries


def registry_model(*, signed: bool) -> tuple[tg.ThreatModel, dict[str, tg.Element | tg.Flow]]:
    tm = tg.ThreatModel("serving")
    with tm.boundary("VPC", trust="internal"):
        reg = tm.add(tg.ModelRegistry("Registry", controls={c.SignedModels()} if signed else set()))
        ranker = tm.add(tg.Model("Ranker"))
        scorer = tm.add(tg.Model("Scorer"))
        hosted = tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))
        api = tm.add(tg.Endpoint("API"))
    load = tm.flow(reg, ranker)
    tm.flow(api, ranker)
    tm.flow(api, scorer)
    tm.flow(api, hosted)
    return tm, {"ranker": ranker, "scorer": scorer, "load": load}


def test_models_served_via_signed_registry_reports_both_problems() -> None:
    tm, parts = registry_model(signed=False)
    with pytest.raises(ArchitectureViolation) as info:
        assert_models_served_via_signed_registry(tm)
    n = tm.freeze().number_of(parts["load"])  # type: ignore[arg-type]
    assert str(info.value) == (
        "2 served model problems (models must come from a registry with SignedModels):\n"
        f"  - Path Registry → Ranker (flow #{n}) loads Ranker with no SignedModels on the "
        f"registry, the flows or the model (declared at {loc(parts['load'])})\n"
        "  - Model Scorer in VPC is served but is not loaded from any ModelRegistry "
        f"(declared at {loc(parts['scorer'])})"
    )
    assert [v.kind for v in info.value.violations] == ["path", "element"]


def test_models_served_via_signed_registry_hosted_models() -> None:
    tm, _ = registry_model(signed=True)
    with pytest.raises(ArchitectureViolation) as info:
        assert_models_served_via_signed_registry(tm)
    assert [v.ids for v in info.value.violations] == [("scorer",)]
    with pytest.raises(ArchitectureViolation) as info:
        assert_models_served_via_signed_registry(tm, include_hosted=True)
    assert [v.ids for v in info.value.violations] == [("hosted-llm",), ("scorer",)]


def test_models_served_via_signed_registry_holds() -> None:
    tm = tg.ThreatModel("t")
    reg = tm.add(tg.ModelRegistry("Registry"))
    m = tm.add(tg.Model("M"))
    api = tm.add(tg.Endpoint("API"))
    tm.flow(reg, m, controls={c.SignedModels()})
    tm.flow(api, m)
    assert_models_served_via_signed_registry(tm)


# --------------------------------------------------------------------------- findings


def finding(
    rule: str, target: Target, severity: tg.Severity, status: tg.Status = tg.Status.OPEN
) -> Finding:
    from threatgraph.findings import finding_id

    return Finding(
        id=finding_id(rule, target),
        rule=rule,
        title=f"Title of {rule}",
        target=target,
        explanation="",
        stride=(tg.Stride.TAMPERING,),
        phases=(tg.Phase.INFERENCE,),
        likelihood=tg.Likelihood.LIKELY,
        impact=tg.Impact.MAJOR,
        severity=severity,
        inherent_severity=severity,
        status=status,
        controls_missing=("guardrails", "input_validation"),
        location="threat_model.py:7",
    )


def hand_report() -> Report:
    tm, flows = vpc_model()
    system = tm.freeze()
    fs = (
        finding("x/high", Target.flow(flows["llm"].id), tg.Severity.HIGH),
        finding("x/medium", Target.element("chat-api"), tg.Severity.MEDIUM),
        finding("y/accepted", Target.element("vault"), tg.Severity.CRITICAL, tg.Status.ACCEPTED),
        finding("y/path", Target.path(["customer", "chat-api", "vendor-llm"]), tg.Severity.LOW),
        finding("y/model", Target.model(), tg.Severity.INFO),
    )
    return Report(system=system, findings=fs, catalogue="hand-made")


def test_no_open_findings_on_a_report() -> None:
    report = hand_report()
    n = report.system.number_of("chat-api->vendor-llm")
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_open_findings(report, min_severity="medium")
    high, medium = report.findings[0], report.findings[1]
    assert str(info.value) == (
        "2 open findings at medium severity or above:\n"
        f"  - {high.id} HIGH Title of x/high on flow #{n} Chat API → Vendor LLM [x/high]; "
        "add guardrails, input_validation (declared at threat_model.py:7)\n"
        f"  - {medium.id} MEDIUM Title of x/medium on Endpoint Chat API [x/medium]; "
        "add guardrails, input_validation (declared at threat_model.py:7)"
    )
    assert [v.ids for v in info.value.violations] == [(high.id,), (medium.id,)]
    assert_no_open_findings(report, tg.Severity.CRITICAL)  # the critical one is accepted


def test_no_open_findings_default_floor_skips_info_notes() -> None:
    report = hand_report()
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_open_findings(report)
    assert len(info.value.violations) == 3
    assert "on path Customer → Chat API → Vendor LLM" in str(info.value)
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_open_findings(report, "info")
    assert "on the model" in str(info.value)


def test_no_open_findings_rule_selection() -> None:
    report = hand_report()
    assert_no_open_findings(report, rules=["y/accepted", "y/model"])
    with pytest.raises(ArchitectureViolation, match=r"^1 open finding"):
        assert_no_open_findings(report, rules=["y/"])
    with pytest.raises(ArchitectureViolation, match=r"^1 open finding"):
        assert_no_open_findings(report, rules="x/high")
    with pytest.raises(InvalidValueError, match="rules= is empty"):
        assert_no_open_findings(report, rules=[])


def test_no_open_findings_counts_rule_errors() -> None:
    report = hand_report()
    broken = Report(
        system=report.system,
        findings=(),
        errors=(RuleError("x/boom", "element:chat-api", "KeyError: 'x'"),),
    )
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_open_findings(broken)
    assert str(info.value) == (
        "0 open findings at low severity or above, and the analysis is incomplete "
        "(1 rule error):\n"
        "  - rule 'x/boom' failed on element:chat-api: KeyError: 'x'"
    )
    assert info.value.violations[0].kind == "analysis"


def test_no_open_findings_register_needs_a_model() -> None:
    with pytest.raises(InvalidValueError, match="register= cannot be applied to a finished Report"):
        assert_no_open_findings(hand_report(), register=object())  # type: ignore[arg-type]


def test_no_open_findings_analyses_models() -> None:
    pytest.importorskip("threatgraph.analysis")
    tm, _ = vpc_model()
    report = tm.analyze()
    expected = report.open(tg.Severity.HIGH)
    assert expected, "the model is meant to have high findings"
    with pytest.raises(ArchitectureViolation) as info:
        assert_no_open_findings(tm, tg.Severity.HIGH)
    assert [v.ids[0] for v in info.value.violations] == [f.id for f in expected]
    with pytest.raises(ArchitectureViolation):
        assert_no_open_findings(tm.freeze(), "high")
    with pytest.raises(InvalidValueError, match="no rule 'stride/spofing'"):
        assert_no_open_findings(tm, rules=["stride/spofing"])
    first = expected[0].rule
    with pytest.raises(ArchitectureViolation, match=re.escape(f"[{first}]")):
        assert_no_open_findings(tm, "high", rules=[first])
