"""The command line as CI uses it: the how-to's commands run as written, the escape
hatches of ``[tool.threatgraph]`` (``--fail-on none``, ``--no-baseline``,
``--no-register``), a configured baseline or register that does not exist yet,
``--format markdown``, the phase names of ``--phase``, the models listed for a
``file.py:NAME`` that is not one, and the orphaned register ids the summary names."""

from __future__ import annotations

import json
import re
import shlex
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import threatgraph.analysis
from _cli_models import main, write, write_model
from threatgraph.findings import RuleError

ROOT = Path(__file__).resolve().parent.parent
CI_HOW_TO = ROOT / "docs" / "how-to" / "ci.md"

BASELINE = "security/threatgraph-baseline.json"
REGISTER = "security/risk-register.toml"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as the current directory (no pyproject.toml above it)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _pyproject(project: Path, *lines: str) -> None:
    write(project / "pyproject.toml", "[tool.threatgraph]\n" + "\n".join(lines) + "\n")


def _table(project: Path, *, fail_on: str | None = "high", register: bool = True) -> Path:
    """The model, and a table naming it, a gate, a baseline and (optionally) a register."""
    model = write_model(project)
    _pyproject(
        project,
        'model = "threat_model.py"',
        *([f'fail-on = "{fail_on}"'] if fail_on else []),
        f'baseline = "{BASELINE}"',
        *([f'register = "{REGISTER}"'] if register else []),
    )
    (project / "security").mkdir(exist_ok=True)
    return model


def _open_ids(project: Path, model: Path) -> list[str]:
    assert main("analyze", model, "--format", "json", "-o", "ids.json", "--fail-on", "none") == 0
    data: dict[str, Any] = json.loads((project / "ids.json").read_text("utf-8"))
    return [f["id"] for f in data["findings"] if f["status"] == "open"]


def _accepting(path: Path, ids: list[str]) -> Path:
    """A register that accepts ``ids`` (until 2030)."""
    return write(
        path,
        "".join(
            f'[findings.{fid}]\nstatus = "accepted"\nowner = "sec"\nreason = "ok"\n'
            "expires = 2030-01-01\n\n"
            for fid in ids
        ),
    )


# --------------------------------------------------------------------------- the how-to


def _how_to() -> tuple[str, list[str]]:
    """The ``[tool.threatgraph]`` table of step 1 and the commands of step 2 of ci.md."""
    text = CI_HOW_TO.read_text("utf-8")
    table = re.search(r"```toml\n(.*?)```", text, re.S)
    step2 = text[text.index("## 2. Record a baseline") : text.index("## 3.")]
    assert table is not None
    commands = [line[2:] for line in step2.splitlines() if line.startswith("$ ")]
    return table.group(1), commands


def _run_how_to(project: Path, table: str, commands: list[str]) -> list[int]:
    """Each command of the how-to, run in order in ``project``: its exit code."""
    (project / "pyproject.toml").write_text(table, "utf-8")
    codes = []
    for command in commands:
        argv = shlex.split(command)
        if argv[:2] == ["mkdir", "-p"]:
            (project / argv[2]).mkdir(parents=True, exist_ok=True)
            codes.append(0)
        elif argv[0] == "threatgraph":
            codes.append(main(*argv[1:]))
        else:
            assert argv[:2] == ["git", "add"], command  # needs a repository: not run here
    return codes


