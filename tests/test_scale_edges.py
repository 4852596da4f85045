"""Scale and edges: empty models, 100k elements, cycles, self-loops, deep nesting, unicode.

No recursion errors, and no quadratic blow-up. Growth is measured with a
deterministic counter, never with a clock: :mod:`cProfile` counts every function
call, and doubling the model from 2k to 4k elements must roughly double the calls
of freeze and analyze (loaders and writers: about 2k to 4k findings), in total and for every single function
that is called often (a function whose calls quadruple is a quadratic loop in
waiting, even while it is still a small part of the total).

Call counts do not see loop iterations inside one call; the shapes below are
chosen so that a scan of every element per element would also show up as calls
(element views, flow lookups).

The 100k-element test builds and freezes the model in CI. Analysing it takes
minutes on a 2-core machine, so that part runs only with
``THREATGRAPH_SCALE_100K=1`` (the skip reason says so in the test summary)::

    THREATGRAPH_SCALE_100K=1 .venv/bin/pytest tests/test_scale_edges.py -k 100k
"""

from __future__ import annotations

import cProfile
import itertools
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.analysis import analyze
from threatgraph.elements import KINDS, Element
from threatgraph.errors import ModelValidationError
from threatgraph.export.json import report_to_json, system_to_json
from threatgraph.export.otm import otm_json
from threatgraph.export.sarif import sarif_json
from threatgraph.findings import Report
from threatgraph.load.json import load_model, load_report_json
from threatgraph.render import to_dot, to_mermaid
from threatgraph.report import to_html, to_markdown

HAS_DOT = shutil.which("dot") is not None


def cells(n_cells: int) -> tg.ThreatModel:
    """A realistic large model: ``n_cells`` cells of ten elements (an API, an agent with a
    tool, an LLM with a vector store, a database, and a training lineage from a partner
    feed to a registry and a served model), all behind one gateway. ``10 * n + 3`` elements."""
    tm = tg.ThreatModel("cells", profile="high")
    prompt = tg.Data("Prompt")
    pii = tg.Data("Customer records", sensitivity="pii")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("Customer"))
        feed = tm.add(tg.DataSource("Partner feed", origin="partner"))
    with tm.boundary("Edge", trust="internal"):
        gateway = tm.add(tg.Endpoint("Gateway", controls={c.RateLimiting()}))
    tm.flow(user, gateway, prompt)
    for i in range(n_cells):
        with tm.boundary(f"Cell {i}", trust="internal"):
            api = tm.add(tg.Service(f"API {i}"))
            llm = tm.add(tg.LLM(f"LLM {i}"))
            agent = tm.add(tg.Agent(f"Agent {i}"))
            tool = tm.add(tg.Tool(f"Tool {i}", capabilities={"write"}))
            index = tm.add(tg.VectorStore(f"Index {i}", stores={pii}))
            db = tm.add(tg.DataStore(f"DB {i}", stores={pii}))
            train = tm.add(tg.Pipeline(f"Train {i}", stage="training"))
            dataset = tm.add(tg.Dataset(f"Dataset {i}", stores={pii}))
            registry = tm.add(tg.ModelRegistry(f"Registry {i}"))
            model = tm.add(tg.Model(f"Scorer {i}"))
        tm.flow(gateway, api, prompt)
        tm.chain(api >> agent >> llm, prompt)
        tm.flow(agent, tool, prompt)
        tm.flow(tool, db, pii)
        tm.flow(index, agent, pii)
        tm.flow(feed, dataset, pii)
        tm.chain(dataset >> train >> registry >> model, pii)
        tm.flow(api, model, pii)
        tm.flow(model, api, pii)
    return tm


def outputs(report: Report) -> dict[str, str]:
    return {
        "json": report_to_json(report),
        "sarif": sarif_json(report),
        "otm": otm_json(report),
        "dot": to_dot(report),
        "mermaid": to_mermaid(report),
        "md": to_markdown(report),
        "html": to_html(report, diagram=False),
    }


# --------------------------------------------------------------------------- growth


