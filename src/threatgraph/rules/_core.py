"""Rules: plain typed functions with their metadata recorded by a decorator.

A rule looks at one thing (an element, a flow, the paths of the graph, or the
model as a whole) through a read-only view and says whether a threat applies::

    from threatgraph import rules as r, controls as c
    from threatgraph.elements import LLM

    @r.rule(
        "my/llm-needs-eval",
        title="LLM without evaluation",
        stride="T",
        phases="inference",
        applies_to=r.on_element(LLM),
        mitigations=[c.ModelValidation],
        likelihood="possible",
        impact="moderate",
    )
    def llm_needs_eval(view: r.ElementView) -> str | None:
        '''Explain the threat here: the docstring is the rule's description.'''
        return f"{view.name} is served without a recorded evaluation."

The function returns ``None``/``False`` (no threat), ``True`` or a string
(a threat on the viewed target, the string explaining it), a :class:`Match`,
or an iterable of Matches (path and model rules, which pick their targets).

Rules never look at controls to decide whether they fire: controls are
counted by the engine, in the places the rule's ``placement`` names, and
turn a finding *mitigated* (primary controls) or lower its likelihood
(supporting controls). That is what keeps "adding a control never makes
things worse" true.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any, Literal, TypeVar

import attrs

from threatgraph.controls import Control
from threatgraph.elements import Element
from threatgraph.errors import CatalogueError
from threatgraph.findings import Target
from threatgraph.vocab import Impact, Likelihood, Phase, Stride

__all__ = [
    "ElementScope",
    "FlowScope",
    "Match",
    "ModelScope",
    "Need",
    "PathScope",
    "Placement",
    "RequirementScope",
    "Rule",
    "on_element",
    "on_flow",
    "on_model",
    "on_paths",
    "requirement",
    "rule",
]

F = TypeVar("F", bound=Callable[..., Any])

Placement = Literal[
    "element", "inbound", "outbound", "flow", "source", "target", "path", "upstream", "model"
]
"""Where a control has to sit to count for a finding:

- ``element``: on the target element itself;
- ``inbound`` / ``outbound``: on any flow into / out of the target element;
- ``flow``: on the target flow; ``source`` / ``target``: on the flow's ends;
- ``path``: on any element or flow along the target path;
- ``upstream``: on the target (a flow's receiver, a path's last element) or on any
  element or flow from which flows lead to it (its whole lineage);
