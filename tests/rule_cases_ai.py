"""A firing and a non-firing model for every AI rule (``ai/...``).

``CASES[rule_id]`` is a pair of factories ``(fires, quiet)``: the first builds a
small model on which the rule raises at least one finding, the second a model
that differs in the one thing the rule depends on and on which it raises none
(not even a mitigated one). The catalogue meta-test and ``test_rules_ai.py``
run them all.

Each case is a ``build(fire: bool)`` function; the pair is ``build(True)`` and
``build(False)``.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial

import threatgraph as tg
from threatgraph.elements import Element

__all__ = ["CASES", "Zones"]

Factory = Callable[[], tg.ThreatModel]


class Zones:
    """A model with four boundaries to place elements in: internet (untrusted),
    partner, corp (internal) and vault (restricted)."""

    def __init__(self, name: str) -> None:
        self.tm = tg.ThreatModel(name)
        for bname, trust in (
            ("Internet", "untrusted"),
            ("Partner", "partner"),
            ("Corp", "internal"),
            ("Vault", "restricted"),
        ):
            with self.tm.boundary(bname, trust=trust):
                pass

    def internet(self, e: Element) -> Element:
        return self.tm.add(e, boundary="internet")

    def partner(self, e: Element) -> Element:
        return self.tm.add(e, boundary="partner")

    def corp(self, e: Element) -> Element:
        return self.tm.add(e, boundary="corp")

    def vault(self, e: Element) -> Element:
        return self.tm.add(e, boundary="vault")

    def flow(self, a: Element, b: Element, *data: tg.Data) -> None:
        self.tm.flow(a, b, *data)


PUBLIC = tg.Data("Public pages", sensitivity="public")
INTERNAL = tg.Data("Internal notes", sensitivity="internal")
CONFIDENTIAL = tg.Data("Contracts", sensitivity="confidential")
PII = tg.Data("Customer records", sensitivity="pii")
SECRET = tg.Data("Credentials", sensitivity="secret")
PROMPT = tg.Data("Prompt", sensitivity="internal")


def _web(z: Zones, fire: bool = True) -> Element:
    """A public crawl when ``fire``, an internal feed otherwise."""
    if fire:
        return z.internet(tg.DataSource("Web", origin="public-web", provides={PUBLIC}))
    return z.corp(tg.DataSource("Wiki", origin="internal", provides={INTERNAL}))


# ---------------------------------------------------------------------------- data


def training_data_poisoning(fire: bool) -> tg.ThreatModel:
    z = Zones("poisoning")
    origin = "public-web" if fire else "internal"
    src = z.corp(tg.DataSource("Feed", origin=origin))
    ds = z.corp(tg.Dataset("Training set"))
    z.flow(src, ds, INTERNAL)
    return z.tm


def data_source_spoofing(fire: bool) -> tg.ThreatModel:
    z = Zones("spoofing")
    src = z.corp(tg.DataSource("Feed", origin="partner" if fire else "internal"))
    ingest = z.corp(tg.Pipeline("Ingest", stage="ingestion"))
    z.flow(src, ingest, INTERNAL)
    return z.tm


def unauthorized_training_data(fire: bool) -> tg.ThreatModel:
    z = Zones("consent")
    db = z.corp(tg.DataStore("Ticket DB"))
    indexer = z.corp(tg.Pipeline("Indexer", stage="ingestion"))
    index = z.corp(tg.VectorStore("Index"))
    z.flow(db, indexer, PII if fire else INTERNAL)
    z.flow(indexer, index, INTERNAL)
    return z.tm


def rag_poisoning(fire: bool) -> tg.ThreatModel:
    z = Zones("rag")
    src = _web(z, fire)
    index = z.corp(tg.VectorStore("Index"))
    z.flow(src, index, PUBLIC)
    return z.tm


def label_manipulation(fire: bool) -> tg.ThreatModel:
    z = Zones("labels")
    analyst = z.corp(tg.Actor("Analyst"))
    step = z.corp(tg.Pipeline("Labeling", stage="labeling" if fire else "preprocessing"))
    ds = z.corp(tg.Dataset("Labeled set"))
    z.flow(analyst, step, INTERNAL)
    z.flow(step, ds, INTERNAL)
    return z.tm


def feedback_loop_skewing(fire: bool) -> tg.ThreatModel:
    z = Zones("feedback")
    user = (z.internet if fire else z.corp)(tg.Actor("User"))
    api = z.corp(tg.Endpoint("Scoring API"))
    ds = z.corp(tg.Dataset("Feedback set"))
    z.flow(user, api, PROMPT)
    z.flow(api, ds, INTERNAL)
    return z.tm


def ml_store_unauthorized_access(fire: bool) -> tg.ThreatModel:
    z = Zones("store access")
    ds = z.corp(tg.Dataset("Training set"))
    writer = z.corp(tg.Actor("Scientist") if fire else tg.Pipeline("Ingest"))
    z.flow(writer, ds, INTERNAL)
    return z.tm


def dataset_theft(fire: bool) -> tg.ThreatModel:
    z = Zones("theft")
    ds = z.corp(tg.Dataset("Training set", stores={CONFIDENTIAL if fire else PUBLIC}))
    job = z.corp(tg.Pipeline("Train", stage="training"))
    z.flow(ds, job)
    return z.tm


def ml_artifact_destruction(fire: bool) -> tg.ThreatModel:
    z = Zones("destruction")
    ds = z.corp(tg.Dataset("Training set"))
    job = z.corp(tg.Pipeline("Train", stage="training"))
    if fire:
        z.flow(ds, job, INTERNAL)
    else:
        z.flow(job, ds, INTERNAL)
    return z.tm


def untraceable_data_change(fire: bool) -> tg.ThreatModel:
    z = Zones("repudiation")
    ds = z.corp(tg.Dataset("Training set"))
    job = z.corp(tg.Pipeline("Ingest"))
    if fire:
        z.flow(job, ds, INTERNAL)
    else:
        z.flow(ds, job, INTERNAL)
    return z.tm


# ---------------------------------------------------------------------------- training


def backdoor_in_training(fire: bool) -> tg.ThreatModel:
    z = Zones("backdoor")
    src = _web(z, fire)
    job = z.corp(tg.Pipeline("Train", stage="training"))
    z.flow(src, job, PUBLIC)
    return z.tm


def _job_with_submitter(fire: bool, stage: str) -> tg.ThreatModel:
    z = Zones("job")
    ds = z.corp(tg.Dataset("Training set"))
    job = z.corp(tg.Pipeline("Job", stage=stage))
    z.flow(ds, job, INTERNAL)
    if fire:
        z.flow(z.corp(tg.Actor("Engineer")), job, INTERNAL)
    return z.tm


def _pull(provides: str, target: Element) -> tg.ThreatModel:
    z = Zones("pull")
    ext = z.internet(tg.ExternalService("Upstream", provides=provides))
    z.corp(target)
    z.flow(ext, target, PUBLIC)
    return z.tm


def unvetted_open_weights(fire: bool) -> tg.ThreatModel:
    z = Zones("open weights")
    user = z.corp(tg.Actor("Employee"))
    llm = z.corp(tg.LLM("Assistant", origin="open-weights" if fire else "in-house"))
    z.flow(user, llm, PROMPT)
    return z.tm


def runtime_dependency_install(fire: bool) -> tg.ThreatModel:
    z = Zones("packages")
    ds = z.corp(tg.Dataset("Training set"))
    job = z.corp(tg.Pipeline("Train", stage="training", third_party_packages=fire))
    z.flow(ds, job, INTERNAL)
    return z.tm


def retraining_privilege_escalation(fire: bool) -> tg.ThreatModel:
    z = Zones("retrain")
    eng = z.corp(tg.Actor("Engineer", privileged=True))
    job = z.corp(tg.Pipeline("Job", stage="training" if fire else "ingestion"))
    z.flow(eng, job, INTERNAL)
    return z.tm


def insider_ml_tampering(fire: bool) -> tg.ThreatModel:
    z = Zones("insider")
    eng = z.corp(tg.Actor("Engineer", privileged=fire))
    job = z.corp(tg.Pipeline("Train", stage="training"))
    z.flow(eng, job, INTERNAL)
    return z.tm


def _federated(data: tg.Data, *, trains: bool) -> tg.ThreatModel:
    z = Zones("federated")
    phones = z.internet(tg.Device("Phones", trains_locally=trains))
    agg = z.corp(tg.Service("Aggregator"))
    z.flow(phones, agg, data)
    return z.tm


# ---------------------------------------------------------------------------- registry


def unattributed_model_publication(fire: bool) -> tg.ThreatModel:
    z = Zones("publish")
    job = z.corp(tg.Pipeline("Job", stage="training" if fire else "ingestion"))
    reg = z.corp(tg.ModelRegistry("Registry"))
    z.flow(job, reg, CONFIDENTIAL)
    return z.tm


def unsafe_model_deserialization(fire: bool) -> tg.ThreatModel:
    z = Zones("load")
    reg = z.corp(tg.ModelRegistry("Registry"))
    loader = z.corp(tg.Model("Scorer") if fire else tg.Pipeline("CD", stage="deployment"))
    z.flow(reg, loader, CONFIDENTIAL)
    return z.tm


def model_theft_at_rest(fire: bool) -> tg.ThreatModel:
    z = Zones("theft")
    reg = z.corp(tg.ModelRegistry("Registry", stores={CONFIDENTIAL if fire else PUBLIC}))
    job = z.corp(tg.Pipeline("Train", stage="training"))
    z.flow(job, reg)
    return z.tm


def registry_reconnaissance(fire: bool) -> tg.ThreatModel:
    z = Zones("recon")
    who = (z.internet if fire else z.corp)(tg.Actor("Visitor"))
    reg = z.corp(tg.ModelRegistry("Registry"))
    z.flow(who, reg, INTERNAL)
    return z.tm


# ---------------------------------------------------------------------------- inference


def _prompting(fire: bool) -> tg.ThreatModel:
    """An untrusted customer (or an employee in the same zone) prompts an LLM."""
    z = Zones("prompting")
    user = (z.internet if fire else z.corp)(tg.Actor("Customer"))
    llm = z.corp(tg.LLM("Assistant"))
    z.flow(user, llm, PROMPT)
    return z.tm


def model_extraction(fire: bool) -> tg.ThreatModel:
    z = Zones("extraction")
    user = z.internet(tg.Actor("Customer"))
    api = z.corp(tg.Endpoint("Scoring API"))
    model = z.corp(tg.Model("Scorer", origin="in-house" if fire else "third-party-api"))
    z.flow(user, api, PROMPT)
    z.flow(api, model, PROMPT)
    return z.tm


def adversarial_evasion(fire: bool) -> tg.ThreatModel:
    z = Zones("evasion")
    user = z.internet(tg.Actor("Customer"))
    api = z.corp(tg.Endpoint("Scoring API"))
    model = z.corp(tg.Model("Scorer", task="classifier" if fire else "generative"))
    z.flow(user, api, PROMPT)
    z.flow(api, model, PROMPT)
    return z.tm


def _privacy(fire: bool) -> tg.ThreatModel:
    z = Zones("privacy")
    ds = z.corp(tg.Dataset("Patients", stores={PII if fire else INTERNAL}))
    job = z.corp(tg.Pipeline("Train", stage="training"))
    model = z.corp(tg.Model("Risk model", returns_scores=True))
    user = z.internet(tg.Actor("Clinic"))
    z.flow(ds, job)
    z.flow(job, model, INTERNAL)
    z.flow(user, model, PROMPT)
    return z.tm


def training_data_extraction(fire: bool) -> tg.ThreatModel:
    z = Zones("memorisation")
    ds = z.corp(tg.Dataset("Corpus", stores={CONFIDENTIAL if fire else PUBLIC}))
    job = z.corp(tg.Pipeline("Tune", stage="fine-tuning"))
    llm = z.corp(tg.LLM("Drafting LLM", origin="open-weights"))
    user = z.corp(tg.Actor("Lawyer"))
    z.flow(ds, job)
    z.flow(job, llm)
    z.flow(user, llm, PROMPT)
    return z.tm


def online_learning_skewing(fire: bool) -> tg.ThreatModel:
    z = Zones("online")
    user = z.internet(tg.Actor("Customer"))
    model = z.corp(tg.Model("Recommender", task="ranker", online_learning=fire))
    z.flow(user, model, PROMPT)
    return z.tm


def indirect_injection_via_retrieval(fire: bool) -> tg.ThreatModel:
    z = Zones("retrieval")
    src = _web(z, fire)
    index = z.corp(tg.VectorStore("Index"))
    llm = z.corp(tg.LLM("Assistant"))
    z.flow(src, index, PUBLIC)
    z.flow(index, llm, PUBLIC)
    return z.tm


def vector_store_leakage(fire: bool) -> tg.ThreatModel:
    z = Zones("leakage")
    user = (z.internet if fire else z.corp)(tg.Actor("User"))
    index = z.corp(tg.VectorStore("Index", stores={PII}))
    llm = z.corp(tg.LLM("Assistant"))
    z.flow(user, llm, PROMPT)
    z.flow(index, llm, PII)
    return z.tm


def sensitive_output_disclosure(fire: bool) -> tg.ThreatModel:
    z = Zones("disclosure")
    user = (z.internet if fire else z.corp)(tg.Actor("User"))
    index = z.corp(tg.VectorStore("Index", stores={PII}))
    llm = z.corp(tg.LLM("Assistant"))
    z.flow(index, llm, PII)
    z.flow(llm, user, INTERNAL)
    return z.tm


def hallucination(fire: bool) -> tg.ThreatModel:
    z = Zones("hallucination")
    llm = z.corp(tg.LLM("Assistant"))
    reader = z.corp(tg.Actor("Reader", human=fire))
    z.flow(llm, reader, INTERNAL)
    return z.tm


def improper_output_handling(fire: bool) -> tg.ThreatModel:
    z = Zones("output")
    user = (z.internet if fire else z.corp)(tg.Actor("User"))
    llm = z.corp(tg.LLM("Assistant"))
    web = z.corp(tg.Service("Web app"))
    z.flow(user, llm, PROMPT)
    z.flow(llm, web, INTERNAL)
    return z.tm


def _provider(fire: bool) -> tg.ThreatModel:
    z = Zones("provider")
    app = z.corp(tg.Service("App"))
    llm = z.partner(tg.LLM("Hosted LLM", origin="third-party-api" if fire else "in-house"))
    z.flow(app, llm, PROMPT)
    return z.tm


def prompt_log_exposure(fire: bool) -> tg.ThreatModel:
    z = Zones("logs")
    llm = z.corp(tg.LLM("Assistant"))
    logs = z.corp(tg.DataStore("Transcripts"))
    z.flow(llm, logs, PII if fire else INTERNAL)
    return z.tm


def online_feature_tampering(fire: bool) -> tg.ThreatModel:
    z = Zones("features")
    feed = z.partner(tg.DataSource("Partner feed", origin="partner"))
    job = z.corp(tg.Pipeline("Features", stage="preprocessing"))
    fs = z.corp(tg.FeatureStore("Feature store", online=fire))
    model = z.corp(tg.Model("Scorer"))
    z.flow(feed, job, INTERNAL)
    z.flow(job, fs, INTERNAL)
    z.flow(fs, model, INTERNAL)
    return z.tm


# ---------------------------------------------------------------------------- agents


def _agent_with_tool(
    caps: set[str], *, web: bool = True, autonomy: str = "supervised", backend: bool = False
) -> tg.ThreatModel:
    z = Zones("agent")
    agent = z.corp(tg.Agent("Agent", autonomy=autonomy))
    tool = z.corp(tg.Tool("Tool", capabilities=caps))
    if web:
        src = _web(z)
        fetch = z.corp(tg.Tool("Fetch", capabilities={"read"}))
        z.flow(src, fetch, PUBLIC)
        z.flow(fetch, agent, PUBLIC)
    z.flow(agent, tool, INTERNAL)
    if backend:
        z.flow(tool, z.corp(tg.DataStore("DB")), INTERNAL)
    return z.tm


def tool_output_injection(fire: bool) -> tg.ThreatModel:
    z = Zones("tool output")
    agent = z.corp(tg.Agent("Agent"))
    tool = z.corp(tg.Tool("Reader"))
    src = _web(z) if fire else z.corp(tg.DataStore("Notes"))
    z.flow(src, tool, INTERNAL)
    z.flow(tool, agent, INTERNAL)
    return z.tm


def malicious_tool(fire: bool) -> tg.ThreatModel:
    z = Zones("tool origin")
    agent = z.corp(tg.Agent("Agent"))
    tool = z.corp(tg.Tool("MCP server", origin="third-party" if fire else "first-party"))
    z.flow(agent, tool, INTERNAL)
    return z.tm


def agent_memory_poisoning(fire: bool) -> tg.ThreatModel:
    z = Zones("memory")
    src = _web(z)
    agent = z.corp(tg.Agent("Agent"))
    store = z.corp(tg.VectorStore("Memory", memory=fire))
    z.flow(src, agent, PUBLIC)
    z.flow(agent, store, INTERNAL)
    return z.tm


def agent_built_in_memory_poisoning(fire: bool) -> tg.ThreatModel:
    z = Zones("built-in memory")
    src = _web(z)
    agent = z.corp(tg.Agent("Agent", memory=fire))
    z.flow(src, agent, PUBLIC)
    return z.tm


def shared_agent_memory(fire: bool) -> tg.ThreatModel:
    z = Zones("shared memory")
    user = (z.internet if fire else z.corp)(tg.Actor("User"))
    agent = z.corp(tg.Agent("Agent"))
    store = z.corp(tg.VectorStore("Memory", memory=True))
    z.flow(user, agent, PROMPT)
    z.flow(agent, store, INTERNAL)
    return z.tm


def agent_privilege_abuse(fire: bool) -> tg.ThreatModel:
    z = Zones("deputy")
    src = _web(z)
    agent = z.corp(tg.Agent("Agent"))
    tool = z.corp(tg.Tool("Files"))
    store = z.corp(tg.DataStore("Home dir", stores={SECRET if fire else INTERNAL}))
    z.flow(src, agent, PUBLIC)
    z.flow(agent, tool, INTERNAL)
    z.flow(tool, store, INTERNAL)
    return z.tm


def agent_config_tampering(fire: bool) -> tg.ThreatModel:
    z = Zones("agent config")
    src = z.corp(tg.ModelRegistry("Prompt registry") if fire else tg.DataStore("Notes"))
    agent = z.corp(tg.Agent("Agent"))
    z.flow(src, agent, INTERNAL)
    return z.tm


def inter_agent_spoofing(fire: bool) -> tg.ThreatModel:
    z = Zones("a2a")
    a = z.corp(tg.Agent("Planner"))
    b = (z.partner if fire else z.corp)(tg.Agent("Worker"))
    z.flow(a, b, INTERNAL)
    return z.tm


def agent_goal_hijack(fire: bool) -> tg.ThreatModel:
    z = Zones("hijack")
    src = _web(z, fire)
    a = z.corp(tg.Agent("Researcher"))
    b = z.corp(tg.Agent("Executor"))
    z.flow(src, a, PUBLIC)
    z.flow(a, b, INTERNAL)
    return z.tm


def cascading_agent_failure(fire: bool) -> tg.ThreatModel:
    z = Zones("cascade")
    a = z.corp(tg.Agent("Planner"))
    b = z.corp(tg.Agent("Executor"))
    tool = z.corp(tg.Tool("Tool", capabilities={"write"} if fire else {"read"}))
    z.flow(a, b, INTERNAL)
    z.flow(b, tool, INTERNAL)
    return z.tm


def human_trust_exploitation(fire: bool) -> tg.ThreatModel:
    z = Zones("approvals")
    agent = z.corp(tg.Agent("Agent"))
    tool = z.corp(tg.Tool("Tool", capabilities={"write"} if fire else {"read"}))
    person = z.corp(tg.Actor("Approver"))
    z.flow(agent, tool, INTERNAL)
    z.flow(agent, person, INTERNAL)
    return z.tm


def _pair(build: Callable[[bool], tg.ThreatModel]) -> tuple[Factory, Factory]:
    return (partial(build, True), partial(build, False))


CASES: dict[str, tuple[Factory, Factory]] = {
    # data
    "ai/training-data-poisoning": _pair(training_data_poisoning),
    "ai/data-source-spoofing": _pair(data_source_spoofing),
    "ai/unauthorized-training-data": _pair(unauthorized_training_data),
    "ai/rag-poisoning": _pair(rag_poisoning),
    "ai/label-manipulation": _pair(label_manipulation),
    "ai/feedback-loop-skewing": _pair(feedback_loop_skewing),
    "ai/ml-store-unauthorized-access": _pair(ml_store_unauthorized_access),
    "ai/dataset-theft": _pair(dataset_theft),
    "ai/ml-artifact-destruction": _pair(ml_artifact_destruction),
    "ai/untraceable-data-change": _pair(untraceable_data_change),
    # training
    "ai/backdoor-in-training": _pair(backdoor_in_training),
    "ai/malicious-fine-tuning": _pair(partial(_job_with_submitter, stage="fine-tuning")),
    "ai/training-resource-exhaustion": _pair(partial(_job_with_submitter, stage="training")),
    "ai/poisoned-pretrained-model": (
        lambda: _pull("model-hub", tg.Pipeline("Tune", stage="fine-tuning")),
        lambda: _pull("data-provider", tg.Pipeline("Tune", stage="fine-tuning")),
    ),
    "ai/unvetted-open-weights": _pair(unvetted_open_weights),
    "ai/mlops-supply-chain": (
        lambda: _pull("package-registry", tg.Pipeline("Build", stage="deployment")),
        lambda: _pull("model-hub", tg.Pipeline("Build", stage="deployment")),
    ),
    "ai/runtime-dependency-install": _pair(runtime_dependency_install),
    "ai/retraining-privilege-escalation": _pair(retraining_privilege_escalation),
    "ai/insider-ml-tampering": _pair(insider_ml_tampering),
    "ai/federated-update-poisoning": (
        lambda: _federated(INTERNAL, trains=True),
        lambda: _federated(INTERNAL, trains=False),
    ),
    "ai/federated-update-leakage": (
        lambda: _federated(PII, trains=True),
        lambda: _federated(PUBLIC, trains=True),
    ),
    # registry
    "ai/unattributed-model-publication": _pair(unattributed_model_publication),
    "ai/unsafe-model-deserialization": _pair(unsafe_model_deserialization),
    "ai/model-theft-at-rest": _pair(model_theft_at_rest),
    "ai/registry-reconnaissance": _pair(registry_reconnaissance),
    # inference
    "ai/prompt-injection-direct": _pair(_prompting),
    "ai/jailbreak": _pair(_prompting),
    "ai/system-prompt-leakage": _pair(_prompting),
    "ai/unbounded-consumption": _pair(_prompting),
    "ai/model-extraction": _pair(model_extraction),
    "ai/adversarial-evasion": _pair(adversarial_evasion),
    "ai/model-inversion": _pair(_privacy),
    "ai/membership-inference": _pair(_privacy),
    "ai/training-data-extraction": _pair(training_data_extraction),
    "ai/online-learning-skewing": _pair(online_learning_skewing),
    "ai/indirect-injection-via-retrieval": _pair(indirect_injection_via_retrieval),
    "ai/vector-store-leakage": _pair(vector_store_leakage),
    "ai/sensitive-output-disclosure": _pair(sensitive_output_disclosure),
    "ai/hallucination": _pair(hallucination),
    "ai/improper-output-handling": _pair(improper_output_handling),
    "ai/third-party-model-provider": _pair(_provider),
    "ai/model-api-key-abuse": _pair(_provider),
    "ai/prompt-log-exposure": _pair(prompt_log_exposure),
    "ai/online-feature-tampering": _pair(online_feature_tampering),
    # agents
    "ai/tool-misuse": (lambda: _agent_with_tool({"write"}), lambda: _agent_with_tool({"read"})),
    "ai/agent-code-execution": (
        lambda: _agent_with_tool({"execute-code"}, web=False),
        lambda: _agent_with_tool({"write"}, web=False),
    ),
    "ai/ssrf-via-tool": (
        lambda: _agent_with_tool({"network-egress"}),
        lambda: _agent_with_tool({"network-egress"}, web=False),
    ),
    "ai/insecure-tool-interface": (
        lambda: _agent_with_tool({"read"}, backend=True),
        lambda: _agent_with_tool({"read"}, backend=False),
    ),
    "ai/tool-output-injection": _pair(tool_output_injection),
    "ai/malicious-tool": _pair(malicious_tool),
    "ai/agent-memory-poisoning": _pair(agent_memory_poisoning),
    "ai/agent-built-in-memory-poisoning": _pair(agent_built_in_memory_poisoning),
    "ai/shared-agent-memory": _pair(shared_agent_memory),
    "ai/agent-privilege-abuse": _pair(agent_privilege_abuse),
    "ai/rogue-agent": (
        lambda: _agent_with_tool({"write"}, web=False, autonomy="autonomous"),
        lambda: _agent_with_tool({"write"}, web=False, autonomy="supervised"),
    ),
    "ai/agent-config-tampering": _pair(agent_config_tampering),
    "ai/inter-agent-spoofing": _pair(inter_agent_spoofing),
    "ai/agent-goal-hijack": _pair(agent_goal_hijack),
    "ai/cascading-agent-failure": _pair(cascading_agent_failure),
    "ai/human-trust-exploitation": _pair(human_trust_exploitation),
}
