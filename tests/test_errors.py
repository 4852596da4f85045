"""The error hierarchy: every error is a ThreatGraphError and the builtin it resembles."""

from __future__ import annotations

import pickle

import pytest

from threatgraph import errors
from threatgraph.errors import (
    AnalysisIncompleteError,
    ArchitectureViolation,
    CatalogueError,
    ExtraNotInstalledError,
    FrozenValueError,
    GraphvizNotFoundError,
    InvalidTypeError,
    InvalidValueError,
    LoadError,
    MissingFieldError,
    ModelValidationError,
    NotFoundError,
    Problem,
    RenderError,
    TargetError,
    ThreatGraphError,
    UnknownFieldError,
)

BUILTIN_PARENT = {
    InvalidValueError: ValueError,
    InvalidTypeError: TypeError,
    UnknownFieldError: TypeError,
    MissingFieldError: TypeError,
    ModelValidationError: ValueError,
    LoadError: ValueError,
    CatalogueError: ValueError,
    AnalysisIncompleteError: RuntimeError,
    ArchitectureViolation: AssertionError,
    NotFoundError: KeyError,
    TargetError: LookupError,
    RenderError: RuntimeError,
    GraphvizNotFoundError: FileNotFoundError,
    ExtraNotInstalledError: ImportError,
    FrozenValueError: AttributeError,
}


def test_every_exported_error_is_covered_here() -> None:
    exported = {getattr(errors, n) for n in errors.__all__} - {Problem, ThreatGraphError}
    assert exported == set(BUILTIN_PARENT)


@pytest.mark.parametrize("cls", list(BUILTIN_PARENT), ids=lambda c: c.__name__)
def test_errors_subclass_threatgraph_error_and_their_builtin(cls: type[Exception]) -> None:
    assert issubclass(cls, ThreatGraphError)
    assert issubclass(cls, BUILTIN_PARENT[cls])


@pytest.mark.parametrize("cls", [*BUILTIN_PARENT, ThreatGraphError], ids=lambda c: c.__name__)
def test_the_module_docstring_draws_every_error(cls: type[Exception]) -> None:
    assert cls.__name__ in (errors.__doc__ or "")


def test_graphviz_not_found_is_a_render_error_that_says_how_to_install() -> None:
    err = GraphvizNotFoundError("png")
    assert isinstance(err, RenderError)
    assert "rendering png" in str(err)
    assert "apt-get install graphviz" in str(err)
    assert "brew install graphviz" in str(err)


def test_for_field_follows_one_template() -> None:
    err = InvalidValueError.for_field(
        "trust", "dmz", expected="Trust", owner="Boundary 'DMZ'", hint="did you mean 'partner'?"
    )
    assert str(err) == (
        "Boundary 'DMZ': 'trust' must be Trust (got 'dmz' that is a str); did you mean 'partner'?"
    )
    terr = InvalidTypeError.for_field("human", 1, expected="a bool")
    assert str(terr) == "'human' must be a bool (got 1 that is an int)"


def test_long_values_are_cut_in_messages() -> None:
    err = InvalidValueError.for_field("name", "x" * 500, expected="short")
    assert "..." in str(err)
    assert len(str(err)) < 200
    assert errors.short_repr("abc") == "'abc'"
    assert len(errors.short_repr(list(range(1000)))) == 80


def test_problem_str_names_where_field_hint_and_location() -> None:
    p = Problem(
        "flow 'a->b'",
        "source 'a' was never added to the model",
        field="source",
        value="a",
        hint="call tm.add(...) first",
        location="model.py:12",
    )
    assert str(p) == (
        "flow 'a->b'.source: source 'a' was never added to the model "
        "(call tm.add(...) first) [declared at model.py:12]"
    )
    assert str(Problem("model", "is empty")) == "model: is empty"


def test_problem_equality_ignores_value_and_location() -> None:
    a = Problem("x", "bad", field="f", value=1, location="a.py:1")
    b = Problem("x", "bad", field="f", value=2, location="b.py:2")
    assert a == b
    assert hash(a) == hash(b)


def test_model_validation_error_carries_every_problem() -> None:
    problems = [Problem("element 'a'", "one"), Problem("flow 'a->b'", "two", field="target")]
    err = ModelValidationError("model 'm' has 2 problem(s)", problems)
    assert err.problems == tuple(problems)
    assert str(err).splitlines() == [
        "model 'm' has 2 problem(s)",
        "  - element 'a': one",
        "  - flow 'a->b'.target: two",
    ]
    again = pickle.loads(pickle.dumps(err))
    assert type(again) is ModelValidationError
    assert again.problems == err.problems
    assert str(again) == str(err)


def test_load_error_pickles_too() -> None:
    err = LoadError("bad file", [Problem("$.elements[0].trust", "must be Trust")])
    again = pickle.loads(pickle.dumps(err))
    assert again.problems == err.problems


def test_not_found_error_prints_its_message_without_key_error_quotes() -> None:
    err = NotFoundError("no element with id 'x' in the model")
    assert str(err) == "no element with id 'x' in the model"
    assert str(NotFoundError()) == ""
    with pytest.raises(KeyError):
        raise err


def test_analysis_incomplete_lists_the_errors() -> None:
    err = AnalysisIncompleteError(["rule a crashed on x", "rule b crashed on y"])
    assert err.errors == ("rule a crashed on x", "rule b crashed on y")
    assert str(err).splitlines()[0] == "analysis incomplete: 2 rule error(s)"
    assert "  - rule b crashed on y" in str(err)


def test_a_subclass_of_an_element_or_control_keeps_the_clear_errors() -> None:
    # attrs gives a subclass an __init__ of its own; the bases wrap it again, so a
    # user's own element kind names itself and suggests fields like the built-in ones
    import attrs

    import threatgraph as tg
    from threatgraph import controls as c
    from threatgraph.errors import InvalidValueError, UnknownFieldError

    @attrs.frozen
    class GpuService(tg.Service):
        pass

    with pytest.raises(InvalidValueError, match=r"^GpuService 'Trainer': unknown control"):
        GpuService("Trainer", controls={"nonsense_control"})
    with pytest.raises(UnknownFieldError, match=r"^GpuService 'Trainer': unknown field 'colour'"):
        GpuService("Trainer", colour="red")  # type: ignore[call-arg]

    @attrs.frozen(kw_only=True)
    class Watermark(c.Control):
        key = "house_watermark"

    with pytest.raises(UnknownFieldError, match="did you mean 'note'"):
        Watermark(nte="x")  # type: ignore[call-arg]
    # the built-in kinds are wrapped once, not once by the base and again by name
    assert tg.Service.__init__.__wrapped__.__name__ == "__init__"
    assert not hasattr(tg.Service.__init__.__wrapped__, "__strict_kwargs__")
