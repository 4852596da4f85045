"""What the command line prints on the terminal, made inert.

Problem and error text often quotes what a model file says (an element's name, an
id, the message of an exception a ``.py`` model raised). Printed as it is, an
ANSI escape in a name could clear the screen or recolour the output, a line break
could forge a second problem line, and a bidi control could reorder what the
reader sees. :func:`inert` writes every such character as an escape instead, so
each problem stays on its one line and shows what the file really holds::

    >>> inert("Bot\\x1b[2J\\nsecond line\\u202e")
    'Bot\\\\x1b[2J\\\\nsecond line\\\\u202e'

Everything the CLI prints about a problem goes through :func:`say` (or
:func:`error_lines` for an exception), so no message has to remember to escape.
"""

from __future__ import annotations

import re
import sys
import types
from collections.abc import Sequence
from typing import TextIO

__all__ = ["error_lines", "inert", "safe_str", "say"]

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")
"""C0 controls (line breaks and tabs included), DEL, C1 controls, the bidi marks and
controls (U+061C, U+200E, U+200F, U+202A-U+202E, U+2066-U+2069) and the Unicode line
and paragraph separators."""

_NAMED = types.MappingProxyType({"\n": "\\n", "\r": "\\r", "\t": "\\t"})

_MAX_TEXT = 2000
"""Longest text shown from an exception a model raised (a message can be megabytes)."""


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    if ch in _NAMED:
        return _NAMED[ch]
    code = ord(ch)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def inert(text: object) -> str:
    """``text`` as one terminal line: control, bidi and line-breaking characters escaped."""
    return _UNSAFE.sub(_escape, safe_str(text))


def safe_str(value: object) -> str:
    """``str(value)``, or ``<TypeName>`` when turning it into a string fails (a model's
    exception may have a ``__str__`` that raises); cut to a readable length."""
    try:
        text = value if isinstance(value, str) else str(value)
    except (Exception, SystemExit):  # any failure of a foreign __str__
        return f"<{type(value).__name__}>"
    if len(text) > _MAX_TEXT:
        text = text[:_MAX_TEXT] + f"... ({len(text) - _MAX_TEXT:,} more characters)"
    return text


def say(*lines: object, stream: TextIO | None = None) -> None:
    """Print each of ``lines`` made :func:`inert` on its own line (standard error by
    default): a line never breaks into two, whatever it quotes."""
    out = sys.stderr if stream is None else stream
    out.write("".join(inert(line) + "\n" for line in lines))
    out.flush()


def error_lines(exc: BaseException) -> list[str]:
    """The lines that tell what ``exc`` says, each already made inert.

    An error that carries several problems (or violations, or rule errors) is its
    headline, then one line per item; any other error is one line."""
    items: Sequence[object] = ()
    for name in ("problems", "violations", "errors"):
        found = getattr(exc, name, None)
        if isinstance(found, Sequence) and not isinstance(found, str) and found:
            items = found
            break
    headline = getattr(exc, "headline", None)
    if items and headline is not None:
        return [inert(headline), *(inert(f"- {item}") for item in items)]
    if items:  # AnalysisIncompleteError: its headline is the first line of its message
        first = safe_str(exc).partition("\n")[0]
        return [inert(first), *(inert(f"- {item}") for item in items)]
    return [inert(exc)]
