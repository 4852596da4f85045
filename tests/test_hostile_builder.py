"""Hostile input to the builder: every bad value gets a clear threatgraph error.

Each test pins a defect found by feeding the builder values it accepted but could
not honour: a boundary re-declared with other fields, a flow to another model's
element, text the exports cannot write, unhashable or huge values, and misspelt
rule ids in ``exclude``.
"""

from __future__ import annotations

from typing import Any

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import (
    InvalidTypeError,
    InvalidValueError,
    ModelValidationError,
    ThreatGraphError,
    UnknownFieldError,
)
from threatgraph.findings import Report
from threatgraph.rules import Catalogue

# --------------------------------------------------------------------------- 1. boundaries


def test_a_boundary_value_with_the_id_of_another_and_other_trust_is_refused() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary(tg.Boundary("DMZ", trust="internal")):
        tm.add(tg.Service("Internal svc"))
    with (
        pytest.raises(InvalidValueError, match="cannot be re-opened") as err,
        tm.boundary(tg.Boundary("DMZ", trust="untrusted")),
    ):
        tm.add(tg.Service("Public svc"))  # pragma: no cover - never reached
    text = str(err.value)
    assert "'dmz'" in text
    assert "'internal'" in text
    assert "'untrusted'" in text
    assert [e.name for e in tm.elements] == ["Internal svc"]


def test_a_boundary_value_with_another_description_or_parent_is_refused() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary(tg.Boundary("VPC", trust="internal", description="prod")):
        pass
    with (
        pytest.raises(InvalidValueError, match=r"description 'prod' -> 'staging'"),
        tm.boundary(tg.Boundary("VPC", trust="internal", description="staging")),
    ):
        pass  # pragma: no cover - never reached
    with (
        pytest.raises(InvalidValueError, match="parent"),
        tm.boundary(tg.Boundary("VPC", trust="internal", description="prod", parent="x")),
    ):
        pass  # pragma: no cover - never reached


def test_the_same_boundary_value_re_opens_it_even_when_nested_elsewhere() -> None:
    tm = tg.ThreatModel("m", actors=())
    vpc = tg.Boundary("VPC", trust="internal")
    with tm.boundary(vpc):
        tm.add(tg.Service("A"))
    with tm.boundary("Cloud", trust="internal"), tm.boundary(vpc) as again:
        tm.add(tg.Service("B"))
    assert again.parent is None
    system = tm.freeze()
    placed = {e.name: system.boundary_of(e) for e in system.elements()}
    assert {b.id for b in placed.values() if b is not None} == {"vpc"}
    assert len(placed) == 2


def test_a_boundary_name_re_opened_with_another_description_is_refused() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary("VPC", trust="internal", description="prod"):
        pass
    with tm.boundary("VPC"), tm.boundary("VPC", trust="internal", description="prod"):
        pass
    with (
        pytest.raises(InvalidValueError, match="re-opened with description 'staging'"),
        tm.boundary("VPC", description="staging"),
    ):
        pass  # pragma: no cover - never reached


def test_add_with_a_boundary_value_that_differs_from_the_declared_one_is_refused() -> None:
    tm = tg.ThreatModel("m", actors=())
    with tm.boundary("DMZ", trust="internal"):
        pass
    with pytest.raises(InvalidValueError, match="'untrusted'"):
        tm.add(tg.Service("S"), boundary=tg.Boundary("DMZ", trust="untrusted"))
    tm.add(tg.Service("T"), boundary=tg.Boundary("DMZ", trust="internal"))


# --------------------------------------------------------------------------- 2. flow ends


def _two_models() -> tuple[tg.ThreatModel, tg.Actor, tg.DataStore, tg.VectorStore]:
    tm1 = tg.ThreatModel("one", actors=())
    tm2 = tg.ThreatModel("two", actors=())
    with tm1.boundary("Internet", trust="untrusted"):
        user = tm1.add(tg.Actor("User"))
    with tm1.boundary("VPC", trust="internal"):
        db = tm1.add(tg.DataStore("DB"))
    with tm2.boundary("VPC", trust="internal"):
        other_db = tm2.add(tg.VectorStore("DB"))
    assert isinstance(user, tg.Actor)
    assert isinstance(db, tg.DataStore)
    assert isinstance(other_db, tg.VectorStore)
    return tm1, user, db, other_db


