"""SARIF 2.1.0 output, for GitHub code scanning and other SARIF viewers.

>>> from threatgraph.export.sarif import sarif_json, to_sarif
>>> # log = to_sarif(report, model_path="threat_model.py")

What goes where:

- one **result** per *open* finding (mitigated, accepted, false-positive and
  not-applicable findings are decisions, not alerts);
- one **rule** per rule id that has a result, with its title, description, a
  help text listing the taxonomy references with their links, and tags for
  STRIDE, OWASP, MITRE ATLAS and CWE (``external/cwe/cwe-1427``, the form
  GitHub recognises);
- ``level`` from the residual severity: critical and high -> ``error``,
  medium -> ``warning``, low and info -> ``note``; the rule's
  ``security-severity`` (read by GitHub) from the highest severity among its
  results: critical 9.5, high 8.0, medium 5.5, low 2.0, info 0.0;
- the **location** is where the target was declared (``file:line`` from the
  finding), relative to the repository; when that is unknown it is the model
  file if known (``model_path``), and there is always a logical location
  naming the target (``element:chat-api``);
- ``partialFingerprints["threatgraphFindingId/v1"]`` is the stable finding id,
  so alerts survive re-runs, re-ordering and unrelated edits;
- an incomplete analysis (a rule crashed) sets ``executionSuccessful: false``
  and lists each rule error as a tool notification.

The output is deterministic: the same report gives byte-identical JSON.
"""

from __future__ import annotations

import io
import os
import re
import types
from collections.abc import Iterator, Sequence
from pathlib import Path, PurePath, PurePosixPath
from typing import Any, TextIO
from urllib.parse import quote

from threatgraph._gc import collector_paused
from threatgraph._jsontext import dumps_indented, write_array
from threatgraph._util import slugify, working_directory
from threatgraph.elements import Element, Flow
from threatgraph.errors import InvalidTypeError, InvalidValueError
from threatgraph.findings import Finding, Report, Target, require_report
from threatgraph.taxonomy import reference_name, reference_url
from threatgraph.vocab import Severity, SeverityValue

__all__ = [
    "FINGERPRINT_KEY",
    "INFORMATION_URI",
    "MAX_RESULTS",
    "MAX_TAGS",
    "SARIF_SCHEMA",
    "SARIF_VERSION",
    "sarif_json",
    "to_sarif",
    "write_sarif",
]

SARIF_VERSION = "2.1.0"
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
INFORMATION_URI = "https://threatgraph.readthedocs.io"
FINGERPRINT_KEY = "threatgraphFindingId/v1"
SRCROOT = "%SRCROOT%"
MAX_RESULTS = 25_000
"""Results GitHub code scanning accepts per run; past it the least severe are left out."""
MAX_TAGS = 10
"""Tags GitHub code scanning reads per rule; the rest stay in the rule's help text."""
OMITTED_HINT = (
    "raise the bar with --min-severity, or analyse the estate as several models (one "
    "per boundary) and upload each log with its own category"
)

_LEVEL = types.MappingProxyType(
    {
        Severity.CRITICAL: "error",
        Severity.HIGH: "error",
        Severity.MEDIUM: "warning",
        Severity.LOW: "note",
        Severity.INFO: "note",
    }
)
_SECURITY_SEVERITY = types.MappingProxyType(
    {
        Severity.CRITICAL: "9.5",
        Severity.HIGH: "8.0",
        Severity.MEDIUM: "5.5",
        Severity.LOW: "2.0",
        Severity.INFO: "0.0",
    }
)
_LOCATION_RE = re.compile(r"^(?P<file>.+):(?P<line>\d+)$")
_BIDI = types.MappingProxyType(
    {
        cp: f"\\u{cp:04x}"
        for cp in (0x061C, 0x200E, 0x200F, *range(0x202A, 0x202F), *range(0x2066, 0x206A))
    }
)
"""Unicode bidirectional controls -> their visible ``\\u202e`` text: in a viewer's
message they would reorder the text around them (a finding id shown reversed)."""


def _inert(text: str) -> str:
    """``text`` with its bidi controls shown as ``\\u202e`` text (other text unchanged)."""
    return text if text.isascii() else text.translate(_BIDI)


