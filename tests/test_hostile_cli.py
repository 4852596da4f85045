"""The command line against hostile or careless input: what a model prints, ``-o`` paths
that cannot be written, exceptions that cannot be shown, control characters in names,
a model given to ``--baseline``, taxonomy ids that name no entry, null OTM references.

Every failure is one line per problem on standard error and exit 2 (exit 1 is the CI
gate's "findings over the threshold"); standard output stays the document asked for."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import threatgraph.cli.rules
from _cli_models import main, write, write_model
from threatgraph.cli._term import inert

RAW_CONTROLS = ("\x1b", "\x07", "\x9b", "\x7f", "\u202e", "\u2066", "\r")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """An empty project folder as the current directory, holding a small model."""
    monkeypatch.chdir(tmp_path)
    write_model(tmp_path)
    return tmp_path


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = main(*argv)
    out, err = capsys.readouterr()
    return code, out, err


def assert_inert(text: str) -> None:
    for ch in RAW_CONTROLS:
        assert ch not in text, f"raw {ch!r} reached the terminal: {text!r}"


# --------------------------------------------------------------------------- 1. model prints


PRINTS = 'print("model loaded")\n'


@pytest.mark.parametrize(
    ("argv", "parse"),
    [
        (("analyze", "--format", "json"), json.loads),
        (("analyze", "--format", "sarif"), json.loads),
        (("export", "--format", "json"), json.loads),
        (("render", "--format", "dot"), lambda out: out.startswith("digraph")),
        (("render", "--format", "mermaid"), lambda out: "flowchart" in out),
    ],
)
def test_what_a_model_prints_goes_to_stderr_not_into_the_output(
    project: Path, capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], parse: Any
) -> None:
    model = project / "threat_model.py"
    model.write_text(model.read_text("utf-8") + PRINTS, encoding="utf-8")
    code, out, err = run(capsys, argv[0], "threat_model.py", *argv[1:])
    assert code == 0, err
    assert "model loaded" not in out
    assert parse(out)
    assert "model loaded" in err


def test_what_a_model_factory_prints_goes_to_stderr(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        project / "factory.py",
        """\
        import threatgraph as tg

        def make():
            print("building the model")
            tm = tg.ThreatModel("Factory")
            tm.add(tg.Service("Svc"))
            return tm
        """,
    )
    code, out, err = run(capsys, "export", "factory.py:make", "--format", "json")
    assert code == 0, err
    assert json.loads(out)["name"] == "Factory"
    assert "building the model" in err


def test_a_printing_model_leaves_the_json_file_of_a_real_process_clean(project: Path) -> None:
    model = project / "threat_model.py"
    model.write_text(model.read_text("utf-8") + PRINTS, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "threatgraph", "analyze", "threat_model.py", "--format", "json"],
        cwd=project,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["model"]["name"] == "CLI test model"
    assert "model loaded" in done.stderr


# --------------------------------------------------------------------------- 2, 3. -o paths

COMMANDS = [
    ("analyze", "threat_model.py"),
    ("render", "threat_model.py", "--format", "dot"),
    ("export", "threat_model.py", "--format", "json"),
    ("diff", "threat_model.py", "threat_model.py"),
    ("rules",),
]


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_output_into_a_missing_directory_names_it(
    project: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    code, _, err = run(capsys, *command, "-o", "nodir/sub/out.txt")
    assert code == 2
    assert err.count("\n") == 1
    assert err.startswith("threatgraph: error: cannot write nodir/sub/out.txt: ")
    assert "No such file or directory" in err
    assert "the directory nodir/sub does not exist" in err
    assert "mkdir -p nodir/sub" in err
    assert "threatgraph-tmp" not in err
    assert not (project / "nodir").exists()


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
def test_output_under_a_file_says_that_it_is_a_file(
    project: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...]
) -> None:
    code, _, err = run(capsys, *command, "-o", "threat_model.py/out.json")
    assert code == 2
    assert err == (
        "threatgraph: error: cannot write threat_model.py/out.json: "
        "threat_model.py is a file, not a directory\n"
    )


@pytest.mark.parametrize("command", COMMANDS, ids=[c[0] for c in COMMANDS])
@pytest.mark.parametrize("output", ["/", ".", "..", "sub", "sub/", "new/"])
def test_output_that_is_a_directory_is_exit_2_in_one_line(
    project: Path, capsys: pytest.CaptureFixture[str], command: tuple[str, ...], output: str
) -> None:
    (project / "sub").mkdir()
    code, out, err = run(capsys, *command, "-o", output)
    assert code == 2
    assert out == ""
    assert err.startswith(f"threatgraph: error: -o {output!r} is a directory, not a file; ")
    assert "such as -o " in err
    assert err.count("\n") == 1
    assert not (project / "new").exists()


def test_a_failed_write_keeps_the_old_report_and_leaves_no_temporary_file(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "report.md").write_text("the good report\n", encoding="utf-8")

    def broken(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("threatgraph.report.markdown.write_markdown", broken)
    code, _, err = run(capsys, "analyze", "threat_model.py", "-o", "report.md")
    assert code == 2
    assert err == "threatgraph: error: cannot write report.md: no space left on device\n"
    assert (project / "report.md").read_text("utf-8") == "the good report\n"
    assert sorted(p.name for p in project.iterdir()) == ["report.md", "threat_model.py"]


def test_output_to_a_device_is_written_in_place(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if not Path("/dev/null").exists():
        pytest.skip("no /dev/null")
    code, _, err = run(capsys, "analyze", "threat_model.py", "-o", "/dev/null", "-f", "json")
    assert code == 0, err
    assert err.startswith("threatgraph: wrote /dev/null")


# --------------------------------------------------------------------------- 4. exceptions


def test_an_exception_whose_str_raises_is_one_line_with_its_type(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        project / "strfails.py",
        """\
        class E(Exception):
            def __str__(self):
                raise ValueError("str fails")

        raise E()
        """,
    )
    for command in (("analyze",), ("check",), ("render",), ("export", "-f", "json")):
        code, _, err = run(capsys, command[0], "strfails.py", *command[1:])
        assert code == 2, command
        assert "Traceback" not in err
        assert err.count("\n") == 1, err
        assert "running strfails.py failed at line 5: E: <E>" in err


def test_sys_exit_with_a_code_whose_repr_raises_is_one_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(
        project / "exits.py",
        """\
        import sys

        class Code:
            def __repr__(self):
                raise RuntimeError("repr fails")

        sys.exit(Code())
        """,
    )
    code, _, err = run(capsys, "analyze", "exits.py")
    assert code == 2
    assert err == (
        "threatgraph: error: running exits.py at line 7 called sys.exit(<Code>); a model must "
        "not exit, "
        "threatgraph decides the exit code (remove the call)\n"
    )


def test_a_bug_is_one_line_and_exit_2_never_1(
    project: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(_args: object) -> int:
        raise RuntimeError("unexpected\nsecond line")

    monkeypatch.setattr(threatgraph.cli.rules, "run", crash)
    code, _, err = run(capsys, "rules")
    assert code == 2
    assert err == (
        "threatgraph: error: unexpected RuntimeError: unexpected\\nsecond line "
        "(a threatgraph bug: rerun with --debug for the traceback, and report it)\n"
    )
    with pytest.raises(RuntimeError):
        main("--debug", "rules")


# --------------------------------------------------------------------------- 5. terminal

ESCAPES_MODEL = """\
import threatgraph as tg

