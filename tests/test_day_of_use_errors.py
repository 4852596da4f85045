"""Mistakes found in a day of real use, each now told in words that lead to the fix.

A boundary opened without ``with`` is reported by freeze() instead of doing nothing;
the report's queries refuse a rule, element or finding id they do not know, with a
suggestion, as ``assert_no_open_findings(rules=...)`` does; an unknown field names
the element; a control name with two letters swapped gets a suggestion; a bad actor
entry is quoted; a document is told ``allow_self: true``; Data after ``>>`` is told
to go as chain's second argument; and a document item whose id is taken still has
its references checked.
"""

from __future__ import annotations

import contextlib
import inspect
import json
import re
from typing import Any

import pytest

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import (
    InvalidTypeError,
    InvalidValueError,
    ModelValidationError,
    NotFoundError,
    Problem,
    UnknownFieldError,
)
from threatgraph.export.json import report_to_json
from threatgraph.findings import Report
from threatgraph.load.json import load_model, load_report_json
from threatgraph.load.otm import load_otm
from threatgraph.rules import Catalogue
from threatgraph.testing import assert_no_open_findings


def _line() -> int:
    """The caller's line number."""
    frame = inspect.currentframe()
    assert frame is not None
    assert frame.f_back is not None
    return frame.f_back.f_lineno


def _problems(tm: tg.ThreatModel) -> list[Problem]:
    with pytest.raises(ModelValidationError) as err:
        tm.freeze()
    return list(err.value.problems)


# --------------------------------------------------------------------------- boundaries


def test_a_boundary_opened_without_with_is_reported_by_freeze() -> None:
    tm = tg.ThreatModel("m", actors=())
    tm.boundary("VPC", trust="internal")  # the mistake: no `with`
    line = _line() - 1
    tm.add(tg.Service("A"))
    [problem] = _problems(tm)
    assert problem.where == "boundary 'VPC'"
    assert "never entered with `with`" in problem.message
    assert "the elements added after it are not in it" in problem.message
    assert problem.hint == (
        "write `with tm.boundary('VPC', trust='internal'):` and add its elements inside the block"
    )
    assert problem.location == f"tests/test_day_of_use_errors.py:{line}"


def test_a_boundary_value_opened_without_with_is_shown_as_a_value() -> None:
    tm = tg.ThreatModel("m", actors=())
    scope = tm.boundary(tg.Boundary("DMZ", trust=tg.Trust.PARTNER))
    assert "enter it with `with`" in repr(scope)
    [problem] = _problems(tm)
    assert problem.where == "boundary 'DMZ'"
    assert "with tm.boundary(tg.Boundary('DMZ', trust='partner')):" in (problem.hint or "")


def test_a_boundary_made_first_and_entered_later_is_no_problem() -> None:
    tm = tg.ThreatModel("m", actors=())
    where = tm.boundary("VPC", trust="internal")
    with where:
        a = tm.add(tg.Service("A"))
    with contextlib.ExitStack() as stack:
        stack.enter_context(tm.boundary("Room", trust="restricted"))
        b = tm.add(tg.Service("B"))
    system = tm.freeze()
    assert [(system.boundary_of(e) or tg.Boundary("-", trust="internal")).id for e in (a, b)] == [
        "vpc",
        "room",
    ]


def test_a_boundary_whose_entry_failed_is_not_also_reported_as_never_entered() -> None:
    tm = tg.ThreatModel("m", actors=())
    with pytest.raises(tg.errors.InvalidValueError, match="needs a trust level"), tm.boundary("X"):
        pass  # pragma: no cover - never reached
    assert len(tm.freeze()) == 0


# --------------------------------------------------------------------------- report queries

DIRECT = "ai/prompt-injection-direct"
INDIRECT = "ai/indirect-prompt-injection"  # no untrusted content reaches the model


def _chat() -> tg.ThreatModel:
    tm = tg.ThreatModel("m")
    with tm.boundary("Internet", trust="untrusted"):
        user = tm.add(tg.Actor("User"))
    with tm.boundary("VPC", trust="internal"):
        api = tm.add(tg.Service("API"))
        llm = tm.add(tg.LLM("LLM"))
    tm.chain(user >> api >> llm, tg.Data("Prompt"))
    return tm


def test_for_rule_refuses_a_misspelt_rule_id_with_a_suggestion() -> None:
    report = _chat().analyze()
    with pytest.raises(InvalidValueError) as err:
        report.for_rule("ai/prompt-injection-direkt")
    text = str(err.value)
    assert text.startswith("Report.for_rule(): no rule 'ai/prompt-injection-direkt' in catalogue")
    assert text.endswith(f"did you mean {DIRECT!r}?")


