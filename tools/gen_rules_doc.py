"""Regenerate docs/rules.md from the built-in catalogue: ``python tools/gen_rules_doc.py``."""

from __future__ import annotations

from pathlib import Path

from threatgraph.cli.rules import catalogue_markdown
from threatgraph.rules import Catalogue

COVERAGE_NOTES = Path(__file__).with_name("rules_coverage.md")


def threat_table(cat: Catalogue) -> str:
    """Which rules cover each of the 62 reference threats."""
    from threatgraph.rules import THREATS

    by_threat: dict[str, list[str]] = {}
    for r in cat:
        if r.threat:
            by_threat.setdefault(r.threat, []).append(r.id)
    lines = [
        "# Reference threats and the rules that cover them",
        "",
        "| threat | title | rules |",
        "| --- | --- | --- |",
    ]
    for slug, t in THREATS.items():
        rules = ", ".join(f"`{i}`" for i in sorted(by_threat.get(slug, []))) or "see below"
        lines.append(f"| `{slug}` | {t.title} | {rules} |")
    return "\n".join(lines) + "\n"


def render() -> str:
    """The full page: the generated catalogue, the threat table and the coverage notes."""
    cat = Catalogue.default()
    text = catalogue_markdown(cat) + "\n" + threat_table(cat)
    if COVERAGE_NOTES.exists():
        text += "\n" + COVERAGE_NOTES.read_text(encoding="utf-8")
    return text


if __name__ == "__main__":
    out = Path(__file__).resolve().parents[1] / "docs" / "rules.md"
    out.write_text(render(), encoding="utf-8")
    print(f"wrote {out}")
