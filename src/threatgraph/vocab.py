"""The fixed vocabulary of a threat model: trust, sensitivity, STRIDE, phases, scales.

Every enum here has string values (so JSON stays readable) and the ordered ones
compare by their position in the declaration, not alphabetically::

    >>> Trust.UNTRUSTED < Trust.INTERNAL
    True
    >>> Severity.HIGH > Severity.MEDIUM
    True
    >>> Trust.parse("internal") is Trust.INTERNAL
    True
"""

from __future__ import annotations

import difflib
import enum
import types
from collections.abc import Iterable, Mapping
from typing import Any, Literal, TypeVar, cast

import threatgraph._data as _data
from threatgraph._util import did_you_mean
from threatgraph.errors import CatalogueError, InvalidTypeError, InvalidValueError

__all__ = [
    "Autonomy",
    "Capability",
    "DataKind",
    "EndpointPurpose",
    "ExternalCategory",
    "Framework",
    "Goal",
    "Impact",
    "Layer",
    "Level",
    "Likelihood",
    "Maturity",
    "ModelOrigin",
    "Origin",
    "Phase",
    "RiskProfile",
    "Sensitivity",
    "Serialization",
    "Severity",
    "Stage",
    "Status",
    "Stride",
    "Task",
    "ToolOrigin",
    "Trust",
]

E = TypeVar("E", bound="_Vocab")


class _Vocab(enum.Enum):
    """Base for the string-valued enums: lenient parsing with a helpful error."""

    @classmethod
    def parse(cls: type[E], value: Any, *, field: str | None = None, owner: str | None = None) -> E:
        """Return the member for ``value`` (a member, its value or its name, any case).

        Raises :class:`~threatgraph.errors.InvalidValueError` naming the field and
        suggesting the closest valid value, or
        :class:`~threatgraph.errors.InvalidTypeError` when ``value`` is neither a
        member nor a string.
        """
        if isinstance(value, cls):
            return value
        if not isinstance(value, str):
            raise InvalidTypeError.for_field(
                field or cls.__name__.lower(),
                value,
                expected=f"{cls.__name__} or one of its values as a str",
                owner=owner,
                hint=f"write {cls.__name__}.{next(iter(cls)).name} or {next(iter(cls)).value!r}",
            )
        key = _normalise(value)
        table = _TABLES.get(cls)
        if table is not None:
            found = table.get(key)
            if found is not None:
                return cast(E, found)
        else:  # a vocabulary defined elsewhere: its values and names, no aliases
            for member in cls:
                if key in (member.value, member.name.lower().replace("_", "-")):
                    return member
        valid = [m.value for m in cls]
        hint = None
        # names are accepted too (``inference`` for the phase): a misspelt short name
        # gets the short name back
        names = [m.name.lower().replace("_", "-") for m in cls]
        close = difflib.get_close_matches(value.lower(), [*valid, *names], n=1)
        if close:
            hint = f"did you mean {close[0]!r}?"
        raise InvalidValueError.for_field(
            field or cls.__name__.lower(),
            value,
            expected=f"{cls.__name__} (one of {', '.join(valid)})",
            owner=owner,
            hint=hint,
        )

    def __str__(self) -> str:
        return str(self.value)

    @property
    def label(self) -> str:
        """A human-readable label."""
        return str(self.value).replace("-", " ")


class _Ordered(_Vocab):
    """A vocabulary whose members are ordered by declaration."""

    _rank: int

    def __init__(self, *args: object) -> None:
        # runs once per member while the class is built: members so far = our position
        self._rank = len(type(self)._member_names_)

    @property
    def rank(self) -> int:
        """Position in the declaration, starting at 0."""
        return self._rank

    def __lt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank < other._rank

    def __le__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank <= other._rank

    def __gt__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank > other._rank

    def __ge__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return self._rank >= other._rank

    def __hash__(self) -> int:
        return hash((type(self).__name__, self.value))


class Trust(_Ordered):
    """How much a trust boundary's contents are trusted, lowest first."""

    UNTRUSTED = "untrusted"
    """The internet, end users, anything anyone can write to."""
    PARTNER = "partner"
    """Third parties under contract: vendors, partners, hosted model APIs."""
    INTERNAL = "internal"
    """The organisation's own network and services."""
    RESTRICTED = "restricted"
    """High-trust enclaves: training enclaves, key stores, production control planes."""