def test_a_flow_to_another_models_element_with_a_taken_id_is_reported() -> None:
    tm1, user, _, other_db = _two_models()
    tm1.flow(user, other_db, tg.Data("Query"))
    with pytest.raises(ModelValidationError) as err:
        tm1.freeze()
    (problem,) = err.value.problems
    assert problem.where == "flow 'user->db'"
    assert problem.field == "target"
    assert problem.value == other_db
    assert "DB (vector_store)" in problem.message
    assert "a different element with id 'db' was added" in problem.message
    assert problem.hint is not None
    assert "pass the element that was added" in problem.hint


def test_a_flow_to_an_element_never_added_that_shares_an_id_is_reported() -> None:
    tm1, user, _, _ = _two_models()
    tm1.flow(user, tg.Model("DB"), tg.Data("Q2"), id="g")
    tm1.flow(tg.Service("User"), "db", tg.Data("Q3"), id="h")
    with pytest.raises(ModelValidationError) as err:
        tm1.freeze()
    where = [(p.where, p.field) for p in err.value.problems]
    assert where == [("flow 'g'", "target"), ("flow 'h'", "source")]
    assert "DB (model)" in err.value.problems[0].message
    assert "User (service)" in err.value.problems[1].message


def test_flows_to_the_added_element_or_an_equal_value_or_an_earlier_version_freeze() -> None:
    tm1, user, db, _ = _two_models()
    tm1.flow(user, tg.DataStore("DB"), tg.Data("Equal value"))
    tm1.add_controls(db, c.EncryptionAtRest())
    tm1.flow(user, db, tg.Data("Value before add_controls"))
    tm1.flow("user", "db", tg.Data("By id"))
    system = tm1.freeze()
    assert {f.target for f in system.flows()} == {"db"}


def test_an_element_never_added_with_a_new_id_is_still_reported_as_never_added() -> None:
    tm1, user, _, _ = _two_models()
    tm1.flow(user, tg.LLM("LLM"))
    with pytest.raises(ModelValidationError, match="'llm' was never added") as err:
        tm1.freeze()
    assert len(err.value.problems) == 1


# --------------------------------------------------------------------------- 3. text


def test_description_none_is_refused_naming_the_field() -> None:
    for build in (
        lambda: tg.Endpoint("API", description=None),  # type: ignore[arg-type]
        lambda: tg.Data("Tickets", description=None),  # type: ignore[arg-type]
        lambda: tg.Boundary("VPC", trust="internal", description=None),  # type: ignore[arg-type]
    ):
        with pytest.raises(InvalidTypeError, match=r"'description' must be a str \(got None"):
            build()


@pytest.mark.parametrize("blank", [" ", "\t", "\n  "])
def test_a_blank_id_is_refused(blank: str) -> None:
    with pytest.raises(InvalidValueError, match=r"'id' must be a non-blank id") as err:
        tg.LLM("LLM", id=blank)
    assert repr(blank) in str(err.value)
    with pytest.raises(InvalidValueError, match="'id'"):
        tg.Flow("a", "b", id=blank)
    with pytest.raises(InvalidValueError, match="'id'"):
        tg.Boundary("VPC", trust="internal", id=blank)
    with pytest.raises(InvalidValueError, match="'id'"):
        tg.ThreatActor("Insider", id=blank)


SURROGATE = "Bot \ud83d"


@pytest.mark.parametrize(
    ("field", "build"),
    [
        ("name", lambda: tg.LLM(SURROGATE)),
        ("id", lambda: tg.LLM("LLM", id=SURROGATE)),
        ("description", lambda: tg.Endpoint("API", description=SURROGATE)),
        ("name", lambda: tg.Data(SURROGATE)),
        ("name", lambda: tg.Boundary(SURROGATE, trust="internal")),
        ("label", lambda: tg.Flow("a", "b", label=SURROGATE)),
        ("tags", lambda: tg.Service("S", tags={SURROGATE})),
        ("reason", lambda: tg.Service("S", exclude={"r": SURROGATE})),
        ("name", lambda: tg.ThreatActor(SURROGATE)),
        ("description", lambda: tg.ThreatModel("m", description=SURROGATE)),
    ],
)
def test_lone_surrogates_are_refused_naming_the_field_and_value(field: str, build: Any) -> None:
    with pytest.raises(InvalidValueError, match="lone surrogate") as err:
        build()
    text = str(err.value)
    assert f"{field!r}" in text
    assert repr(SURROGATE) in text