def test_the_ci_how_to_runs_as_written(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    table, commands = _how_to()
    assert any("--format json -o" in c for c in commands)
    write_model(project)  # high findings: the backlog the baseline records
    codes = _run_how_to(project, table, commands)
    assert codes == [0] * len(codes)
    assert (project / BASELINE).is_file()
    assert "warning" not in capsys.readouterr().err
    # the baseline holds the backlog: the gate of the table passes until a change adds one
    assert main("analyze") == 0
    write_model(project, agent=True)
    assert main("analyze") == 1
    assert "new since the baseline" in capsys.readouterr().err


def test_the_how_to_works_with_the_register_line_uncommented(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The table the user trial used: ``register`` set, to a file nobody has written."""
    table, commands = _how_to()
    table = re.sub(r"^# (register = )", r"\1", table, flags=re.M)
    assert f'register = "{REGISTER}"' in table
    write_model(project)
    codes = _run_how_to(project, table, commands)
    assert codes == [0] * len(codes)
    err = capsys.readouterr().err
    assert f"warning: the risk register {REGISTER}" in err
    assert main("analyze") == 0


# --------------------------------------------------------------------------- --fail-on none


@pytest.mark.parametrize("word", ["none", "off", "None"])
def test_fail_on_none_turns_the_configured_gate_off(
    project: Path, capsys: pytest.CaptureFixture[str], word: str
) -> None:
    _table(project, register=False)
    assert main("analyze", "--no-baseline") == 1  # the table's gate: high findings
    capsys.readouterr()
    assert main("analyze", "--no-baseline", "--fail-on", word) == 0
    assert "open finding(s)" not in capsys.readouterr().err


def test_fail_on_none_with_a_baseline_fails_on_nothing_new(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", "json", "-o", "baseline.json") == 0
    grown = write_model(project, "grown.py", agent=True)
    assert main("analyze", grown, "--baseline", "baseline.json") == 1
    assert main("analyze", grown, "--baseline", "baseline.json", "--fail-on", "none") == 0


def test_fail_on_none_still_fails_an_incomplete_analysis(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    model = write_model(project)
    real = threatgraph.analysis.analyze

    def broken(*args: Any, **kwargs: Any) -> Any:
        return attrs.evolve(
            real(*args, **kwargs), errors=(RuleError("x/broken", "element:chat-api", "boom"),)
        )

    monkeypatch.setattr(threatgraph.analysis, "analyze", broken)
    assert main("analyze", model, "--fail-on", "none") == 1


def test_a_bad_fail_on_names_none(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main("analyze", "x.py", "--fail-on", "nope")
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert "argument --fail-on: 'nope' is not a severity" in err
    assert "or none to turn the gate off" in err


def test_diff_takes_fail_on_none(project: Path) -> None:
    model = write_model(project)
    grown = write_model(project, "grown.py", agent=True)
    assert main("diff", model, grown, "--fail-on", "high") == 1
    assert main("diff", model, grown, "--fail-on", "none") == 0


# --------------------------------------------------------------------------- --no-baseline, --no-register


def test_no_baseline_ignores_the_configured_one(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _table(project, fail_on=None, register=False)
    (project / BASELINE).write_text('{"findings": 3}', "utf-8")  # not a report
    assert main("analyze") == 2
    assert f"cannot load the report from {BASELINE}" in capsys.readouterr().err
    assert main("analyze", "--no-baseline") == 0
    # re-recording the baseline over a broken one
    assert main("analyze", "--format", "json", "-o", BASELINE, "--no-baseline") == 0
    assert main("analyze") == 0


def test_no_register_ignores_the_configured_one(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = _table(project, fail_on="info")
    _accepting(project / REGISTER, _open_ids(project, model))
    assert main("analyze", "--no-baseline") == 0  # every finding accepted
    capsys.readouterr()
    assert main("analyze", "--no-baseline", "--no-register") == 1
    assert "open finding(s) at or above info" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["--baseline", "b.json", "--no-baseline"], "--no-baseline: not allowed with argument"),
        (["--register", "r.toml", "--no-register"], "--no-register: not allowed with argument"),
    ],
)
def test_a_file_and_its_no_option_conflict(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], words: str
) -> None:
    with pytest.raises(SystemExit) as info:
        main("analyze", "x.py", *argv)
    assert info.value.code == 2
    assert words in capsys.readouterr().err


# --------------------------------------------------------------------------- missing files


def test_a_configured_baseline_that_does_not_exist_counts_every_finding_as_new(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _table(project, fail_on=None, register=False)
    assert main("analyze") == 1  # not a silent pass: every open finding is new
    err = capsys.readouterr().err
    warning = next(line for line in err.splitlines() if "warning" in line)
    assert warning == (
        f"threatgraph: warning: the baseline {BASELINE} (baseline in [tool.threatgraph] of "
        "pyproject.toml) does not exist yet, so every open finding counts as new; record it "
        f"with: threatgraph analyze --format json -o {BASELINE} --no-baseline --fail-on none"
    )
    assert "new since the baseline" in err
    # the command the warning gives works, and then the gate passes
    assert main(*shlex.split(warning.partition("record it with: threatgraph ")[2])) == 0
    assert main("analyze") == 0


def test_a_configured_baseline_that_does_not_exist_with_fail_on(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _table(project, fail_on="critical", register=False)
    assert main("analyze") == 0  # no critical finding, new or not
    _table(project, fail_on="high", register=False)
    assert main("analyze") == 1
    assert "at or above high new since the baseline" in capsys.readouterr().err


def test_a_configured_register_that_does_not_exist_is_a_warning(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _table(project, fail_on=None)
    assert main("analyze", "--no-baseline") == 0
    captured = capsys.readouterr()
    assert captured.err == (
        f"threatgraph: warning: the risk register {REGISTER} (register in [tool.threatgraph] "
        "of pyproject.toml) does not exist yet; analysing without one. Create it "
        "(docs/how-to/risk-register.md), or pass --no-register to skip it\n"
    )
    assert "open (" in captured.out
    assert main("analyze", "--no-baseline", "--no-register") == 0
    assert capsys.readouterr().err == ""


def test_the_warning_names_the_pyproject_above(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    _table(project, fail_on=None)
    (project / "sub").mkdir()
    monkeypatch.chdir(project / "sub")
    assert main("analyze", "--no-baseline") == 0
    err = capsys.readouterr().err
    assert "the risk register ../security/risk-register.toml" in err.replace("\\", "/")
    assert "[tool.threatgraph] of ../pyproject.toml" in err.replace("\\", "/")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["analyze", "--register", "missing.toml"],
            "--register 'missing.toml': no such file; write the risk register first "
            "(docs/how-to/risk-register.md), or leave out --register",
        ),
        (
            ["analyze", "--baseline", "missing.json"],
            "--baseline 'missing.json': no such file; record one with: threatgraph analyze "
            "TARGET --format json -o missing.json, or leave out --baseline",
        ),
        (["diff", "threat_model.py", "--register", "missing.toml"], "--register 'missing.toml'"),
        (["render", "--register", "missing.toml"], "--register 'missing.toml': no such file"),
    ],
)
def test_a_missing_file_on_the_command_line_is_still_an_error(
    project: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    """With a baseline named in [tool.threatgraph] too: what is asked for must exist."""
    _table(project, register=False)
    assert main(argv[0], "threat_model.py", *argv[1:]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"threatgraph: error: {message}")
    assert "warning" not in err


# --------------------------------------------------------------------------- --format markdown


def test_analyze_format_markdown_is_md(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", "md") == 0
    md = capsys.readouterr().out
    assert main("analyze", model, "--format", "markdown") == 0
    assert capsys.readouterr().out == md
    assert main("analyze", model, "-f", "markdown", "-o", "report.md") == 0
    assert (project / "report.md").read_text("utf-8") == md


def test_diff_and_rules_format_markdown_is_md(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = write_model(project)
    grown = write_model(project, "grown.py", agent=True)
    for argv in (["diff", model, grown], ["rules", "--phase", "data"]):
        assert main(*argv, "--format", "md") == 0
        md = capsys.readouterr().out
        assert main(*argv, "--format", "markdown") == 0
        assert capsys.readouterr().out == md
        assert md.startswith("#")


def test_help_lists_markdown(capsys: pytest.CaptureFixture[str]) -> None:
    for command in ("analyze", "diff", "rules"):
        with pytest.raises(SystemExit):
            main(command, "--help")
        assert "md,markdown," in capsys.readouterr().out, command


# --------------------------------------------------------------------------- --phase


@pytest.mark.parametrize("command", ["render", "rules"])
def test_a_bad_phase_lists_the_names_the_docs_use(
    project: Path, capsys: pytest.CaptureFixture[str], command: str
) -> None:
    argv = [command, *([write_model(project)] if command == "render" else [])]
    assert main(*argv, "--phase", "bogus") == 2
    err = capsys.readouterr().err
    assert err == (
        "threatgraph: error: --phase 'bogus' is not a lifecycle phase; use data, training, "
        "registry or inference (also accepted: data-collection, fine-tuning, versioning, "
        "serving, p1 to p4, and the full names such as inference-and-serving)\n"
    )
    assert main(*argv, "--phase", "traning") == 2
    assert "--phase 'traning' is not a lifecycle phase (did you mean 'training'?)" in (
        capsys.readouterr().err
    )


@pytest.mark.parametrize(
    ("word", "name"),
    [
        ("serving", "inference"),
        ("fine-tuning", "training"),
        ("versioning", "registry"),
        ("data-collection", "data"),
        ("p4", "inference"),
        ("inference-and-serving", "inference"),
    ],
)
def test_every_phase_word_the_error_lists_is_accepted(
    capsys: pytest.CaptureFixture[str], word: str, name: str
) -> None:
    assert main("rules", "--phase", name, "--format", "json") == 0
    expected = capsys.readouterr().out
    assert main("rules", "--phase", word, "--format", "json") == 0
    assert capsys.readouterr().out == expected


def test_render_takes_a_phase_alias(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("render", model, "--phase", "inference") == 0
    dot = capsys.readouterr().out
    assert main("render", model, "--phase", "serving") == 0
    assert capsys.readouterr().out == dot


# --------------------------------------------------------------------------- file.py:NAME

TWO_MODELS = """\
import threatgraph as tg
from threatgraph import controls as c

print("building the models")
tm_prod = tg.ThreatModel("Production")
with tm_prod.boundary("VPC", trust="internal"):
    tm_prod.add(tg.Service("API"))
tm_dev = tg.ThreatModel("Development")
with tm_dev.boundary("Laptop", trust="internal"):
    tm_dev.add(tg.Service("API"))
"""


@pytest.mark.parametrize(
    ("name", "message"),
    [
        (
            "tm_prd",
            "models.py has no attribute 'tm_prd'; did you mean 'tm_prod'? models in models.py: "
            "tm_dev, tm_prod (write models.py:tm_prod)",
        ),
        (
            "zzz",
            "models.py has no attribute 'zzz'; models in models.py: tm_dev, tm_prod "
            "(write models.py:tm_dev)",
        ),
        (
            "c",
            "models.py:c is a module, not a ThreatModel or System (or a function that returns "
            "one); models in models.py: tm_dev, tm_prod (write models.py:tm_dev)",
        ),
    ],
)
def test_a_name_that_is_no_model_lists_the_models(
    project: Path, capsys: pytest.CaptureFixture[str], name: str, message: str
) -> None:
    write(project / "models.py", TWO_MODELS)
    assert main("analyze", f"models.py:{name}") == 2
    captured = capsys.readouterr()
    assert captured.err.endswith(f"threatgraph: error: {message}\n")
    assert captured.err.count("building the models") == 1  # the second run is quiet
    assert captured.out == ""


def test_every_command_lists_the_models(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "models.py", TWO_MODELS)
    for argv in (
        ["check"],
        ["render"],
        ["export", "--format", "json"],
        ["diff", "models.py:tm_dev"],
    ):
        assert main(*argv, "models.py:tm_prd") == 2
        assert "did you mean 'tm_prod'? models in models.py: tm_dev, tm_prod" in (
            capsys.readouterr().err
        ), argv


def test_a_file_without_models_says_so(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "empty.py", "x = 1\n")
    assert main("analyze", "empty.py:x") == 2
    assert capsys.readouterr().err == (
        "threatgraph: error: empty.py:x is a int, not a ThreatModel or System (or a function "
        "that returns one); empty.py defines no module-level ThreatModel or System\n"
    )


def test_a_module_name_that_is_no_model_lists_the_models(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    package = "ci_usability_models"  # a name no other test imports (sys.modules keeps it)
    (project / package).mkdir()
    (project / package / "__init__.py").write_text("", "utf-8")
    write(project / package / "tm_mod.py", TWO_MODELS)
    for name in (package, f"{package}.tm_mod"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    assert main("analyze", f"{package}.tm_mod:tm_prd") == 2
    assert capsys.readouterr().err.endswith(
        f"threatgraph: error: module '{package}.tm_mod' has no attribute 'tm_prd'; did you mean "
        f"'tm_prod'? models in module '{package}.tm_mod': tm_dev, tm_prod "
        f"(write {package}.tm_mod:tm_prod)\n"
    )


def test_a_factory_that_fails_keeps_its_own_error(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "f.py", TWO_MODELS + "def build():\n    raise RuntimeError('no')\n")
    assert main("analyze", "f.py:build") == 2
    err = capsys.readouterr().err
    assert "calling f.py:build failed: RuntimeError: no" in err
    assert "models in" not in err


# --------------------------------------------------------------------------- register orphans


def test_the_summary_names_the_orphaned_ids(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = write_model(project)
    gone = [f"TG-00000000000{i}" for i in range(5)]
    reg = _accepting(project / "reg.toml", gone[:1])
    assert main("analyze", model, "--register", reg) == 0
    assert (
        "Risk register: 0 expired entries (findings open again), 1 orphaned entry "
        "(no such finding: TG-000000000000; remove it from the register)"
    ) in capsys.readouterr().out
    reg = _accepting(project / "reg.toml", gone)
    assert main("analyze", model, "--register", reg) == 0
    assert (
        "5 orphaned entries (no such finding: TG-000000000000, TG-000000000001, "
        "TG-000000000002 and 2 more; remove them from the register)"
    ) in capsys.readouterr().out


def test_the_summary_names_the_expired_ids(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = write_model(project)
    ids = _open_ids(project, model)
    reg = _accepting(project / "reg.toml", ids[:1])
    capsys.readouterr()
    assert main("analyze", model, "--register", reg, "--today", "2031-01-01") == 0
    assert f"1 expired entry (findings open again: {ids[0]})" in capsys.readouterr().out
