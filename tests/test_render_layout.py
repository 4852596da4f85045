"""How diagrams are laid out: overviews of large views, labels that never overlap, PNG size.

Graphviz lays out a few hundred elements in minutes, so a view above
``DiagramOptions.overview_above`` nodes is drawn as an overview (boundaries
collapsed); top to bottom, flow labels are nodes of their own because dot gave
labels of flows between clusters the same place; PNG output is at most 1,920
pixels a side.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import struct
import subprocess
import sys
from pathlib import Path

import pytest

import threatgraph as tg
from _render_models import training_model, training_report
from threatgraph.cli import main
from threatgraph.errors import InvalidTypeError, InvalidValueError
from threatgraph.findings import Report
from threatgraph.render import DiagramOptions, Overview, overview_of, render, to_dot, to_mermaid

ROOT = Path(__file__).resolve().parent.parent
requires_dot = pytest.mark.skipif(
    shutil.which("dot") is None,
    reason="Graphviz's `dot` is not installed (apt-get install graphviz)",
)


@pytest.fixture(scope="module")
def estate() -> Report:
    """The benchmarks' synthetic estate of 300 elements: an overview by default."""
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.synth import synthetic_model

    return tg.analyze(synthetic_model(300, seed=0).freeze())


def _nodes(dot: str) -> set[str]:
    names = set()
    for line in dot.splitlines():
        m = re.match(r'^\t+("(?:[^"\\]|\\.)*"|[^\s"\[]+) \[', line)
        if m and not line.lstrip().startswith(("graph ", "node ", "edge ")):
            names.add(m.group(1).strip('"'))
    return names


# --------------------------------------------------------------------------- overview


def test_a_large_view_is_an_overview_within_the_limit(estate: Report) -> None:
    overview = overview_of(estate)
    assert isinstance(overview, Overview)
    assert overview.nodes == 300
    assert overview.limit == 80
    assert [b.id for b in overview.collapsed] == ["corporate-network"]
    dot = to_dot(estate)
    nodes = _nodes(dot)
    assert len(nodes) <= 80
    assert "b~corporate-network" in nodes
    title = next(line for line in dot.splitlines() if line.lstrip().startswith("graph ["))
    title = re.sub(r"<BR[^>]*>", " ", title)
    assert "Overview: the view has 300 nodes (more than 80)" in title
    assert "--boundary ID" in title
    assert "--focus ELEMENT" in title
    assert "--full" in title


def test_the_overview_keeps_every_finding_on_a_badge(estate: Report) -> None:
    """Collapsing moves badges onto the boundary's node; no finding drops out of the view."""
    dot = to_dot(estate, legend=False)
    counted = re.findall(r"<B>(\d+) (?:CRITICAL|HIGH|MEDIUM|LOW|INFO)</B>", dot)
    assert sum(int(n) for n in counted) == len(estate.open())
    assert "outside this view" not in dot


def test_opening_a_boundary_shows_its_nested_boundaries_collapsed(estate: Report) -> None:
    overview = overview_of(estate, boundary="corporate-network")
    assert overview is not None
    assert {b.id for b in overview.collapsed} == {"production-vpc", "training-enclave"}
    dot = to_dot(estate, boundary="corporate-network")
    nodes = _nodes(dot)
    assert {"b~production-vpc", "b~training-enclave"} <= nodes
    # what cannot be collapsed is drawn: the boundary's own elements and the faded
    # outside ends of its flows
    own = {e.id for e in estate.system.elements_in("corporate-network", nested=False)}
    assert own < nodes
    assert len(nodes) == overview.nodes - sum(
        len(estate.system.elements_in(b)) - 1 for b in ("production-vpc", "training-enclave")
    )


def test_overview_above_none_draws_every_element(estate: Report) -> None:
    assert overview_of(estate, overview_above=None) is None
    nodes = _nodes(to_dot(estate, overview_above=None, legend=False))
    assert len(nodes) == 300
    assert not any(n.startswith("b~") for n in nodes)


