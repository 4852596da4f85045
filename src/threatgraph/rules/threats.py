"""The reference threats rules cover: ids, taxonomy references and controls.

Each :class:`Threat` is one entry of the reference mapping (62 threats): its
STRIDE category, lifecycle phases, MITRE ATLAS technique ids, OWASP ids (with
their year), CWE ids, the controls that mitigate it (primary) and those that
help (supporting), the security properties at stake, and a likelihood prior
from the highest ATLAS maturity of its techniques (realized -> likely,
demonstrated -> possible, feasible or none -> unlikely).

The table is data: ``threatgraph/data/threats.json``, a list of objects with
one key per :class:`Threat` field (enums by their values), read and checked
when this module is imported. A bad entry is a
:class:`~threatgraph.errors.CatalogueError` naming the slug and the field.

Rules name a threat with ``threat="slug"`` and inherit all of this.
"""

from __future__ import annotations

import re
import types
from collections.abc import Mapping

import attrs

import threatgraph._data as _data
from threatgraph.errors import CatalogueError
from threatgraph.taxonomy import reference_family
from threatgraph.vocab import Likelihood, Phase

__all__ = ["THREATS", "Threat", "threat"]


@attrs.frozen
class Threat:
    """One reference threat."""

    slug: str
    title: str
    description: str
    stride: str
    phases: tuple[Phase, ...]
    atlas: tuple[str, ...]
    owasp: tuple[str, ...]
    cwe: tuple[str, ...]
    mitigations: tuple[str, ...]
    """Primary control keys."""
    supporting: tuple[str, ...]
    """Supporting control keys."""
    cia: str
    likelihood: Likelihood
    maturity: str
    """Highest ATLAS maturity of its techniques: realized, demonstrated, feasible or ''."""


_SLUG = re.compile(r"[a-z][a-z0-9]*(?:_[a-z0-9]+)*")
_PRIOR: Mapping[str, Likelihood] = types.MappingProxyType(
    {
        "realized": Likelihood.LIKELY,
        "demonstrated": Likelihood.POSSIBLE,
        "feasible": Likelihood.UNLIKELY,
        "": Likelihood.UNLIKELY,
    }
)
"""The likelihood prior of each ATLAS maturity."""
_FAMILIES: Mapping[str, str] = types.MappingProxyType(
    {"atlas": "MITRE ATLAS", "owasp": "OWASP", "cwe": "CWE"}
)
"""Which taxonomy each reference field cites (OWASP: any of its lists)."""


def load_threats(text: str, source: str = "<threats>") -> Mapping[str, Threat]:
    """The reference threats in ``text`` (the JSON of ``data/threats.json``), by slug.

    Raises CatalogueError, naming ``source``, the slug and the field, for anything
    that is not a valid table: a key that is not a field, a wrong type, an unknown
    enum value, two threats with one slug, a control key that no control has.
    """
    from threatgraph.controls import ALL  # rules already depend on the controls

    raw = _data.parse(text, source)
    if not isinstance(raw, list):
        raise CatalogueError(f"{source}: must be a list of threats")
    conv = _data.converter()
    problems = _data.Problems(source)
    control_keys = frozenset(cls.key for cls in ALL)
    out: dict[str, Threat] = {}
    for i, item in enumerate(raw):
        slug = item.get("slug") if isinstance(item, dict) else None
        where = slug if isinstance(slug, str) and slug else f"[{i}]"
        t = problems.structure(conv, item, Threat, where)
        if t is None:
            continue
        if t.slug in out:
            problems.add(f"{where}.slug", "a second threat with this slug")
        for field, message in _problems(t, control_keys):
            problems.add(f"{where}.{field}", message)
        out.setdefault(t.slug, t)
    problems.check()
    return types.MappingProxyType(out)


def _problems(t: Threat, control_keys: frozenset[str]) -> list[tuple[str, str]]:
    """What is wrong with one structured threat, as (field, message) pairs."""
    found: list[tuple[str, str]] = []
    if not _SLUG.fullmatch(t.slug):
        found.append(("slug", f"{t.slug!r} is not snake_case"))
    if len(t.stride) != 1 or t.stride not in "STRIDE":
        found.append(("stride", f"{t.stride!r} is not one of S, T, R, I, D, E"))
    if not t.cia or set(t.cia) - set("CIA") or len(set(t.cia)) != len(t.cia):
        found.append(("cia", f"{t.cia!r} is not letters from 'CIA'"))
    if t.maturity not in _PRIOR:
        found.append(("maturity", f"{t.maturity!r} is not realized, demonstrated, feasible or ''"))
    elif t.likelihood is not _PRIOR[t.maturity]:
        prior = _PRIOR[t.maturity].value
        found.append(
            ("likelihood", f"{t.likelihood.value!r}, but maturity {t.maturity!r} gives {prior!r}")
        )
    if not t.phases:
        found.append(("phases", "empty"))
    if not t.mitigations:
        found.append(("mitigations", "empty (a threat needs a primary control)"))
    for name, family in _FAMILIES.items():
        for ref in getattr(t, name):
            if not (reference_family(ref) or "").startswith(family):
                found.append((name, f"{ref!r} is not a {family} id"))
    for name in ("mitigations", "supporting"):
        for key in getattr(t, name):
            if key not in control_keys:
                found.append((name, f"{key!r} is not the key of a control"))
    return found


THREATS: Mapping[str, Threat] = load_threats(*_data.read("threats.json"))
"""Every reference threat by slug (read-only), in the order of the data file."""


def threat(slug: str) -> Threat:
    """The reference threat with this slug."""
    try:
        return THREATS[slug]
    except KeyError:
        from threatgraph._util import did_you_mean

        hint = did_you_mean(slug, THREATS)
        raise CatalogueError(f"unknown threat {slug!r}" + (f"; {hint}" if hint else "")) from None
