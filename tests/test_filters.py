"""FlowFilter and ElementFilter: one bundle of filters, one matching, every entry point.

The same filters reach :meth:`System.flows`, :func:`queries.select_flows` and the
flow assertions; whichever door they come through, they select the same flows.
"""

from __future__ import annotations

import doctest
from collections.abc import Callable, Iterable
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import threatgraph as tg
from threatgraph import checks, filters
from threatgraph import controls as c
from threatgraph import queries as q
from threatgraph.errors import (
    ArchitectureViolation,
    InvalidTypeError,
    InvalidValueError,
    NotFoundError,
    UnknownFieldError,
)
from threatgraph.testing import strategies as tgst
from threatgraph.testing.assertions import (
    assert_elements_have,
    assert_flows_encrypted,
    assert_flows_have,
    assert_no_flows,
)

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

PII = tg.Data("Tickets", sensitivity="pii")
KEYS = tg.Data("Keys", sensitivity="secret")


def build() -> tg.System:
    tm = tg.ThreatModel("filters")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API", controls={c.RateLimiting()}))
        shell = tm.add(tg.Tool("Shell", capabilities={"execute-code"}))
        with tm.boundary("Enclave", trust="restricted"):
            vault = tm.add(tg.DataStore("Vault", stores={KEYS}))
    with tm.boundary("Vendor", trust="partner"):
        llm = tm.add(tg.LLM("LLM"))
    tm.flow(user, api, PII, controls={c.EncryptionInTransit()})
    tm.flow(api, llm, PII)
    tm.flow(api, shell)
    tm.flow(vault, api, KEYS, controls={c.EncryptionInTransit()})
    tm.flow(llm, api, tg.Data("Answer"))
    return tm.freeze()


S = build()


def build_wider() -> tg.System:
    """More flows, nested boundaries and controls, for the properties below."""
    tm = tg.ThreatModel("wider")
    prompt, weights = tg.Data("Prompt", sensitivity="internal"), tg.Data("Weights")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
        crawl = tm.add(tg.DataSource("Crawl", origin="public-web"))
    with tm.boundary("Edge", trust="partner"):
        gateway = tm.add(tg.Endpoint("Gateway", controls={c.RateLimiting()}))
    with tm.boundary("Core", trust="internal"):
        agent = tm.add(tg.Agent("Agent"))
        tool = tm.add(tg.Tool("Tool", capabilities={"write"}, controls={c.Sandboxing()}))
        with tm.boundary("Vault", trust="restricted"):
            db = tm.add(tg.DataStore("DB", stores={PII, KEYS}))
            registry = tm.add(tg.ModelRegistry("Registry", controls={c.SignedModels()}))
    llm = tm.add(tg.LLM("LLM"))
    tls, mac = c.EncryptionInTransit(), c.MessageIntegrity()
    tm.flow(user, gateway, prompt, controls={tls})
    tm.flow(gateway, agent, prompt, controls={tls, mac})
    tm.flow(agent, llm, prompt, PII)
    tm.flow(llm, agent, prompt)
    tm.flow(agent, tool, prompt, controls={mac})
    tm.flow(tool, db, PII, controls={tls})
    tm.flow(db, agent, PII, KEYS)
    tm.flow(crawl, db, PII)
    tm.flow(registry, llm, weights, controls={mac})
    tm.flow(agent, agent, prompt, allow_self=True)
    tm.flow(agent, gateway, prompt, label="answer")
    return tm.freeze()


WIDER = build_wider()


def ids(items: Iterable[tg.Flow | tg.Element]) -> list[str]:
    return [x.id for x in items]


# --------------------------------------------------------------------------- one value


def test_the_keywords_are_the_fields() -> None:
    flow_fields = [f.name for f in attrs.fields(tg.FlowFilter)]
    assert list(filters.FlowFilterArgs.__annotations__) == flow_fields
    element_fields = [f.name for f in attrs.fields(tg.ElementFilter)]
    assert ["kind", *filters.ElementFilterArgs.__annotations__] == element_fields
    assert list(filters._FLOW_TESTS) == flow_fields
    assert list(filters._ELEMENT_TESTS) == element_fields


def test_values_are_coerced_once() -> None:
    f = tg.FlowFilter(
        at_least="pii",
        source=S.element("api"),
        crossing=S.boundary("vpc"),
        leaving=S.boundary("vpc"),
        with_control=("tls", c.EncryptionInTransit),
    )
    assert f.at_least is tg.Sensitivity.PII
    assert (f.source, f.crossing, f.leaving) == ("api", "vpc", "vpc")
    assert f.with_control == (c.EncryptionInTransit,)
    assert f == tg.FlowFilter(
        at_least=tg.Sensitivity.PII,
        source="api",
        crossing="vpc",
        leaving="vpc",
        with_control=c.EncryptionInTransit,
    )
    assert f.given() == {
        "at_least": tg.Sensitivity.PII,
        "source": "api",
        "crossing": "vpc",
        "leaving": "vpc",
        "with_control": (c.EncryptionInTransit,),
    }
    e = tg.ElementFilter("tool", trust="internal", capability="execute-code")
    assert e.kind == (tg.Tool,)
    assert (e.trust, e.capability) == (tg.Trust.INTERNAL, tg.Capability.EXECUTE_CODE)


