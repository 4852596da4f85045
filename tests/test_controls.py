"""The control vocabulary: every control is described, findable by name and a frozen value."""

from __future__ import annotations

import csv
import re
from pathlib import Path
from typing import ClassVar

import attrs
import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import InvalidTypeError, InvalidValueError, UnknownFieldError
from threatgraph.vocab import Layer

# The 45 controls of the reference mapping (shared/reference/controls.csv), by key.
REFERENCE_KEYS = (
    "input_validation",
    "guardrails",
    "untrusted_input_segregation",
    "output_filtering",
    "output_obfuscation",
    "rate_limiting",
    "circuit_breaker",
    "authentication",
    "mutual_authentication",
    "rbac",
    "permission_aware_retrieval",
    "secrets_management",
    "encryption_at_rest",
    "encryption_in_transit",
    "message_integrity",
    "audit_logging",
    "anomaly_detection",
    "provenance_tracking",
    "data_sanitization",
    "data_minimization",
    "differential_privacy",
    "federated_learning",
    "data_versioning",
    "aibom",
    "signed_models",
    "model_versioning",
    "model_validation",
    "adversarial_training",
    "model_alignment",
    "model_cards",
    "safe_serialization",
    "vulnerability_scanning",
    "limit_release",
    "inference_isolation",
    "sandboxing",
    "egress_filtering",
    "least_privilege_tools",
    "human_in_the_loop",
    "memory_hardening",
    "config_validation",
    "supplier_assessment",
    "red_teaming",
    "user_training",
    "deepfake_detection",
    "incident_response",
)

# Lifecycle safeguards from the design beyond the reference mapping.
LIFECYCLE = {
    "ModelWatermarking": c.ModelWatermarking,
    "ImmutableArtifacts": c.ImmutableArtifacts,
    "MultiPartyApproval": c.MultiPartyApproval,
    "TrainingIsolation": c.TrainingIsolation,
    "SchemaEnforcement": c.SchemaEnforcement,
    "ExplainabilityLogging": c.ExplainabilityLogging,
    "ABAC": c.ABAC,
}

REFERENCE_CSV = Path(__file__).resolve().parents[2] / "shared" / "reference" / "controls.csv"
SNAKE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")


def test_all_lists_every_exported_control_class_once() -> None:
    exported = {
        getattr(c, n)
        for n in c.__all__
        if isinstance(getattr(c, n), type) and getattr(c, n) is not c.Control
    }
    assert set(c.ALL) == exported
    assert len(c.ALL) == len(set(c.ALL))
    assert len(c.ALL) >= len(REFERENCE_KEYS) + len(LIFECYCLE)


@pytest.mark.parametrize("cls", c.ALL, ids=lambda k: k.__name__)
def test_every_control_is_described(cls: type[c.Control]) -> None:
    assert SNAKE.match(cls.key), cls.key
    assert cls.title
    assert cls.title[0].isupper()
    assert isinstance(cls.layer, Layer)
    assert cls.description
    assert cls.description.endswith(".")
    assert cls.__doc__
    for ref in cls.atlas_mitigations:
        assert re.fullmatch(r"AML\.M\d{4}", ref), ref
    for ref in cls.saif_controls:
        assert ref.startswith("control"), ref
    for alias in cls.aliases:
        assert SNAKE.match(alias), alias


def test_keys_titles_and_aliases_are_unique() -> None:
    keys = [cls.key for cls in c.ALL]
    assert len(keys) == len(set(keys))
    titles = [cls.title for cls in c.ALL]
    assert len(titles) == len(set(titles))
    names = [n for cls in c.ALL for n in (cls.key, *cls.aliases)]
    assert len(names) == len(set(names)), sorted({n for n in names if names.count(n) > 1})


@pytest.mark.parametrize("cls", c.ALL, ids=lambda k: k.__name__)
def test_lookup_finds_a_control_by_key_class_name_and_alias(cls: type[c.Control]) -> None:
    assert c.lookup(cls.key) is cls
    assert c.lookup(cls.__name__) is cls
    assert c.lookup(cls.key.replace("_", "-").upper()) is cls
    assert c.lookup(f"  {cls.key.replace('_', ' ')}  ") is cls
    for alias in cls.aliases:
        assert c.lookup(alias) is cls


@pytest.mark.parametrize("key", REFERENCE_KEYS)
def test_the_reference_controls_are_all_resolvable(key: str) -> None:
    assert c.lookup(key).key == key


