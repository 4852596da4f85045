"""Element kinds, data assets, boundaries and flows: the nouns of a threat model.

All of them are frozen attrs values: hashable, comparable, free of side effects
when created, and changed only with :func:`attrs.evolve`::

    >>> import threatgraph as tg
    >>> llm = tg.LLM("Support LLM", origin="third-party-api")
    >>> llm.id, llm.kind, llm.origin
    ('support-llm', 'llm', <ModelOrigin.THIRD_PARTY_API: 'third-party-api'>)
    >>> tg.LLM("x", bogus=1)
    Traceback (most recent call last):
    ...
    threatgraph.errors.UnknownFieldError: LLM 'x': unknown field 'bogus' ...

Element attributes say what a thing *is*; security properties are controls
(:mod:`threatgraph.controls`). Where an element or flow was declared (file and
line) is recorded for error messages and SARIF; it does not take part in equality.
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping
from typing import Any, ClassVar, TypeVar

import attrs

from threatgraph._util import EMPTY, SourceLocation, caller_location, slugify, strict_kwargs
from threatgraph.controls import Control, coerce_controls
from threatgraph.errors import InvalidTypeError, InvalidValueError, explain_frozen, short_repr
from threatgraph.vocab import (
    Autonomy,
    AutonomyValue,
    Capability,
    CapabilityValue,
    DataKind,
    DataKindValue,
    DatasetPurpose,
    DatasetPurposeValue,
    EndpointPurpose,
    EndpointPurposeValue,
    ExternalCategory,
    ExternalCategoryValue,
    Level,
    LevelValue,
    Maturity,
    MaturityValue,
    ModelOrigin,
    ModelOriginValue,
    Origin,
    OriginValue,
    Phase,
    Sensitivity,
    SensitivityValue,
    Serialization,
    SerializationValue,
    Stage,
    StageValue,
    Task,
    TaskValue,
    ToolOrigin,
    ToolOriginValue,
    Trust,
    TrustValue,
)

__all__ = [
    "CIA",
    "KINDS",
    "LLM",
    "Actor",
    "Agent",
    "Boundary",
    "Data",
    "DataSource",
    "DataStore",
    "Dataset",
    "Device",
    "Element",
    "Endpoint",
    "Exclusion",
    "ExternalService",
    "FeatureStore",
    "Flow",
    "Model",
    "ModelRegistry",
    "Pipeline",
    "Route",
    "Service",
    "Tool",
    "VectorStore",
    "kind_of",
]

T = TypeVar("T")


# --------------------------------------------------------------------------- helpers


def _check_text(field: str, value: str, *, owner: str | None = None) -> None:
    """Reject text that cannot be written out as UTF-8: a lone surrogate code point
    (half of a UTF-16 pair, such as ``"\\ud83d"``) passes every other check but makes
    each export and report fail."""
    if value.isascii():
        return  # the common case: one C call
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raise InvalidValueError.for_field(
            field,
            value,
            expected="text without lone surrogate code points",
            owner=owner,
            hint="a lone surrogate is half of a UTF-16 pair (often a broken emoji); "
            "remove it or decode the text properly",
        ) from None


def _name_validator(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, str):
        raise InvalidTypeError.for_field(
            attribute.name, value, expected="a str", owner=type(instance).__name__
        )
    if not value.strip():
        raise InvalidValueError.for_field(
            attribute.name,
            value,
            expected="a non-empty name",
            owner=type(instance).__name__,
            hint="give the element a name such as 'Chat API'",
        )
    _check_text(attribute.name, value, owner=type(instance).__name__)


def _opt_str(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if value is not None:
        if not isinstance(value, str):
            raise InvalidTypeError.for_field(
                attribute.name, value, expected="a str or None", owner=_owner(instance)
            )
        _check_text(attribute.name, value, owner=_owner(instance))


def _text(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """A text field that is always a str (``description``): None is not a description."""
    if not isinstance(value, str):
        raise InvalidTypeError.for_field(
            attribute.name,
            value,
            expected="a str",
            owner=_owner(instance),
            hint=f"write {attribute.name}='' or leave it out",
        )
    _check_text(attribute.name, value, owner=_owner(instance))


def _id(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    """An id: a str (empty or None: derived from the name), never blank."""
    _opt_str(instance, attribute, value)
    if value and not value.strip():
        raise InvalidValueError.for_field(
            attribute.name,
            value,
            expected="a non-blank id",
            owner=_owner(instance),
            hint="leave id= out to have one derived, or give one such as 'chat-api'",
        )


def _is_bool(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    if not isinstance(value, bool):
        raise InvalidTypeError.for_field(
            attribute.name, value, expected="a bool", owner=_owner(instance)
        )


def _owner(instance: Any) -> str:
    name = getattr(instance, "name", None)
    return f"{type(instance).__name__} {name!r}" if name else type(instance).__name__


def _to_autonomy_autonomy(value: Autonomy | AutonomyValue | None) -> Autonomy | None:
    return None if value is None else Autonomy.parse(value, field="autonomy")


def _to_datasetpurpose_purpose(value: DatasetPurpose | DatasetPurposeValue) -> DatasetPurpose:
    return DatasetPurpose.parse(value, field="purpose")


def _to_endpointpurpose_purpose(value: EndpointPurpose | EndpointPurposeValue) -> EndpointPurpose:
    return EndpointPurpose.parse(value, field="purpose")


def _to_externalcategory_provides(
    value: ExternalCategory | ExternalCategoryValue,
) -> ExternalCategory:
    return ExternalCategory.parse(value, field="provides")


def _to_level_availability(value: Level | LevelValue) -> Level:
    return Level.parse(value, field="availability")


def _to_level_confidentiality(value: Level | LevelValue) -> Level:
    return Level.parse(value, field="confidentiality")


def _to_level_integrity(value: Level | LevelValue) -> Level:
    return Level.parse(value, field="integrity")


def _to_maturity_maturity(value: Maturity | MaturityValue) -> Maturity:
    return Maturity.parse(value, field="maturity")


def _to_modelorigin_origin(value: ModelOrigin | ModelOriginValue) -> ModelOrigin:
    return ModelOrigin.parse(value, field="origin")


def _to_origin_origin(value: Origin | OriginValue) -> Origin:
    return Origin.parse(value, field="origin")


def _to_datakind_kind(value: DataKind | DataKindValue | None) -> DataKind | None:
    return None if value is None else DataKind.parse(value, field="kind")


def _to_serialization_format(
    value: Serialization | SerializationValue | None,
) -> Serialization | None:
    return None if value is None else Serialization.parse(value, field="format")


def _to_sensitivity_sensitivity(value: Sensitivity | SensitivityValue) -> Sensitivity:
    return Sensitivity.parse(value, field="sensitivity")


def _to_stage_stage(value: Stage | StageValue) -> Stage:
    return Stage.parse(value, field="stage")


def _to_task_task(value: Task | TaskValue) -> Task:
    return Task.parse(value, field="task")


def _to_toolorigin_origin(value: ToolOrigin | ToolOriginValue) -> ToolOrigin:
    return ToolOrigin.parse(value, field="origin")


def _to_trust_trust(value: Trust | TrustValue) -> Trust:
    return Trust.parse(value, field="trust")


def _enum_set(enum_cls: Any) -> Any:
    def convert(value: Any) -> frozenset[Any]:
        if isinstance(value, (str, enum_cls)):
            value = (value,)
        if value is None:
            return EMPTY
        if not isinstance(value, Iterable):
            raise InvalidTypeError.for_field(
                "capabilities", value, expected=f"a set of {enum_cls.__name__}"
            )
        return frozenset(enum_cls.parse(v, field="capabilities") for v in value) or EMPTY

    return convert


def _to_capabilities(
    value: Capability | CapabilityValue | Iterable[Capability | CapabilityValue] | None,
) -> frozenset[Capability]:
    result: frozenset[Capability] = _enum_set(Capability)(value)
    return result


def _tags(value: Any) -> frozenset[str]:
    if value is None or (type(value) is frozenset and not value):
        return EMPTY  # the default: every element shares one empty set
    if isinstance(value, str):
        return frozenset((value,))
    if not isinstance(value, Iterable):
        raise InvalidTypeError.for_field("tags", value, expected="a set of str")
    items = list(value)
    for item in items:  # before hashing: a list among the tags is not hashable
        if not isinstance(item, str):
            raise InvalidTypeError.for_field(
                "tags", item, expected="a str", hint="write tags={'pii', 'public'}"
            )
        _check_text("tags", item)
    return frozenset(items) or EMPTY


@strict_kwargs
@attrs.frozen(order=True)
class Exclusion:
    """A rule that does not apply to one element or flow, and why."""

    rule: str
    reason: str

    def __attrs_post_init__(self) -> None:
        for name in ("rule", "reason"):
            value = getattr(self, name)
            if not isinstance(value, str):
                raise InvalidTypeError.for_field(name, value, expected="a str", owner="Exclusion")
            _check_text(name, value, owner="Exclusion")
        if not self.rule:
            raise InvalidValueError.for_field("rule", self.rule, expected="a rule id")
        if not self.reason.strip():
            raise InvalidValueError.for_field(
                "reason",
                self.reason,
                expected="a non-empty reason",
                hint="say why the rule does not apply, for the reviewers",
            )


def _exclusions(value: Any) -> frozenset[Exclusion]:
    """Accept ``{"rule-id": "reason"}`` or Exclusion values."""
    if value is None or (type(value) is frozenset and not value):
        return EMPTY  # the default: every element and flow shares one empty set
    if isinstance(value, Exclusion):
        return frozenset((value,))
    if isinstance(value, Mapping):
        return frozenset(Exclusion(rule=k, reason=v) for k, v in value.items()) or EMPTY
    if isinstance(value, Iterable) and not isinstance(value, str):
        items = []
        for item in value:
            if not isinstance(item, Exclusion):
                raise InvalidTypeError.for_field(
                    "exclude",
                    item,
                    expected="an Exclusion",
                    hint='write exclude={"rule-id": "why"}',
                )
            items.append(item)
        return frozenset(items) or EMPTY
    raise InvalidTypeError.for_field(
        "exclude", value, expected="a mapping of rule id to reason", hint='exclude={"rule": "why"}'
    )


def _controls(value: Any) -> frozenset[Control]:
    return coerce_controls(value)


# --------------------------------------------------------------------------- data


@strict_kwargs
@attrs.frozen
class CIA:
    """Confidentiality, integrity and availability requirements of a data asset."""

    confidentiality: Level = attrs.field(default=Level.MEDIUM, converter=_to_level_confidentiality)
    integrity: Level = attrs.field(default=Level.MEDIUM, converter=_to_level_integrity)
    availability: Level = attrs.field(default=Level.MEDIUM, converter=_to_level_availability)


@strict_kwargs
@attrs.frozen
class Data:
    """A named data asset: what flows carry and stores hold.

    >>> Data("Support tickets", sensitivity="pii").sensitivity
    <Sensitivity.PII: 'pii'>
    """

    name: str = attrs.field(validator=_name_validator)
    sensitivity: Sensitivity = attrs.field(
        default=Sensitivity.INTERNAL, converter=_to_sensitivity_sensitivity, kw_only=True
    )
    cia: CIA | None = attrs.field(default=None, kw_only=True)
    description: str = attrs.field(default="", kw_only=True, validator=_text)
    id: str = attrs.field(default="", kw_only=True, validator=_id)
    kind: DataKind | None = attrs.field(default=None, kw_only=True, converter=_to_datakind_kind)
    """What it is (a prompt, training data, a model artifact…). When None, threatgraph
    infers it from the kinds of the elements a flow connects, and says so in findings."""
    format: Serialization | None = attrs.field(
        default=None, kw_only=True, converter=_to_serialization_format
    )
    """How a model artifact is serialized (``pickle``, ``safetensors``, …). Implies
    ``kind=DataKind.MODEL_ARTIFACT``."""

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", slugify(self.name))
        if self.cia is not None and not isinstance(self.cia, CIA):
            raise InvalidTypeError.for_field("cia", self.cia, expected="CIA", owner=_owner(self))
        if self.format is not None:
            if self.kind is None:
                object.__setattr__(self, "kind", DataKind.MODEL_ARTIFACT)
            elif self.kind is not DataKind.MODEL_ARTIFACT:
                raise InvalidValueError.for_field(
                    "format",
                    self.format.value,
                    expected="a serialization for kind='model-artifact' data",
                    owner=_owner(self),
                    hint=f"drop format=, or declare kind='model-artifact' instead of {self.kind.value!r}",
                )

    @property
    def label(self) -> str:
        """``Support tickets (PII)``."""
        return f"{self.name} ({self.sensitivity.value.upper()})"


def _data_set(value: Any, field: str = "stores") -> frozenset[Data]:
    if value is None or (type(value) is frozenset and not value):
        return EMPTY  # the default: every store shares one empty set
    if isinstance(value, Data):
        return frozenset((value,))
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidTypeError.for_field(
            field, value, expected="a set of Data", hint=f'write {field}={{tg.Data("Tickets")}}'
        )
    items = list(value)
    for item in items:  # before hashing: a list or dict among them is not hashable
        if not isinstance(item, Data):
            raise InvalidTypeError.for_field(
                field, item, expected="Data", hint=f'write {field}={{tg.Data("Tickets")}}'
            )
    return frozenset(items) or EMPTY


def _provided_data(value: Any) -> frozenset[Data]:
    return _data_set(value, "provides")


# --------------------------------------------------------------------------- elements


@attrs.frozen(kw_only=True)
class Element:
    """Base of every element kind. Not instantiated directly."""

    @classmethod
    def __attrs_init_subclass__(cls) -> None:
        # a subclass of an element kind (attrs makes it a new __init__) keeps the clear
        # errors: unknown fields with suggestions, bad values naming the element
        strict_kwargs(cls)

    kind: ClassVar[str] = "element"
    """Stable kind name used in JSON, rules and diagrams."""
    category: ClassVar[str] = "process"
    """DFD category: ``external``, ``process`` or ``store``."""
    default_phase: ClassVar[Phase] = Phase.INFERENCE

    name: str = attrs.field(validator=_name_validator, kw_only=False)
    id: str = attrs.field(default="", validator=_id)
    """Stable id, unique in a model; derived from the name when not given."""
    description: str = attrs.field(default="", validator=_text)
    controls: frozenset[Control] = attrs.field(factory=frozenset, converter=_controls)
    maturity: Maturity = attrs.field(default=Maturity.PRODUCTION, converter=_to_maturity_maturity)
    """Research or experimental components on a production path are findings."""
    tags: frozenset[str] = attrs.field(factory=frozenset, converter=_tags)
    internet_facing: bool = attrs.field(default=False, validator=_is_bool)
    """Reachable from the internet whatever the declared flows say: a listener on a public
    address, a port opened by default or by mistake, an admin UI behind a misconfigured
    proxy. For components you run; external kinds are outside already."""
    exclude: frozenset[Exclusion] = attrs.field(factory=frozenset, converter=_exclusions)
    """Rules that do not apply here, each with a reason: ``exclude={"rule-id": "why"}``."""
    declared_at: SourceLocation | None = attrs.field(
        default=None, eq=False, order=False, repr=False
    )

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", slugify(self.name))
        if self.declared_at is None:
            object.__setattr__(self, "declared_at", caller_location())

    def __rshift__(self, other: Element | Route) -> Route:
        """``a >> b >> c`` builds a :class:`Route`; ``tm.chain(route, data)`` adds its flows."""
        return Route((self,)) >> other

    def __rrshift__(self, other: object) -> Route:
        """``x >> element`` where ``x`` is no element (Data, an id): a clear error, not
        Python's "unsupported operand"."""
        raise _not_a_hop(other)

    def has(self, control: type[Control]) -> bool:
        """True when a control of this class (or a subclass) is attached."""
        return any(isinstance(c, control) for c in self.controls)

    @property
    def title(self) -> str:
        """``Support LLM (llm)``."""
        return f"{self.name} ({self.kind})"


