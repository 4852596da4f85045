"""Golden-file comparison for the report and export tests.

Run ``UPDATE_GOLDEN=1 pytest`` to rewrite the files after an intended change,
then review the diff. The package version is replaced by ``<VERSION>`` so that
a release does not change every golden file.
"""

from __future__ import annotations

import os
from pathlib import Path

import threatgraph

GOLDEN_DIR = Path(__file__).parent / "golden" / "reports"


def normalize(text: str) -> str:
    """Replace what legitimately changes between releases."""
    return text.replace(threatgraph.__version__, "<VERSION>")


def check_golden(name: str, text: str) -> None:
    """Assert ``text`` equals the golden file ``name`` (or rewrite it with UPDATE_GOLDEN=1)."""
    path = GOLDEN_DIR / name
    actual = normalize(text)
    if os.environ.get("UPDATE_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(actual, encoding="utf-8", newline="\n")
        return
    assert path.exists(), f"missing golden file {path}; run UPDATE_GOLDEN=1 pytest"
    expected = path.read_text(encoding="utf-8")
    assert actual == expected, f"{name} differs from its golden file; UPDATE_GOLDEN=1 rewrites it"
