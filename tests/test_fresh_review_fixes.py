"""Fixes taken from the reviews of fresh architectures (``benchmarks/quality/fresh``,
sets 7 and 8): each test pins the defect a writer or reviewer reported, and the
variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c
from threatgraph.vocab import Status

# --------------------------------------------------------------------------- federated learning


def _federated(*aggregator_controls: c.Control) -> tg.ThreatModel:
    tm = tg.ThreatModel("Keyboard")
    with tm.boundary("Phones", trust="untrusted"):
        user = tm.add(tg.Actor("Typist"))
        phone = tm.add(tg.Device("Phone", trains_locally=True))
    with tm.boundary("Backend", trust="internal"):
        agg = tm.add(tg.Service("Aggregator", controls=set(aggregator_controls)))
    tm.flow(user, phone, tg.Data("Typing", sensitivity="pii"))
    tm.flow(phone, agg, tg.Data("Update", kind="model-artifact"), protocol="https")
    return tm


def _status(tm: tg.ThreatModel, rule: str) -> Status:
    (f,) = tm.analyze().for_rule(rule)
    return f.status


def test_secure_aggregation_is_its_own_control_not_robust_aggregation() -> None:
    # a writer declaring cryptographic secure aggregation found it was an alias of
    # Byzantine-robust aggregation: declaring it claimed protection against poisoning
    assert c.lookup("secure_aggregation") is c.SecureAggregation
    assert c.lookup("secagg") is c.SecureAggregation
    assert c.lookup("byzantine_robust_aggregation") is c.RobustAggregation
    # hiding each phone's update does not stop a poisoned one
    hidden = _federated(c.SecureAggregation())
    assert _status(hidden, "ai/federated-update-poisoning") is Status.OPEN
    assert _status(hidden, "ai/federated-update-leakage") is Status.MITIGATED
    # dropping outlying updates does not hide them from the server
    robust = _federated(c.RobustAggregation())
    assert _status(robust, "ai/federated-update-leakage") is Status.OPEN
    assert _status(robust, "ai/federated-update-poisoning") is not Status.OPEN