tm = tg.ThreatModel("T")
tm.add(tg.LLM("Bot\\x1b[2J\\x1b[32m", id="x"))
tm.add(tg.Service("Svc\\n  - element 'fake': forged problem line\\u202e", id="x"))
"""


def test_inert_escapes_every_control_and_bidi_character() -> None:
    assert inert("a\x1b[2Jb") == "a\\x1b[2Jb"
    assert inert("one\ntwo\rthree\tfour") == "one\\ntwo\\rthree\\tfour"
    assert inert("\x00\x07\x7f\x80\x9b\x9f") == "\\x00\\x07\\x7f\\x80\\x9b\\x9f"
    assert inert("".join(map(chr, range(0x202A, 0x202F)))) == (
        "\\u202a\\u202b\\u202c\\u202d\\u202e"
    )
    assert inert("".join(map(chr, range(0x2066, 0x206A)))) == "\\u2066\\u2067\\u2068\\u2069"
    assert inert("line\u2028sep") == "line\\u2028sep"
    assert inert("café — ok ✓ \\x1b") == "café — ok ✓ \\x1b"  # printable text is kept
    assert inert(inert("\x1b\n")) == inert("\x1b\n")


def test_check_keeps_each_problem_on_one_inert_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "esc.py").write_text(ESCAPES_MODEL, encoding="utf-8")
    code, out, err = run(capsys, "check", "esc.py")
    assert code == 2
    assert out == ""
    assert_inert(err)
    lines = err.splitlines()
    assert len(lines) == 2  # the headline and the one real problem: nothing forged
    assert all(line.startswith("esc.py: ") for line in lines)
    assert "Bot\\x1b[2J\\x1b[32m" in lines[1]
    assert "Svc\\n  - element 'fake': forged problem line\\u202e" in lines[1]


def test_analyze_error_keeps_each_problem_on_one_inert_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "esc.py").write_text(ESCAPES_MODEL, encoding="utf-8")
    code, _, err = run(capsys, "analyze", "esc.py")
    assert code == 2
    assert_inert(err)
    lines = err.splitlines()
    assert lines[0] == "threatgraph: error: model 'T' has 1 problem(s)"
    assert len(lines) == 2
    assert lines[1].startswith("    - element 'x'.id: ")


def test_an_exception_message_with_escapes_stays_one_inert_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "boom.py").write_text(
        'raise ValueError("boom\\n\\x1b[31mforged\\u202e")\n', encoding="utf-8"
    )
    for command in ("analyze", "check"):
        code, _, err = run(capsys, command, "boom.py")
        assert code == 2
        assert_inert(err)
        assert err.count("\n") == 1, err
        assert "ValueError: boom\\n\\x1b[31mforged\\u202e" in err


def test_a_huge_exception_message_is_cut(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (project / "huge.py").write_text('raise ValueError("x" * 1_000_000)\n', encoding="utf-8")
    code, _, err = run(capsys, "analyze", "huge.py")
    assert code == 2
    assert len(err) < 3000
    assert "more characters" in err


HOSTILE_NAMES = """\
import threatgraph as tg

