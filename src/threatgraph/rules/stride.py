"""Generic STRIDE per element and per interaction, for every kind of element.

These cover what a classic data-flow threat model covers, AI or not: spoofing
of whoever sends across a boundary, tampering with and disclosure of flows
that cross boundaries, repudiation without audit logs, denial of service and
elevation of privilege on processes that take untrusted input, and the usual
threats to data stores. AI-specific threats live in ``threatgraph.rules.ai``.

Rules here fire on boundary crossings and untrusted exposure only, so an
internal system with no untrusted input stays quiet.
"""

from __future__ import annotations

from threatgraph import controls as c
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    DataStore,
    Device,
    Element,
    Endpoint,
    ExternalService,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
)
from threatgraph.rules._core import Match, on_element, on_flow, rule
from threatgraph.rules.views import ElementView, FlowView
from threatgraph.vocab import EndpointPurpose, Phase, Sensitivity, Trust

_EXTERNAL = (Actor, ExternalService, Device)
_PROCESSES = (Service, Endpoint, Pipeline, Agent, Tool, ModelRegistry, Model)
_GENERIC_PROCESSES = (Service, Endpoint)


def _generic_process(e: Element) -> bool:
    """Services and API endpoints; inference endpoints in front of models are AI rules' job."""
    if isinstance(e, Endpoint):
        return e.purpose is EndpointPurpose.API
    return isinstance(e, Service)


@rule(
    "stride/spoofing-external-entity",
    title="Spoofing of an external entity",
    threat="classic_spoofing",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_flow(_EXTERNAL, None, inbound=True),
    mitigations=[c.Authentication, c.MutualAuthentication],
    supporting=[c.AuditLogging, c.AnomalyDetection],
    placement=("flow", "source", "target"),
)
def spoofing_external_entity(f: FlowView) -> str:
    """Anyone can claim to be an external user, device or service unless the receiving side
    authenticates them. Every inbound flow from an external entity across a trust boundary
    is a place where an attacker can pose as that entity. Authentication counts on the
    flow, on the receiving side, or on the entity itself (its accounts use MFA)."""
    return f"{f.described}; nothing proves the sender is really {f.source.name}."


@rule(
    "stride/spoofing-destination",
    title="Spoofing of a destination service",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_flow(None, (ExternalService,), crossing=True),
    atlas=[],
    owasp=[],
    cwe=["CWE-295", "CWE-287"],
    mitigations=[c.EncryptionInTransit, c.MutualAuthentication],
    supporting=[c.SecretsManagement],
    likelihood="unlikely",
    cia="CI",
    placement=("flow", "source"),
)
def spoofing_destination(f: FlowView) -> str:
    """When a component sends to an external service, an attacker on the network path or
    with control of DNS can impersonate that service unless its identity is verified (TLS
    certificate checks or mutual authentication)."""
    return f"{f.described}; {f.source.name} must verify it is really talking to {f.target.name}."


@rule(
    "stride/unencrypted-boundary-crossing",
    title="Data readable in transit across a trust boundary",
    stride="I",
    phases=[Phase.INFERENCE],
    applies_to=on_flow(crossing=True),
    owasp=["LLM02:2025"],
    cwe=["CWE-319", "CWE-311"],
    mitigations=[c.EncryptionInTransit],
    supporting=[c.DataMinimization],
    likelihood="possible",
    cia="C",
    placement=("flow", "source", "target"),
)
def unencrypted_crossing(f: FlowView) -> Match | None:
    """Traffic that leaves one trust zone for another passes through networks and hosts
    that neither side fully controls. Without encryption in transit anything it carries,
    such as prompts, training data or model artifacts, can be read on the way. Encryption
    counts on the flow, or on either end (an endpoint that only speaks TLS)."""
    if not f.data:
        return Match(
            f"{f.described}; declare what it carries to size the risk, and encrypt it.",
            impact_delta=-1,
        )
    bump = 1 if f.carries(Sensitivity.CONFIDENTIAL) else 0
    return Match(f"{f.described} without encryption in transit.", impact_delta=bump)