def test_the_reference_list_here_matches_the_reference_file_when_it_is_present() -> None:
    if not REFERENCE_CSV.exists():
        pytest.skip("shared/reference is not next to the checkout")
    with REFERENCE_CSV.open(encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    assert tuple(row["control"] for row in rows) == REFERENCE_KEYS
    for row in rows:
        cls = c.lookup(row["control"])
        atlas = {a for a in row["atlas_mitigation_ids"].split(";") if a}
        saif = {s for s in row["saif_control_ids"].split(";") if s}
        assert atlas <= set(cls.atlas_mitigations), cls.key
        assert saif <= set(cls.saif_controls), cls.key


@pytest.mark.parametrize("name", sorted(LIFECYCLE))
def test_the_lifecycle_safeguards_exist(name: str) -> None:
    cls = LIFECYCLE[name]
    assert cls in c.ALL
    assert c.lookup(name) is cls
    assert c.lookup(cls.key) is cls


@pytest.mark.parametrize(
    ("alias", "cls"),
    [
        ("tls", c.EncryptionInTransit),
        ("hitl", c.HumanInTheLoop),
        ("mtls", c.MutualAuthentication),
        ("dp", c.DifferentialPrivacy),
        ("no_pickle", c.SafeSerialization),
        ("kill-switch", c.CircuitBreaker),
        ("RBAC", c.RBAC),
        ("abac", c.ABAC),
    ],
)
def test_well_known_aliases(alias: str, cls: type[c.Control]) -> None:
    assert c.lookup(alias) is cls


def test_an_unknown_name_is_an_invalid_value_with_a_suggestion() -> None:
    with pytest.raises(InvalidValueError) as exc:
        c.lookup("rate_limting")
    assert "unknown control 'rate_limting'" in str(exc.value)
    assert "did you mean 'rate_limiting'?" in str(exc.value)
    with pytest.raises(InvalidValueError, match=r"unknown control 'zzzz'$"):
        c.lookup("zzzz")


def test_by_layer_partitions_the_controls() -> None:
    seen: list[type[c.Control]] = []
    for layer in Layer:
        group = c.by_layer(layer)
        assert all(cls.layer is layer for cls in group)
        seen.extend(group)
    assert sorted(seen, key=lambda k: k.key) == sorted(c.ALL, key=lambda k: k.key)
    assert c.by_layer(Layer.DATA)


# ----------------------------------------------------------------------------- values


@pytest.mark.parametrize("cls", c.ALL, ids=lambda k: k.__name__)
def test_controls_are_frozen_hashable_values(cls: type[c.Control]) -> None:
    a, b = cls(), cls(note="ticket SEC-1")
    assert a == b  # the note does not take part in equality
    assert hash(a) == hash(b)
    assert str(a) == cls.__name__
    assert a.params == {}
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.note = "x"  # type: ignore[misc]
    with pytest.raises(UnknownFieldError, match="got an unknown field 'nte'; did you mean 'note'"):
        cls(nte="x")  # type: ignore[call-arg]


def test_parameters_are_part_of_the_value() -> None:
    rl = c.RateLimiting(requests_per_minute=60)
    assert rl.params == {"requests_per_minute": 60}
    assert rl != c.RateLimiting(requests_per_minute=100)
    assert rl != c.RateLimiting()
    assert c.DifferentialPrivacy(epsilon=1).params == {"epsilon": 1}
    assert c.Authentication(method="OIDC").method == "OIDC"


@pytest.mark.parametrize(
    ("cls", "field", "bad"),
    [
        (c.RateLimiting, "requests_per_minute", "fast"),
        (c.RateLimiting, "requests_per_minute", True),
        (c.RateLimiting, "requests_per_minute", 1.5),
        (c.CircuitBreaker, "max_steps", "10"),
        (c.AuditLogging, "retention_days", [30]),
        (c.DifferentialPrivacy, "epsilon", "small"),
        (c.Authentication, "method", 3),
        (c.EncryptionInTransit, "protocol", b"tls1.3"),
        (c.HumanInTheLoop, "approver", {"role": "lead"}),
        (c.Guardrails, "note", 7),
    ],
)
def test_parameters_of_the_wrong_type_are_refused(
    cls: type[c.Control], field: str, bad: object
) -> None:
    # regression: parameters used to be accepted whatever their type
    with pytest.raises(InvalidTypeError) as exc:
        cls(**{field: bad})
    assert f"{cls.__name__}(): '{field}' must be" in str(exc.value)


def test_a_custom_control_subclass_works_like_a_builtin() -> None:
    @attrs.frozen(kw_only=True)
    class ModelSigningService(c.SignedModels):
        """Signed by our own signing service."""

        key_id: str | None = c.param(str)

    signed = ModelSigningService(key_id="k1")
    reg = tg.ModelRegistry("Registry", controls={signed})
    assert reg.has(c.SignedModels)
    assert signed.params == {"key_id": "k1"}
    assert ModelSigningService.key == "signed_models"
    assert ModelSigningService.description == "Signed by our own signing service."
    assert c.SignedModels.description == c.SignedModels.__doc__  # the parent keeps its own
    with pytest.raises(InvalidTypeError, match="'key_id' must be str") as exc:
        ModelSigningService(key_id=5)  # type: ignore[arg-type]
    assert str(exc.value).startswith("ModelSigningService(): 'key_id' must be str | None")
    assert c.lookup("signed_models") is c.SignedModels  # defining a subclass registers nothing
    assert ModelSigningService not in c.ALL


def test_a_custom_control_describes_itself_with_its_docstring() -> None:
    @attrs.frozen(kw_only=True)
    class PromptAllowlist(c.Control):
        """Only prompts from an approved template set are accepted.

        Templates are reviewed by the platform team.
        """

        key: ClassVar[str] = "prompt_allowlist"
        max_templates: int | None = c.param(int)

    @attrs.frozen(kw_only=True)
    class Described(c.Control):
        """Docstring for readers of the code."""

        description: ClassVar[str] = "What the report shows."

    @attrs.frozen(kw_only=True)
    class Undocumented(c.RateLimiting):
        pass

    assert PromptAllowlist.description == (
        "Only prompts from an approved template set are accepted.\n\n"
        "Templates are reviewed by the platform team."
    )
    assert Described.description == "What the report shows."
    assert Undocumented.description == c.RateLimiting.description  # inherited
    assert c.Control.description == ""
    assert PromptAllowlist(max_templates=3).params == {"max_templates": 3}
    with pytest.raises(InvalidTypeError, match=r"PromptAllowlist\(\): 'max_templates' must be int"):
        PromptAllowlist(max_templates=True)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("cls", "field", "good"),
    [
        (c.RateLimiting, "requests_per_minute", 60),
        (c.DifferentialPrivacy, "epsilon", 1),
        (c.DifferentialPrivacy, "epsilon", 0.5),
        (c.Authentication, "method", "OIDC"),
        (c.Guardrails, "note", "vendor X"),
    ],
)
def test_parameters_of_the_right_type_are_kept(
    cls: type[c.Control], field: str, good: object
) -> None:
    assert getattr(cls(**{field: good}), field) == good


