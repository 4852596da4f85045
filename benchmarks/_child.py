"""Run a benchmark's measurement in a Python child process and read its JSON result."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def child_json(args: Sequence[str], path: Sequence[Path], what: str) -> dict[str, Any]:
    """Run ``python *args`` from the repository root with ``path`` put before
    PYTHONPATH; the child's last line on stdout is its JSON result. A failing child
    ends the run with its stderr, named by ``what``."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(
        filter(None, [*(str(p) for p in path), env.get("PYTHONPATH")])
    )
    proc = subprocess.run(
        [sys.executable, *args], cwd=ROOT, env=env, capture_output=True, text=True, check=False
    )
    if proc.returncode != 0:
        raise SystemExit(f"{what} failed:\n{proc.stderr[-2000:]}")
    got: dict[str, Any] = json.loads(proc.stdout.strip().splitlines()[-1])
    return got
