"""Mistakes a user trial made with the builder, each told in words that lead to the fix.

Two ``tm.add(tg.DataStore("Orders DB"))`` calls are two elements with one id, not one
element (frozen values are equal, but the user made two); boundaries whose names make
one id are named by both names; a list of Data passed where each Data is its own
argument is said to be that, not "declare it as tg.Data".
"""

from __future__ import annotations

import inspect

import pytest

import threatgraph as tg
from threatgraph.errors import InvalidTypeError, InvalidValueError, ModelValidationError, Problem

HINT = (
    "give each its own name, or pass id=... to tell them apart; if it is one component, "
    "add it once and reuse the value"
)


def _line() -> int:
    """The caller's line number."""
    frame = inspect.currentframe()
    assert frame is not None
    assert frame.f_back is not None
    return frame.f_back.f_lineno


def _here(line: int) -> str:
    return f"tests/test_builder_mistakes.py:{line}"


def _problems(tm: tg.ThreatModel) -> list[Problem]:
    with pytest.raises(ModelValidationError) as err:
        tm.freeze()
    return list(err.value.problems)


# --------------------------------------------------------------------------- 1. added twice


def test_two_separate_but_equal_elements_in_one_boundary_are_reported() -> None:
    tm = tg.ThreatModel("shop", actors=())
    with tm.boundary("VPC", trust="internal"):
        a = tm.add(tg.DataStore("Orders DB"))
        first = _line() - 1
        b = tm.add(tg.DataStore("Orders DB"))
        second = _line() - 1
    assert a == b
    assert a is not b
    tm.flow(a, b, tg.Data("Orders"))
    (problem,) = _problems(tm)  # not also "flows from an element to itself"
    assert problem.where == "element 'orders-db'"
    assert problem.field == "id"
    assert problem.value == "orders-db"
    assert "was added twice as two separate elements" in problem.message
    assert problem.hint is not None
    assert problem.hint.startswith(HINT)
    assert "tg.DataStore('Orders DB', id='orders-db-2')" in problem.hint
    text = str(problem)
    assert _here(first) in text
    assert _here(second) in text


def test_the_same_object_added_twice_is_one_element() -> None:
    tm = tg.ThreatModel("shop", actors=())
    with tm.boundary("VPC", trust="internal"):
        db = tm.add(tg.DataStore("Orders DB"))
        tm.add(db)
        tm.add_all(db, db)
    system = tm.freeze()
    assert [e.id for e in system.elements()] == ["orders-db"]


def test_separate_copies_are_reported_with_every_other_problem_at_once() -> None:
    tm = tg.ThreatModel("shop", actors=())
    api = tm.add(tg.Endpoint("API"))
    tm.add(tg.DataStore("Orders DB"))
    tm.add(tg.DataStore("Orders DB"))
    tm.flow(api, "orders-dbb", tg.Data("Orders"))
    messages = [str(p) for p in _problems(tm)]
    assert len(messages) == 2
    assert "was added twice as two separate elements" in messages[0]
    assert "target 'orders-dbb' was never added" in messages[1]
    assert "did you mean 'orders-db'?" in messages[1]


def test_separate_copies_made_on_one_line_say_so() -> None:
    tm = tg.ThreatModel("shop", actors=())
    for _ in range(3):
        tm.add(tg.Service("Worker"))
    line = _line() - 1
    (problem,) = _problems(tm)  # one problem for the id, however many copies
    assert problem.message == (
        "was added 3 times as 3 separate elements, all declared at the same line"
    )
    assert problem.location == _here(line)


def test_three_separate_copies_are_one_problem_naming_every_line() -> None:
    tm = tg.ThreatModel("shop", actors=())
    tm.add(tg.Service("Worker"))
    lines = [_line() - 1]
    tm.add(tg.Service("Worker"))
    lines.append(_line() - 1)
    tm.add(tg.Service("Worker"))
    lines.append(_line() - 1)
    (problem,) = _problems(tm)
    assert problem.message == (
        "was added 3 times as 3 separate elements, the others declared at "
        f"{_here(lines[0])} and {_here(lines[2])}"
    )
    assert problem.location == _here(lines[1])


def test_passing_id_tells_two_elements_apart() -> None:
    tm = tg.ThreatModel("shop", actors=())
    with tm.boundary("VPC", trust="internal"):
        a = tm.add(tg.DataStore("Orders DB"))
        b = tm.add(tg.DataStore("Orders DB", id="orders-db-2"))
    tm.flow(a, b, tg.Data("Orders"))
    assert len(tm.freeze().flows()) == 1