def calls(fn: Callable[[], Any]) -> dict[str, int]:
    """Calls per function (``file:line:name``) while running ``fn``; deterministic.

    Counts are summed per name: generated code (cattrs, attrs) can hold several
    functions under one ``file:line:name``, which a ``pstats`` table would collapse to
    whichever came last."""
    profiler = cProfile.Profile()
    profiler.enable()
    try:
        fn()
    finally:
        profiler.disable()
    out: dict[str, int] = {}
    for entry in profiler.getstats():
        code = entry.code
        if isinstance(code, str):  # a built-in function
            key = f"~:0:{code}"
        else:
            key = f"{Path(code.co_filename).name}:{code.co_firstlineno}:{code.co_name}"
        out[key] = out.get(key, 0) + entry.callcount
    return out


def superlinear(small: dict[str, int], large: dict[str, int]) -> dict[str, tuple[int, int]]:
    """Busy functions whose calls grew much more than twofold."""
    return {
        name: (small.get(name, 0), n)
        for name, n in large.items()
        if n >= 2_000 and n > 2.6 * small.get(name, 0)
    }


def assert_linear(small: dict[str, int], large: dict[str, int], what: str) -> None:
    """Twice the model, about twice the calls: in total and for every busy function."""
    grew = superlinear(small, large)
    assert not grew, f"{what}: calls more than doubled in {grew}"
    total_small, total_large = sum(small.values()), sum(large.values())
    assert total_large <= 2.3 * total_small, (what, total_small, total_large)


def _pair(*sizes: int) -> tuple[tuple[tg.ThreatModel, tg.System, Report], ...]:
    analyze(cells(1).freeze())  # import the rule modules before counting
    out = []
    for n_cells in sizes:
        tm = cells(n_cells)
        system = tm.freeze()
        out.append((tm, system, analyze(system)))
    return tuple(out)


@pytest.fixture(scope="module")
def doubled() -> tuple[tuple[tg.ThreatModel, tg.System, Report], ...]:
    """Models of 2,003 and 4,003 elements, for freeze and analyze."""
    return _pair(200, 400)


@pytest.fixture(scope="module")
def doubled_reports() -> tuple[tuple[tg.ThreatModel, tg.System, Report], ...]:
    """Models of 1,503 and 3,003 elements (about 900 and 1,800 findings), for the loaders and
    writers, whose work grows with the findings."""
    return _pair(150, 300)


def test_freeze_and_analyze_grow_linearly(doubled: Any) -> None:
    (tm_s, sys_s, _), (tm_l, sys_l, _) = doubled
    assert len(sys_s) == 2_003
    assert len(sys_l) == 4_003
    assert_linear(calls(tm_s.freeze), calls(tm_l.freeze), "freeze")
    assert_linear(calls(lambda: analyze(sys_s)), calls(lambda: analyze(sys_l)), "analyze")


def test_loading_grows_linearly(doubled_reports: Any) -> None:
    (_, sys_s, rep_s), (_, sys_l, rep_l) = doubled_reports
    assert len(rep_l.findings) >= 1_500
    small, large = system_to_json(sys_s), system_to_json(sys_l)
    assert_linear(calls(lambda: load_model(small)), calls(lambda: load_model(large)), "load")
    small, large = report_to_json(rep_s), report_to_json(rep_l)
    load_report_json(small)  # the converter builds its hooks on first use: not growth
    assert_linear(
        calls(lambda: load_report_json(small)), calls(lambda: load_report_json(large)), "baseline"
    )


@pytest.mark.parametrize("fmt", ["json", "sarif", "dot", "mermaid", "md", "html"])
def test_writers_grow_linearly(doubled_reports: Any, fmt: str) -> None:
    writer = {
        "json": report_to_json,
        "sarif": sarif_json,
        "dot": to_dot,
        "mermaid": to_mermaid,
        "md": to_markdown,
        "html": lambda r: to_html(r, diagram=False),
    }[fmt]
    (_, _, rep_s), (_, _, rep_l) = doubled_reports
    assert_linear(calls(lambda: writer(rep_s)), calls(lambda: writer(rep_l)), fmt)


