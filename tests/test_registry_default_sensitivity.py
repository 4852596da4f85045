"""A registry left out of the storage requirement because its weights are internal is
not said to be so "as declared" when internal is only the default: the report says
how to include it (a user trial read "declared internal" for weights that declared
nothing)."""

from __future__ import annotations

import pytest

import threatgraph as tg


def _detail(**weights: str) -> str:
    tm = tg.ThreatModel("scoring", profile="high")
    w = tg.Data("Fraud model", kind="model-artifact", format="pickle", **weights)
    with tm.boundary("ML", trust="internal"):
        job = tm.add(tg.Pipeline("Train", stage="training"))
        reg = tm.add(tg.ModelRegistry("Registry", stores={w}))
        model = tm.add(tg.Model("Fraud model", task="classifier", high_stakes=True))
    tm.flow(job, reg, w)
    tm.flow(reg, model, w)
    (req,) = [r for r in tm.analyze().requirements if r.id == "profile/baseline/data-at-rest"]
    return req.detail


def test_default_internal_weights_say_how_to_include_them() -> None:
    detail = _detail()
    assert "declared internal" not in detail
    assert "declare them confidential" in detail


@pytest.mark.parametrize("level", ["public", "internal"])
def test_weights_declared_below_confidential_are_left_out(level: str) -> None:
    assert "left out: registry, whose weights are " + level in _detail(sensitivity=level)


def test_confidential_weights_are_counted() -> None:
    assert "left out" not in _detail(sensitivity="confidential")
