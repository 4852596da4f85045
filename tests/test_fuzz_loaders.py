"""Fuzzing every loader: model JSON and YAML, OTM, risk register TOML, report (baseline) JSON.

The property, for any input: the loader returns a value, or raises
:class:`~threatgraph.errors.LoadError` whose ``problems`` are non-empty, each
with a message and a JSON path starting with ``$``. Nothing else escapes, the
error is never the "loading failed unexpectedly" fallback (that would be a
threatgraph bug caught at the last moment), no loader hangs, and loading never
imports a module.

Inputs are random JSON values, and mutations of valid documents: keys dropped,
values of the wrong type, unknown keys, duplicated items and ids, dangling
references, boundary and zone cycles, huge strings, deep nesting, hostile text
(NUL, lone surrogates, markup) and truncated bytes.

Budget: each property runs ``budget(n)`` examples, ``n`` under the ``default``
and ``ci`` hypothesis profiles and ``10 * n`` under ``fuzz``. For a long hunt::

    HYPOTHESIS_PROFILE=fuzz .venv/bin/pytest tests/test_fuzz_loaders.py -p no:randomly

A hang is caught by a 60-second alarm per example (a guard against infinite
loops, not a timing assertion: a normal example takes milliseconds).
"""

from __future__ import annotations

import contextlib
import copy
import datetime as dt
import json
import math
import os
import re
import signal
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from _export_models import full_model
from _report_example import build_report
from threatgraph.errors import LoadError
from threatgraph.export.json import report_to_dict
from threatgraph.load.json import load_model, load_report_json
from threatgraph.load.model_io import dump_system, load_system
from threatgraph.load.otm import load_otm
from threatgraph.register import Register

PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")
OTM_EXAMPLE = Path(__file__).resolve().parent / "data" / "schemas" / "otm_example.json"


def budget(n: int) -> int:
    """Examples for one property: ``n`` in CI, ten times more with HYPOTHESIS_PROFILE=fuzz."""
    return n * 10 if PROFILE == "fuzz" else n


def fuzz_settings(n: int) -> settings:
    return settings(
        max_examples=budget(n),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )


# --------------------------------------------------------------------------- the property


class Hang(BaseException):
    """Raised by the alarm; a BaseException so that no loader's ``except Exception`` eats it."""


@contextlib.contextmanager
def no_hang(seconds: int = 60) -> Iterator[None]:
    """Fail instead of hanging forever (Unix main thread only; elsewhere a no-op)."""
    if not hasattr(signal, "SIGALRM") or sys.platform == "win32":
        yield
        return

    def alarm(signum: int, frame: Any) -> None:
        raise Hang(f"a loader ran for more than {seconds} s")

    previous = signal.signal(signal.SIGALRM, alarm)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def _new_modules(before: set[str]) -> set[str]:
    # hypothesis may import its own helpers while a test runs; nothing else may appear
    return {m for m in set(sys.modules) - before if not m.startswith(("hypothesis", "_hypothesis"))}


def outcome(load: Callable[[Any], Any], arg: Any) -> Any:
    """Run a loader; return its value or its LoadError after checking the error's shape."""
    before = set(sys.modules)
    with no_hang():
        try:
            result = load(arg)
        except LoadError as exc:
            result = exc
    assert not _new_modules(before), f"loading imported {sorted(_new_modules(before))}"
    if isinstance(result, LoadError):
        assert result.problems, "a LoadError must list its problems"
        for p in result.problems:
            assert p.where.startswith("$"), f"problem without a JSON path: {p}"
            assert p.message.strip(), f"problem without a message: {p!r}"
            assert "loading failed unexpectedly" not in p.message, (
                f"an unexpected exception was caught as a last resort: {p}"
            )
        str(result)  # the message can be built
    return result


# --------------------------------------------------------------------------- the loaders


def _toml_key(key: Any) -> str:
    return json.dumps(str(key), ensure_ascii=True)


def _toml_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (int, float)):
        return repr(value) if not isinstance(value, float) or math.isfinite(value) else "0"
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, str):
        return json.dumps(value, ensure_ascii=True)
    if isinstance(value, list):
        return "[" + ", ".join(_toml_value(v) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{_toml_key(k)} = {_toml_value(v)}" for k, v in value.items()) + "}"
    return '"null"'  # TOML has no null


