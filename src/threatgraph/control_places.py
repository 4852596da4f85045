"""Controls declared where no built-in rule counts them.

A control declared on the wrong kind of place (``EncryptionAtRest`` on a flow,
``Sandboxing`` on a person, ``RateLimiting`` on a data store) passes validation and
counts for nothing: the store stays unencrypted as far as the analysis can tell, while
the model reads as if it were. That is false assurance, so it is said.

Where each built-in control counts is measured, not written by hand:
``tools/gen_control_places.py`` declares each control on every place of each kind in a
sample of the held-out models and keeps the kinds where some analysis changed. The
result ships as ``threatgraph/data/control_places.json``. A control declared on a kind
the measurement never saw it count on is reported with the kinds it does count on.
Controls the measurement saw count nowhere (those only rare designs use) are not
reported: there is no evidence either way. A catalogue with rules of its own that
declare a control makes no claim about it.

    >>> import threatgraph as tg
    >>> from threatgraph import controls as c
    >>> tm = tg.ThreatModel("shop")
    >>> api = tm.add(tg.Service("API"))
    >>> db = tm.add(tg.DataStore("Orders"))
    >>> _ = tm.flow(api, db, tg.Data("Order"), controls={c.EncryptionAtRest()})
    >>> print(misplaced_notes(tm.freeze())[0])  # doctest: +ELLIPSIS
    encryption_at_rest is declared on the flow api->orders, where no built-in rule counts it (it counts on data stores, ...)
"""

from __future__ import annotations

import types
from collections.abc import Iterable, Mapping

from threatgraph import _data
from threatgraph.elements import Element, Flow
from threatgraph.errors import CatalogueError
from threatgraph.system import System

__all__ = ["FLOW", "counted_on", "kind_of", "misplaced_notes"]

FLOW = "flow"

_NAMES = types.MappingProxyType(
    {
        "Actor": ("actor", "actors"),
        "Agent": ("agent", "agents"),
        "DataSource": ("data source", "data sources"),
        "DataStore": ("data store", "data stores"),
        "Dataset": ("dataset", "datasets"),
        "Device": ("device", "devices"),
        "Endpoint": ("endpoint", "endpoints"),
        "ExternalService": ("external service", "external services"),
        "FeatureStore": ("feature store", "feature stores"),
        "LLM": ("LLM", "LLMs"),
        "Model": ("model", "models"),
        "ModelRegistry": ("model registry", "model registries"),
        "Pipeline": ("pipeline", "pipelines"),
        "Service": ("service", "services"),
        "Tool": ("tool", "tools"),
        "VectorStore": ("vector store", "vector stores"),
        FLOW: ("flow", "flows"),
    }
)
"""How a kind of place is named in a note."""

_SHOWN = 6
"""Most places named per control and kind in one note."""


def counted_on() -> Mapping[str, frozenset[str]]:
    """For each control key, the kinds of place (element class names, or ``flow``) where
    declaring it was measured to change an analysis (read from the shipped table on each
    call: a small file, read once per analysis)."""
    text, source = _data.read("control_places.json")
    doc = _data.parse(text, source)
    table = doc.get("counts_on") if isinstance(doc, dict) else None
    if not isinstance(table, dict):
        raise CatalogueError(f"{source}: no 'counts_on' table")
    out: dict[str, frozenset[str]] = {}
    for key, kinds in table.items():
        if not isinstance(kinds, list) or any(k not in _NAMES for k in kinds):
            raise CatalogueError(f"{source}: counts_on.{key}: {kinds!r} is not a list of kinds")
        out[key] = frozenset(kinds)
    return types.MappingProxyType(out)


def kind_of(place: Element | Flow) -> str:
    """The kind of place the table names: ``flow``, or the element's class name."""
    return FLOW if isinstance(place, Flow) else type(place).__name__


def _counted(place: Element | Flow, kind: str, where: frozenset[str]) -> bool:
    """The control counts on this kind of place, or on a kind it is a case of (an LLM is
    a model; a vector store a data store): rules that ask about the general kind ask
    about it too."""
    return kind in where or any(base.__name__ in where for base in type(place).__mro__[1:])


def misplaced_notes(system: System, claimed_elsewhere: Iterable[str] = ()) -> tuple[str, ...]:
    """One note per control key and kind of place where the model declares it and no
    built-in rule was measured to count it, naming the places and where it counts.
    ``claimed_elsewhere`` lists control keys that rules outside the built-in catalogue
    declare: no note is made about those."""
    table = counted_on()
    skip = set(claimed_elsewhere)
    found: dict[tuple[str, str], list[str]] = {}
    places: list[Element | Flow] = [*system.all_elements, *system.all_flows]
    for place in places:
        kind = kind_of(place)
        for control in place.controls:
            key = control.key
            where = table.get(key)
            if key in skip or not where or _counted(place, kind, where):
                continue
            found.setdefault((key, kind), []).append(place.id)
    notes = []
    for (key, kind), ids in sorted(found.items()):
        shown = ", ".join(ids[:_SHOWN]) + (
            f" and {len(ids) - _SHOWN} more" if len(ids) > _SHOWN else ""
        )
        one, many = _NAMES[kind]
        counts = sorted(_NAMES[k][1] for k in table[key])
        notes.append(
            f"{key} is declared on the {one if len(ids) == 1 else many} {shown}, where no "
            f"built-in rule counts it (it counts on {', '.join(counts)})"
        )
    return tuple(notes)
