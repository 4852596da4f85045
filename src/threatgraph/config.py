"""Settings from ``[tool.threatgraph]`` in a project's ``pyproject.toml``.

One reader for the ``threatgraph`` command and the pytest plugin, so the two
accept the same keys and reject the same mistakes::

    [tool.threatgraph]
    model = "threat_model.py"             # or "pkg.threat_model:tm", or a JSON/YAML/OTM file
    fail-on = "high"                      # exit 1 when open findings at or above this exist
    register = "security/risk-register.toml"
    baseline = "security/baseline-report.json"
    report = "build/threat-report.md"     # or a list; written by the pytest plugin
    catalogues = ["acme"]                 # threatgraph.catalogues entry points to add

Paths are relative to the ``pyproject.toml``. Command-line options override
these settings. An unknown key or a value of the wrong type is a
:class:`~threatgraph.errors.LoadError` that names the key (with a did-you-mean),
and so is one setting written twice (``fail-on`` and ``fail_on``), so a typo
cannot silently turn the gate off: the command line reports it as a usage
error, and so does pytest.

The command line finds the file from the current directory upward
(:func:`load_config`); the pytest plugin reads the one pytest's configuration
points at (:func:`read_config`).
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from threatgraph._util import did_you_mean
from threatgraph.errors import LoadError, Problem
from threatgraph.vocab import Severity

if TYPE_CHECKING:
    from threatgraph.rules.catalogue import Catalogue

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = [
    "DEFAULT_CATALOGUE",
    "KEYS",
    "Config",
    "catalogue_named",
    "find_pyproject",
    "installed_catalogues",
    "load_catalogue",
    "load_config",
    "read_config",
    "resolve_target",
]

KEYS = ("model", "fail-on", "register", "baseline", "report", "catalogues")
"""The keys ``[tool.threatgraph]`` may have."""
_ALIASES = types.MappingProxyType({"fail_on": "fail-on"})
_WHERE = "tool.threatgraph"


@attrs.frozen
class Config:
    """What ``[tool.threatgraph]`` says; every field is None (or empty) when not set."""

    path: Path | None = None
    """The pyproject.toml read, if any."""
    model: str | None = None
    """The model as written (see :attr:`target` for it resolved against :attr:`path`)."""
    fail_on: Severity | None = None
    register: Path | None = None
    baseline: Path | None = None
    report: tuple[Path, ...] = ()
    """Where the pytest plugin writes the threat report (the command line ignores it)."""
    catalogues: tuple[str, ...] = ()
    """Names of ``threatgraph.catalogues`` entry points whose rules are added to the
    built-in catalogue (``--catalogue NAME`` overrides them on the command line)."""

    @property
    def target(self) -> str | None:
        """:attr:`model` with a file path made relative to the current directory."""
        if self.model is None or self.path is None:
            return self.model
        return resolve_target(self.model, self.path.parent)


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` (default: the current directory) or above."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """``[tool.threatgraph]`` of the nearest pyproject.toml (:func:`find_pyproject`)."""
    return read_config(find_pyproject(start))


def read_config(path: Path | None) -> Config:
    """Read ``[tool.threatgraph]`` from ``path``; an empty Config when there is no file or table.

    The first ``pyproject.toml`` found is the project's, whether or not it has the
    table. Raises LoadError listing every problem.
    """
    if path is None:
        return Config()
    table = _table(path)
    if table is None:
        return Config(path=path)
    problems: list[Problem] = []
    values = _values(table, problems)
    fail_on: Severity | None = None
    if "fail-on" in values:
        try:
            fail_on = Severity.parse(values["fail-on"], field="fail-on")
        except ValueError as exc:
            problems.append(Problem(f"{_WHERE}.fail-on", str(exc), value=values["fail-on"]))
    if problems:
        raise LoadError(f"invalid threatgraph settings in {path}", problems)
    base = path.parent
    return Config(
        path=path,
        model=values.get("model"),
        fail_on=fail_on,
        register=_path(values["register"], base) if "register" in values else None,
        baseline=_path(values["baseline"], base) if "baseline" in values else None,
        report=tuple(_path(p, base) for p in values.get("report", ())),
        catalogues=values.get("catalogues", ()),
    )


def resolve_target(target: str, base: Path) -> str:
    """A file target resolved against ``base``; ``module:attr`` stays as it is."""
    path_part, sep, attr = target.partition(":")
    if len(target) > 2 and target[1] == ":" and target[2] in "\\/":  # C:\\ on Windows
        path_part, sep, attr = target, "", ""
    if path_part.lower().endswith((".py", ".json", ".yaml", ".yml")):
        return str(_path(path_part, base)) + (sep + attr if sep else "")
    return target


def _table(path: Path) -> dict[str, Any] | None:
    """The ``[tool.threatgraph]`` table of ``path``, None when it has none."""
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LoadError(
            f"cannot read the threatgraph settings in {path}", [Problem("$", str(exc))]
        ) from None
    tool = data.get("tool", {})
    table = tool.get("threatgraph") if isinstance(tool, dict) else None
    if table is None or isinstance(table, dict):
        return table
    raise LoadError(
        f"invalid threatgraph settings in {path}",
        [Problem(_WHERE, "must be a table", value=table, hint="write [tool.threatgraph]")],
    )


def _values(table: dict[str, Any], problems: list[Problem]) -> dict[str, Any]:
    """Key -> stripped string (a tuple of them for ``report``); each mistake in ``problems``."""
    values: dict[str, Any] = {}
    spelt: dict[str, str] = {}  # setting -> the spelling that set it
    for raw_key, value in table.items():
        key = _ALIASES.get(raw_key, raw_key)
        where = f"{_WHERE}.{raw_key}"
        if key in spelt:
            problems.append(
                Problem(
                    where,
                    f"sets {key} again, which {spelt[key]} already sets",
                    value=raw_key,
                    hint=f"keep one of {spelt[key]} and {raw_key}",
                )
            )
            continue
        spelt[key] = raw_key
        if key not in KEYS:
            hint = did_you_mean(raw_key, KEYS) or f"valid settings: {', '.join(KEYS)}"
            problems.append(
                Problem(where, "is not a threatgraph setting", value=raw_key, hint=hint)
            )
        elif key == "report":
            items = [value] if isinstance(value, str) else value
            if isinstance(items, list) and all(_text(v) for v in items):
                values[key] = tuple(v.strip() for v in items)
            else:
                problems.append(Problem(where, "must be a path or a list of paths", value=value))
        elif key == "catalogues":
            if isinstance(value, list) and all(_text(v) for v in value):
                values[key] = tuple(dict.fromkeys(v.strip() for v in value))
            else:
                problems.append(
                    Problem(
                        where,
                        "must be a list of catalogue names (threatgraph.catalogues entry "
                        f"points), not {_shown(value)}",
                        value=value,
                        hint='write catalogues = ["acme"]; threatgraph rules --entry-points '
                        "lists the installed ones",
                    )
                )
        elif _text(value):
            values[key] = value.strip()
        else:
            problems.append(Problem(where, "must be a non-empty string", value=value))
    return values


def _shown(value: Any) -> str:
    """A bad value as a message shows it: its repr, cut short."""
    text = repr(value)
    return text if len(text) <= 60 else text[:57] + "..."


def _text(value: Any) -> bool:
    return isinstance(value, str) and bool(value.strip())


def _path(value: str, base: Path) -> Path:
    p = Path(value)
    return p if p.is_absolute() else _relative(base / p)


def _relative(path: Path) -> Path:
    """The path relative to the current directory (shorter messages)."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path


