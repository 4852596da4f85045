"""Gates that passed by accident (issue 18): each test is built from a reproducer of the
adversarial probe, kept in ``tests/data/repro/``.

A gating tool's worst failure is a gate that passes when it should fail: a model file
that exits 0 itself, a setting written twice, a baseline whose ids were edited, a
register entry whose target key another path shares, an OTM parent cycle that drops
components.
"""

from __future__ import annotations

import copy
import json
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import threatgraph as tg
from _cli_models import main
from threatgraph.analysis import analyze
from threatgraph.cli.analyze import gate
from threatgraph.errors import LoadError
from threatgraph.export.json import report_to_json
from threatgraph.findings import Target, finding_id
from threatgraph.load import load_otm, load_report_json
from threatgraph.load.target import load_target
from threatgraph.register import Register
from threatgraph.report.diff import diff_reports
from threatgraph.rules import Catalogue, GraphView, Match, on_paths, rule
from threatgraph.vocab import Severity

REPRO = Path(__file__).parent / "data" / "repro"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The reproducers copied into an empty folder, which is the current directory."""
    shutil.copytree(REPRO, tmp_path, dirs_exist_ok=True)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _one_error_line(capsys: pytest.CaptureFixture[str]) -> str:
    err = capsys.readouterr().err
    assert "Traceback" not in err
    lines = err.splitlines()
    assert len(lines) == 1, err
    return lines[0]


# --------------------------------------------------------------------------- model code


def test_a_model_that_calls_sys_exit_0_does_not_skip_the_gate(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main("analyze", "exit0.py", "--fail-on", "high") == 2
    line = _one_error_line(capsys)
    assert line == (
        "threatgraph: error: running exit0.py at line 11 called sys.exit(0); a model must not "
        "exit, "
        "threatgraph decides the exit code (remove the call)"
    )


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("raise SystemExit(3)", "called sys.exit(3)"),
        ("raise SystemExit", "called sys.exit(None)"),
        ("class Stop(BaseException):\n    pass\n\nraise Stop('halt')", "line 6: Stop: halt"),
        ("raise GeneratorExit", "failed at line 3: GeneratorExit"),
    ],
)
def test_base_exceptions_while_loading_are_one_line_and_exit_2(
    project: Path, capsys: pytest.CaptureFixture[str], code: str, expected: str
) -> None:
    (project / "model.py").write_text(f"import threatgraph as tg\n\n{code}\n", encoding="utf-8")
    assert main("analyze", "model.py", "--fail-on", "info") == 2
    assert expected in _one_error_line(capsys)


def test_an_interrupt_while_loading_exits_130_with_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "model.py").write_text("raise KeyboardInterrupt\n", encoding="utf-8")
    assert main("analyze", "model.py") == 130
    assert _one_error_line(capsys) == "threatgraph: interrupted"


def test_a_factory_that_raises_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main("analyze", "callable.py:build") == 2
    assert _one_error_line(capsys) == (
        "threatgraph: error: calling callable.py:build failed: ValueError: factory failed"
    )


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        (
            "json:dumps",
            "calling json:dumps failed: TypeError: dumps() missing 1 required "
            "positional argument: 'obj'",
        ),
        (
            "json:JSONDecoder",
            "json:JSONDecoder() is a JSONDecoder, not a ThreatModel or System "
            "(or a function that returns one)",
        ),
        (
            "os:sep",
            "os:sep is a str, not a ThreatModel or System (or a function that returns one); "
            "module 'os' defines no module-level ThreatModel or System",
        ),
    ],
)
def test_a_module_attribute_that_is_not_a_model_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str], target: str, expected: str
) -> None:
    assert main("analyze", target) == 2
    assert _one_error_line(capsys) == f"threatgraph: error: {expected}"


# --------------------------------------------------------------------------- settings


def test_fail_on_written_twice_is_a_usage_error(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(project / "alias")
    assert main("analyze") == 2
    err = capsys.readouterr().err
    assert "tool.threatgraph.fail_on: sets fail-on again, which fail-on already sets" in err


# --------------------------------------------------------------------------- OTM parents


def test_an_otm_component_cycle_is_a_load_error_with_its_path(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the two components that name each other used to be dropped with the API under
    # them and its dataflow, and --fail-on high passed on what was left
    assert main("analyze", "otm_cycle.otm.json", "--fail-on", "high") == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err
    assert (
        "$.components[2].parent.component: components nest in a cycle: a -> b -> a "
        "(a component cannot contain itself)"
    ) in err


def test_an_otm_trust_zone_cycle_is_a_load_error_with_its_path() -> None:
    doc = json.loads((REPRO / "otm_cycle.otm.json").read_text("utf-8"))
    doc["trustZones"][0]["parent"] = {"trustZone": "vpc"}
    doc["trustZones"][1]["parent"] = {"trustZone": "internet"}
    doc["components"][1]["parent"] = {"trustZone": "vpc"}
    with pytest.raises(LoadError) as info:
        load_otm(doc)
    assert [(p.where, p.message) for p in info.value.problems] == [
        (
            "$.trustZones[0].parent.trustZone",
            "trust zones nest in a cycle: internet -> vpc -> internet",
        ),
        ("$.components[2].parent.component", "components nest in a cycle: a -> b -> a"),
    ]


def test_a_component_under_a_missing_parent_is_reported_once() -> None:
    doc = json.loads((REPRO / "otm_cycle.otm.json").read_text("utf-8"))
    doc["components"][3]["parent"] = {"component": "nowhere"}  # b; a and api sit under it
    with pytest.raises(LoadError) as info:
        load_otm(doc)
    assert [(p.where, p.message) for p in info.value.problems] == [
        ("$.components[3].parent.component", "names a component that does not exist"),
    ]


# --------------------------------------------------------------------------- target keys

_HOSTILE_ID = st.text(alphabet=["a", "b", ">", "%", "3", "E", "2", "5", ",", ":", "-", " "])


@st.composite
def _targets(draw: st.DrawFn) -> Target:
    kind = draw(st.sampled_from(["element", "flow", "path", "model"]))
    if kind == "model":
        return Target.model()
    if kind == "path":
        return Target.path(draw(st.lists(_HOSTILE_ID, min_size=1, max_size=4)))
    return Target(kind, (draw(_HOSTILE_ID),))


@given(st.lists(_targets(), min_size=2, max_size=12))
def test_no_two_distinct_targets_share_a_key(targets: list[Target]) -> None:
    distinct = set(targets)
    assert len({t.key for t in distinct}) == len(distinct)
    assert len({finding_id("acme/rule", t) for t in distinct}) == len(distinct)


def test_path_keys_encode_the_separator() -> None:
    # path_v1.py's path web > fetch > agent > shell, and path_v2.py's new, different path
    # from a source whose id is "web>fetch": they used to share one key, and so one id
    v1 = Target.path(["web", "fetch", "agent", "shell"])
    v2 = Target.path(["web>fetch", "agent", "shell"])
    assert v1.key == "path:web>fetch>agent>shell"  # ids without > or % keep their key
    assert v2.key == "path:web%3Efetch>agent>shell"
    assert Target.path(["100%"]).key == "path:100%25"
    assert Target.path(["a%3Eb"]).key != Target.path(["a>b"]).key
    assert Target.flow("customer->chat-api").key == "flow:customer->chat-api"


@pytest.mark.parametrize(
    ("kind", "ids"),
    [("element", ()), ("element", ("a", "b")), ("flow", ()), ("path", ()), ("model", ("m",))],
)
def test_a_target_of_the_wrong_shape_cannot_be_made(kind: str, ids: tuple[str, ...]) -> None:
    with pytest.raises(ValueError, match=f"a {kind} target takes"):
        Target(kind, ids)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="a target's kind must be one of"):
        Target("zone", ("a",))  # type: ignore[arg-type]


@rule(
    "acme/untrusted-content-reaches-code",
    title="Untrusted content reaches a tool that runs code",
    stride="T",
    phases="inference",
    applies_to=on_paths("untrusted source -> code-running tool"),
    likelihood="likely",
    impact="major",
)
def untrusted_content_reaches_code(g: GraphView) -> Iterator[Match]:
    """A path rule, as custom catalogues write them: its findings target paths."""
    for tool in g.elements(tg.Tool):
        if tool.can("execute-code"):
            for src in g.g.sources(tool):
                yield Match(
                    f"{g.names(src.path)} ends in {tool.name}.", target=Target.path(src.path)
                )


def test_a_register_entry_does_not_silence_a_finding_on_another_path(project: Path) -> None:
    catalogue = Catalogue([untrusted_content_reaches_code], name="acme", version="1")
    v1 = analyze(load_target("path_v1.py"), catalogue=catalogue)
    (accepted,) = v1.findings
    assert accepted.target.key == "path:web>fetch>agent>shell"
    register = Register.from_toml(
        f"version = 1\n[findings.{accepted.id}]\nstatus = 'accepted'\n"
        "owner = 'alice@example.com'\nreason = 'The docs site is ours and signed.'\n"
        "expires = 2099-12-31\nrule = 'acme/untrusted-content-reaches-code'\n"
        f"target = '{accepted.target.key}'\n"
    )
    assert analyze(load_target("path_v1.py"), catalogue=catalogue, register=register).open() == []
    v2 = analyze(load_target("path_v2.py"), catalogue=catalogue, register=register)
    (new,) = v2.findings
    assert new.target.ids == ("web>fetch", "agent", "shell")
    assert new.id != accepted.id
    assert new.is_open  # the acceptance of the other path does not reach it
    assert v2.register_orphans == (accepted.id,)


# --------------------------------------------------------------------------- baselines

_BASE: dict[str, Any] = {
    "threatgraph": "1",
    "name": "M",
    "profile": "high",
    "boundaries": [
        {"id": "internet", "name": "Internet", "trust": "untrusted"},
        {"id": "vpc", "name": "VPC", "trust": "internal"},
    ],
    "data": [{"id": "prompt", "name": "Prompt"}],
    "elements": [
        {"kind": "actor", "id": "user", "name": "User", "boundary": "internet"},
        {"kind": "endpoint", "id": "api", "name": "API", "boundary": "vpc"},
        {"kind": "llm", "id": "llm", "name": "LLM", "boundary": "vpc"},
    ],
    "flows": [
        {"source": "user", "target": "api", "data": ["prompt"]},
        {"source": "api", "target": "llm", "data": ["prompt"]},
    ],
}


def _tamper_project(folder: Path) -> tuple[dict[str, Any], dict[str, Any]]:
    """baseline_tamper.py: the old and new models, and the old and new reports."""
    new = copy.deepcopy(_BASE)
    new["elements"].append(
        {
            "kind": "tool",
            "id": "shell",
            "name": "Shell",
            "boundary": "vpc",
            "capabilities": ["execute-code"],
        }
    )
    new["flows"].append({"source": "llm", "target": "shell", "data": ["prompt"]})
    (folder / "bt_old.json").write_text(json.dumps(_BASE), encoding="utf-8")
    (folder / "bt_new.json").write_text(json.dumps(new), encoding="utf-8")
    reports = []
    for name in ("bt_old", "bt_new"):
        report = analyze(load_target(f"{name}.json"))
        reports.append(json.loads(report_to_json(report)))
    return reports[0], reports[1]


def test_a_baseline_whose_ids_were_edited_is_refused(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, new = _tamper_project(project)
    old_ids = {f["id"] for f in old["findings"]}
    fresh = [f for f in new["findings"] if f["id"] not in old_ids and f["severity"] == "high"]
    victims = [f for f in old["findings"] if f["severity"] in ("low", "medium")]
    assert fresh
    assert victims
    (project / "honest.json").write_text(json.dumps(old), encoding="utf-8")
    for victim, f in zip(victims, fresh, strict=False):
        victim["id"] = f["id"]  # rule, target and text still describe the old finding
    (project / "tampered.json").write_text(json.dumps(old), encoding="utf-8")

    assert main("analyze", "bt_new.json", "--baseline", "honest.json", "--fail-on", "high") == 1
    capsys.readouterr()
    assert main("analyze", "bt_new.json", "--baseline", "tampered.json", "--fail-on", "high") == 2
    err = capsys.readouterr().err
    assert "cannot load the report from tampered.json" in err
    assert (
        "$.findings[0].id: does not match the finding: rule 'stride/denial-of-service' on " in err
    )
    assert main("diff", "tampered.json", "bt_new.json", "--fail-on", "high") == 2
    with pytest.raises(LoadError, match="does not match the finding"):
        load_report_json(project / "tampered.json")


def test_duplicate_ids_in_a_report_are_refused_by_the_baseline_and_by_diff(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old, _ = _tamper_project(project)
    old["findings"].append(old["findings"][0])
    (project / "twice.json").write_text(json.dumps(old), encoding="utf-8")
    with pytest.raises(LoadError) as info:
        load_report_json(project / "twice.json")
    last = len(old["findings"]) - 1
    assert [(p.where, p.message) for p in info.value.problems] == [
        (f"$.findings[{last}].id", "is also the id of $.findings[0]")
    ]
    assert main("analyze", "bt_old.json", "--baseline", "twice.json") == 2
    assert main("diff", "twice.json", "bt_old.json") == 2
    assert "is also the id of $.findings[0]" in capsys.readouterr().err
    # diff_reports on Report values checks it too
    report = analyze(load_target("bt_old.json"))
    doubled = attrs.evolve(report, findings=(*report.findings, report.findings[0]))
    with pytest.raises(ValueError, match=r"lists finding TG-\w+ twice"):
        diff_reports(doubled, report, old_label="doubled")


def test_a_finding_that_got_worse_fails_the_baseline_gate_as_it_fails_diff(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _tamper_project(project)
    report = analyze(load_target("bt_new.json"))
    high = next(f for f in report.findings if f.severity is Severity.HIGH and f.is_open)
    # an honest baseline in which that finding was open, at low severity
    low = attrs.evolve(high, severity=Severity.LOW)
    baseline = attrs.evolve(
        report, findings=tuple(low if f.id == high.id else f for f in report.findings)
    )
    (project / "low.json").write_text(report_to_json(baseline), encoding="utf-8")
    assert main("diff", "low.json", "bt_new.json", "--fail-on", "high") == 1
    capsys.readouterr()
    assert main("analyze", "bt_new.json", "--baseline", "low.json", "--fail-on", "high") == 1
    err = capsys.readouterr().err
    assert "1 open finding(s) at or above high new since the baseline, or more severe" in err
    assert high.id in err
    # the same severity as in the baseline does not fail
    (project / "same.json").write_text(report_to_json(report), encoding="utf-8")
    assert main("analyze", "bt_new.json", "--baseline", "same.json", "--fail-on", "high") == 0
    failing, _ = gate(report, fail_on=None, baseline={high.id: Severity.MEDIUM})
    assert high in failing
