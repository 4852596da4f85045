"""Strict loading of model and report files: every problem at once, with JSON paths.

Also the hostile inputs: truncated, deeply nested, huge, self-referencing or
alias-bombed documents must end in a LoadError and nothing else.
"""

from __future__ import annotations

import contextlib
import copy
import json
import re
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from _export_models import full_model, small_model
from threatgraph.errors import LoadError, Problem
from threatgraph.export.json import report_to_json, system_to_json
from threatgraph.findings import Report
from threatgraph.load.json import load_model, load_report_json
from threatgraph.load.model_io import dump_system, load_system

ROOT = Path(__file__).resolve().parent.parent
FORMAT_DOC = ROOT / "docs" / "reference" / "model-format.md"


def small_doc() -> dict[str, Any]:
    return json.loads(json.dumps(dump_system(small_model().freeze(), locations=False)))


def load_problems(data: Any) -> list[Problem]:
    with pytest.raises(LoadError) as info:
        load_system(data)
    return list(info.value.problems)


def where(problems: list[Problem]) -> list[str]:
    return [p.where for p in problems]


def text_problems(source: Any, **kwargs: Any) -> list[Problem]:
    with pytest.raises(LoadError) as info:
        load_model(source, **kwargs)
    return list(info.value.problems)


# --------------------------------------------------------------------------- aggregation


def test_two_bad_fields_give_two_problems_with_exact_paths() -> None:
    doc = small_doc()
    assert [e["id"] for e in doc["elements"]] == ["api", "llm", "user"]
    doc["elements"][1]["trust"] = "internal"
    doc["flows"][0]["target"] = "lm"
    problems = load_problems(doc)
    assert where(problems) == ["$.elements[1].trust", "$.flows[0].target"]
    trust, target = problems
    assert trust.message == "is not a known key"
    assert trust.value == "trust"
    assert "boundary" in (trust.hint or "")
    assert target.message == "no element with id 'lm' is declared"
    assert target.value == "lm"
    assert target.hint == "did you mean 'llm'?"


def test_every_kind_of_problem_is_reported_together() -> None:
    doc = {
        "threatgraph": "1",
        "name": "Broken",
        "profle": "high",
        "frameworks": ["hipaa", "sox"],
        "boundaries": [
            {"id": "a", "name": "A", "trust": "internal", "parent": "b"},
            {"id": "b", "name": "B", "trust": "internal", "parent": "a"},
            {"id": "c", "name": "C", "trust": "dmz"},
            {"id": "d", "name": "D", "trust": "internal", "parent": "nowhere"},
        ],
        "data": [{"name": "Prompt"}, {"name": "Prompt", "sensitivity": "pii"}],
        "elements": [
            {"kind": "llm", "name": "LLM", "boundary": "a"},
            {"kind": "endpoint", "name": "API", "boundary": "aa"},
            {"kind": "agnet", "name": "Agent"},
            {
                "kind": "tool",
                "name": "Tool",
                "capabilities": ["exec"],
                "controls": [{"control": "rate_limiting", "requests_per_minute": "5"}],
            },
            {"kind": "data_store", "name": "Store", "stores": ["prompt", "promt"]},
            {"kind": "service", "name": "LLM"},
            "not an object",
        ],
        "flows": [
            {"source": "api", "target": "llmm", "data": ["prompt"]},
            {"source": "api", "target": "api"},
            {"source": "api", "target": "llm", "protocol": 443},
        ],
        "actors": [{"name": "Spy", "entry": "vault"}, {"name": "Spy"}],
    }
    problems = load_problems(doc)
    assert where(problems) == [
        "$.actors[0].entry",
        "$.actors[1].name",
        "$.boundaries[0].parent",  # the cycle a -> b -> a, once
        "$.boundaries[2].trust",
        "$.boundaries[3].parent",
        "$.data[1].name",
        "$.elements[1].boundary",
        "$.elements[2].kind",
        "$.elements[3].capabilities[0]",
        "$.elements[3].controls[0].requests_per_minute",
        "$.elements[4].stores[1]",
        "$.elements[5].name",
        "$.elements[6]",
        "$.flows[0].target",
        "$.flows[1].target",
        "$.flows[2].protocol",
        "$.frameworks[1]",
        "$.profle",
    ]
    by_path = {p.where: p for p in problems}
    assert by_path["$.elements[2].kind"].hint == "did you mean 'agent'?"
    assert by_path["$.elements[3].capabilities[0]"].hint == "did you mean 'execute-code'?"
    assert by_path["$.elements[4].stores[1]"].hint == "did you mean 'prompt'?"
    assert by_path["$.elements[1].boundary"].message == "no boundary with id 'aa' is declared"
    assert by_path["$.elements[1].boundary"].hint == "did you mean 'a'?"
    assert "cycle" in by_path["$.boundaries[0].parent"].message
    assert by_path["$.profle"].hint == "did you mean 'profile'?"
    assert by_path["$.elements[5].name"].message == (
        "gives the id 'llm', which $.elements[0] already has"
    )
    assert by_path["$.flows[1].target"].message == "flows from an element to itself (got 'api')"
    assert by_path["$.elements[6]"].message.startswith("must be an object (an element)")
    assert "soc2" in by_path["$.frameworks[1]"].message
    # str(LoadError) lists every problem
    with pytest.raises(LoadError) as info:
        load_system(doc)
    text = str(info.value)
    assert text.startswith(f"cannot load the model: {len(problems)} problem(s)")
    assert all(p.where in text for p in problems)


