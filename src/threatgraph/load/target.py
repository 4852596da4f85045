"""Resolve a TARGET, the name of a model, into a System.

The ``threatgraph`` commands, the pytest plugin's ``threat_model`` fixture and
the benchmarks name a model the same way. A TARGET is one of:

- ``path/to/model.py``: the file is run as a module (it is code, like a
  pytest file) and its module-level ThreatModel or System is used;
  ``path/to/model.py:attr`` picks one when there are several;
- ``package.module:attr``: imported from the Python path;
- ``model.json``, ``model.yaml`` / ``.yml``: a model file (no code is run);
- an OTM file (``*.otm``, ``*.otm.json``, or any JSON or YAML with ``otmVersion``).

Unlike the document loaders next to it, a Python TARGET is code and runs: the
user names it, as pytest runs a test file (see docs/security.md).
"""

from __future__ import annotations

import contextlib
import difflib
import importlib
import importlib.util
import os
import sys
import traceback
from collections.abc import Iterator
from pathlib import Path
from typing import Any, NoReturn

from threatgraph._util import display_path
from threatgraph.errors import TargetError, ThreatGraphError
from threatgraph.load._documents import Limits
from threatgraph.model import ThreatModel
from threatgraph.system import System

__all__ = ["is_otm_file", "load_target"]


def load_target(spec: str, *, limits: Limits | None = None) -> System:
    """The System that ``spec`` names; TargetError with a clear message otherwise.

    ``limits`` bound what a model file may declare (see :class:`Limits`); code that
    builds a model is not bounded."""
    path_part, _, attr = spec.partition(":") if not _is_windows_drive(spec) else (spec, "", "")
    if path_part.endswith(".py"):
        return _from_python_file(Path(path_part), attr or None)
    lower = path_part.lower()
    if lower.endswith((".json", ".yaml", ".yml", ".otm")):
        return _from_data_file(Path(path_part), limits or Limits())
    if attr:
        return _from_module(path_part, attr)
    raise TargetError(
        f"cannot tell what {spec!r} is; give a .py file, package.module:attr, "
        "or a model file (.json, .yaml, .yml, .otm, .otm.json)"
    )


def _is_windows_drive(spec: str) -> bool:
    return len(spec) > 2 and spec[1] == ":" and spec[2] in "\\/"


def _coerce(obj: Any, where: str) -> System:
    """A ThreatModel or System, or what a callable returns when called once with no
    arguments; anything else, or a call that raises, is a TargetError."""
    if callable(obj) and not isinstance(obj, (ThreatModel, System)):
        try:
            with _prints_to_stderr():
                obj = obj()
        except BaseException as exc:  # a factory must not decide the exit code either
            _ran_badly(f"calling {where}", exc)
        where = f"{where}()"
    if isinstance(obj, System):
        return obj
    if isinstance(obj, ThreatModel):
        return obj.freeze()
    raise TargetError(
        f"{where} is a {type(obj).__name__}, not a ThreatModel or System "
        "(or a function that returns one)"
    )


def _line_in(exc: BaseException, path: Path) -> str | None:
    """Where in the model file ``exc`` came from (its innermost frame in that file), as
    ``line N``, and the helper file the model called into when the bad value was
    given there (``line 5 (helper.py: line 3)``); None when the file is not on the
    traceback."""
    try:
        wanted = str(path.resolve())
        found = None
        helper = None
        for frame in traceback.extract_tb(exc.__traceback__):
            name = frame.filename
            if not name:
                continue
            if str(Path(name).resolve()) == wanted:
                found, helper = frame.lineno, None
            elif found is not None and _users_file(name):
                helper = f"{display_path(name, os.getcwd())}: line {frame.lineno}"
        if found is None:
            return None
        return f"line {found}" + (f" ({helper})" if helper else "")
    except (OSError, ValueError):  # an odd file name on the traceback: no line, same error
        return None


_PACKAGE = str(Path(__file__).resolve().parent.parent)


def _users_file(name: str) -> bool:
    """A frame in a file of the user's own (a helper module the model imports), not
    threatgraph, not attrs' generated code, not the standard library or installed
    packages."""
    if name.startswith("<"):
        return False
    try:
        resolved = str(Path(name).resolve())
    except (OSError, ValueError):
        return False
    if resolved.startswith(_PACKAGE + os.sep):
        return False
    libraries = {sys.prefix, sys.base_prefix, sys.exec_prefix}
    return not any(resolved.startswith(str(Path(p).resolve()) + os.sep) for p in libraries)


def _ran_badly(what: str, exc: BaseException, line: str | None = None) -> NoReturn:
    """Raise the error for model code that raised or tried to exit while it was loaded.

    An interrupt stays an interrupt (the command line exits 130) and threatgraph's own
    errors stay as they are; ``sys.exit()`` and every other exception become a
    TargetError (exit 2), so a model cannot skip the gate by exiting 0 itself."""
    if (
        isinstance(exc, ThreatGraphError)
        and line is not None
        and not getattr(exc, "problems", None)
        and len(exc.args) == 1
        and isinstance(exc.args[0], str)
    ):
        # a bad value given while the model ran: say where, as a problem list would
        exc.args = (f"{line}: {exc.args[0]}",)
    if isinstance(exc, (KeyboardInterrupt, ThreatGraphError)):
        raise exc
    if isinstance(exc, SystemExit):
        raise TargetError(
            f"{what}{f' at {line}' if line is not None else ''} called "
            f"sys.exit({_text(exc.code, repr)}); a model must not exit, "
            "threatgraph decides the exit code (remove the call)"
        ) from exc
    at = f" at {line}" if line is not None else ""
    raise TargetError(f"{what} failed{at}: {type(exc).__name__}: {_text(exc, str)}") from exc


