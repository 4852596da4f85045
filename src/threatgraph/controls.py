"""The control vocabulary: security properties you attach to elements and flows.

Controls are frozen values. Attach them with ``controls={...}`` on an element or a
flow; the threat engine decides, per rule, where a control has to sit to count
(see ``docs/explanation/controls.md``)::

    >>> from threatgraph import controls as c
    >>> c.RateLimiting(requests_per_minute=60).key
    'rate_limiting'
    >>> c.lookup("tls") is c.EncryptionInTransit
    True
    >>> c.RateLimiting().layer
    <Layer.DEPLOYMENT: 'deployment'>

Every control has a ``key`` (stable, snake_case), a ``title``, a ``layer`` (data,
model, deployment or process), the ATLAS mitigations and SAIF controls it maps
to, and aliases. Controls with parameters take them as keywords; every control
accepts a free-text ``note``.

A built-in control is written once: its class here holds its docstring (which is
its ``description``) and its parameters; the rest of its metadata is the entry
under its class name in ``threatgraph/data/controls.json``, checked and applied
when this module is imported. :data:`ALL` is every control class defined here,
in the order they are defined.
"""

from __future__ import annotations

import inspect
import math
import re
import sys
import types
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

import attrs

import threatgraph._data as _data
from threatgraph._util import EMPTY, did_you_mean, strict_kwargs
from threatgraph.errors import CatalogueError, InvalidTypeError, InvalidValueError, explain_frozen
from threatgraph.vocab import Layer

__all__ = [
    "ABAC",
    "AIBOM",
    "ALL",
    "RBAC",
    "AdversarialTraining",
    "AnomalyDetection",
    "AuditLogging",
    "Authentication",
    "BoundApproval",
    "CircuitBreaker",
    "ConfigValidation",
    "Contestability",
    "Control",
    "DataMinimization",
    "DataSanitization",
    "DataVersioning",
    "DeepfakeDetection",
    "DifferentialPrivacy",
    "EgressFiltering",
    "EncryptionAtRest",
    "EncryptionInTransit",
    "ExplainabilityLogging",
    "FailClosed",
    "FairnessTesting",
    "FederatedLearning",
    "Guardrails",
    "HumanInTheLoop",
    "ImmutableArtifacts",
    "ImpactAssessment",
    "IncidentResponse",
    "InferenceIsolation",
    "InputValidation",
    "LeastPrivilegeTools",
    "LimitRelease",
    "MemoryHardening",
    "MessageIntegrity",
    "ModelAlignment",
    "ModelCards",
    "ModelValidation",
    "ModelVersioning",
    "ModelWatermarking",
    "MultiPartyApproval",
    "MutualAuthentication",
    "OutputFiltering",
    "OutputObfuscation",
    "PeriodicReview",
    "PermissionAwareRetrieval",
    "PolicyEnforcement",
    "ProvenanceTracking",
    "RateLimiting",
    "RedTeaming",
    "RetentionLimits",
    "RobustAggregation",
    "SafeSerialization",
    "SafetyLimits",
    "Sandboxing",
    "SchemaEnforcement",
    "SecretsManagement",
    "SecureAggregation",
    "SignedModels",
    "SupplierAssessment",
    "TrainingIsolation",
    "TransactionLimits",
    "UntrustedInputSegregation",
    "UserTraining",
    "VulnerabilityScanning",
    "approval_scope",
    "approves_every_step",
    "by_layer",
    "coerce_controls",
    "covers_named_steps",
    "lookup",
    "param",
    "scoped_approval",
]
# A literal list, not one computed from ALL: type checkers read only literal lists, and
# `from threatgraph.controls import *` would lose the classes. test_controls checks it.

P = TypeVar("P")


def param(kind: type[P], *, eq: bool = True, positive: bool = False) -> P | None:
    """A control parameter: ``None`` unless given, and then it must be a ``kind``.

    ``float`` parameters take ints too; ``bool`` never passes for a number. A value
    of another type is an :class:`~threatgraph.errors.InvalidTypeError` that names
    the field, the value, the type expected and the control. With ``positive=True``
    a number must also be finite and above 0 (a rate, a count, a budget), else it is
    an :class:`~threatgraph.errors.InvalidValueError`::

        @attrs.frozen(kw_only=True)
        class ModelSigning(Control):
            '''Artifacts are signed by our signing service.'''

            key_id: str | None = param(str)
    """
    accepted: tuple[type, ...] = (int, float) if kind is float else (kind,)
    check = _TypeCheck(accepted, f"{kind.__name__} | None", positive)
    field: P | None = attrs.field(default=None, eq=eq, validator=check)
    return field


