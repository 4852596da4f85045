"""Fixes taken from the review of fresh set 23 (``benchmarks/quality/fresh``, reviewed
while held out in ``benchmarks/quality/reviews/v2-round30-fresh23``): each test pins
what a reviewer struck and the variant of the same design on which the finding stays."""

from __future__ import annotations

import threatgraph as tg
from threatgraph.findings import Finding


def _open(tm: tg.ThreatModel, rule: str) -> list[Finding]:
    return [f for f in tm.analyze().open() if f.rule == rule]


def _on(found: list[Finding], element: str) -> list[Finding]:
    return [f for f in found if f.target.ids == (element,)]


# --------------------------------------------------------------------------- tenants


def _gpu_rental(*, customer_runs_it: bool) -> tg.ThreatModel:
    """A GPU host starts training containers that pull images from a public registry and
    train on data from a bucket; in the design the container is the customer's own, in
    an untrusted zone (in the variant, it is the platform's own training job)."""
    tm = tg.ThreatModel("gpu rental")
    image = tg.Data("Container image", kind="code")
    data = tg.Data("Training data", kind="training-data", sensitivity="confidential")
    weights = tg.Data("Checkpoints", kind="model-artifact", sensitivity="confidential")
    with tm.boundary("Internet", trust="untrusted"):
        registry = tm.add(
            tg.ExternalService("Public container registry", provides="container-registry")
        )
        bucket = tm.add(tg.DataSource("Uploaded training data", origin="user-upload"))
    with tm.boundary("Hosts", trust="internal"):
        agent = tm.add(tg.Service("Host node agent"))
    zone = "Tenant containers" if customer_runs_it else "Platform jobs"
    with tm.boundary(zone, trust="untrusted" if customer_runs_it else "internal"):
        job = tm.add(tg.Pipeline("Training container", stage="training"))
    with tm.boundary("Storage", trust="internal"):
        store = tm.add(tg.DataStore("Checkpoint store", stores={weights}))
    tm.flow(registry, agent, image, protocol="https")
    tm.flow(agent, job, image, protocol="local")
    tm.flow(bucket, job, data, protocol="https")
    tm.flow(job, store, weights, protocol="https")
    return tm


def test_a_customers_own_container_is_the_customers_supply_chain_and_data() -> None:
    """Set 23's GPU marketplace (both struck as wrong, at high): the container is the
    customer's, in an untrusted zone; the platform's defence is isolation."""
    mine = _gpu_rental(customer_runs_it=False)
    theirs = _gpu_rental(customer_runs_it=True)
    for rule in ("ai/mlops-supply-chain", "ai/training-data-poisoning"):
        assert _on(_open(theirs, rule), "training-container") == [], rule
    assert len(_on(_open(mine, "ai/mlops-supply-chain"), "training-container")) == 1
    assert _open(mine, "ai/training-data-poisoning")


# --------------------------------------------------------------------------- a sandbox


def _malware_scanner(*, sandboxed: bool, trace_only: bool = True) -> tg.ThreatModel:
    """A registry's scanner takes each new package from storage, sends its install
    scripts to a detonation sandbox and gets a behaviour trace back (in the variants,
    the sandbox declares no sandboxing, or sends the scanner jobs of its own)."""
    tm = tg.ThreatModel("package scanner")
    package = tg.Data("Package archive", kind="code")
    trace = tg.Data("Behaviour trace", kind="logs")
    job = tg.Data("Scan job", kind="records", sensitivity="confidential")
    features = tg.Data("Package features", kind="features")
    token = tg.Data("Publisher token", kind="credentials", sensitivity="secret")
    with tm.boundary("Internet", trust="untrusted"):
        publisher = tm.add(tg.Actor("Package publisher"))
    with tm.boundary("Registry", trust="internal"):
        upload = tm.add(tg.Endpoint("Upload API", controls=[tg.controls.Authentication()]))
        storage = tm.add(tg.DataStore("Package storage", stores={package}))
        scanner = tm.add(tg.Pipeline("Feature extraction", stage="preprocessing"))
        model = tm.add(tg.Model("Malware classifier"))
    with tm.boundary("Detonation", trust="untrusted"):
        sandbox = tm.add(
            tg.Service(
                "Install-script sandbox",
                controls=[tg.controls.Sandboxing()] if sandboxed else [],
            )
        )
    tm.flow(publisher, upload, package, token, protocol="https")
    tm.flow(upload, storage, package)
    tm.flow(storage, scanner, package)
    tm.flow(scanner, sandbox, package)
    tm.flow(sandbox, scanner, trace if trace_only else job)
    tm.flow(scanner, model, features)
    return tm


