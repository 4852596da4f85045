"""analyze(): run a catalogue over a System and return a Report.

>>> import threatgraph as tg
>>> tm = tg.ThreatModel("tiny")
>>> with tm.boundary("Internet", trust="untrusted"):
...     user = tm.add(tg.Actor("User"))
>>> with tm.boundary("VPC", trust="internal"):
...     llm = tm.add(tg.LLM("Assistant"))
>>> _ = tm.flow(user, llm, tg.Data("Prompt"))
>>> report = tm.analyze()
>>> any(f.rule == "ai/prompt-injection-direct" for f in report.open())
True

The path data takes: every element rule indexed for the element's class runs on
an :class:`~threatgraph.rules.views.ElementView`; every flow rule indexed for the
(source class, target class) pair runs on a FlowView; path and model rules run
once on a GraphView. Each match becomes a Finding: controls are collected where
the rule says they count, the scorer turns exposure, reaching actors, data
sensitivity and controls into likelihood, impact, severity and status, and
per-element exclusions and the risk register decide the rest.

A rule that raises (or returns something it should not) becomes a RuleError in
``report.errors``; it is never taken as "no threat". ``report.complete`` is
False then, and the CLI exits non-zero.
"""

from __future__ import annotations

import datetime as _dt
import heapq
import json
from collections.abc import Callable, Iterable, Iterator, Mapping
from types import MappingProxyType
from typing import TYPE_CHECKING, Any

import attrs

import threatgraph.controls as _c
from threatgraph._fork import Tickets, run_shares, usable_workers
from threatgraph._gc import collector_paused
from threatgraph._util import strict_call, working_directory
from threatgraph.actors import ThreatActor
from threatgraph.controls import Control
from threatgraph.elements import (
    LLM,
    Actor,
    Agent,
    DataStore,
    Element,
    Endpoint,
    ExternalService,
    Flow,
    Model,
    ModelRegistry,
    Pipeline,
    Service,
    Tool,
)
from threatgraph.filters import only_scoped_approvals
from threatgraph.findings import (
    Execution,
    Finding,
    Report,
    Requirement,
    RuleError,
    Target,
    TargetKind,
    id_for_key,
)
from threatgraph.graph import Facts, RoutesPending, facts
from threatgraph.model import ThreatModel
from threatgraph.protocols import lookup as lookup_protocol
from threatgraph.rules import (
    Catalogue,
    ElementView,
    FlowScope,
    FlowView,
    GraphView,
    Match,
    Need,
    RequirementScope,
    Rule,
)
from threatgraph.rules.tables import whole_model_tables
from threatgraph.scoring import DefaultScorer, Score, ScoreInput, Scorer
from threatgraph.system import System
from threatgraph.vocab import (
    APPROVED_AUTONOMIES,
    DataKind,
    Impact,
    Level,
    Likelihood,
    RiskProfile,
    Sensitivity,
    Severity,
    Status,
    Task,
    Trust,
)
from threatgraph.vocab import ExternalCategory as _EC

if TYPE_CHECKING:
    from threatgraph.register import Register

__all__ = ["TAXONOMY_VERSIONS", "analyze"]

TAXONOMY_VERSIONS: Mapping[str, str] = MappingProxyType(
    {
        "MITRE ATLAS": "5.6.0",
        "OWASP Top 10 for LLM Applications": "2025",
        "OWASP Machine Learning Security Top 10": "2023",
        "OWASP Top 10 for Agentic Applications": "2026",
        "OWASP Agentic AI Threats and Mitigations": "1.1",
        "CWE": "4.20",
    }
)

_NEUTRAL_EXPOSURE = 2
"""An exposure that neither raises nor lowers likelihood."""

# Controls whose presence on a low-risk system is worth a note (they cost real money).
_HIGH_ASSURANCE = (
    "red_teaming",
    "multi_party_approval",
    "differential_privacy",
    "model_watermarking",
    "adversarial_training",
    "inference_isolation",
    "training_isolation",
    "deepfake_detection",
)


@strict_call
def analyze(
    system: System | ThreatModel,
    *,
    catalogue: Catalogue | None = None,
    register: Register | None = None,
    scorer: Scorer | None = None,
    today: _dt.date | None = None,
    workers: int | None = None,
) -> Report:
    """Analyse a System (a ThreatModel is frozen first) and return its Report.

    Args:
        catalogue: the rules to run; the built-in catalogue by default.
        register: a risk register whose entries set accepted / false-positive
            statuses by finding id.
        scorer: replaces the default likelihood × impact formula.
        today: the date used for register expiry (defaults to today).
        workers: how many processes share the work: the rule checks, the
            requirements' checks and (two of them) the largest graph search.
            Forking is safe only on Linux, from the main thread, while no other
            thread runs; elsewhere the analysis always stays in this process. By default (None) a model of
            at least 10,000 elements and flows analysed with the built-in rules and
            scorer uses every core, up to four; anything smaller runs here. 1 never
            forks; a larger number forks that many where it is safe, also for
            custom rules, which must then not depend on side effects. The report is
            the same whatever the number.
    """
    if isinstance(system, ThreatModel):
        system = system.freeze()
    if not isinstance(system, System):
        from threatgraph.errors import InvalidTypeError

        raise InvalidTypeError.for_field(
            "system", system, expected="a System or ThreatModel", owner="analyze()"
        )
    _check_arguments(catalogue, register, scorer)
    processes = _processes(system, workers, builtin=catalogue is None and scorer is None)
    cat = catalogue if catalogue is not None else Catalogue.default()
    notes = (*_check_exclusions(system, cat), *_placement_notes(system, catalogue))
    run = _Run(system, cat, scorer or DefaultScorer(), builtin=catalogue is None)
    report = _report(run, processes, notes)
    if register is not None:
        report = register.apply(report, today=today or _dt.date.today())
    return report


_SHARED_FROM = 10_000
"""Elements and flows from which an analysis with the built-in rules is shared between
processes by default: below it, forking and sending the findings back cost more than
the second core saves (``benchmarks/HISTORY.md``, "Runs at `2b17f24` and `5b76262`")."""


_AUTO_MOST = 4
"""The most processes used by default: past a few, each copies more of the model's
memory as it touches it, for less and less time saved."""


def _processes(system: System, workers: object, *, builtin: bool) -> int:
    """How many processes the analysis uses (see ``workers`` of :func:`analyze`)."""
    if workers is None:
        if not builtin or len(system.all_elements) + len(system.all_flows) < _SHARED_FROM:
            return 1
        return min(usable_workers(None), _AUTO_MOST)
    if isinstance(workers, bool) or not isinstance(workers, int):
        from threatgraph.errors import InvalidTypeError

        raise InvalidTypeError.for_field(
            "workers",
            workers,
            expected="an int or None",
            owner="analyze()",
            hint="leave it out to let the model's size decide, or pass 1 to stay in this process",
        )
    if workers < 1:
        from threatgraph.errors import InvalidValueError

        raise InvalidValueError(
            f"analyze(): workers={workers!r} is no number of processes; pass 1 or more, "
            "or leave it out"
        )
    return usable_workers(workers) if workers > 1 else 1


def _check_arguments(catalogue: object, register: object, scorer: object) -> None:
    """Refuse arguments of the wrong type before anything runs: a catalogue name or a
    register path where the objects go would otherwise fail deep inside the engine."""
    from threatgraph.errors import InvalidTypeError
    from threatgraph.register import Register

    if catalogue is not None and not isinstance(catalogue, Catalogue):
        raise InvalidTypeError.for_field(
            "catalogue",
            catalogue,
            expected="a Catalogue",
            owner="analyze()",
            hint="leave it out for the built-in rules, or pass Catalogue.default() or one "
            "built with Catalogue(...)",
        )
    if register is not None and not isinstance(register, Register):
        raise InvalidTypeError.for_field(
            "register",
            register,
            expected="a Register",
            owner="analyze()",
            hint="load the file first: register=Register.load('risk-register.toml')",
        )
    if scorer is not None and not callable(getattr(scorer, "score", None)):
        raise InvalidTypeError.for_field(
            "scorer",
            scorer,
            expected="a Scorer (an object with a score() method)",
            owner="analyze()",
        )


def _excludes_some(key: str, ids: Iterable[str]) -> bool:
    """True when an ``exclude`` key names one of ``ids``: the id itself, or with a
    trailing ``/`` a prefix of one (``"ai/"`` excludes every ``ai/...`` rule)."""
    if key.endswith("/"):
        return any(i.startswith(key) for i in ids)
    return key in ids


def _placement_notes(system: System, catalogue: Catalogue | None) -> tuple[str, ...]:
    """Controls declared where no built-in rule counts them (see
    :mod:`threatgraph.control_places`), except those that rules of a given
    ``catalogue`` other than the built-in ones declare: where those count is not
    measured."""
    from threatgraph.control_places import misplaced_notes

    if catalogue is None:
        return misplaced_notes(system)
    builtin = frozenset(Catalogue.default().ids)
    claimed = {
        k.key for r in catalogue if r.id not in builtin for k in (*r.mitigations, *r.supporting)
    }
    return misplaced_notes(system, claimed)


def _check_exclusions(system: System, catalogue: Catalogue) -> tuple[str, ...]:
    """Refuse ``exclude`` keys that name no rule: a misspelt rule id would exclude
    nothing and leave the threat open while the model says it was considered.

    A key is known when it is a rule id of ``catalogue`` (or, with a trailing ``/``,
    the prefix of one), or of the built-in catalogue (so that analysing with a
    narrowed catalogue keeps a model's exclusions of the other rules valid). An
    unknown key in a namespace those rules use (``ai/...``, ``stride/...``), or that
    is such a namespace without its ``/``, is a misspelling: every one is listed in
    an InvalidValueError, with the element or flow and a suggestion. Any other unknown
    key may name a rule of a catalogue not loaded here; the report's notes list them.
    """
    holders: list[tuple[str, Element | Flow]] = [
        *(("element", e) for e in system.all_elements if e.exclude),
        *(("flow", f) for f in system.all_flows if f.exclude),
    ]
    if not holders:
        return ()
    ids = frozenset(catalogue.ids)
    unknown = [
        (what, h, ex.rule)
        for what, h in holders
        for ex in sorted(h.exclude)
        if not _excludes_some(ex.rule, ids)
    ]
    if not unknown:
        return ()
    builtin = frozenset(Catalogue.default().ids) - ids
    unknown = [u for u in unknown if not _excludes_some(u[2], builtin)]
    if not unknown:
        return ()
    known = ids | builtin
    spaces = {i.split("/", 1)[0] for i in known if "/" in i}
    from threatgraph._util import suggester
    from threatgraph.errors import InvalidValueError

    hint = suggester(lambda: known)
    errors: list[str] = []
    notes: list[str] = []
    for what, h, rule in unknown:
        where = f"{what} {h.id!r}"
        space = rule.split("/", 1)[0]
        if space in spaces and "/" in rule:
            suggestion = hint(rule)
            errors.append(
                f"{where}: exclude key {rule!r} is no rule id in catalogue "
                f"{catalogue.name!r}" + (f"; {suggestion}" if suggestion else "")
            )
        elif rule in spaces:
            errors.append(
                f"{where}: exclude key {rule!r} is a family of rules, not a rule id; "
                f"write {rule + '/'!r} to exclude every rule in it"
            )
        else:
            notes.append(
                f"The exclusion of {rule!r} on {where} names no rule in catalogue "
                f"{catalogue.name!r}, so it excludes nothing."
            )
    if errors:
        raise InvalidValueError(
            f"{len(errors)} exclusion(s) name no rule, so they would exclude nothing:\n  - "
            + "\n  - ".join(errors)
            + "\nwrite the rule id as `threatgraph rules` lists it (or a family prefix "
            "ending in '/'), or remove the exclusion"
        )
    return tuple(notes)


