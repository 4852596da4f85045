"""The diagrams of the examples in examples/: pinned as golden DOT, accepted by dot.

The DOT holds the findings' badges, so a change in the rules changes these files
too. After a deliberate change, regenerate them with::

    UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_render_examples.py

and review the diff (render a changed file with ``dot -Tpng`` to look at it).
"""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from _render_models import check_golden_diagram
from threatgraph.analysis import analyze
from threatgraph.cli._target import load_target
from threatgraph.findings import Report
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


def test_example_diagram_is_golden(example: tuple[str, Report]) -> None:
    name, report = example
    check_golden_diagram(f"examples/{name}.dot", to_dot(report))


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
