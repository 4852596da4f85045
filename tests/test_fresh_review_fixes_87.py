"""Fixes taken from the review of fresh set 87 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round102-fresh87``): each test pins
what reviewers struck, and the variants of the same design on which the finding
stays."""

from __future__ import annotations

import pytest

import threatgraph as tg

PER_CALLER = "stride/missing-subject-authorization"


def _counter(store: str, sensitivity: str) -> tg.ThreatModel:
    """Shop staff and customers reach a counter API that reads ``store``."""
    tm = tg.ThreatModel("dry cleaning")
    with tm.boundary("Shops", trust="untrusted"):
        staff = tm.add(tg.Actor("Counter staff"))
        customer = tm.add(tg.Actor("Customer"))
    with tm.boundary("Cloud", trust="internal"):
        api = tm.add(tg.Endpoint("Counter API", internet_facing=True))
        held = tg.Data(store, kind="records", sensitivity=sensitivity)
        db = tm.add(tg.DataStore(store, stores={held}))
    for who in (staff, customer):
        tm.flow(who, api, tg.Data("Lookup", kind="records"), protocol="https")
        tm.flow(api, who, held, protocol="https")
    tm.flow(db, api, held)
    return tm


def _open(tm: tg.ThreatModel) -> list[tg.Finding]:
    return [f for f in tm.analyze().for_rule(PER_CALLER) if f.is_open]


@pytest.mark.parametrize("store", ["Treatment catalogue", "Product and price catalogue"])
def test_a_shared_catalogue_is_no_one_callers_records(store: str) -> None:
    """Set 87's dry-cleaning reviewer and set 85's heat-pump reviewer struck per-caller
    checks on one shared price and treatment list; reviewers had struck them on four
    more such stores (a terminal map, pricing rules, trial criteria, a robot
    catalogue) and kept them on none."""
    assert _open(_counter(store, "confidential")) == []


def test_customer_orders_still_need_them() -> None:
    (f,) = _open(_counter("Order database", "pii"))
    assert f.explanation.startswith("Order database (Cloud, internal) holds personal records")


def test_a_catalogue_holding_personal_data_still_needs_them() -> None:
    assert len(_open(_counter("Customer catalogue", "pii"))) == 1