@collector_paused
def to_sarif(
    report: Report,
    *,
    model_path: str | os.PathLike[str] | None = None,
    base_dir: str | os.PathLike[str] | None = None,
    max_results: int | None = None,
    min_severity: Severity | SeverityValue | None = None,
) -> dict[str, Any]:
    """The SARIF log for ``report`` as a dict.

    Args:
        report: the analysis result.
        model_path: the file the model was loaded from; results whose target has
            no recorded declaration site point at it.
        base_dir: the repository root; absolute paths under it are made
            relative (SARIF viewers resolve relative paths against the checkout).
        max_results: at most this many results (default :data:`MAX_RESULTS`, GitHub
            code scanning's limit); the most severe are kept, and the run says how many were left
            out (``properties.omittedResults`` and a warning notification).
        min_severity: only open findings at or above this severity become results
            (a Severity or its name: ``"medium"``).

    Raises :class:`~threatgraph.errors.InvalidTypeError` for a ``report`` that is not
    a Report (analyse the model first) or a ``max_results`` that is not an int, and
    :class:`~threatgraph.errors.InvalidValueError` for a negative ``max_results`` or
    an unknown severity.
    """
    log, results = _log(
        report, model_path, base_dir, max_results, min_severity, "to_sarif()", shared=False
    )
    log["runs"][0]["results"] = list(results)
    return log


def _log(
    report: Report,
    model_path: str | os.PathLike[str] | None,
    base_dir: str | os.PathLike[str] | None,
    max_results: int | None,
    min_severity: Severity | SeverityValue | None,
    owner: str,
    *,
    shared: bool = True,
) -> tuple[dict[str, Any], Iterator[dict[str, Any]]]:
    """The log with an empty ``results`` list, and the results, made one by one.
    ``shared``: results may share the dicts of a physical location (they are written
    out at once); a log handed to the caller gets its own everywhere."""
    from threatgraph._version import __version__

    report = require_report(report, owner)
    limit = _check_max_results(max_results, owner)
    floor = (
        None
        if min_severity is None
        else Severity.parse(min_severity, field="min_severity", owner=owner)
    )
    findings = report.open()
    if floor is not None:
        findings = [f for f in findings if f.severity >= floor]
    omitted = max(0, len(findings) - limit)
    findings = findings[:limit]  # open() is most severe first
    by_rule = _by_rule(findings)
    index = {rid: i for i, rid in enumerate(by_rule)}
    places = _Places(model_path, base_dir, shared=shared)
    driver: dict[str, Any] = {
        "name": "threatgraph",
        "version": __version__,
        "semanticVersion": __version__,
        "informationUri": INFORMATION_URI,
        "rules": [_rule(rid, fs) for rid, fs in by_rule.items()],
    }
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "automationDetails": {"id": f"threatgraph/{slugify(report.system.name)}/"},
        "invocations": [_invocation(report, omitted, limit)],
        "results": [],
        "properties": _run_properties(report),
    }
    if omitted:
        run["properties"]["omittedResults"] = omitted
    results = (_result(report, f, index[f.rule], places) for f in findings)
    return {"$schema": SARIF_SCHEMA, "version": SARIF_VERSION, "runs": [run]}, results


@collector_paused
def write_sarif(
    report: Report,
    out: TextIO,
    *,
    model_path: str | os.PathLike[str] | None = None,
    base_dir: str | os.PathLike[str] | None = None,
    max_results: int | None = None,
    min_severity: Severity | SeverityValue | None = None,
) -> None:
    """Write the SARIF log to ``out`` as it goes, one result at a time: the same text as
    :func:`sarif_json`."""
    _write(report, out, model_path, base_dir, max_results, min_severity, "write_sarif()")


def _write(
    report: Report,
    out: TextIO,
    model_path: str | os.PathLike[str] | None,
    base_dir: str | os.PathLike[str] | None,
    max_results: int | None,
    min_severity: Severity | SeverityValue | None,
    owner: str,
) -> None:
    log, results = _log(report, model_path, base_dir, max_results, min_severity, owner)
    text = dumps_indented(log, sort_keys=False, allow_nan=True) + "\n"
    # the only structural "results" key is the run's (quotes inside strings are escaped)
    at = text.index('"results": []')
    indent = text[text.rindex("\n", 0, at) + 1 : at]
    out.write(text[: at + len('"results": ')])
    write_array(out, results, indent, sort_keys=False, allow_nan=True)
    out.write(text[at + len('"results": []') :])


