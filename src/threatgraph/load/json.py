"""Reading model and report documents: strict loaders for JSON and YAML.

    >>> import threatgraph as tg
    >>> from threatgraph.export.json import system_to_json
    >>> from threatgraph.load import load_model
    >>> tm = tg.ThreatModel("demo", actors=())
    >>> _ = tm.add(tg.LLM("Chat model"))
    >>> load_model(system_to_json(tm.freeze(), locations=False)) == tm.freeze()
    True

Loaders read ``.json``, ``.yaml`` and ``.yml`` files, or JSON/YAML text, and
raise :class:`~threatgraph.errors.LoadError` with every problem found; no other
exception escapes them. YAML needs the ``threatgraph[yaml]`` extra.
"""

from __future__ import annotations

import os
import types
from collections.abc import Callable, Iterable, Iterator, Mapping
from typing import Any, TypeVar

import attrs

from threatgraph._util import did_you_mean
from threatgraph.errors import LoadError, Problem
from threatgraph.findings import (
    Finding,
    Report,
    Requirement,
    RuleError,
    find_finding,
    finding_id,
)
from threatgraph.load._documents import (
    MAX_BOUNDARIES,
    MAX_BYTES,
    MAX_DATA,
    MAX_DEPTH,
    MAX_ELEMENTS,
    MAX_FLOWS,
    MAX_NESTING,
    Document,
    Limits,
    check_shape,
    read_document,
)
from threatgraph.load.converter import (
    describe,
    format_path,
    make_converter,
    problems_from_error,
)
from threatgraph.load.model_io import (
    TOP_LEVEL_KEYS,
    build_system,
    internal_error,
    rebase_locations,
    sort_problems,
)
from threatgraph.system import System

__all__ = [
    "REPORT_FORMAT_VERSION",
    "REPORT_KEYS",
    "LoadedReport",
    "document_kind",
    "document_kind_of",
    "load_model",
    "load_report_json",
]

REPORT_KEYS = (
    "threatgraph",
    "model",
    "findings",
    "errors",
    "requirements",
    "catalogue",
    "catalogue_version",
    "taxonomies",
    "register_orphans",
    "register_expired",
    "notes",
    "rules",
    "summary",
)
"""Every key a report document may have."""

REPORT_FORMAT_VERSION = "2"
"""Report documents written now: rule titles and descriptions once, in ``rules``."""

_REPORT_FORMATS = ("1", REPORT_FORMAT_VERSION)
"""Report formats read: "1" (every finding carries its description) is still read, so
baselines written before stay usable."""

Source = str | os.PathLike[str]
T = TypeVar("T")


def load_model(
    path_or_text: Source,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_elements: int = MAX_ELEMENTS,
    max_flows: int = MAX_FLOWS,
    max_data: int = MAX_DATA,
    max_boundaries: int = MAX_BOUNDARIES,
    max_nesting: int = MAX_NESTING,
) -> System:
    """Load a model from a ``.json``/``.yaml``/``.yml`` file, or from JSON or YAML text.

    Raises LoadError listing every problem (with its JSON path) for a file that
    is missing, too large (over ``max_bytes``), nested deeper than
    ``max_depth``, malformed, or not a valid model. A document that declares
    more elements, flows, data or boundaries than the ``max_*`` limits, or nests
    boundaries deeper than ``max_nesting``, is refused before any element is
    built (see :class:`~threatgraph.load.Limits` for the defaults).
    """
    limits = Limits(
        elements=max_elements,
        flows=max_flows,
        data=max_data,
        boundaries=max_boundaries,
        nesting=max_nesting,
    )
    return _load(
        path_or_text,
        "model",
        max_bytes,
        max_depth,
        lambda doc: build_system(
            _located(doc), max_depth=max_depth, max_values=doc.max_values, limits=limits
        ),
    )


def _located(doc: Document) -> Any:
    """The document's data, its ``declared_at`` paths read from the file's directory."""
    if doc.directory is not None:
        rebase_locations(doc.data, doc.directory)
    return doc.data


