"""The composite GitHub Action (action.yml), its shell steps run here as a runner would.

Each ``run:`` step is run with bash as GitHub runs it (``bash --noprofile --norc
-eo pipefail``), with its ``env:`` expressions filled in from the inputs and the
earlier steps' outputs, and ``GITHUB_OUTPUT``, ``GITHUB_PATH``,
``GITHUB_ACTION_PATH`` and ``RUNNER_TEMP`` set. The action is a clone of the
committed HEAD (as ``uses: owner/threatgraph@rev`` would fetch it), so threatgraph
is installed from its own revision into a fresh virtual environment, with pip
pointed at the local indexes (no network). The upload step belongs to GitHub
(``github/codeql-action/upload-sarif``): its condition and its input are checked,
not run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path
from typing import Any

import pytest
import yaml

from _cli_models import main, write_model
from _packaging import ROOT, git_checkout_reason, offline_pip_env

if git_checkout_reason():
    pytest.skip(git_checkout_reason() or "", allow_module_level=True)

pytestmark = pytest.mark.slow

_EXPR = re.compile(r"\$\{\{\s*([^}]*?)\s*\}\}")


class Runner:
    """Just enough of a GitHub runner for a composite action's shell steps."""

    def __init__(self, action: Path, temp: Path) -> None:
        self.action = action
        self.spec: dict[str, Any] = yaml.safe_load((action / "action.yml").read_text("utf-8"))
        self.temp = temp
        self.path: list[str] = []  # what steps added to GITHUB_PATH

    def step(self, name: str) -> dict[str, Any]:
        steps: list[dict[str, Any]] = self.spec["runs"]["steps"]
        (found,) = [s for s in steps if s["name"] == name]
        return found

    def inputs(self, given: dict[str, str]) -> dict[str, str]:
        defaults = {k: str(v.get("default", "")) for k, v in self.spec["inputs"].items()}
        assert set(given) <= set(defaults), set(given) - set(defaults)
        return {**defaults, **given}

    def value(self, text: str, inputs: dict[str, str], outputs: dict[str, str]) -> str:
        def one(match: re.Match[str]) -> str:
            expr = match[1]
            if expr.startswith("inputs."):
                return inputs[expr.removeprefix("inputs.")]
            if expr.startswith("steps.analyze.outputs."):
                return outputs.get(expr.removeprefix("steps.analyze.outputs."), "")
            raise AssertionError(f"the test runner does not know ${{{{ {expr} }}}}")

        return _EXPR.sub(one, str(text))

    def condition(self, text: str, inputs: dict[str, str], outputs: dict[str, str]) -> bool:
        """``a == 'x' && b != ''``: the only kind of condition the action uses."""
        result = True
        for part in text.split("&&"):
            found = re.fullmatch(r"\s*(\S+)\s*(==|!=)\s*'([^']*)'\s*", part)
            assert found, f"the test runner does not read the condition {text!r}"
            left, op, right = found.groups()
            value = self.value("${{ " + left + " }}", inputs, outputs)
            result = result and ((value == right) if op == "==" else (value != right))
        return result

    def run(
        self, name: str, workspace: Path, inputs: dict[str, str], outputs: dict[str, str]
    ) -> subprocess.CompletedProcess[str]:
        step = self.step(name)
        assert step["shell"] == "bash"
        output_file = self.temp / "github_output"
        path_file = self.temp / "github_path"
        output_file.write_text("", encoding="utf-8")
        path_file.write_text("", encoding="utf-8")
        env = offline_pip_env()
        env.update({k: self.value(v, inputs, outputs) for k, v in step.get("env", {}).items()})
        env.update(
            GITHUB_OUTPUT=str(output_file),
            GITHUB_PATH=str(path_file),
            GITHUB_ACTION_PATH=str(self.action),
            GITHUB_WORKSPACE=str(workspace),
            RUNNER_TEMP=str(self.temp),
            PATH=os.pathsep.join([*self.path, env["PATH"]]),
        )
        env.pop("VIRTUAL_ENV", None)
        cwd = workspace / self.value(step.get("working-directory", "."), inputs, outputs)
        script = self.temp / "step.sh"
        script.write_text(step["run"], encoding="utf-8")
        done = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=cwd,
            env=env,
            capture_output=True,
            text=True,
            timeout=900,
            check=False,
        )
        self.path = [*path_file.read_text("utf-8").split(), *self.path]
        for line in output_file.read_text("utf-8").splitlines():
            key, _, value = line.partition("=")
            outputs[key] = value
        return done


