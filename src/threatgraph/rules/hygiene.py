"""Model-wide rules: modelling hygiene, lifecycle pitfalls, and what the risk profile
and declared compliance frameworks require.

Requirement rules have ids under ``profile/`` and ``compliance/<framework>/``;
``analyze`` lists them in ``report.requirements`` as met or unmet. They only
fire for the profile or frameworks the model declares.

The control sets for frameworks come from common compliance practice; they
are not quotations of SOC 2, HIPAA, the EU AI Act, GDPR or PCI DSS.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator

from threatgraph import controls as c
from threatgraph.elements import (
    Agent,
    Dataset,
    DataSource,
    DataStore,
    Element,
    Endpoint,
    FeatureStore,
    Model,
    ModelRegistry,
    Pipeline,
    VectorStore,
)
from threatgraph.findings import Target
from threatgraph.rules._core import Match, on_model, rule
from threatgraph.rules.paths import served_models
from threatgraph.rules.views import GraphView
from threatgraph.vocab import Framework, Maturity, Phase, RiskProfile, Sensitivity, Stage

ALL_PHASES = (Phase.DATA, Phase.TRAINING, Phase.REGISTRY, Phase.INFERENCE)


def _el(e: Element) -> Target:
    return Target.element(e.id)


# --------------------------------------------------------------------------- hygiene


@rule(
    "hygiene/element-outside-boundary",
    title="Element placed in no trust boundary",
    stride="STRIDE",
    phases=ALL_PHASES,
    applies_to=on_model(),
    cwe=["CWE-653"],
    informational=True,
    likelihood="possible",
    impact="minor",
)
def element_outside_boundary(g: GraphView) -> Iterator[Match]:
    """An element that sits in no boundary is treated as untrusted, which may over- or
    under-state its threats. Put every element in the boundary where it runs."""
    if not g.system.boundaries:
        return
    for e in g.system.all_elements:
        if g.system.boundary_of(e) is None:
            yield Match(
                f"{e.name} is in no trust boundary, so it is analysed as untrusted.", _el(e)
            )


@rule(
    "hygiene/isolated-element",
    title="Element with no flows",
    stride="STRIDE",
    phases=ALL_PHASES,
    applies_to=on_model(),
    cwe=["CWE-693"],
    informational=True,
    likelihood="possible",
    impact="minor",
)
def isolated_element(g: GraphView) -> Iterator[Match]:
    """An element that nothing sends to and that sends nothing cannot be analysed for
    interaction threats. A flow is probably missing from the model."""
    for e in g.system.all_elements:
        if not g.system.inflows(e) and not g.system.outflows(e):
            yield Match(
                f"{e.name} has no flows; interaction threats cannot be derived for it.", _el(e)
            )


@rule(
    "hygiene/flow-without-data",
    title="Flow that declares no data",
    stride="I",
    phases=ALL_PHASES,
    applies_to=on_model(),
    cwe=["CWE-200"],
    informational=True,
    likelihood="possible",
    impact="minor",
)
def flow_without_data(g: GraphView) -> Iterator[Match]:
    """A flow that crosses a trust boundary without saying what it carries cannot be sized:
    the sensitivity of the data drives the impact of its threats."""
    for f in g.system.all_flows:
        if not f.data and g.system.crossing(f) is not None:
            yield Match(
                f"Flow #{g.system.number_of(f)} {g.system.element(f.source).name} → "
                f"{g.system.element(f.target).name} crosses a boundary but declares no data.",
                Target.flow(f.id),
            )


# --------------------------------------------------------------------------- pitfalls


@rule(
    "hygiene/training-without-provenance",
    title="Model trained or fine-tuned on data with no provenance or sanitization",
    threat="training_data_poisoning",
    stride="TR",
    phases=[Phase.DATA, Phase.TRAINING],
    applies_to=on_model(),
    mitigations=[c.ProvenanceTracking, c.DataSanitization],
    supporting=[c.DataVersioning, c.SchemaEnforcement, c.AuditLogging],
    owasp=["LLM04:2025", "ML02:2023"],
    atlas=["AML.T0020"],
    cwe=["CWE-345", "CWE-349"],
    placement=("upstream",),
)
def training_without_provenance(g: GraphView) -> Iterator[Match]:
    """A training or fine-tuning job whose input data carries no provenance and passes no
    sanitization cannot show where its data came from, so poisoning can be neither
    prevented nor traced. Controls count on the job, its input flows, or anything
    upstream of it: datasets, sources, pipelines and their flows."""
    for p in g.elements(Pipeline):
        if not isinstance(p, Pipeline) or p.stage not in (Stage.TRAINING, Stage.FINE_TUNING):
            continue
        if not g.system.inflows(p):
            continue
        yield Match(
            f"{p.name} ({p.stage.value}) learns from data with no recorded provenance or sanitization.",
            _el(p),
        )


def _forward_origins(g: GraphView, seeds: list[Element]) -> dict[str, str]:
    """For every element reachable from ``seeds``: the seed it was first reached from."""
    origin: dict[str, str] = {}
    queue: deque[str] = deque()
    for e in sorted(seeds, key=lambda e: e.id):
        if e.id not in origin:
            origin[e.id] = e.id
            queue.append(e.id)
    while queue:
        node = queue.popleft()
        for f in g.system.outflows(node):
            if f.target not in origin:
                origin[f.target] = origin[node]
                queue.append(f.target)
    return origin


def _is_trainer(e: Element) -> bool:
    return isinstance(e, Pipeline) and e.stage in (Stage.TRAINING, Stage.FINE_TUNING)


@rule(
    "hygiene/model-trained-on-personal-data",
    title="Model trained on personal data",
    threat="unauthorized_training_data",
    stride="I",
    phases=[Phase.DATA, Phase.TRAINING],
    applies_to=on_model(),
    mitigations=[],
    supporting=[c.DifferentialPrivacy, c.DataMinimization],
    owasp=["LLM02:2025", "ML03:2023"],
    cwe=["CWE-359"],
    placement=("upstream",),
)
def model_trained_on_personal_data(g: GraphView) -> Iterator[Match]:
    """Personal data in a model's training lineage can be memorised and extracted, and needs a
    lawful basis. It is flagged whatever controls exist: differential privacy and data
    minimization on the model or anywhere upstream lower its likelihood, and the decision
    to accept it belongs in the risk register."""
    s = g.system
    trainers = [e for e in s.all_elements if _is_trainer(e)]
    if not trainers:
        return
    below_training = _forward_origins(g, trainers)
    holders = [
        e
        for e in s.all_elements
        if isinstance(e, (DataStore, DataSource)) or _is_trainer(e)
        if any(d.sensitivity.is_personal for d in s.data_of(e))
    ]
    below_personal = _forward_origins(g, holders)
    for m in g.elements(Model):
        if m.id not in below_training or m.id not in below_personal:
            continue
        holder = s.element(below_personal[m.id])
        if holder.id == m.id:
            continue
        personal = sorted(d.name for d in s.data_of(holder) if d.sensitivity.is_personal)
        yield Match(
            f"{m.name} is trained downstream of {holder.name}, which holds {', '.join(personal)}.",
            _el(m),
        )


@rule(
    "hygiene/experimental-on-production-path",
    title="Research or experimental component on a production path",
    stride="TE",
    phases=ALL_PHASES,
    applies_to=on_model(),
    owasp=["LLM03:2025", "ML06:2023"],
    cwe=["CWE-1357"],
    mitigations=[],
    supporting=[c.ModelValidation, c.VulnerabilityScanning, c.RedTeaming],
    likelihood="possible",
    cia="IA",
)
def experimental_on_production_path(g: GraphView) -> Iterator[Match]:
    """A component marked research or experimental that production traffic or production
    models depend on brings untested code and weaker controls into production. It stays
    flagged until it is promoted or moved off the path."""
    s = g.system
    candidates = [e for e in s.all_elements if e.maturity is not Maturity.PRODUCTION]
    if not candidates:
        return
    prod = [*served_models(g), *g.elements(Endpoint)]
    feeds_prod: set[str] = {e.id for e in prod}
    queue = deque(sorted(feeds_prod))
    while queue:
        node = queue.popleft()
        for f in s.inflows(node):
            if f.source not in feeds_prod:
                feeds_prod.add(f.source)
                queue.append(f.source)
    for e in candidates:
        if e.id in feeds_prod:
            yield Match(f"{e.name} is {e.maturity.value} but production depends on it.", _el(e))


# --------------------------------------------------------------------------- profile


def _processes(g: GraphView) -> list[Element]:
    return [e for e in g.system.all_elements if e.category == "process"]


@rule(
    "profile/baseline/audit-logging",
    title="Audit logging is declared",
    stride="R",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.AuditLogging],
    supporting=[c.ExplainabilityLogging],
    cwe=["CWE-778"],
    likelihood="possible",
    impact="moderate",
    placement=("model",),
)
def requires_audit_logging(g: GraphView) -> Iterator[Match]:
    """Every profile needs logs of who did what: without them no incident can be
    investigated. Satisfied by audit logging declared anywhere in the model."""
    if _processes(g):
        yield Match("The system declares no audit logging anywhere.", Target.model())


@rule(
    "profile/baseline/input-validation",
    title="Exposed processes validate their input",
    stride="T",
    phases=[Phase.INFERENCE],
    applies_to=on_model(),
    mitigations=[c.InputValidation, c.SchemaEnforcement, c.Guardrails],
    cwe=["CWE-20"],
    likelihood="possible",
    impact="moderate",
)
def requires_input_validation(g: GraphView) -> Iterator[Match]:
    """Every profile needs basic validation of input that arrives from untrusted callers,
    on the element that receives it or on the inbound flow."""
    for e in _processes(g):
        view = g.view(e)
        if not view.untrusted_inputs:
            continue
        sites = (e.id, *(f.id for f in g.system.inflows(e)))
        yield Match(f"{e.name} takes untrusted input.", _el(e), control_sites=sites)


@rule(
    "profile/baseline/model-access-control",
    title="Access to models is controlled",
    stride="SE",
    phases=[Phase.REGISTRY, Phase.INFERENCE],
    applies_to=on_model(),
    mitigations=[c.Authentication, c.RBAC, c.ABAC],
    cwe=["CWE-284", "CWE-306"],
    likelihood="possible",
    impact="moderate",
)
def requires_model_access_control(g: GraphView) -> Iterator[Match]:
    """Every profile needs access control on models and model registries: on the element,
    or on every flow into it."""
    for e in g.elements(Model, ModelRegistry):
        inflows = g.system.inflows(e)
        sites = (e.id, *(f.id for f in inflows))
        yield Match(f"{e.name} needs access control.", _el(e), control_sites=sites)


@rule(
    "profile/high/red-teaming",
    title="Models and agents are red-teamed",
    stride="TE",
    phases=[Phase.INFERENCE],
    applies_to=on_model(),
    mitigations=[c.RedTeaming],
    owasp=["LLM01:2025"],
    cwe=["CWE-693"],
    likelihood="possible",
    impact="moderate",
)
def requires_red_teaming(g: GraphView) -> Iterator[Match]:
    """A high-risk system needs declared red teaming of each model and agent it runs, on the
    element itself."""
    if g.system.profile is not RiskProfile.HIGH:
        return
    for e in g.elements(Model, Agent):
        yield Match(f"{e.name} has no declared red teaming.", _el(e), control_sites=(e.id,))


@rule(
    "profile/high/human-oversight",
    title="High-stakes decisions have a human in the loop",
    stride="TR",
    phases=[Phase.INFERENCE],
    applies_to=on_model(),
    mitigations=[c.HumanInTheLoop],
    owasp=["LLM09:2025", "ASI09:2026"],
    cwe=["CWE-1426"],
    likelihood="possible",
    impact="major",
)
def requires_human_oversight(g: GraphView) -> Iterator[Match]:
    """On a high-risk system, a model that makes high-stakes decisions needs a person who
    reviews or can overturn them: on the model, its outgoing flows, or what receives them."""
    if g.system.profile is not RiskProfile.HIGH:
        return
    for m in g.elements(Model):
        if not (isinstance(m, Model) and m.high_stakes):
            continue
        out = g.system.outflows(m)
        sites = (m.id, *(f.id for f in out), *(f.target for f in out))
        yield Match(
            f"{m.name} makes high-stakes decisions with no human in the loop.",
            _el(m),
            control_sites=sites,
        )


# --------------------------------------------------------------------------- compliance


def _personal_stores(g: GraphView) -> list[Element]:
    return [
        e
        for e in g.elements(DataStore, ModelRegistry)
        if any(d.sensitivity.is_personal for d in g.system.data_of(e))
    ]


def _personal_handlers(g: GraphView) -> list[Element]:
    return [
        e
        for e in g.system.all_elements
        if e.category != "external" and any(d.sensitivity.is_personal for d in g.system.data_of(e))
    ]


def _framework(g: GraphView, fw: Framework) -> bool:
    return fw in g.system.frameworks


def _encryption_at_rest(g: GraphView, fw: Framework, what: str) -> Iterator[Match]:
    if not _framework(g, fw):
        return
    for e in _personal_stores(g):
        yield Match(f"{e.name} stores {what} ({fw.title}).", _el(e), control_sites=(e.id,))


def _encryption_in_transit(g: GraphView, fw: Framework, what: str) -> Iterator[Match]:
    if not _framework(g, fw):
        return
    for f in g.system.all_flows:
        if any(d.sensitivity.is_personal for d in f.data):
            yield Match(
                f"Flow #{g.system.number_of(f)} {g.system.element(f.source).name} → "
                f"{g.system.element(f.target).name} carries {what} ({fw.title}).",
                Target.flow(f.id),
                control_sites=(f.id,),
            )


def _per_handler(g: GraphView, fw: Framework, text: str) -> Iterator[Match]:
    if not _framework(g, fw):
        return
    for e in _personal_handlers(g):
        yield Match(f"{e.name} {text} ({fw.title}).", _el(e), control_sites=(e.id,))


@rule(
    "compliance/hipaa/encryption-at-rest",
    title="HIPAA: health data encrypted at rest",
    stride="I",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.EncryptionAtRest],
    cwe=["CWE-311"],
    likelihood="possible",
    impact="major",
)
def hipaa_at_rest(g: GraphView) -> Iterator[Match]:
    """HIPAA systems encrypt stores that hold personal or regulated (health) data."""
    yield from _encryption_at_rest(g, Framework.HIPAA, "personal or regulated data")


@rule(
    "compliance/hipaa/encryption-in-transit",
    title="HIPAA: health data encrypted in transit",
    stride="I",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.EncryptionInTransit],
    cwe=["CWE-319"],
    likelihood="possible",
    impact="major",
)
def hipaa_in_transit(g: GraphView) -> Iterator[Match]:
    """HIPAA systems encrypt every flow that carries personal or regulated (health) data."""
    yield from _encryption_in_transit(g, Framework.HIPAA, "personal or regulated data")


@rule(
    "compliance/hipaa/audit-logging",
    title="HIPAA: access to health data is logged",
    stride="R",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.AuditLogging],
    cwe=["CWE-778"],
    likelihood="possible",
    impact="moderate",
)
def hipaa_logging(g: GraphView) -> Iterator[Match]:
    """HIPAA systems keep audit logs on every component that handles health data."""
    yield from _per_handler(
        g, Framework.HIPAA, "handles personal or regulated data without audit logs"
    )


@rule(
    "compliance/hipaa/access-control",
    title="HIPAA: access to health data is controlled",
    stride="SE",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.RBAC, c.ABAC, c.Authentication],
    cwe=["CWE-284"],
    likelihood="possible",
    impact="major",
)
def hipaa_access(g: GraphView) -> Iterator[Match]:
    """HIPAA systems control access on every component that handles health data."""
    yield from _per_handler(
        g, Framework.HIPAA, "handles personal or regulated data without access control"
    )


@rule(
    "compliance/soc2/access-control",
    title="SOC 2: logical access control on data and models",
    stride="SE",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.RBAC, c.ABAC],
    cwe=["CWE-284"],
    likelihood="possible",
    impact="moderate",
)
def soc2_access(g: GraphView) -> Iterator[Match]:
    """SOC 2 systems restrict access to stores and registries by role or attribute."""
    if not _framework(g, Framework.SOC2):
        return
    for e in g.elements(DataStore, ModelRegistry):
        yield Match(
            f"{e.name} has no role- or attribute-based access control (SOC 2).",
            _el(e),
            control_sites=(e.id,),
        )


@rule(
    "compliance/soc2/audit-logging",
    title="SOC 2: security events are logged",
    stride="R",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.AuditLogging],
    cwe=["CWE-778"],
    likelihood="possible",
    impact="moderate",
    placement=("model",),
)
def soc2_logging(g: GraphView) -> Iterator[Match]:
    """SOC 2 systems log security-relevant events; satisfied by audit logging in the model."""
    if _framework(g, Framework.SOC2):
        yield Match("No audit logging is declared (SOC 2).", Target.model())


@rule(
    "compliance/soc2/change-management",
    title="SOC 2: changes to models and pipelines are reviewed",
    stride="T",
    phases=[Phase.TRAINING, Phase.REGISTRY],
    applies_to=on_model(),
    mitigations=[c.MultiPartyApproval, c.ConfigValidation, c.HumanInTheLoop],
    cwe=["CWE-284"],
    likelihood="possible",
    impact="moderate",
)
def soc2_change(g: GraphView) -> Iterator[Match]:
    """SOC 2 systems review changes before they reach production: model promotion through a
    registry and deployment pipelines need an approval step."""
    if not _framework(g, Framework.SOC2):
        return
    for e in g.system.all_elements:
        if isinstance(e, ModelRegistry) or (
            isinstance(e, Pipeline) and e.stage is Stage.DEPLOYMENT
        ):
            sites = (
                e.id,
                *(f.id for f in g.system.inflows(e)),
                *(f.id for f in g.system.outflows(e)),
            )
            yield Match(
                f"Changes through {e.name} are not reviewed (SOC 2).", _el(e), control_sites=sites
            )


@rule(
    "compliance/soc2/incident-response",
    title="SOC 2: an incident response plan covers the AI system",
    stride="D",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.IncidentResponse],
    cwe=["CWE-693"],
    likelihood="possible",
    impact="moderate",
    placement=("model",),
)
def soc2_incident(g: GraphView) -> Iterator[Match]:
    """SOC 2 systems have an incident response process; declare it anywhere in the model."""
    if _framework(g, Framework.SOC2):
        yield Match("No incident response is declared (SOC 2).", Target.model())


@rule(
    "compliance/eu-ai-act-high-risk/human-oversight",
    title="EU AI Act: human oversight of the model's decisions",
    stride="R",
    phases=[Phase.INFERENCE],
    applies_to=on_model(),
    mitigations=[c.HumanInTheLoop],
    owasp=["LLM09:2025"],
    cwe=["CWE-1426"],
    likelihood="possible",
    impact="major",
)
def eu_oversight(g: GraphView) -> Iterator[Match]:
    """High-risk AI systems under the EU AI Act let people oversee and override the
    model's output: a human in the loop on each served model or where its output goes."""
    if not _framework(g, Framework.EU_AI_ACT_HIGH_RISK):
        return
    for m in served_models(g):
        out = g.system.outflows(m)
        sites = (m.id, *(f.id for f in out), *(f.target for f in out))
        yield Match(
            f"{m.name} acts without human oversight (EU AI Act).", _el(m), control_sites=sites
        )


