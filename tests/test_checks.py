"""Each check of threatgraph.checks finds what it is about, and only that.

The whole list, its order and its messages are pinned by test_system.py and
test_model.py (System.create and ThreatModel.freeze run these checks); here each
check is run on its own.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import pytest

import threatgraph as tg
from threatgraph import checks
from threatgraph.checks import Parts, PartsIndex
from threatgraph.errors import Problem

API = tg.Endpoint("API")
LLM = tg.LLM("LLM")


def run(check: checks.Check, **parts: Any) -> list[tuple[str, str | None, str]]:
    given = Parts(**parts)
    return [(p.where, p.field, p.message) for p in check(given, PartsIndex.of(given))]


def test_every_check_runs_in_a_fixed_order() -> None:
    assert [c.__name__ for c in checks.CHECKS] == [
        "check_elements",
        "check_boundary_ids",
        "check_boundary_parents",
        "check_boundary_cycles",
        "check_placement",
        "check_flows",
        "check_data",
        "check_actors",
    ]
    assert all(c.__doc__ for c in checks.CHECKS)


def test_sound_parts_have_no_problem() -> None:
    vpc = tg.Boundary("VPC", trust="internal")
    parts: dict[str, Any] = {
        "elements": [API, LLM, API],
        "flows": [tg.Flow(API, LLM, tg.Data("Prompt"))],
        "boundaries": [vpc, vpc],
        "placement": {"api": "vpc", "llm": None},
        "actors": [tg.ThreatActor("Spy", entry="vpc")],
        "data": [tg.Data("Prompt")],
    }
    for check in checks.CHECKS:
        assert run(check, **parts) == [], check.__name__
    assert checks.validate_parts(**parts) == []


def test_check_elements() -> None:
    twin = tg.Service("API")
    outside = tg.ExternalService("Mail", internet_facing=True)
    assert run(checks.check_elements, elements=[API, "api", twin, outside, API]) == [
        ("model", "elements", "is not an Element"),
        ("element 'api'", "id", "id is used by two different elements (API (endpoint) and API (service))"),
        ("element 'mail'", "internet_facing", "is a external_service, outside the system already; "
         "internet_facing is for components you run"),
        ("element 'api'", "id", "id is used by two different elements (API (service) and API (endpoint))"),
    ]  # fmt: skip


def test_check_boundary_ids() -> None:
    a = tg.Boundary("A", trust="internal")
    other_a = tg.Boundary("A", trust="partner")
    assert run(checks.check_boundary_ids, boundaries=[a, a, other_a]) == [
        ("boundary 'a'", "id", "id is used by two different boundaries")
    ]
    assert run(checks.check_boundary_ids, boundaries=[a, tg.Boundary("B", trust="internal")]) == []


def test_check_boundary_parents() -> None:
    kids = [
        tg.Boundary("Z", trust="internal", parent="vcp"),
        tg.Boundary("VPC", trust="internal"),
        tg.Boundary("Y", trust="internal", parent="vpc"),
        tg.Boundary("X", trust="internal", parent="nowhere"),
    ]
    given = Parts(boundaries=kids)
    found = list(checks.check_boundary_parents(given, PartsIndex.of(given)))
    assert [(p.where, p.value, p.hint) for p in found] == [
        ("boundary 'x'", "nowhere", None),
        ("boundary 'z'", "vcp", "did you mean 'vpc'?"),
    ]


def test_check_boundary_cycles() -> None:
    ring = [
        tg.Boundary("A", trust="internal", parent="b"),
        tg.Boundary("B", trust="internal", parent="a"),
        tg.Boundary("C", trust="internal", parent="a"),
        tg.Boundary("Self", trust="internal", parent="self"),
    ]
    # each cycle once, at the boundary the walk from the smallest id enters it by; C only
    # sits inside the cycle, and is not reported again
    assert run(checks.check_boundary_cycles, boundaries=ring) == [
        ("boundary 'a'", "parent", "boundaries nest in a cycle: a -> b -> a"),
        ("boundary 'self'", "parent", "boundaries nest in a cycle: self -> self"),
    ]


def test_check_placement() -> None:
    vpc = tg.Boundary("VPC", trust="internal")
    placement = {"llm": "vcp", "ghost": None, "api": "vpc"}
    assert run(
        checks.check_placement, elements=[API, LLM], boundaries=[vpc], placement=placement
    ) == [
        ("placement 'ghost'", None, "names an element that does not exist"),
        ("element 'llm'", "boundary", "is placed in a boundary that does not exist"),
    ]


def test_check_flows() -> None:
    flows = [
        tg.Flow(API, "lm"),
        tg.Flow(API, API),
        tg.Flow(LLM, LLM, allow_self=True),
        tg.Flow(API, LLM, id="x"),
        tg.Flow(LLM, API, id="x"),
        tg.Flow(API, LLM, id="x"),
    ]
    found = run(checks.check_flows, elements=[API, LLM], flows=flows)
    assert found == [
        ("flow 'api->lm'", "target", "target 'lm' was never added to the model"),
        ("flow 'api->api'", "target", "flows from an element to itself"),
        ("flow 'x'", "id", "id is used by two different flows"),
        ("flow 'x'", "id", "id is used by two different flows"),
    ]


def test_check_data_reports_each_id_once_where_the_second_meaning_is_met() -> None:
    public, pii = tg.Data("Tickets", sensitivity="public"), tg.Data("Tickets", sensitivity="pii")
    store = tg.DataStore("DB", stores={pii})
    parts: dict[str, Any] = {
        "elements": [store],
        "flows": [tg.Flow("db", "db", tg.Data("Tickets", sensitivity="secret"), allow_self=True)],
        "data": [public],
    }
    found = Parts(**parts)
    [problem] = checks.check_data(found, PartsIndex.of(found))
    assert str(problem) == (
        "data 'tickets'.sensitivity: is declared twice with different attributes (public vs pii) "
        "(declare the Data once and reuse the same value)"
    )
    assert run(checks.check_data, data=[public, public], flows=[tg.Flow(API, LLM, public)]) == []


def test_check_data_names_the_field_that_differs() -> None:
    # the same name and sensitivity, another kind: the message says kind, not sensitivity
    asked, answered = tg.Data("Prompt", kind="prompt"), tg.Data("Prompt", kind="model-output")
    found = Parts(data=[asked, answered])
    [problem] = checks.check_data(found, PartsIndex.of(found))
    assert str(problem).startswith(
        "data 'prompt'.kind: is declared twice with different attributes (prompt vs model-output)"
    )


def test_check_actors() -> None:
    spy = tg.ThreatActor("Spy", entry="basement")
    actors = [spy, tg.ThreatActor("Spy"), tg.ThreatActor("Insider", entry=tg.Trust.INTERNAL)]
    assert run(checks.check_actors, actors=actors) == [
        ("actor 'spy'", "entry", "enters through a boundary that does not exist (got 'basement')"),
        ("actor 'spy'", "id", "is declared twice"),
    ]


def test_check_added_flow_ends() -> None:
    flows = [tg.Flow(API, LLM), tg.Flow("ap", "nowhere")]
    found = list(checks.check_added_flow_ends(flows, {"api": API}))
    assert [(p.where, p.field, p.hint) for p in found] == [
        ("flow 'api->llm'", "target", "call tm.add(element) before using it in a flow"),
        ("flow 'ap->nowhere'", "source", "did you mean 'api'?"),
        ("flow 'ap->nowhere'", "target", "call tm.add(element) before using it in a flow"),
    ]


@pytest.mark.parametrize("check", checks.CHECKS, ids=lambda c: c.__name__)
def test_a_check_is_lazy_and_yields_problems(
    check: Callable[[Parts, PartsIndex], Iterator[Problem]],
) -> None:
    given = Parts(elements=["not an element"], flows=[tg.Flow("a", "a")])  # type: ignore[list-item]
    produced = check(given, PartsIndex.of(given))
    assert iter(produced) is produced
    assert all(isinstance(p, Problem) for p in produced)
