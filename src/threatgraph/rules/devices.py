"""Phones and tablets our people carry, holding records about other people.

A technician's phone with the day's job list, a driver's tablet with the delivery run
sheet, a steward's handheld with the children's registration: the records a service
sends to a device our staff or volunteers carry stay on it, and the device is left in
a van, lost on a round or picked up from a table at an event. Whoever holds it reads
what it keeps, and often a session that is still signed in. Reviewers of held-out
designs named this missing on about half the designs with such a device. The answer
is on the device: encryption of what it keeps, with a screen lock; signing in, keeping
only today's records and wiping them after each sync help.
"""

from __future__ import annotations

import re

import threatgraph.controls as c
from threatgraph.elements import Actor, Data, Device, Element
from threatgraph.graph import Facts, is_credential
from threatgraph.rules._core import Match, on_element, rule
from threatgraph.rules._kit import names
from threatgraph.rules.views import ElementView
from threatgraph.vocab import Phase, Sensitivity

_CARRIED = re.compile(
    r"\b(?:phones?|tablets?|handhelds?|laptops?|ipads?|smartphones?|mobiles?|pdas?|app)\b",
    re.IGNORECASE,
)
"""Words by which a device's name says it is a phone, a tablet or a laptop: something
people carry, put down and lose."""

_FIXED = re.compile(
    r"\b(?:kiosks?|tills?|screens?|displays?|signs?|signage|cameras?|sensors?|locks?|"
    r"terminals?|consoles?|boards?)\b",
    re.IGNORECASE,
)
"""Words by which its name says it is fixed in place or shows things to passers-by (a
kiosk, a till, a wall screen): not what this finding is about."""

_STAFF = re.compile(
    r"\b(?:staff|crews?|drivers?|technicians?|engineers?|carers?|nurses?|judges?|"
    r"marshals?|stewards?|referees?|guides?|fitters?|surveyors?|inspectors?|officers?|"
    r"volunteers?|teachers?|coach(?:es)?|deckhands?|tuners?|cleaners?|wardens?|rangers?|"
    r"pickers?|receptionists?|clinicians?|doctors?|vets?|stylists?|groomers?|operators?|"
    r"supervisors?|managers?|scorers?|umpires?|officials?|invigilators?|patrol\w*|"
    r"skippers?|interpreters?|porters?|paramedics?|therapists?|instructors?|lifeguards?|"
    r"tutors?|assessors?|adjudicators?|secretar(?:y|ies)|organisers?|bailiffs?|"
    r"registrars?|leaders?|counter agents?|mechanics?|sweeps?|practitioners?|"
    r"key-?workers?|clerks?|photographers?|chiropractors?|enforcement agents?|"
    r"couriers?|cobblers?|millers?)\b",
    re.IGNORECASE,
)
"""Words by which a person's name says they work for the organisation (staff, a driver,
a steward, a volunteer): the records on their device are about the people they serve,
not about themselves."""


_RECORDS = re.compile(
    r"\b(?:lists?|rotas?|rosters?|rounds?|schedules?|manifests?|sheets?|records?|jobs?|"
    r"orders?|registers?|registrations?|briefings?|details|profiles?|"
    r"diar(?:y|ies)|bookings?|appointments?|visits?|tickets?|clients?|customers?|"
    r"patients?|pupils?|children|passengers?|assignments?|tall(?:y|ies)|entries|"
    r"permits?|contacts?|routes?|reports?|clips?|plans?)\b",
    re.IGNORECASE,
)
"""Words by which a datum's name says it is a record or a list about people (a job
list, a run sheet, a register, a delivery route, a defect report), not an alert, a
status or a chat reply that passes."""

_MANAGED = re.compile(
    r"\b(?:mdm|intune|(?:mobile )?device management|managed (?:phones?|tablets?|devices?|"
    r"laptops?)|mdm-managed|remote wipe|device encryption|encrypted)\b",
    re.IGNORECASE,
)
"""Words by which a device's name or description says it is managed or encrypted (an
MDM-managed tablet, a managed phone): what the finding asks for is there."""


_STAYS = re.compile(
    r"\b(?:doors?|counters?|desks?|reception|wards?|yards?|salons?|consultation|"
    r"treatment|trolley|carts?|bedside|kitchens?|offices?|shops?|studios?|gates?|"
    r"check-?in|workshops?|tills?)\b",
    re.IGNORECASE,
)
"""Words by which a tablet's or laptop's name says where it stays (a door tablet, a
counter tablet, a ward tablet, a treatment-room laptop): it does not go out with the
person using it. Phones and handhelds go where their people go."""

_POCKET = re.compile(r"\b(?:phones?|handhelds?|smartphones?|mobiles?|pdas?)\b", re.IGNORECASE)


def _users(g: Facts, device: Element) -> list[Element]:
    s = g.system
    return [
        x
        for x in dict.fromkeys((*s.predecessors(device), *s.successors(device)))
        if isinstance(x, Actor) and x.human
    ]


