"""ThreatModel, the builder: boundaries, adding, flows and chains, and freeze()."""

from __future__ import annotations

import inspect

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import (
    InvalidTypeError,
    InvalidValueError,
    ModelValidationError,
    Problem,
)


def _line() -> int:
    frame = inspect.currentframe()
    assert frame is not None
    assert frame.f_back is not None
    return frame.f_back.f_lineno


def small_model() -> tg.ThreatModel:
    tm = tg.ThreatModel("rag", profile="high")
    prompt = tg.Data("Prompt")
    tickets = tg.Data("Tickets", sensitivity="pii")
    with tm.boundary("Internet", trust=tg.Trust.UNTRUSTED):
        user = tm.add(tg.Actor("Customer"))
        crawl = tm.add(tg.DataSource("Crawl", origin="public-web"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
        llm = tm.add(tg.LLM("LLM"))
        with tm.boundary("Index enclave", trust="restricted"):
            index = tm.add(tg.VectorStore("Index", stores={tickets}))
            ingest = tm.add(tg.Pipeline("Indexer"))
    tool = tm.add(tg.Tool("Search"))
    tm.chain(user >> api >> llm, prompt)
    tm.flow(index, llm, tickets)
    tm.flow(crawl, ingest)
    tm.flow(ingest, index, tickets)
    tm.flow(llm, tool, prompt)
    tm.flow(tool, llm)
    tm.flow(llm, api, label="answer")
    tm.flow(api, user, label="answer")
    return tm


def test_repr_counts_elements_flows_and_boundaries() -> None:
    tm = small_model()
    assert repr(tm) == "<ThreatModel 'rag': 7 elements, 9 flows, 3 boundaries>"
    assert (
        repr(tg.ThreatModel("empty")) == "<ThreatModel 'empty': 0 elements, 0 flows, 0 boundaries>"
    )


def test_constructor_arguments_are_parsed() -> None:
    tm = tg.ThreatModel(
        "m", profile="HIGH", frameworks=["hipaa", tg.Framework.GDPR], description="d", actors=()
    )
    assert tm.profile is tg.RiskProfile.HIGH
    assert tm.frameworks == {tg.Framework.HIPAA, tg.Framework.GDPR}
    assert tm.actors == []
    assert tm.description == "d"
    assert [a.name for a in tg.ThreatModel("m").actors] == [
        "Nation-state",
        "Competitor",
        "Hacktivist",
        "Insider",
        "Partner staff",
        "Opportunist",
    ]
    assert tg.ThreatModel("m").profile is tg.RiskProfile.LOW


@pytest.mark.parametrize(
    ("kwargs", "error", "text"),
    [
        ({"name": ""}, InvalidValueError, "'name' must be a non-empty str"),
        ({"name": "  "}, InvalidValueError, "'name' must be a non-empty str"),
        ({"name": 42}, InvalidTypeError, "'name' must be a non-empty str"),
        ({"name": "m", "profile": "medium"}, InvalidValueError, "'profile' must be RiskProfile"),
        ({"name": "m", "profile": 2}, InvalidTypeError, "'profile' must be RiskProfile"),
        ({"name": "m", "frameworks": ["hippa"]}, InvalidValueError, "did you mean 'hipaa'"),
        ({"name": "m", "frameworks": 5}, InvalidTypeError, "'frameworks' must be a list"),
        ({"name": "m", "frameworks": "hipaa"}, InvalidTypeError, "'frameworks' must be a list"),
        ({"name": "m", "actors": 5}, InvalidTypeError, "'actors' must be a list"),
        ({"name": "m", "actors": ["Insider"]}, InvalidTypeError, "ThreatActor values"),
        ({"name": "m", "description": None}, InvalidTypeError, "'description' must be a str"),
    ],
)
def test_constructor_errors(kwargs: dict[str, object], error: type[Exception], text: str) -> None:
    # regression: a non-iterable actors/frameworks used to raise a bare TypeError
    with pytest.raises(error, match=text):
        tg.ThreatModel(**kwargs)  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- boundaries


def test_boundaries_nest_and_scope_is_restored() -> None:
    tm = tg.ThreatModel("m")
    with tm.boundary("Outer", trust="internal") as outer:
        a = tm.add(tg.Service("A"))
        with tm.boundary("Inner", trust="restricted") as inner:
            b = tm.add(tg.Service("B"))
        c_ = tm.add(tg.Service("C"))
    d = tm.add(tg.Service("D"))
    assert outer.parent is None
    assert inner.parent == outer.id
    s = tm.freeze()
    assert s.boundary_of(a) == outer
    assert s.boundary_of(b) == inner
    assert s.boundary_of(c_) == outer
    assert s.boundary_of(d) is None
    assert s.ancestors_of(inner) == [outer]


def test_scope_is_restored_when_the_block_raises() -> None:
    tm = tg.ThreatModel("m")
    with pytest.raises(RuntimeError), tm.boundary("Room", trust="internal"):
        raise RuntimeError("boom")
    e = tm.add(tg.Service("Outside"))
    assert tm.freeze().boundary_of(e) is None


def test_a_boundary_can_be_reentered_by_name_id_or_value() -> None:
    tm = tg.ThreatModel("m")
    with tm.boundary("Production VPC", trust="internal") as vpc:
        a = tm.add(tg.Service("A"))
    with tm.boundary("Production VPC") as again:
        b = tm.add(tg.Service("B"))
    with tm.boundary("production-vpc", trust=tg.Trust.INTERNAL):
        c_ = tm.add(tg.Service("C"))
    with tm.boundary(vpc):
        d = tm.add(tg.Service("D"))
    assert again is vpc
    assert len(tm.boundaries) == 1
    s = tm.freeze()
    assert {s.boundary_of(x) for x in (a, b, c_, d)} == {vpc}


def test_reentering_inside_another_boundary_keeps_the_original_parent() -> None:
    tm = tg.ThreatModel("m")
    with tm.boundary("A", trust="internal"):
        pass
    with tm.boundary("B", trust="internal"), tm.boundary("A") as a:
        x = tm.add(tg.Service("X"))
    assert a.parent is None
    assert tm.freeze().boundary_of(x) == a


def test_boundary_values_can_be_declared_and_pick_up_the_scope_as_parent() -> None:
    tm = tg.ThreatModel("m")
    outer = tg.Boundary("Outer", trust="internal")
    with tm.boundary(outer), tm.boundary(tg.Boundary("Inner", trust="restricted")) as inner:
        pass
    assert inner.parent == "outer"


def test_boundary_errors() -> None:
    tm = tg.ThreatModel("m")
    with pytest.raises(InvalidValueError, match="needs a trust level"), tm.boundary("New"):
        pass
    with tm.boundary("VPC", trust="internal"):
        pass
    with (
        pytest.raises(InvalidValueError, match="cannot be re-opened with trust 'untrusted'"),
        tm.boundary("VPC", trust="untrusted"),
    ):
        pass
    with pytest.raises(InvalidValueError, match="non-empty boundary name"), tm.boundary(""):
        pass
    with pytest.raises(InvalidValueError, match="'trust' must be Trust"):  # noqa: SIM117
        with tm.boundary("Other", trust="dmz"):
            pass
    assert [b.id for b in tm.boundaries] == ["vpc"]


# ----------------------------------------------------------------------------- adding


def test_add_returns_the_same_object() -> None:
    tm = tg.ThreatModel("m")
    llm = tg.LLM("LLM")
    assert tm.add(llm) is llm
    assert tm.add_all(tg.Service("a"), tg.Service("b"))[1].name == "b"
    assert tm.elements[0] is llm


def test_adding_the_same_object_twice_is_harmless() -> None:
    # the very same object only: two separate constructions of an equal value are two
    # elements with one id, which freeze reports (tests/test_builder_mistakes.py)
    tm = tg.ThreatModel("m")
    llm = tm.add(tg.LLM("LLM"))
    tm.add(llm)
    s = tm.freeze()
    assert len(s) == 1


def test_add_with_an_explicit_boundary() -> None:
    tm = tg.ThreatModel("m")
    with tm.boundary("VPC", trust="internal") as vpc:
        pass
    a = tm.add(tg.Service("A"), boundary=vpc)
    b = tm.add(tg.Service("B"), boundary="vpc")
    s = tm.freeze()
    assert s.boundary_of(a) == vpc
    assert s.boundary_of(b) == vpc
    with pytest.raises(
        InvalidValueError, match="boundary 'vpcc' does not exist; did you mean 'vpc'"
    ):
        tm.add(tg.Service("C"), boundary="vpcc")


@pytest.mark.parametrize(
    ("thing", "hint"),
    [
        (tg.Flow("a", "b"), "flows are added with tm.flow"),
        (tg.Data("d"), "pass an element such as"),
        ("LLM", "pass an element such as"),
        (None, "pass an element such as"),
    ],
)
def test_add_refuses_what_is_not_an_element(thing: object, hint: str) -> None:
    tm = tg.ThreatModel("m")
    with pytest.raises(InvalidTypeError, match=hint):
        tm.add(thing)  # type: ignore[arg-type]


def test_data_and_actors_in_scope() -> None:
    tm = tg.ThreatModel("m")
    extra = tg.Data("Audit trail", sensitivity="confidential")
    assert tm.data(extra) == (extra,)
    insider = tg.ThreatActor("Rogue admin", entry=tg.Trust.INTERNAL)
    tm.in_scope(insider)
    s = tm.freeze()
    assert s.data == (extra,)
    assert s.actors == (insider,)
    with pytest.raises(InvalidTypeError, match="Data"):
        tm.data("Audit trail")  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match="ThreatActor"):
        tm.in_scope("insider")  # type: ignore[arg-type]


# ----------------------------------------------------------------------------- flows


def test_flow_returns_the_flow_with_its_attributes() -> None:
    tm = tg.ThreatModel("m")
    a, b = tm.add(tg.Actor("User")), tm.add(tg.Endpoint("API"))
    prompt = tg.Data("Prompt")
    f = tm.flow(a, b, prompt, protocol="https", controls={c.EncryptionInTransit()}, label="ask")
    line = _line() - 1
    assert (f.source, f.target, f.data, f.protocol, f.label) == (
        "user",
        "api",
        (prompt,),
        "https",
        "ask",
    )
    assert f.has(c.EncryptionInTransit)
    assert f.declared_at is not None
    assert f.declared_at.line == line
    assert tm.flows == (f,)
    assert tm.freeze().flow("user->api") == f


def test_chain_adds_a_flow_per_hop() -> None:
    tm = tg.ThreatModel("m")
    a, b, c_ = tm.add(tg.Actor("a")), tm.add(tg.Endpoint("b")), tm.add(tg.LLM("c"))
    prompt = tg.Data("Prompt")
    flows = tm.chain(a >> b >> c_, prompt, protocol="https")
    line = _line() - 1
    assert [f.id for f in flows] == ["a->b", "b->c"]
    assert all(f.data == (prompt,) and f.protocol == "https" for f in flows)
    assert {f.declared_at.line for f in flows if f.declared_at} == {line}
    assert tm.flows == flows
    assert [f.id for f in tm.freeze().all_flows] == ["a->b", "b->c"]


def test_chain_errors() -> None:
    tm = tg.ThreatModel("m")
    a, b = tm.add(tg.Actor("a")), tm.add(tg.Endpoint("b"))
    with pytest.raises(InvalidValueError, match="an id cannot be shared"):
        tm.chain(a >> b, id="x")
    with pytest.raises(InvalidTypeError, match="a Route built with a >> b"):
        tm.chain(a)  # type: ignore[arg-type]
    assert tm.flows == ()


def test_flows_can_name_elements_by_id() -> None:
    tm = tg.ThreatModel("m")
    tm.add(tg.Actor("User"))
    tm.add(tg.Endpoint("API"))
    tm.flow("user", "api")
    assert tm.freeze().all_flows[0].id == "user->api"


def test_parallel_flows_get_distinct_stable_ids() -> None:
    def build(order: list[int]) -> tg.System:
        tm = tg.ThreatModel("m")
        a, b = tm.add(tg.Service("A")), tm.add(tg.Service("B"))
        calls = [
            lambda: tm.flow(a, b, label="Nightly sync"),
            lambda: tm.flow(a, b, tg.Data("Tickets"), tg.Data("Logs")),
            lambda: tm.flow(a, b, protocol="gRPC"),
            lambda: tm.flow(a, b, id="control-channel"),
            lambda: tm.flow(b, a),
        ]
        for i in order:
            calls[i]()
        return tm.freeze()

    s = build([0, 1, 2, 3, 4])
    assert [f.id for f in s.all_flows] == [
        "a->b:grpc",
        "a->b:logs+tickets",
        "a->b:nightly-sync",
        "b->a",
        "control-channel",
    ]
    assert build([4, 3, 2, 1, 0]) == s
    assert [f.id for f in build([2, 0, 4, 1, 3]).all_flows] == [f.id for f in s.all_flows]


def test_a_single_flow_keeps_the_plain_id_even_with_a_label() -> None:
    tm = tg.ThreatModel("m")
    a, b = tm.add(tg.Service("A")), tm.add(tg.Service("B"))
    tm.flow(a, b, label="only one")
    assert tm.freeze().all_flows[0].id == "a->b"


def test_parallel_flows_that_cannot_be_told_apart_are_reported() -> None:
    tm = tg.ThreatModel("m")
    a, b = tm.add(tg.Service("A")), tm.add(tg.Service("B"))
    tm.flow(a, b, controls={c.RBAC()})
    tm.flow(a, b)
    with pytest.raises(ModelValidationError) as exc:
        tm.freeze()
    (problem,) = exc.value.problems
    assert problem.where == "flow 'a->b'"
    assert problem.field == "id"
    assert "label=" in (problem.hint or "")


def test_a_self_loop_needs_allow_self() -> None:
    tm = tg.ThreatModel("m")
    m = tm.add(tg.Model("Online model", online_learning=True))
    tm.flow(m, m, allow_self=True, label="feedback")
    assert tm.freeze().all_flows[0].id == "online-model->online-model"


# ----------------------------------------------------------------------------- freeze


def test_freeze_reports_every_problem_at_once() -> None:
    tm = tg.ThreatModel("broken")
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Endpoint("API"))
        llm = tm.add(tg.LLM("LLM"))
    with tm.boundary("DMZ", trust="partner"):
        tm.add(api)
    twin = tm.add(tg.Service("API"))
    twin_line = _line() - 1
    ghost = tg.Tool("Ghost")
    tm.flow(api, ghost)
    ghost_line = _line() - 1
    tm.flow(llm, llm)
    tm.flow(api, llm, tg.Data("Tickets", sensitivity="public"))
    tm.data(tg.Data("Tickets", sensitivity="pii"))
    tm.flow("api", "lml")

    with pytest.raises(ModelValidationError) as exc:
        tm.freeze()
    err = exc.value
    assert isinstance(err, ValueError)
    assert str(err).splitlines()[0] == "model 'broken' has 6 problem(s)"
    by_where = {(p.where, p.field): p for p in err.problems}
    assert set(by_where) == {
        ("element 'api'", "boundary"),
        ("element 'api'", "id"),
        ("flow 'api->ghost'", "target"),
        ("flow 'api->lml'", "target"),
        ("flow 'llm->llm'", "target"),
        ("data 'tickets'", "sensitivity"),
    }
    for p in err.problems:
        assert isinstance(p, Problem)
        assert p.message
        assert p.hint
        assert p.value is not None
        assert str(p) in str(err)
    assert by_where[("element 'api'", "boundary")].value == "dmz"
    dup = by_where[("element 'api'", "id")]
    assert dup.value == "api"
    assert "API (endpoint) and API (service)" in dup.message
    assert dup.location is not None
    assert dup.location.endswith(f"test_model.py:{twin_line}")
    dangling = by_where[("flow 'api->ghost'", "target")]
    assert dangling.value == "ghost"
    assert dangling.location is not None
    assert dangling.location.endswith(f"test_model.py:{ghost_line}")
    assert by_where[("flow 'api->lml'", "target")].hint == "did you mean 'llm'?"
    assert "allow_self=True" in (by_where[("flow 'llm->llm'", "target")].hint or "")
    assert "(pii vs public)" in by_where[("data 'tickets'", "sensitivity")].message
    assert twin in tm.elements


