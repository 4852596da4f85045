"""examples/app-with-threat-model runs as its own project, the way a user's would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).resolve().parent.parent
APP = ROOT / "examples" / "app-with-threat-model"


def test_example_project_tests_pass_in_their_own_pytest_run() -> None:
    env = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    env.pop("PYTEST_ADDOPTS", None)
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider"],
        cwd=APP,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    output = result.stdout + result.stderr
    assert result.returncode == 0, output
    # the plugin found the model through [tool.threatgraph] in the example's pyproject.toml
    assert "threatgraph: model support_bot.threat_model:tm" in output
    assert " passed" in output
    assert "failed" not in output
    assert "error" not in output.lower()


def test_example_project_is_configured_like_a_user_project() -> None:
    config = tomllib.loads((APP / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["threatgraph"]["model"] == "support_bot.threat_model:tm"
    assert config["tool"]["pytest"]["ini_options"]["testpaths"] == ["tests"]
    assert (APP / "support_bot" / "threat_model.py").is_file()
    assert (APP / "tests" / "test_architecture.py").is_file()


def test_root_suite_does_not_collect_the_example_tests() -> None:
    root = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert root["tool"]["pytest"]["ini_options"]["testpaths"] == ["tests"]
    # and the example has no conftest or package marker that would tie it to this suite
    assert not (ROOT / "examples" / "conftest.py").exists()
    assert not (APP / "tests" / "__init__.py").exists()