@collector_paused
def sarif_json(
    report: Report,
    *,
    model_path: str | os.PathLike[str] | None = None,
    base_dir: str | os.PathLike[str] | None = None,
    max_results: int | None = None,
    min_severity: Severity | SeverityValue | None = None,
) -> str:
    """:func:`to_sarif` as JSON text: two-space indent, UTF-8 kept, trailing newline."""
    buffer = io.StringIO()
    _write(report, buffer, model_path, base_dir, max_results, min_severity, "sarif_json()")
    return buffer.getvalue()


def _check_max_results(value: object, owner: str) -> int:
    """``max_results`` as the limit: None is :data:`MAX_RESULTS`; an int of 0 or more."""
    if value is None:
        return MAX_RESULTS
    if isinstance(value, bool) or not isinstance(value, int):
        raise InvalidTypeError.for_field(
            "max_results", value, expected="an int of 0 or more, or None", owner=owner
        )
    if value < 0:
        raise InvalidValueError.for_field(
            "max_results", value, expected="0 or more (None: the default limit)", owner=owner
        )
    return int(value)


def _by_rule(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    """The findings of each rule, by rule id (the order of the driver's rules)."""
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule, []).append(f)
    return {rid: by_rule[rid] for rid in sorted(by_rule)}


def _invocation(report: Report, omitted: int = 0, limit: int = MAX_RESULTS) -> dict[str, Any]:
    """Whether every rule ran; a rule that crashed is a tool notification, and so are
    results left out to stay within :data:`MAX_RESULTS`."""
    invocation: dict[str, Any] = {"executionSuccessful": report.complete}
    notes = [
        {
            "level": "error",
            "message": {"text": _inert(str(e))},
            "descriptor": {"id": e.rule},
            "properties": {"target": e.target, "error": e.error},
        }
        for e in report.errors
    ]
    if omitted:
        notes.append(
            {
                "level": "warning",
                "message": {
                    "text": f"{omitted} open findings of the least severity are not in "
                    f"this log (at most {limit} results per run): {OMITTED_HINT}"
                },
                "descriptor": {"id": "threatgraph/omitted-results"},
            }
        )
    if notes:
        invocation["toolExecutionNotifications"] = notes
    return invocation


def _run_properties(report: Report) -> dict[str, Any]:
    counts = report.counts()
    return {
        "model": report.system.name,
        "riskProfile": report.system.profile.value,
        "catalogue": report.catalogue,
        "catalogueVersion": report.catalogue_version,
        "taxonomies": {str(k): str(v) for k, v in sorted(report.taxonomies.items())},
        "complete": report.complete,
        "findings": len(report.findings),
        "status": counts["status"],
        "openBySeverity": counts["severity"],
    }


# One rule per rule id with a result: its help text lists the references.


def _rule(rule_id: str, findings: Sequence[Finding]) -> dict[str, Any]:
    first = findings[0]
    worst = max(f.severity for f in findings)
    atlas = _union(f.atlas for f in findings)
    owasp = _union(f.owasp for f in findings)
    cwe = _union(f.cwe for f in findings)
    stride = sorted({s for f in findings for s in f.stride}, key=lambda s: "STRIDE".index(s.letter))
    phases = sorted({p for f in findings for p in f.phases})
    description = first.description or first.title
    refs = [*atlas, *owasp, *cwe]
    # an alert shows the help: the threat in a few sentences; the rule's full text, with
    # every case it leaves out, stays in fullDescription
    summary = _summary(description)
    more = (
        [
            "",
            "The rule's full description, with what it counts and what it leaves out, is "
            "its fullDescription (and `threatgraph rules --format md` prints every rule's).",
        ]
        if summary != description
        else []
    )
    text_lines = [summary, *more, ""]
    md_lines = [_md(summary), *(_md(x) if x else x for x in more), ""]
    if stride:
        labels = ", ".join(s.label.capitalize() for s in stride)
        text_lines.append(f"STRIDE: {labels}")
        md_lines.append(f"**STRIDE:** {_md(labels)}  ")
    if phases:
        titles = ", ".join(p.title for p in phases)
        text_lines.append(f"Lifecycle phase: {titles}")
        md_lines.append(f"**Lifecycle phase:** {_md(titles)}  ")
    if refs:
        text_lines.append("References:")
        md_lines += ["", "**References:**", ""]
        for r in refs:
            url = reference_url(r)
            name = reference_name(r)
            label = f"{r} {name}" if name else r
            text_lines.append(f"- {label}" + (f" <{url}>" if url else ""))
            link = f"[{_md(r)}]({url})" if url else _md(r)
            md_lines.append(f"- {link}" + (f" {_md(name)}" if name else ""))
    tags = ["security", "threat-model"]
    tags += [f"stride/{s.value}" for s in stride]
    tags += list(atlas) + list(owasp)
    tags += [_cwe_tag(c) for c in cwe]
    rule: dict[str, Any] = {
        "id": rule_id,
        "name": _pascal(first.title) or _pascal(rule_id) or "Rule",
        "shortDescription": {"text": _inert(first.title)},
        "fullDescription": {"text": _inert(description)},
        "help": {
            "text": _inert("\n".join(text_lines).strip()),
            "markdown": _inert("\n".join(md_lines).strip()),
        },
        "defaultConfiguration": {"level": _LEVEL[worst]},
        "properties": {
            "tags": _capped(_dedupe(tags)),
            "security-severity": _SECURITY_SEVERITY[worst],
            "precision": "medium",
            "problem.severity": "recommendation" if _LEVEL[worst] == "note" else _LEVEL[worst],
        },
    }
    help_uri = next((u for u in (reference_url(r) for r in refs) if u), None)
    if help_uri:
        rule["helpUri"] = help_uri
    return rule


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z(])")
_SUMMARY_WORDS = 60


