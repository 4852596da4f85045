"""Reading JSON and YAML documents safely: size, nesting and value-count limits.

Private. Nothing here runs code from a document: JSON goes through :mod:`json`,
YAML only through PyYAML's ``SafeLoader`` (what ``yaml.safe_load`` uses). Every failure is a
:class:`~threatgraph.errors.LoadError` that says what is wrong and where.
"""

from __future__ import annotations

import json
import os
import re
import types
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

import threatgraph._util as _util
from threatgraph.errors import LoadError, Problem
from threatgraph.load.converter import format_path

__all__ = [
    "LIMIT_NAMES",
    "MAX_BOUNDARIES",
    "MAX_BYTES",
    "MAX_DATA",
    "MAX_DEPTH",
    "MAX_ELEMENTS",
    "MAX_FLOWS",
    "MAX_NESTING",
    "Document",
    "Limits",
    "check_shape",
    "read_document",
]

MAX_BYTES = 50 * 1024 * 1024
"""Largest document read, in bytes (50 MiB)."""
MAX_DEPTH = 64
"""Deepest nesting of objects and arrays accepted; a model file needs about six."""
MAX_VALUES = 20_000_000
"""Most values (objects, arrays, scalars) walked in one document given as Python data."""
MAX_ELEMENTS = 100_000
"""Most elements (OTM: components) one document may declare."""
MAX_FLOWS = 250_000
"""Most flows (OTM: dataflows, a bidirectional one counting twice) one document may declare."""
MAX_DATA = 100_000
"""Most data assets one document may declare in its data list (OTM: assets)."""
MAX_BOUNDARIES = 10_000
"""Most boundaries (OTM: trust zones) one document may declare."""
MAX_NESTING = _util.MAX_NESTING
"""Deepest nesting of boundaries in boundaries (OTM: of trust zones, and of components in
components) one document may declare; diagrams draw no deeper either."""


@attrs.frozen(kw_only=True)
class Limits:
    """How much one document may declare. The counts are checked as soon as the document
    is parsed, and the nesting as soon as its boundaries are read, before any element is
    built: a small file cannot make the analysis and the reports use gigabytes.

    Every loader takes each limit as a keyword argument (``max_elements=``...); the
    command line takes ``--limit elements=N`` (and ``flows``, ``data``, ``boundaries``,
    ``nesting``)."""

    elements: int = MAX_ELEMENTS
    flows: int = MAX_FLOWS
    data: int = MAX_DATA
    boundaries: int = MAX_BOUNDARIES
    nesting: int = MAX_NESTING

    def kwargs(self) -> dict[str, int]:
        """The limits as the loaders' keyword arguments (``max_elements=``...)."""
        return {f"max_{name}": getattr(self, name) for name in LIMIT_NAMES}

    def over(self, counts: Iterable[tuple[str, int, str]]) -> list[Problem]:
        """A problem for each (limit name, count, JSON path) whose count is over its limit."""
        out = []
        for name, count, where in counts:
            limit = getattr(self, name)
            if count > limit:
                out.append(_over_limit(where, name, count, limit))
        return out


LIMIT_NAMES = tuple(a.name for a in attrs.fields(Limits))
"""The names of the limits, as the command line's ``--limit NAME=N`` takes them."""

_LIMIT_WORDS = types.MappingProxyType(
    {
        "elements": "declares {count:,} elements",
        "flows": "declares {count:,} flows",
        "data": "declares {count:,} data assets",
        "boundaries": "declares {count:,} boundaries",
        "nesting": "nests boundaries {count:,} levels deep",
    }
)


def _over_limit(where: str, name: str, count: int, limit: int) -> Problem:
    return Problem(
        where,
        _LIMIT_WORDS[name].format(count=count) + f", over the limit of {limit:,}",
        value=count,
        hint=f"if the document is what you meant, raise the limit: max_{name}= in Python, "
        f"--limit {name}=N on the command line",
    )


YAML_INSTALL_HINT = (
    "install the YAML extra: pip install 'threatgraph[yaml]' (or pip install pyyaml)"
)


@attrs.frozen
class Document:
    """A parsed document and where it came from."""

    data: Any
    label: str
    """The file path, or ``<text>`` for a document given as a string."""
    max_values: int = MAX_VALUES
    """How many values walking the document may visit (bounds YAML alias expansion)."""
    problems: tuple[Problem, ...] = ()
    """What walking it found that does not stop a load (repeated keys, lone surrogates)."""
    directory: Path | None = None
    """The directory of the file it was read from; None for text."""