@rule(
    "compliance/eu-ai-act-high-risk/record-keeping",
    title="EU AI Act: the model's decisions are logged",
    stride="R",
    phases=[Phase.INFERENCE],
    applies_to=on_model(),
    mitigations=[c.AuditLogging, c.ExplainabilityLogging],
    cwe=["CWE-778"],
    likelihood="possible",
    impact="moderate",
)
def eu_records(g: GraphView) -> Iterator[Match]:
    """High-risk AI systems keep automatic logs of their operation, on each served model."""
    if not _framework(g, Framework.EU_AI_ACT_HIGH_RISK):
        return
    for m in served_models(g):
        yield Match(
            f"{m.name} keeps no record of its decisions (EU AI Act).", _el(m), control_sites=(m.id,)
        )


@rule(
    "compliance/eu-ai-act-high-risk/data-governance",
    title="EU AI Act: training data is governed",
    stride="T",
    phases=[Phase.DATA],
    applies_to=on_model(),
    mitigations=[c.ProvenanceTracking],
    supporting=[c.DataSanitization, c.SchemaEnforcement],
    cwe=["CWE-345"],
    likelihood="possible",
    impact="moderate",
)
def eu_data(g: GraphView) -> Iterator[Match]:
    """High-risk AI systems document where training, validation and test data come from,
    on each dataset and feature store."""
    if not _framework(g, Framework.EU_AI_ACT_HIGH_RISK):
        return
    for e in g.elements(Dataset, FeatureStore):
        yield Match(f"{e.name} has no provenance (EU AI Act).", _el(e), control_sites=(e.id,))


