"""Models and hand-made reports shared by the diagram tests.

Not a test module: ``test_render_*.py`` import it. The reports are built by
hand (not by the analysis engine) so that the diagram tests pin down rendering
alone: badge numbers, colours and attachment.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import attrs

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.findings import Finding, Report, RuleError, Target, finding_id
from threatgraph.vocab import Impact, Likelihood, Phase, Severity, Status, Stride


def finding(
    rule: str,
    target: Target,
    severity: Severity,
    *,
    title: str | None = None,
    status: Status = Status.OPEN,
    phases: Sequence[Phase] = (Phase.INFERENCE,),
) -> Finding:
    """A finding with plausible defaults; its number is set by :func:`report`."""
    return Finding(
        id=finding_id(rule, target),
        rule=rule,
        title=title or rule.replace("-", " ").capitalize(),
        target=target,
        explanation=f"{rule} on {target.key}",
        stride=(Stride.TAMPERING,),
        phases=tuple(phases),
        likelihood=Likelihood.POSSIBLE,
        impact=Impact.MAJOR,
        severity=severity,
        inherent_severity=severity,
        status=status,
    )


def report(
    system: tg.System, findings: Sequence[Finding], errors: Sequence[RuleError] = ()
) -> Report:
    """A Report in the engine's order (most severe first), numbered from 1."""
    ordered = sorted(findings, key=Report.sort_key)
    numbered = tuple(attrs.evolve(f, number=i) for i, f in enumerate(ordered, 1))
    return Report(system=system, findings=numbered, errors=tuple(errors))


# --------------------------------------------------------------------------- RAG assistant


def rag_model(reverse: bool = False) -> tg.ThreatModel:
    """A support assistant: nested boundaries, an agent with tools, a third-party LLM.

    ``reverse=True`` declares the same model in a different order.
    """
    tm = tg.ThreatModel("Support assistant", profile="high")
    tickets = tg.Data("Support tickets", sensitivity="pii")
    prompt = tg.Data("Prompt")
    answer = tg.Data("Answer")
    pages = tg.Data("Help pages", sensitivity="public")

    def internet() -> dict[str, tg.Element]:
        with tm.boundary("Internet", trust="untrusted"):
            return {
                "customer": tm.add(tg.Actor("Customer")),
                "help": tm.add(
                    tg.DataSource("Public help pages", origin="public-web", provides={pages})
                ),
            }

    def vendor() -> dict[str, tg.Element]:
        with tm.boundary("LLM vendor", trust="partner"):
            return {"llm": tm.add(tg.LLM("Hosted LLM", origin="third-party-api"))}

    def vpc() -> dict[str, tg.Element]:
        out: dict[str, tg.Element] = {}
        with tm.boundary("Production VPC", trust="internal"):
            out["api"] = tm.add(
                tg.Endpoint("Chat API", controls={c.RateLimiting(), c.InputValidation()})
            )
            out["agent"] = tm.add(tg.Agent("Support agent", autonomy="supervised", memory=True))
            out["index"] = tm.add(tg.VectorStore("Ticket index", stores={tickets}))
            out["ingest"] = tm.add(tg.Pipeline("Indexer", stage="ingestion"))
            with tm.boundary("Payments enclave", trust="restricted"):
                out["refund"] = tm.add(
                    tg.Tool("Refund tool", capabilities={"money-movement", "write"})
                )
                out["shell"] = tm.add(
                    tg.Tool(
                        "Diagnostics shell", capabilities={"execute-code"}, origin="third-party"
                    )
                )
        return out

    parts = [internet, vendor, vpc]
    if reverse:
        parts.reverse()
    el: dict[str, tg.Element] = {}
    for p in parts:
        el.update(p())
    flows = [
        (el["customer"], el["api"], (prompt,), "https"),
        (el["api"], el["agent"], (prompt,), None),
        (el["agent"], el["llm"], (prompt, tickets), "https"),
        (el["llm"], el["agent"], (answer,), "https"),
        (el["index"], el["agent"], (tickets,), None),
        (el["agent"], el["refund"], (answer,), "grpc"),
        (el["agent"], el["shell"], (answer,), None),
        (el["help"], el["ingest"], (pages,), "https"),
        (el["ingest"], el["index"], (tickets,), None),
        (el["agent"], el["api"], (answer,), None),
    ]
    if reverse:
        flows.reverse()
    for src, dst, data, proto in flows:
        tm.flow(src, dst, *data, protocol=proto)
    return tm