def test_for_rule_gives_nothing_for_a_known_rule_that_found_nothing() -> None:
    report = _chat().analyze()
    assert INDIRECT in Catalogue.default()
    assert report.for_rule(INDIRECT) == []
    assert [f.rule for f in report.for_rule(DIRECT)] == [DIRECT]


def test_for_rule_refuses_a_family_prefix_and_a_value_that_is_no_id() -> None:
    report = _chat().analyze()
    with pytest.raises(InvalidValueError, match="'ai/' is a family prefix, not a rule id"):
        report.for_rule("ai/")
    with pytest.raises(InvalidTypeError, match=r"'rule id' must be a str \(got 3"):
        report.for_rule(3)  # type: ignore[arg-type]


def test_for_rule_knows_the_rules_of_the_catalogue_that_made_the_report() -> None:
    # a catalogue cut down with only() keeps its name: the message says what ran
    stride = Catalogue.default().only("stride/")
    report = _chat().analyze(catalogue=stride)
    with pytest.raises(InvalidValueError) as err:
        report.for_rule(DIRECT)
    assert f"(the {len(stride)} rules that made this report)" in str(err.value)
    assert report.for_rule("stride/unencrypted-boundary-crossing") == []
    # assert_no_open_findings checks a report's rules against the same catalogue
    with pytest.raises(InvalidValueError, match=f"no rule {DIRECT!r}"):
        assert_no_open_findings(report, rules=[DIRECT])


def test_a_report_whose_catalogue_is_not_known_takes_any_rule_id() -> None:
    report = _chat().analyze()
    by_hand = Report(system=report.system, findings=report.findings, catalogue="hand-made")
    assert by_hand.rule_ids is None
    assert by_hand.for_rule("x/anything") == []


def test_for_target_refuses_an_id_that_is_no_element_or_flow() -> None:
    report = _chat().analyze()
    assert report.for_target("api") == [f for f in report.findings if "api" in f.target.ids]
    with pytest.raises(NotFoundError) as err:
        report.for_target("lml")
    assert str(err.value) == (
        "Report.for_target(): no element or flow with id 'lml' in the model; did you mean 'llm'?"
    )
    assert isinstance(err.value, KeyError)
    with pytest.raises(InvalidTypeError, match=r"pass its id: report.for_target\(element.id\)"):
        report.for_target(report.system.element("llm"))  # type: ignore[arg-type]


def test_group_by_and_get_name_what_they_do_not_know() -> None:
    report = _chat().analyze()
    with pytest.raises(InvalidValueError, match="one of element, stride, phase, actor, rule"):
        report.group_by("rules")  # type: ignore[arg-type]
    first = report.findings[0].id
    with pytest.raises(NotFoundError) as err:
        report.get(first[:-1] + "x")
    assert f"did you mean {first!r}?" in str(err.value)
    assert isinstance(err.value, KeyError)


def test_a_report_read_back_takes_any_rule_id_and_names_a_missing_finding() -> None:
    report = _chat().analyze()
    loaded = load_report_json(report_to_json(report))
    again = loaded.to_report()
    assert again.rule_ids is None  # the catalogue's ids are not in the file
    assert again.for_rule("x/anything") == []
    first = report.findings[0].id
    for owner, read in (("LoadedReport.get()", loaded), ("Report.get()", again)):
        with pytest.raises(NotFoundError, match=rf"^{re.escape(owner)}: no finding with id"):
            read.get(first[:-1] + "x")


# --------------------------------------------------------------------------- messages


def test_an_unknown_field_names_the_element_when_its_name_was_given() -> None:
    with pytest.raises(UnknownFieldError) as err:
        tg.LLM("L", orgin="open-weights")  # type: ignore[call-arg]
    assert str(err.value).startswith("LLM 'L': unknown field 'orgin'; did you mean 'origin'?")
    assert "(valid fields: " in str(err.value)
    with pytest.raises(UnknownFieldError, match=r"^Flow 'a->b': unknown field 'protocl'"):
        tg.Flow("a", "b", protocl="https")  # type: ignore[call-arg]
    # a value without a name (a control), or not given one, says so as before
    with pytest.raises(UnknownFieldError, match=r"^RateLimiting\(\) got an unknown field"):
        c.RateLimiting(request_per_minute=60)  # type: ignore[call-arg]
    with pytest.raises(UnknownFieldError, match=r"^LLM\(\) got an unknown field 'orgin'"):
        tg.LLM(orgin="open-weights")  # type: ignore[call-arg]


