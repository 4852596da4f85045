"""Custom rule catalogues on the command line, in ``[tool.threatgraph]`` and in pytest.

A catalogue is an entry point of the ``threatgraph.catalogues`` group. The tests write a
module of rules into a temporary folder and fake the entry point that names it (the
lookup in :mod:`threatgraph.rules.catalogue` is replaced), so no package is installed.
"""

from __future__ import annotations

import importlib.metadata
import json
import sys
from pathlib import Path

import pytest

import threatgraph.rules.catalogue as catalogue_module
from _cli_models import main, write, write_model
from threatgraph.config import read_config
from threatgraph.errors import InvalidValueError, LoadError

pytest_plugins = ["pytester"]

RULE_ID = "acme/every-llm-reviewed"

RULES = """\
import threatgraph as tg
from threatgraph import controls as c
from threatgraph.rules import ElementView, on_element, rule


@rule(
    "acme/every-llm-reviewed",
    title="LLM not reviewed by the ACME board",
    stride="R",
    phases="inference",
    applies_to=on_element(tg.LLM),
    mitigations=[c.ModelCards],
    likelihood="likely",
    impact="major",
)
def every_llm_reviewed(view: ElementView) -> str | None:
    \"\"\"Every LLM is reviewed by the ACME board.\"\"\"
    return f"{view.described} was not reviewed by the ACME board."
"""


