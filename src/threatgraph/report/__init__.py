"""Human-readable reports: Markdown and self-contained HTML.

Both follow the structure of a threat-modeling workshop's output: summary,
scope, threat actors, diagram, threats by priority, lifecycle phases, design
decisions by layer, profile requirements, risk register and an appendix::

    from threatgraph.report import to_html, to_markdown

    text = to_markdown(report, group_by="element")
    page = to_html(report)
"""

from __future__ import annotations

from threatgraph.report.html import to_html
from threatgraph.report.markdown import md_escape, to_markdown

__all__ = ["md_escape", "to_html", "to_markdown"]