def to_toml(data: Any) -> str:
    """Just enough TOML to write fuzzed registers: top-level keys, inline tables elsewhere."""
    if not isinstance(data, dict):
        return _expand(f"value = {_toml_value(data)}\n")
    return _expand("".join(f"{_toml_key(k)} = {_toml_value(v)}\n" for k, v in data.items()))


def to_yaml(data: Any) -> str:
    return _expand(yaml.safe_dump(data, allow_unicode=True, sort_keys=False))


def _as_json(data: Any) -> str:
    return _expand(json.dumps(data, ensure_ascii=False))


def load_model_json(data: Any) -> Any:
    return load_model(_as_json(data) + "\n")


def load_model_yaml(data: Any) -> Any:
    return load_model("---\n" + to_yaml(data))


def load_otm_json(data: Any) -> Any:
    tm = load_otm(_as_json(data) + "\n")
    return tm.freeze()  # a model that loads must freeze


def load_otm_data(data: Any) -> Any:
    if not isinstance(data, dict):
        return load_otm(_as_json(data) + "\n").freeze()
    return load_otm(materialize(data)).freeze()


def load_report(data: Any) -> Any:
    return load_report_json(_as_json(data) + "\n")


def load_register_toml(data: Any) -> Any:
    return Register.from_toml(to_toml(data))


def load_register_data(data: Any) -> Any:
    return Register.from_dict(materialize(data))


def load_model_data(data: Any) -> Any:
    return load_system(materialize(data))


LOADERS: dict[str, Callable[[Any], Any]] = {
    "model-json": load_model_json,
    "model-yaml": load_model_yaml,
    "model-data": load_model_data,
    "otm-json": load_otm_json,
    "otm-data": load_otm_data,
    "report-json": load_report,
    "register-toml": load_register_toml,
    "register-data": load_register_data,
}


@pytest.fixture(scope="module", autouse=True)
def _warm_up(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Load good and bad documents and files with every loader, so that lazy imports of
    threatgraph's own modules (and of codecs) happen before the properties watch sys.modules."""
    for name, load in LOADERS.items():
        for doc in (seed(name.split("-")[0]), {"x": [1, "\u00e9"]}):
            with contextlib.suppress(LoadError):
                load(doc)
    folder = tmp_path_factory.mktemp("warm-up")
    for kind, fmt in _FILE_CASES:
        path = folder / f"doc.{fmt}"
        for raw in (_text(kind, fmt).encode(), b"\xff\xfe{", b"\xef\xbb\xbf{}"):
            path.write_bytes(raw)
            with contextlib.suppress(LoadError):
                _FILE_LOADERS[kind](path)


# --------------------------------------------------------------------------- seeds


def _model_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(json.dumps(dump_system(full_model().freeze())))
    return doc


def _report_doc() -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(json.dumps(report_to_dict(build_report())))
    return doc


def _register_doc() -> dict[str, Any]:
    ids = [f.id for f in build_report().findings]
    return {
        "version": 1,
        "findings": {
            ids[0]: {
                "status": "accepted",
                "owner": "alice@example.com",
                "reason": "Internal only until launch.",
                "expires": "2026-06-30",
                "ticket": "SEC-1",
            },
            ids[1]: {
                "status": "false-positive",
                "owner": "bob",
                "reason": "Not reachable.",
                "expires": "2027-01-01",
                "rule": build_report().findings[1].rule,
                "target": build_report().findings[1].target.key,
            },
        },
    }


def _otm_doc() -> dict[str, Any]:
    example: dict[str, Any] = json.loads(OTM_EXAMPLE.read_text("utf-8"))
    return example


_SEEDS: dict[str, Callable[[], Any]] = {
    "model": _model_doc,
    "otm": _otm_doc,
    "report": _report_doc,
    "register": _register_doc,
}
_SEED_CACHE: dict[str, Any] = {}


def seed(kind: str) -> Any:
    """A deep copy of a valid document of this kind (built once)."""
    if kind not in _SEED_CACHE:
        _SEED_CACHE[kind] = _SEEDS[kind]()
    return copy.deepcopy(_SEED_CACHE[kind])


def test_seeds_are_valid() -> None:
    """The mutations start from documents that load."""
    assert isinstance(load_system(seed("model")), tg.System)
    assert isinstance(load_model_yaml(seed("model")), tg.System)
    assert isinstance(load_otm_data(seed("otm")), tg.System)
    assert load_report(seed("report")).findings
    assert len(load_register_toml(seed("register"))) == 2
    assert len(load_register_data(seed("register"))) == 2


# --------------------------------------------------------------------------- strategies

HOSTILE_TEXT = (
    "",
    " ",
    "\x00",
    "nul\x00in the middle",
    "\ud800",
    "lone \udfff surrogate",
    "\u202eevil\u202c",
    "zero\u200bwidth",
    "<script>alert(1)</script>",
    '"; DROP TABLE x; --',
    "{{7*7}} ${jndi:ldap://x} %s",
    "os.system",
    "subprocess:Popen",
    "__import__('os')",
    "!!python/object/apply:os.system",
    "TG-0123456789ab",
    "TG-zzzzzzzzzzzz",
    "-1",
    "1e999",
    "..",
    "$",
    "$.elements[0]",
)

scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**70), max_value=2**70)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(max_size=12)
    | st.sampled_from(HOSTILE_TEXT)
)
json_values = st.recursive(
    scalars,
    lambda children: (
        st.lists(children, max_size=5)
        | st.dictionaries(
            st.text(max_size=10) | st.sampled_from(HOSTILE_TEXT), children, max_size=5
        )
    ),
    max_leaves=25,
)