class Sensitivity(_Ordered):
    """Classification of a data asset, least sensitive first."""

    PUBLIC = "public"
    INTERNAL = "internal"
    CONFIDENTIAL = "confidential"
    PII = "pii"
    SECRET = "secret"
    REGULATED = "regulated"

    @property
    def is_personal(self) -> bool:
        """True for data about people (PII and regulated data such as PHI)."""
        return self in (Sensitivity.PII, Sensitivity.REGULATED)


class Level(_Ordered):
    """A low / medium / high rating, used for CIA requirements."""

    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Stride(_Vocab):
    """The six STRIDE threat categories."""

    SPOOFING = "spoofing"
    TAMPERING = "tampering"
    REPUDIATION = "repudiation"
    INFORMATION_DISCLOSURE = "information-disclosure"
    DENIAL_OF_SERVICE = "denial-of-service"
    ELEVATION_OF_PRIVILEGE = "elevation-of-privilege"

    @property
    def letter(self) -> str:
        """The single-letter abbreviation (S, T, R, I, D, E)."""
        return self.name[0]

    @classmethod
    def from_letters(cls, letters: str) -> frozenset[Stride]:
        """``Stride.from_letters("TI")`` -> {TAMPERING, INFORMATION_DISCLOSURE}."""
        by_letter = {m.letter: m for m in cls}
        out = set()
        for ch in letters.upper():
            if ch not in by_letter:
                raise InvalidValueError.for_field(
                    "stride", letters, expected="letters from STRIDE", hint="use S, T, R, I, D, E"
                )
            out.add(by_letter[ch])
        return frozenset(out)


class Phase(_Ordered):
    """The four lifecycle phases of an AI system, in lifecycle order."""

    DATA = "data-collection-and-preparation"
    TRAINING = "training-and-fine-tuning"
    REGISTRY = "model-registry-and-versioning"
    INFERENCE = "inference-and-serving"

    @property
    def title(self) -> str:
        """The phase's display title."""
        return _PHASE_TITLES[self.name]


_PHASE_TITLES: Mapping[str, str] = types.MappingProxyType(
    {
        "DATA": "Data collection & preparation",
        "TRAINING": "Training & fine-tuning",
        "REGISTRY": "Model registry & versioning",
        "INFERENCE": "Inference & serving",
    }
)


class Likelihood(_Ordered):
    """How likely a threat is to be realised, 1 (rare) to 5 (almost certain)."""

    RARE = "rare"
    UNLIKELY = "unlikely"
    POSSIBLE = "possible"
    LIKELY = "likely"
    ALMOST_CERTAIN = "almost-certain"

    @property
    def score(self) -> int:
        """1..5."""
        return self.rank + 1

    @classmethod
    def from_score(cls, score: int) -> Likelihood:
        """Clamp ``score`` to 1..5 and return the member."""
        return list(cls)[max(1, min(5, score)) - 1]


class Impact(_Ordered):
    """How bad a realised threat would be, 1 (negligible) to 5 (severe)."""

    NEGLIGIBLE = "negligible"
    MINOR = "minor"
    MODERATE = "moderate"
    MAJOR = "major"
    SEVERE = "severe"

    @property
    def score(self) -> int:
        """1..5."""
        return self.rank + 1

    @classmethod
    def from_score(cls, score: int) -> Impact:
        """Clamp ``score`` to 1..5 and return the member."""
        return list(cls)[max(1, min(5, score)) - 1]


class Severity(_Ordered):
    """Priority band of a finding; ``INFO`` is for notes that carry no risk."""

    INFO = "info"
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"
    CRITICAL = "critical"


class RiskProfile(_Vocab):
    """How much assurance the system needs."""

    HIGH = "high"
    """Redundant safeguards, human in the loop for high-stakes decisions, red teaming."""
    LOW = "low"
    """Basic validation, access control, logging and periodic review."""