def _fake_entry_points(names: dict[str, str]) -> object:
    eps = [
        importlib.metadata.EntryPoint(name=n, value=v, group=catalogue_module.ENTRY_POINT_GROUP)
        for n, v in names.items()
    ]

    def entry_points(**kwargs: object) -> list[importlib.metadata.EntryPoint]:
        assert kwargs == {"group": catalogue_module.ENTRY_POINT_GROUP}
        return eps

    return entry_points


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A project folder (the cwd) with a model, and the catalogue ``acme`` installed."""
    monkeypatch.chdir(tmp_path)
    write(tmp_path / "acme_test_rules.py", RULES)
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, "acme_test_rules", raising=False)
    monkeypatch.setattr(
        catalogue_module,
        "entry_points",
        _fake_entry_points({"acme": "acme_test_rules", "other": "acme_test_rules"}),
    )
    write_model(tmp_path)
    return tmp_path


def _report(path: Path) -> dict[str, object]:
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


def _rules_in(report: dict[str, object]) -> set[str]:
    findings = report["findings"]
    assert isinstance(findings, list)
    return {f["rule"] for f in findings}


# --------------------------------------------------------------------------- analyze


def test_analyze_runs_the_catalogue_named_on_the_command_line(project: Path) -> None:
    assert main("analyze", "threat_model.py", "-o", "r.json", "--fail-on", "none") == 0
    plain = _report(project / "r.json")
    assert RULE_ID not in _rules_in(plain)
    assert plain["catalogue"] == "threatgraph-default"
    args = ("analyze", "threat_model.py", "-o", "c.json", "--fail-on", "none")
    assert main(*args, "--catalogue", "acme") == 0
    extended = _report(project / "c.json")
    assert RULE_ID in _rules_in(extended)
    assert _rules_in(plain) < _rules_in(extended)  # the built-in rules still run
    assert extended["catalogue"] == "threatgraph-default+acme"  # recorded in the report


def test_analyze_takes_the_catalogues_of_pyproject(project: Path) -> None:
    write(project / "pyproject.toml", '[tool.threatgraph]\ncatalogues = ["acme"]\n')
    assert main("analyze", "threat_model.py", "-o", "r.json", "--fail-on", "none") == 0
    report = _report(project / "r.json")
    assert RULE_ID in _rules_in(report)
    assert report["catalogue"] == "threatgraph-default+acme"


def test_the_command_line_overrides_pyproject(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    write(project / "pyproject.toml", '[tool.threatgraph]\ncatalogues = ["acmee"]\n')
    args = ("analyze", "threat_model.py", "-o", "r.json", "--fail-on", "none")
    assert main(*args) == 2
    err = capsys.readouterr().err
    assert "catalogues in [tool.threatgraph]" in err
    assert "'acmee'" in err
    assert "did you mean 'acme'?" in err
    assert main(*args, "--catalogue", "other") == 0
    assert _report(project / "r.json")["catalogue"] == "threatgraph-default+other"


def test_an_unknown_catalogue_is_a_usage_error_naming_it(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main("analyze", "threat_model.py", "--catalogue", "acm") == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert "--catalogue: no catalogue named 'acm' is installed" in err
    assert "did you mean 'acme'?" in err
    assert "installed: acme, other" in err


def test_a_baseline_of_another_catalogue_is_a_warning(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("analyze", "threat_model.py", "--fail-on", "none")
    assert main(*args, "--catalogue", "acme", "-o", "base.json") == 0
    capsys.readouterr()
    assert main(*args, "--baseline", "base.json") == 0
    err = capsys.readouterr().err
    assert "warning: the baseline base.json was analysed with the catalogue" in err
    assert "'threatgraph-default+acme'" in err
    assert main(*args, "--baseline", "base.json", "--catalogue", "acme") == 0
    assert "warning" not in capsys.readouterr().err


def test_with_the_catalogue_a_new_custom_finding_fails_the_baseline_gate(project: Path) -> None:
    """The trial's complaint the other way round: a baseline recorded without the custom
    rules, and a run with them, sees the custom finding as new."""
    args = ("analyze", "threat_model.py")
    assert main(*args, "--format", "json", "-o", "base.json", "--fail-on", "none") == 0
    assert main(*args, "--baseline", "base.json") == 0
    assert main(*args, "--baseline", "base.json", "--catalogue", "acme") == 1


# --------------------------------------------------------------------------- render


def _rendered_count(capsys: pytest.CaptureFixture[str]) -> int:
    err = capsys.readouterr().err
    line = next(x for x in err.splitlines() if "wrote model.dot" in x)
    return int(line.split("(dot diagram, ")[1].split(" open")[0])


def test_render_badges_count_the_catalogue(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main("render", "threat_model.py", "-o", "model.dot") == 0
    plain = _rendered_count(capsys)
    assert main("render", "threat_model.py", "-o", "model.dot", "--catalogue", "acme") == 0
    assert _rendered_count(capsys) == plain + 1
    write(project / "pyproject.toml", '[tool.threatgraph]\ncatalogues = ["acme"]\n')
    assert main("render", "threat_model.py", "-o", "model.dot") == 0
    assert _rendered_count(capsys) == plain + 1
    assert main("render", "threat_model.py", "--catalogue", "nope") == 2
    assert "--catalogue: no catalogue named 'nope'" in capsys.readouterr().err


# --------------------------------------------------------------------------- diff


def test_diff_does_not_call_a_finding_of_a_rule_it_did_not_run_resolved(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("analyze", "threat_model.py", "--fail-on", "none", "-o", "old.json")
    assert main(*args, "--catalogue", "acme") == 0
    capsys.readouterr()
    assert main("diff", "old.json", "threat_model.py") == 0
    out, err = capsys.readouterr()
    warnings = [x for x in err.splitlines() if "warning" in x]
    assert len(warnings) == 1
    assert "'threatgraph-default+acme'" in warnings[0]
    assert "'threatgraph-default'" in warnings[0]
    assert "Resolved:" not in out
    assert "No changes." in out  # in what both sides analysed
    assert "Not analysed: 1 finding(s)" in out
    assert "LLM not reviewed by the ACME board" in out
    assert main("diff", "old.json", "threat_model.py", "--format", "json") == 0
    data = json.loads(capsys.readouterr().out)
    assert data["findings"]["resolved"] == []
    assert [f["rule"] for f in data["findings"]["not_analysed"]] == [RULE_ID]
    assert data["summary"]["not_analysed"] == 1
    assert data["catalogues"] == {
        "old": "threatgraph-default+acme",
        "new": "threatgraph-default",
    }
    assert main("diff", "old.json", "threat_model.py", "--format", "md") == 0
    assert "### Not analysed" in capsys.readouterr().out


def test_diff_with_the_same_catalogue_has_no_changes(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ("analyze", "threat_model.py", "--fail-on", "none", "-o", "old.json")
    assert main(*args, "--catalogue", "acme") == 0
    capsys.readouterr()
    assert main("diff", "old.json", "threat_model.py", "--catalogue", "acme") == 0
    out, err = capsys.readouterr()
    assert "No changes." in out
    assert "warning" not in err
    write(project / "pyproject.toml", '[tool.threatgraph]\ncatalogues = ["acme"]\n')
    assert main("diff", "old.json", "threat_model.py") == 0
    assert "No changes." in capsys.readouterr().out


def test_diff_counts_a_custom_finding_as_new_for_the_gate(
    project: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A finding of a rule that OLD did not run stays new, so --fail-on still sees it."""
    assert main("analyze", "threat_model.py", "--fail-on", "none", "-o", "old.json") == 0
    capsys.readouterr()
    code = main("diff", "old.json", "threat_model.py", "--catalogue", "acme", "--fail-on", "high")
    out, err = capsys.readouterr()
    assert code == 1
    assert "1 new, 0 resolved" in out
    assert "New:" in out
    assert "LLM not reviewed by the ACME board" in out
    assert "warning: OLD was analysed with the catalogue 'threatgraph-default'" in err