def _nodes(value: Any) -> list[tuple[tuple[Any, ...], Any]]:
    """Every (path, value) in a document, without recursion (documents can be deep)."""
    out: list[tuple[tuple[Any, ...], Any]] = []
    stack: list[tuple[tuple[Any, ...], Any]] = [((), value)]
    while stack:
        path, node = stack.pop()
        out.append((path, node))
        if isinstance(node, dict):
            stack.extend(((*path, k), v) for k, v in node.items())
        elif isinstance(node, list):
            stack.extend(((*path, i), v) for i, v in enumerate(node))
    return out


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for key in path:
        doc = doc[key]
    return doc


_DEEP = re.compile(r"""["']?@@deep-(\d+)@@["']?""")


def _deep_marker(depth: int) -> str:
    """Stands for ``depth`` nested arrays until the document is written or materialized
    (the test's own writers and hypothesis's printer recurse; the loaders must not)."""
    return f"@@deep-{depth}@@"


def _expand(text: str) -> str:
    return _DEEP.sub(lambda m: "[" * int(m.group(1)) + "0" + "]" * int(m.group(1)), text)


def materialize(doc: Any) -> Any:
    """The document as Python data, with deep-nesting markers turned into nested lists."""
    for path, node in _nodes(doc):
        if path and isinstance(node, str) and (m := _DEEP.fullmatch(node)):
            value: Any = 0
            for _ in range(int(m.group(1))):
                value = [value]
            _get(doc, path[:-1])[path[-1]] = value
    if isinstance(doc, str) and (m := _DEEP.fullmatch(doc)):
        return materialize([doc])[0]
    return doc


def _cycle(doc: Any, draw: Any) -> None:
    """Make boundaries (model) or trust zones (OTM) nest in a cycle."""
    if not isinstance(doc, dict):
        return
    items = doc.get("boundaries") if "boundaries" in doc else doc.get("trustZones")
    if not isinstance(items, list) or not items:
        return
    ids = [b.get("id") for b in items if isinstance(b, dict)]
    ids = [i for i in ids if isinstance(i, str)]
    if not ids:
        return
    chosen = draw(st.lists(st.sampled_from(ids), min_size=1, max_size=3))
    ring = chosen[1:] + chosen[:1]
    for b in items:
        if isinstance(b, dict) and b.get("id") in chosen:
            nxt = ring[chosen.index(b["id"])]
            if "boundaries" in doc:
                b["parent"] = nxt
            else:
                b["parent"] = {"trustZone": nxt}


