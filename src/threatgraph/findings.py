"""Findings and the Report that holds them.

A :class:`Finding` is one threat derived for one target (an element, a flow, a
path or the whole model), with every other place the same root cause touches.
Its ``id`` depends only on the rule's threat family (the rule id unless the rule
joins another's family) and the target ids, so it survives re-runs,
re-ordering, unrelated edits, and a more specific rule of the family taking over
the explanation; that is what a risk register or a CI baseline keys on.
"""

from __future__ import annotations

import hashlib
import types
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any, Literal

import attrs

from threatgraph._util import did_you_mean
from threatgraph.errors import (
    AnalysisIncompleteError,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
)
from threatgraph.vocab import Impact, Likelihood, Phase, Severity, SeverityValue, Status, Stride

if TYPE_CHECKING:
    from threatgraph.system import System

__all__ = [
    "Execution",
    "Finding",
    "Report",
    "Requirement",
    "RuleError",
    "Target",
    "finding_id",
]

TargetKind = Literal["element", "flow", "path", "model"]


_ARITY = types.MappingProxyType(
    {"element": (1, 1), "flow": (1, 1), "path": (1, None), "model": (0, 0)}
)
"""Target kind -> (fewest ids, most ids or None for no bound)."""


def _check_target_ids(instance: Target, attribute: attrs.Attribute[Any], ids: Any) -> None:
    arity = _ARITY.get(instance.kind)
    if arity is None:
        raise ValueError(
            f"a target's kind must be one of {', '.join(_ARITY)}, not {instance.kind!r}"
        )
    fewest, most = arity
    if not isinstance(ids, tuple) or not all(isinstance(i, str) for i in ids):
        raise TypeError(f"a target's ids must be a tuple of strings, not {ids!r}")
    if len(ids) < fewest or (most is not None and len(ids) > most):
        wanted = {"element": "one element id", "flow": "one flow id", "path": "at least one id"}
        raise ValueError(
            f"a {instance.kind} target takes {wanted.get(instance.kind, 'no ids')}, "
            f"not {len(ids)}: {ids!r}"
        )


def _step(element_id: str) -> str:
    """One element id of a path key: ``%`` and ``>`` percent-encoded, so no id can pass
    for two steps (``a>b`` is one step ``a%3Eb``, not ``a`` then ``b``)."""
    if "%" not in element_id and ">" not in element_id:
        return element_id
    return element_id.replace("%", "%25").replace(">", "%3E")


@attrs.frozen(order=True)
class Target:
    """What a finding is about.

    ``ids`` holds one element id (``element``), one flow id (``flow``), the element
    ids along a path, at least one (``path``), or none (``model``: the model as a
    whole); any other shape is an error when the target is made.
    """

    kind: TargetKind
    ids: tuple[str, ...] = attrs.field(validator=_check_target_ids)

    @property
    def key(self) -> str:
        """``element:chat-api``, ``flow:customer->chat-api``, ``path:a>b>c``, ``model``.

        Two different targets never share a key, so a finding id or a register entry
        can never name another target than the one it was written for: element and
        flow keys hold their one id as it is, and in a path key each id's ``%`` and
        ``>`` are written ``%25`` and ``%3E`` (``path:web%3Efetch>agent`` is the path
        from ``web>fetch`` to ``agent``).
        """
        if self.kind == "model":
            return "model"
        if self.kind == "path":
            return "path:" + ">".join(_step(i) for i in self.ids)
        return f"{self.kind}:{self.ids[0]}"

    @property
    def primary(self) -> str:
        """The id a diagram badge attaches to: the element, the flow, or a path's last element."""
        return self.ids[-1] if self.ids else ""

    @classmethod
    def element(cls, element_id: str) -> Target:
        """Target one element."""
        return cls("element", (element_id,))

    @classmethod
    def flow(cls, flow_id: str) -> Target:
        """Target one flow."""
        return cls("flow", (flow_id,))

    @classmethod
    def path(cls, element_ids: Iterable[str]) -> Target:
        """Target a path of elements."""
        return cls("path", tuple(element_ids))

    @classmethod
    def model(cls) -> Target:
        """Target the model as a whole."""
        return cls("model", ())