def test_separate_copies_in_two_boundaries_are_told_to_use_id() -> None:
    tm = tg.ThreatModel("shop", actors=())
    with tm.boundary("EU VPC", trust="internal"):
        tm.add(tg.DataStore("Orders DB"))
        first = _line() - 1
    with tm.boundary("US VPC", trust="internal"):
        tm.add(tg.DataStore("Orders DB"))
        second = _line() - 1
    (problem,) = _problems(tm)
    assert problem.where == "element 'orders-db'"
    assert problem.field == "boundary"
    assert problem.message.startswith(
        "was added in two different boundaries ('eu-vpc' and 'us-vpc') as two separate elements"
    )
    assert "add each element once" not in str(problem)
    assert problem.hint is not None
    assert problem.hint.startswith(HINT)
    assert "tg.DataStore('Orders DB', id='orders-db-us-vpc')" in problem.hint
    assert _here(first) in str(problem)
    assert _here(second) in str(problem)


def test_the_same_object_in_two_boundaries_is_told_to_add_it_once() -> None:
    tm = tg.ThreatModel("shop", actors=())
    db = tg.DataStore("Orders DB")
    with tm.boundary("EU VPC", trust="internal"):
        tm.add(db)
    tm.add(db)
    (problem,) = _problems(tm)
    assert problem.message == "was added in two different boundaries ('eu-vpc' and no boundary)"
    assert problem.hint is not None
    assert problem.hint.startswith("it is one element (the same value, added twice): add it once")


def test_controls_added_to_one_of_two_separate_copies_keep_them_separate() -> None:
    tm = tg.ThreatModel("shop", actors=())
    a = tm.add(tg.DataStore("Orders DB"))
    tm.add(tg.DataStore("Orders DB"))
    tm.add_controls(a, tg.controls.EncryptionAtRest())
    (problem,) = _problems(tm)
    assert "was added twice as two separate elements" in problem.message


def test_controls_added_keep_a_copy_added_twice_one_object() -> None:
    tm = tg.ThreatModel("shop", actors=())
    a = tm.add(tg.DataStore("Orders DB"))
    b = tm.add(tg.DataStore("Orders DB"))
    tm.add(b)
    tm.add_controls(a, tg.controls.EncryptionAtRest())
    (problem,) = _problems(tm)
    assert problem.message.startswith("was added twice as two separate elements")


def test_a_flow_between_an_added_element_and_a_separate_copy_is_not_a_self_loop() -> None:
    tm = tg.ThreatModel("shop", actors=())
    a = tm.add(tg.DataStore("Orders DB"))
    b = tg.DataStore("Orders DB")  # made again, never added
    tm.flow(a, b, tg.Data("Orders"))
    (problem,) = _problems(tm)
    assert problem.where == "flow 'orders-db->orders-db'"
    assert "two separate elements with the same id 'orders-db'" in problem.message
    assert "to itself" not in problem.message
    # the same element twice is the feedback loop that allow_self is for
    tm2 = tg.ThreatModel("shop", actors=())
    a = tm2.add(tg.DataStore("Orders DB"))
    tm2.flow(a, a, tg.Data("Orders"), allow_self=True)
    assert len(tm2.freeze().flows()) == 1


def test_two_different_elements_with_one_id_are_reported_as_before() -> None:
    tm = tg.ThreatModel("shop", actors=())
    tm.add(tg.Endpoint("API"))
    tm.add(tg.Service("API"))
    (problem,) = _problems(tm)
    assert problem.message == (
        "id is used by two different elements (API (endpoint) and API (service))"
    )


# --------------------------------------------------------------------------- 1c. boundaries


def test_boundaries_whose_names_make_one_id_are_named_by_both_names() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary("A", trust="internal"):
        pass
    line = _line() - 2
    with (
        pytest.raises(InvalidValueError) as err,
        tm.boundary("a", trust="restricted"),
    ):
        pass  # pragma: no cover - never reached
    text = str(err.value)
    assert "boundary 'a' has the id 'a' of boundary 'A'" in text
    assert _here(line) in text
    assert "cannot be re-opened with trust 'restricted'" in text
    assert "tm.boundary('a', trust='restricted', id='a-2')" in text
    with tm.boundary("a", trust="restricted", id="a-2") as second:
        pass
    assert [(b.name, b.id) for b in tm.boundaries] == [("A", "a"), ("a", "a-2")]
    assert second.trust is tg.Trust.RESTRICTED


def test_another_name_with_the_same_id_and_a_trust_is_not_a_silent_re_open() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary("Prod VPC", trust="internal"):
        pass
    with (
        pytest.raises(InvalidValueError, match="the two names make one id") as err,
        tm.boundary("prod vpc", trust="internal"),
    ):
        pass  # pragma: no cover - never reached
    assert "'prod vpc'" in str(err.value)
    assert "'Prod VPC'" in str(err.value)
    assert "id='prod-vpc-2'" in str(err.value)
    # without trust=, or by its id, it is a re-open, as documented
    with tm.boundary("prod vpc") as again, tm.boundary("prod-vpc", trust="internal"):
        pass
    assert again.name == "Prod VPC"
    assert len(tm.boundaries) == 1


