"""docs/rules.md is generated from the catalogue and must stay in sync with it."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

from threatgraph.cli import main
from threatgraph.rules import Catalogue

ROOT = Path(__file__).resolve().parents[1]


def _render() -> str:
    spec = importlib.util.spec_from_file_location(
        "gen_rules_doc", ROOT / "tools" / "gen_rules_doc.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    text: str = module.render()
    return text


def test_rules_doc_is_current() -> None:
    expected = _render()
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, "run: python tools/gen_rules_doc.py"


def test_rules_doc_mentions_every_rule() -> None:
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule_id in Catalogue.default().ids:
        assert f"## {rule_id}" in text


def test_rules_json_lists_the_catalogue(capsys: object) -> None:
    assert main(["rules", "--format", "json"]) == 0
    out = capsys.readouterr().out  # type: ignore[attr-defined]
    data = json.loads(out)
    ids = [r["id"] for r in data["rules"]]
    assert ids == list(Catalogue.default().ids)
    first = data["rules"][0]
    assert set(first) >= {"id", "title", "stride", "phases", "applies_to", "references", "controls"}


def test_rules_filters(capsys: object) -> None:
    assert main(["rules", "--format", "json", "--owasp", "LLM01:2025"]) == 0
    data = json.loads(capsys.readouterr().out)  # type: ignore[attr-defined]
    assert data["rules"]
    assert all("LLM01:2025" in r["references"]["owasp"] for r in data["rules"])
    assert main(["rules", "--stride", "R", "--phase", "inference"]) == 0
    text = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "profile/baseline/audit-logging" in text
    assert main(["rules", "--kind", "data_store", "--format", "md"]) == 0
    md = capsys.readouterr().out  # type: ignore[attr-defined]
    assert "stride/missing-subject-authorization" in md


def test_rules_rejects_an_unknown_kind(capsys: object) -> None:
    assert main(["rules", "--kind", "vectorstore"]) == 2
    err = capsys.readouterr().err  # type: ignore[attr-defined]
    assert "vector_store" in err


def test_every_reference_threat_and_flow_pattern_is_covered() -> None:
    """Each of the 62 reference threats has a rule naming it, or docs/rules.md says why not;
    each flow pattern F01-F23 lists rules that exist."""
    import csv
    import re

    from threatgraph.rules import THREATS

    cat = Catalogue.default()
    text = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    notes = text.split("## Reference threats without a rule of their own", 1)
    assert len(notes) == 2
    named = {r.threat for r in cat if r.threat}
    for slug in THREATS:
        assert slug in named or f"`{slug}`" in notes[1], slug
    reference = ROOT.parent / "shared" / "reference" / "mapping_threats.csv"
    if reference.exists():
        with reference.open(encoding="utf-8") as fh:
            assert {row["slug"] for row in csv.DictReader(fh)} == set(THREATS)
    for n in range(1, 24):
        row = re.search(rf"^\| F{n:02d} \|.*\| (.*) \|$", text, re.MULTILINE)
        assert row, f"F{n:02d} missing from the coverage table"
        ids = re.findall(r"`([a-z]+/[a-z0-9-]+)`", row.group(1))
        assert ids
        for rule_id in ids:
            assert rule_id in cat, rule_id
