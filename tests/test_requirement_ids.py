"""A requirement's finding keeps its id as its places are fixed or added: it always
targets the model and lists the places. A user trial found that fixing one of two
stores gave the remaining one a new id, which a baseline and a risk register read as
a new finding and a resolved one."""

from __future__ import annotations

import threatgraph as tg
from threatgraph import controls as c

RULE = "profile/baseline/data-at-rest"


def _scoring(*stores: str) -> tg.ThreatModel:
    """Two stores of personal data; those named in ``stores`` declare encryption."""
    tm = tg.ThreatModel("Scoring", profile="high")
    features = tg.Data("Features", sensitivity="pii")
    snapshot = tg.Data("Snapshot", sensitivity="pii")

    def controls(name: str) -> set[c.Control]:
        return {c.EncryptionAtRest()} if name in stores else set()

    with tm.boundary("ML platform", trust="internal"):
        job = tm.add(tg.Pipeline("Feature job", stage="preprocessing"))
        fs = tm.add(tg.FeatureStore("Feature store", stores={features}, controls=controls("fs")))
        ds = tm.add(tg.Dataset("Training set", stores={snapshot}, controls=controls("ds")))
    tm.flow(job, fs, features)
    tm.flow(fs, ds, snapshot)
    return tm


def _finding(tm: tg.ThreatModel) -> tg.Finding | None:
    found = tm.analyze().for_rule(RULE)
    assert len(found) <= 1
    return found[0] if found else None


def test_fixing_one_of_two_places_keeps_the_id() -> None:
    both = _finding(_scoring())
    one = _finding(_scoring("fs"))
    assert both is not None
    assert one is not None
    assert one.id == both.id
    assert one.target.kind == "model"
    assert [t.ids for t in one.affected] == [("training-set",)]
    assert _finding(_scoring("fs", "ds")) is None


def test_the_place_left_is_named_in_the_explanation() -> None:
    one = _finding(_scoring("ds"))
    assert one is not None
    assert "Feature store" in one.explanation
    assert "Training set" not in one.explanation