- ``model``: anywhere in the model (model-wide rules).
"""

_VALID_PLACEMENTS = frozenset(
    ("element", "inbound", "outbound", "flow", "source", "target", "path", "upstream", "model")
)
_RULE_ID = re.compile(r"^[a-z0-9][a-z0-9._-]*(/[a-z0-9][a-z0-9._-]*)+$")
_ATLAS = re.compile(r"^AML\.T\d{4}(\.\d{3})?$")
_OWASP = re.compile(r"^(LLM|ML|ASI)\d{2}:\d{4}$|^AGT-T\d{1,2}$")
_CWE = re.compile(r"^CWE-\d+$")


@attrs.frozen
class ElementScope:
    """The rule runs once per element of these kinds (subclasses included)."""

    kinds: tuple[type[Element], ...]

    def describe(self) -> str:
        """``element: llm, agent``."""
        return "element: " + ", ".join(k.kind for k in self.kinds)


@attrs.frozen
class FlowScope:
    """The rule runs once per flow whose ends match.

    ``source``/``target``: element kinds (None: any). ``crossing``: True for
    flows between different boundaries only. ``inbound``: True for flows from
    lower to higher trust only; False for flows that are not inbound.
    """

    source: tuple[type[Element], ...] | None = None
    target: tuple[type[Element], ...] | None = None
    crossing: bool | None = None
    inbound: bool | None = None

    def describe(self) -> str:
        """``flow: actor -> llm (crossing)``."""
        src = "any" if self.source is None else " | ".join(k.kind for k in self.source)
        tgt = "any" if self.target is None else " | ".join(k.kind for k in self.target)
        extra = []
        if self.crossing is not None:
            extra.append("crossing" if self.crossing else "not crossing")
        if self.inbound is not None:
            extra.append("inbound" if self.inbound else "not inbound")
        return f"flow: {src} -> {tgt}" + (f" ({', '.join(extra)})" if extra else "")


@attrs.frozen
class PathScope:
    """The rule runs once per analysis with a :class:`~threatgraph.rules.views.GraphView`."""

    description: str = "paths"

    def describe(self) -> str:
        """``path: ...``."""
        return f"path: {self.description}"


@attrs.frozen
class ModelScope:
    """The rule runs once per analysis, on the model as a whole."""

    def describe(self) -> str:
        """``model``."""
        return "model"


_SOURCES = re.compile(r"^(profile:(any|low|high)|framework:[a-z0-9-]+)$")


@attrs.frozen
class RequirementScope:
    """A requirement: evaluated once per analysis, when its source applies to the model.

    ``source`` is ``profile:any`` (every model), ``profile:high`` / ``profile:low``
    (models with that risk profile) or ``framework:<name>`` (models that declare the
    framework, such as ``framework:hipaa``).
    """

    source: str

    def describe(self) -> str:
        """``requirement (profile:high)``."""
        return f"requirement ({self.source})"


Scope = ElementScope | FlowScope | PathScope | ModelScope | RequirementScope


def _kinds(
    kinds: Sequence[type[Element]] | type[Element] | None,
) -> tuple[type[Element], ...] | None:
    if kinds is None:
        return None
    items = (kinds,) if isinstance(kinds, type) else tuple(kinds)
    for k in items:
        if not (isinstance(k, type) and issubclass(k, Element)):
            raise CatalogueError(f"{k!r} is not an element class")
    return items


def on_element(*kinds: type[Element]) -> ElementScope:
    """Apply to every element of these kinds (subclasses included)."""
    if not kinds:
        raise CatalogueError("on_element() needs at least one element kind")
    checked = _kinds(kinds)
    assert checked is not None
    return ElementScope(checked)


def on_flow(
    source: Sequence[type[Element]] | type[Element] | None = None,
    target: Sequence[type[Element]] | type[Element] | None = None,
    *,
    crossing: bool | None = None,
    inbound: bool | None = None,
) -> FlowScope:
    """Apply to every flow whose source and target are of these kinds."""
    return FlowScope(_kinds(source), _kinds(target), crossing, inbound)


def on_paths(description: str = "paths") -> PathScope:
    """Apply once per analysis to the graph; the rule returns Matches with path targets."""
    return PathScope(description)


def on_model() -> ModelScope:
    """Apply once per analysis to the model as a whole."""
    return ModelScope()


@attrs.frozen
class Match:
    """A threat a rule found, with anything it wants to say beyond the defaults.

    Args:
        explanation: a short, specific sentence naming the elements involved.
        target: required for path and model rules; element and flow rules
            default to the viewed element or flow.
        likelihood_delta / impact_delta: adjustments (-2..+2) the rule knows
            about, such as "the endpoint returns confidence scores".
        control_sites: element or flow ids where controls count, overriding the
            rule's placement (path rules use it to name the path's hops). An
            item may itself be a tuple of ids: a group that many findings share
            (say, every training site upstream of a model). Pass the same tuple
            object each time and the engine gathers the group's controls once.
    """

    explanation: str
    target: Target | None = None
    likelihood_delta: int = 0
    impact_delta: int = 0
    control_sites: tuple[str | tuple[str, ...], ...] | None = None
    affected: tuple[Target | str, ...] = ()
    """Every other place the same root cause touches (element or flow ids, or Targets):
    entry paths, the other leg of a call, each actor's flow. The finding lists them; its
    id depends only on the target."""
    atlas: tuple[str, ...] | None = None
    """The ATLAS techniques this finding earns, when the rule knows better than its
    defaults (each must be one the rule declares)."""
    owasp: tuple[str, ...] | None = None
    """The OWASP ids this finding earns (each declared by the rule)."""
    cwe: tuple[str, ...] | None = None
    """The CWE ids this finding earns (each declared by the rule)."""
    asks: tuple[type[Control], ...] | None = None
    """The rule's mitigations that fit this target, when not all do (no mutual TLS for
    people in browsers); each must be one the rule declares. Present controls of the
    others still count."""
    basis: str | None = None
    """Set when the match rests on an inference (what a flow carries, taken from the
    kinds of its ends), saying what to declare to confirm it."""
    reached_through: tuple[str, ...] = ()
    """Element ids through which attackers get at the target when that is not by
    reaching it themselves (the agent that reads a credential store): the threat
    actors who reach them count as well as those who reach the target (in the
    finding's actors and its score); the exposure stays the target's."""
    reduces_only: tuple[type[Control], ...] = ()
    """Mitigations of the rule that only lower this finding, as a supporting control
    does, because the target makes them weaker here (a person approving drafts of a
    high-stakes model relies on them: that review lowers the odds of a wrong answer
    getting through, a check against the sources closes it). Each must be one the rule
    declares as a mitigation."""
    uncounted: tuple[type[Control], ...] = ()
    """Mitigations of the rule that do not count for this finding even where they are
    declared, because what the target declares does not do their job here (a person
    approving only the refunds above a threshold, where the harm is the refunds below
    it). The finding is scored as if they were absent, and still asks for them. Each
    must be one the rule declares as a mitigation or a supporting control."""


@attrs.frozen
class Need:
    """A place a requirement applies to, from a requirement rule.

    Args:
        place: the element or flow id that needs it.
        why: a short reason, shown where it is missing.
        met_by: a declared fact that satisfies the requirement here (``"autonomy is
            supervised"``); None when only a control can.
        sites: more element or flow ids where a satisfying control counts for this place
            (a review step in the service that relays a model's answers to people).
        unmet: the design itself shows the requirement is not met here, whatever
            controls are declared (an approval declared only for steps above a
            threshold); ``why`` says how.
        left_out: the requirement looks at this place and leaves it out, for the
            reason given (a registry of weights worth little to a thief): neither met
            nor missing, and the report says so, so that "met" never silently covers
            fewer places than its title names.
    """

    place: str
    why: str = ""
    met_by: str | None = None
    sites: tuple[str, ...] = ()
    unmet: bool = False
    left_out: str = ""


def _stride(value: Any) -> frozenset[Stride]:
    if isinstance(value, str) and value and set(value.upper()) <= set("STRIDE"):
        return Stride.from_letters(value)
    if isinstance(value, (str, Stride)):
        return frozenset((Stride.parse(value),))
    return frozenset(Stride.parse(v) for v in value)


def _phases(value: Any) -> tuple[Phase, ...]:
    if isinstance(value, (str, Phase)):
        value = (value,)
    return tuple(sorted({Phase.parse(v) for v in value}))


def _control_classes(value: Any) -> tuple[type[Control], ...]:
    from threatgraph.controls import lookup

    out: list[type[Control]] = []
    for item in value or ():
        cls = lookup(item) if isinstance(item, str) else item
        if not (isinstance(cls, type) and issubclass(cls, Control)):
            raise CatalogueError(f"{item!r} is not a control class")
        if cls not in out:
            out.append(cls)
    return tuple(out)


@attrs.frozen(eq=False)
class Rule:
    """A rule and its metadata. Build one with the :func:`rule` decorator."""

    id: str
    title: str
    description: str
    stride: frozenset[Stride]
    phases: tuple[Phase, ...]
    scope: Scope
    check: Callable[..., Any] = attrs.field(repr=False)
    atlas: tuple[str, ...] = ()
    owasp: tuple[str, ...] = ()
    cwe: tuple[str, ...] = ()
    mitigations: tuple[type[Control], ...] = ()
    """Primary controls: in the right place, they mitigate the threat."""
    supporting: tuple[type[Control], ...] = ()
    """Supporting controls: each lowers the likelihood."""
    likelihood: Likelihood = Likelihood.POSSIBLE
    impact: Impact = Impact.MODERATE
    cia: str = ""
    """The security properties at stake, as letters from ``CIA``."""
    placement: tuple[Placement, ...] = ()
    threat: str | None = None
    """The slug of the reference threat this rule covers, when there is one."""
    informational: bool = False
    """An informational rule's findings are always severity INFO."""
    accidental: bool = False
    """The threat comes about with no attacker (a model that is simply wrong at times):
    how close attackers are to the target, and who they are, do not change its
    likelihood."""
    adaptive: bool = False
    """The attacker rewords until partial measures let it through (prompt injection
    against input filters and guardrails): with no primary control present, the
    supporting controls together lower the likelihood one step, not one step each."""
    examples: tuple[str, ...] = ()
    family: str = ""
    """The threat family: rules that describe the same threat on the same asset share
    one and raise it once (the finding id is family + target). Defaults to the id."""
    specificity: int = 0
    """Within a family, the rule with the highest specificity explains the finding."""
    raises: bool = True
    """For requirements: whether an unmet requirement also raises a finding. Checklist
    items that threats already cover (input validation, access control) are reported
    with the requirements only."""
    lands_on: tuple[type[Element], ...] = ()
    """Kinds of element besides those it applies to that its findings may be placed on
    (a poisoning finding found from a training job lands on the dataset the data enters
    by): ``threatgraph rules --kind`` lists the rule for them too."""

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self.check(*args, **kwargs)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Rule) and other.id == self.id

    def __hash__(self) -> int:
        return hash(("rule", self.id))

    @property
    def kind(self) -> str:
        """``element``, ``flow``, ``path``, ``model`` or ``requirement``."""
        return {
            ElementScope: "element",
            FlowScope: "flow",
            PathScope: "path",
            ModelScope: "model",
            RequirementScope: "requirement",
        }[type(self.scope)]

    @property
    def is_requirement(self) -> bool:
        """True for requirements of a risk profile or a compliance framework."""
        return isinstance(self.scope, RequirementScope)

    @property
    def family_id(self) -> str:
        """The family, or the id when the rule has none."""
        return self.family or self.id

    @property
    def stride_letters(self) -> str:
        """``TI``."""
        return "".join(
            s.letter for s in sorted(self.stride, key=lambda s: "STRIDE".index(s.letter))
        )

    @property
    def references(self) -> tuple[str, ...]:
        """Every taxonomy id."""
        return (*self.atlas, *self.owasp, *self.cwe)

    def applies_text(self) -> str:
        """What the rule runs on, and where else its findings may be placed:
        ``element: pipeline, model; findings also on: dataset, feature_store``."""
        text = self.scope.describe()
        if self.lands_on:
            text += "; findings also on: " + ", ".join(k.kind for k in self.lands_on)
        return text

    def effective_placement(self) -> tuple[Placement, ...]:
        """The placement, with the default for the rule kind when none was given."""
        if self.placement:
            return self.placement
        return {
            "element": ("element",),
            "flow": ("flow", "target"),
            "path": ("path",),
            "model": ("model",),
            "requirement": ("element",),
        }[self.kind]  # type: ignore[return-value]


def _naming_problems(id: str, desc: str, title: str) -> list[str]:
    """What is wrong with a rule's id, description and title."""
    problems = []
    if not _RULE_ID.match(id):
        problems.append(f"id {id!r} must look like 'family/name' (lowercase, digits, - . _)")
    if not desc:
        problems.append("needs a description (a docstring)")
    if not title:
        problems.append("needs a title")
    return problems


def _scope_problems(family: str | None, applies_to: Scope, cia: str) -> list[str]:
    """What is wrong with a rule's family, requirement source and CIA letters."""
    problems = []
    if family is not None and not _RULE_ID.match(family):
        problems.append(f"family {family!r} must look like a rule id ('family/name')")
    if isinstance(applies_to, RequirementScope) and not _SOURCES.match(applies_to.source):
        problems.append(
            f"requirement source {applies_to.source!r} must be profile:any, profile:low, "
            "profile:high or framework:<name>"
        )
    if cia and not set(cia) <= set("CIA"):
        problems.append(f"cia {cia!r} must use the letters C, I, A")
    return problems


def _reference_problems(
    atlas: tuple[str, ...], owasp: tuple[str, ...], cwe: tuple[str, ...]
) -> list[str]:
    """Taxonomy ids that do not look like ATLAS, OWASP (with year) or CWE ids."""
    return [
        *(
            f"ATLAS id {r!r} must look like AML.T0051 or AML.T0051.000"
            for r in atlas
            if not _ATLAS.match(r)
        ),
        *(
            f"OWASP id {r!r} must carry its year, like LLM01:2025"
            for r in owasp
            if not _OWASP.match(r)
        ),
        *(f"CWE id {r!r} must look like CWE-79" for r in cwe if not _CWE.match(r)),
    ]


@attrs.frozen
class _RuleSpec:
    """The arguments of :func:`rule`, checked and turned into a Rule once the function is known."""

    id: str
    title: str | None
    applies_to: Scope
    threat: str | None
    stride: Any
    phases: Any
    atlas: Iterable[str] | None
    owasp: Iterable[str] | None
    cwe: Iterable[str] | None
    mitigations: Iterable[type[Control] | str] | None
    supporting: Iterable[type[Control] | str] | None
    likelihood: Likelihood | str | None
    impact: Impact | str | None
    cia: str | None
    placement: tuple[Placement, ...]
    informational: bool
    accidental: bool
    adaptive: bool
    description: str | None
    family: str | None
    specificity: int
    lands_on: tuple[type[Element], ...]
    ref: Any
    """The reference threat named by ``threat=``, whose metadata fills what is not given."""

    def pick(self, value: Any, attr: str, default: Any) -> Any:
        """The explicit argument, else the reference threat's value, else ``default``."""
        if value is not None:
            return value
        if self.ref is not None:
            return getattr(self.ref, attr)
        return default

    def describe(self, fn: Callable[..., Any]) -> str:
        """``description``, else the docstring, else the reference threat's, on one line."""
        desc = self.description if self.description is not None else (fn.__doc__ or "")
        if not desc.strip() and self.ref is not None:
            desc = self.ref.description
        return " ".join(desc.split())

    def classify(self, cia: str) -> dict[str, Any]:
        """STRIDE, phases, controls, likelihood and impact, parsed; CatalogueError if malformed."""
        try:
            prim = _control_classes(self.pick(self.mitigations, "mitigations", ()))
            supp = _control_classes(self.pick(self.supporting, "supporting", ()))
            return {
                "stride": _stride(self.pick(self.stride, "stride", ())),
                "phases": _phases(self.pick(self.phases, "phases", ())),
                "mitigations": prim,
                "supporting": tuple(x for x in supp if x not in prim),
                "likelihood": Likelihood.parse(
                    self.pick(self.likelihood, "likelihood", Likelihood.POSSIBLE)
                ),
                "impact": Impact.parse(
                    self.impact if self.impact is not None else _impact_from_cia(cia)
                ),
            }
        except (ValueError, TypeError) as exc:
            raise CatalogueError(f"rule {self.id!r}: {exc}") from exc

    def build(self, fn: Callable[..., Any]) -> Rule:
        """The Rule for ``fn``; CatalogueError listing every problem of the metadata."""
        desc = self.describe(fn)
        title = self.pick(self.title, "title", "")
        refs = (
            tuple(self.pick(self.atlas, "atlas", ())),
            tuple(self.pick(self.owasp, "owasp", ())),
            tuple(self.pick(self.cwe, "cwe", ())),
        )
        cia = self.pick(self.cia, "cia", "")
        problems = [
            *_naming_problems(self.id, desc, title),
            *_reference_problems(*refs),
            *(
                f"placement {p!r} is not one of {sorted(_VALID_PLACEMENTS)}"
                for p in self.placement
                if p not in _VALID_PLACEMENTS
            ),
            *_scope_problems(self.family, self.applies_to, cia),
        ]
        parsed = self.classify(cia)
        if not parsed["stride"]:
            problems.append("needs at least one STRIDE category")
        if not parsed["phases"]:
            problems.append("needs at least one lifecycle phase")
        if problems:
            raise CatalogueError(f"rule {self.id!r}: " + "; ".join(problems))
        return Rule(
            id=self.id,
            title=title,
            description=desc,
            scope=self.applies_to,
            check=fn,
            atlas=refs[0],
            owasp=refs[1],
            cwe=refs[2],
            cia="".join(sorted(set(cia), key="CIA".index)),
            placement=self.placement,
            threat=self.threat,
            informational=self.informational,
            accidental=self.accidental,
            adaptive=self.adaptive,
            family=self.family or "",
            specificity=self.specificity,
            lands_on=self.lands_on,
            **parsed,
        )


def rule(
    id: str,
    *,
    title: str | None = None,
    applies_to: Scope,
    threat: str | None = None,
    stride: str | Stride | Iterable[Stride | str] | None = None,
    phases: Phase | str | Iterable[Phase | str] | None = None,
    atlas: Iterable[str] | None = None,
    owasp: Iterable[str] | None = None,
    cwe: Iterable[str] | None = None,
    mitigations: Iterable[type[Control] | str] | None = None,
    supporting: Iterable[type[Control] | str] | None = None,
    likelihood: Likelihood | str | None = None,
    impact: Impact | str | None = None,
    cia: str | None = None,
    placement: Iterable[Placement] = (),
    informational: bool = False,
    accidental: bool = False,
    adaptive: bool = False,
    description: str | None = None,
    family: str | None = None,
    specificity: int = 0,
    lands_on: Iterable[type[Element]] = (),
) -> Callable[[Callable[..., Any]], Rule]:
    """Turn a function into a :class:`Rule`, validating its metadata.

    With ``threat="slug"`` the rule inherits the reference threat's title,
    STRIDE, phases, taxonomy ids, controls, CIA and likelihood prior (see
    :mod:`threatgraph.rules.threats`); any argument given explicitly wins.
    The description is ``description``, else the function's docstring, else the
    threat's description. Raises CatalogueError for malformed metadata.
    """
    ref = None
    if threat is not None:
        from threatgraph.rules.threats import threat as lookup_threat

        ref = lookup_threat(threat)
    spec = _RuleSpec(
        id=id,
        title=title,
        applies_to=applies_to,
        threat=threat,
        stride=stride,
        phases=phases,
        atlas=atlas,
        owasp=owasp,
        cwe=cwe,
        mitigations=mitigations,
        supporting=supporting,
        likelihood=likelihood,
        impact=impact,
        cia=cia,
        placement=tuple(placement),
        informational=informational,
        accidental=accidental,
        adaptive=adaptive,
        description=description,
        family=family,
        specificity=specificity,
        lands_on=tuple(lands_on),
        ref=ref,
    )
    return spec.build


def requirement(
    id: str,
    *,
    title: str,
    source: str,
    satisfied_by: Iterable[type[Control] | str],
    stride: str | Stride | Iterable[Stride | str],
    phases: Phase | str | Iterable[Phase | str],
    placement: Iterable[Placement] = ("element",),
    likelihood: Likelihood | str = Likelihood.POSSIBLE,
    impact: Impact | str = Impact.MINOR,
    atlas: Iterable[str] = (),
    owasp: Iterable[str] = (),
    cwe: Iterable[str] = (),
    description: str | None = None,
    raises: bool = True,
) -> Callable[[Callable[..., Any]], Rule]:
    """Turn a function into a requirement of a risk profile or a compliance framework.

    The function receives a :class:`~threatgraph.rules.views.GraphView` and yields a
    :class:`Need` for every place the requirement applies to. The engine checks each
    place for a ``satisfied_by`` control where ``placement`` says (or the declared fact a
    Need names), and reports the requirement once: met (on evidence everywhere), unmet
    (one finding listing every place that lacks it) or not applicable (no place needs it).
    """
    inner = rule(
        id,
        title=title,
        applies_to=RequirementScope(source),
        stride=stride,
        phases=phases,
        atlas=atlas,
        owasp=owasp,
        cwe=cwe,
        mitigations=satisfied_by,
        likelihood=likelihood,
        impact=impact,
        placement=placement,
        description=description,
    )

    def decorate(fn: Callable[..., Any]) -> Rule:
        return attrs.evolve(inner(fn), raises=raises)

    return decorate


def _impact_from_cia(cia: str) -> Impact:
    """One affected property: minor; two: moderate; all three: major."""
    return Impact.from_score(1 + len(set(cia))) if cia else Impact.MODERATE