class _DuplicateKeys(dict):  # type: ignore[type-arg]
    """A JSON object in which some key appeared more than once (the last value is kept)."""

    duplicates: tuple[str, ...] = ()


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    dups: dict[str, None] = {}  # repeated keys in the order met (a dict: linear lookups)
    for key, value in pairs:
        if key in out:
            dups[key] = None
        out[key] = value
    if not dups:
        return out
    marked = _DuplicateKeys(out)
    marked.duplicates = tuple(dups)
    return marked


def _reject_constant(name: str) -> Any:
    raise ValueError(f"{name} is not a JSON number")


def _fail(label: str, what: str, problem: Problem) -> LoadError:
    return LoadError(f"cannot load the {what} from {label}", [problem])


def read_document(
    source: str | os.PathLike[str],
    *,
    what: str = "model",
    max_bytes: int = MAX_BYTES,
    max_depth: int = MAX_DEPTH,
) -> Document:
    """Parse a JSON or YAML file (by suffix) or text (by its first character).

    A ``str`` that names an existing file, or any ``os.PathLike``, is read as a
    file; a ``str`` with a newline or starting with ``{`` or ``[`` is parsed as
    text. Raises LoadError for a missing, unreadable, oversized, malformed or
    too deeply nested document.
    """
    text, label, fmt = _source_text(source, what, max_bytes)
    data = _parse(text, fmt, label, what)
    max_values = max(100_000, len(text))
    problems, fatal = check_shape(data, max_depth=max_depth, max_values=max_values)
    if fatal:
        raise LoadError(f"cannot load the {what} from {label}", problems)
    directory = Path(label).parent if label != "<text>" else None
    return Document(data, label, max_values, tuple(problems), directory)


def _source_text(
    source: str | os.PathLike[str], what: str, max_bytes: int
) -> tuple[str, str, str | None]:
    """(text, label, "json" or "yaml" when a file's suffix says so) for a path or text."""
    if isinstance(source, os.PathLike) or (
        isinstance(source, str) and not _looks_like_text(source)
    ):
        path = Path(source)
        text = _read_file(path, what, max_bytes)
        suffix = path.suffix.lower()
        fmt = "json" if suffix == ".json" else "yaml" if suffix in (".yaml", ".yml") else None
        return text, str(path), fmt
    if isinstance(source, str):
        size = len(source.encode("utf-8", "surrogatepass"))
        if size > max_bytes:
            raise _fail("<text>", what, _too_big(size, max_bytes))
        return source, "<text>", None
    raise _fail(
        "<unknown>",
        what,
        Problem(
            "$",
            f"cannot read a {type(source).__name__}; pass a file path or JSON/YAML text",
            value=type(source).__name__,
        ),
    )


def _parse(text: str, fmt: str | None, label: str, what: str) -> Any:
    if fmt == "json":
        return _parse_json(text, label, what)
    if fmt == "yaml" or text.lstrip()[:1] not in ("{", "["):
        return _parse_yaml(text, label, what)
    # text that starts like JSON: JSON, or else YAML in flow style ({name: x}), which
    # JSON rejects at its first key; when neither parses, the JSON error is the useful one
    try:
        return _parse_json(text, label, what)
    except LoadError as json_error:
        cause = json_error.__cause__
        start = len(text) - len(text.lstrip())
        if not (isinstance(cause, json.JSONDecodeError) and cause.pos <= start + 1):
            raise
        try:
            return _parse_yaml(text, label, what)
        except LoadError:
            raise json_error from None


def _looks_like_text(source: str) -> bool:
    """A str is text when it has a newline or starts like JSON, or when it names no
    file and reads like a one-line YAML mapping (``name: x``)."""
    if "\n" in source or source.lstrip()[:1] in ("{", "["):
        return True
    if source.lower().endswith((".json", ".yaml", ".yml")):
        return False
    try:
        exists = os.path.exists(source)
    except (OSError, ValueError):  # a NUL byte, a name too long
        exists = False
    return not exists and ": " in source


def _too_big(size: int, limit: int) -> Problem:
    return Problem(
        "$",
        f"is {size / 1048576:.1f} MiB, over the {limit / 1048576:.0f} MiB limit",
        value=size,
        hint="a threat model file is rarely over a few MiB; check that this is the right file",
    )


def _read_file(path: Path, what: str, max_bytes: int) -> str:
    label = str(path)
    try:
        if not path.exists():
            raise _fail(label, what, Problem("$", f"no such file: {label}", value=label))
        if not path.is_file():
            raise _fail(label, what, Problem("$", f"is not a file: {label}", value=label))
        size = path.stat().st_size
        if size > max_bytes:
            raise _fail(label, what, _too_big(size, max_bytes))
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise _fail(
            label, what, Problem("$", f"cannot be read: {exc.strerror or exc}", value=label)
        ) from exc
    if len(raw) > max_bytes:
        raise _fail(label, what, _too_big(len(raw), max_bytes))
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise _fail(
            label,
            what,
            Problem(
                "$",
                f"is not UTF-8 text (bad byte at offset {exc.start})",
                hint="save the file as UTF-8",
            ),
        ) from exc