@rule(
    "compliance/eu-ai-act-high-risk/transparency",
    title="EU AI Act: models are documented",
    stride="R",
    phases=[Phase.REGISTRY],
    applies_to=on_model(),
    mitigations=[c.ModelCards],
    cwe=["CWE-693"],
    likelihood="possible",
    impact="minor",
)
def eu_docs(g: GraphView) -> Iterator[Match]:
    """High-risk AI systems come with technical documentation: a model card per model."""
    if not _framework(g, Framework.EU_AI_ACT_HIGH_RISK):
        return
    for m in g.elements(Model):
        yield Match(f"{m.name} has no model card (EU AI Act).", _el(m), control_sites=(m.id,))


@rule(
    "compliance/eu-ai-act-high-risk/robustness",
    title="EU AI Act: models are tested for accuracy and robustness",
    stride="T",
    phases=[Phase.TRAINING, Phase.REGISTRY],
    applies_to=on_model(),
    mitigations=[c.ModelValidation, c.RedTeaming],
    cwe=["CWE-693"],
    likelihood="possible",
    impact="moderate",
)
def eu_robust(g: GraphView) -> Iterator[Match]:
    """High-risk AI systems are tested for accuracy, robustness and security before use."""
    if not _framework(g, Framework.EU_AI_ACT_HIGH_RISK):
        return
    for m in g.elements(Model):
        yield Match(
            f"{m.name} has no declared validation or adversarial testing (EU AI Act).",
            _el(m),
            control_sites=(m.id,),
        )


