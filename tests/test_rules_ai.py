"""The AI rule catalogue (``threatgraph.rules.ai``): cases, metadata and realistic scenarios.

- every AI rule has a firing and a quiet case (tests/rule_cases_ai.py), and both behave;
- every taxonomy id an AI rule cites exists in the shared reference data;
- three realistic systems (a RAG assistant, an ML pipeline with a feature store and a
  registry, an agent with tools) raise the threats a security engineer would list, on
  the elements and flows where they live; declaring the matching controls, where the
  rules say they count, mitigates them without raising any severity;
- a small internal system with no AI raises nothing from these rules.
"""

from __future__ import annotations

import csv
from collections.abc import Callable
from pathlib import Path

import pytest

import threatgraph as tg
from rule_cases_ai import CASES
from threatgraph import controls as c
from threatgraph.analysis import analyze
from threatgraph.findings import Finding, Report
from threatgraph.rules import Catalogue, Rule

ROOT = Path(__file__).resolve().parent.parent
REFERENCE = ROOT.parent / "shared" / "reference"

AI_RULES: list[Rule] = [r for r in Catalogue.default() if r.id.startswith("ai/")]
AI_IDS = [r.id for r in AI_RULES]


def run(tm: tg.ThreatModel) -> Report:
    report = analyze(tm.freeze())
    assert report.complete, [str(e) for e in report.errors]
    return report


def ai_findings(report: Report) -> list[Finding]:
    return [f for f in report.findings if f.rule.startswith("ai/")]


def by_key(report: Report) -> dict[tuple[str, str], Finding]:
    return {(f.rule, f.target.key): f for f in ai_findings(report)}


# ---------------------------------------------------------------------------- cases


def test_every_ai_rule_has_a_case_and_every_case_a_rule() -> None:
    assert sorted(CASES) == sorted(AI_IDS)


@pytest.mark.parametrize("rule_id", AI_IDS)
def test_rule_fires_on_its_firing_case(rule_id: str) -> None:
    fires, _ = CASES[rule_id]
    tm = fires()
    found = [f for f in run(tm).findings if f.rule == rule_id]
    assert found, f"{rule_id} did not fire on its firing case"
    names = {e.name for e in tm.elements}
    for f in found:
        assert f.explanation.strip()
        assert any(n in f.explanation for n in names), f.explanation


@pytest.mark.parametrize("rule_id", AI_IDS)
def test_rule_is_quiet_on_its_quiet_case(rule_id: str) -> None:
    _, quiet = CASES[rule_id]
    found = [f for f in run(quiet()).findings if f.rule == rule_id]
    assert not found, [f.explanation for f in found]


# ---------------------------------------------------------------------------- metadata


def _reference_ids() -> tuple[set[str], set[str], set[str]]:
    def column(name: str, col: str) -> set[str]:
        with (REFERENCE / name).open(encoding="utf-8") as fh:
            return {row[col] for row in csv.DictReader(fh) if row.get(col)}

    return column("atlas.csv", "id"), column("owasp.csv", "versioned_id"), column("cwe.csv", "id")


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="shared reference data not available")
@pytest.mark.parametrize("rule_id", AI_IDS)
def test_rule_cites_only_known_taxonomy_ids(rule_id: str) -> None:
    atlas, owasp, cwe = _reference_ids()
    r = Catalogue.default().get(rule_id)
    assert set(r.atlas) <= atlas
    assert set(r.owasp) <= owasp
    assert set(r.cwe) <= cwe
    assert r.references, "an AI rule cites at least one taxonomy id"


@pytest.mark.parametrize("rule_id", AI_IDS)
def test_rule_metadata_is_complete(rule_id: str) -> None:
    r = Catalogue.default().get(rule_id)
    assert r.description
    assert r.title
    assert r.stride
    assert r.phases
    assert r.mitigations, "every AI rule names the controls that mitigate it"
    assert r.threat is not None, "every AI rule names its reference threat"
    assert rule_id == rule_id.lower()
    assert " " not in rule_id


# ---------------------------------------------------------------------------- scenarios


TLS = c.EncryptionInTransit(protocol="TLS 1.3")


