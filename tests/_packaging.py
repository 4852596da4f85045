"""Helpers for the tests that install threatgraph the way users do (pre-commit, a wheel).

Those tests make fresh virtual environments and install into them with pip. Where
pip's configuration names local package indexes (``file://`` URLs, as on the
project's machines), pip is pointed at those alone, so the tests need no network;
elsewhere pip keeps its own configuration.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _configured_index_urls() -> list[str]:
    done = subprocess.run(
        [sys.executable, "-m", "pip", "config", "list"],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    urls: list[str] = []
    for line in done.stdout.splitlines():
        found = re.match(r"^[^=]*\.(?:extra-)?index-url='(.*)'$", line.strip())
        if found:
            urls += found[1].split()
    for name in ("PIP_INDEX_URL", "PIP_EXTRA_INDEX_URL"):
        urls += os.environ.get(name, "").split()
    return urls


def offline_pip_env() -> dict[str, str]:
    """The environment for pip in a fresh venv: the local indexes only, when there are any."""
    env = dict(os.environ)
    local = list(dict.fromkeys(u for u in _configured_index_urls() if u.startswith("file:")))
    if local:
        env["PIP_INDEX_URL"] = local[0]
        env["PIP_EXTRA_INDEX_URL"] = " ".join(local[1:])
    env["PIP_DISABLE_PIP_VERSION_CHECK"] = "1"
    return env


def git_checkout_reason() -> str | None:
    """Why the repository cannot be used as a git repository here, or None when it can."""
    if shutil.which("git") is None:
        return "git is not installed"
    if not (ROOT / ".git").exists():
        return f"{ROOT} is not a git checkout (an sdist?)"
    return None