@attrs.frozen
class _TypeCheck:
    """The validator :func:`param` attaches: the value is None or one of ``accepted``."""

    accepted: tuple[type, ...]
    expected: str
    positive: bool = False

    def __call__(self, instance: Control, attribute: attrs.Attribute[Any], value: Any) -> None:
        if value is None:
            return
        owner = f"{type(instance).__name__}()"
        if not isinstance(value, self.accepted) or (
            isinstance(value, bool) and bool not in self.accepted
        ):
            raise InvalidTypeError.for_field(
                attribute.name, value, expected=self.expected, owner=owner
            )
        if isinstance(value, int) and not isinstance(value, bool) and not _fits_float(value):
            expected = f"a number no larger than {sys.float_info.max:.3g}"
            if value.bit_length() > 8192:  # repr() of thousands of digits is itself an error
                raise InvalidValueError(
                    f"{owner}: {attribute.name!r} must be {expected} "
                    f"(got an int of {value.bit_length()} bits)"
                )
            raise InvalidValueError.for_field(
                attribute.name,
                value,
                expected=expected,
                owner=owner,
                hint="leave it out if it is not known",
            )
        if self.positive and not _above_zero(value):
            whole = "a whole number" if float not in self.accepted else "a number"
            raise InvalidValueError.for_field(
                attribute.name,
                value,
                expected=f"{whole} above 0",
                owner=owner,
                hint="leave it out if it is not known",
            )


def _fits_float(value: int) -> bool:
    """True when an int can be written as a float (what exports and scores read)."""
    try:
        float(value)
    except OverflowError:
        return False
    return True


def _above_zero(value: Any) -> bool:
    """A finite number above 0 (not NaN, not infinity)."""
    return math.isfinite(value) and value > 0