def test_a_small_view_is_drawn_in_full(estate: Report) -> None:
    system = training_model().freeze()
    assert overview_of(system) is None
    assert overview_of(estate, overview_above=1000) is None
    assert "Overview" not in to_dot(system)


def test_the_users_collapses_count_and_stay(estate: Report) -> None:
    # collapsing the big boundary by hand brings the view under the limit: no overview
    assert overview_of(estate, collapse={"corporate-network"}) is None
    assert overview_of(estate, collapse_all=True) is None


def test_the_limit_is_checked() -> None:
    with pytest.raises(InvalidValueError, match="overview_above"):
        DiagramOptions(overview_above=0)
    with pytest.raises(InvalidTypeError, match="overview_above"):
        DiagramOptions(overview_above="80")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="overview_above"):
        DiagramOptions(overview_above=True)


def test_the_overview_is_deterministic_and_shared_by_mermaid(estate: Report) -> None:
    assert to_dot(estate) == to_dot(estate)
    mermaid = to_mermaid(estate)
    assert "corporate-network" in mermaid or "Corporate network" in mermaid
    assert mermaid.count("-->") < len(estate.system.all_flows)


@requires_dot
def test_the_default_svg_of_300_elements_is_quick(estate: Report) -> None:
    """Issue 16's target is 2.0 s on a 2-core machine (52 s before); the benchmark
    measures it, this only guards against a return to minutes."""
    import time

    start = time.perf_counter()
    svg = render(estate, "svg")
    assert time.perf_counter() - start < 20
    assert b"Overview" in svg


