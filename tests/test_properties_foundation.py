"""Properties of the foundation, over generated models.

- any generated valid model freezes;
- freezing does not depend on the order things were declared in;
- any generated invalid model raises a ThreatGraphError, and nothing else;
- generated models cover every element kind.
"""

from __future__ import annotations

import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph.elements import KINDS
from threatgraph.errors import ModelValidationError, ThreatGraphError
from threatgraph.testing import strategies as tgst


@given(tgst.model_recipes())
def test_any_generated_valid_model_freezes(recipe: tgst.ModelRecipe) -> None:
    tm = recipe.build()
    system = tm.freeze()
    assert isinstance(system, tg.System)
    assert len(system) == len(recipe.elements)
    assert {e.id for e in system.all_elements} == {e.id for e, _ in recipe.elements}
    assert len(system.all_flows) == len(recipe.flows)
    assert len({f.id for f in system.all_flows}) == len(system.all_flows)
    assert len(system.boundaries) == len(recipe.boundaries)
    for element, bid in recipe.elements:
        b = system.boundary_of(element)
        assert (b.id if b else None) == bid
    assert system.graph.number_of_edges() == len(system.all_flows)
    assert repr(tm) == (
        f"<ThreatModel {recipe.name!r}: {len(recipe.elements)} elements, "
        f"{len(recipe.flows)} flows, {len(recipe.boundaries)} boundaries>"
    )


@given(tgst.model_recipes(), st.randoms(use_true_random=False))
def test_freezing_does_not_depend_on_insertion_order(
    recipe: tgst.ModelRecipe, rnd: random.Random
) -> None:
    system = recipe.freeze()
    shuffled = recipe.shuffled(rnd)
    other_style = "explicit" if recipe.style == "scopes" else "scopes"
    for variant in (shuffled, tgst.ModelRecipe(**{**_fields(shuffled), "style": other_style})):
        again = variant.freeze()
        assert again == system
        assert hash(again) == hash(system)
        assert [f.id for f in again.all_flows] == [f.id for f in system.all_flows]
        assert again.crossings() == system.crossings()
        assert [system.number_of(f) for f in system.all_flows] == [
            again.number_of(f) for f in system.all_flows
        ]


def _fields(recipe: tgst.ModelRecipe) -> dict[str, object]:
    return {
        "name": recipe.name,
        "profile": recipe.profile,
        "description": recipe.description,
        "boundaries": recipe.boundaries,
        "elements": recipe.elements,
        "flows": recipe.flows,
        "data": recipe.data,
        "actors": recipe.actors,
        "frameworks": recipe.frameworks,
        "style": recipe.style,
    }


@given(tgst.invalid_models())
def test_any_generated_invalid_model_raises_a_threatgraph_error_and_nothing_else(
    recipe: tgst.InvalidModelRecipe,
) -> None:
    # pytest.raises lets any other exception through, which fails the test
    with pytest.raises(ThreatGraphError) as exc:
        recipe.build_and_freeze()
    assert isinstance(exc.value, recipe.expected), (recipe.flaw, exc.value)
    assert str(exc.value)
    if isinstance(exc.value, ModelValidationError):
        assert exc.value.problems
        assert all(str(p) for p in exc.value.problems)


@pytest.mark.parametrize("flaw", tgst.FLAWS)
@settings(max_examples=8, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_every_kind_of_mistake_is_caught(flaw: str, data: st.DataObject) -> None:
    recipe = data.draw(tgst.invalid_models(flaws=[flaw], max_elements=4))
    assert recipe.flaw == flaw
    with pytest.raises(recipe.expected):
        recipe.build_and_freeze()


def test_the_valid_base_of_an_invalid_recipe_freezes() -> None:
    seen: list[str] = []

    @settings(max_examples=20, database=None, derandomize=True)
    @given(tgst.invalid_models(max_elements=4))
    def check(recipe: tgst.InvalidModelRecipe) -> None:
        recipe.base.freeze()
        seen.append(recipe.flaw)

    check()
    assert seen


def test_generated_models_cover_every_element_kind() -> None:
    kinds: set[str] = set()

    @settings(max_examples=100, database=None, derandomize=True)
    @given(tgst.model_recipes(min_elements=4, max_elements=8, max_flows=4))
    def collect(recipe: tgst.ModelRecipe) -> None:
        kinds.update(recipe.kinds)

    collect()
    assert kinds == set(KINDS)


def test_generated_models_use_the_interesting_shapes() -> None:
    """Nesting, parallel flows, self-loops, explicit ids and cross-boundary flows all occur."""
    seen: set[str] = set()

    @settings(max_examples=200, database=None, derandomize=True)
    @given(tgst.model_recipes(max_elements=6, max_flows=10))
    def collect(recipe: tgst.ModelRecipe) -> None:
        system = recipe.freeze()
        if any(b.parent for b in recipe.boundaries):
            seen.add("nested")
        if any(f.allow_self for f in recipe.flows):
            seen.add("self-loop")
        if any(f.id for f in recipe.flows):
            seen.add("explicit-id")
        if any(":" in f.id for f in system.all_flows):
            seen.add("parallel")
        if system.crossings():
            seen.add("crossing")
        if any(any(e.controls for e in system.all_elements) for _ in [0]):
            seen.add("controls")
        if system.data:
            seen.add("data")
        if any(bid is None for _, bid in recipe.elements) and recipe.boundaries:
            seen.add("outside")
        seen.add(recipe.style)
        seen.add(
            "default-actors"
            if recipe.actors is None
            else "no-actors"
            if not recipe.actors
            else "actors"
        )

    collect()
    assert seen == {
        "nested",
        "self-loop",
        "explicit-id",
        "parallel",
        "crossing",
        "controls",
        "data",
        "outside",
        "scopes",
        "explicit",
        "default-actors",
        "no-actors",
        "actors",
    }
