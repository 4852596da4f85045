"""Small helpers shared by the value classes. Private."""

from __future__ import annotations

import bisect
import contextlib
import datetime
import difflib
import functools
import hashlib
import os
import re
import sys
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from typing import Any, TypeVar

import attrs

from threatgraph.errors import (
    InvalidTypeError,
    InvalidValueError,
    MissingFieldError,
    UnknownFieldError,
    short_repr,
)

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


_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def iso_date(text: str) -> datetime.date | None:
    """The date ``text`` writes as ``YYYY-MM-DD``, else None. Only that form: Python 3.11's
    ``date.fromisoformat`` also reads ``2026W27`` and ``20260630``, 3.10's does not, and
    a register must mean the same date on both."""
    text = text.strip()
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return datetime.date.fromisoformat(text)
    except ValueError:  # 2026-02-30
        return None


def did_you_mean(word: str, choices: Iterable[str], *, every: bool = False) -> str | None:
    """``"did you mean 'x'?"`` for the closest choice, or None.

    Up to :data:`FEW_NAMES` choices are all compared; more are narrowed first by a
    :class:`Names` index (pass one built once when asking about many words, so that
    reporting N misspelt references among N names is not N x N comparisons). The index
    misses a typo that moves a word far from its name in both orders, such as two
    letters swapped in a short word (``tsl`` for ``tls``): ``every=True`` compares with
    every choice, for a fixed vocabulary of a few hundred names (control names, rule
    ids), never for a model's ids.
    """
    if not isinstance(choices, Names):
        pool = (
            choices if isinstance(choices, (list, tuple, set, frozenset, dict)) else list(choices)
        )
        if every or len(pool) <= FEW_NAMES:
            close = difflib.get_close_matches(word, list(pool), n=1, cutoff=0.6)
            return f"did you mean {close[0]!r}?" if close else None
        choices = Names(pool)
    return choices.suggest(word)


def suggester(
    names: Callable[[], Iterable[str]], *, limit: int = 100
) -> Callable[[str], str | None]:
    """:func:`did_you_mean` for many words against one set of names, made when first asked:
    ``hint = suggester(lambda: ids)`` before a loop, ``hint(word)`` in it. After ``limit``
    words it suggests nothing more: a list of hundreds of misspelt references is fixed
    by a search and replace, and each suggestion costs a few comparisons."""
    index: list[Names] = []
    asked = [0]

    def hint(word: str) -> str | None:
        asked[0] += 1
        if asked[0] > limit:
            return None
        if not index:
            index.append(Names(names()))
        return did_you_mean(word, index[0])

    return hint


def parent_cycles(order: Iterable[str], parent: Callable[[str], str | None]) -> Iterator[list[str]]:
    """Each cycle of a parent relation, once, as the list of its members from where a walk
    up the parents first entered it; walks start from the items of ``order`` in turn.
    ``parent(x)`` is None where a chain ends (no parent, or one that does not exist).
    Linear in the number of items: each is walked over once, however deep the nesting."""
    done: set[str] = set()
    for start in order:
        path: list[str] = []
        at: dict[str, int] = {}
        cur: str | None = start
        while cur is not None and cur not in done:
            if cur in at:
                yield path[at[cur] :]
                break
            at[cur] = len(path)
            path.append(cur)
            cur = parent(cur)
        done.update(path)


MAX_NESTING = 200
"""Deepest nesting of boundaries a document may declare by default (the loaders'
``max_nesting``) and a diagram draws (the walks over the tree of boundaries recurse)."""


def nesting_depth(order: Iterable[str], parent: Callable[[str], str | None]) -> tuple[int, str]:
    """(the depth of the deepest item, that item) of a parent relation; an item with no
    parent is at depth 1. Members of a cycle (an error reported elsewhere) count for
    nothing. Linear however deep: each item is walked over once."""
    depth: dict[str, int] = {}
    best, best_id = 0, ""
    for start in order:
        path: list[str] = []
        at: dict[str, int] = {}
        cur: str | None = start
        while cur is not None and cur not in depth and cur not in at:
            at[cur] = len(path)
            path.append(cur)
            cur = parent(cur)
        level = 0 if cur is None else depth.get(cur, 0)
        if cur is not None and cur in at:  # the walk closed a cycle
            depth.update(dict.fromkeys(path[at[cur] :], 0))
            del path[at[cur] :]
        for item in reversed(path):
            level += 1
            depth[item] = level
            if level > best:
                best, best_id = level, item
    return best, best_id


