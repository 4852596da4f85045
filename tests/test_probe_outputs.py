"""Outputs the adversarial probe broke (issue 18), from its reproducers in
``tests/data/repro/``: diagram ids that collide, labels too long for Graphviz, a
report lost when ``dot`` fails, and Markdown that makes model text live.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph.analysis import analyze
from threatgraph.load import load_model
from threatgraph.render import to_dot, to_mermaid
from threatgraph.render._view import build_view
from threatgraph.render.graphviz import _cluster_name, node_name
from threatgraph.render.mermaid import _Writer
from threatgraph.render.options import DiagramOptions

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
)


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
