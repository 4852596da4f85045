"""``threatgraph analyze``: every option, every format and every exit code."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest

import threatgraph.analysis
from _cli_models import main, write, write_model, write_wide_model
from threatgraph.findings import RuleError
from threatgraph.register import Register


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as the current directory (no pyproject.toml above it)."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def _json_report(path: Path) -> dict[str, Any]:
    data: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return data


# --------------------------------------------------------------------------- summary


def test_summary_is_the_default(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model) == 0
    out = capsys.readouterr().out
    lines = out.splitlines()
    assert lines[0] == "CLI test model: risk profile high"
    assert lines[1].startswith(lines[1].split()[0] + " findings: ")
    assert "open (" in lines[1]
    assert "Open findings, most severe first:" in out
    rows = [line for line in lines if line.startswith("  #")]
    assert rows
    assert all("[TG-" in r for r in rows)
    assert "Cleartext channel across a trust boundary" in out


def test_summary_lists_at_most_fifteen(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_wide_model(project)
    assert main("analyze", model) == 0
    out = capsys.readouterr().out
    assert len([line for line in out.splitlines() if line.startswith("  #")]) == 15
    assert "... and " in out
    assert "more; write the full report with -o report.md" in out


def test_summary_sanitises_control_characters(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = write(
        project / "evil.py",
        """\
        import threatgraph as tg
        tm = tg.ThreatModel("Evil\\x1b[31m model\\nsecond line")
        with tm.boundary("Internet", trust="untrusted"):
            u = tm.add(tg.Actor("User\\x07"))
        with tm.boundary("VPC", trust="internal"):
            llm = tm.add(tg.LLM("LLM\\r\\nInjected: line"))
        tm.flow(u, llm, tg.Data("Prompt"))
        """,
    )
    assert main("analyze", model) == 0
    out = capsys.readouterr().out
    assert "\x1b" not in out
    assert "\x07" not in out
    assert "\r" not in out
    assert not any(line.startswith("Injected") for line in out.splitlines())


# --------------------------------------------------------------------------- formats


@pytest.mark.parametrize(
    ("fmt", "check"),
    [
        ("md", lambda text: text.startswith("# Threat model: CLI test model")),
        ("html", lambda text: text.startswith("<!DOCTYPE html>")),
        ("json", lambda text: json.loads(text)["summary"]["open"] > 0),
        ("sarif", lambda text: json.loads(text)["version"] == "2.1.0"),
        ("otm", lambda text: json.loads(text)["otmVersion"] == "0.2.0"),
    ],
)
def test_formats_to_stdout(
    project: Path, capsys: pytest.CaptureFixture[str], fmt: str, check: Any
) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", fmt) == 0
    assert check(capsys.readouterr().out)


@pytest.mark.parametrize(
    ("name", "marker"),
    [
        ("report.md", "# Threat model:"),
        ("report.markdown", "# Threat model:"),
        ("report.html", "<!DOCTYPE html>"),
        ("report.json", '"findings"'),
        ("report.sarif", '"runs"'),
        ("model.otm.json", '"otmVersion"'),
        ("report.txt", "# Threat model:"),
    ],
)
def test_output_format_from_the_suffix(
    project: Path, capsys: pytest.CaptureFixture[str], name: str, marker: str
) -> None:
    model = write_model(project)
    out = project / "out" / name
    out.parent.mkdir()
    assert main("analyze", model, "-o", out) == 0
    assert marker in out.read_text("utf-8")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"wrote {out}" in captured.err


def test_explicit_format_wins_over_the_suffix(project: Path) -> None:
    model = write_model(project)
    out = project / "report.json"
    assert main("analyze", model, "--format", "sarif", "-o", out) == 0
    assert _json_report(out)["version"] == "2.1.0"


def test_sarif_points_at_the_model_file(project: Path) -> None:
    model = write_model(project)
    out = project / "r.sarif"
    assert main("analyze", "threat_model.py", "-o", out) == 0
    log = _json_report(out)
    uris = {
        loc["physicalLocation"]["artifactLocation"]["uri"]
        for r in log["runs"][0]["results"]
        for loc in r["locations"]
        if "physicalLocation" in loc
    }
    assert uris == {model.name}


def test_group_by(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", "md", "--group-by", "element") == 0
    assert "## 5. Threats by element" in capsys.readouterr().out
    assert main("analyze", model, "--format", "html", "--group-by", "stride") == 0
    assert "5. Threats by STRIDE category" in capsys.readouterr().out


def test_output_is_deterministic(project: Path) -> None:
    model = write_model(project)
    for fmt in ("md", "html", "json", "sarif", "otm"):
        a, b = project / f"a.{fmt}", project / f"b.{fmt}"
        assert main("analyze", model, "--format", fmt, "-o", a) == 0
        assert main("analyze", model, "--format", fmt, "-o", b) == 0
        assert a.read_bytes() == b.read_bytes(), fmt


def test_targets_of_every_kind(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write_model(project)
    assert main("analyze", "threat_model.py:tm") == 0
    (project / "pkg").mkdir()
    (project / "pkg" / "__init__.py").write_text("", "utf-8")
    write_model(project / "pkg", "model_mod.py")
    assert main("analyze", "pkg.model_mod:tm") == 0
    assert main("analyze", "threat_model.py", "--format", "otm", "-o", "m.otm.json") == 0
    assert main("analyze", "m.otm.json") == 0
    capsys.readouterr()


# --------------------------------------------------------------------------- gate


def test_fail_on(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "--fail-on", "critical") == 0
    capsys.readouterr()
    assert main("analyze", model, "--fail-on", "high") == 1
    err = capsys.readouterr().err
    assert "open finding(s) at or above high (--fail-on high)" in err
    assert "Cleartext channel across a trust boundary" in err


@pytest.mark.parametrize(
    ("gate", "code"),
    [((), 0), (("--fail-on", "high"), 1), (("--fail-on", "none"), 0), (("--fail-on", "info"), 1)],
)
def test_an_empty_model_never_passes_a_gate(
    project: Path, capsys: pytest.CaptureFixture[str], gate: tuple[str, ...], code: int
) -> None:
    """Day-of-real-use review: a model file that declares nothing (every tm.add lost in an
    edit) analysed to no findings and passed --fail-on high. It still analyses, and
    says so, but a gate does not pass it."""
    model = write(project / "empty.py", "import threatgraph as tg\ntm = tg.ThreatModel('Empty')\n")
    assert main("analyze", model, *gate) == code
    captured = capsys.readouterr()
    assert "declares no elements, so nothing was analysed" in captured.err
    assert ("the gate does not pass an empty model" in captured.err) == (code == 1)
    assert "The model declares no elements" in captured.out  # the report's note


def test_an_empty_models_gate_follows_the_baseline_and_fail_on_none(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A baseline turns the gate on, and --fail-on none turns it off, with a baseline
    too: as for findings."""
    model = write(project / "empty.py", "import threatgraph as tg\ntm = tg.ThreatModel('Empty')\n")
    assert main("analyze", model, "--format", "json", "-o", "base.json") == 0
    assert main("analyze", model, "--baseline", "base.json") == 1
    assert main("analyze", model, "--baseline", "base.json", "--fail-on", "none") == 0
    capsys.readouterr()