@rule(
    "compliance/gdpr/data-minimization",
    title="GDPR: personal data used for AI is minimised",
    stride="I",
    phases=[Phase.DATA, Phase.TRAINING],
    applies_to=on_model(),
    mitigations=[c.DataMinimization],
    supporting=[c.DifferentialPrivacy],
    cwe=["CWE-359"],
    likelihood="possible",
    impact="moderate",
)
def gdpr_minimise(g: GraphView) -> Iterator[Match]:
    """GDPR systems keep only the personal data a purpose needs, in every dataset,
    feature store and vector store that holds it."""
    if not _framework(g, Framework.GDPR):
        return
    for e in g.elements(Dataset, FeatureStore, VectorStore):
        if any(d.sensitivity.is_personal for d in g.system.data_of(e)):
            yield Match(
                f"{e.name} holds personal data with no minimisation (GDPR).",
                _el(e),
                control_sites=(e.id,),
            )


@rule(
    "compliance/gdpr/lawful-basis",
    title="GDPR: the origin and consent of personal data are recorded",
    stride="R",
    phases=[Phase.DATA],
    applies_to=on_model(),
    mitigations=[c.ProvenanceTracking],
    cwe=["CWE-359"],
    likelihood="possible",
    impact="moderate",
)
def gdpr_basis(g: GraphView) -> Iterator[Match]:
    """GDPR systems can show where personal data came from and on what basis, for each
    source and store of personal data."""
    if not _framework(g, Framework.GDPR):
        return
    for e in g.elements(DataSource, DataStore):
        if any(d.sensitivity.is_personal for d in g.system.data_of(e)):
            yield Match(
                f"{e.name} has no record of where its personal data came from (GDPR).",
                _el(e),
                control_sites=(e.id,),
            )


