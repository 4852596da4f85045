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
"""

from __future__ import annotations

import types
import typing
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar

import attrs

from threatgraph._util import EMPTY, did_you_mean, strict_kwargs
from threatgraph.errors import InvalidTypeError, InvalidValueError
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
    "FairnessTesting",
    "FederatedLearning",
    "Guardrails",
    "HumanInTheLoop",
    "ImmutableArtifacts",
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
    "ProvenanceTracking",
    "RateLimiting",
    "RedTeaming",
    "RobustAggregation",
    "SafeSerialization",
    "Sandboxing",
    "SchemaEnforcement",
    "SecretsManagement",
    "SignedModels",
    "SupplierAssessment",
    "TrainingIsolation",
    "UntrustedInputSegregation",
    "UserTraining",
    "VulnerabilityScanning",
    "by_layer",
    "coerce_controls",
    "lookup",
]


_PARAM_TYPES: Mapping[str, tuple[type, ...]] = types.MappingProxyType(
    {
        "int | None": (int,),
        "float | None": (int, float),
        "str | None": (str,),
        "bool | None": (bool,),
    }
)
"""Parameter annotations that controls check at construction, and the types they accept."""


def _annotation_text(annotation: Any) -> str:
    """``"int | None"`` for the annotation, whether it is still a string or was resolved.

    cattrs (and ``attrs.resolve_types``) replace string annotations with real types in
    place, so the check must not depend on which form it sees.
    """
    if isinstance(annotation, str):
        return annotation
    args = typing.get_args(annotation)
    if args:
        names = [a.__name__ for a in args if a is not type(None)]
        return " | ".join(names) + (" | None" if type(None) in args else "")
    return str(getattr(annotation, "__name__", annotation))


@attrs.frozen(kw_only=True)
class Control:
    """Base class of every control. Subclass it to declare your own control.

    Class attributes describe the control; instance fields are its parameters.
    """

    key: ClassVar[str] = "control"
    title: ClassVar[str] = "Control"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = ""
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ()

    note: str | None = attrs.field(default=None, eq=False)
    """Free text: the product, the policy or the ticket that implements it."""

    def __attrs_post_init__(self) -> None:
        for f in attrs.fields(type(self)):
            value = getattr(self, f.name)
            if value is None:  # most parameters are left unset: nothing to check
                continue
            expected = _PARAM_TYPES.get(_annotation_text(f.type))
            if expected is None:
                continue
            if not isinstance(value, expected) or (
                isinstance(value, bool) and bool not in expected
            ):
                raise InvalidTypeError.for_field(
                    f.name,
                    value,
                    expected=_annotation_text(f.type),
                    owner=f"{type(self).__name__}()",
                )

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

    key: ClassVar[str] = "input_validation"
    title: ClassVar[str] = "Input validation"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Inputs are checked for schema, size, type and encoding before use; adversarial or malformed inputs are rejected."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0015", "AML.M0033", "AML.M0010")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlInputValidationAndSanitization",)
    aliases: ClassVar[tuple[str, ...]] = ("input_sanitization",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class Guardrails(Control):
    """Classifiers and policy filters screen prompts and completions for injection, jailbreaks and disallowed content."""

    key: ClassVar[str] = "guardrails"
    title: ClassVar[str] = "Guardrails"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Classifiers and policy filters screen prompts and completions for injection, jailbreaks and disallowed content."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0020", "AML.M0021")
    saif_controls: ClassVar[tuple[str, ...]] = (
        "controlInputValidationAndSanitization",
        "controlOutputValidationAndSanitization",
    )
    aliases: ClassVar[tuple[str, ...]] = ("llm_firewall", "prompt_shield")


@strict_kwargs
@attrs.frozen(kw_only=True)
class UntrustedInputSegregation(Control):
    """Untrusted content is marked and kept apart from instructions, and cannot by itself trigger tool calls."""

    key: ClassVar[str] = "untrusted_input_segregation"
    title: ClassVar[str] = "Untrusted input segregation"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Untrusted content is marked and kept apart from instructions, and cannot by itself trigger tool calls."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0030", "AML.M0021")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlInputValidationAndSanitization",)
    aliases: ClassVar[tuple[str, ...]] = ("spotlighting", "context_isolation")


@strict_kwargs
@attrs.frozen(kw_only=True)
class OutputFiltering(Control):
    """Model output is validated, encoded or redacted (PII, secrets, links) before anything consumes or renders it."""

    key: ClassVar[str] = "output_filtering"
    title: ClassVar[str] = "Output filtering"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Model output is validated, encoded or redacted (PII, secrets, links) before anything consumes or renders it."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0020", "AML.M0033")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlOutputValidationAndSanitization",)
    aliases: ClassVar[tuple[str, ...]] = ("output_validation", "output_encoding", "dlp")


@strict_kwargs
@attrs.frozen(kw_only=True)
class OutputObfuscation(Control):
    """Responses reveal no more than needed: no raw probabilities or logits, rounded or top-1 answers."""

    key: ClassVar[str] = "output_obfuscation"
    title: ClassVar[str] = "Output obfuscation"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Responses reveal no more than needed: no raw probabilities or logits, rounded or top-1 answers."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0002",)
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("confidence_masking",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class RateLimiting(Control):
    """Per-caller quotas on requests, tokens and cost, with size limits and timeouts."""

    key: ClassVar[str] = "rate_limiting"
    title: ClassVar[str] = "Rate limiting"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Per-caller quotas on requests, tokens and cost, with size limits and timeouts."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0004",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlApplicationAccessManagement",)
    aliases: ClassVar[tuple[str, ...]] = ("quotas", "throttling")

    requests_per_minute: int | None = None
    """Requests allowed per caller per minute, if known."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class CircuitBreaker(Control):
    """Limits on agent loops, recursion and fan-out, plus a kill switch."""

    key: ClassVar[str] = "circuit_breaker"
    title: ClassVar[str] = "Circuit breaker"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = "Limits on agent loops, recursion and fan-out, plus a kill switch."
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0004",)
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("kill_switch",)

    max_steps: int | None = None
    """The most steps an agent run may take."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Authentication(Control):
    """Callers prove who they are (MFA, OAuth, rotated keys) before they are served."""

    key: ClassVar[str] = "authentication"
    title: ClassVar[str] = "Authentication"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Callers prove who they are (MFA, OAuth, rotated keys) before they are served."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0019",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlApplicationAccessManagement",)
    aliases: ClassVar[tuple[str, ...]] = ("authn", "mfa")

    method: str | None = None
    """How callers authenticate, such as ``'OIDC'`` or ``'mTLS'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class MutualAuthentication(Control):
    """Both ends of a connection authenticate each other (mTLS, signed workload or agent identity)."""

    key: ClassVar[str] = "mutual_authentication"
    title: ClassVar[str] = "Mutual authentication"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Both ends of a connection authenticate each other (mTLS, signed workload or agent identity)."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("mtls", "agent_identity")


