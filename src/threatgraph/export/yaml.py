"""YAML for models: the model document of :mod:`threatgraph.export.json`, as YAML.

    >>> import threatgraph as tg
    >>> from threatgraph.load import load_model
    >>> tm = tg.ThreatModel("demo", actors=())
    >>> _ = tm.add(tg.LLM("Chat model"))
    >>> load_model(system_to_yaml(tm.freeze())) == tm.freeze()
    True

The same document as the JSON writer's, key for key, for people who would
rather review and edit YAML. Keys come in a fixed order a reader expects (the
marker, the name, the profile and frameworks, then boundaries, elements, flows,
data and actors; in each item its id, name and kind first, the rest sorted), lists
keep the JSON writer's canonical order and non-ASCII text is kept as it is, so the
same model always gives the same bytes. Writing YAML needs PyYAML, the ``threatgraph[yaml]`` extra.
"""

from __future__ import annotations

import os

from threatgraph._gc import collector_paused
from threatgraph.errors import ExtraNotInstalledError
from threatgraph.load.model_io import dump_system
from threatgraph.system import System

__all__ = ["system_to_yaml"]


@collector_paused
def system_to_yaml(
    system: System,
    *,
    locations: bool = True,
    relative_to: str | os.PathLike[str] | None = None,
) -> str:
    """The model document of ``system`` as YAML text that :func:`~threatgraph.load.load_model` reads.

    ``locations=False`` leaves out where each part was declared (``declared_at``);
    ``relative_to`` is the directory the document is written to (its ``declared_at``
    paths are then relative to it, as loading it from that file reads them).
    """
    try:
        import yaml
    except ImportError as exc:
        raise ExtraNotInstalledError(
            "writing YAML needs PyYAML: pip install 'threatgraph[yaml]' (or pip install pyyaml)"
        ) from exc
    text: str = yaml.safe_dump(
        _ordered(dump_system(system, locations=locations, relative_to=relative_to), _TOP),
        sort_keys=False,
        allow_unicode=True,
        default_flow_style=False,
        width=100,
    )
    return text


_TOP = (
    "threatgraph",
    "name",
    "description",
    "profile",
    "frameworks",
    "boundaries",
    "elements",
    "flows",
    "data",
    "actors",
)
"""The document's keys in the order a reader looks for them; any other key follows,
sorted."""

_ITEM = ("id", "name", "kind", "source", "target", "boundary", "trust")
"""The keys that say what an item is, first in each; the rest follow, sorted."""


def _ordered(value: object, first: tuple[str, ...] = _ITEM) -> object:
    """``value`` with every mapping's keys in a fixed order: ``first`` (those present),
    then the rest sorted. Lists keep their order."""
    if isinstance(value, dict):
        keys = [k for k in first if k in value] + sorted(k for k in value if k not in first)
        return {k: _ordered(value[k]) for k in keys}
    if isinstance(value, list):
        return [_ordered(v) for v in value]
    return value