@pytest.fixture(scope="module")
def runner(tmp_path_factory: pytest.TempPathFactory) -> Runner:
    """The action checked out as a workflow would, with threatgraph installed by its step."""
    base = tmp_path_factory.mktemp("action")
    action = base / "threatgraph"
    subprocess.run(
        ["git", "clone", "--quiet", "--no-hardlinks", str(ROOT), str(action)],
        check=True,
        capture_output=True,
        timeout=120,
    )
    temp = base / "runner-temp"
    temp.mkdir()
    r = Runner(action, temp)
    if shutil.which("dot") is not None:  # without it the step would apt-get install graphviz
        done = r.run("Install Graphviz", base, r.inputs({}), {})
        assert done.returncode == 0, done.stderr
        assert done.stdout.startswith("Graphviz: dot")
    done = r.run("Install threatgraph", base, r.inputs({}), {})
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.strip().endswith("threatgraph 0.1.0")
    assert r.path == [str(temp / "threatgraph-venv" / "bin")]
    return r


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A repository with a model that has open high findings, a baseline holding them all,
    and [tool.threatgraph] naming the model and the gate."""
    monkeypatch.chdir(tmp_path)
    write_model(tmp_path)
    assert main("analyze", "threat_model.py", "--format", "json", "-o", "baseline.json") == 0
    (tmp_path / "pyproject.toml").write_text(
        '[tool.threatgraph]\nmodel = "threat_model.py"\nfail-on = "high"\n', encoding="utf-8"
    )
    return tmp_path


def analyse_and_gate(
    runner: Runner, workspace: Path, given: dict[str, str]
) -> tuple[dict[str, str], subprocess.CompletedProcess[str], bool, int]:
    """Run the analyse step, decide the upload step, run the gate: what the job would do."""
    inputs = runner.inputs(given)
    outputs: dict[str, str] = {}
    analysed = runner.run("Analyse the threat model", workspace, inputs, outputs)
    assert analysed.returncode == 0, analysed.stderr  # the step records the code, the gate fails
    upload = runner.step("Upload SARIF to code scanning")
    uploads = runner.condition(upload["if"], inputs, outputs)
    if uploads:
        assert upload["uses"] == "github/codeql-action/upload-sarif@v3"
        sarif = workspace / runner.value(upload["with"]["sarif_file"], inputs, outputs)
        assert sarif.is_file()
        assert '"version": "2.1.0"' in sarif.read_text("utf-8")
    gate = runner.run("Gate", workspace, inputs, outputs)
    return outputs, analysed, uploads, gate.returncode


def test_the_gate_fails_on_open_high_findings_and_the_sarif_is_still_uploaded(
    runner: Runner, workspace: Path
) -> None:
    outputs, analysed, uploads, gate = analyse_and_gate(runner, workspace, {})
    assert outputs == {"exit-code": "1", "sarif-file": "threatgraph.sarif"}
    assert "open finding(s) at or above high (--fail-on high)" in analysed.stderr
    assert uploads
    assert gate == 1


def test_a_baseline_passes_the_gate(runner: Runner, workspace: Path) -> None:
    outputs, _, uploads, gate = analyse_and_gate(
        runner, workspace, {"baseline": "baseline.json", "sarif-file": "out/tg.sarif"}
    )
    assert outputs == {"exit-code": "0", "sarif-file": "out/tg.sarif"}
    assert uploads
    assert gate == 0


def test_inputs_override_the_settings_and_upload_can_be_off(
    runner: Runner, workspace: Path
) -> None:
    (workspace / "pyproject.toml").unlink()
    sub = workspace / "service"
    sub.mkdir()
    shutil.move(workspace / "threat_model.py", sub / "threat_model.py")
    given = {
        "model": "threat_model.py",
        "fail-on": "critical",
        "upload": "false",
        "working-directory": "service",
    }
    outputs, _, uploads, gate = analyse_and_gate(runner, workspace, given)
    assert outputs["sarif-file"] == "threatgraph.sarif"
    assert (sub / "threatgraph.sarif").is_file()
    assert not uploads
    assert gate == int(outputs["exit-code"])


def test_a_model_that_cannot_load_skips_the_upload_and_fails(
    runner: Runner, workspace: Path
) -> None:
    (workspace / "threat_model.py").write_text("raise SystemError('broken')\n", encoding="utf-8")
    outputs, analysed, uploads, gate = analyse_and_gate(runner, workspace, {})
    assert outputs == {"exit-code": "2", "sarif-file": ""}
    assert "running threat_model.py failed" in analysed.stderr
    assert not uploads
    assert gate == 2