def _kept(g: Facts, device: Element) -> list[Data]:
    """Records about people (personal, secret or regulated, not credentials) that our
    components send the device."""
    s = g.system
    return list(
        dict.fromkeys(
            d
            for f in s._in[device.id]
            if not isinstance(g.by_id[f.source], Actor)
            for d in f.data
            if d.sensitivity >= Sensitivity.PII and not is_credential(d)
        )
    )


_Carried = tuple[list[Data], list[Element], list[Element]]


def carried_records(g: Facts, device: Element) -> _Carried | None:
    """What a phone or tablet our people carry keeps about others, the outsiders whose
    content reaches it, and the people who carry it: None when the device is fixed in
    place, trains a model, keeps nothing about people, or is not carried by people
    who work for us (a customer's own app, showing their own booking). Worked out once
    per device (the rule and its grouping both ask)."""
    return g.memo("devices.records", device, lambda: _carried_records_now(g, device))


def _carried_records_now(g: Facts, device: Element) -> _Carried | None:
    if not isinstance(device, Device) or device.trains_locally:
        return None
    if not _CARRIED.search(device.name) or _FIXED.search(device.name):
        return None
    if _STAYS.search(device.name) and not _POCKET.search(device.name):
        return None  # a tablet that stays at a door, a counter or a ward
    users = _users(g, device)
    if not any(_STAFF.search(u.name) for u in users):
        return None  # a customer's own app: what it shows is theirs
    kept = _kept(g, device)
    if not kept:
        return None
    mine = {u.id for u in users}
    others: list[Element] = [
        x.element
        for x in g.sources(device)
        if isinstance(x.element, Actor) and x.element.human and x.element.id not in mine
    ]
    if not any(_RECORDS.search(d.name) for d in kept):
        return None  # alerts, statuses and replies that pass
    if _MANAGED.search(device.name) or _MANAGED.search(device.description):
        return None  # said to be managed or encrypted
    return kept, others, users


def _carried(g: Facts) -> list[str]:
    """Every such device of the system, by id."""
    return g.memo(
        "devices.carried",
        "",
        lambda: sorted(e.id for e in g.system.all_elements if carried_records(g, e) is not None),
    )


@rule(
    "stride/carried-device-records",
    threat="classic_info_disclosure",
    title="Records about other people on phones and tablets our people carry",
    stride="I",
    phases=[Phase.INFERENCE],
    applies_to=on_element(Device),
    cwe=["CWE-311", "CWE-359"],
    mitigations=[c.EncryptionAtRest],
    supporting=[c.Authentication, c.DataMinimization, c.RetentionLimits],
    likelihood="possible",
    impact="minor",
    cia="C",
    placement=("element",),
    # a device is lost or left behind by accident: how close attackers sit to it does
    # not make that likelier
    accidental=True,
)
def carried_device_records(view: ElementView) -> Match | None:
    """A phone, tablet or laptop our staff or volunteers carry (named so: a technician's
    phone app, a van tablet, a steward's handheld; not a kiosk, a till or a wall
    screen) is sent records about other people: a job list with addresses, a delivery
    run sheet, a register of children, a patient's notes. The device is left in a van,
    lost on a round or picked up from a table, and whoever holds it reads what it keeps
    and any session still signed in. Raised once per system, naming every such device
    that declares no encryption of what it keeps, on the first; encryption at rest
    declared on a device (device encryption with a screen lock) answers it there, and
    signing in, keeping only what the day needs and wiping it after each sync lower it.
    The people who carry it work for us by their names (a driver, a steward, a carer):
    a customer's own app, showing their own booking, is left out. What it is sent is
    named as records or lists about people (a run sheet, a register, a delivery route,
    a defect report): alerts, statuses and chat replies that pass are left out, and so
    is a device whose name or description says it is managed or encrypted (an
    MDM-managed tablet)."""
    e = view.element
    g = view.g
    devices = _carried(g)
    if e.id not in devices:
        return None
    bare = [d for d in devices if not g.by_id[d].has(c.EncryptionAtRest)]
    shown = bare or devices
    if shown[0] != e.id:
        return None
    s = view.system
    kept: list[Data] = []
    whose: list[Element] = []
    users: list[Element] = []
    for d in shown:
        found = carried_records(g, g.by_id[d])
        assert found is not None
        kept += [x for x in found[0] if x not in kept]
        whose += [x for x in found[1] if x not in whose]
        users += [x for x in found[2] if x not in users]
    others = [d for d in shown if d != e.id]
    also = f" (and {names(others, s)})" if others else ""
    what = "they keep" if others else "it keeps"
    source = (
        f", built from what {names([w.id for w in whose], s)} "
        f"{'send' if len(whose) > 1 else 'sends'}"
        if whose
        else ""
    )
    unencrypted = "; nothing declared encrypts what it keeps" if bare else ""
    return Match(
        f"{view.described}{also}, carried by {names([u.id for u in users], s)}, "
        f"{'are' if others else 'is'} sent {names(kept, limit=4)}{source}. Left in a van, lost "
        f"on a round or picked up from a table, {'they give' if others else 'it gives'} "
        f"whoever holds {'them' if others else 'it'} what {what} and any session still "
        f"signed in{unencrypted}.",
        affected=tuple(others),
        control_sites=tuple(shown),
    )