def finding_id(rule_id: str, target: Target) -> str:
    """The stable id of the finding of family ``rule_id`` on ``target``: ``TG-`` + 12 hex
    digits. A rule's family is its own id unless it declares ``family=``
    (:attr:`Rule.family_id`)."""
    return id_for_key(rule_id, target.key)


def id_for_key(rule_id: str, target_key: str) -> str:
    """:func:`finding_id` for a target whose :attr:`Target.key` is already at hand.

    Text that is not Unicode (a lone surrogate, which loaders refuse with a problem of
    its own) is hashed as it stands instead of failing; no real id changes."""
    digest = hashlib.sha256(f"{rule_id}|{target_key}".encode("utf-8", "surrogatepass")).hexdigest()
    return f"TG-{digest[:12]}"


@attrs.frozen
class Finding:
    """One threat on one target, scored and with its status."""

    id: str
    rule: str
    title: str
    target: Target
    explanation: str
    stride: tuple[Stride, ...]
    phases: tuple[Phase, ...]
    likelihood: Likelihood
    impact: Impact
    severity: Severity
    """Residual severity: after the controls that are present."""
    inherent_severity: Severity
    """Severity before any control is counted."""
    status: Status = Status.OPEN
    atlas: tuple[str, ...] = ()
    owasp: tuple[str, ...] = ()
    cwe: tuple[str, ...] = ()
    controls_present: tuple[str, ...] = ()
    """Keys of the matching controls found in the right place."""
    controls_missing: tuple[str, ...] = ()
    """Keys of the primary controls that would mitigate it and are absent."""
    actors: tuple[str, ...] = ()
    """Ids of the in-scope threat actors who can reach the target."""
    status_reason: str | None = None
    """Why the status is what it is (exclusion reason, register entry, controls)."""
    location: str | None = None
    """``file:line`` where the target was declared."""
    number: int = 0
    """1-based position in the report, shown on diagram badges."""
    description: str = ""
    """The rule's general description."""
    affected: tuple[Target, ...] = ()
    """Every other place the same root cause touches: the entry paths of an injection,
    the other leg of a call, the places that lack a requirement. The target is where
    the fix goes; these are where the threat shows."""
    basis: str | None = None
    """Set when the finding rests on something threatgraph inferred rather than read from
    the model (for example what a flow carries), with how to declare it."""
    family: str = ""
    """The threat family the id is computed from, when it is not :attr:`rule` (a rule of
    another rule's family explains the finding); empty otherwise."""

    @property
    def family_id(self) -> str:
        """The threat family the id is computed from: :attr:`family`, else :attr:`rule`.
        ``finding_id(f.family_id, f.target) == f.id`` holds for every finding threatgraph
        makes, and the report loader checks it."""
        return self.family or self.rule

    @property
    def score(self) -> int:
        """likelihood × impact, 1..25."""
        return self.likelihood.score * self.impact.score

    @property
    def is_open(self) -> bool:
        """True when nothing has been decided or done about it."""
        return self.status is Status.OPEN

    @property
    def stride_letters(self) -> str:
        """``TI`` for tampering and information disclosure."""
        order = "STRIDE"
        return "".join(sorted((s.letter for s in self.stride), key=order.index))

    @property
    def references(self) -> tuple[str, ...]:
        """ATLAS, OWASP and CWE ids together."""
        return (*self.atlas, *self.owasp, *self.cwe)

    @property
    def places(self) -> tuple[Target, ...]:
        """The target followed by every affected place."""
        return (self.target, *self.affected)


@attrs.frozen
class RuleError:
    """A rule crashed on a target. The analysis is incomplete when there are any."""

    rule: str
    target: str
    error: str
    """``ExceptionType: message``."""

    def __str__(self) -> str:
        return f"rule {self.rule!r} failed on {self.target}: {self.error}"


