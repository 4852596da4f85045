"""The risk register: decisions about findings, kept in a TOML file beside the model.

A register records what the team decided about a finding that the design does
not mitigate: the risk is accepted, the finding is a false positive, it is
mitigated somewhere the model does not show, or a fix is in progress. Each
entry names one finding by its stable id, and has an owner, a reason and an
expiry date::

    # threatgraph risk register
    version = 1

    [findings.TG-0123456789ab]
    status = "accepted"            # accepted | false-positive | mitigated-elsewhere | in-progress
    owner = "alice@example.com"
    reason = "Only internal staff reach this endpoint until the v2 launch."
    expires = 2026-06-30           # a TOML date, or the string "2026-06-30"
    ticket = "SEC-123"             # optional
    rule = "ai/prompt-injection-direct"  # optional; must match the finding's rule if given
    target = "element:chat-api"    # optional; must match the finding's target key if given

Why TOML: it is in the standard library (``tomllib``, Python 3.11+; ``tomli``
before), has a real date type, allows comments for the reasoning around a
decision, and reads well in code review. Loading is strict: an unknown key, a
wrong type or a bad date is an error naming its path, and every problem in the
file is reported at once.

:meth:`Register.apply` returns a new Report in which:

- an entry applies only to the finding whose id it names, and only while that
  finding is open (a finding the design mitigates, or that an exclusion marks
  not applicable, keeps its status);
- ``accepted`` -> ACCEPTED, ``false-positive`` -> FALSE_POSITIVE,
  ``mitigated-elsewhere`` -> MITIGATED, ``in-progress`` stays OPEN; each with a
  ``status_reason`` naming the owner, the expiry and the reason;
- an entry is valid through its expiry date; after it, the finding is open
  again and its id is listed in ``Report.register_expired``;
- an entry whose finding does not exist is listed in ``Report.register_orphans``;
- an entry whose optional ``rule`` or ``target`` does not match its finding is
  not applied, and a note in ``Report.notes`` says why.
"""

from __future__ import annotations

import datetime as dt
import enum
import os
import re
import sys
from collections.abc import Iterable, Iterator, Mapping
from typing import TYPE_CHECKING, Any

import attrs

from threatgraph._util import did_you_mean, iso_date
from threatgraph.errors import InvalidTypeError, LoadError, Problem
from threatgraph.vocab import Status

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

if TYPE_CHECKING:
    from threatgraph.findings import Finding, Report

__all__ = ["Decision", "Register", "RegisterEntry"]

FINDING_ID_RE = re.compile(r"TG-[0-9a-f]{12}")
_ENTRY_KEYS = ("status", "owner", "reason", "expires", "ticket", "rule", "target")
_REQUIRED = ("status", "owner", "reason", "expires")
_TOP_KEYS = ("version", "findings")
MAX_BYTES = 10 * 1024 * 1024
"""Largest register read, in bytes (10 MiB); a register is a few kB."""


class Decision(enum.Enum):
    """What a register entry decides about its finding."""

    ACCEPTED = "accepted"
    """The risk is known and accepted until the expiry date."""
    FALSE_POSITIVE = "false-positive"
    """The finding does not apply to this system."""
    MITIGATED_ELSEWHERE = "mitigated-elsewhere"
    """A control the model does not show mitigates it (say where in ``reason``)."""
    IN_PROGRESS = "in-progress"
    """A fix is being worked on; the finding stays open."""

    def __str__(self) -> str:
        return self.value

    @property
    def status(self) -> Status:
        """The finding status this decision gives while the entry is valid."""
        return {
            Decision.ACCEPTED: Status.ACCEPTED,
            Decision.FALSE_POSITIVE: Status.FALSE_POSITIVE,
            Decision.MITIGATED_ELSEWHERE: Status.MITIGATED,
            Decision.IN_PROGRESS: Status.OPEN,
        }[self]


@attrs.frozen
class RegisterEntry:
    """One decision about one finding."""

    finding: str
    """The stable finding id (``TG-`` and 12 hex digits)."""
    status: Decision
    owner: str
    reason: str
    expires: dt.date
    """The last day the decision holds."""
    ticket: str | None = None
    rule: str | None = None
    """The finding's rule id, for readability; checked against the finding when given."""
    target: str | None = None
    """The finding's target key (``element:chat-api``); checked when given."""

    def expired(self, today: dt.date) -> bool:
        """True after the expiry date."""
        return today > self.expires

    def describe(self) -> str:
        """A one-line account of the decision, used as the finding's ``status_reason``."""
        ticket = f", {self.ticket}" if self.ticket else ""
        who = f"{self.owner}{ticket}"
        until = self.expires.isoformat()
        text = {
            Decision.ACCEPTED: f"accepted by {who} until {until}",
            Decision.FALSE_POSITIVE: f"false positive per {who} (review by {until})",
            Decision.MITIGATED_ELSEWHERE: f"mitigated elsewhere per {who} (until {until})",
            Decision.IN_PROGRESS: f"fix in progress, owner {who}, due {until}",
        }[self.status]
        return f"register: {text}: {self.reason}"

    def describe_expired(self) -> str:
        """The ``status_reason`` of a finding re-opened because this entry expired."""
        return (
            f"register: entry ({self.status.value}, owner {self.owner}) expired on "
            f"{self.expires.isoformat()}; the finding is open again: {self.reason}"
        )