FEW_NAMES = 64
"""Up to this many names, :func:`did_you_mean` compares the word with every one."""


class Names:
    """An index of many names for :func:`did_you_mean`: built once (a sort), then each word
    is compared only with its neighbours in alphabetical order and in the order of the
    reversed names, where a name that differs by a typo in its end or its start sorts.
    Immutable once built."""

    __slots__ = ("_backward", "_forward")

    NEIGHBOURS = 6
    """Names compared on each side of the word, in each order."""

    def __init__(self, names: Iterable[str]) -> None:
        unique = {n for n in names if isinstance(n, str)}
        self._forward = tuple(sorted(unique))
        self._backward = tuple(sorted(n[::-1] for n in unique))

    def __iter__(self) -> Iterator[str]:
        return iter(self._forward)

    def __len__(self) -> int:
        return len(self._forward)

    def suggest(self, word: str) -> str | None:
        """``"did you mean 'x'?"`` for the closest name near ``word``, or None."""
        if len(self._forward) <= FEW_NAMES:
            close = difflib.get_close_matches(word, self._forward, n=1, cutoff=0.6)
            return f"did you mean {close[0]!r}?" if close else None
        k = self.NEIGHBOURS
        at = bisect.bisect_left(self._forward, word)
        near = set(self._forward[max(0, at - k) : at + k])
        drow = word[::-1]
        at = bisect.bisect_left(self._backward, drow)
        near.update(n[::-1] for n in self._backward[max(0, at - k) : at + k])
        close = difflib.get_close_matches(word, sorted(near), n=1, cutoff=0.6)
        return f"did you mean {close[0]!r}?" if close else None


@attrs.frozen(order=True)
class SourceLocation:
    """Where something was declared in the user's code.

    ``file`` is the path as recorded, relative to ``directory``: the working directory
    when the location was recorded (absolute when that is two levels up or more).
    Shown (``str()``, :attr:`shown`), the path is relative to the working directory of
    the moment, so that it names the same file after an ``os.chdir``; with the working
    directory unchanged it is ``file`` exactly. ``directory`` takes no part in equality,
    ordering or repr: a location is compared by ``file`` and ``line``, as recorded.
    """

    file: str
    line: int
    directory: str | None = attrs.field(
        default=None, kw_only=True, eq=False, order=False, repr=False
    )
    """The working directory ``file`` was recorded relative to; None when unknown
    (a location made by hand), and then ``file`` is shown as it is."""

    def __str__(self) -> str:
        return self.seen_from(working_directory())

    def seen_from(self, cwd: str | None) -> str:
        """``file:line`` with the file as :attr:`shown` from working directory ``cwd``
        (None: there is none, and the full path is shown). For writers of many
        locations: they look the working directory up once (:func:`working_directory`)."""
        directory = self.directory
        if directory is None or directory == cwd:  # the common case: shown as recorded
            return f"{self.file}:{self.line}"
        return f"{self._shown(cwd)}:{self.line}"

    @property
    def short(self) -> str:
        """``threat_model.py:42``."""
        return f"{os.path.basename(self.file)}:{self.line}"

    @property
    def path(self) -> str:
        """The file's absolute path, when its directory is known (``file`` otherwise,
        and for pseudo files such as ``<string>``)."""
        file, directory = self.file, self.directory
        if directory is None or file.startswith("<") or os.path.isabs(file):
            return file
        return os.path.normpath(os.path.join(directory, file))

    @property
    def shown(self) -> str:
        """The file as shown: relative to the working directory now (absolute when that
        climbs two levels up), ``/`` separators."""
        return self._shown(working_directory())

    def _shown(self, cwd: str | None) -> str:
        file, directory = self.file, self.directory
        if directory is None or cwd == directory or file.startswith("<"):
            return file
        if os.path.isabs(file):
            return file
        if cwd is None:  # the working directory is gone: the one sure name is the full one
            return self.path
        return display_path(self.path, cwd)


def working_directory() -> str | None:
    """``os.getcwd()``, interned (every location of a model keeps it), or None when the
    working directory no longer exists."""
    try:
        return sys.intern(os.getcwd())
    except OSError:
        return None