def _load(
    path_or_text: Source,
    what: str,
    max_bytes: int,
    max_depth: int,
    build: Callable[[Document], tuple[T | None, list[Problem]]],
) -> T:
    """Read the document, check it is a ``what``, build it; LoadError listing every
    problem, and nothing else (an unexpected exception is a bug, reported as one)."""
    try:
        doc = read_document(path_or_text, what=what, max_bytes=max_bytes, max_depth=max_depth)
        _expect(doc.data, what, doc.label)
        value, problems = build(doc)
    except LoadError:
        raise
    except Exception as exc:  # a bug, but a loader must only ever raise LoadError
        raise _internal(path_or_text, what, exc) from exc
    if problems or value is None:
        raise LoadError(
            f"cannot load the {what} from {doc.label}: {len(problems)} problem(s)",
            sort_problems(problems),
        )
    return value


def document_kind(data: Any) -> str | None:
    """What a parsed document is: ``"model"``, ``"report"``, ``"otm"``, ``"sarif"`` or None.

    Read from the top-level keys only, so that a document given in the wrong place
    (a report where a model is expected, or the reverse) is named in one line
    instead of as a list of unknown keys.
    """
    if not isinstance(data, dict):
        return None
    if "otmVersion" in data:
        return "otm"
    if "runs" in data and ("version" in data or "$schema" in data):
        return "sarif"
    if "findings" in data or "model" in data:  # keys a model document never has
        return "report"
    if any(key in data for key in TOP_LEVEL_KEYS if key != "threatgraph"):
        return "model"  # and a report document never has these
    return None


def document_kind_of(path_or_text: Source, *, max_bytes: int = MAX_BYTES) -> str | None:
    """:func:`document_kind` of a file or text, decided by parsing all of it (within
    ``max_bytes``), not by looking for a word in its first bytes; None when it cannot be
    read or parsed (the loader that is then given it says why)."""
    try:
        return document_kind(read_document(path_or_text, max_bytes=max_bytes).data)
    except LoadError:
        return None


_KINDS: Mapping[str, tuple[str, str]] = types.MappingProxyType(
    {
        "model": (
            "a threatgraph model",
            "write a report from it with: threatgraph analyze MODEL --format json -o report.json",
        ),
        "report": (
            "a threatgraph report",
            "written by threatgraph analyze --format json; give the model here, "
            "and the report to --baseline or threatgraph diff",
        ),
        "otm": (
            "an Open Threat Model (OTM) document",
            "read it with load_otm; on the command line name it *.otm or *.otm.json",
        ),
        "sarif": (
            "a SARIF log",
            "SARIF is what threatgraph analyze writes; give the model, or a report "
            "written with --format json",
        ),
    }
)
"""Document kind -> (what it is, what to do instead)."""


def _expect(data: Any, expected: str, label: str) -> None:
    """LoadError with one problem when the document is of another known kind."""
    kind = document_kind(data)
    if kind is None or kind == expected:
        return
    what, hint = _KINDS[kind]
    raise LoadError(
        f"cannot load the {expected} from {label}",
        [Problem("$", f"is {what}, not a {expected}", hint=hint)],
    )


def _internal(source: Any, what: str, exc: Exception) -> LoadError:
    text_like = isinstance(source, str) and ("\n" in source or source.lstrip()[:1] in "{[")
    return internal_error("<text>" if text_like else str(source), what, exc)