def test_the_counter_catches_a_quadratic_loop() -> None:
    """The check is not vacuous: a per-element scan over every element fails it."""

    def quadratic(system: tg.System) -> None:
        for _ in system.all_elements:
            for other in system.all_elements:
                system.element(other.id)

    small, large = cells(20).freeze(), cells(40).freeze()
    before, after = calls(lambda: quadratic(small)), calls(lambda: quadratic(large))
    assert any(name.endswith(":element") for name in superlinear(before, after))
    with pytest.raises(AssertionError, match="more than doubled"):
        assert_linear(before, after, "quadratic")


# --------------------------------------------------------------------------- 100k

SCALE_100K = os.environ.get("THREATGRAPH_SCALE_100K") == "1"


def test_100k_elements_build_and_freeze() -> None:
    tm = cells(10_000)
    system = tm.freeze()
    assert len(system) == 100_003
    assert len(system.all_flows) == 120_001
    assert system.reachable_from([system.element("customer")]) >= {"scorer-9999", "db-0"}


@pytest.mark.slow
@pytest.mark.skipif(
    not SCALE_100K,
    reason="analysing 100k elements takes minutes on 2 cores; set THREATGRAPH_SCALE_100K=1",
)
def test_100k_elements_analyse_once() -> None:
    system = cells(10_000).freeze()
    report = analyze(system)
    assert report.complete
    assert len(report.findings) > 100_000


# --------------------------------------------------------------------------- edges


def test_an_empty_model_works_everywhere(tmp_path: Path) -> None:
    for tm in (tg.ThreatModel("Empty"), tg.ThreatModel("Empty", actors=(), profile="high")):
        system = tm.freeze()
        assert len(system) == 0
        report = analyze(system)
        assert report.complete
        for fmt, text in outputs(report).items():
            assert text, fmt
        json.loads(sarif_json(report))
        assert load_model(system_to_json(system)) == system
        assert load_report_json(report_to_json(report)).system == system
        if HAS_DOT:
            proc = subprocess.run(
                ["dot", "-Tsvg"], input=to_dot(report).encode(), capture_output=True
            )
            assert proc.returncode == 0, proc.stderr
    from threatgraph.cli import main

    path = tmp_path / "empty.json"
    path.write_text(system_to_json(tg.ThreatModel("Empty").freeze()), encoding="utf-8")
    # it analyses, but no gate passes a model that declares nothing
    assert main(["analyze", str(path), "--fail-on", "info"]) == 1
    assert main(["analyze", str(path), "--fail-on", "none"]) == 0