class Stage(_Ordered):
    """What a pipeline does, in lifecycle order."""

    INGESTION = "ingestion"
    LABELING = "labeling"
    PREPROCESSING = "preprocessing"
    TRAINING = "training"
    FINE_TUNING = "fine-tuning"
    EVALUATION = "evaluation"
    DEPLOYMENT = "deployment"

    @property
    def phase(self) -> Phase:
        """The lifecycle phase this stage belongs to."""
        if self in (Stage.INGESTION, Stage.LABELING, Stage.PREPROCESSING):
            return Phase.DATA
        if self in (Stage.TRAINING, Stage.FINE_TUNING, Stage.EVALUATION):
            return Phase.TRAINING
        return Phase.REGISTRY


class Origin(_Vocab):
    """Where a data source's content comes from."""

    PUBLIC_WEB = "public-web"
    PUBLIC_DATASET = "public-dataset"
    USER_UPLOAD = "user-upload"
    PARTNER = "partner"
    VENDOR = "vendor"
    INTERNAL = "internal"
    SYNTHETIC = "synthetic"

    @property
    def untrusted(self) -> bool:
        """True when anyone outside the organisation can influence the content."""
        return self in (Origin.PUBLIC_WEB, Origin.PUBLIC_DATASET, Origin.USER_UPLOAD)

    @property
    def external(self) -> bool:
        """True when the content comes from outside the organisation."""
        return self not in (Origin.INTERNAL, Origin.SYNTHETIC)


class ModelOrigin(_Vocab):
    """Where a model's weights come from."""

    IN_HOUSE = "in-house"
    OPEN_WEIGHTS = "open-weights"
    THIRD_PARTY_API = "third-party-api"


class Task(_Vocab):
    """What a model does."""

    CLASSIFIER = "classifier"
    REGRESSOR = "regressor"
    RANKER = "ranker"
    EMBEDDING = "embedding"
    GENERATIVE = "generative"
    DETECTOR = "detector"
    VERIFICATION = "verification"
    """Decides whether a person is who they claim (face match, liveness, document checks)."""

    @property
    def predictive(self) -> bool:
        """Classifiers, regressors, rankers and detectors."""
        return self not in (Task.GENERATIVE, Task.EMBEDDING)


class EndpointPurpose(_Vocab):
    """Whether an endpoint serves model inference or a general API."""

    INFERENCE = "inference"
    API = "api"


class DatasetPurpose(_Vocab):
    """What a dataset is kept for. What trains on a dataset is read from the flows; the
    purpose says whether a set is a test set."""

    TRAINING = "training"
    """Examples a model is trained on."""
    FINE_TUNING = "fine-tuning"
    """Examples a model is fine-tuned on."""
    EVALUATION = "evaluation"
    """A test or validation set: models are scored on it. It changes which model serves
    only where the job that scores on it gates a promotion."""


class Autonomy(_Ordered):
    """How much an agent does without a person, least first."""

    ASSISTIVE = "assistive"
    """Suggests; a person acts."""
    SUPERVISED = "supervised"
    """Acts, but a person approves consequential steps."""
    AUTONOMOUS = "autonomous"
    """Plans and acts on its own."""


APPROVED_AUTONOMIES = frozenset({Autonomy.ASSISTIVE, Autonomy.SUPERVISED})
"""Declared autonomies under which a person approves (or takes) an agent's consequential
steps."""


class Capability(_Vocab):
    """What a tool can do."""

    READ = "read"
    WRITE = "write"
    DELETE = "delete"
    EXECUTE_CODE = "execute-code"
    NETWORK_EGRESS = "network-egress"
    MONEY_MOVEMENT = "money-movement"
    SEND_MESSAGES = "send-messages"

    @property
    def consequential(self) -> bool:
        """Capabilities with side effects on the world."""
        return self is not Capability.READ


class ToolOrigin(_Vocab):
    """Who wrote and runs a tool."""

    FIRST_PARTY = "first-party"
    THIRD_PARTY = "third-party"


class ExternalCategory(_Vocab):
    """What an external service provides."""

    GENERIC = "generic"
    MODEL_API = "model-api"
    MODEL_HUB = "model-hub"
    PACKAGE_REGISTRY = "package-registry"
    DATA_PROVIDER = "data-provider"
    TOOL_SERVER = "tool-server"
    IDENTITY_PROVIDER = "identity-provider"
    CONTAINER_REGISTRY = "container-registry"
    """Pulls container or base images (Docker Hub, a cloud registry)."""