MUTATIONS = (
    "drop-key",
    "wrong-type",
    "unknown-key",
    "duplicate-item",
    "copy-id",
    "dangling-ref",
    "cycle",
    "huge-string",
    "deep-nesting",
    "hostile-text",
)


class Mutated:
    """A mutated document, shown as the list of mutations (the document can be huge
    or thousands of levels deep, which hypothesis could not print)."""

    __slots__ = ("doc", "ops")

    def __init__(self, doc: Any, ops: list[str]) -> None:
        self.doc = doc
        self.ops = ops

    def __repr__(self) -> str:
        return f"Mutated({self.ops})"


@st.composite
def mutated(draw: Any, kind: str) -> Mutated:
    """A valid document of ``kind`` with one to four mutations applied."""
    doc = seed(kind)
    ops: list[str] = []
    for _ in range(draw(st.integers(1, 4))):
        nodes = _nodes(doc)
        path, node = draw(st.sampled_from(nodes))
        op = draw(st.sampled_from(MUTATIONS))
        ops.append(f"{op} at {path!r}"[:120])
        containers = [(p, n) for p, n in nodes if isinstance(n, (dict, list)) and n]
        if op == "drop-key" and containers:
            p, n = draw(st.sampled_from(containers))
            if isinstance(n, dict):
                del n[draw(st.sampled_from(sorted(n, key=str)))]
            else:
                del n[draw(st.integers(0, len(n) - 1))]
        elif op == "wrong-type" and path:
            _get(doc, path[:-1])[path[-1]] = draw(json_values)
        elif op == "unknown-key" and isinstance(node, dict):
            node[draw(st.text(min_size=1, max_size=10) | st.sampled_from(HOSTILE_TEXT))] = draw(
                json_values
            )
        elif op == "duplicate-item" and isinstance(node, list) and node:
            node.append(copy.deepcopy(draw(st.sampled_from(node))))
        elif op == "copy-id":
            with_ids = [n for _, n in nodes if isinstance(n, dict) and isinstance(n.get("id"), str)]
            if len(with_ids) >= 2:
                a, b = draw(st.lists(st.sampled_from(with_ids), min_size=2, max_size=2))
                b["id"] = a["id"]
        elif op == "dangling-ref":
            refs = [
                (p, n)
                for p, n in nodes
                if p
                and isinstance(n, str)
                and p[-1] in ("source", "target", "parent", "boundary", "trustZone", "entry")
            ]
            refs += [(p, n) for p, n in nodes if len(p) >= 2 and p[-2] in ("data", "stores")]
            if refs:
                p, _ = draw(st.sampled_from(refs))
                _get(doc, p[:-1])[p[-1]] = draw(st.text(max_size=8) | st.sampled_from(HOSTILE_TEXT))
        elif op == "cycle":
            _cycle(doc, draw)
        elif op == "huge-string" and path:
            _get(doc, path[:-1])[path[-1]] = draw(st.sampled_from("xé<\x00")) * draw(
                st.sampled_from((10_000, 100_000))
            )
        elif op == "deep-nesting" and path:
            depth = draw(st.sampled_from((10, 63, 65, 500, 5000)))
            _get(doc, path[:-1])[path[-1]] = _deep_marker(depth)
        elif op == "hostile-text" and path:
            _get(doc, path[:-1])[path[-1]] = draw(st.sampled_from(HOSTILE_TEXT))
    return Mutated(doc, ops)


# --------------------------------------------------------------------------- properties


@pytest.mark.parametrize("loader", sorted(LOADERS))
@fuzz_settings(40)
@given(value=json_values)
def test_random_json_only_ever_gives_a_value_or_a_load_error(loader: str, value: Any) -> None:
    outcome(LOADERS[loader], value)


_FOR_KIND = {
    "model": ("model-json", "model-data"),
    "otm": ("otm-json", "otm-data"),
    "report": ("report-json",),
    "register": ("register-toml", "register-data"),
}
_CASES = [(kind, loader) for kind, loaders in _FOR_KIND.items() for loader in loaders]


