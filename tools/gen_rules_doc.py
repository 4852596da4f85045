"""Regenerate docs/rules.md from the built-in catalogue: ``python tools/gen_rules_doc.py``."""

from __future__ import annotations

from pathlib import Path

from threatgraph.cli.rules import catalogue_markdown
from threatgraph.rules import Catalogue

COVERAGE_NOTES = Path(__file__).with_name("rules_coverage.md")


def render() -> str:
    """The full page: the generated catalogue plus the hand-written coverage notes."""
    text = catalogue_markdown(Catalogue.default())
    if COVERAGE_NOTES.exists():
        text += "\n" + COVERAGE_NOTES.read_text(encoding="utf-8")
    return text


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