@rule(
    "stride/flow-tampering",
    title="Tampering with data in transit across a trust boundary",
    stride="T",
    phases=[Phase.INFERENCE],
    applies_to=on_flow(crossing=True),
    owasp=["ML09:2023"],
    cwe=["CWE-345", "CWE-353", "CWE-924"],
    mitigations=[c.EncryptionInTransit, c.MessageIntegrity],
    supporting=[c.MutualAuthentication],
    likelihood="unlikely",
    cia="I",
    placement=("flow", "source", "target"),
)
def flow_tampering(f: FlowView) -> str:
    """Data crossing a trust boundary can be altered on the way unless the channel
    protects its integrity (authenticated encryption or message signatures). For AI
    systems this includes poisoned training batches, swapped model files and edited
    model outputs."""
    return f"{f.described}; it can be altered in transit."


@rule(
    "stride/repudiation",
    title="Actions that cannot be traced",
    threat="classic_repudiation",
    stride="R",
    phases=[Phase.INFERENCE],
    applies_to=on_element(*_PROCESSES),
    mitigations=[c.AuditLogging],
    supporting=[c.Authentication, c.MessageIntegrity],
    placement=("element",),
)
def repudiation(view: ElementView) -> str | None:
    """A process that accepts requests from another trust zone must keep a record of who
    asked for what; otherwise misuse cannot be attributed or investigated, and a user can
    deny what they did. Audit logging counts when declared on the process."""
    inbound = [fv for fv in view.inflows if fv.crosses]
    if not inbound:
        return None
    senders = ", ".join(sorted({fv.source.name for fv in inbound}))
    return f"{view.described} accepts requests from {senders} across a trust boundary; nothing records who did what."


@rule(
    "stride/denial-of-service",
    title="Denial of service on an exposed process",
    threat="classic_dos",
    stride="D",
    phases=[Phase.INFERENCE],
    applies_to=on_element(*_GENERIC_PROCESSES),
    mitigations=[c.RateLimiting],
    supporting=[c.AnomalyDetection, c.CircuitBreaker],
    cwe=["CWE-400", "CWE-770"],
    placement=("element", "inbound"),
)
def denial_of_service(view: ElementView) -> str | None:
    """A service that takes input from untrusted callers can be flooded until it stops
    answering. Rate limits on the service (or its inbound flows) cap what one caller can
    consume. Model-serving endpoints are covered by the AI unbounded-consumption rules."""
    if not _generic_process(view.element) or not view.untrusted_inputs:
        return None
    senders = ", ".join(e.name for e in view.untrusted_inputs)
    return f"{view.described} takes requests from untrusted {senders} with no limit on volume."


@rule(
    "stride/injection",
    title="Injection through untrusted input",
    threat="classic_injection",
    applies_to=on_element(*_GENERIC_PROCESSES),
    placement=("element", "inbound"),
)
def injection(view: ElementView) -> str | None:
    """Input from untrusted callers can smuggle commands into queries, templates or shell
    calls that the process builds from it. Validating input where it enters keeps data
    from being interpreted as code."""
    if not _generic_process(view.element) or not view.untrusted_inputs:
        return None
    return f"{view.described} builds work from untrusted input sent by {', '.join(e.name for e in view.untrusted_inputs)}."


@rule(
    "stride/elevation-of-privilege",
    title="Elevation of privilege through an exposed process",
    threat="classic_eop",
    applies_to=on_element(*_GENERIC_PROCESSES),
    supporting=[c.InputValidation, c.AuditLogging, c.Authentication, c.Sandboxing],
    placement=("element",),
)
def elevation_of_privilege(view: ElementView) -> str | None:
    """A process reachable from untrusted callers that talks to more trusted components
    is a stepping stone: a flaw in it gives the attacker its privileges. Role-based access
    control limits what the process itself may do."""
    if not _generic_process(view.element) or not view.untrusted_inputs:
        return None
    higher = [e for e in view.successors if view.system.trust_of(e) > Trust.UNTRUSTED]
    if not higher:
        return None
    return (
        f"{view.described} is reachable from untrusted callers and can act on "
        f"{', '.join(e.name for e in higher)}."
    )


def _plain_store(e: Element) -> bool:
    """Generic databases; AI stores (datasets, feature and vector stores) have AI rules."""
    return type(e) is DataStore