def _load_problems(**parts: Any) -> list[str]:
    doc: dict[str, Any] = {
        "threatgraph": "1",
        "name": "demo",
        "boundaries": [{"id": "vpc", "name": "VPC", "trust": "internal"}],
        "elements": [
            {"kind": "service", "id": "api", "name": "API", "boundary": "vpc"},
            {"kind": "tool", "id": "t", "name": "T", "boundary": "vpc"},
        ],
    }
    doc.update(parts)
    with pytest.raises(tg.errors.LoadError) as err:
        load_model(json.dumps(doc))
    return [str(p) for p in err.value.problems]


@pytest.mark.parametrize(
    "make",
    [
        lambda: tg.Service("A", controls={"tsl"}),
        lambda: tg.Flow("a", "b", controls={"tsl"}),
        lambda: c.coerce_controls({"tsl"}),
    ],
    ids=["element", "flow", "controls"],
)
def test_two_letters_swapped_in_a_short_control_name_get_a_suggestion(make: Any) -> None:
    # 'tsl' sorts far from 'tls' both ways, where the index of many names did not look
    with pytest.raises(InvalidValueError, match=r"unknown control 'tsl'; did you mean 'tls'\?"):
        make()


def test_a_document_with_two_letters_swapped_in_a_control_name_gets_a_suggestion() -> None:
    elements = [{"kind": "service", "id": "api", "name": "API", "controls": [{"control": "tsl"}]}]
    assert _load_problems(elements=elements) == [
        "$.elements[0].controls[0].control: 'tsl' is not a known control (did you mean 'tls'?)"
    ]


def _entry_problem(entry: str, *boundaries: tg.Boundary) -> Problem:
    tm = tg.ThreatModel("m", actors=[tg.ThreatActor("Spy", entry=entry)])
    for b in boundaries:
        with tm.boundary(b):
            pass
    [problem] = _problems(tm)
    assert (problem.where, problem.field) == ("actor 'spy'", "entry")
    return problem


def test_a_bad_actor_entry_is_quoted_with_the_closest_boundary() -> None:
    vpc = tg.Boundary("Production VPC", trust="internal", id="vpc")
    dmz = tg.Boundary("DMZ", trust="untrusted")
    problem = _entry_problem("vcp", vpc, dmz)
    assert problem.message == "enters through a boundary that does not exist (got 'vcp')"
    assert problem.hint == "did you mean 'vpc'?"
    # a boundary named by its name, or close to it, is told its id
    assert _entry_problem("Productoin VPC", vpc, dmz).hint == (
        "did you mean 'vpc', the id of boundary 'Production VPC'?"
    )
    assert _entry_problem("DMZ", vpc, dmz).hint == "did you mean 'dmz', the id of boundary 'DMZ'?"
    assert _entry_problem("nowhere", vpc, dmz).hint == (
        "give a boundary id ('dmz', 'vpc') or a trust level "
        "(untrusted, partner, internal, restricted)"
    )
    assert _entry_problem("nowhere").hint == (
        "the model has no boundaries: give a trust level (untrusted, partner, internal, restricted)"
    )


def test_a_bad_actor_entry_in_a_document_is_quoted_once() -> None:
    actors = [{"name": "Spy", "entry": "vcp"}]
    assert _load_problems(actors=actors) == [
        "$.actors[0].entry: enters through a boundary that does not exist (got 'vcp') "
        "(did you mean 'vpc'?)"
    ]


def test_a_flow_to_itself_is_told_the_option_as_its_source_spells_it() -> None:
    flows = [{"source": "t", "target": "t"}]
    assert _load_problems(flows=flows) == [
        "$.flows[0].target: flows from an element to itself (got 't') "
        "(set allow_self: true on the flow if the feedback loop is intended)"
    ]
    tm = tg.ThreatModel("m", actors=())
    tool = tm.add(tg.Tool("T"))
    tm.flow(tool, tool, tg.Data("D"))
    [problem] = _problems(tm)
    assert problem.hint == "pass allow_self=True if the feedback loop is intended"