class DataKind(_Vocab):
    """What a data asset is. What a flow carries, more than the kinds of its ends,
    decides which threats apply to it."""

    RECORDS = "records"
    """Business or personal records: transactions, tickets, customer files."""
    TRAINING_DATA = "training-data"
    """Examples a model is trained, fine-tuned or evaluated on."""
    LABELS = "labels"
    """Labels or annotations attached to training examples."""
    FEATURES = "features"
    """Feature values computed for training or for a prediction."""
    FEEDBACK = "feedback"
    """Outcomes, ratings or corrections of production decisions, kept to retrain on."""
    PROMPT = "prompt"
    """A prompt, question or query someone sends to a model or agent."""
    MODEL_OUTPUT = "model-output"
    """What a model returns: completions, predictions, scores, confidence values."""
    RETRIEVED_CONTEXT = "retrieved-context"
    """Documents or chunks retrieved into a model's context."""
    EMBEDDINGS = "embeddings"
    """Vectors computed from content."""
    MODEL_ARTIFACT = "model-artifact"
    """Model weights or a serialized model, adapters included; see ``Serialization``."""
    CODE = "code"
    """Source code, notebooks, scripts, packages or images that will be run."""
    TOOL_CALL = "tool-call"
    """A tool or function call with its arguments."""
    TOOL_RESULT = "tool-result"
    """What a tool returns into an agent's context."""
    INSTRUCTIONS = "instructions"
    """Text an LLM or agent takes as its own instructions: system prompts, rules files,
    skills, context files, agent configuration."""
    CREDENTIALS = "credentials"
    """Passwords, API keys, tokens, keys."""
    LOGS = "logs"
    """Logs, traces and telemetry."""
    DOCUMENTS = "documents"
    """Documents, web pages, e-mails and messages as content."""
    MEDIA = "media"
    """Images, audio or video, camera and microphone captures included."""


class Serialization(_Vocab):
    """How a model artifact is serialized, which decides whether loading it can run code."""

    PICKLE = "pickle"
    """Python pickle, and what builds on it: joblib, ``torch.save`` checkpoints (.pt, .bin)."""
    KERAS = "keras"
    """Keras/HDF5 files, whose Lambda layers run code when loaded."""
    SAVEDMODEL = "savedmodel"
    """TensorFlow SavedModel graphs, which can call file and network operations."""
    ONNX = "onnx"
    SAFETENSORS = "safetensors"
    GGUF = "gguf"
    UNKNOWN = "unknown"
    """Not known; treated as able to run code, as the worst case."""

    @property
    def runs_code_on_load(self) -> bool:
        """True when loading an artifact in this format can execute code it carries."""
        return self in (
            Serialization.PICKLE,
            Serialization.KERAS,
            Serialization.SAVEDMODEL,
            Serialization.UNKNOWN,
        )


class Maturity(_Vocab):
    """How production-ready a component is."""

    PRODUCTION = "production"
    EXPERIMENTAL = "experimental"
    RESEARCH = "research"


class Layer(_Vocab):
    """Where a control acts."""

    DATA = "data"
    MODEL = "model"
    DEPLOYMENT = "deployment"
    PROCESS = "process"


class Status(_Vocab):
    """What has been decided about a finding."""

    OPEN = "open"
    MITIGATED = "mitigated"
    ACCEPTED = "accepted"
    FALSE_POSITIVE = "false-positive"
    NOT_APPLICABLE = "not-applicable"


class Goal(_Vocab):
    """What a threat actor wants."""

    EXTRACT_DATA = "extract-data"
    DEGRADE_MODEL = "degrade-model"
    BYPASS_SAFEGUARDS = "bypass-safeguards"
    STEAL_MODEL = "steal-model"
    DISRUPT_SERVICE = "disrupt-service"
    ABUSE_AUTOMATION = "abuse-automation"


class Framework(_Vocab):
    """Compliance frameworks a system can be declared to meet."""

    SOC2 = "soc2"
    HIPAA = "hipaa"
    EU_AI_ACT_HIGH_RISK = "eu-ai-act-high-risk"
    GDPR = "gdpr"
    PCI_DSS = "pci-dss"

    @property
    def title(self) -> str:
        """Display title."""
        return {
            "SOC2": "SOC 2",
            "HIPAA": "HIPAA",
            "EU_AI_ACT_HIGH_RISK": "EU AI Act (high-risk system)",
            "GDPR": "GDPR",
            "PCI_DSS": "PCI DSS",
        }[self.name]


