"""Human-readable reports: Markdown and self-contained HTML.

Both follow the structure of a threat-modeling workshop's output: summary,
scope, threat actors, diagram, threats by priority, lifecycle phases, design
decisions by layer, profile requirements, risk register and an appendix::

    from threatgraph.report import to_html, to_markdown

    text = to_markdown(report, group_by="element")
    page = to_html(report)

:func:`target_label` names a finding's target the way both reports do, for
tools that print findings themselves.
"""

from __future__ import annotations

from threatgraph.report._common import target_label
from threatgraph.report.html import to_html
from threatgraph.report.markdown import md_escape, to_markdown

__all__ = ["md_escape", "target_label", "to_html", "to_markdown"]
