"""Outputs the adversarial probe broke (issue 18), from its reproducers in
``tests/data/repro/``: diagram ids that collide, labels too long for Graphviz, a
report lost when ``dot`` fails, and Markdown that makes model text live.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import threatgraph as tg
from _cli_models import main
from threatgraph.analysis import analyze
from threatgraph.export.json import report_to_json
from threatgraph.load import load_model
from threatgraph.render import to_dot, to_mermaid
from threatgraph.render._view import build_view
from threatgraph.render.graphviz import _cluster_name, node_name
from threatgraph.render.mermaid import _Writer
from threatgraph.render.options import DiagramOptions
from threatgraph.report import to_markdown

REPRO = Path(__file__).parent / "data" / "repro"
HAS_DOT = shutil.which("dot") is not None

# --------------------------------------------------------------------------- diagram ids


def test_collide_json_draws_two_clusters_and_three_nodes() -> None:
    report = analyze(load_model(REPRO / "collide.json"))
    dot = to_dot(report)
    clusters = set(re.findall(r"subgraph (\"?cluster_[^\s{]+)", dot))
    assert len(clusters) == 2, clusters
    mermaid = to_mermaid(report)
    nodes = set(re.findall(r"^\s+(e_\w+)[\[{(]", mermaid, flags=re.M))
    assert len(nodes) == 3, nodes
    subgraphs = set(re.findall(r"^\s*subgraph (b_\w+)\[", mermaid, flags=re.M))
    assert len(subgraphs) == 2, subgraphs
    if HAS_DOT:
        out = subprocess.run(
            ["dot", "-Tjson"], input=dot.encode(), capture_output=True, check=True
        ).stdout
        objects = json.loads(out)["objects"]
        assert len([o for o in objects if o["name"].startswith("cluster_")]) == 2
        assert len([o for o in objects if "nodes" not in o]) == 3  # the three elements


_HOSTILE = st.text(
    alphabet=["a", "b", "-", "_", ".", "x", "c", "7", "~", " ", "!", ":"], min_size=1
).filter(str.strip)  # a blank id is refused when the element is made


@given(st.sets(_HOSTILE, min_size=2, max_size=8), st.sets(_HOSTILE, min_size=2, max_size=6))
def test_generated_ids_are_injective_over_hostile_ids(
    element_ids: set[str], boundary_ids: set[str]
) -> None:
    # DOT: node names and cluster names, digests included
    names = [node_name(("e", i)) for i in element_ids] + [node_name(("b", i)) for i in boundary_ids]
    assert len(set(names)) == len(names)
    clusters = [_cluster_name(i) for i in boundary_ids]
    assert len(set(clusters)) == len(clusters)
    # with the digests of the other ids as ids too: the collide.json attack
    digests = {_cluster_name(i).removeprefix("cluster_") for i in boundary_ids}
    more = [_cluster_name(i) for i in boundary_ids | digests]
    assert len(set(more)) == len(boundary_ids | digests)
    # Mermaid: every node and subgraph of a diagram gets its own id
    tm = tg.ThreatModel("Hostile", actors=())
    ordered = sorted(boundary_ids)
    elements = sorted(element_ids)
    for n, bid in enumerate(ordered):
        with tm.boundary(f"B{n}", id=bid, trust="internal"):
            tm.add(tg.Service(f"S{n}", id=f"{bid}~in"))
    for n, eid in enumerate(elements):
        tm.add(tg.Service(f"E{n}", id=eid))
    system = tm.freeze()
    writer = _Writer(build_view(system, None, DiagramOptions(overview_above=None)))
    ids = list(writer.ids.values())
    assert len(set(ids)) == len(ids) == len(ordered) * 2 + len(elements)
    assert all(re.fullmatch(r"[A-Za-z0-9_]+", i) for i in ids)


# --------------------------------------------------------------------------- long strings


def bigdot() -> dict[str, object]:
    """gen.py bigdot: a name over 16 KiB, then more than 64 KiB of DOT in all."""
    return {
        "threatgraph": "1",
        "name": "S" + "A" * 16_400,
        "boundaries": [{"id": "vpc", "name": "VPC", "trust": "internal"}],
        "elements": [
            {"kind": "llm", "id": f"e{i}", "name": "B" * 16_000, "boundary": "vpc"}
            for i in range(6)
        ],
    }


def _dot_strings(dot: str) -> list[str]:
    """Every quoted string and HTML-like label of a DOT text."""
    return re.findall(r'"(?:[^"\\]|\\.)*"|<<(?:.|\n)*?>>(?=[\s\]])', dot)


def test_strings_over_16_kib_are_cut_in_the_diagram_and_kept_in_the_reports() -> None:
    report = analyze(load_model(json.dumps(bigdot())))
    dot = to_dot(report)
    longest = max(len(s.encode("utf-8")) for s in _dot_strings(dot))
    assert longest < 16 * 1024
    assert "A" * 1_990 + "…" in dot  # the title's tooltip, cut with an ellipsis
    assert "A" * 16_400 in report_to_json(report)
    assert "A" * 16_400 in to_markdown(report)
    if HAS_DOT:
        svg = subprocess.run(["dot", "-Tsvg"], input=dot.encode(), capture_output=True)
        assert svg.returncode == 0, svg.stderr[-500:]


def _failing_dot(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `dot` on the PATH that exits without reading its input: a big diagram then
    gets a BrokenPipeError, as from a Graphviz that crashed on it."""
    fake = folder / "bin"
    fake.mkdir()
    script = fake / "dot"
    script.write_text("#!/bin/sh\nexit 3\n", encoding="utf-8")
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}{os.pathsep}{os.environ.get('PATH', '')}")


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for dot")
def test_when_dot_fails_the_html_report_is_written_with_a_note(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _failing_dot(tmp_path, monkeypatch)
    monkeypatch.chdir(tmp_path)
    doc = bigdot()
    doc["elements"] = [  # sixty tooltips of 2,000 characters: well over a pipe's 64 KiB
        {"kind": "llm", "id": f"e{i}", "name": f"{'B' * 3_000} {i}", "boundary": "vpc"}
        for i in range(60)
    ]
    (tmp_path / "big.json").write_text(json.dumps(doc), encoding="utf-8")
    assert len(to_dot(load_model(tmp_path / "big.json"))) > 64 * 1024
    assert main("analyze", "big.json", "--format", "html", "-o", "report.html") == 0
    page = (tmp_path / "report.html").read_text("utf-8")
    notes = re.findall(r'<p class="muted">The diagram is not included: ([^<]*)</p>', page)
    assert len(notes) == 1
    assert notes[0].startswith("Graphviz `dot -Tsvg` failed")
    assert '<div class="diagram">' not in page
    capsys.readouterr()
    # render itself has nothing else to give: one line and exit 2
    assert main("render", "big.json", "--format", "svg", "-o", "d.svg") == 2
    err = capsys.readouterr().err
    assert err.startswith("threatgraph: error: Graphviz `dot -Tsvg` failed")
    assert "Traceback" not in err
    assert not (tmp_path / "d.svg").exists()


# --------------------------------------------------------------------------- inert Markdown

_LIVE_TEXT = [r"@(?!\u2060)\w", r":(?!\u2060)//", r"(?i)www(?!\u2060)\.", r"\\#(?!\u2060)\w"]


def _live(markdown: str) -> list[str]:
    """What GitHub would turn into a mention, a link or a reference, outside Mermaid blocks
    and outside threatgraph's own links (the taxonomy references)."""
    text = re.sub(r"^(`{3,})mermaid\n.*?^\1$", "", markdown, flags=re.S | re.M)
    text = re.sub(r"\]\(https://[^)\s]+\)", "](…)", text)
    return [m.group(0) for pat in _LIVE_TEXT for m in re.finditer(pat, text)]


def test_model_text_is_inert_in_every_markdown_output(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = json.loads((REPRO / "mentions.json").read_text("utf-8"))
    doc["elements"][2]["name"] = "LLM #12 for WWW.evil.example, mail bob@example.com"
    monkeypatch.chdir(tmp_path)
    (tmp_path / "mentions.json").write_text(json.dumps(doc), encoding="utf-8")
    plain = {**doc, "elements": [dict(e, name=e["id"].upper()) for e in doc["elements"]]}
    plain["elements"] = plain["elements"][:2]
    plain["flows"] = plain["flows"][:1]
    (tmp_path / "before.json").write_text(json.dumps(plain), encoding="utf-8")
    outputs: dict[str, str] = {}
    for group in ("priority", "element", "stride", "actor"):
        assert main("analyze", "mentions.json", "-f", "md", "--group-by", group) == 0
        outputs[f"report by {group}"] = capsys.readouterr().out
    assert main("diff", "before.json", "mentions.json", "-f", "md") == 0
    outputs["diff"] = capsys.readouterr().out
    assert main("diff", "mentions.json", "before.json", "-f", "md") == 0
    outputs["diff back"] = capsys.readouterr().out
    for name, text in outputs.items():
        assert "everyone" in text or "LLM" in text, name
        assert _live(text) == [], name
    assert "@\u2060everyone see https:\u2060//evil.example/login" in outputs["report by priority"]
    assert "www\u2060.evil.example" in outputs["report by element"].lower()
    assert "LLM \\#\u206012" in outputs["diff"]