def _sorted_entries(entries: Iterable[RegisterEntry]) -> tuple[RegisterEntry, ...]:
    return tuple(sorted(entries, key=lambda e: e.finding))


@attrs.frozen
class Register:
    """A loaded risk register: entries keyed by finding id, in id order."""

    entries: tuple[RegisterEntry, ...] = attrs.field(default=(), converter=_sorted_entries)
    source: str | None = attrs.field(default=None, eq=False)
    """Where it was loaded from, for messages."""

    # ------------------------------------------------------------------ loading

    @classmethod
    def load(cls, path: str | os.PathLike[str]) -> Register:
        """Read a TOML register file; LoadError listing every problem otherwise."""
        if not isinstance(path, (str, os.PathLike)):
            raise InvalidTypeError.for_field(
                "path", path, expected="a file path (str or Path)", owner="Register.load()"
            )
        name = os.fspath(path)
        try:
            with open(name, "rb") as fh:
                raw = fh.read(MAX_BYTES + 1)
        except OSError as exc:
            raise LoadError(
                f"cannot read risk register {name}",
                [Problem("$", exc.strerror or str(exc), value=name)],
            ) from None
        return cls.from_toml(raw, source=name)

    @classmethod
    def from_toml(cls, text: str | bytes, *, source: str = "<register>") -> Register:
        """Parse TOML text (str or UTF-8 bytes)."""
        if not isinstance(text, (str, bytes)):
            raise InvalidTypeError.for_field(
                "text", text, expected="TOML text (str or bytes)", owner="Register.from_toml()"
            )
        if len(text) > MAX_BYTES:
            raise LoadError(
                f"risk register {source} is too large",
                [Problem("$", f"is over the {MAX_BYTES // 1048576} MiB limit for a register")],
            )
        try:
            decoded = text.decode("utf-8") if isinstance(text, bytes) else text
        except UnicodeDecodeError as exc:
            raise LoadError(
                f"risk register {source} is not UTF-8 text",
                [Problem("$", f"not UTF-8 at byte {exc.start}", hint="save the file as UTF-8")],
            ) from None
        try:
            data = tomllib.loads(decoded)
        except tomllib.TOMLDecodeError as exc:
            raise LoadError(
                f"risk register {source} is not valid TOML",
                [Problem("$", str(exc), hint="check the TOML syntax near that line")],
            ) from None
        except RecursionError:  # tomllib parses nested arrays and tables recursively
            raise LoadError(
                f"risk register {source} is not a register",
                [Problem("$", "nests arrays or inline tables too deeply to read")],
            ) from None
        return cls.from_dict(data, source=source)

    @classmethod
    def from_dict(cls, data: Any, *, source: str = "<register>") -> Register:
        """Build a register from parsed TOML (or an equivalent dict)."""
        problems: list[Problem] = []
        entries: list[RegisterEntry] = []
        if not isinstance(data, Mapping):
            raise LoadError(
                f"risk register {source} is invalid",
                [Problem("$", "must be a table", value=data)],
            )
        for key in sorted((k for k in data if k not in _TOP_KEYS), key=repr):
            problems.append(
                Problem(
                    f"$.{key}",
                    "is not a register key",
                    value=key,
                    hint=did_you_mean(str(key), _TOP_KEYS) or "entries go under [findings.TG-...]",
                )
            )
        version = data.get("version", 1)
        if version != 1 or isinstance(version, bool):
            problems.append(
                Problem("$.version", "must be 1", value=version, hint="write version = 1")
            )
        findings = data.get("findings", {})
        if not isinstance(findings, Mapping):
            problems.append(
                Problem(
                    "$.findings",
                    "must be a table of entries",
                    value=findings,
                    hint="write [findings.TG-0123456789ab]",
                )
            )
            findings = {}
        for fid in sorted(findings, key=repr):
            if not isinstance(fid, str):
                problems.append(
                    Problem(
                        f"$.findings[{fid!r}]",
                        "must be a finding id, a string",
                        value=fid,
                        hint="write [findings.TG-0123456789ab]",
                    )
                )
                continue
            entry = _entry(fid, findings[fid], problems)
            if entry is not None:
                entries.append(entry)
        if problems:
            raise LoadError(f"risk register {source} has {len(problems)} problem(s)", problems)
        return cls(entries, source=source)

    # ------------------------------------------------------------------ access

    def get(self, finding_id: str) -> RegisterEntry | None:
        """The entry for a finding id, or None."""
        for e in self.entries:
            if e.finding == finding_id:
                return e
        return None

    def __iter__(self) -> Iterator[RegisterEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, finding_id: object) -> bool:
        return any(e.finding == finding_id for e in self.entries)

    # ------------------------------------------------------------------ applying

    def apply(self, report: Report, *, today: dt.date) -> Report:
        """A new Report with the register's decisions applied (see the module docs)."""
        if not isinstance(today, dt.date) or isinstance(today, dt.datetime):
            raise InvalidTypeError.for_field(
                "today", today, expected="a datetime.date", owner="Register.apply()"
            )
        by_id = {e.finding: e for e in self.entries}
        present = {f.id for f in report.findings}
        findings: list[Finding] = []
        expired: set[str] = set(report.register_expired)
        notes: list[str] = list(report.notes)
        for f in report.findings:
            entry = by_id.get(f.id)
            if entry is None:
                findings.append(f)
                continue
            mismatch = _mismatch(entry, f)
            if mismatch:
                notes.append(
                    f"register entry {entry.finding} was not applied: {mismatch}; "
                    "fix the entry's rule/target or remove them"
                )
                findings.append(f)
                continue
            if not f.is_open:
                findings.append(f)
                continue
            if entry.expired(today):
                expired.add(f.id)
                findings.append(attrs.evolve(f, status_reason=entry.describe_expired()))
                continue
            findings.append(
                attrs.evolve(f, status=entry.status.status, status_reason=entry.describe())
            )
        orphans = set(report.register_orphans) | {fid for fid in by_id if fid not in present}
        return attrs.evolve(
            report,
            findings=tuple(findings),
            register_orphans=tuple(sorted(orphans)),
            register_expired=tuple(sorted(expired)),
            notes=tuple(notes),
        )


