"""The public hypothesis strategies in threatgraph.testing.strategies."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.elements import KINDS
from threatgraph.errors import InvalidTypeError, InvalidValueError
from threatgraph.testing import strategies as tgst


def test_public_names_are_documented() -> None:
    for name in tgst.__all__:
        obj = getattr(tgst, name)
        if callable(obj):
            assert obj.__doc__, name
    assert tgst.__doc__


@given(tgst.names())
def test_hostile_names_are_valid_names(name: str) -> None:
    assert name.strip()
    assert len(name) <= 24
    assert all(ch in "\n\t" or ord(ch) >= 32 for ch in name)
    assert tg.Service(name).name == name


@given(tgst.names(hostile=False, max_size=10))
def test_plain_names_are_short_ascii(name: str) -> None:
    assert name.strip() == name
    assert name.isascii()
    assert 1 <= len(name) <= 10


def test_hostile_names_include_what_breaks_escaping() -> None:
    seen: set[str] = set()

    @settings(max_examples=150, database=None, derandomize=True)
    @given(tgst.names())
    def collect(name: str) -> None:
        seen.update(ch for ch in name if ch in "\"'<>|`\n&{}[]\\;" or ord(ch) > 0x2000)

    collect()
    for ch in "\"'<>|`\n":
        assert ch in seen, repr(ch)
    assert any(ord(ch) > 0x2000 for ch in seen)


@given(tgst.elements(kind="vector_store"))
def test_elements_of_one_kind(e: tg.Element) -> None:
    assert isinstance(e, tg.VectorStore)


@given(tgst.elements(kind=[tg.LLM, "tool"]))
def test_elements_of_several_kinds(e: tg.Element) -> None:
    assert e.kind in {"llm", "tool"}


@given(tgst.controls(classes=[c.RateLimiting, c.DifferentialPrivacy]))
def test_controls_of_chosen_classes_have_well_typed_parameters(ctrl: c.Control) -> None:
    assert type(ctrl) in (c.RateLimiting, c.DifferentialPrivacy)
    for value in ctrl.params.values():
        assert isinstance(value, (int, float))


@given(tgst.data())
def test_data(d: tg.Data) -> None:
    assert isinstance(d.sensitivity, tg.Sensitivity)
    assert d.id


@given(tgst.boundaries(min_size=1, max_size=5, max_depth=2))
def test_boundaries_nest_at_most_max_depth(bounds: tuple[tg.Boundary, ...]) -> None:
    assert 1 <= len(bounds) <= 5
    by_id = {b.id: b for b in bounds}
    assert len(by_id) == len(bounds)
    for i, b in enumerate(bounds):
        if b.parent is not None:
            assert b.parent in [x.id for x in bounds[:i]]  # parents come first
            assert by_id[b.parent].parent is None  # depth 2 at most


@given(tgst.flows(between=["a", "b"], data=[tg.Data("Prompt")]))
def test_flows_between_given_ends(f: tg.Flow) -> None:
    assert {f.source, f.target} <= {"a", "b"}
    assert f.allow_self == (f.source == f.target)
    assert set(f.data) <= {tg.Data("Prompt")}


@given(tgst.flows())
def test_flows_between_generated_elements(f: tg.Flow) -> None:
    assert f.source
    assert f.target


@settings(max_examples=10)
@given(tgst.threat_models(max_elements=4, kinds=["llm", "agent"]))
def test_threat_models_are_unfrozen_models_of_the_chosen_kinds(tm: tg.ThreatModel) -> None:
    assert isinstance(tm, tg.ThreatModel)
    assert 1 <= len(tm.elements) <= 4
    assert {e.kind for e in tm.elements} <= {"llm", "agent"}
    tm.freeze()


@settings(max_examples=10)
@given(tgst.systems(min_elements=2, max_elements=3, max_flows=0, max_boundaries=0))
def test_systems_respect_the_size_knobs(s: tg.System) -> None:
    assert isinstance(s, tg.System)
    assert 2 <= len(s) <= 3
    assert s.all_flows == ()
    assert s.boundaries == ()


@settings(max_examples=10)
@given(tgst.systems(hostile=False, max_elements=3))
def test_plain_systems_have_ascii_names(s: tg.System) -> None:
    assert s.name.isascii()
    assert all(e.name.isascii() for e in s.all_elements)


def test_flaws_are_listed_once() -> None:
    assert len(tgst.FLAWS) == len(set(tgst.FLAWS))
    assert "dangling-flow-end" in tgst.FLAWS


@pytest.mark.parametrize(
    ("make", "error"),
    [
        (lambda: tgst.names(max_size=0), InvalidValueError),
        (lambda: tgst.names(hostile="yes"), InvalidTypeError),
        (lambda: tgst.elements(kind="vectorstore"), InvalidValueError),
        (lambda: tgst.elements(kind=tg.Boundary), InvalidTypeError),
        (lambda: tgst.elements(kind=[]), InvalidValueError),
        (lambda: tgst.controls(classes=[]), InvalidValueError),
        (lambda: tgst.controls(classes=[tg.Service]), InvalidTypeError),
        (lambda: tgst.boundaries(max_depth=0), InvalidValueError),
        (lambda: tgst.boundaries(min_size=3, max_size=2), InvalidValueError),
        (lambda: tgst.flows(between=[]), InvalidValueError),
        (lambda: tgst.threat_models(min_elements=5, max_elements=2), InvalidValueError),
        (lambda: tgst.systems(max_flows=-1), InvalidValueError),
        (lambda: tgst.model_recipes(max_boundaries=True), InvalidValueError),
        (lambda: tgst.threat_models(kinds=["nope"]), InvalidValueError),
        (lambda: tgst.invalid_models(flaws=["nope"]), InvalidValueError),
        (lambda: tgst.invalid_models(flaws=[]), InvalidValueError),
        (lambda: tgst.invalid_models(max_elements=0), InvalidValueError),
    ],
)
def test_bad_arguments_fail_at_once_with_a_clear_error(make: object, error: type) -> None:
    with pytest.raises(error):
        make()  # type: ignore[operator]


def test_strategy_reprs_stay_short() -> None:
    for strategy in (
        tgst.systems(),
        tgst.threat_models(),
        tgst.model_recipes(),
        tgst.invalid_models(),
        tgst.elements(),
        tgst.controls(),
        tgst.flows(),
        tgst.names(),
    ):
        assert len(repr(strategy)) < 1000, repr(strategy)[:200]


def test_recipes_are_plain_values() -> None:
    a = tg.Service("A")
    recipe = tgst.ModelRecipe(
        name="m",
        boundaries=(tg.Boundary("VPC", trust="internal"),),
        elements=((a, "vpc"), (tg.Service("B"), None)),
        flows=(tgst.FlowRecipe("a", "b", label="x"),),
        style="explicit",
    )
    s = recipe.freeze()
    assert s.boundary_of("a") == tg.Boundary("VPC", trust="internal")
    assert s.flow("a->b").label == "x"
    assert recipe.kinds == {"service"}
    assert recipe == tgst.ModelRecipe(
        name="m",
        boundaries=(tg.Boundary("VPC", trust="internal"),),
        elements=((a, "vpc"), (tg.Service("B"), None)),
        flows=(tgst.FlowRecipe("a", "b", label="x"),),
        style="explicit",
    )


@settings(max_examples=20)
@given(st.sampled_from(sorted(KINDS)), st.data())
def test_every_kind_can_be_generated_alone(kind: str, data: st.DataObject) -> None:
    e = data.draw(tgst.elements(kind=kind, hostile=False))
    assert e.kind == kind
