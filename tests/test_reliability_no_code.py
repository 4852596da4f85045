"""Loaders never execute anything: no unsafe YAML, no pickle, no imports named in data.

docs/security.md promises that model, OTM, register, baseline and report files
are data. These tests feed every loader documents that *name* code (YAML Python
tags, module paths in every string field) and check that nothing ran: no
marker file appeared and the named module was never imported. A static scan of
the source backs the rest of the promise: no ``eval``/``exec``, no pickle, YAML
only through ``safe_load``, and ``importlib`` only where the CLI and the
catalogue import what the user asked for.
"""

from __future__ import annotations

import ast
import functools
import json
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg
from _report_example import build_system
from threatgraph.errors import LoadError
from threatgraph.export.json import report_to_dict
from threatgraph.export.otm import to_otm
from threatgraph.load.json import load_model, load_report_json
from threatgraph.load.model_io import dump_system, load_system
from threatgraph.load.otm import load_otm
from threatgraph.register import Register

SRC = Path(tg.__file__).resolve().parent
PAYLOAD = "tg_payload_must_not_run"


@pytest.fixture
def payload(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """An importable module that leaves a marker file when it is imported or called."""
    marker = tmp_path / "ran"
    (tmp_path / f"{PAYLOAD}.py").write_text(
        "from pathlib import Path\n"
        f"Path({str(marker)!r}).write_text('imported')\n"
        f"def run(*a, **k):\n    Path({str(marker)!r}).write_text('called')\n"
        "class Thing:\n    pass\n",
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    sys.modules.pop(PAYLOAD, None)
    yield marker
    sys.modules.pop(PAYLOAD, None)


def _nothing_ran(marker: Path) -> None:
    assert not marker.exists(), f"the payload ran: {marker.read_text()}"
    assert PAYLOAD not in sys.modules, "the payload module was imported"


def _try(load: Callable[[Any], Any], arg: Any) -> Any:
    try:
        return load(arg)
    except LoadError as exc:
        error = exc
    assert error.problems
    assert all(p.where.startswith("$") for p in error.problems)
    return error


# --------------------------------------------------------------------------- YAML tags

YAML_PAYLOADS = [
    f"!!python/object/apply:{PAYLOAD}.run []",
    "!!python/object/apply:os.system ['touch {marker}']",
    f"!!python/object/new:{PAYLOAD}.Thing {{}}",
    f"!!python/name:{PAYLOAD}.run",
    f"!!python/module:{PAYLOAD}",
    f"!!python/object:{PAYLOAD}.Thing {{}}",
    "!!python/object/apply:subprocess.check_output [['touch', '{marker}']]",
]


def _yaml_loaders() -> dict[str, Callable[[str], Any]]:
    return {
        "model": load_model,
        "otm": lambda text: load_otm(text).freeze(),
        "report": load_report_json,
    }


@pytest.mark.parametrize("tag", YAML_PAYLOADS)
@pytest.mark.parametrize("kind", ["model", "otm", "report"])
@pytest.mark.parametrize("place", ["value", "document"])
def test_yaml_python_tags_are_refused_and_never_run(
    payload: Path, kind: str, tag: str, place: str
) -> None:
    node = tag.replace("{marker}", str(payload))
    if place == "document":
        text = f"--- {node}\n"
    else:
        head = {
            "model": "threatgraph: '1'\nname: x\n",
            "otm": "otmVersion: 0.2.0\nproject: {name: x, id: x}\n",
            "report": "threatgraph: '1'\nfindings: []\n",
        }[kind]
        text = head + f"description: {node}\n"
    result = _try(_yaml_loaders()[kind], text)
    assert isinstance(result, LoadError)
    assert "not valid YAML" in result.problems[0].message
    _nothing_ran(payload)


@pytest.mark.parametrize("suffix", [".yaml", ".yml"])
def test_yaml_files_with_python_tags_are_refused(payload: Path, suffix: str) -> None:
    path = payload.parent / f"model{suffix}"
    path.write_text(
        f"threatgraph: '1'\nname: !!python/object/apply:{PAYLOAD}.run []\n", encoding="utf-8"
    )
    assert isinstance(_try(load_model, path), LoadError)
    _nothing_ran(payload)


# --------------------------------------------------------------------------- names in data

NAMES = [
    PAYLOAD,
    f"{PAYLOAD}:run",
    f"{PAYLOAD}.run",
    f"{PAYLOAD}:Thing",
    f"__import__('{PAYLOAD}')",
]


LOOKED_UP = {
    "kind",
    "control",
    "type",
    "entry",
    "id",
    "source",
    "target",
    "parent",
    "boundary",
    "trustZone",
    "component",
    "status",
    "rule",
    "profile",
    "trust",
    "sensitivity",
    "origin",
    "stage",
    "task",
    "capabilities",
    "severity",
    "threatgraph",
    "otmVersion",
}
"""Keys whose string values a loader turns into something (a class, an enum, a reference)."""


def _strings_replaced(doc: Any, value: str) -> Iterator[Any]:
    """One copy of ``doc`` per string in it (and per key), with that string set to ``value``."""
    paths: list[tuple[Any, ...]] = []
    keys: list[tuple[Any, ...]] = []

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        if isinstance(node, dict):
            for k, v in node.items():
                keys.append((*path, k))
                walk(v, (*path, k))
        elif isinstance(node, list):
            for i, v in enumerate(node):
                walk(v, (*path, i))
        elif isinstance(node, str):
            paths.append(path)

    walk(doc, ())
    # every field a loader looks up by name, and a sample of the free-text ones
    named = [p for p in paths if p and str(p[-1]) in LOOKED_UP]
    others = [p for p in paths if p not in named]
    for path in named + others[:: max(1, len(others) // 10)]:
        copy = json.loads(json.dumps(doc))
        target = copy
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value
        yield copy
    for path in keys[:: max(1, len(keys) // 10)]:  # a sample of keys: renaming one is enough
        copy = json.loads(json.dumps(doc))
        target = copy
        for key in path[:-1]:
            target = target[key]
        target[value] = target.pop(path[-1])
        yield copy


def _docs() -> dict[str, tuple[Any, Callable[[Any], Any]]]:
    small = tg.ThreatModel("m", actors=())
    with small.boundary("Outside", trust="untrusted"):
        u = small.add(tg.Actor("U"))
    with small.boundary("Z", trust="internal"):
        a = small.add(tg.Service("A", controls={tg.controls.RateLimiting()}))
        b = small.add(tg.LLM("B"))
    small.flow(u, a, tg.Data("D"))
    small.flow(a, b, tg.Data("D"))
    system = small.freeze()
    report = json.loads(json.dumps(report_to_dict(system.analyze())))
    report["findings"] = report["findings"][:2]
    fid = report["findings"][0]["id"]
    return {
        "model": (json.loads(json.dumps(dump_system(system))), load_system),
        "otm": (to_otm(build_system()), lambda d: load_otm(d).freeze()),
        "report": (report, lambda d: load_report_json(json.dumps(d) + "\n")),
        "register": (
            {
                "version": 1,
                "findings": {
                    fid: {
                        "status": "accepted",
                        "owner": "o",
                        "reason": "r",
                        "expires": "2030-01-01",
                    }
                },
            },
            Register.from_dict,
        ),
    }


@pytest.mark.parametrize("kind", ["model", "otm", "report", "register"])
def test_module_names_anywhere_in_a_document_are_never_imported(payload: Path, kind: str) -> None:
    doc, load = _docs()[kind]
    loaded = 0
    for name in NAMES:
        for variant in _strings_replaced(doc, name):
            loaded += 1
            _try(load, variant)
            _nothing_ran(payload)
    assert loaded > 20


def test_a_document_shaped_like_a_pickle_or_jsonpickle_is_just_data(payload: Path) -> None:
    for doc in (
        {"py/object": f"{PAYLOAD}.Thing", "py/reduce": [{"py/function": f"{PAYLOAD}.run"}]},
        {"__class__": f"{PAYLOAD}.Thing", "__reduce__": [f"{PAYLOAD}.run", []]},
        {"$type": f"{PAYLOAD}.Thing, {PAYLOAD}"},
        {"threatgraph": "1", "name": "x", "elements": [{"kind": f"{PAYLOAD}:Thing", "name": "a"}]},
        {
            "threatgraph": "1",
            "name": "x",
            "elements": [{"kind": "service", "name": "a", "controls": [{"control": PAYLOAD}]}],
        },
    ):
        result = _try(load_system, doc)
        assert isinstance(result, LoadError)
        _nothing_ran(payload)
    pickled = b"\x80\x04\x95" + b"cos\nsystem\n(S'touch x'\ntR."  # a pickle, as bytes
    path = payload.parent / "model.json"
    path.write_bytes(pickled)
    assert isinstance(_try(load_model, path), LoadError)
    _nothing_ran(payload)


# --------------------------------------------------------------------------- the source


@functools.cache
def _modules() -> list[tuple[str, ast.Module]]:
    out = []
    plugin = SRC.parent / "threatgraph_pytest"  # the pytest plugin, beside the package
    for path in sorted([*SRC.rglob("*.py"), *plugin.rglob("*.py")]):
        rel = path.relative_to(SRC.parent).as_posix()
        out.append((rel, ast.parse(path.read_text("utf-8"), filename=rel)))
    return out


def _imported(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.update(f"{node.module}.{a.name}" for a in node.names)
    return names


def test_the_source_never_evaluates_or_executes_strings() -> None:
    """No eval, exec, compile or __import__ anywhere in threatgraph."""
    found = []
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Name)
                and node.func.id in ("eval", "exec", "compile", "__import__", "breakpoint")
            ):
                found.append(f"{rel}:{node.lineno} {node.func.id}()")
    assert not found


def test_the_source_never_unpickles_or_shells_out() -> None:
    forbidden = ("pickle", "cPickle", "marshal", "shelve", "dill", "subprocess", "ctypes")
    found = []
    for rel, tree in _modules():
        for name in _imported(tree):
            if name.split(".")[0] in forbidden:
                found.append(f"{rel}: imports {name}")
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "os"
                and (node.attr in ("system", "popen") or node.attr.startswith(("exec", "spawn")))
            ):
                found.append(f"{rel}:{node.lineno} os.{node.attr}")
    assert not found


def test_yaml_is_only_ever_read_with_safe_load() -> None:
    # SafeLoader: the document reader subclasses it to note repeated keys (no other loader);
    # the node classes are only looked at for the lines items start on (nothing is built)
    allowed = {
        "safe_load",
        "SafeLoader",
        "MarkedYAMLError",
        "YAMLError",
        "safe_dump",
        "MappingNode",
        "ScalarNode",
        "SequenceNode",
    }
    used: dict[str, set[str]] = {}
    for rel, tree in _modules():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and isinstance(node.value, ast.Name)
                and node.value.id == "yaml"
            ):
                used.setdefault(rel, set()).add(node.attr)
            if isinstance(node, ast.ImportFrom) and node.module == "yaml":
                used.setdefault(rel, set()).update(a.name for a in node.names)
    assert used, "no module reads YAML any more: update this test"
    assert all(attrs <= allowed for attrs in used.values()), used


def test_importlib_is_used_only_where_the_user_names_what_to_import() -> None:
    """Document loaders import nothing. load.target imports the Python target the user
    names (for the CLI, the pytest plugin and the benchmarks); the CLI its own
    subcommands; the catalogue its built-in modules, an explicit from_module() and entry
    points; threatgraph.testing its own lazy re-exports. A new use must be reviewed here."""
    expected = {
        "threatgraph/cli/__init__.py",
        "threatgraph/load/target.py",
        "threatgraph/rules/catalogue.py",
        "threatgraph/testing/__init__.py",
        "threatgraph_pytest/__init__.py",
    }
    users = set()
    for rel, tree in _modules():
        dynamic = {
            n
            for n in _imported(tree)
            if (n == "importlib" or n.startswith("importlib."))
            # package data and the installed version are not imports of code
            and not n.startswith(("importlib.metadata", "importlib.resources"))
        }
        if dynamic:
            users.add(rel)
    assert users == expected
    loaders = [
        rel
        for rel, _ in _modules()
        if rel.startswith(("threatgraph/export/", "threatgraph/load/"))
        and rel != "threatgraph/load/target.py"
    ]
    loaders.append("threatgraph/register.py")
    assert not users & set(loaders)


def test_third_party_catalogues_are_not_loaded_unless_asked(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    """Analysing (API and CLI) never looks at the threatgraph.catalogues entry points."""
    import threatgraph.rules.catalogue as catalogue_module
    from threatgraph.cli import main

    def refuse(**kwargs: Any) -> Any:
        raise AssertionError(f"entry points were read: {kwargs}")

    monkeypatch.setattr(catalogue_module, "entry_points", refuse)
    report = build_system().analyze()
    assert report.findings
    model = tmp_path / "model.json"
    model.write_text(json.dumps(dump_system(build_system())), encoding="utf-8")
    assert main(["analyze", str(model), "--format", "json", "-o", str(tmp_path / "r.json")]) == 0
    with pytest.raises(AssertionError, match="entry points were read"):
        catalogue_module.Catalogue.from_entry_points()


# --------------------------------------------------------------------------- what does run


def test_a_py_model_is_code_and_runs_like_a_test_file(tmp_path: Path) -> None:
    """The other side of the line that docs/security.md draws: analyze and render import a
    .py model (its top-level code runs), as pytest imports a test file."""
    from threatgraph.cli import main

    marker = tmp_path / "ran"
    model = tmp_path / "model.py"
    model.write_text(
        "from pathlib import Path\nimport threatgraph as tg\n"
        f"Path({str(marker)!r}).write_text(Path({str(marker)!r}).read_text() + 'x'"
        f" if Path({str(marker)!r}).exists() else 'x')\n"
        'tm = tg.ThreatModel("m")\ntm.add(tg.Service("S"))\n',
        encoding="utf-8",
    )
    assert main(["analyze", str(model)]) == 0
    assert main(["render", str(model), "--format", "dot", "-o", str(tmp_path / "m.dot")]) == 0
    assert marker.read_text() == "xx"


def test_a_module_target_is_imported_from_the_python_path(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from threatgraph.cli import main

    (tmp_path / "tg_target_pkg.py").write_text(
        'import threatgraph as tg\ntm = tg.ThreatModel("m")\ntm.add(tg.Service("S"))\n',
        encoding="utf-8",
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.delitem(sys.modules, "tg_target_pkg", raising=False)
    assert main(["analyze", "tg_target_pkg:tm"]) == 0
    assert "tg_target_pkg" in sys.modules
    monkeypatch.delitem(sys.modules, "tg_target_pkg")


def test_toml_is_only_read_with_tomllib_or_tomli() -> None:
    parsers = {"tomllib", "tomli", "toml", "tomlkit", "rtoml", "pytoml"}
    used = {
        name.split(".")[0]
        for _, tree in _modules()
        for name in _imported(tree)
        if name.split(".")[0] in parsers
    }
    assert used == {"tomllib", "tomli"}