@rule(
    "stride/data-store-disclosure",
    title="Disclosure of data at rest",
    threat="classic_info_disclosure",
    applies_to=on_element(DataStore),
    mitigations=[c.EncryptionAtRest, c.RBAC, c.ABAC],
    supporting=[c.DataMinimization, c.AuditLogging],
    placement=("element",),
)
def data_store_disclosure(view: ElementView) -> str | None:
    """A store of confidential or personal data exposes all of it at once if its storage,
    backups or credentials leak. Access control and encryption at rest on the store
    contain the damage."""
    if not _plain_store(view.element) or not view.handles(Sensitivity.CONFIDENTIAL):
        return None
    return f"{view.described} holds {', '.join(d.label for d in view.data if d.sensitivity >= Sensitivity.CONFIDENTIAL)}."


@rule(
    "stride/data-store-tampering",
    title="Tampering with stored data",
    stride="T",
    phases=[Phase.INFERENCE],
    applies_to=on_element(DataStore),
    cwe=["CWE-284", "CWE-732"],
    mitigations=[c.RBAC, c.ABAC],
    supporting=[c.AuditLogging, c.DataVersioning, c.ImmutableArtifacts],
    likelihood="unlikely",
    cia="I",
    placement=("element",),
)
def data_store_tampering(view: ElementView) -> str | None:
    """Whoever can write to a store can change what every reader trusts. A store that is
    written to from another trust zone needs access control on the store."""
    if not _plain_store(view.element):
        return None
    writers = [fv.source.name for fv in view.inflows if fv.crosses]
    if not writers and not view.exposed:
        return None
    who = (
        ", ".join(sorted(set(writers))) if writers else "components reachable from untrusted input"
    )
    return f"{view.described} is written by {who}."


@rule(
    "stride/data-store-availability",
    title="Loss or corruption of a data store",
    stride="D",
    phases=[Phase.INFERENCE],
    applies_to=on_element(DataStore),
    cwe=["CWE-400"],
    mitigations=[c.DataVersioning, c.ImmutableArtifacts],
    supporting=[c.RBAC, c.IncidentResponse],
    likelihood="unlikely",
    cia="A",
    placement=("element",),
)
def data_store_availability(view: ElementView) -> str | None:
    """A store reachable from untrusted input can be filled, locked or wiped. Versioned
    snapshots or write-once storage make it recoverable."""
    if not _plain_store(view.element) or not view.exposed:
        return None
    return f"{view.described} is reachable from untrusted input and has no declared recovery point."


@rule(
    "stride/unauthenticated-store-access",
    title="Unauthenticated access to a data store",
    stride="S",
    phases=[Phase.INFERENCE],
    applies_to=on_flow(None, (DataStore,), crossing=True),
    cwe=["CWE-306", "CWE-287"],
    mitigations=[c.Authentication, c.MutualAuthentication],
    supporting=[c.SecretsManagement, c.AuditLogging],
    likelihood="possible",
    cia="CI",
    placement=("flow", "target"),
)
def unauthenticated_store_access(f: FlowView) -> str | None:
    """A store that accepts connections from another trust zone must authenticate the
    caller; otherwise anyone who reaches it on the network can read or write it.
    Datasets, feature and vector stores and registries have their AI counterpart."""
    if not _plain_store(f.target):
        return None
    return f"{f.described}; the store must know who is writing."


@rule(
    "stride/privileged-actor-access",
    title="Privileged access without strong authentication",
    stride="S",
    phases=[Phase.TRAINING, Phase.REGISTRY],
    applies_to=on_flow((Actor,), None),
    threat="user_impersonation",
    mitigations=[c.Authentication],
    supporting=[c.AuditLogging, c.AnomalyDetection],
    placement=("flow", "source", "target"),
)
def privileged_actor_access(f: FlowView) -> str | None:
    """Administrators and ML engineers can change data, models and pipelines. If their
    accounts can be taken over, so can the system: privileged access needs strong
    authentication where it lands."""
    src = f.source
    if not (isinstance(src, Actor) and src.privileged):
        return None
    if isinstance(f.target, (LLM,)):
        return None
    return f"{src.name} has privileged access to {f.target.name}; a stolen account controls it."
