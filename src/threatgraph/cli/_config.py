"""Settings from ``[tool.threatgraph]`` in the project's ``pyproject.toml``.

The file is found from the current directory upward (the first
``pyproject.toml`` found is the project's, whether or not it has the table)::

    [tool.threatgraph]
    model = "threat_model.py"             # or "pkg.threat_model:tm", or a JSON/YAML/OTM file
    fail-on = "high"                      # exit 1 when open findings at or above this exist
    register = "security/risk-register.toml"
    baseline = "security/baseline-report.json"
    report = "build/threat-report.md"     # used by the pytest plugin

Paths are relative to the ``pyproject.toml``. Command-line options override
these settings. An unknown key or a value of the wrong type is an error that
names the key, so a typo cannot silently turn the gate off.
"""

from __future__ import annotations

import os
import sys
import types
from pathlib import Path
from typing import Any

import attrs

from threatgraph._util import did_you_mean
from threatgraph.errors import LoadError, Problem
from threatgraph.vocab import Severity

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

__all__ = ["Config", "find_pyproject", "load_config"]

KEYS = ("model", "fail-on", "register", "baseline", "report")
_ALIASES = types.MappingProxyType({"fail_on": "fail-on"})


@attrs.frozen
class Config:
    """What ``[tool.threatgraph]`` says; every field is None when not set."""

    path: Path | None = None
    """The pyproject.toml read, if any."""
    model: str | None = None
    """A CLI target; file paths already made relative to the current directory's view."""
    fail_on: Severity | None = None
    register: Path | None = None
    baseline: Path | None = None


def find_pyproject(start: Path | None = None) -> Path | None:
    """The nearest ``pyproject.toml`` in ``start`` (default: the current directory) or above."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_config(start: Path | None = None) -> Config:
    """Read ``[tool.threatgraph]``; an empty Config when there is no pyproject.toml or table."""
    path = find_pyproject(start)
    if path is None:
        return Config()
    try:
        with path.open("rb") as fh:
            data = tomllib.load(fh)
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise LoadError(
            f"cannot read the threatgraph settings in {path}", [Problem("$", str(exc))]
        ) from None
    tool = data.get("tool", {})
    table = tool.get("threatgraph") if isinstance(tool, dict) else None
    if table is None:
        return Config(path=path)
    where = "tool.threatgraph"
    if not isinstance(table, dict):
        raise LoadError(
            f"invalid threatgraph settings in {path}",
            [Problem(where, "must be a table", value=table, hint="write [tool.threatgraph]")],
        )
    problems: list[Problem] = []
    values: dict[str, Any] = {}
    for raw_key, value in table.items():
        key = _ALIASES.get(raw_key, raw_key)
        if key not in KEYS:
            problems.append(
                Problem(
                    f"{where}.{raw_key}",
                    "is not a threatgraph setting",
                    value=raw_key,
                    hint=did_you_mean(raw_key, KEYS) or f"valid settings: {', '.join(KEYS)}",
                )
            )
            continue
        if key == "report":
            continue  # read by the pytest plugin
        if not isinstance(value, str) or not value.strip():
            problems.append(
                Problem(f"{where}.{raw_key}", "must be a non-empty string", value=value)
            )
            continue
        values[key] = value.strip()
    fail_on: Severity | None = None
    if "fail-on" in values:
        try:
            fail_on = Severity.parse(values["fail-on"], field="fail-on")
        except ValueError as exc:
            problems.append(Problem(f"{where}.fail-on", str(exc), value=values["fail-on"]))
    if problems:
        raise LoadError(f"invalid threatgraph settings in {path}", problems)
    base = path.parent
    return Config(
        path=path,
        model=_target(values["model"], base) if "model" in values else None,
        fail_on=fail_on,
        register=_path(values["register"], base) if "register" in values else None,
        baseline=_path(values["baseline"], base) if "baseline" in values else None,
    )


def _path(value: str, base: Path) -> Path:
    p = Path(value)
    return p if p.is_absolute() else _relative(base / p)


def _target(value: str, base: Path) -> str:
    """File targets are resolved against the pyproject's folder; ``module:attr`` stays as is."""
    path_part, sep, attr = value.partition(":")
    if len(value) > 2 and value[1] == ":" and value[2] in "\\/":  # C:\\ on Windows
        path_part, sep, attr = value, "", ""
    if path_part.lower().endswith((".py", ".json", ".yaml", ".yml")):
        return str(_path(path_part, base)) + (sep + attr if sep else "")
    return value


def _relative(path: Path) -> Path:
    """The path relative to the current directory when it is below it (shorter messages)."""
    try:
        return Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path