def test_freeze_does_not_change_the_builder_and_can_be_repeated() -> None:
    tm = small_model()
    first = tm.freeze()
    second = tm.freeze()
    assert first == second
    assert first is not second
    extra = tm.add(tg.Service("Later"))
    third = tm.freeze()
    assert extra in third
    assert extra not in first
    assert len(third) == len(first) + 1


def test_the_builder_exposes_what_was_added_in_order() -> None:
    tm = small_model()
    assert [e.name for e in tm.elements][:3] == ["Customer", "Crawl", "API"]
    assert [b.name for b in tm.boundaries] == ["Internet", "VPC", "Index enclave"]
    assert tm.flows[0].id == "customer->api"
    assert isinstance(tm.elements, tuple)


# ----------------------------------------------------------------------------- isolation


def test_two_models_coexist_without_interfering() -> None:
    one = tg.ThreatModel("one")
    two = tg.ThreatModel("two", profile="high")
    with one.boundary("VPC", trust="internal"):
        with two.boundary("VPC", trust="untrusted"):
            a1 = one.add(tg.Service("API"))
            a2 = two.add(tg.LLM("API"))
            with two.boundary("Inner", trust="restricted"):
                one.add(tg.Service("Worker"))
                two.add(tg.Service("Worker"))
        b1 = one.add(tg.Service("After"))
    b2 = two.add(tg.Service("After"))
    one.flow(a1, b1)
    s1, s2 = one.freeze(), two.freeze()

    assert [b.trust for b in s1.boundaries] == [tg.Trust.INTERNAL]
    assert {b.id: b.trust for b in s2.boundaries} == {
        "inner": tg.Trust.RESTRICTED,
        "vpc": tg.Trust.UNTRUSTED,
    }
    assert s1.element("api") == a1
    assert s2.element("api") == a2
    assert s1.boundary_of("worker") == s1.boundary("vpc")  # "Inner" belongs to two only
    assert s2.boundary_of("worker") == s2.boundary("inner")
    assert s1.boundary_of(b1) == s1.boundary("vpc")
    assert s2.boundary_of(b2) is None
    assert len(s1.all_flows) == 1
    assert s2.all_flows == ()
    assert s1.profile is tg.RiskProfile.LOW
    assert s2.profile is tg.RiskProfile.HIGH
    assert s1 != s2