@pytest.mark.parametrize(("kind", "loader"), _CASES, ids=[f"{k}:{v}" for k, v in _CASES])
@fuzz_settings(60)
@given(data=st.data())
def test_mutated_documents_only_ever_give_a_value_or_a_load_error(
    kind: str, loader: str, data: st.DataObject
) -> None:
    outcome(LOADERS[loader], data.draw(mutated(kind)).doc)


@fuzz_settings(30)  # PyYAML's scanner is pure Python: half the budget, the same mutations
@given(data=st.data())
def test_mutated_yaml_models_only_ever_give_a_value_or_a_load_error(data: st.DataObject) -> None:
    outcome(LOADERS["model-yaml"], data.draw(mutated("model")).doc)


def _text(kind: str, fmt: str) -> str:
    doc = seed(kind)
    if kind == "register":
        return to_toml(doc)
    return to_yaml(doc) if fmt == "yaml" else json.dumps(doc, ensure_ascii=False, indent=1)


_FILE_LOADERS: dict[str, Callable[[Path], Any]] = {
    "model": load_model,
    "otm": lambda p: load_otm(p).freeze(),
    "report": load_report_json,
    "register": Register.load,
}
_FILE_CASES = [
    ("model", "json"),
    ("model", "yaml"),
    ("otm", "json"),
    ("otm", "yaml"),
    ("report", "json"),
    ("register", "toml"),
]