@strict_kwargs
@attrs.frozen(kw_only=True)
class Actor(Element):
    """A person or system that uses the system: customer, analyst, labeler, admin.

    ``human=False`` for automated callers (a partner's batch job).
    """

    kind: ClassVar[str] = "actor"
    category: ClassVar[str] = "external"
    role: str = attrs.field(default="user", validator=_opt_str)
    human: bool = attrs.field(default=True, validator=_is_bool)
    privileged: bool = attrs.field(default=False, validator=_is_bool)
    """Administrators, ML engineers and others who can change the system."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class ExternalService(Element):
    """A third-party service outside your control: a hosted model API, a model hub,
    a package registry, a SaaS API or a remote tool server."""

    kind: ClassVar[str] = "external_service"
    category: ClassVar[str] = "external"
    provides: ExternalCategory = attrs.field(
        default=ExternalCategory.GENERIC, converter=_to_externalcategory_provides
    )


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataSource(Element):
    """Where data enters: a web crawl, a partner feed, user uploads, an internal system."""

    kind: ClassVar[str] = "data_source"
    category: ClassVar[str] = "external"
    default_phase: ClassVar[Phase] = Phase.DATA
    origin: Origin = attrs.field(default=Origin.INTERNAL, converter=_to_origin_origin)
    provides: frozenset[Data] = attrs.field(factory=frozenset, converter=_provided_data)


@strict_kwargs
@attrs.frozen(kw_only=True)
class DataStore(Element):
    """A database, bucket or file store. See also Dataset, FeatureStore, VectorStore."""

    kind: ClassVar[str] = "data_store"
    category: ClassVar[str] = "store"
    stores: frozenset[Data] = attrs.field(factory=frozenset, converter=_data_set)


@strict_kwargs
@attrs.frozen(kw_only=True)
class Dataset(DataStore):
    """A curated training, fine-tuning or evaluation dataset."""

    kind: ClassVar[str] = "dataset"
    default_phase: ClassVar[Phase] = Phase.DATA
    purpose: DatasetPurpose = attrs.field(
        default=DatasetPurpose.TRAINING, converter=_to_datasetpurpose_purpose
    )
    """``training``, ``fine-tuning`` or ``evaluation`` (a test or validation set)."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class FeatureStore(DataStore):
    """An offline and/or online feature store."""

    kind: ClassVar[str] = "feature_store"
    default_phase: ClassVar[Phase] = Phase.DATA
    online: bool = attrs.field(default=True, validator=_is_bool)