def _normalise(text: str) -> str:
    """The form :meth:`_Vocab.parse` compares: trimmed, lower case, ``-`` for ``_`` and spaces."""
    return text.strip().lower().replace("_", "-").replace(" ", "-")


def _vocabularies() -> Mapping[str, type[_Vocab]]:
    """Every vocabulary (with members) defined in this module, by class name."""
    return {
        value.__name__: value
        for value in globals().values()
        if isinstance(value, type)
        and issubclass(value, _Vocab)
        and value.__module__ == __name__
        and len(value.__members__)
    }


def load_aliases(
    text: str, source: str = "<aliases>"
) -> Mapping[type[_Vocab], Mapping[_Vocab, tuple[str, ...]]]:
    """The aliases in ``text`` (the JSON of ``data/aliases.json``): enum -> member -> aliases.

    The file maps an enum's class name to member values to the other words
    :meth:`_Vocab.parse` accepts for that member. Raises CatalogueError, naming
    ``source``, the enum and the member, for an unknown enum or member value, an
    alias not written in the form ``parse`` compares (lower case, ``-``), an alias
    given twice, or an alias that is already a word (value, name or alias) for
    another member of the same enum.
    """
    raw = _data.parse(text, source)
    if not isinstance(raw, dict):
        raise CatalogueError(f"{source}: must be an object keyed by enum class name")
    problems = _data.Problems(source)
    vocabularies = _vocabularies()
    conv = _data.converter()
    out: dict[type[_Vocab], Mapping[_Vocab, tuple[str, ...]]] = {}
    for enum_name, members in raw.items():
        cls = vocabularies.get(enum_name)
        if cls is None:
            problems.add(enum_name, "no vocabulary has this name" + _hint(enum_name, vocabularies))
            continue
        if not isinstance(members, dict):
            problems.add(enum_name, "must be an object keyed by member value")
            continue
        by_value = {m.value: m for m in cls}
        # every word parse() takes for this enum -> its member; an alias may repeat its own
        # member's name (Phase.DATA is "data" either way), not another member's words
        claimed: dict[str, _Vocab] = {}
        for m in cls:
            claimed.setdefault(m.value, m)
            claimed.setdefault(m.name.lower().replace("_", "-"), m)
        table: dict[_Vocab, tuple[str, ...]] = {}
        for value, items in members.items():
            where = f"{enum_name}.{value}"
            target = by_value.get(value)
            if target is None:
                problems.add(
                    where, f"{enum_name} has no member of this value" + _hint(value, by_value)
                )
                continue
            aliases = problems.structure(conv, items, tuple[str, ...], where)
            if aliases is None:
                continue
            for alias in aliases:
                if not alias or alias != _normalise(alias):
                    form = _normalise(alias)
                    problems.add(where, f"{alias!r} is not in the form parse() compares ({form!r})")
                owner = claimed.setdefault(alias, target)
                if owner is not target:
                    problems.add(where, f"{alias!r} is already a word for {owner.value!r}")
            if len(set(aliases)) != len(aliases):
                problems.add(where, "an alias is given twice")
            table[target] = aliases
        out[cls] = types.MappingProxyType(table)
    problems.check()
    return types.MappingProxyType(out)


def _hint(word: str, choices: Iterable[str]) -> str:
    hint = did_you_mean(word, choices)
    return f"; {hint}" if hint else ""


def _lookup_table(
    cls: type[_Vocab], aliases: Mapping[_Vocab, tuple[str, ...]]
) -> Mapping[str, _Vocab]:
    """What :meth:`_Vocab.parse` accepts for ``cls``, each normalised key to its member.

    The first member (in declaration order) to claim a key keeps it.
    """
    table: dict[str, _Vocab] = {}
    for member in cls:
        for key in (member.value, member.name.lower().replace("_", "-"), *aliases.get(member, ())):
            table.setdefault(key, member)
    return types.MappingProxyType(table)


