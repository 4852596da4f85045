"""The likelihood × impact matrix of the open findings, for the HTML and Markdown reports.

Risk workshops are run with this picture: likelihood up the side (almost
certain on top), impact along the bottom (severe on the right), and in each of
the 25 cells the number of open findings scored there. Each count links to the
findings it counts. The cell colours are the severity bands of the default
scorer (likelihood × impact: 20 and above critical, 12 high, 6 medium, below
that low), the formula in docs/explanation/scoring.md.

The HTML report draws it as inline SVG (no script, no external resource: the
page's Content-Security-Policy forbids them) with a list of the cells'
findings under it; the Markdown report as a table. Every piece of text goes
through the writer's own escape function, and the output depends only on the
report, so it is byte-identical across runs.
"""

from __future__ import annotations

import types
from collections.abc import Callable, Sequence

import attrs

from threatgraph.findings import Finding, Report
from threatgraph.render.palette import SEVERITY_TINT
from threatgraph.scoring import band
from threatgraph.vocab import Impact, Likelihood, Severity

__all__ = ["Cell", "cells", "matrix_html", "matrix_markdown"]

Escape = Callable[[object], str]

# fill and text colour of a cell by its band: the diagrams' severity colours, lightened
_FILL = types.MappingProxyType({sev: (c.fill, c.text) for sev, c in SEVERITY_TINT.items()})

_LINKS = 6
"""Finding links shown in a Markdown cell before "+n more"."""

_CELL_W, _CELL_H, _LEFT, _TOP, _BOTTOM = 76, 44, 118, 8, 58


@attrs.frozen
class Cell:
    """One cell of the matrix: the open findings scored with this likelihood and impact."""

    likelihood: Likelihood
    impact: Impact
    findings: tuple[Finding, ...]

    @property
    def band(self) -> Severity:
        """The default scorer's severity for likelihood × impact."""
        return band(self.likelihood.score * self.impact.score)

    @property
    def anchor(self) -> str:
        """The id of the cell's entry in the HTML list: ``risk-likely-major``."""
        return f"risk-{self.likelihood.value}-{self.impact.value}"


def cells(report: Report) -> list[list[Cell]]:
    """Rows from almost certain down to rare, each from negligible to severe impact."""
    by_cell: dict[tuple[Likelihood, Impact], list[Finding]] = {}
    for f in report.open():
        by_cell.setdefault((f.likelihood, f.impact), []).append(f)
    return [
        [
            Cell(lk, im, tuple(sorted(by_cell.get((lk, im), ()), key=lambda f: f.number)))
            for im in Impact
        ]
        for lk in reversed(Likelihood)
    ]


def _numbers(cell: Cell, link: Callable[[int], str], limit: int | None) -> str:
    shown = cell.findings if limit is None else cell.findings[:limit]
    text = ", ".join(link(f.number) for f in shown)
    more = len(cell.findings) - len(shown)
    return text + (f", +{more} more" if more else "")


# --------------------------------------------------------------------------- HTML


def matrix_html(report: Report, esc: Escape) -> list[str]:
    """The SVG picture and, under it, each non-empty cell's findings as links."""
    grid = cells(report)
    opened = sum(len(c.findings) for row in grid for c in row)
    out = [
        '<figure class="matrix">',
        _svg(grid, esc, opened),
        "<figcaption>Open findings by likelihood and impact; a cell's colour is the "
        "severity the default scorer gives that score. Select a count to see its "
        "findings.</figcaption>",
        "</figure>",
    ]
    items = [
        f'<li id="{esc(c.anchor)}"><strong>{esc(c.likelihood.label)} × '
        f"{esc(c.impact.label)}</strong> ({len(c.findings)}): "
        + _numbers(c, lambda n: f'<a href="#finding-{n}">#{n}</a>', None)
        + "</li>"
        for row in grid
        for c in row
        if c.findings
    ]
    if items:
        out.append('<ul class="matrix-cells">' + "".join(items) + "</ul>")
    return out


def _svg(grid: Sequence[Sequence[Cell]], esc: Escape, opened: int) -> str:
    width = _LEFT + 5 * _CELL_W + 8
    height = _TOP + 5 * _CELL_H + _BOTTOM
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" '
        f'aria-label="{esc(f"Risk matrix: {opened} open findings by likelihood and impact")}" '
        'font-family="system-ui, sans-serif" font-size="12">'
    ]
    for r, row in enumerate(grid):
        y = _TOP + r * _CELL_H
        parts.append(
            f'<text x="{_LEFT - 8}" y="{y + _CELL_H // 2 + 4}" text-anchor="end">'
            f"{esc(row[0].likelihood.label)}</text>"
        )
        parts.extend(_svg_cell(cell, _LEFT + i * _CELL_W, y, esc) for i, cell in enumerate(row))
    base = _TOP + 5 * _CELL_H
    for i, impact in enumerate(Impact):
        x = _LEFT + i * _CELL_W + _CELL_W // 2
        parts.append(
            f'<text x="{x}" y="{base + 16}" text-anchor="middle">{esc(impact.label)}</text>'
        )
    parts.append(
        f'<text x="{_LEFT + 5 * _CELL_W // 2}" y="{base + 40}" text-anchor="middle" '
        'font-weight="600">Impact →</text>'
    )
    parts.append(
        f'<text x="14" y="{_TOP + 5 * _CELL_H // 2}" text-anchor="middle" font-weight="600" '
        f'transform="rotate(-90 14 {_TOP + 5 * _CELL_H // 2})">Likelihood →</text>'
    )
    parts.append("</svg>")
    return "".join(parts)


def _svg_cell(cell: Cell, x: int, y: int, esc: Escape) -> str:
    fill, ink = _FILL[cell.band]
    rect = (
        f'<rect x="{x}" y="{y}" width="{_CELL_W}" height="{_CELL_H}" fill="{fill}" '
        'stroke="#ffffff" stroke-width="2"/>'
    )
    n = len(cell.findings)
    if not n:
        return rect
    title = (
        f"{cell.likelihood.label} × {cell.impact.label}: {n} open finding{'s' if n != 1 else ''} "
        f"({cell.band.value})"
    )
    text = (
        f'<text x="{x + _CELL_W // 2}" y="{y + _CELL_H // 2 + 6}" text-anchor="middle" '
        f'font-size="17" font-weight="700" fill="{ink}">{n}</text>'
    )
    return f'<a href="#{esc(cell.anchor)}"><title>{esc(title)}</title>{rect}{text}</a>'


# --------------------------------------------------------------------------- Markdown


def matrix_markdown(report: Report, escape: Escape) -> tuple[list[str], list[list[str]]]:
    """The header and rows of the Markdown table: counts with links to their findings."""
    header = ["Likelihood / impact", *(escape(i.label) for i in Impact)]
    rows = []
    for row in cells(report):
        line = [f"**{escape(row[0].likelihood.label)}**"]
        for cell in row:
            if not cell.findings:
                line.append("")  # the writer shows an empty cell as a dash
                continue
            links = _numbers(cell, lambda n: f"[#{n}](#finding-{n})", _LINKS)
            line.append(f"**{len(cell.findings)}**: {links}")
        rows.append(line)
    return header, rows
