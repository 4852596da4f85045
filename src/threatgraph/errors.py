"""Errors raised by threatgraph.

Every error is a :class:`ThreatGraphError` and also subclasses the builtin it
resembles, so ``except ValueError`` keeps working::

    ThreatGraphError (Exception)
     ├── InvalidValueError (ValueError)        a field got a value it cannot take
     ├── InvalidTypeError (TypeError)          a field got a value of the wrong type
     ├── UnknownFieldError (TypeError)         a keyword that the element does not have
     ├── MissingFieldError (TypeError)         a required field was not given
     ├── ModelValidationError (ValueError)     freeze() found problems; .problems lists all
     ├── LoadError (ValueError)                a model/register/report file is invalid; .problems
     ├── CatalogueError (ValueError)           a rule or catalogue is malformed
     ├── AnalysisIncompleteError (RuntimeError) raised on demand when a rule crashed
     ├── ArchitectureViolation (AssertionError) an invariant from threatgraph.testing failed
     ├── NotFoundError (KeyError)              no element, flow or boundary with that id
     ├── FrozenValueError (attrs FrozenInstanceError, AttributeError)  a field set after the value was made
     ├── TargetError (LookupError)             the CLI could not find the model to analyse
     ├── ExtraNotInstalledError (ImportError)  an optional dependency (an extra) is missing
     └── RenderError (RuntimeError)
          └── GraphvizNotFoundError (FileNotFoundError)  the `dot` binary is missing

Problems are :class:`Problem` values: where (element, flow or JSON path), field,
message, the bad value and an optional hint.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from typing import Any

import attrs
from attrs.exceptions import FrozenInstanceError

__all__ = [
    "AnalysisIncompleteError",
    "ArchitectureViolation",
    "CatalogueError",
    "ExtraNotInstalledError",
    "FrozenValueError",
    "GraphvizNotFoundError",
    "InvalidTypeError",
    "InvalidValueError",
    "LoadError",
    "MissingFieldError",
    "ModelValidationError",
    "NotFoundError",
    "Problem",
    "RenderError",
    "TargetError",
    "ThreatGraphError",
    "UnknownFieldError",
]

_MAX_VALUE_REPR = 80


def short_repr(value: Any) -> str:
    """repr() cut to a readable length."""
    try:
        text = repr(value)
    except RecursionError:  # a value nested too deeply to print
        text = f"<{type(value).__name__} nested too deeply to show>"
    if len(text) > _MAX_VALUE_REPR:
        text = text[: _MAX_VALUE_REPR - 3] + "..."
    return text


@attrs.frozen
class Problem:
    """One thing wrong with a model or a file."""

    where: str
    """The element, flow or JSON path the problem is in (``flow 'a->b'``, ``$.elements[3]``)."""
    message: str
    field: str | None = None
    value: Any = attrs.field(default=None, eq=False)
    hint: str | None = None
    location: str | None = attrs.field(default=None, eq=False)
    """``file:line`` where the offending element or flow was declared, if known."""

    def __str__(self) -> str:
        loc = self.where if self.field is None else f"{self.where}.{self.field}"
        text = f"{loc}: {self.message}"
        if self.hint:
            text += f" ({self.hint})"
        if self.location:
            text += f" [declared at {self.location}]"
        return text


class ThreatGraphError(Exception):
    """Base class of every error threatgraph raises."""


def _a(noun: str) -> str:
    """``a str``, ``an int``: the article a type name takes."""
    return f"an {noun}" if noun[:1].lower() in "aeiou" else f"a {noun}"


class FrozenValueError(ThreatGraphError, FrozenInstanceError):
    """A field of a frozen value (an element, a flow, a datum, a boundary, a control) was
    set or deleted after it was made. Still an attrs ``FrozenInstanceError`` (and so an
    ``AttributeError``), with a message that says what to do instead."""

    def __init__(self, message: str) -> None:
        Exception.__init__(self, message)

    def __str__(self) -> str:
        return str(self.args[0])


def refuse_change(self: object, name: str, value: object = None) -> None:
    """``__setattr__`` and ``__delattr__`` of threatgraph's frozen values: name the
    value and the field, and say how to get a changed copy."""
    kind = type(self).__name__
    label = getattr(self, "name", None) or getattr(self, "id", None)
    which = f"{kind} {label!r}" if isinstance(label, str) else kind
    fields = [f.name for f in getattr(type(self), "__attrs_attrs__", ())]
    if name not in fields:
        close = difflib.get_close_matches(name, fields, n=1)
        hint = f"did you mean {close[0]!r}?" if close else None
        raise FrozenValueError(
            f"{which} has no field {name!r}{f' ({hint})' if hint else ''}; a value's "
            "fields are given when it is made, and fixed from then on"
        )
    raise FrozenValueError(
        f"{which} cannot be changed: its field {name!r} is fixed once it is made "
        f"(threatgraph's values are frozen, so a model is never changed behind its back). "
        f"Make a changed copy with attrs.evolve(value, {name}=...) and add that instead"
    )


def explain_frozen(*roots: type) -> None:
    """Give these classes and every subclass defined so far the clear refusal of
    :func:`refuse_change` in place of attrs' bare "can't set attribute". Set on the
    classes after attrs made them (attrs refuses a frozen class whose own body defines
    ``__setattr__``); a user's subclass made later keeps attrs' own refusal."""
    todo = list(roots)
    while todo:
        cls = todo.pop()
        cls.__setattr__ = refuse_change  # type: ignore[method-assign]
        cls.__delattr__ = refuse_change  # type: ignore[method-assign,assignment]
        todo.extend(cls.__subclasses__())


class InvalidValueError(ThreatGraphError, ValueError):
    """A field was given a value it cannot take."""

    @classmethod
    def for_field(
        cls,
        field: str,
        value: Any,
        *,
        expected: str,
        owner: str | None = None,
        hint: str | None = None,
        shown: str | None = None,
    ) -> InvalidValueError:
        """Build the message in one template: ``'trust' must be Trust (got 'dmz' that is a str)``.

        ``shown`` replaces what is said of the value (its repr and its type) where the
        repr would not help: ``a list of 2 Data ('Prompt', 'Answer')``.
        """
        return cls(_field_message(field, value, expected, owner, hint, shown))


class InvalidTypeError(ThreatGraphError, TypeError):
    """A field was given a value of the wrong type."""

    @classmethod
    def for_field(
        cls,
        field: str,
        value: Any,
        *,
        expected: str,
        owner: str | None = None,
        hint: str | None = None,
        shown: str | None = None,
    ) -> InvalidTypeError:
        """Same template as :meth:`InvalidValueError.for_field`."""
        return cls(_field_message(field, value, expected, owner, hint, shown))


def _field_message(
    field: str, value: Any, expected: str, owner: str | None, hint: str | None, shown: str | None
) -> str:
    """``owner: 'field' must be expected (got value that is a type); hint``."""
    where = f"{owner}: " if owner else ""
    got = shown if shown is not None else f"{short_repr(value)} that is {_a(type(value).__name__)}"
    msg = f"{where}{field!r} must be {expected} (got {got})"
    if hint:
        msg += f"; {hint}"
    return msg


class UnknownFieldError(ThreatGraphError, TypeError):
    """A keyword argument or key that the target does not have."""


class MissingFieldError(ThreatGraphError, TypeError):
    """A required field (such as a boundary's ``trust``) was not given."""


class _ProblemsError(ThreatGraphError):
    """An error that carries every problem found, not just the first."""

    problems: tuple[Problem, ...]

    def __init__(self, headline: str, problems: Iterable[Problem]) -> None:
        self.problems = tuple(problems)
        self.headline = headline
        lines = [headline]
        lines.extend(f"  - {p}" for p in self.problems)
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.headline, self.problems))


