"""The ATLAS case-study benchmark's inputs: the vendored case studies and the models.

Each module in ``benchmarks/quality/cases/`` declares one victim's architecture as
its designers would have declared it before the attack, and the places where a
threat model should have flagged each design-relevant step::

    CASE_ID = "AML.CS0000"
    NAME = "Evasion of Deep Learning Detector for Malware C&C Traffic"

    def build() -> tg.ThreatModel: ...

    EXPECTED = {4: ("cc-detector",), 5: ("cc-detector",)}

``EXPECTED`` maps a step number (``step`` in ``data/atlas_case_study_steps.csv``) to the
element or flow ids where that step's technique belongs. Every step marked
``design_relevant=yes`` has an entry, and only those.
"""

from __future__ import annotations

import csv
import importlib
import pkgutil
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType

import threatgraph as tg

HERE = Path(__file__).resolve().parent
DATA = HERE / "data"


@dataclass(frozen=True)
class Step:
    """One attack step of a case study."""

    case_id: str
    number: int
    tactic: str
    technique: str
    technique_name: str
    description: str
    design_relevant: bool


@dataclass(frozen=True)
class CaseStudy:
    """One ATLAS case study: its text and its steps."""

    case_id: str
    name: str
    kind: str
    target: str
    summary: str
    steps: tuple[Step, ...]

    @property
    def relevant(self) -> tuple[Step, ...]:
        """The steps a design-time threat model should flag."""
        return tuple(s for s in self.steps if s.design_relevant)


@dataclass(frozen=True)
class Case:
    """A case study together with its model module."""

    study: CaseStudy
    module: ModuleType
    build: Callable[[], tg.ThreatModel]
    expected: Mapping[int, tuple[str, ...]]

    @property
    def slug(self) -> str:
        """The module's short name, ``cs0000_malware_cc_evasion``."""
        return self.module.__name__.rsplit(".", 1)[-1]


def load_studies() -> dict[str, CaseStudy]:
    """Every case study in the vendored CSVs, by case id."""
    steps: dict[str, list[Step]] = {}
    with (DATA / "atlas_case_study_steps.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            steps.setdefault(row["case_id"], []).append(
                Step(
                    case_id=row["case_id"],
                    number=int(row["step"]),
                    tactic=row["tactic"],
                    technique=row["technique"],
                    technique_name=row["technique_name"],
                    description=row["description"],
                    design_relevant=row["design_relevant"] == "yes",
                )
            )
    out: dict[str, CaseStudy] = {}
    with (DATA / "atlas_case_studies.csv").open(newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            cid = row["case_id"]
            out[cid] = CaseStudy(
                case_id=cid,
                name=row["name"],
                kind=row["type"],
                target=row["target"],
                summary=row["summary"],
                steps=tuple(sorted(steps.get(cid, ()), key=lambda s: s.number)),
            )
    return out


def case_modules() -> list[str]:
    """The module names under ``benchmarks.quality.cases``, sorted."""
    from benchmarks.quality import cases

    return sorted(
        f"{cases.__name__}.{m.name}"
        for m in pkgutil.iter_modules(cases.__path__)
        if m.name.startswith("cs")
    )


def load_case(module_name: str, studies: Mapping[str, CaseStudy] | None = None) -> Case:
    """Import one case module and pair it with its case study."""
    studies = studies if studies is not None else load_studies()
    module = importlib.import_module(module_name)
    cid = getattr(module, "CASE_ID", None)
    if cid not in studies:
        raise ValueError(f"{module_name}: CASE_ID {cid!r} is not a case study in data/")
    return Case(
        study=studies[cid],
        module=module,
        build=module.build,
        expected={int(k): tuple(v) for k, v in module.EXPECTED.items()},
    )


def load_cases(select: list[str] | None = None) -> list[Case]:
    """Every case (or those whose id or module name contains one of ``select``)."""
    studies = load_studies()
    out = []
    for name in case_modules():
        case = load_case(name, studies)
        if select and not any(
            s.lower() in (case.study.case_id.lower(), case.slug.lower())
            or case.slug.lower().startswith(s.lower())
            for s in select
        ):
            continue
        out.append(case)
    return out


def check_case(case: Case) -> list[str]:
    """Problems with a case module that are not about threats: it must freeze, and its
    expectations must name every design-relevant step (only those) with ids that exist."""
    problems: list[str] = []
    try:
        system = case.build().freeze()
    except tg.ThreatGraphError as exc:
        return [f"{case.slug}: does not freeze: {exc}"]
    want = {s.number for s in case.study.relevant}
    have = set(case.expected)
    for n in sorted(want - have):
        problems.append(f"{case.slug}: design-relevant step {n} has no EXPECTED entry")
    for n in sorted(have - want):
        problems.append(f"{case.slug}: step {n} is not design-relevant (or does not exist)")
    ids = {e.id for e in system.elements()} | {f.id for f in system.flows()}
    for n, targets in sorted(case.expected.items()):
        if not targets:
            problems.append(f"{case.slug}: step {n} lists no target")
        for t in targets:
            if t not in ids:
                problems.append(
                    f"{case.slug}: step {n} names {t!r}, not an element or flow id"
                    f" (ids: {', '.join(sorted(ids))})"
                )
    if not case.module.__doc__ or case.study.case_id not in case.module.__doc__:
        problems.append(f"{case.slug}: the module docstring must start with the case id and name")
    if case.study.case_id not in system.name:
        problems.append(f"{case.slug}: the model's name must carry the case id and name")
    return problems
