"""The example used by the report, export and register tests and their golden files.

The Report is built by hand (not by the engine) so that the golden files change
only when an output format changes, never when the rule catalogue does.
"""

from __future__ import annotations

from threatgraph import controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    DataSource,
    Endpoint,
    ModelRegistry,
    Pipeline,
    Tool,
    VectorStore,
)
from threatgraph.elements import (
    Data as D,
)
from threatgraph.findings import Finding, Report, Requirement, RuleError, Target, finding_id
from threatgraph.model import ThreatModel
from threatgraph.system import System
from threatgraph.vocab import (
    Impact,
    Likelihood,
    Phase,
    Severity,
    Status,
    Stride,
)

TICKETS = D("Support tickets", sensitivity="pii")
PROMPT = D("Prompt", sensitivity="internal")
PAGES = D("Help pages", sensitivity="public")
WEIGHTS = D("Model weights", sensitivity="confidential")

TAXONOMIES = {
    "CWE": "4.20",
    "MITRE ATLAS": "5.6.0",
    "OWASP Top 10 for LLM Applications": "2025",
}


def build_system(name: str = "Support assistant") -> System:
    """A RAG assistant with an agent, a training side and a registry."""
    tm = ThreatModel(name, profile="high", frameworks=["soc2"], description="Example model.")
    with tm.boundary("Internet", trust="untrusted"):
        customer = tm.add(Actor("Customer"))
        crawl = tm.add(DataSource("Help site crawl", origin="public-web", provides={PAGES}))
    with tm.boundary("Production VPC", trust="internal"):
        api = tm.add(Endpoint("Chat API", controls={c.RateLimiting(), c.InputValidation()}))
        llm = tm.add(LLM("Support LLM", origin="in-house"))
        agent = tm.add(Agent("Ticket agent", autonomy="autonomous"))
        shell = tm.add(Tool("Shell", capabilities={"execute-code"}))
        index = tm.add(VectorStore("Ticket index", stores={TICKETS, PAGES}))
        ingest = tm.add(Pipeline("Indexer", stage="ingestion"))
        with tm.boundary("ML enclave", trust="restricted"):
            registry = tm.add(ModelRegistry("Model registry", stores={WEIGHTS}))
    tm.flow(customer, api, PROMPT, protocol="https", controls={c.EncryptionInTransit()})
    tm.flow(api, llm, PROMPT)
    tm.flow(index, llm, TICKETS)
    tm.flow(llm, agent, PROMPT)
    tm.flow(agent, shell)
    tm.flow(crawl, ingest, PAGES)
    tm.flow(ingest, index, PAGES)
    tm.flow(registry, llm, WEIGHTS, controls={c.SignedModels()})
    return tm.freeze()


def _finding(
    rule: str,
    target: Target,
    *,
    title: str,
    explanation: str,
    severity: Severity,
    likelihood: Likelihood,
    impact: Impact,
    stride: tuple[Stride, ...],
    phases: tuple[Phase, ...],
    status: Status = Status.OPEN,
    inherent: Severity | None = None,
    **kw: object,
) -> Finding:
    return Finding(
        id=finding_id(rule, target),
        rule=rule,
        title=title,
        target=target,
        explanation=explanation,
        stride=stride,
        phases=phases,
        likelihood=likelihood,
        impact=impact,
        severity=severity,
        inherent_severity=inherent or severity,
        status=status,
        **kw,  # type: ignore[arg-type]
    )