def test_code_handed_to_a_sandbox_to_run_is_not_installed_by_the_scanner() -> None:
    """Set 23's package classifier (struck as wrong, at high): the packages are what it
    scans, and it detonates their scripts in a sandbox."""
    rule = "ai/mlops-supply-chain"
    assert _on(_open(_malware_scanner(sandboxed=True), rule), "feature-extraction") == []
    assert len(_on(_open(_malware_scanner(sandboxed=False), rule), "feature-extraction")) == 1


def test_a_sandbox_answering_the_scanner_is_not_its_caller() -> None:
    """Set 23's package classifier (struck as wrong, at critical): the sandbox returns
    the trace of what it was given to run; one that sends the scanner jobs calls it."""
    rule = "stride/exposed-interface"
    answering = _malware_scanner(sandboxed=True)
    assert _on(_open(answering, rule), "feature-extraction") == []
    calling = _malware_scanner(sandboxed=True, trace_only=False)
    (f,) = _on(_open(calling, rule), "feature-extraction")
    assert "Install-script sandbox" in f.explanation


# --------------------------------------------------------------------------- set 24: an operator


def _hvac(*, manager_privileged: bool) -> tg.ThreatModel:
    """A facility manager overrides setpoints from a dashboard; the optimizer takes the
    override into what it asks a thermal load model (in the variant, the person sending
    overrides is an ordinary tenant, not a privileged operator)."""
    tm = tg.ThreatModel("hvac", profile="high")
    override = tg.Data("Manual setpoint override", kind="records")
    view = tg.Data("Building status", kind="records", sensitivity="confidential")
    features = tg.Data("Load features", kind="features")
    load = tg.Data("Predicted load", kind="model-output")
    with tm.boundary("Internet", trust="untrusted"):
        manager = tm.add(tg.Actor("Facility manager", privileged=manager_privileged))
    with tm.boundary("Cloud", trust="internal"):
        dashboard = tm.add(
            tg.Endpoint("Facility dashboard", controls=[tg.controls.Authentication()])
        )
        optimizer = tm.add(tg.Service("Setpoint optimizer"))
        model = tm.add(tg.Model("Thermal load model", task="regressor", high_stakes=True))
    tm.flow(manager, dashboard, override, protocol="https")
    tm.flow(dashboard, manager, view, protocol="https")
    tm.flow(dashboard, optimizer, override)
    tm.flow(optimizer, model, features)
    tm.flow(model, optimizer, load)
    tm.flow(optimizer, dashboard, view)
    return tm


def test_a_privileged_operator_is_not_the_one_who_evades_the_model() -> None:
    """Set 24's HVAC optimizer (struck as wrong, at high): the facility manager can set
    the setpoints directly; fooling the load model gains them nothing."""
    rule = "ai/adversarial-evasion"
    assert _open(_hvac(manager_privileged=True), rule) == []
    (f,) = _open(_hvac(manager_privileged=False), rule)
    assert "Facility manager" in f.explanation


# --------------------------------------------------------------------------- pickled models


def _served_from_registry(fmt: str) -> tg.ThreatModel:
    """A training job writes the model to a registry inside the company; serving loads
    it. Nothing untrusted reaches the model itself."""
    tm = tg.ThreatModel("registry")
    weights = tg.Data("Model weights", kind="model-artifact", format=fmt)
    rows = tg.Data("Feature rows", kind="features")
    with tm.boundary("ML platform", trust="internal"):
        job = tm.add(tg.Pipeline("Training job", stage="training"))
        registry = tm.add(tg.ModelRegistry("Model registry", stores={weights}))
        model = tm.add(tg.Model("Risk model", task="classifier"))
        app = tm.add(tg.Service("Scoring service"))
    tm.flow(job, registry, weights)
    tm.flow(registry, model, weights)
    tm.flow(app, model, rows)
    return tm


def test_a_pickled_model_far_from_untrusted_input_is_no_less_likely_to_be_swapped() -> None:
    """Twenty-two reviews (sets 5 to 24) rated the swap of an unsigned pickle two bands
    too low: the model's distance from untrusted input lowered its likelihood, though a
    swap needs only write access on the artifact's way."""
    rule = "ai/unsigned-model-to-serving"
    (pickled,) = _open(_served_from_registry("pickle"), rule)
    (safe,) = _open(_served_from_registry("safetensors"), rule)
    assert pickled.likelihood.score == safe.likelihood.score + 1
    assert pickled.impact.score == safe.impact.score + 1
    assert pickled.severity.rank > safe.severity.rank