@pytest.mark.parametrize(("kind", "fmt"), _FILE_CASES, ids=[f"{k}.{f}" for k, f in _FILE_CASES])
@fuzz_settings(30)
@given(data=st.data())
def test_truncated_and_corrupted_files_give_a_load_error(
    kind: str, fmt: str, data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    raw = _text(kind, fmt).encode("utf-8")
    how = data.draw(st.sampled_from(("truncate", "flip", "insert")))
    if how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif how == "flip":
        i = data.draw(st.integers(0, len(raw) - 1))
        raw = raw[:i] + bytes([data.draw(st.integers(0, 255))]) + raw[i + 1 :]
    else:
        i = data.draw(st.integers(0, len(raw)))
        raw = raw[:i] + data.draw(st.binary(min_size=1, max_size=8)) + raw[i:]
    path = tmp_path_factory.mktemp("fuzz") / f"doc.{fmt}"
    path.write_bytes(raw)
    result = outcome(_FILE_LOADERS[kind], path)
    if how == "truncate" and not isinstance(result, LoadError):
        # a cut that still parses must still be a complete, valid document
        assert result is not None


# --------------------------------------------------------------------------- targeted cases


def _deep(depth: int) -> str:
    return '{"threatgraph": "1", "name": "x", "description": ' + "[" * depth + "]" * depth + "}"


@pytest.mark.parametrize("depth", [65, 1_000, 100_000])
@pytest.mark.parametrize("kind", ["model", "otm", "report"])
def test_deep_nesting_is_refused_by_every_json_loader(kind: str, depth: int) -> None:
    load = {"model": load_model, "otm": load_otm, "report": load_report_json}[kind]
    error = outcome(load, _deep(depth))
    assert isinstance(error, LoadError)
    assert any(
        "levels deep" in p.message or "deeply" in p.message or "not valid JSON" in p.message
        for p in error.problems
    )


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_nesting_in_yaml_is_refused(depth: int) -> None:
    error = outcome(load_model, "a: " + "[" * depth + "]" * depth + "\n")
    assert isinstance(error, LoadError)


@pytest.mark.parametrize(
    "text",
    [
        "a = " + "[" * 100_000 + "]" * 100_000,
        "a = " + "{b = " * 20_000 + "1" + "}" * 20_000,
    ],
    ids=["arrays", "inline-tables"],
)
def test_deeply_nested_toml_register_is_a_load_error(text: str) -> None:
    """tomllib parses nesting recursively; the register turns the RecursionError into a
    LoadError (regression: it used to escape)."""
    error = outcome(Register.from_toml, text)
    assert isinstance(error, LoadError)
    assert "too deeply" in error.problems[0].message


def test_huge_register_is_refused_before_parsing(tmp_path: Path) -> None:
    """Registers have a size limit like every other input (regression: there was none)."""
    from threatgraph.register import MAX_BYTES

    path = tmp_path / "register.toml"
    path.write_bytes(b"# " + b"x" * MAX_BYTES + b"\nversion = 1\n")
    for load, arg in ((Register.load, path), (Register.from_toml, path.read_bytes())):
        error = outcome(load, arg)
        assert isinstance(error, LoadError)
        assert "limit" in error.problems[0].message


@pytest.mark.parametrize(
    "where",
    ["name", "description", "elements.0.name", "elements.0.id", "data.0.name", "key"],
)
@pytest.mark.parametrize("fmt", ["json", "yaml"])
def test_lone_surrogates_are_refused_at_their_path(where: str, fmt: str) -> None:
    r"""A ``\ud800`` escape decodes to a string that cannot be written as UTF-8: every
    report would fail on it, so the loaders refuse it (regression: it loaded, then
    analysis and every text output crashed)."""
    doc = seed("model")
    if where == "key":
        doc["elements"][0]["\ud800"] = 1
        expected = '$.elements[0]["\\ud800"]'  # the key as JSON writes it
    else:
        target: Any = doc
        *head, last = where.split(".")
        for part in head:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = "bad \ud800 text"
        expected = "$." + ".".join(f"[{p}]" if p.isdigit() else p for p in where.split("."))
        expected = expected.replace(".[", "[")
    text = json.dumps(doc) if fmt == "json" else to_yaml(doc)
    error = outcome(load_model, text + "\n")
    assert isinstance(error, LoadError)
    assert any(p.where == expected and "lone surrogate" in p.message for p in error.problems), [
        str(p) for p in error.problems
    ]


@pytest.mark.parametrize("kind", ["otm", "report"])
def test_lone_surrogates_are_refused_by_the_otm_and_report_loaders(kind: str) -> None:
    doc = seed(kind)
    if kind == "otm":
        doc["project"]["name"] = "\udc00"
        expected = "$.project.name"
    else:
        doc["findings"][0]["title"] = "\udc00"
        expected = "$.findings[0].title"
    load = load_otm if kind == "otm" else load_report_json
    error = outcome(load, json.dumps(doc) + "\n")
    assert isinstance(error, LoadError)
    assert any(p.where == expected and "lone surrogate" in p.message for p in error.problems)


@pytest.mark.parametrize("field", ["rule", "family", "target"])
def test_a_lone_surrogate_in_what_makes_a_finding_id_is_a_problem_not_a_crash(
    field: str,
) -> None:
    """The loader checks each finding's id against its family and target: text that is
    not Unicode there was hashed as UTF-8 and crashed the check (found by the fuzz
    profile), so the load ended in "loading failed unexpectedly"."""
    doc = seed("report")
    finding = doc["findings"][0]
    if field == "target":
        finding["target"]["ids"] = ["\ud800"]
        expected = "$.findings[0].target.ids[0]"
    else:
        finding[field] = "\ud800"
        expected = f"$.findings[0].{field}"
    error = outcome(load_report_json, json.dumps(doc) + "\n")
    assert isinstance(error, LoadError)
    assert any(p.where == expected and "lone surrogate" in p.message for p in error.problems), [
        str(p) for p in error.problems
    ]


def test_surrogate_pairs_written_as_escapes_are_fine() -> None:
    """A proper pair (an emoji written as two escapes) is ordinary text."""
    doc = seed("model")
    doc["description"] = "robot \U0001f916"
    text = json.dumps(doc, ensure_ascii=True)
    assert "\\ud83e\\udd16" in text
    system = outcome(load_model, text + "\n")
    assert isinstance(system, tg.System)
    assert system.description == "robot \U0001f916"


def test_register_from_dict_accepts_only_what_toml_can_express_but_never_crashes() -> None:
    """from_dict takes any Python value; odd keys and values are problems, not crashes."""
    for data in (
        {1: 2, "findings": {3: {}}},
        {"findings": {"TG-0123456789ab": {"status": 1, "owner": [], "reason": None}}},
        {"findings": {None: None}, "version": True},
        [],
        None,
    ):
        error = outcome(Register.from_dict, data)
        assert isinstance(error, LoadError)