def test_a_duplicate_id_points_at_the_field_it_came_from() -> None:
    doc = small_doc()
    src, tgt = doc["flows"][0]["source"], doc["flows"][0]["target"]
    for f in doc["flows"]:
        f.pop("id", None)  # every id made from source and target
    doc["flows"].append({"source": src, "target": tgt, "data": doc["flows"][0]["data"]})
    doc["elements"].append({"kind": "service", "id": doc["elements"][0]["id"], "name": "Z"})
    problems = load_problems(doc)
    by_path = {p.where: p for p in problems}
    last_flow = f"$.flows[{len(doc['flows']) - 1}]"
    last_element = f"$.elements[{len(doc['elements']) - 1}].id"
    assert where(problems) == [last_element, last_flow]
    flow = by_path[last_flow]
    assert flow.message == f"gives the id '{src}->{tgt}', which $.flows[0] already has"
    assert flow.hint is not None
    assert "made from the source and target" in flow.hint
    assert "explicit 'id'" in flow.hint
    assert by_path[last_element].hint == "ids must be unique; give one of them a different id"
    named = small_doc()
    named["elements"].append({"kind": "service", "name": named["elements"][0]["name"]})
    (problem,) = load_problems(named)
    assert problem.where == f"$.elements[{len(named['elements']) - 1}].name"
    assert problem.hint == "this id was made from the name; give one of them an explicit 'id'"


def test_references_to_broken_items_are_not_reported_twice() -> None:
    doc = small_doc()
    doc["elements"][1]["kind"] = "lm"  # llm is broken; flows into it are not dangling
    doc["data"][0]["sensitivity"] = "topsecret"  # prompt is broken; refs to it are fine
    doc["boundaries"][1]["trust"] = "vpc"  # the boundary is broken; its elements are fine
    problems = load_problems(doc)
    assert where(problems) == [
        "$.boundaries[1].trust",
        "$.data[0].sensitivity",
        "$.elements[1].kind",
    ]


def test_duplicate_ids_are_errors_even_when_identical() -> None:
    doc = small_doc()
    doc["elements"].append(copy.deepcopy(doc["elements"][0]))
    doc["flows"].append(copy.deepcopy(doc["flows"][0]))
    doc["boundaries"].append(copy.deepcopy(doc["boundaries"][0]))
    doc["data"].append(copy.deepcopy(doc["data"][0]))
    assert where(load_problems(doc)) == [
        "$.boundaries[2].id",
        "$.data[1].id",
        "$.elements[3].id",
        "$.flows[2].id",
    ]