@pytest.mark.parametrize(
    "call",
    [
        lambda: tg.FlowFilter(carying="pii"),
        lambda: S.flows(carying="pii"),
        lambda: q.select_flows(S, carying="pii"),
        lambda: q.flows_lacking(S, c.EncryptionInTransit, carying="pii"),
        lambda: assert_flows_have(S, c.EncryptionInTransit, carying="pii"),
        lambda: assert_flows_encrypted(S, carying="pii"),
        lambda: assert_no_flows(S, carying="pii"),
        lambda: S.flows(tg.FlowFilter(leaving="vpc"), carying="pii"),
    ],
)
def test_an_unknown_flow_keyword_suggests_the_right_one(call: Callable[[], Any]) -> None:
    with pytest.raises(UnknownFieldError, match=r"'carying'; did you mean 'carrying'\?"):
        call()


@pytest.mark.parametrize(
    "call",
    [
        lambda: tg.ElementFilter(tg.Tool, capabilty="execute-code"),
        lambda: S.elements(tg.Tool, capabilty="execute-code"),
        lambda: q.select_elements(S, tg.Tool, capabilty="execute-code"),
        lambda: assert_elements_have(S, tg.Tool, c.Sandboxing, capabilty="execute-code"),
    ],
)
def test_an_unknown_element_keyword_suggests_the_right_one(call: Callable[[], Any]) -> None:
    with pytest.raises(UnknownFieldError, match=r"'capabilty'; did you mean 'capability'\?"):
        call()


def test_filters_are_given_by_keyword_only() -> None:
    with pytest.raises(UnknownFieldError, match="pass the others by keyword"):
        tg.FlowFilter("pii")  # type: ignore[misc]


@pytest.mark.parametrize(
    ("kwargs", "error", "text"),
    [
        ({"inbound": "yes"}, InvalidTypeError, "'inbound' must be True, False or None (got 'yes'"),
        ({"crossing": 3}, InvalidTypeError, "'crossing' must be True, False, a Boundary or a"),
        ({"source": 3}, InvalidTypeError, "'source' must be an Element or an element id (got 3"),
        ({"leaving": 1.5}, InvalidTypeError, "'leaving' must be a Boundary, a boundary id or a"),
        ({"entering": ["vpc"]}, InvalidTypeError, "'entering' must be a Boundary"),
        ({"carrying": 42}, InvalidTypeError, "'carrying' must be a Data, a data id or name"),
        ({"at_least": "hot"}, InvalidValueError, "at_least"),
        ({"with_control": 42}, InvalidTypeError, "'with_control' must be a control class"),
        ({"without_control": ()}, InvalidValueError, "'without_control' must be at least one"),
        ({"without_control": "tsl"}, InvalidValueError, "without_control: unknown control 'tsl'"),
    ],
)
def test_a_wrong_value_names_the_field_and_the_value(
    kwargs: dict[str, Any], error: type[Exception], text: str
) -> None:
    with pytest.raises(error, match=text.replace("(", r"\(").replace("?", r"\?")):
        tg.FlowFilter(**kwargs)
    with pytest.raises(error):  # the same error through every door
        assert_no_flows(S, **kwargs)


@pytest.mark.parametrize(
    ("kwargs", "error", "text"),
    [
        ({"trust": "dmz"}, InvalidValueError, "trust"),
        ({"capability": "fly"}, InvalidValueError, "capability"),
        ({"boundary": 7}, InvalidTypeError, "'boundary' must be a Boundary or a boundary id"),
        ({"where": "tools"}, InvalidTypeError, "'where' must be a function"),
    ],
)
def test_a_wrong_element_filter_names_the_field(
    kwargs: dict[str, Any], error: type[Exception], text: str
) -> None:
    with pytest.raises(error, match=text):
        tg.ElementFilter(**kwargs)
    with pytest.raises(InvalidTypeError, match="'kind' must be an element class"):
        tg.ElementFilter(42)  # type: ignore[arg-type]


def test_names_that_are_not_in_the_model_are_not_found_with_a_suggestion() -> None:
    with pytest.raises(NotFoundError, match="no element with id 'ap' in the model; did you mean"):
        S.flows(source="ap")
    with pytest.raises(NotFoundError, match="no boundary with id 'vcp'"):
        S.flows(entering="vcp")
    with pytest.raises(InvalidValueError, match="neither a data asset of the model nor"):
        S.flows(carrying="passwords")
    with pytest.raises(NotFoundError, match="no boundary with id 'vcp'"):
        S.elements(boundary="vcp")