class ModelValidationError(_ProblemsError, ValueError):
    """``freeze()`` found one or more problems; all of them are in ``problems``."""


class LoadError(_ProblemsError, ValueError):
    """A file could not be loaded; every problem found is in ``problems`` with its path."""


class CatalogueError(ThreatGraphError, ValueError):
    """A rule definition or a catalogue operation is invalid."""


class AnalysisIncompleteError(ThreatGraphError, RuntimeError):
    """One or more rules crashed, so the analysis is incomplete."""

    def __init__(self, errors: Sequence[Any]) -> None:
        self.errors = tuple(errors)
        lines = [f"analysis incomplete: {len(self.errors)} rule error(s)"]
        lines.extend(f"  - {e}" for e in self.errors)
        super().__init__("\n".join(lines))


class ArchitectureViolation(AssertionError, ThreatGraphError):
    """An architecture invariant does not hold (raised by :mod:`threatgraph.testing`).

    ``violations`` lists every offending flow, element, path or finding; the
    message has the headline and one line per violation.
    """

    def __init__(self, headline: str, violations: Sequence[Any]) -> None:
        self.headline = headline
        self.violations = tuple(violations)
        lines = [headline]
        lines.extend(f"  - {v}" for v in self.violations)
        super().__init__("\n".join(lines))

    def __reduce__(self) -> tuple[Any, ...]:
        return (type(self), (self.headline, self.violations))


class NotFoundError(ThreatGraphError, KeyError):
    """An element, flow or boundary id that is not in the model."""

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


class TargetError(ThreatGraphError, LookupError):
    """The model named on the command line could not be found or loaded."""


class ExtraNotInstalledError(ThreatGraphError, ImportError):
    """An optional dependency is missing; the message names the extra that installs it."""


class RenderError(ThreatGraphError, RuntimeError):
    """A diagram could not be rendered."""


class GraphvizNotFoundError(RenderError, FileNotFoundError):
    """Graphviz's ``dot`` program is not installed."""

    def __init__(self, fmt: str = "svg") -> None:
        super().__init__(
            f"rendering {fmt} needs Graphviz's `dot` program, which was not found on PATH. "
            "Install it: Debian/Ubuntu `sudo apt-get install graphviz`; macOS `brew install "
            "graphviz`; conda `conda install -c conda-forge graphviz`. DOT and Mermaid output "
            "need nothing extra."
        )
