"""A model written in YAML by hand points its findings and SARIF results at the lines
its elements, flows and boundaries start on, as a Python model points at its own (a
day-of-use helper's YAML platform had SARIF results with no line)."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import threatgraph as tg
from threatgraph.export.sarif import sarif_json
from threatgraph.load.json import load_model

pytest.importorskip("yaml")

DOC = """\
threatgraph: "1"
name: Tiny
boundaries:
  - {id: internet, name: Internet, trust: untrusted}
  - id: vpc
    name: VPC
    trust: internal
data:
  - {id: prompt, name: Prompt, sensitivity: pii}
elements:
  - kind: actor
    name: User
    boundary: internet
  - kind: llm
    name: Model
    boundary: vpc
  - kind: data_store
    name: Notes
    boundary: vpc
    declared_at: elsewhere.py:7
flows:
  - {source: user, target: model, data: [prompt]}
  - source: model
    target: notes
"""


@pytest.fixture
def model_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "models").mkdir()
    path = tmp_path / "models" / "tiny.yaml"
    path.write_text(DOC, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return path


def test_items_carry_the_line_they_start_on(model_file: Path) -> None:
    system = load_model(str(Path("models") / "tiny.yaml"))
    at = {e.id: str(e.declared_at) for e in system.all_elements}
    here = os.path.join("models", "tiny.yaml")
    assert at["user"] == f"{here}:11"
    assert at["model"] == f"{here}:14"
    # a location the document gives is kept as it is
    assert at["notes"].endswith("elsewhere.py:7")
    assert [str(b.declared_at) for b in system.boundaries] == [f"{here}:4", f"{here}:5"]
    assert {f.id: str(f.declared_at) for f in system.all_flows} == {
        "user->model": f"{here}:22",
        "model->notes": f"{here}:23",
    }


def test_sarif_results_point_into_the_yaml(model_file: Path) -> None:
    report = tg.analyze(load_model(str(Path("models") / "tiny.yaml")))
    sarif = json.loads(sarif_json(report))
    lines = {
        (where["artifactLocation"]["uri"], where["region"]["startLine"])
        for r in sarif["runs"][0]["results"]
        for loc in r.get("locations", [])
        if "region" in (where := loc.get("physicalLocation", {}))
    }
    assert ("models/tiny.yaml", 14) in lines  # the direct injection finding on the model


def test_text_and_json_documents_record_no_line(model_file: Path) -> None:
    system = load_model(DOC)
    assert all(e.declared_at is None for e in system.all_elements if e.id != "notes")