def test_text_outside_ascii_that_is_valid_unicode_is_kept() -> None:
    llm = tg.LLM("Bot 🤖", description="café", tags={"ünïcode"})
    assert llm.name == "Bot 🤖"


# --------------------------------------------------------------------------- 4. values


@pytest.mark.parametrize(
    ("field", "build"),
    [
        ("tags", lambda: tg.LLM("x", tags=[["pii"]])),
        ("stores", lambda: tg.DataStore("x", stores=[["x"]])),
        ("provides", lambda: tg.DataSource("x", provides=[{}])),
        ("stores", lambda: tg.ModelRegistry("x", stores=[{"a": 1}])),
    ],
)
def test_unhashable_items_are_a_threatgraph_error(field: str, build: Any) -> None:
    with pytest.raises(InvalidTypeError, match=f"'{field}' must be") as err:
        build()
    assert "that is a" in str(err.value)


def test_a_number_too_large_for_a_float_is_a_threatgraph_error() -> None:
    with pytest.raises(InvalidValueError, match="'epsilon' must be a number no larger") as err:
        c.DifferentialPrivacy(epsilon=10**400)
    assert "DifferentialPrivacy()" in str(err.value)
    assert "1000000" in str(err.value)
    with pytest.raises(InvalidValueError, match="'requests_per_minute'"):
        c.RateLimiting(requests_per_minute=10**400)
    with pytest.raises(InvalidValueError, match="bits"):  # too long even to show
        c.DifferentialPrivacy(epsilon=10**5000)
    assert c.DifferentialPrivacy(epsilon=10**300).epsilon == 10**300


# --------------------------------------------------------------------------- 5. exclusions


def _model(*, element_exclude: Any = None, flow_exclude: Any = None) -> tg.ThreatModel:
    tm = tg.ThreatModel("m")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        llm = tm.add(tg.LLM("LLM", exclude=element_exclude))
    tm.flow(user, llm, tg.Data("Prompt"), exclude=flow_exclude)
    return tm


def test_a_misspelt_rule_id_in_an_element_exclude_is_refused_with_a_suggestion() -> None:
    tm = _model(element_exclude={"ai/prompt-injection-drect": "guardrails"})
    with pytest.raises(InvalidValueError) as err:
        tm.analyze()
    text = str(err.value)
    assert "element 'llm'" in text
    assert "'ai/prompt-injection-drect'" in text
    assert "did you mean 'ai/prompt-injection-direct'?" in text


def test_a_misspelt_rule_id_in_a_flow_exclude_is_refused() -> None:
    tm = _model(flow_exclude={"stride/denial-of-servce": "rate-limited upstream"})
    with pytest.raises(InvalidValueError, match="flow 'user->llm'") as err:
        tg.analyze(tm.freeze())
    assert "did you mean 'stride/denial-of-service'?" in str(err.value)


def test_a_family_written_without_its_slash_is_refused() -> None:
    with pytest.raises(InvalidValueError, match="write 'stride/'"):
        _model(element_exclude={"stride": "internal"}).analyze()


def test_every_unknown_exclusion_is_listed_at_once() -> None:
    tm = _model(
        element_exclude={"ai/nope": "a", "ai/prompt-injection-drect": "b"},
        flow_exclude={"stride/nope": "c"},
    )
    with pytest.raises(InvalidValueError, match="3 exclusion") as err:
        tm.analyze()
    assert isinstance(err.value, ThreatGraphError)