# --------------------------------------------------------------------------- every door


def test_every_door_takes_the_whole_set_of_flow_filters() -> None:
    # entering and the controls used to exist only behind some of the doors
    assert ids(S.flows(entering="vpc")) == ["llm->api", "user->api"]
    assert ids(S.flows(entering="vpc")) == ids(q.flows_entering(S, "vpc"))
    assert ids(S.flows(entering=tg.Trust.INTERNAL)) == ["llm->api", "user->api"]
    with pytest.raises(ArchitectureViolation) as failure:
        assert_flows_have(S, "rbac", with_control="tls")
    assert [v.ids for v in failure.value.violations] == [("user->api",), ("vault->api",)]
    assert str(failure.value).startswith("2 flows with EncryptionInTransit without RBAC:")
    with pytest.raises(ArchitectureViolation) as failure:
        assert_no_flows(S, without_control="tls", crossing=True)
    assert [v.ids for v in failure.value.violations] == [("api->llm",), ("llm->api",)]
    assert str(failure.value).startswith(
        "expected no flow crossing a boundary without EncryptionInTransit, found 2:"
    )
    assert ids(q.select_elements(S, tg.Tool, with_control="sandboxing")) == []
    assert ids(S.elements(capability="execute-code", where=lambda e: "h" in e.name)) == ["shell"]


def test_a_filter_value_goes_anywhere_the_keywords_go() -> None:
    pii_out = tg.FlowFilter(carrying="pii", leaving="vpc")
    expected = ["api->llm"]
    assert ids(S.flows(pii_out)) == expected
    assert ids(S.flows(filter=pii_out)) == expected
    assert ids(q.select_flows(S, pii_out)) == expected
    assert ids(q.flows_lacking(S, "tls", pii_out)) == expected
    assert ids(q.flows_with(S, "tls", pii_out)) == []
    assert ids(pii_out.apply(S)) == expected
    assert [pii_out.matches(S, f) for f in S.all_flows] == [f.id in expected for f in S.all_flows]
    for check in (
        lambda: assert_flows_encrypted(S, pii_out),
        lambda: assert_flows_have(S, c.EncryptionInTransit, pii_out),
        lambda: assert_no_flows(S, filter=pii_out),
    ):
        with pytest.raises(ArchitectureViolation) as failure:
            check()
        assert [v.ids for v in failure.value.violations] == [("api->llm",)]
    # keywords given with a value add to it, or replace what it says
    assert ids(S.flows(pii_out, target="shell")) == []
    assert ids(S.flows(pii_out, leaving=None, source="user")) == ["user->api"]
    tools = tg.ElementFilter(tg.Tool, capability="execute-code")
    assert ids(S.elements(tools)) == ids(q.select_elements(S, tools)) == ["shell"]
    assert ids(q.elements_lacking(S, tools, c.Sandboxing)) == ["shell"]
    with pytest.raises(ArchitectureViolation, match="1 Tool that can execute-code without"):
        assert_elements_have(S, tools, c.Sandboxing)
    with pytest.raises(InvalidTypeError, match="'filter' must be a FlowFilter"):
        S.flows({"carrying": "pii"})  # type: ignore[arg-type]


def test_the_headline_reads_every_filter_given() -> None:
    with pytest.raises(ArchitectureViolation) as failure:
        assert_flows_have(
            S,
            "tls",
            carrying=PII,
            at_least="internal",
            source="api",
            target=S.element("llm"),
            crossing="vpc",
            inbound=False,
            leaving=tg.Trust.INTERNAL,
            entering="vendor",
            without_control="rbac",
        )
    assert str(failure.value).splitlines()[0] == (
        "1 flow carrying Tickets with INTERNAL data or more sensitive from API to LLM crossing VPC "
        "not going to higher trust leaving internal trust entering Vendor without RBAC "
        "without EncryptionInTransit:"
    )


# --------------------------------------------------------------------------- properties


def _some(items: Iterable[Any]) -> st.SearchStrategy[Any]:
    pool = list(dict.fromkeys(items))
    return st.sampled_from(pool) if pool else st.nothing()