def rag_assistant(secure: bool) -> tg.ThreatModel:
    """A customer-facing support assistant over a ticket index fed partly by a web crawl."""

    def ctl(*items: c.Control) -> frozenset[c.Control]:
        return frozenset(items) if secure else frozenset()

    tm = tg.ThreatModel("RAG assistant", profile="high")
    question = tg.Data("Question", sensitivity="pii")
    answer = tg.Data("Answer", sensitivity="pii")
    prompt = tg.Data("Prompt with context", sensitivity="pii")
    tickets = tg.Data("Tickets", sensitivity="pii")
    chunks = tg.Data("Ticket chunks", sensitivity="pii")
    pages = tg.Data("Help pages", sensitivity="public")
    transcripts = tg.Data("Transcripts", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(tg.Actor("Customer", controls=ctl(c.Authentication())))
        web = tm.add(tg.DataSource("Help centre", origin="public-web", provides={pages}))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(
            tg.LLM(
                "Hosted LLM",
                origin="third-party-api",
                controls=ctl(
                    c.SupplierAssessment(), c.ModelAlignment(), c.ModelVersioning(), c.ModelCards()
                ),
            )
        )
    with tm.boundary("Production VPC", trust="internal"):
        chat = tm.add(
            tg.Endpoint(
                "Chat API",
                purpose="api",
                controls=ctl(
                    c.Authentication(),
                    c.RateLimiting(),
                    c.InputValidation(),
                    c.Guardrails(),
                    c.OutputFiltering(),
                ),
            )
        )
        orchestrator = tm.add(
            tg.Service(
                "Orchestrator",
                controls=ctl(
                    c.UntrustedInputSegregation(),
                    c.Guardrails(),
                    # a filter only lowers direct injection into an LLM that sees
                    # personal data; attacking its defences before release answers it
                    c.RedTeaming(cadence="before each release"),
                    c.OutputFiltering(),
                    c.InputValidation(),
                    c.DataMinimization(),
                    c.SecretsManagement(),
                    c.AuditLogging(),
                ),
            )
        )
        logs = tm.add(
            tg.DataStore(
                "Transcript store",
                stores={transcripts},
                controls=ctl(c.DataMinimization(), c.EncryptionAtRest(), c.RBAC()),
            )
        )
        with tm.boundary("Data tier", trust="restricted"):
            index = tm.add(
                tg.VectorStore(
                    "Ticket index",
                    stores={chunks},
                    controls=ctl(
                        c.PermissionAwareRetrieval(),
                        c.InferenceIsolation(),
                        c.RBAC(),
                        c.Authentication(),
                        c.EncryptionAtRest(),
                        c.AuditLogging(),
                        c.ProvenanceTracking(),
                        c.DataVersioning(),
                    ),
                )
            )
            db = tm.add(tg.DataStore("Ticket DB", stores={tickets}))
            indexer = tm.add(
                tg.Pipeline(
                    "Indexer",
                    stage="ingestion",
                    controls=ctl(
                        c.ProvenanceTracking(), c.DataSanitization(), c.DataMinimization()
                    ),
                )
            )
    link = ctl(TLS)
    tm.flow(customer, chat, question, controls=link)
    tm.flow(chat, orchestrator, question, controls=link)
    tm.flow(orchestrator, index, question, controls=link)
    tm.flow(index, orchestrator, chunks, controls=link)
    tm.flow(orchestrator, llm, prompt, controls=link)
    tm.flow(llm, orchestrator, answer, controls=link)
    tm.flow(orchestrator, logs, transcripts, controls=link)
    tm.flow(orchestrator, chat, answer, controls=link)
    tm.flow(chat, customer, answer, controls=link)
    tm.flow(db, indexer, tickets, controls=link)
    tm.flow(web, indexer, pages, controls=link)
    tm.flow(indexer, index, chunks, controls=link)
    return tm


RAG_EXPECTED = [
    # one finding per threat, placed where the fix goes: the LLM that reads the text
    ("ai/prompt-injection-direct", "element:hosted-llm"),
    ("ai/indirect-prompt-injection", "element:hosted-llm"),
    ("ai/hallucination", "element:hosted-llm"),
    ("ai/personal-data-to-model-provider", "element:hosted-llm"),
]


def ml_pipeline(secure: bool) -> tg.ThreatModel:
    """Fraud scoring: partner feed, online feature store, scoring endpoint that returns
    scores to merchants, analyst labels feeding retraining, a registry and promotion."""

    def ctl(*items: c.Control) -> frozenset[c.Control]:
        return frozenset(items) if secure else frozenset()

    tm = tg.ThreatModel("Fraud scoring", profile="high")
    txns = tg.Data("Transactions", sensitivity="regulated")
    features = tg.Data("Features", sensitivity="confidential")
    request = tg.Data("Score request", sensitivity="regulated")
    score = tg.Data("Score", sensitivity="confidential")
    cases = tg.Data("Flagged cases", sensitivity="regulated")
    labels = tg.Data("Labels", sensitivity="confidential")
    weights = tg.Data("Weights", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        merchant = tm.add(tg.Actor("Merchant", human=False, controls=ctl(c.Authentication())))
    with tm.boundary("Partner", trust="partner"):
        feed = tm.add(
            tg.DataSource(
                "Transaction feed",
                origin="partner",
                provides={txns},
                controls=ctl(c.ProvenanceTracking(), c.SignedModels()),
            )
        )
    with tm.boundary("Platform", trust="internal"):
        feature_job = tm.add(
            tg.Pipeline(
                "Feature pipeline",
                stage="preprocessing",
                controls=ctl(c.DataSanitization(), c.AnomalyDetection(), c.DataMinimization()),
            )
        )
        store = tm.add(
            tg.FeatureStore(
                "Feature store",
                stores={features},
                controls=ctl(
                    c.EncryptionAtRest(),
                    c.RBAC(),
                    c.Authentication(),
                    c.AuditLogging(),
                    c.DataVersioning(),
                    c.AnomalyDetection(),
                ),
            )
        )
        endpoint = tm.add(
            tg.Endpoint(
                "Scoring endpoint",
                returns_scores=True,
                controls=ctl(
                    c.Authentication(),
                    c.RateLimiting(),
                    c.InputValidation(),
                    c.OutputObfuscation(),
                    c.AnomalyDetection(),
                    c.DataSanitization(),
                ),
            )
        )
        model = tm.add(
            tg.Model(
                "Fraud model",
                returns_scores=True,
                high_stakes=True,
                controls=ctl(
                    c.AdversarialTraining(), c.DifferentialPrivacy(), c.SafeSerialization()
                ),
            )
        )
        with tm.boundary("ML platform", trust="internal"):
            labeling = tm.add(
                tg.Pipeline(
                    "Labeling",
                    stage="labeling",
                    controls=ctl(c.DataSanitization(), c.AuditLogging()),
                )
            )
            label_set = tm.add(
                tg.Dataset(
                    "Label set",
                    stores={labels, features},
                    controls=ctl(
                        c.EncryptionAtRest(), c.RBAC(), c.DataVersioning(), c.AuditLogging()
                    ),
                )
            )
            training = tm.add(
                tg.Pipeline(
                    "Training",
                    stage="training",
                    controls=ctl(c.ModelValidation(), c.ProvenanceTracking(), c.AuditLogging()),
                )
            )
            registry = tm.add(
                tg.ModelRegistry(
                    "Registry",
                    stores={weights},
                    controls=ctl(
                        c.SignedModels(),
                        c.ModelVersioning(),
                        c.ImmutableArtifacts(),
                        c.SafeSerialization(),
                        c.EncryptionAtRest(),
                        c.RBAC(),
                        c.AuditLogging(),
                    ),
                )
            )
            promotion = tm.add(
                tg.Pipeline(
                    "Promotion",
                    stage="deployment",
                    controls=ctl(c.MultiPartyApproval(), c.RBAC(), c.VulnerabilityScanning()),
                )
            )
    with tm.boundary("Corporate", trust="internal"):
        analyst = tm.add(tg.Actor("Analyst", controls=ctl(c.Authentication())))
        engineer = tm.add(
            tg.Actor(
                "ML engineer",
                privileged=True,
                controls=ctl(c.Authentication(), c.RBAC(), c.AuditLogging()),
            )
        )
    link = ctl(TLS)
    tm.flow(feed, feature_job, txns, controls=link)
    tm.flow(feature_job, store, features, controls=link)
    tm.flow(merchant, endpoint, request, controls=link)
    tm.flow(store, endpoint, features, controls=link)
    tm.flow(endpoint, model, features, controls=link)
    tm.flow(model, endpoint, score, controls=link)
    tm.flow(endpoint, merchant, score, controls=link)
    tm.flow(endpoint, labeling, cases, controls=link)
    tm.flow(analyst, labeling, labels, controls=link)
    tm.flow(labeling, label_set, labels, controls=link)
    tm.flow(label_set, training, labels, features, controls=link)
    tm.flow(training, registry, weights, controls=link)
    tm.flow(engineer, promotion, controls=link)
    tm.flow(registry, promotion, weights, controls=link)
    tm.flow(promotion, model, weights, controls=link)
    return tm


ML_EXPECTED = [
    ("ai/training-data-poisoning", "element:label-set"),
    ("ai/adversarial-evasion", "element:fraud-model"),
    ("ai/model-extraction", "element:fraud-model"),
    ("ai/label-manipulation", "element:label-set"),
    # our own pickled weights: swapping them is the unsigned-model finding, not a
    # deserialization one; theft and loss at rest are requirements, not AI findings
    ("ai/unsigned-model-to-serving", "element:fraud-model"),
    ("ai/insider-ml-tampering", "element:ml-engineer"),
]


def agent_with_tools(secure: bool) -> tg.ThreatModel:
    """An autonomous coding agent with memory, a shell, a repository tool, a web fetcher
    and a third-party MCP server; credentials sit in the working copy."""

    def ctl(*items: c.Control) -> frozenset[c.Control]:
        return frozenset(items) if secure else frozenset()

    tm = tg.ThreatModel("Coding agent", profile="high")
    task = tg.Data("Task", sensitivity="internal")
    context = tg.Data("Context", sensitivity="confidential")
    plan = tg.Data("Plan", sensitivity="confidential")
    code = tg.Data("Source code", sensitivity="confidential")
    creds = tg.Data("Credentials", sensitivity="secret")
    pages = tg.Data("Web pages", sensitivity="public")
    issues = tg.Data("Issues", sensitivity="internal")
    memories = tg.Data("Memories", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        web = tm.add(tg.DataSource("Web", origin="public-web", provides={pages}))
    with tm.boundary("LLM vendor", trust="partner"):
        llm = tm.add(
            tg.LLM(
                "Hosted LLM",
                origin="third-party-api",
                controls=ctl(c.SupplierAssessment(), c.ModelVersioning()),
            )
        )
    with tm.boundary("Code host", trust="partner"):
        host = tm.add(tg.ExternalService("Code host"))
    with tm.boundary("Laptop", trust="internal"):
        developer = tm.add(tg.Actor("Developer", privileged=True))
        agent = tm.add(
            tg.Agent(
                "Agent",
                autonomy="autonomous",
                memory=True,
                controls=ctl(
                    c.HumanInTheLoop(),
                    c.BoundApproval(),
                    c.UntrustedInputSegregation(),
                    c.OutputFiltering(),
                    c.Guardrails(),
                    c.SecretsManagement(),
                    c.AIBOM(),
                    c.AnomalyDetection(),
                    c.CircuitBreaker(),
                    c.AuditLogging(),
                    c.DataMinimization(),
                    c.InputValidation(),
                ),
            )
        )
        memory = tm.add(
            tg.VectorStore(
                "Memory", stores={memories}, memory=True, controls=ctl(c.MemoryHardening())
            )
        )
        shell = tm.add(
            tg.Tool(
                "Shell",
                capabilities={"execute-code", "write", "delete", "network-egress"},
                controls=ctl(
                    c.Sandboxing(),
                    c.EgressFiltering(),
                    c.LeastPrivilegeTools(),
                    c.InputValidation(),
                ),
            )
        )
        repo = tm.add(
            tg.Tool(
                "Repo tool",
                capabilities={"read", "write"},
                controls=ctl(c.LeastPrivilegeTools(), c.InputValidation(), c.RBAC()),
            )
        )
        fetch = tm.add(
            tg.Tool(
                "Fetch",
                capabilities={"read", "network-egress"},
                controls=ctl(c.EgressFiltering(), c.InputValidation(), c.LeastPrivilegeTools()),
            )
        )
        workspace = tm.add(
            tg.DataStore(
                "Workspace", stores={code, creds}, controls=ctl(c.SecretsManagement(), c.RBAC())
            )
        )
        with tm.boundary("MCP process", trust="partner"):
            mcp = tm.add(
                tg.Tool(
                    "Tracker MCP",
                    origin="third-party",
                    capabilities={"read", "write"},
                    controls=ctl(
                        c.AIBOM(),
                        c.SignedModels(),
                        c.SupplierAssessment(),
                        c.LeastPrivilegeTools(),
                        c.InputValidation(),
                        c.RBAC(),
                    ),
                )
            )
    tm.flow(developer, agent, task)
    tm.flow(agent, developer, plan)
    tm.flow(agent, llm, context, controls=ctl(TLS, c.DataMinimization()))
    tm.flow(llm, agent, plan, controls=ctl(TLS))
    tm.flow(agent, memory, memories)
    tm.flow(memory, agent, memories)
    tm.flow(agent, shell, plan)
    tm.flow(shell, workspace, code)
    tm.flow(workspace, shell, code, creds)
    tm.flow(shell, agent, code)
    tm.flow(agent, repo, plan)
    tm.flow(repo, host, issues, controls=ctl(TLS))
    tm.flow(host, repo, issues, controls=ctl(TLS))
    tm.flow(repo, agent, issues)
    tm.flow(agent, fetch, plan)
    tm.flow(web, fetch, pages, controls=ctl(TLS))
    tm.flow(fetch, agent, pages)
    tm.flow(agent, mcp, plan)
    tm.flow(mcp, agent, issues)
    return tm


AGENT_EXPECTED = [
    ("ai/agent-code-execution", "element:shell"),
    ("ai/tool-misuse", "element:agent"),
    ("ai/indirect-prompt-injection", "element:agent"),
    ("ai/malicious-tool", "element:tracker-mcp"),
    ("ai/agent-memory-poisoning", "element:memory"),
    ("ai/exposed-credentials", "element:workspace"),
    ("ai/third-party-model-provider", "element:hosted-llm"),
]


def test_a_steered_agent_is_one_finding_for_misuse_and_exfiltration() -> None:
    """Tool misuse and exfiltration through the same tools are one threat family on the
    agent: one finding that says both, with the controls of both."""
    report = run(agent_with_tools(False))
    (f,) = [
        x
        for x in report.findings
        if x.target.key == "element:agent" and x.rule in ("ai/tool-misuse", "ai/agent-exfiltration")
    ]
    assert not report.for_rule("ai/agent-exfiltration") or not report.for_rule("ai/tool-misuse")
    assert "steered into using that power" in f.explanation
    assert "send data out" in f.explanation
    assert {"egress_filtering", "human_in_the_loop", "least_privilege_tools"} <= set(
        f.controls_missing
    )
    assert {"AML.T0053", "AML.T0086"} <= set(f.references)


SCENARIOS: dict[str, tuple[Callable[[bool], tg.ThreatModel], list[tuple[str, str]]]] = {
    "rag-assistant": (rag_assistant, RAG_EXPECTED),
    "ml-pipeline": (ml_pipeline, ML_EXPECTED),
    "agent-with-tools": (agent_with_tools, AGENT_EXPECTED),
}


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_scenario_raises_the_expected_threats(name: str) -> None:
    build, expected = SCENARIOS[name]
    found = by_key(run(build(False)))
    missing = [pair for pair in expected if pair not in found]
    assert not missing
    for pair in expected:
        assert found[pair].is_open


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_scenario_controls_mitigate_without_raising_severity(name: str) -> None:
    build, expected = SCENARIOS[name]
    before = by_key(run(build(False)))
    after = by_key(run(build(True)))
    # controls never change which AI threats apply, only their status and score; the one
    # exception: declaring that a person approves an agent's steps makes that approval
    # something to attack, so ai/unbound-approval appears (mitigated, when the approval
    # is bound to the call)
    gained = sorted(k for k in after if k not in before)
    assert all(rule == "ai/unbound-approval" for rule, _ in gained), gained
    for key in gained:
        assert after[key].status is tg.Status.MITIGATED, after[key].status_reason
        del after[key]
    assert sorted(before) == sorted(after)
    not_mitigated = [
        (pair, after[pair].status.value, after[pair].status_reason)
        for pair in expected
        if after[pair].status is not tg.Status.MITIGATED
    ]
    assert not not_mitigated
    for key, f in after.items():
        assert f.severity <= before[key].severity, key
        assert f.id == before[key].id


def test_rag_controls_count_along_the_way_to_the_model() -> None:
    # The red teaming sits on the orchestrator, between the endpoint the customer calls
    # and the LLM; it counts for the injection finding raised on the LLM.
    tm = rag_assistant(False)
    report = run(tm)
    f = next(
        x
        for x in report.findings
        if x.rule == "ai/prompt-injection-direct" and x.target.key == "element:hosted-llm"
    )
    assert f.is_open
    system = tm.freeze()
    from threatgraph.elements import Service

    orch = system.element("orchestrator")
    assert isinstance(orch, Service)
    import attrs

    guarded = attrs.evolve(orch, controls={c.RedTeaming()})
    tm2 = tg.ThreatModel("RAG assistant", profile="low")
    for b in system.boundaries:
        with tm2.boundary(b):
            pass
    for e in system.all_elements:
        b = system.boundary_of(e)
        tm2.add(guarded if e.id == "orchestrator" else e, boundary=b.id if b else None)
    for fl in system.all_flows:
        tm2.flow(fl.source, fl.target, *fl.data, controls=fl.controls, id=fl.id)
    f2 = next(
        x
        for x in run(tm2).findings
        if x.rule == "ai/prompt-injection-direct" and x.target.key == "element:hosted-llm"
    )
    assert f2.status is tg.Status.MITIGATED
    assert "red_teaming" in f2.controls_present


def test_model_lifecycle_does_not_make_prompts_untrusted() -> None:
    # A public base model upstream of a fine-tuning job must not make an internal
    # drafting LLM's output "attacker-shaped".
    tm = tg.ThreatModel("internal drafting")
    with tm.boundary("Internet", trust="untrusted"):
        hub = tm.add(tg.ExternalService("Hub", provides="model-hub"))
    with tm.boundary("Corp", trust="internal"):
        job = tm.add(tg.Pipeline("Tune", stage="fine-tuning"))
        reg = tm.add(tg.ModelRegistry("Registry"))
        llm = tm.add(tg.LLM("Drafting LLM", origin="open-weights"))
        app = tm.add(tg.Service("Editor"))
        lawyer = tm.add(tg.Actor("Lawyer"))
    tm.flow(hub, job, tg.Data("Base weights", sensitivity="public"))
    tm.flow(job, reg)
    tm.flow(reg, llm)
    tm.flow(lawyer, app, tg.Data("Request"))
    tm.flow(app, llm, tg.Data("Request"))
    tm.flow(llm, app, tg.Data("Draft"))
    report = run(tm)
    rules = {f.rule for f in report.findings}
    assert "ai/untrusted-model-source" in rules
    assert "ai/improper-output-handling" not in rules
    # the hub supplies weights: it is not a caller, so no query-based attack is raised
    assert not {"ai/prompt-injection-direct", "ai/indirect-prompt-injection"} & rules


def test_queries_into_an_index_are_not_new_content() -> None:
    # The orchestrator sends the customer's question to the index and reads chunks back:
    # a query, not the customer writing into the index. The customer prompts the LLM
    # (direct); only the crawled help pages reach it through the index (indirect).
    found = by_key(run(rag_assistant(False)))
    indirect = found[("ai/indirect-prompt-injection", "element:hosted-llm")]
    assert "Help centre" in indirect.explanation
    assert "Customer" not in indirect.explanation.split(";")[0]
    routes = [t.ids for t in indirect.affected if t.kind == "path"]
    assert routes
    assert all(r[0] == "help-centre" for r in routes)


def test_scores_returned_to_callers_decide_extraction_and_raise_evasion() -> None:
    def build(scores: bool) -> tg.ThreatModel:
        tm = tg.ThreatModel("scores", profile="high")
        with tm.boundary("Partner", trust="partner"):
            user = tm.add(tg.Actor("Caller"))
        with tm.boundary("Internet", trust="untrusted"):
            anyone = tm.add(tg.Actor("Anyone"))
        with tm.boundary("VPC", trust="internal"):
            api = tm.add(tg.Endpoint("API", returns_scores=scores))
            model = tm.add(tg.Model("Classifier"))
        tm.flow(user, api, tg.Data("Input"))
        tm.flow(anyone, api, tg.Data("Input"))
        tm.flow(api, model, tg.Data("Input"))
        tm.flow(model, api, tg.Data("Score"))
        tm.flow(api, anyone, tg.Data("Score"))
        return tm

    with_scores, without = run(build(True)), run(build(False))
    # a bare decision leaks too little to copy a classifier; scores make it worth it
    assert with_scores.for_rule("ai/model-extraction")
    assert not without.for_rule("ai/model-extraction")
    evade_with = with_scores.for_rule("ai/adversarial-evasion")[0]
    evade_without = without.for_rule("ai/adversarial-evasion")[0]
    assert "AML.T0043.001" in evade_with.atlas
    assert "AML.T0043.001" not in evade_without.atlas


def test_small_internal_system_raises_no_ai_findings() -> None:
    import runpy

    ns = runpy.run_path(str(ROOT / "examples" / "small_internal" / "model.py"))
    report = run(ns["tm"])
    assert not ai_findings(report)


def test_ai_rules_on_example_systems_never_crash() -> None:
    import runpy

    paths = sorted(
        p
        for pattern in ("*/before.py", "*/after.py", "*/model.py")
        for p in (ROOT / "examples").glob(pattern)
    )
    models = [ns["tm"] for ns in (runpy.run_path(str(p)) for p in paths) if "tm" in ns]
    assert len(models) >= 11
    for tm in models:
        run(tm)