def test_valid_rule_ids_and_family_prefixes_exclude_as_before() -> None:
    def statuses(report: Report, prefix: str) -> set[str]:
        return {f.status.value for f in report.findings if f.rule.startswith(prefix)}

    assert statuses(_model().analyze(), "ai/prompt-injection-direct") == {"open"}
    excluded = _model(
        element_exclude={"ai/prompt-injection-direct": "guardrails", "stride/": "internal"}
    ).analyze()
    assert statuses(excluded, "ai/prompt-injection-direct") == {"not-applicable"}


def test_a_narrowed_catalogue_keeps_exclusions_of_the_built_in_rules_valid() -> None:
    tm = _model(element_exclude={"ai/prompt-injection-direct": "guardrails"})
    narrow = Catalogue.default().only("stride/")
    report = tg.analyze(tm.freeze(), catalogue=narrow)
    assert not any("excludes nothing" in n for n in report.notes)


def test_an_exclusion_outside_every_known_family_is_noted_in_the_report() -> None:
    report = _model(element_exclude={"acme-internal-rule": "covered by acme"}).analyze()
    (note,) = [n for n in report.notes if "excludes nothing" in n]
    assert "'acme-internal-rule'" in note
    assert "element 'llm'" in note


def test_two_flows_whose_derived_ids_coincide_through_a_label_are_told_to_use_id() -> None:
    tm = tg.ThreatModel("Ids", actors=())
    with tm.boundary("VPC", trust="internal"):
        agent = tm.add(tg.Agent("Agent"))
        git = tm.add(tg.Tool("Git"))
    tm.flow(agent, git, tg.Data("Patch"))
    tm.flow(agent, git, tg.Data("Push request"), label="patch")
    with pytest.raises(tg.ModelValidationError) as raised:
        tm.freeze()
    text = str(raised.value)
    assert "id is used by two different flows" in text
    assert "give one of them its own id=" in text
    assert "label=..." not in text


@pytest.mark.parametrize(
    ("call", "expected"),
    [
        (lambda: tg.ThreatModel("m", profil="high"), "did you mean 'profile'?"),
        (lambda: tg.ThreatModel("m").analyze(catalog=None), "did you mean 'catalogue'?"),
        (lambda: tg.analyze(tg.ThreatModel("m"), registr=None), "did you mean 'register'?"),
        (
            lambda: tg.ThreatModel("m").data(tg.Data("x"), sensitivity="pii"),
            "(it takes no keywords)",
        ),
    ],
)
def test_a_misspelt_keyword_is_an_unknown_field_with_a_suggestion(call: Any, expected: str) -> None:
    with pytest.raises(UnknownFieldError) as raised:
        call()
    assert expected in str(raised.value)


# --------------------------------------------------------------------------- naming the value


def test_a_bad_value_names_the_element_being_built() -> None:
    # among a model's many LLMs, the message says which one has the bad field
    with pytest.raises(InvalidValueError) as err:
        tg.LLM("Ticket triage model", origin="sideways")
    text = str(err.value)
    assert text.startswith("LLM 'Ticket triage model': 'origin' must be ModelOrigin")
    assert "'sideways'" in text
    # by keyword too, and for data values nested in an element
    with pytest.raises(InvalidValueError, match=r"^Agent 'Planner': 'autonomy' must be"):
        tg.Agent(name="Planner", autonomy="autonomus")
    with pytest.raises(InvalidValueError, match=r"^Data 'Card numbers': 'sensitivity' must be"):
        tg.DataStore("Vault", stores={tg.Data("Card numbers", sensitivity="ultra")})


def test_values_without_a_name_keep_the_plain_message() -> None:
    with pytest.raises(InvalidValueError) as err:
        c.RateLimiting(requests_per_minute=-3)
    assert str(err.value).startswith("RateLimiting(): 'requests_per_minute' must be")


def test_a_bad_value_on_a_flow_names_the_flow_by_its_ends() -> None:
    with pytest.raises(InvalidTypeError, match=r"^Flow 'api->llm': 'protocol' must be"):
        tg.Flow("api", "llm", protocol=5)  # type: ignore[arg-type]
    with pytest.raises(InvalidTypeError, match=r"^Flow 'x->y': 'protocol' must be"):
        tg.Flow(source="x", target="y", protocol=5)  # type: ignore[arg-type]