def test_unknown_keys_get_suggestions_at_every_level() -> None:
    doc = small_doc()
    doc["nmae"] = "x"
    doc["boundaries"][0]["trsut"] = "internal"
    doc["elements"][0]["controls"][0]["request_per_minute"] = 3
    doc["flows"][0]["protocl"] = "https"
    doc["data"][0]["sensitivty"] = "pii"
    hints = {p.where: p.hint for p in load_problems(doc)}
    assert hints == {
        "$.boundaries[0].trsut": "did you mean 'trust'?",
        "$.data[0].sensitivty": "did you mean 'sensitivity'?",
        "$.elements[0].controls[0].request_per_minute": "did you mean 'requests_per_minute'?",
        "$.flows[0].protocl": "did you mean 'protocol'?",
        "$.nmae": "did you mean 'name'?",
    }


def test_version_and_name_are_required() -> None:
    problems = load_problems({"elements": []})
    assert where(problems) == ["$.name", "$.threatgraph"]
    assert problems[1].hint == 'add "threatgraph": "1"'
    [problem] = load_problems({"threatgraph": "2", "name": "x"})
    assert problem.where == "$.threatgraph"
    assert "'2' is not supported" in problem.message
    assert load_system({"threatgraph": 1, "name": "x"}).name == "x"  # YAML writes 1 unquoted
    assert where(load_problems({"threatgraph": True, "name": " "})) == ["$.name", "$.threatgraph"]


@pytest.mark.parametrize("value", [[], "model", 3, None, True])
def test_a_document_must_be_an_object(value: Any) -> None:
    [problem] = load_problems(value)
    assert problem.where == "$"
    assert problem.message.startswith("must be an object")


def test_top_level_collections_must_be_arrays() -> None:
    doc = small_doc()
    doc["elements"] = {"kind": "llm"}
    doc["flows"] = "none"
    problems = load_problems(doc)
    assert where(problems) == ["$.elements", "$.flows"]
    assert problems[0].message == "must be an array, not an object"


def test_defaults_when_keys_are_left_out() -> None:
    system = load_system(
        {
            "threatgraph": "1",
            "name": "Minimal",
            "elements": [{"kind": "llm", "name": "Support LLM"}],
        }
    )
    assert system.profile is tg.RiskProfile.LOW
    assert [a.name for a in system.actors] == sorted(a.name for a in tg.default_actors())
    assert system.element("support-llm").task is tg.Task.GENERATIVE
    assert system.boundary_of("support-llm") is None
    assert load_system({"threatgraph": "1", "name": "x", "actors": []}).actors == ()


def test_model_validation_problems_keep_their_declared_location() -> None:
    doc = small_doc()
    doc["flows"][0]["target"] = doc["flows"][0]["source"]
    doc["flows"][0]["declared_at"] = "model.py:12"
    [problem] = load_problems(doc)
    assert problem.where == "$.flows[0].target"
    assert problem.location == "model.py:12"


# --------------------------------------------------------------------------- files and text


