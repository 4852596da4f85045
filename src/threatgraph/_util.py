"""Small helpers shared by the value classes. Private."""

from __future__ import annotations

import contextlib
import difflib
import functools
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any, TypeVar

import attrs

from threatgraph.errors import MissingFieldError, UnknownFieldError

_PKG_DIR = os.path.dirname(os.path.abspath(__file__))
# frames of contextlib sit between `with tm.boundary(...)` and the builder: skip them too
_SKIP_FILES = (_PKG_DIR, "<attrs", contextlib.__file__)
_SLUG_RE = re.compile(r"[^a-z0-9]+")

EMPTY: frozenset[Any] = frozenset()
"""The one empty frozenset that value converters return: an empty set costs 216 bytes, and
most elements and flows have no tags, exclusions or controls."""

C = TypeVar("C", bound=type)
F = TypeVar("F", bound="Callable[..., Any]")


def slugify(name: str) -> str:
    """A stable, readable id for ``name``: ``"Chat API (v2)"`` -> ``"chat-api-v2"``.

    Names with no ASCII letters or digits get a short digest so that the id is
    still deterministic: ``"🤖"`` -> ``"x-…"``.
    """
    text = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode("ascii")
    slug = _SLUG_RE.sub("-", text.lower()).strip("-")
    if not slug:
        digest = hashlib.sha256(name.encode("utf-8", "surrogatepass")).hexdigest()[:10]
        slug = f"x-{digest}"
    return slug[:80].rstrip("-")


def did_you_mean(word: str, choices: Iterable[str]) -> str | None:
    """``"did you mean 'x'?"`` for the closest choice, or None."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f"did you mean {close[0]!r}?" if close else None


@attrs.frozen(order=True)
class SourceLocation:
    """Where something was declared in the user's code."""

    file: str
    line: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}"

    @property
    def short(self) -> str:
        """``threat_model.py:42``."""
        return f"{os.path.basename(self.file)}:{self.line}"


def caller_location() -> SourceLocation | None:
    """The first frame outside threatgraph and attrs: the user's declaration site.

    Walks a handful of frames with ``sys._getframe``; cheap enough to do per element.
    """
    try:
        frame: Any = sys._getframe(1)
    except ValueError:  # pragma: no cover - only without frames
        return None
    depth = 0
    while frame is not None and depth < 25:
        filename: str = frame.f_code.co_filename
        if not filename.startswith(_SKIP_FILES):
            return SourceLocation(_display_path(filename, os.getcwd()), frame.f_lineno)
        frame = frame.f_back
        depth += 1
    return None


@functools.lru_cache(maxsize=256)
def _display_path(filename: str, cwd: str) -> str:
    """``filename`` relative to ``cwd`` (absolute when that climbs two levels up), ``/`` separators.

    A pure function of its arguments, memoised: ``os.path.relpath`` was most of
    the cost of declaring a large model, and a model is declared from few files.
    """
    try:
        rel = os.path.relpath(filename, cwd)
    except ValueError:  # different drive on Windows
        rel = filename
    if rel.startswith(".." + os.sep + ".."):
        rel = filename
    return rel.replace(os.sep, "/")


def strict_kwargs(cls: C) -> C:
    """Make unknown keyword arguments to an attrs class a clear error with a suggestion."""
    original = cls.__init__  # type: ignore[misc]
    fields = attrs.fields(cls)
    names = frozenset(f.alias for f in fields if f.init)
    positional = [f.alias for f in fields if f.init and not f.kw_only]
    required = [f.alias for f in fields if f.init and f.default is attrs.NOTHING]

    # a required field is given when passed by keyword or when enough positional
    # arguments reach its position (fields that cannot be positional never are)
    required_at = tuple(
        (n, positional.index(n) if n in positional else len(positional)) for n in required
    )
    # with at least this many positional arguments every required field is given, so
    # the usual call (``LLM("name", ...)``, ``Flow(a, b, ...)``) skips the check below;
    # a required keyword-only field can never be covered positionally
    enough = max((at + 1 for _, at in required_at), default=0)
    if any(at >= len(positional) for _, at in required_at):
        enough = sys.maxsize

    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        # fast path first (every element, flow, datum and control goes through here);
        # the checks below it only build their messages when something is wrong
        if not names.issuperset(kwargs):
            for key in kwargs:
                if key not in names:
                    hint = did_you_mean(key, names)
                    valid = ", ".join(sorted(names))
                    raise UnknownFieldError(
                        f"{cls.__name__}() got an unknown field {key!r}"
                        + (f"; {hint}" if hint else "")
                        + f" (valid fields: {valid})"
                    )
        nargs = len(args)
        if nargs > len(positional):
            raise UnknownFieldError(
                f"{cls.__name__}() takes {len(positional)} positional argument(s) "
                f"({', '.join(positional) or 'none'}); pass the others by keyword"
            )
        if nargs >= enough or all(at < nargs or n in kwargs for n, at in required_at):
            original(self, *args, **kwargs)
            return
        given = set(positional[:nargs]) | set(kwargs)
        missing = [n for n in required if n not in given]
        if missing:
            raise MissingFieldError(
                f"{cls.__name__}() needs {', '.join(repr(m) for m in missing)}"
                + f"; for example {cls.__name__}(..., {missing[0]}=...)"
            )
        original(self, *args, **kwargs)

    cls.__init__ = __init__  # type: ignore[misc]
    return cls


def first_line(text: str | None) -> str:
    """The first line of a docstring, stripped."""
    if not text:
        return ""
    return text.strip().splitlines()[0].strip()


def strict_call(fn: F) -> F:
    """Turn a misspelt keyword of a builder method into UnknownFieldError with a suggestion.

    The wrapped function keeps its signature for type checkers; at run time an unknown
    keyword gets the same treatment as an unknown element field.
    """
    import inspect

    params = inspect.signature(fn).parameters
    accepts_any = any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())
    names = frozenset(
        n
        for n, p in params.items()
        if p.kind in (inspect.Parameter.KEYWORD_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)
        and n != "self"
    )

    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        if not accepts_any and not names.issuperset(kwargs):  # one C call when all is well
            for key in kwargs:
                if key not in names:
                    hint = did_you_mean(key, names)
                    raise UnknownFieldError(
                        f"{fn.__qualname__}() got an unknown keyword {key!r}"
                        + (f"; {hint}" if hint else "")
                        + f" (valid: {', '.join(sorted(names))})"
                    )
        return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