@attrs.frozen(kw_only=True)
class Control:
    """Base class of every control. Subclass it to declare your own control.

    Class attributes describe the control; instance fields are its parameters,
    declared with :func:`param`. The class docstring is its ``description``
    (unless the class sets ``description`` itself).
    """

    @classmethod
    def __attrs_init_subclass__(cls) -> None:
        # a user's own control class keeps the clear errors of the built-in ones
        strict_kwargs(cls)

    key: ClassVar[str] = "control"
    title: ClassVar[str] = "Control"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = ""
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ()

    note: str | None = param(str, eq=False)
    """Free text: the product, the policy or the ticket that implements it."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        # the docstring is the description; nothing is recorded anywhere else
        super().__init_subclass__(**kwargs)
        if "description" not in vars(cls) and cls.__doc__:
            cls.description = inspect.cleandoc(cls.__doc__)

    def __str__(self) -> str:
        return type(self).__name__

    @property
    def params(self) -> dict[str, Any]:
        """The parameters given, without ``note``, omitting those left unset."""
        return {
            f.name: getattr(self, f.name)
            for f in attrs.fields(type(self))
            if f.name != "note" and getattr(self, f.name) is not None
        }


@strict_kwargs
@attrs.frozen(kw_only=True)
class InputValidation(Control):
    """Inputs are checked for schema, size, type and encoding before use; adversarial or malformed inputs are rejected."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Guardrails(Control):
    """Classifiers and policy filters screen prompts and completions for injection, jailbreaks and disallowed content."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class UntrustedInputSegregation(Control):
    """Untrusted content is marked and kept apart from instructions, and cannot by itself trigger tool calls."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class OutputFiltering(Control):
    """Model output is validated, encoded or redacted (PII, secrets, links) before anything consumes or renders it."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class OutputObfuscation(Control):
    """Responses reveal no more than needed: no raw probabilities or logits, rounded or top-1 answers."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class RateLimiting(Control):
    """Per-caller quotas on requests, tokens and cost, with size limits and timeouts."""

    requests_per_minute: int | None = param(int, positive=True)
    """Requests allowed per caller per minute, if known."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class CircuitBreaker(Control):
    """Limits on agent loops, recursion and fan-out, plus a kill switch."""

    max_steps: int | None = param(int, positive=True)
    """The most steps an agent run may take."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Authentication(Control):
    """Callers prove who they are (MFA, OAuth, rotated keys) before they are served."""

    method: str | None = param(str)
    """How callers authenticate, such as ``'OIDC'`` or ``'mTLS'``. What it names is
    read: a method naming something the person knows (a password, a PIN, a booking
    reference) and no second factor every account has (``'e-mail and password'``,
    ``'password with optional 2FA'``) is reported where people outside sign in with it
    (``stride/password-only-sign-in``); ``'password and TOTP'`` or a passkey is not."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class MutualAuthentication(Control):
    """Both ends of a connection authenticate each other (mTLS, signed workload or agent identity)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class RBAC(Control):
    """Access to data, models and pipelines is granted by role, with least privilege and separation of duties."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class PermissionAwareRetrieval(Control):
    """Retrieval enforces the caller's document and tenant permissions inside the query."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class SecretsManagement(Control):
    """Credentials live in a vault, never in prompts, code or configuration, and are rotated."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class EncryptionAtRest(Control):
    """Stored data and artifacts are encrypted with managed keys."""

    key_management: str | None = param(str)
    """Where the keys are managed, such as ``'KMS'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class EncryptionInTransit(Control):
    """Traffic is encrypted and the peer verified (TLS)."""

    protocol: str | None = param(str)
    """The protocol that provides it, such as ``'TLS 1.3'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class MessageIntegrity(Control):
    """Messages carry signatures or MACs so that tampering in transit is detected."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class AuditLogging(Control):
    """Who did what, when, to which data or model is recorded in tamper-evident logs, including prompts and tool calls where relevant."""

    retention_days: int | None = param(int, positive=True)
    """How long logs are kept."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class AnomalyDetection(Control):
    """Monitoring flags unusual queries, data drift, and abnormal behaviour of models or agents."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ProvenanceTracking(Control):
    """Every dataset and record carries its lineage: source, licence, consent and trust label."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataSanitization(Control):
    """Training and fine-tuning data are validated and filtered for poison, outliers and label errors."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataMinimization(Control):
    """Only the data needed is collected, kept or exposed; personal data is removed before training or indexing."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class DifferentialPrivacy(Control):
    """Training or aggregation adds calibrated noise so that no single record can be inferred."""

    epsilon: float | None = param(float, positive=True)
    """The privacy budget, if known."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class FederatedLearning(Control):
    """Raw data stays on the devices or silos that own it; only model updates travel."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataVersioning(Control):
    """Datasets are versioned and checksummed, with restore points."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class AIBOM(Control):
    """An inventory of models, datasets, tools and dependencies, with pinned versions and digests."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class SignedModels(Control):
    """Model, dataset and tool artifacts are signed, and the signature and digest are verified before load."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelVersioning(Control):
    """Models are referenced by immutable version or digest, with controlled promotion and rollback."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelValidation(Control):
    """Before promotion a model passes evaluations, safety and regression tests, and backdoor scans."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class AdversarialTraining(Control):
    """The model is hardened against adversarial inputs (adversarial training, ensembles, input transformations)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelAlignment(Control):
    """The generative model is safety-tuned to refuse harmful requests."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelCards(Control):
    """Intended use, limits, training data and evaluations are documented for each model."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class SafeSerialization(Control):
    """Models are stored in formats that cannot run code on load (such as safetensors); pickle is refused."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class VulnerabilityScanning(Control):
    """Models, packages, containers and tool servers are scanned for malware and known vulnerabilities."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class LimitRelease(Control):
    """Model details and weights are not published; the model is offered only through an API."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class InferenceIsolation(Control):
    """Serving is isolated per tenant or model (process, accelerator, cache and network segmentation)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Sandboxing(Control):
    """Generated code and tools run in an isolated sandbox with no host or network privileges."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class EgressFiltering(Control):
    """Outbound connections from agents and tools are limited to an allowlist."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class LeastPrivilegeTools(Control):
    """Each tool gets only the permissions and scoped credentials its task needs."""


_UNAPPROVED = (
    r"\bunapproved\b|\bwithout\s+(?:an?\s+)?(?:approval|sign-?off|review|a\s+person)\b"
    r"|\bstraight\s+(?:through|away|to|into)\b|\bon\s+(?:its|the\s+agent'?s?)\s+(?:own|decision)\b"
    r"|\bautomatic(?:ally)?\b|\bdirectly\b|\bgo(?:es)?\s+ahead\b"
)
"""Words by which a clause of an approval's note says what goes ahead unapproved."""