def build_findings() -> tuple[Finding, ...]:
    """Findings of every status and target kind, in report order, numbered."""
    fs = [
        _finding(
            "ai/tool-code-execution",
            Target.path(("customer", "chat-api", "support-llm", "ticket-agent", "shell")),
            title="Untrusted input reaches a code-executing tool",
            explanation="Customer can steer Ticket agent into running commands on Shell.",
            severity=Severity.CRITICAL,
            likelihood=Likelihood.LIKELY,
            impact=Impact.SEVERE,
            stride=(Stride.TAMPERING, Stride.ELEVATION_OF_PRIVILEGE),
            phases=(Phase.INFERENCE,),
            atlas=("AML.T0051.000", "AML.T0053"),
            owasp=("LLM06:2025", "ASI05:2026"),
            cwe=("CWE-94",),
            controls_present=("input_validation",),
            controls_missing=("sandboxing", "human_in_the_loop"),
            actors=("hacktivist", "opportunist"),
            location="threat_model.py:30",
            description="Agents that run code on behalf of untrusted callers.",
        ),
        _finding(
            "ai/prompt-injection-direct",
            Target.flow("customer->chat-api"),
            title="Direct prompt injection",
            explanation="Customer sends Prompt to Chat API; the prompt can override instructions.",
            severity=Severity.HIGH,
            likelihood=Likelihood.ALMOST_CERTAIN,
            impact=Impact.MODERATE,
            stride=(Stride.TAMPERING,),
            phases=(Phase.INFERENCE,),
            atlas=("AML.T0051",),
            owasp=("LLM01:2025",),
            cwe=("CWE-1427",),
            controls_present=("input_validation",),
            controls_missing=("guardrails",),
            actors=("hacktivist", "opportunist"),
            location="threat_model.py:33",
        ),
        _finding(
            "ai/rag-poisoning",
            Target.element("ticket-index"),
            title="Poisoned retrieval content",
            explanation="Help site crawl feeds Ticket index through Indexer without provenance.",
            severity=Severity.MEDIUM,
            likelihood=Likelihood.POSSIBLE,
            impact=Impact.MODERATE,
            stride=(Stride.TAMPERING,),
            phases=(Phase.DATA, Phase.INFERENCE),
            atlas=("AML.T0070",),
            owasp=("LLM08:2025", "LLM04:2025"),
            controls_missing=("provenance_tracking", "data_sanitization"),
            actors=("hacktivist",),
            location=None,
        ),
        _finding(
            "hygiene/no-audit-logging",
            Target.model(),
            title="No audit logging anywhere",
            explanation="A high-risk system with no audit logging cannot reconstruct incidents.",
            severity=Severity.MEDIUM,
            likelihood=Likelihood.LIKELY,
            impact=Impact.MINOR,
            stride=(Stride.REPUDIATION,),
            phases=(Phase.INFERENCE, Phase.REGISTRY),
            cwe=("CWE-778",),
            controls_missing=("audit_logging",),
        ),
        _finding(
            "stride/registry-tampering",
            Target.flow("model-registry->support-llm"),
            title="Tampered model artifact",
            explanation="Serving loads weights from Model registry; signatures are checked.",
            severity=Severity.LOW,
            inherent=Severity.HIGH,
            likelihood=Likelihood.RARE,
            impact=Impact.MAJOR,
            stride=(Stride.TAMPERING,),
            phases=(Phase.REGISTRY,),
            status=Status.MITIGATED,
            atlas=("AML.T0010.003",),
            owasp=("LLM03:2025", "ML06:2023"),
            controls_present=("signed_models",),
            status_reason="mitigated by Signed models",
            location="threat_model.py:40",
        ),
        _finding(
            "ai/data-disclosure",
            Target.flow("ticket-index->support-llm"),
            title="Tickets disclosed through answers",
            explanation="Support tickets (PII) reach Support LLM and can appear in answers.",
            severity=Severity.HIGH,
            likelihood=Likelihood.LIKELY,
            impact=Impact.MAJOR,
            stride=(Stride.INFORMATION_DISCLOSURE,),
            phases=(Phase.INFERENCE,),
            status=Status.ACCEPTED,
            owasp=("LLM02:2025",),
            controls_missing=("permission_aware_retrieval", "output_filtering"),
            actors=("insider",),
            status_reason="register: accepted by alice@example.com, SEC-12 until 2030-01-31: "
            "tickets are redacted upstream",
            location="threat_model.py:35",
        ),
        _finding(
            "stride/dos-endpoint",
            Target.element("chat-api"),
            title="Endpoint flooding",
            explanation="Chat API can be flooded.",
            severity=Severity.LOW,
            likelihood=Likelihood.UNLIKELY,
            impact=Impact.MINOR,
            stride=(Stride.DENIAL_OF_SERVICE,),
            phases=(Phase.INFERENCE,),
            status=Status.FALSE_POSITIVE,
            controls_present=("rate_limiting",),
            status_reason="register: false positive per bob (review by 2030-06-30): behind the CDN",
        ),
        _finding(
            "stride/crawl-spoofing",
            Target.element("help-site-crawl"),
            title="Spoofed crawl source",
            explanation="The crawl could fetch from a look-alike domain.",
            severity=Severity.INFO,
            likelihood=Likelihood.RARE,
            impact=Impact.NEGLIGIBLE,
            stride=(Stride.SPOOFING,),
            phases=(Phase.DATA,),
            status=Status.NOT_APPLICABLE,
            status_reason="excluded on help-site-crawl: pinned domains",
        ),
    ]
    import attrs

    return tuple(attrs.evolve(f, number=i) for i, f in enumerate(fs, 1))


