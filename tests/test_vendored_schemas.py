"""The published schemas the tests validate against are in the repository, unchanged.

They used to be read from a folder beside the checkout, and the schema tests
skipped without it; now a clone runs them everywhere. The README beside them
records where each comes from and its licence, and the hashes checked here.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

import pytest

SCHEMAS = Path(__file__).resolve().parent / "data" / "schemas"


def _recorded() -> dict[str, str]:
    readme = (SCHEMAS / "README.md").read_text("utf-8")
    return {m[2]: m[1] for m in re.finditer(r"^([0-9a-f]{64})  (\S+)$", readme, re.MULTILINE)}


def test_every_vendored_file_is_recorded_in_the_readme() -> None:
    files = sorted(p.name for p in SCHEMAS.glob("*.json"))
    assert files == ["otm_example.json", "otm_schema.json", "sarif-schema-2.1.0.json"]
    assert sorted(_recorded()) == files


@pytest.mark.parametrize("name", sorted(_recorded()))
def test_the_copy_is_unchanged(name: str) -> None:
    digest = hashlib.sha256((SCHEMAS / name).read_bytes()).hexdigest()
    assert digest == _recorded()[name]


def test_no_test_reads_schemas_from_outside_the_repository() -> None:
    tests = Path(__file__).resolve().parent
    outside = '"shared" / ' + '"schemas"'  # spelt in two parts so this file does not match
    for path in sorted(tests.glob("*.py")):
        assert outside not in path.read_text("utf-8"), path.name
