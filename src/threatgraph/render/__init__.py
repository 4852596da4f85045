"""Diagrams: Graphviz and Mermaid renderings of a System or Report."""

from __future__ import annotations

from typing import Any


def mimebundle(obj: Any) -> dict[str, str]:
    """Notebook display: SVG when Graphviz's ``dot`` is installed, text otherwise."""
    return {"text/plain": repr(obj)}