def _summary(description: str) -> str:
    """The first sentences of a rule's description, up to about sixty words (at least
    one sentence, cut at sixty words when it alone runs past eighty): what the threat
    is, without the cases the rule leaves out."""
    first = description.strip().split("\n\n")[0]
    out: list[str] = []
    words = 0
    for sentence in _SENTENCE_END.split(" ".join(first.split())):
        n = len(sentence.split())
        if out and words + n > _SUMMARY_WORDS:
            break
        out.append(sentence)
        words += n
    text = " ".join(out)
    cut = text.split()
    if len(cut) > _SUMMARY_WORDS + 20:  # one sentence of many cases: its start
        text = " ".join(cut[:_SUMMARY_WORDS]).rstrip(",;:(") + " …"
    return text


def _union(groups: Any) -> tuple[str, ...]:
    out: list[str] = []
    for g in groups:
        for item in g:
            if item not in out:
                out.append(item)
    return tuple(out)


def _dedupe(items: Sequence[str]) -> list[str]:
    out: list[str] = []
    for item in items:
        if item not in out:
            out.append(item)
    return out


def _capped(tags: list[str]) -> list[str]:
    """At most MAX_TAGS tags: ``security`` and the CWE tags first (GitHub classifies
    alerts by them), then STRIDE, OWASP and ATLAS, then ``threat-model``."""
    if len(tags) <= MAX_TAGS:
        return tags
    rank = {"security": 0, "threat-model": 5}

    def order(tag: str) -> int:
        if tag in rank:
            return rank[tag]
        if tag.startswith("external/cwe/"):
            return 1
        if tag.startswith("stride/"):
            return 2
        return 4 if tag.startswith("AML.") else 3

    return sorted(tags, key=order)[:MAX_TAGS]


def _cwe_tag(cwe: str) -> str:
    m = re.fullmatch(r"CWE-(\d+)", cwe.strip())
    return f"external/cwe/cwe-{m.group(1)}" if m else cwe


def _pascal(text: str) -> str:
    return "".join(w[:1].upper() + w[1:] for w in re.findall(r"[A-Za-z0-9]+", text))


_MD_SPECIAL = re.compile(r"([\\`*_\[\]#|~!<>{}])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", re.sub(r"[\r\n]+", " ", text))


# One result per open finding, located where its target was declared.


def _result(report: Report, f: Finding, rule_index: int, places: _Places) -> dict[str, Any]:
    location: dict[str, Any] = {}
    physical = places.physical(f.location)
    if physical is not None:
        location["physicalLocation"] = physical
    location["logicalLocations"] = [
        {
            "name": f.target.primary or report.system.name,
            "fullyQualifiedName": f.target.key,
            "kind": "resource",
        }
    ]
    message = f"{f.title}: {f.explanation}" if f.explanation else f.title
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "ruleIndex": rule_index,
        "kind": "fail",
        "level": _LEVEL[f.severity],
        "message": {"text": _inert(message)},
        "locations": [location],
        "partialFingerprints": {FINGERPRINT_KEY: f.id},
        "properties": _result_properties(f),
    }
    if f.affected:  # the other places the same root cause touches
        result["relatedLocations"] = [
            _related(report, t, i, places) for i, t in enumerate(f.affected, 1)
        ]
    return result


