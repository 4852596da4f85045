"""Diagrams as files and bytes in any format: :func:`render` and :func:`write`.

DOT and Mermaid are text and need nothing else; SVG, PNG and PDF are piped
through Graphviz's ``dot``.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from threatgraph._util import did_you_mean
from threatgraph.errors import InvalidValueError
from threatgraph.render.graphviz import pipe, to_digraph, to_dot
from threatgraph.render.mermaid import to_mermaid
from threatgraph.render.options import DiagramOptions, resolve_options

__all__ = ["FORMATS", "PNG_SIZE", "SUFFIXES", "fit_png", "render", "write"]

FORMATS = ("dot", "svg", "png", "pdf", "mermaid")
"""Output formats: DOT and Mermaid text need nothing else; the others need ``dot``."""

SUFFIXES = {
    ".dot": "dot",
    ".gv": "dot",
    ".svg": "svg",
    ".png": "png",
    ".pdf": "pdf",
    ".mmd": "mermaid",
    ".mermaid": "mermaid",
    ".md": "mermaid",
}


# --------------------------------------------------------------------------- options


def render(
    obj: Any, format: str = "svg", options: DiagramOptions | None = None, **kw: Any
) -> bytes:
    """The diagram in ``format`` (``dot``, ``svg``, ``png``, ``pdf`` or ``mermaid``), as bytes.

    SVG, PNG and PDF are piped through Graphviz's ``dot``; nothing is written to
    disk. Raises :class:`~threatgraph.errors.GraphvizNotFoundError` (with install
    instructions) when ``dot`` is missing.
    """
    fmt = _check_format(format)
    if fmt == "dot":
        return to_dot(obj, options, **kw).encode("utf-8")
    if fmt == "mermaid":
        return to_mermaid(obj, resolve_options(options, kw)).encode("utf-8")
    digraph = to_digraph(obj, options, **kw)
    if fmt == "png":
        fit_png(digraph)
    return pipe(digraph, fmt)


PNG_SIZE = "20,20"
"""Graphviz ``size`` of PNG output: at most 20 by 20 inches, 1,920 pixels at
Graphviz's 96 dpi. A wide model used to give a PNG of 4,409 pixels; a larger
drawing is scaled down to fit, a smaller one is left as it is. SVG and PDF
scale without loss and keep their natural size."""


def fit_png(digraph: Any) -> None:
    """Make a ``graphviz.Digraph`` render as a PNG of at most 1,920 pixels a side."""
    digraph.graph_attr["size"] = PNG_SIZE


def write(
    obj: Any,
    path: str | Path,
    format: str | None = None,
    options: DiagramOptions | None = None,
    **kw: Any,
) -> Path:
    """Render and write the diagram to ``path``; the format defaults to the file's suffix.

    ``.dot``/``.gv``, ``.svg``, ``.png``, ``.pdf``, ``.mmd``/``.mermaid``, and
    ``.md`` (a Mermaid block ready for GitHub). The file is written only once
    rendering has succeeded.
    """
    target = Path(path)
    suffix = target.suffix.lower()
    if format is None:
        if suffix not in SUFFIXES:
            raise InvalidValueError.for_field(
                "path",
                str(path),
                expected="a file name ending in " + ", ".join(sorted(SUFFIXES)),
                owner="write",
                hint="or pass format='svg' (or dot, png, pdf, mermaid)",
            )
        fmt = SUFFIXES[suffix]
    else:
        fmt = _check_format(format)
    data = render(obj, fmt, options, **kw)
    if fmt == "mermaid" and suffix == ".md":
        data = b"```mermaid\n" + data + b"```\n"
    target.write_bytes(data)
    return target


def _check_format(fmt: Any) -> str:
    aliases = {"gv": "dot", "mmd": "mermaid"}
    key = fmt.strip().lower() if isinstance(fmt, str) else fmt
    key = aliases.get(key, key) if isinstance(key, str) else key
    if key in FORMATS:
        return str(key)
    hint = did_you_mean(str(fmt), FORMATS) if isinstance(fmt, str) else None
    raise InvalidValueError.for_field(
        "format", fmt, expected="one of " + ", ".join(FORMATS), owner="render", hint=hint
    )