def test_load_model_reads_json_and_yaml_files_and_text(tmp_path: Path) -> None:
    yaml = pytest.importorskip("yaml")
    system = full_model().freeze()
    text = system_to_json(system)
    (tmp_path / "m.json").write_text(text, encoding="utf-8")
    data = json.loads(text)
    (tmp_path / "m.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    (tmp_path / "m.yml").write_text(yaml.safe_dump(data), encoding="utf-8")
    for source in (
        tmp_path / "m.json",
        str(tmp_path / "m.json"),
        tmp_path / "m.yaml",
        tmp_path / "m.yml",
        text,
        yaml.safe_dump(data),
    ):
        loaded = load_model(source)
        assert loaded == system
        assert system_to_json(loaded) == text


def test_the_cli_target_resolver_loads_model_files(tmp_path: Path) -> None:
    from threatgraph.load.target import load_target

    system = small_model().freeze()
    path = tmp_path / "model.json"
    path.write_text(system_to_json(system), encoding="utf-8")
    assert load_target(str(path)) == system


def test_yaml_errors_have_line_numbers() -> None:
    pytest.importorskip("yaml")
    [problem] = text_problems("threatgraph: '1'\nname: [unclosed\n")
    assert problem.where == "$"
    assert problem.message.startswith("is not valid YAML")
    assert "line" in problem.message


def test_yaml_paths_are_the_same_as_json_paths() -> None:
    pytest.importorskip("yaml")
    text = """
threatgraph: "1"
name: Y
elements:
  - {kind: llm, name: L}
  - {kind: endpoint, name: E, returns_scores: "yes"}
flows:
  - {source: e, target: l}
  - {source: e, target: x}
"""
    problems = text_problems(text)
    assert where(problems) == ["$.elements[1].returns_scores", "$.flows[1].target"]


def test_yaml_needs_pyyaml_and_says_how_to_install(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "yaml", None)  # import yaml now raises ImportError
    [problem] = text_problems("threatgraph: '1'\nname: x\n")
    assert "PyYAML" in problem.message
    assert "pip install 'threatgraph[yaml]'" in (problem.hint or "")
    # JSON still works without it
    assert load_model(system_to_json(small_model().freeze())).name == "Small"


def test_yaml_is_read_safely() -> None:
    pytest.importorskip("yaml")
    hostile = "threatgraph: '1'\nname: !!python/object/apply:os.system ['echo pwned']\n"
    [problem] = text_problems(hostile)
    assert problem.message.startswith("is not valid YAML")
    # YAML types that JSON does not have are wrong types, not crashes
    problems = text_problems("threatgraph: '1'\nname: 2024-01-01\ndescription: !!binary aGk=\n")
    assert where(problems) == ["$.description", "$.name"]
    assert problems[1].message == "must be a string, not a date"


def test_yaml_alias_bombs_are_stopped() -> None:
    pytest.importorskip("yaml")
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        refs = ", ".join([f"*a{i - 1}"] * 9)
        lines.append(f"a{i}: &a{i} [{refs}]")
    lines.append("threatgraph: '1'\nname: bomb\ndescription: *a8")
    [problem] = text_problems("\n".join(lines) + "\n")
    assert problem.where == "$"
    assert "values" in problem.message


def test_self_referencing_yaml_is_stopped() -> None:
    pytest.importorskip("yaml")
    [problem] = text_problems("threatgraph: '1'\nname: x\ntags: &t [*t]\n")
    assert "levels deep" in problem.message


def test_missing_unreadable_and_odd_files(tmp_path: Path) -> None:
    [problem] = text_problems(tmp_path / "nope.json")
    assert problem.message.startswith("no such file")
    [problem] = text_problems(tmp_path)
    assert problem.message.startswith("is not a file")
    bad = tmp_path / "latin1.json"
    bad.write_bytes('{"name": "Caf\xe9"}'.encode("latin-1"))
    [problem] = text_problems(bad)
    assert problem.message.startswith("is not UTF-8")
    bom = tmp_path / "bom.json"
    bom.write_bytes(b"\xef\xbb\xbf" + system_to_json(small_model().freeze()).encode())
    assert load_model(bom).name == "Small"
    with pytest.raises(LoadError):
        load_model(b"{}")  # type: ignore[arg-type]


def test_a_one_line_yaml_text_is_text_not_a_path() -> None:
    pytest.importorskip("yaml")
    assert load_model("{threatgraph: '1', name: One}").name == "One"
    problems = text_problems("threatgraph: '1'")
    assert where(problems) == ["$.name"]
    [problem] = text_problems("missing.yaml")
    assert problem.message == "no such file: missing.yaml"


def test_an_unexpected_error_still_comes_out_as_a_load_error(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import threatgraph.load.json as load_json
    import threatgraph.load.model_io as model_io

    def boom(*args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("simulated bug")

    monkeypatch.setattr(model_io, "build_system", boom)
    monkeypatch.setattr(load_json, "build_system", boom)
    model = '{"threatgraph": "1", "name": "x"}'
    report = '{"threatgraph": "1", "model": {"threatgraph": "1", "name": "x"}, "findings": []}'
    for load, doc in ((load_system, model), (load_model, model), (load_report_json, report)):
        with pytest.raises(LoadError) as info:
            load(doc)
        [problem] = info.value.problems
        assert problem.message == "loading failed unexpectedly (RuntimeError: simulated bug)"
        assert "bug" in (problem.hint or "")


# --------------------------------------------------------------------------- hostile JSON


def test_truncated_json_is_a_load_error_that_says_so() -> None:
    text = system_to_json(full_model().freeze())
    for cut in (1, len(text) // 3, len(text) // 2, len(text) - 3):
        [problem] = text_problems(text[:cut])
        assert problem.where == "$"
        assert problem.message.startswith("is not valid JSON")
        assert problem.hint is not None
        assert "truncated" in problem.hint


def test_truncated_json_file(tmp_path: Path) -> None:
    path = tmp_path / "model.json"
    path.write_text(system_to_json(small_model().freeze())[:200], encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_model(path)
    assert str(path) in str(info.value)


@pytest.mark.parametrize("depth", [65, 200, 100_000])
def test_deeply_nested_json_is_refused(depth: int) -> None:
    text = '{"threatgraph": "1", "name": "x", "description": ' + "[" * depth + "]" * depth + "}"
    [problem] = text_problems(text)
    assert "levels deep" in problem.message


def test_nesting_limit_is_64_by_default_and_adjustable() -> None:
    # the description sits at depth 2, so 62 more arrays reach exactly 64
    ok = '{"threatgraph": "1", "name": "x", "tags": ' + "[" * 62 + "]" * 62 + "}"
    problems = text_problems(ok)
    assert where(problems) == ["$.tags"]  # a wrong type, but no nesting complaint
    [problem] = text_problems(ok, max_depth=10)
    assert "more than 10 levels" in problem.message
    assert problem.where.startswith("$.tags[0]")


def test_deeply_nested_python_data_is_refused() -> None:
    value: Any = []
    for _ in range(5000):
        value = [value]
    [problem] = load_problems({"threatgraph": "1", "name": "x", "tags": value})
    assert "levels deep" in problem.message
    cyclic: dict[str, Any] = {"threatgraph": "1", "name": "x"}
    cyclic["data"] = [cyclic]
    [problem] = load_problems(cyclic)
    assert "levels deep" in problem.message


def test_huge_files_are_refused_before_reading(tmp_path: Path) -> None:
    path = tmp_path / "huge.json"
    with path.open("wb") as fh:  # sparse: costs no disk and no time
        fh.truncate(50 * 1024 * 1024 + 1)
    [problem] = text_problems(path)
    assert "over the 50 MiB limit" in problem.message


def test_size_limit_applies_to_text_and_is_adjustable(tmp_path: Path) -> None:
    text = system_to_json(small_model().freeze())
    [problem] = text_problems(text, max_bytes=100)
    assert "over the" in problem.message
    path = tmp_path / "m.json"
    path.write_text(text, encoding="utf-8")
    [problem] = text_problems(path, max_bytes=100)
    assert "over the" in problem.message
    assert load_model(path, max_bytes=len(text.encode())).name == "Small"


def test_nan_and_huge_numbers_are_refused() -> None:
    doc = system_to_json(small_model().freeze())
    [problem] = text_problems(doc.replace('"requests_per_minute": 5', '"requests_per_minute": NaN'))
    assert "NaN" in problem.message
    [problem] = text_problems(
        doc.replace('"requests_per_minute": 5', '"requests_per_minute": ' + "9" * 5000)
    )
    assert problem.message.startswith("is not valid JSON")


def test_repeated_json_keys_are_reported() -> None:
    text = system_to_json(small_model().freeze())
    text = text.replace('"name": "Small",', '"name": "Small",\n  "name": "Other",', 1)
    problems = text_problems(text)
    assert where(problems) == ["$.name"]
    assert problems[0].message == "appears more than once in the same object"


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=8),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=20,
)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_documents_only_ever_raise_load_error(data: st.DataObject) -> None:
    """Replace one value anywhere in a valid document with random JSON: LoadError or a System."""
    doc = json.loads(json.dumps(dump_system(small_model().freeze())))
    paths: list[list[Any]] = []

    def collect(value: Any, path: list[Any]) -> None:
        paths.append(path)
        if isinstance(value, dict):
            for k, v in value.items():
                collect(v, [*path, k])
        elif isinstance(value, list):
            for i, v in enumerate(value):
                collect(v, [*path, i])

    collect(doc, [])
    path = data.draw(st.sampled_from(paths[1:]))
    target = doc
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = data.draw(json_values)
    outcome: tg.System | LoadError
    try:
        outcome = load_system(doc)
    except LoadError as exc:  # anything else escaping fails the test
        outcome = exc
    if isinstance(outcome, LoadError):
        assert outcome.problems
        assert all(p.where.startswith("$") for p in outcome.problems)
    else:
        assert isinstance(outcome, tg.System)


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=200) | st.text(max_size=200))
def test_random_text_only_ever_raises_load_error(blob: bytes | str) -> None:
    text = blob.decode("utf-8", "replace") if isinstance(blob, bytes) else blob
    for candidate in ("{" + text, "[" + text, text + "\n"):
        with contextlib.suppress(LoadError):  # anything else escaping fails the test
            assert isinstance(load_model(candidate), tg.System)


# --------------------------------------------------------------------------- reports


def test_report_loader_reports_problems_with_paths() -> None:
    system = small_model().freeze()
    data = json.loads(report_to_json(Report(system=system, findings=())))
    data["findings"] = [{"id": "TG-1", "rule": "r"}]
    data["model"]["elements"][0]["kind"] = "lm"
    data["extra"] = 1
    data["notes"] = "one"
    with pytest.raises(LoadError) as info:
        load_report_json(json.dumps(data))
    paths = [p.where for p in info.value.problems]
    assert "$.model.elements[0].kind" in paths
    assert "$.extra" in paths
    assert "$.notes" in paths
    assert "$.findings[0].title" in paths
    assert "$.findings[0].severity" in paths
    assert str(info.value).startswith("cannot load the report from <text>")


def test_report_loader_needs_a_model_and_findings() -> None:
    with pytest.raises(LoadError) as info:
        load_report_json('{"threatgraph": "1"}')
    assert [p.where for p in info.value.problems] == ["$.findings", "$.model"]
    with pytest.raises(LoadError):
        load_report_json('{"threatgraph": "1", "model": {}, "findings": []')


# --------------------------------------------------------------------------- the docs


FENCE = re.compile(
    r"(?P<marker><!-- fragment -->\n)?^```(?P<lang>json|yaml)\n(?P<body>.*?)^```", re.M | re.S
)


def doc_blocks() -> list[tuple[str, bool, str]]:
    text = FORMAT_DOC.read_text(encoding="utf-8")
    return [(m["lang"], bool(m["marker"]), m["body"]) for m in FENCE.finditer(text)]


def test_the_format_page_has_complete_json_and_yaml_examples() -> None:
    blocks = doc_blocks()
    full = [lang for lang, fragment, _ in blocks if not fragment]
    assert "json" in full
    assert "yaml" in full


@pytest.mark.parametrize(
    ("lang", "fragment", "body"),
    doc_blocks(),
    ids=[f"{lang}-{i}" for i, (lang, _, _) in enumerate(doc_blocks())],
)
def test_format_page_examples_load(lang: str, fragment: bool, body: str) -> None:
    if lang == "yaml":
        yaml = pytest.importorskip("yaml")
        parsed = yaml.safe_load(body)
    else:
        parsed = json.loads(body)
    if fragment:
        return
    system = load_model(body)
    assert system == load_system(parsed)
    assert len(system.elements()) >= 4
    assert system.flows()
    # what the page promises about them
    if lang == "json":
        assert system.boundary_of("support-llm").id == "model-enclave"
        assert {d.id for d in system.element("ticket-index").stores} == {"tickets"}  # type: ignore[attr-defined]
    else:
        assert len(system.actors) == 6  # actors left out: the defaults


def test_format_page_error_example_is_real() -> None:
    """The error listing on the page is what the loader prints for that document."""
    text = FORMAT_DOC.read_text(encoding="utf-8")
    listing = re.search(r"```text\n(?P<body>.*?)```", text, re.S)
    assert listing is not None
    body = json.loads(FENCE.search(text)["body"])  # type: ignore[index]
    # customer, X (with a trust), an agent misspelt, chat-api (a rate given as text), ...
    body["elements"].insert(1, {"kind": "endpoint", "name": "X", "trust": "internal"})
    body["elements"].insert(2, {"kind": "agnet", "name": "Agent"})
    body["elements"][3]["controls"][0]["requests_per_minute"] = "60"
    body["flows"][0]["target"] = "support-lm"
    with pytest.raises(LoadError) as info:
        load_system(body)
    printed = str(info.value).replace(
        "cannot load the model:", "cannot load the model from model.json:"
    )
    assert printed.strip() == listing["body"].strip()


def test_format_page_mentions_every_kind_field_and_control_parameter() -> None:
    import attrs

    from threatgraph import controls as c
    from threatgraph.elements import KINDS

    text = FORMAT_DOC.read_text(encoding="utf-8")
    for kind, cls in KINDS.items():
        assert f"`{kind}`" in text, kind
        for f in attrs.fields(cls):
            assert f"`{f.name}`" in text, (kind, f.name)
    for ctl in c.ALL:
        for name in ctl().params or [f.name for f in attrs.fields(ctl) if f.name != "note"]:
            assert f"`{name}`" in text, (ctl.key, name)


# --------------------------------------------------------------------------- reading documents


def test_read_document_carries_what_the_walk_found() -> None:
    """Repeated keys and lone surrogates are not fatal: the Document carries them, in
    document order, so that a loader need not walk the document a second time."""
    from threatgraph.load._documents import check_shape, read_document

    text = '{"a": {"x": 1, "x": 2}, "b": ["\\ud800"], "c": {"y": [1, {"z": 1, "z": 2}]}}\n'
    doc = read_document(text)
    assert [(p.where, p.message.split(" (")[0]) for p in doc.problems] == [
        ("$.a.x", "appears more than once in the same object"),
        ("$.b[0]", "holds a lone surrogate"),
        ("$.c.y[1].z", "appears more than once in the same object"),
    ]
    problems, fatal = check_shape(doc.data, max_values=doc.max_values)
    assert not fatal
    assert tuple(problems) == doc.problems


def test_check_shape_reports_the_first_too_deep_value_in_document_order() -> None:
    from threatgraph.load._documents import check_shape

    data = {"a": [1, "x", {"b": [[[0]]]}], "c": [[[[0]]]]}
    problems, fatal = check_shape(data, max_depth=4)
    assert fatal
    assert [p.where for p in problems] == ["$.a[2].b[0]"]  # the fifth level, not "c"
    problems, fatal = check_shape({1: {None: ["\udc00"]}}, max_depth=5)
    assert not fatal
    assert [p.where for p in problems] == ["$[1].None[0]"]


@pytest.mark.parametrize("bad_id", [" ", "\ud800", "lone \udfff surrogate"])
def test_a_data_id_no_data_can_have_is_a_problem_not_a_crash(bad_id: str) -> None:
    # found by tests/test_fuzz_loaders.py: the placeholder kept for a broken data
    # asset could not be built from such an id, and the load failed "unexpectedly"
    doc = small_doc()
    doc["data"][0]["id"] = bad_id
    problems = load_problems(doc)
    assert "$.data[0]" in where(problems) or "$.data[0].id" in where(problems)
    assert not [p for p in problems if "unexpectedly" in p.message]