@attrs.frozen
class LoadedReport:
    """A report read back from JSON: the model and the findings exactly as written.

    Use it for baselines and diffs; :meth:`to_report` gives a
    :class:`~threatgraph.findings.Report` again.
    """

    system: System
    findings: tuple[Finding, ...]
    errors: tuple[RuleError, ...] = ()
    requirements: tuple[Requirement, ...] = ()
    catalogue: str = "threatgraph-default"
    catalogue_version: str = ""
    taxonomies: Mapping[str, str] = attrs.field(factory=dict, hash=False)
    register_orphans: tuple[str, ...] = ()
    register_expired: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def finding_ids(self) -> frozenset[str]:
        """The ids of every finding."""
        return frozenset(f.id for f in self.findings)

    def get(self, finding_id: str) -> Finding:
        """The finding with this id (NotFoundError, a KeyError, naming the closest id if
        absent)."""
        return find_finding(self.findings, finding_id, owner="LoadedReport.get()")

    def to_report(self) -> Report:
        """A Report with the same contents."""
        return Report(
            system=self.system,
            findings=self.findings,
            errors=self.errors,
            requirements=self.requirements,
            catalogue=self.catalogue,
            catalogue_version=self.catalogue_version,
            taxonomies=dict(self.taxonomies),
            register_orphans=self.register_orphans,
            register_expired=self.register_expired,
            notes=self.notes,
        )


_REPORT_FIELDS: Mapping[str, Any] = types.MappingProxyType(
    {
        "findings": tuple[Finding, ...],
        "errors": tuple[RuleError, ...],
        "requirements": tuple[Requirement, ...],
        "catalogue": str,
        "catalogue_version": str,
        "taxonomies": dict[str, str],
        "register_orphans": tuple[str, ...],
        "register_expired": tuple[str, ...],
        "notes": tuple[str, ...],
    }
)


def load_report_json(
    path_or_text: Source,
    *,
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
    max_elements: int = MAX_ELEMENTS,
    max_flows: int = MAX_FLOWS,
    max_data: int = MAX_DATA,
    max_boundaries: int = MAX_BOUNDARIES,
    max_nesting: int = MAX_NESTING,
    families: Mapping[str, str] | None = None,
) -> LoadedReport:
    """Read a report written by :func:`report_to_json` (a file path or the text).

    Raises LoadError listing every problem, each at its JSON path. The model in
    the report is held to the same limits as :func:`load_model`'s.

    ``families`` (rule id -> threat family) gives the family of findings that do not
    say it: reports of format "1" were written before findings carried ``family``,
    and their ids are checked against the family the rule has in the catalogue
    (the CLI passes the default catalogue's).
    """
    limits = Limits(
        elements=max_elements,
        flows=max_flows,
        data=max_data,
        boundaries=max_boundaries,
        nesting=max_nesting,
    )
    return _load(
        path_or_text,
        "report",
        max_bytes,
        max_depth,
        lambda doc: _build_report(doc.data, max_depth, doc.max_values, limits, families or {}),
    )


def _build_report(
    data: Any, max_depth: int, max_values: int, limits: Limits, families: Mapping[str, str]
) -> tuple[LoadedReport | None, list[Problem]]:
    problems, fatal = check_shape(data, max_depth=max_depth, max_values=max_values)
    if fatal:
        return None, problems
    if not isinstance(data, dict):
        return None, [
            Problem("$", f"must be an object (a report document), not {describe(data)}", value=data)
        ]
    _check_top_level(data, problems)
    system: System | None = None
    if "model" not in data:
        problems.append(Problem("$.model", "is required but missing"))
    else:
        system, model_problems = build_system(
            data["model"], root="$.model", max_depth=max_depth, max_values=max_values, limits=limits
        )
        # shape problems of the model were already reported for the whole document
        known = set(problems)
        problems.extend(p for p in model_problems if p not in known)
    if "findings" not in data:
        problems.append(Problem("$.findings", "is required but missing"))
    elif "rules" in data:
        data = {**data, "findings": _with_descriptions(data["findings"], data["rules"], problems)}
    if families and isinstance(data.get("findings"), list):
        data = {**data, "findings": [_with_family(f, families) for f in data["findings"]]}
    conv = make_converter()
    values: dict[str, Any] = {}
    for key, typ in _REPORT_FIELDS.items():
        if key not in data:
            continue
        try:
            values[key] = conv.structure(data[key], typ)
        except Exception as exc:
            problems.extend(problems_from_error(exc, format_path("$", [key])))
    problems.extend(_finding_id_problems(values.get("findings", ())))
    summary = data.get("summary", {})
    if not isinstance(summary, dict):
        problems.append(
            Problem("$.summary", f"must be an object, not {describe(summary)}", value=summary)
        )
    if problems or system is None:
        return None, problems
    return LoadedReport(system=system, **values), problems


