"""The built distributions, installed alone in a fresh virtual environment, run everything.

The sdist and the wheel are built from a clone of the committed HEAD with
``python -m build`` (what a release does), the wheel is installed into a new venv
with nothing else of this checkout on its path, and the commands users run are run
from there: ``threatgraph check``, ``analyze``, ``export``, ``render``, ``python -m
threatgraph``, and pytest with the plugin and its fixture. pip is pointed at the
local package indexes, so no network is needed where they exist.
"""

from __future__ import annotations

import json
import subprocess
import sys
import tarfile
import zipfile
from pathlib import Path

import pytest

from _cli_models import write_model
from _packaging import ROOT, git_checkout_reason, offline_pip_env

pytest.importorskip("build", reason="build is in the dev extra")
if git_checkout_reason():
    pytest.skip(git_checkout_reason() or "", allow_module_level=True)

pytestmark = pytest.mark.slow

PLUGIN_TEST = """
import threatgraph as tg

def test_fixture(threat_model):
    assert isinstance(threat_model, tg.System)
    assert threat_model.name == "CLI test model"
"""


def _run(argv: list[str | Path], cwd: Path, **kw: object) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(a) for a in argv],
        cwd=cwd,
        env=offline_pip_env(),
        capture_output=True,
        text=True,
        timeout=900,
        check=False,
        **kw,  # type: ignore[call-overload]
    )


@pytest.fixture(scope="module")
def dist(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("dist")
    clone = base / "threatgraph"
    done = _run(["git", "clone", "--quiet", "--no-hardlinks", ROOT, clone], base)
    assert done.returncode == 0, done.stderr
    out = base / "dist"
    done = _run([sys.executable, "-m", "build", "--outdir", out, clone], base)
    assert done.returncode == 0, done.stdout + done.stderr
    return out


@pytest.fixture(scope="module")
def venv(dist: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A fresh venv with the wheel (and the yaml extra) and pytest: its bin folder."""
    base = tmp_path_factory.mktemp("venv")
    done = _run([sys.executable, "-m", "venv", base / "venv"], base)
    assert done.returncode == 0, done.stderr
    bin_dir = base / "venv" / ("Scripts" if sys.platform == "win32" else "bin")
    (wheel,) = dist.glob("threatgraph-*.whl")
    done = _run([bin_dir / "python", "-m", "pip", "install", f"{wheel}[yaml]", "pytest"], base)
    assert done.returncode == 0, done.stdout + done.stderr
    return bin_dir


def test_the_licence_ships_in_the_sdist_and_the_wheel(dist: Path) -> None:
    licence = (ROOT / "LICENSE").read_text("utf-8")
    assert "Apache License" in licence
    assert "Version 2.0, January 2004" in licence
    (wheel,) = dist.glob("threatgraph-*.whl")
    with zipfile.ZipFile(wheel) as whl:
        names = whl.namelist()
        assert whl.read("threatgraph-0.1.0.dist-info/licenses/LICENSE").decode() == licence
        metadata = whl.read("threatgraph-0.1.0.dist-info/METADATA").decode()
    assert "License-Expression: Apache-2.0" in metadata
    assert "threatgraph/py.typed" in names
    assert "threatgraph_pytest/__init__.py" in names
    assert "threatgraph/schemas/model.schema.json" in names
    (sdist,) = dist.glob("threatgraph-*.tar.gz")
    with tarfile.open(sdist) as tar:
        member = tar.extractfile("threatgraph-0.1.0/LICENSE")
        assert member is not None
        assert member.read().decode() == licence


def test_the_wheel_alone_runs_the_commands(venv: Path, tmp_path: Path) -> None:
    write_model(tmp_path)
    tg = venv / "threatgraph"
    where = _run(
        [venv / "python", "-c", "import threatgraph; print(threatgraph.__file__)"], tmp_path
    )
    assert str(venv.parent) in where.stdout  # the installed copy, not this checkout
    assert _run([tg, "check", "threat_model.py"], tmp_path).stdout.startswith("threat_model.py: ok")
    for name in ("model.json", "model.yaml", "model.otm"):
        done = _run([tg, "export", "threat_model.py", "-o", name], tmp_path)
        assert done.returncode == 0, done.stderr
    done = _run([tg, "check", "model.json", "model.yaml", "model.otm"], tmp_path)
    assert done.returncode == 0, done.stderr
    done = _run([tg, "analyze", "model.yaml", "--format", "sarif", "-o", "out.sarif"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert json.loads((tmp_path / "out.sarif").read_text("utf-8"))["version"] == "2.1.0"
    done = _run([tg, "analyze", "model.otm", "--fail-on", "high"], tmp_path)
    assert done.returncode == 1
    assert "at or above high" in done.stderr
    done = _run([tg, "render", "threat_model.py", "-o", "model.dot"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "model.dot").read_text("utf-8").startswith("digraph")
    done = _run([venv / "python", "-m", "threatgraph", "check", "model.otm"], tmp_path)
    assert done.returncode == 0, done.stderr
    assert done.stdout.startswith("model.otm: ok")


def test_the_wheel_alone_runs_the_pytest_plugin(venv: Path, tmp_path: Path) -> None:
    write_model(tmp_path)
    (tmp_path / "pyproject.toml").write_text(
        '[tool.threatgraph]\nmodel = "threat_model.py"\n', encoding="utf-8"
    )
    (tmp_path / "test_model.py").write_text(PLUGIN_TEST, encoding="utf-8")
    done = _run([venv / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider"], tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "1 passed" in done.stdout