def rag_report(system: tg.System) -> Report:
    """Findings of every kind of target, severity and status on the RAG model."""
    T = Target
    fs = [
        finding(
            "prompt-injection",
            T.element("support-agent"),
            Severity.CRITICAL,
            title="Indirect prompt injection steers the agent",
        ),
        finding("excessive-agency", T.element("support-agent"), Severity.HIGH),
        finding("code-execution", T.element("diagnostics-shell"), Severity.CRITICAL),
        finding("refund-abuse", T.element("refund-tool"), Severity.HIGH),
        finding(
            "data-leak-to-vendor",
            T.flow("support-agent->hosted-llm"),
            Severity.HIGH,
            title="PII sent to the LLM vendor",
        ),
        finding("spoofing-entry", T.flow("customer->chat-api"), Severity.MEDIUM),
        finding("model-dos", T.element("chat-api"), Severity.MEDIUM, status=Status.MITIGATED),
        finding(
            "rag-poisoning",
            T.path(["public-help-pages", "indexer", "ticket-index"]),
            Severity.HIGH,
            phases=(Phase.DATA,),
        ),
        finding("index-tamper", T.element("ticket-index"), Severity.LOW, phases=(Phase.DATA,)),
        finding("vendor-lockin", T.element("hosted-llm"), Severity.INFO),
        finding("no-audit-log", T.model(), Severity.MEDIUM),
        finding("accepted-risk", T.element("customer"), Severity.LOW, status=Status.ACCEPTED),
        finding(
            "scraper-tamper",
            T.flow("public-help-pages->indexer"),
            Severity.MEDIUM,
            status=Status.MITIGATED,
            phases=(Phase.DATA,),
        ),
    ]
    return report(system, fs)


# --------------------------------------------------------------------------- training platform


def training_model() -> tg.ThreatModel:
    """An ML platform across all four lifecycle phases."""
    tm = tg.ThreatModel("Fraud model platform")
    raw = tg.Data("Transactions", sensitivity="regulated")
    feats = tg.Data("Features", sensitivity="confidential")
    weights = tg.Data("Model weights", sensitivity="secret")
    score = tg.Data("Fraud score")
    with tm.boundary("Outside", trust="untrusted"):
        feed = tm.add(tg.DataSource("Card network feed", origin="partner", provides={raw}))
        hub = tm.add(tg.ExternalService("Model hub", provides="model-hub"))
        merchant = tm.add(tg.Actor("Merchant app", human=False, role="client"))
        phones = tm.add(tg.Device("Phones", trains_locally=True))
    with tm.boundary("Data platform", trust="internal"):
        etl = tm.add(tg.Pipeline("ETL", stage="preprocessing", third_party_packages=True))
        lake = tm.add(tg.Dataset("Training set", stores={raw}))
        fstore = tm.add(tg.FeatureStore("Feature store", stores={feats}))
        labeler = tm.add(tg.Actor("Labeler", role="labeler"))
        label = tm.add(tg.Pipeline("Labeling", stage="labeling"))
    with tm.boundary("ML platform", trust="restricted"):
        train = tm.add(tg.Pipeline("Trainer", stage="training"))
        registry = tm.add(tg.ModelRegistry("Registry", stores={weights}))
        deploy = tm.add(tg.Pipeline("Deployer", stage="deployment"))
    with tm.boundary("Serving", trust="internal"):
        ep = tm.add(tg.Endpoint("Scoring API", returns_scores=True))
        model = tm.add(
            tg.Model("Fraud classifier", task="classifier", high_stakes=True, returns_scores=True)
        )
        store = tm.add(tg.DataStore("Decision log", stores={score}))
        svc = tm.add(tg.Service("Case manager"))
    tm.flow(feed, etl, raw, protocol="sftp")
    tm.flow(etl, lake, raw)
    tm.flow(labeler, label, raw)
    tm.flow(lake, label, raw)
    tm.flow(label, lake, raw, label="labels")
    tm.flow(lake, fstore, feats)
    tm.flow(fstore, train, feats)
    tm.flow(hub, train, weights, protocol="https")
    tm.flow(phones, train, weights, label="gradients")
    tm.flow(train, registry, weights)
    tm.flow(registry, deploy, weights)
    tm.flow(deploy, model, weights)
    tm.flow(merchant, ep, raw, protocol="https")
    tm.flow(ep, model, feats)
    tm.flow(fstore, model, feats, protocol="grpc")
    tm.flow(model, ep, score)
    tm.flow(ep, store, score)
    tm.flow(store, svc, score)
    return tm


