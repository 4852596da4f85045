"""Gates that passed by accident (issue 18): each test is built from a reproducer of the
adversarial probe, kept in ``tests/data/repro/``.

A gating tool's worst failure is a gate that passes when it should fail: a model file
that exits 0 itself, a setting written twice, a baseline whose ids were edited, a
register entry whose target key another path shares, an OTM parent cycle that drops
components.
"""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import threatgraph as tg
from _cli_models import main
from threatgraph.analysis import analyze
from threatgraph.errors import LoadError
from threatgraph.findings import Target, finding_id
from threatgraph.load import load_otm
from threatgraph.load.target import load_target
from threatgraph.register import Register
from threatgraph.rules import Catalogue, GraphView, Match, on_paths, rule

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
        "threatgraph: error: running exit0.py called sys.exit(0); a model must not exit, "
        "threatgraph decides the exit code (remove the call)"
    )


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("raise SystemExit(3)", "called sys.exit(3)"),
        ("raise SystemExit", "called sys.exit(None)"),
        ("class Stop(BaseException):\n    pass\n\nraise Stop('halt')", "failed: Stop: halt"),
        ("raise GeneratorExit", "failed: GeneratorExit"),
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
        ("os:sep", "os:sep is a str, not a ThreatModel or System (or a function that returns one)"),
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
