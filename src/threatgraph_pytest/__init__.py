"""pytest plugin for threatgraph, registered through the ``pytest11`` entry point.

pytest loads it in every project where threatgraph is installed, so it sits
outside the ``threatgraph`` package (importing a module of a package imports the
package) and imports nothing from threatgraph until the project configures it
(a ``[tool.threatgraph]`` table, a ``--threatgraph-*`` option or ini setting) or
a test asks for the fixture. A project that does neither pays for reading its
``pyproject.toml`` once and nothing else. It provides:

- the ``threat_model`` fixture (session-scoped): the frozen System named by
  ``--threatgraph-model TARGET``, the ``threatgraph_model`` ini option, or
  ``model`` in the ``[tool.threatgraph]`` table of the project's
  ``pyproject.toml``; TARGET is anything ``threatgraph`` accepts on the
  command line (``pkg.threat_model:tm``, ``path/to/threat_model.py``, a JSON or
  YAML model file);
- ``--threatgraph-report PATH`` (repeatable; or the ``threatgraph_report``
  ini option, or ``report`` in ``[tool.threatgraph]``, a path or a list): at
  the end of the session, analyse the model and write its threat report;
  the extension picks the format: ``.md``, ``.html``, ``.json`` or ``.sarif``.
  The risk register named by ``register`` in ``[tool.threatgraph]`` is applied,
  as ``threatgraph analyze`` applies it;
- the ``threat_catalogue`` fixture (session-scoped): the rule catalogue the
  project analyses with, the built-in one extended by the
  ``threatgraph.catalogues`` entry points named by ``catalogues`` in
  ``[tool.threatgraph]`` (as ``threatgraph analyze`` uses them); the report
  at the end of the session is analysed with it too;
- short failure output for :class:`~threatgraph.errors.ArchitectureViolation`
  (with the default ``--tb=auto`` and with ``--tb=short``): the list of
  violations and the line of the test that failed, without the library's
  own frames.

Example ``pyproject.toml``::

    [tool.threatgraph]
    model = "support_bot.threat_model:tm"
    report = "build/threat-report.md"
    catalogues = ["acme"]

The table is read by :mod:`threatgraph.config`, as the ``threatgraph`` command
reads it: an unknown key or a bad value is a usage error that names it.
"""

from __future__ import annotations

import os
import sys
import types
from collections.abc import Generator, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pytest

if TYPE_CHECKING:
    from threatgraph.config import Config
    from threatgraph.findings import Report
    from threatgraph.register import Register
    from threatgraph.rules import Catalogue
    from threatgraph.system import System

__all__ = [
    "pytest_addoption",
    "pytest_configure",
    "pytest_report_header",
    "pytest_runtest_makereport",
    "pytest_sessionfinish",
    "pytest_terminal_summary",
    "threat_catalogue",
    "threat_model",
]

_WRITERS: Mapping[str, tuple[str, str]] = types.MappingProxyType(
    {
        ".md": ("threatgraph.report.markdown", "to_markdown"),
        ".markdown": ("threatgraph.report.markdown", "to_markdown"),
        ".html": ("threatgraph.report.html", "to_html"),
        ".htm": ("threatgraph.report.html", "to_html"),
        ".json": ("threatgraph.export.json", "report_to_json"),
        ".sarif": ("threatgraph.export.sarif", "sarif_json"),
    }
)
"""Report file extension -> (module, function taking a Report and returning text)."""

_SETTINGS = pytest.StashKey["_Settings"]()
_LOADED = pytest.StashKey["System | BaseException"]()
_SUMMARY = pytest.StashKey["list[tuple[str, bool]]"]()
_REGISTER = pytest.StashKey["Register | None"]()
_CATALOGUE = pytest.StashKey["Catalogue | BaseException | None"]()


