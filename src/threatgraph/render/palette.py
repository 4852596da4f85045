"""The severity colours every picture and report uses: one palette, so a critical
finding is the same colour in the diagram, its legend, the HTML report and the risk
matrix. Colours were chosen for contrast with their text (WCAG AA or better); the
severity is always spelled out too, so colour is never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

import attrs

from threatgraph.vocab import Severity

__all__ = ["SEVERITY", "SEVERITY_TINT", "Colour"]


@attrs.frozen
class Colour:
    """A fill colour and the text colour that reads on it."""

    fill: str
    text: str


SEVERITY: Mapping[Severity, Colour] = MappingProxyType(
    {
        Severity.CRITICAL: Colour("#6a1b9a", "#ffffff"),
        Severity.HIGH: Colour("#c62828", "#ffffff"),
        Severity.MEDIUM: Colour("#f57c00", "#000000"),
        Severity.LOW: Colour("#fbc02d", "#000000"),
        Severity.INFO: Colour("#b0bec5", "#000000"),
    }
)
"""Badge colours by highest open severity: purple, red, orange, yellow, grey. The
diagrams' badges, the HTML report's severity labels and the legend all use these."""

SEVERITY_TINT: Mapping[Severity, Colour] = MappingProxyType(
    {
        Severity.CRITICAL: Colour("#f3e5f5", "#4a148c"),
        Severity.HIGH: Colour("#ffebee", "#b71c1c"),
        Severity.MEDIUM: Colour("#fff3e0", "#8a3c00"),
        Severity.LOW: Colour("#fffde7", "#6d5200"),
        Severity.INFO: Colour("#eceff1", "#263238"),
    }
)
"""The same hues lightened, with dark text of the hue: cells of the risk matrix."""
