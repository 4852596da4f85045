"""Setting a field of an element, flow, datum, boundary or control after it is made says
what to do instead (a day-of-use helper got attrs' bare "can't set attribute")."""

from __future__ import annotations

import attrs
import pytest
from attrs.exceptions import FrozenInstanceError

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.errors import FrozenValueError, ThreatGraphError


def _values() -> list[object]:
    tm = tg.ThreatModel("m")
    with tm.boundary("Zone", trust="internal") as zone:
        a = tm.add(tg.Service("API"))
        b = tm.add(tg.LLM("Model"))
    flow = tm.flow(a, b, tg.Data("Prompt"))
    return [a, b, flow, tg.Data("Prompt"), zone, c.RBAC(), c.HumanInTheLoop(approver="lead")]


@pytest.mark.parametrize("value", _values(), ids=lambda v: type(v).__name__)
def test_setting_a_field_names_the_value_and_the_way_to_a_changed_copy(value: object) -> None:
    field = attrs.fields(type(value))[0].name
    with pytest.raises(FrozenValueError) as err:
        setattr(value, field, "X")
    text = str(err.value)
    assert type(value).__name__ in text
    assert f"field {field!r}" in text
    assert f"attrs.evolve(value, {field}=...)" in text
    # still what code written against attrs catches
    assert isinstance(err.value, FrozenInstanceError)
    assert isinstance(err.value, AttributeError)
    assert isinstance(err.value, ThreatGraphError)


def test_deleting_a_field_is_refused_the_same_way() -> None:
    a = tg.Actor("Analyst")
    with pytest.raises(FrozenValueError, match="Actor 'Analyst' cannot be changed"):
        del a.name


def test_a_field_that_does_not_exist_is_named_with_a_suggestion() -> None:
    a = tg.Actor("Analyst")
    with pytest.raises(
        FrozenValueError, match=r"has no field 'privilegd' \(did you mean 'privileged'\?\)"
    ):
        a.privilegd = True  # type: ignore[attr-defined]


def test_a_changed_copy_is_made_as_the_message_says() -> None:
    a = tg.Actor("Analyst")
    b = attrs.evolve(a, privileged=True)
    assert b.privileged
    assert not a.privileged


def test_a_users_own_frozen_subclass_keeps_attrs_refusal() -> None:
    @attrs.frozen(kw_only=True)
    class Kiosk(tg.Device):
        pass

    k = Kiosk(name="Kiosk")
    with pytest.raises(FrozenInstanceError):
        k.name = "X"