def _control_keys(
    rule: Rule,
    m: Match,
    plan: _Plan,
    primary: tuple[type[Control], ...],
    supporting: tuple[type[Control], ...],
    still_open: bool,
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The keys of the controls present and of those the finding asks for."""
    if m.asks is not None:
        stray = [c.__name__ for c in m.asks if c not in rule.mitigations]
        if stray:
            raise ValueError(f"asks for {stray}, which the rule does not declare")
        asked: tuple[type[Control], ...] = m.asks
    else:
        asked = rule.mitigations
    if primary or supporting:
        present = tuple(sorted(c.key for c in (*primary, *supporting)))
        wanted = [c for c in asked if c not in primary and c not in supporting]
        if not primary and not wanted and still_open:
            # what is declared is weaker than this threat needs here (a password where a
            # second factor is wanted): the finding still asks for it, in its strong form
            wanted = [c for c in m.reduces_only if c in asked]
        if primary and not wanted and still_open:
            # a primary control is in place and the finding is still open: defence in
            # depth wants a second, independent one; name those that would be it
            wanted = [c for c in rule.supporting if c not in supporting]
        return present, tuple(sorted(c.key for c in wanted))
    if m.asks is not None:
        return (), tuple(sorted(c.key for c in asked))
    return (), plan.missing


@collector_paused
def _report(run: _Run, workers: int, exclusion_notes: tuple[str, ...]) -> Report:
    """Run the rules and gather the Report, the cyclic collector paused throughout: the
    findings, requirements and notes are built while millions of objects are alive,
    and a full collection then walks them all for nothing."""
    run.execute(workers)
    findings = run.numbered()
    cat = run.catalogue
    return Report(
        system=run.system,
        findings=findings,
        errors=tuple(run.errors),
        requirements=run.requirements(),
        catalogue=cat.name,
        catalogue_version=cat.version,
        taxonomies=dict(TAXONOMY_VERSIONS),
        notes=(*run.notes(), *exclusion_notes),
        execution=Execution(processes=run.processes, reruns=run.reruns),
        rule_ids=frozenset(cat.ids),
    )


_BLOCK = 32
"""Elements next to each other in a model are usually neighbours in its graph: runs of
at least this many are checked by the same process, which then asks the graph about
them once."""

_MOST_CHUNKS = 1800
"""The most pieces the elements of a shared analysis are cut into (runs of ``_BLOCK``
elements, longer on a model of more than 57,600)."""

_MOST_OTHER = 100
"""The most pieces the path and model rules are cut into, and the most the work done
ahead is (a catalogue with more of either puts several in one piece): with the
elements' pieces they must fit :attr:`threatgraph._fork.Tickets.MOST`."""


def _queues(early: int, chunks: _Chunks, workers: int) -> list[Tickets]:
    """The queues the processes of a shared analysis take their pieces from (numbered
    as in :meth:`_Run._execute_shared`: the ``early`` pieces of work done ahead, then
    ``chunks``' pieces). The first holds the work done ahead and the path and model
    rules, the costliest first; each of the others one run of the elements' pieces, in
    model order, cut into ``workers`` runs. Process ``i`` empties the first queue, then
    queue ``i + 1``, then the others': each process checks neighbouring elements, whose
    graph questions it has often answered already (the other process would answer them
    again), until it runs out and helps with the rest."""
    elements = len(chunks.flows)
    common = [*range(early), *range(early + elements, early + chunks.total)]
    per = -(-elements // workers) if elements else 0
    runs = (
        range(early + min(k * per, elements), early + min((k + 1) * per, elements))
        for k in range(workers)
    )
    return [Tickets(common), *(Tickets(r) for r in runs)]


def _batches(count: int) -> list[range]:
    """``range(count)`` cut into at most :data:`_MOST_OTHER` runs of about equal length."""
    per = max(1, -(-count // _MOST_OTHER))
    return [range(i, min(i + per, count)) for i in range(0, count, per)]


@attrs.frozen
class _Chunks:
    """The units of a shared analysis (see :meth:`_Run._walk`) in pieces, numbered:
    piece n < ``len(flows)`` is the run of ``size`` elements from ``n * size`` with the
    flows leaving them; each piece after those is a run of the path and model rules
    (one each, unless there are more than :data:`_MOST_OTHER`). A process checks a whole
    piece; the units keep the numbers one process gives them."""

    size: int
    element_units: list[int]
    """The first unit of each element's rules, by element number."""
    flows: list[list[int]]
    """The numbers of the flows leaving each run of elements, in model order."""
    flow_units: list[int]
    """The first unit of each flow's rules, by flow number."""
    graph_unit: int
    """The unit of the first path or model rule."""
    graph_rules: tuple[Rule, ...]
    graph_pieces: list[range]
    """Which of ``graph_rules`` each piece after the elements' checks."""

    @property
    def total(self) -> int:
        return len(self.flows) + len(self.graph_pieces)


def _build_tables(g: Facts) -> None:
    """Build the built-in rules' whole-model tables
    (:func:`threatgraph.rules.tables.whole_model_tables`) now, before the shares fork, while the
    route-search child runs (see ``meanwhile`` of :meth:`Facts.prepare`), so that the
    processes inherit them instead of each building its own. Only a head start: a table
    that turns out to need the routes the child is still searching is left out, and so
    is one that fails (a rule that asks for it then builds it itself, and its error, if
    it fails again, is that rule's error)."""
    for build in whole_model_tables():
        try:
            build(g)
        except (RoutesPending, Exception):  # built again where a rule asks for it
            continue


def _unit_of(entry: tuple[Any, ...]) -> int:
    return int(entry[0])


# A share's log travels from a forked child to the parent as JSON, never pickled, in a
# fixed shape: per entry its unit, and either a rule error or the finding's id, rule,
# places, tags and the fields that vary from match to match. What the rule itself gives
# every finding (title, STRIDE, phases, description, family) is not sent: the parent
# has the rule. A finding whose fields are not the ones below fails the child's share,
# which the parent then runs again itself.
_SENT = (
    "target",
    "explanation",
    "likelihood",
    "impact",
    "severity",
    "inherent_severity",
    "status",
    "controls_present",
    "controls_missing",
    "actors",
    "status_reason",
    "location",
    "basis",
)
_FROM_RULE = frozenset({"id", "rule", "title", "stride", "phases", "description", "family"})
_SCORE_ENUMS = (Likelihood, Impact, Severity, Severity, Status)
# member <-> value, looked up directly: an enum's ``.value`` and ``Enum(value)`` are
# slow enough to cost a tenth of a second over a share's few thousand findings
_TO_VALUE: Mapping[Any, str] = MappingProxyType({m: m.value for e in _SCORE_ENUMS for m in e})
_FROM_VALUE: tuple[Mapping[str, Any], ...] = tuple(
    MappingProxyType({m.value: m for m in e}) for e in _SCORE_ENUMS
)


def _log_items(log: list[tuple[Any, ...]]) -> list[Any]:
    """A share's log as plain JSON values."""
    out: list[Any] = []
    for entry in log:
        if entry[1] is None:
            e = entry[2]
            out.append([entry[0], [e.rule, e.target, e.error]])
            continue
        unit, fid, rule_id, affected, atlas, owasp, cwe, built = entry
        if isinstance(built, RuleError):
            sent: Any = [built.rule, built.target, built.error]
        else:
            order, fields = built
            if set(fields) != _FROM_RULE | set(_SENT):
                raise TypeError(f"a finding with fields {sorted(fields)} cannot be sent")
            f = fields
            sent = {
                "order": list(order),
                "target": [f["target"].kind, f["target"].ids],
                "explanation": f["explanation"],
                "score": [
                    _TO_VALUE[f["likelihood"]],
                    _TO_VALUE[f["impact"]],
                    _TO_VALUE[f["severity"]],
                    _TO_VALUE[f["inherent_severity"]],
                    _TO_VALUE[f["status"]],
                ],
                "controls": [f["controls_present"], f["controls_missing"]],
                "actors": f["actors"],
                "notes": [f["status_reason"], f["location"], f["basis"]],
            }
        out.append(
            [unit, fid, rule_id, [[t.kind, t.ids] for t in affected], atlas, owasp, cwe, sent]
        )
    return out


def _log_from(items: list[Any], rules: Mapping[str, Rule], plans: Any) -> list[tuple[Any, ...]]:
    """A share's log from :func:`_log_items`' values; ``plans(rule)`` gives a rule's plan
    (its STRIDE categories in order)."""
    out: list[tuple[Any, ...]] = []
    for item in items:
        if len(item) == 2:
            out.append((item[0], None, RuleError(*item[1])))
            continue
        unit, fid, rule_id, affected, atlas, owasp, cwe, sent = item
        rule = rules[rule_id]
        built: Any
        if isinstance(sent, list):
            built = RuleError(*sent)
        else:
            likelihood, impact, severity, inherent, status = (
                table[v] for table, v in zip(_FROM_VALUE, sent["score"], strict=True)
            )
            reason, location, basis = sent["notes"]
            present, missing = sent["controls"]
            built = (
                tuple(sent["order"]),
                {
                    "id": fid,
                    "rule": rule.id,
                    "title": rule.title,
                    "target": Target(sent["target"][0], tuple(sent["target"][1])),
                    "explanation": sent["explanation"],
                    "stride": plans(rule).stride,
                    "phases": rule.phases,
                    "likelihood": likelihood,
                    "impact": impact,
                    "severity": severity,
                    "inherent_severity": inherent,
                    "status": status,
                    "controls_present": tuple(present),
                    "controls_missing": tuple(missing),
                    "actors": tuple(sent["actors"]),
                    "status_reason": reason,
                    "location": location,
                    "description": rule.description,
                    "basis": basis,
                    "family": "" if rule.family_id == rule.id else rule.family_id,
                },
            )
        out.append(
            (
                unit,
                fid,
                rule_id,
                tuple(Target(k, tuple(ids)) for k, ids in affected),
                tuple(atlas),
                tuple(owasp),
                tuple(cwe),
                built,
            )
        )
    return out


_Ahead = tuple[dict[str, list[Need] | None], dict[str, list[str] | None]]
"""What a share works out ahead for the parent (see :meth:`_Run._work_ahead`): requirements'
places by rule id, and parts of the notes; None for what the parent works out itself."""

_NEED_FIELDS = ("place", "why", "met_by", "sites", "unmet", "left_out")
"""The fields of :class:`Need`, in the order a share sends them."""


def _share_to_wire(log: list[tuple[Any, ...]], taken: list[int], ahead: _Ahead) -> bytes:
    """A share's log (see :func:`_log_items`), the pieces it checked (see :class:`_Chunks`)
    and what it worked out ahead, as JSON bytes.
    A :class:`Need` with fields other than those sent fails the share (the parent then
    runs it again itself) rather than arriving without them."""
    fields = tuple(a.name for a in attrs.fields(Need))
    if fields != _NEED_FIELDS:
        raise TypeError(f"a requirement's Need with fields {fields} cannot be sent")
    needs, notes = ahead
    sent = {
        k: None if v is None else [[getattr(n, f) for f in _NEED_FIELDS] for n in v]
        for k, v in needs.items()
    }
    return json.dumps([_log_items(log), taken, sent, notes], separators=(",", ":")).encode()


def _share_from_wire(
    data: bytes, rules: Mapping[str, Rule], plans: Any, pieces: int
) -> tuple[list[tuple[Any, ...]], list[int], _Ahead]:
    """What :func:`_share_to_wire` sent, read back; ``pieces`` is how many there are."""
    log, taken, sent, notes = json.loads(data)
    if not all(type(n) is int and 0 <= n < pieces for n in taken):
        raise ValueError("a share names pieces that do not exist")
    needs = {
        k: None
        if v is None
        else [
            Need(place, why, met_by, tuple(sites), unmet, left_out)
            for place, why, met_by, sites, unmet, left_out in v
        ]
        for k, v in sent.items()
    }
    return _log_from(log, rules, plans), taken, (needs, notes)


_CRASHES: tuple[type[BaseException], ...] = (Exception, SystemExit)
"""What a rule, requirement or scorer may raise that makes it a rule error: any
exception, and ``sys.exit()`` (a custom rule that ends the process would otherwise end
the analysis there, before any gate ran). Interrupts still stop the analysis."""


class _Run:
    """One analysis: holds the caches that make per-finding work cheap."""

    def __init__(
        self, system: System, catalogue: Catalogue, scorer: Scorer, *, builtin: bool = False
    ) -> None:
        self.system = system
        self.facts = facts(system)
        """The graph facts rules see: exposure, like everything else, comes from them."""
        self.catalogue = catalogue
        self.scorer = scorer
        self.errors: list[RuleError] = []
        self.pending: dict[str, _Pending] = {}
        """Finding id -> what the Finding will hold; built and numbered at the end."""
        self._requirement_results: list[
            tuple[Rule, tuple[Need, ...], dict[str, Need], tuple[str, ...]]
        ] = []
        self.findings: tuple[Finding, ...] = ()
        self._ready_needs: dict[str, tuple[Need, ...]] = {}
        """Requirements' places worked out while the rule checks were shared out (see
        :meth:`_work_ahead`), by rule id; a requirement not here is checked when it runs."""
        self._ready_notes: dict[str, list[str]] = {}
        """The parts of the notes worked out the same way, by part (see :data:`_NOTES`)."""
        self._log: list[tuple[Any, ...]] | None = None
        """While one share of a run in several processes runs: what it found, by unit."""
        self._warm = builtin
        """Whether a shared analysis builds the built-in rules' whole-model tables while
        the route search runs (see :func:`_build_tables`): only for the built-in
        catalogue, whose rules use them."""
        self.processes = 1
        """How many processes shared the rule checks."""
        self.reruns = 0
        """How many forked processes failed, their work done again here."""
        self._unit = 0
        """The unit (see :meth:`_walk`) being applied while a share runs."""
        self._reach: list[tuple[ThreatActor, frozenset[str]]] | None = None
        self._model_controls: tuple[Control, ...] | None = None
        self._declared_at: list[tuple[str, Control]] | None = None
        self._place_targets: dict[str, tuple[Target, str]] = {}
        self._default_targets: dict[tuple[TargetKind, str], Target] = {}
        self._tag_cache: dict[tuple[Any, ...], _Tags] = {}
        self._masks: dict[str, int] = {}
        self._upstream: dict[type[Control], dict[str, Control]] = {}
        self._by_id: dict[str, Element] = {e.id: e for e in system.all_elements}
        self._excludes = any(e.exclude for e in system.all_elements) or any(
            f.exclude for f in system.all_flows
        )
        self._plans: dict[str, _Plan] = {}
        self._holder_classes: dict[tuple[bool, str], frozenset[type]] = {}
        self._around_classes: dict[tuple[str, str], frozenset[type]] = {}
        self._site_cache: dict[str, frozenset[type]] = {}
        self._groups: dict[int, tuple[tuple[str, ...], frozenset[type]]] = {}
        self._model_class_set: frozenset[type] | None = None
        self._reaching: dict[str | None, tuple[ThreatActor, ...]] = {}
        self._actor_sets: dict[tuple[int, ...], tuple[ThreatActor, ...]] = {}
        self._element_sensitivity: dict[str, Sensitivity | None] = {}
        self._contexts: dict[str, _Context] = {}
        self._placed: dict[tuple[int, str], frozenset[type]] = {}
        self._placement_ids: dict[tuple[Any, ...], int] = {}
        self._actor_ids: dict[int, tuple[str, ...]] = {}
        self._flow_sensitivity: dict[str, Sensitivity | None] = {}
        self._locations: dict[tuple[str, str], str | None] = {}
        self._cwd = working_directory()  # where every location is shown from
        # The default scorer is a pure function of its input, and many findings share
        # an input: remember its answers. Anything else is asked every time.
        self._score_cache: dict[tuple[Any, ...], Score] | None = (
            {} if type(scorer) is DefaultScorer else None
        )

    # ------------------------------------------------------------------ driving

    def execute(self, workers: int = 1) -> None:
        """Run every rule: element and flow rules, then path and model rules, then the
        requirements. With ``workers`` > 1 the rule checks are shared out between that
        many processes (see :meth:`_execute_shared`); the findings are the same."""
        if workers > 1:
            self._execute_shared(workers)
        else:
            self._walk()
        gview = GraphView(self.system)
        for r in self.catalogue.requirement_rules:
            if _source_applies(r, self.system):
                self._requirement(r, gview)

    def _walk(self) -> None:
        """Apply the element, flow, path and model rules in their fixed order, in this
        process. Each application of a rule to a view is a unit, numbered in that
        order (a shared analysis numbers them the same: see :class:`_Chunks`)."""
        s = self.system
        unit = 0
        for e in s.all_elements:
            unit = self._check_element(e, unit)
        for f in s.all_flows:
            unit = self._check_flow(f, unit)
        gview = GraphView(s)
        for r in (*self.catalogue.path_rules, *self.catalogue.model_rules):
            self._unit = unit
            unit += 1
            self._apply(r, gview, None)

    def _check_element(self, e: Element, unit: int) -> int:
        """Apply the element rules to ``e``, numbered from ``unit``; the next unit."""
        rules = self.catalogue.element_rules(type(e))
        if not rules:
            return unit
        view = ElementView(self.system, e)
        place: tuple[TargetKind, str] = ("element", e.id)
        for r in rules:
            self._unit = unit
            unit += 1
            self._apply(r, view, place)
        return unit

    def _check_flow(self, f: Flow, unit: int) -> int:
        """Apply the flow rules to ``f``, numbered from ``unit``; the next unit."""
        by_id = self._by_id
        rules = self.catalogue.flow_rules_for(type(by_id[f.source]), type(by_id[f.target]))
        if not rules:
            return unit
        fview = FlowView(self.system, f)
        place: tuple[TargetKind, str] = ("flow", f.id)
        for r in rules:
            self._unit = unit
            unit += 1
            scope = r.scope
            assert isinstance(scope, FlowScope)
            if scope.crossing is not None and fview.crosses != scope.crossing:
                continue
            if scope.inbound is not None and fview.inbound != scope.inbound:
                continue
            self._apply(r, fview, place)
        return unit

    def _chunks(self) -> _Chunks:
        """How the units of :meth:`_walk` split into pieces that processes take in turn."""
        s = self.system
        cat = self.catalogue
        by_id = self._by_id
        elements = s.all_elements
        size = max(_BLOCK, -(-len(elements) // _MOST_CHUNKS))
        count = -(-len(elements) // size)
        element_units: list[int] = []
        unit = 0
        for e in elements:
            element_units.append(unit)
            unit += len(cat.element_rules(type(e)))
        number = {e.id: n for n, e in enumerate(elements)}
        flows: list[list[int]] = [[] for _ in range(count)]
        flow_units: list[int] = []
        for n, f in enumerate(s.all_flows):
            flow_units.append(unit)
            unit += len(cat.flow_rules_for(type(by_id[f.source]), type(by_id[f.target])))
            flows[number[f.source] // size].append(n)
        graph_rules = (*cat.path_rules, *cat.model_rules)
        return _Chunks(
            size,
            element_units,
            flows,
            flow_units,
            unit,
            graph_rules,
            _batches(len(graph_rules)),
        )

    def _check_chunk(self, chunks: _Chunks, n: int) -> None:
        """Apply the rules of piece ``n`` (see :class:`_Chunks`), numbered as in
        :meth:`_walk`."""
        s = self.system
        if n < len(chunks.flows):
            elements = s.all_elements
            for i in range(n * chunks.size, min((n + 1) * chunks.size, len(elements))):
                self._check_element(elements[i], chunks.element_units[i])
            flows = s.all_flows
            for j in chunks.flows[n]:
                self._check_flow(flows[j], chunks.flow_units[j])
            return
        gview = GraphView(s)
        for k in chunks.graph_pieces[n - len(chunks.flows)]:
            self._unit = chunks.graph_unit + k
            self._apply(chunks.graph_rules[k], gview, None)

    def _check_logged(self, chunks: _Chunks, pieces: Iterable[int]) -> list[tuple[Any, ...]]:
        """Check ``pieces`` (see :class:`_Chunks`), logging what they find rather than
        merging it; the log, in unit order (a piece's flows come after later pieces'
        elements)."""
        log: list[tuple[Any, ...]] = []
        self._log = log
        try:
            for n in pieces:
                self._check_chunk(chunks, n)
        finally:
            self._log = None
        log.sort(key=_unit_of)
        return log

    def _execute_shared(self, workers: int) -> None:
        """The element, flow, path and model rules run in ``workers`` processes, on the
        graph facts built once before they fork. The units come in pieces (see
        :class:`_Chunks`) that each process takes, one at a time, from queues shared by
        all (see :func:`_queues`: the common work, then a run of elements of its own,
        then the others'), so a process with more to do, or less of a core, takes
        fewer. Each process logs what it found, by unit, without
        merging; the logs are then replayed here in unit order, so that findings merge
        exactly as they do in one process, and the report is the same byte for byte.
        Pieces a failed child had taken are checked here afterwards."""
        self.processes = workers
        planned: list[_Chunks] = []

        def meanwhile() -> None:
            planned.append(self._chunks())
            # what recording any finding needs, once here rather than in each process
            self._reach_sets()
            self._declared()
            self._model_classes()
            if self._warm:
                _build_tables(self.facts)

        self.facts.prepare(workers, rerun=self._rerun, meanwhile=meanwhile)
        chunks = planned[0] if planned else self._chunks()
        ahead = self._ahead_items()
        early = _batches(len(ahead))
        queues = _queues(len(early), chunks, workers)

        def share(i: int) -> tuple[list[tuple[Any, ...]], list[int], _Ahead]:
            taken: list[int] = []
            worked: _Ahead = ({}, {})
            # the common work first, then this process's run of elements, then
            # whatever the others have not taken yet
            order = [queues[0], *(queues[1 + (i + k) % workers] for k in range(workers))]

            def pieces() -> Iterator[int]:
                for tickets in order:
                    while (n := tickets.take()) is not None:
                        if n < len(early):  # the costly ones first: the rest then evens out
                            for k in early[n]:
                                self._work_ahead(ahead[k], worked)
                            continue
                        taken.append(n - len(early))
                        yield n - len(early)

            return self._check_logged(chunks, pieces()), taken, worked

        by_id = {r.id: r for r in self.catalogue}
        try:
            done = run_shares(
                share,
                workers,
                send=lambda got: _share_to_wire(*got),
                receive=lambda data: _share_from_wire(data, by_id, self._plan, chunks.total),
                rerun=self._rerun,
            )
        finally:
            for tickets in queues:
                tickets.close()
        logs = [log for log, _, _ in done]
        taken = {n for _, ns, _ in done for n in ns}
        if len(taken) < chunks.total:  # taken by a child that failed: checked here now
            missing = (n for n in range(chunks.total) if n not in taken)
            logs.append(self._check_logged(chunks, missing))
        for _, _, (needs, notes) in done:
            self._ready_needs.update((k, tuple(v)) for k, v in needs.items() if v is not None)
            self._ready_notes.update((k, v) for k, v in notes.items() if v is not None)
        rules: dict[str, Rule] = {}
        for entry in heapq.merge(*logs, key=_unit_of):
            if entry[1] is None:  # a rule error
                self.errors.append(entry[2])
                continue
            _, fid, rule_id, affected, atlas, owasp, cwe, built = entry
            rule = rules.get(rule_id)
            if rule is None:
                rule = rules[rule_id] = self.catalogue.get(rule_id)
            pending = self.pending.get(fid)
            if pending is not None and pending.rule is rule:
                pending.merge_places(affected, atlas, owasp, cwe)
            elif isinstance(built, RuleError):
                self.errors.append(built)
            else:
                order, fields = built
                found = _Pending(
                    rule=rule,
                    order=order,
                    fields=fields,
                    affected=affected,
                    atlas=atlas,
                    owasp=owasp,
                    cwe=cwe,
                )
                self._keep(fid, found, pending)

    def _rerun(self, share: int) -> None:
        """Count a forked process that failed (its work is done again here)."""
        self.reruns += 1

    def _ahead_items(self) -> tuple[str | Rule, ...]:
        """What would otherwise be worked out in the parent alone once the shares are
        back, as pieces of the work (see :meth:`_work_ahead`): the parts of the notes,
        and each requirement that applies."""
        s = self.system
        requirements = (r for r in self.catalogue.requirement_rules if _source_applies(r, s))
        return (*_NOTES, *requirements)

    def _work_ahead(self, item: str | Rule, ahead: _Ahead) -> None:
        """Work out one of :meth:`_ahead_items` into ``ahead``: a part of the notes, or
        the places of a requirement. A check or a note that fails, or yields what is not
        a plain :class:`Need`, is kept as None: the parent works it out again itself,
        where its error surfaces as usual (never as "met")."""
        needs, notes = ahead
        if isinstance(item, str):
            try:
                notes[item] = _NOTES[item](self.system)
            except _CRASHES:
                notes[item] = None
            return
        try:
            got = list(item.check(GraphView(self.system)) or ())
        except _CRASHES:
            needs[item.id] = None
            return
        needs[item.id] = got if all(type(x) is Need for x in got) else None

    def _fail(self, error: RuleError) -> None:
        """Keep a rule error (logged with its unit while a share runs)."""
        if self._log is None:
            self.errors.append(error)
        else:
            self._log.append((self._unit, None, error))

    def _apply(self, rule: Rule, view: Any, place: tuple[TargetKind, str] | None) -> None:
        """Run one rule on one view; ``place`` is the (kind, id) of the element or flow the
        view shows (its Target is made only when the rule matches: most do not)."""
        default_target = None
        try:
            result = rule.check(view)
            if result is None or result is False:
                return
            if place is not None:  # one Target per element or flow, shared by its findings
                default_target = self._default_targets.get(place)
                if default_target is None:
                    default_target = self._default_targets[place] = Target(place[0], (place[1],))
            matches = self._matches(rule, result, view, default_target)
        except _CRASHES as exc:  # a crashing rule is an error, never "no threat"
            where = f"{place[0]}:{place[1]}" if place is not None else rule.kind
            self._fail(RuleError(rule.id, where, f"{type(exc).__name__}: {exc}"))
            return
        for m, target in matches:
            try:
                self._record(rule, m, target)
            except _CRASHES as exc:
                self._fail(RuleError(rule.id, target.key, f"{type(exc).__name__}: {exc}"))

    def _matches(
        self, rule: Rule, result: Any, view: Any, default_target: Target | None
    ) -> list[tuple[Match, Target]]:
        """The rule's result as Matches, each with its target (the Match's own, or the
        element or flow the rule looked at: set beside it, not copied into it)."""
        if result is True or isinstance(result, str):
            if default_target is None:
                raise TypeError(
                    "path and model rules must return Match objects with a target, "
                    f"not {type(result).__name__}"
                )
            text = result if isinstance(result, str) else f"{rule.title}: {view.described}"
            return [(Match(text, target=default_target), default_target)]
        if isinstance(result, Match):
            result = (result,)
        if not (isinstance(result, (list, tuple)) or hasattr(result, "__iter__")):
            raise TypeError(
                f"rule returned {type(result).__name__}; expected None, bool, str, Match "
                "or an iterable of Match"
            )
        out: list[tuple[Match, Target]] = []
        for m in result:
            if not isinstance(m, Match):
                raise TypeError(f"rule yielded {type(m).__name__}, expected Match")
            target = m.target
            if target is None:
                if default_target is None:
                    raise TypeError("path and model rules must give each Match a target")
                target = default_target
            out.append((m, target))
        return out

    # ------------------------------------------------------------------ one finding

    def _plan(self, rule: Rule) -> _Plan:
        plan = self._plans.get(rule.id)
        if plan is None:
            plan = self._plans[rule.id] = _Plan(rule, self.system)
            ids = self._placement_ids
            plan.placement_id = ids.setdefault(plan.placement_key, len(ids))
        return plan

    def _record(self, rule: Rule, m: Match, target: Target) -> None:
        key = target.key
        fid = id_for_key(rule.family_id, key)
        affected = self._affected(m.affected, target)
        atlas, owasp, cwe = self._tags(rule, m, target, affected)
        if self._log is not None:  # a share of a run in several processes: log it
            built: tuple[tuple[int, int], dict[str, Any]] | RuleError
            try:
                found = self._build(rule, m, target, fid, affected, (atlas, owasp, cwe))
                built = (found.order, found.fields)
            except _CRASHES as exc:  # an error only if it is not merged into a finding
                built = RuleError(rule.id, key, f"{type(exc).__name__}: {exc}")
            self._log.append((self._unit, fid, rule.id, affected, atlas, owasp, cwe, built))
            return
        pending = self.pending.get(fid)
        if pending is not None and pending.rule is rule:
            pending.merge_places(affected, atlas, owasp, cwe)
            return
        self._keep(fid, self._build(rule, m, target, fid, affected, (atlas, owasp, cwe)), pending)

    def _build(
        self,
        rule: Rule,
        m: Match,
        target: Target,
        fid: str,
        affected: tuple[Target, ...],
        tags: _Tags,
    ) -> _Pending:
        """What a new finding will hold: its controls, score, status and fields."""
        key = target.key
        atlas, owasp, cwe = tags
        plan = self._plan(rule)
        ctx = self._contexts.get(key)
        if ctx is None:
            ctx = self._contexts[key] = self._context(target)
        elements, flows, actors, actor_ids, exposure, sensitivity, high_stakes, location = ctx
        if m.reached_through:
            actors, actor_ids = self._reached_through(m.reached_through, actors)
        if plan.requirement or rule.accidental:
            exposure = _NEUTRAL_EXPOSURE  # requirements, threats with no attacker
        primary, supporting = self._controls_found(rule, m, plan, target, elements, flows)
        score = self._score(
            rule, m, plan, (exposure, actors, sensitivity, high_stakes), primary, supporting
        )
        status, reason = score.status, score.reason
        exclusion = self._exclusion(rule, elements, flows, target) if self._excludes else None
        if exclusion is not None:
            status, reason = Status.NOT_APPLICABLE, exclusion
        present, missing = _control_keys(
            rule, m, plan, primary, supporting, score.status is Status.OPEN
        )
        return _Pending(
            rule=rule,
            order=(-score.severity.rank, -(score.likelihood.score * score.impact.score)),
            fields={
                "id": fid,
                "rule": rule.id,
                "title": rule.title,
                "target": target,
                "explanation": m.explanation,
                "stride": plan.stride,
                "phases": rule.phases,
                "likelihood": score.likelihood,
                "impact": score.impact,
                "severity": score.severity,
                "inherent_severity": score.inherent_severity,
                "status": status,
                "controls_present": present,
                "controls_missing": missing,
                "actors": actor_ids,
                "status_reason": reason,
                "location": location,
                "description": rule.description,
                "basis": m.basis,
                "family": "" if rule.family_id == rule.id else rule.family_id,
            },
            affected=affected,
            atlas=atlas,
            owasp=owasp,
            cwe=cwe,
        )

    def _controls_found(
        self,
        rule: Rule,
        m: Match,
        plan: _Plan,
        target: Target,
        elements: list[Element],
        flows: list[Flow],
    ) -> tuple[tuple[type[Control], ...], tuple[type[Control], ...]]:
        """The rule's primary and supporting controls present where the rule looks for them."""
        classes: frozenset[type] | None
        sites = m.control_sites
        if sites is not None:
            classes = self._site_classes(sites)
        else:
            ckey = (plan.placement_id, target.key)
            classes = self._placed.get(ckey)
            if classes is None:
                classes = self._placed[ckey] = self._classes_for(plan, target, elements, flows)
        weak = m.reduces_only
        stray = [c.__name__ for c in weak if c not in rule.mitigations]
        if stray:
            raise ValueError(f"reduces_only names {stray}, which are not the rule's mitigations")
        if m.uncounted:
            stray = [
                c.__name__ for c in m.uncounted if c not in (*rule.mitigations, *rule.supporting)
            ]
            if stray:
                raise ValueError(f"uncounted names {stray}, which are not the rule's controls")
            classes = classes and classes - frozenset(m.uncounted)
        if not classes:
            return (), ()
        primary = tuple(c for c in rule.mitigations if c in classes and c not in weak)
        supporting = tuple(c for c in (*rule.supporting, *weak) if c in classes)
        return primary, supporting

    def _score(
        self,
        rule: Rule,
        m: Match,
        plan: _Plan,
        place: tuple[Any, tuple[ThreatActor, ...], Any, bool],
        primary: tuple[type[Control], ...],
        supporting: tuple[type[Control], ...],
    ) -> Score:
        """The scorer's verdict, memoised on everything it depends on."""
        exposure, actors, sensitivity, high_stakes = place
        memo = (
            # ids of singletons (rules, enum members, the per-anchor actor lists)
            # hash faster than the values
            id(rule),
            exposure,
            id(actors),
            id(sensitivity),
            high_stakes,
            m.likelihood_delta,
            m.impact_delta,
            primary,
            supporting,
        )
        score = None if self._score_cache is None else self._score_cache.get(memo)
        if score is not None:
            return score
        score = self.scorer.score(
            ScoreInput(
                rule_likelihood=rule.likelihood,
                rule_impact=rule.impact,
                cia=rule.cia,
                informational=rule.informational,
                profile=plan.profile,
                exposure=exposure,
                # who attacks does not change how often a model is simply wrong
                actors_in_scope=0 if rule.accidental else len(self.system.actors),
                reaching_capabilities=()
                if rule.accidental
                else tuple(a.capability for a in actors),
                max_sensitivity=sensitivity,
                high_stakes=high_stakes,
                likelihood_delta=m.likelihood_delta,
                impact_delta=m.impact_delta,
                primary_present=primary,
                supporting_present=supporting,
                adaptive=rule.adaptive,
            )
        )
        if self._score_cache is not None:
            self._score_cache[memo] = score
        return score

    def _keep(self, fid: str, found: _Pending, pending: _Pending | None) -> None:
        """Store a finding; another rule of the same family on the same target merges in."""
        if pending is None:
            self.pending[fid] = found
            return
        winner, loser = (found, pending) if _explains_better(found, pending) else (pending, found)
        winner.merge_places(loser.affected, loser.atlas, loser.owasp, loser.cwe)
        if loser.rule is not winner.rule:
            winner.absorb(loser)
        self.pending[fid] = winner

    def _affected(self, items: tuple[Target | str, ...], target: Target) -> tuple[Target, ...]:
        """A match's affected places as Targets, without the target itself, sorted."""
        if not items:
            return ()
        out: dict[str, Target] = {}
        known = self._place_targets
        itself = target.key  # keys are unique per target: equal keys, equal targets
        for item in items:
            if isinstance(item, Target):
                t, key = item, item.key
            else:
                got = known.get(item)
                if got is None:
                    t = self._place_target(item, "affected place")
                    got = known[item] = (t, t.key)
                t, key = got
            if key != itself:
                out[key] = t
        return tuple(out[k] for k in sorted(out))

    def _tags(self, rule: Rule, m: Match, target: Target, affected: tuple[Target, ...]) -> _Tags:
        """The taxonomy ids a finding earns: the rule's own picks for this match (each one
        the rule declares), or its defaults; OWASP LLM ids only where a generative model
        is involved, agentic ids only where an agent or tool is, and default ATLAS and
        OWASP ML ids only where an AI component is. Remembered per rule, picks and
        involvement: many findings share them."""
        involved = self._involvement(target, affected)
        key = (rule.id, m.atlas, m.owasp, m.cwe, involved)
        try:
            got = self._tag_cache.get(key)
        except TypeError:  # a rule that picks with lists (not tuples): asked every time
            return self._pick_tags(rule, m, involved)
        if got is None:
            got = self._tag_cache[key] = self._pick_tags(rule, m, involved)
        return got

    def _pick_tags(self, rule: Rule, m: Match, involved: int) -> _Tags:
        picked: list[tuple[str, ...]] = []
        for name, chosen, declared in (
            ("atlas", m.atlas, rule.atlas),
            ("owasp", m.owasp, rule.owasp),
            ("cwe", m.cwe, rule.cwe),
        ):
            if chosen is None:
                picked.append(declared)
                continue
            stray = [x for x in chosen if x not in declared]
            if stray:
                raise ValueError(f"{name} ids {stray} are not declared by the rule")
            picked.append(tuple(dict.fromkeys(chosen)))
        atlas, owasp, cwe = picked
        llm = bool(involved & _GENERATIVE)
        agentic = bool(involved & _AGENTIC)
        ai = bool(involved & _AI)
        owasp = tuple(
            x
            for x in owasp
            if not (x.startswith("LLM") and not llm)
            and not (x.startswith(("ASI", "AGT")) and not agentic)
            and not (x.startswith("ML") and m.owasp is None and not ai)
        )
        if m.atlas is None and not ai:
            atlas = ()
        return atlas, owasp, cwe

    def _involvement(self, target: Target, affected: tuple[Target, ...]) -> int:
        """Which kinds of AI component the finding's places involve, as bits (see
        :func:`_involves`): the elements targeted, and both ends of each flow."""
        s = self.system
        by_id = self._by_id
        masks = self._masks
        found = 0
        for t in (target, *affected):
            if t.kind == "model":
                continue
            if t.kind == "flow":
                f = s.flow(t.ids[0])
                ids: tuple[str, ...] = (f.source, f.target)
            else:
                ids = t.ids
            for i in ids:
                if i in by_id:
                    bits = masks.get(i)
                    if bits is None:
                        bits = masks[i] = _involves(by_id[i])
                    found |= bits
            if found == _ALL_INVOLVED:
                break
        return found

    def _requirement(self, rule: Rule, view: GraphView) -> None:
        """Evaluate one requirement: every place that needs it, each met on evidence."""
        try:
            ready = self._ready_needs.pop(rule.id, None)
            needs = list(rule.check(view) or ()) if ready is None else list(ready)
            for n in needs:
                if not isinstance(n, Need):
                    raise TypeError(f"requirement yielded {type(n).__name__}, expected Need")
            plan = self._plan(rule)
            missing: dict[str, Need] = {}
            evidence: list[str] = []
            for n in sorted(needs, key=lambda n: n.place):
                if n.left_out:
                    continue  # looked at and left out on purpose: the detail says why
                if n.met_by:
                    evidence.append(f"{n.place}: {n.met_by}")
                    continue
                if n.unmet:
                    missing.setdefault(n.place, n)
                    continue
                target = self._place_target(n.place)
                elements, flows = self._target_parts(target)
                classes = self._classes_for(plan, target, elements, flows)
                if n.sites:
                    classes = classes | self._site_classes(n.sites)
                present = [c for c in rule.mitigations if c in classes]
                if present:
                    evidence.append(
                        f"{n.place}: "
                        + ", ".join(self._where_held(c, n, elements, flows) for c in present)
                    )
                elif n.place not in missing:
                    missing[n.place] = n
        except _CRASHES as exc:  # a crashing requirement is an error, never "met"
            self.errors.append(RuleError(rule.id, "model", f"{type(exc).__name__}: {exc}"))
            return
        self._requirement_results.append((rule, tuple(needs), missing, tuple(evidence)))
        if not missing or not rule.raises:
            return
        places = sorted(missing)
        # one finding per requirement, on the model, listing the places: its id stays
        # the same as places are fixed or added (two places down to one is not a new
        # finding to a baseline or a risk register)
        target = Target.model()
        lacking = "; ".join(
            f"{self._place_name(p)} ({missing[p].why})" if missing[p].why else self._place_name(p)
            for p in places
        )
        try:
            self._record(
                rule,
                Match(
                    f"{rule.title}: not met at {lacking}.",
                    target=target,
                    affected=tuple(places),
                    likelihood_delta=-1 if self.system.profile is RiskProfile.LOW else 0,
                    control_sites=(),  # unmet at these places by definition: no control counts
                ),
                target,
            )
        except _CRASHES as exc:  # a crashing scorer is an error, never "no finding"
            self.errors.append(RuleError(rule.id, target.key, f"{type(exc).__name__}: {exc}"))

    def _where_held(
        self, cls: type[Control], need: Need, elements: list[Element], flows: list[Flow]
    ) -> str:
        """A control's key for a requirement's evidence, with where it is declared when
        that is not the place itself (``human_in_the_loop (on card-system)``)."""
        s = self.system
        around: list[Element | Flow] = []
        for e in elements:
            around += [*s.inflows(e.id), *s.outflows(e.id)]
        holders: list[Element | Flow] = [
            *elements,
            *flows,
            *around,
            *(self._site(x) for x in need.sites if isinstance(x, str)),
        ]
        for h in holders:
            if cls in self._held(h):
                return cls.key if h.id == need.place else f"{cls.key} (on {h.id})"
        return cls.key

    def _place_target(self, place: str, what: str = "requirement place") -> Target:
        if place in self._by_id:
            return Target.element(place)
        if isinstance(place, str) and place in self.system:
            return Target.flow(place)
        raise ValueError(f"{what} {place!r} is not an element or flow id")

    def _place_name(self, place: str) -> str:
        if place in self._by_id:
            return self._by_id[place].name
        f = self.system.flow(place)
        return f"{self._by_id[f.source].name} → {self._by_id[f.target].name}"

    def _context(self, target: Target) -> _Context:
        """What every finding on ``target`` shares, whichever rule raised it."""
        elements, flows = self._target_parts(target)
        anchor = None if target.kind == "model" or not elements else elements[0]
        actors = self._actors_reaching(anchor)
        ids = self._actor_ids.get(id(actors))  # interned: one tuple per set of actors
        if ids is None:
            ids = self._actor_ids[id(actors)] = tuple(a.id for a in actors)
        return (
            elements,
            flows,
            actors,
            ids,
            _NEUTRAL_EXPOSURE if anchor is None else self.facts.exposure(anchor),
            self._sensitivity(target, elements, flows),
            any(isinstance(e, Model) and e.high_stakes for e in elements),
            self._location(target, elements, flows),
        )

    def _target_parts(self, target: Target) -> tuple[list[Element], list[Flow]]:
        s = self.system
        if target.kind == "element":
            return [self._by_id[target.ids[0]]], []
        if target.kind == "flow":
            f = s.flow(target.ids[0])
            return [self._by_id[f.source], self._by_id[f.target]], [f]
        if target.kind == "path":
            elements = [s.element(i) for i in target.ids]
            flows: list[Flow] = []
            for a, b in zip(target.ids, target.ids[1:], strict=False):
                flows.extend(f for f in s.outflows(a) if f.target == b)
            if len(target.ids) > 1 and not flows:
                raise ValueError(f"path {target.key} does not follow the model's flows")
            return elements, flows
        return list(s.all_elements), list(s.all_flows)

    def _classes_for(
        self, plan: _Plan, target: Target, elements: list[Element], flows: list[Flow]
    ) -> frozenset[type]:
        """Every class that a control counted for this finding is an instance of.

        A rule's control classes are matched against this set, which answers
        ``isinstance(control, cls)`` for all counted controls at once. Each holder's
        set is built once per analysis, so a finding costs a few set unions.
        """
        out: frozenset[type] = _NONE
        for place in plan.placements:
            if place == "upstream":
                if target.kind == "flow":
                    anchor = elements[1]
                elif target.kind == "path":
                    anchor = elements[-1]
                else:
                    anchor = elements[0]
                for cls in plan.classes:
                    witness = self._upstream_witness(cls, anchor.id)
                    if witness is not None:
                        out = out | frozenset(type(witness).__mro__)
            elif place == "model":
                out = out | self._model_classes()
            elif place == "path" or target.kind not in ("element", "flow"):
                for e in elements:
                    out = out | self._held(e)
                for f in flows:
                    out = out | self._held(f)
            elif target.kind == "element":
                if place == "element":
                    out = out | self._held(elements[0])
                elif place in ("inbound", "outbound"):
                    out = out | self._around(place, elements[0].id)
            elif place == "flow":
                out = out | self._held(flows[0])
            elif place == "source":
                out = out | self._held(elements[0])
            elif place == "target":
                out = out | self._held(elements[1])
        return out

    def _held(self, holder: Element | Flow) -> frozenset[type]:
        """The classes of the controls declared on one element or flow, with what a flow's
        declared protocol gives it (https is encryption in transit; mtls is mutual
        authentication too) and what an agent's declared autonomy gives it (supervised or
        assistive: a person approves its steps, as a HumanInTheLoop control would)."""
        is_flow = type(holder) is Flow
        supervised = (
            isinstance(holder, Agent)
            and holder.autonomy in APPROVED_AUTONOMIES
            and not only_scoped_approvals(holder)
        )
        if (
            not holder.controls
            and not (is_flow and holder.protocol)  # type: ignore[union-attr]
            and not supervised
        ):
            return _NONE
        key = (is_flow, holder.id)
        got = self._holder_classes.get(key)
        if got is None:
            got = _classes(self._counted(holder))
            if is_flow:
                got = got | _protocol_classes(holder.protocol)  # type: ignore[union-attr]
            if supervised:  # declared: a person approves its consequential steps
                got = got | frozenset(_c.HumanInTheLoop.__mro__)
            self._holder_classes[key] = got
        return got

    def _counted(self, holder: Element | Flow) -> Iterable[Control]:
        """The controls declared on a holder that count: on an agent, its tools and
        the agent's calls, a person approval whose note scopes it to some steps
        (``controls.scoped_approval``) is no approval of the agent's other steps, and does
        not count."""
        agents_side = isinstance(holder, (Agent, Tool)) or (
            type(holder) is Flow and isinstance(self._by_id.get(holder.source), Agent)
        )
        if not agents_side:
            return holder.controls
        return [
            x
            for x in holder.controls
            if not (isinstance(x, _c.HumanInTheLoop) and _c.scoped_approval(x))
        ]

    def _around(self, place: str, element_id: str) -> frozenset[type]:
        """The classes of the controls on every flow into (or out of) an element."""
        key = (place, element_id)
        got = self._around_classes.get(key)
        if got is None:
            s = self.system
            found = s.inflows(element_id) if place == "inbound" else s.outflows(element_id)
            got = _NONE
            for f in found:
                got = got | self._held(f)
            self._around_classes[key] = got
        return got

    def _site_classes(self, sites: _Sites) -> frozenset[type]:
        cache = self._site_cache
        found: list[frozenset[type]] = []
        got: frozenset[type] | None
        for site in sites:
            if isinstance(site, tuple):
                got = self._group_classes(site)
            else:
                got = cache.get(site)
                if got is None:
                    got = cache[site] = self._held(self._site(site))
            if got:
                found.append(got)
        if len(found) < 2:
            return found[0] if found else _NONE
        return _NONE.union(*found)  # one union, not a new set per site

    def _group_classes(self, group: tuple[str, ...]) -> frozenset[type]:
        """A shared group of sites, gathered once per analysis. Looked up by identity
        (hashing a tuple of thousands of ids per finding was quadratic); the group is
        kept in the cache with its answer, so its id cannot be reused while it lasts.
        An equal group in another tuple object is simply gathered again."""
        entry = self._groups.get(id(group))
        if entry is None or entry[0] is not group:
            entry = self._groups[id(group)] = (group, self._site_classes(group))
        return entry[1]

    def _site(self, site: object) -> Element | Flow:
        if not isinstance(site, str) or site not in self.system:
            raise ValueError(f"control site {site!r} is not an element or flow id")
        # a set lookup, not try/except: a missed s.element() builds a "did you
        # mean" over every id, which made path findings quadratic in model size
        return self._by_id[site] if site in self._by_id else self.system.flow(site)

    def _upstream_witness(self, cls: type[Control], element_id: str) -> Control | None:
        """A ``cls`` control on ``element_id``, on anything upstream of it, or on a flow
        into either; None when there is none. One forward search per control class per
        analysis, cached, so the cost stays linear in the model."""
        reach = self._upstream.get(cls)
        if reach is None:
            s = self.system
            seeds: dict[str, Control] = {}
            for at, ctl in self._declared():
                if isinstance(ctl, cls):
                    seeds.setdefault(at, ctl)
            reach = dict(seeds)
            queue = sorted(seeds)
            while queue:
                node = queue.pop()
                for f in s.outflows(node):
                    if f.target not in reach:
                        reach[f.target] = reach[node]
                        queue.append(f.target)
            self._upstream[cls] = reach
        return reach.get(element_id)

    def _declared(self) -> list[tuple[str, Control]]:
        """Every declared control with the element it guards (a flow's control guards
        what the flow enters): elements first, then flows, in model order. Gathered once;
        most elements and flows hold none."""
        if self._declared_at is None:
            s = self.system
            out = [(e.id, ctl) for e in s.all_elements if e.controls for ctl in e.controls]
            out += [(f.target, ctl) for f in s.all_flows if f.controls for ctl in f.controls]
            self._declared_at = out
        return self._declared_at

    def _all_controls(self) -> tuple[Control, ...]:
        if self._model_controls is None:
            out: list[Control] = []
            for e in self.system.all_elements:
                out.extend(e.controls)
            for f in self.system.all_flows:
                out.extend(f.controls)
            self._model_controls = tuple(out)
        return self._model_controls

    def _model_classes(self) -> frozenset[type]:
        if self._model_class_set is None:
            self._model_class_set = _classes(self._all_controls())
        return self._model_class_set

    def _reach_sets(self) -> list[tuple[ThreatActor, frozenset[str]]]:
        if self._reach is None:
            s = self.system
            out = []
            by_entry: dict[object, frozenset[str]] = {}  # actors often share their entry
            for actor in s.actors:
                reach = by_entry.get(actor.entry)
                if reach is None:
                    if isinstance(actor.entry, Trust):
                        seeds = [e.id for e in s.all_elements if s.trust_of(e) is actor.entry]
                    else:
                        seeds = [e.id for e in s.elements_in(actor.entry)]
                    reach = by_entry[actor.entry] = (
                        s.reachable_from(seeds) if seeds else frozenset()
                    )
                out.append((actor, reach))
            self._reach = out
        return self._reach

    def _actors_reaching(self, anchor: Element | None) -> tuple[ThreatActor, ...]:
        key = None if anchor is None else anchor.id
        got = self._reaching.get(key)
        if got is None:
            reach = self._reach_sets()
            if key is None:
                where = tuple(n for n, (_, ids) in enumerate(reach) if ids)
            else:
                where = tuple(n for n, (_, ids) in enumerate(reach) if key in ids)
            # Equal sets share one tuple (the score memo keys on its id), interned by
            # positions in the actor list, which hash faster than the actors.
            got = self._actor_sets.get(where)
            if got is None:
                got = self._actor_sets[where] = tuple(reach[n][0] for n in where)
            self._reaching[key] = got
        return got

    def _reached_through(
        self, through: tuple[str, ...], actors: tuple[ThreatActor, ...]
    ) -> tuple[tuple[ThreatActor, ...], tuple[str, ...]]:
        """The actors of a target that attackers get at through other elements: every
        actor reaching the target or one of them (interned, as :meth:`_actors_reaching`
        interns them, with their ids). The exposure stays the target's own."""
        found = list(actors)
        for eid in through:
            if eid not in self._by_id:
                raise ValueError(f"reached_through names {eid!r}, which is no element id")
            found += self._actors_reaching(self._by_id[eid])
        reach = self._reach_sets()
        where = tuple(n for n, (a, _) in enumerate(reach) if a in found)
        got = self._actor_sets.get(where)  # interned as _actors_reaching interns them
        if got is None:
            got = self._actor_sets[where] = tuple(reach[n][0] for n in where)
        ids = self._actor_ids.get(id(got))
        if ids is None:
            ids = self._actor_ids[id(got)] = tuple(a.id for a in got)
        return got, ids

    def _sensitivity(
        self, target: Target, elements: list[Element], flows: list[Flow]
    ) -> Sensitivity | None:
        s = self.system
        if target.kind == "flow":
            f = flows[0]
            if f.id not in self._flow_sensitivity:
                self._flow_sensitivity[f.id] = f.sensitivity
            return self._flow_sensitivity[f.id]
        if target.kind == "element":
            e = elements[0]
            if e.id not in self._element_sensitivity:
                self._element_sensitivity[e.id] = max(
                    (d.sensitivity for d in s.data_of(e)), default=None
                )
            return self._element_sensitivity[e.id]
        if target.kind == "path":
            levels = [d.sensitivity for e in elements for d in s.data_of(e)]
            return max(levels, default=None)
        return max((d.sensitivity for d in s.data), default=None)

    def _exclusion(
        self, rule: Rule, elements: list[Element], flows: list[Flow], target: Target
    ) -> str | None:
        if target.kind == "model":
            return None
        holders: list[Element | Flow] = [*flows, *elements] if target.kind != "flow" else [*flows]
        if target.kind == "element":
            holders = [elements[0]]
        for h in holders:
            if not h.exclude:
                continue
            for ex in sorted(h.exclude):
                if ex.rule == rule.id or (ex.rule.endswith("/") and rule.id.startswith(ex.rule)):
                    return f"excluded on {h.id}: {ex.reason}"
        return None

    def _location(self, target: Target, elements: list[Element], flows: list[Flow]) -> str | None:
        holder: Element | Flow
        if target.kind == "element":
            holder = elements[0]
        elif target.kind == "flow":
            holder = flows[0]
        elif target.kind == "path":
            holder = elements[-1]
        else:
            return None
        key = ("flow" if target.kind == "flow" else "element", holder.id)
        if key not in self._locations:
            loc = holder.declared_at
            self._locations[key] = None if loc is None else loc.seen_from(self._cwd)
        return self._locations[key]

    # ------------------------------------------------------------------ results

    def numbered(self) -> tuple[Finding, ...]:
        """Build the Findings in report order (see :meth:`Report.sort_key`), numbered
        from 1; each Finding is constructed once, by keyword, with its number."""
        ordered = sorted(
            self.pending.values(),
            key=lambda p: (*p.order, p.fields["rule"], p.fields["target"].key),
        )
        self.pending = {}
        self.findings = tuple(
            Finding(
                **p.fields,
                atlas=p.atlas,
                owasp=p.owasp,
                cwe=p.cwe,
                affected=p.affected,
                number=i,
            )
            for i, p in enumerate(ordered, 1)
        )
        return self.findings

    def requirements(self) -> tuple[Requirement, ...]:
        """Every requirement that applies to the model, once each, met only on evidence."""
        s = self.system
        by_rule: dict[str, list[Finding]] = {}
        for f in self.findings:
            by_rule.setdefault(f.rule, []).append(f)
        out = []
        for rule, needs, missing, evidence in sorted(
            self._requirement_results, key=lambda r: (_source_rank(r[0]), r[0].id)
        ):
            scope = rule.scope
            assert isinstance(scope, RequirementScope)
            found = by_rule.get(rule.id, [])
            places = sorted({n.place for n in needs if not n.left_out})
            if not places:
                status, detail = "not-applicable", "nothing in the model needs it"
            elif missing:
                status = "unmet"
                open_ = [f for f in found if f.is_open]
                if not open_ and found:
                    detail = f"{len(missing)} of {len(places)} place(s) lack it; " + (
                        found[0].status_reason or found[0].status.value
                    )
                else:
                    detail = f"{len(missing)} of {len(places)} place(s) lack it"
            else:
                status, detail = "met", f"met at all {len(places)} place(s)"
            placed = set(places)  # a list is searched end to end for every need
            left = sorted(
                {(n.place, n.left_out) for n in needs if n.left_out and n.place not in placed}
            )
            if left:
                detail += " (left out: " + "; ".join(f"{p}, {why}" for p, why in left) + ")"
            out.append(
                Requirement(
                    source=scope.source.replace("profile:any", f"profile:{s.profile.value}"),
                    title=rule.title,
                    met=status == "met",
                    detail=detail,
                    findings=tuple(sorted(f.id for f in found)),
                    status=status,  # type: ignore[arg-type]
                    id=rule.id,
                    missing=tuple(sorted(missing)),
                    evidence=evidence,
                )
            )
        if s.profile is RiskProfile.HIGH:
            out.append(self._defence_in_depth())
        return tuple(out)

    def _defence_in_depth(self) -> Requirement:
        """High and critical threats have two independent controls: met only when there
        are such threats and every one has two; not applicable when there are none."""
        serious = [
            f
            for f in self.findings
            if f.inherent_severity >= Severity.HIGH
            and f.status in (Status.OPEN, Status.MITIGATED)
            and not f.rule.startswith(("profile/", "compliance/"))
        ]
        short = sorted(f.id for f in serious if len(f.controls_present) < 2)
        if not serious:
            status, detail = "not-applicable", "no threat high or critical before controls"
        elif short:
            none = sum(1 for f in serious if not f.controls_present)
            status = "unmet"
            detail = (
                f"{len(short)} of {len(serious)} threat(s) high or critical before controls "
                f"have fewer than two ({none} have none); the places are the findings listed"
            )
        else:
            status, detail = (
                "met",
                f"all {len(serious)} threat(s) high or critical before controls have two",
            )
        return Requirement(
            source="profile:high",
            title="High and critical threats have two independent controls",
            met=status == "met",
            detail=detail,
            findings=tuple(short),
            status=status,  # type: ignore[arg-type]
            id="profile/high/defence-in-depth",
            evidence=() if short else tuple(sorted(f.id for f in serious)),
        )

    def notes(self) -> tuple[str, ...]:
        s = self.system
        notes = []
        if s.profile is RiskProfile.LOW:
            keys = sorted({c.key for c in self._all_controls()} & set(_HIGH_ASSURANCE))
            if keys:
                notes.append(
                    "Controls beyond what a low-risk profile needs: "
                    + ", ".join(keys)
                    + ". Keep them if they are cheap; otherwise they may be over-engineering."
                )
        if not s.actors:
            notes.append("No threat actors are in scope; likelihoods ignore who can reach what.")
        ready = self._ready_notes
        model = ready.get("model")
        notes += _model_notes(s) if model is None else model
        unchecked = ready.get("unchecked")
        if unchecked is None:
            unchecked = _unchecked_content(s)
        if unchecked:
            notes.append(
                f"{len(unchecked)} model(s) or agent(s) read content from places nothing "
                f"untrusted is declared to reach, so prompt injection through it is not "
                f"analysed: "
                f"{_listed(unchecked)}. If people outside the organisation can write any of "
                "it (emails, tickets, logs, shared documents, web pages), declare where it "
                "comes from: an actor or data source in an untrusted boundary, or a data "
                "source whose origin is outside."
            )
        return tuple(notes)


def _listed(names: list[str]) -> str:
    shown = ", ".join(names[:6])
    return shown + (f" and {len(names) - 6} more" if len(names) > 6 else "")


def _model_notes(s: System) -> list[str]:
    """What the model leaves unsaid that changes the analysis: hints for its author,
    not threats (they are no findings)."""
    if not s.all_elements:
        return [
            "The model declares no elements, so nothing was analysed, and the absence of "
            "findings says nothing about the system. Add its components and the flows "
            "between them."
        ]
    out = []
    loose = sorted(e.name for e in s.all_elements if s.boundary_of(e) is None)
    if loose:
        out.append(
            f"{len(loose)} element(s) sit in no trust boundary and are treated as untrusted: "
            f"{_listed(loose)}. Put each in the boundary where it runs."
        )
    isolated = sorted(e.name for e in s.all_elements if not s._in[e.id] and not s._out[e.id])
    if isolated:
        out.append(
            f"{len(isolated)} element(s) have no flows, so nothing reaches them and they "
            f"reach nothing: {_listed(isolated)}. A flow is probably missing."
        )
    if not loose and not any(s.trust_of(e) is Trust.UNTRUSTED for e in s.all_elements):
        out.append(
            "No element sits in an untrusted boundary, so everyone who reaches this system "
            "is taken to be the organisation's own people or its partners, and threats "
            "from outsiders are not analysed. If anyone else can reach a part of it (the "
            "internet, customers, a field site others can get to), put what they use, or "
            "them, in an untrusted boundary."
        )
    generative = sorted(
        e.name for e in s.all_elements if type(e) is Model and e.task is Task.GENERATIVE
    )
    if generative:
        out.append(
            f"{len(generative)} model(s) are declared generative but not as LLMs, so the "
            f"rules for language models (prompt injection, answers people act on) do not "
            f"read them: {_listed(generative)}. If one takes prompts and writes text, "
            "declare it tg.LLM (an image or audio generator can stay a model)."
        )
    outside = _stores_outside(s)
    if outside:
        out.append(
            f"{len(outside)} data store(s) sit in an untrusted boundary and are written "
            f"sensitive data by components of ours, so their protection is not analysed "
            f"(outsiders are taken to run what sits there): {_listed(outside)}. If the "
            "organisation runs one (a bucket, a database), put it in a boundary of its own "
            "trust; if it is the outsider's own, what it is sent is theirs once sent."
        )
    vendor = sorted(
        e.name
        for e in s.all_elements
        if not isinstance(e, Actor) and s.trust_of(e) is Trust.PARTNER
    )
    ours = [
        e
        for e in s.all_elements
        if not isinstance(e, Actor) and s.trust_of(e) in (Trust.INTERNAL, Trust.RESTRICTED)
    ]
    if len(vendor) > len(ours):
        out.append(
            f"Most of the system sits in partner boundaries ({len(vendor)} element(s), "
            f"against {len(ours)} of the organisation's own): {_listed(vendor)}. What "
            "happens inside them (their sign-ins, stores and models) is taken to be the "
            "partner's to secure and is not analysed; the findings cover what crosses to "
            "and from them. If the organisation runs or configures one (an account, a "
            "workspace, a dashboard its people sign in to), put it in a boundary of its own "
            "trust."
        )
    blank = sorted(f.id for f in s.all_flows if not f.data and s.crossing(f) is not None)
    if blank:
        out.append(
            f"{len(blank)} flow(s) cross a trust boundary without saying what they carry, so "
            f"their threats are sized without knowing the data: {_listed(blank)}."
        )
    return out


def _stores_outside(s: System) -> list[str]:
    """Data stores in an untrusted boundary that a component in one of the organisation's
    zones writes personal, regulated or secret data to: a bucket or database drawn where
    outsiders are, whose protection no rule then asks about (a phone's own storage,
    written by the app on the phone, is not one)."""
    return sorted(
        e.name
        for e in s.all_elements
        if isinstance(e, DataStore)
        and s.trust_of(e) is Trust.UNTRUSTED
        and any(
            s.trust_of(f.source) >= Trust.INTERNAL
            and any(d.sensitivity >= Sensitivity.PII for d in f.data)
            for f in s._in[e.id]
        )
    )


_CONTENT = frozenset(
    {
        DataKind.DOCUMENTS,
        DataKind.RECORDS,
        DataKind.LOGS,
        DataKind.RETRIEVED_CONTEXT,
        DataKind.TOOL_RESULT,
        DataKind.MEDIA,
    }
)
"""What a model or agent reads that someone may have written: where instructions hide."""


def _unchecked_content(s: System) -> list[str]:
    """LLMs and agents that read content (documents, records, logs, retrieved text,
    tool results) from somewhere that no untrusted element and no component running
    outside code reaches: the analysis is silent on injection through that content
    because the model says nothing about who writes it (content people inside the
    organisation are declared to write, and what a partner's or vendor's data source
    holds, is analysed). Judged per source, so an LLM that customers also prompt is
    still named for the internal store it reads. One entry per model or agent, with
    those sources."""
    g = facts(s)
    out = []
    for e in s.all_elements:
        if not isinstance(e, (Agent, LLM)):
            continue
        sources: set[str] = set()
        # content colleagues are declared to write is analysed (as theirs)
        # and so is what other companies fill (a partner's data source)
        written = {i for r in (*g.insider_routes(e), *g.partner_routes(e)) for i in r.path}
        for f in s._in[e.id]:
            src = g.by_id[f.source]
            upstream = [
                g.by_id[x.source]
                for x in s._in[src.id]
                if x.source != e.id and g.carried(x).kinds & _CONTENT
            ]
            if isinstance(src, (Service, Endpoint, Tool)) and upstream:
                found = upstream  # a relay building the prompt: where its content comes from
            elif g.carried(f).kinds & _CONTENT:
                found = [src]
            else:
                continue
            sources.update(
                x.name
                for x in found
                # content from an untrusted element, or from a component running outside
                # code, is analysed: that element starts the searches, so no route
                # reaches it from elsewhere
                if not g.untrusted(x)
                and x.id not in g.compromisable
                and not g.route_paths(x)
                and not g.compromised_routes(x)
                and x.id not in written
                and not g.insider_routes(x)
                and not g.partner_routes(x)
            )
        if sources:
            out.append(f"{e.name} (from {', '.join(sorted(sources))})")
    return sorted(out)


def _is_requirement(rule: Rule) -> bool:
    return rule.is_requirement


_NOTES: Mapping[str, Callable[[System], list[str]]] = MappingProxyType(
    {"model": _model_notes, "unchecked": _unchecked_content}
)
"""The parts of the notes that cost something on a large model, worked out in the
shares of a run in several processes (see :meth:`_Run._work_ahead`)."""


def _source_applies(rule: Rule, system: System) -> bool:
    """Whether a requirement's source (profile or framework) applies to the model."""
    scope = rule.scope
    assert isinstance(scope, RequirementScope)
    kind, _, value = scope.source.partition(":")
    if kind == "profile":
        return value == "any" or value == system.profile.value
    return any(fw.value == value for fw in system.frameworks)


def _source_rank(rule: Rule) -> int:
    scope = rule.scope
    assert isinstance(scope, RequirementScope)
    return 0 if scope.source == "profile:any" else 1 if scope.source.startswith("profile") else 2


def _protocol_classes(protocol: str | None) -> frozenset[type]:
    """Control classes a declared protocol stands for (each holder is asked once per
    analysis, so this needs no cache of its own)."""
    p = lookup_protocol(protocol)
    classes: set[type] = set()
    if p is not None and p.encrypted:
        classes.update(_c.EncryptionInTransit.__mro__)
        classes.update(_c.MessageIntegrity.__mro__)
    if p is not None and p.client_authenticated:
        classes.update(_c.MutualAuthentication.__mro__)
    return frozenset(classes)


_Tags = tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]
"""A finding's ATLAS, OWASP and CWE ids."""

_GENERATIVE, _AGENTIC, _AI = 1, 2, 4
_ALL_INVOLVED = _GENERATIVE | _AGENTIC | _AI


def _involves(e: Element) -> int:
    """``e`` as involvement bits: generative (an LLM, agent, generative model or model
    API), agentic (an agent, tool or tool server), AI (either, or another AI component)."""
    bits = (_GENERATIVE if _is_generative(e) else 0) | (_AGENTIC if _is_agentic(e) else 0)
    return bits | _AI if bits or _is_ai(e) else 0


def _is_generative(e: Element) -> bool:
    if isinstance(e, (LLM, Agent)):
        return True
    if isinstance(e, Model):
        return e.task is Task.GENERATIVE
    return isinstance(e, ExternalService) and e.provides is _EC.MODEL_API


def _is_agentic(e: Element) -> bool:
    if isinstance(e, (Agent, Tool)):
        return True
    return isinstance(e, ExternalService) and e.provides is _EC.TOOL_SERVER


_AI_KINDS = (Model, Agent, Tool, DataStore, ModelRegistry, Pipeline)


def _is_ai(e: Element) -> bool:
    if isinstance(e, DataStore):
        return type(e) is not DataStore  # datasets, feature and vector stores
    if isinstance(e, ExternalService):
        return e.provides in (_EC.MODEL_API, _EC.MODEL_HUB, _EC.TOOL_SERVER)
    return isinstance(e, _AI_KINDS)


class _Pending:
    """A finding being gathered: its fields, and the places and tags merged into it."""

    __slots__ = ("affected", "atlas", "cwe", "fields", "order", "owasp", "rule")

    def __init__(
        self,
        *,
        rule: Rule,
        order: tuple[int, int],
        fields: dict[str, Any],
        affected: tuple[Target, ...],
        atlas: tuple[str, ...],
        owasp: tuple[str, ...],
        cwe: tuple[str, ...],
    ) -> None:
        self.rule = rule
        self.order = order
        self.fields = fields
        self.affected = affected
        self.atlas = atlas
        self.owasp = owasp
        self.cwe = cwe

    def merge_places(
        self,
        affected: tuple[Target, ...],
        atlas: tuple[str, ...],
        owasp: tuple[str, ...],
        cwe: tuple[str, ...],
    ) -> None:
        """Add another match's places and tags (the same root cause seen again)."""
        target = self.fields["target"]
        if affected:
            merged = {t.key: t for t in (*self.affected, *affected) if t != target}
            self.affected = tuple(merged[k] for k in sorted(merged))
        self.atlas = tuple(dict.fromkeys((*self.atlas, *atlas)))
        self.owasp = tuple(dict.fromkeys((*self.owasp, *owasp)))
        self.cwe = tuple(dict.fromkeys((*self.cwe, *cwe)))

    def absorb(self, other: _Pending) -> None:
        """Take in what another rule of the same family says about the same target: its
        sentence when it adds one (a more specific rule's explanation stands alone), its
        STRIDE categories, and the controls it counts or asks for. The score stays this
        finding's own."""
        mine, theirs = self.fields["explanation"], other.fields["explanation"]
        same_level = self.rule.specificity == other.rule.specificity
        if same_level and theirs and theirs not in mine:  # else the specific one says it
            self.fields["explanation"] = f"{mine} {theirs}"
        order = "STRIDE"
        self.fields["stride"] = tuple(
            sorted(
                {*self.fields["stride"], *other.fields["stride"]},
                key=lambda x: order.index(x.letter),
            )
        )
        present = {*self.fields["controls_present"], *other.fields["controls_present"]}
        missing = {*self.fields["controls_missing"], *other.fields["controls_missing"]} - present
        self.fields["controls_present"] = tuple(sorted(present))
        self.fields["controls_missing"] = tuple(sorted(missing))


def _explains_better(a: _Pending, b: _Pending) -> bool:
    """Which of two findings of one family on one target explains it: one whose rule is
    not excluded there (excluding one rule of a family leaves the others standing), then
    the more specific rule, then the more severe finding, then the rule id (for a
    stable choice)."""
    ka = (_excluded(a), -a.rule.specificity, a.order, a.rule.id)
    kb = (_excluded(b), -b.rule.specificity, b.order, b.rule.id)
    return ka < kb


def _excluded(p: _Pending) -> bool:
    return p.fields["status"] is Status.NOT_APPLICABLE


_NONE: frozenset[type] = frozenset()

_Sites = tuple[str | tuple[str, ...], ...]
_Context = tuple[
    list[Element],
    list[Flow],
    tuple[ThreatActor, ...],
    tuple[str, ...],
    "int | None",
    "Sensitivity | None",
    bool,
    "str | None",
]
"""Per target: elements, flows, reaching actors and their ids, exposure,
sensitivity, high stakes, declaration site."""


def _classes(controls: Iterable[Control]) -> frozenset[type]:
    """Every class the controls are instances of (their MROs): ``cls in _classes(cs)``
    is ``any(isinstance(c, cls) for c in cs)``."""
    out: set[type] = set()
    for c in controls:
        out.update(type(c).__mro__)
    return frozenset(out)


class _Plan:
    """What analysis needs about one rule, worked out once per analysis."""

    __slots__ = (
        "classes",
        "missing",
        "placement_id",
        "placement_key",
        "placements",
        "profile",
        "requirement",
        "stride",
    )

    def __init__(self, rule: Rule, system: System) -> None:
        self.requirement = _is_requirement(rule)
        self.profile = system.profile if not self.requirement else RiskProfile.LOW
        self.stride = tuple(sorted(rule.stride, key=lambda s: "STRIDE".index(s.letter)))
        self.placements = rule.effective_placement()
        self.classes = (*rule.mitigations, *rule.supporting)
        # Where controls count depends on the placements only, except "upstream", which
        # looks for each control class of the rule: that is the key findings share.
        self.placement_key: tuple[Any, ...] = (
            (self.placements, self.classes) if "upstream" in self.placements else self.placements
        )
        self.placement_id = -1
        """A small number for placement_key, given by the analysis run."""
        self.missing = tuple(sorted(c.key for c in rule.mitigations))
        """controls_missing when no control is present."""


def reaching_capabilities(levels: Iterable[Level]) -> Level | None:
    """The highest capability among ``levels`` (helper for custom scorers)."""
    return max(levels, default=None)
