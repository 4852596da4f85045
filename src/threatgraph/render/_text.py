"""Text helpers shared by the renderers: cleaning, shortening and escaping. Private.

User text reaches three different syntaxes (Graphviz HTML-like labels, Graphviz
escString attributes such as ``tooltip``, and Mermaid quoted labels); each has
its own escaper here, and every one of them first runs :func:`clean`.
"""

from __future__ import annotations

import html
import re
import textwrap
import types

__all__ = [
    "MAX_ATTR_TEXT",
    "MAX_LABEL_TEXT",
    "clean",
    "dot_attr",
    "html_text",
    "mermaid_text",
    "shorten",
    "wrap",
]

# Characters that XML 1.0 (and so Graphviz's HTML-label parser) rejects, plus
# lone surrogates (they cannot be encoded as UTF-8) and the non-characters.
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[ \t]+")
_LINE_BREAKS = re.compile("\r\n|[\r\x85\u2028\u2029]")
ELLIPSIS = "…"


# Unicode bidirectional controls (embeddings, overrides, isolates and marks): left in
# a label they reorder the text after them (a name ending in U+202E shows the next
# words reversed); they are written as visible ``\u202e`` text instead
_BIDI_CHARS = "\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069"
_BIDI = re.compile(f"[{_BIDI_CHARS}]")

# any character that clean() would change
_UNCLEAN = re.compile(
    f"[\r\t\x85\u2028\u2029\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff{_BIDI_CHARS}]"
)


def clean(text: str) -> str:
    """``text`` with newlines normalised and tabs and unprintable characters as spaces.

    Every line break (``\\r\\n``, ``\\r``, NEL, U+2028, U+2029) becomes ``\\n``: a
    Unicode line separator left in a label would end the line for whoever splits the
    text into lines later (``str.splitlines``, JavaScript). Lone surrogates become
    U+FFFD so that the result always encodes as UTF-8. Bidirectional controls
    (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C) become visible text such
    as ``\\u202e``, so that they cannot reorder the text of a label.
    """
    if _UNCLEAN.search(text) is None:
        return text
    text = _LINE_BREAKS.sub("\n", text).replace("\t", " ")

    def _sub(m: re.Match[str]) -> str:
        return "\ufffd" if "\ud800" <= m.group() <= "\udfff" else " "

    return _BIDI.sub(_visible, _INVALID.sub(_sub, text))


def _visible(m: re.Match[str]) -> str:
    return f"\\u{ord(m.group()):04x}"


def shorten(text: str, limit: int) -> str:
    """One line of at most ``limit`` characters, ending in an ellipsis when cut."""
    one = _SPACES.sub(" ", clean(text).replace("\n", " ")).strip()
    if len(one) <= limit:
        return one
    return one[: max(limit - 1, 1)].rstrip() + ELLIPSIS


def wrap(text: str, width: int, max_lines: int) -> list[str]:
    """Lines of at most ``width`` characters, at most ``max_lines`` of them.

    Words longer than ``width`` are broken; text that does not fit ends in an
    ellipsis. User newlines are kept as line breaks.
    """
    out: list[str] = []
    for para in clean(text).split("\n"):
        para = _SPACES.sub(" ", para).strip()
        if not para:
            continue
        if len(para) <= width:
            out.append(para)  # what textwrap gives for a line that fits, without its setup
            continue
        out.extend(
            textwrap.wrap(
                para,
                width=width,
                break_long_words=True,
                break_on_hyphens=False,
            )
        )
    if len(out) > max_lines:
        last = out[max_lines - 1]
        if len(last) >= width:
            last = last[: width - 1].rstrip()
        out = [*out[: max_lines - 1], last + ELLIPSIS]
    return out


MAX_ATTR_TEXT = 2_000
"""Longest text of a DOT attribute such as a tooltip, in characters: doubled by escaping
and four bytes each at most, under Graphviz 2.43's 16 KiB per string."""
MAX_LABEL_TEXT = 1_000
"""Longest piece of text in an HTML-like label, in characters (escaping can make one
character six)."""


def _cap(text: str, limit: int) -> str:
    """``text``, or its first ``limit - 1`` characters and an ellipsis."""
    return text if len(text) <= limit else text[: limit - 1] + ELLIPSIS


def html_text(text: str) -> str:
    r"""``text`` escaped for a Graphviz HTML-like label; newlines become ``<BR/>``.

    Besides the HTML escaping, backslashes are doubled: Graphviz expands ``\N``,
    ``\G`` and friends even inside HTML-like labels, and reads ``\\`` as one
    backslash. A closing square bracket becomes ``&#93;``: Graphviz 2.43 rejects an
    element whose whole text is ``]`` or ``]]`` (``<I>]</I>`` is a syntax error) and
    then draws no diagram. Text over :data:`MAX_LABEL_TEXT` characters is cut with an
    ellipsis (Graphviz 2.43 fails on strings over 16 KiB; the reports keep the full text).
    """
    escaped = html.escape(_cap(clean(text), MAX_LABEL_TEXT), quote=True).replace("\\", "\\\\")
    return escaped.replace("]", "&#93;").replace("\n", '<BR ALIGN="CENTER"/>')


def dot_attr(text: str) -> str:
    r"""``text`` for a Graphviz escString attribute (``tooltip``), shown literally.

    Backslashes are doubled so that ``\N`` or ``\l`` in user text are not
    expanded, newlines become ``\n``, and the result is marked as *not* HTML so
    that a value such as ``<b>`` is quoted instead of read as markup. The
    graphviz package escapes the double quotes. Text over :data:`MAX_ATTR_TEXT`
    characters is cut with an ellipsis: escaped and encoded, it stays under the
    16 KiB that Graphviz 2.43 reads in one string.
    """
    from graphviz import nohtml

    body = _cap(clean(text), MAX_ATTR_TEXT).replace("\\", "\\\\").replace("\n", "\\n")
    result: str = nohtml(body)
    return result


# Mermaid decodes ``#name;`` and ``#123;`` entity codes inside labels; every
# character that could end a label, start markup or an entity is written as one.
# ``%`` too: Mermaid strips ``%%{...}%%`` directives and ``%%`` comments from the
# whole text before parsing, labels included.
_MERMAID_ENTITIES = {
    '"': "#quot;",
    "#": "#35;",
    "&": "#amp;",
    "<": "#lt;",
    ">": "#gt;",
    "|": "#124;",
    "`": "#96;",
    "%": "#37;",
}


_MERMAID_TABLE = types.MappingProxyType(str.maketrans(_MERMAID_ENTITIES))


def mermaid_text(text: str) -> str:
    """``text`` for the inside of a quoted Mermaid label; newlines become ``<br/>``."""
    # no entity contains a newline, so translating first and then breaking the
    # lines is the same as breaking first
    return clean(text).translate(_MERMAID_TABLE).replace("\n", "<br/>")