def _related(report: Report, t: Target, number: int, places: _Places) -> dict[str, Any]:
    """A related location: where the affected element or flow was declared (code
    scanning shows only related locations with a file), its key as message and name."""
    related: dict[str, Any] = {"id": number}
    physical = places.physical(_declared(report, t, places.cwd))
    if physical is not None:
        related["physicalLocation"] = physical
    related["message"] = {"text": _inert(t.key)}
    related["logicalLocations"] = [
        {"name": t.primary, "fullyQualifiedName": t.key, "kind": "resource"}
    ]
    return related


def _declared(report: Report, t: Target, cwd: str | None) -> str | None:
    """Where an affected place was declared: an element or flow where it was, a path
    (a way in) where its first element was; the file as seen from ``cwd``."""
    s = report.system
    holder: Element | Flow | None = None
    if t.kind == "flow" and t.ids[0] in s:
        holder = s.flow(t.ids[0])
    elif t.kind in ("element", "path") and t.ids and t.ids[0] in s:
        holder = s.element(t.ids[0])
    loc = None if holder is None else holder.declared_at
    return None if loc is None else loc.seen_from(cwd)


def _result_properties(f: Finding) -> dict[str, Any]:
    return {
        "findingId": f.id,
        "number": f.number,
        "target": f.target.key,
        "severity": f.severity.value,
        "inherentSeverity": f.inherent_severity.value,
        "likelihood": f.likelihood.value,
        "impact": f.impact.value,
        "score": f.score,
        "stride": [s.value for s in f.stride],
        "phases": [p.value for p in f.phases],
        "controlsPresent": list(f.controls_present),
        "controlsMissing": list(f.controls_missing),
        "actors": list(f.actors),
        **({"affected": [t.key for t in f.affected]} if f.affected else {}),
        **({"inferred": f.basis} if f.basis else {}),
    }


class _Places:
    """Physical locations for one log: declaration sites, else the model file.

    Many findings share a declaration site: each path is resolved once. Every result
    gets its own dicts in a log handed to the caller; results written out at once
    share them (``shared``).
    """

    def __init__(
        self,
        model_path: str | os.PathLike[str] | None,
        base_dir: str | os.PathLike[str] | None,
        *,
        shared: bool = False,
    ) -> None:
        self.shared = shared  # hand out the same dicts for the same place
        self.base = Path(base_dir) if base_dir is not None else None
        self.model = _artifact(os.fspath(model_path), self.base) if model_path is not None else None
        self.known: dict[str, dict[str, Any] | None] = {}  # location -> physicalLocation
        self.cwd = working_directory()  # declaration sites are read from it

    def physical(self, location: str | None) -> dict[str, Any] | None:
        if location:
            if location not in self.known:
                self.known[location] = _physical(location, self.base)
            known = self.known[location]
            if known is not None:
                return known if self.shared else {k: dict(v) for k, v in known.items()}
        if self.model is not None:
            return {"artifactLocation": self.model if self.shared else dict(self.model)}
        return None


def _physical(location: str, base: Path | None) -> dict[str, Any] | None:
    m = _LOCATION_RE.match(location.strip())
    path, line = (m.group("file"), int(m.group("line"))) if m else (location.strip(), 0)
    if not path or path.startswith("<"):  # <string>, <stdin>: not a file anyone can open
        return None
    physical: dict[str, Any] = {"artifactLocation": _artifact(path, base)}
    if line >= 1:
        physical["region"] = {"startLine": line}
    return physical


def _artifact(path: str, base: Path | None) -> dict[str, str]:
    """An artifactLocation: a URI relative to the checkout, or a file URI when outside it."""
    if os.path.isabs(path):
        resolved = Path(path).resolve()
        if base is None:
            return {"uri": resolved.as_uri()}
        try:
            rel = resolved.relative_to(base.resolve()).as_posix()
        except ValueError:
            return {"uri": resolved.as_uri()}
    elif base is not None:  # relative to the working directory: made relative to the root
        rel = PurePath(os.path.relpath(os.path.abspath(path), base)).as_posix()
    else:
        rel = str(PurePosixPath(path.replace("\\", "/")))
    while rel.startswith("./"):
        rel = rel[2:]
    return {"uri": quote(rel, safe="/-._~"), "uriBaseId": SRCROOT}
