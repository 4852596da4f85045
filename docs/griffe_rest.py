"""A griffe extension for the API reference: the reST bits of our docstrings as Markdown.

threatgraph's docstrings are Google style (which mkdocstrings reads as such) with a
few reStructuredText habits: roles (``:class:`~threatgraph.system.System```),
double-backtick literals, ``::`` before a code block, bare doctest blocks and simple
tables. This extension rewrites those into Markdown when griffe loads each object,
and leaves the Google sections (``Args:``, ``Returns:``...) for mkdocstrings.
It is named in mkdocs.yml (``extensions:`` of the python handler); it is not part of
the package.
"""

from __future__ import annotations

import ast
import re
import textwrap
from typing import Any

import griffe

_ROLE = re.compile(r":(?:py:)?(?:class|func|meth|attr|mod|data|exc|obj):`(~?)([^`]+)`")
_LITERAL = re.compile(r"``([^`]+)``")
_TABLE_RULE = re.compile(r"^=+(\s+=+)+$")


def _inline(text: str) -> str:
    def role(m: re.Match[str]) -> str:
        name = m[2]
        return f"`{name.rsplit('.', 1)[-1] if m[1] else name}`"

    return _LITERAL.sub(r"`\1`", _ROLE.sub(role, text))


def _indented_block(lines: list[str], i: int) -> tuple[list[str], int]:
    """The indented lines from ``i`` (blank lines inside included), and where they end."""
    while i < len(lines) and not lines[i].strip():
        i += 1
    block: list[str] = []
    while i < len(lines) and (lines[i].startswith(" ") or not lines[i].strip()):
        block.append(lines[i])
        i += 1
    while block and not block[-1].strip():
        block.pop()
    return block, i


def _fence(code: str) -> str:
    if code.lstrip().startswith(">>>"):
        return "pycon"
    if "====" in code or code.lstrip().startswith(("$", "threatgraph ")):
        return "text"
    return "python"


def to_markdown(doc: str) -> str:
    """The docstring with reST roles, literals, ``::`` blocks, doctests and tables as Markdown."""
    lines = doc.splitlines()
    out: list[str] = []
    i = 0
    while i < len(lines):
        line = lines[i]
        stripped = line.strip()
        indent = line[: len(line) - len(line.lstrip())]
        if stripped.startswith(">>>") and not (out and out[-1].strip() and out[-1][:1] == " "):
            block = []
            while i < len(lines) and lines[i].strip():
                block.append(lines[i])
                i += 1
            code = textwrap.dedent("\n".join(block))
            out += [f"{indent}```pycon", *(indent + c for c in code.splitlines()), f"{indent}```"]
            continue
        if stripped.endswith("::") and not stripped.startswith((">>>", "...")):
            text = line[:-1] if stripped != "::" else ""
            if text.strip():
                out.append(_inline(text))
            block, i = _indented_block(lines, i + 1)
            code = textwrap.dedent("\n".join(block))
            out += ["", f"{indent}```{_fence(code)}", *(indent + c for c in code.splitlines())]
            out += [f"{indent}```", ""]
            continue
        if _TABLE_RULE.match(stripped):
            block = [line]
            rules = 1
            i += 1
            while i < len(lines) and rules < 3:
                block.append(lines[i])
                rules += bool(_TABLE_RULE.match(lines[i].strip()))
                i += 1
            out += [f"{indent}```text", *block, f"{indent}```"]
            continue
        out.append(_inline(line))
        i += 1
    return "\n".join(out)


def attrs_default(value: str) -> str | None:
    """``attrs.field(default=False, validator=...)`` -> ``"False"``; the value unchanged
    when it is not an ``attrs.field`` call, and None for a field without a default."""
    try:
        call = ast.parse(value, mode="eval").body
    except (SyntaxError, ValueError):  # ValueError: a lone surrogate in a regex's text
        return value
    if not (isinstance(call, ast.Call) and ast.unparse(call.func) in ("attrs.field", "field")):
        return value
    for keyword in call.keywords:
        if keyword.arg == "default":
            return ast.unparse(keyword.value)
        if keyword.arg == "factory":
            factory = keyword.value
            if isinstance(factory, ast.Lambda):
                return ast.unparse(factory.body)
            return f"{ast.unparse(factory)}()"
    return None


class ReSTToMarkdown(griffe.Extension):
    """Rewrite every docstring as it is loaded (modules, classes, functions, attributes),
    and show an attrs field's default instead of its ``attrs.field(...)`` call: the fields
    of the model's classes are the keyword arguments users write."""

    def on_instance(self, *, obj: griffe.Object, **kwargs: Any) -> None:
        if obj.docstring is not None:
            obj.docstring.value = to_markdown(obj.docstring.value)
        if isinstance(obj, griffe.Attribute) and obj.value is not None:
            obj.value = attrs_default(str(obj.value))