@attrs.frozen
class Requirement:
    """A requirement of the risk profile or a compliance framework, and whether it is met.

    A requirement is evaluated once for the whole model. It is *met* only on evidence (a
    declared control or a declared fact at every place that needs it), *unmet* when any
    place lacks it, and *not applicable* when nothing in the model needs it.
    """

    source: str
    """``profile:high`` or ``framework:hipaa``."""
    title: str
    met: bool
    detail: str = ""
    findings: tuple[str, ...] = ()
    """Ids of the findings raised because it is not met."""
    status: Literal["met", "unmet", "not-applicable", ""] = ""
    """``met``, ``unmet`` or ``not-applicable``; derived from ``met`` when not given."""
    id: str = ""
    """The requirement's id, such as ``profile/high/human-oversight``."""
    missing: tuple[str, ...] = ()
    """Element or flow ids of the places that lack it."""
    evidence: tuple[str, ...] = ()
    """What satisfies it where it is met, one entry per place: ``'chat-api: audit_logging'``, or
    a declared fact (``'ops-agent: declared supervised'``)."""

    def __attrs_post_init__(self) -> None:
        if not self.status:
            object.__setattr__(self, "status", "met" if self.met else "unmet")


def _severity_key(f: Finding) -> tuple[Any, ...]:
    return (-f.severity.rank, -f.score, f.rule, f.target.key)


@attrs.frozen
class Execution:
    """How one analysis ran on this machine: what was shared between processes, and
    whether any forked process failed. It is never written to any output (the same
    model gives the same bytes however it ran), and a report read back from JSON has
    the default."""

    processes: int = 1
    """How many processes shared the rule checks (1: they ran in this process; see
    ``workers`` of :func:`threatgraph.analyze`)."""
    reruns: int = 0
    """How many forked processes failed (crashed, were killed, or sent back what did not
    decode), so that this process did their work again itself. The findings are the
    same; the analysis only took longer. Above 0 on a machine short of memory, say,
    where the kernel killed a child."""


def rule_selected(rule_id: str, wanted: Iterable[str]) -> bool:
    """True when ``rule_id`` is one of ``wanted``, or starts with one of its family
    prefixes (an id ending in ``/``, such as ``ai/``)."""
    return any(rule_id == w or (w.endswith("/") and rule_id.startswith(w)) for w in wanted)


def check_rule_ids(
    wanted: Iterable[str],
    known: Collection[str],
    *,
    catalogue: str,
    owner: str,
    prefixes: bool = True,
) -> None:
    """Refuse a rule id that no rule in ``known`` (the ids of the catalogue described by
    ``catalogue``: its name, quoted, and anything more to say of it) has, naming the
    closest one: a misspelt id must not select nothing in silence. With
    ``prefixes``, a family prefix ending in ``/`` is known when some rule id starts with
    it; without, only whole rule ids are. ``owner`` starts the message
    (``assert_no_open_findings()``)."""
    for r in wanted:
        if not isinstance(r, str):
            raise InvalidTypeError.for_field(
                "rule id",
                r,
                expected="a str",
                owner=owner,
                hint="pass the rule's id (rule.id), such as 'ai/prompt-injection-direct'",
            )
        if r in known or (prefixes and any(rule_selected(k, (r,)) for k in known)):
            continue
        if not prefixes and r.endswith("/") and any(k.startswith(r) for k in known):
            raise InvalidValueError(
                f"{owner}: {r!r} is a family prefix, not a rule id; for the findings of "
                f"every rule in it: [f for f in report if f.rule.startswith({r!r})]"
            )
        hint = did_you_mean(r, known, every=True)
        raise InvalidValueError(
            f"{owner}: no rule {r!r} in catalogue {catalogue}" + (f"; {hint}" if hint else "")
        )