_SOME_STEPS = re.compile(
    r"\bonly\b(?!\s+(?:after|once|when|upon|if|with|on\s+(?:an?\s+|the\s+)?(?:approv|click|sign)"
    r"|be(?:ing)?\s+(?:sent|released|published|approved)))|" + _UNAPPROVED,
    re.IGNORECASE,
)
"""Words by which a person approval's note says it covers only some steps, and the
rest go ahead unapproved (see :func:`scoped_approval`)."""

_LEFT_OUT = re.compile(
    _UNAPPROVED + r"|\bby\s+the\s+agent\b|\bthe\s+rest\b|\bwithout\b", re.IGNORECASE
)
"""Words by which a clause of a scoped approval's note says what it leaves out (``'the
rest are booked straight away'``)."""

_NEGATED = re.compile(r"\b(?:no|never|nothing|none)\b", re.IGNORECASE)
"""A clause that denies (``'no one is rejected automatically'``, ``'nothing is
released unapproved'``) says every step waits."""

_ADVISORY = re.compile(
    r"\bonly\s+(?:advis\w*|flags?|shown|shows?|suggest\w*|holds?|queues?|reorder\w*)\b"
    r"|\bonly\s+orders\s+the\s+(?:queue|worklist|list)\b"
    r"|\b(?:advice|advisory|suggestions?|recommendations?)\s+only\b"
    r"|\bonly\s+(?:on|by)\s+(?:an?\s+|the\s+)?(?:analyst|operator|person|staff|clerk)",
    re.IGNORECASE,
)
"""A clause saying that what a machine produces is only advice or a flag (``'the
model only flags; a vet decides'``) says a person decides every step."""


def _covers_some(note: str) -> bool:
    """Whether a clause of the note says the approval covers only some steps."""
    return any(
        _SOME_STEPS.search(clause) and not _NEGATED.search(clause) and not _ADVISORY.search(clause)
        for clause in re.split(r"[;:,.]", note)
    )