@strict_kwargs
@attrs.frozen(kw_only=True)
class RBAC(Control):
    """Access to data, models and pipelines is granted by role, with least privilege and separation of duties."""

    key: ClassVar[str] = "rbac"
    title: ClassVar[str] = "Role-based access control"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Access to data, models and pipelines is granted by role, with least privilege and separation of duties."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0005", "AML.M0019")
    saif_controls: ClassVar[tuple[str, ...]] = (
        "controlModelAndDataAccessControls",
        "controlApplicationAccessManagement",
    )
    aliases: ClassVar[tuple[str, ...]] = ("access_control", "least_privilege")


@strict_kwargs
@attrs.frozen(kw_only=True)
class PermissionAwareRetrieval(Control):
    """Retrieval enforces the caller's document and tenant permissions inside the query."""

    key: ClassVar[str] = "permission_aware_retrieval"
    title: ClassVar[str] = "Permission-aware retrieval"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Retrieval enforces the caller's document and tenant permissions inside the query."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0019",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlModelAndDataAccessControls",)
    aliases: ClassVar[tuple[str, ...]] = ("document_acl", "tenant_scoping")


@strict_kwargs
@attrs.frozen(kw_only=True)
class SecretsManagement(Control):
    """Credentials live in a vault, never in prompts, code or configuration, and are rotated."""

    key: ClassVar[str] = "secrets_management"
    title: ClassVar[str] = "Secrets management"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Credentials live in a vault, never in prompts, code or configuration, and are rotated."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("vault",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class EncryptionAtRest(Control):
    """Stored data and artifacts are encrypted with managed keys."""

    key: ClassVar[str] = "encryption_at_rest"
    title: ClassVar[str] = "Encryption at rest"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = "Stored data and artifacts are encrypted with managed keys."
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0012",)
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ()

    key_management: str | None = None
    """Where the keys are managed, such as ``'KMS'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class EncryptionInTransit(Control):
    """Traffic is encrypted and the peer verified (TLS)."""

    key: ClassVar[str] = "encryption_in_transit"
    title: ClassVar[str] = "Encryption in transit"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = "Traffic is encrypted and the peer verified (TLS)."
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0012",)
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("tls",)

    protocol: str | None = None
    """The protocol that provides it, such as ``'TLS 1.3'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class MessageIntegrity(Control):
    """Messages carry signatures or MACs so that tampering in transit is detected."""

    key: ClassVar[str] = "message_integrity"
    title: ClassVar[str] = "Message integrity"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Messages carry signatures or MACs so that tampering in transit is detected."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("message_signing",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class AuditLogging(Control):
    """Who did what, when, to which data or model is recorded in tamper-evident logs, including prompts and tool calls where relevant."""

    key: ClassVar[str] = "audit_logging"
    title: ClassVar[str] = "Audit logging"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Who did what, when, to which data or model is recorded in tamper-evident logs, including prompts and tool calls where relevant."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0024",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlThreatDetection",)
    aliases: ClassVar[tuple[str, ...]] = ("ai_telemetry", "logging")

    retention_days: int | None = None
    """How long logs are kept."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class AnomalyDetection(Control):
    """Monitoring flags unusual queries, data drift, and abnormal behaviour of models or agents."""

    key: ClassVar[str] = "anomaly_detection"
    title: ClassVar[str] = "Anomaly detection"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Monitoring flags unusual queries, data drift, and abnormal behaviour of models or agents."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0015", "AML.M0024")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlThreatDetection",)
    aliases: ClassVar[tuple[str, ...]] = ("monitoring", "drift_detection")


@strict_kwargs
@attrs.frozen(kw_only=True)
class ProvenanceTracking(Control):
    """Every dataset and record carries its lineage: source, licence, consent and trust label."""

    key: ClassVar[str] = "provenance_tracking"
    title: ClassVar[str] = "Provenance tracking"
    layer: ClassVar[Layer] = Layer.DATA
    description: ClassVar[str] = (
        "Every dataset and record carries its lineage: source, licence, consent and trust label."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0025",)
    saif_controls: ClassVar[tuple[str, ...]] = (
        "controlModelAndDataInventoryManagement",
        "controlTrainingDataManagement",
    )
    aliases: ClassVar[tuple[str, ...]] = ("lineage", "data_provenance")


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataSanitization(Control):
    """Training and fine-tuning data are validated and filtered for poison, outliers and label errors."""

    key: ClassVar[str] = "data_sanitization"
    title: ClassVar[str] = "Data sanitization"
    layer: ClassVar[Layer] = Layer.DATA
    description: ClassVar[str] = (
        "Training and fine-tuning data are validated and filtered for poison, outliers and label errors."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0007",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlTrainingDataSanitization",)
    aliases: ClassVar[tuple[str, ...]] = ("data_validation", "label_review")


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataMinimization(Control):
    """Only the data needed is collected, kept or exposed; personal data is removed before training or indexing."""

    key: ClassVar[str] = "data_minimization"
    title: ClassVar[str] = "Data minimization"
    layer: ClassVar[Layer] = Layer.DATA
    description: ClassVar[str] = (
        "Only the data needed is collected, kept or exposed; personal data is removed before training or indexing."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = (
        "controlUserDataManagement",
        "controlTrainingDataManagement",
    )
    aliases: ClassVar[tuple[str, ...]] = ("pii_redaction",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class DifferentialPrivacy(Control):
    """Training or aggregation adds calibrated noise so that no single record can be inferred."""

    key: ClassVar[str] = "differential_privacy"
    title: ClassVar[str] = "Differential privacy"
    layer: ClassVar[Layer] = Layer.DATA
    description: ClassVar[str] = (
        "Training or aggregation adds calibrated noise so that no single record can be inferred."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlPrivacyEnhancingTechnologies",)
    aliases: ClassVar[tuple[str, ...]] = ("dp",)

    epsilon: float | None = None
    """The privacy budget, if known."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class FederatedLearning(Control):
    """Raw data stays on the devices or silos that own it; only model updates travel."""

    key: ClassVar[str] = "federated_learning"
    title: ClassVar[str] = "Federated learning"
    layer: ClassVar[Layer] = Layer.DATA
    description: ClassVar[str] = (
        "Raw data stays on the devices or silos that own it; only model updates travel."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlPrivacyEnhancingTechnologies",)
    aliases: ClassVar[tuple[str, ...]] = ()


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataVersioning(Control):
    """Datasets are versioned and checksummed, with restore points."""

    key: ClassVar[str] = "data_versioning"
    title: ClassVar[str] = "Data versioning"
    layer: ClassVar[Layer] = Layer.DATA
    description: ClassVar[str] = "Datasets are versioned and checksummed, with restore points."
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlModelAndDataIntegrityManagement",)
    aliases: ClassVar[tuple[str, ...]] = ("dataset_snapshots", "backup_and_recovery")


@strict_kwargs
@attrs.frozen(kw_only=True)
class AIBOM(Control):
    """An inventory of models, datasets, tools and dependencies, with pinned versions and digests."""

    key: ClassVar[str] = "aibom"
    title: ClassVar[str] = "AI bill of materials"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "An inventory of models, datasets, tools and dependencies, with pinned versions and digests."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0023",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlModelAndDataInventoryManagement",)
    aliases: ClassVar[tuple[str, ...]] = ("ml_bom", "inventory", "dependency_pinning")


