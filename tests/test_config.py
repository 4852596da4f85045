"""The one reader of ``[tool.threatgraph]`` (threatgraph.config), shared by the CLI and pytest.

The two front ends are tested with it in test_cli_analyze.py and test_pytest_plugin.py.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from threatgraph.config import KEYS, Config, find_pyproject, load_config, read_config
from threatgraph.config import resolve_target as resolve
from threatgraph.errors import LoadError
from threatgraph.vocab import Severity


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def problems(path: Path) -> list[str]:
    with pytest.raises(LoadError) as info:
        read_config(path)
    return [str(p) for p in info.value.problems]


def test_every_setting(project: Path) -> None:
    path = write(
        project / "sub" / "pyproject.toml",
        """\
[tool.threatgraph]
model = " models/threat_model.py:tm "
fail-on = "high"
register = "security/register.toml"
baseline = "/abs/baseline.json"
report = ["build/a.md", "b.sarif"]
""",
    )
    config = read_config(path)
    assert config == Config(
        path=path,
        model="models/threat_model.py:tm",
        fail_on=Severity.HIGH,
        register=Path("sub/security/register.toml"),
        baseline=Path("/abs/baseline.json"),
        report=(Path("sub/build/a.md"), Path("sub/b.sarif")),
    )
    # file targets are resolved against the pyproject's folder, relative to the cwd
    assert config.target == os.path.join("sub", "models", "threat_model.py") + ":tm"


def test_report_may_be_one_path_and_fail_on_has_an_alias(project: Path) -> None:
    path = write(
        project / "pyproject.toml", '[tool.threatgraph]\nfail_on = "low"\nreport = "r.md"\n'
    )
    config = read_config(path)
    assert config.fail_on is Severity.LOW
    assert config.report == (Path("r.md"),)
    assert config.model is None
    assert config.target is None


def test_a_setting_written_twice_is_an_error(project: Path) -> None:
    # the alias reproducer of issue 18: whichever came later used to win silently
    path = write(
        project / "pyproject.toml",
        '[tool.threatgraph]\nmodel = "model.json"\nfail-on = "medium"\nfail_on = "critical"\n',
    )
    assert problems(path) == [
        "tool.threatgraph.fail_on: sets fail-on again, which fail-on already sets "
        "(keep one of fail-on and fail_on)"
    ]


def test_no_file_or_no_table_is_an_empty_config(project: Path) -> None:
    assert read_config(None) == Config()
    path = write(project / "pyproject.toml", '[project]\nname = "x"\n')
    assert read_config(path) == Config(path=path)


def test_found_from_a_subdirectory(project: Path) -> None:
    path = write(project / "pyproject.toml", '[tool.threatgraph]\nmodel = "pkg.tm:tm"\n')
    deep = project / "src" / "deep"
    deep.mkdir(parents=True)
    assert find_pyproject(deep) == path.resolve()
    config = load_config(deep)
    assert config.model == config.target == "pkg.tm:tm"  # a module target stays as it is


def test_every_mistake_is_listed(project: Path) -> None:
    path = write(
        project / "pyproject.toml",
        '[tool.threatgraph]\nmodle = "m.py"\nfail-on = "extreme"\nregister = ""\nreport = [1]\n'
        "colour = 3\n",
    )
    found = problems(path)
    assert found[0] == (
        "tool.threatgraph.modle: is not a threatgraph setting (did you mean 'model'?)"
    )
    assert found[1] == "tool.threatgraph.register: must be a non-empty string"
    assert found[2] == "tool.threatgraph.report: must be a path or a list of paths"
    assert found[3] == (
        f"tool.threatgraph.colour: is not a threatgraph setting (valid settings: {', '.join(KEYS)})"
    )
    assert found[4].startswith("tool.threatgraph.fail-on: ")
    assert len(found) == 5


def test_a_table_that_is_not_a_table(project: Path) -> None:
    path = write(project / "pyproject.toml", '[tool]\nthreatgraph = "m.py"\n')
    assert problems(path) == ["tool.threatgraph: must be a table (write [tool.threatgraph])"]


def test_unreadable_toml(project: Path) -> None:
    path = write(project / "pyproject.toml", "[tool.threatgraph\n")
    with pytest.raises(LoadError, match="cannot read the threatgraph settings in"):
        read_config(path)


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("m.py", os.path.join("base", "m.py")),
        ("m.py:tm", os.path.join("base", "m.py") + ":tm"),
        ("models/M.YAML", os.path.join("base", "models", "M.YAML")),
        ("pkg.module:tm", "pkg.module:tm"),
        ("/abs/m.json", "/abs/m.json"),
    ],
)
def test_resolve_target(project: Path, target: str, expected: str) -> None:
    assert resolve(target, project / "base") == expected