def _text(value: object, show: Any) -> str:
    """``show(value)`` (``str`` or ``repr``), or ``<TypeName>`` when that itself fails: the
    exception of a model can have a ``__str__`` that raises, and must still be reported."""
    try:
        text = show(value)
    except (Exception, SystemExit):  # anything a foreign __str__ or __repr__ raises
        return f"<{type(value).__name__}>"
    return text if isinstance(text, str) else f"<{type(value).__name__}>"


@contextlib.contextmanager
def _prints_to_stderr() -> Iterator[None]:
    """What model code prints goes to standard error while it runs, so that a report or a
    diagram the command writes to standard output stays what it says it is."""
    with contextlib.redirect_stdout(sys.stderr):
        yield


def _from_python_file(path: Path, attr: str | None) -> System:
    if not path.is_file():
        raise TargetError(f"no such file: {path}")
    module_name = f"_threatgraph_target_{abs(hash(str(path.resolve())))}"
    spec = importlib.util.spec_from_file_location(module_name, path)
    if spec is None or spec.loader is None:  # pragma: no cover - defensive
        raise TargetError(f"cannot load {path} as Python")
    module = importlib.util.module_from_spec(spec)
    parent = str(path.resolve().parent)
    added = parent not in sys.path
    if added:
        sys.path.insert(0, parent)
    try:
        sys.modules[module_name] = module
        with _prints_to_stderr():
            spec.loader.exec_module(module)
    except BaseException as exc:  # SystemExit included: see _ran_badly
        line = _line_in(exc, path)
        _ran_badly(f"running {path}", exc, line)
    finally:
        sys.modules.pop(module_name, None)
        if added:
            sys.path.remove(parent)
    if attr:
        return _named(vars(module), attr, str(path), f"{path}:{attr}", str(path))
    found = {
        name: value
        for name, value in vars(module).items()
        if isinstance(value, (ThreatModel, System)) and not name.startswith("_")
    }
    if not found:
        raise TargetError(f"{path} defines no module-level ThreatModel or System")
    if len(found) > 1:
        names = ", ".join(sorted(found))
        raise TargetError(f"{path} defines several models ({names}); pick one as {path}:NAME")
    ((name, value),) = found.items()
    return _coerce(value, f"{path}:{name}")


def _from_module(module_name: str, attr: str) -> System:
    cwd = os.getcwd()
    added = cwd not in sys.path
    if added:
        sys.path.insert(0, cwd)
    try:
        with _prints_to_stderr():
            module = importlib.import_module(module_name)
    except ImportError as exc:
        raise TargetError(f"cannot import {module_name!r}: {_text(exc, str)}") from exc
    except BaseException as exc:  # SystemExit included: see _ran_badly
        _ran_badly(f"importing {module_name}", exc)
    finally:
        if added:
            sys.path.remove(cwd)
    return _named(
        vars(module), attr, f"module {module_name!r}", f"{module_name}:{attr}", module_name
    )


_SHOWN = 10
"""Most models named when a NAME is not one."""


def _named(namespace: dict[str, Any], attr: str, label: str, where: str, prefix: str) -> System:
    """The model ``attr`` names in a file's or module's ``namespace``. A name that is
    missing, or that is neither a model nor a function returning one, is an error that
    lists the models the namespace does define, with a did-you-mean for a close one."""
    if attr not in namespace:
        raise TargetError(
            f"{label} has no attribute {attr!r}{_models_hint(namespace, attr, label, prefix)}"
        )
    value = namespace[attr]
    if callable(value) or isinstance(value, (ThreatModel, System)):
        return _coerce(value, where)
    raise TargetError(
        f"{where} is a {type(value).__name__}, not a ThreatModel or System "
        f"(or a function that returns one){_models_hint(namespace, attr, label, prefix)}"
    )


def _models_hint(namespace: dict[str, Any], attr: str, label: str, prefix: str) -> str:
    """``; did you mean 'tm_prod'? models in models.py: tm_dev, tm_prod (write
    models.py:tm_prod)``, or that the namespace defines none."""
    models = sorted(
        n
        for n, v in namespace.items()
        if isinstance(v, (ThreatModel, System)) and not n.startswith("_")
    )
    if not models:
        return f"; {label} defines no module-level ThreatModel or System"
    close = difflib.get_close_matches(attr, models, n=1)
    shown = ", ".join(models[:_SHOWN]) + (
        f" and {len(models) - _SHOWN} more" if len(models) > _SHOWN else ""
    )
    return (
        f"; {f'did you mean {close[0]!r}? ' if close else ''}models in {label}: {shown} "
        f"(write {prefix}:{close[0] if close else models[0]})"
    )


def _from_data_file(path: Path, limits: Limits) -> System:
    if not path.is_file():
        raise TargetError(f"no such file: {path}")
    if _is_otm(path):
        from threatgraph.load.otm import load_otm

        return load_otm(path, **limits.kwargs()).freeze()
    from threatgraph.load.json import load_model

    return load_model(path, **limits.kwargs())


def is_otm_file(path: Path) -> bool:
    """A model file that is an OTM document (see :func:`_is_otm`); False for a path that
    is no file or not a JSON or YAML model file."""
    lower = path.name.lower()
    return path.is_file() and lower.endswith((".json", ".yaml", ".yml", ".otm")) and _is_otm(path)


def _is_otm(path: Path) -> bool:
    """Named ``*.otm`` / ``*.otm.json``, or a document whose top level has ``otmVersion``:
    decided by parsing it, so a model that merely mentions the word is still a model. A
    document that does not parse is left to the model loader, which says why."""
    if path.name.lower().endswith((".otm", ".otm.json")):
        return True
    from threatgraph.load.json import document_kind_of

    return document_kind_of(path) == "otm"
