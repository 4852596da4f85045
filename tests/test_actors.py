"""Threat actors: the workshop defaults and how an actor is declared."""

from __future__ import annotations

import attrs
import pytest

import threatgraph as tg
from threatgraph.actors import default_actors
from threatgraph.errors import InvalidTypeError, InvalidValueError, UnknownFieldError


def test_the_six_workshop_actors() -> None:
    actors = default_actors()
    assert [a.id for a in actors] == [
        "nation-state",
        "competitor",
        "hacktivist",
        "insider",
        "partner-staff",
        "opportunist",
    ]
    assert all(a.description and a.goals for a in actors)
    by_id = {a.id: a for a in actors}
    assert by_id["nation-state"].capability is tg.Level.HIGH
    assert by_id["nation-state"].capability_score == 3
    assert by_id["opportunist"].capability_score == 1
    assert by_id["insider"].entry is tg.Trust.INTERNAL
    assert by_id["partner-staff"].entry is tg.Trust.PARTNER
    assert tg.Goal.STEAL_MODEL in by_id["competitor"].goals
    assert default_actors() == actors


def test_an_actor_is_a_frozen_value() -> None:
    a = tg.ThreatActor("Scraper", capability="low", goals={"steal-model"})
    assert a.id == "scraper"
    assert a.goals == {tg.Goal.STEAL_MODEL}
    assert a.entry is tg.Trust.UNTRUSTED
    assert a == tg.ThreatActor("Scraper", capability=tg.Level.LOW, goals=["steal-model"])
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        a.capability = tg.Level.HIGH  # type: ignore[misc]


def test_entry_is_a_trust_level_or_a_boundary_id() -> None:
    assert tg.ThreatActor("a", entry="partner").entry is tg.Trust.PARTNER
    assert tg.ThreatActor("a", entry="ops-vpn").entry == "ops-vpn"
    with pytest.raises(InvalidTypeError, match=r"entry=tg\.Trust\.UNTRUSTED"):
        tg.ThreatActor("a", entry=3)  # type: ignore[arg-type]


def test_actor_errors() -> None:
    with pytest.raises(InvalidValueError, match="did you mean 'extract-data'"):
        tg.ThreatActor("a", goals={"extract-dat"})
    with pytest.raises(InvalidValueError, match="'capability' must be Level"):
        tg.ThreatActor("a", capability="extreme")
    with pytest.raises(InvalidTypeError, match="'goals' must be a set of Goal"):
        tg.ThreatActor("a", goals=5)  # type: ignore[arg-type]
    with pytest.raises(UnknownFieldError, match="did you mean 'capability'"):
        tg.ThreatActor("a", capabilty="high")  # type: ignore[call-arg]
    with pytest.raises(InvalidTypeError, match="'name' must be a non-empty str"):
        tg.ThreatActor(7)  # type: ignore[arg-type]
    # regression: a blank name used to be reported as a type error
    with pytest.raises(InvalidValueError, match="'name' must be a non-empty str"):
        tg.ThreatActor("   ")
