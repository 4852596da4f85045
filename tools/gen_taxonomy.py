"""Generate ``src/threatgraph/data/taxonomy.json`` from the shared reference CSVs.

The package ships the names of the MITRE ATLAS, OWASP and CWE entries it links
to, so that reports can say "LLM01:2025 Prompt Injection" without network
access. Run this after the reference data changes::

    python tools/gen_taxonomy.py [REFERENCE_DIR]

REFERENCE_DIR defaults to ``../shared/reference`` next to the repository.
``tests/test_taxonomy.py`` checks that the committed JSON is in sync.
"""

from __future__ import annotations

import csv
import json
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_REFERENCE = ROOT.parent / "shared" / "reference"
OUTPUT = ROOT / "src" / "threatgraph" / "data" / "taxonomy.json"


def _rows(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as fh:
        return list(csv.DictReader(fh))


def build(reference_dir: Path) -> dict[str, Any]:
    """The taxonomy table: ``{"names": {id: name}, "versions": {taxonomy: version}}``."""
    names: dict[str, str] = {}
    versions: dict[str, str] = {}
    for row in _rows(reference_dir / "atlas.csv"):
        # sub-technique names ("Direct") read better with their parent's
        parent = row.get("parent_name") or ""
        names[row["id"]] = f"{parent}: {row['name']}" if parent else row["name"]
        versions["MITRE ATLAS"] = row["atlas_data_version"]
    for row in _rows(reference_dir / "atlas_mitigations.csv"):
        names[row["id"]] = row["name"]
    for row in _rows(reference_dir / "owasp.csv"):
        names[row["versioned_id"]] = row["name"]
    for row in _rows(reference_dir / "cwe.csv"):
        names[row["id"]] = row["name"]
    return {
        "names": dict(sorted(names.items())),
        "versions": dict(sorted(versions.items())),
    }


def render(table: dict[str, Any]) -> str:
    """The JSON text written to the package, one entry per line for readable diffs."""
    return json.dumps(table, indent=1, sort_keys=True, ensure_ascii=False) + "\n"


def main(argv: list[str]) -> int:
    reference = Path(argv[0]) if argv else DEFAULT_REFERENCE
    OUTPUT.write_text(render(build(reference)), encoding="utf-8")
    print(f"wrote {OUTPUT.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
