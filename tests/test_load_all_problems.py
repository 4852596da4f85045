"""One load reports every problem of an item: a problem the converter finds in one field
(a misspelt data id, a bad trust) does not hide the item's references, so that fixing
the first does not reveal the next in a second run."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from threatgraph.errors import LoadError
from threatgraph.load import load_model, load_otm


def _doc(**parts: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "threatgraph": "1",
        "name": "demo",
        "boundaries": [{"id": "vpc", "name": "VPC", "trust": "internal"}],
        "data": [{"id": "prompt", "name": "Prompt"}],
        "elements": [
            {"kind": "endpoint", "name": "Chat API", "boundary": "vpc"},
            {"kind": "agent", "name": "Agent", "boundary": "vpc"},
        ],
        "flows": [],
    }
    doc.update(parts)
    return doc


def _problems(doc: Any) -> list[str]:
    with pytest.raises(LoadError) as err:
        load_model(json.dumps(doc))
    return [str(p) for p in err.value.problems]


def test_a_flow_with_a_bad_data_id_still_has_its_ends_checked() -> None:
    """The user trial's document: three problems in one run, not one and then two."""
    doc = _doc(flows=[{"source": "chat-apii", "target": "agnt", "data": ["promt"]}])
    assert _problems(doc) == [
        "$.flows[0].data[0]: no data with id 'promt' is declared (did you mean 'prompt'?)",
        "$.flows[0].source: no element with id 'chat-apii' is declared (did you mean 'chat-api'?)",
        "$.flows[0].target: no element with id 'agnt' is declared (did you mean 'agent'?)",
    ]


def test_the_same_document_in_yaml_reports_the_three() -> None:
    pytest.importorskip("yaml")
    text = (
        'threatgraph: "1"\n'
        "name: demo\n"
        "data: [{id: prompt, name: Prompt}]\n"
        "elements: [{kind: endpoint, name: Chat API}, {kind: agent, name: Agent}]\n"
        "flows: [{source: chat-apii, target: agnt, data: [promt]}]\n"
    )
    with pytest.raises(LoadError) as err:
        load_model(text)
    assert [p.where for p in err.value.problems] == [
        "$.flows[0].data[0]",
        "$.flows[0].source",
        "$.flows[0].target",
    ]


def test_a_broken_flow_from_an_element_to_itself_is_reported() -> None:
    doc = _doc(
        flows=[
            {"source": "agent", "target": "agent", "data": ["promt"]},
            {"source": "agent", "target": "agent", "data": ["promt"], "allow_self": True},
        ]
    )
    problems = _problems(doc)
    assert problems[1] == (
        "$.flows[0].target: flows from an element to itself (got 'agent') "
        "(set allow_self: true on the flow if the feedback loop is intended)"
    )
    assert not any(p.startswith("$.flows[1].target") for p in problems)


def test_a_broken_flow_with_an_empty_or_malformed_end_is_reported_once() -> None:
    doc = _doc(flows=[{"source": "", "target": 5, "data": ["promt"]}])
    assert [p.split(":")[0] for p in _problems(doc)] == [
        "$.flows[0].data[0]",
        "$.flows[0].source",
        "$.flows[0].target",
    ]


def test_a_broken_flow_naming_a_broken_element_is_not_reported_again() -> None:
    doc = _doc(flows=[{"source": "chat-api", "target": "robot", "data": ["promt"]}])
    doc["elements"].append({"kind": "agent", "name": "Robot", "maturity": "bogus"})
    assert [p.split(":")[0] for p in _problems(doc)] == [
        "$.elements[2].maturity",
        "$.flows[0].data[0]",
    ]


def test_a_broken_boundary_still_has_its_parent_checked() -> None:
    doc = _doc()
    doc["boundaries"].append(
        {"id": "inner", "name": "Inner", "trust": "restrictd", "parent": "vcp"}
    )
    assert _problems(doc) == [
        "$.boundaries[1].parent: parent boundary does not exist (got 'vcp') (did you mean 'vpc'?)",
        "$.boundaries[1].trust: 'restrictd' is not one of: untrusted, partner, internal, "
        "restricted (did you mean 'restricted'?)",
    ]


def test_a_broken_actor_still_has_its_entry_checked() -> None:
    doc = _doc(
        actors=[
            {"name": "Insider", "capability": "hihg", "entry": "vcp"},
            {"name": "Outsider", "capability": "hihg", "entry": "untrusted"},
        ]
    )
    assert [p.split(":")[0] for p in _problems(doc)] == [
        "$.actors[0].capability",
        "$.actors[0].entry",
        "$.actors[1].capability",
    ]