def test_the_cli_says_it_drew_an_overview_and_how_to_draw_more(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = tmp_path / "estate.py"
    model.write_text(
        f"import sys\nsys.path.insert(0, {str(ROOT)!r})\n"
        "from benchmarks.synth import synthetic_model\n"
        "tm = synthetic_model(300, seed=0)\n",
        encoding="utf-8",
    )
    assert main(["render", f"{model}:tm", "--format", "dot"]) == 0
    out, err = capsys.readouterr()
    assert "threatgraph: Overview: the view has 300 nodes (more than 80)" in err
    assert "--boundary ID" in err
    assert "--full" in err
    assert "b~corporate-network" in out
    assert main(["render", f"{model}:tm", "--format", "dot", "--full", "--no-threats"]) == 0
    out, err = capsys.readouterr()
    assert "Overview" not in err
    assert "b~corporate-network" not in out


# --------------------------------------------------------------------------- labels


def _label_boxes(dot: str) -> list[tuple[str, tuple[float, float, float, float]]]:
    """Where dot put each flow label: an edge's label, or a label node (``flow~n``)."""
    layout = json.loads(
        subprocess.run(
            ["dot", "-Tjson"], input=dot, capture_output=True, text=True, check=True
        ).stdout
    )
    boxes = []
    for o in layout.get("objects", []):
        if str(o.get("name", "")).startswith("flow~"):
            x, y = map(float, o["pos"].split(","))
            w, h = float(o["width"]) * 36, float(o["height"]) * 36
            boxes.append((o["name"], (x - w, y - h, x + w, y + h)))
    for e in layout.get("edges", []):
        xs: list[float] = []
        ys: list[float] = []
        for op in e.get("_ldraw_", []):
            if op["op"] == "T":
                (x, y), w = op["pt"], op["width"]
                left = x if op["align"] == "l" else x - w if op["align"] == "r" else x - w / 2
                xs += [left, left + w]
                ys += [y - 2, y + 9]
        if xs:
            boxes.append((f"edge {e['_gvid']}", (min(xs), min(ys), max(xs), max(ys))))
    return boxes


def _overlaps(dot: str) -> list[tuple[str, str]]:
    boxes = _label_boxes(dot)
    out = []
    for i, (a, p) in enumerate(boxes):
        for b, q in boxes[i + 1 :]:
            if p[0] + 1 < q[2] and q[0] + 1 < p[2] and p[1] + 1 < q[3] and q[1] + 1 < p[3]:
                out.append((a, b))
    return out


@requires_dot
def test_top_to_bottom_flow_labels_never_overlap() -> None:
    """dot 2.43 put labels 11 and 12 of this model on top of each other (issue 17)."""
    report = training_report(training_model().freeze())
    dot = to_dot(report, direction="TB")
    assert "flow~11" in _nodes(dot)
    assert "flow~12" in _nodes(dot)
    assert _overlaps(dot) == []


@requires_dot
@pytest.mark.parametrize("n", [30, 60])
def test_top_to_bottom_labels_of_synthetic_estates_never_overlap(n: int) -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.synth import synthetic_model

    report = tg.analyze(synthetic_model(n, seed=0).freeze())
    assert _overlaps(to_dot(report, direction="TB")) == []


def test_top_to_bottom_each_flow_runs_through_its_label_node() -> None:
    report = training_report(training_model().freeze())
    dot = to_dot(report, direction="TB")
    system = report.system
    for flow in system.all_flows:
        name = f"flow~{system.number_of(flow)}"
        assert re.search(rf'-> "{name}" \[arrowhead=none', dot), name
        assert re.search(rf'^\t"{name}" -> ', dot, re.M), name
    left_to_right = to_dot(report)
    assert "flow~" not in left_to_right  # there dot places the labels itself


# --------------------------------------------------------------------------- PNG


@requires_dot
def test_png_is_at_most_1920_pixels_a_side(estate: Report) -> None:
    png = render(estate, "png", overview_above=120)
    assert png.startswith(b"\x89PNG")
    width, height = struct.unpack(">II", png[16:24])
    assert max(width, height) == 1920  # this drawing is larger, so it is scaled down
    svg = render(estate, "svg", overview_above=120)
    assert b'width="1920pt"' not in svg  # SVG keeps its natural size


@requires_dot
def test_a_small_png_is_not_enlarged() -> None:
    tm = tg.ThreatModel("tiny")
    tm.add(tg.Service("one"))
    png = render(tm.freeze(), "png")
    width, height = struct.unpack(">II", png[16:24])
    assert max(width, height) < 1920


# --------------------------------------------------------------------------- badge links


def test_finding_links_make_each_badge_number_a_link() -> None:
    report = training_report(training_model().freeze())
    plain = to_dot(report)
    assert "HREF" not in plain  # a diagram on its own has nowhere to link to
    dot = to_dot(report, finding_links=True)
    linked = [int(n) for n in re.findall(r'HREF="#finding-(\d+)"', dot)]
    opened = {f.number for f in report.open()}
    assert len(linked) == len(set(linked))
    assert set(linked) <= opened
    assert len(opened - set(linked)) == _hidden(report)  # a full badge ends in "+n"
    first = next(f for f in report.open() if f.number == min(linked))
    assert f'HREF="#finding-{first.number}" TITLE="{html.escape(first.title)}"' in dot


def _hidden(report: Report) -> int:
    """Findings past a badge's 17th, shown as "+n" without a link."""
    by_target: dict[str, int] = {}
    for f in report.open():
        key = f"{f.target.kind}:{f.target.primary}:{f.severity.value}"
        by_target[key] = by_target.get(key, 0) + 1
    return sum(n - 17 for n in by_target.values() if n > 18)


@requires_dot
def test_finding_links_reach_the_svg() -> None:
    report = training_report(training_model().freeze())
    svg = render(report, "svg", finding_links=True).decode()
    assert 'xlink:href="#finding-1"' in svg
    assert "#finding-" not in render(report, "svg").decode()


# --------------------------------------------------------------------------- benchmark


@requires_dot
def test_the_diagram_benchmark_runs(capsys: pytest.CaptureFixture[str]) -> None:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.diagrams import main as bench

    assert bench(["--sizes", "20", "--repeat", "1", "--options", "default,splines=polyline"]) == 0
    table = capsys.readouterr().out.splitlines()
    assert table[0].startswith("| `dot -Tsvg` of the full drawing")
    assert re.match(r"\| default \| \d+\.\d\d s \|", table[2])
    assert re.match(r"\| \*\*`threatgraph render --format svg`.* \| \d+\.\d\d s \|", table[-1])
    with pytest.raises(SystemExit):
        bench(["--options", "splines=curved"])