_PAST_A_THRESHOLD = re.compile(
    r"\b(?:above|over|exceed\w*|thresholds?|more\s+than|larger\s+than|greater\s+than|"
    r"under|below)\b",
    re.IGNORECASE,
)
"""Words by which an approval's note says it covers only steps past a threshold
(``'only bookings above the policy threshold'``)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class HumanInTheLoop(Control):
    """A person approves consequential actions, decisions or promotions before they take effect."""

    approver: str | None = param(str)
    """Who approves (a role or team)."""
    above: str | None = param(str)
    """Only steps above this amount or limit wait for the approval (such as
    ``'USD 1,000 per credit'``); smaller ones go ahead with no one approving."""


def scoped_approval(gate: HumanInTheLoop) -> bool:
    """The approval's note says it covers only some steps, naming no threshold in
    ``above``: ``'delete actions only; stops run on the agent's decision'``, ``'only
    orders the compliance check flags'``, ``'the rest are booked straight away'``.
    "Only after approval" and the like say the opposite, and are not read so, nor is a
    note that names a threshold (``'only invoices above EUR 10,000'``), which is read
    as ``above`` is. Such an approval is no approval of the steps it leaves out. A
    scope written at the end of ``approver`` (``'the on-call engineer, for rollbacks
    only'``) counts as a clause of the note."""
    note = approval_scope(gate)
    return gate.above is None and _covers_some(note) and not _PAST_A_THRESHOLD.search(note)


_APPROVER_SCOPE = re.compile(r"[,;]\s*([^,;]*\bonly)\s*$", re.IGNORECASE)
"""A last clause of ``approver`` that scopes the approval (``', admin accounts only'``)."""


def approval_scope(gate: HumanInTheLoop) -> str:
    """What an approval says about the steps it covers: its note, with a scope written
    at the end of ``approver`` as one more clause (``'admin accounts only'``)."""
    m = _APPROVER_SCOPE.search(gate.approver or "")
    if not m:
        return gate.note or ""
    return f"{gate.note}; {m.group(1)}" if gate.note else m.group(1)


def covers_named_steps(gate: HumanInTheLoop, steps: re.Pattern[str]) -> bool:
    """A scoped approval (:func:`scoped_approval`) whose note names these steps among
    those it covers, in a clause that does not say what goes ahead unapproved:
    ``'asked before a charge or a refund; bookings go ahead directly'`` covers charges,
    not bookings."""
    return scoped_approval(gate) and any(
        steps.search(part) and not _LEFT_OUT.search(part)
        for part in re.split(r"[;.]", approval_scope(gate))
    )


def approves_every_step(gate: HumanInTheLoop) -> bool:
    """The approval covers every step: no threshold in ``above``, and no note saying it
    covers only some (:func:`scoped_approval`) or only those past a threshold (``'only
    invoices above EUR 10,000'``)."""
    note = approval_scope(gate)
    return gate.above is None and not _covers_some(note) and not _PAST_A_THRESHOLD.search(note)


@strict_kwargs
@attrs.frozen(kw_only=True)
class BoundApproval(Control):
    """What a person approves is the exact action, shown to them from the structured request rather than from a model's words, and the tool runs only an action that matches the approval it checks (a signed or hashed approval, single use)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class TransactionLimits(Control):
    """Caps on what automated steps may pay, credit or refund: per step, per account and per period, with checks for repeats and split amounts; past a cap the step stops or waits for a person."""

    limit: str | None = param(str)
    """The caps, such as ``'USD 500 per customer per month'``. What it names is read: a
    cap on each step alone (``'EUR 50 per dispute'``, no account or period named) leaves
    many steps uncapped, and only lowers ``ai/uncapped-automatic-steps``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class MemoryHardening(Control):
    """Agent memory is validated, scoped per user or session, expires, and is isolated."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ConfigValidation(Control):
    """Training, pipeline and inference configuration is bounds-checked and changes are reviewed."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class SupplierAssessment(Control):
    """Third-party model, data, API and tool providers are vetted (terms, retention, security posture)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class RedTeaming(Control):
    """The model, prompts and agents are attacked on purpose before and after release."""

    cadence: str | None = param(str)
    """How often, such as ``'before each release'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class UserTraining(Control):
    """Users and operators learn the system's limits: over-reliance, deepfakes, safe use."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class DeepfakeDetection(Control):
    """Identity and verification flows detect synthetic media."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class IncidentResponse(Control):
    """A playbook for AI incidents: model rollback, key revocation, data purge."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelWatermarking(Control):
    """Model weights or outputs carry a watermark or fingerprint, so that stolen copies can be recognised."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ImmutableArtifacts(Control):
    """Once published, a model or dataset version cannot be overwritten or deleted (write-once storage)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class MultiPartyApproval(Control):
    """Promoting a new model version or changing a pipeline needs approval from at least two people."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class TrainingIsolation(Control):
    """Training and fine-tuning jobs run in isolated environments with no inbound access and restricted egress."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class SchemaEnforcement(Control):
    """Incoming data must match a declared schema (types, ranges, required fields) or it is rejected."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ExplainabilityLogging(Control):
    """Each decision is logged with the inputs and explanation that produced it, so it can be reviewed and contested."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ABAC(Control):
    """Access decisions use attributes of the caller, the resource and the context, beside or instead of roles."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class RobustAggregation(Control):
    """Federated updates are combined with Byzantine-robust aggregation (clipping, trimmed mean, anomaly rejection)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class SecureAggregation(Control):
    """Federated updates are combined cryptographically, so the server sees only their sum, never one device's update. It hides updates; it does not stop poisoned ones."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class PeriodicReview(Control):
    """The threat model and its controls are reviewed on a schedule and after significant changes."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class FairnessTesting(Control):
    """Decisions about people are tested for bias across groups and for proxies of protected attributes, before release and in production."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Contestability(Control):
    """People affected by an automated decision are told, can see why, and can have it reviewed by a person."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class RetentionLimits(Control):
    """Personal data is deleted after a set period, and an erasure request reaches every copy: backups, logs, caches, indexes and training sets."""

    days: int | None = param(int, positive=True)
    """How long records are kept."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ImpactAssessment(Control):
    """A data protection impact assessment covers this processing: it records the lawful basis and, for special-category data (health, biometric, religion, ethnicity, sex life, trade union membership), the condition that allows it (GDPR Art. 9(2)), the risks to the people concerned and the measures against them (Art. 35)."""

    basis: str | None = param(str)
    """The lawful basis and the Art. 9 condition it records, such as ``'explicit consent, Art. 9(2)(a)'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class SafetyLimits(Control):
    """Equipment stays within safe limits whatever the software commanding it sends: ranges and rates of change the controller or a separate safety system enforces, interlocks, and a safe state when commands stop or make no sense."""

    limits: str | None = param(str)
    """What is enforced, and where, such as ``'PLC clamps dose rate to 2 L/h'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class FailClosed(Control):
    """When a check the design relies on (a fraud score, a moderation verdict, a defect or hazard detector, an identity check) is down, times out or errors, what it guards is held, stopped or sent to a person, never let through by default, and the outage raises an alert."""

    fallback: str | None = param(str)
    """What happens instead, such as ``'payments over 50 EUR held until scoring answers'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class PolicyEnforcement(Control):
    """The rules an automated action must meet (eligibility, limits, safety or rest rules, a policy's cover, an identity or document check) are enforced in code where the action happens: the tool or the service it calls checks them against records of its own, or accepts only a verdict issued for that very action, whatever the model asks."""

    rules: str | None = param(str)
    """What is enforced, and where, such as ``'booking service refuses pilots short of
    rest hours'``."""


def _defined_here() -> tuple[type[Control], ...]:
    """Every Control subclass defined in this module, in the order of definition."""
    return tuple(
        value
        for value in globals().values()
        if isinstance(value, type)
        and issubclass(value, Control)
        and value is not Control
        and value.__module__ == __name__
    )


ALL: tuple[type[Control], ...] = _defined_here()
"""Every built-in control class, in a fixed order: the order they are defined above."""


@attrs.frozen
class ControlInfo:
    """The metadata of one built-in control: its entry in ``data/controls.json``."""

    key: str
    title: str
    layer: Layer
    atlas_mitigations: tuple[str, ...]
    saif_controls: tuple[str, ...]
    aliases: tuple[str, ...]


_SNAKE = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_ATLAS_MITIGATION = re.compile(r"AML\.M\d{4}")


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


def load_control_table(
    text: str, source: str = "<controls>"
) -> Mapping[type[Control], ControlInfo]:
    """The metadata in ``text`` (the JSON of ``data/controls.json``) for each class in ALL.

    Raises CatalogueError, naming ``source``, the class and the field, for anything that
    is not a valid table: a key that is not a field, a wrong type, an unknown layer, an
    entry without a class or a class without an entry, a key, title or alias that two
    controls share (``lookup`` could only find one of them).
    """
    raw = _data.parse(text, source)
    if not isinstance(raw, dict):
        raise CatalogueError(f"{source}: must be an object keyed by control class name")
    problems = _data.Problems(source)
    by_name = {cls.__name__: cls for cls in ALL}
    for name in by_name:
        if name not in raw:
            problems.add(name, "no entry for this control class")
    conv = _data.converter()
    claimed = {_norm(name): name for name in by_name}  # every name lookup() knows -> its class
    titles: dict[str, str] = {}
    out: dict[type[Control], ControlInfo] = {}
    for name, item in raw.items():
        cls = by_name.get(name)
        if cls is None:
            hint = did_you_mean(name, by_name)
            problems.add(name, "no control class has this name" + (f"; {hint}" if hint else ""))
            continue
        info = problems.structure(conv, item, ControlInfo, name)
        if info is None:
            continue
        for field, message in _problems(info):
            problems.add(f"{name}.{field}", message)
        if titles.setdefault(info.title, name) != name:
            problems.add(
                f"{name}.title", f"{info.title!r} is also the title of {titles[info.title]}"
            )
        own: set[str] = set()
        for field, value in (("key", info.key), *(("aliases", a) for a in info.aliases)):
            norm = _norm(value)
            owner = claimed.setdefault(norm, name)
            if owner != name:
                problems.add(f"{name}.{field}", f"{value!r} is also a name of {owner}")
            elif norm in own:
                problems.add(f"{name}.{field}", f"{value!r} is given twice")
            own.add(norm)
        out[cls] = info
    problems.check()
    return types.MappingProxyType({cls: out[cls] for cls in ALL})


def _problems(info: ControlInfo) -> list[tuple[str, str]]:
    """What is wrong with one structured entry, as (field, message) pairs."""
    found: list[tuple[str, str]] = []
    for field, values in (("key", (info.key,)), ("aliases", info.aliases)):
        found.extend((field, f"{v!r} is not snake_case") for v in values if not _SNAKE.fullmatch(v))
    if not info.title.strip():
        found.append(("title", "empty"))
    found.extend(
        ("atlas_mitigations", f"{m!r} is not an ATLAS mitigation id (AML.Mnnnn)")
        for m in info.atlas_mitigations
        if not _ATLAS_MITIGATION.fullmatch(m)
    )
    found.extend(
        ("saif_controls", f"{s!r} is not a SAIF control id (controlXxx)")
        for s in info.saif_controls
        if not s.startswith("control")
    )
    return found


def _apply(table: Mapping[type[Control], ControlInfo]) -> None:
    """Give each built-in class its metadata (its description is its docstring)."""
    for cls, info in table.items():
        cls.key = info.key
        cls.title = info.title
        cls.layer = info.layer
        cls.atlas_mitigations = info.atlas_mitigations
        cls.saif_controls = info.saif_controls
        cls.aliases = info.aliases


_apply(load_control_table(*_data.read("controls.json")))


def _index(classes: Iterable[type[Control]]) -> Mapping[str, type[Control]]:
    index: dict[str, type[Control]] = {}
    for cls in classes:
        for name in (cls.key, cls.__name__, *cls.aliases):
            index.setdefault(_norm(name), cls)
    return types.MappingProxyType(index)


_INDEX = _index(ALL)


def lookup(name: str) -> type[Control]:
    """The control class for a key, class name or alias (``"tls"``, ``"RBAC"``, ``"hitl"``).

    Raises InvalidValueError with a suggestion for an unknown name.
    """
    try:
        return _INDEX[_norm(name)]
    except KeyError:
        hint = did_you_mean(_norm(name), _INDEX.keys(), every=True)
        raise InvalidValueError(
            f"unknown control {name!r}" + (f"; {hint}" if hint else "")
        ) from None


def by_layer(layer: Layer) -> tuple[type[Control], ...]:
    """The built-in controls of one layer."""
    return tuple(c for c in ALL if c.layer is layer)


def coerce_controls(value: Any, *, owner: str | None = None) -> frozenset[Control]:
    """Accept a Control, a control class, a name, or an iterable of those."""
    if value is None or (type(value) is frozenset and not value):
        return EMPTY  # the default: every element and flow shares one empty set
    if type(value) in (set, frozenset, list, tuple) and all(
        isinstance(item, Control) for item in value
    ):
        return frozenset(value) if value else EMPTY  # the usual call: controls={c.Rbac(), ...}
    if isinstance(value, (Control, str)) or (
        isinstance(value, type) and issubclass(value, Control)
    ):
        value = (value,)
    if isinstance(value, Mapping) or not isinstance(value, Iterable):
        raise InvalidTypeError.for_field(
            "controls",
            value,
            expected="a set of Control objects",
            owner=owner,
            hint="write controls={c.RateLimiting()}",
        )
    out: set[Control] = set()
    for item in value:
        if isinstance(item, Control):
            out.add(item)
        elif isinstance(item, type) and issubclass(item, Control):
            out.add(item())
        elif isinstance(item, str):
            out.add(lookup(item)())
        else:
            raise InvalidTypeError.for_field(
                "controls",
                item,
                expected="a Control (such as c.RateLimiting())",
                owner=owner,
            )
    return frozenset(out) if out else EMPTY


explain_frozen(Control)
