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
from pathlib import Path

import pytest

from _cli_models import main
from threatgraph.errors import LoadError
from threatgraph.load import load_otm

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