def caller_location() -> SourceLocation | None:
    """The first frame outside threatgraph and attrs: the user's declaration site.

    Walks a handful of frames with ``sys._getframe``; cheap enough to do per element.
    The location keeps the working directory its path is relative to (see
    :class:`SourceLocation`).
    """
    try:
        frame: Any = sys._getframe(1)
    except ValueError:  # pragma: no cover - only without frames
        return None
    depth = 0
    while frame is not None and depth < 25:
        filename: str = frame.f_code.co_filename
        if not filename.startswith(_SKIP_FILES):
            cwd = os.getcwd()
            return SourceLocation(
                display_path(filename, cwd), frame.f_lineno, directory=sys.intern(cwd)
            )
        frame = frame.f_back
        depth += 1
    return None


@functools.lru_cache(maxsize=256)
def display_path(filename: str, cwd: str) -> str:
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


def _value_name(
    args: tuple[Any, ...],
    kwargs: dict[str, Any],
    positional: list[str],
    name_at: int | None,
    ends: tuple[str, str] | None,
) -> str | None:
    """The name a value being built is known by in a message: its ``name`` when given as
    a string, or for a flow ``a->b`` from its two ends; None when there is none."""
    name = args[name_at] if name_at is not None and len(args) > name_at else kwargs.get("name")
    if name is None and ends is not None:  # a flow: named by its two ends
        passed = dict(zip(positional, args, strict=False)) | kwargs
        a, b = (getattr(passed.get(k), "id", passed.get(k)) for k in ends)
        name = f"{a}->{b}" if isinstance(a, str) and isinstance(b, str) else None
    return name if isinstance(name, str) else None


def strict_kwargs(cls: C) -> C:
    """Make unknown keyword arguments to an attrs class a clear error with a suggestion.

    Applied once per class: the element and control bases apply it to every attrs
    subclass as attrs finishes it (a user's own ``@attrs.frozen class MyService(Service)``
    gets the same errors), and the explicit decorator on a built-in class then finds it
    done."""
    original = cls.__init__  # type: ignore[misc]
    if getattr(cls.__dict__.get("__init__"), "__strict_kwargs__", False):
        return cls
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
    name_at = positional.index("name") if "name" in positional else None
    ends = ("source", "target") if {"source", "target"} <= names else None

    @functools.wraps(original)
    def __init__(self: Any, *args: Any, **kwargs: Any) -> None:
        # fast path first (every element, flow, datum and control goes through here);
        # the checks below it only build their messages when something is wrong
        if not names.issuperset(kwargs):
            for key in kwargs:
                if key not in names:
                    hint = did_you_mean(key, names)
                    valid = ", ".join(sorted(names))
                    # named when its name was given (LLM 'L': ...), as for a bad value
                    name = _value_name(args, kwargs, positional, name_at, ends)
                    head = (
                        f"{cls.__name__} {short_repr(name)}: unknown field {key!r}"
                        if name is not None and name.strip()
                        else f"{cls.__name__}() got an unknown field {key!r}"
                    )
                    raise UnknownFieldError(
                        head + (f"; {hint}" if hint else "") + f" (valid fields: {valid})"
                    )
        nargs = len(args)
        if nargs > len(positional):
            raise UnknownFieldError(
                f"{cls.__name__}() takes {len(positional)} positional argument(s) "
                f"({', '.join(positional) or 'none'}); pass the others by keyword"
            )
        if nargs < enough and not all(at < nargs or n in kwargs for n, at in required_at):
            given = set(positional[:nargs]) | set(kwargs)
            missing = [n for n in required if n not in given]
            if missing:
                raise MissingFieldError(
                    f"{cls.__name__}() needs {', '.join(repr(m) for m in missing)}"
                    + f"; for example {cls.__name__}(..., {missing[0]}=...)"
                )
        try:
            original(self, *args, **kwargs)
        except (InvalidValueError, InvalidTypeError) as exc:
            # a bad value names its field; name the value being built too, so that
            # "'origin' must be ModelOrigin" says which of a model's LLMs it is about
            name = _value_name(args, kwargs, positional, name_at, ends)
            text = str(exc)
            if name is None or text.startswith(f"{cls.__name__} "):
                raise
            owner = f"{cls.__name__}: "  # the field's own check may name the class already
            text = text[len(owner) :] if text.startswith(owner) else text
            raise type(exc)(f"{cls.__name__} {short_repr(name)}: {text}") from exc

    __init__.__strict_kwargs__ = True  # type: ignore[attr-defined]
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
                        + (
                            f" (valid: {', '.join(sorted(names))})"
                            if names
                            else " (it takes no keywords)"
                        )
                    )
        return fn(*args, **kwargs)

    return wrapper  # type: ignore[return-value]