def test_a_broken_item_still_has_its_id_checked_against_the_others() -> None:
    doc = _doc()
    doc["elements"].append({"kind": "agent", "name": "Agent", "maturity": "bogus"})
    doc["flows"] = [
        {"id": "x", "source": "agent", "target": "chat-api", "data": ["promt"]},
        {"id": "x", "source": "chat-api", "target": "agent"},
    ]
    assert _problems(doc) == [
        "$.elements[2].maturity: 'bogus' is not one of: production, experimental, research",
        "$.elements[2].name: gives the id 'agent', which $.elements[1] already has "
        "(this id was made from the name; give one of them an explicit 'id')",
        "$.flows[0].data[0]: no data with id 'promt' is declared (did you mean 'prompt'?)",
        "$.flows[1].id: gives the id 'x', which $.flows[0] already has "
        "(ids must be unique; give one of them a different id)",
    ]


def test_a_model_without_a_name_still_has_its_parts_judged() -> None:
    doc = _doc(flows=[{"source": "agent", "target": "agent"}])
    del doc["name"]
    assert _problems(doc) == [
        "$.flows[0].target: flows from an element to itself (got 'agent') "
        "(set allow_self: true on the flow if the feedback loop is intended)",
        "$.name: is required but missing (name the system)",
    ]


# --------------------------------------------------------------------------- OTM


def _otm(**parts: Any) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "otmVersion": "0.2.0",
        "project": {"name": "p", "id": "p"},
        "trustZones": [{"id": "z1", "name": "Z1", "risk": {"trustRating": 50}}],
        "components": [{"id": "c1", "name": "C1", "type": "llm", "parent": {"trustZone": "z1"}}],
    }
    doc.update(parts)
    return doc


def _otm_problems(doc: dict[str, Any]) -> list[str]:
    with pytest.raises(LoadError) as err:
        load_otm(doc)
    return [str(p) for p in err.value.problems]


def test_an_otm_zone_that_cannot_be_read_still_has_its_parent_checked() -> None:
    doc = _otm()
    doc["trustZones"].append(
        {"id": "z2", "name": "Z2", "risk": {"trustRating": "x"}, "parent": {"trustZone": "zz1"}}
    )
    assert sorted(_otm_problems(doc)) == [
        "$.trustZones[1].parent.trustZone: names a trust zone that does not exist "
        "(did you mean 'z1'?)",
        "$.trustZones[1].risk.trustRating: must be a number, not a string",
    ]


def test_an_otm_component_that_cannot_be_read_still_has_its_parent_checked() -> None:
    doc = _otm()
    doc["components"] += [
        {"id": "c2", "name": 5, "type": "llm", "parent": {"trustZone": "z11"}},
        {"id": "c3", "name": 5, "type": "llm", "parent": {"component": "c11"}},
        {"id": "c4", "name": 5, "type": "llm", "parent": {"component": "c2"}},
    ]
    assert sorted(_otm_problems(doc)) == [  # the OTM loader lists references last
        "$.components[1].name: must be a non-empty string, not an integer",
        "$.components[1].parent.trustZone: names a trust zone that does not exist "
        "(did you mean 'z1'?)",
        "$.components[2].name: must be a non-empty string, not an integer",
        "$.components[2].parent.component: names a component that does not exist "
        "(did you mean 'c1'?)",
        "$.components[3].name: must be a non-empty string, not an integer",
    ]


def test_an_otm_import_records_no_source_line(tmp_path: Path) -> None:
    """A second trial found every element of an imported OTM file stamped with the line
    that called the loader (the command-line entry point, pytest's fixture code), and
    SARIF results pointing there. What an OTM file declares has no line."""
    import runpy

    from threatgraph.export.otm import otm_json

    root = Path(__file__).resolve().parent.parent
    tm = runpy.run_path(str(root / "examples" / "rag_assistant" / "before.py"))["tm"]
    path = tmp_path / "model.otm.json"
    path.write_text(otm_json(tm.freeze()), encoding="utf-8")
    system = load_otm(path.read_text(encoding="utf-8")).freeze()
    assert all(e.declared_at is None for e in system.all_elements)
    assert all(f.declared_at is None for f in system.all_flows)
    assert all(b.declared_at is None for b in system.boundaries)