class _Settings:
    """Where the model and the reports come from, resolved once per session."""

    def __init__(
        self,
        model: str | None,
        model_source: str,
        reports: tuple[Path, ...],
        base: Path,
        register: Path | None = None,
        catalogues: tuple[str, ...] = (),
        config_path: Path | None = None,
    ) -> None:
        self.model = model
        self.model_source = model_source
        self.reports = reports
        self.base = base
        self.register = register
        """The risk register of ``[tool.threatgraph]`` (resolved against pyproject.toml)."""
        self.catalogues = catalogues
        """``catalogues`` of ``[tool.threatgraph]``: entry points added to the built-in rules."""
        self.config_path = config_path


def pytest_addoption(parser: pytest.Parser) -> None:
    """Register the ``--threatgraph-*`` options and their ini equivalents."""
    group = parser.getgroup("threatgraph", "threat models as tests (threatgraph)")
    group.addoption(
        "--threatgraph-model",
        dest="threatgraph_model",
        metavar="TARGET",
        default=None,
        help="the threat model for the threat_model fixture: pkg.module:attr, a .py file "
        "or a JSON/YAML model file (default: [tool.threatgraph] model in pyproject.toml)",
    )
    group.addoption(
        "--threatgraph-report",
        dest="threatgraph_report",
        metavar="PATH",
        action="append",
        default=[],
        help="write the threat report there at the end of the session (repeat for "
        "several); the format follows the extension: .md, .html, .json, .sarif",
    )
    parser.addini(
        "threatgraph_model",
        "the threat model for the threat_model fixture (like --threatgraph-model)",
        default=None,
    )
    parser.addini(
        "threatgraph_report",
        "where to write the threat report at the end of the session (paths)",
        type="paths",
        default=[],
    )


def pytest_configure(config: pytest.Config) -> None:
    """Resolve the settings and reject a bad report path before any test runs."""
    settings = _read_settings(config)
    config.stash[_SETTINGS] = settings
    for path in settings.reports:
        if path.suffix.lower() not in _WRITERS:
            raise pytest.UsageError(
                f"threatgraph: cannot tell the report format of {str(path)!r}; "
                f"use one of the extensions {', '.join(sorted(_WRITERS))}"
            )
    if settings.reports and settings.model is None:
        raise pytest.UsageError(
            "threatgraph: a threat report was requested but no model is configured; "
            "pass --threatgraph-model TARGET or set model = 'pkg.threat_model:tm' "
            "in [tool.threatgraph] of pyproject.toml"
        )


def pytest_report_header(config: pytest.Config) -> str | None:
    """``threatgraph: model support_bot.threat_model:tm (pyproject.toml)``."""
    settings = config.stash.get(_SETTINGS, None)
    if settings is None or settings.model is None:
        return None
    text = f"threatgraph: model {settings.model} ({settings.model_source})"
    if settings.reports:
        text += ", report " + ", ".join(str(p) for p in settings.reports)
    if settings.catalogues:
        text += ", catalogues " + ", ".join(settings.catalogues)
    return text


@pytest.fixture(scope="session")
def threat_model(pytestconfig: pytest.Config) -> System:
    """The project's threat model, frozen (a :class:`~threatgraph.system.System`).

    Configure it with ``model = "pkg.threat_model:tm"`` in the
    ``[tool.threatgraph]`` table of ``pyproject.toml``, the
    ``threatgraph_model`` ini option or ``--threatgraph-model TARGET``.
    """
    __tracebackhide__ = True
    loaded = _load(pytestconfig)
    if isinstance(loaded, BaseException):
        pytest.fail(str(loaded), pytrace=False)
    return loaded


