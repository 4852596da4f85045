"""Threat actors: who attacks, what they want, and where they get in.

The default set follows the classic threat-modeling workshop questions::

    >>> from threatgraph.actors import default_actors
    >>> [a.name for a in default_actors()]
    ['Nation-state', 'Competitor', 'Hacktivist', 'Insider', 'Opportunist']

An actor *reaches* an element when a path of flows leads there from any element
in its entry boundaries. A threat's likelihood rises with the capability of the
most capable actor that can reach it.
"""

from __future__ import annotations

from collections.abc import Iterable

import attrs

from threatgraph._util import slugify, strict_kwargs
from threatgraph.elements import _check_text
from threatgraph.errors import InvalidTypeError, InvalidValueError
from threatgraph.vocab import Goal, GoalValue, Level, LevelValue, Trust, TrustValue

__all__ = [
    "COMPETITOR",
    "HACKTIVIST",
    "INSIDER",
    "NATION_STATE",
    "OPPORTUNIST",
    "PARTNER_STAFF",
    "ThreatActor",
    "default_actors",
]


def _goals(value: Goal | GoalValue | Iterable[Goal | GoalValue]) -> frozenset[Goal]:
    if isinstance(value, (str, Goal)):
        value = (value,)
    if not isinstance(value, Iterable):
        raise InvalidTypeError.for_field("goals", value, expected="a set of Goal")
    return frozenset(Goal.parse(v, field="goals") for v in value)


def _to_level(value: Level | LevelValue) -> Level:
    return Level.parse(value, field="capability")


def _entry(value: Trust | TrustValue | str) -> Trust | str:
    if isinstance(value, Trust):
        return value
    if isinstance(value, str):
        try:
            return Trust.parse(value)
        except ValueError:
            return value
    raise InvalidTypeError.for_field(
        "entry", value, expected="a Trust level or a boundary id", hint="entry=tg.Trust.UNTRUSTED"
    )


@strict_kwargs
@attrs.frozen
class ThreatActor:
    """Someone who would attack the system.

    ``entry`` is where they start: a trust level (every boundary at that level, and
    elements placed in no boundary when the level is UNTRUSTED) or a boundary id.
    """

    name: str
    capability: Level = attrs.field(default=Level.MEDIUM, converter=_to_level, kw_only=True)
    goals: frozenset[Goal] = attrs.field(factory=frozenset, converter=_goals, kw_only=True)
    entry: Trust | str = attrs.field(default=Trust.UNTRUSTED, converter=_entry, kw_only=True)
    description: str = attrs.field(default="", kw_only=True)
    id: str = attrs.field(default="", kw_only=True)

    def __attrs_post_init__(self) -> None:
        if not isinstance(self.name, str):
            raise InvalidTypeError.for_field("name", self.name, expected="a non-empty str")
        if not self.name.strip():
            raise InvalidValueError.for_field(
                "name", self.name, expected="a non-empty str", owner="ThreatActor"
            )
        for field in ("name", "description", "id"):
            value = getattr(self, field)
            if value is None and field == "id":  # derived from the name, as for elements
                continue
            if not isinstance(value, str):
                raise InvalidTypeError.for_field(
                    field, value, expected="a str", owner=f"ThreatActor {self.name!r}"
                )
            _check_text(field, value, owner=f"ThreatActor {self.name!r}")
        if self.id and not self.id.strip():
            raise InvalidValueError.for_field(
                "id",
                self.id,
                expected="a non-blank id",
                owner=f"ThreatActor {self.name!r}",
                hint="leave id= out to derive it from the name",
            )
        if not self.id:
            object.__setattr__(self, "id", slugify(self.name))

    @property
    def capability_score(self) -> int:
        """1 (low) to 3 (high)."""
        return self.capability.rank + 1


NATION_STATE = ThreatActor(
    "Nation-state",
    capability=Level.HIGH,
    goals={Goal.EXTRACT_DATA, Goal.STEAL_MODEL, Goal.DEGRADE_MODEL},
    entry=Trust.UNTRUSTED,
    description="Well-funded and patient; targets models and data of strategic value.",
)
COMPETITOR = ThreatActor(
    "Competitor",
    capability=Level.MEDIUM,
    goals={Goal.STEAL_MODEL, Goal.EXTRACT_DATA},
    entry=Trust.UNTRUSTED,
    description="Wants the model's behaviour or weights and the data behind it.",
)
HACKTIVIST = ThreatActor(
    "Hacktivist",
    capability=Level.MEDIUM,
    goals={Goal.BYPASS_SAFEGUARDS, Goal.DEGRADE_MODEL, Goal.DISRUPT_SERVICE},
    entry=Trust.UNTRUSTED,
    description="Wants to embarrass the organisation: jailbreaks, poisoning, outages.",
)
INSIDER = ThreatActor(
    "Insider",
    capability=Level.MEDIUM,
    goals={Goal.EXTRACT_DATA, Goal.DEGRADE_MODEL, Goal.STEAL_MODEL},
    entry=Trust.INTERNAL,
    description="An employee or contractor with legitimate access who misuses it.",
)
PARTNER_STAFF = ThreatActor(
    "Partner staff",
    capability=Level.MEDIUM,
    goals={Goal.EXTRACT_DATA, Goal.DEGRADE_MODEL, Goal.ABUSE_AUTOMATION},
    entry=Trust.PARTNER,
    description="Someone at a vendor or partner company who misuses the access we give it.",
)
OPPORTUNIST = ThreatActor(
    "Opportunist",
    capability=Level.LOW,
    goals={Goal.BYPASS_SAFEGUARDS, Goal.ABUSE_AUTOMATION, Goal.EXTRACT_DATA},
    entry=Trust.UNTRUSTED,
    description="Tries known prompts and public exploits against whatever is exposed.",
)


def default_actors() -> tuple[ThreatActor, ...]:
    """The six workshop actors: nation-state, competitor, hacktivist, insider, partner
    staff (someone at a vendor or partner company, entering at partner zones) and
    opportunist."""
    return (NATION_STATE, COMPETITOR, HACKTIVIST, INSIDER, PARTNER_STAFF, OPPORTUNIST)
