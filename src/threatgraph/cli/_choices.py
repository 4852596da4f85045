"""Words the commands accept for an option besides its canonical values, in one place.

- ``--format markdown`` is ``--format md`` wherever ``md`` is a choice (``analyze``,
  ``diff``, ``rules``): the reports call themselves Markdown.
- ``--phase`` takes the short phase names the docs use (``data``, ``training``,
  ``registry``, ``inference``), their aliases and the full values; a word that is
  none of them is an error that lists the short names, not the long values.
"""

from __future__ import annotations

import types
from collections.abc import Mapping

from threatgraph._util import did_you_mean
from threatgraph.errors import InvalidTypeError, InvalidValueError
from threatgraph.vocab import Phase

__all__ = ["PHASE_ALIASES", "PHASE_NAMES", "canonical_format", "parse_phase", "with_markdown"]

MARKDOWN = "markdown"

PHASE_NAMES: Mapping[str, Phase] = types.MappingProxyType(
    {member.name.lower(): member for member in Phase}
)
"""The short names of the phases, as the docs and ``--help`` write them."""

PHASE_ALIASES: Mapping[str, Phase] = types.MappingProxyType(
    {
        "data-collection": Phase.DATA,
        "fine-tuning": Phase.TRAINING,
        "versioning": Phase.REGISTRY,
        "serving": Phase.INFERENCE,
    }
)
"""The other words ``--phase`` takes (from ``data/aliases.json``; ``p1`` to ``p4`` and the
full values are accepted too)."""


def with_markdown(formats: tuple[str, ...]) -> tuple[str, ...]:
    """The choices of a ``--format`` that takes ``md``: ``markdown`` added after it."""
    at = formats.index("md") + 1
    return (*formats[:at], MARKDOWN, *formats[at:])


def canonical_format(fmt: str) -> str:
    """``md`` for ``markdown``; any other format as it is."""
    return "md" if fmt == MARKDOWN else fmt


def parse_phase(value: str, option: str = "--phase") -> Phase:
    """The phase ``value`` names; an InvalidValueError that names ``option``, shows the value,
    suggests the closest name and lists the short names otherwise."""
    try:
        return Phase.parse(value, field=option)
    except (InvalidValueError, InvalidTypeError):
        pass
    names = list(PHASE_NAMES)
    hint = did_you_mean(value.strip().lower(), [*names, *PHASE_ALIASES])
    raise InvalidValueError(
        f"{option} {value!r} is not a lifecycle phase"
        + (f" ({hint})" if hint else "")
        + f"; use {', '.join(names[:-1])} or {names[-1]} (also accepted: "
        + ", ".join(PHASE_ALIASES)
        + f", p1 to p4, and the full names such as {Phase.INFERENCE.value})"
    )