@pytest.fixture(scope="session")
def threat_catalogue(pytestconfig: pytest.Config) -> Catalogue:
    """The rules the project analyses with (a :class:`~threatgraph.rules.Catalogue`): the
    built-in catalogue, extended by the ``threatgraph.catalogues`` entry points named by
    ``catalogues = ["acme"]`` in ``[tool.threatgraph]``. Use it as
    ``threat_model.analyze(catalogue=threat_catalogue)``."""
    __tracebackhide__ = True
    loaded = _catalogue(pytestconfig)
    if isinstance(loaded, BaseException):
        pytest.fail(str(loaded), pytrace=False)
    if loaded is None:
        from threatgraph.rules import Catalogue

        return Catalogue.default()
    return loaded


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(
    item: pytest.Item, call: pytest.CallInfo[None]
) -> Generator[None, Any, None]:
    """Show an ArchitectureViolation as its message plus the line of the test that failed.

    Only with ``--tb=auto`` (the default) and ``--tb=short``; the other styles
    keep pytest's own traceback (without threatgraph's frames, which the
    assertions hide).
    """
    outcome = yield
    report: pytest.TestReport = outcome.get_result()
    excinfo = call.excinfo
    if (
        excinfo is None
        or report.outcome != "failed"
        or item.config.getoption("tbstyle", "auto") not in ("auto", "short")
    ):
        return
    errors = sys.modules.get("threatgraph.errors")
    cls = getattr(errors, "ArchitectureViolation", None)
    if cls is None or not isinstance(excinfo.value, cls):
        return
    where = _test_line(item, excinfo)
    tail = f"\n\n{where}: {type(excinfo.value).__name__}" if where else ""
    report.longrepr = f"{excinfo.value}{tail}"


def pytest_sessionfinish(session: pytest.Session, exitstatus: int) -> None:
    """Write the threat reports that were asked for (on the xdist controller only).

    A report that cannot be written is reported in the summary and makes the
    session fail (exit status 3) when it would otherwise have passed.
    """
    config = session.config
    settings = config.stash.get(_SETTINGS, None)
    if settings is None or not settings.reports or hasattr(config, "workerinput"):
        return
    lines = config.stash.setdefault(_SUMMARY, [])
    try:
        report = _analyse(config)
    except (ImportError, _threatgraph_error()) as exc:
        report = None
        for path in settings.reports:
            lines.append(
                (f"threatgraph: could not write the threat report to {path}: {exc}", False)
            )
    if report is not None:
        for path in settings.reports:
            try:
                register = config.stash.get(_REGISTER, None)
                lines.append((_write_report(report, path, register), True))
            except (ImportError, OSError, _threatgraph_error()) as exc:
                lines.append(
                    (f"threatgraph: could not write the threat report to {path}: {exc}", False)
                )
    if not all(ok for _, ok in lines) and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.INTERNAL_ERROR


def pytest_terminal_summary(terminalreporter: Any, config: pytest.Config) -> None:
    """Say where the report went, or why it could not be written."""
    summary = config.stash.get(_SUMMARY, None)
    if not summary:
        return
    terminalreporter.write_sep("-", "threatgraph")
    for text, ok in summary:
        terminalreporter.write_line(text, green=ok, red=not ok)


# --------------------------------------------------------------------------- internals


def _threatgraph_error() -> type[Exception]:
    from threatgraph.errors import ThreatGraphError

    return ThreatGraphError


def _read_settings(config: pytest.Config) -> _Settings:
    """Command line first, then the pytest ini options, then ``[tool.threatgraph]``.

    Paths on the command line are relative to the current directory; paths in
    configuration files are relative to the file.
    """
    project = _project_config(config)
    model, source, base = _model_setting(config, project)
    reports = tuple(Path(p) for p in config.getoption("threatgraph_report", None) or ())
    if not reports:
        reports = tuple(Path(p) for p in config.getini("threatgraph_report"))
    return _Settings(
        model,
        source,
        reports or (project.report if project else ()),
        base,
        project.register if project else None,
        project.catalogues if project else (),
        project.path if project else None,
    )