def test_data_after_a_route_is_told_to_go_as_chains_second_argument() -> None:
    tm = tg.ThreatModel("m", actors=())
    a, b = tm.add(tg.Service("A")), tm.add(tg.LLM("B"))
    with pytest.raises(InvalidTypeError) as err:
        tm.chain(a >> b >> tg.Data("D"))  # type: ignore[operator]
    assert str(err.value) == (
        "a route joins elements with >> (got Data 'D'); data goes as chain's second "
        "argument, as in tm.chain(a >> b, tg.Data('D'))"
    )
    assert isinstance(err.value, TypeError)
    with pytest.raises(InvalidTypeError, match=r"^a route joins elements with >> \(got Data 'D'\)"):
        tg.Data("D") >> a  # type: ignore[operator]
    with pytest.raises(InvalidTypeError, match=r"got 'x' that is a str\); use the element value"):
        a >> "x"  # type: ignore[operator]
    with pytest.raises(InvalidTypeError, match=r"got 5 that is an int"):
        5 >> (a >> b)  # type: ignore[operator]
    assert len(tm.chain(a >> b, tg.Data("D"))) == 1


# --------------------------------------------------------------------------- documents


def test_an_item_with_a_taken_id_still_has_its_references_checked() -> None:
    """The user's parent.yaml: a boundary with a duplicate id and a parent that does not
    exist gets both problems in one run, and so do elements, flows and actors."""
    problems = _load_problems(
        boundaries=[
            {"id": "vpc", "name": "VPC", "trust": "internal"},
            {"id": "vpc", "name": "VPC2", "trust": "internal", "parent": "nowhere"},
            {"id": "b3", "name": "B3", "trust": "internal", "parent": "nowhere2"},
        ],
        elements=[
            {"kind": "service", "id": "api", "name": "API", "boundary": "vpc"},
            {"kind": "tool", "id": "api", "name": "Tool", "boundary": "vcp"},
        ],
        flows=[
            {"id": "f", "source": "api", "target": "api", "allow_self": True},
            {"id": "f", "source": "api", "target": "ghost"},
        ],
        actors=[{"name": "Spy", "entry": "vpc"}, {"name": "Spy", "entry": "vcp"}],
    )
    assert problems == [
        "$.actors[1].entry: enters through a boundary that does not exist (got 'vcp') "
        "(did you mean 'vpc'?)",
        "$.actors[1].name: gives the id 'spy', which $.actors[0] already has "
        "(this id was made from the name; give one of them an explicit 'id')",
        "$.boundaries[1].id: gives the id 'vpc', which $.boundaries[0] already has "
        "(ids must be unique; give one of them a different id)",
        "$.boundaries[1].parent: parent boundary does not exist (got 'nowhere')",
        "$.boundaries[2].parent: parent boundary does not exist (got 'nowhere2')",
        "$.elements[1].boundary: no boundary with id 'vcp' is declared (did you mean 'vpc'?)",
        "$.elements[1].id: gives the id 'api', which $.elements[0] already has "
        "(ids must be unique; give one of them a different id)",
        "$.flows[1].id: gives the id 'f', which $.flows[0] already has "
        "(ids must be unique; give one of them a different id)",
        "$.flows[1].target: no element with id 'ghost' is declared "
        "(declare it in the 'elements' list)",
    ]


def test_an_otm_item_with_a_taken_id_still_has_its_parent_checked() -> None:
    doc = {
        "otmVersion": "0.2.0",
        "project": {"name": "p", "id": "p"},
        "trustZones": [
            {"id": "z1", "name": "Z1", "risk": {"trustRating": 50}},
            {"id": "z1", "name": "Z1b", "risk": {"trustRating": 50}, "parent": {"trustZone": "zz"}},
        ],
        "components": [
            {"id": "c1", "name": "C1", "type": "llm", "parent": {"trustZone": "z1"}},
            {"id": "c1", "name": "C2", "type": "llm", "parent": {"trustZone": "z11"}},
            {"id": "c1", "name": "C3", "type": "llm", "parent": {"component": "c11"}},
        ],
    }
    with pytest.raises(tg.errors.LoadError) as err:
        load_otm(doc)
    assert sorted(str(p) for p in err.value.problems) == [
        "$.components[1].id: is used by another component",
        "$.components[1].parent.trustZone: names a trust zone that does not exist "
        "(did you mean 'z1'?)",
        "$.components[2].id: is used by another component",
        "$.components[2].parent.component: names a component that does not exist "
        "(did you mean 'c1'?)",
        "$.trustZones[1].id: is used by another trust zone",
        "$.trustZones[1].parent.trustZone: names a trust zone that does not exist",
    ]