def build_report(system: System | None = None, **overrides: object) -> Report:
    """The example Report."""
    system = system or build_system()
    findings = build_findings()
    fields: dict[str, object] = {
        "system": system,
        "findings": findings,
        "requirements": (
            Requirement(
                "profile:high",
                "Red teaming before release",
                met=False,
                detail="no RedTeaming control",
                findings=(findings[3].id,),
            ),
            Requirement("framework:soc2", "Access is authenticated", met=True),
        ),
        "catalogue": "threatgraph-default",
        "catalogue_version": "2026.11",
        "taxonomies": dict(TAXONOMIES),
        "register_orphans": ("TG-000000000000",),
        "register_expired": (findings[2].id,),
        "notes": ("Differential privacy is beyond what a low-risk profile needs.",),
    }
    fields.update(overrides)
    return Report(**fields)  # type: ignore[arg-type]


def incomplete_report() -> Report:
    """The example with a crashed rule."""
    return build_report(errors=(RuleError("ai/broken", "element:shell", "KeyError: 'x'"),))


HOSTILE = "<script>alert(1)</script> | `x` *y* _z_ [a](javascript:alert(1)) <img src=x onerror=alert(1)> # h\n| --- |\r\n\" ' & &lt; -->"


def hostile_report() -> Report:
    """Every user string carries markup, table breakers and HTML."""
    h = HOSTILE
    tm = ThreatModel(h + " model", profile="low", description=h)
    data = D(h + " data", sensitivity="pii", id="d1")
    with tm.boundary(h + " zone", trust="untrusted", id="zone"):
        a = tm.add(Actor(h + " user", id="u"))
    with tm.boundary(h + " vpc", trust="internal", id="vpc"):
        b = tm.add(Endpoint(h + " api", id="api", controls={c.RateLimiting(note=h)}, description=h))
    tm.flow(a, b, data, protocol=h, label=h)
    system = tm.freeze()
    flow_id = system.all_flows[0].id
    f = Finding(
        id=finding_id(h, Target.flow(flow_id)),
        rule=h,
        title=h,
        target=Target.flow(flow_id),
        explanation=h,
        stride=(Stride.TAMPERING,),
        phases=(Phase.INFERENCE,),
        likelihood=Likelihood.LIKELY,
        impact=Impact.MAJOR,
        severity=Severity.HIGH,
        inherent_severity=Severity.HIGH,
        atlas=(h,),
        owasp=(h,),
        cwe=(h,),
        controls_present=(h,),
        controls_missing=(h,),
        actors=(h,),
        status_reason=h,
        location=h,
        number=1,
        description=h,
    )
    g = attrs_evolve(f, id="TG-111111111111", status=Status.ACCEPTED, number=2)
    return Report(
        system=system,
        findings=(f, g),
        errors=(RuleError(h, h, h),),
        requirements=(Requirement(h, h, met=False, detail=h, findings=(h,)),),
        catalogue=h,
        catalogue_version=h,
        taxonomies={h: h},
        register_orphans=(h,),
        register_expired=(h,),
        notes=(h,),
    )


def attrs_evolve(obj: Finding, **changes: object) -> Finding:
    import attrs

    return attrs.evolve(obj, **changes)