def _model_setting(config: pytest.Config, project: Config | None) -> tuple[str | None, str, Path]:
    """The model target, where it was set, and the folder its paths are relative to."""
    model: str | None = config.getoption("threatgraph_model", None)
    if model:
        return model, "--threatgraph-model", Path.cwd()
    ini_model = config.getini("threatgraph_model")
    if ini_model:
        ini_base = Path(config.inipath).parent if config.inipath else Path(config.rootpath)
        return str(ini_model), f"threatgraph_model in {_ini_name(config)}", ini_base
    if project is not None and project.model is not None and project.path is not None:
        return project.model, "[tool.threatgraph] in pyproject.toml", project.path.parent
    return None, "", Path.cwd()


def _ini_name(config: pytest.Config) -> str:
    return config.inipath.name if config.inipath is not None else "the pytest configuration"


def _project_config(config: pytest.Config) -> Config | None:
    """``[tool.threatgraph]`` of the project's pyproject.toml, read as the CLI reads it.

    The project's file is the nearest pyproject.toml in the directory pytest was run
    from or above it, as for the ``threatgraph`` command (a service in a monorepo whose
    pytest configuration sits at the top); when that one has no table, pytest's
    configuration file if it is a pyproject.toml, then the one in the root directory. A
    mistake in the table is a usage error. None when none has the table (threatgraph
    is then not imported).
    """
    path = next((p for p in _candidates(config) if _has_table(p)), None)
    if path is None:
        return None
    from threatgraph.config import read_config
    from threatgraph.errors import LoadError

    try:
        return read_config(path)
    except LoadError as exc:
        raise pytest.UsageError(f"threatgraph: {exc}") from None


def _candidates(config: pytest.Config) -> list[Path]:
    """The pyproject.toml files that may hold the table, in the order they are tried
    (see :func:`_project_config`), each once."""
    found: list[Path] = []
    here = Path(config.invocation_params.dir).resolve()
    nearest = next(
        (f / "pyproject.toml" for f in (here, *here.parents) if (f / "pyproject.toml").is_file()),
        None,
    )
    if nearest is not None:
        found.append(nearest)
    if config.inipath is not None and config.inipath.name == "pyproject.toml":
        found.append(Path(config.inipath).resolve())
    found.append((Path(config.rootpath) / "pyproject.toml").resolve())
    return [p for p in dict.fromkeys(found) if p.is_file()]


def _has_table(path: Path) -> bool:
    """Whether ``path`` may hold a ``[tool.threatgraph]`` table, read without threatgraph.

    A file that cannot be read or parsed is handed to threatgraph's reader, which
    reports it as it always has.
    """
    if sys.version_info >= (3, 11):
        import tomllib
    else:  # pragma: no cover - Python 3.10
        import tomli as tomllib
    try:
        with path.open("rb") as fh:
            tool = tomllib.load(fh).get("tool")
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
        return True
    return isinstance(tool, dict) and "threatgraph" in tool


def _load(config: pytest.Config) -> System | BaseException:
    """The System, loaded once per session; a loading error is kept and returned."""
    if _LOADED in config.stash:
        return config.stash[_LOADED]
    settings = config.stash.get(_SETTINGS, None) or _read_settings(config)
    result: System | BaseException
    if settings.model is None:
        looked = ", ".join(str(p) for p in _candidates(config)) or "no pyproject.toml found"
        result = _LoadFailure(
            "threatgraph: no threat model is configured for the threat_model fixture; "
            'add model = "pkg.threat_model:tm" to [tool.threatgraph] in pyproject.toml, '
            f"or pass --threatgraph-model TARGET (looked in: {looked})"
        )
    else:
        result = _load_target(settings.model, settings.model_source, settings.base)
    config.stash[_LOADED] = result
    return result


class _LoadFailure(Exception):
    """The model could not be loaded (kept as a value; the fixture turns it into a failure)."""