def _parse_json(text: str, label: str, what: str) -> Any:
    try:
        return json.loads(text, object_pairs_hook=_pairs, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        truncated = exc.pos >= len(text.rstrip()) - 1 or exc.msg.startswith("Unterminated")
        raise _fail(
            label,
            what,
            Problem(
                "$",
                f"is not valid JSON: {exc.msg} at line {exc.lineno}, column {exc.colno}",
                hint="the document ends too early; it may be truncated" if truncated else None,
            ),
        ) from exc
    except RecursionError as exc:
        raise _fail(label, what, _too_deep("$", MAX_DEPTH)) from exc
    except ValueError as exc:
        raise _fail(label, what, Problem("$", f"is not valid JSON: {exc}")) from exc


def _parse_yaml(text: str, label: str, what: str) -> Any:
    try:
        import yaml
    except ImportError as exc:
        raise _fail(
            label,
            what,
            Problem("$", "is YAML, and reading YAML needs PyYAML", hint=YAML_INSTALL_HINT),
        ) from exc
    try:
        data, lines = _load_yaml(yaml, text)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark
        where = f" at line {mark.line + 1}, column {mark.column + 1}" if mark is not None else ""
        reason = exc.problem or exc.context or "syntax error"
        raise _fail(label, what, Problem("$", f"is not valid YAML: {reason}{where}")) from exc
    except RecursionError as exc:
        raise _fail(label, what, _too_deep("$", MAX_DEPTH)) from exc
    except Exception as exc:  # yaml.YAMLError, and bad timestamps raise ValueError
        raise _fail(
            label, what, Problem("$", f"is not valid YAML: {type(exc).__name__}: {exc}")
        ) from exc
    if label != "<text>" and what == "model":
        _locate_items(data, lines, Path(label).name)
    return data


_LOCATED = ("boundaries", "elements", "flows")
"""The lists of a model document whose items carry ``declared_at``."""


def _load_yaml(yaml: Any, text: str) -> tuple[Any, dict[str, list[int]]]:
    """``yaml.safe_load(text)``, noting repeated keys (see :func:`_safe_loader`), and the
    line on which each item of the model's located lists starts (1-based), by list."""
    loader = _safe_loader(yaml)(text)  # the reader checks the characters here already
    try:
        node = loader.get_single_node()
        data = None if node is None else loader.construct_document(node)
        return data, _item_lines(yaml, node)
    finally:
        loader.dispose()


def _item_lines(yaml: Any, node: Any) -> dict[str, list[int]]:
    """For each located list at the top of a YAML mapping, the start line of each item."""
    out: dict[str, list[int]] = {}
    if not isinstance(node, yaml.MappingNode):
        return out
    for key, value in node.value:
        if (
            isinstance(key, yaml.ScalarNode)
            and key.value in _LOCATED
            and isinstance(value, yaml.SequenceNode)
        ):
            out[key.value] = [item.start_mark.line + 1 for item in value.value]
    return out


def _locate_items(data: Any, lines: dict[str, list[int]], file: str) -> None:
    """Give each boundary, element and flow of a model file written by hand the line it
    starts on, as ``declared_at`` (``file`` relative to the document's directory, as a
    written location is): findings and SARIF results then point into the YAML, as they
    point into a Python model. A location the document gives is kept."""
    if not isinstance(data, dict):
        return
    for key, starts in lines.items():
        items = data.get(key)
        if not isinstance(items, list) or len(items) != len(starts):
            continue  # a merge or an alias changed the list: no reliable lines
        for item, line in zip(items, starts, strict=True):
            if isinstance(item, dict) and "declared_at" not in item:
                item["declared_at"] = f"{file}:{line}"


def _safe_loader(yaml: Any) -> Any:
    """PyYAML's SafeLoader (what ``yaml.safe_load`` uses: no Python tags, no objects),
    with mappings that note keys written twice, as the JSON reader does: YAML would
    otherwise keep the last value silently, and a reviewer reads the first. Made per
    call, so nothing is registered on PyYAML's own classes."""

    class _Loader(yaml.SafeLoader):  # type: ignore[misc]
        pass

    def mapping(loader: Any, node: Any) -> Iterator[dict[Any, Any]]:
        repeated = _repeated_keys(loader, node)
        data: dict[Any, Any] = _DuplicateKeys() if repeated else {}
        if repeated:
            data.duplicates = tuple(repeated)  # type: ignore[attr-defined]
        yield data  # first, as SafeConstructor does, so that aliases can refer to it
        data.update(loader.construct_mapping(node))

    _Loader.add_constructor("tag:yaml.org,2002:map", mapping)
    return _Loader


def _repeated_keys(loader: Any, node: Any) -> list[str | int]:
    """The keys of a YAML mapping node written more than once, in order (merge keys,
    ``<<: *base``, are not keys of their own)."""
    seen: set[Any] = set()
    repeated: dict[Any, None] = {}
    for key_node, _ in node.value:
        if key_node.tag == "tag:yaml.org,2002:merge":
            continue
        key = loader.construct_object(key_node, deep=True)
        try:
            if key in seen:
                repeated[key] = None
            seen.add(key)
        except TypeError:  # an unhashable key: construct_mapping reports it
            continue
    return [_segment(k) for k in repeated]


def _too_deep(where: str, limit: int) -> Problem:
    return Problem(
        where,
        f"nests objects and arrays more than {limit} levels deep",
        hint="a threat model is only a few levels deep; the document may be corrupt or hostile",
    )


def _children(value: Any) -> Iterator[tuple[Any, Any]]:
    """The (key, value) pairs of an object, or the (index, item) pairs of an array."""
    return iter(value.items()) if isinstance(value, dict) else enumerate(value)


def _segment(key: Any) -> str | int:
    """A key as a JSON path segment (a YAML key may be a number, a date, null...)."""
    return key if isinstance(key, (str, int)) else str(key)


def check_shape(
    data: Any, *, root: str = "$", max_depth: int = MAX_DEPTH, max_values: int = MAX_VALUES
) -> tuple[list[Problem], bool]:
    """Walk a parsed document without recursion; return (problems, fatal).

    Fatal problems (nesting deeper than ``max_depth``, more than ``max_values``
    values, which also stops self-referencing YAML) mean the document must not
    be walked any further. JSON objects with a repeated key are reported too,
    but are not fatal. Values are visited in document order.
    """
    problems: list[Problem] = []
    if not isinstance(data, (dict, list)):
        return problems, False
    _note_duplicates(data, root, [], problems)
    if max_depth < 1:
        return [_too_deep(root, max_depth)], True
    stack: list[Iterator[tuple[Any, Any]]] = [_children(data)]
    path: list[str | int] = []
    count = 1
    while stack:
        for key, child in stack[-1]:
            count += 1
            if count > max_values:
                problems.append(_too_many(root, max_values))
                return problems, True
            if isinstance(key, str) and not key.isascii() and _SURROGATE.search(key):
                where = f"{format_path(root, path)}[{json.dumps(key)}]"  # \ud800 as JSON writes it
                problems.append(_not_unicode(where, "key "))
            elif isinstance(child, str):
                if not child.isascii() and _SURROGATE.search(child):
                    problems.append(_not_unicode(format_path(root, [*path, _segment(key)]), ""))
                continue
            if isinstance(child, (dict, list)):
                if len(stack) + 1 > max_depth:
                    where = format_path(root, [*path, _segment(key)])
                    problems.append(_too_deep(where, max_depth))
                    return problems, True
                path.append(_segment(key))
                _note_duplicates(child, root, path, problems)
                stack.append(_children(child))
                break  # walk the child first; its parent's iterator resumes after it
        else:
            stack.pop()
            if path:
                path.pop()
    return problems, False


def _too_many(root: str, limit: int) -> Problem:
    return Problem(
        root,
        f"holds more than {limit} values",
        hint="the document is too large, or YAML aliases expand it too far",
    )


_SURROGATE = re.compile("[\ud800-\udfff]")
"""A lone surrogate: what a ``\\ud800`` escape without its pair decodes to in JSON and YAML."""


def _not_unicode(where: str, what: str) -> Problem:
    """A string with a lone surrogate: it cannot be written as UTF-8, so no report could show it."""
    return Problem(
        where,
        f"{what}holds a lone surrogate (a \\uD800-\\uDFFF escape that is not half of a "
        "pair), which is not Unicode text",
        hint="remove the escape, or write the character itself",
    )


def _note_duplicates(value: Any, root: str, path: list[str | int], problems: list[Problem]) -> None:
    if not isinstance(value, _DuplicateKeys):
        return
    for key in value.duplicates:
        problems.append(
            Problem(
                format_path(root, [*path, key]),
                "appears more than once in the same object",
                value=key,
                hint="keep one; readers disagree on which value wins",
            )
        )
