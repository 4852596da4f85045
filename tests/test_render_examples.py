"""The diagrams of the examples in examples/.

The golden DOT files pin each example's architecture (boundaries, shapes, flows,
legend), drawn without threats so that a change in the rules does not touch
them; the annotated diagrams are checked instead against their own report
(every badge number on the right element or flow) and run through ``dot``.
The badge rendering itself is pinned by the golden files of test_render_graphviz.
After a deliberate change to an example or to the drawing, regenerate with::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render_examples.py

and review the diff (``dot -Tpng file.dot -o file.png`` to look at it).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from _render_models import check_golden_diagram
from threatgraph.analysis import analyze
from threatgraph.findings import Report
from threatgraph.load.target import load_target
from threatgraph.render import to_dot, to_mermaid

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted(
    p for p in (ROOT / "examples").glob("*/*.py") if p.stem in ("before", "after", "model")
)
IDS = [f"{p.parent.name}_{p.stem}" for p in EXAMPLES]


@pytest.fixture(scope="module", params=EXAMPLES, ids=IDS)
def example(request: pytest.FixtureRequest) -> tuple[str, Report]:
    path: Path = request.param
    return f"{path.parent.name}_{path.stem}", analyze(load_target(str(path)))


def test_examples_are_found() -> None:
    assert len(EXAMPLES) >= 6


def test_example_architecture_is_golden(example: tuple[str, Report]) -> None:
    name, report = example
    check_golden_diagram(f"examples/{name}.dot", to_dot(report.system))


def test_example_badges_match_the_report(example: tuple[str, Report]) -> None:
    _, report = example
    dot = to_dot(report, legend=False)
    expected: dict[str, set[int]] = {}
    for f in report.open():
        key = "model" if f.target.kind == "model" else f.target.primary
        expected.setdefault(key, set()).add(f.number)
    shown: dict[str, set[int]] = {}
    for line in dot.splitlines():
        m = re.match(r'^\s*("?)([^\s"]+)\1(?: -> ("?)([^\s"]+)\3)? \[label=<(.*)</TABLE>>', line)
        if not m:
            continue
        numbers = {int(n) for n in re.findall(r'(?<!")#(\d+)(?![0-9a-fA-F])', m.group(5))}
        if m.group(4):  # an edge: the flow between the two elements
            flows = report.system.flows(source=m.group(2), target=m.group(4))
            for f in flows:
                shown.setdefault(f.id, set()).update(numbers)
        else:
            shown.setdefault(m.group(2), set()).update(numbers)
    title = next(x for x in dot.splitlines() if x.lstrip().startswith("graph ["))
    shown["model"] = {int(n) for n in re.findall(r'(?<!")#(\d+)(?![0-9a-fA-F])', title)}
    for key, numbers in expected.items():
        truncated = len(numbers) > 18
        assert truncated or shown.get(key, set()) == numbers, key
    assert set().union(*shown.values()) <= {f.number for f in report.open()}


@pytest.mark.skipif(shutil.which("dot") is None, reason="Graphviz's `dot` is not installed")
def test_dot_accepts_the_example_diagram(example: tuple[str, Report]) -> None:
    _, report = example
    done = subprocess.run(
        ["dot", "-Tsvg"], input=to_dot(report).encode(), capture_output=True, check=False
    )
    assert done.returncode == 0, done.stderr.decode()
    assert done.stderr == b"", done.stderr.decode()
    ET.fromstring(done.stdout)


def test_example_views_render(example: tuple[str, Report]) -> None:
    _, report = example
    assert to_mermaid(report, min_severity="high").startswith("%% threatgraph")
    for b in report.system.boundaries:
        assert f'"b~{b.id}"' in to_dot(report, collapse={b.id}, legend=False)
        assert to_dot(report, boundary=b.id, legend=False).startswith("digraph threatgraph {")