@strict_kwargs
@attrs.frozen(kw_only=True)
class VectorStore(DataStore):
    """A vector database: a RAG index or an agent's long-term memory."""

    kind: ClassVar[str] = "vector_store"
    memory: bool = attrs.field(default=False, validator=_is_bool)
    """True when it is an agent's memory that the agent writes to."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Pipeline(Element):
    """A data or ML pipeline step: ingestion, labeling, training, fine-tuning, CI/CD…"""

    kind: ClassVar[str] = "pipeline"
    stage: Stage = attrs.field(default=Stage.INGESTION, converter=_to_stage_stage)
    third_party_packages: bool = attrs.field(default=False, validator=_is_bool)
    """True when it installs third-party packages, containers or base images at run time."""

    @property
    def phase(self) -> Phase:
        """The lifecycle phase of this pipeline's stage."""
        return self.stage.phase


@strict_kwargs
@attrs.frozen(kw_only=True)
class Model(Element):
    """A machine-learning model at inference time (its stored artifact lives in a registry)."""

    kind: ClassVar[str] = "model"
    task: Task = attrs.field(default=Task.CLASSIFIER, converter=_to_task_task)
    origin: ModelOrigin = attrs.field(
        default=ModelOrigin.IN_HOUSE, converter=_to_modelorigin_origin
    )
    online_learning: bool = attrs.field(default=False, validator=_is_bool)
    """Learns from production traffic."""
    returns_scores: bool = attrs.field(default=False, validator=_is_bool)
    """Returns confidence scores, probabilities or logits to callers."""
    high_stakes: bool = attrs.field(default=False, validator=_is_bool)
    """Makes or drives decisions about people, money or safety."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class LLM(Model):
    """A large language model (or other generative model), with its system prompt."""

    kind: ClassVar[str] = "llm"
    task: Task = attrs.field(default=Task.GENERATIVE, converter=_to_task_task)


@strict_kwargs
@attrs.frozen(kw_only=True)
class ModelRegistry(Element):
    """A model registry or artifact store that serving loads models from."""

    kind: ClassVar[str] = "model_registry"
    category: ClassVar[str] = "store"
    default_phase: ClassVar[Phase] = Phase.REGISTRY
    stores: frozenset[Data] = attrs.field(factory=frozenset, converter=_data_set)


@strict_kwargs
@attrs.frozen(kw_only=True)
class Endpoint(Element):
    """An API or inference endpoint (or AI gateway) that callers reach."""

    kind: ClassVar[str] = "endpoint"
    purpose: EndpointPurpose = attrs.field(
        default=EndpointPurpose.INFERENCE, converter=_to_endpointpurpose_purpose
    )
    returns_scores: bool = attrs.field(default=False, validator=_is_bool)
    """Returns confidence scores, probabilities or logits to callers."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Agent(Element):
    """An LLM agent that plans and calls tools: a language model reads its task, tool
    results and retrieved content and decides what to call, so text in its context can
    steer it. A planner or optimiser that calls tools without a language model is a
    :class:`Service` (with the model it consults a :class:`Model`)."""

    kind: ClassVar[str] = "agent"
    autonomy: Autonomy | None = attrs.field(default=None, converter=_to_autonomy_autonomy)
    """Whether a person approves its steps: assistive (a person acts), supervised (a
    person approves consequential steps) or autonomous. None: not declared, so nothing
    counts as a person approving; declare it to say so."""
    memory: bool = attrs.field(default=False, validator=_is_bool)
    """Keeps long-term memory across sessions."""