def _mismatch(entry: RegisterEntry, f: Finding) -> str:
    if entry.rule is not None and entry.rule != f.rule:
        return f"it names rule {entry.rule!r} but the finding is from rule {f.rule!r}"
    if entry.target is not None and entry.target != f.target.key:
        return f"it names target {entry.target!r} but the finding's target is {f.target.key!r}"
    return ""


def _entry(fid: Any, raw: Any, problems: list[Problem]) -> RegisterEntry | None:
    """The entry for one ``[findings.<id>]`` table, or None after recording its problems."""
    where = f"$.findings.{fid}"
    count = len(problems)
    if not isinstance(fid, str) or not FINDING_ID_RE.fullmatch(fid):
        problems.append(
            Problem(
                where,
                "is not a finding id",
                value=fid,
                hint="finding ids look like TG-0123456789ab; copy them from the report",
            )
        )
    if not isinstance(raw, Mapping):
        problems.append(
            Problem(where, "must be a table", value=raw, hint=f"write [findings.{fid}]")
        )
        return None
    _check_keys(raw, where, problems)
    status = _status(raw["status"], where, problems) if "status" in raw else None
    texts = _texts(raw, where, problems)
    expires = _date(raw.get("expires"), where, problems) if "expires" in raw else None
    if len(problems) > count or status is None or expires is None:
        return None
    owner, reason = texts["owner"], texts["reason"]
    if owner is None or reason is None:  # pragma: no cover - reported above
        return None
    return RegisterEntry(
        finding=fid,
        status=status,
        owner=owner,
        reason=reason,
        expires=expires,
        ticket=texts["ticket"],
        rule=texts["rule"],
        target=texts["target"],
    )


def _check_keys(raw: Mapping[Any, Any], where: str, problems: list[Problem]) -> None:
    """Unknown keys and missing required keys of an entry."""
    for key in sorted(k for k in raw if k not in _ENTRY_KEYS):
        problems.append(
            Problem(
                where,
                "is not an entry key",
                field=str(key),
                value=key,
                hint=did_you_mean(str(key), _ENTRY_KEYS) or f"valid keys: {', '.join(_ENTRY_KEYS)}",
            )
        )
    for key in _REQUIRED:
        if key not in raw:
            problems.append(Problem(where, "is required", field=key))


def _status(value: Any, where: str, problems: list[Problem]) -> Decision | None:
    valid = [d.value for d in Decision]
    if isinstance(value, str) and value.strip().lower() in valid:
        return Decision(value.strip().lower())
    problems.append(
        Problem(
            where,
            f"must be one of {', '.join(valid)}",
            field="status",
            value=value,
            hint=did_you_mean(value, valid) if isinstance(value, str) else None,
        )
    )
    return None


def _texts(raw: Mapping[Any, Any], where: str, problems: list[Problem]) -> dict[str, str | None]:
    """The entry's text fields, stripped; None for one that is absent (or wrong, and reported)."""
    texts: dict[str, str | None] = {}
    for key in ("owner", "reason", "ticket", "rule", "target"):
        value = raw.get(key)
        if value is None:
            texts[key] = None
        elif not isinstance(value, str) or not value.strip():
            problems.append(Problem(where, "must be a non-empty string", field=key, value=value))
        else:
            texts[key] = value.strip()
    return texts


def _date(value: Any, where: str, problems: list[Problem]) -> dt.date | None:
    if isinstance(value, dt.datetime):
        problems.append(
            Problem(
                where,
                "must be a date without a time",
                field="expires",
                value=value,
                hint=f"write expires = {value.date().isoformat()}",
            )
        )
        return None
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        date = iso_date(value)
        if date is not None:
            return date
    problems.append(
        Problem(
            where,
            "must be a date (YYYY-MM-DD)",
            field="expires",
            value=value,
            hint="write expires = 2026-06-30",
        )
    )
    return None