def test_a_boundary_value_with_a_taken_id_is_named_by_both_names() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary("A", trust="internal"):
        pass
    with (
        pytest.raises(InvalidValueError) as err,
        tm.boundary(tg.Boundary("a", trust="restricted")),
    ):
        pass  # pragma: no cover - never reached
    text = str(err.value)
    assert "boundary 'a' has the id 'a' of boundary 'A'" in text
    assert "tg.Boundary('a', trust='restricted', id='a-2')" in text


def test_re_opening_a_boundary_by_its_own_name_with_another_trust_says_how() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary("VPC", trust="internal"):
        pass
    with (
        pytest.raises(InvalidValueError) as err,
        tm.boundary("VPC", trust="untrusted"),
    ):
        pass  # pragma: no cover - never reached
    text = str(err.value)
    assert text.startswith("boundary 'VPC' already exists")
    assert "leave trust= out to re-open it" in text
    assert "tm.boundary('VPC', trust='untrusted', id='vpc-2')" in text


# --------------------------------------------------------------------------- 3. lists of Data


def test_a_list_of_data_given_to_flow_is_told_to_be_separate_arguments() -> None:
    tm = tg.ThreatModel("m", actors=())
    a, b = tm.add(tg.Endpoint("a")), tm.add(tg.Endpoint("b"))
    with pytest.raises(InvalidTypeError) as err:
        tm.flow(a, b, [tg.Data("X"), tg.Data("Y")])  # type: ignore[arg-type]
    text = str(err.value)
    assert text.startswith("Flow 'a->b': 'data' must be Data (got a list of 2 Data: 'X', 'Y')")
    assert "pass several Data as separate arguments: tm.flow(a, b, x, y)" in text
    assert "tm.flow(a, b, *items)" in text
    assert 'tg.Data("Prompt")' not in text
    assert "sensitivity" not in text  # the names, not the reprs
    assert tm.flows == ()
    tm.flow(a, b, *[tg.Data("X"), tg.Data("Y")])
    assert len(tm.flows) == 1


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ((tg.Data("X"),), "a tuple of 1 Data: 'X'"),
        ({tg.Data("X")}, "a set of 1 Data: 'X'"),
        (frozenset({tg.Data("X")}), "a frozenset of 1 Data: 'X'"),
        ([tg.Data(f"D{i}") for i in range(7)], "a list of 7 Data: 'D0', 'D1', 'D2', 'D3', 'D4'"),
        ([], "an empty list"),
    ],
)
def test_every_collection_of_data_is_shown_briefly(value: object, shown: str) -> None:
    tm = tg.ThreatModel("m", actors=())
    a, b = tm.add(tg.Endpoint("a")), tm.add(tg.Endpoint("b"))
    with pytest.raises(InvalidTypeError, match="must be Data") as err:
        tm.flow(a, b, value)  # type: ignore[arg-type]
    assert f"(got {shown}" in str(err.value)


def test_a_list_of_something_else_keeps_the_plain_message() -> None:
    tm = tg.ThreatModel("m", actors=())
    a, b = tm.add(tg.Endpoint("a")), tm.add(tg.Endpoint("b"))
    with pytest.raises(InvalidTypeError, match=r'declare it as tg.Data\("Prompt"\)'):
        tm.flow(a, b, ["Prompt"])  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r'declare it as tg.Data\("Prompt"\)'):
        tm.flow(a, b, "Prompt")  # type: ignore[arg-type]


def test_chain_and_data_take_each_data_as_its_own_argument_too() -> None:
    tm = tg.ThreatModel("m", actors=())
    a, b = tm.add(tg.Endpoint("a")), tm.add(tg.Endpoint("b"))
    with pytest.raises(
        InvalidTypeError, match=r"separate arguments: tm\.chain\(a >> b, x, y\)"
    ) as err:
        tm.chain(a >> b, [tg.Data("X"), tg.Data("Y")])  # type: ignore[arg-type]
    assert "ThreatModel.chain()" in str(err.value)
    with pytest.raises(InvalidTypeError, match=r"separate arguments: tm\.data\(x, y\)") as err:
        tm.data([tg.Data("X"), tg.Data("Y")])  # type: ignore[arg-type]
    assert "a list of 2 Data: 'X', 'Y'" in str(err.value)
    with pytest.raises(InvalidTypeError, match=r"declare it as tg\.Data"):
        tm.data(tg.Data("Kept"), "Audit trail")  # type: ignore[arg-type]
    assert tm.flows == ()
    assert tm.freeze().data == ()  # nothing of a refused call is kept