@strict_kwargs
@attrs.frozen(kw_only=True)
class Tool(Element):
    """A tool, plugin, function or MCP server that an agent can call."""

    kind: ClassVar[str] = "tool"
    capabilities: frozenset[Capability] = attrs.field(
        factory=lambda: frozenset({Capability.READ}), converter=_to_capabilities
    )
    origin: ToolOrigin = attrs.field(
        default=ToolOrigin.FIRST_PARTY, converter=_to_toolorigin_origin
    )

    def can(self, capability: Capability | CapabilityValue) -> bool:
        """``tool.can("execute-code")``."""
        return Capability.parse(capability) in self.capabilities


@strict_kwargs
@attrs.frozen(kw_only=True)
class Service(Element):
    """A generic process: a web app, an orchestrator, an aggregation server."""

    kind: ClassVar[str] = "service"


@strict_kwargs
@attrs.frozen(kw_only=True)
class Device(Element):
    """An edge or on-device client, for example a phone in federated learning."""

    kind: ClassVar[str] = "device"
    category: ClassVar[str] = "external"
    fleet: bool = attrs.field(default=True, validator=_is_bool)
    """Stands for many devices, not one."""
    trains_locally: bool = attrs.field(default=False, validator=_is_bool)
    """Computes model updates on the device (federated learning)."""


