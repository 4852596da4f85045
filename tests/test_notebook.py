"""The design-review notebook runs top to bottom in a real Jupyter kernel.

The kernel is this interpreter (``sys.executable``), described by a kernel spec
written to a temporary directory, so no ``ipykernel install`` step is needed in
CI or on a laptop.
"""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = ROOT / "examples" / "notebooks"
NOTEBOOK = NOTEBOOKS / "design_review.ipynb"

HAS_ENGINE = importlib.util.find_spec("threatgraph.analysis") is not None


def _load_generator():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("make_notebook", NOTEBOOKS / "make_notebook.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_notebook_matches_its_generator() -> None:
    generator = _load_generator()
    assert generator.main(["--check"]) == 0, (
        "design_review.ipynb is out of date; run python examples/notebooks/make_notebook.py"
    )


def test_committed_notebook_has_no_outputs() -> None:
    nb = json.loads(NOTEBOOK.read_text(encoding="utf-8"))
    for cell in nb["cells"]:
        if cell["cell_type"] == "code":
            assert cell["outputs"] == []
            assert cell["execution_count"] is None


@pytest.mark.skipif(not HAS_ENGINE, reason="threatgraph.analysis not available yet")
def test_notebook_executes_without_errors(tmp_path: Path) -> None:
    nbformat = pytest.importorskip("nbformat")
    nbclient = pytest.importorskip("nbclient")
    from jupyter_client.kernelspec import KernelSpecManager
    from jupyter_client.manager import KernelManager

    spec_dir = tmp_path / "kernels" / "threatgraph-test"
    spec_dir.mkdir(parents=True)
    (spec_dir / "kernel.json").write_text(
        json.dumps(
            {
                "argv": [sys.executable, "-m", "ipykernel_launcher", "-f", "{connection_file}"],
                "display_name": "threatgraph test kernel",
                "language": "python",
            }
        ),
        encoding="utf-8",
    )
    kernel_dirs = [str(tmp_path / "kernels")]

    class TestKernelManager(KernelManager):  # type: ignore[misc]
        """A kernel manager that finds only the temporary kernel spec."""

        def __init__(self, **kwargs: object) -> None:
            super().__init__(
                kernel_spec_manager=KernelSpecManager(kernel_dirs=kernel_dirs), **kwargs
            )

    nb = nbformat.read(NOTEBOOK, as_version=4)
    client = nbclient.NotebookClient(
        nb,
        kernel_name="threatgraph-test",
        kernel_manager_class=TestKernelManager,
        timeout=120,
        allow_errors=False,
        resources={"metadata": {"path": str(tmp_path)}},
    )
    client.execute()  # starts, and afterwards shuts down and cleans up, its own kernel

    outputs = [out for cell in nb.cells if cell.cell_type == "code" for out in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    text = "".join(o.get("text", "") for o in outputs if o.output_type == "stream")
    assert "invariants hold" in text
    # the report was displayed as a rich object, not only printed
    assert any(o.output_type == "execute_result" and "text/plain" in o.data for o in outputs)