tm = tg.ThreatModel("Sys\\x1b]0;owned\\x07", profile="high")
prompt = tg.Data("Prompt", sensitivity="pii")
with tm.boundary("Internet", trust="untrusted"):
    user = tm.add(tg.Actor("Customer"))
with tm.boundary("VPC", trust="internal"):
    api = tm.add(tg.Endpoint("API\\x1b[2J\\u202egnp.exe"))
tm.flow(user, api, prompt, protocol="http")
"""


def test_analyze_summary_and_gate_lines_are_inert(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "names.py").write_text(HOSTILE_NAMES, encoding="utf-8")
    code, out, err = run(capsys, "analyze", "names.py", "--fail-on", "info")
    assert code == 1
    assert_inert(out)
    assert_inert(err)
    assert out.startswith("Sys\\x1b]0;owned\\x07: risk profile high")
    assert "API\\x1b[2J\\u202egnp.exe" in out
    finding_lines = [line for line in err.splitlines() if line.startswith("  #")]
    assert finding_lines
    assert any("API\\x1b[2J\\u202egnp.exe" in line for line in finding_lines)


def test_usage_errors_quote_arguments_inertly(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main("rules", "\x1b[2J\u202eboom")
    assert info.value.code == 2
    err = capsys.readouterr().err
    assert_inert(err)
    assert err.endswith("threatgraph: error: unrecognized arguments: \\x1b[2J\\u202eboom\n")


def test_check_ok_line_escapes_the_target_name(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    name = "odd\x1b[1mname.py"
    (project / name).write_text((project / "threat_model.py").read_text("utf-8"), "utf-8")
    code, out, err = run(capsys, "check", name)
    assert code == 0, err
    assert out.startswith("odd\\x1b[1mname.py: ok (")
    assert_inert(out)


# --------------------------------------------------------------------------- 6. --baseline


@pytest.mark.parametrize("baseline", ["threat_model.py", "threat_model.py:tm"])
def test_a_python_model_given_to_baseline_says_what_it_is(
    project: Path, capsys: pytest.CaptureFixture[str], baseline: str
) -> None:
    code, out, err = run(capsys, "analyze", "threat_model.py", "--baseline", baseline)
    assert code == 2
    assert out == ""
    assert err == (
        f"threatgraph: error: cannot load the report from {baseline}: is a Python model "
        "file, not a report (write a report from it with: threatgraph analyze "
        f"{baseline} --format json -o baseline.json, and give that to --baseline)\n"
    )


def test_a_report_still_works_as_baseline(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(capsys, "analyze", "threat_model.py", "-f", "json", "-o", "base.json")[0] == 0
    code, _, err = run(
        capsys, "analyze", "threat_model.py", "--baseline", "base.json", "--fail-on", "info"
    )
    assert code == 0, err


# --------------------------------------------------------------------------- 7. rules


@pytest.mark.parametrize(
    ("option", "value", "expected"),
    [
        (
            "--owasp",
            "LLM11:2025",
            "'LLM11:2025' is not an entry of OWASP LLM Top 10 2025 (its entries run from "
            "LLM01:2025 to LLM10:2025), and no rule cites it; did you mean 'LLM",
        ),
        ("--atlas", "AML.T9999", "'AML.T9999' is not an entry of MITRE ATLAS, and no rule"),
        ("--reference", "ML12:2023", "(its entries run from ML01:2023 to ML10:2023)"),
        ("--reference", "AGT-T40", "(its entries run from AGT-T1 to AGT-T17)"),
        ("--owasp", "ASI11:2026", "(its entries run from ASI01:2026 to ASI10:2026)"),
    ],
)
def test_rules_with_an_id_that_names_no_entry_exits_2(
    capsys: pytest.CaptureFixture[str], option: str, value: str, expected: str
) -> None:
    code, out, err = run(capsys, "rules", option, value)
    assert code == 2
    assert out == ""
    assert err.startswith("threatgraph: error: ")
    assert expected in err
    assert err.count("\n") == 1


@pytest.mark.parametrize("value", ["LLM01:2025", " LLM01:2025 ", "AML.T0051", "CWE-1427"])
def test_rules_with_a_cited_id_lists_its_rules(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    code, out, _ = run(capsys, "rules", "--reference", value)
    assert code == 0
    assert not out.splitlines()[-1].startswith("0 of ")


def test_rules_with_a_real_entry_that_no_rule_cites_lists_none(
    capsys: pytest.CaptureFixture[str],
) -> None:
    code, out, _ = run(capsys, "rules", "--atlas", "AML.M0034")
    assert code == 0
    assert out.splitlines()[-1].startswith("0 of ")


# --------------------------------------------------------------------------- 8. OTM


def _otm(**parts: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "otmVersion": "0.2.0",
        "project": {"name": "P", "id": "p"},
        "assets": [
            {
                "id": "a",
                "name": "A",
                "risk": {"confidentiality": 50, "integrity": 50, "availability": 50},
            }
        ],
        "trustZones": [{"id": "z", "name": "Z", "risk": {"trustRating": 50}}],
        "components": [
            {"id": "c1", "name": "C1", "type": "database", "parent": {"trustZone": "z"}},
            {"id": "c2", "name": "C2", "type": "llm", "parent": {"trustZone": "z"}},
        ],
        "dataflows": [],
    }
    doc.update(parts)
    return doc


def _check_otm(project: Path, capsys: pytest.CaptureFixture[str], doc: Any) -> list[str]:
    (project / "m.otm").write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "check", "m.otm")
    assert code == 2, out
    return err.splitlines()


def test_otm_null_asset_references_are_errors_at_their_paths(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _otm()
    doc["components"][0]["assets"] = {"stored": [None], "processed": ["a", None]}
    doc["components"][1]["attributes"] = {
        "threatgraph": {"kind": "data_store", "properties": {"stores": [None]}}
    }
    doc["dataflows"] = [
        {"id": "f", "name": "F", "source": "c1", "destination": "c2", "assets": [None]}
    ]
    lines = _check_otm(project, capsys, doc)
    assert lines[0] == "m.otm: cannot load the OTM document m.otm: 4 problem(s)"
    null = ": is null, not an asset id (write the id of an asset, or remove the entry)"
    assert sorted(lines[1:]) == sorted(
        f"m.otm: {where}{null}"
        for where in (
            "$.components[0].assets.processed[1]",
            "$.components[0].assets.stored[0]",
            "$.components[1].attributes.threatgraph.properties.stores[0]",
            "$.dataflows[0].assets[0]",
        )
    )


def test_otm_valid_references_still_load(project: Path, capsys: pytest.CaptureFixture[str]) -> None:
    doc = _otm()
    doc["components"][0]["assets"] = {"stored": ["a"]}
    doc["dataflows"] = [
        {"id": "f", "name": "F", "source": "c1", "destination": "c2", "assets": ["a"]}
    ]
    (project / "m.otm").write_text(json.dumps(doc), encoding="utf-8")
    code, out, err = run(capsys, "check", "m.otm")
    assert code == 0, err
    assert out == "m.otm: ok (2 elements, 1 flows, 1 boundaries)\n"


def test_otm_broken_dataflow_still_has_its_references_checked(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    doc = _otm(
        dataflows=[
            {"id": "f1", "source": "c1", "destination": "c9", "assets": ["b", None]},
            {"id": "f2", "name": 7, "source": 3, "destination": "c2"},
        ]
    )
    lines = _check_otm(project, capsys, doc)
    assert lines[0] == "m.otm: cannot load the OTM document m.otm: 6 problem(s)"
    problems = lines[1:]
    assert 'm.otm: $.dataflows[0].name: is required (add "name": "...")' in problems
    assert any(
        line.startswith("m.otm: $.dataflows[0].destination: names a component that does not")
        for line in problems
    )
    assert any(
        line.startswith("m.otm: $.dataflows[0].assets[0]: names an asset") for line in problems
    )
    assert any(line.startswith("m.otm: $.dataflows[0].assets[1]: is null") for line in problems)
    # a malformed reference is reported once, by the shape, not again as a missing component
    assert sum(line.startswith("m.otm: $.dataflows[1].source") for line in problems) == 1
    assert any(line.startswith("m.otm: $.dataflows[1].name") for line in problems)


# --------------------------------------------------------------------------- later fixes


def test_min_severity_narrows_the_terminal_list_but_not_the_counts(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, everything, _ = run(capsys, "analyze", "threat_model.py")
    assert code == 0
    listed = [line for line in everything.splitlines() if line.startswith("  #")]
    assert any("MEDIUM" in line or "LOW" in line for line in listed), everything
    code, out, _ = run(capsys, "analyze", "threat_model.py", "--min-severity", "high")
    assert code == 0
    assert "Open findings at or above high" in out
    shown = [line for line in out.splitlines() if line.startswith("  #")]
    assert shown == [line for line in listed if "HIGH" in line or "CRITICAL" in line]
    counts = [line for line in out.splitlines() if " findings: " in line]
    assert counts == [line for line in everything.splitlines() if " findings: " in line]


def test_a_misspelt_short_phase_name_gets_the_short_name_suggested(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, err = run(capsys, "render", "threat_model.py", "--phase", "inferance")
    assert code == 2
    assert "did you mean 'inference'?" in err


BAD_VALUE = (
    "import threatgraph as tg\n"
    'tm = tg.ThreatModel("E")\n'
    'with tm.boundary("VPC", trust="internal"):\n'
    '    a = tm.add(tg.Agent("Planner", autonomy="autonomus"))\n'
)


def test_a_bad_value_in_a_model_file_says_its_line(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "e1.py").write_text(BAD_VALUE, encoding="utf-8")
    code, _, err = run(capsys, "check", "e1.py")
    assert code == 2
    # the line, the element being built and its field
    assert "e1.py: line 4: Agent 'Planner': 'autonomy' must be" in err
    assert "did you mean 'autonomous'?" in err


def test_a_bad_value_given_in_a_helper_module_names_the_helper_too(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # the model calls a helper of its own that builds the element with the bad value
    (project / "shapes.py").write_text(
        "import threatgraph as tg\n"
        "\n"
        "def planner(tm):\n"
        '    return tm.add(tg.Agent("Planner", autonomy="autonomus"))\n',
        encoding="utf-8",
    )
    (project / "e2.py").write_text(
        'import threatgraph as tg\nimport shapes\ntm = tg.ThreatModel("E")\nshapes.planner(tm)\n',
        encoding="utf-8",
    )
    code, _, err = run(capsys, "check", "e2.py")
    assert code == 2
    assert "e2.py: line 4 (shapes.py: line 4): Agent 'Planner': 'autonomy' must be" in err


def test_debug_check_shows_the_traceback_of_model_code(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (project / "e1.py").write_text(BAD_VALUE, encoding="utf-8")
    from threatgraph.errors import InvalidValueError

    with pytest.raises(InvalidValueError):
        main("--debug", "check", "e1.py")


def test_render_counts_the_findings_it_badges(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, _, everything = run(capsys, "render", "threat_model.py", "-o", "all.dot")
    assert code == 0
    code, _, high = run(
        capsys, "render", "threat_model.py", "-o", "high.dot", "--min-severity", "high"
    )
    assert code == 0
    assert "open finding(s) at or above high)" in high
    count = int(high.split("(dot diagram, ")[1].split(" ")[0])
    total = int(everything.split("(dot diagram, ")[1].split(" ")[0])
    assert count < total  # the model has findings below high
