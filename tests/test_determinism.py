"""Determinism: the same model gives byte-identical JSON, SARIF, DOT, Markdown and HTML.

- across runs (twice in one process, and in fresh interpreters);
- across ``PYTHONHASHSEED`` values (two subprocesses with different seeds hash every
  output of every example, a hostile model and a model using every kind and control);
- across element insertion orders (a generated recipe and its shuffled twin);
- finding ids survive renaming an unrelated element (its id changes with its name;
  findings about anything else keep theirs).
"""

from __future__ import annotations

import hashlib
import json
import os
import random
import subprocess
import sys
import textwrap
from pathlib import Path

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph._util import slugify
from threatgraph.export.json import report_to_json, system_to_json
from threatgraph.export.otm import otm_json
from threatgraph.export.sarif import sarif_json
from threatgraph.findings import Finding, Report, Target
from threatgraph.render import to_dot, to_mermaid
from threatgraph.report import to_html, to_markdown
from threatgraph.testing import strategies as tgst

ROOT = Path(__file__).resolve().parents[1]
TESTS = Path(__file__).resolve().parent
PROFILE = os.environ.get("HYPOTHESIS_PROFILE", "default")


def budget(n: int) -> int:
    """Examples for one property: ``n`` in CI, ten times more with HYPOTHESIS_PROFILE=fuzz."""
    return n * 10 if PROFILE == "fuzz" else n


def outputs(report: Report, *, diagram: bool = False) -> dict[str, bytes]:
    """Every output format of a report, as the bytes that would be written."""
    texts: dict[str, str] = {
        "json": report_to_json(report),
        "model.json": system_to_json(report.system),
        "sarif": sarif_json(report),
        "otm": otm_json(report),
        "dot": to_dot(report),
        "mermaid": to_mermaid(report),
        "md": to_markdown(report),
        "md-by-element": to_markdown(report, group_by="element"),
        "html": to_html(report, diagram=diagram),
    }
    return {k: v.encode("utf-8") for k, v in texts.items()}


# --------------------------------------------------------------------------- across runs

_SCRIPT = textwrap.dedent(
    """
    import hashlib, json, runpy, sys
    from pathlib import Path
    sys.path.insert(0, {tests!r})
    import threatgraph as tg
    from test_determinism import outputs
    from test_hostile_outputs import HOSTILE, build
    from _export_models import full_model

    models = {{}}
    for path in sorted(Path({root!r}, "examples").glob("*/*.py")):
        if path.parent.name == "notebooks":
            continue
        tm = runpy.run_path(str(path)).get("tm")
        if isinstance(tm, tg.ThreatModel):
            models[f"{{path.parent.name}}/{{path.stem}}"] = tm.freeze()
    models["hostile"] = build(list(HOSTILE), hostile=True)
    models["full"] = full_model().freeze()
    digests = {{}}
    for name, system in sorted(models.items()):
        for fmt, data in outputs(system.analyze(), diagram={diagram}).items():
            digests[f"{{name}} {{fmt}}"] = hashlib.sha256(data).hexdigest()
    print(json.dumps(digests, sort_keys=True))
    """
)