def _load_target(target: str, source: str, base: Path) -> System | BaseException:
    from threatgraph.config import resolve_target
    from threatgraph.errors import ThreatGraphError
    from threatgraph.load.target import load_target

    spec = resolve_target(target, base)
    added = str(base) not in sys.path
    if added:
        sys.path.insert(0, str(base))
    try:
        return load_target(spec)
    except ThreatGraphError as exc:
        return _LoadFailure(
            f"threatgraph: cannot load the threat model {target!r} ({source}):\n{exc}"
        )
    finally:
        if added and str(base) in sys.path:
            sys.path.remove(str(base))


def _analyse(config: pytest.Config) -> Report:
    loaded = _load(config)
    if isinstance(loaded, BaseException):
        raise _as_threatgraph_error(loaded)
    from threatgraph.analysis import analyze

    catalogue = _catalogue(config)
    if isinstance(catalogue, BaseException):
        raise _as_threatgraph_error(catalogue)
    register = _register(config)
    config.stash[_REGISTER] = register
    return analyze(loaded, catalogue=catalogue, register=register)


def _catalogue(config: pytest.Config) -> Catalogue | BaseException | None:
    """The catalogue of ``[tool.threatgraph]``, built once per session (None: the built-in
    one, as ``threatgraph analyze`` passes it); an error is kept and returned."""
    if _CATALOGUE in config.stash:
        return config.stash[_CATALOGUE]
    settings = config.stash.get(_SETTINGS, None) or _read_settings(config)
    from threatgraph.config import load_catalogue
    from threatgraph.errors import ThreatGraphError

    where = "catalogues in [tool.threatgraph]" + (
        f" of {settings.config_path}" if settings.config_path else ""
    )
    result: Catalogue | BaseException | None
    try:
        result = load_catalogue(settings.catalogues, source=where)
    except ThreatGraphError as exc:
        result = exc
    config.stash[_CATALOGUE] = result
    return result


def _register(config: pytest.Config) -> Register | None:
    """The risk register named in ``[tool.threatgraph]``, loaded as ``threatgraph analyze``
    loads it (a register that cannot be read is a threatgraph error)."""
    settings = config.stash.get(_SETTINGS, None) or _read_settings(config)
    if settings.register is None:
        return None
    from threatgraph.register import Register

    return Register.load(settings.register)


def _write_report(report: Report, path: Path, register: Register | None = None) -> str:
    import importlib

    from threatgraph.vocab import Severity

    module_name, func_name = _WRITERS[path.suffix.lower()]
    try:
        writer = getattr(importlib.import_module(module_name), func_name)
    except (ImportError, AttributeError) as exc:
        raise ImportError(
            f"the {path.suffix} writer ({module_name}.{func_name}) is not available: {exc}"
        ) from exc
    takes_register = path.suffix.lower() in (".md", ".markdown", ".html", ".htm")
    text = writer(report, register=register) if takes_register and register else writer(report)
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(text, bytes):
        path.write_bytes(text)
    else:
        path.write_text(str(text), encoding="utf-8")
    opened = report.open()
    high = sum(1 for f in opened if f.severity >= Severity.HIGH)
    return (
        f"threatgraph: wrote the threat report for {report.system.name!r} to {path} "
        f"({len(opened)} open finding{'' if len(opened) == 1 else 's'}, {high} high or critical)"
    )


def _as_threatgraph_error(exc: BaseException) -> Exception:
    from threatgraph.errors import TargetError, ThreatGraphError

    if isinstance(exc, ThreatGraphError):
        return exc
    return TargetError(str(exc))


def _test_line(item: pytest.Item, excinfo: pytest.ExceptionInfo[BaseException]) -> str | None:
    """``tests/test_x.py:12``: the deepest frame of the traceback in the test's file."""
    test_path = getattr(item, "path", None)
    found = None
    for entry in excinfo.traceback:
        if test_path is not None and Path(str(entry.path)) == Path(test_path):
            found = entry
    if found is None:
        return None
    try:
        rel = os.path.relpath(str(found.path), str(item.config.invocation_params.dir))
    except ValueError:  # pragma: no cover - another drive on Windows
        rel = str(found.path)
    return f"{rel}:{found.lineno + 1}"