@strict_kwargs
@attrs.frozen(kw_only=True)
class SignedModels(Control):
    """Model, dataset and tool artifacts are signed, and the signature and digest are verified before load."""

    key: ClassVar[str] = "signed_models"
    title: ClassVar[str] = "Signed models"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Model, dataset and tool artifacts are signed, and the signature and digest are verified before load."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0013", "AML.M0014")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlModelAndDataIntegrityManagement",)
    aliases: ClassVar[tuple[str, ...]] = ("artifact_signing", "code_signing")


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelVersioning(Control):
    """Models are referenced by immutable version or digest, with controlled promotion and rollback."""

    key: ClassVar[str] = "model_versioning"
    title: ClassVar[str] = "Model versioning"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Models are referenced by immutable version or digest, with controlled promotion and rollback."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0014",)
    saif_controls: ClassVar[tuple[str, ...]] = (
        "controlModelAndDataIntegrityManagement",
        "controlModelAndDataInventoryManagement",
    )
    aliases: ClassVar[tuple[str, ...]] = ("model_pinning",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelValidation(Control):
    """Before promotion a model passes evaluations, safety and regression tests, and backdoor scans."""

    key: ClassVar[str] = "model_validation"
    title: ClassVar[str] = "Model validation"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Before promotion a model passes evaluations, safety and regression tests, and backdoor scans."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0008",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlAdversarialTrainingAndTesting",)
    aliases: ClassVar[tuple[str, ...]] = ("model_evaluation",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class AdversarialTraining(Control):
    """The model is hardened against adversarial inputs (adversarial training, ensembles, input transformations)."""

    key: ClassVar[str] = "adversarial_training"
    title: ClassVar[str] = "Adversarial training"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "The model is hardened against adversarial inputs (adversarial training, ensembles, input transformations)."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0003", "AML.M0006")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlAdversarialTrainingAndTesting",)
    aliases: ClassVar[tuple[str, ...]] = ("model_hardening",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelAlignment(Control):
    """The generative model is safety-tuned to refuse harmful requests."""

    key: ClassVar[str] = "model_alignment"
    title: ClassVar[str] = "Model alignment"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = "The generative model is safety-tuned to refuse harmful requests."
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0022",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlAdversarialTrainingAndTesting",)
    aliases: ClassVar[tuple[str, ...]] = ("safety_tuning",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelCards(Control):
    """Intended use, limits, training data and evaluations are documented for each model."""

    key: ClassVar[str] = "model_cards"
    title: ClassVar[str] = "Model cards"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Intended use, limits, training data and evaluations are documented for each model."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlUserTransparencyAndControls",)
    aliases: ClassVar[tuple[str, ...]] = ("system_cards", "transparency")


@strict_kwargs
@attrs.frozen(kw_only=True)
class SafeSerialization(Control):
    """Models are stored in formats that cannot run code on load (such as safetensors); pickle is refused."""

    key: ClassVar[str] = "safe_serialization"
    title: ClassVar[str] = "Safe serialization"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Models are stored in formats that cannot run code on load (such as safetensors); pickle is refused."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0011",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlSecureByDefaultMLTooling",)
    aliases: ClassVar[tuple[str, ...]] = ("no_pickle",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class VulnerabilityScanning(Control):
    """Models, packages, containers and tool servers are scanned for malware and known vulnerabilities."""

    key: ClassVar[str] = "vulnerability_scanning"
    title: ClassVar[str] = "Vulnerability scanning"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Models, packages, containers and tool servers are scanned for malware and known vulnerabilities."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0016",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlVulnerabilityManagement",)
    aliases: ClassVar[tuple[str, ...]] = ("model_scanning", "sca")


@strict_kwargs
@attrs.frozen(kw_only=True)
class LimitRelease(Control):
    """Model details and weights are not published; the model is offered only through an API."""

    key: ClassVar[str] = "limit_release"
    title: ClassVar[str] = "Limited release"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Model details and weights are not published; the model is offered only through an API."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0000", "AML.M0001", "AML.M0017")
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("model_distribution_control",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class InferenceIsolation(Control):
    """Serving is isolated per tenant or model (process, accelerator, cache and network segmentation)."""

    key: ClassVar[str] = "inference_isolation"
    title: ClassVar[str] = "Inference isolation"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Serving is isolated per tenant or model (process, accelerator, cache and network segmentation)."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlSecureByDefaultMLTooling",)
    aliases: ClassVar[tuple[str, ...]] = ("tenant_isolation", "segmentation")


@strict_kwargs
@attrs.frozen(kw_only=True)
class Sandboxing(Control):
    """Generated code and tools run in an isolated sandbox with no host or network privileges."""

    key: ClassVar[str] = "sandboxing"
    title: ClassVar[str] = "Sandboxing"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Generated code and tools run in an isolated sandbox with no host or network privileges."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0032",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlAgentPluginPermissions",)
    aliases: ClassVar[tuple[str, ...]] = ("code_sandbox",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class EgressFiltering(Control):
    """Outbound connections from agents and tools are limited to an allowlist."""

    key: ClassVar[str] = "egress_filtering"
    title: ClassVar[str] = "Egress filtering"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Outbound connections from agents and tools are limited to an allowlist."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlAgentPluginPermissions",)
    aliases: ClassVar[tuple[str, ...]] = ("network_allowlist",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class LeastPrivilegeTools(Control):
    """Each tool gets only the permissions and scoped credentials its task needs."""

    key: ClassVar[str] = "least_privilege_tools"
    title: ClassVar[str] = "Least-privilege tools"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Each tool gets only the permissions and scoped credentials its task needs."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0026", "AML.M0027", "AML.M0028")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlAgentPluginPermissions",)
    aliases: ClassVar[tuple[str, ...]] = ("tool_permissions",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class HumanInTheLoop(Control):
    """A person approves consequential actions, decisions or promotions before they take effect."""

    key: ClassVar[str] = "human_in_the_loop"
    title: ClassVar[str] = "Human in the loop"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "A person approves consequential actions, decisions or promotions before they take effect."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0029",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlAgentPluginUserControl",)
    aliases: ClassVar[tuple[str, ...]] = ("hitl", "approval_workflow")

    approver: str | None = None
    """Who approves (a role or team)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class MemoryHardening(Control):
    """Agent memory is validated, scoped per user or session, expires, and is isolated."""

    key: ClassVar[str] = "memory_hardening"
    title: ClassVar[str] = "Memory hardening"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Agent memory is validated, scoped per user or session, expires, and is isolated."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0031",)
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("memory_isolation",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class ConfigValidation(Control):
    """Training, pipeline and inference configuration is bounds-checked and changes are reviewed."""

    key: ClassVar[str] = "config_validation"
    title: ClassVar[str] = "Configuration validation"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Training, pipeline and inference configuration is bounds-checked and changes are reviewed."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlSecureByDefaultMLTooling",)
    aliases: ClassVar[tuple[str, ...]] = ("change_review", "inference_param_hardening")


@strict_kwargs
@attrs.frozen(kw_only=True)
class SupplierAssessment(Control):
    """Third-party model, data, API and tool providers are vetted (terms, retention, security posture)."""

    key: ClassVar[str] = "supplier_assessment"
    title: ClassVar[str] = "Supplier assessment"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Third-party model, data, API and tool providers are vetted (terms, retention, security posture)."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("vendor_review",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class RedTeaming(Control):
    """The model, prompts and agents are attacked on purpose before and after release."""

    key: ClassVar[str] = "red_teaming"
    title: ClassVar[str] = "Red teaming"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "The model, prompts and agents are attacked on purpose before and after release."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlRedTeaming",)
    aliases: ClassVar[tuple[str, ...]] = ("adversarial_testing",)

    cadence: str | None = None
    """How often, such as ``'before each release'``."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class UserTraining(Control):
    """Users and operators learn the system's limits: over-reliance, deepfakes, safe use."""

    key: ClassVar[str] = "user_training"
    title: ClassVar[str] = "User training"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Users and operators learn the system's limits: over-reliance, deepfakes, safe use."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0018",)
    saif_controls: ClassVar[tuple[str, ...]] = ("controlUserPoliciesAndEducation",)
    aliases: ClassVar[tuple[str, ...]] = ()


@strict_kwargs
@attrs.frozen(kw_only=True)
class DeepfakeDetection(Control):
    """Identity and verification flows detect synthetic media."""

    key: ClassVar[str] = "deepfake_detection"
    title: ClassVar[str] = "Deepfake detection"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = "Identity and verification flows detect synthetic media."
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0034",)
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ()


@strict_kwargs
@attrs.frozen(kw_only=True)
class IncidentResponse(Control):
    """A playbook for AI incidents: model rollback, key revocation, data purge."""

    key: ClassVar[str] = "incident_response"
    title: ClassVar[str] = "Incident response"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "A playbook for AI incidents: model rollback, key revocation, data purge."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ("controlIncidentResponseManagement",)
    aliases: ClassVar[tuple[str, ...]] = ()


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelWatermarking(Control):
    """Model weights or outputs carry a watermark or fingerprint, so that stolen copies can be recognised."""

    key: ClassVar[str] = "model_watermarking"
    title: ClassVar[str] = "Model watermarking and fingerprinting"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Model weights or outputs carry a watermark or fingerprint, so that stolen copies can be recognised."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("watermarking", "fingerprinting")


@strict_kwargs
@attrs.frozen(kw_only=True)
class ImmutableArtifacts(Control):
    """Once published, a model or dataset version cannot be overwritten or deleted (write-once storage)."""

    key: ClassVar[str] = "immutable_artifacts"
    title: ClassVar[str] = "Immutable artifacts"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Once published, a model or dataset version cannot be overwritten or deleted (write-once storage)."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("write_once", "worm")


@strict_kwargs
@attrs.frozen(kw_only=True)
class MultiPartyApproval(Control):
    """Promoting a new model version or changing a pipeline needs approval from at least two people."""

    key: ClassVar[str] = "multi_party_approval"
    title: ClassVar[str] = "Multi-party approval"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Promoting a new model version or changing a pipeline needs approval from at least two people."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("four_eyes", "two_person_rule")


@strict_kwargs
@attrs.frozen(kw_only=True)
class TrainingIsolation(Control):
    """Training and fine-tuning jobs run in isolated environments with no inbound access and restricted egress."""

    key: ClassVar[str] = "training_isolation"
    title: ClassVar[str] = "Training-job isolation"
    layer: ClassVar[Layer] = Layer.DEPLOYMENT
    description: ClassVar[str] = (
        "Training and fine-tuning jobs run in isolated environments with no inbound access and restricted egress."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("training_enclave", "job_isolation")


@strict_kwargs
@attrs.frozen(kw_only=True)
class SchemaEnforcement(Control):
    """Incoming data must match a declared schema (types, ranges, required fields) or it is rejected."""

    key: ClassVar[str] = "schema_enforcement"
    title: ClassVar[str] = "Schema enforcement"
    layer: ClassVar[Layer] = Layer.DATA
    description: ClassVar[str] = (
        "Incoming data must match a declared schema (types, ranges, required fields) or it is rejected."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("data_contracts", "schema_validation")


@strict_kwargs
@attrs.frozen(kw_only=True)
class ExplainabilityLogging(Control):
    """Each decision is logged with the inputs and explanation that produced it, so it can be reviewed and contested."""

    key: ClassVar[str] = "explainability_logging"
    title: ClassVar[str] = "Explainability logging"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Each decision is logged with the inputs and explanation that produced it, so it can be reviewed and contested."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("decision_logging", "xai_logging")


@strict_kwargs
@attrs.frozen(kw_only=True)
class ABAC(Control):
    """Access decisions use attributes of the caller, the resource and the context, beside or instead of roles."""

    key: ClassVar[str] = "abac"
    title: ClassVar[str] = "Attribute-based access control"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "Access decisions use attributes of the caller, the resource and the context, beside or instead of roles."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0005", "AML.M0019")
    saif_controls: ClassVar[tuple[str, ...]] = ("controlModelAndDataAccessControls",)
    aliases: ClassVar[tuple[str, ...]] = ("attribute_based_access_control",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class RobustAggregation(Control):
    """Federated updates are combined with Byzantine-robust aggregation (clipping, trimmed mean, anomaly rejection)."""

    key: ClassVar[str] = "robust_aggregation"
    title: ClassVar[str] = "Robust aggregation"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Federated updates are combined with Byzantine-robust aggregation (clipping, trimmed mean, anomaly rejection)."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ("AML.M0003",)
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("byzantine_robust_aggregation", "secure_aggregation")


@strict_kwargs
@attrs.frozen(kw_only=True)
class PeriodicReview(Control):
    """The threat model and its controls are reviewed on a schedule and after significant changes."""

    key: ClassVar[str] = "periodic_review"
    title: ClassVar[str] = "Periodic review"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "The threat model and its controls are reviewed on a schedule and after significant changes."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("review_cadence",)


@strict_kwargs
@attrs.frozen(kw_only=True)
class FairnessTesting(Control):
    """Decisions about people are tested for bias across groups and for proxies of protected attributes, before release and in production."""

    key: ClassVar[str] = "fairness_testing"
    title: ClassVar[str] = "Fairness testing"
    layer: ClassVar[Layer] = Layer.MODEL
    description: ClassVar[str] = (
        "Decisions about people are tested for bias across groups and for proxies of protected attributes, before release and in production."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("bias_testing", "fairness_assessment")


@strict_kwargs
@attrs.frozen(kw_only=True)
class Contestability(Control):
    """People affected by an automated decision are told, can see why, and can have it reviewed by a person."""

    key: ClassVar[str] = "contestability"
    title: ClassVar[str] = "Contestability"
    layer: ClassVar[Layer] = Layer.PROCESS
    description: ClassVar[str] = (
        "People affected by an automated decision are told, can see why, and can have it reviewed by a person."
    )
    atlas_mitigations: ClassVar[tuple[str, ...]] = ()
    saif_controls: ClassVar[tuple[str, ...]] = ()
    aliases: ClassVar[tuple[str, ...]] = ("appeal", "right_to_contest", "human_review_on_request")


ALL: tuple[type[Control], ...] = (
    InputValidation,
    Guardrails,
    UntrustedInputSegregation,
    OutputFiltering,
    OutputObfuscation,
    RateLimiting,
    CircuitBreaker,
    Authentication,
    MutualAuthentication,
    RBAC,
    PermissionAwareRetrieval,
    SecretsManagement,
    EncryptionAtRest,
    EncryptionInTransit,
    MessageIntegrity,
    AuditLogging,
    AnomalyDetection,
    ProvenanceTracking,
    DataSanitization,
    DataMinimization,
    DifferentialPrivacy,
    FederatedLearning,
    DataVersioning,
    AIBOM,
    SignedModels,
    ModelVersioning,
    ModelValidation,
    AdversarialTraining,
    ModelAlignment,
    ModelCards,
    SafeSerialization,
    VulnerabilityScanning,
    LimitRelease,
    InferenceIsolation,
    Sandboxing,
    EgressFiltering,
    LeastPrivilegeTools,
    HumanInTheLoop,
    MemoryHardening,
    ConfigValidation,
    SupplierAssessment,
    RedTeaming,
    UserTraining,
    DeepfakeDetection,
    IncidentResponse,
    ModelWatermarking,
    ImmutableArtifacts,
    MultiPartyApproval,
    TrainingIsolation,
    SchemaEnforcement,
    ExplainabilityLogging,
    ABAC,
    RobustAggregation,
    PeriodicReview,
    FairnessTesting,
    Contestability,
)
"""Every built-in control class, in a fixed order."""


def _index(classes: Iterable[type[Control]]) -> Mapping[str, type[Control]]:
    index: dict[str, type[Control]] = {}
    for cls in classes:
        for name in (cls.key, cls.__name__, *cls.aliases):
            index.setdefault(_norm(name), cls)
    return types.MappingProxyType(index)


def _norm(name: str) -> str:
    return name.strip().lower().replace("-", "_").replace(" ", "_")


_INDEX = _index(ALL)


def lookup(name: str) -> type[Control]:
    """The control class for a key, class name or alias (``"tls"``, ``"RBAC"``, ``"hitl"``).

    Raises InvalidValueError with a suggestion for an unknown name.
    """
    try:
        return _INDEX[_norm(name)]
    except KeyError:
        hint = did_you_mean(_norm(name), _INDEX.keys())
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