def _digests_in_subprocess(seed: str, *, diagram: bool) -> dict[str, str]:
    env = {**os.environ, "PYTHONHASHSEED": seed}
    script = _SCRIPT.format(tests=str(TESTS), root=str(ROOT), diagram=diagram)
    proc = subprocess.run(
        [sys.executable, "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    digests: dict[str, str] = json.loads(proc.stdout)
    return digests


@pytest.fixture(scope="module")
def seed_0() -> dict[str, str]:
    """Digests of every output, from an interpreter with PYTHONHASHSEED=0."""
    return _digests_in_subprocess("0", diagram=False)


def test_outputs_are_identical_across_hash_seeds(seed_0: dict[str, str]) -> None:
    """Two interpreters with different PYTHONHASHSEED: every output of every model hashes the
    same (a set iterated into an output would show up here)."""
    first = seed_0
    second = _digests_in_subprocess("4242", diagram=False)
    assert len(first) > 100  # the examples, the hostile and the full model, every format
    differing = sorted(k for k in first if first[k] != second.get(k))
    assert not differing
    assert first == second


_CORPUS_SCRIPT = textwrap.dedent(
    """
    import hashlib, json, sys
    from pathlib import Path
    sys.path.insert(0, {root!r})
    from benchmarks.quality._cases import load_cases
    from threatgraph.export.json import report_to_json
    from threatgraph.load.target import load_target

    digests = {{}}
    for case in load_cases([]):
        report = case.build().freeze().analyze()
        digests[case.study.case_id] = hashlib.sha256(report_to_json(report).encode()).hexdigest()
    for path in sorted(Path({root!r}, "benchmarks", "quality", "fresh").glob("*.py")):
        report = load_target(str(path)).analyze()
        digests[path.stem] = hashlib.sha256(report_to_json(report).encode()).hexdigest()
    print(json.dumps(digests, sort_keys=True))
    """
)


def _corpus_digests(seed: str) -> dict[str, str]:
    proc = subprocess.run(
        [sys.executable, "-c", _CORPUS_SCRIPT.format(root=str(ROOT))],
        cwd=ROOT,
        env={**os.environ, "PYTHONHASHSEED": seed},
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stderr
    digests: dict[str, str] = json.loads(proc.stdout)
    return digests


def test_every_benchmark_model_reports_the_same_across_hash_seeds() -> None:
    """The 38 case models and every fresh design (hundreds of rich architectures that
    exercise every rule) give the same JSON report under two hash seeds. A GDPR
    retention finding once listed a store's data in set order, which changed with the
    seed; the examples did not hold enough personal data to show it."""
    first, second = _corpus_digests("1"), _corpus_digests("2")
    assert len(first) > 300
    assert sorted(k for k in first if first[k] != second.get(k)) == []


def test_outputs_are_identical_within_a_process() -> None:
    """Building and analysing the same model twice gives the same bytes, diagram included."""
    from test_hostile_outputs import HOSTILE, build

    first = outputs(build(list(HOSTILE), hostile=True).analyze(), diagram=True)
    second = outputs(build(list(HOSTILE), hostile=True).analyze(), diagram=True)
    assert first == second


def test_outputs_match_a_fresh_interpreter(seed_0: dict[str, str]) -> None:
    """The bytes of this process (its own hash seed, its own caches) match a subprocess."""
    from _export_models import full_model

    here = {
        f"full {fmt}": hashlib.sha256(data).hexdigest()
        for fmt, data in outputs(full_model().freeze().analyze()).items()
    }
    assert here == {k: v for k, v in seed_0.items() if k in here}


# --------------------------------------------------------------------------- insertion order

SETTINGS = settings(
    max_examples=budget(20),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


def _freeze(recipe: tgst.ModelRecipe) -> tg.System:
    return recipe.freeze()  # one call site: flows declared here get the same location


@SETTINGS
@given(tgst.model_recipes(max_elements=8, max_flows=12), st.randoms(use_true_random=False))
def test_insertion_order_never_changes_a_byte(recipe: tgst.ModelRecipe, rnd: random.Random) -> None:
    first = outputs(_freeze(recipe).analyze())
    second = outputs(_freeze(recipe.shuffled(rnd)).analyze())
    for fmt in first:
        assert first[fmt] == second[fmt], fmt


def test_examples_declared_in_reverse_give_the_same_bytes() -> None:
    """A real model: its elements, boundaries and flows added in the opposite order."""
    import runpy

    tm = runpy.run_path(str(ROOT / "examples" / "rag_assistant" / "after.py"))["tm"]
    system = tm.freeze()
    reverse = tg.System.create(
        name=system.name,
        profile=system.profile,
        description=system.description,
        elements=list(reversed(system.all_elements)),
        flows=list(reversed(system.all_flows)),
        boundaries=list(reversed(system.boundaries)),
        placement={
            e.id: (b.id if (b := system.boundary_of(e)) else None)
            for e in reversed(system.all_elements)
        },
        actors=list(reversed(system.actors)),
        frameworks=sorted(system.frameworks, key=lambda f: f.value, reverse=True),
        data=list(reversed(system.data)),
    )
    assert outputs(system.analyze()) == outputs(reverse.analyze())


# --------------------------------------------------------------------------- finding ids


def _touches(report: Report, finding: Finding, element_id: str) -> bool:
    """True when the finding is about the element, a flow into or out of it, or a path
    through it."""
    return _at(report, finding.target, element_id)


def _mentions(report: Report, finding: Finding, element_id: str) -> bool:
    """:func:`_touches`, or one of the places the finding also affects is such a place."""
    return any(_at(report, t, element_id) for t in (finding.target, *finding.affected))


def _at(report: Report, t: Target, element_id: str) -> bool:
    if t.kind == "element" or t.kind == "path":
        return element_id in t.ids
    if t.kind == "flow":
        f = report.system.flow(t.ids[0])
        return element_id in (f.source, f.target)
    return False


def _renamed(recipe: tgst.ModelRecipe, old_id: str) -> tuple[tgst.ModelRecipe, str]:
    """The recipe with one element renamed; its id (derived from the name) changes too."""
    taken = {e.id for e, _ in recipe.elements}
    n = 0
    while slugify(f"Renamed element {n}") in taken:  # pragma: no cover - ids are not like this
        n += 1
    new_name = f"Renamed element {n}"
    new_id = slugify(new_name)
    elements = tuple(
        (attrs.evolve(e, name=new_name, id=new_id) if e.id == old_id else e, bid)
        for e, bid in recipe.elements
    )

    def end(x: str) -> str:
        return new_id if x == old_id else x

    flows = tuple(attrs.evolve(f, source=end(f.source), target=end(f.target)) for f in recipe.flows)
    return attrs.evolve(recipe, elements=elements, flows=flows), new_id


@settings(
    max_examples=budget(30),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(tgst.model_recipes(min_elements=2, max_elements=8, max_flows=12), st.data())
def test_finding_ids_survive_renaming_an_unrelated_element(
    recipe: tgst.ModelRecipe, data: st.DataObject
) -> None:
    old_id = data.draw(st.sampled_from(sorted(e.id for e, _ in recipe.elements)))
    before = _freeze(recipe).analyze()
    renamed, new_id = _renamed(recipe, old_id)
    after = _freeze(renamed).analyze()
    assert new_id in after.system
    assert old_id not in after.system

    # A finding that names the renamed element in either report is related to it, also
    # through the places it affects: a rule that raises one finding for several elements
    # anchors it on the first by id, so a rename can move that finding (and which rule
    # of its family explains it) from one of them to another.
    related = {f.id for f in before.findings if _mentions(before, f, old_id)}
    related |= {f.id for f in after.findings if _mentions(after, f, new_id)}
    unrelated_before = {f.id: f for f in before.findings if f.id not in related}
    unrelated_after = {f.id: f for f in after.findings if f.id not in related}
    assert unrelated_before.keys() == unrelated_after.keys()
    for fid, f in unrelated_before.items():
        g = unrelated_after[fid]
        assert (g.rule, g.target, g.status, g.severity) == (f.rule, f.target, f.status, f.severity)


def test_a_finding_raised_for_several_elements_sits_on_the_first_by_id() -> None:
    """Two deciding models shipped to users' devices together get one finding, on the
    first by id, naming the other; renaming the other can move it (found by the fuzz
    profile of the property above). Every id stays a function of family and target."""

    def build(name: str) -> Report:
        tm = tg.ThreatModel("shipped")
        tm.add(tg.Model('"quoted" name', task="classifier", high_stakes=True))
        tm.add(tg.Model(name, task="detector"))
        return tm.freeze().analyze()

    def shipped(report: Report) -> tuple[str, list[str]]:
        (f,) = [f for f in report.findings if f.rule == "ai/model-on-user-device"]
        return f.target.key, [t.key for t in f.affected]

    before, after = build("it's mine"), build("Renamed element 0")
    assert shipped(before) == ("element:it-s-mine", ["element:quoted-name"])
    assert shipped(after) == ("element:quoted-name", ["element:renamed-element-0"])
    ids = {f.target.key: f.id for f in after.findings}
    assert {f.target.key: f.id for f in before.findings}["element:quoted-name"] == ids[
        "element:quoted-name"
    ]


def test_finding_ids_are_a_function_of_rule_and_target_only() -> None:
    """The id does not depend on names, descriptions, severity or declaration order."""
    from test_hostile_outputs import HOSTILE, build

    hostile = build(list(HOSTILE), hostile=True).analyze()
    plain = build(list(HOSTILE), hostile=False).analyze()
    assert [f.id for f in hostile.findings] == [f.id for f in plain.findings]
    from threatgraph.findings import finding_id
    from threatgraph.rules import Catalogue

    catalogue = Catalogue.default()
    for f in hostile.findings:
        # a threat family raises once per target, whichever of its rules explains it
        assert f.id == finding_id(catalogue.get(f.rule).family_id, f.target)


def test_cli_output_files_are_identical_across_runs(tmp_path: Path) -> None:
    """``threatgraph analyze`` writes the same bytes twice (no timestamps, no absolute paths
    leaking from the working directory into SARIF)."""
    from threatgraph.cli import main

    model = ROOT / "examples" / "rag_assistant" / "before.py"
    for fmt in ("json", "sarif", "md", "html"):
        a, b = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
        for out in (a, b):
            main(["analyze", str(model), "--format", fmt, "-o", str(out)])
        assert a.read_bytes() == b.read_bytes(), fmt


@pytest.mark.parametrize("example", ["rag_assistant/after", "coding_agent/before"])
def test_renaming_an_element_of_a_real_model_keeps_every_other_finding_id(example: str) -> None:
    """A real model, every element renamed in turn (in its model document, so the id changes
    with the name): the findings about everything else keep their ids."""
    import copy
    import runpy

    from threatgraph.load.model_io import dump_system, load_system

    system = runpy.run_path(str(ROOT / "examples" / f"{example}.py"))["tm"].freeze()
    before = system.analyze()
    doc = dump_system(system, locations=False)
    checked = 0
    for element in system.all_elements:
        new_id = f"renamed-{element.id}"
        changed = copy.deepcopy(doc)
        for e in changed["elements"]:
            if e["id"] == element.id:
                e["id"], e["name"] = new_id, f"Renamed {element.name}"
        for f in changed["flows"]:
            for end in ("source", "target"):
                if f[end] == element.id:
                    f[end] = new_id
        after = load_system(changed).analyze()
        kept = {f.id for f in before.findings if not _touches(before, f, element.id)}
        now = {f.id for f in after.findings if not _touches(after, f, new_id)}
        assert kept == now, element.id
        checked += len(kept)
    assert checked > 50