def _with_family(finding: Any, families: Mapping[str, str]) -> Any:
    """A finding that does not name its threat family, with the family its rule has."""
    if not isinstance(finding, dict) or "family" in finding:
        return finding
    rule = finding.get("rule")
    family = families.get(rule) if isinstance(rule, str) else None
    return {**finding, "family": family} if family else finding


def _finding_id_problems(findings: Iterable[Finding]) -> Iterator[Problem]:
    """Findings whose id is not the one their threat family and target give, and ids that
    two findings share: a baseline is trusted only as far as its ids are what threatgraph
    computed (an edited id could give an old low finding the id of a new high one)."""
    first: dict[str, int] = {}
    for i, f in enumerate(findings):
        where = format_path("$", ["findings", i, "id"])
        expected = finding_id(f.family_id, f.target)
        if f.id != expected:
            yield Problem(
                where,
                f"does not match the finding: rule {f.family_id!r} on {f.target.key!r} has "
                f"the id {expected}",
                value=f.id,
                hint="ids are computed from the threat family and the target; write the "
                "report again with threatgraph analyze --format json instead of editing it",
            )
        elif f.id in first:
            yield Problem(
                where,
                f"is also the id of $.findings[{first[f.id]}]",
                value=f.id,
                hint="a report lists each finding once; write it again with threatgraph "
                "analyze --format json",
            )
        first.setdefault(f.id, i)


def _check_top_level(data: dict[Any, Any], problems: list[Problem]) -> None:
    """Unknown top-level keys, and the format version."""
    for key in data:
        if key not in REPORT_KEYS:
            problems.append(
                Problem(
                    format_path("$", [str(key)]),
                    "is not a known key",
                    value=key,
                    hint=did_you_mean(str(key), REPORT_KEYS)
                    or f"valid keys: {', '.join(REPORT_KEYS)}",
                )
            )
    version = data.get("threatgraph")
    if version not in _REPORT_FORMATS or not isinstance(version, str):
        problems.append(
            Problem(
                "$.threatgraph",
                "is required but missing"
                if "threatgraph" not in data
                else f"format version {version!r} is not supported",
                value=version,
                hint=f'a report document starts with "threatgraph": "{REPORT_FORMAT_VERSION}"',
            )
        )


def _with_descriptions(findings: Any, rules: Any, problems: list[Problem]) -> Any:
    """Findings of a format-2 report with the description of their rule filled in where
    they do not carry their own; problems with the ``rules`` table are reported."""
    if not isinstance(rules, dict):
        problems.append(Problem("$.rules", f"must be an object, not {describe(rules)}"))
        return findings
    texts: dict[str, str] = {}
    for rule_id, entry in rules.items():
        where = format_path("$", ["rules", str(rule_id)])
        if not isinstance(entry, dict) or set(entry) != {"title", "description"}:
            problems.append(
                Problem(where, "must be an object with exactly 'title' and 'description'")
            )
        elif not all(isinstance(v, str) for v in entry.values()):
            problems.append(Problem(where, "'title' and 'description' must be strings"))
        else:
            texts[str(rule_id)] = entry["description"]
    if not isinstance(findings, list):
        return findings
    out = []
    for i, f in enumerate(findings):
        if isinstance(f, dict) and "description" not in f and "rule" in f:
            text = texts.get(f["rule"]) if isinstance(f["rule"], str) else None
            if text is None and isinstance(f["rule"], str) and f["rule"] in rules:
                pass  # its entry is broken, and was reported above
            elif text is None:
                where = format_path("$", ["findings", i, "rule"])
                problems.append(Problem(where, "names a rule the 'rules' table does not hold"))
            else:
                f = {**f, "description": text}
        out.append(f)
    return out