# --------------------------------------------------------------------------- config


def test_the_catalogues_setting(project: Path) -> None:
    path = write(
        project / "pyproject.toml", '[tool.threatgraph]\ncatalogues = ["acme", " other "]\n'
    )
    assert read_config(path).catalogues == ("acme", "other")
    path = write(project / "pyproject.toml", "[tool.threatgraph]\n")
    assert read_config(path).catalogues == ()


@pytest.mark.parametrize("value", ['"acme"', "[1]", '[""]', "true"])
def test_a_catalogues_setting_of_the_wrong_type(project: Path, value: str) -> None:
    path = write(project / "pyproject.toml", f"[tool.threatgraph]\ncatalogues = {value}\n")
    with pytest.raises(LoadError) as info:
        read_config(path)
    (problem,) = info.value.problems
    text = str(problem)
    assert text.startswith("tool.threatgraph.catalogues: must be a list of catalogue names")
    assert 'write catalogues = ["acme"]' in text
    shown = {'"acme"': "'acme'", "[1]": "[1]", '[""]': "['']", "true": "True"}[value]
    assert f"not {shown}" in text


def test_load_catalogue(project: Path) -> None:
    from threatgraph.config import load_catalogue

    assert load_catalogue([]) is None
    cat = load_catalogue(["acme"])
    assert cat is not None
    assert RULE_ID in cat
    assert set(catalogue_module.Catalogue.default().ids) < set(cat.ids)
    assert cat.name == "threatgraph-default+acme"
    with pytest.raises(InvalidValueError, match=r"installed: acme, other"):
        load_catalogue(["zzz"], source="--catalogue")


def test_no_catalogue_installed(monkeypatch: pytest.MonkeyPatch) -> None:
    from threatgraph.config import load_catalogue

    monkeypatch.setattr(catalogue_module, "entry_points", _fake_entry_points({}))
    with pytest.raises(InvalidValueError, match=r"installed: none"):
        load_catalogue(["acme"])


# --------------------------------------------------------------------------- pytest plugin

PLUGIN_CONFTEST = """
import importlib.metadata

import pytest

import threatgraph.rules.catalogue as catalogue_module


def pytest_configure(config):
    ep = importlib.metadata.EntryPoint(
        name="acme", value="acme_test_rules", group="threatgraph.catalogues"
    )
    catalogue_module.entry_points = lambda **kwargs: [ep]
"""

PLUGIN_TEST = """
def test_catalogue(threat_catalogue, threat_model):
    assert "acme/every-llm-reviewed" in threat_catalogue
    assert threat_catalogue.name == "threatgraph-default+acme"
    report = threat_model.analyze(catalogue=threat_catalogue)
    assert report.for_rule("acme/every-llm-reviewed")
"""


def test_pytest_fixture_and_report_use_the_catalogues(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(acme_test_rules=RULES)
    pytester.makepyfile(my_model="import threatgraph as tg\n" + _PLUGIN_MODEL)
    pytester.makeconftest(PLUGIN_CONFTEST)
    pytester.makefile(
        ".toml",
        pyproject='[tool.threatgraph]\nmodel = "my_model.py:tm"\n'
        'report = "build/report.json"\ncatalogues = ["acme"]\n',
    )
    pytester.makepyfile(test_it=PLUGIN_TEST)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*catalogues acme*"])
    report = json.loads((pytester.path / "build" / "report.json").read_text(encoding="utf-8"))
    assert report["catalogue"] == "threatgraph-default+acme"
    assert RULE_ID in {f["rule"] for f in report["findings"]}


def test_pytest_unknown_catalogue_fails_the_fixture(pytester: pytest.Pytester) -> None:
    pytester.makepyfile(my_model="import threatgraph as tg\n" + _PLUGIN_MODEL)
    pytester.makeconftest(PLUGIN_CONFTEST)
    pytester.makefile(
        ".toml",
        pyproject='[tool.threatgraph]\nmodel = "my_model.py:tm"\ncatalogues = ["acmi"]\n',
    )
    pytester.makepyfile(test_it="def test_it(threat_catalogue):\n    pass\n")
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=1)  # the fixture fails: an error at setup
    result.stdout.fnmatch_lines(
        ["*catalogues in ?tool.threatgraph?*: no catalogue named 'acmi'*did you mean 'acme'?*"]
    )


_PLUGIN_MODEL = """
tm = tg.ThreatModel("Plugin catalogue demo")
with tm.boundary("Internet", trust="untrusted"):
    user = tm.add(tg.Actor("User"))
with tm.boundary("VPC", trust="internal"):
    llm = tm.add(tg.LLM("Assistant"))
tm.flow(user, llm, tg.Data("Prompt"))
"""