# --------------------------------------------------------------------------- catalogues

DEFAULT_CATALOGUE = "threatgraph-default"
"""The name a report records for the built-in catalogue."""


def installed_catalogues() -> tuple[str, ...]:
    """The names of the ``threatgraph.catalogues`` entry points installed, sorted."""
    from threatgraph.rules.catalogue import entry_point_names

    return entry_point_names()


def load_catalogue(names: Sequence[str], *, source: str = "--catalogue") -> Catalogue | None:
    """The built-in catalogue extended by the ``threatgraph.catalogues`` entry points
    ``names`` (in that order), named ``threatgraph-default+NAME+...`` so that a report
    records what it was analysed with; None when ``names`` is empty (the built-in one).

    ``source`` says where the names come from (``--catalogue``,
    ``catalogues in [tool.threatgraph]``) for the InvalidValueError an unknown name
    raises, which lists the installed names and suggests the closest.
    """
    wanted = list(dict.fromkeys(names))
    if not wanted:
        return None
    from threatgraph.errors import CatalogueError, InvalidValueError
    from threatgraph.rules.catalogue import ENTRY_POINT_GROUP, Catalogue

    installed = installed_catalogues()
    for name in wanted:
        if name not in installed:
            hint = did_you_mean(name, installed)
            raise InvalidValueError(
                f"{source}: no catalogue named {name!r} is installed (entry point group "
                f"{ENTRY_POINT_GROUP})"
                + (f"; {hint}" if hint else "")
                + f"; installed: {', '.join(installed) or 'none'}. Install the package that "
                "provides it, or see threatgraph rules --entry-points"
            )
    try:
        extra = Catalogue.from_entry_points(wanted)
        default = Catalogue.default()
        rules = list(default.extend(extra))
    except CatalogueError as exc:
        raise CatalogueError(f"{source} {', '.join(wanted)}: {exc}") from None
    except (ImportError, AttributeError) as exc:
        raise CatalogueError(
            f"{source} {', '.join(wanted)}: a catalogue could not be loaded: "
            f"{type(exc).__name__}: {exc}; check that its package is installed correctly"
        ) from None
    return Catalogue(rules, name="+".join([DEFAULT_CATALOGUE, *wanted]), version=default.version)


def catalogue_named(name: str) -> Catalogue | None:
    """The catalogue a report's ``catalogue`` name stands for, when it can be rebuilt here:
    ``threatgraph-default`` or ``threatgraph-default+NAME+...`` with every NAME installed.
    None otherwise (a catalogue built in Python, or one not installed here)."""
    if name == DEFAULT_CATALOGUE:
        from threatgraph.rules.catalogue import Catalogue

        return Catalogue.default()
    head, _, tail = name.partition("+")
    names = tail.split("+") if tail else []
    if head != DEFAULT_CATALOGUE or not names or not set(names) <= set(installed_catalogues()):
        return None
    from threatgraph.errors import ThreatGraphError

    try:
        return load_catalogue(names)
    except ThreatGraphError:
        return None