def find_finding(findings: Iterable[Finding], finding_id: str, *, owner: str) -> Finding:
    """The finding with this id, or NotFoundError (a KeyError) naming the closest id."""
    listed = list(findings)
    for f in listed:
        if f.id == finding_id:
            return f
    if not isinstance(finding_id, str):
        raise NotFoundError(
            f"{owner}: no finding with id {finding_id!r}: finding ids are strings such as "
            "'TG-1a2b3c4d5e6f'; pass finding.id"
        )
    hint = did_you_mean(finding_id, [f.id for f in listed])
    raise NotFoundError(
        f"{owner}: no finding with id {finding_id!r} in the report" + (f"; {hint}" if hint else "")
    )


@attrs.frozen(eq=False)
class Report:
    """The result of analysing a System.

    ``findings`` holds every finding, most severe first, in a deterministic
    order; ``findings[i].number == i + 1``.
    """

    system: System
    findings: tuple[Finding, ...]
    errors: tuple[RuleError, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    catalogue: str = "threatgraph-default"
    catalogue_version: str = ""
    taxonomies: Mapping[str, str] = attrs.field(factory=dict)
    register_orphans: tuple[str, ...] = ()
    """Register entries whose finding no longer exists."""
    register_expired: tuple[str, ...] = ()
    """Findings whose register entry has expired (they are open again)."""
    notes: tuple[str, ...] = ()
    """Informational notes, such as controls far beyond a low-risk profile."""
    execution: Execution = attrs.field(factory=Execution)
    """How the analysis ran (processes, and work done again): not part of any output."""
    rule_ids: frozenset[str] | None = attrs.field(default=None, repr=False)
    """The ids of every rule of the catalogue that made the report, so that
    :meth:`for_rule` can refuse an id the catalogue does not have; None when they are
    not known (a report read back from JSON, or made by hand), and then any id is
    taken. Not part of any output."""

    # ------------------------------------------------------------------ queries

    @property
    def complete(self) -> bool:
        """False when any rule crashed: then the findings are not the whole story."""
        return not self.errors

    def raise_for_errors(self) -> None:
        """Raise AnalysisIncompleteError if any rule crashed."""
        if self.errors:
            raise AnalysisIncompleteError(self.errors)

    def open(self, min_severity: Severity | SeverityValue | None = None) -> list[Finding]:
        """Open findings at or above ``min_severity``, most severe first."""
        floor = None if min_severity is None else Severity.parse(min_severity)
        return [f for f in self.findings if f.is_open and (floor is None or f.severity >= floor)]

    def with_status(self, status: Status | str) -> list[Finding]:
        """Findings with this status."""
        st = Status.parse(status)
        return [f for f in self.findings if f.status is st]

    def get(self, finding_id: str) -> Finding:
        """The finding with this id (NotFoundError, a KeyError, naming the closest id if
        absent)."""
        return find_finding(self.findings, finding_id, owner="Report.get()")

    def for_target(self, target_id: str) -> list[Finding]:
        """Findings whose target includes this element or flow id (``[]`` when it has
        none). An id that is no element or flow of the model is an error (NotFoundError,
        a KeyError) naming the closest id."""
        found = [f for f in self.findings if target_id in f.target.ids]
        if not found:
            self._check_target_id(target_id)
        return found

    def _check_target_id(self, target_id: object) -> None:
        owner = "Report.for_target()"
        if not isinstance(target_id, str):
            raise InvalidTypeError.for_field(
                "target_id",
                target_id,
                expected="an element or flow id (a str)",
                owner=owner,
                hint="pass its id: report.for_target(element.id)",
            )
        system = self.system
        if target_id in system:
            return
        ids = [e.id for e in system.all_elements] + [f.id for f in system.all_flows]
        hint = did_you_mean(target_id, ids)
        raise NotFoundError(
            f"{owner}: no element or flow with id {target_id!r} in the model"
            + (f"; {hint}" if hint else "")
        )

    def for_rule(self, rule_id: str) -> list[Finding]:
        """Findings explained by one rule (where rules of one threat family fire on the
        same target, the finding names the rule that explains it: see
        :attr:`Finding.rule`); ``[]`` for a rule that found nothing.

        A rule id that the report's catalogue does not have is an error naming the
        closest one (InvalidValueError), as for ``assert_no_open_findings(rules=...)``:
        a misspelt id must not look like a rule that found nothing. (A report whose
        catalogue is not known, one read back from JSON, takes any id.)
        """
        found = [f for f in self.findings if f.rule == rule_id]
        if not found and (self.rule_ids is not None or not isinstance(rule_id, str)):
            ran = self.rule_ids or frozenset()
            check_rule_ids(
                (rule_id,),
                ran,
                # a catalogue cut down with only() or without() keeps its name
                catalogue=f"{self.catalogue!r} (the {len(ran)} rules that made this report)",
                owner="Report.for_rule()",
                prefixes=False,
            )
        return found

    def counts(self) -> dict[str, dict[str, int]]:
        """``{"status": {...}, "severity": {...}}``; severities count open findings only."""
        status = {s.value: 0 for s in Status}
        severity = {s.value: 0 for s in Severity}
        for f in self.findings:
            status[f.status.value] += 1
            if f.is_open:
                severity[f.severity.value] += 1
        return {"status": status, "severity": severity}

    def group_by(
        self, key: Literal["element", "stride", "phase", "actor", "rule"]
    ) -> dict[str, list[Finding]]:
        """Findings grouped by target element, STRIDE category, phase, actor or rule.

        A finding appears in every group it belongs to (a flow finding under both
        ends, a path finding under every element on it); model-wide findings are
        grouped under ``"model"``. Groups are sorted by name.
        """
        picks: dict[str, Callable[[Finding], Iterable[str]]] = {
            "element": lambda f: (
                ["model"]
                if f.target.kind == "model"
                else self._flow_ends(f)
                if f.target.kind == "flow"
                else f.target.ids
            ),
            "stride": lambda f: [s.value for s in f.stride],
            "phase": lambda f: [p.value for p in f.phases],
            "actor": lambda f: f.actors or ["(no actor in scope)"],
            "rule": lambda f: [f.rule],
        }
        pick = picks.get(key) if isinstance(key, str) else None
        if pick is None:
            hint = did_you_mean(key, picks) if isinstance(key, str) else None
            raise InvalidValueError.for_field(
                "key",
                key,
                expected=f"one of {', '.join(picks)}",
                owner="Report.group_by()",
                hint=hint,
            )
        groups: dict[str, list[Finding]] = {}
        for f in self.findings:
            for k in pick(f):
                groups.setdefault(k or "model", []).append(f)
        return dict(sorted(groups.items()))

    def _flow_ends(self, f: Finding) -> list[str]:
        flow = self.system.flow(f.target.ids[0])
        return [flow.source, flow.target]

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __repr__(self) -> str:
        opened = self.open()
        high = sum(1 for f in opened if f.severity >= Severity.HIGH)
        mitigated = sum(1 for f in self.findings if f.status is Status.MITIGATED)
        text = f"<Report {self.system.name!r}: {len(opened)} open ({high} high or critical), {mitigated} mitigated"
        if self.errors:
            text += f", INCOMPLETE: {len(self.errors)} rule error(s)"
        return text + ">"

    if TYPE_CHECKING:  # attached by the package (threatgraph/_attach.py), not imported here

        def _repr_mimebundle_(self, include: Any = None, exclude: Any = None) -> dict[str, str]: ...

    @staticmethod
    def sort_key(f: Finding) -> tuple[Any, ...]:
        """The deterministic report order: severity, score, rule id, target."""
        return _severity_key(f)


def require_report(report: object, owner: str, field: str = "report", *, also: str = "") -> Report:
    """``report`` itself; a clear error for a System or ThreatModel that was not analysed
    (the writers read its findings, which only an analysis gives). ``also`` ends the
    hint, for a writer that has a model-only sibling."""
    if isinstance(report, Report):
        return report
    raise InvalidTypeError.for_field(
        field,
        report,
        expected="a Report",
        owner=owner,
        hint="analyse the model first: pass analyze(system) or tm.analyze()" + also,
    )
