"""Meta-tests: every rule in the default catalogue is complete, cites real taxonomy
ids, and has a firing and a non-firing case."""

from __future__ import annotations

import csv
import importlib
from pathlib import Path

import pytest

from threatgraph.rules import Catalogue, Rule

REFERENCE = Path(__file__).resolve().parents[1].parent / "shared" / "reference"


def _ids(filename: str, column: str) -> set[str]:
    with (REFERENCE / filename).open(encoding="utf-8") as fh:
        return {row[column] for row in csv.DictReader(fh) if row.get(column)}


def _cases() -> dict[str, tuple[object, object]]:
    cases: dict[str, tuple[object, object]] = {}
    for name in ("rule_cases_core", "rule_cases_ai"):
        try:
            module = importlib.import_module(name)
        except ModuleNotFoundError:
            continue
        cases.update(module.CASES)
    return cases


CATALOGUE = Catalogue.default()
RULES = list(CATALOGUE)
CASES = _cases()


def test_catalogue_is_not_trivially_small() -> None:
    assert len(RULES) >= 40


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_metadata_is_complete(rule: Rule) -> None:
    assert rule.title
    assert len(rule.description) >= 40, "descriptions explain the threat in a sentence or two"
    assert rule.stride
    assert rule.phases
    # requirements cite their profile or framework; governance items such as fairness or
    # a promotion gate have no ATLAS, OWASP or CWE entry, and none is made up for them
    assert rule.references or rule.is_requirement, f"{rule.id} cites no ATLAS, OWASP or CWE id"


@pytest.mark.skipif(not REFERENCE.is_dir(), reason="../shared/reference is not beside the checkout")
@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_references_exist_in_reference_data(rule: Rule) -> None:
    atlas = _ids("atlas.csv", "id")
    owasp = _ids("owasp.csv", "versioned_id") | {
        i for i in _ids("owasp.csv", "id") if i.startswith("AGT-")
    }
    cwe = _ids("cwe.csv", "id")
    assert set(rule.atlas) <= atlas, set(rule.atlas) - atlas
    assert set(rule.owasp) <= owasp, set(rule.owasp) - owasp
    assert set(rule.cwe) <= cwe, set(rule.cwe) - cwe


def _raised(report: object, rule: Rule) -> bool:
    """A threat rule raised a finding; a requirement is unmet somewhere."""
    if rule.is_requirement:
        reqs = [r for r in report.requirements if r.id == rule.id]  # type: ignore[attr-defined]
        assert len(reqs) == 1, f"{rule.id} must be reported exactly once, got {len(reqs)}"
        unmet = reqs[0].status == "unmet"
        # an unmet requirement raises exactly one finding, or none when it is report-only
        assert len(report.for_rule(rule.id)) == (1 if unmet and rule.raises else 0)  # type: ignore[attr-defined]
        return unmet
    return bool(report.for_rule(rule.id))  # type: ignore[attr-defined]


@pytest.mark.parametrize("rule", RULES, ids=lambda r: r.id)
def test_rule_has_firing_and_non_firing_case(rule: Rule) -> None:
    assert rule.id in CASES, f"add a firing and a non-firing case for {rule.id}"
    fire, quiet = CASES[rule.id]
    only = Catalogue([rule])
    fired = fire().analyze(catalogue=only)  # type: ignore[attr-defined]
    assert fired.complete, fired.errors
    assert _raised(fired, rule), f"{rule.id} did not fire on its firing case"
    silent = quiet().analyze(catalogue=only)  # type: ignore[attr-defined]
    assert silent.complete, silent.errors
    assert not _raised(silent, rule), f"{rule.id} fired on its non-firing case"


def test_cases_name_only_existing_rules() -> None:
    assert set(CASES) <= set(CATALOGUE.ids), set(CASES) - set(CATALOGUE.ids)


def test_catalogues_are_independent_values() -> None:
    a = Catalogue.default()
    b = a.without("stride/")
    assert len(b) < len(a)
    assert "stride/exposed-interface" in a
    assert "stride/exposed-interface" not in b