def test_the_wrong_type_error_names_field_value_type_and_control() -> None:
    with pytest.raises(InvalidTypeError) as exc:
        c.RateLimiting(requests_per_minute="x")  # type: ignore[arg-type]
    assert str(exc.value) == (
        "RateLimiting(): 'requests_per_minute' must be int | None (got 'x' that is a str)"
    )
    with pytest.raises(InvalidTypeError, match=r"'epsilon' must be float \| None \(got True"):
        c.DifferentialPrivacy(epsilon=True)


def test_coerce_controls_accepts_instances_classes_names_and_iterables() -> None:
    assert c.coerce_controls(None) == frozenset()
    assert c.coerce_controls(c.RBAC()) == {c.RBAC()}
    assert c.coerce_controls(c.RBAC) == {c.RBAC()}
    assert c.coerce_controls("hitl") == {c.HumanInTheLoop()}
    mixed = c.coerce_controls([c.RBAC, "tls", c.RateLimiting(requests_per_minute=5)])
    assert mixed == {c.RBAC(), c.EncryptionInTransit(), c.RateLimiting(requests_per_minute=5)}


def test_coerce_controls_refuses_other_things() -> None:
    with pytest.raises(InvalidTypeError, match="write controls=") as exc:
        c.coerce_controls({"rbac": True}, owner="Endpoint 'api'")
    assert str(exc.value).startswith("Endpoint 'api': 'controls' must be")
    with pytest.raises(InvalidTypeError, match="'controls' must be a set"):
        c.coerce_controls(42)
    with pytest.raises(InvalidTypeError, match=r"such as c\.RateLimiting"):
        c.coerce_controls([42])
    with pytest.raises(InvalidTypeError):
        c.coerce_controls([tg.Service])
    with pytest.raises(InvalidValueError, match="unknown control"):
        c.coerce_controls(["not-a-control"])