KINDS: Mapping[str, type[Element]] = types.MappingProxyType(
    {
        cls.kind: cls
        for cls in (
            Actor,
            ExternalService,
            DataSource,
            DataStore,
            Dataset,
            FeatureStore,
            VectorStore,
            Pipeline,
            Model,
            LLM,
            ModelRegistry,
            Endpoint,
            Agent,
            Tool,
            Service,
            Device,
        )
    }
)
"""Kind name -> element class, for every built-in kind (read-only)."""


def kind_of(name: str) -> type[Element]:
    """The element class for a kind name, with a suggestion when it is unknown."""
    from threatgraph._util import did_you_mean

    try:
        return KINDS[name]
    except KeyError:
        hint = did_you_mean(name, KINDS)
        raise InvalidValueError(
            f"unknown element kind {name!r}" + (f"; {hint}" if hint else "")
        ) from None


# --------------------------------------------------------------------------- boundaries


@strict_kwargs
@attrs.frozen
class Boundary:
    """A trust boundary. ``parent`` is the id of the enclosing boundary, if any."""

    name: str = attrs.field(validator=_name_validator)
    trust: Trust = attrs.field(converter=_to_trust_trust, kw_only=True)
    id: str = attrs.field(default="", kw_only=True, validator=_id)
    parent: str | None = attrs.field(default=None, kw_only=True, validator=_opt_str)
    description: str = attrs.field(default="", kw_only=True, validator=_text)
    declared_at: SourceLocation | None = attrs.field(
        default=None, eq=False, order=False, repr=False, kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", slugify(self.name))
        if self.declared_at is None:
            object.__setattr__(self, "declared_at", caller_location())

    @property
    def label(self) -> str:
        """``Production VPC (internal)``."""
        return f"{self.name} ({self.trust.value})"


# --------------------------------------------------------------------------- flows


def _data_tuple(value: Any) -> tuple[Data, ...]:
    if type(value) is tuple and len(value) < 2:  # tm.flow(a, b, datum): nothing to sort
        if not value:
            return ()
        if isinstance(value[0], Data):
            return value
    if value is None:
        return ()
    if isinstance(value, Data):
        return (value,)
    if isinstance(value, str) or not isinstance(value, Iterable):
        raise InvalidTypeError.for_field("data", value, expected="Data values")
    out: list[Data] = []
    for item in value:
        if not isinstance(item, Data):
            raise InvalidTypeError.for_field(
                "data", item, expected="Data", hint='declare it as tg.Data("Prompt")'
            )
        if item not in out:
            out.append(item)
    return tuple(sorted(out, key=lambda d: d.id))


def _end(value: Any) -> str:
    if isinstance(value, Element):
        return value.id
    if isinstance(value, str) and value:
        return value
    raise InvalidTypeError.for_field("source/target", value, expected="an Element or an element id")


@strict_kwargs
@attrs.frozen
class Flow:
    """Data moving from one element to another.

    ``source`` and ``target`` are element ids (pass elements; their ids are taken).
    The id is derived from the ends and is made unique by the model at freeze time.
    """

    source: str = attrs.field(converter=_end)
    target: str = attrs.field(converter=_end)
    data: tuple[Data, ...] = attrs.field(default=(), converter=_data_tuple)
    protocol: str | None = attrs.field(default=None, kw_only=True, validator=_opt_str)
    controls: frozenset[Control] = attrs.field(factory=frozenset, converter=_controls, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True, validator=_opt_str)
    id: str = attrs.field(default="", kw_only=True, validator=_id)
    allow_self: bool = attrs.field(default=False, kw_only=True, validator=_is_bool)
    """Allow a flow from an element to itself (a feedback loop)."""
    exclude: frozenset[Exclusion] = attrs.field(
        factory=frozenset, converter=_exclusions, kw_only=True
    )
    declared_at: SourceLocation | None = attrs.field(
        default=None, eq=False, order=False, repr=False, kw_only=True
    )

    def __attrs_post_init__(self) -> None:
        if not self.id:
            object.__setattr__(self, "id", f"{self.source}->{self.target}")
        if self.declared_at is None:
            object.__setattr__(self, "declared_at", caller_location())

    def has(self, control: type[Control]) -> bool:
        """True when a control of this class (or a subclass) is attached."""
        return any(isinstance(c, control) for c in self.controls)

    @property
    def sensitivity(self) -> Sensitivity | None:
        """The highest sensitivity of the data carried, or None when it carries none."""
        return max((d.sensitivity for d in self.data), default=None)


@attrs.frozen
class Route:
    """A chain of elements built with ``>>``; a plain value with no side effects."""

    elements: tuple[Element, ...]

    def __rshift__(self, other: Element | Route) -> Route:
        if isinstance(other, Route):
            return Route(self.elements + other.elements)
        if isinstance(other, Element):
            return Route((*self.elements, other))
        raise _not_a_hop(other)

    def __rrshift__(self, other: object) -> Route:
        raise _not_a_hop(other)

    def hops(self) -> list[tuple[Element, Element]]:
        """Consecutive pairs."""
        return list(zip(self.elements, self.elements[1:], strict=False))


def _not_a_hop(other: object) -> InvalidTypeError:
    """The error for ``>>`` with something that is no element: Data (which goes as
    ``chain``'s second argument), an id, anything else."""
    if isinstance(other, Data):
        shown = f"Data {short_repr(other.name)}"
        hint = (
            "data goes as chain's second argument, as in "
            f"tm.chain(a >> b, tg.Data({short_repr(other.name)}))"
        )
    else:
        article = "an" if type(other).__name__[:1].lower() in "aeiou" else "a"
        shown = f"{short_repr(other)} that is {article} {type(other).__name__}"
        hint = (
            "use the element value that tm.add returned (tm.flow also takes ids: "
            f"tm.flow(a, {short_repr(other)}, ...))"
            if isinstance(other, str)
            else "write a >> b >> c with elements, and pass data to tm.chain(route, data)"
        )
    return InvalidTypeError(f"a route joins elements with >> (got {shown}); {hint}")


explain_frozen(Element, Data, Boundary, Flow)