def training_report(system: tg.System) -> Report:
    """Findings across phases, including an incomplete analysis."""
    T = Target
    fs = [
        finding(
            "feed-poisoning", T.flow("card-network-feed->etl"), Severity.HIGH, phases=(Phase.DATA,)
        ),
        finding("supply-chain", T.element("etl"), Severity.MEDIUM, phases=(Phase.DATA,)),
        finding(
            "label-flipping",
            T.element("labeling"),
            Severity.HIGH,
            phases=(Phase.DATA, Phase.TRAINING),
        ),
        finding(
            "backdoor-weights",
            T.flow("model-hub->trainer"),
            Severity.CRITICAL,
            phases=(Phase.TRAINING,),
        ),
        finding(
            "federated-poisoning", T.element("trainer"), Severity.HIGH, phases=(Phase.TRAINING,)
        ),
        finding("unsigned-model", T.element("registry"), Severity.HIGH, phases=(Phase.REGISTRY,)),
        finding("model-theft", T.element("registry"), Severity.MEDIUM, phases=(Phase.REGISTRY,)),
        finding("model-extraction", T.element("scoring-api"), Severity.HIGH),
        finding("membership-inference", T.element("fraud-classifier"), Severity.MEDIUM),
        finding(
            "evasion", T.path(["merchant-app", "scoring-api", "fraud-classifier"]), Severity.HIGH
        ),
        finding("log-pii", T.element("decision-log"), Severity.LOW),
    ]
    fs += [
        finding(f"hygiene-{i:02d}", T.element("fraud-classifier"), Severity.LOW)
        for i in range(1, 23)
    ]
    errors = [RuleError("broken-rule", "element:etl", "KeyError: 'x'")]
    return report(system, fs, errors)


# --------------------------------------------------------------------------- hostile text

NASTY = [
    'Quote " and \\" and trailing backslash \\',
    "Braces {x} | pipes | <angle> & ampersand",
    "<script>alert('x')</script><b>bold</b>",
    "Line one\nLine two\r\nLine three\ttabbed",
    "Emoji 🤖🔥 agent",
    "שירות לקוחות مساعد",
    "A very long name that goes on and on " * 4,
    "Nul\x00and bell\x07 and escapes \\N \\G \\l \\n",
    "end",
    "%%{init: {'theme':'dark'}}%% #quot; #35; `tick`",
]


def nasty_model() -> tg.ThreatModel:
    """Every element, boundary, data and protocol name is hostile text."""
    tm = tg.ThreatModel('Hostile <model> "name" & {braces} | \\ 🤖')
    with tm.boundary(NASTY[2], trust="untrusted", id='b"1:<x>'):
        a = tm.add(tg.Actor(NASTY[0], id='actor:"1"\\'))
        b = tm.add(tg.DataSource(NASTY[1], id="node"))
    with tm.boundary(NASTY[3], trust="internal"):
        c_ = tm.add(tg.Agent(NASTY[4], description=NASTY[2]))
        d = tm.add(tg.Tool(NASTY[5], capabilities={"execute-code"}))
        with tm.boundary(NASTY[9], trust="restricted", id="end"):
            e = tm.add(tg.LLM(NASTY[6]))
            f = tm.add(tg.Service(NASTY[7], id="svc:port:n"))
    g = tm.add(tg.Endpoint(NASTY[8], id="end"))
    data = [tg.Data(n, id=f"d{i}") for i, n in enumerate(NASTY)]
    tm.flow(a, g, data[0], data[2], protocol='h"t\\tp<s>')
    tm.flow(g, c_, data[3], label=NASTY[1])
    tm.flow(b, c_, data[4])
    tm.flow(c_, d, data[5], protocol="|grpc|")
    tm.flow(c_, e, data[6])
    tm.flow(e, f, data[7], data[9])
    tm.flow(f, a, data[8])
    return tm


def nasty_report(system: tg.System) -> Report:
    """Findings whose titles are hostile text too."""
    T = Target
    flows = [fl.id for fl in system.all_flows]
    fs = [
        finding(f"r{i}", T.element(e.id), list(Severity)[i % 5], title=NASTY[i % len(NASTY)])
        for i, e in enumerate(system.all_elements)
    ]
    fs += [
        finding(f"f{i}", T.flow(fid), list(Severity)[(i + 2) % 5], title=NASTY[i % len(NASTY)])
        for i, fid in enumerate(flows)
    ]
    fs.append(finding("m", T.model(), Severity.HIGH, title=NASTY[2]))
    return report(system, fs)


# --------------------------------------------------------------------------- golden files

GOLDEN_DIAGRAMS = Path(__file__).parent / "golden" / "diagrams"


def check_golden_diagram(name: str, text: str) -> None:
    """Compare ``text`` with ``tests/golden/diagrams/<name>``; UPDATE_GOLDEN=1 rewrites it."""
    path = GOLDEN_DIAGRAMS / name
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"missing golden file {path}; run UPDATE_GOLDEN=1 pytest to create it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, (
        f"{name} differs from its golden file; if the change is intended, "
        "rewrite it with UPDATE_GOLDEN=1 pytest and review the diff"
    )
