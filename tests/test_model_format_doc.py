"""docs/reference/model-format.md documents every keyword argument of every element kind,
of data, boundaries, flows and threat actors, and every control: a newcomer can write a
model from the page without opening the source."""

from __future__ import annotations

import importlib.util
import re
from pathlib import Path
from types import ModuleType

import attrs
import pytest

import threatgraph.controls as c
from threatgraph.actors import ThreatActor
from threatgraph.elements import KINDS, Boundary, Data, Element, Flow

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "docs" / "reference" / "model-format.md"


def _tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_model_format", ROOT / "tools" / "gen_model_format.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _section(title: str) -> str:
    """The text of one ``### title`` section."""
    text = PAGE.read_text("utf-8")
    found = re.search(rf"^### {re.escape(title)}\n(.*?)(?=^## |^### |\Z)", text, re.M | re.S)
    assert found, f"no section '### {title}' in {PAGE.name}"
    return found[1]


def _keys(cls: type) -> set[str]:
    return {f.alias for f in attrs.fields(cls) if f.init}


def test_the_controls_table_is_current() -> None:
    page = PAGE.read_text("utf-8")
    assert _tool().render(page) == page, "run: python tools/gen_model_format.py"


def test_every_control_is_in_the_table() -> None:
    table = _section("Controls")
    for cls in c.ALL:
        assert f"| `{cls.key}` | `c.{cls.__name__}` |" in table


@pytest.mark.parametrize(
    ("title", "cls", "not_documented"),
    [
        ("Boundaries", Boundary, {"declared_at"}),
        ("Data", Data, set()),
        ("Flows", Flow, set()),
        ("Threat actors", ThreatActor, set()),
        ("Elements", Element, set()),
    ],
)
def test_every_key_of_a_value_is_documented(
    title: str, cls: type, not_documented: set[str]
) -> None:
    section = _section(title)
    missing = {k for k in _keys(cls) - not_documented if f"`{k}`" not in section}
    assert not missing, f"{title}: {sorted(missing)}"


@pytest.mark.parametrize("kind", sorted(KINDS))
def test_every_keyword_of_every_kind_is_documented(kind: str) -> None:
    rows = {m[1]: m[2] for m in re.finditer(r"^\| `(\w+)` \| (.*) \|$", _section("Elements"), re.M)}
    assert kind in rows, f"no row for the kind {kind!r}"
    cls = KINDS[kind]
    # a kind's row may say "the same keys as `model`": its parent kind's row counts too
    text = rows[kind] + "".join(rows.get(base.kind, "") for base in cls.__mro__[1:-1])
    missing = {k for k in _keys(cls) - _keys(Element) if f"`{k}`" not in text}
    assert not missing, f"{kind}: {sorted(missing)}"


def test_the_controls_with_parameters_table_names_every_one() -> None:
    """A second trial found four controls with parameters missing from the hand-written
    table of the documents section (they were only in the generated one)."""
    import threatgraph.controls as c

    page = (ROOT_DOCS / "reference" / "model-format.md").read_text(encoding="utf-8")
    table = page.split("The controls\nwith parameters are:", 1)[1].split("\n\n", 2)[1]
    for kind in c.ALL:
        params = [f.name for f in attrs.fields(kind) if f.name != "note"]
        if params:
            row = next((r for r in table.splitlines() if r.startswith(f"| `{kind.key}` |")), "")
            assert row, kind.key
            assert all(f"`{p}`" in row for p in params), (kind.key, params)


ROOT_DOCS = Path(__file__).resolve().parent.parent / "docs"
