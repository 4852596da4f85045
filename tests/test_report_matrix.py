"""The likelihood × impact matrix in the HTML and Markdown reports."""

from __future__ import annotations

import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

import threatgraph as tg
from _report_example import build_report, hostile_report
from threatgraph.findings import Report
from threatgraph.report._matrix import cells, matrix_html, matrix_markdown
from threatgraph.report.html import esc, to_html
from threatgraph.report.markdown import md_escape, to_markdown
from threatgraph.vocab import Impact, Likelihood, Severity

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="module")
def estate() -> Report:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))
    from benchmarks.synth import synthetic_model

    return tg.analyze(synthetic_model(100, seed=0).freeze())


def test_cells_count_every_open_finding_once(estate: Report) -> None:
    grid = cells(estate)
    assert [row[0].likelihood for row in grid] == list(reversed(Likelihood))
    assert [c.impact for c in grid[0]] == list(Impact)
    counted = [f.number for row in grid for c in row for f in c.findings]
    assert sorted(counted) == sorted(f.number for f in estate.open())
    for row in grid:
        for c in row:
            assert all((f.likelihood, f.impact) == (c.likelihood, c.impact) for f in c.findings)
            assert [f.number for f in c.findings] == sorted(f.number for f in c.findings)


def test_cell_colours_are_the_default_bands() -> None:
    grid = cells(build_report())
    assert grid[0][4].band is Severity.CRITICAL  # almost certain × severe = 25
    assert grid[4][0].band is Severity.LOW  # rare × negligible = 1
    assert grid[2][2].band is Severity.MEDIUM  # possible × moderate = 9


def test_html_counts_link_to_a_list_whose_entries_link_to_the_findings(estate: Report) -> None:
    parts = matrix_html(estate, esc)
    svg = next(p for p in parts if p.startswith("<svg"))
    root = ET.fromstring(svg)  # well-formed SVG
    ns = "{http://www.w3.org/2000/svg}"
    targets = [a.get("href") for a in root.iter(f"{ns}a")]
    listed = "".join(parts)
    for href in targets:
        assert href is not None
        assert f'id="{href[1:]}"' in listed
    drawn = sum(int(t.text or 0) for a in root.iter(f"{ns}a") for t in a.iter(f"{ns}text"))
    assert drawn == len(estate.open())
    linked = set(re.findall(r'href="#finding-(\d+)"', listed))
    assert linked == {str(f.number) for f in estate.open()}


def test_the_html_page_has_the_anchor_of_every_matrix_link(estate: Report) -> None:
    page = to_html(estate, diagram=False)
    ids = set(re.findall(r' id="([^"]+)"', page))
    for href in re.findall(r'href="#([^"]+)"', page):
        assert href in ids, href


def test_markdown_table_links_at_most_six_findings_a_cell(estate: Report) -> None:
    header, rows = matrix_markdown(estate, md_escape)
    assert header == ["Likelihood / impact", "negligible", "minor", "moderate", "major", "severe"]
    assert len(rows) == 5
    for row in rows:
        for cell in row[1:]:
            assert len(re.findall(r"\]\(#finding-\d+\)", cell)) <= 6
            m = re.match(r"\*\*(\d+)\*\*: ", cell)
            if m and int(m.group(1)) > 6:
                assert cell.endswith(f"+{int(m.group(1)) - 6} more")
    text = to_markdown(estate)
    assert "**Risk matrix** (open findings by likelihood and impact)" in text
    assert "| **almost certain** |" in text


def test_every_word_goes_through_the_writers_escape() -> None:
    report = hostile_report()
    seen: list[str] = []

    def spy(value: object) -> str:
        seen.append(str(value))
        return esc(value)

    matrix_html(report, spy)
    assert "likely" in seen
    assert "major" in seen
    assert any(s.startswith("Risk matrix:") for s in seen)


def test_deterministic(estate: Report) -> None:
    assert matrix_html(estate, esc) == matrix_html(estate, esc)
    assert matrix_markdown(estate, md_escape) == matrix_markdown(estate, md_escape)


def test_no_open_findings_draws_an_empty_matrix() -> None:
    tm = tg.ThreatModel("empty", actors=())
    tm.add(tg.Service("alone"))
    report = Report(system=tm.freeze(), findings=())
    parts = matrix_html(report, esc)
    assert "<ul" not in "".join(parts)
    assert "<a " not in "".join(parts)
    assert 'aria-label="Risk matrix: 0 open findings' in "".join(parts)
    _, rows = matrix_markdown(report, md_escape)
    assert [cell for row in rows for cell in row[1:]] == [""] * 25
