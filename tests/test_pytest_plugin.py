"""The pytest plugin: fixture, options, report writing and failure output (with pytester)."""

from __future__ import annotations

import importlib.metadata
import importlib.util
import json
import subprocess
import sys

import pytest

from _plugin_models import MODEL

pytest_plugins = ["pytester"]

# Runs that analyse the model and write reports use a subprocess: an in-process
# run drops the modules it imported when it ends, and the next run would mix
# classes from two imports of the same module.


USES_FIXTURE = """
import threatgraph as tg

def test_fixture(threat_model):
    assert isinstance(threat_model, tg.System)
    assert threat_model.name == "Plugin demo"
    assert len(threat_model.all_flows) == 2

def test_same_object(threat_model, request):
    assert request.getfixturevalue("threat_model") is threat_model
"""

PYPROJECT = """
[tool.threatgraph]
model = "demo_pkg.threat_model:tm"
"""


def make_project(pytester: pytest.Pytester, pyproject: str = PYPROJECT) -> None:
    pkg = pytester.mkpydir("demo_pkg")
    (pkg / "threat_model.py").write_text(MODEL, encoding="utf-8")
    pytester.makefile(".toml", pyproject=pyproject)


def test_entry_point_is_declared() -> None:
    eps = importlib.metadata.entry_points(group="pytest11")
    values = {ep.name: ep.value for ep in eps}
    assert values.get("threatgraph") == "threatgraph_pytest"