def _kinds_cycle(n: int) -> tg.System:
    """``n`` elements of every kind in turn, in one directed ring, with chords back."""
    tm = tg.ThreatModel("ring")
    classes = [KINDS[k] for k in sorted(KINDS)]
    data = tg.Data("Records", sensitivity="confidential")
    elements: list[Element] = []
    with tm.boundary("Outside", trust="untrusted"):
        elements.append(tm.add(tg.Actor("Visitor")))
    with tm.boundary("Inside", trust="internal"):
        for i in range(1, n):
            elements.append(tm.add(classes[i % len(classes)](f"Node {i}")))
    for a, b in itertools.pairwise([*elements, elements[0]]):
        tm.flow(a, b, data)
    for i in range(7, n, 7):
        tm.flow(elements[i], elements[i // 2], data, label="back")
    return tm.freeze()


def test_long_cycles_analyse_without_recursion() -> None:
    """A ring of 1,500 elements of every kind, with chords: everything reaches everything.
    Deep recursion anywhere (reachability, lineage, paths, writers) would raise here."""
    system = _kinds_cycle(1_500)
    report = analyze(system)
    assert report.complete
    assert len(system.reachable_from([system.all_elements[0]])) == 1_500
    for fmt, text in outputs(report).items():
        assert text, fmt
    assert load_model(system_to_json(system)) == system


def test_a_long_chain_has_no_recursion_limit() -> None:
    """5,000 services in a line, deeper than the recursion limit."""
    tm = tg.ThreatModel("chain", actors=())
    with tm.boundary("Internet", trust="untrusted"):
        first = tm.add(tg.Actor("Start"))
    with tm.boundary("Inside", trust="internal"):
        rest = [tm.add(tg.Service(f"Hop {i}")) for i in range(5_000)]
    for a, b in itertools.pairwise([first, *rest]):
        tm.flow(a, b)
    system = tm.freeze()
    assert sys.getrecursionlimit() < 5_000
    assert "hop-4999" in system.reachable_from([first])
    assert analyze(system).complete
    assert to_dot(system)
    assert load_model(system_to_json(system)) == system


def test_self_loops_with_allow_self_everywhere() -> None:
    tm = tg.ThreatModel("loops")
    with tm.boundary("Inside", trust="internal"):
        elements = [tm.add(cls(f"Loop {kind}")) for kind, cls in sorted(KINDS.items())]
    for e in elements:
        tm.flow(e, e, tg.Data("Feedback"), allow_self=True)
    system = tm.freeze()
    assert len(system.all_flows) == len(KINDS)
    report = analyze(system)
    assert report.complete
    for fmt, text in outputs(report).items():
        assert text, fmt
    if HAS_DOT:
        proc = subprocess.run(["dot", "-Tsvg"], input=to_dot(report).encode(), capture_output=True)
        assert proc.returncode == 0, proc.stderr
    bad = tg.ThreatModel("loop")
    svc = bad.add(tg.Service("S"))
    bad.flow(svc, svc)
    with pytest.raises(ModelValidationError, match="flows from an element to itself"):
        bad.freeze()


def test_deeply_nested_boundaries() -> None:
    """200 boundaries inside each other, an element at every level."""
    import contextlib

    tm = tg.ThreatModel("nested")
    with contextlib.ExitStack() as stack:
        previous = None
        for i in range(200):
            trust = ("untrusted", "internal", "restricted")[min(i, 2)]
            stack.enter_context(tm.boundary(f"Level {i}", trust=trust))
            element = tm.add(tg.Service(f"Service {i}"))
            if previous is not None:
                tm.flow(previous, element, tg.Data("Request"))
            previous = element
    system = tm.freeze()
    assert len(system.ancestors_of(system.boundary_of("service-199"))) == 199
    report = analyze(system)
    assert report.complete
    for fmt, text in outputs(report).items():
        assert text, fmt
    assert load_model(system_to_json(system)) == system
    if HAS_DOT:
        proc = subprocess.run(
            ["dot", "-Tsvg"], input=to_dot(report).encode(), capture_output=True, timeout=300
        )
        assert proc.returncode == 0, proc.stderr


def test_unicode_everywhere() -> None:
    """Names and explicit ids in many scripts; names with no ASCII get distinct digest ids."""
    names = ["模型服务", "מודל שפה", "Модель", "نموذج", "モデル", "🤖🧠", "e\u0301te\u0301", "Ω≈ç√"]
    tm = tg.ThreatModel("ユニコード", description="ünïcödé ✓")
    with tm.boundary("Внешний", trust="untrusted"):
        user = tm.add(tg.Actor("Пользователь"))
    with tm.boundary("内部", trust="internal"):
        elements = [tm.add(tg.LLM(n)) for n in names]
        explicit = tm.add(tg.DataStore("Store", id="存储-1", stores={tg.Data("数据", id="数据")}))
    for e in elements:
        tm.flow(user, e, tg.Data("Ввод"))
        tm.flow(e, explicit, tg.Data("数据", id="数据"))
    system = tm.freeze()
    assert len({e.id for e in system.all_elements}) == len(names) + 2
    report = analyze(system)
    assert report.complete
    texts = outputs(report)
    for name in names:
        assert name in texts["json"]
        assert name in texts["html"]
    assert load_model(system_to_json(system)) == system
    assert load_report_json(texts["json"]).findings == report.findings
