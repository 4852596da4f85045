"""What the commands share about the files their options name."""

from __future__ import annotations

from pathlib import Path

from threatgraph.errors import InvalidValueError

__all__ = ["REGISTER_FIX", "existing_file"]

REGISTER_FIX = (
    "write the risk register first (docs/how-to/risk-register.md), or leave out --register"
)
"""How to fix a ``--register FILE`` that does not exist."""


def existing_file(path: str, option: str, fix: str) -> Path:
    """The file an option such as ``--register FILE`` names; an error that names the option,
    shows the path and says how to fix it (``fix``) when nothing is there."""
    found = Path(path)
    if not found.exists() and not _a_model_target(path):
        raise InvalidValueError(f"{option} {path!r}: no such file; {fix}")
    return found


def _a_model_target(path: str) -> bool:
    """``threat_model.py:tm``, a Python model named where a file is wanted: the loader
    says what it is and what to give instead, which says more than "no such file"."""
    file, sep, _ = path.rpartition(":")
    return bool(sep) and file.endswith(".py") and Path(file).is_file()