def _flow_filter_values(system: tg.System) -> dict[str, st.SearchStrategy[Any]]:
    """For each field of FlowFilter: values that are valid for ``system``, often taken from
    its flows so that a filter keeps some flows and drops others."""
    flows = system.all_flows
    elements = _some(e.id for e in system.all_elements) | _some(system.all_elements)
    ends = _some(f.source for f in flows) | _some(f.target for f in flows) | elements
    boundaries = _some(b.id for b in system.boundaries)
    places = st.sampled_from(list(tg.Trust)) | boundaries
    carried = [d for f in flows for d in f.data]
    data = _some(carried) | _some(d.id for d in carried) | _some(d.name for d in system.data)
    levels = st.sampled_from(list(tg.Sensitivity)) | st.sampled_from(
        [s.value for s in tg.Sensitivity]
    )
    used = _some(type(x) for f in flows for x in f.controls)
    controls = st.lists(used | st.sampled_from(c.ALL), min_size=1, max_size=2).map(tuple)
    return {
        "carrying": data | levels,
        "at_least": levels,
        "source": ends,
        "target": ends,
        "crossing": st.booleans() | boundaries,
        "inbound": st.booleans(),
        "leaving": places,
        "entering": places,
        "with_control": controls,
        "without_control": controls,
    }


@st.composite
def systems_and_flow_filters(draw: st.DrawFn) -> tuple[tg.System, dict[str, Any]]:
    system = draw(
        st.sampled_from([S, WIDER])
        | tgst.systems(min_elements=2, max_elements=8, max_flows=14, hostile=False)
    )
    values = _flow_filter_values(system)
    assert set(values) == {f.name for f in attrs.fields(tg.FlowFilter)}
    chosen = draw(st.lists(st.sampled_from(sorted(values)), min_size=1, max_size=3, unique=True))
    return system, {name: draw(values[name]) for name in chosen}


def _violating(check: Callable[[], None]) -> list[str]:
    try:
        check()
    except ArchitectureViolation as failure:
        return [v.ids[0] for v in failure.violations]
    return []


@SETTINGS
@given(systems_and_flow_filters())
def test_every_door_selects_the_same_flows(case: tuple[tg.System, dict[str, Any]]) -> None:
    system, kwargs = case
    selected = ids(system.flows(**kwargs))
    value = tg.FlowFilter(**kwargs)
    assert ids(value.apply(system)) == selected
    assert ids(system.flows(value)) == selected
    assert ids(q.select_flows(system, **kwargs)) == selected
    assert [f.id for f in system.all_flows if value.matches(system, f)] == selected
    assert selected == sorted(selected)
    if kwargs:
        assert _violating(lambda: assert_no_flows(system, **kwargs)) == selected
    if "without_control" not in kwargs:
        # a declared encrypting protocol gives message integrity, as in the analysis
        signed = [
            f.id for f in system.all_flows if filters.holds_any_control(f, (c.MessageIntegrity,))
        ]
        assert _violating(lambda: assert_flows_have(system, c.MessageIntegrity, **kwargs)) == [
            f for f in selected if f not in signed
        ]


@st.composite
def systems_and_element_filters(draw: st.DrawFn) -> tuple[tg.System, Any, dict[str, Any]]:
    system = draw(st.sampled_from([S, WIDER]) | tgst.systems(max_elements=8, max_flows=4))
    boundaries = [b.id for b in system.boundaries]
    controls = st.lists(st.sampled_from(c.ALL), min_size=1, max_size=2).map(tuple)
    values: dict[str, st.SearchStrategy[Any]] = {
        "boundary": st.sampled_from(boundaries) if boundaries else st.nothing(),
        "trust": st.sampled_from(list(tg.Trust)),
        "capability": st.sampled_from(list(tg.Capability)),
        "where": st.just(lambda e: len(e.name) % 2 == 0),
        "with_control": controls,
        "without_control": controls,
    }
    assert {"kind", *values} == {f.name for f in attrs.fields(tg.ElementFilter)}
    chosen = draw(st.lists(st.sampled_from(sorted(values)), min_size=1, max_size=3, unique=True))
    kind = draw(st.none() | st.sampled_from([tg.Tool, tg.Model, "data_store", (tg.Agent, "llm")]))
    return (
        system,
        kind,
        {name: draw(values[name]) for name in chosen if boundaries or name != "boundary"},
    )


@SETTINGS
@given(systems_and_element_filters())
def test_every_door_selects_the_same_elements(
    case: tuple[tg.System, Any, dict[str, Any]],
) -> None:
    system, kind, kwargs = case
    selected = ids(system.elements(kind, **kwargs))
    value = tg.ElementFilter(kind, **kwargs)
    assert ids(value.apply(system)) == selected
    assert ids(system.elements(value)) == selected
    assert ids(q.select_elements(system, kind, **kwargs)) == selected
    assert [e.id for e in system.all_elements if value.matches(system, e)] == selected
    audited = {e.id for e in system.all_elements if e.has(c.AuditLogging)}
    assert _violating(lambda: assert_elements_have(system, kind, c.AuditLogging, **kwargs)) == [
        e for e in selected if e not in audited
    ]


def test_the_examples_in_the_docstrings_run() -> None:
    for module in (filters, checks):
        result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
        assert result.attempted > 0
        assert result.failed == 0