def test_options_are_in_help(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--help")
    result.stdout.fnmatch_lines(
        [
            "*threat models as tests (threatgraph)*",
            "*--threatgraph-model=TARGET*",
            "*--threatgraph-report=PATH*",
            "*threatgraph_model*",
            "*threatgraph_report*",
        ]
    )


def test_fixture_from_pyproject_tool_table(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2)
    result.stdout.fnmatch_lines(
        ["threatgraph: model demo_pkg.threat_model:tm ([[]tool.threatgraph[]] in pyproject.toml)"]
    )


def test_fixture_from_command_line_python_file(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(my_model=MODEL)
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest("--threatgraph-model", "my_model.py:tm")
    result.assert_outcomes(passed=2)


def test_command_line_wins_over_configuration(pytester: pytest.Pytester) -> None:
    make_project(pytester, '[tool.threatgraph]\nmodel = "nowhere.module:tm"\n')
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest("--threatgraph-model", "demo_pkg.threat_model:tm")
    result.assert_outcomes(passed=2)


def test_fixture_from_ini_option(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(my_model=MODEL)
    pytester.makeini("[pytest]\nthreatgraph_model = my_model.py\n")
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2)


def test_fixture_without_configuration_explains_what_to_do(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(test_it=USES_FIXTURE)
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\naddopts = "-q"\n')
    result = pytester.runpytest()
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(
        [
            "*threatgraph: no threat model is configured for the threat_model fixture; "
            'add model = "pkg.threat_model:tm" to [[]tool.threatgraph[]] in pyproject.toml, '
            "or pass --threatgraph-model TARGET (looked in: *pyproject.toml)*"
        ]
    )


def test_fixture_load_error_names_the_target_and_where_it_came_from(
    pytester: pytest.Pytester,
) -> None:
    make_project(pytester, '[tool.threatgraph]\nmodel = "demo_pkg.missing:tm"\n')
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(
        [
            "*threatgraph: cannot load the threat model 'demo_pkg.missing:tm' "
            "([[]tool.threatgraph[]] in pyproject.toml):*",
            "*cannot import 'demo_pkg.missing'*",
        ]
    )


def test_fixture_invalid_model_lists_the_problems(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        bad_model="""
        import threatgraph as tg
        tm = tg.ThreatModel("bad")
        a = tm.add(tg.Service("A"))
        tm.flow(a, "ghost")
        """
    )
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest("--threatgraph-model", "bad_model.py")
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*flow 'a->ghost'.target: target 'ghost' was never added*"])


VIOLATED = """
from threatgraph import controls as c
from threatgraph.testing import assert_flows_encrypted, assert_flows_have

def test_pii_stays_encrypted(threat_model):
    assert_flows_encrypted(
        threat_model, carrying="pii", leaving="production-vpc"
    )

def test_holds(threat_model):
    assert_flows_have(threat_model, c.EncryptionInTransit, target="vendor-store")
"""


def test_violation_output_is_the_test_line_and_the_message(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    pytester.makepyfile(test_rules=VIOLATED)
    result = pytester.runpytest()
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(
        [
            "*_ test_pii_stays_encrypted _*",
            "1 flow carrying PII data leaving Production VPC without EncryptionInTransit:",
            "  - Flow #1 Chat API → Vendor LLM carries Support tickets (PII) across "
            "Production VPC → Vendor cloud without EncryptionInTransit "
            "(declared at demo_pkg/threat_model.py:12)",
            "",
            "test_rules.py:5: ArchitectureViolation",
            "*short test summary info*",
            "FAILED test_rules.py::test_pii_stays_encrypted - 1 flow carrying PII data*",
        ],
        consecutive=True,
    )
    # none of the library's frames
    assert "assertions.py" not in result.stdout.str()
    assert "__tracebackhide__" not in result.stdout.str()


def test_violation_with_long_tracebacks_keeps_pytest_format(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    pytester.makepyfile(test_rules=VIOLATED)
    result = pytester.runpytest("--tb=long")
    result.assert_outcomes(passed=1, failed=1)
    out = result.stdout.str()
    result.stdout.fnmatch_lines(
        [
            ">       assert_flows_encrypted(",
            "E       threatgraph.errors.ArchitectureViolation: 1 flow carrying PII data*",
            "E         - Flow #1 Chat API → Vendor LLM carries Support tickets (PII)*",
        ]
    )
    # the assertion functions hide their own frames
    assert "testing/assertions.py" not in out


def test_other_failures_are_untouched(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(
        test_plain="""
        def test_plain():
            x = 1
            assert x == 2
        """
    )
    result = pytester.runpytest()
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([">       assert x == 2", "E       assert 1 == 2"])


def _writer_available(module: str) -> bool:
    try:
        return importlib.util.find_spec(module) is not None
    except ModuleNotFoundError:
        return False


WRITERS = {
    "report.md": "threatgraph.report.markdown",
    "out/report.html": "threatgraph.report.html",
    "report.json": "threatgraph.export.json",
    "report.sarif": "threatgraph.export.sarif",
}


def test_reports_are_written_at_the_end_of_the_session(pytester: pytest.Pytester) -> None:
    names = [name for name, module in WRITERS.items() if _writer_available(module)]
    if not names or not _writer_available("threatgraph.analysis"):
        pytest.skip("no report writer is available yet")
    make_project(pytester)
    pytester.makepyfile(test_it=USES_FIXTURE)
    args = [arg for name in names for arg in ("--threatgraph-report", name)]
    result = pytester.runpytest_subprocess(*args)
    result.assert_outcomes(passed=2)
    assert result.ret == pytest.ExitCode.OK
    result.stdout.fnmatch_lines(
        [
            f"threatgraph: wrote the threat report for 'Plugin demo' to {name} "
            "(* open finding*, * high or critical)"
            for name in names
        ]
    )
    for name in names:
        text = (pytester.path / name).read_text(encoding="utf-8")
        assert "Vendor LLM" in text
        if name.endswith((".json", ".sarif")):
            json.loads(text)


def test_report_paths_from_pyproject_are_relative_to_it(pytester: pytest.Pytester) -> None:
    """Also: the report is written when no test asks for the fixture."""
    if not _writer_available("threatgraph.report.markdown"):
        pytest.skip("the Markdown writer is not available yet")
    make_project(pytester, PYPROJECT + 'report = ["build/threats.md"]\n')
    sub = pytester.mkdir("tests")
    (sub / "test_it.py").write_text("def test_nothing():\n    pass\n", encoding="utf-8")
    result = pytester.runpytest_subprocess(sub)
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*report *build/threats.md*"])
    assert (pytester.path / "build" / "threats.md").is_file()


def test_report_failure_fails_the_session(pytester: pytest.Pytester) -> None:
    make_project(pytester, '[tool.threatgraph]\nmodel = "demo_pkg.missing:tm"\n')
    pytester.makepyfile(test_it="def test_nothing():\n    pass\n")
    result = pytester.runpytest("--threatgraph-report", "r.md", "--threatgraph-report", "r.json")
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.INTERNAL_ERROR
    result.stdout.fnmatch_lines(
        [
            "threatgraph: could not write the threat report to r.md: *demo_pkg.missing*",
            "threatgraph: could not write the threat report to r.json: *demo_pkg.missing*",
        ]
    )
    assert not (pytester.path / "r.md").exists()


def test_report_with_an_unknown_extension_is_a_usage_error(pytester: pytest.Pytester) -> None:
    make_project(pytester)
    result = pytester.runpytest("--threatgraph-report", "report.pdf")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        ["*threatgraph: cannot tell the report format of 'report.pdf'; use one of the extensions *"]
    )


def test_report_without_a_model_is_a_usage_error(pytester: pytest.Pytester) -> None:
    result = pytester.runpytest("--threatgraph-report", "report.md")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(["*a threat report was requested but no model is configured*"])


@pytest.mark.parametrize(
    ("toml", "message"),
    [
        ('[tool]\nthreatgraph = "model.py"\n', "  - tool.threatgraph: must be a table *"),
        (
            "[tool.threatgraph]\nmodel = 3\n",
            "  - tool.threatgraph.model: must be a non-empty string",
        ),
        (
            '[tool.threatgraph]\nmodel = "m.py"\nreport = [1]\n',
            "  - tool.threatgraph.report: must be a path or a list of paths",
        ),
        ('[tool.threatgraph]\nfail-on = "extreme"\n', "  - tool.threatgraph.fail-on: *"),
    ],
)
def test_bad_configuration_is_a_usage_error(
    pytester: pytest.Pytester, toml: str, message: str
) -> None:
    pytester.makefile(".toml", pyproject=toml)
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines([message])


TYPO = '[tool.threatgraph]\nmodel = "demo_pkg.threat_model:tm"\nreprot = "build/report.md"\n'
TYPO_PROBLEM = "tool.threatgraph.reprot: is not a threatgraph setting (did you mean 'report'?)"


def test_unknown_key_is_a_usage_error_with_a_suggestion(pytester: pytest.Pytester) -> None:
    """A typo would silently drop the report; pytest refuses to start instead."""
    make_project(pytester, TYPO)
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest()
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    result.stderr.fnmatch_lines(
        [
            f"ERROR: threatgraph: invalid threatgraph settings in {pytester.path / 'pyproject.toml'}",
            f"  - {TYPO_PROBLEM}",
        ]
    )


def test_the_cli_and_pytest_reject_a_typo_with_the_same_words(
    pytester: pytest.Pytester, capsys: pytest.CaptureFixture[str]
) -> None:
    from threatgraph.cli import main

    make_project(pytester, TYPO)
    assert main(["analyze"]) == 2  # pytester runs in its folder: the CLI finds the same file
    cli = capsys.readouterr().err
    result = pytester.runpytest()
    assert f"- {TYPO_PROBLEM}" in cli
    assert f"- {TYPO_PROBLEM}" in result.stderr.str()


def test_pytest_reads_the_settings_the_cli_reads(pytester: pytest.Pytester) -> None:
    """fail_on (the alias), register and baseline are accepted (the plugin does not use them)."""
    make_project(
        pytester,
        PYPROJECT + 'fail_on = "high"\nregister = "reg.toml"\nbaseline = "base.json"\n',
    )
    pytester.makepyfile(test_it=USES_FIXTURE)
    result = pytester.runpytest()
    result.assert_outcomes(passed=2)


HEAVY = (
    "threatgraph",
    "threatgraph.analysis",
    "cattrs",
    "networkx",
    "graphviz",
    "hypothesis",
)
"""What a pytest run in a project that does not use threatgraph must not import."""


def test_importing_the_plugin_imports_nothing_of_threatgraph() -> None:
    code = (
        f"import sys, threatgraph_pytest\nprint(sorted(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert out.strip() == "[]"


LOADED = """
import sys

HEAVY = {heavy!r}

def test_nothing_heavy_is_loaded():
    assert "threatgraph_pytest" in sys.modules  # the plugin is active
    assert sorted(m for m in HEAVY if m in sys.modules) == []
"""


def test_a_project_without_threatgraph_settings_pays_nothing(pytester: pytest.Pytester) -> None:
    """pytest with the plugin loaded, in a project that does not configure threatgraph."""
    pytester.makefile(".toml", pyproject="[tool.pytest.ini_options]\naddopts = '-q'\n")
    pytester.makepyfile(test_it=LOADED.format(heavy=HEAVY))
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)


def test_a_configured_project_loads_the_engine_only_when_asked(pytester: pytest.Pytester) -> None:
    """Settings are checked when pytest starts (threatgraph is imported to read them), but
    the model is loaded and analysed only for a test that takes the fixture."""
    make_project(pytester)
    pytester.makepyfile(
        test_it=LOADED.format(heavy=("threatgraph.analysis", "networkx", "graphviz"))
    )
    result = pytester.runpytest_subprocess()
    result.assert_outcomes(passed=1)


def test_a_service_in_a_monorepo_reads_its_own_pyproject(
    pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A trial user's monorepo: pytest's configuration is the top pyproject.toml, the
    threatgraph table is in the service's own, and tests run from the service's folder.
    The plugin reads the nearest one, as the threatgraph command does."""
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\naddopts = "-q"\n')
    svc = pytester.mkdir("svc")
    (svc / "pyproject.toml").write_text(
        '[tool.threatgraph]\nmodel = "svc_model.py:tm"\n', encoding="utf-8"
    )
    (svc / "svc_model.py").write_text(MODEL, encoding="utf-8")
    (svc / "tests").mkdir()
    (svc / "tests" / "test_it.py").write_text(USES_FIXTURE, encoding="utf-8")
    monkeypatch.chdir(svc)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "tests")
    result.assert_outcomes(passed=2)