@rule(
    "compliance/pci-dss/encryption",
    title="PCI DSS: cardholder data encrypted at rest",
    stride="I",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.EncryptionAtRest],
    cwe=["CWE-311"],
    likelihood="possible",
    impact="major",
)
def pci_at_rest(g: GraphView) -> Iterator[Match]:
    """PCI DSS systems encrypt stored regulated (cardholder) data."""
    if not _framework(g, Framework.PCI_DSS):
        return
    for e in g.elements(DataStore, ModelRegistry):
        if any(d.sensitivity is Sensitivity.REGULATED for d in g.system.data_of(e)):
            yield Match(f"{e.name} stores regulated data (PCI DSS).", _el(e), control_sites=(e.id,))


@rule(
    "compliance/pci-dss/encryption-in-transit",
    title="PCI DSS: cardholder data encrypted in transit",
    stride="I",
    phases=ALL_PHASES,
    applies_to=on_model(),
    mitigations=[c.EncryptionInTransit],
    cwe=["CWE-319"],
    likelihood="possible",
    impact="major",
)
def pci_in_transit(g: GraphView) -> Iterator[Match]:
    """PCI DSS systems encrypt every flow that carries regulated (cardholder) data."""
    if not _framework(g, Framework.PCI_DSS):
        return
    for f in g.system.all_flows:
        if any(d.sensitivity is Sensitivity.REGULATED for d in f.data):
            yield Match(
                f"Flow #{g.system.number_of(f)} {g.system.element(f.source).name} → "
                f"{g.system.element(f.target).name} carries regulated data (PCI DSS).",
                Target.flow(f.id),
                control_sites=(f.id,),
            )