def _lookup_tables() -> Mapping[type[_Vocab], Mapping[str, _Vocab]]:
    aliases = load_aliases(*_data.read("aliases.json"))
    return types.MappingProxyType(
        {
            cls: _lookup_table(cls, aliases.get(cls, types.MappingProxyType({})))
            for cls in _vocabularies().values()
        }
    )


_TABLES: Mapping[type[_Vocab], Mapping[str, _Vocab]] = _lookup_tables()
"""Each vocabulary's accepted words (values, names and the aliases in data/aliases.json)."""


# --------------------------------------------------------------------------- typing
#
# What a parameter that takes a vocabulary accepts, spelt for type checkers: the
# member, or its value as a string literal. An editor completes the values and mypy
# rejects a misspelt one (``trust="untrustd"``); at run time ``parse`` also accepts
# member names and the aliases in data/aliases.json. tests/test_typing.py checks that
# every list below is exactly its enum's values. They are importable from here
# (``from threatgraph.vocab import TrustValue``) but not in ``__all__``, which
# lists the vocabularies themselves.

TrustValue = Literal["untrusted", "partner", "internal", "restricted"]
SensitivityValue = Literal["public", "internal", "confidential", "pii", "secret", "regulated"]
LevelValue = Literal["low", "medium", "high"]
SeverityValue = Literal["info", "low", "medium", "high", "critical"]
RiskProfileValue = Literal["high", "low"]
StageValue = Literal[
    "ingestion", "labeling", "preprocessing", "training", "fine-tuning", "evaluation", "deployment"
]
OriginValue = Literal[
    "public-web", "public-dataset", "user-upload", "partner", "vendor", "internal", "synthetic"
]
ModelOriginValue = Literal["in-house", "open-weights", "third-party-api"]
TaskValue = Literal[
    "classifier", "regressor", "ranker", "embedding", "generative", "detector", "verification"
]
EndpointPurposeValue = Literal["inference", "api"]
DatasetPurposeValue = Literal["training", "fine-tuning", "evaluation"]
AutonomyValue = Literal["assistive", "supervised", "autonomous"]
CapabilityValue = Literal[
    "read",
    "write",
    "delete",
    "execute-code",
    "network-egress",
    "money-movement",
    "send-messages",
]
ToolOriginValue = Literal["first-party", "third-party"]
ExternalCategoryValue = Literal[
    "generic",
    "model-api",
    "model-hub",
    "package-registry",
    "data-provider",
    "tool-server",
    "identity-provider",
    "container-registry",
]
DataKindValue = Literal[
    "records",
    "training-data",
    "labels",
    "features",
    "feedback",
    "prompt",
    "model-output",
    "retrieved-context",
    "embeddings",
    "model-artifact",
    "code",
    "tool-call",
    "tool-result",
    "instructions",
    "credentials",
    "logs",
    "documents",
    "media",
]
SerializationValue = Literal[
    "pickle", "keras", "savedmodel", "onnx", "safetensors", "gguf", "unknown"
]
MaturityValue = Literal["production", "experimental", "research"]
GoalValue = Literal[
    "extract-data",
    "degrade-model",
    "bypass-safeguards",
    "steal-model",
    "disrupt-service",
    "abuse-automation",
]
FrameworkValue = Literal["soc2", "hipaa", "eu-ai-act-high-risk", "gdpr", "pci-dss"]

LITERALS: Mapping[type[_Vocab], Any] = types.MappingProxyType(
    {
        Trust: TrustValue,
        Sensitivity: SensitivityValue,
        Level: LevelValue,
        Severity: SeverityValue,
        RiskProfile: RiskProfileValue,
        Stage: StageValue,
        Origin: OriginValue,
        ModelOrigin: ModelOriginValue,
        Task: TaskValue,
        EndpointPurpose: EndpointPurposeValue,
        DatasetPurpose: DatasetPurposeValue,
        Autonomy: AutonomyValue,
        Capability: CapabilityValue,
        ToolOrigin: ToolOriginValue,
        ExternalCategory: ExternalCategoryValue,
        DataKind: DataKindValue,
        Serialization: SerializationValue,
        Maturity: MaturityValue,
        Goal: GoalValue,
        Framework: FrameworkValue,
    }
)
"""Each vocabulary that parameters take -> the Literal of its values (read-only)."""
