"""Changes taken from held-out set 109's verdicts (``v2-round127-fresh109``).

Its thrift-store reviewer struck "Loading a model file runs code" as a copy of the
serving-integrity finding on the same flow ("same target, same flow and same pickle
code-execution threat"), as tracked reviewers had on seven designs. A pickle of our own
making on its way to a served model is that finding's, which now names the fix (a
format that loads no code); one pulled from a public hub stays this finding's."""

from __future__ import annotations

import threatgraph as tg

DESER = "ai/unsafe-model-deserialization"
SWAP = "ai/unsigned-model-to-serving"


def _shop(*, from_hub: bool) -> tg.ThreatModel:
    """A monthly training job, which installs packages from a public index, writes a
    pickle to a registry, from which a pricing model serves the shop; with
    ``from_hub`` the serving model loads a pickle from a public hub as well."""
    tm = tg.ThreatModel("thrift", profile="high")
    weights = tg.Data("Price model checkpoint", kind="model-artifact", format="pickle")
    with tm.boundary("Internet", trust="untrusted"):
        shop = tm.add(tg.Actor("Volunteer"))
        if from_hub:
            hub = tm.add(tg.ExternalService("Public model hub", provides="model-hub"))
        index = tm.add(tg.ExternalService("Public package index", provides="package-registry"))
    with tm.boundary("Cloud", trust="internal"):
        job = tm.add(tg.Pipeline("Monthly retraining", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model bucket", stores={weights}))
        api = tm.add(tg.Endpoint("Pricing API", purpose="api"))
        model = tm.add(tg.Model("Price suggestion model", task="regressor"))
    tm.flow(job, registry, weights)
    tm.flow(index, job, tg.Data("Python packages", kind="code"), protocol="https")
    tm.flow(registry, model, weights, label="load at start")
    tm.flow(shop, api, tg.Data("Item photo", kind="media"), protocol="https")
    tm.flow(api, model, tg.Data("Item photo", kind="media"))
    tm.flow(model, api, tg.Data("Price", kind="model-output"))
    tm.flow(api, shop, tg.Data("Price", kind="model-output"), protocol="https")
    if from_hub:
        hub_weights = tg.Data("Base weights", kind="model-artifact", format="pickle")
        tm.flow(hub, model, hub_weights, protocol="https")
    return tm


def _rules(tm: tg.ThreatModel) -> dict[str, tg.Finding]:
    return {f.rule: f for f in tm.analyze().findings if f.rule in (DESER, SWAP)}


def test_our_own_pickle_on_its_way_to_serving_is_one_finding_naming_the_fix() -> None:
    found = _rules(_shop(from_hub=False))
    assert DESER not in found
    assert "runs code where it is loaded" in found[SWAP].explanation
    assert "safetensors" in found[SWAP].explanation


def test_a_pickle_from_a_public_hub_is_still_its_own_finding() -> None:
    found = _rules(_shop(from_hub=True))
    assert "Public model hub" in found[DESER].explanation
