"""Load a command's TARGET; a ``file.py:NAME`` whose NAME is not a model lists the models.

:func:`~threatgraph.load.target.load_target` says ``threat_model.py has no attribute
'c'`` (or ``threat_model.py:c is a module, not a ThreatModel or System``) and stops.
The commands add what to write instead: the module-level models the file (or the
module of ``package.module:NAME``) does define, with a did-you-mean for a close
one, as the no-NAME case lists them when there are several.

To find them a ``.py`` file is run a second time, quietly (what it prints is
dropped), and only on this error path: the first run's module is not kept. A file
that fails the second time leaves the original error as it was.
"""

from __future__ import annotations

import contextlib
import difflib
import importlib.util
import io
import sys
from pathlib import Path
from typing import Any

from threatgraph.errors import InvalidValueError, TargetError
from threatgraph.load import Limits
from threatgraph.load.target import load_target
from threatgraph.model import ThreatModel
from threatgraph.system import System

__all__ = ["REGISTER_FIX", "existing_file", "load_model"]

_SHOWN = 10
"""Most models named in the message."""

REGISTER_FIX = (
    "write the risk register first (docs/how-to/risk-register.md), or leave out --register"
)
"""How to fix a ``--register FILE`` that does not exist."""


def load_model(spec: str, *, limits: Limits | None = None) -> System:
    """:func:`load_target`, with the models of the file named when ``:NAME`` is not one."""
    try:
        return load_target(spec, limits=limits)
    except TargetError as exc:
        better = _name_error(spec, exc)
        if better is None:
            raise
        raise better from exc


def _name_error(spec: str, exc: TargetError) -> TargetError | None:
    """The error to give instead of ``exc`` when ``spec``'s NAME is no model; None to keep it."""
    if len(spec) > 2 and spec[1] == ":" and spec[2] in "\\/":  # C:\ on Windows: no NAME
        return None
    where, _, name = spec.partition(":")
    if not name:
        return None
    if where.endswith(".py"):
        label = str(Path(where))
        names = _names_in_file(Path(where))
    else:
        label = f"module {where!r}"
        module = sys.modules.get(where)
        names = dict(vars(module)) if module is not None else None
    if names is None:
        return None
    value = names.get(name)
    if name in names and (callable(value) or isinstance(value, (ThreatModel, System))):
        return None  # NAME is a model or a factory: the error is about something else
    models = sorted(
        n
        for n, v in names.items()
        if isinstance(v, (ThreatModel, System)) and not n.startswith("_")
    )
    if not models:
        return TargetError(f"{exc}; {label} defines no module-level ThreatModel or System")
    close = difflib.get_close_matches(name, models, n=1)
    shown = ", ".join(models[:_SHOWN]) + (
        f" and {len(models) - _SHOWN} more" if len(models) > _SHOWN else ""
    )
    return TargetError(
        f"{exc}; {f'did you mean {close[0]!r}? ' if close else ''}models in {label}: {shown} "
        f"(write {where}:{close[0] if close else models[0]})"
    )


def _names_in_file(path: Path) -> dict[str, Any] | None:
    """The module-level names of the ``.py`` file, run again with its output dropped; None
    when it cannot be run."""
    if not path.is_file():
        return None
    module_name = f"_threatgraph_names_{abs(hash(str(path.resolve())))}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:  # pragma: no cover - defensive
        return None
    module = importlib.util.module_from_spec(spec)
    parent = str(path.resolve().parent)
    added = parent not in sys.path
    if added:
        sys.path.insert(0, parent)
    sink = io.StringIO()
    try:
        sys.modules[module_name] = module
        with contextlib.redirect_stdout(sink), contextlib.redirect_stderr(sink):
            spec.loader.exec_module(module)
    except KeyboardInterrupt:
        raise
    except BaseException:  # it ran once already: a second failure keeps the first error
        return None
    finally:
        sys.modules.pop(module_name, None)
        if added:
            sys.path.remove(parent)
    return dict(vars(module))


def existing_file(path: str, option: str, fix: str) -> Path:
    """The file an option such as ``--register FILE`` names; an error that names the option,
    shows the path and says how to fix it (``fix``) when nothing is there."""
    found = Path(path)
    if not found.exists():
        raise InvalidValueError(f"{option} {path!r}: no such file; {fix}")
    return found
