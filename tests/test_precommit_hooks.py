"""The pre-commit hooks (.pre-commit-hooks.yaml), run by pre-commit itself.

``pre-commit try-repo`` installs this repository into a fresh virtual environment,
as a project's ``.pre-commit-config.yaml`` would, and runs the hooks on a
temporary git repository. The hooks are taken from a clone of the committed
HEAD, so uncommitted work in this checkout (yours or anyone's) does not leak into
the install; commit a change to the hooks before running this test on it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from _cli_models import main, write_model
from _packaging import ROOT, git_checkout_reason, offline_pip_env

pytest.importorskip("pre_commit", reason="pre-commit is in the dev extra")
if git_checkout_reason():
    pytest.skip(git_checkout_reason() or "", allow_module_level=True)

pytestmark = pytest.mark.slow

BAD_MODEL = """\
threatgraph: "1"
name: Broken
elements:
  - {kind: agnet, name: Helper}
"""


def _git(cwd: Path, *argv: str) -> None:
    subprocess.run(["git", *argv], cwd=cwd, check=True, capture_output=True, timeout=120)


@pytest.fixture(scope="module")
def hooks_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A clone of the committed repository: what a project's config would point at."""
    clone = tmp_path_factory.mktemp("hooks") / "threatgraph"
    _git(ROOT.parent, "clone", "--quiet", "--no-hardlinks", str(ROOT), str(clone))
    return clone


@pytest.fixture(scope="module")
def pre_commit_home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """pre-commit's cache (the hook environments), shared by the runs of this module."""
    return tmp_path_factory.mktemp("pre-commit-home")


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A git repository holding a model with open high findings, a baseline that has
    them all, and [tool.threatgraph] naming the model, the gate and the baseline."""
    monkeypatch.chdir(tmp_path)
    _git(tmp_path, "init", "--quiet")
    write_model(tmp_path)
    assert main("analyze", "threat_model.py", "--format", "json", "-o", "baseline.json") == 0
    findings = json.loads((tmp_path / "baseline.json").read_text("utf-8"))["findings"]
    assert any(f["severity"] in ("high", "critical") for f in findings)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.threatgraph]\nmodel = "threat_model.py"\nfail-on = "high"\n'
        'baseline = "baseline.json"\n',
        encoding="utf-8",
    )
    _git(tmp_path, "add", "-A")
    return tmp_path


def try_repo(project: Path, repo: Path, home: Path) -> subprocess.CompletedProcess[str]:
    env = offline_pip_env()
    env["PRE_COMMIT_HOME"] = str(home)
    env.pop("PRE_COMMIT", None)
    done = subprocess.run(
        [sys.executable, "-m", "pre_commit", "try-repo", str(repo), "--all-files", "--color=never"],
        cwd=project,
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
    )
    return done


def test_the_hooks_pass_on_a_valid_model_within_its_baseline(
    project: Path, hooks_repo: Path, pre_commit_home: Path
) -> None:
    done = try_repo(project, hooks_repo, pre_commit_home)
    out = done.stdout + done.stderr
    assert done.returncode == 0, out
    assert "threatgraph check (validate threat models)" in out
    assert "threatgraph gate (no new findings at or above fail-on)" in out
    assert out.count("Passed") == 2, out


def test_the_hooks_fail_on_a_broken_model_and_on_new_findings(
    project: Path, hooks_repo: Path, pre_commit_home: Path
) -> None:
    (project / "threat_model.yaml").write_text(BAD_MODEL, encoding="utf-8")
    # without the baseline, every open high finding is over the gate
    (project / "pyproject.toml").write_text(
        '[tool.threatgraph]\nmodel = "threat_model.py"\nfail-on = "high"\n', encoding="utf-8"
    )
    _git(project, "add", "-A")
    done = try_repo(project, hooks_repo, pre_commit_home)
    out = done.stdout + done.stderr
    assert done.returncode == 1, out
    assert out.count("Failed") == 2, out
    assert (
        "threat_model.yaml: $.elements[0].kind: 'agnet' is not an element kind "
        "(did you mean 'agent'?)" in out
    )
    assert "open finding(s) at or above high (--fail-on high)" in out
    assert "threat_model.py: ok" not in out  # --quiet: only problems are printed
    assert os.sep + "py_env-" not in out  # no traceback from the hook's environment
