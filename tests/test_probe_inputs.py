"""Inputs that cost minutes or gigabytes (issue 18), built from the probe's ``gen.py``.

Loading and validation grow linearly: doubling a hostile document (nested boundaries,
nested OTM trust zones and components, misspelt references, repeated keys) doubles the
function calls, counted with cProfile as in test_scale_edges.py, never with a clock.
What a document may declare is bounded (:class:`threatgraph.load.Limits`), and the
bound is checked before anything is built.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg
from _cli_models import main
from test_scale_edges import assert_linear, calls
from threatgraph._util import Names, did_you_mean, nesting_depth, parent_cycles
from threatgraph.errors import LoadError, ModelValidationError, RenderError
from threatgraph.load import Limits, load_model, load_otm, load_report_json
from threatgraph.load.target import load_target

# --------------------------------------------------------------------------- documents


def chain(n: int) -> dict[str, Any]:
    """``n`` boundaries, each nested in the one before (gen.py chain)."""
    return {
        "threatgraph": "1",
        "name": "Chain",
        "boundaries": [
            {
                "id": f"b{i}",
                "name": f"B{i}",
                "trust": "internal",
                "parent": f"b{i - 1}" if i else None,
            }
            for i in range(n)
        ],
        "elements": [{"kind": "llm", "id": "llm", "name": "LLM", "boundary": f"b{n - 1}"}],
    }


def otm_zones(n: int) -> dict[str, Any]:
    """An OTM document of ``n`` trust zones nested by parent (gen.py otmzones)."""
    return {
        "otmVersion": "0.2.0",
        "project": {"name": "Zones", "id": "zones"},
        "trustZones": [
            {
                "id": f"z{i}",
                "name": f"Z{i}",
                "risk": {"trustRating": 70},
                **({"parent": {"trustZone": f"z{i - 1}"}} if i else {}),
            }
            for i in range(n)
        ],
        "components": [
            {"id": "c", "name": "C", "type": "service", "parent": {"trustZone": f"z{n - 1}"}}
        ],
    }


def otm_components(n: int) -> dict[str, Any]:
    """An OTM document of ``n`` components, each inside the one before."""
    doc = otm_zones(1)
    doc["components"] = [
        {
            "id": f"c{i}",
            "name": f"C{i}",
            "type": "service",
            "parent": {"component": f"c{i - 1}"} if i else {"trustZone": "z0"},
        }
        for i in range(n)
    ]
    return doc


def dangling(n: int) -> dict[str, Any]:
    """``n`` elements and ``n`` flows between misspelt ids (gen.py dangling)."""
    return {
        "threatgraph": "1",
        "name": "Dangling",
        "elements": [{"kind": "llm", "id": f"element-{i}", "name": f"E{i}"} for i in range(n)],
        "flows": [
            {"id": f"f{i}", "source": f"elemant-{i}", "target": f"elemant-{i + 1}"}
            for i in range(n)
        ],
    }


def dupkeys(n: int) -> str:
    """One object with ``n`` keys, each written twice (gen.py dupkeys)."""
    pairs = ",".join(f'"k{i}":1,"k{i}":2' for i in range(n))
    return '{"threatgraph":"1","name":"Dup","description":{' + pairs + "}}\n"


def _fails(load: Callable[[], Any]) -> Callable[[], None]:
    def run() -> None:
        with pytest.raises(LoadError):
            load()

    return run


# --------------------------------------------------------------------------- linear growth


def test_nested_boundaries_load_linearly() -> None:
    small, large = json.dumps(chain(500)), json.dumps(chain(1_000))
    load = {"max_nesting": 10_000}
    assert len(load_model(large, **load).boundaries) == 1_000
    assert_linear(
        calls(lambda: load_model(small, **load)),
        calls(lambda: load_model(large, **load)),
        "nested boundaries",
    )


def test_nested_boundaries_in_a_cycle_are_found_linearly() -> None:
    def ring(n: int) -> str:
        doc = chain(n)
        doc["boundaries"][0]["parent"] = f"b{n - 1}"
        return json.dumps(doc)

    small, large = ring(1_000), ring(2_000)
    with pytest.raises(LoadError) as info:
        load_model(small)
    (problem,) = info.value.problems
    assert problem.where == "$.boundaries[0].parent"
    assert problem.message.startswith("boundaries nest in a cycle: b0 -> b999 -> b998 -> ")
    assert " -> b2 -> b1 -> b0 (got " in problem.message
    assert_linear(
        calls(_fails(lambda: load_model(small))),
        calls(_fails(lambda: load_model(large))),
        "a ring of boundaries",
    )


def test_nested_otm_zones_and_components_load_linearly() -> None:
    load = {"max_nesting": 10_000}
    for make in (otm_zones, otm_components):
        small, large = make(1_000), make(2_000)
        assert load_otm(large, **load).freeze()
        assert_linear(
            calls(lambda: load_otm(small, **load)),  # noqa: B023 - called at once
            calls(lambda: load_otm(large, **load)),  # noqa: B023
            make.__name__,
        )


def test_misspelt_references_are_reported_linearly() -> None:
    small, large = json.dumps(dangling(1_000)), json.dumps(dangling(2_000))
    with pytest.raises(LoadError) as info:
        load_model(large)
    problems = info.value.problems
    assert len(problems) == 4_000
    # the first hundred misspelt names get a suggestion; the rest a plain hint
    assert problems[0].hint == "did you mean 'element-0'?"
    assert problems[-1].hint == "declare it in the 'elements' list"
    assert_linear(
        calls(_fails(lambda: load_model(small))),
        calls(_fails(lambda: load_model(large))),
        "misspelt references",
    )


def test_repeated_keys_are_reported_linearly() -> None:
    small, large = dupkeys(20_000), dupkeys(40_000)
    with pytest.raises(LoadError) as info:
        load_model(small)
    repeated = [p for p in info.value.problems if p.message.startswith("appears more than once")]
    assert len(repeated) == 20_000
    assert repeated[0].where == "$.description.k0"
    assert_linear(
        calls(_fails(lambda: load_model(small))),
        calls(_fails(lambda: load_model(large))),
        "repeated keys",
    )


def test_python_models_with_many_unknown_flow_ends_freeze_linearly() -> None:
    def model(n: int) -> tg.ThreatModel:
        tm = tg.ThreatModel("Dangling", actors=())
        ends = [tm.add(tg.Service(f"Element {i}")) for i in range(n)]
        for i, e in enumerate(ends):
            tm.flow(e, f"elemant-{i}")
        return tm

    small, large = model(1_000), model(2_000)

    def freeze(tm: tg.ThreatModel) -> Callable[[], None]:
        def run() -> None:
            with pytest.raises(ModelValidationError):
                tm.freeze()

        return run

    assert_linear(calls(freeze(small)), calls(freeze(large)), "unknown flow ends")


# --------------------------------------------------------------------------- helpers


def test_names_suggest_among_thousands_by_neighbours() -> None:
    names = Names(f"element-{i}" for i in range(5_000))
    assert did_you_mean("elemant-5", names) == "did you mean 'element-5'?"
    assert did_you_mean("lement-77", names) == "did you mean 'element-77'?"  # typo at the start
    assert did_you_mean("zzz", names) is None
    # a plain collection of thousands is indexed too, with the same answers
    assert did_you_mean("elemant-4999", [f"element-{i}" for i in range(5_000)]) == (
        "did you mean 'element-4999'?"
    )
    # a few names are all compared, as before
    assert did_you_mean("vcp", ["vpc", "dmz"]) == "did you mean 'vpc'?"


def test_parent_cycles_and_depth_walk_each_item_once() -> None:
    parent = {"a": "b", "b": "a", "c": "a", "d": None, "e": "d", "s": "s"}
    assert list(parent_cycles(sorted(parent), parent.get)) == [["a", "b"], ["s"]]
    assert nesting_depth(sorted(parent), parent.get) == (2, "e")
    deep = {f"n{i}": f"n{i - 1}" if i else None for i in range(10_000)}
    assert nesting_depth(deep, deep.get) == (10_000, "n9999")  # no recursion
    assert list(parent_cycles(deep, deep.get)) == []


# --------------------------------------------------------------------------- limits


def flat(n: int, flows: int = 0) -> dict[str, Any]:
    return {
        "threatgraph": "1",
        "name": "Flat",
        "boundaries": [{"id": "v", "name": "V", "trust": "internal"}],
        "elements": [
            {"kind": "llm", "id": f"e{i}", "name": f"E{i}", "boundary": "v"} for i in range(n)
        ],
        "flows": [
            {"id": f"f{i}", "source": "e0", "target": f"e{i % (n - 1) + 1}"} for i in range(flows)
        ],
    }


def test_the_default_limits_are_documented_values() -> None:
    assert Limits() == Limits(
        elements=100_000, flows=250_000, data=100_000, boundaries=10_000, nesting=200
    )
    assert Limits(elements=5).kwargs() == {
        "max_elements": 5,
        "max_flows": 250_000,
        "max_data": 100_000,
        "max_boundaries": 10_000,
        "max_nesting": 200,
    }


def test_a_document_over_a_limit_is_refused_before_anything_is_built(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    text = json.dumps(flat(30, flows=40))
    built: list[str] = []
    original = tg.LLM.__attrs_post_init__

    def counting(self: Any) -> None:
        built.append(self.name)
        original(self)

    monkeypatch.setattr(tg.LLM, "__attrs_post_init__", counting)
    with pytest.raises(LoadError) as info:
        load_model(text, max_elements=20, max_flows=30)
    assert [str(p) for p in info.value.problems] == [
        "$.elements: declares 30 elements, over the limit of 20 (if the document is what you "
        "meant, raise the limit: max_elements= in Python, --limit elements=N on the command "
        "line)",
        "$.flows: declares 40 flows, over the limit of 30 (if the document is what you meant, "
        "raise the limit: max_flows= in Python, --limit flows=N on the command line)",
    ]
    assert built == []
    assert len(load_model(text, max_elements=30, max_flows=40).all_elements) == 30
    assert built


def test_nesting_over_the_limit_names_the_deepest_boundary() -> None:
    with pytest.raises(LoadError) as info:
        load_model(json.dumps(chain(210)))
    (problem,) = info.value.problems
    assert problem.where == "$.boundaries[209].parent"
    assert problem.message == "nests boundaries 210 levels deep, over the limit of 200"
    assert len(load_model(json.dumps(chain(200))).boundaries) == 200
    assert len(load_model(json.dumps(chain(210)), max_nesting=210).boundaries) == 210


def test_otm_limits() -> None:
    doc = otm_zones(3)
    doc["dataflows"] = [
        {"id": "f", "name": "F", "source": "c", "destination": "c", "bidirectional": True}
    ]
    with pytest.raises(LoadError) as info:
        load_otm(doc, max_boundaries=2, max_flows=1)
    assert [(p.where, p.message) for p in info.value.problems] == [
        ("$.trustZones", "declares 3 boundaries, over the limit of 2"),
        ("$.dataflows", "declares 2 flows, over the limit of 1"),
    ]
    with pytest.raises(LoadError, match="nests boundaries 210 levels deep"):
        load_otm(otm_zones(210))
    with pytest.raises(LoadError, match="nests boundaries 210 levels deep"):
        load_otm(otm_components(210))


def test_a_report_holds_its_model_to_the_limits() -> None:
    from threatgraph.analysis import analyze
    from threatgraph.export.json import report_to_json

    text = report_to_json(analyze(load_model(json.dumps(flat(5)))))
    assert load_report_json(text).system
    with pytest.raises(LoadError, match=r"\$\.model\.elements: declares 5 elements"):
        load_report_json(text, max_elements=4)


def test_the_command_line_raises_a_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "deep.json").write_text(json.dumps(chain(210)), encoding="utf-8")
    for command in (["analyze"], ["render"], ["check"], ["export", "-f", "json"]):
        assert main(*command, "deep.json") == 2, command
        err = capsys.readouterr().err
        assert "nests boundaries 210 levels deep, over the limit of 200" in err
        assert "--limit nesting=N" in err
    assert main("check", "deep.json", "--limit", "nesting=210") == 0
    assert main("diff", "deep.json", "deep.json", "--limit", "nesting=210") == 0
    assert load_target("deep.json", limits=Limits(nesting=210))
    capsys.readouterr()
    with pytest.raises(SystemExit):
        main("check", "deep.json", "--limit", "depth=3")
    assert "NAME is one of elements, flows, data, boundaries, nesting" in capsys.readouterr().err


# --------------------------------------------------------------------------- deep nesting


def nested_model(levels: int) -> tg.ThreatModel:
    """A Python model (no loader limit applies) with ``levels`` boundaries inside each other."""
    tm = tg.ThreatModel("Nested")
    with contextlib.ExitStack() as stack:
        for i in range(levels):
            stack.enter_context(tm.boundary(f"Level {i}", trust="internal"))
        tm.add(tg.LLM("Deep model"))
    return tm


def test_deep_nesting_is_refused_by_diagrams_and_noted_in_reports() -> None:
    from threatgraph.analysis import analyze
    from threatgraph.render import to_dot, to_mermaid
    from threatgraph.report import to_html, to_markdown

    report = analyze(nested_model(1_000).freeze())
    for draw in (to_dot, to_mermaid):
        with pytest.raises(RenderError, match="boundaries nest 1000 levels deep") as info:
            draw(report)
        assert "deeper than the 200 levels a diagram draws" in str(info.value)
    note = "The diagram is not included: cannot draw the diagram: boundaries nest 1000 levels"
    assert note in to_markdown(report)
    assert note in to_html(report)
    # at the limit, every writer still works (test_scale_edges draws 200 levels with dot)
    shallow = analyze(nested_model(200).freeze())
    assert to_dot(shallow)
    assert "```mermaid" in to_markdown(shallow)


def test_deep_nesting_on_the_command_line_is_one_line_and_exit_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "deep.py").write_text(
        "import contextlib\nimport threatgraph as tg\n\n"
        'tm = tg.ThreatModel("Nested")\n'
        "with contextlib.ExitStack() as stack:\n"
        "    for i in range(1000):\n"
        '        stack.enter_context(tm.boundary(f"Level {i}", trust="internal"))\n'
        '    tm.add(tg.LLM("Deep model"))\n',
        encoding="utf-8",
    )
    assert main("render", "deep.py", "--format", "dot") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "boundaries nest 1000 levels deep" in err
    assert main("analyze", "deep.py", "--format", "md", "-o", "report.md") == 0
    assert "The diagram is not included" in (tmp_path / "report.md").read_text("utf-8")