def test_models_share_no_state_through_defaults() -> None:
    one, two = tg.ThreatModel("one"), tg.ThreatModel("two")
    one.actors.clear()
    one.frameworks.add(tg.Framework.GDPR)
    assert len(two.actors) == 6
    assert two.frameworks == set()
    assert len(tg.ThreatModel("three").actors) == 6


def test_misspelt_builder_keywords_are_errors_with_suggestions() -> None:
    from threatgraph.errors import MissingFieldError, UnknownFieldError

    tm = tg.ThreatModel("typos")
    a = tm.add(tg.Service("A"))
    b = tm.add(tg.Service("B"))
    with pytest.raises(UnknownFieldError, match="did you mean 'protocol'"):
        tm.flow(a, b, protocl="https")  # type: ignore[call-arg]
    with (
        pytest.raises(UnknownFieldError, match="did you mean 'trust'"),
        tm.boundary("VPC", trus="internal"),  # type: ignore[call-arg]
    ):
        pass
    with pytest.raises(MissingFieldError, match="'trust'"):
        tg.Boundary("VPC")  # type: ignore[call-arg]


def test_add_controls_replaces_the_model_copy() -> None:
    tm = tg.ThreatModel("review")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        llm = tm.add(tg.LLM("LLM"))
    f = tm.flow(user, llm, tg.Data("Prompt"))
    before = tm.analyze().for_rule("ai/prompt-injection-direct")[0]
    new_llm = tm.add_controls(llm, c.Guardrails(), "input_validation")
    assert isinstance(new_llm, tg.LLM)
    assert new_llm.has(c.Guardrails)
    assert new_llm.has(c.InputValidation)
    assert not llm.controls
    new_flow = tm.add_controls(f.id, c.EncryptionInTransit())
    assert isinstance(new_flow, tg.Flow)
    system = tm.freeze()
    assert system.element("llm").has(c.Guardrails)
    assert system.flow(f.id).has(c.EncryptionInTransit)
    after = system.analyze().for_rule("ai/prompt-injection-direct")[0]
    assert after.id == before.id
    assert after.status is tg.Status.MITIGATED
    with pytest.raises(tg.ThreatGraphError, match="did you mean 'llm'"):
        tm.add_controls("lm", c.Guardrails())