def test_fail_on_with_output_file(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "-o", "r.sarif", "--fail-on", "medium") == 1
    assert (project / "r.sarif").is_file()


def test_bad_fail_on_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    with pytest.raises(SystemExit) as info:
        main("analyze", model, "--fail-on", "severe")
    assert info.value.code == 2
    assert "'severe' is not a severity" in capsys.readouterr().err


def test_baseline_fails_only_on_new_findings(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = write_model(project)
    assert main("analyze", base, "--format", "json", "-o", "baseline.json") == 0
    # same model: nothing new, even with a low threshold
    assert main("analyze", base, "--baseline", "baseline.json", "--fail-on", "low") == 0
    assert main("analyze", base, "--baseline", "baseline.json") == 0
    capsys.readouterr()
    # the agent adds critical findings
    grown = write_model(project, "grown.py", agent=True)
    assert main("analyze", grown, "--baseline", "baseline.json", "--fail-on", "critical") == 1
    err = capsys.readouterr().err
    assert "at or above critical new since the baseline" in err
    assert "A steered agent acts through its tools" in err
    # without --fail-on, any new open finding fails
    assert main("analyze", grown, "--baseline", "baseline.json") == 1
    assert "new since the baseline" in capsys.readouterr().err


def test_baseline_counts_findings_that_are_open_again(project: Path) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", "json", "-o", "baseline.json") == 0
    data = _json_report(project / "baseline.json")
    # pretend every finding was accepted in the baseline: all are newly open now
    for f in data["findings"]:
        f["status"] = "accepted"
    (project / "accepted.json").write_text(json.dumps(data), "utf-8")
    assert main("analyze", model, "--baseline", "accepted.json", "--fail-on", "high") == 1


def test_bad_baseline_is_a_load_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    (project / "bad.json").write_text('{"findings": 3}', "utf-8")
    assert main("analyze", model, "--baseline", "bad.json") == 2
    err = capsys.readouterr().err
    assert err.startswith("threatgraph: error: cannot load the report from bad.json")
    assert "Traceback" not in err


def test_incomplete_analysis_exits_1(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    model = write_model(project)
    real = threatgraph.analysis.analyze

    def broken(*args: Any, **kwargs: Any) -> Any:
        report = real(*args, **kwargs)
        return attrs.evolve(
            report, errors=(RuleError("x/broken", "element:chat-api", "KeyError: 'k'"),)
        )

    monkeypatch.setattr(threatgraph.analysis, "analyze", broken)
    assert main("analyze", model) == 1
    captured = capsys.readouterr()
    assert "INCOMPLETE: 1 rule error(s)" in captured.out
    assert "the analysis is incomplete: 1 rule error(s)" in captured.err
    assert "x/broken" in captured.err


# --------------------------------------------------------------------------- register


def _accept_all(project: Path, model: Path, expires: str = "2026-12-31") -> Path:
    assert main("analyze", model, "--format", "json", "-o", "r.json") == 0
    ids = [f["id"] for f in _json_report(project / "r.json")["findings"] if f["status"] == "open"]
    entries = "".join(
        f'[findings.{fid}]\nstatus = "accepted"\nowner = "sec"\nreason = "ok"\n'
        f"expires = {expires}\n\n"
        for fid in ids
    )
    return write(
        project / "register.toml",
        entries
        + '[findings.TG-000000000000]\nstatus = "accepted"\nowner = "x"\nreason = "gone"\nexpires = 2030-01-01\n',
    )


def test_register_accepts_findings(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    reg = _accept_all(project, model)
    capsys.readouterr()
    assert (
        main("analyze", model, "--register", reg, "--today", "2026-06-01", "--fail-on", "info") == 0
    )
    out = capsys.readouterr().out
    assert " 0 open" in out
    assert "accepted" in out
    assert "1 orphaned entry (no such finding: TG-000000000000; remove it from the register)" in out
    assert main("analyze", model, "--register", reg, "--today", "2026-06-01", "--format", "md") == 0
    md = capsys.readouterr().out
    assert "| accepted | sec | 2026-12-31 |" in md


def test_expired_register_entries_reopen(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    reg = _accept_all(project, model, expires="2026-01-31")
    capsys.readouterr()
    assert (
        main("analyze", model, "--register", reg, "--today", "2026-02-01", "--fail-on", "high") == 1
    )
    out = capsys.readouterr().out
    assert "expired entries (findings open again: TG-" in out


def test_bad_today_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    with pytest.raises(SystemExit) as info:
        main("analyze", model, "--today", "31/12/2026")
    assert info.value.code == 2
    assert "is not a date; write it as YYYY-MM-DD" in capsys.readouterr().err


def test_bad_register_is_one_clear_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    reg = write(project / "reg.toml", '[findings.TG-aaaaaaaaaaaa]\nstatus = "acepted"\n')
    assert main("analyze", model, "--register", reg) == 2
    err = capsys.readouterr().err
    assert err.startswith("threatgraph: error: risk register")
    assert "did you mean 'accepted'?" in err
    assert "Traceback" not in err


# --------------------------------------------------------------------------- config


def test_config_from_pyproject(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "models").mkdir()
    write_model(project / "models")
    write(
        project / "pyproject.toml",
        """\
        [project]
        name = "x"

        [tool.threatgraph]
        model = "models/threat_model.py"
        fail-on = "high"
        report = "build/report.md"
        """,
    )
    assert main("analyze") == 1  # the config's model and fail-on
    capsys.readouterr()
    assert main("analyze", "--fail-on", "critical") == 0  # the flag wins
    capsys.readouterr()
    # found from a subdirectory too, with paths relative to the pyproject
    sub = project / "src" / "deep"
    sub.mkdir(parents=True)
    os.chdir(sub)
    assert main("analyze", "--fail-on", "critical") == 0
    assert "CLI test model" in capsys.readouterr().out


def test_config_register_and_baseline(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "--format", "json", "-o", "baseline.json") == 0
    reg = _accept_all(project, model)
    write(
        project / "pyproject.toml",
        f"""\
        [tool.threatgraph]
        model = "threat_model.py"
        fail_on = "info"
        register = "{reg.name}"
        baseline = "baseline.json"
        """,
    )
    capsys.readouterr()
    assert main("analyze", "--today", "2026-06-01") == 0
    assert Register.load(reg)  # the file the config points at is valid


def test_config_errors(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(project / "pyproject.toml", '[tool.threatgraph]\nfail-onn = "high"\nmodel = 3\n')
    assert main("analyze") == 2
    err = capsys.readouterr().err
    assert (
        "tool.threatgraph.fail-onn: is not a threatgraph setting (did you mean 'fail-on'?)" in err
    )
    assert "tool.threatgraph.model: must be a non-empty string" in err
    write(project / "pyproject.toml", '[tool.threatgraph]\nfail-on = "extreme"\n')
    assert main("analyze", "x.py") == 2
    assert "fail-on" in capsys.readouterr().err
    write(project / "pyproject.toml", "[tool.threatgraph\n")
    assert main("analyze", "x.py") == 2
    assert "cannot read the threatgraph settings" in capsys.readouterr().err
    # the pytest plugin's setting is checked here too: the same reader serves both
    write(project / "pyproject.toml", "[tool.threatgraph]\nreport = [1]\n")
    assert main("analyze", "x.py") == 2
    assert "tool.threatgraph.report: must be a path or a list of paths" in capsys.readouterr().err


def test_no_target_anywhere(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main("analyze") == 2
    err = capsys.readouterr().err
    assert "no TARGET given and no model in [tool.threatgraph]" in err


# --------------------------------------------------------------------------- errors, help


def test_bad_target_is_one_line_without_traceback(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main("analyze", "missing.py") == 2
    err = capsys.readouterr().err
    assert err == "threatgraph: error: no such file: missing.py\n"


def test_debug_shows_the_traceback(project: Path) -> None:
    from threatgraph.errors import TargetError

    with pytest.raises(TargetError):
        main("analyze", "missing.py", "--debug")
    with pytest.raises(TargetError):
        main("--debug", "analyze", "missing.py")


def test_invalid_model_is_exit_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write(
        project / "bad.py",
        """\
        import threatgraph as tg
        tm = tg.ThreatModel("bad")
        a = tm.add(tg.Service("A"))
        tm.flow(a, "nowhere")
        """,
    )
    assert main("analyze", model) == 2
    assert "never added to the model" in capsys.readouterr().err


def test_unknown_format_is_a_usage_error(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main("analyze", "x.py", "--format", "pdf")
    assert info.value.code == 2


def test_help_has_examples_and_exit_codes(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main("analyze", "--help")
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert "examples:" in out
    assert "exit codes:" in out
    for option in (
        "--format",
        "--output",
        "--fail-on",
        "--baseline",
        "--register",
        "--today",
        "--group-by",
    ):
        assert option in out


def test_unwritable_output_is_exit_2(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    model = write_model(project)
    assert main("analyze", model, "-o", project / "no" / "such" / "dir" / "r.md") == 2
    assert "No such file or directory" in capsys.readouterr().err


# --------------------------------------------------------------------------- console script


def test_console_script(project: Path) -> None:
    script = shutil.which("threatgraph", path=str(Path(sys.executable).parent))
    if script is None:
        pytest.skip("the threatgraph console script is not installed next to this Python")
    write_model(project)
    done = subprocess.run(
        [script, "analyze", "threat_model.py", "--format", "sarif", "--fail-on", "high"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 1
    assert json.loads(done.stdout)["runs"][0]["results"]
    assert "at or above high" in done.stderr
    missing = subprocess.run(
        [script, "analyze", "nope.py"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert missing.returncode == 2
    assert missing.stderr == "threatgraph: error: no such file: nope.py\n"


def test_golden_summary() -> None:
    from _golden import check_golden
    from _report_example import build_report
    from threatgraph.cli.analyze import summary

    check_golden("example.summary.txt", summary(build_report()))


def test_sarif_over_the_cap_warns_and_min_severity_trims(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import threatgraph.export.sarif as sarif

    model = write_model(project, agent=True)
    out = project / "r.sarif"
    assert main("analyze", model, "-o", out) == 0
    everything = len(_json_report(out)["runs"][0]["results"])
    assert everything >= 2
    capsys.readouterr()
    monkeypatch.setattr(sarif, "MAX_RESULTS", 1)
    assert main("analyze", model, "-o", out) == 0
    err = capsys.readouterr().err
    assert f"{everything} open findings" in err
    assert "--min-severity" in err
    assert len(_json_report(out)["runs"][0]["results"]) == 1
    monkeypatch.undo()
    assert main("analyze", model, "-o", out, "--min-severity", "critical") == 0
    kept = _json_report(out)["runs"][0]["results"]
    assert all(r["level"] == "error" for r in kept)
    assert len(kept) < everything


def test_a_report_that_fails_half_way_leaves_the_old_file_alone(
    project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Reports are streamed into a temporary file and put in place only when complete."""
    import threatgraph.export.json as export_json
    from threatgraph.errors import RenderError

    model = write_model(project)
    out = project / "report.json"
    assert main("analyze", model, "-o", out) == 0
    good = out.read_bytes()

    def half(report: Any, fp: Any) -> None:
        fp.write('{\n  "threatgraph": ')
        raise RenderError("disk full, say")

    monkeypatch.setattr(export_json, "write_report_json", half)
    assert main("analyze", model, "-o", out) == 2
    assert out.read_bytes() == good
    assert sorted(p.name for p in project.iterdir()) == sorted(["report.json", model.name])
